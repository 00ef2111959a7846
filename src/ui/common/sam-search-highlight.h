/* sam-search-highlight.h: the words the search found, marked where they
 * open.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The name of the text tag over the matched words. */
#define SAM_SEARCH_MATCH_TAG "search-match"

guint    sam_search_highlight_text_view (GtkTextView *view,
                                         const char  *query);
guint    sam_search_highlight_under     (GtkWidget   *root,
                                         const char  *query);
void     sam_search_highlight_clear     (GtkTextView *view);

G_END_DECLS
