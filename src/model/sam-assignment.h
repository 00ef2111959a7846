/* sam-assignment.h
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

#define SAM_TYPE_ASSIGNMENT (sam_assignment_get_type ())

G_DECLARE_FINAL_TYPE (SamAssignment, sam_assignment, SAM, ASSIGNMENT, SamEntity)

SamAssignment *sam_assignment_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64              sam_assignment_get_agenda_item_id        (SamAssignment *self);
void                sam_assignment_set_agenda_item_id        (SamAssignment *self, gint64 agenda_item_id);
const char *        sam_assignment_get_title                 (SamAssignment *self);
void                sam_assignment_set_title                 (SamAssignment *self, const char *title);
const char *        sam_assignment_get_description           (SamAssignment *self);
void                sam_assignment_set_description           (SamAssignment *self, const char *description);
SamOwnerKind        sam_assignment_get_owner_kind            (SamAssignment *self);
void                sam_assignment_set_owner_kind            (SamAssignment *self, SamOwnerKind owner_kind);
gint64              sam_assignment_get_owner_person_id       (SamAssignment *self);
void                sam_assignment_set_owner_person_id       (SamAssignment *self, gint64 owner_person_id);
gint64              sam_assignment_get_owner_body_id         (SamAssignment *self);
void                sam_assignment_set_owner_body_id         (SamAssignment *self, gint64 owner_body_id);
gint64              sam_assignment_get_owner_municipality_id (SamAssignment *self);
void                sam_assignment_set_owner_municipality_id (SamAssignment *self, gint64 owner_municipality_id);
const char         *sam_assignment_get_owner_text            (SamAssignment *self);
void                sam_assignment_set_owner_text            (SamAssignment *self, const char *owner_text);
const char *        sam_assignment_get_due_on                (SamAssignment *self);
void                sam_assignment_set_due_on                (SamAssignment *self, const char *due_on);
SamAssignmentStatus sam_assignment_get_status                (SamAssignment *self);
void                sam_assignment_set_status                (SamAssignment *self, SamAssignmentStatus status);
const char *        sam_assignment_get_completed_on          (SamAssignment *self);
void                sam_assignment_set_completed_on          (SamAssignment *self, const char *completed_on);
gint64              sam_assignment_get_report_meeting_id     (SamAssignment *self);
void                sam_assignment_set_report_meeting_id     (SamAssignment *self, gint64 report_meeting_id);

/* Derived by the store's registers. */
gint64 sam_assignment_get_meeting_id (SamAssignment *self);
const char *sam_assignment_get_meeting_starts_at (SamAssignment *self);
const char *sam_assignment_get_body_name (SamAssignment *self);
const char *sam_assignment_get_item_number (SamAssignment *self);
const char *sam_assignment_get_owner_name (SamAssignment *self);
gboolean sam_assignment_get_overdue (SamAssignment *self);

G_END_DECLS
