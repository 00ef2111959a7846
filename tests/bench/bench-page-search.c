/* bench-page-search.c: the pages' search fields on the 20-year database
 * (issue 14, point 5): each query set on the list of Meetings, Decisions,
 * Assignments and People as a keystroke sets it, in the store only (no
 * widgets), with the statements it ran and the rows it found; printed,
 * never asserted.
 *
 *   bench-page-search [--generate SAM-GENERATE] DATABASE
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-page-search"

#include "config.h"

#include <time.h>

#include "bench-util.h"
#include "sam-store.h"

/* As typed: one letter, two, a syllable, a word, two words, a phrase, a
 * name; then cleared. */
static const char * const queries[] = {
  "s", "st", "sty", "styrelsen", "budget", "bud", "mote", "kompetens", "styrelsen budget",
  "\"sista möte\"", "Lund", "lu", "an", "",
};

typedef enum
{
  MEETINGS,
  DECISIONS,
  ASSIGNMENTS,
  PEOPLE,
  N_LISTS
} List;

static const char * const list_names[N_LISTS] = { "Meetings", "Decisions", "Assignments", "People" };

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static gboolean
set_query (List        list,
           GListModel *model,
           const char *text,
           GError    **error)
{
  switch (list)
    {
    case MEETINGS:
      return sam_store_meetings_view_set_filter (model, "2026-12-07", 0, text, error);
    case DECISIONS:
      {
        SamDecisionFilter filter = { 0, 0, -1, text };

        return sam_store_filter_decision_register (model, &filter, error);
      }
    case ASSIGNMENTS:
      {
        SamAssignmentFilter filter = { "2026-12-07", -1, FALSE, 0, FALSE, 0, text };

        return sam_store_filter_assignment_register (model, &filter, error);
      }
    case PEOPLE:
    case N_LISTS:
    default:
      return sam_store_names_view_set_text (model, text, error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autofree char *home = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;
  GListModel *models[N_LISTS];
  const char *database;
  SamAssignmentFilter all = { "2026-12-07", -1, FALSE, 0, FALSE, 0, NULL };

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
      g_printerr ("Usage: bench-page-search [--generate GENERATOR] DATABASE\n");
      return 2;
    }

  /* The store may migrate: it works on a copy. */
  home = bench_make_home ();
  copy_path = g_build_filename (home, "bench.db", NULL);
  source = g_file_new_for_path (database);
  copy = g_file_new_for_path (copy_path);
  if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    g_error ("could not copy %s: %s", database, error->message);
  store = sam_store_open (copy_path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  models[MEETINGS] = sam_store_list_meetings_view (store, "2026-12-07", 0, NULL);
  models[DECISIONS] = sam_store_list_decision_register (store, NULL);
  models[ASSIGNMENTS] = sam_store_list_assignment_register (store, &all);
  models[PEOPLE] = sam_store_list_people_view (store, NULL);

  g_print ("the pages' search fields on a copy of %s, in the store (median of 5, CPU of the thread)\n",
           database);
  for (guint l = 0; l < N_LISTS; l++)
    {
      g_print ("  %s (%u rows)\n", list_names[l], g_list_model_get_n_items (models[l]));
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
          guint64 statements = 0;
          guint n_rows = 0;

          for (guint round = 0; round < 5; round++)
            {
              guint64 before;
              double cpu0, ms;

              /* From the empty list, as the first keystroke after a clear. */
              if (!set_query (l, models[l], NULL, &error))
                g_error ("%s", error->message);
              before = sam_store_get_statement_count (store);
              cpu0 = thread_cpu_ms ();
              if (!set_query (l, models[l], queries[q], &error))
                g_error ("%s: %s", queries[q], error->message);
              ms = thread_cpu_ms () - cpu0;
              statements = sam_store_get_statement_count (store) - before;
              n_rows = g_list_model_get_n_items (models[l]);
              g_array_append_val (times, ms);
            }
          g_print ("    %-22s %6.2f ms %3" G_GUINT64_FORMAT " statements %6u rows\n",
                   queries[q][0] != '\0' ? queries[q] : "(cleared)", bench_median (times),
                   statements, n_rows);
        }
    }

  for (guint l = 0; l < N_LISTS; l++)
    g_object_unref (models[l]);
  g_clear_object (&store);
  bench_remove_tree (home);

  return 0;
}
