/* sam-search-result.h: one hit of the global search, for a list view.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sam-store-search.h"

G_BEGIN_DECLS

#define SAM_TYPE_SEARCH_RESULT (sam_search_result_get_type ())

G_DECLARE_FINAL_TYPE (SamSearchResult, sam_search_result, SAM, SEARCH_RESULT, GObject)

SamSearchResult *sam_search_result_new              (const SamSearchHit *hit,
                                                     const char         *heading) G_GNUC_WARN_UNUSED_RESULT;
void             sam_search_result_update           (SamSearchResult    *self,
                                                     SamSearchResult    *from);
const char      *sam_search_result_get_kind         (SamSearchResult    *self);
const char      *sam_search_result_get_uuid         (SamSearchResult    *self);
const char      *sam_search_result_get_title        (SamSearchResult    *self);
const char      *sam_search_result_get_heading      (SamSearchResult    *self);
const char      *sam_search_result_get_meeting_uuid (SamSearchResult    *self);
const char      *sam_search_result_get_parent_uuid  (SamSearchResult    *self);
int              sam_search_result_get_page         (SamSearchResult    *self);
const char      *sam_search_kind_heading            (const char         *kind);

G_END_DECLS
