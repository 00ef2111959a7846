/* sam-meeting-page.h
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

#define SAM_TYPE_MEETING_PAGE (sam_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (SamMeetingPage, sam_meeting_page, SAM, MEETING_PAGE, AdwBin)

/* One meeting: header, attendance, agenda, attachments, minutes. */
GtkWidget *sam_meeting_page_new            (SamContext     *context,
                                            gint64          meeting_id);
gint64     sam_meeting_page_get_meeting_id (SamMeetingPage *self);
void       sam_meeting_page_show_item      (SamMeetingPage *self,
                                            gint64          agenda_item_id);
/* sam-meeting-page-match.c */
void       sam_meeting_page_show_match     (SamMeetingPage *self,
                                            gint64          agenda_item_id,
                                            const char     *query);

/* "agenda", or "minutes" to show each item's minutes below it. */
const char *sam_meeting_page_get_mode      (SamMeetingPage *self);
void       sam_meeting_page_set_mode       (SamMeetingPage *self,
                                            const char     *mode);
gint64     sam_meeting_page_get_current_item (SamMeetingPage *self);
GtkWidget *sam_meeting_page_get_item_editor (SamMeetingPage *self);
GtkWidget *sam_meeting_page_get_item_row   (SamMeetingPage *self,
                                            gint64          agenda_item_id);
void       sam_meeting_page_flush          (SamMeetingPage *self);
gboolean   sam_meeting_page_navigate_back  (SamMeetingPage *self);
const char *sam_meeting_page_get_title     (SamMeetingPage *self);

G_END_DECLS
