/* sam-assignment-row.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_ASSIGNMENT_ROW (sam_assignment_row_get_type ())

G_DECLARE_FINAL_TYPE (SamAssignmentRow, sam_assignment_row, SAM, ASSIGNMENT_ROW, GtkWidget)

/* One assignment in the register: title, owner, due date and a check that
 * marks it done. Overdue ones stand out. */
GtkWidget     *sam_assignment_row_new            (void);
SamAssignment *sam_assignment_row_get_assignment (SamAssignmentRow *self);
void           sam_assignment_row_set_assignment (SamAssignmentRow *self,
                                                  SamAssignment    *assignment);
gboolean       sam_assignment_row_get_overdue    (SamAssignmentRow *self);

G_END_DECLS
