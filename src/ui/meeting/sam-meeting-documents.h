/* sam-meeting-documents.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-meeting-page.h"

#include "sam-mail.h"

G_BEGIN_DECLS

void        sam_meeting_documents_class_init (GtkWidgetClass *widget_class);
GMenuModel *sam_meeting_documents_menu       (void) G_GNUC_WARN_UNUSED_RESULT;

/* Where Send Agenda… and Send Minutes… hand their e-mail instead of the
 * portal, for tests: the request with its files written; NULL for the
 * portal again. */
typedef void (*SamMailSendHook) (const SamMailRequest *request,
                                 gpointer              user_data);

void        sam_meeting_documents_set_send_hook (SamMailSendHook hook,
                                                 gpointer        user_data);

G_END_DECLS
