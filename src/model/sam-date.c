/* sam-date.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-date.h"

/* Dates are kept as ISO 8601 text ("2019-01-29") and times as local wall
 * clock ("2019-01-29T15:00"). People write them in many ways: this file reads
 * the ISO form and the Swedish and English forms ("29/1 2019", "29.1.2019",
 * "29 jan 2019", "January 29, 2019", "15.00") whatever the locale, validates
 * them against the calendar, and formats them for display as the locale
 * does. It uses no GTK, so the command line and the documents can share it. */

#define MIN_YEAR 1900
#define MAX_YEAR 2999

/* Month and weekday names in both languages the app speaks, in lower case.
 * A word names a month when it is one of these or a prefix of at least three
 * letters ("jan", "sept", "okt"); the locale's own names are accepted too. */
static const char * const month_names[][2] = {
  { "januari", "january" },
  { "februari", "february" },
  { "mars", "march" },
  { "april", "april" },
  { "maj", "may" },
  { "juni", "june" },
  { "juli", "july" },
  { "augusti", "august" },
  { "september", "september" },
  { "oktober", "october" },
  { "november", "november" },
  { "december", "december" },
};

static const char * const weekday_names[][2] = {
  { "måndag", "monday" },
  { "tisdag", "tuesday" },
  { "onsdag", "wednesday" },
  { "torsdag", "thursday" },
  { "fredag", "friday" },
  { "lördag", "saturday" },
  { "söndag", "sunday" },
};

typedef enum
{
  TOKEN_NUMBER,
  TOKEN_WORD,
} TokenKind;

typedef struct
{
  TokenKind  kind;
  int        number;
  guint      digits;
  char      *word;
} Token;

#define MAX_TOKENS 8

G_DEFINE_QUARK (sam-date-error-quark, sam_date_error)

/* Helpers */

static void
clear_tokens (Token *tokens,
              guint  n_tokens)
{
  for (guint i = 0; i < n_tokens; i++)
    g_free (tokens[i].word);
}

/* Splits lower-cased @text into numbers and words; spaces and the
 * separators people put in dates and times (- / . , :) only end a token.
 * Returns FALSE on any other character or too many tokens. */
static gboolean
tokenize (const char *text,
          Token      *tokens,
          guint      *n_tokens)
{
  const char *p = text;

  *n_tokens = 0;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || (c < 0x80 && strchr ("-/.,:", (int) c) != NULL))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (*n_tokens == MAX_TOKENS)
        return FALSE;

      if (c >= '0' && c <= '9')
        {
          Token *token = &tokens[(*n_tokens)++];

          token->kind = TOKEN_NUMBER;
          token->number = 0;
          token->digits = 0;
          token->word = NULL;
          while (*p >= '0' && *p <= '9')
            {
              /* Anything longer than a year is no part of a date. */
              if (token->digits < 8)
                token->number = token->number * 10 + (*p - '0');
              token->digits++;
              p++;
            }
        }
      else if (g_unichar_isalpha (c))
        {
          const char *start = p;
          Token *token = &tokens[(*n_tokens)++];

          while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          token->kind = TOKEN_WORD;
          token->number = 0;
          token->digits = 0;
          token->word = g_strndup (start, p - start);
        }
      else
        return FALSE;
    }

  return TRUE;
}

static void
drop_token (Token *tokens,
            guint *n_tokens,
            guint  index)
{
  g_free (tokens[index].word);
  memmove (&tokens[index], &tokens[index + 1], (*n_tokens - index - 1) * sizeof (Token));
  (*n_tokens)--;
}

/* The locale's own name for month @month (1–12) or weekday @weekday, with
 * GLib's format code, lower-cased and without a final full stop. */
static char *
locale_name (int         month,
             int         weekday,
             const char *format)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *name = NULL;
  gsize length;

  /* 2018-01-01 was a Monday. */
  date_time = g_date_time_new_utc (2018, month, weekday, 12, 0, 0);
  name = g_date_time_format (date_time, format);
  if (name == NULL)
    return g_strdup ("");

  length = strlen (name);
  if (length > 0 && name[length - 1] == '.')
    name[length - 1] = '\0';

  return g_utf8_strdown (name, -1);
}

static gboolean
names_word (const char *word,
            const char *name)
{
  glong length = g_utf8_strlen (word, -1);

  return g_str_equal (word, name) || (length >= 3 && g_str_has_prefix (name, word));
}

/* Returns the month (1–12) @word names, or 0. */
static int
month_from_word (const char *word)
{
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *full = locale_name (month, 1, "%B");
      g_autofree char *abbreviated = locale_name (month, 1, "%b");

      if (names_word (word, month_names[month - 1][0])
          || names_word (word, month_names[month - 1][1])
          || g_str_equal (word, full)
          || g_str_equal (word, abbreviated))
        return month;
    }

  return 0;
}

static gboolean
is_weekday_word (const char *word)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *full = locale_name (1, weekday, "%A");
      g_autofree char *abbreviated = locale_name (1, weekday, "%a");

      if (names_word (word, weekday_names[weekday - 1][0])
          || names_word (word, weekday_names[weekday - 1][1])
          || g_str_equal (word, full)
          || g_str_equal (word, abbreviated))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_ordinal_suffix (const char *word)
{
  /* "29th", and the Swedish "29:e". */
  return g_str_equal (word, "st") || g_str_equal (word, "nd") || g_str_equal (word, "rd")
         || g_str_equal (word, "th") || g_str_equal (word, "e") || g_str_equal (word, "a");
}

static gboolean
check_date (int      year,
            int      month,
            int      day,
            GError **error)
{
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                   /* Translators: a typed date whose year is out of range. */
                   _("The year %d is out of range: write a year from %d to %d."),
                   year, MIN_YEAR, MAX_YEAR);
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                   _("There is no month %d: months go from 1 to 12."), month);
      return FALSE;
    }

  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 0, 0, 0);
      /* Translators: a month and year in an error message, "February 2019".
       * See the format codes of g_date_time_format(). */
      g_autofree char *month_text = g_date_time_format (first, _("%B %Y"));

      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                   /* Translators: the first %s is a month and year, "February 2019". */
                   _("There is no day %d in %s: it has %d days."),
                   day, month_text,
                   (int) g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
      return FALSE;
    }

  return TRUE;
}

static void
set_form_error (GError     **error,
                const char  *text)
{
  g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_FORM,
               /* Translators: the %s are what was typed and the accepted forms. */
               _("“%s” is not a date. %s"), text, sam_date_accepted_forms ());
}

static gboolean
read_year (const Token *token,
           int         *year)
{
  if (token->kind != TOKEN_NUMBER || token->digits != 4)
    return FALSE;

  *year = token->number;

  return TRUE;
}

static gboolean
read_number (const Token *token,
             guint        max_digits,
             int         *number)
{
  if (token->kind != TOKEN_NUMBER || token->digits > max_digits)
    return FALSE;

  *number = token->number;

  return TRUE;
}

static gboolean
read_month_word (const Token *token,
                 int         *month)
{
  if (token->kind != TOKEN_WORD)
    return FALSE;

  *month = month_from_word (token->word);

  return *month != 0;
}

/* Reads the day, month and year out of @tokens; @year is left alone when
 * none was written. */
static gboolean
read_date_tokens (const Token *tokens,
                  guint        n_tokens,
                  int         *year,
                  int         *month,
                  int         *day)
{
  switch (n_tokens)
    {
    case 3:
      /* 2019-01-29 */
      if (read_year (&tokens[0], year))
        return read_number (&tokens[1], 2, month) && read_number (&tokens[2], 2, day);
      /* 29/1 2019, 29.1.2019, 29 jan 2019 */
      if (read_number (&tokens[0], 2, day))
        return (read_number (&tokens[1], 2, month) || read_month_word (&tokens[1], month))
               && read_year (&tokens[2], year);
      /* January 29, 2019 */
      return read_month_word (&tokens[0], month)
             && read_number (&tokens[1], 2, day)
             && read_year (&tokens[2], year);

    case 2:
      /* 29/1, 29 jan */
      if (read_number (&tokens[0], 2, day))
        return read_number (&tokens[1], 2, month) || read_month_word (&tokens[1], month);
      /* Jan 29 */
      return read_month_word (&tokens[0], month) && read_number (&tokens[1], 2, day);

    case 1:
      /* 20190129 */
      if (tokens[0].kind == TOKEN_NUMBER && tokens[0].digits == 8)
        {
          *year = tokens[0].number / 10000;
          *month = tokens[0].number / 100 % 100;
          *day = tokens[0].number % 100;
          return TRUE;
        }
      return FALSE;

    default:
      return FALSE;
    }
}

/* Public API */

/**
 * sam_date_accepted_forms:
 *
 * Returns: a sentence naming the forms sam_date_parse() reads, for a
 *   tooltip or an error message
 */
const char *
sam_date_accepted_forms (void)
{
  return _("Write a date as 2019-01-29, 29/1 2019, 29.1.2019, 29 Jan 2019 or January 29, 2019.");
}

/**
 * sam_time_accepted_forms:
 *
 * Returns: a sentence naming the forms sam_time_parse() reads
 */
const char *
sam_time_accepted_forms (void)
{
  return _("Write a time as 15:00, 15.00, 1500 or 15.");
}

/**
 * sam_date_parse:
 * @text: what the user wrote
 * @today: (nullable): today as "YYYY-MM-DD", whose year a date written
 *   without one ("29 jan") falls in; without it such a date is refused
 * @iso: (out) (transfer full): the date as "YYYY-MM-DD"
 * @error: why @text is no date
 *
 * Reads a date written in ISO form or a Swedish or English way, whatever the
 * locale: "2019-01-29", "29/1 2019", "29/1/2019", "29.1.2019", "29 jan 2019",
 * "29 januari 2019", "January 29, 2019", "29 Jan", optionally after a weekday
 * ("tis 29 jan 2019"). The date must exist in the calendar.
 *
 * Returns: whether @text holds a date
 */
gboolean
sam_date_parse (const char  *text,
                const char  *today,
                char       **iso,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *lower = NULL;
  Token tokens[MAX_TOKENS];
  guint n_tokens = 0;
  int year = -1;
  int month = 0;
  int day = 0;
  gboolean read;

  g_return_val_if_fail (iso != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *iso = NULL;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY, _("No date was written."));
      return FALSE;
    }

  lower = g_utf8_strdown (stripped, -1);
  if (!tokenize (lower, tokens, &n_tokens))
    {
      clear_tokens (tokens, n_tokens);
      set_form_error (error, stripped);
      return FALSE;
    }

  /* "den 29 januari", "tisdag 29 januari", "Tue, Jan 29", "29th". */
  if (n_tokens > 1 && tokens[0].kind == TOKEN_WORD
      && (g_str_equal (tokens[0].word, "den") || is_weekday_word (tokens[0].word)))
    drop_token (tokens, &n_tokens, 0);
  if (n_tokens > 1 && tokens[0].kind == TOKEN_WORD && g_str_equal (tokens[0].word, "den"))
    drop_token (tokens, &n_tokens, 0);
  for (guint i = 1; i < n_tokens; i++)
    if (tokens[i].kind == TOKEN_WORD && tokens[i - 1].kind == TOKEN_NUMBER
        && tokens[i - 1].digits <= 2 && is_ordinal_suffix (tokens[i].word))
      drop_token (tokens, &n_tokens, i);

  read = read_date_tokens (tokens, n_tokens, &year, &month, &day);
  clear_tokens (tokens, n_tokens);
  if (!read)
    {
      set_form_error (error, stripped);
      return FALSE;
    }

  if (year == -1)
    {
      int today_year, today_month, today_day;

      if (!sam_date_split (today, &today_year, &today_month, &today_day))
        {
          g_set_error_literal (error, SAM_DATE_ERROR, SAM_DATE_ERROR_FORM,
                               _("Write the year too, for example 29 Jan 2019."));
          return FALSE;
        }
      year = today_year;
    }

  if (!check_date (year, month, day, error))
    return FALSE;

  *iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  return TRUE;
}

/**
 * sam_time_parse:
 * @text: what the user wrote
 * @hh_mm: (out) (transfer full): the time as "HH:MM"
 * @error: why @text is no time
 *
 * Reads a time of day: "15:00", "15.00", "1500", "15", "9.30", "930",
 * optionally after "kl." or with "am"/"pm".
 *
 * Returns: whether @text holds a time of day
 */
gboolean
sam_time_parse (const char  *text,
                char       **hh_mm,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *lower = NULL;
  Token tokens[MAX_TOKENS];
  guint n_tokens = 0;
  int hour = -1;
  int minute = 0;
  int half = 0;
  gboolean read = FALSE;

  g_return_val_if_fail (hh_mm != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *hh_mm = NULL;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY, _("No time was written."));
      return FALSE;
    }

  lower = g_utf8_strdown (stripped, -1);
  if (tokenize (lower, tokens, &n_tokens))
    {
      if (n_tokens > 1 && tokens[0].kind == TOKEN_WORD && g_str_equal (tokens[0].word, "kl"))
        drop_token (tokens, &n_tokens, 0);
      if (n_tokens > 1 && tokens[n_tokens - 1].kind == TOKEN_WORD)
        {
          const char *word = tokens[n_tokens - 1].word;

          /* "3 pm", "3 p.m." (tokenized as "p" "m"). */
          if (n_tokens > 2 && g_str_equal (word, "m") && tokens[n_tokens - 2].kind == TOKEN_WORD)
            {
              drop_token (tokens, &n_tokens, n_tokens - 1);
              word = tokens[n_tokens - 1].word;
              half = g_str_equal (word, "a") ? 1 : g_str_equal (word, "p") ? 2 : -1;
            }
          else
            half = g_str_equal (word, "am") ? 1 : g_str_equal (word, "pm") ? 2 : -1;
          if (half > 0)
            drop_token (tokens, &n_tokens, n_tokens - 1);
        }

      if (half >= 0 && n_tokens == 1 && tokens[0].kind == TOKEN_NUMBER)
        {
          /* 15, 1500, 930 */
          if (tokens[0].digits <= 2)
            {
              hour = tokens[0].number;
              read = TRUE;
            }
          else if (tokens[0].digits <= 4)
            {
              hour = tokens[0].number / 100;
              minute = tokens[0].number % 100;
              read = TRUE;
            }
        }
      else if (half >= 0 && n_tokens == 2 && tokens[0].kind == TOKEN_NUMBER
               && tokens[1].kind == TOKEN_NUMBER && tokens[0].digits <= 2
               && tokens[1].digits == 2)
        {
          /* 15:00, 15.00, 9.30 */
          hour = tokens[0].number;
          minute = tokens[1].number;
          read = TRUE;
        }
    }
  clear_tokens (tokens, n_tokens);

  /* Only real separators: "15 00" and "15,00" are not how anyone writes a
   * time, and "2019-01-29" must not read as one. */
  if (read && (strchr (stripped, '-') != NULL || strchr (stripped, '/') != NULL))
    read = FALSE;

  if (!read)
    {
      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_FORM,
                   /* Translators: the %s are what was typed and the accepted forms. */
                   _("“%s” is not a time. %s"), stripped, sam_time_accepted_forms ());
      return FALSE;
    }

  if (half > 0)
    {
      if (hour < 1 || hour > 12)
        {
          g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                       _("There is no hour %d before or after noon: write 1 to 12."), hour);
          return FALSE;
        }
      hour = hour % 12 + (half == 2 ? 12 : 0);
    }

  if (hour > 23)
    {
      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                   _("There is no hour %d: hours go from 0 to 23."), hour);
      return FALSE;
    }

  if (minute > 59)
    {
      g_set_error (error, SAM_DATE_ERROR, SAM_DATE_ERROR_RANGE,
                   _("There is no minute %d: minutes go from 0 to 59."), minute);
      return FALSE;
    }

  *hh_mm = g_strdup_printf ("%02d:%02d", hour, minute);

  return TRUE;
}

/**
 * sam_date_time_parse:
 * @text: what the user wrote: a date as sam_date_parse() reads it,
 *   optionally followed by a time as sam_time_parse() reads it
 *   ("8/3 2019 13.00", "2019-03-08T13:00", "8 mars")
 * @today: (nullable): as for sam_date_parse()
 * @iso: (out) (transfer full): "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
 * @error: why @text is no date (and time)
 *
 * Returns: whether @text holds a date, and a time if it has one
 */
gboolean
sam_date_time_parse (const char  *text,
                     const char  *today,
                     char       **iso,
                     GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autoptr(GError) date_error = NULL;
  const char *space;

  g_return_val_if_fail (iso != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *iso = NULL;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  /* As the store writes it. */
  if (sam_date_time_split (stripped, NULL, NULL, NULL, NULL, NULL) && strlen (stripped) <= 16)
    {
      *iso = g_strdup (stripped);
      if (strlen (stripped) > 10)
        (*iso)[10] = 'T';
      return TRUE;
    }

  if (sam_date_parse (stripped, today, iso, &date_error))
    return TRUE;

  /* A time is the last word: "8/3 2019 13.00", "8 mars kl. 13". */
  space = strrchr (stripped, ' ');
  if (space != NULL)
    {
      g_autofree char *head = g_strstrip (g_strndup (stripped, space - stripped));
      if (g_str_has_suffix (head, " kl.") || g_str_has_suffix (head, " kl"))
        head[strlen (head) - (g_str_has_suffix (head, ".") ? 4 : 3)] = '\0';
      if (sam_time_parse (space + 1, &time, NULL))
        {
          /* With a time after it, what is wrong is the date. */
          g_clear_error (&date_error);
          if (sam_date_parse (head, today, &date, &date_error))
            {
              *iso = sam_date_time_join (date, time);
              return TRUE;
            }
        }
    }

  g_propagate_error (error, g_steal_pointer (&date_error));

  return FALSE;
}

/**
 * sam_date_split:
 * @iso: (nullable): a date as the store keeps it, "2019-01-29"; anything
 *   after the date (a time) is ignored
 * @year: (out) (optional):
 * @month: (out) (optional):
 * @day: (out) (optional):
 *
 * Returns: whether @iso starts with a real date in ISO form
 */
gboolean
sam_date_split (const char *iso,
                int        *year,
                int        *month,
                int        *day)
{
  int y, m, d;

  if (iso == NULL || strlen (iso) < 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      gboolean separator = i == 4 || i == 7;

      if (separator ? iso[i] != '-' : !g_ascii_isdigit (iso[i]))
        return FALSE;
    }

  y = g_ascii_digit_value (iso[0]) * 1000 + g_ascii_digit_value (iso[1]) * 100
      + g_ascii_digit_value (iso[2]) * 10 + g_ascii_digit_value (iso[3]);
  m = g_ascii_digit_value (iso[5]) * 10 + g_ascii_digit_value (iso[6]);
  d = g_ascii_digit_value (iso[8]) * 10 + g_ascii_digit_value (iso[9]);
  if (y < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;

  return TRUE;
}

/**
 * sam_date_time_split:
 * @iso: (nullable): "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" with seconds allowed
 * @hour: (out) (optional): -1 when @iso holds no time of day
 * @minute: (out) (optional): -1 when @iso holds no time of day
 *
 * Returns: whether @iso holds a real date and, when it has one, time
 */
gboolean
sam_date_time_split (const char *iso,
                     int        *year,
                     int        *month,
                     int        *day,
                     int        *hour,
                     int        *minute)
{
  int h = -1;
  int mi = -1;

  if (!sam_date_split (iso, year, month, day))
    return FALSE;

  if (iso[10] == 'T' || iso[10] == ' ')
    {
      const char *t = iso + 11;
      gsize length = strlen (t);

      /* Seconds, and anything after them, are allowed and ignored. */
      if (length < 5 || !g_ascii_isdigit (t[0]) || !g_ascii_isdigit (t[1])
          || t[2] != ':' || !g_ascii_isdigit (t[3]) || !g_ascii_isdigit (t[4])
          || (t[5] != '\0' && t[5] != ':'))
        return FALSE;
      h = g_ascii_digit_value (t[0]) * 10 + g_ascii_digit_value (t[1]);
      mi = g_ascii_digit_value (t[3]) * 10 + g_ascii_digit_value (t[4]);
      if (h > 23 || mi > 59)
        return FALSE;
    }
  else if (iso[10] != '\0')
    return FALSE;

  if (hour != NULL)
    *hour = h;
  if (minute != NULL)
    *minute = mi;

  return TRUE;
}

/**
 * sam_date_time_from_iso:
 * @iso: (nullable): a date or a local date and time in ISO form
 *
 * Dates and wall-clock times carry no time zone, so the result is in UTC,
 * which keeps them from moving; format it, do not compare it with the clock.
 *
 * Returns: (transfer full) (nullable): the date and time, midnight for a
 *   date, or %NULL when @iso holds neither
 */
GDateTime *
sam_date_time_from_iso (const char *iso)
{
  int year, month, day, hour, minute;

  if (!sam_date_time_split (iso, &year, &month, &day, &hour, &minute))
    return NULL;

  return g_date_time_new_utc (year, month, day, MAX (hour, 0), MAX (minute, 0), 0);
}

/**
 * sam_date_time_join:
 * @date: "YYYY-MM-DD" (a time after it is ignored)
 * @hh_mm: (nullable): "HH:MM"; without it the result is the date alone
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DDTHH:MM", or %NULL when
 *   @date or @hh_mm is not valid
 */
char *
sam_date_time_join (const char *date,
                    const char *hh_mm)
{
  g_autofree char *joined = NULL;

  if (!sam_date_split (date, NULL, NULL, NULL))
    return NULL;

  if (hh_mm == NULL || hh_mm[0] == '\0')
    return g_strndup (date, 10);

  joined = g_strdup_printf ("%.10sT%s", date, hh_mm);
  if (strlen (joined) != 16 || !sam_date_time_split (joined, NULL, NULL, NULL, NULL, NULL))
    return NULL;

  return g_steal_pointer (&joined);
}

/**
 * sam_date_format_with:
 * @iso: (nullable): a date or a local date and time in ISO form
 * @format: a g_date_time_format() format, usually translated
 *
 * Returns: (transfer full) (nullable): the formatted date, or %NULL when
 *   @iso is no date
 */
char *
sam_date_format_with (const char *iso,
                      const char *format)
{
  g_autoptr(GDateTime) date_time = sam_date_time_from_iso (iso);

  g_return_val_if_fail (format != NULL, NULL);

  if (date_time == NULL)
    return NULL;

  return g_date_time_format (date_time, format);
}

/**
 * sam_date_format:
 * @iso: (nullable): a date in ISO form
 *
 * The form the date rows show, which sam_date_parse() reads back.
 *
 * Returns: (transfer full): the date as the locale writes it
 *   ("29 January 2019", "29 januari 2019"), @iso itself when it is no date,
 *   or "" for %NULL
 */
char *
sam_date_format (const char *iso)
{
  /* Translators: how a date is shown in a field where it can be edited.
   * It must read back: keep the day, the month's name and the year. See the
   * format codes of g_date_time_format(). */
  char *text = sam_date_format_with (iso, _("%-d %B %Y"));

  return text != NULL ? text : g_strdup (iso != NULL ? iso : "");
}

/**
 * sam_time_format:
 * @iso: (nullable): "HH:MM" or a local date and time in ISO form
 *
 * Returns: (transfer full): the time of day as the locale writes it, or ""
 */
char *
sam_time_format (const char *iso)
{
  g_autofree char *joined = NULL;
  char *text;
  int hour = -1;

  if (iso != NULL && strlen (iso) == 5)
    iso = joined = g_strdup_printf ("2000-01-01T%s", iso);

  if (!sam_date_time_split (iso, NULL, NULL, NULL, &hour, NULL) || hour < 0)
    return g_strdup ("");

  /* Translators: a time of day. See the format codes of
   * g_date_time_format(). */
  text = sam_date_format_with (iso, _("%H:%M"));

  return text != NULL ? text : g_strdup ("");
}
