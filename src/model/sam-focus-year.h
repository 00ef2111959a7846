/* sam-focus-year.h
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

#define SAM_TYPE_FOCUS_YEAR (sam_focus_year_get_type ())

G_DECLARE_FINAL_TYPE (SamFocusYear, sam_focus_year, SAM, FOCUS_YEAR, SamEntity)

SamFocusYear *sam_focus_year_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_focus_year_get_focus_question_id (SamFocusYear *self);
void        sam_focus_year_set_focus_question_id (SamFocusYear *self, gint64 focus_question_id);
int         sam_focus_year_get_year              (SamFocusYear *self);
void        sam_focus_year_set_year              (SamFocusYear *self, int year);
const char *sam_focus_year_get_description       (SamFocusYear *self);
void        sam_focus_year_set_description       (SamFocusYear *self, const char *description);
const char *sam_focus_year_get_implementation    (SamFocusYear *self);
void        sam_focus_year_set_implementation    (SamFocusYear *self, const char *implementation);

G_END_DECLS
