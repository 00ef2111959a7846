/* sam-person-editor.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PERSON_EDITOR (sam_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (SamPersonEditor, sam_person_editor, SAM, PERSON_EDITOR, AdwBin)

/* The fields of one person, saved as they are typed, and where the person
 * appears (groups, assignments). */
GtkWidget   *sam_person_editor_new               (SamStore        *store);
gint64       sam_person_editor_get_person_id     (SamPersonEditor *self);
void         sam_person_editor_set_person_id     (SamPersonEditor *self,
                                                  gint64           id);
void         sam_person_editor_flush             (SamPersonEditor *self);
GtkEditable *sam_person_editor_get_name_editable (SamPersonEditor *self);
void         sam_person_editor_focus_name        (SamPersonEditor *self);

G_END_DECLS
