/* sam-meetings-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_MEETINGS_PAGE (sam_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (SamMeetingsPage, sam_meetings_page, SAM, MEETINGS_PAGE, GtkWidget)

GtkWidget  *sam_meetings_page_new       (SamStore        *store);
SamStore   *sam_meetings_page_get_store (SamMeetingsPage *self);
GListModel *sam_meetings_page_get_model (SamMeetingsPage *self);
void        sam_meetings_page_open      (GtkWidget       *page,
                                         gint64           meeting_id);

G_END_DECLS
