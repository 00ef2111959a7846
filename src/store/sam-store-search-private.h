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

char      *_sam_search_terms_json (const char *text) G_GNUC_WARN_UNUSED_RESULT;

/* The pages' search fields (sam-store-views.c, sam-store-registers.c) go
 * through the same index as the global search, in the statement of their
 * list: @param is the JSON array of _sam_search_terms_json(), "terms" its
 * terms (n, q), "found" the index's rows (n, kind, id) that a term finds
 * in any text and "found_title" those it finds in a title or name. A
 * list keeps a row when every term finds it or what it shows of another
 * row (a meeting's body, an assignment's owner):
 * "GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS. The CTEs
 * a statement does not use cost nothing. */
#define SAM_SEARCH_TERMS(param) \
  "terms (n, q) AS (SELECT key, value FROM json_each (" param ")), " \
  "found (n, kind, id) AS (SELECT t.n, s.rowid & 31, s.rowid >> 5 FROM terms t, search s" \
  " WHERE s.search MATCH t.q), " \
  "found_title (n, kind, id) AS (SELECT t.n, s.rowid & 31, s.rowid >> 5 FROM terms t, search s" \
  " WHERE s.search MATCH '{title} : (' || t.q || ')')"

#define SAM_SEARCH_N_TERMS "(SELECT count (*) FROM terms)"

/* The index's kinds (rowid & 31), as 0002-search.sql numbers them. */
#define SAM_SEARCH_KIND_MEETING      "1"
#define SAM_SEARCH_KIND_AGENDA_ITEM  "2"
#define SAM_SEARCH_KIND_DECISION     "3"
#define SAM_SEARCH_KIND_ASSIGNMENT   "4"
#define SAM_SEARCH_KIND_BODY         "8"
#define SAM_SEARCH_KIND_PERSON       "9"
#define SAM_SEARCH_KIND_MUNICIPALITY "15"

G_END_DECLS
