/* test-dates.c: reading dates and times as people write them, and showing
 * them as the locale does, without a display.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "sam-model.h"

#define TODAY "2019-06-15"

static void
assert_date (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (!sam_date_parse (text, TODAY, &iso, &error))
    g_error ("“%s” should read as %s: %s", text, expected, error->message);
  g_assert_cmpstr (iso, ==, expected);
}

static char *
date_error (const char *text,
            int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (sam_date_parse (text, TODAY, &iso, &error))
    g_error ("“%s” should be refused, not read as %s", text, iso);
  g_assert_error (error, SAM_DATE_ERROR, code);
  g_assert_null (iso);

  return g_strdup (error->message);
}

static void
assert_time (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hh_mm = NULL;

  if (!sam_time_parse (text, &hh_mm, &error))
    g_error ("“%s” should read as %s: %s", text, expected, error->message);
  g_assert_cmpstr (hh_mm, ==, expected);
}

static char *
time_error (const char *text,
            int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hh_mm = NULL;

  if (sam_time_parse (text, &hh_mm, &error))
    g_error ("“%s” should be refused, not read as %s", text, hh_mm);
  g_assert_error (error, SAM_DATE_ERROR, code);

  return g_strdup (error->message);
}

static void
test_dates_numeric (void)
{
  assert_date ("2019-01-29", "2019-01-29");
  assert_date (" 2019-1-9 ", "2019-01-09");
  assert_date ("20190129", "2019-01-29");
  assert_date ("29/1 2019", "2019-01-29");
  assert_date ("29/1/2019", "2019-01-29");
  assert_date ("29.1.2019", "2019-01-29");
  assert_date ("29.01.2019", "2019-01-29");
  assert_date ("29-1-2019", "2019-01-29");
  /* Day first, as in Sweden and Britain. */
  assert_date ("3/2 2019", "2019-02-03");
}

static void
test_dates_swedish (void)
{
  assert_date ("29 jan 2019", "2019-01-29");
  assert_date ("29 januari 2019", "2019-01-29");
  assert_date ("29 Januari 2019", "2019-01-29");
  assert_date ("den 29 januari 2019", "2019-01-29");
  assert_date ("tisdag 29 januari 2019", "2019-01-29");
  assert_date ("tis 29 jan. 2019", "2019-01-29");
  assert_date ("1 maj 2019", "2019-05-01");
  assert_date ("17 okt 2019", "2019-10-17");
  assert_date ("5 mars 2019", "2019-03-05");
  assert_date ("lördag 7 december 2019", "2019-12-07");
  assert_date ("1:a maj 2019", "2019-05-01");
}

static void
test_dates_english (void)
{
  assert_date ("29 Jan 2019", "2019-01-29");
  assert_date ("29 January 2019", "2019-01-29");
  assert_date ("January 29, 2019", "2019-01-29");
  assert_date ("Jan 29 2019", "2019-01-29");
  assert_date ("Tue, Jan 29, 2019", "2019-01-29");
  assert_date ("Tuesday 29 January 2019", "2019-01-29");
  assert_date ("May 1st, 2019", "2019-05-01");
  assert_date ("29th January 2019", "2019-01-29");
  assert_date ("17 Oct 2019", "2019-10-17");
  assert_date ("6 Sept 2019", "2019-09-06");
}

static void
test_dates_without_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  /* The year comes from the today passed in, not from the clock. */
  assert_date ("29 Jan", "2019-01-29");
  assert_date ("29 januari", "2019-01-29");
  assert_date ("29/1", "2019-01-29");
  assert_date ("Dec 24", "2019-12-24");

  g_assert_false (sam_date_parse ("29 jan", NULL, &iso, &error));
  g_assert_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_FORM);
  g_assert_nonnull (strstr (error->message, "year"));
}

static void
test_dates_leap_years (void)
{
  g_autofree char *not_leap = NULL;
  g_autofree char *century = NULL;

  assert_date ("2020-02-29", "2020-02-29");
  assert_date ("29 feb 2000", "2000-02-29");
  assert_date ("29/2 2024", "2024-02-29");

  not_leap = date_error ("29/2 2019", SAM_DATE_ERROR_RANGE);
  g_assert_cmpstr (not_leap, ==, "There is no day 29 in February 2019: it has 28 days.");
  century = date_error ("2100-02-29", SAM_DATE_ERROR_RANGE);
  g_assert_cmpstr (century, ==, "There is no day 29 in February 2100: it has 28 days.");
}

static void
test_dates_bad (void)
{
  g_autofree char *empty = date_error ("  ", SAM_DATE_ERROR_EMPTY);
  g_autofree char *word = date_error ("tomorrow", SAM_DATE_ERROR_FORM);
  g_autofree char *month = date_error ("2019-13-01", SAM_DATE_ERROR_RANGE);
  g_autofree char *day = date_error ("2019-02-30", SAM_DATE_ERROR_RANGE);
  g_autofree char *april = date_error ("31 april 2019", SAM_DATE_ERROR_RANGE);
  g_autofree char *year = date_error ("1/1 1066", SAM_DATE_ERROR_RANGE);
  g_autofree char *time = date_error ("15.00", SAM_DATE_ERROR_RANGE);

  g_assert_cmpstr (empty, ==, "No date was written.");
  /* The message repeats what was typed and says what is accepted. */
  g_assert_cmpstr (word, ==,
                   "“tomorrow” is not a date. Write a date as 2019-01-29, 29/1 2019, "
                   "29.1.2019, 29 Jan 2019 or January 29, 2019.");
  g_assert_cmpstr (month, ==, "There is no month 13: months go from 1 to 12.");
  g_assert_cmpstr (day, ==, "There is no day 30 in February 2019: it has 28 days.");
  g_assert_cmpstr (april, ==, "There is no day 31 in April 2019: it has 30 days.");
  g_assert_cmpstr (year, ==, "The year 1066 is out of range: write a year from 1900 to 2999.");
  g_assert_nonnull (time);

  g_free (date_error ("29 jaxuari 2019", SAM_DATE_ERROR_FORM));
  g_free (date_error ("ja 29 2019", SAM_DATE_ERROR_FORM));
  g_free (date_error ("29/1 19", SAM_DATE_ERROR_FORM));
  g_free (date_error ("2019-01-29T15:00", SAM_DATE_ERROR_FORM));
  g_free (date_error ("29 1 2019 4", SAM_DATE_ERROR_FORM));
  g_free (date_error ("29 € 2019", SAM_DATE_ERROR_FORM));
  g_free (date_error ("January 2019", SAM_DATE_ERROR_FORM));
}

static void
test_times (void)
{
  assert_time ("15:00", "15:00");
  assert_time ("15.00", "15:00");
  assert_time ("1500", "15:00");
  assert_time ("15", "15:00");
  assert_time ("9", "09:00");
  assert_time ("9.30", "09:30");
  assert_time ("930", "09:30");
  assert_time ("0:05", "00:05");
  assert_time ("kl. 15.00", "15:00");
  assert_time ("kl 8", "08:00");
  assert_time ("3 pm", "15:00");
  assert_time ("3:30 p.m.", "15:30");
  assert_time ("12 am", "00:00");
  assert_time ("12 pm", "12:00");
  assert_time (" 23:59 ", "23:59");
}

static void
test_times_bad (void)
{
  g_autofree char *empty = time_error ("", SAM_DATE_ERROR_EMPTY);
  g_autofree char *word = time_error ("noon", SAM_DATE_ERROR_FORM);
  g_autofree char *hour = time_error ("25:00", SAM_DATE_ERROR_RANGE);
  g_autofree char *minute = time_error ("15.75", SAM_DATE_ERROR_RANGE);

  g_assert_cmpstr (empty, ==, "No time was written.");
  g_assert_cmpstr (word, ==,
                   "“noon” is not a time. Write a time as 15:00, 15.00, 1500 or 15.");
  g_assert_cmpstr (hour, ==, "There is no hour 25: hours go from 0 to 23.");
  g_assert_cmpstr (minute, ==, "There is no minute 75: minutes go from 0 to 59.");

  g_free (time_error ("2019-01-29", SAM_DATE_ERROR_FORM));
  g_free (time_error ("29/1", SAM_DATE_ERROR_FORM));
  g_free (time_error ("15.0", SAM_DATE_ERROR_FORM));
  g_free (time_error ("15:00:00:00", SAM_DATE_ERROR_FORM));
  g_free (time_error ("13 pm", SAM_DATE_ERROR_RANGE));
  g_free (time_error ("12345", SAM_DATE_ERROR_FORM));
}

static void
assert_date_time (const char *text,
                  const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (!sam_date_time_parse (text, TODAY, &iso, &error))
    g_error ("“%s” should read as %s: %s", text, expected, error->message);
  g_assert_cmpstr (iso, ==, expected);
}

static void
test_date_and_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  assert_date_time ("2019-03-08", "2019-03-08");
  assert_date_time ("2019-03-08 13:00", "2019-03-08T13:00");
  assert_date_time ("2019-03-08T13:00", "2019-03-08T13:00");
  assert_date_time ("8/3 2019 13.00", "2019-03-08T13:00");
  assert_date_time ("8 mars kl. 13", "2019-03-08T13:00");
  assert_date_time ("March 8, 2019 9.30", "2019-03-08T09:30");
  assert_date_time ("8 mars", "2019-03-08");

  /* The date's own message, when the date is what is wrong. */
  g_assert_false (sam_date_time_parse ("30/2 2019 13.00", TODAY, &iso, &error));
  g_assert_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (sam_date_time_parse ("soon", TODAY, &iso, &error));
  g_assert_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_FORM);
  g_clear_error (&error);
  g_assert_false (sam_date_time_parse ("30/2 2019", TODAY, &iso, &error));
  g_assert_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE);
  g_assert_null (iso);
}

static void
test_split_and_join (void)
{
  int year, month, day, hour, minute;
  g_autofree char *joined = NULL;
  g_autofree char *date_only = NULL;
  g_autoptr(GDateTime) date_time = NULL;

  g_assert_true (sam_date_split ("2019-01-29", &year, &month, &day));
  g_assert_cmpint (year, ==, 2019);
  g_assert_cmpint (month, ==, 1);
  g_assert_cmpint (day, ==, 29);
  /* The date part of a time. */
  g_assert_true (sam_date_split ("2019-01-29T15:00", NULL, NULL, &day));
  g_assert_false (sam_date_split ("2019-02-30", NULL, NULL, NULL));
  g_assert_false (sam_date_split ("29/1 2019", NULL, NULL, NULL));
  g_assert_false (sam_date_split (NULL, NULL, NULL, NULL));

  g_assert_true (sam_date_time_split ("2019-01-29T15:05", &year, &month, &day, &hour, &minute));
  g_assert_cmpint (hour, ==, 15);
  g_assert_cmpint (minute, ==, 5);
  g_assert_true (sam_date_time_split ("2019-01-29T15:05:30", NULL, NULL, NULL, &hour, NULL));
  g_assert_true (sam_date_time_split ("2019-01-29", NULL, NULL, NULL, &hour, &minute));
  g_assert_cmpint (hour, ==, -1);
  g_assert_cmpint (minute, ==, -1);
  g_assert_false (sam_date_time_split ("2019-01-29T24:00", NULL, NULL, NULL, NULL, NULL));
  g_assert_false (sam_date_time_split ("2019-01-29T1500", NULL, NULL, NULL, NULL, NULL));
  g_assert_false (sam_date_time_split ("2019-01-29x", NULL, NULL, NULL, NULL, NULL));

  joined = sam_date_time_join ("2019-01-29", "15:00");
  g_assert_cmpstr (joined, ==, "2019-01-29T15:00");
  date_only = sam_date_time_join ("2019-01-29T09:00", NULL);
  g_assert_cmpstr (date_only, ==, "2019-01-29");
  g_assert_null (sam_date_time_join ("2019-02-30", "15:00"));
  g_assert_null (sam_date_time_join ("2019-01-29", "25:00"));

  date_time = sam_date_time_from_iso ("2019-01-29T15:00");
  g_assert_cmpint (g_date_time_get_hour (date_time), ==, 15);
  g_assert_cmpint (g_date_time_get_day_of_month (date_time), ==, 29);
  g_assert_null (sam_date_time_from_iso ("tisdag"));
}

static void
test_format_english (void)
{
  g_autofree char *date = sam_date_format ("2019-01-29");
  g_autofree char *bad = sam_date_format ("soon");
  g_autofree char *none = sam_date_format (NULL);
  g_autofree char *time = sam_time_format ("2019-01-29T15:00");
  g_autofree char *hh_mm = sam_time_format ("09:30");
  g_autofree char *no_time = sam_time_format ("2019-01-29");
  g_autofree char *with = sam_date_format_with ("2019-01-29T15:00", "%a %-d %b %Y, %H:%M");
  g_autofree char *back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (date, ==, "29 January 2019");
  g_assert_cmpstr (bad, ==, "soon");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (time, ==, "15:00");
  g_assert_cmpstr (hh_mm, ==, "09:30");
  g_assert_cmpstr (no_time, ==, "");
  g_assert_cmpstr (with, ==, "Tue 29 Jan 2019, 15:00");

  /* What is shown reads back. */
  g_assert_true (sam_date_parse (date, NULL, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (back, ==, "2019-01-29");
}

static void
test_format_swedish (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *date = NULL;
  g_autofree char *with = NULL;
  g_autofree char *back = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GError) error = NULL;

  if (setlocale (LC_TIME, "sv_SE.UTF-8") == NULL)
    g_error ("The locale sv_SE.UTF-8 is missing: run build-aux/test, which generates it with locale-gen");

  date = sam_date_format ("2019-01-29");
  g_assert_cmpstr (date, ==, "29 januari 2019");
  with = sam_date_format_with ("2019-01-29", "%a %-d %b %Y");
  g_assert_cmpstr (with, ==, "tis 29 jan 2019");

  /* Both languages are read whatever the locale, and so is what is shown. */
  assert_date ("January 29, 2019", "2019-01-29");
  assert_date ("29 okt 2019", "2019-10-29");
  g_assert_true (sam_date_parse (with, NULL, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (back, ==, "2019-01-29");

  setlocale (LC_TIME, saved);
  shown = sam_date_format ("2019-01-29");
  g_assert_cmpstr (shown, ==, "29 January 2019");
  assert_date ("29 okt 2019", "2019-10-29");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/numeric", test_dates_numeric);
  g_test_add_func ("/dates/swedish", test_dates_swedish);
  g_test_add_func ("/dates/english", test_dates_english);
  g_test_add_func ("/dates/without-year", test_dates_without_year);
  g_test_add_func ("/dates/leap-years", test_dates_leap_years);
  g_test_add_func ("/dates/bad", test_dates_bad);
  g_test_add_func ("/dates/times", test_times);
  g_test_add_func ("/dates/times-bad", test_times_bad);
  g_test_add_func ("/dates/date-and-time", test_date_and_time);
  g_test_add_func ("/dates/split-and-join", test_split_and_join);
  g_test_add_func ("/dates/format-english", test_format_english);
  g_test_add_func ("/dates/format-swedish", test_format_swedish);

  return g_test_run ();
}
