/* test-ui-trips.c: the section "Study trips", under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-trips"

#include "config.h"

#include <adwaita.h>

#include "sam-date-row.h"
#include "sam-groups-util.h"
#include "sam-store-undo.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-time-row.h"
#include "sam-trip-destinations.h"
#include "sam-trips-page.h"

/* Unlike find_mapped_label(), the label's text must equal @text. */
static GtkWidget *
find_exact_label (GtkWidget  *widget,
                  const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_exact_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
exact_label_is_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_exact_label (query->root, query->text) != NULL;
}

static gboolean
wait_for_exact_label (GtkWidget  *root,
                      const char *text)
{
  LabelQuery query = { root, text };

  return wait_for (exact_label_is_shown, &query);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
get_named (GtkWidget  *widget,
           const char *name)
{
  GtkWidget *found = find_named (widget, name);

  g_assert_nonnull (found);

  return found;
}

static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static SamMunicipality *
add_municipality (SamStore   *store,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  SamMunicipality *municipality = sam_municipality_new ();

  sam_municipality_set_name (municipality, name);
  g_assert_true (sam_store_insert (store, municipality, &error));
  g_assert_no_error (error);

  return municipality;
}

static SamPerson *
add_person (SamStore        *store,
            const char      *name,
            SamMunicipality *municipality)
{
  g_autoptr(GError) error = NULL;
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  if (municipality != NULL)
    sam_person_set_municipality_id (person, sam_entity_get_id (SAM_ENTITY (municipality)));
  g_assert_true (sam_store_insert (store, person, &error));
  g_assert_no_error (error);

  return person;
}

static SamDestination *
add_destination (SamStore     *store,
                 SamStudyTrip *trip,
                 const char   *city,
                 const char   *rationale,
                 gboolean      shortlisted,
                 gboolean      chosen)
{
  g_autoptr(GError) error = NULL;
  SamDestination *destination = sam_destination_new ();

  sam_destination_set_study_trip_id (destination, sam_entity_get_id (SAM_ENTITY (trip)));
  sam_destination_set_city (destination, city);
  sam_destination_set_rationale (destination, rationale);
  sam_destination_set_shortlisted (destination, shortlisted);
  sam_destination_set_chosen (destination, chosen);
  g_assert_true (sam_store_insert (store, destination, &error));
  g_assert_no_error (error);

  return destination;
}

typedef struct
{
  SamTestDb     db;
  SamBody      *board;
  SamBody      *directors;
  SamStudyTrip *trip;
  GtkWindow    *window;
  SamTripsPage *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sam_test_db_setup (&fixture->db, data);
  fixture->board = sam_test_add_body (fixture->db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  fixture->directors = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen",
                                          SAM_BODY_KIND_DIRECTOR_GROUP);

  fixture->trip = sam_study_trip_new ();
  sam_study_trip_set_title (fixture->trip, "Internatresa 2031");
  sam_study_trip_set_body_id (fixture->trip, sam_entity_get_id (SAM_ENTITY (fixture->board)));
  sam_study_trip_set_starts_on (fixture->trip, "2031-09-05");
  sam_study_trip_set_ends_on (fixture->trip, "2031-09-06");
  g_assert_true (sam_store_insert (fixture->db.store, fixture->trip, &error));
  g_assert_no_error (error);
}

static void
open_window (Fixture *fixture)
{
  /* The page on its own in a window, as the window's section shows it. */
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  g_autoptr(SamContext) page_context = sam_test_context_new (fixture->db.store, NULL);
  fixture->page = SAM_TRIPS_PAGE (sam_trips_page_new (page_context));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page));

  sam_trips_page_open (GTK_WIDGET (fixture->page), sam_entity_get_id (SAM_ENTITY (fixture->trip)));
  g_assert_cmpint (sam_trips_page_get_trip_id (fixture->page), ==,
                   sam_entity_get_id (SAM_ENTITY (fixture->trip)));

  /* The 2019 story: the director group meets on 29 January. */
  sam_trips_page_set_now (fixture->page, "2031-01-29T17:00");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GList *toplevels;

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  settle ();

  g_clear_object (&fixture->board);
  g_clear_object (&fixture->directors);
  g_clear_object (&fixture->trip);
  sam_test_db_teardown (&fixture->db, data);
}

static SamDestination *
load_destination (Fixture  *fixture,
                  gpointer  destination)
{
  return sam_store_load (fixture->db.store, SAM_TYPE_DESTINATION,
                         sam_entity_get_id (SAM_ENTITY (destination)), NULL);
}

/* The row of the destination whose title is @title. */
static GtkWidget *
find_destination_row (GtkWidget  *page,
                      const char *title)
{
  GtkListBox *list = GTK_LIST_BOX (get_named (page, "destinations"));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return GTK_WIDGET (row);

  return NULL;
}

static void
test_add_and_shortlist (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) destinations = NULL;
  g_autoptr(SamDestination) destination = NULL;
  g_autoptr(SamDestination) saved = NULL;
  GtkWidget *page;
  GtkWidget *row;

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);

  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "destination-city")), "Stuttgart");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "destination-country")), "Tyskland");
  g_signal_emit_by_name (get_named (page, "destination-country"), "entry-activated");

  destinations = sam_store_list_destinations (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->trip)));
  g_assert_cmpuint (g_list_model_get_n_items (destinations), ==, 1);
  destination = g_list_model_get_item (destinations, 0);
  g_assert_cmpstr (sam_destination_get_city (destination), ==, "Stuttgart");
  g_assert_cmpstr (sam_destination_get_country (destination), ==, "Tyskland");
  g_assert_false (sam_destination_get_shortlisted (destination));

  row = find_destination_row (page, "Stuttgart, Tyskland");
  g_assert_nonnull (row);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (get_named (row, "shortlisted")), TRUE);

  saved = load_destination (fixture, destination);
  g_assert_true (sam_destination_get_shortlisted (saved));
  g_assert_true (wait_for_exact_label (row, "Shortlisted"));
}

static void
test_choose_one (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamDestination) stuttgart = NULL;
  g_autoptr(SamDestination) bratislava = NULL;
  g_autoptr(SamDestination) saved = NULL;
  GtkWidget *page;
  GtkWidget *row;

  stuttgart = add_destination (fixture->db.store, fixture->trip, "Stuttgart", NULL, TRUE, TRUE);
  bratislava = add_destination (fixture->db.store, fixture->trip, "Bratislava", NULL, TRUE, FALSE);

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);

  row = find_destination_row (page, "Bratislava");
  g_assert_nonnull (row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (get_named (row, "chosen")), TRUE);

  saved = load_destination (fixture, bratislava);
  g_assert_true (sam_destination_get_chosen (saved));
  g_clear_object (&saved);
  saved = load_destination (fixture, stuttgart);
  g_assert_false (sam_destination_get_chosen (saved));

  /* The other row no longer shows as chosen. */
  settle ();
  row = find_destination_row (page, "Stuttgart");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (get_named (row, "chosen"))));
}

static void
test_send_shortlist (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamMeeting) earlier = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamMeeting) later = NULL;
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamStudyTrip) trip = NULL;
  const char *background;

  g_object_unref (add_destination (fixture->db.store, fixture->trip, "Stuttgart",
                                   "Innovationsstark region mitt i Europa", TRUE, FALSE));
  g_object_unref (add_destination (fixture->db.store, fixture->trip, "Bratislava",
                                   "Intressant gränsregion", TRUE, FALSE));
  g_object_unref (add_destination (fixture->db.store, fixture->trip, "Tallinn",
                                   "Digitalisering", FALSE, FALSE));
  earlier = sam_test_add_meeting (fixture->db.store, fixture->board, "2031-01-10T09:00", "Styrelsemöte");
  meeting = sam_test_add_meeting (fixture->db.store, fixture->board, "2031-03-01T09:00", "Styrelsemöte");
  later = sam_test_add_meeting (fixture->db.store, fixture->board, "2031-04-17T09:00", "Styrelsemöte");

  open_window (fixture);
  g_signal_emit_by_name (get_named (GTK_WIDGET (fixture->page), "send-shortlist"), "clicked");

  /* On the board's next meeting after now, not the one before or after. */
  agenda = sam_store_list_agenda (fixture->db.store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 1);
  item = g_list_model_get_item (agenda, 0);
  g_assert_cmpint (sam_agenda_item_get_kind (item), ==, SAM_ITEM_KIND_DECISION);
  g_assert_cmpstr (sam_agenda_item_get_title (item), ==, "Internatresa 2031: choice of destination");
  g_assert_cmpint (sam_agenda_item_get_study_trip_id (item), ==, sam_entity_get_id (SAM_ENTITY (fixture->trip)));
  background = sam_agenda_item_get_background (item);
  g_assert_nonnull (strstr (background, "Stuttgart: Innovationsstark region mitt i Europa"));
  g_assert_nonnull (strstr (background, "Bratislava: Intressant gränsregion"));
  g_assert_null (strstr (background, "Tallinn"));

  /* The trip is shortlisted, to be decided at that meeting. */
  trip = sam_store_load (fixture->db.store, SAM_TYPE_STUDY_TRIP, sam_entity_get_id (SAM_ENTITY (fixture->trip)), NULL);
  g_assert_cmpint (sam_study_trip_get_status (trip), ==, SAM_TRIP_STATUS_SHORTLISTED);
  g_assert_cmpint (sam_study_trip_get_deciding_meeting_id (trip), ==, sam_entity_get_id (SAM_ENTITY (meeting)));

  /* Sending again brings the item up to date rather than adding one. */
  g_signal_emit_by_name (get_named (GTK_WIDGET (fixture->page), "send-shortlist"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 1);
}

static gboolean
dialog_shown (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      found = TRUE;
  g_list_free (toplevels);

  return found;
}

static void
test_send_shortlist_without_meeting (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(SamMeeting) past = NULL;
  g_autoptr(GListModel) agenda = NULL;

  g_object_unref (add_destination (fixture->db.store, fixture->trip, "Stuttgart", "Innovation", TRUE, FALSE));
  past = sam_test_add_meeting (fixture->db.store, fixture->board, "2030-12-01T09:00", "Styrelsemöte");

  open_window (fixture);
  g_signal_emit_by_name (get_named (GTK_WIDGET (fixture->page), "send-shortlist"), "clicked");

  /* Nothing is added anywhere, and the user is told why. */
  agenda = sam_store_list_agenda (fixture->db.store, sam_entity_get_id (SAM_ENTITY (past)));
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 0);
  g_assert_true (wait_for (dialog_shown, NULL));
}

static void
test_advance (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SamStudyTrip) trip = NULL;
  GtkWidget *page;

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);
  g_assert_true (wait_for_exact_label (page, "Step 1 of 5: Collecting proposals"));

  g_signal_emit_by_name (get_named (page, "trip-advance"), "clicked");

  trip = sam_store_load (fixture->db.store, SAM_TYPE_STUDY_TRIP, sam_entity_get_id (SAM_ENTITY (fixture->trip)), NULL);
  g_assert_cmpint (sam_study_trip_get_status (trip), ==, SAM_TRIP_STATUS_SHORTLISTED);
  g_assert_true (wait_for_exact_label (page, "Step 2 of 5: Shortlisted"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get_named (page, "trip-advance"))), ==, "Mark as _Decided");
}

/* Scrolls the page so that @widget is at the top, for a screenshot. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  spin (200);
  g_assert_true (gtk_widget_compute_point (widget, child, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 80 + gtk_adjustment_get_value (adjustment));
}

static void
test_programme_add (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) programme = NULL;
  g_autoptr(SamProgrammeItem) item = NULL;
  GtkWidget *page;

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);

  /* The day is a date row that starts as the trip's first day, and the
   * form is rows that stay put. */
  g_assert_true (SAM_IS_DATE_ROW (get_named (page, "programme-day")));
  g_assert_true (SAM_IS_TIME_ROW (get_named (page, "programme-time")));
  g_assert_cmpstr (sam_date_row_get_value (SAM_DATE_ROW (get_named (page, "programme-day"))), ==, "2031-09-05");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "programme-time")), "9.30");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "programme-title")), "Besök hos Region Stuttgart");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "programme-place")), "Rathaus");
  g_signal_emit_by_name (get_named (page, "programme-title"), "entry-activated");

  programme = sam_store_list_programme (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->trip)));
  g_assert_cmpuint (g_list_model_get_n_items (programme), ==, 1);
  item = g_list_model_get_item (programme, 0);
  g_assert_cmpstr (sam_programme_item_get_day (item), ==, "2031-09-05");
  g_assert_cmpstr (sam_programme_item_get_time (item), ==, "09:30");
  g_assert_cmpstr (sam_programme_item_get_title (item), ==, "Besök hos Region Stuttgart");
  g_assert_cmpstr (sam_programme_item_get_place (item), ==, "Rathaus");
  g_assert_true (wait_for_exact_label (page, "Besök hos Region Stuttgart"));

  if (g_getenv ("SAM_SHOT_DIR") != NULL)
    {
      scroll_to (get_named (page, "programme-form"));
      maybe_screenshot (GTK_WIDGET (fixture->window), "trip-programme-form");
      gtk_window_set_default_size (fixture->window, 360, 800);
      spin (300);
      scroll_to (get_named (page, "programme-form"));
      maybe_screenshot (GTK_WIDGET (fixture->window), "trip-programme-form-360");
      scroll_to (get_named (page, "destination-form"));
      maybe_screenshot (GTK_WIDGET (fixture->window), "trip-destination-form-360");
    }
}

static void
test_add_participant (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SamMunicipality) lund = add_municipality (fixture->db.store, "Lund");
  g_autoptr(SamPerson) anna = add_person (fixture->db.store, "Anna Andersson", lund);
  g_autoptr(GListModel) participants = NULL;
  g_autoptr(SamTripParticipant) participant = NULL;
  GtkDropDown *person;
  GtkWidget *page;

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);

  person = GTK_DROP_DOWN (get_named (page, "participant-person"));
  gtk_drop_down_set_selected (person, sam_groups_choices_find (gtk_drop_down_get_model (person),
                                                               sam_entity_get_id (SAM_ENTITY (anna))));

  participants = sam_store_list_trip_participants (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->trip)));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 1);
  participant = g_list_model_get_item (participants, 0);
  g_assert_cmpint (sam_trip_participant_get_person_id (participant), ==, sam_entity_get_id (SAM_ENTITY (anna)));
  g_assert_true (wait_for_exact_label (get_named (page, "participants"), "Anna Andersson"));
}

static void
test_create_and_delete (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamStudyTrip) trip = NULL;
  g_autoptr(SamStudyTrip) gone = NULL;
  gint64 id;

  open_window (fixture);

  id = sam_trips_page_create_trip (fixture->page);
  g_assert_cmpint (id, >, 0);
  trip = sam_store_load (fixture->db.store, SAM_TYPE_STUDY_TRIP, id, NULL);
  g_assert_cmpint (sam_study_trip_get_status (trip), ==, SAM_TRIP_STATUS_COLLECTING);
  g_assert_cmpint (sam_study_trip_get_body_id (trip), ==, sam_entity_get_id (SAM_ENTITY (fixture->board)));

  g_object_unref (add_destination (fixture->db.store, trip, "Lille", NULL, FALSE, FALSE));
  sam_trips_page_delete_trip (fixture->page);
  gone = sam_store_load (fixture->db.store, SAM_TYPE_STUDY_TRIP, id, NULL);
  g_assert_null (gone);
  g_assert_cmpint (sam_trips_page_get_trip_id (fixture->page), ==, 0);
}

/* Undo of a trip's deletion shows the trip again with its destinations,
 * participants and programme, as they were. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  gint64 id = sam_entity_get_id (SAM_ENTITY (fixture->trip));
  g_autoptr(SamPerson) anna = add_person (store, "Anna Andersson", NULL);
  g_autoptr(SamTripParticipant) participant = sam_trip_participant_new ();
  g_autoptr(SamProgrammeItem) item = sam_programme_item_new ();
  g_autoptr(SamStudyTrip) gone = NULL;
  g_autoptr(SamStudyTrip) back = NULL;
  g_autoptr(GListModel) destinations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwToast *toast;
  GtkWidget *page;

  g_object_unref (add_destination (store, fixture->trip, "Lille", "Omställning", TRUE, FALSE));
  g_object_unref (add_destination (store, fixture->trip, "Tallinn", NULL, FALSE, TRUE));
  sam_trip_participant_set_study_trip_id (participant, id);
  sam_trip_participant_set_person_id (participant, sam_entity_get_id (SAM_ENTITY (anna)));
  g_assert_true (sam_store_insert (store, participant, &error));
  sam_programme_item_set_study_trip_id (item, id);
  sam_programme_item_set_title (item, "Besök i stadshuset");
  g_assert_true (sam_store_insert (store, item, &error));
  g_assert_no_error (error);
  before = sam_store_dump_rows (store, &error);

  open_window (fixture);
  page = GTK_WIDGET (fixture->page);
  g_assert_true (wait_for_exact_label (page, "Besök i stadshuset"));

  sam_trips_page_delete_trip (fixture->page);
  gone = sam_store_load (store, SAM_TYPE_STUDY_TRIP, id, NULL);
  g_assert_null (gone);
  g_assert_cmpint (sam_trips_page_get_trip_id (fixture->page), ==, 0);

  toast = g_object_get_data (G_OBJECT (page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");

  /* The same trip, open, with what it had. */
  g_assert_cmpint (sam_trips_page_get_trip_id (fixture->page), ==, id);
  back = sam_store_load (store, SAM_TYPE_STUDY_TRIP, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_study_trip_get_title (back), ==, "Internatresa 2031");
  destinations = sam_store_list_destinations (store, id);
  g_assert_cmpuint (g_list_model_get_n_items (destinations), ==, 2);
  g_assert_true (wait_for_exact_label (page, "Besök i stadshuset"));
  g_assert_true (wait_for_exact_label (get_named (page, "participants"), "Anna Andersson"));
  g_assert_nonnull (find_destination_row (page, "Lille"));
  g_assert_nonnull (find_destination_row (page, "Tallinn"));
  after = sam_store_dump_rows (store, &error);
  g_assert_cmpstr (after, ==, before);

  /* Once only. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpint (sam_store_count (store, SAM_TYPE_DESTINATION), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/trips/add-and-shortlist", Fixture, NULL, fixture_setup, test_add_and_shortlist, fixture_teardown);
  g_test_add ("/ui/trips/choose-one", Fixture, NULL, fixture_setup, test_choose_one, fixture_teardown);
  g_test_add ("/ui/trips/send-shortlist", Fixture, NULL, fixture_setup, test_send_shortlist, fixture_teardown);
  g_test_add ("/ui/trips/send-shortlist-without-meeting", Fixture, NULL, fixture_setup,
              test_send_shortlist_without_meeting, fixture_teardown);
  g_test_add ("/ui/trips/advance", Fixture, NULL, fixture_setup, test_advance, fixture_teardown);
  g_test_add ("/ui/trips/programme-add", Fixture, NULL, fixture_setup, test_programme_add, fixture_teardown);
  g_test_add ("/ui/trips/add-participant", Fixture, NULL, fixture_setup, test_add_participant, fixture_teardown);
  g_test_add ("/ui/trips/create-delete", Fixture, NULL, fixture_setup, test_create_and_delete, fixture_teardown);
  g_test_add ("/ui/trips/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo, fixture_teardown);

  return g_test_run ();
}
