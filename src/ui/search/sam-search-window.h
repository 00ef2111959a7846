/* sam-search-window.h: search from anywhere (Ctrl+F).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_SEARCH_WINDOW (sam_search_window_get_type ())

G_DECLARE_FINAL_TYPE (SamSearchWindow, sam_search_window, SAM, SEARCH_WINDOW, AdwWindow)

SamSearchWindow *sam_search_window_new         (GtkWindow       *parent,
                                                SamStore        *store);
void             sam_search_window_present     (SamSearchWindow *self);
GListModel      *sam_search_window_get_results (SamSearchWindow *self);
gboolean         sam_search_window_is_busy     (SamSearchWindow *self);
void             sam_search_window_open        (SamSearchWindow *self,
                                                guint            position);

G_END_DECLS
