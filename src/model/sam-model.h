/* sam-model.h: every entity of the model, for the layers above it.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-types.h"
#include "sam-enums.h"
#include "sam-enum-types.h"
#include "sam-entity.h"
#include "sam-field.h"

#include "sam-activity.h"
#include "sam-agenda-item.h"
#include "sam-area.h"
#include "sam-assignment.h"
#include "sam-attachment.h"
#include "sam-attendance.h"
#include "sam-body.h"
#include "sam-decision.h"
#include "sam-destination.h"
#include "sam-focus-question.h"
#include "sam-focus-year.h"
#include "sam-meeting.h"
#include "sam-membership.h"
#include "sam-municipality.h"
#include "sam-person.h"
#include "sam-plan.h"
#include "sam-programme-item.h"
#include "sam-study-trip.h"
#include "sam-trip-participant.h"
#include "sam-agenda.h"
#include "sam-date.h"
