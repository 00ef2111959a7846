/* sam-meeting-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_MEETING_PAGE (sam_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (SamMeetingPage, sam_meeting_page, SAM, MEETING_PAGE, AdwBin)

/* One meeting: header, attendance, agenda, attachments, minutes. */
GtkWidget *sam_meeting_page_new            (SamStore       *store,
                                            gint64          meeting_id);
gint64     sam_meeting_page_get_meeting_id (SamMeetingPage *self);
void       sam_meeting_page_show_item      (SamMeetingPage *self,
                                            gint64          agenda_item_id);

G_END_DECLS
