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

G_END_DECLS
