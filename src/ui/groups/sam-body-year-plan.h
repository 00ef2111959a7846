/* sam-body-year-plan.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_BODY_YEAR_PLAN (sam_body_year_plan_get_type ())

G_DECLARE_FINAL_TYPE (SamBodyYearPlan, sam_body_year_plan, SAM, BODY_YEAR_PLAN, GtkWidget)

/* A body's meetings of one year, a row to add one quickly, how often each
 * municipality has hosted, and (for the board and the director group) who
 * chaired which year. */
GtkWidget *sam_body_year_plan_new      (SamStore        *store,
                                        SamBody         *body);
int        sam_body_year_plan_get_year (SamBodyYearPlan *self);
void       sam_body_year_plan_set_year (SamBodyYearPlan *self,
                                        int              year);
/* Adds a planned meeting from the quick row's fields, as pressing Enter
 * does; FALSE (with the reason shown under the row) on bad input. */
gboolean   sam_body_year_plan_add      (SamBodyYearPlan *self,
                                        const char      *date,
                                        const char      *theme,
                                        gint64           host_municipality_id,
                                        const char      *place);

G_END_DECLS
