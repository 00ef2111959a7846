/* sam-trip-destinations.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-trips"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-stable-model.h"
#include "sam-store-undo.h"
#include "sam-trip-destinations.h"

struct _SamTripDestinations
{
  GtkWidget       parent_instance;

  SamStore       *store;
  gint64          trip_id;
  SamStableModel *model;
  SamForm        *form;
  char           *now;

  GtkListBox     *list;
  GtkWidget      *city_entry;
  GtkWidget      *country_entry;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (SamTripDestinations, sam_trip_destinations, GTK_TYPE_WIDGET)

gboolean
sam_trip_choose_destination (SamStore  *store,
                             gint64     destination_id,
                             GError   **error)
{
  g_autoptr(SamDestination) chosen = NULL;
  g_autoptr(GListModel) destinations = NULL;
  guint n;

  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);

  chosen = sam_store_load (store, SAM_TYPE_DESTINATION, destination_id, error);
  if (chosen == NULL)
    return FALSE;

  destinations = sam_store_list_destinations (store, sam_destination_get_study_trip_id (chosen));
  if (!sam_store_begin (store, error))
    return FALSE;

  n = g_list_model_get_n_items (destinations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamDestination) destination = g_list_model_get_item (destinations, i);
      gboolean is_chosen = sam_entity_get_id (SAM_ENTITY (destination)) == destination_id;

      if (sam_destination_get_chosen (destination) == is_chosen)
        continue;

      sam_destination_set_chosen (destination, is_chosen);
      if (!sam_store_update (store, destination, error))
        {
          sam_store_rollback (store);
          return FALSE;
        }
    }

  return sam_store_commit (store, error);
}

static char *
shortlist_background (GListModel *destinations,
                      guint      *n_shortlisted)
{
  GString *text = g_string_new (_("The director group proposes these destinations for the board to choose from:"));
  guint n = g_list_model_get_n_items (destinations);

  *n_shortlisted = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamDestination) destination = g_list_model_get_item (destinations, i);
      const char *country = sam_destination_get_country (destination);
      const char *rationale = sam_destination_get_rationale (destination);

      if (!sam_destination_get_shortlisted (destination))
        continue;

      (*n_shortlisted)++;
      g_string_append (text, "\n\n");
      g_string_append (text, sam_destination_get_city (destination) != NULL
                             ? sam_destination_get_city (destination) : "");
      if (country != NULL && country[0] != '\0')
        g_string_append_printf (text, " (%s)", country);
      if (rationale != NULL && rationale[0] != '\0')
        g_string_append_printf (text, ": %s", rationale);
    }

  return g_string_free (text, FALSE);
}

gint64
sam_trip_send_shortlist (SamStore    *store,
                         gint64       study_trip_id,
                         const char  *now,
                         gint64      *meeting_id_out,
                         GError     **error)
{
  g_autoptr(SamStudyTrip) trip = NULL;
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GListModel) destinations = NULL;
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(SamBody) board = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autofree char *background = NULL;
  g_autofree char *title = NULL;
  const char *trip_title;
  gint64 meeting_id;
  guint n_shortlisted;
  guint n;

  g_return_val_if_fail (SAM_IS_STORE (store), 0);
  g_return_val_if_fail (now != NULL, 0);

  if (meeting_id_out != NULL)
    *meeting_id_out = 0;

  trip = sam_store_load (store, SAM_TYPE_STUDY_TRIP, study_trip_id, error);
  if (trip == NULL)
    return 0;

  destinations = sam_store_list_destinations (store, study_trip_id);
  background = shortlist_background (destinations, &n_shortlisted);
  if (n_shortlisted == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("No destination is shortlisted yet. Shortlist the destinations the board should choose from first."));
      return 0;
    }

  boards = sam_store_list_bodies_by_kind (store, SAM_BODY_KIND_BOARD);
  if (g_list_model_get_n_items (boards) == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("There is no board to send the shortlist to. Add the board under Groups and networks first."));
      return 0;
    }
  board = g_list_model_get_item (boards, 0);

  meeting_id = sam_store_find_next_meeting (store, sam_entity_get_id (SAM_ENTITY (board)), now);
  if (meeting_id == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("%s has no planned meeting coming up, so the shortlist could not be put on an agenda. "
                     "Plan the board’s next meeting first, then send the shortlist again."),
                   sam_body_get_name (board));
      return 0;
    }

  trip_title = sam_study_trip_get_title (trip);
  if (trip_title == NULL || trip_title[0] == '\0')
    trip_title = _("Study trip");
  /* Translators: the title of the board's agenda item that decides where
   * a study trip goes, "Study trip 2019: choice of destination". */
  title = g_strdup_printf (_("%s: choice of destination"), trip_title);

  /* Sent before: bring that item up to date instead of adding another. */
  agenda = sam_store_list_agenda (store, meeting_id);
  n = g_list_model_get_n_items (agenda);
  for (guint i = 0; i < n && item == NULL; i++)
    {
      g_autoptr(SamAgendaItem) candidate = g_list_model_get_item (agenda, i);

      if (sam_agenda_item_get_study_trip_id (candidate) == study_trip_id
          && sam_agenda_item_get_kind (candidate) == SAM_ITEM_KIND_DECISION)
        item = g_steal_pointer (&candidate);
    }

  if (!sam_store_begin (store, error))
    return 0;

  if (item == NULL)
    {
      item = sam_agenda_item_new ();
      sam_agenda_item_set_meeting_id (item, meeting_id);
      sam_agenda_item_set_kind (item, SAM_ITEM_KIND_DECISION);
      sam_agenda_item_set_study_trip_id (item, study_trip_id);
    }
  sam_agenda_item_set_title (item, title);
  sam_agenda_item_set_background (item, background);
  if (sam_agenda_item_get_proposed_decision (item) == NULL)
    sam_agenda_item_set_proposed_decision (item, _("The board chooses the destination of the study trip "
                                                   "among the shortlisted destinations."));

  if (!(sam_entity_get_id (SAM_ENTITY (item)) > 0
        ? sam_store_update (store, item, error)
        : sam_store_insert (store, item, error)))
    goto failed;

  if (sam_study_trip_get_status (trip) == SAM_TRIP_STATUS_COLLECTING)
    sam_study_trip_set_status (trip, SAM_TRIP_STATUS_SHORTLISTED);
  if (sam_study_trip_get_deciding_meeting_id (trip) == 0)
    sam_study_trip_set_deciding_meeting_id (trip, meeting_id);
  if (!sam_store_update (store, trip, error))
    goto failed;

  if (!sam_store_commit (store, error))
    return 0;

  if (meeting_id_out != NULL)
    *meeting_id_out = meeting_id;

  return sam_entity_get_id (SAM_ENTITY (item));

failed:
  sam_store_rollback (store);
  return 0;
}

/* Rows */

static char *
destination_title (SamDestination *destination)
{
  const char *city = sam_destination_get_city (destination);
  const char *country = sam_destination_get_country (destination);

  if (city == NULL || city[0] == '\0')
    city = _("Unnamed destination");
  if (country == NULL || country[0] == '\0')
    return g_strdup (city);

  /* Translators: a destination: city and country. */
  return g_strdup_printf (_("%s, %s"), city, country);
}

static char *
destination_subtitle (SamDestination *destination)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *proposed_by = sam_destination_get_proposed_by (destination);
  const char *themes = sam_destination_get_themes (destination);

  if (sam_destination_get_chosen (destination))
    g_string_append (text, _("Chosen"));
  else if (sam_destination_get_shortlisted (destination))
    g_string_append (text, _("Shortlisted"));
  else
    g_string_append (text, _("Proposed"));

  if (proposed_by != NULL && proposed_by[0] != '\0')
    /* Translators: who proposed a study-trip destination. */
    g_string_append_printf (text, _(" · by %s"), proposed_by);
  if (themes != NULL && themes[0] != '\0')
    g_string_append_printf (text, " · %s", themes);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
destination_notify_cb (SamDestination *destination,
                       GParamSpec     *pspec,
                       AdwExpanderRow *row)
{
  g_autofree char *title = destination_title (destination);
  g_autofree char *subtitle = destination_subtitle (destination);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
shortlist_toggled_cb (GtkToggleButton *button,
                      SamDestination  *destination)
{
  SamTripDestinations *self = g_object_get_data (G_OBJECT (button), "destinations");
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_button_set_icon_name (GTK_BUTTON (button), active ? "starred-symbolic" : "non-starred-symbolic");
  if (active == sam_destination_get_shortlisted (destination))
    return;

  sam_form_flush (self->form);
  sam_destination_set_shortlisted (destination, active);
  if (!sam_store_update (self->store, destination, &error))
    sam_groups_show_error (GTK_WIDGET (self), error);
}

static void
chosen_toggled_cb (GtkCheckButton *button,
                   SamDestination *destination)
{
  SamTripDestinations *self = g_object_get_data (G_OBJECT (button), "destinations");
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_check_button_get_active (button);

  if (active == sam_destination_get_chosen (destination))
    return;

  sam_form_flush (self->form);
  if (active)
    sam_trip_choose_destination (self->store, sam_entity_get_id (SAM_ENTITY (destination)), &error);
  else
    {
      sam_destination_set_chosen (destination, FALSE);
      sam_store_update (self->store, destination, &error);
    }

  if (error != NULL)
    sam_groups_show_error (GTK_WIDGET (self), error);
}

static void
undo_delete_cb (AdwToast    *toast,
                SamDeletion *deletion)
{
  SamStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (deletion))
    return;

  if (!sam_store_undo_deletion (store, deletion, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
delete_clicked_cb (GtkButton      *button,
                   SamDestination *destination)
{
  SamTripDestinations *self = g_object_get_data (G_OBJECT (button), "destinations");
  g_autoptr(SamDestination) copy = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  sam_form_flush (self->form);
  copy = sam_store_load (self->store, SAM_TYPE_DESTINATION,
                         sam_entity_get_id (SAM_ENTITY (destination)), &error);
  if (copy != NULL)
    deletion = sam_store_delete_with_undo (self->store, copy, &error);
  if (deletion == NULL)
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return;
    }

  name = destination_title (copy);
  /* Translators: a toast after deleting a study-trip destination. */
  title = g_strdup_printf (_("Deleted %s"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         g_steal_pointer (&deletion), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  sam_toast_show (GTK_WIDGET (self), toast);
}

/* A star for the shortlist; a check box for the chosen one. */
static GtkWidget *
new_toggle (SamTripDestinations *self,
            SamDestination      *destination,
            const char          *property,
            const char          *icon_name,
            const char          *tooltip,
            GCallback            callback)
{
  GtkWidget *button;

  if (icon_name != NULL)
    {
      button = gtk_toggle_button_new ();
      gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
      gtk_widget_add_css_class (button, "flat");
    }
  else
    button = gtk_check_button_new ();

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, property);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data (G_OBJECT (button), "destinations", self);
  g_object_bind_property (destination, property, button, "active", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (button, "toggled", callback, destination, 0);

  return button;
}

static GtkWidget *
create_destination_row (gpointer item,
                        gpointer user_data)
{
  SamTripDestinations *self = user_data;
  SamDestination *destination = item;
  GtkWidget *row = adw_expander_row_new ();
  SamForm *form = sam_form_add_row (self->form, destination, row);
  GtkWidget *child;
  GtkWidget *frame;
  GtkWidget *text_view;
  GtkWidget *button;
  GtkWidget *star;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (row, "destination");
  destination_notify_cb (destination, NULL, ADW_EXPANDER_ROW (row));
  g_signal_connect_object (destination, "notify", G_CALLBACK (destination_notify_cb), row, 0);

  star = new_toggle (self, destination, "shortlisted",
                     sam_destination_get_shortlisted (destination) ? "starred-symbolic" : "non-starred-symbolic",
                     _("Shortlisted"), G_CALLBACK (shortlist_toggled_cb));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), star);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               new_toggle (self, destination, "chosen", NULL,
                                           _("Chosen destination"), G_CALLBACK (chosen_toggled_cb)));

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("City"));
  sam_form_bind_editable (form, GTK_EDITABLE (child), "city", FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Country"));
  sam_form_bind_editable (form, GTK_EDITABLE (child), "country", FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Themes"));
  sam_form_bind_editable (form, GTK_EDITABLE (child), "themes", FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Proposed by"));
  sam_form_bind_editable (form, GTK_EDITABLE (child), "proposed-by", FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  /* The rationale: why go there; it goes into the board's agenda. */
  child = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), FALSE);
  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (frame, 8);
  gtk_widget_set_margin_bottom (frame, 8);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_box_append (GTK_BOX (frame), g_object_new (GTK_TYPE_LABEL,
                                                 "label", _("Rationale"),
                                                 "xalign", 0.0f,
                                                 "css-classes", (const char * const []) { "caption", "dim-label", NULL },
                                                 NULL));
  text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (text_view, -1, 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rationale"),
                                  -1);
  sam_form_bind_text_view (form, GTK_TEXT_VIEW (text_view), "rationale");
  gtk_box_append (GTK_BOX (frame), text_view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (child), frame);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Delete this destination"));
  button = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data (G_OBJECT (button), "destinations", self);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), destination, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (child), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  return row;
}

static void
set_error (SamTripDestinations *self,
           const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
add_cb (SamTripDestinations *self)
{
  g_autoptr(SamDestination) destination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *city = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->city_entry))));
  g_autofree char *country = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->country_entry))));

  if (city[0] == '\0')
    {
      set_error (self, _("Write the city of the destination"));
      gtk_widget_grab_focus (self->city_entry);
      return;
    }

  destination = sam_destination_new ();
  sam_destination_set_study_trip_id (destination, self->trip_id);
  sam_destination_set_city (destination, city);
  if (country[0] != '\0')
    sam_destination_set_country (destination, country);

  if (!sam_store_insert (self->store, destination, &error))
    {
      set_error (self, error->message);
      return;
    }

  set_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->city_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->country_entry), "");
  gtk_widget_grab_focus (self->city_entry);
}

static void
send_clicked_cb (SamTripDestinations *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autofree char *now = self->now != NULL ? g_strdup (self->now) : sam_groups_now (GTK_WIDGET (self));
  g_autofree char *date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  gint64 meeting_id = 0;
  AdwToast *toast;

  sam_form_flush (self->form);

  if (sam_trip_send_shortlist (self->store, self->trip_id, now, &meeting_id, &error) == 0)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("The Shortlist Was Not Sent"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_widget_set_name (dialog, "shortlist-not-sent");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  meeting = sam_store_load (self->store, SAM_TYPE_MEETING, meeting_id, NULL);
  if (meeting != NULL && sam_meeting_get_starts_at (meeting) != NULL)
    day = g_strndup (sam_meeting_get_starts_at (meeting), 10);
  date = sam_groups_format_date (day);
  /* Translators: a toast after sending a study trip's shortlist. */
  title = g_strdup_printf (_("The shortlist is on the agenda of the board meeting on %s"), date);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open");
  adw_toast_set_action_target_value (toast, g_variant_new ("(sx)", "meetings", meeting_id));
  sam_toast_show (GTK_WIDGET (self), toast);
}

static void
build (SamTripDestinations *self)
{
  g_autoptr(GListModel) destinations = sam_store_list_destinations (self->store, self->trip_id);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *form;
  GtkWidget *button;
  GtkWidget *send_button;

  gtk_widget_set_parent (group, GTK_WIDGET (self));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Destinations"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Proposals with their rationale; star the shortlist and tick the one chosen"));

  button = gtk_button_new_with_mnemonic (_("_Send Shortlist to the Board"));
  gtk_widget_set_name (button, "send-shortlist");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Add a decision item with the shortlisted destinations "
                                         "to the agenda of the board’s next meeting"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (send_clicked_cb), self);
  send_button = button;

  self->model = sam_stable_model_new (destinations);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "destinations");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_placeholder (self->list, sam_groups_placeholder_new (_("No destinations proposed yet")));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->model), create_destination_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list));

  /* Proposing a destination is a small form of rows under the list, so
   * that nothing moves while it is typed. */
  form = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  gtk_widget_set_margin_top (form, 18);
  gtk_widget_set_name (form, "destination-form");
  self->city_entry = adw_entry_row_new ();
  gtk_widget_set_name (self->city_entry, "destination-city");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->city_entry), _("City"));
  g_signal_connect_swapped (self->city_entry, "entry-activated", G_CALLBACK (add_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->city_entry);
  self->country_entry = adw_entry_row_new ();
  gtk_widget_set_name (self->country_entry, "destination-country");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->country_entry), _("Country"));
  g_signal_connect_swapped (self->country_entry, "entry-activated", G_CALLBACK (add_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->country_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form);

  button = gtk_button_new_with_mnemonic (_("Add _Destination"));
  gtk_widget_set_name (button, "destination-add");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  gtk_widget_set_halign (send_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (send_button, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), send_button);
}

static void
sam_trip_destinations_unmap (GtkWidget *widget)
{
  sam_form_flush (SAM_TRIP_DESTINATIONS (widget)->form);

  GTK_WIDGET_CLASS (sam_trip_destinations_parent_class)->unmap (widget);
}

static void
sam_trip_destinations_dispose (GObject *object)
{
  SamTripDestinations *self = SAM_TRIP_DESTINATIONS (object);
  GtkWidget *child;

  g_clear_object (&self->form);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_free);

  G_OBJECT_CLASS (sam_trip_destinations_parent_class)->dispose (object);
}

static void
sam_trip_destinations_class_init (SamTripDestinationsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_trip_destinations_dispose;
  widget_class->unmap = sam_trip_destinations_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sam_trip_destinations_init (SamTripDestinations *self)
{
}

GtkWidget *
sam_trip_destinations_new (SamStore     *store,
                           SamStudyTrip *trip)
{
  SamTripDestinations *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (trip), NULL);

  self = g_object_new (SAM_TYPE_TRIP_DESTINATIONS, NULL);
  self->store = g_object_ref (store);
  self->trip_id = sam_entity_get_id (SAM_ENTITY (trip));
  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));

  build (self);

  return GTK_WIDGET (self);
}

/**
 * sam_trip_destinations_set_now:
 * @now: (nullable): the local date-time after which the board's next
 *   meeting is looked for, or %NULL for the clock's
 */
void
sam_trip_destinations_set_now (SamTripDestinations *self,
                               const char          *now)
{
  g_return_if_fail (SAM_IS_TRIP_DESTINATIONS (self));

  g_free (self->now);
  self->now = g_strdup (now);
}

void
sam_trip_destinations_flush (SamTripDestinations *self)
{
  g_return_if_fail (SAM_IS_TRIP_DESTINATIONS (self));

  sam_form_flush (self->form);
}
