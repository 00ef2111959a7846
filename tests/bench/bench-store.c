/* bench-store.c: figures for the store's speed and memory, printed, never
 * asserted. Run with `meson test -C _build --benchmark -v`.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <sys/resource.h>

#include "sam-exchange.h"
#include "../sam-test-util.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

static long
max_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_maxrss;
}

int
main (int    argc,
      char **argv)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_meetings = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 5000;
  gint64 start;

  sam_test_db_setup (&db, NULL);

  start = g_get_monotonic_time ();
  g_assert_true (sam_exchange_load_example (db.store, FALSE, NULL, &error));
  printf ("load the example dataset (243 records): %.3f s\n", seconds_since (start));

  body = sam_test_add_body (db.store, "Benchmark group", SAM_BODY_KIND_WORKING_GROUP);
  meetings = sam_store_list_meetings (db.store);

  /* One transaction for all, as an import does; the live list refreshes
   * once at the commit. */
  start = g_get_monotonic_time ();
  g_assert_true (sam_store_begin (db.store, &error));
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(SamMeeting) meeting = sam_meeting_new ();
      g_autofree char *when = g_strdup_printf ("20%02u-%02u-%02uT09:00", 20 + i % 30, 1 + i % 12, 1 + i % 28);

      sam_meeting_set_body_id (meeting, sam_entity_get_id (SAM_ENTITY (body)));
      sam_meeting_set_starts_at (meeting, when);
      sam_meeting_set_title (meeting, "Möte");
      g_assert_true (sam_store_insert (db.store, meeting, &error));
    }
  g_assert_true (sam_store_commit (db.store, &error));
  printf ("insert %u meetings in one transaction (live list refreshed once): %.3f s\n",
          n_meetings, seconds_since (start));
  printf ("meetings in the live list: %u\n", g_list_model_get_n_items (meetings));

  /* One user action: a change that moves a row, refreshing the list. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      sam_meeting_set_title (meeting, "Ändrat möte");
      g_assert_true (sam_store_update (db.store, meeting, &error));
    }
  printf ("100 single updates, each its own transaction with a live-list refresh: %.1f ms each\n",
          seconds_since (start) * 10.0);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      g_assert_nonnull (meeting);
    }
  printf ("build every list item (get_item) once: %.1f µs each\n",
          seconds_since (start) * 1e6 / g_list_model_get_n_items (meetings));

  start = g_get_monotonic_time ();
  {
    g_autoptr(GBytes) bytes = sam_exchange_export_bytes (db.store, NULL, NULL, &error);

    printf ("export everything (%zu bytes): %.3f s\n", g_bytes_get_size (bytes), seconds_since (start));
  }

  printf ("peak resident memory: %ld KiB\n", max_rss_kib ());

  g_clear_object (&meetings);
  sam_test_db_teardown (&db, NULL);

  return 0;
}
