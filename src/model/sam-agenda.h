/* sam-agenda.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One agenda item as the numbering sees it. The caller fills the first five
 * fields, in tree order (each item followed by its sub-items); the
 * numbering fills the rest. */
typedef struct
{
  gint64   id;
  gint64   parent_id;
  int      duration;
  gboolean tentative;
  int      depth;

  char     number[16];
  char     starts_at[20];
  char     ends_at[20];
} SamAgendaRow;

void     sam_agenda_compute       (SamAgendaRow *rows,
                                   guint         n_rows,
                                   const char   *meeting_starts_at);

gboolean sam_parse_local_datetime (const char   *text,
                                   int          *year,
                                   int          *month,
                                   int          *day,
                                   int          *hour,
                                   int          *minute);

G_END_DECLS
