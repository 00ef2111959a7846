/* test-agenda.c: agenda numbers and the time plan, without a database.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-model.h"

#define ROW(id, parent, duration, tentative, depth) { id, parent, duration, tentative, depth, "", "", "" }

static void
test_agenda_numbers (void)
{
  SamAgendaRow rows[] = {
    ROW (1, 0, 10, FALSE, 0),
    ROW (2, 0, 20, FALSE, 0),
    ROW (3, 0, 0, FALSE, 0),
    ROW (4, 3, 15, FALSE, 1),
    ROW (5, 3, 15, FALSE, 1),
    ROW (6, 0, 5, FALSE, 0),
  };
  const char *expected[] = { "1", "2", "3", "3a", "3b", "4" };

  sam_agenda_compute (rows, G_N_ELEMENTS (rows), "2019-01-29T15:00");

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpstr (rows[i].number, ==, expected[i]);
}

static void
test_agenda_times (void)
{
  SamAgendaRow rows[] = {
    ROW (1, 0, 10, FALSE, 0),
    ROW (2, 0, 0, FALSE, 0),
    ROW (3, 2, 30, FALSE, 1),
    ROW (4, 2, 25, FALSE, 1),
    ROW (5, 0, 50, FALSE, 0),
  };

  sam_agenda_compute (rows, G_N_ELEMENTS (rows), "2019-01-29T15:00");

  g_assert_cmpstr (rows[0].starts_at, ==, "2019-01-29T15:00");
  g_assert_cmpstr (rows[0].ends_at, ==, "2019-01-29T15:10");
  /* A parent's slot is its sub-items' time together. */
  g_assert_cmpstr (rows[1].starts_at, ==, "2019-01-29T15:10");
  g_assert_cmpstr (rows[2].starts_at, ==, "2019-01-29T15:10");
  g_assert_cmpstr (rows[3].starts_at, ==, "2019-01-29T15:40");
  g_assert_cmpstr (rows[1].ends_at, ==, "2019-01-29T16:05");
  g_assert_cmpstr (rows[4].starts_at, ==, "2019-01-29T16:05");
  g_assert_cmpstr (rows[4].ends_at, ==, "2019-01-29T16:55");
}

static void
test_agenda_tentative (void)
{
  SamAgendaRow rows[] = {
    ROW (1, 0, 10, FALSE, 0),
    ROW (2, 0, 10, TRUE, 0),
    ROW (3, 0, 10, FALSE, 0),
  };

  sam_agenda_compute (rows, G_N_ELEMENTS (rows), "2019-01-29T09:00");

  /* A tentative item has no number and no time, and takes none. */
  g_assert_cmpstr (rows[0].number, ==, "1");
  g_assert_cmpstr (rows[1].number, ==, "");
  g_assert_cmpstr (rows[1].starts_at, ==, "");
  g_assert_cmpstr (rows[2].number, ==, "2");
  g_assert_cmpstr (rows[2].starts_at, ==, "2019-01-29T09:10");
}

static void
test_agenda_without_time (void)
{
  SamAgendaRow rows[] = {
    ROW (1, 0, 10, FALSE, 0),
    ROW (2, 0, 10, FALSE, 0),
  };

  /* A meeting with a date but no time yet is numbered but not timed. */
  sam_agenda_compute (rows, G_N_ELEMENTS (rows), "2019-01-29");
  g_assert_cmpstr (rows[1].number, ==, "2");
  g_assert_cmpstr (rows[1].starts_at, ==, "");

  sam_agenda_compute (rows, G_N_ELEMENTS (rows), NULL);
  g_assert_cmpstr (rows[0].number, ==, "1");
  g_assert_cmpstr (rows[0].starts_at, ==, "");
}

static void
test_agenda_past_midnight (void)
{
  SamAgendaRow rows[] = {
    ROW (1, 0, 90, FALSE, 0),
    ROW (2, 0, 30, FALSE, 0),
  };

  sam_agenda_compute (rows, G_N_ELEMENTS (rows), "2019-12-31T23:00");
  g_assert_cmpstr (rows[1].starts_at, ==, "2020-01-01T00:30");
}

static void
test_parse_local_datetime (void)
{
  int year, month, day, hour, minute;

  g_assert_true (sam_parse_local_datetime ("2019-01-29T15:05", &year, &month, &day, &hour, &minute));
  g_assert_cmpint (year, ==, 2019);
  g_assert_cmpint (month, ==, 1);
  g_assert_cmpint (day, ==, 29);
  g_assert_cmpint (hour, ==, 15);
  g_assert_cmpint (minute, ==, 5);

  g_assert_false (sam_parse_local_datetime ("2019-02-30T15:00", &year, &month, &day, &hour, &minute));
  g_assert_false (sam_parse_local_datetime ("2019-01-29T25:00", &year, &month, &day, &hour, &minute));
  g_assert_false (sam_parse_local_datetime ("tisdag", &year, &month, &day, &hour, &minute));
  g_assert_false (sam_parse_local_datetime ("", &year, &month, &day, &hour, &minute));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/numbers", test_agenda_numbers);
  g_test_add_func ("/agenda/times", test_agenda_times);
  g_test_add_func ("/agenda/tentative", test_agenda_tentative);
  g_test_add_func ("/agenda/without-time", test_agenda_without_time);
  g_test_add_func ("/agenda/past-midnight", test_agenda_past_midnight);
  g_test_add_func ("/agenda/parse-local-datetime", test_parse_local_datetime);

  return g_test_run ();
}
