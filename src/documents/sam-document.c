/* sam-document.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "sam-document-private.h"
#include "sam-pdf-file.h"

/* Writing a document as a PDF file: A4, with its metadata and outline, at
 * once or in a worker thread. The store is read in the calling thread; only the layout, which
 * holds no store objects, goes to the worker. */

G_DEFINE_QUARK (sam-document-error-quark, sam_document_error)

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *data,
          const unsigned char *bytes,
          unsigned int         length)
{
  WriteClosure *closure = data;

  /* A failed write (a full disk) is remembered and the rest of the
   * document is dropped, but cairo is told that all went well: cairo 1.16
   * crashes in cairo_surface_finish() when the stream failed earlier. The
   * caller sees closure->error and abandons the file. */
  if (closure->error == NULL)
    g_output_stream_write_all (closure->stream, bytes, length, NULL, closure->cancellable,
                               &closure->error);

  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t    *surface,
              cairo_pdf_metadata_t key,
              const char         *value)
{
  if (value != NULL && *value != '\0')
    cairo_pdf_surface_set_metadata (surface, key, value);
}

static gboolean
write_stream (GOutputStream      *stream,
              const SamPdfFile   *pdf,
              GCancellable       *cancellable,
              GError            **error)
{
  WriteClosure closure = { stream, cancellable, NULL };
  g_autofree char *creator = g_strdup_printf ("Samverkan %s", PACKAGE_VERSION);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure, pdf->width, pdf->height);
  set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pdf->title);
  set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, pdf->author);
  set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, pdf->subject);
  set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);

  cr = cairo_create (surface);
  for (guint i = 0; i < pdf->n_pages && closure.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &closure.error))
        break;

      pdf->draw_page (cr, i, pdf->data);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SAM_DOCUMENT_ERROR, SAM_DOCUMENT_ERROR_WRITE,
                   _("The PDF could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * sam_pdf_file_write:
 *
 * Writes @pdf's pages to @file, created 0600 (documents hold personal
 * data). The file is written under a temporary name beside it and renamed
 * over @file only once the whole document was written, so that a full disk
 * or a cancellation leaves an earlier file as it was and no empty one. May
 * run in a worker thread.
 */
gboolean
sam_pdf_file_write (const SamPdfFile  *pdf,
                    GFile             *file,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean existed;

  g_return_val_if_fail (pdf != NULL && pdf->draw_page != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!write_stream (G_OUTPUT_STREAM (stream), pdf, cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing a cancelled replacement leaves the old file as it was;
       * a file that was not there before is written in place, so the
       * part written is removed. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

static void
draw_layout_page (cairo_t  *cr,
                  guint     page,
                  gpointer  data)
{
  sam_document_layout_draw_page (data, cr, page);
}

/**
 * sam_document_layout_write_pdf:
 *
 * Writes the document as an A4 PDF with its metadata and outline. The file
 * is replaced only when the whole document was written. May run in a
 * worker thread.
 */
gboolean
sam_document_layout_write_pdf (SamDocumentLayout  *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GError            **error)
{
  SamPdfFile pdf = { SAM_DOCUMENT_PAGE_WIDTH, SAM_DOCUMENT_PAGE_HEIGHT };

  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  sam_document_layout_paginate (self, SAM_DOCUMENT_PAGE_WIDTH, SAM_DOCUMENT_PAGE_HEIGHT);
  sam_document_layout_get_metadata (self, &pdf.title, &pdf.author, &pdf.subject);
  pdf.n_pages = sam_document_layout_get_n_pages (self);
  pdf.draw_page = draw_layout_page;
  pdf.data = self;

  return sam_pdf_file_write (&pdf, file, cancellable, error);
}

/**
 * sam_document_write_pdf:
 * @language: (nullable): "sv" or "en"
 * @path: the file to write; it is replaced only when the document is
 *   complete
 */
gboolean
sam_document_write_pdf (SamStore         *store,
                        gint64            meeting_id,
                        SamDocumentKind   kind,
                        const char       *language,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(SamDocumentLayout) layout = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = sam_document_layout_new (store, meeting_id, kind, language, error);
  if (layout == NULL)
    return FALSE;

  file = g_file_new_for_path (path);

  return sam_document_layout_write_pdf (layout, file, NULL, error);
}

typedef struct
{
  SamDocumentLayout *layout;
  GFile             *file;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  g_clear_object (&write->layout);
  g_clear_object (&write->file);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;

  if (sam_document_layout_write_pdf (write->layout, write->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sam_document_write_pdf_async:
 * @file: the file to write
 *
 * Reads the meeting now and writes the PDF in a worker thread, which keeps
 * a large meeting pack off the main thread.
 */
void
sam_document_write_pdf_async (SamStore            *store,
                              gint64               meeting_id,
                              SamDocumentKind      kind,
                              const char          *language,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  WriteData *write;

  g_return_if_fail (SAM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_document_write_pdf_async);

  write = g_new0 (WriteData, 1);
  write->file = g_object_ref (file);
  write->layout = sam_document_layout_new (store, meeting_id, kind, language, &error);
  g_task_set_task_data (task, write, write_data_free);

  if (write->layout == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, write_thread);
}

gboolean
sam_document_write_pdf_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sam_document_write_pdf_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sam_document_default_language:
 *
 * Returns: "sv" when the user's language is Swedish, else "en": the
 *   language of documents nobody chose one for
 */
const char *
sam_document_default_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "sv"))
        return "sv";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }

  return "en";
}
