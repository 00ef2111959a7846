/* sam-decisions-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-context.h"

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_DECISIONS_PAGE (sam_decisions_page_get_type ())

G_DECLARE_FINAL_TYPE (SamDecisionsPage, sam_decisions_page, SAM, DECISIONS_PAGE, GtkWidget)

/* The section "Decisions and assignments": the register of every decision
 * with its follow-up, and the assignments with their owners and dates. */
GtkWidget  *sam_decisions_page_new              (SamContext       *context);
void        sam_decisions_page_open             (GtkWidget        *page,
                                                 gint64            decision_id);
void        sam_decisions_page_show_assignments (GtkWidget        *page);
void        sam_decisions_page_open_assignment  (GtkWidget        *page,
                                                 gint64            assignment_id);
GListModel *sam_decisions_page_get_decisions    (SamDecisionsPage *self);
GListModel *sam_decisions_page_get_assignments  (SamDecisionsPage *self);

G_END_DECLS
