/* sam-document.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sam-store.h"

G_BEGIN_DECLS

/* The documents of a meeting, laid out with Pango on any Cairo context: a
 * PDF file here, or a printer through GtkPrintOperation in the window. No
 * GTK: the command line and the tests use them without a display.
 *
 * To print, build a layout with sam_document_layout_new(); in ::begin-print
 * call sam_document_layout_paginate() with the print context's width and
 * height in points (use_full_page TRUE, unit GTK_UNIT_POINTS, an A4 page
 * setup) and set_n_pages() with sam_document_layout_get_n_pages(); in
 * ::draw-page call sam_document_layout_draw_page() with the context's
 * Cairo context. */

/* A4 in points. */
#define SAM_DOCUMENT_PAGE_WIDTH  595.2756
#define SAM_DOCUMENT_PAGE_HEIGHT 841.8898

#define SAM_DOCUMENT_ERROR (sam_document_error_quark ())

typedef enum
{
  SAM_DOCUMENT_ERROR_FAILED,
  SAM_DOCUMENT_ERROR_LANGUAGE,
  SAM_DOCUMENT_ERROR_WRITE,
} SamDocumentError;

typedef enum
{
  SAM_DOCUMENT_AGENDA,
  SAM_DOCUMENT_MINUTES,
  SAM_DOCUMENT_PACK,
} SamDocumentKind;

#define SAM_TYPE_DOCUMENT_LAYOUT (sam_document_layout_get_type ())

G_DECLARE_FINAL_TYPE (SamDocumentLayout, sam_document_layout, SAM, DOCUMENT_LAYOUT, GObject)

GQuark             sam_document_error_quark        (void);

SamDocumentLayout *sam_document_layout_new         (SamStore             *store,
                                                    gint64                meeting_id,
                                                    SamDocumentKind       kind,
                                                    const char           *language,
                                                    GError              **error) G_GNUC_WARN_UNUSED_RESULT;
const char        *sam_document_layout_get_title   (SamDocumentLayout    *self);
void               sam_document_layout_paginate    (SamDocumentLayout    *self,
                                                    double                width,
                                                    double                height);
guint              sam_document_layout_get_n_pages (SamDocumentLayout    *self);
void               sam_document_layout_draw_page   (SamDocumentLayout    *self,
                                                    cairo_t              *cr,
                                                    guint                 page);
gboolean           sam_document_layout_write_pdf   (SamDocumentLayout    *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

gboolean           sam_document_write_pdf          (SamStore             *store,
                                                    gint64                meeting_id,
                                                    SamDocumentKind       kind,
                                                    const char           *language,
                                                    const char           *path,
                                                    GError              **error);
void               sam_document_write_pdf_async    (SamStore             *store,
                                                    gint64                meeting_id,
                                                    SamDocumentKind       kind,
                                                    const char           *language,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean           sam_document_write_pdf_finish   (GAsyncResult         *result,
                                                    GError              **error);
const char        *sam_document_default_language   (void);
char              *sam_document_default_file_name  (SamStore             *store,
                                                    gint64                meeting_id,
                                                    SamDocumentKind       kind,
                                                    const char           *language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
