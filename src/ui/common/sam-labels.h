/* sam-labels.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-model.h"

G_BEGIN_DECLS

const char *sam_outcome_label         (SamDecisionOutcome outcome);
const char *sam_follow_up_label       (SamFollowUp        follow_up);
const char *sam_trip_status_label     (SamTripStatus      status);
const char *sam_body_kind_label       (int                kind);
const char *sam_membership_role_label (int                role);

char       *sam_overdue_label         (const char        *due_on,
                                       const char        *today) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
