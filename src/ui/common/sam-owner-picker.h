/* sam-owner-picker.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_OWNER_PICKER (sam_owner_picker_get_type ())

G_DECLARE_FINAL_TYPE (SamOwnerPicker, sam_owner_picker, SAM, OWNER_PICKER, GtkWidget)

/* Who carries out an assignment: a person, a body, a municipality, all
 * member municipalities, or a role or outside organisation written out.
 * Emits "changed" when the user picks another, "edited" while the user
 * types a written one. */
GtkWidget    *sam_owner_picker_new        (SamStore       *store);
SamOwnerKind  sam_owner_picker_get_kind   (SamOwnerPicker *self);
gint64        sam_owner_picker_get_id     (SamOwnerPicker *self);
void          sam_owner_picker_set_owner  (SamOwnerPicker *self,
                                           SamOwnerKind    kind,
                                           gint64          id);
void          sam_owner_picker_set_text   (SamOwnerPicker *self,
                                           const char     *text);
const char   *sam_owner_picker_get_text   (SamOwnerPicker *self);
gboolean      sam_owner_picker_is_incomplete (SamOwnerPicker *self);
gboolean      sam_owner_picker_apply      (SamOwnerPicker *self,
                                           SamAssignment  *assignment);
char         *sam_owner_picker_describe   (SamStore       *store,
                                           SamAssignment  *assignment) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
