/* sam-document-hyphens.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-document-text.h"

G_BEGIN_DECLS

gboolean  sam_document_can_hyphenate (SamDocumentLanguage  language);
char     *sam_document_mark_breaks   (SamDocumentLanguage  language,
                                      const char          *markup) G_GNUC_WARN_UNUSED_RESULT;
char     *sam_document_keep_hyphens  (const char          *markup,
                                      const gboolean      *keep,
                                      guint                n_keep) G_GNUC_WARN_UNUSED_RESULT;

gboolean  sam_document_find_split    (const char          *text,
                                      const int           *line_starts,
                                      guint                n_lines,
                                      guint               *ordinal,
                                      char               **stretch);
char     *sam_document_break_before  (const char          *markup,
                                      guint                ordinal,
                                      const char          *stretch) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
