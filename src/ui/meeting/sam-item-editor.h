/* sam-item-editor.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_ITEM_EDITOR (sam_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (SamItemEditor, sam_item_editor, SAM, ITEM_EDITOR, AdwBin)

/* Everything about one agenda item that goes into the agenda: kind,
 * title, case number, presenters, duration, background, proposed
 * decision, the internal note and the links. Saves as the user types. */
GtkWidget *sam_item_editor_new          (SamStore      *store);
void       sam_item_editor_set_item_id  (SamItemEditor *self,
                                         gint64         agenda_item_id);
gint64     sam_item_editor_get_item_id  (SamItemEditor *self);
void       sam_item_editor_flush        (SamItemEditor *self);
void       sam_item_editor_focus_title  (SamItemEditor *self);
GtkEditable *sam_item_editor_get_title_editable (SamItemEditor *self);

G_END_DECLS
