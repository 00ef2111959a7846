/* sam-activity.h
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

#define SAM_TYPE_ACTIVITY (sam_activity_get_type ())

G_DECLARE_FINAL_TYPE (SamActivity, sam_activity, SAM, ACTIVITY, SamEntity)

SamActivity *sam_activity_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64              sam_activity_get_plan_id             (SamActivity *self);
void                sam_activity_set_plan_id             (SamActivity *self, gint64 plan_id);
SamActivityCategory sam_activity_get_category            (SamActivity *self);
void                sam_activity_set_category            (SamActivity *self, SamActivityCategory category);
SamActivityKind     sam_activity_get_kind                (SamActivity *self);
void                sam_activity_set_kind                (SamActivity *self, SamActivityKind kind);
gint64              sam_activity_get_focus_question_id   (SamActivity *self);
void                sam_activity_set_focus_question_id   (SamActivity *self, gint64 focus_question_id);
gint64              sam_activity_get_area_id             (SamActivity *self);
void                sam_activity_set_area_id             (SamActivity *self, gint64 area_id);
int                 sam_activity_get_position            (SamActivity *self);
void                sam_activity_set_position            (SamActivity *self, int position);
const char *        sam_activity_get_title               (SamActivity *self);
void                sam_activity_set_title               (SamActivity *self, const char *title);
const char *        sam_activity_get_description         (SamActivity *self);
void                sam_activity_set_description         (SamActivity *self, const char *description);
const char *        sam_activity_get_goals               (SamActivity *self);
void                sam_activity_set_goals               (SamActivity *self, const char *goals);
const char *        sam_activity_get_governance          (SamActivity *self);
void                sam_activity_set_governance          (SamActivity *self, const char *governance);
const char *        sam_activity_get_follow_up           (SamActivity *self);
void                sam_activity_set_follow_up           (SamActivity *self, const char *follow_up);
const char *        sam_activity_get_follow_up_on        (SamActivity *self);
void                sam_activity_set_follow_up_on        (SamActivity *self, const char *follow_up_on);
int                 sam_activity_get_priority            (SamActivity *self);
void                sam_activity_set_priority            (SamActivity *self, int priority);
gint64              sam_activity_get_responsible_body_id (SamActivity *self);
void                sam_activity_set_responsible_body_id (SamActivity *self, gint64 responsible_body_id);
gint64              sam_activity_get_budget              (SamActivity *self);
void                sam_activity_set_budget              (SamActivity *self, gint64 budget);
gint64              sam_activity_get_co_financing        (SamActivity *self);
void                sam_activity_set_co_financing        (SamActivity *self, gint64 co_financing);
SamActivityStatus   sam_activity_get_status              (SamActivity *self);
void                sam_activity_set_status              (SamActivity *self, SamActivityStatus status);

G_END_DECLS
