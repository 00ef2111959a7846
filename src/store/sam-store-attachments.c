/* sam-store-attachments.c: the bytes of attachments
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-core.h"

/* Attachments keep their bytes in the database; they are read only when
 * someone opens or exports the attachment. */

GBytes *
sam_store_load_attachment_data (SamStore  *self,
                                gint64     attachment_id,
                                GError   **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (!sam_statement_prepare (&statement, self->db, "SELECT data FROM attachment WHERE id = ?", error))
    return NULL;

  sam_statement_bind_int64 (&statement, 1, attachment_id);
  rc = sam_statement_step (&statement, error);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (statement.stmt, 0), (gsize)sqlite3_column_bytes (statement.stmt, 0));
  else if (rc == SQLITE_DONE)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                 _("The attachment was not found; it may have been deleted"));

  return bytes;
}

gboolean
sam_store_set_attachment_data (SamStore       *self,
                               SamAttachment  *attachment,
                               GBytes         *data,
                               GError        **error)
{
  g_autofree char *sha256 = NULL;
  gsize size = 0;
  gconstpointer bytes = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ATTACHMENT (attachment), FALSE);

  if (data != NULL)
    bytes = g_bytes_get_data (data, &size);

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, bytes != NULL ? bytes : (gconstpointer)"", size);
  sam_attachment_set_size (attachment, (gint64)size);
  sam_attachment_set_sha256 (attachment, data != NULL ? sha256 : NULL);

  if (!sam_store_begin (self, error))
    return FALSE;

  if (sam_entity_get_id (SAM_ENTITY (attachment)) == 0)
    {
      if (!sam_store_insert (self, attachment, error))
        {
          sam_store_rollback (self);
          return FALSE;
        }
    }
  else if (!sam_store_update (self, attachment, error))
    {
      sam_store_rollback (self);
      return FALSE;
    }

  {
    g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
    gboolean ok = sam_statement_prepare (&statement, self->db,
                                         "UPDATE attachment SET data = ? WHERE id = ?", error);

    if (ok)
      {
        if (data != NULL)
          sam_statement_bind_blob (&statement, 1, bytes, size);
        sam_statement_bind_int64 (&statement, 2, sam_entity_get_id (SAM_ENTITY (attachment)));
        ok = sam_statement_run (&statement, error);
      }

    return sam_store_finish_action (self, ok, error);
  }
}
