/* test-ui-focus.c: the focus questions page, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-focus"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-exchange.h"
#include "sam-focus-page.h"
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

static gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget)
         && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), data) == 0;
}

static gboolean
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

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget) && gtk_widget_get_mapped (widget);
}

/* The data */

typedef struct
{
  SamTestDb         db;
  SamPlan          *old_plan;
  SamPlan          *new_plan;
  SamMunicipality  *lund;
  SamMunicipality  *malmo;
  SamMunicipality  *eslov;
  SamFocusQuestion *skills;
  SamFocusQuestion *housing;
  SamFocusQuestion *migration;
  GtkWidget        *window;
  SamFocusPage     *page;
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

static SamMunicipality *
add_municipality (SamStore   *store,
                  const char *name)
{
  SamMunicipality *municipality = sam_municipality_new ();

  sam_municipality_set_name (municipality, name);

  return insert (store, municipality);
}

static SamFocusQuestion *
add_question (SamStore       *store,
              SamPlan        *plan,
              const char     *title,
              SamFocusStatus  status)
{
  SamFocusQuestion *question = sam_focus_question_new ();

  sam_focus_question_set_plan_id (question, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_title (question, title);
  sam_focus_question_set_status (question, status);

  return insert (store, question);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  SamStore *store;
  SamFocusYear *year;

  sam_test_db_setup (&fixture->db, NULL);
  store = fixture->db.store;

  fixture->old_plan = sam_plan_new ();
  sam_plan_set_title (fixture->old_plan, "Verksamhetsplan 2016–2018");
  sam_plan_set_first_year (fixture->old_plan, 2016);
  sam_plan_set_last_year (fixture->old_plan, 2018);
  sam_plan_set_revised_year (fixture->old_plan, 2018);
  insert (store, fixture->old_plan);

  /* A newer draft without focus questions: listed first, passed over. */
  fixture->new_plan = sam_plan_new ();
  sam_plan_set_title (fixture->new_plan, "Verksamhetsplan 2019–2023");
  sam_plan_set_first_year (fixture->new_plan, 2019);
  sam_plan_set_last_year (fixture->new_plan, 2023);
  insert (store, fixture->new_plan);

  fixture->lund = add_municipality (store, "Lund");
  fixture->malmo = add_municipality (store, "Malmö");
  fixture->eslov = add_municipality (store, "Eslöv");

  fixture->skills = add_question (store, fixture->old_plan, "Långsiktig kompetensförsörjning",
                                  SAM_FOCUS_STATUS_ACTIVE);
  fixture->housing = add_question (store, fixture->old_plan, "Stimulera ökat bostadsbyggande",
                                   SAM_FOCUS_STATUS_ACTIVE);
  fixture->migration = add_question (store, fixture->old_plan, "Migration och integration",
                                     SAM_FOCUS_STATUS_CONCLUDED);

  year = sam_focus_year_new ();
  sam_focus_year_set_focus_question_id (year, sam_entity_get_id (SAM_ENTITY (fixture->skills)));
  sam_focus_year_set_year (year, 2018);
  sam_focus_year_set_description (year, "HR-chefsnätverket utarbetar gemensamma aktiviteter");
  insert (store, year);
  g_object_unref (year);

  g_autoptr(SamContext) page_context = sam_test_context_new (store, NULL);
  fixture->page = SAM_FOCUS_PAGE (sam_focus_page_new (page_context));
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
  g_clear_object (&fixture->old_plan);
  g_clear_object (&fixture->new_plan);
  g_clear_object (&fixture->lund);
  g_clear_object (&fixture->malmo);
  g_clear_object (&fixture->eslov);
  g_clear_object (&fixture->skills);
  g_clear_object (&fixture->housing);
  g_clear_object (&fixture->migration);
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

/* The tests */

static void
test_focus_lists (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *active = sam_focus_page_get_active_model (fixture->page);
  GListModel *concluded = sam_focus_page_get_concluded_model (fixture->page);
  g_autoptr(SamFocusQuestion) added = NULL;
  GtkWidget *drop_down;

  /* The newest plan with focus questions is shown, split in two. */
  g_assert_cmpint (sam_focus_page_get_plan_id (fixture->page), ==, id_of (fixture->old_plan));
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (concluded), ==, 1);
  g_assert_true (wait_for_label (page, "Långsiktig kompetensförsörjning"));
  g_assert_true (wait_for_label (page, "Stimulera ökat bostadsbyggande"));
  g_assert_true (wait_for_label (page, "Concluded"));
  g_assert_true (wait_for_label (page, "Migration och integration"));

  /* The plans are listed newest first. */
  drop_down = find_widget (page, is_drop_down, NULL);
  g_assert_nonnull (drop_down);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down))), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down))), 0),
                   ==, "Verksamhetsplan 2019–2023");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==, 1);

  /* A focus question added through the store shows at once. */
  added = add_question (fixture->db.store, fixture->old_plan, "Sysselsättning och arbetsmarknad",
                        SAM_FOCUS_STATUS_ACTIVE);
  g_assert_true (wait_for_count (active, 3));
  g_assert_true (wait_for_label (page, "Sysselsättning och arbetsmarknad"));

  /* Choosing the newer plan shows that it has none yet. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 0);
  g_assert_cmpint (sam_focus_page_get_plan_id (fixture->page), ==, id_of (fixture->new_plan));
  g_assert_true (wait_for_count (active, 0));
  g_assert_true (wait_for_label (page, "No Focus Questions"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 1);
  g_assert_true (wait_for_count (active, 3));
  maybe_screenshot (fixture->window, "focus-list");
}

static void
test_focus_edit_title (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(SamFocusQuestion) saved = NULL;
  GtkWidget *row;

  sam_focus_page_open (page, id_of (fixture->skills));
  g_assert_cmpint (sam_focus_page_get_question_id (fixture->page), ==, id_of (fixture->skills));
  g_assert_true (wait_for_label (page, "Year by Year"));
  g_assert_nonnull (find_widget (page, is_text_view_containing, "HR-chefsnätverket"));

  row = find_widget (page, is_entry_row_titled, "Title");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Långsiktig kompetensförsörjning");

  gtk_editable_set_text (GTK_EDITABLE (row), "Kompetensförsörjning i regionen");
  g_assert_true (wait_for_label (page, "Kompetensförsörjning i regionen"));
  spin (500);
  saved = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id_of (fixture->skills), NULL);
  g_assert_cmpstr (sam_focus_question_get_title (saved), ==, "Kompetensförsörjning i regionen");
  g_clear_object (&saved);

  /* An empty title is refused and marked; the saved one stays. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  spin (500);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  saved = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id_of (fixture->skills), NULL);
  g_assert_cmpstr (sam_focus_question_get_title (saved), ==, "Kompetensförsörjning i regionen");

  gtk_editable_set_text (GTK_EDITABLE (row), "Kompetens");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  maybe_screenshot (fixture->window, "focus-question");
}

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
test_focus_responsible (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  gint64 id = id_of (fixture->housing);
  g_autoptr(GArray) ids = NULL;
  GtkWidget *lund;
  GtkWidget *malmo;

  sam_focus_page_open (page, id);
  g_assert_true (wait_for_label (page, "No responsible municipality yet"));

  lund = find_widget (page, is_check_labelled, "Lund");
  malmo = find_widget (page, is_check_labelled, "Malmö");
  g_assert_nonnull (lund);
  g_assert_nonnull (malmo);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (lund)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (lund), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (malmo), TRUE);
  ids = sam_store_get_responsible_ids (fixture->db.store, id);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (array_has (ids, id_of (fixture->lund)));
  g_assert_true (array_has (ids, id_of (fixture->malmo)));
  g_clear_pointer (&ids, g_array_unref);

  /* The list shows who is responsible. */
  g_assert_true (wait_for_label (page, "Lund, Malmö"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (lund), FALSE);
  ids = sam_store_get_responsible_ids (fixture->db.store, id);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_false (array_has (ids, id_of (fixture->lund)));
}

static gboolean
is_focused_text_view (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return GTK_IS_TEXT_VIEW (focus);
}

static void
test_focus_add_year (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(GListModel) years = sam_store_list_focus_years (fixture->db.store, id_of (fixture->skills));
  g_autoptr(SamFocusYear) added = NULL;
  GtkWidget *focus;

  sam_focus_page_open (page, id_of (fixture->skills));
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 1);

  g_assert_true (gtk_widget_activate_action (page, "focus.add-year", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);
  added = g_list_model_get_item (years, 1);
  g_assert_cmpint (sam_focus_year_get_year (added), ==, 2019);
  g_assert_true (wait_for_label (page, "2019"));

  /* The cursor waits in the new year's description; what is typed saves. */
  g_assert_true (wait_for (is_focused_text_view, fixture->window));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), "Workshop om kompetens", -1);
  spin (500);
  g_clear_object (&added);
  added = g_list_model_get_item (years, 1);
  g_assert_cmpstr (sam_focus_year_get_description (added), ==, "Workshop om kompetens");

  /* A question without years starts with its plan's revised year. */
  sam_focus_page_open (page, id_of (fixture->housing));
  g_assert_cmpint (sam_focus_page_add_year (fixture->page), ==, 2018);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static void
test_focus_conclude (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *concluded = sam_focus_page_get_concluded_model (fixture->page);
  g_autoptr(SamFocusQuestion) saved = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  sam_focus_page_open (page, id_of (fixture->housing));
  g_assert_true (gtk_widget_activate_action (page, "focus.conclude", NULL));
  g_assert_true (wait_for (dialog_is_shown, NULL));
  dialog = find_dialog ();

  /* Concluding needs an outcome. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "conclude"));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Målbilden uppfylld; resultaten förs in i övriga fokusfrågor");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "conclude"));
  maybe_screenshot (GTK_WIDGET (dialog), "focus-conclude");
  adw_message_dialog_response (dialog, "conclude");

  saved = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id_of (fixture->housing), NULL);
  g_assert_cmpint (sam_focus_question_get_status (saved), ==, SAM_FOCUS_STATUS_CONCLUDED);
  g_assert_cmpstr (sam_focus_question_get_outcome (saved), ==,
                   "Målbilden uppfylld; resultaten förs in i övriga fokusfrågor");
  today = g_date_time_format (g_date_time_new_now_local (), "%Y-%m-%d");
  g_assert_cmpstr (sam_focus_question_get_concluded_on (saved), ==, today);

  g_assert_true (wait_for_count (concluded, 2));
  g_assert_true (wait_for_label (page, "Outcome"));
}

static void
test_focus_history (Fixture       *fixture,
                    gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(SamBody) body = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) older = sam_test_add_meeting (store, body, "2018-03-08T09:00", "KD-möte");
  g_autoptr(SamMeeting) newer = sam_test_add_meeting (store, body, "2019-01-29T13:00", "KD-möte");
  g_autoptr(SamAgendaItem) first = sam_test_add_item (store, older, NULL, "Kompetensförsörjning i fokus", 30);
  g_autoptr(SamAgendaItem) second = sam_test_add_item (store, newer, NULL, "Uppföljning av kompetensarbetet", 20);
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *newest;
  GtkWidget *oldest;
  graphene_point_t newest_at, oldest_at;

  sam_agenda_item_set_focus_question_id (first, id_of (fixture->skills));
  g_assert_true (sam_store_update (store, first, &error));
  sam_agenda_item_set_focus_question_id (second, id_of (fixture->skills));
  g_assert_true (sam_store_update (store, second, &error));
  g_assert_no_error (error);

  sam_decision_set_agenda_item_id (decision, id_of (second));
  sam_decision_set_text (decision, "HR-nätverket ges i uppdrag att ta fram en plan");
  sam_decision_set_outcome (decision, SAM_DECISION_OUTCOME_APPROVED);
  insert (store, decision);

  sam_focus_page_open (page, id_of (fixture->skills));
  g_assert_true (wait_for_label (page, "Kompetensförsörjning i fokus"));
  g_assert_true (wait_for_label (page, "Uppföljning av kompetensarbetet"));
  g_assert_true (wait_for_label (page, "HR-nätverket ges i uppdrag att ta fram en plan"));
  g_assert_true (wait_for_label (page, "Kommundirektörsgruppen"));

  /* Newest first. */
  spin (300);
  newest = find_mapped_label (page, "Uppföljning av kompetensarbetet");
  oldest = find_mapped_label (page, "Kompetensförsörjning i fokus");
  g_assert_true (gtk_widget_compute_point (newest, page, &GRAPHENE_POINT_INIT (0, 0), &newest_at));
  g_assert_true (gtk_widget_compute_point (oldest, page, &GRAPHENE_POINT_INIT (0, 0), &oldest_at));
  g_test_message ("newest at %g, oldest at %g", newest_at.y, oldest_at.y);
  g_assert_cmpfloat (newest_at.y, <, oldest_at.y);

  /* A decision added later shows too. */
  g_clear_object (&decision);
  decision = sam_decision_new ();
  sam_decision_set_agenda_item_id (decision, id_of (first));
  sam_decision_set_text (decision, "Informationen noterades");
  sam_decision_set_outcome (decision, SAM_DECISION_OUTCOME_NOTED);
  insert (store, decision);
  g_assert_true (wait_for_label (page, "Informationen noterades"));
}

static void
test_focus_delete_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *active = sam_focus_page_get_active_model (fixture->page);
  g_autoptr(SamBody) body = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (store, body, "2018-03-08T09:00", "KD-möte");
  g_autoptr(SamAgendaItem) item = sam_test_add_item (store, meeting, NULL, "Kompetensförsörjning", 30);
  const gint64 responsible[] = { id_of (fixture->eslov), id_of (fixture->lund) };
  g_autoptr(GError) error = NULL;
  g_autoptr(SamFocusQuestion) restored = NULL;
  g_autoptr(SamAgendaItem) relinked = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) years = NULL;
  g_autofree char *uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->skills)));
  AdwToast *toast;

  g_assert_true (sam_store_set_responsible_ids (store, id_of (fixture->skills), responsible, 2, &error));
  sam_agenda_item_set_focus_question_id (item, id_of (fixture->skills));
  g_assert_true (sam_store_update (store, item, &error));
  g_assert_no_error (error);

  sam_focus_page_open (page, id_of (fixture->skills));
  g_assert_true (gtk_widget_activate_action (page, "focus.delete", NULL));
  g_assert_true (wait_for_count (active, 1));
  g_assert_cmpint (sam_focus_page_get_question_id (fixture->page), ==, 0);
  g_assert_cmpint (sam_store_find_id (store, SAM_TYPE_FOCUS_QUESTION, uuid), ==, 0);

  toast = g_object_get_data (G_OBJECT (page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");

  g_assert_true (wait_for_count (active, 2));
  restored = sam_store_load_by_uuid (store, SAM_TYPE_FOCUS_QUESTION, uuid, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (sam_focus_question_get_title (restored), ==, "Långsiktig kompetensförsörjning");

  ids = sam_store_get_responsible_ids (store, id_of (restored));
  g_assert_cmpuint (ids->len, ==, 2);
  years = sam_store_list_focus_years (store, id_of (restored));
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 1);
  relinked = sam_store_load (store, SAM_TYPE_AGENDA_ITEM, id_of (item), NULL);
  g_assert_cmpint (sam_agenda_item_get_focus_question_id (relinked), ==, id_of (restored));

  /* The page shows it again. */
  g_assert_cmpint (sam_focus_page_get_question_id (fixture->page), ==, id_of (restored));
}

typedef struct
{
  SamStore *store;
  gint64    id;
} TitleQuery;

/* Saving as typed runs on a timeout: wait for it, not for a fixed time. */
static gboolean
title_saved (gpointer data)
{
  TitleQuery *query = data;
  g_autoptr(SamFocusQuestion) saved = sam_store_load (query->store, SAM_TYPE_FOCUS_QUESTION,
                                                      query->id, NULL);

  return saved != NULL && g_strcmp0 (sam_focus_question_get_title (saved), "Digital välfärd") == 0;
}

static void
test_focus_new (Fixture       *fixture,
                gconstpointer  data)
{
  TitleQuery query;
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GListModel *active = sam_focus_page_get_active_model (fixture->page);
  g_autoptr(SamFocusQuestion) saved = NULL;
  GtkWidget *row;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (page, "focus.new", NULL));
  g_assert_true (wait_for_count (active, 3));
  id = sam_focus_page_get_question_id (fixture->page);
  g_assert_cmpint (id, >, 0);

  row = find_widget (page, is_entry_row_titled, "Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "New focus question");
  gtk_editable_set_text (GTK_EDITABLE (row), "Digital välfärd");
  query.store = fixture->db.store;
  query.id = id;
  g_assert_true (wait_for (title_saved, &query));
  saved = sam_store_load (fixture->db.store, SAM_TYPE_FOCUS_QUESTION, id, NULL);
  g_assert_cmpstr (sam_focus_question_get_title (saved), ==, "Digital välfärd");
  g_assert_cmpint (sam_focus_question_get_plan_id (saved), ==, id_of (fixture->old_plan));
}

static gboolean
is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (data));

  return width > 0 && width <= 360;
}

static void
test_focus_narrow (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  int minimum;

  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  g_assert_true (wait_for (is_narrow, page));
  sam_focus_page_open (page, id_of (fixture->skills));
  g_assert_true (wait_for_label (page, "Responsible municipalities"));
  g_assert_true (wait_for_no_label (page, "Stimulera ökat bostadsbyggande"));
  maybe_screenshot (fixture->window, "focus-narrow-question");

  g_assert_true (gtk_widget_activate_action (page, "focus.back", NULL));
  g_assert_true (wait_for_label (page, "Stimulera ökat bostadsbyggande"));
  maybe_screenshot (fixture->window, "focus-narrow-list");
}

/* The example data: the operational plan 2016–2018 with its focus
 * questions, their responsible municipalities and their history. */
static void
test_focus_example (void)
{
  SamTestDb db = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = NULL;
  GtkWidget *window;
  SamFocusPage *page;
  GListModel *active;
  GtkWidget *check;
  gint64 question_id = 0;

  sam_test_db_setup (&db, NULL);
  g_assert_true (sam_exchange_load_example (db.store, FALSE, NULL, &error));
  g_assert_no_error (error);

  g_autoptr(SamContext) page_context = sam_test_context_new (db.store, NULL);
  page = SAM_FOCUS_PAGE (sam_focus_page_new (page_context));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1040, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, page));

  active = sam_focus_page_get_active_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (active), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (sam_focus_page_get_concluded_model (page)), >=, 1);
  g_assert_true (wait_for_label (GTK_WIDGET (page), "Långsiktig kompetensförsörjning"));
  g_assert_true (wait_for_label (GTK_WIDGET (page), "Migration och integration"));

  for (guint i = 0; i < g_list_model_get_n_items (active); i++)
    {
      g_autoptr(SamFocusQuestion) question = g_list_model_get_item (active, i);

      if (g_str_equal (sam_focus_question_get_title (question), "Långsiktig kompetensförsörjning"))
        question_id = sam_entity_get_id (SAM_ENTITY (question));
    }
  g_assert_cmpint (question_id, >, 0);

  sam_focus_page_open (GTK_WIDGET (page), question_id);
  check = find_widget (GTK_WIDGET (page), is_check_labelled, "Eslöv");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (wait_for_label (GTK_WIDGET (page), "HR-chefsnätverket"));
  maybe_screenshot (window, "focus-example");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  sam_test_db_teardown (&db, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ui/focus/lists", test_focus_lists);
  ADD ("/ui/focus/edit-title", test_focus_edit_title);
  ADD ("/ui/focus/responsible", test_focus_responsible);
  ADD ("/ui/focus/add-year", test_focus_add_year);
  ADD ("/ui/focus/conclude", test_focus_conclude);
  ADD ("/ui/focus/history", test_focus_history);
  ADD ("/ui/focus/delete-undo", test_focus_delete_undo);
  ADD ("/ui/focus/new", test_focus_new);
  ADD ("/ui/focus/narrow", test_focus_narrow);
  g_test_add_func ("/ui/focus/example", test_focus_example);

  return g_test_run ();
}
