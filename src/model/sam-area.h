/* sam-area.h
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

#define SAM_TYPE_AREA (sam_area_get_type ())

G_DECLARE_FINAL_TYPE (SamArea, sam_area, SAM, AREA, SamEntity)

SamArea *sam_area_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_area_get_plan_id     (SamArea *self);
void        sam_area_set_plan_id     (SamArea *self, gint64 plan_id);
int         sam_area_get_position    (SamArea *self);
void        sam_area_set_position    (SamArea *self, int position);
const char *sam_area_get_title       (SamArea *self);
void        sam_area_set_title       (SamArea *self, const char *title);
const char *sam_area_get_description (SamArea *self);
void        sam_area_set_description (SamArea *self, const char *description);

G_END_DECLS
