/* sam-backup.c: consistent copies of the database, kept in rotation, and
 * restoring one of them.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "sam-backup.h"
#include "sam-store-private.h"

/* A backup is a complete database file written by VACUUM INTO from a read
 * transaction of its own connection, so that it is one consistent moment
 * of the data even while the window goes on writing (WAL lets a reader and
 * a writer work at once). It is written under a temporary name, synced and
 * then renamed, so that a backup in the list is always whole.
 *
 * They live in the folder "backups" beside the database, named
 * STEM.YYYY-MM-DDTHHMMSS_UUUUUUZ.REASON.db (UTC), which is all there is to
 * know about one: no index file that could disagree with the folder. */

#define BACKUP_FOLDER "backups"

/* What the rotation keeps: the newest few whatever their age, and the
 * newest of each of the last days, weeks and months that have one. */
#define KEEP_NEWEST  5
#define KEEP_DAILY   7
#define KEEP_WEEKLY  5
#define KEEP_MONTHLY 12

struct _SamBackup
{
  GObject          parent_instance;

  char            *path;
  GDateTime       *created;
  SamBackupReason  reason;
  guint64          size;
};

G_DEFINE_FINAL_TYPE (SamBackup, sam_backup, G_TYPE_OBJECT)

static const char *reason_nicks[] = {
  [SAM_BACKUP_SCHEDULED] = "daily",
  [SAM_BACKUP_IMPORT] = "import",
  [SAM_BACKUP_MIGRATION] = "update",
  [SAM_BACKUP_RESTORE] = "restore",
  [SAM_BACKUP_QUIT] = "quit",
  [SAM_BACKUP_MANUAL] = "manual",
};

static void
sam_backup_finalize (GObject *object)
{
  SamBackup *self = (SamBackup *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (sam_backup_parent_class)->finalize (object);
}

static void
sam_backup_class_init (SamBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sam_backup_finalize;
}

static void
sam_backup_init (SamBackup *self)
{
}

const char *
sam_backup_get_path (SamBackup *self)
{
  g_return_val_if_fail (SAM_IS_BACKUP (self), NULL);

  return self->path;
}

/**
 * sam_backup_get_created:
 *
 * Returns: (transfer none): when the backup was made (UTC)
 */
GDateTime *
sam_backup_get_created (SamBackup *self)
{
  g_return_val_if_fail (SAM_IS_BACKUP (self), NULL);

  return self->created;
}

SamBackupReason
sam_backup_get_reason (SamBackup *self)
{
  g_return_val_if_fail (SAM_IS_BACKUP (self), SAM_BACKUP_MANUAL);

  return self->reason;
}

guint64
sam_backup_get_size (SamBackup *self)
{
  g_return_val_if_fail (SAM_IS_BACKUP (self), 0);

  return self->size;
}

/**
 * sam_backup_reason_label:
 *
 * Returns: why a backup was made, for people
 */
const char *
sam_backup_reason_label (SamBackupReason reason)
{
  switch (reason)
    {
    case SAM_BACKUP_SCHEDULED:
      return _("Daily backup");
    case SAM_BACKUP_IMPORT:
      return _("Before an import");
    case SAM_BACKUP_MIGRATION:
      return _("Before an update of the database");
    case SAM_BACKUP_RESTORE:
      return _("Before restoring a backup");
    case SAM_BACKUP_QUIT:
      return _("When Samverkan was closed");
    case SAM_BACKUP_MANUAL:
    default:
      return _("Made by hand");
    }
}

/* Names and folders */

static char *
database_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';

  return g_steal_pointer (&base);
}

/**
 * sam_backup_get_folder:
 * @database_path: the database
 *
 * Returns: the folder that holds the backups of @database_path
 */
char *
sam_backup_get_folder (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, BACKUP_FOLDER, NULL);
}

static gboolean
parse_reason (const char      *nick,
              SamBackupReason *reason)
{
  for (guint i = 0; i < G_N_ELEMENTS (reason_nicks); i++)
    if (g_str_equal (nick, reason_nicks[i]))
      {
        *reason = i;
        return TRUE;
      }

  return FALSE;
}

/* Reads a backup's name; NULL for anything else in the folder, including
 * the backups of another database beside this one. */
static SamBackup *
parse_name (const char *folder,
            const char *stem,
            const char *name)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *middle = NULL;
  gsize stem_len = strlen (stem);
  gsize name_len = strlen (name);
  int year, month, day, hour, minute, second, usec;
  char tail;
  GStatBuf buf;

  if (name_len <= stem_len + 4 || strncmp (name, stem, stem_len) != 0 || name[stem_len] != '.'
      || !g_str_has_suffix (name, ".db"))
    return NULL;

  middle = g_strndup (name + stem_len + 1, name_len - stem_len - 1 - 3);
  parts = g_strsplit (middle, ".", -1);
  if (g_strv_length (parts) != 2)
    return NULL;

  if (sscanf (parts[0], "%4d-%2d-%2dT%2d%2d%2d_%6dZ%c",
              &year, &month, &day, &hour, &minute, &second, &usec, &tail) != 7)
    return NULL;

  backup = g_object_new (SAM_TYPE_BACKUP, NULL);
  if (!parse_reason (parts[1], &backup->reason))
    return NULL;

  backup->created = g_date_time_new (utc, year, month, day, hour, minute, second + usec / 1e6);
  if (backup->created == NULL)
    return NULL;

  backup->path = g_build_filename (folder, name, NULL);
  if (g_stat (backup->path, &buf) != 0 || !S_ISREG (buf.st_mode))
    return NULL;
  backup->size = buf.st_size;

  return g_steal_pointer (&backup);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  SamBackup *backup_a = *(SamBackup **)a;
  SamBackup *backup_b = *(SamBackup **)b;

  return g_date_time_compare (backup_b->created, backup_a->created);
}

static GPtrArray *
list_backups (const char *database_path)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *folder = sam_backup_get_folder (database_path);
  g_autofree char *stem = database_stem (database_path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      SamBackup *backup = parse_name (folder, stem, name);

      if (backup != NULL)
        g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

/**
 * sam_backup_list:
 * @database_path: the database
 *
 * Returns: (transfer full): the #SamBackup<!-- -->s of @database_path,
 *   newest first
 */
GListModel *
sam_backup_list (const char *database_path)
{
  g_autoptr(GPtrArray) backups = list_backups (database_path);
  GListStore *store = g_list_store_new (SAM_TYPE_BACKUP);

  g_list_store_splice (store, 0, 0, backups->pdata, backups->len);

  return G_LIST_MODEL (store);
}

/**
 * sam_backup_get_latest:
 *
 * Returns: (transfer full) (nullable): the newest backup of @database_path
 */
SamBackup *
sam_backup_get_latest (const char *database_path)
{
  g_autoptr(GPtrArray) backups = list_backups (database_path);

  return backups->len > 0 ? g_object_ref (backups->pdata[0]) : NULL;
}

/**
 * sam_backup_is_due:
 * @database_path: the database
 * @now: the time now
 *
 * Returns: whether the newest backup is a day old or older (or there is
 *   none), so that a daily one should be made
 */
gboolean
sam_backup_is_due (const char *database_path,
                   GDateTime  *now)
{
  g_autoptr(SamBackup) latest = sam_backup_get_latest (database_path);

  return latest == NULL || g_date_time_difference (now, latest->created) >= G_TIME_SPAN_DAY;
}

/* Rotation */

static gboolean
keep_per_period (GPtrArray   *backups,
                 GHashTable  *keep,
                 const char  *format,
                 guint        n_periods)
{
  g_autofree char *last = NULL;
  guint n = 0;

  /* Newest first: the first backup of each period is its newest. */
  for (guint i = 0; i < backups->len && n < n_periods; i++)
    {
      SamBackup *backup = backups->pdata[i];
      g_autoptr(GDateTime) local = g_date_time_to_local (backup->created);
      g_autofree char *period = g_date_time_format (local, format);

      if (g_strcmp0 (period, last) == 0)
        continue;

      g_hash_table_add (keep, backup);
      g_free (last);
      last = g_steal_pointer (&period);
      n++;
    }

  return TRUE;
}

/**
 * sam_backup_rotate:
 * @database_path: the database
 * @error: return location for a #GError
 *
 * Deletes the backups the rotation no longer keeps: it keeps the newest
 * five, and the newest of each of the last seven days, five weeks and
 * twelve months that have a backup.
 */
gboolean
sam_backup_rotate (const char  *database_path,
                   GError     **error)
{
  g_autoptr(GPtrArray) backups = list_backups (database_path);
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < backups->len && i < KEEP_NEWEST; i++)
    g_hash_table_add (keep, backups->pdata[i]);

  keep_per_period (backups, keep, "%Y-%m-%d", KEEP_DAILY);
  keep_per_period (backups, keep, "%G-%V", KEEP_WEEKLY);
  keep_per_period (backups, keep, "%Y-%m", KEEP_MONTHLY);

  for (guint i = 0; i < backups->len; i++)
    {
      SamBackup *backup = backups->pdata[i];

      if (g_hash_table_contains (keep, backup))
        continue;

      if (g_unlink (backup->path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not delete the old backup %s: %s"),
                       backup->path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* Writing a copy */

static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  char        *what)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int primary = rc & 0xff;

  if (primary == SQLITE_FULL)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                 _("%s: the disk is full"), what);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                 _("%s: the database is damaged (%s)"), what, message);
  else
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED, "%s: %s", what, message);

  g_free (what);
}

static gboolean
sync_path (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);

  if (fd < 0 || (fsync (fd) != 0 && !directory))
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);

  return TRUE;
}

/* VACUUM INTO a new file of mode 0600 under a temporary name beside
 * @destination, synced, then renamed over it. */
static gboolean
write_copy (const char  *database_path,
            const char  *destination,
            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (destination);
  g_autofree char *base = g_path_get_basename (destination);
  g_autofree char *template = g_strdup_printf (".%s.part-XXXXXX", base);
  g_autofree char *temporary = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int fd;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  temporary = g_build_filename (dir, template, NULL);
  /* VACUUM INTO accepts an existing empty file; made here, it is 0600. */
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create a backup in %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sam_db_register_functions (db);
      sqlite3_busy_timeout (db, 5000);
      rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      /* Its own short-lived connection, not the store's SamDb (a backup
       * runs in a worker thread): the bind is checked here. */
      rc = sqlite3_bind_text (stmt, 1, temporary, -1, SQLITE_TRANSIENT);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    set_sqlite_error (error, db, rc, g_strdup_printf (_("Could not back up %s"), database_path));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (rc != SQLITE_OK
      || !sync_path (temporary, FALSE, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (g_rename (temporary, destination) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), destination, g_strerror (saved_errno));
      return FALSE;
    }

  return sync_path (dir, TRUE, error);
}

static char *
backup_name (const char      *database_path,
             GDateTime       *created,
             SamBackupReason  reason)
{
  g_autofree char *stem = database_stem (database_path);
  g_autofree char *stamp = g_date_time_format (created, "%Y-%m-%dT%H%M%S");

  return g_strdup_printf ("%s.%s_%06dZ.%s.db", stem, stamp,
                          g_date_time_get_microsecond (created), reason_nicks[reason]);
}

/**
 * sam_backup_create:
 * @database_path: the database
 * @reason: why the backup is made
 * @error: return location for a #GError
 *
 * Writes a consistent copy of @database_path into its backup folder and
 * rotates the backups. It reads through its own connection, so the
 * database stays usable meanwhile; call it from a worker thread in the
 * window (sam_backup_create_async()).
 *
 * Returns: (transfer full) (nullable): the new backup
 */
SamBackup *
sam_backup_create (const char       *database_path,
                   SamBackupReason   reason,
                   GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *folder = sam_backup_get_folder (database_path);
  g_autofree char *name = backup_name (database_path, now, reason);
  g_autofree char *stem = database_stem (database_path);
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GError) rotate_error = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder for backups %s: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  {
    g_autofree char *destination = g_build_filename (folder, name, NULL);

    if (!write_copy (database_path, destination, error))
      return NULL;
  }

  backup = parse_name (folder, stem, name);
  g_assert (backup != NULL);

  /* A rotation that fails leaves one backup too many: not worth failing
   * the backup for. */
  if (!sam_backup_rotate (database_path, &rotate_error))
    g_warning ("%s", rotate_error->message);

  return g_steal_pointer (&backup);
}

/**
 * sam_backup_create_to:
 * @database_path: the database
 * @destination: the file to write
 * @error: return location for a #GError
 *
 * Writes a consistent copy of @database_path to @destination (mode 0600),
 * replacing it only once the copy is complete.
 */
gboolean
sam_backup_create_to (const char  *database_path,
                      const char  *destination,
                      GError     **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  return write_copy (database_path, destination, error);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  char **args = task_data;
  GError *error = NULL;
  SamBackup *backup;

  backup = sam_backup_create (args[0], (SamBackupReason)GPOINTER_TO_INT (args[1]), &error);
  if (backup == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backup, g_object_unref);
}

static void
free_args (gpointer data)
{
  char **args = data;

  g_free (args[0]);
  g_free (args[2]);
  g_free (args);
}

/**
 * sam_backup_create_async:
 *
 * sam_backup_create() in a worker thread.
 */
void
sam_backup_create_async (const char          *database_path,
                         SamBackupReason      reason,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **args = g_new0 (char *, 3);

  args[0] = g_strdup (database_path);
  args[1] = GINT_TO_POINTER (reason);
  g_task_set_source_tag (task, sam_backup_create_async);
  g_task_set_task_data (task, args, free_args);
  g_task_run_in_thread (task, create_thread);
}

/**
 * sam_backup_create_finish:
 *
 * Returns: (transfer full) (nullable): the new backup
 */
SamBackup *
sam_backup_create_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Restoring */

/**
 * sam_backup_verify:
 * @path: a backup (or any file meant to become the database)
 * @error: return location for a #GError
 *
 * Checks, without writing to it, that @path is a sound Samverkan database
 * this version can open: its header, its schema version, and SQLite's
 * quick check of every page.
 */
gboolean
sam_backup_verify (const char  *path,
                   GError     **error)
{
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 application_id = -1;
  gint64 version = -1;
  g_autofree char *problem = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("There is no backup %s"), path);
      return FALSE;
    }

  /* Immutable: nothing, not even a -shm file, is written beside it. */
  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not read the backup %s"), path);
      return FALSE;
    }
  {
    g_autofree char *full = g_strconcat (uri, "?immutable=1", NULL);

    rc = sqlite3_open_v2 (full, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    if (rc == SQLITE_OK)
      sam_db_register_functions (db);
  }

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM pragma_application_id), "
                                 "(SELECT user_version FROM pragma_user_version)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          application_id = sqlite3_column_int64 (stmt, 0);
          version = sqlite3_column_int64 (stmt, 1);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      stmt = NULL;
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *)sqlite3_column_text (stmt, 0);

      if (problem == NULL && g_strcmp0 (text, "ok") != 0)
        problem = g_strdup (text);
      rc = SQLITE_OK;
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;

  if (rc != SQLITE_OK)
    set_sqlite_error (error, db, rc, g_strdup_printf (_("Could not read the backup %s"), path));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (rc != SQLITE_OK)
    return FALSE;

  if (application_id != SAM_APPLICATION_ID)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is not a backup of a Samverkan database"), path);
      return FALSE;
    }

  if (version > sam_store_get_latest_schema_version ())
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Samverkan; update Samverkan to restore it"),
                   path);
      return FALSE;
    }

  if (problem != NULL)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("The backup %s is damaged: %s"), path, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
copy_file (const char  *source,
           const char  *destination,
           GError     **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (destination);

  return g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error)
         && g_chmod (destination, 0600) == 0;
}

/* When the current file is too damaged for VACUUM INTO, its bytes (and its
 * write-ahead log) are kept as they are, so that nothing is thrown away. */
static SamBackup *
keep_damaged (const char  *database_path,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *folder = sam_backup_get_folder (database_path);
  g_autofree char *name = backup_name (database_path, now, SAM_BACKUP_RESTORE);
  g_autofree char *stem = database_stem (database_path);
  g_autofree char *destination = g_build_filename (folder, name, NULL);
  g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder for backups %s: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal_destination = g_strconcat (destination, "-wal", NULL);

      if (!copy_file (wal, wal_destination, error))
        return NULL;
    }

  if (!copy_file (database_path, destination, error))
    return NULL;

  return parse_name (folder, stem, name);
}

/* Copies every page of @backup_path into the database through SQLite's
 * backup API, which takes the database's write lock and so is safe even
 * while another program has the file open. */
static gboolean
copy_pages (const char  *database_path,
            const char  *backup_path,
            GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3 *source = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (database_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sam_db_register_functions (dest);
      sqlite3_busy_timeout (dest, 5000);
      rc = sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, dest, rc, g_strdup_printf (_("Could not restore %s"), database_path));
      sqlite3_close (source);
      sqlite3_close (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (dest);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    set_sqlite_error (error, dest, rc, g_strdup_printf (_("Could not restore %s"), database_path));

  sqlite3_close (source);
  sqlite3_close (dest);

  return rc == SQLITE_OK;
}

/* The last way, for a file whose header is gone: the backup's bytes take
 * its place. Only the file's own program (closed meanwhile) may have it
 * open, which is how the window and the command line restore. */
static gboolean
replace_file (const char  *database_path,
              const char  *backup_path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (database_path);
  g_autofree char *base = g_path_get_basename (database_path);
  g_autofree char *temporary = g_strdup_printf ("%s/.%s.restore", dir, base);
  g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);

  if (!copy_file (backup_path, temporary, error)
      || !sync_path (temporary, FALSE, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  g_unlink (wal);
  g_unlink (shm);
  if (g_rename (temporary, database_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not restore %s: %s"), database_path, g_strerror (saved_errno));
      return FALSE;
    }

  return sync_path (dir, TRUE, error);
}

/**
 * sam_backup_restore:
 * @database_path: the database
 * @backup_path: the backup to restore
 * @saved: (out) (optional) (nullable): the backup of the database as it
 *   was, made first (%NULL when there was nothing to keep)
 * @error: return location for a #GError
 *
 * Checks @backup_path, keeps the current database as a backup, then makes
 * the database what the backup holds. On failure the database is as it
 * was. Whoever has the database open must reopen it afterwards.
 */
gboolean
sam_backup_restore (const char  *database_path,
                    const char  *backup_path,
                    SamBackup  **saved,
                    GError     **error)
{
  g_autoptr(SamBackup) kept = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf buf;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (saved != NULL)
    *saved = NULL;

  if (!sam_backup_verify (backup_path, error))
    return FALSE;

  if (g_stat (database_path, &buf) == 0 && buf.st_size > 0)
    {
      kept = sam_backup_create (database_path, SAM_BACKUP_RESTORE, &local_error);
      if (kept == NULL && g_error_matches (local_error, SAM_STORE_ERROR,
                                           SAM_STORE_ERROR_NOT_DATABASE))
        {
          g_debug ("Keeping the damaged file as it is: %s", local_error->message);
          g_clear_error (&local_error);
          kept = keep_damaged (database_path, &local_error);
        }
      if (kept == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("The backup was not restored, because the database "
                                        "could not be kept as a backup first: "));
          return FALSE;
        }
    }
  else if (g_stat (database_path, &buf) != 0)
    {
      int fd = g_open (database_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      if (fd >= 0)
        close (fd);
    }

  if (!copy_pages (database_path, backup_path, &local_error))
    {
      if (!g_error_matches (local_error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_debug ("Replacing the damaged file: %s", local_error->message);
      if (!replace_file (database_path, backup_path, error))
        return FALSE;
    }

  if (saved != NULL)
    *saved = g_steal_pointer (&kept);

  return TRUE;
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  char **args = task_data;
  GError *error = NULL;
  SamBackup *saved = NULL;

  if (!sam_backup_restore (args[0], args[2], &saved, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, saved != NULL ? (gpointer)saved : g_object_new (SAM_TYPE_BACKUP, NULL),
                           g_object_unref);
}

/**
 * sam_backup_restore_async:
 *
 * sam_backup_restore() in a worker thread.
 */
void
sam_backup_restore_async (const char          *database_path,
                          const char          *backup_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **args = g_new0 (char *, 3);

  args[0] = g_strdup (database_path);
  args[2] = g_strdup (backup_path);
  g_task_set_source_tag (task, sam_backup_restore_async);
  g_task_set_task_data (task, args, free_args);
  g_task_run_in_thread (task, restore_thread);
}

gboolean
sam_backup_restore_finish (GAsyncResult  *result,
                           SamBackup    **saved,
                           GError       **error)
{
  g_autoptr(SamBackup) backup = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  backup = g_task_propagate_pointer (G_TASK (result), error);
  if (backup == NULL)
    return FALSE;

  if (saved != NULL)
    *saved = backup->path != NULL ? g_steal_pointer (&backup) : NULL;

  return TRUE;
}
