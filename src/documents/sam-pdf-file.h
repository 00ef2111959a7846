/* sam-pdf-file.h: writing a PDF file safely (private to src/documents)
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef void (*SamPdfPageFunc) (cairo_t  *cr,
                                guint     page,
                                gpointer  data);

/* What sam_pdf_file_write() writes: pages of one size in points, drawn one
 * by one by @draw_page, and the document's metadata (each may be NULL). */
typedef struct
{
  double          width;
  double          height;
  const char     *title;
  const char     *author;
  const char     *subject;
  guint           n_pages;
  SamPdfPageFunc  draw_page;
  gpointer        data;
} SamPdfFile;

gboolean sam_pdf_file_write (const SamPdfFile  *pdf,
                             GFile             *file,
                             GCancellable      *cancellable,
                             GError           **error);

G_END_DECLS
