/* sam-store-exchange.h: what the exchange format asks of the store: the
 * rows of a table or a meeting in a stable order, the records a file's
 * record merges with by more than its uuid, and a consistent snapshot.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

GArray     *sam_store_list_ids_by_uuid   (SamStore    *self,
                                          GType        type,
                                          GError     **error) G_GNUC_WARN_UNUSED_RESULT;
GArray     *sam_store_list_meeting_parts (SamStore    *self,
                                          GType        type,
                                          gint64       meeting_id,
                                          GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    sam_store_find_twin          (SamStore    *self,
                                          SamEntity   *entity,
                                          gint64      *id,
                                          GError     **error);
GHashTable *sam_store_list_references    (SamStore    *self,
                                          const char  *table,
                                          GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    sam_store_begin_snapshot     (SamStore    *self);
void        sam_store_end_snapshot       (SamStore    *self);

G_END_DECLS
