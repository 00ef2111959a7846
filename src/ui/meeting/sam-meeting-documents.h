/* sam-meeting-documents.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-meeting-page.h"

G_BEGIN_DECLS

void        sam_meeting_documents_class_init (GtkWidgetClass *widget_class);
GMenuModel *sam_meeting_documents_menu       (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
