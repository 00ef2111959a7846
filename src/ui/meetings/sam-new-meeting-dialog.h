/* sam-new-meeting-dialog.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_NEW_MEETING_DIALOG (sam_new_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SamNewMeetingDialog, sam_new_meeting_dialog,
                      SAM, NEW_MEETING_DIALOG, AdwWindow)

/* Asks for a new meeting's body, kind, date, times, place and people and
 * creates it with the body's current members as its attendance list; then
 * emits "created" (gint64 meeting_id) and closes. */
GtkWidget *sam_new_meeting_dialog_new            (SamStore   *store,
                                                  gint64      body_id);
gint64     sam_new_meeting_dialog_get_meeting_id (SamNewMeetingDialog *self);

/* Adds the members of the meeting's body on its date to its attendance
 * list (the chair as chair, the secretary as secretary), inside the
 * caller's transaction. */
gboolean   sam_new_meeting_dialog_add_attendance (SamStore   *store,
                                                  SamMeeting *meeting,
                                                  GError    **error);

/* "2019-01-29" → TRUE; "2019-1-29", "2019-02-30" → FALSE. */
gboolean   sam_new_meeting_dialog_check_date     (const char *text);

/* "15:00", "9:30", "15.00" → "15:00", "09:30", "15:00"; else NULL. */
char      *sam_new_meeting_dialog_normalize_time (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
