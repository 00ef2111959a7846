/* sam-store-core.h: the store object's fields and what it knows of each
 * table, shared by the files that make up the store object (sam-store.c,
 * sam-store-tables.c, -open.c, -rows.c, -load.c and the topic files). The
 * rest of the store and the layers above use sam-store-private.h.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-live-map.h"
#include "sam-store-private.h"

G_BEGIN_DECLS

/* What the store knows of one entity type: its table and the SQL for it,
 * composed once from the class's property names (never from values). */
typedef struct
{
  GType        type;
  const char  *table;
  GParamSpec **columns;        /* the stored (non-derived) fields */
  guint        n_columns;
  GParamSpec **derived;        /* the derived ones, in declaration order */
  guint        n_derived;
  const char  *position_scope; /* the sibling columns, when ordered by position */
  GParamSpec  *position;

  char        *select_by_id;
  char        *select_by_ids;
  char        *select_by_uuid;
  char        *insert;
  char        *update;
  char        *delete;
  char        *find_id;
  char        *find_uuid;
  char        *count;
  char        *max_position;
} SamTableInfo;

typedef struct
{
  const char     *table;
  gint64          id;
  SamStoreChange  kind;
  gboolean        precise;  /* queued by a writer that announces every row it touches */
} PendingChange;

struct _SamStore
{
  GObject  parent_instance;

  SamDb   *db;
  int      schema_version;
  SamStoreReadOnly read_only;
  char    *damage;
  gboolean check_pending;
  GArray  *pending;
  /* While changes are announced: whether every row they touched, the
   * schema's ON DELETE actions included, is announced by itself, so that
   * the live objects of other rows need no check against the file. */
  gboolean precise;
  GArray  *announced;

  /* The identity map, and the objects written by the transaction being
   * announced (which need no reloading). */
  SamLiveMap *live;
  GHashTable *written;

  /* The presenters of the agenda items of the meetings looked at since
   * the last change (item id → GArray of person ids), read a meeting at a
   * time; only used outside transactions, and cleared by every change. */
  GHashTable *presenters;
};

/* sam-store-tables.c */
void          sam_store_ensure_tables        (void);
SamTableInfo *sam_store_get_tables           (guint         *n_tables);
SamTableInfo *sam_store_table_info_for_type  (GType          type);
SamTableInfo *sam_store_table_info_for_table (const char    *table);
gboolean      sam_store_stored_derived       (SamTableInfo  *info,
                                              GParamSpec    *pspec);
char         *sam_store_now_utc              (void) G_GNUC_WARN_UNUSED_RESULT;
void          sam_store_bind_field           (SamStatement  *statement,
                                              int            index,
                                              GParamSpec    *pspec,
                                              const GValue  *value);
gpointer      sam_store_entity_from_row      (SamTableInfo  *info,
                                              sqlite3_stmt  *stmt);

/* sam-store.c */
gboolean      sam_store_finish_action        (SamStore      *self,
                                              gboolean       ok,
                                              GError       **error);

/* sam-store-open.c */
gboolean      sam_store_query_int            (SamDb         *db,
                                              const char    *sql,
                                              gint64        *result,
                                              GError       **error);

/* sam-store-load.c */
gpointer      sam_store_load_with            (SamStore      *self,
                                              SamTableInfo  *info,
                                              const char    *sql,
                                              const char    *uuid,
                                              gint64         id,
                                              GError       **error);
void          sam_store_copy_values          (SamTableInfo  *info,
                                              SamEntity     *entity,
                                              SamEntity     *fresh);
gboolean      sam_store_refresh_derived      (SamStore      *self,
                                              SamEntity     *entity,
                                              GError       **error);
void          sam_store_real_changed         (SamStore      *self,
                                              const char    *table,
                                              gint64         id,
                                              int            kind);

/* sam-store-lists.c: the parameters of a live list's query */
GPtrArray    *sam_store_params_new           (void);
GPtrArray    *sam_store_params_int           (gint64         value);
GPtrArray    *sam_store_params_text          (const char    *value);

G_END_DECLS
