/* sam-decision.h
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

#define SAM_TYPE_DECISION (sam_decision_get_type ())

G_DECLARE_FINAL_TYPE (SamDecision, sam_decision, SAM, DECISION, SamEntity)

SamDecision *sam_decision_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64             sam_decision_get_agenda_item_id (SamDecision *self);
void               sam_decision_set_agenda_item_id (SamDecision *self, gint64 agenda_item_id);
int                sam_decision_get_position       (SamDecision *self);
void               sam_decision_set_position       (SamDecision *self, int position);
const char *       sam_decision_get_text           (SamDecision *self);
void               sam_decision_set_text           (SamDecision *self, const char *text);
SamDecisionOutcome sam_decision_get_outcome        (SamDecision *self);
void               sam_decision_set_outcome        (SamDecision *self, SamDecisionOutcome outcome);
SamFollowUp        sam_decision_get_follow_up      (SamDecision *self);
void               sam_decision_set_follow_up      (SamDecision *self, SamFollowUp follow_up);
const char *       sam_decision_get_follow_up_note (SamDecision *self);
void               sam_decision_set_follow_up_note (SamDecision *self, const char *follow_up_note);

/* Derived by the store's registers. */
gint64 sam_decision_get_meeting_id (SamDecision *self);
const char *sam_decision_get_meeting_starts_at (SamDecision *self);
const char *sam_decision_get_body_name (SamDecision *self);
const char *sam_decision_get_item_number (SamDecision *self);
const char *sam_decision_get_item_title (SamDecision *self);

G_END_DECLS
