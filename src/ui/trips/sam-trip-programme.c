/* sam-trip-programme.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-trips"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-date-row.h"
#include "sam-groups-util.h"
#include "sam-store-undo.h"
#include "sam-time-row.h"
#include "sam-trip-programme.h"

struct _SamTripProgramme
{
  GtkWidget    parent_instance;

  SamStore    *store;
  gint64       trip_id;
  gint64       body_id;
  GListModel  *participants;
  GListModel  *programme;
  GListModel  *people_choices;
  /* The year of a day written without one ("6 sept") is the trip's. */
  char        *trip_starts_on;

  GtkDropDown *person_drop_down;
  GtkWidget   *day_entry;
  GtkWidget   *time_entry;
  GtkWidget   *title_entry;
  GtkWidget   *place_entry;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (SamTripProgramme, sam_trip_programme, GTK_TYPE_WIDGET)

static void
undo_cb (AdwToast    *toast,
         SamDeletion *deletion)
{
  SamStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (deletion))
    return;

  if (!sam_store_undo_deletion (store, deletion, &error))
    g_warning ("Could not undo: %s", error->message);
}

/* Deletes the row's entity at once; Undo puts it back. */
static void
remove_clicked_cb (GtkButton *button,
                   SamEntity *entity)
{
  SamTripProgramme *self = g_object_get_data (G_OBJECT (button), "programme");
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  g_autoptr(SamEntity) copy = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  copy = sam_store_load (self->store, G_OBJECT_TYPE (entity), sam_entity_get_id (entity), &error);
  if (copy != NULL)
    deletion = sam_store_delete_with_undo (self->store, copy, &error);
  if (deletion == NULL)
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: a toast after removing a participant or a programme item. */
  title = g_strdup_printf (_("Removed %s"), what);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb),
                         g_steal_pointer (&deletion), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  sam_toast_show (GTK_WIDGET (self), toast);
}

static GtkWidget *
new_remove_button (SamTripProgramme *self,
                   gpointer          entity,
                   const char       *what,
                   const char       *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "programme", self);
  g_object_set_data_full (G_OBJECT (button), "what", g_strdup (what), g_free);
  g_signal_connect_data (button, "clicked", G_CALLBACK (remove_clicked_cb),
                         g_object_ref (entity), (GClosureNotify)(void (*) (void))g_object_unref, 0);

  return button;
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  SamTripProgramme *self = user_data;
  SamTripParticipant *participant = item;
  g_autoptr(SamPerson) person = sam_store_load (self->store, SAM_TYPE_PERSON,
                                                sam_trip_participant_get_person_id (participant), NULL);
  g_autofree char *municipality = NULL;
  const char *name = person != NULL ? sam_person_get_name (person) : _("Unknown person");
  const char *role = sam_trip_participant_get_role (participant);
  GtkWidget *row = adw_action_row_new ();

  if (person != NULL)
    municipality = sam_groups_load_name (self->store, SAM_TYPE_MUNICIPALITY,
                                         sam_person_get_municipality_id (person));
  if (municipality == NULL && person != NULL && sam_person_get_organization (person) != NULL)
    municipality = g_strdup (sam_person_get_organization (person));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (role != NULL && municipality != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), municipality, role);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else if (role != NULL || municipality != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role != NULL ? role : municipality);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_remove_button (self, participant, name, _("Remove Participant")));

  return row;
}

static GtkWidget *
create_programme_row (gpointer item,
                      gpointer user_data)
{
  SamTripProgramme *self = user_data;
  SamProgrammeItem *programme_item = item;
  const char *title = sam_programme_item_get_title (programme_item);
  const char *time = sam_programme_item_get_time (programme_item);
  const char *place = sam_programme_item_get_place (programme_item);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = sam_groups_format_date (sam_programme_item_get_day (programme_item));
  GtkWidget *row = adw_action_row_new ();

  if (title == NULL || title[0] == '\0')
    title = _("Untitled");

  g_string_append (subtitle, date);
  if (time != NULL && time[0] != '\0')
    g_string_append_printf (subtitle, ", %s", time);
  if (place != NULL && place[0] != '\0')
    g_string_append_printf (subtitle, " · %s", place);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_remove_button (self, programme_item, title, _("Remove from the Programme")));

  return row;
}

static gboolean
is_participant (SamTripProgramme *self,
                gint64            person_id)
{
  guint n = g_list_model_get_n_items (self->participants);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamTripParticipant) participant = g_list_model_get_item (self->participants, i);

      if (sam_trip_participant_get_person_id (participant) == person_id)
        return TRUE;
    }

  return FALSE;
}

static gboolean
add_participant (SamTripProgramme  *self,
                 gint64             person_id,
                 GError           **error)
{
  g_autoptr(SamTripParticipant) participant = sam_trip_participant_new ();

  sam_trip_participant_set_study_trip_id (participant, self->trip_id);
  sam_trip_participant_set_person_id (participant, person_id);

  return sam_store_insert (self->store, participant, error);
}

static void
set_error (SamTripProgramme *self,
           const char       *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
add_participant_cb (SamTripProgramme *self)
{
  g_autoptr(GError) error = NULL;
  gint64 person_id = sam_groups_choices_get_id (self->people_choices,
                                                gtk_drop_down_get_selected (self->person_drop_down));

  if (person_id <= 0)
    return;

  if (!is_participant (self, person_id) && !add_participant (self, person_id, &error))
    sam_groups_show_error (GTK_WIDGET (self), error);

  gtk_drop_down_set_selected (self->person_drop_down, 0);
}

static void
add_all_members_cb (SamTripProgramme *self)
{
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  guint added = 0;

  if (self->body_id <= 0)
    return;

  memberships = sam_store_list_memberships (self->store, self->body_id);
  n = g_list_model_get_n_items (memberships);

  if (!sam_store_begin (self->store, &error))
    goto failed;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
      gint64 person_id = sam_membership_get_person_id (membership);

      if (person_id <= 0 || sam_membership_get_valid_until (membership) != NULL
          || is_participant (self, person_id))
        continue;

      if (!add_participant (self, person_id, &error))
        {
          sam_store_rollback (self->store);
          goto failed;
        }
      added++;
    }

  if (!sam_store_commit (self->store, &error))
    goto failed;

  if (added == 0)
    sam_toast_show (GTK_WIDGET (self),
                      adw_toast_new (_("Every current member who is a person already takes part")));
  return;

failed:
  sam_groups_show_error (GTK_WIDGET (self), error);
}

static void
add_programme_item_cb (SamTripProgramme *self)
{
  g_autoptr(SamProgrammeItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  g_autofree char *place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_entry))));
  const char *day = sam_date_row_get_value (SAM_DATE_ROW (self->day_entry));
  const char *normal_time = sam_time_row_get_value (SAM_TIME_ROW (self->time_entry));

  /* The rows parse as typed and mark what they cannot read; it is not
   * added as something else. */
  if (!sam_date_row_get_valid (SAM_DATE_ROW (self->day_entry)))
    {
      set_error (self, _("The day is not a date. Write it as 2031-09-05, 5/9 2031 or 5 sep 2031."));
      gtk_widget_grab_focus (self->day_entry);
      return;
    }

  if (!sam_time_row_get_valid (SAM_TIME_ROW (self->time_entry)))
    {
      set_error (self, _("The time is not a time of day. Write it as 9.30 or 09:30."));
      gtk_widget_grab_focus (self->time_entry);
      return;
    }

  if (title[0] == '\0')
    {
      set_error (self, _("Write what happens, for example “Visit to the city hall”"));
      gtk_widget_grab_focus (self->title_entry);
      return;
    }

  item = sam_programme_item_new ();
  sam_programme_item_set_study_trip_id (item, self->trip_id);
  sam_programme_item_set_day (item, day);
  sam_programme_item_set_time (item, normal_time);
  sam_programme_item_set_title (item, title);
  if (place[0] != '\0')
    sam_programme_item_set_place (item, place);

  if (!sam_store_insert (self->store, item, &error))
    {
      set_error (self, error->message);
      return;
    }

  /* The next item is most often on the same day. */
  set_error (self, NULL);
  sam_time_row_set_value (SAM_TIME_ROW (self->time_entry), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), "");
  gtk_widget_grab_focus (self->time_entry);
}

static GtkWidget *
new_boxed_list (const char *name,
                const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), sam_groups_placeholder_new (placeholder));

  return list;
}

static GtkWidget *
new_row (GtkWidget  *row,
         const char *name,
         const char *title,
         GCallback   activate,
         gpointer    data)
{
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "entry-activated", activate, data);

  return row;
}

static void
build (SamTripProgramme *self,
       SamStudyTrip     *trip)
{
  g_autoptr(GListModel) people = sam_store_list_people (self->store);
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *body_name = sam_groups_load_name (self->store, SAM_TYPE_BODY, self->body_id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group;
  GtkWidget *list;
  GtkWidget *quick_row;
  GtkWidget *form;
  GtkWidget *button;
  guint n;

  gtk_widget_set_parent (box, GTK_WIDGET (self));

  /* Participants: the travelling body's people first. */
  self->people_choices = sam_groups_choices_new (_("Add a person…"));
  if (self->body_id > 0)
    {
      g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store, self->body_id);

      n = g_list_model_get_n_items (memberships);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
          gint64 person_id = sam_membership_get_person_id (membership);
          g_autofree char *name = NULL;
          g_autofree char *label = NULL;

          if (person_id <= 0 || g_hash_table_contains (members, &person_id))
            continue;

          g_hash_table_add (members, g_memdup2 (&person_id, sizeof person_id));
          name = sam_groups_load_name (self->store, SAM_TYPE_PERSON, person_id);
          /* Translators: a person in the list of people who can join a
           * study trip, marked as a member of the travelling body. */
          label = g_strdup_printf (_("%s (member)"), name);
          sam_groups_choices_add (self->people_choices, person_id, label);
        }
    }

  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamPerson) person = g_list_model_get_item (people, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (person));

      if (!g_hash_table_contains (members, &id))
        sam_groups_choices_add (self->people_choices, id, sam_person_get_name (person));
    }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Participants"));
  if (body_name != NULL)
    {
      g_autofree char *description = g_strdup_printf (_("Travelling: %s"), body_name);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
      button = gtk_button_new_with_mnemonic (_("Add All _Members"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Add every current member of the travelling body who is a person"));
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_all_members_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }
  list = new_boxed_list ("participants", _("No participants yet"));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), self->participants, create_participant_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  quick_row = sam_groups_quick_row_new ();
  gtk_widget_set_margin_top (quick_row, 12);
  self->person_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (self->people_choices), NULL));
  gtk_drop_down_set_enable_search (self->person_drop_down, TRUE);
  gtk_drop_down_set_expression (self->person_drop_down,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_name (GTK_WIDGET (self->person_drop_down), "participant-person");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_drop_down), _("Add a participant"));
  g_signal_connect_swapped (self->person_drop_down, "notify::selected", G_CALLBACK (add_participant_cb), self);
  sam_groups_quick_row_append (quick_row, GTK_WIDGET (self->person_drop_down), 240);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), quick_row);
  gtk_box_append (GTK_BOX (box), group);

  /* The programme */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Programme"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Day by day; add a row with Enter"));
  list = new_boxed_list ("programme", _("Nothing planned yet"));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), self->programme, create_programme_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  /* Adding to the programme is a small form of rows under the list, so
   * that nothing moves while a day or a time is typed. */
  form = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  gtk_widget_set_margin_top (form, 18);
  gtk_widget_set_name (form, "programme-form");

  self->day_entry = new_row (sam_date_row_new (), "programme-day", _("Day"),
                             G_CALLBACK (add_programme_item_cb), self);
  sam_date_row_set_optional (SAM_DATE_ROW (self->day_entry), TRUE);
  /* Days typed without a year ("5/9") are in the trip's year. */
  if (sam_study_trip_get_starts_on (trip) != NULL)
    {
      sam_date_row_set_today (SAM_DATE_ROW (self->day_entry), sam_study_trip_get_starts_on (trip));
      sam_date_row_set_value (SAM_DATE_ROW (self->day_entry), sam_study_trip_get_starts_on (trip));
    }
  self->trip_starts_on = g_strdup (sam_study_trip_get_starts_on (trip));
  gtk_list_box_append (GTK_LIST_BOX (form), self->day_entry);
  self->time_entry = new_row (sam_time_row_new (), "programme-time", _("Time"),
                              G_CALLBACK (add_programme_item_cb), self);
  sam_time_row_set_optional (SAM_TIME_ROW (self->time_entry), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (form), self->time_entry);
  self->title_entry = new_row (adw_entry_row_new (), "programme-title", _("What"),
                               G_CALLBACK (add_programme_item_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->title_entry);
  self->place_entry = new_row (adw_entry_row_new (), "programme-place", _("Place"),
                               G_CALLBACK (add_programme_item_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->place_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form);

  button = gtk_button_new_with_mnemonic (_("_Add to Programme"));
  gtk_widget_set_name (button, "programme-add");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_programme_item_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), group);
}

static void
sam_trip_programme_dispose (GObject *object)
{
  SamTripProgramme *self = SAM_TRIP_PROGRAMME (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->participants);
  g_clear_object (&self->programme);
  g_clear_object (&self->people_choices);
  g_clear_object (&self->store);
  g_clear_pointer (&self->trip_starts_on, g_free);

  G_OBJECT_CLASS (sam_trip_programme_parent_class)->dispose (object);
}

static void
sam_trip_programme_class_init (SamTripProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_trip_programme_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sam_trip_programme_init (SamTripProgramme *self)
{
}

GtkWidget *
sam_trip_programme_new (SamStore     *store,
                        SamStudyTrip *trip)
{
  SamTripProgramme *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (trip), NULL);

  self = g_object_new (SAM_TYPE_TRIP_PROGRAMME, NULL);
  self->store = g_object_ref (store);
  self->trip_id = sam_entity_get_id (SAM_ENTITY (trip));
  self->body_id = sam_study_trip_get_body_id (trip);
  self->participants = sam_store_list_trip_participants (store, self->trip_id);
  self->programme = sam_store_list_programme (store, self->trip_id);

  build (self, trip);

  return GTK_WIDGET (self);
}
