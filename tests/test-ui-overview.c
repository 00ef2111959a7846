/* test-ui-overview.c: the overview page, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-overview"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-exchange.h"
#include "sam-overview-page.h"
#include "sam-people-page.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

/* A fixed "today" keeps the relative dates ("in 3 days") the same on
 * every day the test runs. */
#define TODAY "2026-03-10"

static GtkWidget *
row_of (GtkWidget *widget)
{
  while (widget != NULL && !GTK_IS_LIST_BOX_ROW (widget))
    widget = gtk_widget_get_parent (widget);

  return widget;
}

/* The position of the row that shows @text within its list. */
static int
row_index_of_label (GtkWidget  *root,
                    const char *text)
{
  GtkWidget *row = row_of (find_mapped_label (root, text));

  g_assert_nonnull (row);

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* The page alone in a window, pretending that today is TODAY. */
static GtkWidget *
show_page (SamStore   *store,
           GtkWindow **window_out)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SamContext) page_context = sam_test_context_new (store, TODAY);
  GtkWidget *page = sam_overview_page_new (page_context);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1400);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, page));

  *window_out = GTK_WINDOW (window);

  return page;
}

static SamAssignment *
add_assignment (SamStore   *store,
                const char *title,
                const char *due_on)
{
  g_autoptr(GError) error = NULL;
  SamAssignment *assignment = sam_assignment_new ();

  sam_assignment_set_title (assignment, title);
  sam_assignment_set_due_on (assignment, due_on);
  g_assert_true (sam_store_insert (store, assignment, &error));
  g_assert_no_error (error);

  return assignment;
}

static SamPerson *
add_person (SamStore   *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  g_assert_true (sam_store_insert (store, person, &error));
  g_assert_no_error (error);

  return person;
}

static void
test_overview_empty (void)
{
  SamTestDb db = { 0 };
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  page = show_page (db.store, &window);

  /* Every group says in a short line that it has nothing to show. */
  g_assert_true (wait_for_label (page, "No meetings are planned"));
  g_assert_true (wait_for_label (page, "Nothing is overdue"));
  g_assert_true (wait_for_label (page, "No active focus questions"));
  g_assert_true (wait_for_label (page, "No study trip"));
  g_assert_true (wait_for_label (page, "No working-group or network meetings"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_overview_upcoming_meeting (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) past = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  past = sam_test_add_meeting (db.store, body, "2026-02-01T09:00", "February meeting");
  page = show_page (db.store, &window);

  g_assert_true (wait_for_label (page, "No meetings are planned"));
  g_assert_null (find_mapped_label (page, "February meeting"));

  /* Inserted through the store while the page is shown: it appears by
   * itself, with how far away it is. */
  meeting = sam_test_add_meeting (db.store, body, "2026-03-13T09:00", "Spring meeting");
  g_assert_true (wait_for_label (page, "Spring meeting"));
  g_assert_true (wait_for_label (page, "in 3 days"));
  g_assert_true (wait_for_label (page, "Director group"));
  g_assert_true (wait_for_label (page, "Agenda"));
  g_assert_true (wait_for_no_label (page, "No meetings are planned"));
  g_assert_null (find_mapped_label (page, "February meeting"));

  /* A cancelled meeting is no longer coming. */
  sam_meeting_set_status (meeting, SAM_MEETING_STATUS_CANCELLED);
  g_assert_true (sam_store_update (db.store, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_no_label (page, "Spring meeting"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_overview_assignments (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamAssignment) overdue = NULL;
  g_autoptr(SamAssignment) yesterday = NULL;
  g_autoptr(SamAssignment) soon = NULL;
  g_autoptr(SamAssignment) later = NULL;
  g_autoptr(SamAssignment) done = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  page = show_page (db.store, &window);

  overdue = add_assignment (db.store, "Report on housing", "2026-03-05");
  soon = add_assignment (db.store, "Collect proposals", "2026-03-20");
  yesterday = add_assignment (db.store, "Yesterday’s report", "2026-03-09");
  later = add_assignment (db.store, "Plan the autumn", "2026-06-01");
  done = add_assignment (db.store, "Already done", "2026-03-01");
  sam_assignment_set_status (done, SAM_ASSIGNMENT_STATUS_DONE);
  g_assert_true (sam_store_update (db.store, done, &error));
  g_assert_no_error (error);

  g_assert_true (wait_for_label (page, "Report on housing"));
  /* Overdue says since when, not a count of days to turn back into a date. */
  g_assert_true (wait_for_label (page, "Overdue since 5 March 2026"));
  g_assert_null (find_mapped_label (page, "overdue by"));
  g_assert_true (wait_for_label (page, "Yesterday’s report"));
  g_assert_true (wait_for_label (page, "Overdue since yesterday"));
  g_assert_true (wait_for_label (page, "Collect proposals"));
  g_assert_true (wait_for_label (page, "Due in 10 days"));
  g_assert_null (find_mapped_label (page, "Plan the autumn"));
  g_assert_null (find_mapped_label (page, "Already done"));

  /* Marking it done takes it off the overview. */
  sam_assignment_set_status (overdue, SAM_ASSIGNMENT_STATUS_DONE);
  g_assert_true (sam_store_update (db.store, overdue, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_no_label (page, "Report on housing"));
  g_assert_true (wait_for_label (page, "Collect proposals"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static gboolean
bo_first (gpointer data)
{
  return row_index_of_label (data, "Report by Bo") == 0;
}

static GtkWidget *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_drop_down (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_overview_own_assignments_first (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamPerson) anna = NULL;
  g_autoptr(SamPerson) bo = NULL;
  g_autoptr(SamAssignment) first = NULL;
  g_autoptr(SamAssignment) mine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user = NULL;
  GtkDropDown *drop_down;
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  anna = add_person (db.store, "Anna Åberg");
  bo = add_person (db.store, "Bo Ek");

  first = add_assignment (db.store, "Report by Bo", "2026-03-01");
  sam_assignment_set_owner_kind (first, SAM_OWNER_KIND_PERSON);
  sam_assignment_set_owner_person_id (first, sam_entity_get_id (SAM_ENTITY (bo)));
  g_assert_true (sam_store_update (db.store, first, &error));
  g_assert_no_error (error);

  mine = add_assignment (db.store, "Analysis by Anna", "2026-03-25");
  sam_assignment_set_owner_kind (mine, SAM_OWNER_KIND_PERSON);
  sam_assignment_set_owner_person_id (mine, sam_entity_get_id (SAM_ENTITY (anna)));
  g_assert_true (sam_store_update (db.store, mine, &error));
  g_assert_no_error (error);

  page = show_page (db.store, &window);
  g_assert_true (wait_for_label (page, "Analysis by Anna"));
  g_assert_true (wait_for_label (page, "Bo Ek"));

  /* By due date while nobody has said who they are… */
  g_assert_cmpint (row_index_of_label (page, "Report by Bo"), ==, 0);
  g_assert_cmpint (row_index_of_label (page, "Analysis by Anna"), ==, 1);
  g_assert_null (find_mapped_label (page, "Yours"));

  /* …and the user's own first once they have. */
  g_assert_true (sam_store_set_user_person (db.store, sam_entity_get_uuid (SAM_ENTITY (anna)), &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_label (page, "Yours"));
  g_assert_cmpint (row_index_of_label (page, "Analysis by Anna"), ==, 0);
  g_assert_cmpint (row_index_of_label (page, "Report by Bo"), ==, 1);

  /* The "who are you" menu shows the user, and choosing another person in
   * it is remembered in the database: "Who are you?", then the people by
   * name. */
  drop_down = GTK_DROP_DOWN (find_drop_down (page));
  g_assert_nonnull (drop_down);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 1);
  {
    g_autoptr(SamPerson) first_choice = g_list_model_get_item (gtk_drop_down_get_model (drop_down), 0);
    g_autoptr(SamPerson) bo_choice = g_list_model_get_item (gtk_drop_down_get_model (drop_down), 2);

    g_assert_cmpstr (sam_person_get_name (first_choice), ==, "Who are you?");
    g_assert_cmpstr (sam_person_get_name (bo_choice), ==, "Bo Ek");
  }
  gtk_drop_down_set_selected (drop_down, 2);
  user = sam_store_get_user_person (db.store);
  g_assert_cmpstr (user, ==, sam_entity_get_uuid (SAM_ENTITY (bo)));
  g_assert_true (wait_for_label (page, "Yours"));
  g_assert_true (wait_for (bo_first, page));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_overview_focus_and_trip (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamPlan) plan = NULL;
  g_autoptr(SamFocusQuestion) active = NULL;
  g_autoptr(SamFocusQuestion) concluded = NULL;
  g_autoptr(SamMunicipality) lund = NULL;
  g_autoptr(SamMunicipality) malmo = NULL;
  g_autoptr(SamStudyTrip) trip = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[2];
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  page = show_page (db.store, &window);

  plan = sam_plan_new ();
  sam_plan_set_title (plan, "Operational plan 2019–2020");
  sam_plan_set_first_year (plan, 2019);
  g_assert_true (sam_store_insert (db.store, plan, &error));
  g_assert_no_error (error);

  lund = sam_municipality_new ();
  sam_municipality_set_name (lund, "Lund");
  g_assert_true (sam_store_insert (db.store, lund, &error));
  malmo = sam_municipality_new ();
  sam_municipality_set_name (malmo, "Malmö");
  g_assert_true (sam_store_insert (db.store, malmo, &error));
  g_assert_no_error (error);

  active = sam_focus_question_new ();
  sam_focus_question_set_plan_id (active, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_title (active, "Housing supply");
  g_assert_true (sam_store_insert (db.store, active, &error));
  concluded = sam_focus_question_new ();
  sam_focus_question_set_plan_id (concluded, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_title (concluded, "Old question");
  sam_focus_question_set_status (concluded, SAM_FOCUS_STATUS_CONCLUDED);
  g_assert_true (sam_store_insert (db.store, concluded, &error));
  g_assert_no_error (error);

  g_assert_true (wait_for_label (page, "Housing supply"));
  g_assert_true (wait_for_label (page, "No responsible municipality yet"));
  g_assert_null (find_mapped_label (page, "Old question"));

  ids[0] = sam_entity_get_id (SAM_ENTITY (malmo));
  ids[1] = sam_entity_get_id (SAM_ENTITY (lund));
  g_assert_true (sam_store_set_responsible_ids (db.store, sam_entity_get_id (SAM_ENTITY (active)),
                                                ids, 2, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_label (page, "Responsible: Lund, Malmö"));

  trip = sam_study_trip_new ();
  sam_study_trip_set_title (trip, "Study trip 2019");
  sam_study_trip_set_status (trip, SAM_TRIP_STATUS_SHORTLISTED);
  g_assert_true (sam_store_insert (db.store, trip, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SamDestination) destination = sam_destination_new ();

      sam_destination_set_study_trip_id (destination, sam_entity_get_id (SAM_ENTITY (trip)));
      sam_destination_set_city (destination, i == 0 ? "Oslo" : (i == 1 ? "Tallinn" : "Wien"));
      sam_destination_set_shortlisted (destination, i < 2);
      g_assert_true (sam_store_insert (db.store, destination, &error));
      g_assert_no_error (error);
    }

  g_assert_true (wait_for_label (page, "Study trip 2019"));
  g_assert_true (wait_for_label (page, "Shortlisted"));
  g_assert_true (wait_for_label (page, "3 destinations proposed, 2 shortlisted"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_overview_group_meetings_this_month (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) group = NULL;
  g_autoptr(SamBody) board = NULL;
  g_autoptr(SamMeeting) this_month = NULL;
  g_autoptr(SamMeeting) next_month = NULL;
  g_autoptr(SamMeeting) board_meeting = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *label;
  GtkWidget *list;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  group = sam_test_add_body (db.store, "HR network", SAM_BODY_KIND_NETWORK);
  board = sam_test_add_body (db.store, "Board", SAM_BODY_KIND_BOARD);
  this_month = sam_test_add_meeting (db.store, group, "2026-03-02T13:00", "HR in March");
  next_month = sam_test_add_meeting (db.store, group, "2026-04-02T13:00", "HR in April");
  board_meeting = sam_test_add_meeting (db.store, board, "2026-03-20T13:00", "Board in March");
  page = show_page (db.store, &window);

  /* Earlier this month: not coming any more, but still this month's. */
  g_assert_true (wait_for_label (page, "HR in March"));
  label = find_mapped_label (page, "HR in March");
  list = gtk_widget_get_parent (row_of (label));
  g_assert_true (GTK_IS_LIST_BOX (list));
  g_assert_true (wait_for_label (page, "8 days ago"));

  /* The board's meeting is coming, but not a working group's. */
  label = find_mapped_label (page, "Board in March");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_parent (row_of (label)) != list);

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static gboolean
section_is_meetings (gpointer data)
{
  return g_strcmp0 (sam_window_get_section (SAM_WINDOW (data)), "meetings") == 0;
}

static void
test_overview_opens_meeting (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autofree char *starts_at = NULL;
  g_autoptr(SamContext) context = NULL;
  SamWindow *window;
  GtkWidget *page;
  GtkWidget *row;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  /* Five days after the window's today, whatever day the test runs. */
  starts_at = g_strdup ("2026-03-15T09:00");
  meeting = sam_test_add_meeting (db.store, body, starts_at, "Retreat in Ystad");

  context = sam_test_context_new (db.store, TODAY);
  window = sam_window_new_with_context (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_cmpstr (sam_window_get_section (window), ==, "overview");

  page = sam_window_get_section_page (window, "overview");
  g_assert_true (SAM_IS_OVERVIEW_PAGE (page));
  g_assert_true (wait_for (is_mapped, page));
  g_assert_true (wait_for_label (page, "Retreat in Ystad"));
  g_assert_true (wait_for_label (page, "in 5 days"));

  row = row_of (find_mapped_label (page, "Retreat in Ystad"));
  g_assert_nonnull (row);
  gtk_widget_activate (row);

  g_assert_true (wait_for (section_is_meetings, window));
  g_assert_true (wait_for (is_mapped, sam_window_get_section_page (window, "meetings")));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 600 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
}

/* Not a check: pictures of the pages over the example data, for a person
 * to look at. Runs only when SAM_SCREENSHOT_DIR names a folder. */
static void
test_overview_screenshots (void)
{
  const char *dir = g_getenv ("SAM_SCREENSHOT_DIR");
  SamTestDb db = { 0 };
  g_autoptr(GError) error = NULL;
  const int widths[] = { 1280, 360 };
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(SamPerson) person = NULL;
  SamWindow *window;

  if (dir == NULL)
    {
      g_test_skip ("SAM_SCREENSHOT_DIR is not set");
      return;
    }

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  g_assert_true (sam_exchange_load_example (db.store, FALSE, NULL, &error));
  g_assert_no_error (error);
  people = sam_store_list_people (db.store);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/samverkan/Samverkan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  window = sam_window_new (NULL, db.store);
  for (guint j = 0; j < g_list_model_get_n_items (people) && person == NULL; j++)
    {
      g_autoptr(SamPerson) candidate = g_list_model_get_item (people, j);

      if (sam_person_get_municipality_id (candidate) > 0)
        person = g_steal_pointer (&candidate);
    }

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *page;
      g_autofree char *name = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 800);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (wait_for (is_mapped, window));
      settle ();

      page = sam_window_get_section_page (window, "overview");
      sam_overview_page_set_today (SAM_OVERVIEW_PAGE (page), "2019-01-20");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "overview", (gint64)0);
      settle ();
      name = g_strdup_printf ("overview-%d.png", widths[i]);
      save_png (GTK_WIDGET (window), dir, name);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "people",
                                  person != NULL ? sam_entity_get_id (SAM_ENTITY (person)) : 0);
      settle ();
      g_free (name);
      name = g_strdup_printf ("people-%d.png", widths[i]);
      save_png (GTK_WIDGET (window), dir, name);

      sam_people_page_open_municipality (sam_window_get_section_page (window, "people"), 8);
      settle ();
      g_free (name);
      name = g_strdup_printf ("municipality-%d.png", widths[i]);
      save_png (GTK_WIDGET (window), dir, name);

      /* The list, as the back button shows it when folded. */
      adw_leaflet_navigate (ADW_LEAFLET (gtk_widget_get_first_child (sam_window_get_section_page (window, "people"))),
                            ADW_NAVIGATION_DIRECTION_BACK);
      settle ();
      g_free (name);
      name = g_strdup_printf ("people-list-%d.png", widths[i]);
      save_png (GTK_WIDGET (window), dir, name);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/overview/empty", test_overview_empty);
  g_test_add_func ("/ui/overview/upcoming-meeting", test_overview_upcoming_meeting);
  g_test_add_func ("/ui/overview/assignments", test_overview_assignments);
  g_test_add_func ("/ui/overview/own-assignments-first", test_overview_own_assignments_first);
  g_test_add_func ("/ui/overview/focus-and-trip", test_overview_focus_and_trip);
  g_test_add_func ("/ui/overview/group-meetings-this-month", test_overview_group_meetings_this_month);
  g_test_add_func ("/ui/overview/opens-meeting", test_overview_opens_meeting);
  /* Not a test: pictures for people to look at, taken only on request. */
  if (g_getenv ("SAM_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/ui/overview/screenshots", test_overview_screenshots);

  return g_test_run ();
}
