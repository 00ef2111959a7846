/* sam-types.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SamEntity SamEntity;

typedef struct _SamActivity SamActivity;
typedef struct _SamAgendaItem SamAgendaItem;
typedef struct _SamArea SamArea;
typedef struct _SamAssignment SamAssignment;
typedef struct _SamAttachment SamAttachment;
typedef struct _SamAttendance SamAttendance;
typedef struct _SamBody SamBody;
typedef struct _SamDecision SamDecision;
typedef struct _SamDestination SamDestination;
typedef struct _SamFocusQuestion SamFocusQuestion;
typedef struct _SamFocusYear SamFocusYear;
typedef struct _SamMeeting SamMeeting;
typedef struct _SamMembership SamMembership;
typedef struct _SamMunicipality SamMunicipality;
typedef struct _SamPerson SamPerson;
typedef struct _SamPlan SamPlan;
typedef struct _SamProgrammeItem SamProgrammeItem;
typedef struct _SamStudyTrip SamStudyTrip;
typedef struct _SamTripParticipant SamTripParticipant;

typedef struct _SamStore SamStore;
typedef struct _SamQueryModel SamQueryModel;

G_END_DECLS
