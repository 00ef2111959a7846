/* sam-activity-editor.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_ACTIVITY_EDITOR (sam_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (SamActivityEditor, sam_activity_editor, SAM, ACTIVITY_EDITOR, GtkWidget)

GtkWidget   *sam_activity_editor_new          (SamStore          *store);
void         sam_activity_editor_set_activity (SamActivityEditor *self,
                                               SamActivity       *activity);
SamActivity *sam_activity_editor_get_activity (SamActivityEditor *self);
void         sam_activity_editor_flush        (SamActivityEditor *self);
void         sam_activity_editor_focus_title  (SamActivityEditor *self);

G_END_DECLS
