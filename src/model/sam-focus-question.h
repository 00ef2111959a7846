/* sam-focus-question.h
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

#define SAM_TYPE_FOCUS_QUESTION (sam_focus_question_get_type ())

G_DECLARE_FINAL_TYPE (SamFocusQuestion, sam_focus_question, SAM, FOCUS_QUESTION, SamEntity)

SamFocusQuestion *sam_focus_question_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64         sam_focus_question_get_plan_id        (SamFocusQuestion *self);
void           sam_focus_question_set_plan_id        (SamFocusQuestion *self, gint64 plan_id);
gint64         sam_focus_question_get_area_id        (SamFocusQuestion *self);
void           sam_focus_question_set_area_id        (SamFocusQuestion *self, gint64 area_id);
int            sam_focus_question_get_position       (SamFocusQuestion *self);
void           sam_focus_question_set_position       (SamFocusQuestion *self, int position);
const char *   sam_focus_question_get_title          (SamFocusQuestion *self);
void           sam_focus_question_set_title          (SamFocusQuestion *self, const char *title);
const char *   sam_focus_question_get_long_term_goal (SamFocusQuestion *self);
void           sam_focus_question_set_long_term_goal (SamFocusQuestion *self, const char *long_term_goal);
SamFocusStatus sam_focus_question_get_status         (SamFocusQuestion *self);
void           sam_focus_question_set_status         (SamFocusQuestion *self, SamFocusStatus status);
const char *   sam_focus_question_get_concluded_on   (SamFocusQuestion *self);
void           sam_focus_question_set_concluded_on   (SamFocusQuestion *self, const char *concluded_on);
const char *   sam_focus_question_get_outcome        (SamFocusQuestion *self);
void           sam_focus_question_set_outcome        (SamFocusQuestion *self, const char *outcome);

G_END_DECLS
