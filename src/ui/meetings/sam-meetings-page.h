/* sam-meetings-page.h
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

#define SAM_TYPE_MEETINGS_PAGE (sam_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (SamMeetingsPage, sam_meetings_page, SAM, MEETINGS_PAGE, GtkWidget)

/* The Meetings section: the list of every body's meetings (upcoming,
 * then past by year), and the page of one meeting in its place. */
GtkWidget  *sam_meetings_page_new              (SamContext      *context);
SamStore   *sam_meetings_page_get_store        (SamMeetingsPage *self);
GListModel *sam_meetings_page_get_model        (SamMeetingsPage *self);
const char *sam_meetings_page_get_title       (SamMeetingsPage *self);
GtkWidget  *sam_meetings_page_get_meeting_page (SamMeetingsPage *self);
void        sam_meetings_page_open             (GtkWidget       *page,
                                                gint64           meeting_id);

/* How a meeting reads to the user, wherever it is shown. */
const char *sam_meeting_kind_label             (SamMeetingKind    kind);
const char *sam_meeting_status_label           (SamMeetingStatus  status);
char       *sam_meeting_format_when            (SamMeeting       *meeting)
                                               G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
