/* bench-exchange.c: the 20-year database exported and imported again into
 * an empty one, each step in a child process of its own so that its time
 * and peak RSS are its own. Prints the figures; fails only when the copy
 * differs (row counts, attachment bytes).
 *
 *   bench-exchange [--generate SAM-GENERATE] DATABASE
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <unistd.h>

#include "bench-util.h"
#include "sam-exchange.h"
#include "sam-store-private.h"

typedef struct
{
  double wall;
  double cpu;
  long   peak_kib;
} Figures;

static int
do_export (const char *database,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = sam_store_open (database, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (store == NULL || !sam_exchange_export_file (store, NULL, file, NULL, &error))
    {
      g_printerr ("export: %s\n", error->message);
      return 1;
    }

  return 0;
}

static int
do_import (const char *database,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = sam_store_open (database, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SamExchangeSummary) summary = NULL;

  if (store != NULL)
    summary = sam_exchange_import_file (store, file, NULL, NULL, NULL, &error);
  if (summary == NULL)
    {
      g_printerr ("import: %s\n", error->message);
      return 1;
    }

  return 0;
}

/* Runs @step in a child and measures it. */
static gboolean
run_child (int       (*step) (const char *, const char *),
           const char *database,
           const char *path,
           Figures    *figures)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  pid_t pid;

  fflush (NULL);
  pid = fork ();
  if (pid == 0)
    _exit (step (database, path));

  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;

  figures->wall = (double)(g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  figures->cpu = bench_timeval_seconds (&usage.ru_utime) + bench_timeval_seconds (&usage.ru_stime);
  figures->peak_kib = usage.ru_maxrss;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* One checksum over every attachment's uuid and bytes, in uuid order. */
static char *
attachments_checksum (SamStore *store,
                      guint    *n)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  SamDb *db = sam_store_get_db (store);
  sqlite3_stmt *stmt = sam_db_prepare (db, "SELECT uuid, data FROM attachment ORDER BY uuid", NULL);

  *n = 0;
  while (stmt != NULL && sam_db_step (db, stmt, NULL) == SQLITE_ROW)
    {
      g_checksum_update (checksum, sqlite3_column_text (stmt, 0), -1);
      g_checksum_update (checksum, sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
      (*n)++;
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return g_strdup (g_checksum_get_string (checksum));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(SamStore) a = NULL;
  g_autoptr(SamStore) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sum_a = NULL;
  g_autofree char *sum_b = NULL;
  const char *generator = NULL;
  const char *database;
  const GType *types;
  Figures exported = { 0 }, imported = { 0 };
  GStatBuf st;
  guint n_types, n_a, n_b;
  gboolean same = TRUE;

  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    generator = argv[2];
  else if (argc != 2)
    {
      g_printerr ("usage: bench-exchange [--generate SAM-GENERATE] DATABASE\n");
      return 2;
    }
  database = argv[argc - 1];

  if (!bench_ensure_database (generator, database))
    return 1;

  dir = g_dir_make_tmp ("bench-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  xml = g_build_filename (dir, "export.xml", NULL);
  copy = g_build_filename (dir, "copy.db", NULL);

  if (!run_child (do_export, database, xml, &exported)
      || !run_child (do_import, copy, xml, &imported))
    {
      g_printerr ("the round trip failed\n");
      return 1;
    }

  g_stat (xml, &st);
  g_print ("export: %.1f s wall, %.1f s CPU, %.0f MiB peak RSS, file %.0f MB\n",
           exported.wall, exported.cpu, exported.peak_kib / 1024.0, st.st_size / 1e6);
  g_print ("import into an empty database: %.1f s wall, %.1f s CPU, %.0f MiB peak RSS\n",
           imported.wall, imported.cpu, imported.peak_kib / 1024.0);
  g_print ("before (issue 17): the 406 MB export refused by the importer's 256 MiB limit; "
           "532 MiB peak RSS for the export\n");

  a = sam_store_open (database, &error);
  g_assert_no_error (error);
  b = sam_store_open (copy, &error);
  g_assert_no_error (error);

  types = sam_store_get_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      gint64 na = sam_store_count (a, types[i]);
      gint64 nb = sam_store_count (b, types[i]);

      g_print ("  %-20s %8" G_GINT64_FORMAT " %8" G_GINT64_FORMAT "%s\n",
               g_type_name (types[i]) + 3, na, nb, na == nb ? "" : "  DIFFERENT");
      same = same && na == nb;
    }

  sum_a = attachments_checksum (a, &n_a);
  sum_b = attachments_checksum (b, &n_b);
  g_print ("attachments: %u and %u, checksums %s\n", n_a, n_b,
           g_str_equal (sum_a, sum_b) ? "equal" : "DIFFERENT");
  same = same && g_str_equal (sum_a, sum_b);

  g_clear_object (&b);
  bench_remove_tree (dir);

  return same ? 0 : 1;
}
