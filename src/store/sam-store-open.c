/* sam-store-open.c: opening, checking and migrating a database file
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sam-backup.h"
#include "sam-store-core.h"

#define MIGRATIONS_PATH "/io/github/samverkan/Samverkan/core/migrations"

/* Opening and migrating */

char *
sam_store_default_path (void)
{
  /* DATA_DIRNAME is "samverkan-devel" in a development build, which so
   * never touches the database of the release. */
  return g_build_filename (g_get_user_data_dir (), DATA_DIRNAME, "samverkan.db", NULL);
}

int
sam_store_get_latest_schema_version (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  int latest = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    latest = MAX (latest, (int)g_ascii_strtoll (names[i], NULL, 10));

  return latest;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

gboolean
sam_store_query_int (SamDb       *db,
                     const char  *sql,
                     gint64      *result,
                     GError     **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  if (!sam_statement_prepare (&statement, db, sql, error))
    return FALSE;

  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return FALSE;

  *result = rc == SQLITE_ROW ? sam_statement_column_int64 (&statement, 0) : 0;

  return TRUE;
}

static gboolean
migrate (SamStore  *self,
         gboolean   back_up,
         GError   **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, error);
  guint n_names;

  if (names == NULL)
    return FALSE;

  n_names = g_strv_length (names);
  qsort (names, n_names, sizeof (char *), compare_names);

  /* A new file has nothing to lose: only one that had a schema before is
   * backed up (not a new one once its first step has run). */
  back_up = back_up && self->schema_version > 0;

  for (guint i = 0; i < n_names; i++)
    {
      int version = (int)g_ascii_strtoll (names[i], NULL, 10);
      g_autofree char *path = NULL;
      g_autofree char *pragmas = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      gsize size;

      if (version <= self->schema_version)
        continue;

      /* An update of a database that holds data is backed up first, once:
       * a failed or wrong migration must not cost the data. */
      if (back_up)
        {
          g_autoptr(SamBackup) backup = sam_backup_create (sam_db_get_path (self->db),
                                                           SAM_BACKUP_MIGRATION, error);

          if (backup == NULL)
            {
              g_prefix_error (error, _("The database was not updated, because it could not be "
                                       "backed up first: "));
              return FALSE;
            }
          back_up = FALSE;
        }

      path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (path, 0, error);
      if (bytes == NULL)
        return FALSE;

      sql = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
      pragmas = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                 version, SAM_APPLICATION_ID);

      if (!sam_db_begin (self->db, error))
        return FALSE;

      if (!sam_db_exec (self->db, sql, error)
          || !sam_db_exec (self->db, pragmas, error)
          || !sam_db_commit (self->db, error))
        {
          sam_db_rollback (self->db);
          g_prefix_error (error, _("Could not bring the database up to date (step %d): "), version);
          return FALSE;
        }

      self->schema_version = version;
    }

  return TRUE;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not create the database %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fd >= 0)
    close (fd);

  return TRUE;
}

/* Reads the header without writing anything, and refuses files that are not
 * Samverkan's or that a newer Samverkan wrote. */
static gboolean
check_file (SamStore  *self,
            GError   **error)
{
  const char *path = sam_db_get_path (self->db);
  gint64 application_id;
  gint64 version;
  gint64 n_objects;
  int latest = sam_store_get_latest_schema_version ();

  if (!sam_store_query_int (self->db, "PRAGMA application_id", &application_id, error)
      || !sam_store_query_int (self->db, "PRAGMA user_version", &version, error)
      || !sam_store_query_int (self->db, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  if ((application_id != 0 && application_id != SAM_APPLICATION_ID)
      || (application_id == 0 && n_objects > 0))
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is not a Samverkan database (it is an SQLite database of another program)"),
                   path);
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Samverkan (schema %d; this version knows up to %d). Update Samverkan to open it; the file was left as it is."),
                   path, (int)version, latest);
      return FALSE;
    }

  self->schema_version = (int)version;

  return TRUE;
}

/* Runs SQLite's quick check of every page; FALSE with @damage set when it
 * finds a problem. */
static gboolean
quick_check (SamStore  *self,
             GError   **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  if (!sam_statement_prepare (&statement, self->db, "PRAGMA quick_check", error))
    return FALSE;

  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      const char *text = sam_statement_column_text (&statement, 0);

      if (self->damage == NULL && g_strcmp0 (text, "ok") != 0)
        self->damage = g_strdup (text);
    }

  return rc >= 0;
}

static gboolean
is_empty_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;

  if (g_stat (path, &buf) != 0 || buf.st_size > 0)
    return FALSE;

  /* Data committed but not yet checkpointed is in the log alone. */
  return g_stat (wal, &buf) != 0 || buf.st_size == 0;
}

static SamStoreReadOnly
find_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0)
    return SAM_STORE_READ_ONLY_FILE;

  /* The write-ahead log and its index are files beside the database. */
  if (g_access (dir, W_OK) != 0)
    return SAM_STORE_READ_ONLY_FOLDER;

  return SAM_STORE_WRITABLE;
}

static const char *
read_only_message (SamStoreReadOnly read_only)
{
  switch (read_only)
    {
    case SAM_STORE_READ_ONLY_DAMAGED:
      return _("The database is damaged, so it was opened read-only: nothing can be changed. "
               "Restore a backup to go on working.");
    case SAM_STORE_READ_ONLY_FILE:
      return _("The database file cannot be written to (check its permissions), so it was "
               "opened read-only: nothing can be changed.");
    case SAM_STORE_READ_ONLY_FOLDER:
      return _("The folder that holds the database cannot be written to, and SQLite needs to "
               "write its journal there, so the database was opened read-only: nothing can be "
               "changed. Check the folder's permissions.");
    case SAM_STORE_WRITABLE:
    default:
      return NULL;
    }
}

/**
 * sam_store_open_full:
 * @path: (nullable): the database file, or %NULL for the default one
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens the database at @path, creating it and its folder when missing
 * (unless %SAM_STORE_OPEN_EXISTING), and brings its schema up to date. A
 * file that is not a Samverkan database, that is empty, or that a newer
 * version wrote, is refused and left untouched. A file that cannot be
 * written to, or (with %SAM_STORE_OPEN_CHECK) that fails SQLite's quick
 * check, opens read-only: sam_store_get_read_only() says why, and every
 * write fails at once with %SAM_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open_full (const char         *path,
                     SamStoreOpenFlags   flags,
                     GError            **error)
{
  g_autoptr(SamStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean created = FALSE;

  if (path == NULL)
    path = default_path = sam_store_default_path ();

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is a folder, not a Samverkan database"), path);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (flags & SAM_STORE_OPEN_EXISTING)
        {
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                       _("There is no database %s"), path);
          return NULL;
        }
      if (!create_file (path, error))
        return NULL;
      created = TRUE;
    }
  else if (is_empty_file (path))
    {
      /* An empty file is what a failed copy or a full disk leaves: never
       * quietly made into a new, empty database in its place. */
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_EMPTY_FILE,
                   _("%s is an empty file (0 bytes), not a Samverkan database. If it should "
                     "hold your data, restore a backup; to start a new database there, delete "
                     "the file first."), path);
      return NULL;
    }

  sam_store_ensure_tables ();

  self = g_object_new (SAM_TYPE_STORE, NULL);
  self->read_only = created ? SAM_STORE_WRITABLE : find_read_only (path);
  self->db = sam_db_open (path, self->read_only != SAM_STORE_WRITABLE, error);
  if (self->db == NULL)
    return NULL;

  if (flags & SAM_STORE_OPEN_INTERACTIVE)
    sam_db_set_busy_timeout (self->db, 50);

  if (!check_file (self, error))
    return NULL;

  /* A file that migrations will write to is checked before they do. */
  if ((flags & SAM_STORE_OPEN_CHECK_LATER)
      && !(flags & SAM_STORE_OPEN_CHECK)
      && self->read_only == SAM_STORE_WRITABLE
      && self->schema_version < sam_store_get_latest_schema_version ())
    flags |= SAM_STORE_OPEN_CHECK;
  else if (flags & SAM_STORE_OPEN_CHECK_LATER)
    self->check_pending = !created;

  if (flags & SAM_STORE_OPEN_CHECK)
    {
      g_autoptr(GError) local_error = NULL;

      self->check_pending = FALSE;

      if (!quick_check (self, &local_error))
        {
          /* A page so damaged that SQLite stops reading is damage too. */
          if (!g_error_matches (local_error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          /* A row may have named damage before SQLite stopped. */
          g_free (self->damage);
          self->damage = g_strdup (local_error->message);
        }
      if (self->damage != NULL)
        {
          g_message ("%s failed the quick check: %s", path, self->damage);
          self->read_only = SAM_STORE_READ_ONLY_DAMAGED;
          if (!sam_db_exec (self->db, "PRAGMA query_only = ON", error))
            return NULL;
        }
    }

  if (self->read_only != SAM_STORE_WRITABLE)
    {
      sam_db_set_read_only (self->db, read_only_message (self->read_only));
      if (self->read_only != SAM_STORE_READ_ONLY_DAMAGED
          && self->schema_version < sam_store_get_latest_schema_version ())
        {
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY,
                       _("%s needs to be updated for this version of Samverkan, but it cannot "
                         "be written to: check the permissions of the file and its folder"),
                       path);
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  /* FULL: a commit is on the disk, not only in the operating system's
   * cache, before the store says it is done (see the README). */
  if (!sam_db_exec (self->db,
                    "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;",
                    error))
    return NULL;

  if (!migrate (self, TRUE, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sam_store_open:
 * @path: (nullable): the database file, or %NULL for the default one
 * @error: return location for a #GError
 *
 * sam_store_open_full() with %SAM_STORE_OPEN_DEFAULT.
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open (const char  *path,
                GError     **error)
{
  return sam_store_open_full (path, SAM_STORE_OPEN_DEFAULT, error);
}

typedef struct
{
  char              *path;
  SamStoreOpenFlags  flags;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *open_data = data;

  g_free (open_data->path);
  g_free (open_data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  SamStore *store = sam_store_open_full (data->path, data->flags, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

/**
 * sam_store_open_async:
 *
 * sam_store_open_full() in a worker thread, so that the quick check of a
 * large database does not hold up the window.
 */
void
sam_store_open_async (const char          *path,
                      SamStoreOpenFlags    flags,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  OpenData *data = g_new0 (OpenData, 1);

  data->path = path != NULL ? g_strdup (path) : sam_store_default_path ();
  data->flags = flags;
  g_task_set_source_tag (task, sam_store_open_async);
  g_task_set_task_data (task, data, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * sam_store_open_finish:
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sam_store_get_read_only:
 *
 * Returns: why the store is read-only, or %SAM_STORE_WRITABLE
 */
SamStoreReadOnly
sam_store_get_read_only (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), SAM_STORE_WRITABLE);

  return self->read_only;
}

/**
 * sam_store_get_check_pending:
 *
 * Returns: whether the quick check of %SAM_STORE_OPEN_CHECK_LATER is still
 *   running (writes are refused until it is done)
 */
gboolean
sam_store_get_check_pending (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return self->check_pending;
}

/* The result of the quick check that ran on its own connection: a damaged
 * file turns read-only, a sound one takes writes from now on. */
void
sam_store_set_check_result (SamStore   *self,
                            const char *damage)
{
  g_return_if_fail (SAM_IS_STORE (self));

  self->check_pending = FALSE;
  if (damage == NULL)
    return;

  g_free (self->damage);
  self->damage = g_strdup (damage);
  g_message ("%s failed the quick check: %s", sam_db_get_path (self->db), damage);
  self->read_only = SAM_STORE_READ_ONLY_DAMAGED;
  sam_db_exec (self->db, "PRAGMA query_only = ON", NULL);
  sam_db_set_read_only (self->db, read_only_message (self->read_only));
}

/**
 * sam_store_get_damage:
 *
 * Returns: (nullable): the first problem the quick check found on opening
 */
const char *
sam_store_get_damage (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return self->damage;
}

/**
 * sam_store_get_change_mark:
 *
 * Returns: a mark of how far the database has changed through this store,
 *   for sam_store_has_changes_since()
 */
guint64
sam_store_get_change_mark (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  gint64 data_version = 0;

  /* The changes made through this connection, and (data_version) the
   * commits of every other one, such as an import's worker. */
  sam_store_query_int (self->db, "PRAGMA data_version", &data_version, NULL);

  return (guint64)sqlite3_total_changes64 (sam_db_get_handle (self->db)) + (guint64)data_version;
}

gboolean
sam_store_has_changes_since (SamStore *self,
                             guint64   mark)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return sam_store_get_change_mark (self) != mark;
}
