/* sam-study-trip.h
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

#define SAM_TYPE_STUDY_TRIP (sam_study_trip_get_type ())

G_DECLARE_FINAL_TYPE (SamStudyTrip, sam_study_trip, SAM, STUDY_TRIP, SamEntity)

SamStudyTrip *sam_study_trip_new (void) G_GNUC_WARN_UNUSED_RESULT;

const char *  sam_study_trip_get_title               (SamStudyTrip *self);
void          sam_study_trip_set_title               (SamStudyTrip *self, const char *title);
gint64        sam_study_trip_get_body_id             (SamStudyTrip *self);
void          sam_study_trip_set_body_id             (SamStudyTrip *self, gint64 body_id);
const char *  sam_study_trip_get_starts_on           (SamStudyTrip *self);
void          sam_study_trip_set_starts_on           (SamStudyTrip *self, const char *starts_on);
const char *  sam_study_trip_get_ends_on             (SamStudyTrip *self);
void          sam_study_trip_set_ends_on             (SamStudyTrip *self, const char *ends_on);
SamTripStatus sam_study_trip_get_status              (SamStudyTrip *self);
void          sam_study_trip_set_status              (SamStudyTrip *self, SamTripStatus status);
const char *  sam_study_trip_get_purpose             (SamStudyTrip *self);
void          sam_study_trip_set_purpose             (SamStudyTrip *self, const char *purpose);
gint64        sam_study_trip_get_budget              (SamStudyTrip *self);
void          sam_study_trip_set_budget              (SamStudyTrip *self, gint64 budget);
gint64        sam_study_trip_get_deciding_meeting_id (SamStudyTrip *self);
void          sam_study_trip_set_deciding_meeting_id (SamStudyTrip *self, gint64 deciding_meeting_id);

G_END_DECLS
