/* sam-trips-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-trips-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-store-undo.h"
#include "sam-trip-destinations.h"
#include "sam-trip-programme.h"
#include "sam-trips-page.h"

/* The section "Study trips": the trips on the left; on the right the
 * chosen trip's page, which follows its life from the first proposals to
 * the programme. */

#define N_STEPS 5

struct _SamTripsPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkWidget         *list_pane;
  GtkListBox        *trip_list;
  GtkWidget         *detail_pane;
  GtkLabel          *detail_title;
  GtkWidget         *delete_button;
  GtkStack          *detail_stack;
  GtkScrolledWindow *detail_scroller;

  /* Owned */
  SamStore          *store;
  GListModel        *trips;
  SamStudyTrip      *trip;
  SamForm           *form;
  char              *now;
  guint              rebuild_id;

  /* The stepper of the trip shown */
  GtkWidget         *step_labels[N_STEPS];
  GtkProgressBar    *progress;
  GtkLabel          *status_label;
  GtkButton         *advance_button;
  GtkButton         *cancel_button;
  SamTripDestinations *destinations;
  GtkWidget         *title_row;
};

G_DEFINE_FINAL_TYPE (SamTripsPage, sam_trips_page, GTK_TYPE_WIDGET)

static void show_trip (SamTripsPage *self,
                       gint64        id);

/* The words on the button that moves a trip on from @status. */
static const char *
advance_label (SamTripStatus status)
{
  switch (status)
    {
    case SAM_TRIP_STATUS_COLLECTING:
      return _("Mark as _Shortlisted");
    case SAM_TRIP_STATUS_SHORTLISTED:
      return _("Mark as _Decided");
    case SAM_TRIP_STATUS_DECIDED:
      return _("Mark as _Planned");
    case SAM_TRIP_STATUS_PLANNED:
      return _("Mark as _Completed");
    case SAM_TRIP_STATUS_CANCELLED:
      return _("_Reopen");
    case SAM_TRIP_STATUS_COMPLETED:
    default:
      return NULL;
    }
}

static gint64
row_trip_id (GtkListBoxRow *row)
{
  return (gint64)GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "trip-id"));
}

static char *
trip_dates (SamStudyTrip *trip)
{
  const char *starts_on = sam_study_trip_get_starts_on (trip);
  const char *ends_on = sam_study_trip_get_ends_on (trip);
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  if (starts_on == NULL)
    return g_strdup (_("No dates yet"));

  from = sam_groups_format_date (starts_on);
  if (ends_on == NULL || g_str_equal (ends_on, starts_on))
    return g_steal_pointer (&from);

  until = sam_groups_format_date (ends_on);
  /* Translators: the dates of a study trip, from – until. */
  return g_strdup_printf (_("%s – %s"), from, until);
}

static GtkWidget *
create_trip_row (gpointer item,
                 gpointer user_data)
{
  SamStudyTrip *trip = item;
  const char *title = sam_study_trip_get_title (trip);
  g_autofree char *dates = trip_dates (trip);
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), sam_trip_status_label (sam_study_trip_get_status (trip)), dates);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  if (title == NULL || title[0] == '\0')
    title = _("Untitled study trip");

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (subtitle);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "trip-id", GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (trip))));

  return row;
}

static void
select_current_row (SamTripsPage *self)
{
  gint64 id = self->trip != NULL ? sam_entity_get_id (SAM_ENTITY (self->trip)) : 0;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->trip_list, i)) != NULL; i++)
    if (row_trip_id (row) == id)
      {
        gtk_list_box_select_row (self->trip_list, row);
        return;
      }

  gtk_list_box_unselect_all (self->trip_list);
}

static void
trip_row_activated_cb (SamTripsPage  *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list_box)
{
  show_trip (self, row_trip_id (row));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
back_clicked_cb (SamTripsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
delete_clicked_cb (SamTripsPage *self)
{
  sam_trips_page_delete_trip (self);
}

/* The stepper */

static void
update_stepper (SamTripsPage *self)
{
  SamTripStatus status;
  const char *label;
  int step;

  if (self->trip == NULL || self->progress == NULL)
    return;

  status = sam_study_trip_get_status (self->trip);
  step = status == SAM_TRIP_STATUS_CANCELLED ? -1 : (int)status;

  for (int i = 0; i < N_STEPS; i++)
    {
      GtkWidget *widget = self->step_labels[i];

      gtk_widget_remove_css_class (widget, "accent");
      gtk_widget_remove_css_class (widget, "heading");
      gtk_widget_remove_css_class (widget, "success");
      gtk_widget_remove_css_class (widget, "dim-label");

      if (i < step)
        gtk_widget_add_css_class (widget, "success");
      else if (i == step)
        {
          gtk_widget_add_css_class (widget, "accent");
          gtk_widget_add_css_class (widget, "heading");
        }
      else
        gtk_widget_add_css_class (widget, "dim-label");
    }

  if (step < 0)
    {
      gtk_progress_bar_set_fraction (self->progress, 0.0);
      gtk_label_set_label (self->status_label, _("This study trip is cancelled"));
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  else
    {
      g_autofree char *text =
        /* Translators: where a study trip is in its life, "Step 2 of 5: Shortlisted". */
        g_strdup_printf (_("Step %d of %d: %s"), step + 1, N_STEPS, sam_trip_status_label (status));

      gtk_progress_bar_set_fraction (self->progress, (double)(step + 1) / N_STEPS);
      gtk_label_set_label (self->status_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
    }

  label = advance_label (status);
  gtk_widget_set_visible (GTK_WIDGET (self->advance_button), label != NULL);
  if (label != NULL)
    gtk_button_set_label (self->advance_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button),
                          status != SAM_TRIP_STATUS_CANCELLED && status != SAM_TRIP_STATUS_COMPLETED);
}

static gboolean
set_status (SamTripsPage  *self,
            SamTripStatus  status)
{
  g_autoptr(GError) error = NULL;

  sam_form_flush (self->form);
  sam_study_trip_set_status (self->trip, status);
  if (!sam_store_update (self->store, self->trip, &error))
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  update_stepper (self);

  return TRUE;
}

static void
advance_clicked_cb (SamTripsPage *self)
{
  sam_trips_page_advance (self);
}

static void
cancel_clicked_cb (SamTripsPage *self)
{
  if (self->trip != NULL)
    set_status (self, SAM_TRIP_STATUS_CANCELLED);
}

static GtkWidget *
build_stepper (SamTripsPage *self)
{
  static const char *short_labels[N_STEPS] = {
    N_("Proposals"), N_("Shortlist"), N_("Decided"), N_("Planned"), N_("Done"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *widget;

  gtk_widget_set_name (box, "trip-stepper");
  gtk_box_set_homogeneous (GTK_BOX (steps), TRUE);
  for (int i = 0; i < N_STEPS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d\n%s", i + 1, _(short_labels[i]));

      widget = gtk_label_new (text);
      gtk_label_set_justify (GTK_LABEL (widget), GTK_JUSTIFY_CENTER);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (widget, "caption");
      gtk_box_append (GTK_BOX (steps), widget);
      self->step_labels[i] = widget;
    }
  gtk_box_append (GTK_BOX (box), steps);

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress));

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->status_label), "trip-status");
  gtk_label_set_xalign (self->status_label, 0.0f);
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);

  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("C_ancel Trip")));
  gtk_widget_set_valign (GTK_WIDGET (self->cancel_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->cancel_button), "flat");
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->cancel_button));

  self->advance_button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_use_underline (self->advance_button, TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->advance_button), "trip-advance");
  gtk_widget_set_valign (GTK_WIDGET (self->advance_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->advance_button), "suggested-action");
  g_signal_connect_swapped (self->advance_button, "clicked", G_CALLBACK (advance_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->advance_button));
  gtk_box_append (GTK_BOX (box), buttons);

  update_stepper (self);

  return box;
}

/* About the trip */

static void
title_changed_cb (SamTripsPage *self)
{
  const char *title = self->trip != NULL ? sam_study_trip_get_title (self->trip) : NULL;

  gtk_label_set_label (self->detail_title, title != NULL ? title : "");
}

static gboolean
rebuild_cb (gpointer data)
{
  SamTripsPage *self = data;

  self->rebuild_id = 0;
  if (self->trip != NULL)
    show_trip (self, sam_entity_get_id (SAM_ENTITY (self->trip)));

  return G_SOURCE_REMOVE;
}

/* Participants and meetings come from the travelling body. */
static void
body_changed_cb (SamTripsPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
budget_changed_cb (SamTripsPage  *self,
                   GtkSpinButton *spin_button)
{
  gint64 budget = (gint64)gtk_spin_button_get_value (spin_button);

  if (self->trip == NULL || budget == sam_study_trip_get_budget (self->trip))
    return;

  sam_study_trip_set_budget (self->trip, budget);
  sam_form_changed (self->form, FALSE);
}

static GtkWidget *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
new_date_row (const char *title)
{
  GtkWidget *row = sam_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
new_combo_row (const char *title,
               GListModel *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);

  return row;
}

static GtkWidget *
build_about (SamTripsPage *self)
{
  SamStudyTrip *trip = self->trip;
  gint64 body_id = sam_study_trip_get_body_id (trip);
  gint64 deciding_id = sam_study_trip_get_deciding_meeting_id (trip);
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GListModel) body_choices = sam_groups_choices_new (_("None"));
  g_autoptr(GListModel) meeting_choices = sam_groups_choices_new (_("None"));
  g_autoptr(GListModel) meetings = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame;
  GtkWidget *text_view;
  GtkWidget *row;
  GtkWidget *spin_button;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("About the Trip"));

  row = new_entry_row (_("Title"));
  gtk_widget_set_name (row, "trip-title");
  sam_form_bind_editable (self->form, GTK_EDITABLE (row), "title", TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->title_row = row;

  sam_groups_choices_add_all (body_choices, bodies, sam_groups_entity_name, NULL);
  row = new_combo_row (_("Travelling body"), body_choices);
  sam_form_bind_combo_choice (self->form, ADW_COMBO_ROW (row), "body-id");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_date_row (_("First day"));
  sam_form_bind_date (self->form, SAM_DATE_ROW (row), "starts-on");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_date_row (_("Last day"));
  sam_form_bind_date (self->form, SAM_DATE_ROW (row), "ends-on");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Budget (SEK)"));
  spin_button = gtk_spin_button_new_with_range (0, 1e9, 1000);
  gtk_widget_set_valign (spin_button, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin_button), (double)sam_study_trip_get_budget (trip));
  g_signal_connect_object (spin_button, "value-changed", G_CALLBACK (budget_changed_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  /* The meeting that decides: among the travelling body's meetings (and
   * the board's, which decides the trips of the others). */
  meetings = body_id > 0 ? sam_store_list_meetings_by_body (self->store, body_id)
                         : sam_store_list_meetings (self->store);
  sam_groups_choices_add_all (meeting_choices, meetings, sam_groups_meeting_label, NULL);
  if (deciding_id > 0 && sam_groups_choices_find (meeting_choices, deciding_id) == GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, deciding_id, NULL);

      if (meeting != NULL)
        {
          g_autofree char *label = sam_groups_meeting_label (meeting, NULL);

          sam_groups_choices_add (meeting_choices, deciding_id, label);
        }
    }
  row = new_combo_row (_("Deciding meeting"), meeting_choices);
  sam_form_bind_combo_choice (self->form, ADW_COMBO_ROW (row), "deciding-meeting-id");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  /* Purpose */
  frame = gtk_frame_new (NULL);
  gtk_widget_set_margin_top (frame, 12);
  text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_widget_set_size_request (text_view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Purpose"),
                                  -1);
  gtk_widget_set_tooltip_text (text_view, _("Purpose of the trip"));
  sam_form_bind_text_view (self->form, GTK_TEXT_VIEW (text_view), "purpose");
  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             g_object_new (GTK_TYPE_LABEL,
                                           "label", _("Purpose"),
                                           "xalign", 0.0f,
                                           "margin-top", 12,
                                           "css-classes", (const char * const []) { "heading", NULL },
                                           NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);

  return group;
}

static void
show_trip (SamTripsPage *self,
           gint64        id)
{
  g_autoptr(SamStudyTrip) trip = NULL;
  GtkWidget *clamp;
  GtkWidget *box;

  sam_form_clear (self->form);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  if (self->trip != NULL)
    g_signal_handlers_disconnect_by_data (self->trip, self);
  g_clear_object (&self->trip);
  self->progress = NULL;
  self->destinations = NULL;
  self->title_row = NULL;

  if (id > 0)
    trip = sam_store_load (self->store, SAM_TYPE_STUDY_TRIP, id, NULL);

  if (trip == NULL)
    {
      gtk_scrolled_window_set_child (self->detail_scroller, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      gtk_label_set_label (self->detail_title, "");
      gtk_widget_set_sensitive (self->delete_button, FALSE);
      select_current_row (self);
      return;
    }

  self->trip = g_steal_pointer (&trip);
  sam_form_set_entity (self->form, self->trip);
  g_signal_connect_swapped (self->trip, "notify::title", G_CALLBACK (title_changed_cb), self);
  g_signal_connect_swapped (self->trip, "notify::body-id", G_CALLBACK (body_changed_cb), self);
  title_changed_cb (self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_stepper (self));
  gtk_box_append (GTK_BOX (box), build_about (self));
  self->destinations = SAM_TRIP_DESTINATIONS (sam_trip_destinations_new (self->store, self->trip));
  sam_trip_destinations_set_now (self->destinations, self->now);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->destinations));
  gtk_box_append (GTK_BOX (box), sam_trip_programme_new (self->store, self->trip));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->detail_scroller, clamp);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0.0);

  gtk_stack_set_visible_child_name (self->detail_stack, "trip");
  gtk_widget_set_sensitive (self->delete_button, TRUE);
  select_current_row (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SamTripsPage *self = SAM_TRIPS_PAGE (widget);

  if (sam_trips_page_create_trip (self) > 0 && self->title_row != NULL)
    gtk_widget_grab_focus (self->title_row);
}

static void
sam_trips_page_unmap (GtkWidget *widget)
{
  sam_form_flush (SAM_TRIPS_PAGE (widget)->form);

  GTK_WIDGET_CLASS (sam_trips_page_parent_class)->unmap (widget);
}

static void
sam_trips_page_dispose (GObject *object)
{
  SamTripsPage *self = SAM_TRIPS_PAGE (object);

  g_clear_object (&self->form);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->trip != NULL)
    g_signal_handlers_disconnect_by_data (self->trip, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_TRIPS_PAGE);

  g_clear_object (&self->trip);
  g_clear_object (&self->trips);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_free);

  G_OBJECT_CLASS (sam_trips_page_parent_class)->dispose (object);
}

static void
sam_trips_page_class_init (SamTripsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_trips_page_dispose;
  widget_class->unmap = sam_trips_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/trips/sam-trips-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, trip_list);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SamTripsPage, detail_scroller);
  gtk_widget_class_bind_template_callback (widget_class, trip_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_install_action (widget_class, "trips.new", NULL, new_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tripspage");
}

static void
sam_trips_page_init (SamTripsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sam_trips_page_new:
 * @store: the store whose study trips to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_trips_page_new (SamContext *context)
{
  SamStore *store;
  SamTripsPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_TRIPS_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));
  self->trips = sam_store_list_study_trips (store);
  gtk_list_box_bind_model (self->trip_list, self->trips, create_trip_row, self, NULL);
  g_signal_connect_object (self->trips, "items-changed",
                           G_CALLBACK (select_current_row), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

void
sam_trips_page_open (GtkWidget *page,
                     gint64     id)
{
  SamTripsPage *self = SAM_TRIPS_PAGE (page);

  g_return_if_fail (SAM_IS_TRIPS_PAGE (page));

  show_trip (self, id);
  if (self->trip != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

gint64
sam_trips_page_get_trip_id (SamTripsPage *self)
{
  g_return_val_if_fail (SAM_IS_TRIPS_PAGE (self), 0);

  return self->trip != NULL ? sam_entity_get_id (SAM_ENTITY (self->trip)) : 0;
}

gint64
sam_trips_page_create_trip (SamTripsPage *self)
{
  g_autoptr(SamStudyTrip) trip = sam_study_trip_new ();
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAM_IS_TRIPS_PAGE (self), 0);

  sam_study_trip_set_title (trip, _("New study trip"));
  sam_study_trip_set_status (trip, SAM_TRIP_STATUS_COLLECTING);
  boards = sam_store_list_bodies_by_kind (self->store, SAM_BODY_KIND_BOARD);
  if (g_list_model_get_n_items (boards) > 0)
    {
      g_autoptr(SamBody) board = g_list_model_get_item (boards, 0);

      sam_study_trip_set_body_id (trip, sam_entity_get_id (SAM_ENTITY (board)));
    }

  if (!sam_store_insert (self->store, trip, &error))
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return 0;
    }

  sam_trips_page_open (GTK_WIDGET (self), sam_entity_get_id (SAM_ENTITY (trip)));

  return sam_entity_get_id (SAM_ENTITY (trip));
}

gboolean
sam_trips_page_advance (SamTripsPage *self)
{
  SamTripStatus status;

  g_return_val_if_fail (SAM_IS_TRIPS_PAGE (self), FALSE);

  if (self->trip == NULL)
    return FALSE;

  status = sam_study_trip_get_status (self->trip);
  if (status == SAM_TRIP_STATUS_CANCELLED)
    return set_status (self, SAM_TRIP_STATUS_COLLECTING);
  if (status >= SAM_TRIP_STATUS_COMPLETED)
    return FALSE;

  return set_status (self, status + 1);
}

void
sam_trips_page_set_now (SamTripsPage *self,
                        const char   *now)
{
  g_return_if_fail (SAM_IS_TRIPS_PAGE (self));

  g_free (self->now);
  self->now = g_strdup (now);
  if (self->destinations != NULL)
    sam_trip_destinations_set_now (self->destinations, now);
}

/* Deletion, with what belongs to the trip, and Undo */

typedef struct
{
  SamStore    *store;
  SamDeletion *deletion;
  GtkWidget   *page;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->store);
  g_clear_object (&deleted->deletion);
  g_clear_weak_pointer (&deleted->page);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast *toast,
                Deleted  *deleted)
{
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (deleted->deletion))
    return;

  if (!sam_store_undo_deletion (deleted->store, deleted->deletion, &error))
    {
      g_warning ("Could not undo the deletion: %s", error->message);
      if (deleted->page != NULL)
        sam_groups_show_error (deleted->page, error);
      return;
    }

  if (deleted->page != NULL)
    sam_trips_page_open (deleted->page, sam_deletion_get_id (deleted->deletion));
}

void
sam_trips_page_delete_trip (SamTripsPage *self)
{
  g_autoptr(SamStudyTrip) trip = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;
  AdwToast *toast;
  gint64 id;

  g_return_if_fail (SAM_IS_TRIPS_PAGE (self));

  if (self->trip == NULL)
    return;

  sam_form_flush (self->form);
  if (self->destinations != NULL)
    sam_trip_destinations_flush (self->destinations);
  id = sam_entity_get_id (SAM_ENTITY (self->trip));

  deleted = g_new0 (Deleted, 1);
  deleted->store = g_object_ref (self->store);
  trip = sam_store_load (self->store, SAM_TYPE_STUDY_TRIP, id, NULL);
  if (trip != NULL)
    deleted->deletion = sam_store_delete_with_undo (self->store, trip, &error);
  g_set_weak_pointer (&deleted->page, GTK_WIDGET (self));

  if (deleted->deletion == NULL)
    {
      if (error != NULL)
        sam_groups_show_error (GTK_WIDGET (self), error);
      deleted_free (deleted);
      return;
    }

  /* Translators: a toast after deleting a study trip. */
  title = g_strdup_printf (_("Deleted “%s”"), sam_study_trip_get_title (trip));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         deleted, (GClosureNotify)(void (*) (void))deleted_free, 0);
  /* Kept for the last deletion only, so that a test can click Undo. */
  g_object_set_data_full (G_OBJECT (self), "sam-undo-toast", g_object_ref (toast), g_object_unref);

  show_trip (self, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  sam_toast_show (GTK_WIDGET (self), toast);
}
