/* test-ui-plan.c: the plan and its activities, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-plan"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-date-row.h"
#include "sam-plan-areas.h"
#include "sam-plan-choice.h"
#include "sam-plan-page.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *widget,
             Match          match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget)
         && gtk_widget_get_mapped (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

G_GNUC_UNUSED static gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget)
         && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), data) == 0;
}

G_GNUC_UNUSED static gboolean
is_text_view_containing (GtkWidget     *widget,
                         gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (!GTK_IS_TEXT_VIEW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return strstr (text, data) != NULL;
}

G_GNUC_UNUSED static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (data));

  return width > 0 && width <= 360;
}

/* The data */

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

/* A row's lines are labels that wrap; a part of one is enough. */
static gboolean
wait_for_cell (GtkWidget  *root,
               const char *text)
{
  return wait_for_label (root, text);
}

/* The data */

typedef struct
{
  SamTestDb         db;
  SamPlan          *plan;
  SamBody          *group;
  SamFocusQuestion *question;
  SamActivity      *structure;
  SamActivity      *business;
  SamActivity      *tourism;
  GtkWidget        *window;
  SamPlanPage      *page;
} Fixture;

static gpointer
insert (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);

  return entity;
}

static SamActivity *
add_activity (Fixture    *fixture,
              const char *title,
              int         priority,
              gint64      budget)
{
  SamActivity *activity = sam_activity_new ();

  sam_activity_set_plan_id (activity, sam_entity_get_id (SAM_ENTITY (fixture->plan)));
  sam_activity_set_title (activity, title);
  sam_activity_set_priority (activity, priority);
  sam_activity_set_budget (activity, budget);
  sam_activity_set_responsible_body_id (activity, sam_entity_get_id (SAM_ENTITY (fixture->group)));

  return insert (fixture->db.store, activity);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  SamStore *store;

  sam_test_db_setup (&fixture->db, NULL);
  store = fixture->db.store;

  fixture->plan = sam_plan_new ();
  sam_plan_set_title (fixture->plan, "Verksamhetsplan 2015");
  sam_plan_set_first_year (fixture->plan, 2015);
  sam_plan_set_last_year (fixture->plan, 2015);
  sam_plan_set_adopted_on (fixture->plan, "2014-12-10");
  insert (store, fixture->plan);

  fixture->group = sam_test_add_body (store, "Näringslivsgruppen", SAM_BODY_KIND_WORKING_GROUP);

  fixture->question = sam_focus_question_new ();
  sam_focus_question_set_plan_id (fixture->question, sam_entity_get_id (SAM_ENTITY (fixture->plan)));
  sam_focus_question_set_title (fixture->question, "Näringsliv");
  insert (store, fixture->question);

  fixture->structure = add_activity (fixture, "Strukturplan MalmöLundregionen", 0, 400000);
  fixture->business = add_activity (fixture, "Fler företag till regionen", 1, 150000);
  fixture->tourism = add_activity (fixture, "Besöksnäring", 2, 0);

  g_autoptr(SamContext) page_context = sam_test_context_new (store, NULL);
  fixture->page = SAM_PLAN_PAGE (sam_plan_page_new (page_context));
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_for (is_mapped, fixture->page));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (50);
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->group);
  g_clear_object (&fixture->question);
  g_clear_object (&fixture->structure);
  g_clear_object (&fixture->business);
  g_clear_object (&fixture->tourism);
  sam_test_db_teardown (&fixture->db, NULL);
}

static gint64
id_of (gpointer entity)
{
  return sam_entity_get_id (SAM_ENTITY (entity));
}

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
wait_for_count (GListModel *model,
                guint       n_items)
{
  CountQuery query = { model, n_items };

  return wait_for (model_has_count, &query);
}

static const char *
title_at (GListModel *model,
          guint       position)
{
  g_autoptr(SamActivity) activity = g_list_model_get_item (model, position);
  static char buffer[256];

  g_strlcpy (buffer, sam_activity_get_title (activity), sizeof buffer);

  return buffer;
}

/* Nothing in the list is cut off: every label of every row is as wide as
 * it needs to be, wrapping rather than ellipsizing, and no row is wider
 * than the list. */
static void
assert_nothing_cut_off (GtkWidget *widget,
                        int        list_width)
{
  /* A row the list keeps for recycling is mapped but not laid out. */
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0)
    return;

  if (GTK_IS_LABEL (widget))
    {
      int minimum;

      g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (widget)), ==, PANGO_ELLIPSIZE_NONE);
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, gtk_widget_get_width (widget));
    }

  g_assert_cmpint (gtk_widget_get_width (widget), <=, list_width);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_nothing_cut_off (child, list_width);
}

static gboolean
is_column_view (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_COLUMN_VIEW (widget);
}

static gboolean
is_list_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget);
}

/* The tests */

static void
test_plan_columns (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *model = sam_plan_page_get_sorted_model (fixture->page);
  GtkWidget *list = GTK_WIDGET (sam_plan_page_get_list_view (fixture->page));
  g_autoptr(SamActivity) added = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sam_plan_page_get_plan_id (fixture->page), ==, id_of (fixture->plan));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* A list of rows, not a table: the title, and under it what a table
   * had in columns. */
  g_assert_null (find_widget (page, is_column_view, NULL));
  g_assert_true (wait_for_cell (page, "Strukturplan MalmöLundregionen"));
  g_assert_true (wait_for_cell (page, "Besöksnäring"));
  g_assert_true (wait_for_cell (page, "Focus area · Näringslivsgruppen"));
  g_assert_true (wait_for_cell (page, "Planned · Priority 1"));
  g_assert_true (wait_for_cell (page, "150000 kr"));
  g_assert_true (wait_for_label (page, "3 activities"));
  g_assert_true (wait_for_label (page, "10 December 2014"));
  assert_nothing_cut_off (list, gtk_widget_get_width (list));

  /* Added through the store, shown at once; the row names the focus
   * question. */
  added = sam_activity_new ();
  sam_activity_set_plan_id (added, id_of (fixture->plan));
  sam_activity_set_title (added, "Främja ungt entreprenörskap bland gymnasieelever i hela regionen");
  sam_activity_set_focus_question_id (added, id_of (fixture->question));
  sam_activity_set_status (added, SAM_ACTIVITY_STATUS_ONGOING);
  sam_activity_set_follow_up_on (added, "2015-11-30");
  sam_activity_set_co_financing (added, 50000);
  insert (fixture->db.store, added);
  g_assert_true (wait_for_count (model, 4));
  g_assert_true (wait_for_cell (page, "Främja ungt entreprenörskap bland gymnasieelever i hela regionen"));
  g_assert_true (wait_for_cell (page, "Focus area · Näringsliv"));
  g_assert_true (wait_for_cell (page, "Ongoing · follow-up 30 November 2015 · co-financing 50000 kr"));

  /* Renaming the focus question renames it in the row. */
  sam_focus_question_set_title (fixture->question, "Näringslivsfrågor");
  g_assert_true (sam_store_update (fixture->db.store, fixture->question, &error));
  g_assert_true (wait_for_cell (page, "Focus area · Näringslivsfrågor"));
  assert_nothing_cut_off (list, gtk_widget_get_width (list));
  maybe_screenshot (fixture->window, "plan-table");
}

static void
test_plan_sort (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *model = sam_plan_page_get_sorted_model (fixture->page);
  g_autofree char *sort = NULL;

  /* By title at first. */
  g_assert_cmpstr (title_at (model, 0), ==, "Besöksnäring");
  g_assert_cmpstr (title_at (model, 1), ==, "Fler företag till regionen");
  g_assert_cmpstr (title_at (model, 2), ==, "Strukturplan MalmöLundregionen");

  /* Priority 1 first, no priority last, as the sort menu chooses. */
  g_assert_true (gtk_widget_activate_action (page, "plan.sort", "s", "priority"));
  g_assert_cmpstr (title_at (model, 0), ==, "Fler företag till regionen");
  g_assert_cmpstr (title_at (model, 1), ==, "Besöksnäring");
  g_assert_cmpstr (title_at (model, 2), ==, "Strukturplan MalmöLundregionen");

  /* The largest budget first. */
  g_assert_true (gtk_widget_activate_action (page, "plan.sort", "s", "budget"));
  g_assert_cmpstr (title_at (model, 0), ==, "Strukturplan MalmöLundregionen");
  g_assert_cmpstr (title_at (model, 1), ==, "Fler företag till regionen");
  g_assert_cmpstr (title_at (model, 2), ==, "Besöksnäring");
  g_object_get (page, "sort", &sort, NULL);
  g_assert_cmpstr (sort, ==, "budget");

  g_assert_true (gtk_widget_activate_action (page, "plan.sort", "s", "title"));
  g_assert_cmpstr (title_at (model, 0), ==, "Besöksnäring");
}

/* Saving as typed runs on a timeout: wait for it rather than a fixed time,
 * which a loaded machine overruns. */
static gboolean
budget_saved (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(SamActivity) saved = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY,
                                                 id_of (fixture->tourism), NULL);

  return saved != NULL && sam_activity_get_budget (saved) == 250000
         && sam_activity_get_co_financing (saved) == 62500;
}

static void
test_plan_edit_budget (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(SamActivity) saved = NULL;
  GtkWidget *budget;
  GtkWidget *co_financing;

  sam_plan_page_open (page, id_of (fixture->tourism));
  g_assert_cmpint (sam_plan_page_get_activity_id (fixture->page), ==, id_of (fixture->tourism));

  budget = find_widget (page, is_named, "budget");
  co_financing = find_widget (page, is_named, "co-financing");
  g_assert_true (GTK_IS_SPIN_BUTTON (budget));
  g_assert_true (wait_for (is_mapped, budget));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (budget), 250000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (co_financing), 62500);
  g_assert_true (wait_for (budget_saved, fixture));

  saved = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY, id_of (fixture->tourism), NULL);
  g_assert_cmpint (sam_activity_get_budget (saved), ==, 250000);
  g_assert_cmpint (sam_activity_get_co_financing (saved), ==, 62500);

  /* The table follows, and the activity stays open and selected. */
  g_assert_cmpint (sam_plan_page_get_activity_id (fixture->page), ==, id_of (fixture->tourism));
  maybe_screenshot (fixture->window, "plan-activity");
}

static void
test_plan_delete_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *model = sam_plan_page_get_sorted_model (fixture->page);
  g_autofree char *uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->business)));
  g_autoptr(SamActivity) restored = NULL;
  AdwToast *toast;

  sam_plan_page_open (page, id_of (fixture->business));
  g_assert_true (gtk_widget_activate_action (page, "plan.delete-activity", NULL));
  g_assert_true (wait_for_count (model, 2));
  g_assert_cmpint (sam_store_find_id (fixture->db.store, SAM_TYPE_ACTIVITY, uuid), ==, 0);
  g_assert_cmpint (sam_plan_page_get_activity_id (fixture->page), ==, 0);

  toast = g_object_get_data (G_OBJECT (page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");

  g_assert_true (wait_for_count (model, 3));
  restored = sam_store_load_by_uuid (fixture->db.store, SAM_TYPE_ACTIVITY, uuid, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (sam_activity_get_title (restored), ==, "Fler företag till regionen");
  g_assert_cmpint (sam_activity_get_budget (restored), ==, 150000);
  g_assert_cmpint (sam_activity_get_responsible_body_id (restored), ==, id_of (fixture->group));
  g_assert_true (wait_for_cell (page, "Fler företag till regionen"));
}

static gint64
activity_of_item (SamStore      *store,
                  SamAgendaItem *item)
{
  g_autoptr(SamAgendaItem) fresh = sam_store_load (store, SAM_TYPE_AGENDA_ITEM, id_of (item), NULL);

  g_assert_nonnull (fresh);

  return sam_agenda_item_get_activity_id (fresh);
}

static SamAgendaItem *
add_item_of_activity (SamStore    *store,
                      SamMeeting  *meeting,
                      const char  *title,
                      SamActivity *activity)
{
  g_autoptr(GError) error = NULL;
  SamAgendaItem *item = sam_test_add_item (store, meeting, NULL, title, 10);

  sam_agenda_item_set_activity_id (item, id_of (activity));
  g_assert_true (sam_store_update (store, item, &error));
  g_assert_no_error (error);

  return item;
}

/* Undo puts back the links the agenda items had to the activity (the
 * deletion set them to none). */
static void
test_plan_delete_undo_items (Fixture       *fixture,
                             gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *model = sam_plan_page_get_sorted_model (fixture->page);
  g_autofree char *uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->business)));
  g_autoptr(SamBody) board = sam_test_add_body (store, "Styrgruppen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) spring = sam_test_add_meeting (store, board, "2015-03-10T13:00", "Möte 1");
  g_autoptr(SamMeeting) autumn = sam_test_add_meeting (store, board, "2015-09-15T13:00", "Möte 2");
  g_autoptr(SamAgendaItem) later = add_item_of_activity (store, autumn, "Företagslots", fixture->business);
  g_autoptr(SamAgendaItem) earlier = add_item_of_activity (store, spring, "Etableringar", fixture->business);
  g_autoptr(SamAgendaItem) other = add_item_of_activity (store, spring, "Strukturplanen", fixture->structure);
  g_autoptr(SamActivity) restored = NULL;
  g_autoptr(GListModel) items = sam_store_list_items_by_activity (store, id_of (fixture->business));
  g_autoptr(SamAgendaItem) first = NULL;
  AdwToast *toast;

  /* The store's list: the activity's items in meeting order. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  first = g_list_model_get_item (items, 0);
  g_assert_cmpint (id_of (first), ==, id_of (earlier));

  sam_plan_page_open (page, id_of (fixture->business));
  g_assert_true (gtk_widget_activate_action (page, "plan.delete-activity", NULL));
  g_assert_true (wait_for_count (model, 2));
  g_assert_cmpint (activity_of_item (store, earlier), ==, 0);
  g_assert_cmpint (activity_of_item (store, later), ==, 0);
  g_assert_true (wait_for_count (items, 0));

  toast = g_object_get_data (G_OBJECT (page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_true (wait_for_count (model, 3));

  restored = sam_store_load_by_uuid (store, SAM_TYPE_ACTIVITY, uuid, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpint (activity_of_item (store, earlier), ==, id_of (restored));
  g_assert_cmpint (activity_of_item (store, later), ==, id_of (restored));
  g_assert_cmpint (activity_of_item (store, other), ==, id_of (fixture->structure));
}

/* Deleting the whole plan takes its activities with it; Undo puts them
 * back and points the agenda items at them again. */
static void
test_plan_delete_plan_undo_items (Fixture       *fixture,
                                  gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autofree char *plan_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->plan)));
  g_autofree char *business_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->business)));
  g_autofree char *structure_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->structure)));
  g_autoptr(GListModel) plans = sam_store_list_plans (store);
  g_autoptr(SamBody) board = sam_test_add_body (store, "Styrgruppen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (store, board, "2015-03-10T13:00", "Möte 1");
  g_autoptr(SamAgendaItem) first = add_item_of_activity (store, meeting, "Etableringar", fixture->business);
  g_autoptr(SamAgendaItem) second = add_item_of_activity (store, meeting, "Företagslots", fixture->business);
  g_autoptr(SamAgendaItem) other = add_item_of_activity (store, meeting, "Strukturplanen", fixture->structure);
  g_autoptr(SamActivity) business = NULL;
  g_autoptr(SamActivity) structure = NULL;
  AdwToast *toast;

  g_assert_cmpint (sam_plan_page_get_plan_id (fixture->page), ==, id_of (fixture->plan));
  g_assert_true (gtk_widget_activate_action (page, "plan.delete-plan", NULL));
  g_assert_true (wait_for_count (plans, 0));
  g_assert_cmpint (sam_store_find_id (store, SAM_TYPE_PLAN, plan_uuid), ==, 0);
  g_assert_cmpint (sam_store_find_id (store, SAM_TYPE_ACTIVITY, business_uuid), ==, 0);
  g_assert_cmpint (activity_of_item (store, first), ==, 0);
  g_assert_cmpint (activity_of_item (store, second), ==, 0);
  g_assert_cmpint (activity_of_item (store, other), ==, 0);

  toast = g_object_get_data (G_OBJECT (page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_true (wait_for_count (plans, 1));

  business = sam_store_load_by_uuid (store, SAM_TYPE_ACTIVITY, business_uuid, NULL);
  structure = sam_store_load_by_uuid (store, SAM_TYPE_ACTIVITY, structure_uuid, NULL);
  g_assert_nonnull (business);
  g_assert_nonnull (structure);
  g_assert_cmpint (activity_of_item (store, first), ==, id_of (business));
  g_assert_cmpint (activity_of_item (store, second), ==, id_of (business));
  g_assert_cmpint (activity_of_item (store, other), ==, id_of (structure));
  g_assert_true (wait_for_cell (page, "Fler företag till regionen"));
}

static void
test_plan_new_activity (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *model = sam_plan_page_get_sorted_model (fixture->page);
  g_autoptr(SamActivity) saved = NULL;
  GtkWidget *row;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (page, "plan.new-activity", NULL));
  g_assert_true (wait_for_count (model, 4));
  id = sam_plan_page_get_activity_id (fixture->page);
  g_assert_cmpint (id, >, 0);

  row = find_widget (page, is_entry_row_titled, "Title");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "New activity");
  gtk_editable_set_text (GTK_EDITABLE (row), "Mötesplatser för fler affärer");
  g_assert_true (wait_for_cell (page, "Mötesplatser för fler affärer"));

  saved = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY, id, NULL);
  g_assert_cmpstr (sam_activity_get_title (saved), ==, "Mötesplatser för fler affärer");
  g_assert_cmpint (sam_activity_get_plan_id (saved), ==, id_of (fixture->plan));
}

static gboolean
plan_adopted_on_saved (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(SamPlan) saved = sam_store_load (fixture->db.store, SAM_TYPE_PLAN,
                                             id_of (fixture->plan), NULL);

  return g_strcmp0 (sam_plan_get_adopted_on (saved), "2014-12-11") == 0;
}

static void
test_plan_edit_plan (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(SamPlan) saved = NULL;
  g_autoptr(GListModel) plans = sam_store_list_plans (fixture->db.store);
  GtkWidget *row;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (page, "plan.edit-plan", NULL));
  row = find_widget (page, is_entry_row_titled, "Adopted On");
  g_assert_nonnull (row);
  g_assert_true (SAM_IS_DATE_ROW (row));
  g_assert_true (wait_for (is_mapped, row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "10 December 2014");

  /* A date that does not exist is marked; the row's value, which is what
   * is saved, stays the old one. */
  gtk_editable_set_text (GTK_EDITABLE (row), "30/2 2014");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (sam_date_row_get_value (SAM_DATE_ROW (row)), ==, "2014-12-10");
  saved = sam_store_load (fixture->db.store, SAM_TYPE_PLAN, id_of (fixture->plan), NULL);
  g_assert_cmpstr (sam_plan_get_adopted_on (saved), ==, "2014-12-10");
  g_clear_object (&saved);

  /* Written the Swedish way. */
  gtk_editable_set_text (GTK_EDITABLE (row), "11/12 2014");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_true (wait_for (plan_adopted_on_saved, fixture));
  g_assert_true (wait_for_label (page, "11 December 2014"));
  maybe_screenshot (fixture->window, "plan-details");

  /* A new plan is chosen at once, empty. */
  id = sam_plan_page_new_plan (fixture->page);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_cmpint (sam_plan_page_get_plan_id (fixture->page), ==, id);
  g_assert_true (wait_for_count (sam_plan_page_get_sorted_model (fixture->page), 0));
  g_assert_true (wait_for_label (page, "No Activities"));
}

/* Opening an activity of another plan switches the plan; the activity
 * shown before keeps its focus question although the new plan has none. */
static void
test_plan_open_other_plan (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(SamPlan) other = sam_plan_new ();
  g_autoptr(SamActivity) elsewhere = sam_activity_new ();
  g_autoptr(SamActivity) saved = NULL;
  g_autoptr(GError) error = NULL;

  sam_plan_set_title (other, "Verksamhetsplan 2019");
  sam_plan_set_first_year (other, 2019);
  insert (fixture->db.store, other);
  sam_activity_set_plan_id (elsewhere, id_of (other));
  sam_activity_set_title (elsewhere, "Strukturplan, uppföljning");
  insert (fixture->db.store, elsewhere);

  sam_activity_set_focus_question_id (fixture->business, id_of (fixture->question));
  g_assert_true (sam_store_update (fixture->db.store, fixture->business, &error));
  g_assert_no_error (error);

  sam_plan_page_open (page, id_of (fixture->business));
  spin (100);
  sam_plan_page_open (page, id_of (elsewhere));
  g_assert_cmpint (sam_plan_page_get_plan_id (fixture->page), ==, id_of (other));
  g_assert_true (wait_for_cell (page, "Strukturplan, uppföljning"));
  spin (500);

  saved = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY, id_of (fixture->business), NULL);
  g_assert_cmpint (sam_activity_get_focus_question_id (saved), ==, id_of (fixture->question));

  /* And back: the first plan's activity shows its focus question. */
  sam_plan_page_open (page, id_of (fixture->business));
  g_assert_cmpint (sam_plan_page_get_plan_id (fixture->page), ==, id_of (fixture->plan));
  g_assert_true (wait_for_cell (page, "Näringsliv"));
}

static void
test_plan_narrow (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  int minimum;

  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  g_assert_true (wait_for (is_narrow, page));
  g_assert_true (wait_for_cell (page, "Besöksnäring"));
  g_assert_true (wait_for_cell (page, "Planned · Priority 2"));
  {
    GtkWidget *list = find_widget (page, is_list_view, NULL);

    g_assert_cmpint (gtk_widget_get_width (list), <=, 360);
    assert_nothing_cut_off (list, gtk_widget_get_width (list));
  }
  maybe_screenshot (fixture->window, "plan-narrow-table");

  sam_plan_page_open (page, id_of (fixture->tourism));
  g_assert_true (wait_for_label (page, "Financing"));
  g_assert_true (wait_for (is_mapped, find_widget (page, is_named, "budget")));
  maybe_screenshot (fixture->window, "plan-narrow-activity");

  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
  g_assert_true (wait_for_cell (page, "Strukturplan MalmöLundregionen"));
}

/* Development areas, in the plan's details */

static gboolean
is_plan_areas (GtkWidget     *widget,
               gconstpointer  data)
{
  return SAM_IS_PLAN_AREAS (widget);
}

static gboolean
is_expander_titled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return ADW_IS_EXPANDER_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_area_choice (GtkWidget     *widget,
                gconstpointer  data)
{
  GListModel *source;

  if (!SAM_IS_PLAN_CHOICE (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;

  source = sam_plan_choice_get_source (SAM_PLAN_CHOICE (widget));

  return source != NULL && g_list_model_get_item_type (source) == SAM_TYPE_AREA;
}

typedef struct
{
  GtkWidget  *root;
  const char *title;
} RowQuery;

static gboolean
entry_row_is_shown (gpointer data)
{
  RowQuery *query = data;

  return find_widget (query->root, is_entry_row_titled, query->title) != NULL;
}

static GtkWidget *
wait_for_entry_row (GtkWidget  *root,
                    const char *title)
{
  RowQuery query = { root, title };

  if (!wait_for (entry_row_is_shown, &query))
    return NULL;

  return find_widget (root, is_entry_row_titled, title);
}

static GtkWidget *
show_areas (Fixture *fixture)
{
  GtkWidget *areas;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.edit-plan", NULL));
  areas = find_widget (GTK_WIDGET (fixture->page), is_plan_areas, NULL);
  g_assert_nonnull (areas);
  g_assert_true (wait_for (is_mapped, areas));
  g_assert_true (wait_for_label (areas, "Development Areas"));

  return areas;
}

static SamArea *
add_area (Fixture    *fixture,
          const char *title)
{
  SamArea *area = sam_area_new ();

  sam_area_set_plan_id (area, id_of (fixture->plan));
  sam_area_set_title (area, title);

  return insert (fixture->db.store, area);
}

static SamArea *
area_at (GListModel *model,
         guint       position)
{
  return g_list_model_get_item (model, position);
}

static void
test_plan_area_add (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(GListModel) list = sam_store_list_areas (fixture->db.store, id_of (fixture->plan));
  g_autoptr(SamArea) first = NULL;
  g_autoptr(SamArea) second = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *areas = show_areas (fixture);
  GtkWidget *title;
  GtkWidget *choice;
  gint64 area_id;

  g_assert_true (wait_for_label (areas, "No development areas"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* Added at once, opened with its title ready to be typed over. */
  g_assert_true (gtk_widget_activate_action (areas, "areas.add", NULL));
  g_assert_true (wait_for_count (list, 1));
  first = area_at (list, 0);
  g_assert_cmpstr (sam_area_get_title (first), ==, "New development area");
  g_assert_cmpint (sam_area_get_position (first), ==, 1);
  title = wait_for_entry_row (areas, "Title");
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "New development area");
  maybe_screenshot (fixture->window, "plan-area-new");

  /* The next one comes after it. */
  area_id = sam_plan_areas_add_area (SAM_PLAN_AREAS (areas));
  g_assert_cmpint (area_id, >, 0);
  g_assert_true (wait_for_count (list, 2));
  second = area_at (list, 1);
  g_assert_cmpint (id_of (second), ==, area_id);
  g_assert_cmpint (sam_area_get_position (second), ==, 2);

  /* An activity can be put in the area: its editor offers it. */
  sam_activity_set_area_id (fixture->tourism, id_of (first));
  g_assert_true (sam_store_update (fixture->db.store, fixture->tourism, &error));
  g_assert_no_error (error);
  sam_plan_page_open (page, id_of (fixture->tourism));
  g_assert_true (wait_for_label (page, "New development area"));
  choice = find_widget (page, is_area_choice, NULL);
  g_assert_nonnull (choice);
  g_assert_cmpint (sam_plan_choice_get_selected_id (SAM_PLAN_CHOICE (choice)), ==, id_of (first));
  g_assert_cmpuint (sam_plan_choice_get_n_choices (SAM_PLAN_CHOICE (choice)), ==, 2);
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *title;
  const char *description;
} AreaQuery;

/* The area as saved has this title (and description, unless NULL). */
static gboolean
area_is_saved (gpointer data)
{
  AreaQuery *query = data;
  g_autoptr(SamArea) saved = sam_store_load (query->store, SAM_TYPE_AREA, query->id, NULL);

  return saved != NULL
         && g_strcmp0 (sam_area_get_title (saved), query->title) == 0
         && (query->description == NULL
             || g_strcmp0 (sam_area_get_description (saved), query->description) == 0);
}

static gboolean
has_error_class (gpointer data)
{
  return gtk_widget_has_css_class (GTK_WIDGET (data), "error");
}

static void
test_plan_area_edit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamArea) business = add_area (fixture, "Näringsliv");
  g_autoptr(SamArea) labour = add_area (fixture, "Arbetsmarknad och utbildning");
  g_autoptr(GListModel) list = sam_store_list_areas (fixture->db.store, id_of (fixture->plan));
  g_autoptr(SamArea) saved = NULL;
  g_autoptr(SamArea) top = NULL;
  GtkWidget *areas = show_areas (fixture);
  GtkWidget *expander;
  GtkWidget *title;
  GtkWidget *description;

  g_assert_true (wait_for_label (areas, "Arbetsmarknad och utbildning"));
  expander = find_widget (areas, is_expander_titled, "Näringsliv");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  title = wait_for_entry_row (expander, "Title");
  description = wait_for_entry_row (expander, "Description");
  g_assert_nonnull (title);
  g_assert_nonnull (description);

  /* Saved as typed. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Näringsliv och besöksnäring");
  gtk_editable_set_text (GTK_EDITABLE (description), "Företagsklimat, etableringar och besöksnäring");
  {
    AreaQuery query = { fixture->db.store, id_of (business), "Näringsliv och besöksnäring",
                        "Företagsklimat, etableringar och besöksnäring" };

    g_assert_true (wait_for (area_is_saved, &query));
  }
  saved = sam_store_load (fixture->db.store, SAM_TYPE_AREA, id_of (business), NULL);
  g_assert_cmpstr (sam_area_get_title (saved), ==, "Näringsliv och besöksnäring");
  g_assert_cmpstr (sam_area_get_description (saved), ==, "Företagsklimat, etableringar och besöksnäring");
  g_assert_true (wait_for_label (areas, "Företagsklimat, etableringar och besöksnäring"));
  g_clear_object (&saved);

  /* An empty title is refused and the last one kept. */
  gtk_editable_set_text (GTK_EDITABLE (title), "");
  g_assert_true (wait_for (has_error_class, title));
  saved = sam_store_load (fixture->db.store, SAM_TYPE_AREA, id_of (business), NULL);
  g_assert_cmpstr (sam_area_get_title (saved), ==, "Näringsliv och besöksnäring");
  gtk_editable_set_text (GTK_EDITABLE (title), "Näringsliv och besöksnäring");
  maybe_screenshot (fixture->window, "plan-areas");

  /* Moving down swaps the two. */
  g_assert_true (gtk_widget_activate_action (areas, "areas.move-down", "x", id_of (business)));
  spin (100);
  top = area_at (list, 0);
  g_assert_cmpint (id_of (top), ==, id_of (labour));
  g_assert_cmpint (sam_area_get_position (top), ==, 1);
  g_clear_object (&top);

  g_assert_true (gtk_widget_activate_action (areas, "areas.move-up", "x", id_of (business)));
  spin (100);
  top = area_at (list, 0);
  g_assert_cmpint (id_of (top), ==, id_of (business));
  g_assert_cmpstr (sam_area_get_title (top), ==, "Näringsliv och besöksnäring");
}

static void
test_plan_area_delete_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SamArea) area = add_area (fixture, "Näringsliv");
  g_autoptr(GListModel) list = sam_store_list_areas (fixture->db.store, id_of (fixture->plan));
  g_autofree char *uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (area)));
  g_autoptr(SamArea) restored = NULL;
  g_autoptr(SamActivity) activity = NULL;
  g_autoptr(SamFocusQuestion) question = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *areas;
  AdwToast *toast;

  sam_activity_set_area_id (fixture->business, id_of (area));
  g_assert_true (sam_store_update (fixture->db.store, fixture->business, &error));
  sam_focus_question_set_area_id (fixture->question, id_of (area));
  g_assert_true (sam_store_update (fixture->db.store, fixture->question, &error));
  g_assert_no_error (error);

  areas = show_areas (fixture);
  g_assert_true (wait_for_label (areas, "Näringsliv"));

  /* The links go with the area. */
  g_assert_true (gtk_widget_activate_action (areas, "areas.delete", "x", id_of (area)));
  g_assert_true (wait_for_count (list, 0));
  g_assert_cmpint (sam_store_find_id (fixture->db.store, SAM_TYPE_AREA, uuid), ==, 0);
  activity = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY, id_of (fixture->business), NULL);
  g_assert_cmpint (sam_activity_get_area_id (activity), ==, 0);
  question = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id_of (fixture->question), NULL);
  g_assert_cmpint (sam_focus_question_get_area_id (question), ==, 0);
  g_clear_object (&activity);
  g_clear_object (&question);
  g_assert_true (wait_for_label (areas, "No development areas"));

  /* Undo brings the area back with them. */
  toast = g_object_get_data (G_OBJECT (areas), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_true (wait_for_count (list, 1));

  restored = sam_store_load_by_uuid (fixture->db.store, SAM_TYPE_AREA, uuid, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (sam_area_get_title (restored), ==, "Näringsliv");
  g_assert_cmpint (sam_area_get_plan_id (restored), ==, id_of (fixture->plan));
  activity = sam_store_load (fixture->db.store, SAM_TYPE_ACTIVITY, id_of (fixture->business), NULL);
  g_assert_cmpint (sam_activity_get_area_id (activity), ==, id_of (restored));
  question = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id_of (fixture->question), NULL);
  g_assert_cmpint (sam_focus_question_get_area_id (question), ==, id_of (restored));
  g_assert_true (wait_for_label (areas, "Näringsliv"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ui/plan/columns", test_plan_columns);
  ADD ("/ui/plan/sort", test_plan_sort);
  ADD ("/ui/plan/edit-budget", test_plan_edit_budget);
  ADD ("/ui/plan/delete-undo", test_plan_delete_undo);
  ADD ("/ui/plan/delete-undo-items", test_plan_delete_undo_items);
  ADD ("/ui/plan/delete-plan-undo-items", test_plan_delete_plan_undo_items);
  ADD ("/ui/plan/new-activity", test_plan_new_activity);
  ADD ("/ui/plan/edit-plan", test_plan_edit_plan);
  ADD ("/ui/plan/open-other-plan", test_plan_open_other_plan);
  ADD ("/ui/plan/narrow", test_plan_narrow);
  ADD ("/ui/plan/area-add", test_plan_area_add);
  ADD ("/ui/plan/area-edit", test_plan_area_edit);
  ADD ("/ui/plan/area-delete-undo", test_plan_area_delete_undo);

  return g_test_run ();
}
