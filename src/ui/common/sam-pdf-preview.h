/* sam-pdf-preview.h: an attachment's PDF, a page at a time.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PDF_PREVIEW (sam_pdf_preview_get_type ())

G_DECLARE_FINAL_TYPE (SamPdfPreview, sam_pdf_preview, SAM, PDF_PREVIEW, AdwWindow)

SamPdfPreview *sam_pdf_preview_new              (GtkWindow     *parent,
                                                 SamStore      *store,
                                                 gint64         attachment_id,
                                                 int            page,
                                                 const char    *query);
int            sam_pdf_preview_get_page         (SamPdfPreview *self);
int            sam_pdf_preview_get_n_pages      (SamPdfPreview *self);
void           sam_pdf_preview_set_page         (SamPdfPreview *self,
                                                 int            page);
guint          sam_pdf_preview_get_n_highlights (SamPdfPreview *self);
gboolean       sam_pdf_preview_is_busy          (SamPdfPreview *self);

gboolean       sam_attachment_open_in_another_app (GtkWindow   *parent,
                                                   SamStore    *store,
                                                   gint64       attachment_id,
                                                   GError     **error);

G_END_DECLS
