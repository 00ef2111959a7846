/* sam-plan.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"
#include "sam-enums.h"
#include "sam-enum-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_PLAN (sam_plan_get_type ())

G_DECLARE_FINAL_TYPE (SamPlan, sam_plan, SAM, PLAN, SamEntity)

SamPlan *sam_plan_new (void) G_GNUC_WARN_UNUSED_RESULT;

const char *sam_plan_get_title        (SamPlan *self);
void        sam_plan_set_title        (SamPlan *self, const char *title);
int         sam_plan_get_first_year   (SamPlan *self);
void        sam_plan_set_first_year   (SamPlan *self, int first_year);
int         sam_plan_get_last_year    (SamPlan *self);
void        sam_plan_set_last_year    (SamPlan *self, int last_year);
int         sam_plan_get_revised_year (SamPlan *self);
void        sam_plan_set_revised_year (SamPlan *self, int revised_year);
const char *sam_plan_get_adopted_on   (SamPlan *self);
void        sam_plan_set_adopted_on   (SamPlan *self, const char *adopted_on);
const char *sam_plan_get_summary      (SamPlan *self);
void        sam_plan_set_summary      (SamPlan *self, const char *summary);

G_END_DECLS
