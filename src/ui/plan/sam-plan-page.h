/* sam-plan-page.h
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

#define SAM_TYPE_PLAN_PAGE (sam_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (SamPlanPage, sam_plan_page, SAM, PLAN_PAGE, GtkWidget)

GtkWidget     *sam_plan_page_new             (SamContext  *context);
void           sam_plan_page_open            (GtkWidget   *page,
                                              gint64       id);
gint64         sam_plan_page_get_plan_id     (SamPlanPage *self);
void           sam_plan_page_set_plan_id     (SamPlanPage *self,
                                              gint64       plan_id);
gint64         sam_plan_page_get_activity_id (SamPlanPage *self);
GListModel    *sam_plan_page_get_sorted_model (SamPlanPage *self);
GtkListView   *sam_plan_page_get_list_view   (SamPlanPage *self);
gint64         sam_plan_page_new_plan        (SamPlanPage *self);
gint64         sam_plan_page_new_activity    (SamPlanPage *self);
gboolean       sam_plan_page_delete_activity (SamPlanPage *self);

G_END_DECLS
