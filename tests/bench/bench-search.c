/* bench-search.c: the full-text search on the 20-year database (issue 14).
 *
 * Prints, never asserts: the migration that builds the index (on a copy
 * whose index is taken away again), the index's size beside the
 * database's, and the time of a query in the store (p50, p95) for words,
 * prefixes as typed, several words and phrases, beside a LIKE over the
 * folded texts of the agenda items alone (what a search without the index
 * does) in the same run.
 *
 * Usage: bench-search [--generate GENERATOR] DATABASE
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "bench-util.h"
#include "sam-store.h"
#include "sam-store-private.h"
#include "sam-store-search.h"

static const char * const queries[] = {
  "budget", "bud", "b", "möte", "mote", "kompetens", "kompetensf", "digital", "medlemsavgift 2019",
  "\"sista möte\"", "skurup", "gymnasie", "uppf", "trafik", "kommundirektör", "styrelsen beslutar",
  "arbetsgrupp", "energi", "sol", "infrastruktur", "MLR 2019", "Lund", "bilbao", "handlingsplan",
};

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, bench_compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint)(p * values->len)));
}

/* The schema's collation, for the connection that takes the index away
 * (the order does not matter there). */
static int
collate_bytes (void       *user_data,
               int         a_len,
               const void *a,
               int         b_len,
               const void *b)
{
  int c = memcmp (a, b, MIN (a_len, b_len));

  return c != 0 ? c : a_len - b_len;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64)st.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) like_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  const char *database;
  sqlite3 *db;
  gsize length;
  gint64 index_bytes = 0, blob_bytes = 0, t0;
  guint n_hits = 0;

  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    {
      if (!bench_ensure_database (argv[2], argv[3]))
        return 1;
      database = argv[3];
    }
  else if (argc == 2)
    database = argv[1];
  else
    {
      g_printerr ("Usage: bench-search [--generate GENERATOR] DATABASE\n");
      return 2;
    }

  /* The migration: a copy without the index, opened by the store. */
  dir = g_dir_make_tmp ("bench-search-XXXXXX", &error);
  g_assert_no_error (error);
  copy = g_build_filename (dir, "copy.db", NULL);
  if (!g_file_get_contents (database, &contents, &length, &error)
      || !g_file_set_contents (copy, contents, length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
  sqlite3_create_collation (db, "sam_name", SQLITE_UTF8, NULL, collate_bytes);
  {
    g_autoptr(GString) drop = g_string_new ("BEGIN;");
    sqlite3_stmt *stmt;

    sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search%'"
                            " OR name = 'attachment_text_reset'", -1, &stmt, NULL);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (drop, "DROP TRIGGER \"%s\";", sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    g_string_append (drop, "DROP TABLE search; DROP TABLE search_words; DROP TABLE attachment_text;"
                           " DROP TABLE attachment_extraction; PRAGMA user_version = 1; COMMIT; VACUUM;");
    if (sqlite3_exec (db, drop->str, NULL, NULL, NULL) != SQLITE_OK)
      g_printerr ("could not take the index away: %s\n", sqlite3_errmsg (db));
  }
  sqlite3_close (db);

  t0 = g_get_monotonic_time ();
  store = sam_store_open (copy, &error);
  g_assert_no_error (error);
  g_print ("migration 0002 (index every row): %.2f s\n", (g_get_monotonic_time () - t0) / 1e6);
  g_clear_object (&store);
  g_unlink (copy);
  g_rmdir (dir);

  store = sam_store_open (database, &error);
  g_assert_no_error (error);
  {
    SamDb *sdb = sam_store_get_db (store);
    sqlite3_stmt *stmt = sam_db_prepare (sdb, "SELECT coalesce (sum (pgsize), 0) FROM dbstat"
                                              " WHERE name LIKE 'search%'", NULL);

    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      index_bytes = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
    stmt = sam_db_prepare (sdb, "SELECT coalesce (sum (length (data)), 0) FROM attachment", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      blob_bytes = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
  }
  {
    gint64 total = file_size (database);
    gint64 without = total - index_bytes - blob_bytes;

    g_print ("database %.1f MiB, of which attachments' files %.1f MiB and the index %.1f MiB\n",
             total / 1048576.0, blob_bytes / 1048576.0, index_bytes / 1048576.0);
    g_print ("index / database: %.1f %%; index / database without the files and the index: %.1f %%\n",
             100.0 * index_bytes / total, 100.0 * index_bytes / MAX (without, 1));
  }

  /* Warm up, then every query 20 times. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    g_ptr_array_unref (sam_store_search (store, queries[i], NULL, 50, NULL));

  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr(GPtrArray) hits = NULL;
        double ms;

        t0 = g_get_monotonic_time ();
        hits = sam_store_search (store, queries[i], NULL, 50, &error);
        ms = (g_get_monotonic_time () - t0) / 1000.0;
        g_assert_no_error (error);
        g_array_append_val (times, ms);
        if (round == 0)
          {
            g_print ("  %-22s %3u hits %7.2f ms\n", queries[i], hits->len, ms);
            n_hits += hits->len;
          }
      }

  /* The baseline: LIKE over the folded texts of the agenda items only. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      SamDb *sdb = sam_store_get_db (store);
      sqlite3_stmt *stmt = sam_db_prepare (sdb,
        "SELECT id FROM agenda_item WHERE sam_fold (title || ' ' || coalesce (background, '') || ' '"
        " || coalesce (minutes_text, '') || ' ' || coalesce (remarks, '')) LIKE ?1 LIMIT 50", NULL);
      g_autofree char *pattern = sam_store_like_pattern (queries[i]);
      double ms;

      t0 = g_get_monotonic_time ();
      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_reset (stmt);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (like_times, ms);
    }

  g_print ("search, %u queries x 20 (limit 50, %u hits in the first round): p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
           (guint)G_N_ELEMENTS (queries), n_hits, percentile (times, 0.5), percentile (times, 0.95),
           percentile (times, 1.0));
  g_print ("baseline LIKE over agenda items only, same queries: p50 %.2f ms, p95 %.2f ms\n",
           percentile (like_times, 0.5), percentile (like_times, 0.95));

  return 0;
}
