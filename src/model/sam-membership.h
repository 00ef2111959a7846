/* sam-membership.h
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

#define SAM_TYPE_MEMBERSHIP (sam_membership_get_type ())

G_DECLARE_FINAL_TYPE (SamMembership, sam_membership, SAM, MEMBERSHIP, SamEntity)

SamMembership *sam_membership_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64            sam_membership_get_body_id         (SamMembership *self);
void              sam_membership_set_body_id         (SamMembership *self, gint64 body_id);
gint64            sam_membership_get_person_id       (SamMembership *self);
void              sam_membership_set_person_id       (SamMembership *self, gint64 person_id);
gint64            sam_membership_get_municipality_id (SamMembership *self);
void              sam_membership_set_municipality_id (SamMembership *self, gint64 municipality_id);
SamMembershipRole sam_membership_get_role            (SamMembership *self);
void              sam_membership_set_role            (SamMembership *self, SamMembershipRole role);
const char *      sam_membership_get_valid_from      (SamMembership *self);
void              sam_membership_set_valid_from      (SamMembership *self, const char *valid_from);
const char *      sam_membership_get_valid_until     (SamMembership *self);
void              sam_membership_set_valid_until     (SamMembership *self, const char *valid_until);
const char *      sam_membership_get_note            (SamMembership *self);
void              sam_membership_set_note            (SamMembership *self, const char *note);

G_END_DECLS
