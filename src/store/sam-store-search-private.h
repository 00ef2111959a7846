/* sam-store-search-private.h: the search on a connection of its own.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-db.h"
#include "sam-store-search.h"

G_BEGIN_DECLS

GPtrArray *_sam_search_on_db (SamDb                  *db,
                              const char             *query,
                              const SamSearchFilter  *filter,
                              guint                   limit,
                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
