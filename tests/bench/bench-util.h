/* bench-util.h: what the benchmark programs share.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

/* Runs `GENERATOR --reuse -o DATABASE` so that a benchmark works on the
 * 20-year database, made once and kept while the generator is the same. */
static inline gboolean
bench_ensure_database (const char *generator,
                       const char *database)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { generator, "--reuse", "-o", database, NULL };
  int status = 0;

  if (generator == NULL)
    return g_file_test (database, G_FILE_TEST_EXISTS);

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("could not generate %s: %s\n", database, error->message);
      return FALSE;
    }

  return TRUE;
}

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static inline double
bench_median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;

  if (values->len == 0)
    return 0;

  sorted = g_array_copy (values);
  g_array_sort (sorted, bench_compare_doubles);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);

  return (g_array_index (sorted, double, sorted->len / 2 - 1)
          + g_array_index (sorted, double, sorted->len / 2)) / 2;
}

static inline double
bench_timeval_seconds (const struct timeval *tv)
{
  return tv->tv_sec + tv->tv_usec / 1e6;
}

/* The current resident set of this process, in KiB. */
static inline long
bench_current_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  if (line == NULL)
    return -1;

  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

/* A fresh HOME with its XDG folders, so that nothing the benchmark runs
 * writes to the real caches or settings. */
static inline char *
bench_make_home (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("samverkan-bench-XXXXXX", &error);
  const char *subdirs[] = { ".config", ".local/share", ".cache", ".local/state", "runtime" };

  if (home == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, subdirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
    }

  return home;
}

static inline void
bench_remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        bench_remove_tree (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

/* Points this process's HOME and XDG folders into @home. */
static inline void
bench_use_home (const char *home)
{
  const struct { const char *variable; const char *subdir; } dirs[] = {
    { "HOME", "" },
    { "XDG_CONFIG_HOME", ".config" },
    { "XDG_DATA_HOME", ".local/share" },
    { "XDG_CACHE_HOME", ".cache" },
    { "XDG_STATE_HOME", ".local/state" },
    { "XDG_RUNTIME_DIR", "runtime" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (home, dirs[i].subdir, NULL);

      g_setenv (dirs[i].variable, path, TRUE);
    }
}
