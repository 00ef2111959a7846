/* sam-meeting.h
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

#define SAM_TYPE_MEETING (sam_meeting_get_type ())

G_DECLARE_FINAL_TYPE (SamMeeting, sam_meeting, SAM, MEETING, SamEntity)

SamMeeting *sam_meeting_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64           sam_meeting_get_body_id                (SamMeeting *self);
void             sam_meeting_set_body_id                (SamMeeting *self, gint64 body_id);
SamMeetingKind   sam_meeting_get_kind                   (SamMeeting *self);
void             sam_meeting_set_kind                   (SamMeeting *self, SamMeetingKind kind);
const char *     sam_meeting_get_title                  (SamMeeting *self);
void             sam_meeting_set_title                  (SamMeeting *self, const char *title);
const char *     sam_meeting_get_starts_at              (SamMeeting *self);
void             sam_meeting_set_starts_at              (SamMeeting *self, const char *starts_at);
const char *     sam_meeting_get_ends_at                (SamMeeting *self);
void             sam_meeting_set_ends_at                (SamMeeting *self, const char *ends_at);
const char *     sam_meeting_get_location               (SamMeeting *self);
void             sam_meeting_set_location               (SamMeeting *self, const char *location);
gboolean         sam_meeting_get_online                 (SamMeeting *self);
void             sam_meeting_set_online                 (SamMeeting *self, gboolean online);
const char *     sam_meeting_get_theme                  (SamMeeting *self);
void             sam_meeting_set_theme                  (SamMeeting *self, const char *theme);
gint64           sam_meeting_get_host_municipality_id   (SamMeeting *self);
void             sam_meeting_set_host_municipality_id   (SamMeeting *self, gint64 host_municipality_id);
gint64           sam_meeting_get_chair_id               (SamMeeting *self);
void             sam_meeting_set_chair_id               (SamMeeting *self, gint64 chair_id);
gint64           sam_meeting_get_secretary_id           (SamMeeting *self);
void             sam_meeting_set_secretary_id           (SamMeeting *self, gint64 secretary_id);
SamMeetingStatus sam_meeting_get_status                 (SamMeeting *self);
void             sam_meeting_set_status                 (SamMeeting *self, SamMeetingStatus status);
gint64           sam_meeting_get_approves_minutes_of_id (SamMeeting *self);
void             sam_meeting_set_approves_minutes_of_id (SamMeeting *self, gint64 approves_minutes_of_id);
SamMinutesLabel  sam_meeting_get_minutes_label          (SamMeeting *self);
void             sam_meeting_set_minutes_label          (SamMeeting *self, SamMinutesLabel minutes_label);
const char *     sam_meeting_get_adjusted_on            (SamMeeting *self);
void             sam_meeting_set_adjusted_on            (SamMeeting *self, const char *adjusted_on);
int              sam_meeting_get_sequence               (SamMeeting *self);
void             sam_meeting_set_sequence               (SamMeeting *self, int sequence);
const char *     sam_meeting_get_note                   (SamMeeting *self);
void             sam_meeting_set_note                   (SamMeeting *self, const char *note);
const char *     sam_meeting_get_body_name              (SamMeeting *self);
void             sam_meeting_set_body_name              (SamMeeting *self, const char *body_name);
const char *     sam_meeting_get_list_group             (SamMeeting *self);
gboolean         sam_meeting_get_list_group_first       (SamMeeting *self);
gboolean         sam_meeting_get_list_group_last        (SamMeeting *self);

G_END_DECLS
