/* sam-series-dialog.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-context.h"
#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_SERIES_DIALOG (sam_series_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SamSeriesDialog, sam_series_dialog, SAM, SERIES_DIALOG, AdwWindow)

/* Plans a body's meetings for a year: one planned meeting per date, each
 * with the template agenda's items as tentative items, in one
 * transaction; then emits "planned" (guint n_meetings) and closes. */
GtkWidget *sam_series_dialog_new       (SamContext      *context,
                                        gint64           body_id);
void       sam_series_dialog_add_date  (SamSeriesDialog *self,
                                        const char      *date,
                                        const char      *starts,
                                        const char      *ends);
void       sam_series_dialog_add_item  (SamSeriesDialog *self,
                                        const char      *title,
                                        int              minutes);

G_END_DECLS
