/* sam-people-undo.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-store.h"

G_BEGIN_DECLS

/* What deleting a person or a municipality takes with it (memberships,
 * attendance, presenter and responsibility links) and what it leaves
 * pointing nowhere (a meeting's chair, an assignment's owner), kept so that
 * Undo brings all of it back in one transaction. */
typedef struct _SamPeopleUndo SamPeopleUndo;

SamPeopleUndo *sam_people_undo_take    (SamStore       *store,
                                        SamEntity      *entity) G_GNUC_WARN_UNUSED_RESULT;
SamEntity     *sam_people_undo_get_entity (SamPeopleUndo *self);
gint64         sam_people_undo_restore (SamPeopleUndo  *self,
                                        GError        **error);
void           sam_people_undo_free    (SamPeopleUndo  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamPeopleUndo, sam_people_undo_free)

G_END_DECLS
