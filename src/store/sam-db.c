/* sam-db.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-db"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sam-collation.h"
#include "sam-db.h"
#include "sam-store.h"

struct _SamDb
{
  sqlite3    *handle;
  char       *path;
  GHashTable *statements;
  guint       depth;
  guint64     n_statements;
  char       *read_only;
};

static int
collate_names_cb (void       *user_data,
                  int         a_len,
                  const void *a,
                  int         b_len,
                  const void *b)
{
  return sam_collate_names (a, a_len, b, b_len);
}

/* sam_fold(text): the folded form searches compare (sam_fold_text()). */
static void
fold_cb (sqlite3_context *context,
         int              argc,
         sqlite3_value  **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  folded = sam_fold_text (text, sqlite3_value_bytes (argv[0]));
  sqlite3_result_text (context, folded, -1, g_free);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/**
 * sam_db_open:
 * @path: the database file
 * @read_only: whether to open it read-only (a worker thread's connection)
 * @error: return location for a #GError
 *
 * Opens a connection and registers the collation the schema uses. It sets
 * no pragma that writes to the file: that is the store's job, once it knows
 * the file is one of its own.
 *
 * Returns: (transfer full) (nullable): the connection
 */
SamDb *
sam_db_open (const char  *path,
             gboolean     read_only,
             GError     **error)
{
  g_autoptr(SamDb) db = g_new0 (SamDb, 1);
  int flags = SQLITE_OPEN_FULLMUTEX;
  int rc;

  flags |= read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  db->path = g_strdup (path);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);

  rc = sqlite3_open_v2 (path, &db->handle, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not open the database %s: %s"),
                   path, db->handle ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (db->handle, TRUE);
  sqlite3_busy_timeout (db->handle, 5000);
  sam_db_register_functions (db->handle);

  return g_steal_pointer (&db);
}

/* The collation and functions the schema's indexes and views use, which
 * every connection to a Samverkan database needs (VACUUM INTO and the
 * quick check too). */
void
sam_db_register_functions (sqlite3 *handle)
{
  sqlite3_create_collation (handle, "sam_name", SQLITE_UTF8, NULL, collate_names_cb);
  sqlite3_create_function (handle, "sam_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, fold_cb, NULL, NULL);
}

void
sam_db_close (SamDb *db)
{
  if (db == NULL)
    return;

  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close (db->handle);
  g_free (db->path);
  g_free (db->read_only);
  g_free (db);
}

/* How long a write waits for another connection's lock. The window's
 * connection waits briefly and fails, so that nothing blocks the main
 * thread for long; the edit stays unsaved and is tried again. */
void
sam_db_set_busy_timeout (SamDb *db,
                         int    milliseconds)
{
  sqlite3_busy_timeout (db->handle, milliseconds);
}

/* Makes every later transaction fail at once with @message. */
void
sam_db_set_read_only (SamDb      *db,
                      const char *message)
{
  g_free (db->read_only);
  db->read_only = g_strdup (message);
}

sqlite3 *
sam_db_get_handle (SamDb *db)
{
  return db->handle;
}

const char *
sam_db_get_path (SamDb *db)
{
  return db->path;
}

void
sam_db_set_error (SamDb   *db,
                  int      rc,
                  GError **error)
{
  int primary = rc & 0xff;
  const char *message = sqlite3_errmsg (db->handle);

  switch (primary)
    {
    case SQLITE_NOTADB:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is not a Samverkan database (it is not an SQLite file)"), db->path);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT,
                   _("The change was refused because it would break the data: %s"), message);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY,
                   _("The database %s is in use by another program; try again in a moment"),
                   db->path);
      break;

    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      {
        g_autofree char *dir = g_path_get_dirname (db->path);

        if (g_access (db->path, W_OK) == 0 && g_access (dir, W_OK) != 0)
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY,
                       _("The folder %s cannot be written to, and SQLite needs to write its "
                         "journal beside the database: check the folder's permissions"), dir);
        else if (primary == SQLITE_READONLY)
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY,
                       _("The database %s cannot be written to: check the file's permissions"),
                       db->path);
        else
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                       _("Could not open the database %s: %s"), db->path, message);
      }
      break;

    case SQLITE_FULL:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("The disk holding %s is full: make room on it and try again"), db->path);
      break;

    case SQLITE_IOERR:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not read or write the database %s: the disk may be full, removed "
                     "or failing (%s)"), db->path, message);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("The database %s is damaged: restore it from a backup"), db->path);
      break;

    default:
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Database error in %s: %s"), db->path, message);
      break;
    }
}

/**
 * sam_db_prepare:
 * @db: a connection
 * @sql: a statement with `?` placeholders; it must be a string that lives as
 *   long as the connection (a literal, or one the store composed once)
 * @error: return location for a #GError
 *
 * Returns the prepared statement for @sql, preparing it on first use and
 * resetting it on every later one.
 *
 * Returns: (transfer none) (nullable): the statement, owned by @db
 */
sqlite3_stmt *
sam_db_prepare (SamDb       *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (db->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sam_db_set_error (db, rc, error);
      return NULL;
    }

  g_hash_table_insert (db->statements, (gpointer)sql, stmt);

  return stmt;
}

gboolean
sam_db_exec (SamDb       *db,
             const char  *sql,
             GError     **error)
{
  int rc;

  db->n_statements++;
  rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sam_db_set_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * sam_db_step:
 *
 * Returns: %SQLITE_ROW, %SQLITE_DONE, or -1 with @error set
 */
int
sam_db_step (SamDb         *db,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  int rc;

  /* A statement that is not busy starts a new execution with this step. */
  if (!sqlite3_stmt_busy (stmt))
    db->n_statements++;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  sam_db_set_error (db, rc, error);
  sqlite3_reset (stmt);

  return -1;
}

gboolean
sam_db_step_done (SamDb         *db,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sam_db_step (db, stmt, error);

  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

/* Transactions nest: the outermost is a real BEGIN IMMEDIATE, inner ones are
 * savepoints, so that a store action can call others and still be one
 * transaction. */
gboolean
sam_db_begin (SamDb   *db,
              GError **error)
{
  const char *sql = db->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sam_nested";

  if (db->read_only != NULL)
    {
      g_set_error_literal (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY, db->read_only);
      return FALSE;
    }

  if (!sam_db_exec (db, sql, error))
    return FALSE;

  db->depth++;

  return TRUE;
}

gboolean
sam_db_commit (SamDb   *db,
               GError **error)
{
  const char *sql;

  g_return_val_if_fail (db->depth > 0, FALSE);

  sql = db->depth == 1 ? "COMMIT" : "RELEASE sam_nested";
  if (!sam_db_exec (db, sql, error))
    return FALSE;

  db->depth--;

  return TRUE;
}

void
sam_db_rollback (SamDb *db)
{
  g_return_if_fail (db->depth > 0);

  if (db->depth == 1)
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
  else
    sqlite3_exec (db->handle, "ROLLBACK TO sam_nested; RELEASE sam_nested", NULL, NULL, NULL);

  db->depth--;
}

/**
 * sam_db_get_n_statements:
 *
 * Returns: how many statements the connection has run (each execution
 *   counted once, however many rows it stepped through), for benchmarks
 */
guint64
sam_db_get_n_statements (SamDb *db)
{
  return db->n_statements;
}

guint
sam_db_get_depth (SamDb *db)
{
  return db->depth;
}

void
sam_db_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Ids are never 0 in SQLite; 0 means "no reference" and is stored as NULL. */
void
sam_db_bind_id (sqlite3_stmt *stmt,
                int           index,
                gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
sam_db_column_text (sqlite3_stmt *stmt,
                    int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

/* Checked statements */

/**
 * sam_statement_prepare:
 * @self: a statement initialised with %SAM_STATEMENT_INIT
 * @db: a connection
 * @sql: as for sam_db_prepare()
 * @error: return location for a #GError
 *
 * Returns: whether the statement is ready to bind and step
 */
gboolean
sam_statement_prepare (SamStatement  *self,
                       SamDb         *db,
                       const char    *sql,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (db != NULL, FALSE);

  sam_statement_clear (self);
  self->stmt = sam_db_prepare (db, sql, error);
  if (self->stmt == NULL)
    return FALSE;

  self->db = db;

  return TRUE;
}

/**
 * sam_statement_clear:
 *
 * Resets the statement and forgets its values, so that it holds no lock and
 * its next use starts clean; the connection keeps it prepared.
 */
void
sam_statement_clear (SamStatement *self)
{
  if (self->stmt != NULL)
    {
      sqlite3_reset (self->stmt);
      sqlite3_clear_bindings (self->stmt);
    }

  self->stmt = NULL;
  self->db = NULL;
  self->bind_rc = SQLITE_OK;
  self->bind_index = 0;
}

/* Keeps the first failure, which the next step reports. */
static void
check_bind (SamStatement *self,
            int           index,
            int           rc)
{
  if (rc != SQLITE_OK && self->bind_rc == SQLITE_OK)
    {
      self->bind_rc = rc;
      self->bind_index = index;
    }
}

static gboolean
check_prepared (SamStatement *self)
{
  if (self->stmt != NULL)
    return TRUE;

  /* A bind after a failed prepare: the step reports the prepare. */
  if (self->bind_rc == SQLITE_OK)
    self->bind_rc = SQLITE_MISUSE;

  return FALSE;
}

void
sam_statement_bind_int64 (SamStatement *self,
                          int           index,
                          gint64        value)
{
  if (check_prepared (self))
    check_bind (self, index, sqlite3_bind_int64 (self->stmt, index, value));
}

/* An id of 0 is no reference: NULL. */
void
sam_statement_bind_id (SamStatement *self,
                       int           index,
                       gint64        id)
{
  if (!check_prepared (self))
    return;

  if (id > 0)
    check_bind (self, index, sqlite3_bind_int64 (self->stmt, index, id));
  else
    check_bind (self, index, sqlite3_bind_null (self->stmt, index));
}

void
sam_statement_bind_double (SamStatement *self,
                           int           index,
                           double        value)
{
  if (check_prepared (self))
    check_bind (self, index, sqlite3_bind_double (self->stmt, index, value));
}

/* %NULL is NULL. */
void
sam_statement_bind_text (SamStatement *self,
                         int           index,
                         const char   *text)
{
  if (!check_prepared (self))
    return;

  if (text != NULL)
    check_bind (self, index, sqlite3_bind_text (self->stmt, index, text, -1, SQLITE_TRANSIENT));
  else
    check_bind (self, index, sqlite3_bind_null (self->stmt, index));
}

void
sam_statement_bind_blob (SamStatement  *self,
                         int            index,
                         gconstpointer  data,
                         gsize          size)
{
  if (!check_prepared (self))
    return;

  if (size > G_MAXINT)
    check_bind (self, index, SQLITE_TOOBIG);
  else
    check_bind (self, index, sqlite3_bind_blob (self->stmt, index, data != NULL ? data : "",
                                                (int)size, SQLITE_TRANSIENT));
}

/* A copy of a value read from a row (sqlite3_value_dup()), bound as it is. */
void
sam_statement_bind_value (SamStatement        *self,
                          int                  index,
                          const sqlite3_value *value)
{
  if (check_prepared (self))
    check_bind (self, index, sqlite3_bind_value (self->stmt, index, value));
}

void
sam_statement_bind_null (SamStatement *self,
                         int           index)
{
  if (check_prepared (self))
    check_bind (self, index, sqlite3_bind_null (self->stmt, index));
}

/**
 * sam_statement_step:
 *
 * Runs the statement to its next row. A value that could not be bound
 * fails here, before anything runs.
 *
 * Returns: %SQLITE_ROW, %SQLITE_DONE, or -1 with @error set
 */
int
sam_statement_step (SamStatement  *self,
                    GError       **error)
{
  g_return_val_if_fail (self != NULL, -1);

  if (self->stmt == NULL)
    {
      g_set_error_literal (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                           _("Database error: a statement was run that could not be prepared"));
      return -1;
    }

  if (self->bind_rc != SQLITE_OK)
    {
      if ((self->bind_rc & 0xff) == SQLITE_TOOBIG)
        g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                     _("A value is too large to store in the database %s"),
                     sam_db_get_path (self->db));
      else
        g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                     /* Translators: %d is a number, the last %s SQLite's reason. */
                     _("Database error in %s: value %d of a statement could not be given: %s"),
                     sam_db_get_path (self->db), self->bind_index, sqlite3_errstr (self->bind_rc));
      return -1;
    }

  return sam_db_step (self->db, self->stmt, error);
}

/**
 * sam_statement_run:
 *
 * Runs a statement that changes the data (or whose first row is not
 * needed) and resets it.
 *
 * Returns: whether it ran
 */
gboolean
sam_statement_run (SamStatement  *self,
                   GError       **error)
{
  int rc = sam_statement_step (self, error);

  if (self->stmt != NULL)
    sqlite3_reset (self->stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

/**
 * sam_statement_query_int64:
 * @value: (out): the first column of the first row, or 0 without a row
 *
 * Returns: whether the query ran
 */
gboolean
sam_statement_query_int64 (SamStatement  *self,
                           gint64        *value,
                           GError       **error)
{
  int rc = sam_statement_step (self, error);

  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (self->stmt, 0) : 0;
  if (self->stmt != NULL)
    sqlite3_reset (self->stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

gint64
sam_statement_column_int64 (SamStatement *self,
                            int           column)
{
  g_return_val_if_fail (self->stmt != NULL, 0);

  return sqlite3_column_int64 (self->stmt, column);
}

/**
 * sam_statement_column_text:
 *
 * Returns: (nullable): the text of @column in the current row, valid until
 *   the next step
 */
const char *
sam_statement_column_text (SamStatement *self,
                           int           column)
{
  g_return_val_if_fail (self->stmt != NULL, NULL);

  return sam_db_column_text (self->stmt, column);
}
