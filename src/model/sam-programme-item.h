/* sam-programme-item.h
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

#define SAM_TYPE_PROGRAMME_ITEM (sam_programme_item_get_type ())

G_DECLARE_FINAL_TYPE (SamProgrammeItem, sam_programme_item, SAM, PROGRAMME_ITEM, SamEntity)

SamProgrammeItem *sam_programme_item_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_programme_item_get_study_trip_id (SamProgrammeItem *self);
void        sam_programme_item_set_study_trip_id (SamProgrammeItem *self, gint64 study_trip_id);
const char *sam_programme_item_get_day           (SamProgrammeItem *self);
void        sam_programme_item_set_day           (SamProgrammeItem *self, const char *day);
const char *sam_programme_item_get_time          (SamProgrammeItem *self);
void        sam_programme_item_set_time          (SamProgrammeItem *self, const char *time);
const char *sam_programme_item_get_title         (SamProgrammeItem *self);
void        sam_programme_item_set_title         (SamProgrammeItem *self, const char *title);
const char *sam_programme_item_get_place         (SamProgrammeItem *self);
void        sam_programme_item_set_place         (SamProgrammeItem *self, const char *place);
const char *sam_programme_item_get_description   (SamProgrammeItem *self);
void        sam_programme_item_set_description   (SamProgrammeItem *self, const char *description);

G_END_DECLS
