/* test-backup.c: backups, their rotation and restoring one; damaged,
 * empty and read-only databases.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sam-backup.h"
#include "sam-test-util.h"

static void
add_municipality (SamStore   *store,
                  const char *name)
{
  g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
  g_autoptr(GError) error = NULL;

  sam_municipality_set_name (municipality, name);
  g_assert_true (sam_store_insert (store, municipality, &error));
  g_assert_no_error (error);
}

/* Every municipality's name, in the order of the list. */
static char *
municipality_names (SamStore *store)
{
  g_autoptr(GListModel) list = sam_store_list_municipalities (store);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (list, i);

      g_string_append_printf (names, "%s;", sam_municipality_get_name (municipality));
    }

  return g_string_free (names, FALSE);
}

static void
fill (SamStore *store,
      guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Kommun %04u with a name long enough to fill pages", i);

      add_municipality (store, name);
    }
}

/* Overwrites 4 KiB in the middle of the file with random bytes, as a bad
 * disk or a stray write would. */
static void
damage_file (const char *path,
             goffset     offset)
{
  guint8 noise[4096];
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_random_int_range (0, 256);
  g_assert_cmpint (pwrite (fd, noise, sizeof noise, offset), ==, sizeof noise);
  close (fd);
}

/* Moves everything out of the write-ahead log into the file, so that
 * damage to the file is damage to the data. */
static void
checkpoint_and_close (SamTestDb *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
}

static void
test_backup_create (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(SamStore) copy = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = sam_backup_get_folder (fixture->path);
  g_autofree char *names = NULL;
  g_autofree char *copied = NULL;
  GStatBuf buf;

  fill (fixture->store, 50);
  names = municipality_names (fixture->store);

  backup = sam_backup_create (fixture->path, SAM_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);

  g_assert_true (g_str_has_prefix (sam_backup_get_path (backup), folder));
  g_assert_cmpint (g_stat (sam_backup_get_path (backup), &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (sam_backup_get_size (backup), ==, buf.st_size);
  g_assert_cmpint (sam_backup_get_reason (backup), ==, SAM_BACKUP_MANUAL);
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  /* The database goes on being written; the backup stays what it was. */
  add_municipality (fixture->store, "Later");

  list = sam_backup_list (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_true (sam_backup_verify (sam_backup_get_path (backup), &error));
  g_assert_no_error (error);
  copy = sam_store_open_full (sam_backup_get_path (backup), SAM_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  copied = municipality_names (copy);
  g_assert_cmpstr (copied, ==, names);
}

static void
test_backup_create_to (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  fill (fixture->store, 3);
  g_assert_true (g_file_set_contents (output, "the previous file", -1, NULL));

  g_assert_true (sam_backup_create_to (fixture->path, output, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (output, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_true (sam_backup_verify (output, &error));
  g_assert_no_error (error);
}

static void
touch_backup (const char *folder,
              const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static gboolean
exists_in (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_backup_rotation (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autofree char *folder = sam_backup_get_folder (fixture->path);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  /* Forty daily backups at noon, from 2026-09-01 to 2026-10-10, and three
   * on the last day, plus what is not a backup of this database. */
  for (int day = 0; day < 40; day++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 9, 1, 10, 0, 0);
      g_autoptr(GDateTime) when = g_date_time_add_days (start, day);
      g_autofree char *stamp = g_date_time_format (when, "%Y-%m-%dT%H%M%S");
      g_autofree char *name = g_strdup_printf ("test.%s_000000Z.daily.db", stamp);

      touch_backup (folder, name);
    }
  touch_backup (folder, "test.2026-10-10T110000_000000Z.import.db");
  touch_backup (folder, "test.2026-10-10T120000_000000Z.import.db");
  touch_backup (folder, "test.2026-10-10T130000_000000Z.restore.db");
  touch_backup (folder, "other.2026-01-01T100000_000000Z.daily.db");
  touch_backup (folder, "notes.txt");

  g_assert_true (sam_backup_rotate (fixture->path, &error));
  g_assert_no_error (error);

  list = sam_backup_list (fixture->path);
  /* The newest five (four of the last day and the day before), the newest
   * of each of seven days (to 4 October), of five weeks (Mondays to
   * Sundays: 10 and 4 October, 27, 20 and 13 September) and of twelve
   * months (the last of September). */
  g_assert_true (exists_in (folder, "test.2026-10-10T130000_000000Z.restore.db"));
  g_assert_true (exists_in (folder, "test.2026-10-10T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "test.2026-10-09T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "test.2026-10-04T100000_000000Z.daily.db"));
  g_assert_false (exists_in (folder, "test.2026-10-03T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "test.2026-09-27T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "test.2026-09-30T100000_000000Z.daily.db"));
  g_assert_false (exists_in (folder, "test.2026-09-01T100000_000000Z.daily.db"));
  g_assert_false (exists_in (folder, "test.2026-09-10T100000_000000Z.daily.db"));
  /* What is not ours is left alone. */
  g_assert_true (exists_in (folder, "other.2026-01-01T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "notes.txt"));
  g_assert_true (exists_in (folder, "test.2026-09-20T100000_000000Z.daily.db"));
  g_assert_true (exists_in (folder, "test.2026-09-13T100000_000000Z.daily.db"));
  g_assert_false (exists_in (folder, "test.2026-09-12T100000_000000Z.daily.db"));
  /* Four of the last day, six days before it, four weeks and a month. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 14);
}

static void
test_backup_is_due (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_hours (now, 25);
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_backup_is_due (fixture->path, now));
  backup = sam_backup_create (fixture->path, SAM_BACKUP_SCHEDULED, &error);
  g_assert_no_error (error);
  g_assert_false (sam_backup_is_due (fixture->path, now));
  g_assert_true (sam_backup_is_due (fixture->path, tomorrow));
}

/* The round trip the issue asks for: back up, damage the file, open it,
 * restore, compare. */
static void
test_backup_restore_damaged (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(SamBackup) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *restored = NULL;
  GStatBuf buf;
  gint64 start;

  fill (fixture->store, 400);
  names = municipality_names (fixture->store);
  backup = sam_backup_create (fixture->path, SAM_BACKUP_SCHEDULED, &error);
  g_assert_no_error (error);

  checkpoint_and_close (fixture);
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 5 * 4096);
  damage_file (fixture->path, buf.st_size / 2 / 4096 * 4096);

  /* Opened with the check, the damaged file is read-only and says so. */
  fixture->store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_read_only (fixture->store), ==, SAM_STORE_READ_ONLY_DAMAGED);
  g_assert_nonnull (sam_store_get_damage (fixture->store));

  /* A write fails at once, and says why. */
  {
    g_autoptr(SamMunicipality) municipality = sam_municipality_new ();

    sam_municipality_set_name (municipality, "Not saved");
    start = g_get_monotonic_time ();
    g_assert_false (sam_store_insert (fixture->store, municipality, &error));
    g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY);
    g_assert_nonnull (strstr (error->message, "damaged"));
    g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
    g_clear_error (&error);
  }
  g_clear_object (&fixture->store);

  g_assert_true (sam_backup_restore (fixture->path, sam_backup_get_path (backup), &saved, &error));
  g_assert_no_error (error);
  /* The damaged file was kept too, as it was. */
  g_assert_nonnull (saved);
  g_assert_cmpint (sam_backup_get_reason (saved), ==, SAM_BACKUP_RESTORE);
  g_assert_true (g_file_test (sam_backup_get_path (saved), G_FILE_TEST_EXISTS));

  fixture->store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_read_only (fixture->store), ==, SAM_STORE_WRITABLE);
  restored = municipality_names (fixture->store);
  g_assert_cmpstr (restored, ==, names);
  add_municipality (fixture->store, "After the restore");
}

/* Restoring while another connection has the file open (a window): the
 * backup API takes the lock and the other connection sees the data. */
static void
test_backup_restore_open (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(SamBackup) saved = NULL;
  g_autoptr(SamStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(SamStore) kept_store = NULL;

  add_municipality (fixture->store, "Lund");
  names = municipality_names (fixture->store);
  backup = sam_backup_create (fixture->path, SAM_BACKUP_IMPORT, &error);
  g_assert_no_error (error);
  add_municipality (fixture->store, "Malmö");

  g_assert_true (sam_backup_restore (fixture->path, sam_backup_get_path (backup), &saved, &error));
  g_assert_no_error (error);

  reopened = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  restored = municipality_names (reopened);
  g_assert_cmpstr (restored, ==, names);

  /* What was there before the restore is in the backup made first. */
  kept_store = sam_store_open_full (sam_backup_get_path (saved), SAM_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  kept = municipality_names (kept_store);
  g_assert_cmpstr (kept, ==, "Lund;Malmö;");
}

static void
test_backup_restore_refuses (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.db", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "text.db", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;

  add_municipality (fixture->store, "Lund");
  names = municipality_names (fixture->store);

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_set_contents (text, "not a database at all, not at all", -1, NULL));

  g_assert_false (sam_backup_restore (fixture->path, foreign, NULL, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);
  g_assert_false (sam_backup_restore (fixture->path, text, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Nothing changed, and no backup was needed. */
  after = municipality_names (fixture->store);
  g_assert_cmpstr (after, ==, names);
  list = sam_backup_list (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
}

static void
test_open_empty_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samverkan-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "mistyped.db", NULL);
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = sam_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_EMPTY_FILE);
  g_assert_nonnull (strstr (error->message, "empty file"));
  g_clear_error (&error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, ==, 0);

  store = sam_store_open_full (missing, SAM_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  sam_test_remove_tree (dir);
}

static void
test_open_read_only_file (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can write to any file");
      return;
    }

  add_municipality (fixture->store, "Lund");
  checkpoint_and_close (fixture);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);

  fixture->store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_read_only (fixture->store), ==, SAM_STORE_READ_ONLY_FILE);
  names = municipality_names (fixture->store);
  g_assert_cmpstr (names, ==, "Lund;");

  sam_municipality_set_name (municipality, "Malmö");
  g_assert_false (sam_store_insert (fixture->store, municipality, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY);
  g_chmod (fixture->path, 0600);
}

/* A write that meets another program's lock fails soon on the window's
 * connection instead of holding the main thread for five seconds. */
static void
test_open_locked_fails_fast (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamStore) window = NULL;
  g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
  g_autoptr(GError) error = NULL;
  sqlite3 *other;
  gint64 start;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  window = sam_store_open_full (fixture->path, SAM_STORE_OPEN_INTERACTIVE, &error);
  g_assert_no_error (error);
  sam_municipality_set_name (municipality, "Lund");
  start = g_get_monotonic_time ();
  g_assert_false (sam_store_insert (window, municipality, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_clear_error (&error);

  /* Once the lock is gone the same edit saves. */
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_assert_true (sam_store_insert (window, municipality, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)

  ADD ("/backup/create", test_backup_create);
  ADD ("/backup/create-to", test_backup_create_to);
  ADD ("/backup/rotation", test_backup_rotation);
  ADD ("/backup/is-due", test_backup_is_due);
  ADD ("/backup/restore-damaged", test_backup_restore_damaged);
  ADD ("/backup/restore-open", test_backup_restore_open);
  ADD ("/backup/restore-refuses", test_backup_restore_refuses);
  g_test_add_func ("/open/empty-file", test_open_empty_file);
  ADD ("/open/read-only-file", test_open_read_only_file);
  ADD ("/open/locked-fails-fast", test_open_locked_fails_fast);

  return g_test_run ();
}
