/* sam-new-meeting-dialog.h
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

#define SAM_TYPE_NEW_MEETING_DIALOG (sam_new_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SamNewMeetingDialog, sam_new_meeting_dialog,
                      SAM, NEW_MEETING_DIALOG, AdwWindow)

/* Asks for a new meeting's body, kind, date, times, place and people and
 * creates it with nobody called yet (the attendance list offers to add
 * the body's members); then emits "created" (gint64 meeting_id) and
 * closes. */
GtkWidget *sam_new_meeting_dialog_new            (SamContext *context,
                                                  gint64      body_id);
gint64     sam_new_meeting_dialog_get_meeting_id (SamNewMeetingDialog *self);

G_END_DECLS
