/* test-registers.c: the registers of decisions and assignments, filtered in SQL.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-registers"

#include "config.h"

#include "sam-exchange.h"
#include "sam-store.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb        db;
  SamBody         *board;
  SamBody         *directors;
  SamMeeting      *board_meeting;  /* 2018-03-01 */
  SamMeeting      *january;        /* 2019-01-29, the director group */
  SamMeeting      *june;           /* 2019-06-10, the director group */
  SamAgendaItem   *plan;           /* board, 1 */
  SamAgendaItem   *opening;        /* january, 1 */
  SamAgendaItem   *night;          /* january, 2 */
  SamAgendaItem   *night_a;        /* january, 2a */
  SamAgendaItem   *night_b;        /* january, 2b */
  SamAgendaItem   *summer;         /* june, 1 */
  SamMunicipality *lund;
  SamMunicipality *malmo;
  SamPerson       *britt;          /* Lund */
  SamPerson       *gunnar;         /* Malmö */
  SamPerson       *karin;          /* Lund */
} Fixture;

static gint64
id_of (gpointer entity)
{
  return sam_entity_get_id (SAM_ENTITY (entity));
}

static SamDecision *
add_decision (Fixture       *fixture,
              SamAgendaItem *item,
              const char    *text,
              SamFollowUp    follow_up,
              const char    *note)
{
  g_autoptr(GError) error = NULL;
  SamDecision *decision = sam_decision_new ();

  sam_decision_set_agenda_item_id (decision, id_of (item));
  sam_decision_set_text (decision, text);
  sam_decision_set_follow_up (decision, follow_up);
  sam_decision_set_follow_up_note (decision, note);
  g_assert_true (sam_store_insert (fixture->db.store, decision, &error));
  g_assert_no_error (error);

  return decision;
}

static SamAssignment *
add_assignment (Fixture             *fixture,
                SamAgendaItem       *item,
                const char          *title,
                SamOwnerKind         owner_kind,
                gint64               owner_id,
                const char          *due_on,
                SamAssignmentStatus  status)
{
  g_autoptr(GError) error = NULL;
  SamAssignment *assignment = sam_assignment_new ();

  if (item != NULL)
    sam_assignment_set_agenda_item_id (assignment, id_of (item));
  sam_assignment_set_title (assignment, title);
  sam_assignment_set_owner_kind (assignment, owner_kind);
  if (owner_kind == SAM_OWNER_KIND_PERSON)
    sam_assignment_set_owner_person_id (assignment, owner_id);
  else if (owner_kind == SAM_OWNER_KIND_BODY)
    sam_assignment_set_owner_body_id (assignment, owner_id);
  else if (owner_kind == SAM_OWNER_KIND_MUNICIPALITY)
    sam_assignment_set_owner_municipality_id (assignment, owner_id);
  sam_assignment_set_due_on (assignment, due_on);
  sam_assignment_set_status (assignment, status);
  g_assert_true (sam_store_insert (fixture->db.store, assignment, &error));
  g_assert_no_error (error);

  return assignment;
}

static SamPerson *
add_person (SamStore        *store,
            const char      *name,
            SamMunicipality *municipality)
{
  g_autoptr(GError) error = NULL;
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  sam_person_set_municipality_id (person, id_of (municipality));
  g_assert_true (sam_store_insert (store, person, &error));
  g_assert_no_error (error);

  return person;
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

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SamAgendaItem) proposed = NULL;
  g_autoptr(GError) error = NULL;
  SamStore *store;

  sam_test_db_setup (&fixture->db, data);
  store = fixture->db.store;

  fixture->board = sam_test_add_body (store, "Styrelsen", SAM_BODY_KIND_BOARD);
  fixture->directors = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->board_meeting = sam_test_add_meeting (store, fixture->board, "2018-03-01T09:00", "Styrelsemöte");
  fixture->january = sam_test_add_meeting (store, fixture->directors, "2019-01-29T15:00", "Januari");
  fixture->june = sam_test_add_meeting (store, fixture->directors, "2019-06-10T09:00", "Juni");

  fixture->plan = sam_test_add_item (store, fixture->board_meeting, NULL, "Verksamhetsplan", 30);
  fixture->opening = sam_test_add_item (store, fixture->january, NULL, "Inledning", 5);
  /* A tentative item before the others takes no number. */
  proposed = sam_test_add_item (store, fixture->january, NULL, "Kanske", 5);
  sam_agenda_item_set_tentative (proposed, TRUE);
  g_assert_true (sam_store_update (store, proposed, &error));
  g_assert_no_error (error);
  fixture->night = sam_test_add_item (store, fixture->january, NULL, "Industrinatten 2019", 20);
  fixture->night_a = sam_test_add_item (store, fixture->january, fixture->night, "Lokaler", 10);
  fixture->night_b = sam_test_add_item (store, fixture->january, fixture->night, "Budget", 10);
  fixture->summer = sam_test_add_item (store, fixture->june, NULL, "Sommarjobb", 15);

  fixture->lund = add_municipality (store, "Lund");
  fixture->malmo = add_municipality (store, "Malmö");
  fixture->britt = add_person (store, "Britt Steiner", fixture->lund);
  fixture->gunnar = add_person (store, "Gunnar Bergström", fixture->malmo);
  fixture->karin = add_person (store, "Karin Ek", fixture->lund);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->board);
  g_clear_object (&fixture->directors);
  g_clear_object (&fixture->board_meeting);
  g_clear_object (&fixture->january);
  g_clear_object (&fixture->june);
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->opening);
  g_clear_object (&fixture->night);
  g_clear_object (&fixture->night_a);
  g_clear_object (&fixture->night_b);
  g_clear_object (&fixture->summer);
  g_clear_object (&fixture->lund);
  g_clear_object (&fixture->malmo);
  g_clear_object (&fixture->britt);
  g_clear_object (&fixture->gunnar);
  g_clear_object (&fixture->karin);
  sam_test_db_teardown (&fixture->db, data);
}

/* The texts of the decisions a register shows, in order, joined by "|". */
static char *
decision_texts (GListModel *model)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (texts, '|');
      g_string_append (texts, sam_decision_get_text (decision));
    }

  return g_strdup (texts->str);
}

static char *
assignment_titles (GListModel *model)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, sam_assignment_get_title (assignment));
    }

  return g_strdup (titles->str);
}

static void
add_some_decisions (Fixture *fixture)
{
  g_autoptr(SamDecision) a = add_decision (fixture, fixture->plan, "Styrelsen fastställer planen.",
                                           SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(SamDecision) b = add_decision (fixture, fixture->night_b, "Budgeten godkänns.",
                                           SAM_FOLLOW_UP_IN_PROGRESS, "Anmält till IUC");
  g_autoptr(SamDecision) c = add_decision (fixture, fixture->opening, "Dagordningen godkänns.",
                                           SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(SamDecision) d = add_decision (fixture, fixture->night_a, "Lokal i Malmö bokas.",
                                           SAM_FOLLOW_UP_NOT_STARTED, NULL);
  g_autoptr(SamDecision) e = add_decision (fixture, fixture->summer, "Sommarjobben fortsätter.",
                                           SAM_FOLLOW_UP_NOT_STARTED, NULL);
  g_autoptr(SamDecision) f = add_decision (fixture, fixture->night, "Industrinatten genomförs.",
                                           SAM_FOLLOW_UP_POSTPONED, NULL);
}

static void
test_decision_order_and_derived (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *texts = NULL;
  g_autofree char *night_b = NULL;

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, NULL);

  /* Newest meeting first; within a meeting in agenda order, an item
   * before its sub-items. */
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==,
                   "Sommarjobben fortsätter.|Dagordningen godkänns.|Industrinatten genomförs.|"
                   "Lokal i Malmö bokas.|Budgeten godkänns.|Styrelsen fastställer planen.");

  /* What a row shows comes with it. */
  {
    g_autoptr(SamDecision) decision = g_list_model_get_item (model, 4);

    g_assert_cmpint (sam_decision_get_meeting_id (decision), ==, id_of (fixture->january));
    g_assert_cmpstr (sam_decision_get_meeting_starts_at (decision), ==, "2019-01-29T15:00");
    g_assert_cmpstr (sam_decision_get_body_name (decision), ==, "Kommundirektörsgruppen");
    g_assert_cmpstr (sam_decision_get_item_title (decision), ==, "Budget");
    /* The tentative item before it takes no number. */
    g_assert_cmpstr (sam_decision_get_item_number (decision), ==, "2b");
  }
  {
    g_autoptr(SamDecision) decision = g_list_model_get_item (model, 2);

    g_assert_cmpstr (sam_decision_get_item_number (decision), ==, "2");
  }
  {
    g_autoptr(SamDecision) decision = g_list_model_get_item (model, 3);

    g_assert_cmpstr (sam_decision_get_item_number (decision), ==, "2a");
  }
}

/* The numbers the register derives in SQL are those of the agenda. */
static void
test_item_numbers_match_agenda (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  guint n;

  g_assert_true (sam_exchange_load_example (fixture->db.store, TRUE, NULL, &error));
  g_assert_no_error (error);

  model = sam_store_list_decision_register (fixture->db.store, NULL);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 10);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (model, i);
      g_autoptr(SamAgendaItem) item = sam_store_load (fixture->db.store, SAM_TYPE_AGENDA_ITEM,
                                                      sam_decision_get_agenda_item_id (decision), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sam_decision_get_item_number (decision) ?: "", ==, sam_agenda_item_get_number (item) ?: "");
      g_assert_cmpstr (sam_decision_get_item_title (decision), ==, sam_agenda_item_get_title (item));
    }
}

static void
test_decision_filters (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  SamDecisionFilter filter = { 0, 0, -1, NULL };
  char *texts;

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  /* By body. */
  filter.body_id = id_of (fixture->board);
  g_assert_true (sam_store_filter_decision_register (model, &filter, &error));
  g_assert_no_error (error);
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Styrelsen fastställer planen.");
  g_free (texts);

  /* By year. */
  filter.body_id = 0;
  filter.year = 2019;
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  filter.year = 2018;
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  filter.year = 2017;
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* By follow-up, and together with the body. */
  filter.year = 0;
  filter.follow_up = SAM_FOLLOW_UP_DONE;
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Dagordningen godkänns.|Styrelsen fastställer planen.");
  g_free (texts);
  filter.body_id = id_of (fixture->directors);
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Dagordningen godkänns.");
  g_free (texts);

  /* All again. */
  g_assert_true (sam_store_filter_decision_register (model, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
}

/* The search goes through the index as the global search takes a query:
 * words from their start, case and diacritics aside, in the decision's
 * text or follow-up note, its item's title or its body's name. */
static void
test_decision_search (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamDecisionFilter filter = { 0, 0, -1, NULL };
  struct {
    const char *text;
    const char *expected;
  } cases[] = {
    /* In the text, without regard to case or diacritics. */
    { "GODKÄNNS", "Dagordningen godkänns.|Budgeten godkänns." },
    { "godkanns", "Dagordningen godkänns.|Budgeten godkänns." },
    { "malmo", "Lokal i Malmö bokas." },
    { "lokal i malmö", "Lokal i Malmö bokas." },
    /* A word from its start, as typed; not from inside a word. */
    { "sommarj", "Sommarjobben fortsätter." },
    { "jobben", "" },
    { "ordningen", "" },
    /* In the follow-up note. */
    { "iuc", "Budgeten godkänns." },
    /* In the item's title and the body's name. */
    { "sommarjobb", "Sommarjobben fortsätter." },
    { "styrelsen", "Styrelsen fastställer planen." },
    { "industrinätten", "Industrinatten genomförs." },
    /* Every word, each where it is: the body's name and the text. */
    { "kommundirektorsgruppen godkanns", "Dagordningen godkänns.|Budgeten godkänns." },
    { "styrelsen godkanns", "" },
    /* A phrase in its order only. */
    { "\"lokal i malmö\"", "Lokal i Malmö bokas." },
    { "\"malmö lokal\"", "" },
    /* The index's syntax is text; with nothing else, nothing to look for. */
    { "budget* NEAR(", "" },
    { "-budgeten", "Budgeten godkänns." },
    { "\" * ( ) -", NULL },
    /* Only blanks: everything. */
    { "  ", NULL },
    { "nothing like it", "" },
  };

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *texts = NULL;
      g_autoptr(GError) error = NULL;

      filter.text = cases[i].text;
      g_assert_true (sam_store_filter_decision_register (model, &filter, &error));
      g_assert_no_error (error);
      if (cases[i].expected == NULL)
        {
          g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
          continue;
        }
      texts = decision_texts (model);
      g_assert_cmpstr (texts, ==, cases[i].expected);
    }
}

/* %, _ and \ in a search are text, never patterns: "%" alone is nothing
 * to look for, "plan_2019" the words "plan" and "2019" in that order. An
 * edit changes what the search shows at once. */
static void
test_search_escapes_like (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(SamDecision) percent = add_decision (fixture, fixture->plan, "Till 100% klart", SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(SamDecision) underscore = add_decision (fixture, fixture->plan, "Filen plan_2019", SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(SamDecision) backslash = add_decision (fixture, fixture->plan, "Mappen a\\b", SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(SamDecision) plain = add_decision (fixture, fixture->plan, "Planen 2019 klar", SAM_FOLLOW_UP_DONE, NULL);
  g_autoptr(GListModel) model = sam_store_list_decision_register (fixture->db.store, NULL);
  SamDecisionFilter filter = { 0, 0, -1, NULL };
  char *texts;

  filter.text = "%";
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  filter.text = "100%";
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Till 100% klart");
  g_free (texts);

  filter.text = "plan_2019";
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Filen plan_2019");
  g_free (texts);

  filter.text = "mappen a\\b";
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Mappen a\\b");
  g_free (texts);

  /* The search stays; the edited text leaves it and another enters. */
  filter.text = "klar";
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Till 100% klart|Planen 2019 klar");
  g_free (texts);
  sam_decision_set_text (plain, "Planen 2019 antagen");
  g_assert_true (sam_store_update (fixture->db.store, plain, NULL));
  sam_decision_set_text (underscore, "Filen plan_2019 klarmarkerad");
  g_assert_true (sam_store_update (fixture->db.store, underscore, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Till 100% klart|Filen plan_2019 klarmarkerad");
  g_free (texts);
}

typedef struct
{
  guint n;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

/* A filter changes the parameters; the model says only what changed. */
static void
test_filter_change_is_minimal (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamDecisionFilter filter = { 0, 0, -1, NULL };
  Changes changes = { 0 };

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, &filter);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  /* The same filter again: nothing changes. */
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (changes.n, ==, 0);

  /* 2019 only: the 2018 decision at the end goes, nothing else. */
  filter.year = 2019;
  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpuint (changes.position, ==, 5);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
}

/* Narrowing a search removes the rows that go, in runs, and keeps the
 * others where they are. */
static void
test_narrowing_keeps_rows (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamDecisionFilter filter = { 0, 0, -1, "godk" };
  Changes changes = { 0 };
  g_autofree char *texts = NULL;

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  texts = decision_texts (model);
  g_assert_cmpstr (texts, ==, "Dagordningen godkänns.|Budgeten godkänns.");
  /* Three runs went: Sommarjobben, the two between the kept ones, the
   * last; the kept rows were never removed. They are said from the bottom
   * up, so that a view fills its rows once: the last said is the first. */
  g_assert_cmpuint (changes.n, ==, 3);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
}

/* A search that keeps every other row of many: the top in runs, the rest
 * in one, and the rows are right. */
static void
test_many_runs (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamDecisionFilter filter = { 0, 0, -1, "jämn" };
  Changes changes = { 0 };
  guint n;

  for (int k = 0; k < 300; k++)
    {
      g_autofree char *text = g_strdup_printf ("%s %03d", k % 2 == 0 ? "Jämn" : "Udda", k);
      g_autoptr(SamDecision) decision = add_decision (fixture, fixture->plan, text, SAM_FOLLOW_UP_DONE, NULL);
    }
  model = sam_store_list_decision_register (fixture->db.store, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  g_assert_true (sam_store_filter_decision_register (model, &filter, NULL));
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, 150);
  g_assert_cmpuint (changes.n, <=, 65);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (model, i);
      g_autofree char *expected = g_strdup_printf ("Jämn %03u", 2 * i);

      g_assert_cmpstr (sam_decision_get_text (decision), ==, expected);
    }

  /* And back, every row in its place again. */
  g_assert_true (sam_store_filter_decision_register (model, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 300);
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (model, i);
      g_autofree char *expected = g_strdup_printf ("%s %03u", i % 2 == 0 ? "Jämn" : "Udda", i);

      g_assert_cmpstr (sam_decision_get_text (decision), ==, expected);
    }
}

/* A frozen register notes changes and catches up when thawed. */
static void
test_frozen_catches_up (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(SamDecision) later = NULL;
  g_autoptr(SamDecision) decision = NULL;
  Changes changes = { 0 };

  add_some_decisions (fixture);
  model = sam_store_list_decision_register (fixture->db.store, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  sam_store_register_set_frozen (model, TRUE);
  later = add_decision (fixture, fixture->summer, "Ett beslut till.", SAM_FOLLOW_UP_NOT_STARTED, NULL);
  decision = g_list_model_get_item (model, 5);
  sam_decision_set_text (decision, "Styrelsen fastställer planen igen.");
  g_assert_true (sam_store_update (fixture->db.store, decision, NULL));
  sam_agenda_item_set_title (fixture->summer, "Feriejobb");
  g_assert_true (sam_store_update (fixture->db.store, fixture->summer, NULL));

  g_assert_cmpuint (changes.n, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  sam_store_register_set_frozen (model, FALSE);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  {
    g_autoptr(SamDecision) first = g_list_model_get_item (model, 0);
    g_autoptr(SamDecision) last = g_list_model_get_item (model, 6);

    g_assert_cmpstr (sam_decision_get_item_title (first), ==, "Feriejobb");
    g_assert_cmpstr (sam_decision_get_text (last), ==, "Styrelsen fastställer planen igen.");
  }

  /* Thawing again with nothing new does nothing. */
  changes.n = 0;
  sam_store_register_set_frozen (model, TRUE);
  sam_store_register_set_frozen (model, FALSE);
  g_assert_cmpuint (changes.n, ==, 0);
}

static void
add_some_assignments (Fixture *fixture)
{
  g_autoptr(SamAssignment) a = add_assignment (fixture, fixture->night, "Boka lokal", SAM_OWNER_KIND_MUNICIPALITY,
                                               id_of (fixture->lund), NULL, SAM_ASSIGNMENT_STATUS_OPEN);
  g_autoptr(SamAssignment) b = add_assignment (fixture, fixture->night_a, "Sända svar", SAM_OWNER_KIND_ALL_MEMBERS,
                                               0, "2019-02-10", SAM_ASSIGNMENT_STATUS_OPEN);
  g_autoptr(SamAssignment) c = add_assignment (fixture, fixture->opening, "Sammanställa svar", SAM_OWNER_KIND_PERSON,
                                               id_of (fixture->britt), "2019-03-01", SAM_ASSIGNMENT_STATUS_OPEN);
  g_autoptr(SamAssignment) d = add_assignment (fixture, fixture->opening, "Presentera rapporten", SAM_OWNER_KIND_PERSON,
                                               id_of (fixture->gunnar), "2019-03-01", SAM_ASSIGNMENT_STATUS_DONE);
  g_autoptr(SamAssignment) e = add_assignment (fixture, fixture->summer, "Följa upp sökande", SAM_OWNER_KIND_BODY,
                                               id_of (fixture->directors), "2019-09-01", SAM_ASSIGNMENT_STATUS_OPEN);
  g_autoptr(SamAssignment) f = add_assignment (fixture, NULL, "Ställt in", SAM_OWNER_KIND_PERSON,
                                               id_of (fixture->karin), "2018-12-01", SAM_ASSIGNMENT_STATUS_CANCELLED);
}

static void
test_assignment_filters (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamAssignmentFilter filter = { "2019-03-15", -1, FALSE, 0, FALSE, 0 };
  char *titles;

  add_some_assignments (fixture);
  model = sam_store_list_assignment_register (fixture->db.store, &filter);

  /* By due date, those without one last. */
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Ställt in|Sända svar|Presentera rapporten|Sammanställa svar|"
                               "Följa upp sökande|Boka lokal");
  g_free (titles);

  /* Open. */
  filter.status = SAM_ASSIGNMENT_STATUS_OPEN;
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Sända svar|Sammanställa svar|Följa upp sökande|Boka lokal");
  g_free (titles);

  /* Overdue, measured against the day given. */
  filter.status = -1;
  filter.overdue = TRUE;
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Sända svar|Sammanställa svar");
  g_free (titles);
  filter.today = "2019-02-11";
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Sända svar");
  g_free (titles);

  /* Mine: Britt's own. */
  filter.overdue = FALSE;
  filter.person_id = id_of (fixture->britt);
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Sammanställa svar");
  g_free (titles);

  /* My municipality: hers, Lund's, Karin's (also Lund) and every member's. */
  filter.with_municipality = TRUE;
  filter.municipality_id = id_of (fixture->lund);
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  titles = assignment_titles (model);
  g_assert_cmpstr (titles, ==, "Ställt in|Sända svar|Sammanställa svar|Boka lokal");
  g_free (titles);

  /* Someone unknown owns nothing. */
  filter.with_municipality = FALSE;
  filter.person_id = -1;
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

/* The search finds an assignment by the start of a word of its title or
 * of its owner's name (a person, a body, a municipality), with the other
 * filters, and follows a renamed owner at once. */
static void
test_assignment_search (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamAssignmentFilter filter = { "2019-03-15", -1, FALSE, 0, FALSE, 0, NULL };
  struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "svar", "Sända svar|Sammanställa svar" },
    { "sanda", "Sända svar" },
    { "ställa", "" },
    /* The owner: a person, a body, a municipality. */
    { "britt", "Sammanställa svar" },
    { "bergstrom", "Presentera rapporten" },
    { "kommundirektors", "Följa upp sökande" },
    { "lund", "Boka lokal" },
    /* Every word: the owner and the title. */
    { "britt svar", "Sammanställa svar" },
    { "gunnar svar", "" },
    { "\"svar sända\"", "" },
  };

  add_some_assignments (fixture);
  model = sam_store_list_assignment_register (fixture->db.store, &filter);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *titles = NULL;
      g_autoptr(GError) error = NULL;

      filter.text = cases[i].text;
      g_assert_true (sam_store_filter_assignment_register (model, &filter, &error));
      g_assert_no_error (error);
      titles = assignment_titles (model);
      g_assert_cmpstr (titles, ==, cases[i].expected);
    }

  /* With another filter: only the open ones. */
  filter.text = "svar";
  filter.status = SAM_ASSIGNMENT_STATUS_OPEN;
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  {
    g_autofree char *titles = assignment_titles (model);

    g_assert_cmpstr (titles, ==, "Sända svar|Sammanställa svar");
  }

  /* The owner renamed: the search follows. */
  filter.status = -1;
  filter.text = "steiner";
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  sam_person_set_name (fixture->britt, "Britt Ek");
  g_assert_true (sam_store_update (fixture->db.store, fixture->britt, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* Nothing to look for: all of them. */
  filter.text = "  ";
  g_assert_true (sam_store_filter_assignment_register (model, &filter, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
}

static void
test_assignment_derived (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  SamAssignmentFilter filter = { "2019-03-15", -1, FALSE, 0, FALSE, 0 };
  const struct {
    const char *owner;
    gboolean    overdue;
    const char *number;
    const char *body;
  } expected[] = {
    { "Karin Ek", FALSE, "", "" },                             /* cancelled, no item */
    { "", TRUE, "2a", "Kommundirektörsgruppen" },              /* every member */
    { "Gunnar Bergström", FALSE, "1", "Kommundirektörsgruppen" }, /* done */
    { "Britt Steiner", TRUE, "1", "Kommundirektörsgruppen" },
    { "Kommundirektörsgruppen", FALSE, "1", "Kommundirektörsgruppen" },
    { "Lund", FALSE, "2", "Kommundirektörsgruppen" },          /* no due date */
  };

  add_some_assignments (fixture);
  model = sam_store_list_assignment_register (fixture->db.store, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (model, i);

      /* An empty text reads as none. */
      g_assert_cmpstr (sam_assignment_get_owner_name (assignment) ?: "", ==, expected[i].owner);
      g_assert_cmpint (sam_assignment_get_overdue (assignment), ==, expected[i].overdue);
      g_assert_cmpstr (sam_assignment_get_item_number (assignment) ?: "", ==, expected[i].number);
      g_assert_cmpstr (sam_assignment_get_body_name (assignment) ?: "", ==, expected[i].body);
      g_assert_cmpint (sam_assignment_get_meeting_id (assignment) > 0, ==, expected[i].body[0] != '\0');
    }

  /* A renamed owner shows in the list by itself. */
  sam_person_set_name (fixture->britt, "Britt Steiner-Ek");
  g_assert_true (sam_store_update (fixture->db.store, fixture->britt, NULL));
  {
    g_autoptr(SamAssignment) assignment = g_list_model_get_item (model, 3);

    g_assert_cmpstr (sam_assignment_get_owner_name (assignment), ==, "Britt Steiner-Ek");
  }
}

static void
test_year_marks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings_in_year (fixture->db.store, 2019);
  g_autoptr(GListModel) earlier = sam_store_list_meetings_in_year (fixture->db.store, 2018);
  g_autoptr(GListModel) assignments = NULL;
  g_autoptr(GArray) years = NULL;
  char *titles;

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (earlier), ==, 1);
  {
    g_autoptr(SamMeeting) first = g_list_model_get_item (meetings, 0);

    g_assert_cmpstr (sam_meeting_get_title (first), ==, "Januari");
    g_assert_cmpstr (sam_meeting_get_body_name (first), ==, "Kommundirektörsgruppen");
  }

  /* The deadlines of a year, cancelled ones left out. */
  add_some_assignments (fixture);
  assignments = sam_store_list_assignments_due_in_year (fixture->db.store, 2019);
  titles = assignment_titles (assignments);
  g_assert_cmpstr (titles, ==, "Sända svar|Presentera rapporten|Sammanställa svar|Följa upp sökande");
  g_free (titles);
  g_clear_object (&assignments);
  assignments = sam_store_list_assignments_due_in_year (fixture->db.store, 2018);
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 0);

  years = sam_store_list_meeting_years (fixture->db.store, NULL);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2019);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2018);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/registers/decisions/order-and-derived", test_decision_order_and_derived);
  ADD ("/registers/decisions/item-numbers-match-agenda", test_item_numbers_match_agenda);
  ADD ("/registers/decisions/filters", test_decision_filters);
  ADD ("/registers/decisions/search", test_decision_search);
  ADD ("/registers/decisions/search-escapes-like", test_search_escapes_like);
  ADD ("/registers/decisions/filter-change-is-minimal", test_filter_change_is_minimal);
  ADD ("/registers/decisions/narrowing-keeps-rows", test_narrowing_keeps_rows);
  ADD ("/registers/decisions/many-runs", test_many_runs);
  ADD ("/registers/decisions/frozen-catches-up", test_frozen_catches_up);
  ADD ("/registers/assignments/filters", test_assignment_filters);
  ADD ("/registers/assignments/search", test_assignment_search);
  ADD ("/registers/assignments/derived", test_assignment_derived);
  ADD ("/registers/year-marks", test_year_marks);
#undef ADD

  return g_test_run ();
}
