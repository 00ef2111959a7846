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
#include <time.h>

#include <sqlite3.h>

#include "bench-util.h"
#include "sam-store.h"
#include "sam-store-private.h"
#include "sam-store-extract.h"
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

/* The machine is shared: the thread's CPU time says what the query costs
 * when the wall clock also counts waiting for a core. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) like_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  const char *database;
  gsize length;
  gint64 index_bytes = 0, blob_bytes = 0, total_bytes = 0, t0;
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

  /* The migration: on a copy, the index and its triggers are taken away
   * and the migrations' SQL (0002-search.sql, 0009-search-words.sql) runs again, as the store runs
   * it, in one transaction. Only that is timed: the other migrations and
   * the backup the store makes before migrating are not the index's. */
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

  store = sam_store_open (copy, &error);
  g_assert_no_error (error);
  {
    SamDb *sdb = sam_store_get_db (store);
    g_autoptr(GString) drop = g_string_new (NULL);
    const char *steps[] = { "0002-search.sql", "0009-search-words.sql" };
    sqlite3_stmt *stmt;
    stmt = sam_db_prepare (sdb, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search%'"
                                " OR name = 'attachment_text_reset'", &error);
    g_assert_no_error (error);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (drop, "DROP TRIGGER \"%s\";", sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
    g_string_append (drop, "DROP TABLE search; DROP TABLE search_words; DROP TABLE attachment_text;"
                           " DROP TABLE attachment_extraction;");
    if (!sam_db_exec (sdb, drop->str, &error))
      g_error ("could not take the index away: %s", error->message);

    t0 = g_get_monotonic_time ();
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        g_autofree char *path = g_build_path ("/", "/io/github/samverkan/Samverkan/core/migrations", steps[i], NULL);
        g_autoptr(GBytes) sql = g_resources_lookup_data (path, 0, &error);
        g_autofree char *text = NULL;
        gint64 t1 = g_get_monotonic_time ();

        g_assert_no_error (error);
        text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
        if (!sam_db_begin (sdb, &error) || !sam_db_exec (sdb, text, &error) || !sam_db_commit (sdb, &error))
          g_error ("the migration %s failed: %s", steps[i], error->message);
        g_print ("migration %s: %.2f s\n", steps[i], (g_get_monotonic_time () - t1) / 1e6);
      }
    g_print ("the index's migrations (every row, no attachment text yet): %.2f s\n",
             (g_get_monotonic_time () - t0) / 1e6);

    /* The index's size without any attachment text, on the copy. */
    stmt = sam_db_prepare (sdb, "SELECT coalesce (sum (pgsize), 0) FROM dbstat WHERE name LIKE 'search%'", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      index_bytes = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
    stmt = sam_db_prepare (sdb, "SELECT coalesce (sum (length (data)), 0) FROM attachment", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      blob_bytes = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
    stmt = sam_db_prepare (sdb, "SELECT coalesce (sum (pgsize), 0) FROM dbstat", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      total_bytes = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
  }
  {
    gint64 rest = total_bytes - index_bytes;
    gint64 without = rest - blob_bytes;

    g_print ("database %.1f MiB without the index (attachments' files %.1f MiB); index %.1f MiB "
             "without attachment text\n",
             rest / 1048576.0, blob_bytes / 1048576.0, index_bytes / 1048576.0);
    g_print ("index / database: %.1f %%; index / database without the attachments' files: %.1f %%\n",
             100.0 * index_bytes / MAX (rest, 1), 100.0 * index_bytes / MAX (without, 1));
  }
  /* The attachments' text, read as the background pass reads it (poppler
   * here in the calling thread): a sample, and the rate. */
  {
    SamDb *sdb = sam_store_get_db (store);
    gint64 to_read = sam_store_count_attachments_to_read (store, NULL);
    double cpu0 = thread_cpu_ms ();
    guint n_read = 0;
    gint64 n_pages = 0;
    sqlite3_stmt *stmt;
    double seconds;

    t0 = g_get_monotonic_time ();
    if (!sam_store_read_attachment_texts (store, 100, NULL, &n_read, &error))
      g_error ("reading the attachments failed: %s", error->message);
    seconds = (g_get_monotonic_time () - t0) / 1e6;
    stmt = sam_db_prepare (sdb, "SELECT count (*) FROM attachment_text", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      n_pages = sqlite3_column_int64 (stmt, 0);
    if (stmt != NULL)
      sqlite3_reset (stmt);
    g_print ("attachments' text: %u of %" G_GINT64_FORMAT " attachments (%" G_GINT64_FORMAT " pages) in %.2f s"
             " (CPU %.2f s): %.1f attachments/s, %.1f pages/s; all of them would take about %.0f s"
             " in the background\n",
             n_read, to_read, n_pages, seconds, (thread_cpu_ms () - cpu0) / 1e3, n_read / MAX (seconds, 1e-6),
             n_pages / MAX (seconds, 1e-6), to_read * seconds / MAX (n_read, 1));
  }
  g_clear_object (&store);
  g_unlink (copy);
  {
    g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
    g_autofree char *shm = g_strconcat (copy, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  store = sam_store_open (database, &error);
  g_assert_no_error (error);

  /* Warm up, then every query 20 times. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    g_ptr_array_unref (sam_store_search (store, queries[i], NULL, 50, NULL));

  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr(GPtrArray) hits = NULL;
        double ms;

        double cpu0 = thread_cpu_ms (), cpu;

        t0 = g_get_monotonic_time ();
        hits = sam_store_search (store, queries[i], NULL, 50, &error);
        ms = (g_get_monotonic_time () - t0) / 1000.0;
        cpu = thread_cpu_ms () - cpu0;
        g_assert_no_error (error);
        g_array_append_val (times, ms);
        g_array_append_val (cpu_times, cpu);
        if (round == 0)
          {
            g_print ("  %-22s %3u hits %7.2f ms (CPU %.2f ms)\n", queries[i], hits->len, ms, cpu);
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
  g_print ("search, CPU time of the same: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
           percentile (cpu_times, 0.5), percentile (cpu_times, 0.95), percentile (cpu_times, 1.0));
  g_print ("baseline LIKE over agenda items only, same queries: p50 %.2f ms, p95 %.2f ms\n",
           percentile (like_times, 0.5), percentile (like_times, 0.95));

  return 0;
}
