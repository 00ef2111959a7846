/* sam-destination.h
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

#define SAM_TYPE_DESTINATION (sam_destination_get_type ())

G_DECLARE_FINAL_TYPE (SamDestination, sam_destination, SAM, DESTINATION, SamEntity)

SamDestination *sam_destination_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_destination_get_study_trip_id (SamDestination *self);
void        sam_destination_set_study_trip_id (SamDestination *self, gint64 study_trip_id);
int         sam_destination_get_position      (SamDestination *self);
void        sam_destination_set_position      (SamDestination *self, int position);
const char *sam_destination_get_city          (SamDestination *self);
void        sam_destination_set_city          (SamDestination *self, const char *city);
const char *sam_destination_get_country       (SamDestination *self);
void        sam_destination_set_country       (SamDestination *self, const char *country);
const char *sam_destination_get_rationale     (SamDestination *self);
void        sam_destination_set_rationale     (SamDestination *self, const char *rationale);
const char *sam_destination_get_themes        (SamDestination *self);
void        sam_destination_set_themes        (SamDestination *self, const char *themes);
const char *sam_destination_get_proposed_by   (SamDestination *self);
void        sam_destination_set_proposed_by   (SamDestination *self, const char *proposed_by);
gboolean    sam_destination_get_shortlisted   (SamDestination *self);
void        sam_destination_set_shortlisted   (SamDestination *self, gboolean shortlisted);
gboolean    sam_destination_get_chosen        (SamDestination *self);
void        sam_destination_set_chosen        (SamDestination *self, gboolean chosen);

G_END_DECLS
