/* sam-date-row.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SAM_TYPE_DATE_ROW (sam_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SamDateRow, sam_date_row, SAM, DATE_ROW, AdwEntryRow)

GtkWidget   *sam_date_row_new          (void);

const char  *sam_date_row_get_value    (SamDateRow *self);
void         sam_date_row_set_value    (SamDateRow *self,
                                        const char *iso);
gboolean     sam_date_row_get_optional (SamDateRow *self);
void         sam_date_row_set_optional (SamDateRow *self,
                                        gboolean    optional);
gboolean     sam_date_row_get_valid    (SamDateRow *self);
const char  *sam_date_row_get_today    (SamDateRow *self);
void         sam_date_row_set_today    (SamDateRow *self,
                                        const char *today);
GtkCalendar *sam_date_row_get_calendar (SamDateRow *self);
void         sam_date_row_reformat     (SamDateRow *self);

G_END_DECLS
