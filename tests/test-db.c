/* test-db.c: the checked statement wrapper, and loading a list's rows in
 * batches.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sam-db.h"
#include "sam-store-private.h"
#include "sam-test-util.h"

/* A value bound to a placeholder the statement does not have is an error
 * the step reports, before anything runs: nothing is written. */
static void
test_db_bind_out_of_range (SamTestDb     *fixture,
                           gconstpointer  data)
{
  SamDb *db = sam_store_get_db (fixture->store);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  g_assert_true (sam_db_exec (db, "CREATE TEMP TABLE t (a TEXT NOT NULL, b INTEGER)", &error));
  g_assert_no_error (error);

  g_assert_true (sam_statement_prepare (&statement, db, "INSERT INTO t (a, b) VALUES (?, ?)", &error));
  sam_statement_bind_text (&statement, 1, "kept");
  sam_statement_bind_int64 (&statement, 3, 42);
  sam_statement_bind_int64 (&statement, 2, 7);
  g_assert_false (sam_statement_run (&statement, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "value 3"));
  g_clear_error (&error);

  g_assert_true (sam_statement_prepare (&statement, db, "SELECT count(*) FROM t", &error));
  g_assert_true (sam_statement_query_int64 (&statement, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, 0);
}

/* A step that breaks a constraint is a constraint error, and the statement
 * is ready for the next use; a NULL text binds NULL. */
static void
test_db_step_error (SamTestDb     *fixture,
                    gconstpointer  data)
{
  SamDb *db = sam_store_get_db (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  g_assert_true (sam_db_exec (db, "CREATE TEMP TABLE t (a TEXT NOT NULL)", &error));

  {
    g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

    g_assert_true (sam_statement_prepare (&statement, db, "INSERT INTO t (a) VALUES (?)", &error));
    sam_statement_bind_text (&statement, 1, NULL);
    g_assert_false (sam_statement_run (&statement, &error));
    g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }

  {
    g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

    g_assert_true (sam_statement_prepare (&statement, db, "INSERT INTO t (a) VALUES (?)", &error));
    sam_statement_bind_text (&statement, 1, "Malmö");
    g_assert_true (sam_statement_run (&statement, &error));
    g_assert_no_error (error);
  }

  {
    g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

    g_assert_true (sam_statement_prepare (&statement, db, "SELECT a FROM t", &error));
    g_assert_cmpint (sam_statement_step (&statement, &error), ==, SQLITE_ROW);
    g_assert_cmpstr (sam_statement_column_text (&statement, 0), ==, "Malmö");
    g_assert_cmpint (sam_statement_step (&statement, &error), ==, SQLITE_DONE);
  }

  /* The wrapper went out of scope reset: the table can be dropped. */
  g_assert_true (sam_db_exec (db, "DROP TABLE t", &error));
  g_assert_no_error (error);

  {
    g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

    /* A statement that does not prepare reports why, and so do its binds
     * and its step. */
    g_assert_false (sam_statement_prepare (&statement, db, "SELECT a FROM no_such_table", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    sam_statement_bind_int64 (&statement, 1, 1);
    g_assert_false (sam_statement_query_int64 (&statement, &count, &error));
    g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
  }
}

/* A value too large for the connection's limit is refused at the bind,
 * with a message that says so. */
static void
test_db_too_big (SamTestDb     *fixture,
                 gconstpointer  data)
{
  SamDb *db = sam_store_get_db (fixture->store);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (2000, 'x');
  int old = sqlite3_limit (sam_db_get_handle (db), SQLITE_LIMIT_LENGTH, 1000);

  g_assert_true (sam_db_exec (db, "CREATE TEMP TABLE t (a TEXT)", &error));
  g_assert_true (sam_statement_prepare (&statement, db, "INSERT INTO t (a) VALUES (?)", &error));
  sam_statement_bind_text (&statement, 1, text);
  g_assert_false (sam_statement_run (&statement, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "too large"));

  sqlite3_limit (sam_db_get_handle (db), SQLITE_LIMIT_LENGTH, old);
}

/* A list's rows are loaded a screenful per statement, and the objects
 * are the store's live ones. */
static void
test_db_list_in_batches (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(GListModel) meetings = NULL;
  guint64 before;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *starts = g_strdup_printf ("2019-%02u-%02uT09:00", 1 + i / 28, 1 + i % 28);
      g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, starts, "Möte");
    }

  meetings = sam_store_list_meetings (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 40);

  before = sam_store_get_statement_count (fixture->store);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(SamMeeting) again = g_list_model_get_item (meetings, i);
      g_autoptr(SamMeeting) loaded = sam_store_load_plain (fixture->store, SAM_TYPE_MEETING,
                                                           sam_entity_get_id (SAM_ENTITY (meeting)),
                                                           NULL);

      g_assert_true (meeting == again);
      g_assert_true (meeting == loaded);
      g_assert_cmpstr (sam_meeting_get_title (meeting), ==, "Möte");
    }
  /* A statement for a screenful of rows, not one a row. */
  g_assert_cmpuint (sam_store_get_statement_count (fixture->store) - before, <=, 2);
}

/* A meeting's presenters are read in one statement for all its items, and
 * a change to them is seen at once. */
static void
test_db_presenters (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-15T09:00", "Möte");
  g_autoptr(SamMeeting) other = sam_test_add_meeting (fixture->store, body, "2019-04-15T09:00", "Möte");
  g_autoptr(SamPerson) anna = sam_person_new ();
  g_autoptr(SamPerson) bo = sam_person_new ();
  g_autoptr(SamAgendaItem) elsewhere = sam_test_add_item (fixture->store, other, NULL, "Annat", 10);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 person_ids[2];
  guint64 before;

  sam_person_set_name (anna, "Anna Andersson");
  g_assert_true (sam_store_insert (fixture->store, anna, &error));
  sam_person_set_name (bo, "Bo Berg");
  g_assert_true (sam_store_insert (fixture->store, bo, &error));
  person_ids[0] = sam_entity_get_id (SAM_ENTITY (bo));
  person_ids[1] = sam_entity_get_id (SAM_ENTITY (anna));

  for (guint i = 0; i < 10; i++)
    {
      SamAgendaItem *item = sam_test_add_item (fixture->store, meeting, NULL, "Punkt", 10);

      g_ptr_array_add (items, item);
      g_assert_true (sam_store_set_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (item)),
                                                  person_ids, i % 3, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sam_store_set_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (elsewhere)),
                                              person_ids + 1, 1, &error));

  before = sam_store_get_statement_count (fixture->store);
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GArray) got = sam_store_get_presenter_ids (fixture->store,
                                                          sam_entity_get_id (SAM_ENTITY (items->pdata[i])));

      g_assert_cmpuint (got->len, ==, i % 3);
      for (guint k = 0; k < got->len; k++)
        g_assert_cmpint (g_array_index (got, gint64, k), ==, person_ids[k]);
    }
  g_assert_cmpuint (sam_store_get_statement_count (fixture->store) - before, ==, 1);

  /* The other meeting's item has its own presenter. */
  ids = sam_store_get_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (elsewhere)));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, person_ids[1]);
  g_clear_pointer (&ids, g_array_unref);

  /* A change is seen at once. */
  g_assert_true (sam_store_set_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (items->pdata[0])),
                                              person_ids + 1, 1, &error));
  ids = sam_store_get_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (items->pdata[0])));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, person_ids[1]);
  g_clear_pointer (&ids, g_array_unref);

  /* And so is a deleted presenter. */
  g_assert_true (sam_store_delete (fixture->store, anna, &error));
  g_assert_no_error (error);
  ids = sam_store_get_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (items->pdata[0])));
  g_assert_cmpuint (ids->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/db/bind-out-of-range", test_db_bind_out_of_range);
  ADD ("/db/step-error", test_db_step_error);
  ADD ("/db/too-big", test_db_too_big);
  ADD ("/db/list-in-batches", test_db_list_in_batches);
  ADD ("/db/presenters", test_db_presenters);
#undef ADD

  return g_test_run ();
}
