/* sam-plan-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PLAN_PAGE (sam_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (SamPlanPage, sam_plan_page, SAM, PLAN_PAGE, AdwBin)

GtkWidget *sam_plan_page_new  (SamStore  *store);
void       sam_plan_page_open (GtkWidget *page,
                                 gint64     id);

G_END_DECLS
