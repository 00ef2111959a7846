/* sam-time-row.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SAM_TYPE_TIME_ROW (sam_time_row_get_type ())

G_DECLARE_FINAL_TYPE (SamTimeRow, sam_time_row, SAM, TIME_ROW, AdwEntryRow)

GtkWidget   *sam_time_row_new          (void);

const char  *sam_time_row_get_value    (SamTimeRow *self);
void         sam_time_row_set_value    (SamTimeRow *self,
                                        const char *hh_mm);
gboolean     sam_time_row_get_optional (SamTimeRow *self);
void         sam_time_row_set_optional (SamTimeRow *self,
                                        gboolean    optional);
gboolean     sam_time_row_get_valid    (SamTimeRow *self);
void         sam_time_row_reformat     (SamTimeRow *self);

G_END_DECLS
