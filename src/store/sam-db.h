/* sam-db.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* A small wrapper around one SQLite connection: it owns the connection,
 * prepares each statement once and keeps it, turns SQLite's result codes
 * into GErrors, and nests transactions with savepoints. */

typedef struct _SamDb SamDb;

SamDb        *sam_db_open                (const char    *path,
                                          gboolean       read_only,
                                          GError       **error);
void          sam_db_close               (SamDb         *db);
void          sam_db_register_functions  (sqlite3       *handle);
void          sam_db_set_busy_timeout    (SamDb         *db,
                                          int            milliseconds);
void          sam_db_set_read_only       (SamDb         *db,
                                          const char    *message);
sqlite3      *sam_db_get_handle          (SamDb         *db);
const char   *sam_db_get_path            (SamDb         *db);

sqlite3_stmt *sam_db_prepare             (SamDb         *db,
                                          const char    *sql,
                                          GError       **error);
gboolean      sam_db_exec                (SamDb         *db,
                                          const char    *sql,
                                          GError       **error);
int           sam_db_step                (SamDb         *db,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
gboolean      sam_db_step_done           (SamDb         *db,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
void          sam_db_set_error           (SamDb         *db,
                                          int            rc,
                                          GError       **error);

gboolean      sam_db_begin               (SamDb         *db,
                                          GError       **error);
gboolean      sam_db_commit              (SamDb         *db,
                                          GError       **error);
void          sam_db_rollback            (SamDb         *db);
guint         sam_db_get_depth           (SamDb         *db);
guint64       sam_db_get_n_statements    (SamDb         *db);

void          sam_db_bind_text           (sqlite3_stmt  *stmt,
                                          int            index,
                                          const char    *text);
void          sam_db_bind_id             (sqlite3_stmt  *stmt,
                                          int            index,
                                          gint64         id);
const char   *sam_db_column_text         (sqlite3_stmt  *stmt,
                                          int            column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamDb, sam_db_close)

/* A checked statement: one execution of a statement the connection keeps
 * prepared. Every bind's result is checked, and the first that fails is
 * reported as a GError by the next step instead of running the statement
 * with a value missing; every step's result becomes a GError too. Declared
 * with g_auto(), it is reset when it goes out of scope, so that no
 * statement stays busy holding a read lock. */
typedef struct
{
  SamDb        *db;
  sqlite3_stmt *stmt;
  int           bind_rc;
  int           bind_index;
} SamStatement;

#define SAM_STATEMENT_INIT { NULL, NULL, SQLITE_OK, 0 }

gboolean      sam_statement_prepare      (SamStatement  *self,
                                          SamDb         *db,
                                          const char    *sql,
                                          GError       **error);
void          sam_statement_clear        (SamStatement  *self);
void          sam_statement_bind_int64   (SamStatement  *self,
                                          int            index,
                                          gint64         value);
void          sam_statement_bind_id      (SamStatement  *self,
                                          int            index,
                                          gint64         id);
void          sam_statement_bind_double  (SamStatement  *self,
                                          int            index,
                                          double         value);
void          sam_statement_bind_text    (SamStatement  *self,
                                          int            index,
                                          const char    *text);
void          sam_statement_bind_blob    (SamStatement  *self,
                                          int            index,
                                          gconstpointer  data,
                                          gsize          size);
void          sam_statement_bind_value   (SamStatement  *self,
                                          int            index,
                                          const sqlite3_value *value);
void          sam_statement_bind_null    (SamStatement  *self,
                                          int            index);
int           sam_statement_step         (SamStatement  *self,
                                          GError       **error);
gboolean      sam_statement_run          (SamStatement  *self,
                                          GError       **error);
gboolean      sam_statement_query_int64  (SamStatement  *self,
                                          gint64        *value,
                                          GError       **error);
gint64        sam_statement_column_int64 (SamStatement  *self,
                                          int            column);
const char   *sam_statement_column_text  (SamStatement  *self,
                                          int            column);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SamStatement, sam_statement_clear)

G_END_DECLS
