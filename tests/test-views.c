/* test-views.c: the pages' lists filtered, ordered and grouped in SQL
 * (sam-store-views.c).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-views"

#include "config.h"

#include "sam-test-util.h"

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ChangeCount;

static void
items_changed_cb (GListModel  *model,
                  guint        position,
                  guint        removed,
                  guint        added,
                  ChangeCount *count)
{
  count->n_signals++;
  count->position = position;
  count->removed = removed;
  count->added = added;
}

/* The titles of a list of meetings, joined by "|", each prefixed with
 * "[group]" where a group begins and suffixed with "." where it ends. */
static char *
describe_meetings (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (text, '|');
      if (sam_meeting_get_list_group_first (meeting))
        g_string_append_printf (text, "[%s]", sam_meeting_get_list_group (meeting));
      g_string_append (text, sam_meeting_get_title (meeting));
      if (sam_meeting_get_list_group_last (meeting))
        g_string_append_c (text, '.');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_names (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (text, '|');
      if (SAM_IS_PERSON (entity))
        g_string_append (text, sam_person_get_name (SAM_PERSON (entity)));
      else
        g_string_append (text, sam_municipality_get_name (SAM_MUNICIPALITY (entity)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_meeting (SamStore   *store,
             SamMeeting *meeting,
             const char *theme,
             const char *location)
{
  g_autoptr(GError) error = NULL;

  sam_meeting_set_theme (meeting, theme);
  sam_meeting_set_location (meeting, location);
  g_assert_true (sam_store_update (store, meeting, &error));
  g_assert_no_error (error);
}

#define ASSERT_MEETINGS(model, expected) \
  G_STMT_START { \
    g_autofree char *described = describe_meetings (model); \
    g_assert_cmpstr (described, ==, expected); \
  } G_STMT_END

#define ASSERT_NAMES(model, expected) \
  G_STMT_START { \
    g_autofree char *described = describe_names (model); \
    g_assert_cmpstr (described, ==, expected); \
  } G_STMT_END

/* Upcoming first (soonest first), then undated, then the past by year
 * (newest first), each group marked where it begins and ends; today moves
 * the line between upcoming and past. */
static void
test_meetings_order_and_groups (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamMeeting) m3 = NULL;
  g_autoptr(SamMeeting) m4 = NULL;
  g_autoptr(SamMeeting) m5 = NULL;
  g_autoptr(SamMeeting) m6 = NULL;
  g_autoptr(SamMeeting) m7 = NULL;
  g_autoptr(GListModel) view = NULL;
  g_autoptr(GError) error = NULL;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  m1 = sam_test_add_meeting (db.store, body, "2018-03-08T15:00", "March 2018");
  m2 = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "January 2019");
  m3 = sam_test_add_meeting (db.store, body, "2020-05-04T10:00", "May 2020");
  m4 = sam_test_add_meeting (db.store, body, "2019-09-05T09:00", "September 2019");
  m5 = sam_test_add_meeting (db.store, body, "2020-02-10", "February 2020");
  m6 = sam_test_add_meeting (db.store, body, "TBD", "Some day");
  m7 = sam_test_add_meeting (db.store, body, "2020-02-01T09:00", "Today");

  view = sam_store_list_meetings_view (db.store, "2020-02-01", 0, NULL);
  ASSERT_MEETINGS (view, "[upcoming]Today|February 2020|May 2020.|[undated]Some day.|"
                         "[2019]September 2019|January 2019.|[2018]March 2018.");

  /* The next day, the first meeting is past: a group of its own year. */
  g_assert_true (sam_store_meetings_view_set_filter (view, "2020-02-02", 0, NULL, &error));
  g_assert_no_error (error);
  ASSERT_MEETINGS (view, "[upcoming]February 2020|May 2020.|[undated]Some day.|"
                         "[2020]Today.|[2019]September 2019|January 2019.|[2018]March 2018.");

  /* Live: a new meeting finds its place and moves the group's end. */
  g_object_unref (sam_test_add_meeting (db.store, body, "2017-06-01T09:00", "June 2017"));
  g_object_unref (sam_test_add_meeting (db.store, body, "2018-12-01T09:00", "December 2018"));
  ASSERT_MEETINGS (view, "[upcoming]February 2020|May 2020.|[undated]Some day.|"
                         "[2020]Today.|[2019]September 2019|January 2019.|"
                         "[2018]December 2018|March 2018.|[2017]June 2017.");

  sam_test_db_teardown (&db, NULL);
}

/* The body filter and the search, through the index as the global search
 * takes a query: words from their start, case and diacritics aside, in
 * the meeting's title, theme or place, its body's name and its agenda
 * items' and decisions' texts; every word present, a phrase in order, the
 * index's syntax taken as text. */
static void
test_meetings_filter (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) board = NULL;
  g_autoptr(SamBody) network = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamMeeting) m3 = NULL;
  g_autoptr(SamMeeting) m4 = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(GListModel) view = NULL;
  g_autoptr(GError) error = NULL;
  gint64 board_id;
  gint64 network_id;

  sam_test_db_setup (&db, NULL);
  board = sam_test_add_body (db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  network = sam_test_add_body (db.store, "HR-nätverket", SAM_BODY_KIND_NETWORK);
  board_id = sam_entity_get_id (SAM_ENTITY (board));
  network_id = sam_entity_get_id (SAM_ENTITY (network));
  m1 = sam_test_add_meeting (db.store, board, "2019-04-17T13:00", "Styrelsemöte");
  m2 = sam_test_add_meeting (db.store, network, "2019-03-01T09:00", "Nätverksträff");
  m3 = sam_test_add_meeting (db.store, network, "2019-05-01T09:00", "Budget 100%");
  m4 = sam_test_add_meeting (db.store, board, "2019-06-01T09:00", "Budget 1000");
  set_meeting (db.store, m2, "Digital välfärd", "Malmö stadshus");
  set_meeting (db.store, m4, "snake_case", NULL);
  item = sam_test_add_item (db.store, m1, NULL, "Rapporter", 10);
  sam_agenda_item_set_minutes_text (item, "Sekretariatet presenterade DUA-rapporten.");
  g_assert_true (sam_store_update (db.store, item, &error));
  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (item)));
  sam_decision_set_text (decision, "Rapporten läggs till handlingarna.");
  g_assert_true (sam_store_insert (db.store, decision, &error));
  g_assert_no_error (error);

  view = sam_store_list_meetings_view (db.store, "2030-01-01", 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (view), ==, 4);

  /* A word from its start, case and diacritics aside: "styrelsemote" and
   * "STYR" find "Styrelsemöte"; "mote", inside the word, does not. */
  g_assert_true (sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "styrelsemote", &error));
  g_assert_no_error (error);
  ASSERT_MEETINGS (view, "[2019]Styrelsemöte.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "STYR", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000|Styrelsemöte.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "mote", NULL);
  ASSERT_MEETINGS (view, "");
  /* The theme, the place, the body's name. */
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "valfard", NULL);
  ASSERT_MEETINGS (view, "[2019]Nätverksträff.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "stadshus", NULL);
  ASSERT_MEETINGS (view, "[2019]Nätverksträff.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "hr-nat", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 100%|Nätverksträff.");
  /* An agenda item's minutes and its decision find their meeting. */
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "dua", NULL);
  ASSERT_MEETINGS (view, "[2019]Styrelsemöte.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "handlingarna", NULL);
  ASSERT_MEETINGS (view, "[2019]Styrelsemöte.");

  /* Every word, each where it is: the body's name and the title. */
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "styrelsen budget", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "budget malmö", NULL);
  ASSERT_MEETINGS (view, "");
  /* A phrase in its order only. */
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "\"budget 100\"", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 100%.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "\"100 budget\"", NULL);
  ASSERT_MEETINGS (view, "");

  /* The index's syntax and LIKE's wildcards are text, never an error;
   * the last word is a prefix ("100" is the start of "1000"). */
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "100%", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000|Budget 100%.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "snake_case", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000.");
  g_assert_true (sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "budget* NEAR (\"1000",
                                                     &error));
  g_assert_no_error (error);
  ASSERT_MEETINGS (view, "");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "-budget 1000", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000.");
  g_assert_true (sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "\" * ( ) - %", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (view), ==, 4);

  /* One body; one body and a text. */
  sam_store_meetings_view_set_filter (view, "2030-01-01", network_id, NULL, NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 100%|Nätverksträff.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", board_id, "budget", NULL);
  ASSERT_MEETINGS (view, "[2019]Budget 1000.");
  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "  ", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (view), ==, 4);

  sam_test_db_teardown (&db, NULL);
}

/* While a search is shown, an edit changes what it finds at once: a new
 * title, an agenda item's new minutes, a deleted item. */
static void
test_meetings_search_live (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) board = NULL;
  g_autoptr(SamMeeting) m1 = NULL;
  g_autoptr(SamMeeting) m2 = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(GListModel) view = NULL;
  g_autoptr(GError) error = NULL;

  sam_test_db_setup (&db, NULL);
  board = sam_test_add_body (db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  m1 = sam_test_add_meeting (db.store, board, "2019-04-17T13:00", "Vårmöte");
  m2 = sam_test_add_meeting (db.store, board, "2019-10-17T13:00", "Höstmöte");
  item = sam_test_add_item (db.store, m2, NULL, "Rapporter", 10);

  view = sam_store_list_meetings_view (db.store, "2030-01-01", 0, "kompetens");
  ASSERT_MEETINGS (view, "");

  sam_meeting_set_title (m1, "Kompetensförsörjning");
  g_assert_true (sam_store_update (db.store, m1, &error));
  ASSERT_MEETINGS (view, "[2019]Kompetensförsörjning.");

  sam_agenda_item_set_minutes_text (item, "Kompetens i fokus.");
  g_assert_true (sam_store_update (db.store, item, &error));
  g_assert_no_error (error);
  ASSERT_MEETINGS (view, "[2019]Höstmöte|Kompetensförsörjning.");

  g_assert_true (sam_store_delete (db.store, item, &error));
  g_assert_no_error (error);
  ASSERT_MEETINGS (view, "[2019]Kompetensförsörjning.");

  sam_test_db_teardown (&db, NULL);
}

/* A narrower search takes rows away with one items-changed, and the rows
 * that stay are not announced again. */
static void
test_meetings_refilter_signals (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GListModel) view = NULL;
  ChangeCount count = { 0 };

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_object_unref (sam_test_add_meeting (db.store, body, "2019-01-01T09:00", "Alpha"));
  g_object_unref (sam_test_add_meeting (db.store, body, "2019-02-01T09:00", "Beta"));
  g_object_unref (sam_test_add_meeting (db.store, body, "2019-03-01T09:00", "Gamma"));

  view = sam_store_list_meetings_view (db.store, "2030-01-01", 0, NULL);
  g_signal_connect (view, "items-changed", G_CALLBACK (items_changed_cb), &count);
  ASSERT_MEETINGS (view, "[2019]Gamma|Beta|Alpha.");

  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "", NULL);
  g_assert_cmpuint (count.n_signals, ==, 0);

  sam_store_meetings_view_set_filter (view, "2030-01-01", 0, "al", NULL);
  g_assert_cmpuint (count.n_signals, ==, 1);
  /* Alpha is now also the first of its group: it changes too. */
  g_assert_cmpuint (count.position, ==, 0);
  g_assert_cmpuint (count.removed, ==, 3);
  g_assert_cmpuint (count.added, ==, 1);
  ASSERT_MEETINGS (view, "[2019]Alpha.");

  sam_test_db_teardown (&db, NULL);
}

/* A person is found by the start of any part of the name (first name,
 * last name, after a hyphen), of the municipality's name or of the
 * organisation's, never by the middle of a word. */
static void
test_people_prefix (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamMunicipality) lund = sam_municipality_new ();
  g_autoptr(SamMunicipality) malmo = sam_municipality_new ();
  g_autoptr(GListModel) view = NULL;
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Anna Björklund", "Bo Lund", "Carin Svensson-Lundgren", "Dan Åkesson",
                          "Eva Berg", "Lars 50% Rabatt" };

  sam_test_db_setup (&db, NULL);
  sam_municipality_set_name (lund, "Lund");
  g_assert_true (sam_store_insert (db.store, lund, &error));
  sam_municipality_set_name (malmo, "Malmö");
  sam_municipality_set_short_name (malmo, "MLM");
  g_assert_true (sam_store_insert (db.store, malmo, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SamPerson) person = sam_person_new ();

      sam_person_set_name (person, names[i]);
      if (i == 4)
        sam_person_set_municipality_id (person, sam_entity_get_id (SAM_ENTITY (malmo)));
      if (i == 3)
        sam_person_set_organization (person, "Region Skåne");
      g_assert_true (sam_store_insert (db.store, person, &error));
      g_assert_no_error (error);
    }

  view = sam_store_list_people_view (db.store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (view), ==, G_N_ELEMENTS (names));

  /* "Lund" finds Bo Lund and Svensson-Lundgren, not Björklund. */
  g_assert_true (sam_store_names_view_set_text (view, "Lund", &error));
  g_assert_no_error (error);
  ASSERT_NAMES (view, "Bo Lund|Carin Svensson-Lundgren");
  sam_store_names_view_set_text (view, "klund", NULL);
  ASSERT_NAMES (view, "");
  /* The first name; folded ("akes" finds "Åkesson"); the organisation. */
  sam_store_names_view_set_text (view, "ANN", NULL);
  ASSERT_NAMES (view, "Anna Björklund");
  sam_store_names_view_set_text (view, "akes", NULL);
  ASSERT_NAMES (view, "Dan Åkesson");
  sam_store_names_view_set_text (view, "skane", NULL);
  ASSERT_NAMES (view, "Dan Åkesson");
  /* The municipality, and its name on the row. */
  sam_store_names_view_set_text (view, "malmo", NULL);
  ASSERT_NAMES (view, "Eva Berg");
  {
    g_autoptr(SamPerson) eva = g_list_model_get_item (view, 0);

    g_assert_cmpstr (sam_person_get_municipality_name (eva), ==, "Malmö");
  }
  /* More than one part, and wildcards taken literally. */
  sam_store_names_view_set_text (view, "bo lu", NULL);
  ASSERT_NAMES (view, "Bo Lund");
  sam_store_names_view_set_text (view, "50%", NULL);
  ASSERT_NAMES (view, "Lars 50% Rabatt");
  sam_store_names_view_set_text (view, "5_", NULL);
  ASSERT_NAMES (view, "");
  /* Every word, in the name or the municipality. */
  sam_store_names_view_set_text (view, "eva malmö", NULL);
  ASSERT_NAMES (view, "Eva Berg");
  sam_store_names_view_set_text (view, "eva lund", NULL);
  ASSERT_NAMES (view, "");

  /* A new name changes the search at once. */
  sam_store_names_view_set_text (view, "lund", NULL);
  {
    g_autoptr(SamPerson) eva = g_list_model_get_item (view, 0);

    g_assert_cmpstr (sam_person_get_name (eva), ==, "Bo Lund");
  }
  {
    g_autoptr(SamPerson) eva = NULL;

    sam_store_names_view_set_text (view, "eva", NULL);
    eva = g_list_model_get_item (view, 0);
    sam_store_names_view_set_text (view, "lund", NULL);
    sam_person_set_name (eva, "Eva Lundberg");
    g_assert_true (sam_store_update (db.store, eva, &error));
    g_assert_no_error (error);
  }
  ASSERT_NAMES (view, "Bo Lund|Carin Svensson-Lundgren|Eva Lundberg");

  /* Municipalities: by the start of the name or the short name. */
  municipalities = sam_store_list_municipalities_view (db.store, "mlm");
  ASSERT_NAMES (municipalities, "Malmö");
  sam_store_names_view_set_text (municipalities, "und", NULL);
  ASSERT_NAMES (municipalities, "");
  sam_store_names_view_set_text (municipalities, "LUND", NULL);
  ASSERT_NAMES (municipalities, "Lund");
  sam_store_names_view_set_text (municipalities, NULL, NULL);
  ASSERT_NAMES (municipalities, "Lund|Malmö");

  sam_test_db_teardown (&db, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/meetings/order-and-groups", test_meetings_order_and_groups);
  g_test_add_func ("/views/meetings/filter", test_meetings_filter);
  g_test_add_func ("/views/meetings/search-live", test_meetings_search_live);
  g_test_add_func ("/views/meetings/refilter-signals", test_meetings_refilter_signals);
  g_test_add_func ("/views/people/prefix", test_people_prefix);

  return g_test_run ();
}
