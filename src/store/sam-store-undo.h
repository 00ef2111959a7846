/* sam-store-undo.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

/* Deletion with undo: what a deletion removed (the row, what the schema's
 * ON DELETE CASCADE took with it) and which references it cleared (ON
 * DELETE SET NULL), kept column by column so that Undo puts it all back
 * with the same ids and uuids. */

#define SAM_TYPE_DELETION (sam_deletion_get_type ())

G_DECLARE_FINAL_TYPE (SamDeletion, sam_deletion, SAM, DELETION, GObject)

SamDeletion  *sam_store_delete_with_undo   (SamStore     *self,
                                            gpointer      entity,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_undo_deletion      (SamStore     *self,
                                            SamDeletion  *deletion,
                                            GError      **error);

SamDeletion  *sam_store_merge_people       (SamStore     *self,
                                            SamPerson    *keep,
                                            SamPerson    *remove,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;

GType         sam_deletion_get_entity_type (SamDeletion  *self);
gint64        sam_deletion_get_id          (SamDeletion  *self);
const char   *sam_deletion_get_uuid        (SamDeletion  *self);
const char   *sam_deletion_get_title       (SamDeletion  *self);
gboolean      sam_deletion_get_undone      (SamDeletion  *self);
guint         sam_deletion_get_n_rows      (SamDeletion  *self);
guint         sam_deletion_count_rows      (SamDeletion  *self,
                                            const char   *table);
guint         sam_deletion_get_n_links     (SamDeletion  *self);

char         *sam_store_dump_rows          (SamStore     *self,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
