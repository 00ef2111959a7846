/* sam-focus-page.h
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

#define SAM_TYPE_FOCUS_PAGE (sam_focus_page_get_type ())

G_DECLARE_FINAL_TYPE (SamFocusPage, sam_focus_page, SAM, FOCUS_PAGE, GtkWidget)

GtkWidget  *sam_focus_page_new                 (SamContext   *context);
void        sam_focus_page_open                (GtkWidget    *page,
                                                gint64        id);
gint64      sam_focus_page_get_plan_id         (SamFocusPage *self);
void        sam_focus_page_set_plan_id         (SamFocusPage *self,
                                                gint64        plan_id);
gint64      sam_focus_page_get_question_id     (SamFocusPage *self);
GListModel *sam_focus_page_get_active_model    (SamFocusPage *self);
GListModel *sam_focus_page_get_concluded_model (SamFocusPage *self);
gint64      sam_focus_page_new_question        (SamFocusPage *self);
int         sam_focus_page_add_year            (SamFocusPage *self);
gboolean    sam_focus_page_conclude            (SamFocusPage *self,
                                                const char   *outcome);

G_END_DECLS
