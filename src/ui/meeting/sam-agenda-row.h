/* sam-agenda-row.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_AGENDA_ITEM_ROW (sam_agenda_item_row_get_type ())

G_DECLARE_FINAL_TYPE (SamAgendaItemRow, sam_agenda_item_row, SAM, AGENDA_ITEM_ROW, GtkListBoxRow)

/* One item of a meeting's agenda: number, start time, title, kind,
 * duration and presenters; its menu acts through the "meeting." actions of
 * the page. The row keeps its widget while the item changes, so that the
 * minutes shown below it are never rebuilt under the user's hands. */
GtkWidget     *sam_agenda_item_row_new            (SamStore      *store);
void           sam_agenda_item_row_set_timed      (SamAgendaItemRow  *self,
                                                   gboolean           timed);
void           sam_agenda_item_row_set_item       (SamAgendaItemRow  *self,
                                              SamAgendaItem *item,
                                              int            depth);
SamAgendaItem *sam_agenda_item_row_get_item       (SamAgendaItemRow  *self);
gint64         sam_agenda_item_row_get_item_id    (SamAgendaItemRow  *self);
int            sam_agenda_item_row_get_depth      (SamAgendaItemRow  *self);
const char    *sam_agenda_item_row_get_number     (SamAgendaItemRow  *self);
void           sam_agenda_item_row_set_minutes    (SamAgendaItemRow  *self,
                                              GtkWidget     *minutes);
GtkWidget     *sam_agenda_item_row_get_minutes    (SamAgendaItemRow  *self);
void           sam_agenda_item_row_set_follow_up  (SamAgendaItemRow  *self,
                                              GListModel    *open_assignments);

const char    *sam_item_kind_label           (SamItemKind    kind);
char          *sam_format_duration           (int            minutes) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
