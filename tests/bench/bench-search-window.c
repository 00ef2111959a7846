/* bench-search-window.c: typing in the search from anywhere on the 20-year
 * database; printed, never asserted.
 *
 *   bench-search-window [--generate SAM-GENERATE] DATABASE
 *
 * Types queries one character at a time into the search window (on a copy
 * of the database) and, for each keystroke, iterates the main loop until
 * the hits for that text are shown, timing every iteration: the longest
 * one is how long the main thread was blocked at most (a frame is 16 ms),
 * the sum what the main thread spent on the keystroke in all (CPU time of
 * the main thread, as the machine may be shared). Beside it,
 * the same query run on the main thread (sam_store_search()), which is
 * what the window would block for without the worker thread.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-search-window"

#include "config.h"

#include <time.h>

#include <adwaita.h>

#include "bench-util.h"
#include "sam-search-window.h"
#include "sam-store-search.h"
#include "sam-store.h"

static const char * const queries[] = {
  "kommundirektorsmote", "budget", "styrelsen beslutar", "\"sista möte\"",
};

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static double
max_of (GArray *values)
{
  double m = 0;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));

  return m;
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The longest frame (layout and paint, main-thread CPU time) since it was
 * last reset, to tell a frame from the work of the results. */
static double frame_start_ms;
static double frame_max_ms;

static void
before_layout_cb (GdkFrameClock *clock)
{
  frame_start_ms = thread_cpu_ms ();
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  if (frame_start_ms > 0)
    frame_max_ms = MAX (frame_max_ms, thread_cpu_ms () - frame_start_ms);
  frame_start_ms = 0;
}

/* One iteration, its main-thread CPU time: the machine may be shared, so
 * wall time would count the waits for a core. */
static double
iterate (gboolean *did)
{
  double start = thread_cpu_ms ();

  *did = g_main_context_iteration (NULL, FALSE);
  return thread_cpu_ms () - start;
}

int
main (int   argc,
      char *argv[])
{
  const char *generator = NULL;
  const char *database;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GArray) worst = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sync_times = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *parent;
  SamSearchWindow *search;
  GtkWidget *entry;
  g_autofree char *contents = NULL;
  gsize length;

  if (argc >= 3 && g_str_equal (argv[1], "--generate"))
    {
      generator = argv[2];
      argv += 2;
      argc -= 2;
    }
  if (argc != 2)
    {
      g_printerr ("usage: bench-search-window [--generate SAM-GENERATE] DATABASE\n");
      return 2;
    }
  database = argv[1];
  if (!bench_ensure_database (generator, database))
    return 1;

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("bench-search-window-XXXXXX", NULL);
  copy = g_build_filename (dir, "samverkan.db", NULL);
  if (!g_file_get_contents (database, &contents, &length, &error)
      || !g_file_set_contents (copy, contents, length, &error))
    {
      g_printerr ("could not copy %s: %s\n", database, error->message);
      return 1;
    }
  g_clear_pointer (&contents, g_free);

  store = sam_store_open (copy, &error);
  if (store == NULL)
    {
      g_printerr ("could not open %s: %s\n", copy, error->message);
      return 1;
    }

  parent = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (parent), 1280, 800);
  gtk_window_present (GTK_WINDOW (parent));
  search = sam_search_window_new (GTK_WINDOW (parent), store);
  sam_search_window_present (search);
  entry = find_type (GTK_WIDGET (search), GTK_TYPE_SEARCH_ENTRY);
  for (guint i = 0; i < 200; i++)
    g_main_context_iteration (NULL, FALSE);
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (search));

    g_signal_connect (clock, "before-paint", G_CALLBACK (before_layout_cb), NULL);
    g_signal_connect_after (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  }

  g_print ("%-24s %8s %10s %10s %8s %9s\n", "typed", "hits", "max ms", "main ms", "sync ms", "frame ms");
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const char *query = queries[q];
      guint n = g_utf8_strlen (query, -1);

      for (guint k = 1; k <= n; k++)
        {
          g_autofree char *typed = g_utf8_substring (query, 0, k);
          g_autoptr(GPtrArray) hits = NULL;
          double max_ms = 0, main_ms = 0, sync_ms;
          gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
          gboolean started = FALSE;

          frame_max_ms = 0;
          gtk_editable_set_text (GTK_EDITABLE (entry), typed);
          /* Until the query has started and its hits are shown. */
          while (g_get_monotonic_time () < deadline)
            {
              gboolean did;
              double ms = iterate (&did);

              if (did)
                {
                  max_ms = MAX (max_ms, ms);
                  main_ms += ms;
                }
              else
                g_usleep (500);
              started = started || sam_search_window_is_busy (search);
              if (started && !sam_search_window_is_busy (search))
                break;
            }
          /* And the frame that shows them. */
          for (guint i = 0; i < 20; i++)
            {
              gboolean did;
              double ms = iterate (&did);

              if (did)
                {
                  max_ms = MAX (max_ms, ms);
                  main_ms += ms;
                }
              else
                g_usleep (1000);
            }

          sync_ms = thread_cpu_ms ();
          hits = sam_store_search (store, typed, NULL, 200, NULL);
          sync_ms = thread_cpu_ms () - sync_ms;

          g_print ("%-24s %8u %10.1f %10.1f %8.1f %9.1f\n", typed,
                   g_list_model_get_n_items (sam_search_window_get_results (search)),
                   max_ms, main_ms, sync_ms, frame_max_ms);
          g_array_append_val (worst, max_ms);
          g_array_append_val (sync_times, sync_ms);
        }
    }

  g_print ("\nkeystrokes: %u\n", worst->len);
  g_print ("longest main-thread iteration per keystroke: median %.1f ms, max %.1f ms\n",
           bench_median (worst), max_of (worst));
  g_print ("the same queries on the main thread: median %.1f ms, max %.1f ms\n",
           bench_median (sync_times), max_of (sync_times));

  gtk_window_destroy (GTK_WINDOW (search));
  gtk_window_destroy (GTK_WINDOW (parent));
  g_clear_object (&store);
  bench_remove_tree (dir);

  return 0;
}
