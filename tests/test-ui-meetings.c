/* test-ui-meetings.c: the Meetings section's list, navigation and dialogs,
 * under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-meetings"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-meeting-page.h"
#include "sam-meetings-page.h"
#include "sam-new-meeting-dialog.h"
#include "sam-series-dialog.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Laid out: a widget has a width only once the frame has allocated it. */
static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gboolean
dialog_is_open (gpointer data)
{
  GtkWidget *dialog = find_toplevel (GPOINTER_TO_SIZE (data));

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
dialog_is_closed (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static GtkWidget *
open_dialog (GtkWidget  *page,
             const char *action,
             GType       type)
{
  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  g_assert_true (wait_for (dialog_is_open, GSIZE_TO_POINTER (type)));

  return find_toplevel (type);
}

typedef struct
{
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

static Fixture
show_page (SamStore *store,
           int       width)
{
  Fixture fixture;

  fixture.window = gtk_window_new ();
  g_autoptr(SamContext) page_context = sam_test_context_new (store, NULL);
  fixture.page = sam_meetings_page_new (page_context);
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), width, 700);
  gtk_window_set_child (GTK_WINDOW (fixture.window), fixture.page);
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_true (wait_for (is_mapped, fixture.page));

  return fixture;
}

/* The list is one list view; each row is a box named after its meeting,
 * with the group's heading on top when the row begins a group. These
 * helpers see the rows the list has built, as the user does, from the
 * top down. */
static GtkListView *
get_list_view (GtkWidget *page)
{
  GtkWidget *list = find_widget (page, GTK_TYPE_LIST_VIEW, "meetings-list");

  g_assert_nonnull (list);

  return GTK_LIST_VIEW (list);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (g_str_has_prefix (gtk_widget_get_name (widget), "meeting-"))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static int
compare_rows_by_y (gconstpointer a,
                   gconstpointer b)
{
  GtkWidget *row_a = *(GtkWidget **)a;
  GtkWidget *row_b = *(GtkWidget **)b;
  GtkWidget *list = gtk_widget_get_ancestor (row_a, GTK_TYPE_LIST_VIEW);
  graphene_point_t point_a, point_b;

  g_assert_true (gtk_widget_compute_point (row_a, list, &GRAPHENE_POINT_INIT (0, 0), &point_a));
  g_assert_true (gtk_widget_compute_point (row_b, list, &GRAPHENE_POINT_INIT (0, 0), &point_b));

  return (point_a.y > point_b.y) - (point_a.y < point_b.y);
}

static GPtrArray *
list_rows (GtkWidget *page)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (get_list_view (page)), rows);
  g_ptr_array_sort (rows, compare_rows_by_y);

  return rows;
}

static GtkWidget *
get_row (GtkWidget *page,
         guint      index)
{
  g_autoptr(GPtrArray) rows = list_rows (page);

  g_assert_cmpuint (index, <, rows->len);

  return g_ptr_array_index (rows, index);
}

static guint
count_rows (GtkWidget *page)
{
  g_autoptr(GPtrArray) rows = list_rows (page);

  return rows->len;
}

static const char *
row_title (GtkWidget *page,
           guint      index)
{
  GtkWidget *label = find_widget (get_row (page, index), GTK_TYPE_LABEL, "meeting-title");

  g_assert_nonnull (label);

  return gtk_label_get_label (GTK_LABEL (label));
}

/* The heading above a row, when the row begins a group. */
static const char *
row_header (GtkWidget *page,
            guint      index)
{
  GtkWidget *heading = find_widget (get_row (page, index), GTK_TYPE_LABEL, "meetings-group-header");

  g_assert_nonnull (heading);
  if (!gtk_widget_get_mapped (heading))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (heading));
}

/* What a click, a tap or Enter on the row does. */
static void
activate_row (GtkWidget *page,
              guint      index)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_list_view (page)),
                                             "list.activate-item", "u", index));
}

typedef struct
{
  GtkWidget *page;
  guint      n_rows;
} RowsQuery;

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountQuery;

static gboolean
model_has_count (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n_items;
}

static gboolean
has_rows (gpointer data)
{
  RowsQuery *query = data;

  return count_rows (query->page) == query->n_rows;
}

static gboolean
wait_for_rows (GtkWidget *page,
               guint      n_rows)
{
  RowsQuery query = { page, n_rows };

  return wait_for (has_rows, &query);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%dT10:00");
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
add_membership (SamStore          *store,
                SamBody           *body,
                SamPerson         *person,
                SamMembershipRole  role,
                const char        *valid_until)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMembership) membership = sam_membership_new ();

  sam_membership_set_body_id (membership, sam_entity_get_id (SAM_ENTITY (body)));
  if (person != NULL)
    sam_membership_set_person_id (membership, sam_entity_get_id (SAM_ENTITY (person)));
  sam_membership_set_role (membership, role);
  sam_membership_set_valid_until (membership, valid_until);
  g_assert_true (sam_store_insert (store, membership, &error));
  g_assert_no_error (error);
}

/* Upcoming meetings first, soonest first; then the past by year, newest
 * first, each year under its header; a new meeting finds its place. */
static void
test_grouping (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamMeeting) m3 = NULL;
  g_autoptr(SamMeeting) m4 = NULL;
  g_autoptr(SamMeeting) m5 = NULL;
  g_autoptr(SamMeeting) m6 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *soon = date_from_today (5);
  g_autofree char *later = date_from_today (40);
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  m1 = sam_test_add_meeting (db.store, body, "2018-03-08T15:00", "March 2018");
  m2 = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "January 2019");
  m3 = sam_test_add_meeting (db.store, body, later, "Later");
  m4 = sam_test_add_meeting (db.store, body, "2019-09-05T09:00", "September 2019");
  m5 = sam_test_add_meeting (db.store, body, soon, "Soon");

  sam_meeting_set_ends_at (m2, "2019-01-29T17:00");
  sam_meeting_set_location (m2, "Lund City Hall");
  g_assert_true (sam_store_update (db.store, m2, &error));
  g_assert_no_error (error);

  fixture = show_page (db.store, 1280);
  g_assert_true (wait_for_rows (fixture.page, 5));

  g_assert_cmpstr (row_title (fixture.page, 0), ==, "Soon");
  g_assert_cmpstr (row_title (fixture.page, 1), ==, "Later");
  g_assert_cmpstr (row_title (fixture.page, 2), ==, "September 2019");
  g_assert_cmpstr (row_title (fixture.page, 3), ==, "January 2019");
  g_assert_cmpstr (row_title (fixture.page, 4), ==, "March 2018");

  g_assert_cmpstr (row_header (fixture.page, 0), ==, "Upcoming");
  g_assert_null (row_header (fixture.page, 1));
  g_assert_cmpstr (row_header (fixture.page, 2), ==, "2019");
  g_assert_null (row_header (fixture.page, 3));
  g_assert_cmpstr (row_header (fixture.page, 4), ==, "2018");

  /* Date and times, body and place, status. */
  g_assert_true (wait_for_label (fixture.page, "Tue 29 Jan 2019, 15:00–17:00"));
  g_assert_true (wait_for_label (fixture.page, "Director group · Lund City Hall"));
  g_assert_true (wait_for_label (fixture.page, "Planned"));

  /* Live: a meeting from 2017 arrives under a header of its own, and an
   * online meeting says so. */
  m6 = sam_test_add_meeting (db.store, body, "2017-05-04T10:00", "May 2017");
  sam_meeting_set_online (m6, TRUE);
  g_assert_true (sam_store_update (db.store, m6, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_rows (fixture.page, 6));
  g_assert_true (wait_for_label (fixture.page, "May 2017"));
  g_assert_cmpstr (row_title (fixture.page, 5), ==, "May 2017");
  g_assert_cmpstr (row_header (fixture.page, 5), ==, "2017");
  g_assert_true (wait_for_label (fixture.page, "Director group · Online"));
  maybe_screenshot (fixture.window, "meetings-1280");

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

/* At 360 px every label keeps to one line: the rows are all as tall (the
 * list view's layout stays cheap) and the page fits the width. */
static void
test_narrow (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamMeeting) m3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int height = -1;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Kommundirektörsgruppen i MalmöLundregionen",
                            SAM_BODY_KIND_DIRECTOR_GROUP);
  m1 = sam_test_add_meeting (db.store, body, "2019-01-29T15:00",
                             "Kommundirektörsmöte om den regionala utvecklingsstrategin och "
                             "kollektivtrafiken i sydvästra Skåne");
  m2 = sam_test_add_meeting (db.store, body, "2019-03-08T09:00", "Möte");
  m3 = sam_test_add_meeting (db.store, body, "2018-11-20T13:00", "Workshop");
  sam_meeting_set_ends_at (m1, "2019-01-30T12:00");
  sam_meeting_set_location (m1, "Stadshuset, Stortorget 1, Lund, sammanträdesrum Tegnér");
  g_assert_true (sam_store_update (db.store, m1, &error));
  g_assert_no_error (error);

  fixture = show_page (db.store, 360);
  g_assert_true (wait_for_rows (fixture.page, 3));
  g_assert_cmpint (gtk_widget_get_width (fixture.page), <=, 360);

  rows = list_rows (fixture.page);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *card = find_widget (g_ptr_array_index (rows, i), GTK_TYPE_BOX, "meeting-card");

      g_assert_nonnull (card);
      if (height < 0)
        height = gtk_widget_get_height (card);
      g_assert_cmpint (gtk_widget_get_height (card), ==, height);
    }
  /* The body filter says in full what it shows, not "All Bo…". */
  {
    GtkWidget *dropdown = find_widget (fixture.page, GTK_TYPE_DROP_DOWN, NULL);
    LabelQuery query = { dropdown, "All Bodies" };
    GtkWidget *label;

    g_assert_nonnull (dropdown);
    g_assert_true (wait_for (label_is_shown, &query));
    label = find_mapped_label (dropdown, "All Bodies");
    g_assert_true (wait_for (has_width, label));
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
    g_assert_cmpint (gtk_widget_get_width (fixture.page), <=, 360);
  }
  maybe_screenshot (fixture.window, "meetings-360");

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

/* The body filter and the search narrow the list; nothing found says so. */
static void
test_filter (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) board = NULL;
  g_autoptr(SamBody) group = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamMeeting) m3 = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *dropdown;
  GtkWidget *search;
  GListModel *bodies;
  guint group_index = GTK_INVALID_LIST_POSITION;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  board = sam_test_add_body (db.store, "Board", SAM_BODY_KIND_BOARD);
  group = sam_test_add_body (db.store, "HR network", SAM_BODY_KIND_NETWORK);
  m1 = sam_test_add_meeting (db.store, board, "2019-04-17T13:00", "Board spring meeting");
  m2 = sam_test_add_meeting (db.store, group, "2019-03-01T09:00", NULL);
  m3 = sam_test_add_meeting (db.store, group, "2019-05-01T09:00", "Recruitment");
  sam_meeting_set_theme (m2, "Digital welfare");
  g_assert_true (sam_store_update (db.store, m2, &error));
  g_assert_no_error (error);

  fixture = show_page (db.store, 1000);
  g_assert_true (wait_for_rows (fixture.page, 3));

  /* Typing refilters the store's own list in SQL: the list view shows
   * that model, not a filter over it. The search takes words from their
   * start, as the global search does ("bo" finds "Board"; a single letter
   * is a whole word). */
  {
    GtkSelectionModel *shown = gtk_list_view_get_model (get_list_view (fixture.page));
    GListModel *view;
    CountQuery query;

    g_assert_true (GTK_IS_NO_SELECTION (shown));
    view = gtk_no_selection_get_model (GTK_NO_SELECTION (shown));
    g_assert_false (GTK_IS_FILTER_LIST_MODEL (view));
    g_assert_cmpuint (g_list_model_get_n_items (view), ==, 3);

    search = find_widget (fixture.page, GTK_TYPE_SEARCH_ENTRY, NULL);
    gtk_editable_set_text (GTK_EDITABLE (search), "bo");
    query = (CountQuery) { view, 1 };
    g_assert_true (wait_for (model_has_count, &query));
    g_assert_true (gtk_no_selection_get_model (GTK_NO_SELECTION (shown)) == view);
    g_assert_true (wait_for_rows (fixture.page, 1));
    g_assert_cmpstr (row_title (fixture.page, 0), ==, "Board spring meeting");

    gtk_editable_set_text (GTK_EDITABLE (search), "");
    query = (CountQuery) { view, 3 };
    g_assert_true (wait_for (model_has_count, &query));
    g_assert_true (wait_for_rows (fixture.page, 3));
  }

  dropdown = GTK_DROP_DOWN (find_widget (fixture.page, GTK_TYPE_DROP_DOWN, NULL));
  bodies = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);

      if (i == 0)
        g_assert_cmpstr (sam_body_get_name (body), ==, "All Bodies");
      if (g_strcmp0 (sam_body_get_name (body), "HR network") == 0)
        group_index = i;
    }
  g_assert_cmpuint (group_index, !=, GTK_INVALID_LIST_POSITION);

  gtk_drop_down_set_selected (dropdown, group_index);
  g_assert_true (wait_for_rows (fixture.page, 2));
  /* The theme stands in for a missing title. */
  g_assert_cmpstr (row_title (fixture.page, 0), ==, "Recruitment");
  g_assert_cmpstr (row_title (fixture.page, 1), ==, "Digital welfare");

  search = find_widget (fixture.page, GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "WELFARE");
  g_assert_true (wait_for_rows (fixture.page, 1));
  g_assert_cmpstr (row_title (fixture.page, 0), ==, "Digital welfare");

  /* Not from inside a word. */
  gtk_editable_set_text (GTK_EDITABLE (search), "elfare");
  g_assert_true (wait_for_label (fixture.page, "No Matching Meetings"));

  gtk_editable_set_text (GTK_EDITABLE (search), "digital");
  g_assert_true (wait_for_rows (fixture.page, 1));
  g_assert_cmpstr (row_title (fixture.page, 0), ==, "Digital welfare");

  gtk_editable_set_text (GTK_EDITABLE (search), "nothing like this");
  g_assert_true (wait_for_label (fixture.page, "No Matching Meetings"));

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_true (wait_for_rows (fixture.page, 3));

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

static void
set_row_text (GtkWidget  *dialog,
              const char *title,
              const char *text)
{
  GtkWidget *row = find_row (dialog, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Create: the meeting of the director group by default, nobody called yet,
 * and its page opens. */
static void
test_new_meeting (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamBody) other = NULL;
  g_autoptr(SamPerson) chair = NULL;
  g_autoptr(SamPerson) member = NULL;
  g_autoptr(SamPerson) former = NULL;
  g_autoptr(SamPerson) outsider = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) attendance = NULL;
  GtkWidget *dialog;
  GtkWidget *meeting_page;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  other = sam_test_add_body (db.store, "Board", SAM_BODY_KIND_BOARD);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  chair = add_person (db.store, "Andreas Norbrant");
  member = add_person (db.store, "Carin Hilliker");
  former = add_person (db.store, "Former Director");
  outsider = add_person (db.store, "Someone Else");
  add_membership (db.store, body, chair, SAM_MEMBERSHIP_ROLE_CHAIR, NULL);
  add_membership (db.store, body, member, SAM_MEMBERSHIP_ROLE_MEMBER, NULL);
  add_membership (db.store, body, former, SAM_MEMBERSHIP_ROLE_MEMBER, "2018-12-31");
  add_membership (db.store, other, outsider, SAM_MEMBERSHIP_ROLE_MEMBER, NULL);

  fixture = show_page (db.store, 1000);
  g_assert_true (wait_for_label (fixture.page, "No meetings yet"));

  dialog = open_dialog (fixture.page, "meetings.new", SAM_TYPE_NEW_MEETING_DIALOG);

  /* The body defaults to the director group, not the board listed first;
   * an online meeting still has its place. */
  {
    AdwComboRow *body_row = ADW_COMBO_ROW (find_row (dialog, "Body"));
    g_autoptr(SamBody) chosen = g_list_model_get_item (adw_combo_row_get_model (body_row),
                                                       adw_combo_row_get_selected (body_row));
    GtkWidget *place = find_row (dialog, "Place");

    g_assert_cmpint (sam_entity_get_id (SAM_ENTITY (chosen)), ==, sam_entity_get_id (SAM_ENTITY (body)));
    gtk_switch_set_active (GTK_SWITCH (find_widget (dialog, GTK_TYPE_SWITCH, NULL)), TRUE);
    g_assert_true (gtk_widget_get_visible (place) && gtk_widget_get_mapped (place));
  }

  set_row_text (dialog, "Title or Theme (Optional)", "Director group meeting");
  /* Written the Swedish way. */
  set_row_text (dialog, "Date", "29/1 2019");
  set_row_text (dialog, "Starts", "15");
  set_row_text (dialog, "Ends", "17.00");
  set_row_text (dialog, "Place", "Digitalt Teams-möte");
  maybe_screenshot (dialog, "new-meeting-dialog");

  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for (dialog_is_closed, GSIZE_TO_POINTER (SAM_TYPE_NEW_MEETING_DIALOG)));

  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 1);
  meetings = sam_store_list_meetings (db.store);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (sam_meeting_get_body_id (meeting), ==, sam_entity_get_id (SAM_ENTITY (body)));
  g_assert_cmpstr (sam_meeting_get_title (meeting), ==, "Director group meeting");
  g_assert_cmpstr (sam_meeting_get_starts_at (meeting), ==, "2019-01-29T15:00");
  g_assert_cmpstr (sam_meeting_get_ends_at (meeting), ==, "2019-01-29T17:00");
  g_assert_cmpstr (sam_meeting_get_location (meeting), ==, "Digitalt Teams-möte");
  g_assert_true (sam_meeting_get_online (meeting));
  /* The body's chair was suggested as the meeting's chair. */
  g_assert_cmpint (sam_meeting_get_chair_id (meeting), ==, sam_entity_get_id (SAM_ENTITY (chair)));

  /* Nobody is called by the dialog: no false "Frånvarande" list. */
  attendance = sam_store_list_attendance (db.store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 0);

  /* The new meeting's page is shown. */
  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page));
  g_assert_true (SAM_IS_MEETING_PAGE (meeting_page));
  g_assert_cmpint (sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (meeting_page)), ==,
                   sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_true (wait_for (is_mapped, meeting_page));

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

/* The secretary chosen in New Meeting (here the body's, suggested) is on
 * the attendance list as the minutes taker once the meeting exists, not
 * only on the meeting: the minutes print "Vid protokollet" from the list,
 * and the list's own minutes-taker picker starts from the same person. */
static void
test_new_meeting_secretary (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamPerson) secretary = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamAttendance) row = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) attendance = NULL;
  GtkWidget *dialog;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  secretary = add_person (db.store, "Britt Steiner");
  add_membership (db.store, body, secretary, SAM_MEMBERSHIP_ROLE_SECRETARY, NULL);

  fixture = show_page (db.store, 1000);
  dialog = open_dialog (fixture.page, "meetings.new", SAM_TYPE_NEW_MEETING_DIALOG);
  set_row_text (dialog, "Date", "29/1 2019");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for (dialog_is_closed, GSIZE_TO_POINTER (SAM_TYPE_NEW_MEETING_DIALOG)));

  meetings = sam_store_list_meetings (db.store);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (sam_meeting_get_secretary_id (meeting), ==, sam_entity_get_id (SAM_ENTITY (secretary)));
  attendance = sam_store_list_attendance (db.store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 1);
  row = g_list_model_get_item (attendance, 0);
  g_assert_cmpint (sam_attendance_get_person_id (row), ==, sam_entity_get_id (SAM_ENTITY (secretary)));
  g_assert_cmpint (sam_attendance_get_role (row), ==, SAM_ATTENDANCE_ROLE_SECRETARY);
  g_assert_true (sam_attendance_get_present (row));

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

/* A bad date or an end before the start is refused with a message that
 * says what to write; nothing is saved and nothing typed is lost. */
static void
test_new_meeting_refuses_bad_input (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  GtkWidget *dialog;
  GtkWidget *date_row;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  fixture = show_page (db.store, 1000);
  dialog = open_dialog (fixture.page, "meetings.new", SAM_TYPE_NEW_MEETING_DIALOG);

  set_row_text (dialog, "Date", "2019-02-30");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for_label (dialog, "There is no day 30 in February 2019"));
  date_row = find_row (dialog, "Date");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2019-02-30");
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 0);
  g_assert_nonnull (find_toplevel (SAM_TYPE_NEW_MEETING_DIALOG));

  /* Corrected, the date passes; an end before the start does not. */
  set_row_text (dialog, "Date", "8 mars 2019");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  set_row_text (dialog, "Starts", "15:00");
  set_row_text (dialog, "Ends", "14:00");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for_label (dialog, "must end after it starts"));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 0);

  set_row_text (dialog, "Ends", "25:00");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for_label (dialog, "There is no hour 25"));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

static GtkWidget *
find_entry_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_ENTRY (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_with_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
entry_is_gone (gpointer data)
{
  return find_entry_with_text (GTK_WIDGET (data), "2032-01-15") == NULL;
}

/* Plan a series: one planned meeting per date, each with the template
 * agenda as tentative items, in one go. */
static void
test_plan_series (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamPerson) member = NULL;
  g_autoptr(GListModel) meetings = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;
  GtkSpinButton *year;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  member = add_person (db.store, "Carin Hilliker");
  add_membership (db.store, body, member, SAM_MEMBERSHIP_ROLE_MEMBER, NULL);

  fixture = show_page (db.store, 1000);
  dialog = open_dialog (fixture.page, "meetings.plan-series", SAM_TYPE_SERIES_DIALOG);

  g_assert_true (wait_for_label (dialog, "Template Agenda"));
  g_assert_nonnull (find_entry_with_text (dialog, "Opening of the meeting"));
  g_assert_nonnull (find_entry_with_text (dialog, "Any other business"));

  year = GTK_SPIN_BUTTON (find_widget (dialog, GTK_TYPE_SPIN_BUTTON, NULL));
  gtk_spin_button_set_value (year, 2031);

  /* The first row was started in the series' year, and follows it. */
  entry = find_entry_with_text (dialog, "2031-");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "2031-02-13");
  sam_series_dialog_add_date (SAM_SERIES_DIALOG (dialog), "2031-04-10", "15:00", "18:00");
  sam_series_dialog_add_date (SAM_SERIES_DIALOG (dialog), "2031-09-04", "09:00", "12:00");

  /* A date outside the year is refused. */
  sam_series_dialog_add_date (SAM_SERIES_DIALOG (dialog), "2032-01-15", "09:00", "12:00");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for_label (dialog, "2032-01-15 is not in 2031"));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 0);

  /* Its remove button takes it away. */
  entry = find_entry_with_text (dialog, "2032-01-15");
  g_assert_nonnull (entry);
  gtk_widget_activate (find_widget (gtk_widget_get_parent (entry), GTK_TYPE_BUTTON, "circular"));
  g_assert_true (wait_for (entry_is_gone, dialog));

  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for (dialog_is_closed, GSIZE_TO_POINTER (SAM_TYPE_SERIES_DIALOG)));

  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), ==, 3);
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_AGENDA_ITEM), ==, 3 * 7);
  /* Like New Meeting, a series calls nobody: no absentee prints who was
   * never called. */
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_ATTENDANCE), ==, 0);

  meetings = sam_store_list_meetings (db.store);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
      g_autoptr(GListModel) items = sam_store_list_agenda (db.store, meeting_id);

      g_assert_cmpint (sam_meeting_get_status (meeting), ==, SAM_MEETING_STATUS_PLANNED);
      g_assert_true (g_str_has_prefix (sam_meeting_get_starts_at (meeting), "2031-"));
      g_assert_cmpuint (g_list_model_get_n_items (items), ==, 7);
      for (guint j = 0; j < 7; j++)
        {
          g_autoptr(SamAgendaItem) item = g_list_model_get_item (items, j);

          g_assert_true (sam_agenda_item_get_tentative (item));
        }
      if (i == 1)
        g_assert_cmpstr (sam_meeting_get_starts_at (meeting), ==, "2031-04-10T15:00");
    }

  /* The list shows them at once. */
  g_assert_true (wait_for_rows (fixture.page, 3));
  g_assert_cmpstr (row_header (fixture.page, 0), ==, "Upcoming");

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
}

static gboolean
list_is_back (gpointer data)
{
  SamMeetingsPage *page = data;

  return sam_meetings_page_get_meeting_page (page) == NULL &&
         count_rows (GTK_WIDGET (page)) > 0;
}

static gboolean
row_1_has_focus (gpointer data)
{
  GtkWidget *page = data;
  GtkRoot *root = gtk_widget_get_root (page);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autoptr(GPtrArray) rows = list_rows (page);

  return focus != NULL && rows->len > 1
         && (focus == gtk_widget_get_parent (g_ptr_array_index (rows, 1))
             || gtk_widget_is_ancestor (focus, g_ptr_array_index (rows, 1)));
}

/* Activating a row shows the meeting's page; Back returns to the list;
 * win.open's entry point does the same. */
static void
test_navigation (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  GtkWidget *meeting_page;
  Fixture fixture;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  m1 = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "January meeting");
  m2 = sam_test_add_meeting (db.store, body, "2019-03-08T15:00", "March meeting");

  fixture = show_page (db.store, 1000);
  g_assert_true (wait_for_rows (fixture.page, 2));
  g_assert_false (gtk_widget_activate_action (fixture.page, "meetings.back", NULL) &&
                  sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page)) != NULL);

  /* Newest past meeting first: row 1 is January. */
  g_assert_cmpstr (row_title (fixture.page, 1), ==, "January meeting");
  activate_row (fixture.page, 1);

  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page));
  g_assert_true (SAM_IS_MEETING_PAGE (meeting_page));
  g_assert_cmpint (sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (meeting_page)), ==,
                   sam_entity_get_id (SAM_ENTITY (m1)));
  g_assert_true (wait_for (is_mapped, meeting_page));

  /* The way back is the window's header bar's; the page says what to
   * title it. */
  g_assert_cmpstr (sam_meetings_page_get_title (SAM_MEETINGS_PAGE (fixture.page)), ==, "January meeting");
  g_assert_true (gtk_widget_activate_action (fixture.page, "meetings.back", NULL));
  g_assert_true (wait_for (list_is_back, fixture.page));
  g_assert_null (sam_meetings_page_get_title (SAM_MEETINGS_PAGE (fixture.page)));
  /* The keyboard focus is back on the meeting's row. */
  g_assert_true (wait_for (row_1_has_focus, fixture.page));

  /* win.open ("meetings", id) lands here; Alt+Left/Escape run meetings.back. */
  sam_meetings_page_open (fixture.page, sam_entity_get_id (SAM_ENTITY (m2)));
  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page));
  g_assert_nonnull (meeting_page);
  g_assert_cmpint (sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (meeting_page)), ==,
                   sam_entity_get_id (SAM_ENTITY (m2)));
  g_assert_true (wait_for (is_mapped, meeting_page));
  g_assert_true (gtk_widget_activate_action (fixture.page, "meetings.back", NULL));
  g_assert_true (wait_for (list_is_back, fixture.page));

  /* A meeting deleted while shown takes its page with it. */
  sam_meetings_page_open (fixture.page, sam_entity_get_id (SAM_ENTITY (m2)));
  g_assert_nonnull (sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page)));
  g_assert_true (sam_store_delete (db.store, m2, NULL));
  g_assert_true (wait_for (list_is_back, fixture.page));
  g_assert_true (wait_for_rows (fixture.page, 1));

  /* An unknown id leaves the list alone. */
  sam_meetings_page_open (fixture.page, 9999);
  g_assert_null (sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (fixture.page)));

  settle ();
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  sam_test_db_teardown (&db, NULL);
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

/* In the window: win.open ("meetings", id) shows the meeting from another
 * section, and a planned series is announced with a toast. */
/* The buttons a person sees with a "go back" arrow. */
static void
collect_mapped_back_buttons (GtkWidget *widget,
                             GPtrArray *found)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "go-previous-symbolic") == 0)
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mapped_back_buttons (child, found);
}

static gboolean
leaflet_is_folded (gpointer data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (data, ADW_TYPE_LEAFLET, NULL));

  return leaflet != NULL && adw_leaflet_get_folded (leaflet);
}

static void
test_in_window (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  GtkWidget *page;
  GtkWidget *meeting_page;
  GtkWidget *dialog;
  GtkWidget *entry;
  SamWindow *window;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  meeting = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "January meeting");

  window = sam_window_new (NULL, db.store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_cmpstr (sam_window_get_section (window), !=, "meetings");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "meetings",
                                             sam_entity_get_id (SAM_ENTITY (meeting))));
  g_assert_cmpstr (sam_window_get_section (window), ==, "meetings");
  page = sam_window_get_section_page (window, "meetings");
  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (page));
  g_assert_true (SAM_IS_MEETING_PAGE (meeting_page));
  g_assert_true (wait_for (is_mapped, meeting_page));

  /* At 1280 and at 360 px: one back button, in the header bar, under the
   * meeting's title; it leads back to the list. */
  for (guint width_i = 0; width_i < 2; width_i++)
    {
      int width = width_i == 0 ? 1280 : 360;
      g_autoptr(GPtrArray) backs = g_ptr_array_new ();

      if (width_i == 1)
        {
          sam_meetings_page_open (page, sam_entity_get_id (SAM_ENTITY (meeting)));
          gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
          g_assert_true (wait_for (leaflet_is_folded, window));
        }
      else
        gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
      g_assert_true (wait_for_label (GTK_WIDGET (window), "January meeting"));
      collect_mapped_back_buttons (GTK_WIDGET (window), backs);
      g_assert_cmpuint (backs->len, ==, 1);
      g_assert_nonnull (gtk_widget_get_ancestor (backs->pdata[0], ADW_TYPE_HEADER_BAR));
      gtk_widget_activate (backs->pdata[0]);
      g_assert_true (wait_for (list_is_back, page));
    }

  dialog = open_dialog (page, "meetings.plan-series", SAM_TYPE_SERIES_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (dialog, GTK_TYPE_SPIN_BUTTON, NULL)),
                             2031);
  entry = find_entry_with_text (dialog, "2031-");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "2031-02-13");
  sam_series_dialog_add_date (SAM_SERIES_DIALOG (dialog), "2031-04-10", "15:00", "18:00");
  gtk_widget_activate (find_button (dialog, "C_reate"));
  g_assert_true (wait_for (dialog_is_closed, GSIZE_TO_POINTER (SAM_TYPE_SERIES_DIALOG)));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "2 meetings planned"));
  g_assert_true (wait_for_rows (page, 3));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-meetings/grouping", test_grouping);
  g_test_add_func ("/ui-meetings/narrow", test_narrow);
  g_test_add_func ("/ui-meetings/filter", test_filter);
  g_test_add_func ("/ui-meetings/new-meeting", test_new_meeting);
  g_test_add_func ("/ui-meetings/new-meeting-secretary", test_new_meeting_secretary);
  g_test_add_func ("/ui-meetings/new-meeting-bad-input", test_new_meeting_refuses_bad_input);
  g_test_add_func ("/ui-meetings/plan-series", test_plan_series);
  g_test_add_func ("/ui-meetings/navigation", test_navigation);
  g_test_add_func ("/ui-meetings/in-window", test_in_window);

  return g_test_run ();
}
