/* sam-store-private.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-db.h"
#include "sam-store.h"

G_BEGIN_DECLS

/* "Samv" in ASCII: written to the file's header so that Samverkan knows its
 * own databases from other SQLite files. */
#ifndef SAM_APPLICATION_ID
#define SAM_APPLICATION_ID 0x53616d76
#endif

/* One row of a live model: the id, and the values of the item's derived
 * fields in declaration order (which also tell the model that a row whose
 * id did not move still changed, as when an agenda item is renumbered). */
typedef struct
{
  gint64  id;
  char  **derived;
} SamRow;

typedef GArray *(*SamRowFetchFunc) (SamStore  *store,
                                    gpointer   user_data,
                                    GError   **error);

SamDb    *sam_store_get_db          (SamStore   *self);
gpointer  sam_store_load_plain      (SamStore   *self,
                                     GType       type,
                                     gint64      id,
                                     GError    **error);
gpointer  sam_store_peek_live       (SamStore   *self,
                                     GType       type,
                                     gint64      id) G_GNUC_WARN_UNUSED_RESULT;
gboolean  sam_store_load_plain_many (SamStore      *self,
                                     GType          type,
                                     const gint64  *ids,
                                     guint          n_ids,
                                     GPtrArray     *objects,
                                     GError       **error);
void      sam_store_apply_derived   (SamEntity  *entity,
                                     char      **derived);
void      sam_row_clear             (gpointer    row);
const GArray *sam_store_get_announced_ids (SamStore *self);
void      sam_store_queue_change    (SamStore       *self,
                                     const char     *table,
                                     gint64          id,
                                     SamStoreChange  kind);
void      sam_store_queue_precise_change (SamStore       *self,
                                          const char     *table,
                                          gint64          id,
                                          SamStoreChange  kind);

void      sam_store_set_check_result (SamStore   *self,
                                      const char *damage);

/* sam-store-guards.c */
const char *sam_store_find_uuid_table (SamStore    *self,
                                       const char  *uuid);
gboolean  sam_store_check_parent    (SamStore       *self,
                                     gint64          item_id,
                                     gint64          parent_id,
                                     GError        **error);
gboolean  sam_store_check_entity    (SamStore       *self,
                                     SamEntity      *entity,
                                     gboolean        inserting,
                                     GError        **error);
gboolean  sam_store_check_timestamp (const char     *text,
                                     GError        **error);
char     *sam_store_stamp_after     (const char     *previous) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
