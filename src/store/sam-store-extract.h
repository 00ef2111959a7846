/* sam-store-extract.h: the text of PDF attachments, for the search index.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-store.h"

G_BEGIN_DECLS

GStrv     sam_pdf_extract_pages                 (GBytes        *pdf,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;

gint64    sam_store_count_attachments_to_read   (SamStore      *self,
                                                 GError       **error);
gboolean  sam_store_read_attachment_texts       (SamStore      *self,
                                                 guint          max,
                                                 GCancellable  *cancellable,
                                                 guint         *n_read,
                                                 GError       **error);

#define SAM_TYPE_TEXT_EXTRACTOR (sam_text_extractor_get_type ())

G_DECLARE_FINAL_TYPE (SamTextExtractor, sam_text_extractor, SAM, TEXT_EXTRACTOR, GObject)

SamTextExtractor *sam_text_extractor_new           (SamStore         *store) G_GNUC_WARN_UNUSED_RESULT;
void              sam_text_extractor_stop          (SamTextExtractor *self);
gboolean          sam_text_extractor_is_busy       (SamTextExtractor *self);
guint             sam_text_extractor_get_n_read    (SamTextExtractor *self);

G_END_DECLS
