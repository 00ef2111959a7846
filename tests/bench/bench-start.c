/* bench-start.c: start to first drawn frame, CPU time and peak memory of
 * `samverkan --database BIG.db --quit-after-first-frame`, beside the empty
 * window (sam-empty-window) started the same way, run alternately in one
 * invocation; printed, never asserted.
 *
 *   bench-start [--runs N] [--sections overview,meetings] [--generate SAM-GENERATE]
 *               SAMVERKAN SAM-EMPTY-WINDOW DATABASE
 *
 * Each Samverkan run has the section it remembers (GSettings "last-section",
 * in a keyfile backend under a temporary XDG_CONFIG_HOME) set to one of
 * --sections. Wall time is measured to the "first frame" line the child
 * prints; CPU time (user + system) and peak RSS come from wait4() when the
 * child has quit, so they include its shutdown. It needs a display (run it
 * under xvfb-run).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-start"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include "bench-util.h"

typedef struct
{
  const char *label;
  GArray     *wall_frame;  /* s to "first frame" */
  GArray     *wall_exit;   /* s to exit */
  GArray     *cpu;         /* s */
  GArray     *rss;         /* MiB */
  guint       failures;
} Series;

static Series *
series_new (const char *label)
{
  Series *series = g_new0 (Series, 1);

  series->label = label;
  series->wall_frame = g_array_new (FALSE, FALSE, sizeof (double));
  series->wall_exit = g_array_new (FALSE, FALSE, sizeof (double));
  series->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  series->rss = g_array_new (FALSE, FALSE, sizeof (double));

  return series;
}

static void
series_free (Series *series)
{
  g_array_unref (series->wall_frame);
  g_array_unref (series->wall_exit);
  g_array_unref (series->cpu);
  g_array_unref (series->rss);
  g_free (series);
}

static void
write_section (const char *home,
               const char *section)
{
  g_autofree char *dir = g_build_filename (home, ".config", "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (dir, "keyfile", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  contents = g_strdup_printf ("[io/github/samverkan/Samverkan]\nlast-section='%s'\n", section);
  if (!g_file_set_contents (path, contents, -1, &error))
    g_error ("%s", error->message);
}

/* Runs @argv once; returns FALSE when it failed or timed out. */
static gboolean
run_once (char   **argv,
          guint    timeout_s,
          double  *wall_frame,
          double  *wall_exit,
          double  *cpu,
          double  *rss_mib)
{
  int out[2];
  pid_t pid;
  gint64 start;
  gint64 deadline;
  gboolean seen = FALSE;
  g_autoptr(GString) buffer = g_string_new (NULL);
  struct rusage usage;
  int status = 0;

  if (pipe (out) != 0)
    return FALSE;

  start = g_get_monotonic_time ();
  deadline = start + (gint64)timeout_s * G_USEC_PER_SEC;
  pid = fork ();
  if (pid < 0)
    return FALSE;

  if (pid == 0)
    {
      dup2 (out[1], STDOUT_FILENO);
      close (out[0]);
      close (out[1]);
      execv (argv[0], argv);
      _exit (127);
    }

  close (out[1]);
  for (;;)
    {
      struct pollfd fd = { out[0], POLLIN, 0 };
      gint64 left = deadline - g_get_monotonic_time ();
      char chunk[512];
      ssize_t n;

      if (left <= 0)
        {
          kill (pid, SIGKILL);
          break;
        }
      if (poll (&fd, 1, (int)MIN (left / 1000, 1000)) <= 0)
        continue;

      n = read (out[0], chunk, sizeof chunk);
      if (n <= 0)
        break;
      g_string_append_len (buffer, chunk, n);
      if (!seen && strstr (buffer->str, "first frame") != NULL)
        {
          seen = TRUE;
          *wall_frame = (g_get_monotonic_time () - start) / 1e6;
        }
    }
  close (out[0]);

  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  *wall_exit = (g_get_monotonic_time () - start) / 1e6;
  *cpu = bench_timeval_seconds (&usage.ru_utime) + bench_timeval_seconds (&usage.ru_stime);
  *rss_mib = usage.ru_maxrss / 1024.0;

  return seen && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
run_series (Series    *series,
            char     **argv,
            guint      timeout_s,
            guint      round)
{
  double wall_frame = 0, wall_exit = 0, cpu = 0, rss = 0;

  if (!run_once (argv, timeout_s, &wall_frame, &wall_exit, &cpu, &rss))
    {
      series->failures++;
      printf ("  run %u %-24s failed or timed out (%.1f s)\n", round + 1, series->label, wall_exit);
      fflush (stdout);
      return;
    }

  g_array_append_val (series->wall_frame, wall_frame);
  g_array_append_val (series->wall_exit, wall_exit);
  g_array_append_val (series->cpu, cpu);
  g_array_append_val (series->rss, rss);
  printf ("  run %u %-24s %7.2f s to first frame, %7.2f s to exit, %7.2f s CPU, %6.0f MiB peak RSS\n",
          round + 1, series->label, wall_frame, wall_exit, cpu, rss);
  fflush (stdout);
}

int
main (int    argc,
      char **argv)
{
  int runs = 5;
  int timeout_s = 600;
  g_autofree char *sections_option = NULL;
  g_autofree char *generator = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 5)", "N" },
    { "sections", 's', 0, G_OPTION_ARG_STRING, &sections_option,
      "The remembered sections to start with (default overview,meetings)", "LIST" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s, "Seconds before a run is killed (default 600)", "S" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generator,
      "Make DATABASE with this sam-generate first, unless it is current", "PATH" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("SAMVERKAN SAM-EMPTY-WINDOW DATABASE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify)series_free);
  g_auto(GStrv) sections = NULL;
  g_autofree char *home = NULL;
  g_autofree char *database = NULL;
  Series *empty;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 4 || runs < 1)
    {
      g_printerr ("bench-start: %s\n", error != NULL ? error->message : "give SAMVERKAN SAM-EMPTY-WINDOW DATABASE");
      return 2;
    }

  database = g_canonicalize_filename (argv[3], NULL);
  if (!bench_ensure_database (generator, database))
    return 1;

  sections = g_strsplit (sections_option != NULL ? sections_option : "overview,meetings", ",", -1);

  /* The children share one fresh HOME; nothing of the real one is used. */
  home = bench_make_home ();
  bench_use_home (home);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_unsetenv ("SAMVERKAN_DATABASE");
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");

  printf ("start to first frame on %s, %d runs of each, alternating\n", database, runs);
  fflush (stdout);

  empty = series_new ("empty window");
  g_ptr_array_add (all, empty);
  for (guint s = 0; sections[s] != NULL; s++)
    g_ptr_array_add (all, series_new (g_strdup_printf ("samverkan (%s)", sections[s])));

  for (guint round = 0; round < (guint)runs; round++)
    {
      char *empty_argv[] = { argv[2], NULL };

      run_series (empty, empty_argv, (guint)timeout_s, round);

      for (guint s = 0; sections[s] != NULL; s++)
        {
          char *app_argv[] = { argv[1], (char *)"--database", database, (char *)"--quit-after-first-frame", NULL };

          write_section (home, sections[s]);
          run_series (all->pdata[s + 1], app_argv, (guint)timeout_s, round);
        }
    }

  printf ("\nmedians of %d runs           first frame      to exit          CPU      peak RSS\n", runs);
  for (guint i = 0; i < all->len; i++)
    {
      Series *series = all->pdata[i];

      if (series->wall_frame->len == 0)
        {
          printf ("  %-26s n/a (every run failed)\n", series->label);
          continue;
        }
      printf ("  %-26s %8.2f s     %8.2f s     %8.2f s   %6.0f MiB",
              series->label, bench_median (series->wall_frame), bench_median (series->wall_exit),
              bench_median (series->cpu), bench_median (series->rss));
      if (i > 0 && empty->wall_frame->len > 0)
        printf ("   (%.1f× / %.1f× / %.1f× the empty window: wall / CPU / RSS)",
                bench_median (series->wall_frame) / bench_median (empty->wall_frame),
                bench_median (series->cpu) / bench_median (empty->cpu),
                bench_median (series->rss) / bench_median (empty->rss));
      if (series->failures > 0)
        printf ("   [%u failed]", series->failures);
      printf ("\n");
    }

  for (guint i = 1; i < all->len; i++)
    g_free ((char *)((Series *)all->pdata[i])->label);
  bench_remove_tree (home);

  return 0;
}
