/* sam-store-search.h: full-text search over every text of the store.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

/* The marks around a matched word in a hit's snippet. */
#define SAM_SEARCH_MARK_START "\x02"
#define SAM_SEARCH_MARK_END   "\x03"

typedef struct
{
  const char *kind;    /* "meeting", "agenda-item", "decision", ... or NULL for all */
  gint64      body_id; /* 0 for all */
  int         year;    /* 0 for all */
} SamSearchFilter;

typedef struct
{
  const char *kind;         /* a kind name (static) */
  char       *uuid;         /* the thing found */
  char       *title;
  char       *date;         /* ISO date or date-time, or NULL */
  char       *body;         /* the body's name, or NULL */
  gint64      body_id;
  char       *meeting_uuid; /* where it lives: its meeting, or NULL */
  char       *parent_uuid;  /* its agenda item, trip, plan or focus question, or NULL */
  int         page;         /* the page of an attachment's text, or 0 */
  gboolean    in_note;      /* the match is in an internal note */
  char       *snippet;      /* with the SAM_SEARCH_MARK_* marks */
  double      rank;         /* internal: the index's bm25 */
  gboolean    exact;        /* internal: the query's own spelling found */
  gboolean    compound;     /* internal: found only inside a word */
} SamSearchHit;

const char * const *sam_search_get_kinds    (void);
GPtrArray          *sam_store_search        (SamStore               *self,
                                             const char             *query,
                                             const SamSearchFilter  *filter,
                                             guint                   limit,
                                             GError                **error) G_GNUC_WARN_UNUSED_RESULT;
char               *sam_search_hit_snippet_markup (const SamSearchHit *hit) G_GNUC_WARN_UNUSED_RESULT;
char               *sam_search_hit_snippet_plain  (const SamSearchHit *hit,
                                                   const char         *start,
                                                   const char         *end) G_GNUC_WARN_UNUSED_RESULT;

/* A matched word or phrase in a text: bytes [start, end). */
typedef struct
{
  gsize start;
  gsize end;
} SamSearchMatch;

GArray             *sam_search_find_matches       (const char         *query,
                                                   const char         *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

/* sam-store-search-async.c: the same search in a worker thread with its
 * own read-only connection, for a search field that must not block the
 * window while the user types. */
G_BEGIN_DECLS

void                sam_store_search_async  (SamStore               *self,
                                             const char             *query,
                                             const SamSearchFilter  *filter,
                                             guint                   limit,
                                             GCancellable           *cancellable,
                                             GAsyncReadyCallback     callback,
                                             gpointer                user_data);
GPtrArray          *sam_store_search_finish (SamStore               *self,
                                             GAsyncResult           *result,
                                             GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
