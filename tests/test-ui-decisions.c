/* test-ui-decisions.c: the register of decisions and the assignments, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-decisions"

#include "config.h"

#include <adwaita.h>

#include "sam-assignment-row.h"
#include "sam-decision-row.h"
#include "sam-decisions-page.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb         db;
  SamBody          *board;
  SamBody          *directors;
  SamAgendaItem    *board_item;
  SamAgendaItem    *directors_item;
  GtkWindow        *window;
  SamDecisionsPage *page;
} Fixture;

static void
settle (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2 * G_TIME_SPAN_MILLISECOND);
}

static GtkWidget *
find_mapped_type (GtkWidget *widget,
                  GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A shown button by its tooltip. */
static GtkWidget *
find_mapped_button (GtkWidget  *widget,
                    const char *tooltip)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_button (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountQuery;

static gboolean
model_has_n (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n;
}

static SamDecision *
add_decision (SamStore           *store,
              SamAgendaItem      *item,
              const char         *text,
              SamFollowUp         follow_up)
{
  g_autoptr(GError) error = NULL;
  SamDecision *decision = sam_decision_new ();

  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (item)));
  sam_decision_set_text (decision, text);
  sam_decision_set_follow_up (decision, follow_up);
  g_assert_true (sam_store_insert (store, decision, &error));
  g_assert_no_error (error);

  return decision;
}

static SamAssignment *
add_assignment (SamStore      *store,
                SamAgendaItem *item,
                const char    *title,
                SamOwnerKind   owner_kind,
                gint64         owner_id,
                const char    *due_on)
{
  g_autoptr(GError) error = NULL;
  SamAssignment *assignment = sam_assignment_new ();

  sam_assignment_set_agenda_item_id (assignment, sam_entity_get_id (SAM_ENTITY (item)));
  sam_assignment_set_title (assignment, title);
  sam_assignment_set_owner_kind (assignment, owner_kind);
  if (owner_kind == SAM_OWNER_KIND_PERSON)
    sam_assignment_set_owner_person_id (assignment, owner_id);
  else if (owner_kind == SAM_OWNER_KIND_BODY)
    sam_assignment_set_owner_body_id (assignment, owner_id);
  else if (owner_kind == SAM_OWNER_KIND_MUNICIPALITY)
    sam_assignment_set_owner_municipality_id (assignment, owner_id);
  sam_assignment_set_due_on (assignment, due_on);
  g_assert_true (sam_store_insert (store, assignment, &error));
  g_assert_no_error (error);

  return assignment;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SamMeeting) board_meeting = NULL;
  g_autoptr(SamMeeting) directors_meeting = NULL;

  sam_test_db_setup (&fixture->db, data);
  fixture->board = sam_test_add_body (fixture->db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  fixture->directors = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen",
                                          SAM_BODY_KIND_DIRECTOR_GROUP);
  board_meeting = sam_test_add_meeting (fixture->db.store, fixture->board, "2018-03-01T09:00", "Styrelsemöte");
  directors_meeting = sam_test_add_meeting (fixture->db.store, fixture->directors, "2019-01-29T15:00",
                                            "Kommundirektörsmöte");
  fixture->board_item = sam_test_add_item (fixture->db.store, board_meeting, NULL, "Verksamhetsplan", 30);
  fixture->directors_item = sam_test_add_item (fixture->db.store, directors_meeting, NULL,
                                               "Industrinatten 2019", 20);
}

/* The page in a window; its clock stopped on @today (YYYY-MM-DD), or the
 * real clock for %NULL. */
static void
open_page_on (Fixture    *fixture,
              const char *today)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  g_autoptr(SamContext) page_context = sam_test_context_new (fixture->db.store, today);
  fixture->page = SAM_DECISIONS_PAGE (sam_decisions_page_new (page_context));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page));
}

static void
open_page (Fixture *fixture)
{
  open_page_on (fixture, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  settle (20);
  g_clear_object (&fixture->board_item);
  g_clear_object (&fixture->directors_item);
  g_clear_object (&fixture->board);
  g_clear_object (&fixture->directors);
  sam_test_db_teardown (&fixture->db, data);
}

static void
test_register_shows_new (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamDecision) decision = NULL;
  LabelQuery query = { NULL, NULL };

  open_page (fixture);
  query.root = GTK_WIDGET (fixture->page);
  query.text = "No decisions yet";
  g_assert_true (wait_for (label_is_shown, &query));

  decision = add_decision (fixture->db.store, fixture->directors_item,
                           "Kommundirektörsgruppen beslutar att MLR ska genomföra Industrinatten 2019 i Malmö.",
                           SAM_FOLLOW_UP_NOT_STARTED);

  query.text = "genomföra Industrinatten 2019 i Malmö";
  g_assert_true (wait_for (label_is_shown, &query));
  /* With the body, the item and the outcome. */
  query.text = "Kommundirektörsgruppen";
  g_assert_true (wait_for (label_is_shown, &query));
  query.text = "1. Industrinatten 2019";
  g_assert_true (wait_for (label_is_shown, &query));
  query.text = "Approved";
  g_assert_true (wait_for (label_is_shown, &query));

  /* Retitling the item elsewhere shows in the row. */
  sam_agenda_item_set_title (fixture->directors_item, "Industrinatten");
  g_assert_true (sam_store_update (fixture->db.store, fixture->directors_item, NULL));
  query.text = "1. Industrinatten";
  g_assert_true (wait_for (label_is_shown, &query));
  query.text = "1. Industrinatten 2019";
  g_assert_true (wait_for (label_is_gone, &query));

  /* Opening it from elsewhere selects it. */
  sam_decisions_page_open (GTK_WIDGET (fixture->page), sam_entity_get_id (SAM_ENTITY (decision)));
}

static void
test_register_filters (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamDecision) board_decision = NULL;
  g_autoptr(SamDecision) directors_decision = NULL;
  g_autoptr(SamDecision) done_decision = NULL;
  GtkDropDown *body_drop_down;
  GtkDropDown *year_drop_down;
  GtkDropDown *status_drop_down;
  GtkEditable *search;
  GListModel *shown;
  CountQuery count;
  guint directors_position = 0;

  board_decision = add_decision (fixture->db.store, fixture->board_item, "Styrelsen fastställer verksamhetsplanen.",
                                 SAM_FOLLOW_UP_IN_PROGRESS);
  directors_decision = add_decision (fixture->db.store, fixture->directors_item,
                                     "IUC får fortsatt uppdrag att genomföra eventet.", SAM_FOLLOW_UP_NOT_STARTED);
  done_decision = add_decision (fixture->db.store, fixture->directors_item,
                                "Protokollet lades till handlingarna.", SAM_FOLLOW_UP_DONE);

  open_page (fixture);
  shown = sam_decisions_page_get_decisions (fixture->page);
  count = (CountQuery) { shown, 3 };
  g_assert_true (wait_for (model_has_n, &count));

  body_drop_down = GTK_DROP_DOWN (find_mapped_type (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (body_drop_down);
  {
    GtkWidget *body_child = gtk_widget_get_parent (GTK_WIDGET (body_drop_down));
    GtkWidget *year_child = gtk_widget_get_next_sibling (body_child);
    GtkWidget *status_child = gtk_widget_get_next_sibling (year_child);

    year_drop_down = (GtkDropDown *)gtk_widget_get_first_child (year_child);
    status_drop_down = (GtkDropDown *)gtk_widget_get_first_child (status_child);
  }
  g_assert_true (GTK_IS_DROP_DOWN (year_drop_down));
  g_assert_true (GTK_IS_DROP_DOWN (status_drop_down));

  /* By body: "Every body", then the bodies by name. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (body_drop_down)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (body_drop_down)), i),
                   "Kommundirektörsgruppen") == 0)
      directors_position = i;
  g_assert_cmpuint (directors_position, >, 0);
  gtk_drop_down_set_selected (body_drop_down, directors_position);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* And by follow-up: 1 + SamFollowUp. */
  gtk_drop_down_set_selected (status_drop_down, 1 + SAM_FOLLOW_UP_DONE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(SamDecision) only = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (sam_decision_get_text (only), ==, "Protokollet lades till handlingarna.");
  }

  /* A follow-up changed elsewhere leaves the filter. */
  sam_decision_set_follow_up (done_decision, SAM_FOLLOW_UP_IN_PROGRESS);
  g_assert_true (sam_store_update (fixture->db.store, done_decision, NULL));
  count = (CountQuery) { shown, 0 };
  g_assert_true (wait_for (model_has_n, &count));
  {
    LabelQuery query = { GTK_WIDGET (fixture->page), "No matching decisions" };

    g_assert_true (wait_for (label_is_shown, &query));
  }

  /* By year. */
  gtk_drop_down_set_selected (body_drop_down, 0);
  gtk_drop_down_set_selected (status_drop_down, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (year_drop_down)), 1),
                   ==, "2019");
  gtk_drop_down_set_selected (year_drop_down, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_drop_down_set_selected (year_drop_down, 0);

  /* By text, in the decision or its item, ignoring case. */
  search = GTK_EDITABLE (find_mapped_type (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (search, "iuc");
  count = (CountQuery) { shown, 1 };
  g_assert_true (wait_for (model_has_n, &count));
  gtk_editable_set_text (search, "industrinatten");
  count = (CountQuery) { shown, 2 };
  g_assert_true (wait_for (model_has_n, &count));
}

typedef struct
{
  SamStore *store;
  gint64    id;
} FollowUpQuery;

static gboolean
follow_up_in_progress (gpointer data)
{
  FollowUpQuery *query = data;
  g_autoptr(SamDecision) decision = sam_store_load (query->store, SAM_TYPE_DECISION, query->id, NULL);

  return decision != NULL && sam_decision_get_follow_up (decision) == SAM_FOLLOW_UP_IN_PROGRESS
         && g_strcmp0 (sam_decision_get_follow_up_note (decision), "Anmält till IUC") == 0;
}

static void
test_register_edit_follow_up (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamDecision) decision = NULL;
  FollowUpQuery query;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *drop_down;
  GtkWidget *entry;

  decision = add_decision (fixture->db.store, fixture->directors_item,
                           "IUC får fortsatt uppdrag att genomföra eventet.", SAM_FOLLOW_UP_NOT_STARTED);
  open_page (fixture);
  settle (50);

  row = find_mapped_type (GTK_WIDGET (fixture->page), SAM_TYPE_DECISION_ROW);
  g_assert_nonnull (row);

  /* A row shows its follow-up and note as buttons; the drop-down and the
   * entry are made when one is clicked, and the entry has the focus. */
  g_assert_null (find_mapped_type (row, GTK_TYPE_ENTRY));
  g_assert_nonnull (find_mapped_button (row, "Follow-up"));
  button = find_mapped_button (row, "Follow-up note");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle (50);
  drop_down = find_mapped_type (row, GTK_TYPE_DROP_DOWN);
  entry = find_mapped_type (row, GTK_TYPE_ENTRY);
  g_assert_nonnull (drop_down);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry)
                 || gtk_widget_get_focus_child (entry) != NULL);
  g_assert_null (find_mapped_button (row, "Follow-up note"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), SAM_FOLLOW_UP_IN_PROGRESS);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Anmält till");
  settle (400);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  gtk_editable_insert_text (GTK_EDITABLE (entry), " IUC", -1, &(int) { 11 });

  query = (FollowUpQuery) { fixture->db.store, sam_entity_get_id (SAM_ENTITY (decision)) };
  g_assert_true (wait_for (follow_up_in_progress, &query));

  /* The row was updated in place: the same row, the note kept its focus. */
  g_assert_true (find_mapped_type (GTK_WIDGET (fixture->page), SAM_TYPE_DECISION_ROW) == row);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry)
                 || gtk_widget_get_focus_child (entry) != NULL);
}

typedef struct
{
  SamStore *store;
  gint64    id;
  char     *today;
} DoneQuery;

static gboolean
assignment_done (gpointer data)
{
  DoneQuery *query = data;
  g_autoptr(SamAssignment) assignment = sam_store_load (query->store, SAM_TYPE_ASSIGNMENT, query->id, NULL);

  return assignment != NULL && sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_DONE
         && g_strcmp0 (sam_assignment_get_completed_on (assignment), query->today) == 0;
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SamAssignment) late = NULL;
  g_autoptr(SamAssignment) later = NULL;
  /* The page's clock is stopped on 1 March 2019 (open_page_on), so the
   * first is late and the second is not, whatever day the test runs. */
  const char *future = "2020-03-01";
  LabelQuery label = { NULL, NULL };
  DoneQuery done;
  CountQuery count;
  GtkWidget *row;
  GtkWidget *check;

  late = add_assignment (fixture->db.store, fixture->directors_item,
                         "Sända svar till Lunds kommun (Britt Steiner)",
                         SAM_OWNER_KIND_ALL_MEMBERS, 0, "2019-02-10");
  later = add_assignment (fixture->db.store, fixture->directors_item, "Uppföljning av antalet sökande",
                          SAM_OWNER_KIND_BODY, sam_entity_get_id (SAM_ENTITY (fixture->directors)), future);

  open_page_on (fixture, "2019-03-01");
  sam_decisions_page_show_assignments (GTK_WIDGET (fixture->page));
  label.root = GTK_WIDGET (fixture->page);

  /* Open shows both; the late one stands out. */
  label.text = "Uppföljning av antalet sökande";
  g_assert_true (wait_for (label_is_shown, &label));
  label.text = "Overdue since 10 February 2019";
  g_assert_true (wait_for (label_is_shown, &label));
  g_assert_true (gtk_widget_has_css_class (find_mapped_label (label.root, label.text), "error"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (label.root, "Overdue")), TRUE);
  count = (CountQuery) { sam_decisions_page_get_assignments (fixture->page), 1 };
  g_assert_true (wait_for (model_has_n, &count));
  label.text = "Uppföljning av antalet sökande";
  g_assert_true (wait_for (label_is_gone, &label));
  label.text = "All member municipalities";
  g_assert_true (wait_for (label_is_shown, &label));

  /* Marking it done records today and takes it off the list. */
  row = find_mapped_type (label.root, SAM_TYPE_ASSIGNMENT_ROW);
  g_assert_nonnull (row);
  g_assert_true (sam_assignment_row_get_overdue (SAM_ASSIGNMENT_ROW (row)));
  check = find_mapped_type (row, GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  done = (DoneQuery) { fixture->db.store, sam_entity_get_id (SAM_ENTITY (late)), g_strdup ("2019-03-01") };
  g_assert_true (wait_for (assignment_done, &done));
  g_free (done.today);

  count.n = 0;
  g_assert_true (wait_for (model_has_n, &count));
  label.text = "Nothing is overdue";
  g_assert_true (wait_for (label_is_shown, &label));
}

/* A role or an outside organisation is shown as written; an assignment
 * without one still says it has no owner. */
static void
test_written_owner (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamAssignment) written = NULL;
  g_autoptr(SamAssignment) unowned = NULL;
  g_autoptr(GError) error = NULL;
  LabelQuery label = { NULL, NULL };

  written = add_assignment (fixture->db.store, fixture->directors_item,
                            "Genomföra Industrinatten 2019 i Malmö", SAM_OWNER_KIND_NONE, 0, NULL);
  sam_assignment_set_owner_text (written, "IUC Syd");
  g_assert_true (sam_store_update (fixture->db.store, written, &error));
  g_assert_no_error (error);
  unowned = add_assignment (fixture->db.store, fixture->directors_item,
                            "Uppföljning av antalet sökande", SAM_OWNER_KIND_NONE, 0, NULL);

  open_page (fixture);
  sam_decisions_page_show_assignments (GTK_WIDGET (fixture->page));
  label.root = GTK_WIDGET (fixture->page);

  label.text = "Genomföra Industrinatten 2019 i Malmö";
  g_assert_true (wait_for (label_is_shown, &label));
  label.text = "IUC Syd";
  g_assert_true (wait_for (label_is_shown, &label));
  label.text = "No owner";
  g_assert_true (wait_for (label_is_shown, &label));
}

static void
test_mine (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(SamMunicipality) lund = sam_municipality_new ();
  g_autoptr(SamMunicipality) malmo = sam_municipality_new ();
  g_autoptr(SamPerson) britt = sam_person_new ();
  g_autoptr(SamPerson) gunnar = sam_person_new ();
  g_autoptr(SamAssignment) hers = NULL;
  g_autoptr(SamAssignment) his = NULL;
  g_autoptr(SamAssignment) lunds = NULL;
  g_autoptr(SamAssignment) everyone = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *shown;
  CountQuery count;
  LabelQuery label = { NULL, NULL };

  sam_municipality_set_name (lund, "Lund");
  sam_municipality_set_name (malmo, "Malmö");
  g_assert_true (sam_store_insert (fixture->db.store, lund, &error));
  g_assert_true (sam_store_insert (fixture->db.store, malmo, &error));
  sam_person_set_name (britt, "Britt Steiner");
  sam_person_set_municipality_id (britt, sam_entity_get_id (SAM_ENTITY (lund)));
  sam_person_set_name (gunnar, "Gunnar Bergström");
  sam_person_set_municipality_id (gunnar, sam_entity_get_id (SAM_ENTITY (malmo)));
  g_assert_true (sam_store_insert (fixture->db.store, britt, &error));
  g_assert_true (sam_store_insert (fixture->db.store, gunnar, &error));
  g_assert_no_error (error);

  hers = add_assignment (fixture->db.store, fixture->directors_item, "Sammanställa ett gemensamt svar",
                         SAM_OWNER_KIND_PERSON, sam_entity_get_id (SAM_ENTITY (britt)), "2019-03-01");
  his = add_assignment (fixture->db.store, fixture->directors_item, "Presentera DUA-rapporten",
                        SAM_OWNER_KIND_PERSON, sam_entity_get_id (SAM_ENTITY (gunnar)), "2019-03-01");
  lunds = add_assignment (fixture->db.store, fixture->directors_item, "Boka lokal på Bruksgatan",
                          SAM_OWNER_KIND_MUNICIPALITY, sam_entity_get_id (SAM_ENTITY (lund)), NULL);
  everyone = add_assignment (fixture->db.store, fixture->directors_item, "Sända svar till Lunds kommun",
                             SAM_OWNER_KIND_ALL_MEMBERS, 0, "2019-02-10");

  g_assert_true (sam_store_set_user_person (fixture->db.store, sam_entity_get_uuid (SAM_ENTITY (britt)), NULL));

  open_page (fixture);
  sam_decisions_page_show_assignments (GTK_WIDGET (fixture->page));
  label.root = GTK_WIDGET (fixture->page);
  shown = sam_decisions_page_get_assignments (fixture->page);
  count = (CountQuery) { shown, 4 };
  g_assert_true (wait_for (model_has_n, &count));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (label.root, "Mine")), TRUE);
  count.n = 1;
  g_assert_true (wait_for (model_has_n, &count));
  {
    g_autoptr(SamAssignment) only = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (sam_assignment_get_title (only), ==, "Sammanställa ett gemensamt svar");
  }
  label.text = "You are Britt Steiner, Lund";
  g_assert_true (wait_for (label_is_shown, &label));
  label.text = "Presentera DUA-rapporten";
  g_assert_true (wait_for (label_is_gone, &label));

  /* My municipality: hers, Lund's and every member municipality's. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (label.root, "My Municipality")), TRUE);
  count.n = 3;
  g_assert_true (wait_for (model_has_n, &count));

  /* Someone else at the same computer. */
  g_assert_true (sam_store_set_user_person (fixture->db.store, sam_entity_get_uuid (SAM_ENTITY (gunnar)), NULL));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (label.root, "Mine")), TRUE);
  count.n = 1;
  g_assert_true (wait_for (model_has_n, &count));
  {
    g_autoptr(SamAssignment) only = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (sam_assignment_get_title (only), ==, "Presentera DUA-rapporten");
  }
}


static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* A change while the page is hidden costs it nothing; shown again, the
 * page catches up. */
static void
test_hidden_page_waits (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(SamDecision) later = NULL;
  LabelQuery query = { NULL, NULL };
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *other = gtk_label_new ("Another section");
  GListModel *shown;
  guint n_changes = 0;

  decision = add_decision (fixture->db.store, fixture->directors_item,
                           "IUC får fortsatt uppdrag att genomföra eventet.", SAM_FOLLOW_UP_NOT_STARTED);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  g_autoptr(SamContext) page_context = sam_test_context_new (fixture->db.store, NULL);
  fixture->page = SAM_DECISIONS_PAGE (sam_decisions_page_new (page_context));
  gtk_stack_add_named (GTK_STACK (stack), GTK_WIDGET (fixture->page), "decisions");
  gtk_stack_add_named (GTK_STACK (stack), other, "other");
  gtk_window_set_child (fixture->window, stack);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page));
  query.root = GTK_WIDGET (fixture->page);
  query.text = "genomföra eventet";
  g_assert_true (wait_for (label_is_shown, &query));

  shown = sam_decisions_page_get_decisions (fixture->page);
  g_signal_connect (shown, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "other");
  g_assert_true (wait_for (is_unmapped, fixture->page));

  /* Edits elsewhere: a decision retold, one added, its item renamed. */
  sam_decision_set_text (decision, "IUC genomför eventet i Lund.");
  g_assert_true (sam_store_update (fixture->db.store, decision, NULL));
  later = add_decision (fixture->db.store, fixture->board_item, "Styrelsen fastställer planen.",
                        SAM_FOLLOW_UP_DONE);
  sam_agenda_item_set_title (fixture->directors_item, "Industrinatten");
  g_assert_true (sam_store_update (fixture->db.store, fixture->directors_item, NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  /* Shown again: one catch-up, with everything in it. */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "decisions");
  g_assert_true (wait_for (is_mapped, fixture->page));
  g_assert_cmpuint (n_changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  query.text = "IUC genomför eventet i Lund.";
  g_assert_true (wait_for (label_is_shown, &query));
  query.text = "1. Industrinatten";
  g_assert_true (wait_for (label_is_shown, &query));
  query.text = "Styrelsen fastställer planen.";
  g_assert_true (wait_for (label_is_shown, &query));
  maybe_screenshot (GTK_WIDGET (fixture->window), "decisions-register");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/decisions/register-shows-new", Fixture, NULL,
              fixture_setup, test_register_shows_new, fixture_teardown);
  g_test_add ("/ui/decisions/register-filters", Fixture, NULL,
              fixture_setup, test_register_filters, fixture_teardown);
  g_test_add ("/ui/decisions/edit-follow-up", Fixture, NULL,
              fixture_setup, test_register_edit_follow_up, fixture_teardown);
  g_test_add ("/ui/decisions/overdue", Fixture, NULL, fixture_setup, test_overdue, fixture_teardown);
  g_test_add ("/ui/decisions/written-owner", Fixture, NULL, fixture_setup, test_written_owner,
              fixture_teardown);
  g_test_add ("/ui/decisions/mine", Fixture, NULL, fixture_setup, test_mine, fixture_teardown);
  g_test_add ("/ui/decisions/hidden-page-waits", Fixture, NULL, fixture_setup, test_hidden_page_waits,
              fixture_teardown);

  return g_test_run ();
}
