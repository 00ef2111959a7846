/* sam-store-extract.c: the text of PDF attachments, for the search index.
 *
 * An attachment's PDF is read with poppler, one row of attachment_text a
 * page (0002-search.sql), so that a hit names its page; the index's
 * triggers put the rows into the search. attachment_extraction records
 * which attachments are read (with the sha256 of the file read, and what
 * went wrong with a file poppler cannot read), and a new file for an
 * attachment drops both, so that a pass that is interrupted, or a new or
 * imported attachment, is simply what is still to read.
 *
 * SamTextExtractor does that in the background: the file is read from the
 * store and its pages are written on the main thread (a statement each,
 * one transaction an attachment), poppler runs in a GTask thread, and one
 * attachment is read at a time, so the window never waits for a PDF. It
 * starts at once and again after every change to the attachments.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "sam-store-extract.h"
#include "sam-store-private.h"

struct _SamTextExtractor
{
  GObject       parent_instance;

  /* Owned */
  SamStore     *store;
  GCancellable *cancellable;
  gulong        changed_id;
  guint         idle_id;

  gint64        reading;   /* the attachment being read, or 0 */
  char         *sha256;    /* the file being read */
  gboolean      stopped;
  guint         n_read;
};

G_DEFINE_FINAL_TYPE (SamTextExtractor, sam_text_extractor, G_TYPE_OBJECT)

static const char pending_sql[] =
  "SELECT a.id, a.sha256 FROM attachment a"
  " WHERE NOT EXISTS (SELECT 1 FROM attachment_extraction e WHERE e.attachment_id = a.id)"
  " AND (a.media_type = 'application/pdf' OR lower (a.file_name) LIKE '%.pdf')"
  " AND a.id > ?1 ORDER BY a.id LIMIT 1";

static const char count_pending_sql[] =
  "SELECT count (*) FROM attachment a"
  " WHERE NOT EXISTS (SELECT 1 FROM attachment_extraction e WHERE e.attachment_id = a.id)"
  " AND (a.media_type = 'application/pdf' OR lower (a.file_name) LIKE '%.pdf')";

/**
 * sam_pdf_extract_pages:
 * @pdf: the bytes of a PDF file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the text of each page, "" for a page without
 *   text, or %NULL when the file is not a PDF that poppler reads
 */
GStrv
sam_pdf_extract_pages (GBytes  *pdf,
                       GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GObject) document = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int n_pages;

  g_return_val_if_fail (pdf != NULL, NULL);

  document = G_OBJECT (poppler_document_new_from_bytes (pdf, NULL, &local_error));
  if (document == NULL)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("The attachment is not a PDF file whose text can be read: %s"),
                   local_error->message);
      return NULL;
    }

  builder = g_strv_builder_new ();
  n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (document));
  for (int i = 0; i < n_pages; i++)
    {
      /* poppler 22.12 declares no autoptr for its types. */
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), i));
      g_autofree char *text = page != NULL ? poppler_page_get_text (POPPLER_PAGE (page)) : NULL;

      g_strv_builder_add (builder, text != NULL ? text : "");
    }

  return g_strv_builder_end (builder);
}

/* The next attachment after @after whose text is still to be read; FALSE
 * with no error when there is none. */
static gboolean
next_pending (SamDb   *db,
              gint64   after,
              gint64  *id,
              char   **sha256,
              GError **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (db, pending_sql, error);
  gboolean found = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, after);
  rc = sam_db_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      *sha256 = g_strdup (sam_db_column_text (stmt, 1));
      found = TRUE;
    }
  sqlite3_reset (stmt);

  return found;
}

static gboolean
run (SamDb        *db,
     const char   *sql,
     gint64        id,
     int           page,
     const char   *text,
     GError      **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    {
      sqlite3_bind_int (stmt, 2, page);
      sam_db_bind_text (stmt, 3, text);
    }

  return sam_db_step_done (db, stmt, error);
}

/* Writes what was read of attachment @id, unless its file changed (or it
 * went) meanwhile: then the next pass reads it again. */
static gboolean
save_pages (SamDb       *db,
            gint64       id,
            const char  *sha256,
            GStrv        pages,
            const char  *problem,
            GError     **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (db, "SELECT sha256 FROM attachment WHERE id = ?1", error);
  guint n_pages = pages != NULL ? g_strv_length (pages) : 0;
  gboolean same;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sam_db_step (db, stmt, error);
  same = rc == SQLITE_ROW && g_strcmp0 (sam_db_column_text (stmt, 0), sha256) == 0;
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (!same)
    return TRUE;

  if (!sam_db_begin (db, error))
    return FALSE;

  if (!run (db, "DELETE FROM attachment_text WHERE attachment_id = ?1",
            id, 0, NULL, error))
    goto failed;

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (pages[i]));

      if (stripped[0] == '\0')
        continue;
      if (!run (db, "INSERT INTO attachment_text (attachment_id, page, text) VALUES (?1, ?2, ?3)",
                id, (int)i + 1, pages[i], error))
        goto failed;
    }

  {
    sqlite3_stmt *done = sam_db_prepare (db, "INSERT OR REPLACE INTO attachment_extraction"
                                             " (attachment_id, sha256, n_pages, error) VALUES (?1, ?2, ?3, ?4)",
                                         error);

    if (done == NULL)
      goto failed;
    sqlite3_bind_int64 (done, 1, id);
    if (sha256 != NULL)
      sam_db_bind_text (done, 2, sha256);
    else
      sqlite3_bind_null (done, 2);
    sqlite3_bind_int (done, 3, (int)n_pages);
    if (problem != NULL)
      sam_db_bind_text (done, 4, problem);
    else
      sqlite3_bind_null (done, 4);
    if (!sam_db_step_done (db, done, error))
      goto failed;
  }

  return sam_db_commit (db, error);

failed:
  sam_db_rollback (db);
  return FALSE;
}

/* Reads @bytes and saves the pages, or what went wrong with the file (so
 * that a damaged file is not read again at every start). */
static gboolean
save_read (SamDb       *db,
           gint64       id,
           const char  *sha256,
           GStrv        pages,
           GError      *problem,
           GError     **error)
{
  if (pages == NULL && problem != NULL)
    g_debug ("attachment %" G_GINT64_FORMAT ": %s", id, problem->message);

  return save_pages (db, id, sha256, pages, pages == NULL && problem != NULL ? problem->message : NULL,
                     error);
}

/**
 * sam_store_count_attachments_to_read:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: how many PDF attachments' texts are not in the index yet, or -1
 */
gint64
sam_store_count_attachments_to_read (SamStore  *self,
                                     GError   **error)
{
  SamDb *db;
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (SAM_IS_STORE (self), -1);

  db = sam_store_get_db (self);
  stmt = sam_db_prepare (db, count_pending_sql, error);
  if (stmt == NULL)
    return -1;
  if (sam_db_step (db, stmt, error) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/**
 * sam_store_read_attachment_texts:
 * @self: a store
 * @max: read at most this many attachments, 0 for all
 * @cancellable: (nullable): stops between two attachments
 * @n_read: (out) (optional): how many were read
 * @error: return location for a #GError
 *
 * Reads the text of the PDF attachments that are not in the index yet, in
 * the calling thread (for the command line and tests; the window uses a
 * #SamTextExtractor). A file poppler cannot read is recorded as read,
 * without text. Stopped by @cancellable, it returns %TRUE, and the next
 * call goes on where this one stopped.
 *
 * Returns: %FALSE on a database error
 */
gboolean
sam_store_read_attachment_texts (SamStore      *self,
                                 guint          max,
                                 GCancellable  *cancellable,
                                 guint         *n_read,
                                 GError       **error)
{
  SamDb *db;
  gint64 after = 0;
  guint n = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  db = sam_store_get_db (self);

  while ((max == 0 || n < max) && !g_cancellable_is_cancelled (cancellable))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GError) problem = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sha256 = NULL;
      g_auto(GStrv) pages = NULL;
      gint64 id = 0;

      if (!next_pending (db, after, &id, &sha256, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          break;
        }
      after = id;

      bytes = sam_store_load_attachment_data (self, id, error);
      if (bytes == NULL)
        return FALSE;
      pages = sam_pdf_extract_pages (bytes, &problem);
      if (!save_read (db, id, sha256, pages, problem, error))
        return FALSE;
      n++;
    }

  if (n_read != NULL)
    *n_read = n;

  return TRUE;
}

/* SamTextExtractor */

static void start_next (SamTextExtractor *self);

static void
extract_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  GError *error = NULL;
  GStrv pages = sam_pdf_extract_pages (bytes, &error);

  if (pages == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pages, (GDestroyNotify)g_strfreev);
}

static gboolean
next_idle_cb (gpointer user_data)
{
  SamTextExtractor *self = user_data;

  self->idle_id = 0;
  start_next (self);

  return G_SOURCE_REMOVE;
}

static void
schedule (SamTextExtractor *self)
{
  if (self->stopped)
    return;
  /* A change while an attachment is read is seen when it is saved. */
  if (self->reading != 0)
    return;
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, next_idle_cb, g_object_ref (self), g_object_unref);
}

static void
extracted_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SamTextExtractor) self = user_data;
  g_autoptr(GError) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = g_task_propagate_pointer (G_TASK (result), &problem);
  gint64 id = self->reading;
  g_autofree char *sha256 = g_steal_pointer (&self->sha256);

  self->reading = 0;
  if (self->stopped)
    return;

  if (!save_read (sam_store_get_db (self->store), id, sha256, pages, problem, &error))
    {
      /* The database refused (read-only, full disk): the next change or
       * start tries again; nothing is lost, the text is derived. */
      g_message ("Could not save the text of an attachment for the search: %s", error->message);
      return;
    }
  self->n_read++;
  schedule (self);
}

static void
start_next (SamTextExtractor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *sha256 = NULL;
  SamDb *db = sam_store_get_db (self->store);
  gint64 id = 0;

  g_assert (SAM_IS_TEXT_EXTRACTOR (self));

  if (self->stopped || self->reading != 0)
    return;

  if (!next_pending (db, 0, &id, &sha256, &error))
    {
      if (error != NULL)
        g_message ("Could not find the attachments to read for the search: %s", error->message);
      return;
    }

  bytes = sam_store_load_attachment_data (self->store, id, &error);
  if (bytes == NULL)
    {
      g_message ("Could not read an attachment for the search: %s", error->message);
      return;
    }

  self->reading = id;
  self->sha256 = g_steal_pointer (&sha256);
  task = g_task_new (NULL, self->cancellable, extracted_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_next);
  g_task_set_task_data (task, g_steal_pointer (&bytes), (GDestroyNotify)g_bytes_unref);
  g_task_run_in_thread (task, extract_in_thread);
}

static void
store_changed_cb (SamStore         *store,
                  const char       *table,
                  gint64            id,
                  int               kind,
                  SamTextExtractor *self)
{
  if (g_strcmp0 (table, "attachment") == 0)
    schedule (self);
}

static void
sam_text_extractor_dispose (GObject *object)
{
  SamTextExtractor *self = SAM_TEXT_EXTRACTOR (object);

  sam_text_extractor_stop (self);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sam_text_extractor_parent_class)->dispose (object);
}

static void
sam_text_extractor_finalize (GObject *object)
{
  SamTextExtractor *self = SAM_TEXT_EXTRACTOR (object);

  g_free (self->sha256);

  G_OBJECT_CLASS (sam_text_extractor_parent_class)->finalize (object);
}

static void
sam_text_extractor_class_init (SamTextExtractorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_text_extractor_dispose;
  object_class->finalize = sam_text_extractor_finalize;
}

static void
sam_text_extractor_init (SamTextExtractor *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * sam_text_extractor_new:
 * @store: a store
 *
 * Starts reading, in the background, the text of every PDF attachment
 * that is not in the index yet, and of every attachment added, imported
 * or given a new file from now on.
 *
 * Returns: (transfer full): the extractor; sam_text_extractor_stop() or
 *   its last reference stops it
 */
SamTextExtractor *
sam_text_extractor_new (SamStore *store)
{
  SamTextExtractor *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_TEXT_EXTRACTOR, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  schedule (self);

  return self;
}

/* Stops between two attachments: the one being read is not saved, and a
 * new extractor goes on where this one stopped. */
void
sam_text_extractor_stop (SamTextExtractor *self)
{
  g_return_if_fail (SAM_IS_TEXT_EXTRACTOR (self));

  self->stopped = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
}

/* Whether an attachment is being read or about to be. */
gboolean
sam_text_extractor_is_busy (SamTextExtractor *self)
{
  g_return_val_if_fail (SAM_IS_TEXT_EXTRACTOR (self), FALSE);

  return self->reading != 0 || self->idle_id != 0;
}

guint
sam_text_extractor_get_n_read (SamTextExtractor *self)
{
  g_return_val_if_fail (SAM_IS_TEXT_EXTRACTOR (self), 0);

  return self->n_read;
}
