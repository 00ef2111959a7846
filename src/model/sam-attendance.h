/* sam-attendance.h
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

#define SAM_TYPE_ATTENDANCE (sam_attendance_get_type ())

G_DECLARE_FINAL_TYPE (SamAttendance, sam_attendance, SAM, ATTENDANCE, SamEntity)

SamAttendance *sam_attendance_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64            sam_attendance_get_meeting_id (SamAttendance *self);
void              sam_attendance_set_meeting_id (SamAttendance *self, gint64 meeting_id);
gint64            sam_attendance_get_person_id  (SamAttendance *self);
void              sam_attendance_set_person_id  (SamAttendance *self, gint64 person_id);
SamAttendanceRole sam_attendance_get_role       (SamAttendance *self);
void              sam_attendance_set_role       (SamAttendance *self, SamAttendanceRole role);
gboolean          sam_attendance_get_present    (SamAttendance *self);
void              sam_attendance_set_present    (SamAttendance *self, gboolean present);
gboolean          sam_attendance_get_adjuster   (SamAttendance *self);
void              sam_attendance_set_adjuster   (SamAttendance *self, gboolean adjuster);
int               sam_attendance_get_position   (SamAttendance *self);
void              sam_attendance_set_position   (SamAttendance *self, int position);
const char *      sam_attendance_get_note       (SamAttendance *self);
void              sam_attendance_set_note       (SamAttendance *self, const char *note);

G_END_DECLS
