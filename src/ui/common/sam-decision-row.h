/* sam-decision-row.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-labels.h"

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_DECISION_ROW (sam_decision_row_get_type ())

G_DECLARE_FINAL_TYPE (SamDecisionRow, sam_decision_row, SAM, DECISION_ROW, GtkWidget)

/* One decision in the register: where and when it was made, its text and
 * outcome, and its follow-up, which can be edited in place. */
GtkWidget   *sam_decision_row_new          (void);
SamDecision *sam_decision_row_get_decision (SamDecisionRow *self);
void         sam_decision_row_set_decision (SamDecisionRow *self,
                                            SamDecision    *decision);
void         sam_decision_row_flush        (SamDecisionRow *self);

/* Shared by the minutes and the register. */
const char  *sam_enum_nick       (GType              enum_type,
                                  int                value);
char        *sam_format_date     (const char        *iso_date) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_today           (GtkWidget *from) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_format_meeting_line (const char    *starts_at,
                                      const char    *body_name) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
