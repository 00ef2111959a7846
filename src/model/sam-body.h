/* sam-body.h
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

#define SAM_TYPE_BODY (sam_body_get_type ())

G_DECLARE_FINAL_TYPE (SamBody, sam_body, SAM, BODY, SamEntity)

SamBody *sam_body_new (void) G_GNUC_WARN_UNUSED_RESULT;

SamBodyKind sam_body_get_kind              (SamBody *self);
void        sam_body_set_kind              (SamBody *self, SamBodyKind kind);
const char *sam_body_get_name              (SamBody *self);
void        sam_body_set_name              (SamBody *self, const char *name);
const char *sam_body_get_short_name        (SamBody *self);
void        sam_body_set_short_name        (SamBody *self, const char *short_name);
const char *sam_body_get_purpose           (SamBody *self);
void        sam_body_set_purpose           (SamBody *self, const char *purpose);
const char *sam_body_get_started_on        (SamBody *self);
void        sam_body_set_started_on        (SamBody *self, const char *started_on);
const char *sam_body_get_ended_on          (SamBody *self);
void        sam_body_set_ended_on          (SamBody *self, const char *ended_on);
gint64      sam_body_get_reports_to_id     (SamBody *self);
void        sam_body_set_reports_to_id     (SamBody *self, gint64 reports_to_id);
gint64      sam_body_get_focus_question_id (SamBody *self);
void        sam_body_set_focus_question_id (SamBody *self, gint64 focus_question_id);
gint64      sam_body_get_contact_person_id (SamBody *self);
void        sam_body_set_contact_person_id (SamBody *self, gint64 contact_person_id);
const char *sam_body_get_color             (SamBody *self);
void        sam_body_set_color             (SamBody *self, const char *color);

G_END_DECLS
