/* sam-trip-participant.h
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

#define SAM_TYPE_TRIP_PARTICIPANT (sam_trip_participant_get_type ())

G_DECLARE_FINAL_TYPE (SamTripParticipant, sam_trip_participant, SAM, TRIP_PARTICIPANT, SamEntity)

SamTripParticipant *sam_trip_participant_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_trip_participant_get_study_trip_id (SamTripParticipant *self);
void        sam_trip_participant_set_study_trip_id (SamTripParticipant *self, gint64 study_trip_id);
gint64      sam_trip_participant_get_person_id     (SamTripParticipant *self);
void        sam_trip_participant_set_person_id     (SamTripParticipant *self, gint64 person_id);
const char *sam_trip_participant_get_role          (SamTripParticipant *self);
void        sam_trip_participant_set_role          (SamTripParticipant *self, const char *role);
const char *sam_trip_participant_get_note          (SamTripParticipant *self);
void        sam_trip_participant_set_note          (SamTripParticipant *self, const char *note);

G_END_DECLS
