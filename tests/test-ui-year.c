/* test-ui-year.c: the Year section on the example data.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "sam-decisions-page.h"
#include "sam-exchange.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"
#include "sam-year-page.h"

static gboolean
has_size (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_height (data) > 100;
}

typedef struct
{
  SamTestDb    db;
  SamWindow   *window;
  SamYearPage *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_string (settings, "last-section", "year");
  sam_test_db_setup (&fixture->db, NULL);
  g_assert_true (sam_exchange_load_example (fixture->db.store, FALSE, NULL, &error));
  g_assert_no_error (error);

  fixture->window = sam_window_new (NULL, fixture->db.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->page = SAM_YEAR_PAGE (sam_window_get_section_page (fixture->window, "year"));
  sam_window_set_section (fixture->window, "year");
  sam_year_page_set_year (fixture->page, 2019);
  g_assert_true (wait_for (has_size, sam_year_page_get_wheel (fixture->page)));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sam_test_db_teardown (&fixture->db, NULL);
}

static guint
count_rows (GtkListView *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

/* The text a row of the list shows for the mark at @position. */
static char *
row_text (GtkListView *list,
          guint        position)
{
  g_autoptr(GtkStringObject) mark = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)), position);

  return g_strdup (gtk_string_object_get_string (mark));
}

/* The label of the first row drawn, found among the list's children. */
static GtkLabel *
first_shown_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        return GTK_LABEL (child);
      if ((label = first_shown_label (child)) != NULL)
        return label;
    }

  return NULL;
}

static void
test_year_marks_and_list (Fixture       *fixture,
                          gconstpointer  data)
{
  SamYearWheel *wheel = sam_year_page_get_wheel (fixture->page);
  SamWheel *model = sam_year_wheel_get_wheel (wheel);
  g_autoptr(GListModel) meetings = sam_store_list_meetings_by_year (fixture->db.store, 2019);
  guint n_meetings = 0;

  g_assert_cmpint (sam_year_page_get_year (fixture->page), ==, 2019);
  g_assert_nonnull (model);

  /* Every 2019 meeting has a mark, and the list beside shows the same
   * events in the same (date) order. */
  for (guint i = 0; i < sam_wheel_get_n_marks (model); i++)
    n_meetings += sam_wheel_get_mark (model, i)->kind == SAM_WHEEL_MARK_MEETING;
  g_assert_cmpuint (n_meetings, ==, g_list_model_get_n_items (meetings));
  g_assert_cmpuint (count_rows (sam_year_page_get_list (fixture->page)), ==, sam_wheel_get_n_marks (model));

  for (guint i = 0; i < sam_wheel_get_n_marks (model); i++)
    {
      g_autofree char *shown = row_text (sam_year_page_get_list (fixture->page), i);
      g_autofree char *text = sam_wheel_describe_mark (model, i, NULL);

      g_assert_cmpstr (shown, ==, text);
    }

  /* And the first row on screen says what the first mark is. */
  {
    GtkLabel *label = first_shown_label (GTK_WIDGET (sam_year_page_get_list (fixture->page)));
    g_autofree char *text = sam_wheel_describe_mark (model, 0, NULL);

    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (label), ==, text);
  }
}

static void
test_year_hit_testing (Fixture       *fixture,
                       gconstpointer  data)
{
  SamYearWheel *wheel = sam_year_page_get_wheel (fixture->page);
  SamWheel *model = sam_year_wheel_get_wheel (wheel);
  int width = gtk_widget_get_width (GTK_WIDGET (wheel));
  int height = gtk_widget_get_height (GTK_WIDGET (wheel));

  /* Where a mark is drawn, the widget finds it. */
  for (guint i = 0; i < sam_wheel_get_n_marks (model); i++)
    {
      double x, y;
      int found;

      sam_wheel_get_mark_position (model, width, height, i, &x, &y);
      found = sam_year_wheel_mark_at (wheel, x, y);
      g_assert_cmpint (found, >=, 0);
      g_assert_cmpint (sam_wheel_get_mark (model, found)->day, ==, sam_wheel_get_mark (model, i)->day);
    }

  g_assert_cmpint (sam_year_wheel_mark_at (wheel, 1, 1), ==, -1);
}

static void
test_year_keyboard_order (Fixture       *fixture,
                          gconstpointer  data)
{
  SamYearWheel *wheel = sam_year_page_get_wheel (fixture->page);
  SamWheel *model = sam_year_wheel_get_wheel (wheel);

  /* Keyboard users visit the marks by date; each is announced. */
  for (guint i = 0; i < sam_wheel_get_n_marks (model); i++)
    {
      g_autofree char *label = sam_wheel_describe_mark (model, i, NULL);
      g_autofree char *problem = NULL;

      sam_year_wheel_set_focused (wheel, (int)i);
      g_assert_cmpint (sam_year_wheel_get_focused (wheel), ==, (int)i);
      problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (wheel), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      g_assert_null (problem);
      if (i > 0)
        g_assert_cmpstr (sam_wheel_get_mark (model, i - 1)->date, <=, sam_wheel_get_mark (model, i)->date);
    }
}

static void
test_year_hide_body (Fixture       *fixture,
                     gconstpointer  data)
{
  SamYearWheel *wheel = sam_year_page_get_wheel (fixture->page);
  guint before = sam_wheel_get_n_marks (sam_year_wheel_get_wheel (wheel));
  GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (sam_year_page_get_bodies_box (fixture->page)));

  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Hiding the first body (the board's ring) removes its marks. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_cmpuint (sam_wheel_get_n_marks (sam_year_wheel_get_wheel (wheel)), <, before);
  g_assert_cmpuint (count_rows (sam_year_page_get_list (fixture->page)), ==,
                    sam_wheel_get_n_marks (sam_year_wheel_get_wheel (wheel)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (sam_wheel_get_n_marks (sam_year_wheel_get_wheel (wheel)), ==, before);
}

static gboolean
shows_meetings (gpointer data)
{
  return g_strcmp0 (sam_window_get_section (data), "meetings") == 0;
}

static void
test_year_open_mark (Fixture       *fixture,
                     gconstpointer  data)
{
  SamYearWheel *wheel = sam_year_page_get_wheel (fixture->page);
  SamWheel *model = sam_year_wheel_get_wheel (wheel);
  int meeting = -1;

  for (guint i = 0; i < sam_wheel_get_n_marks (model) && meeting < 0; i++)
    if (sam_wheel_get_mark (model, i)->kind == SAM_WHEEL_MARK_MEETING)
      meeting = (int)i;
  g_assert_cmpint (meeting, >=, 0);

  /* Activating a meeting's mark opens the meeting. */
  sam_year_wheel_activate_mark (wheel, meeting);
  g_assert_true (wait_for (shows_meetings, fixture->window));
}

static void
test_year_previous_next (Fixture       *fixture,
                         gconstpointer  data)
{
  guint n_2019 = count_rows (sam_year_page_get_list (fixture->page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.previous", NULL));
  g_assert_cmpint (sam_year_page_get_year (fixture->page), ==, 2018);
  /* 2018 was a busy year in the example. */
  g_assert_cmpuint (count_rows (sam_year_page_get_list (fixture->page)), >, n_2019);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.next", NULL));
  g_assert_cmpint (sam_year_page_get_year (fixture->page), ==, 2019);
  g_assert_cmpuint (count_rows (sam_year_page_get_list (fixture->page)), ==, n_2019);
}


static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
shows_year (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

typedef struct
{
  SamYearPage *page;
  guint        n;
} LoadsQuery;

static gboolean
has_loaded (gpointer data)
{
  LoadsQuery *query = data;

  return sam_year_page_get_n_loads (query->page) == query->n;
}

/* A second visit reads nothing; a change while hidden is read once, when
 * the page is shown again; a year seen before is not read again. */
static void
test_year_visits_read_once (Fixture       *fixture,
                            gconstpointer  data)
{
  guint loads = sam_year_page_get_n_loads (fixture->page);
  g_autoptr(GListModel) meetings = sam_store_list_meetings_in_year (fixture->db.store, 2019);
  g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, 0);
  guint n_rows = count_rows (sam_year_page_get_list (fixture->page));
  LoadsQuery query = { fixture->page, 0 };

  g_assert_cmpuint (loads, >=, 1);

  sam_window_set_section (fixture->window, "overview");
  g_assert_true (wait_for (is_unmapped, fixture->page));
  sam_window_set_section (fixture->window, "year");
  g_assert_true (wait_for (shows_year, fixture->page));
  g_assert_cmpuint (sam_year_page_get_n_loads (fixture->page), ==, loads);
  g_assert_cmpuint (count_rows (sam_year_page_get_list (fixture->page)), ==, n_rows);

  /* Back to a year seen before: from what was kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.previous", NULL));
  loads = sam_year_page_get_n_loads (fixture->page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.next", NULL));
  g_assert_cmpuint (sam_year_page_get_n_loads (fixture->page), ==, loads);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.previous", NULL));
  g_assert_cmpuint (sam_year_page_get_n_loads (fixture->page), ==, loads);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.next", NULL));

  /* A change while hidden: nothing until shown. */
  sam_window_set_section (fixture->window, "overview");
  g_assert_true (wait_for (is_unmapped, fixture->page));
  sam_meeting_set_title (meeting, "Ett nytt namn");
  g_assert_true (sam_store_update (fixture->db.store, meeting, NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (sam_year_page_get_n_loads (fixture->page), ==, loads);

  sam_window_set_section (fixture->window, "year");
  g_assert_true (wait_for (shows_year, fixture->page));
  query.n = loads + 1;
  g_assert_true (wait_for (has_loaded, &query));
  {
    LabelQuery label = { GTK_WIDGET (fixture->page), "Ett nytt namn" };

    g_assert_true (wait_for (label_is_shown, &label));
  }

  /* A change while shown is read at once. */
  sam_meeting_set_title (meeting, "Ännu ett namn");
  g_assert_true (sam_store_update (fixture->db.store, meeting, NULL));
  query.n = loads + 2;
  g_assert_true (wait_for (has_loaded, &query));
  maybe_screenshot (GTK_WIDGET (fixture->window), "year");
}

/* The Year and the registers on the example data, wide and at 360 px, in
 * a window of each width: the rows are there, and the pictures (with
 * SAM_SHOT_DIR) are for a person to look at. */
static void
test_year_and_registers_at_two_widths (Fixture       *fixture,
                                       gconstpointer  data)
{
  int widths[] = { 1280, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      SamWindow *window = sam_window_new (NULL, fixture->db.store);
      LabelQuery label = { NULL, NULL };
      g_autofree char *year_name = g_strdup_printf ("year-%d", widths[i]);
      g_autofree char *decisions_name = g_strdup_printf ("decisions-%d", widths[i]);
      g_autofree char *assignments_name = g_strdup_printf ("assignments-%d", widths[i]);
      GtkWidget *year;
      GtkWidget *decisions;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 800);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (wait_for (is_mapped, window));

      /* As the user opens a section, which also shows the content when
       * the window is too narrow for the sidebar beside it. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "year", (gint64)2019);
      year = sam_window_get_section_page (window, "year");
      sam_year_page_set_year (SAM_YEAR_PAGE (year), 2019);
      g_assert_true (wait_for (shows_year, year));
      g_assert_true (wait_for (has_size, sam_year_page_get_wheel (SAM_YEAR_PAGE (year))));
      maybe_screenshot (GTK_WIDGET (window), year_name);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "decisions", (gint64)0);
      decisions = sam_window_get_section_page (window, "decisions");
      g_assert_true (wait_for (is_mapped, decisions));
      label.root = decisions;
      label.text = "Approved";
      g_assert_true (wait_for (label_is_shown, &label));
      maybe_screenshot (GTK_WIDGET (window), decisions_name);

      sam_decisions_page_show_assignments (decisions);
      label.text = "Due ";
      if (!wait_for (label_is_shown, &label))
        {
          label.text = "Overdue since";
          g_assert_true (wait_for (label_is_shown, &label));
        }
      maybe_screenshot (GTK_WIDGET (window), assignments_name);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

typedef struct
{
  SamYearPage *page;
  const char  *text;
} RowQuery;

/* A label among the rows the list shows whose text has @text. */
static gboolean
has_label_with (GtkWidget  *widget,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (has_label_with (child, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
shows_row_with (gpointer data)
{
  RowQuery *query = data;

  return has_label_with (GTK_WIDGET (sam_year_page_get_list (query->page)), query->text);
}

/* A title is text, never markup: "R&D <b>" shows as typed (and a markup
 * warning would abort the test). */
static void
test_year_title_not_markup (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings_in_year (fixture->db.store, 2019);
  g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, 0);
  g_autoptr(GError) error = NULL;
  RowQuery query = { fixture->page, "R&D <b>möte" };

  sam_meeting_set_title (meeting, "R&D <b>möte");
  g_assert_true (sam_store_update (fixture->db.store, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.next", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year.previous", NULL));
  g_assert_true (wait_for (shows_row_with, &query));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/year/marks-and-list", test_year_marks_and_list);
  ADD ("/ui/year/hit-testing", test_year_hit_testing);
  ADD ("/ui/year/keyboard-order", test_year_keyboard_order);
  ADD ("/ui/year/hide-body", test_year_hide_body);
  ADD ("/ui/year/open-mark", test_year_open_mark);
  ADD ("/ui/year/previous-next", test_year_previous_next);
  ADD ("/ui/year/visits-read-once", test_year_visits_read_once);
  ADD ("/ui/year/title-not-markup", test_year_title_not_markup);
  ADD ("/ui/year/year-and-registers-at-two-widths", test_year_and_registers_at_two_widths);
#undef ADD

  return g_test_run ();
}
