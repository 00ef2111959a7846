/* sam-agenda.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-agenda"

#include "config.h"

#include "sam-agenda.h"
#include "sam-date.h"

/* Agenda numbers and start times are derived, never stored: items are
 * numbered 1, 2, 3 at the top level and 3a, 3b below, tentative items get
 * no number, and each item starts when the one before it ends. A parent's
 * slot lasts as long as its own duration or its sub-items together,
 * whichever is longer. */

/**
 * sam_parse_local_datetime:
 * @text: "YYYY-MM-DDTHH:MM" (seconds allowed) or "YYYY-MM-DD"
 *
 * Returns: %TRUE if @text holds a date; @hour and @minute are -1 when it
 *   holds no time of day
 */
gboolean
sam_parse_local_datetime (const char *text,
                          int        *year,
                          int        *month,
                          int        *day,
                          int        *hour,
                          int        *minute)
{
  return sam_date_time_split (text, year, month, day, hour, minute);
}

static void
format_time (char   *buffer,
             gsize   size,
             GDate  *date,
             int     minutes)
{
  GDate day = *date;

  /* An agenda that runs past midnight continues on the next day. */
  if (minutes >= 24 * 60)
    g_date_add_days (&day, minutes / (24 * 60));
  minutes %= 24 * 60;

  g_snprintf (buffer, size, "%04d-%02d-%02dT%02d:%02d",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
              minutes / 60, minutes % 60);
}

/**
 * sam_agenda_compute:
 * @rows: (array length=n_rows): the items in tree order
 * @n_rows: the number of items
 * @meeting_starts_at: (nullable): the meeting's start; without a time of
 *   day no start times are derived
 *
 * Fills in the number, start and end of every row.
 */
void
sam_agenda_compute (SamAgendaRow *rows,
                    guint         n_rows,
                    const char   *meeting_starts_at)
{
  int year, month, day, hour, minute;
  gboolean timed;
  GDate date;
  int top = 0;
  int clock = 0;

  timed = sam_parse_local_datetime (meeting_starts_at, &year, &month, &day, &hour, &minute)
          && hour >= 0;
  if (timed)
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, year);
      clock = hour * 60 + minute;
    }

  for (guint i = 0; i < n_rows; i++)
    {
      rows[i].number[0] = '\0';
      rows[i].starts_at[0] = '\0';
      rows[i].ends_at[0] = '\0';
    }

  for (guint i = 0; i < n_rows; i++)
    {
      SamAgendaRow *row = &rows[i];
      int slot;

      if (row->tentative || row->depth > 0)
        continue;

      top++;
      g_snprintf (row->number, sizeof row->number, "%d", top);

      /* The sub-items share their parent's slot, one after the other. */
      {
        int child_clock = clock;
        int letter = 0;
        guint j;

        for (j = i + 1; j < n_rows && rows[j].depth > 0; j++)
          {
            SamAgendaRow *child = &rows[j];

            if (child->tentative || child->depth != 1)
              continue;

            /* After z, sub-items continue as za, zb… which no real agenda
             * reaches but which keeps every number distinct. */
            if (letter < 26)
              g_snprintf (child->number, sizeof child->number, "%d%c", top, 'a' + letter);
            else
              g_snprintf (child->number, sizeof child->number, "%dz%c", top,
                          'a' + (letter - 26) % 26);
            letter++;

            if (timed)
              {
                format_time (child->starts_at, sizeof child->starts_at, &date, child_clock);
                format_time (child->ends_at, sizeof child->ends_at, &date,
                             child_clock + child->duration);
              }
            child_clock += child->duration;
          }

        slot = MAX (row->duration, child_clock - clock);
      }

      if (timed)
        {
          format_time (row->starts_at, sizeof row->starts_at, &date, clock);
          format_time (row->ends_at, sizeof row->ends_at, &date, clock + slot);
        }
      clock += slot;
    }
}
