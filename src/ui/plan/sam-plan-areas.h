/* sam-plan-areas.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PLAN_AREAS (sam_plan_areas_get_type ())

G_DECLARE_FINAL_TYPE (SamPlanAreas, sam_plan_areas, SAM, PLAN_AREAS, GtkWidget)

GtkWidget *sam_plan_areas_new         (SamStore     *store);
void       sam_plan_areas_set_plan_id (SamPlanAreas *self,
                                       gint64        plan_id);
gint64     sam_plan_areas_get_plan_id (SamPlanAreas *self);
gint64     sam_plan_areas_add_area    (SamPlanAreas *self);
void       sam_plan_areas_flush       (SamPlanAreas *self);

G_END_DECLS
