/* test-ui-backups.c: the window on a damaged database (the banner, the
 * Backups view, a restore that brings the data back into the window), and
 * an edit that meets a locked database (it stays marked as unsaved, fails
 * fast and is saved once the lock goes).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "sam-application.h"
#include "sam-backup.h"
#include "sam-backups-window.h"
#include "sam-form.h"
#include "sam-plan-util.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

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

static guint
count_municipalities (SamStore *store)
{
  g_autoptr(GListModel) list = sam_store_list_municipalities (store);

  return g_list_model_get_n_items (list);
}

/* Overwrites 4 KiB in the middle of the file with random bytes. */
static void
damage_file (const char *path)
{
  guint8 noise[4096];
  GStatBuf buf;
  int fd;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 5 * 4096);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_random_int_range (0, 256);
  g_assert_cmpint (pwrite (fd, noise, sizeof noise, buf.st_size / 2 / 4096 * 4096), ==, sizeof noise);
  close (fd);
}

/* The window's restore, driven from inside the application's run */

typedef struct
{
  SamTestDb      *fixture;
  SamApplication *app;
  gboolean        done;
} Drive;

static SamWindow *
main_window (Drive *drive)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (drive->app));

  return SAM_IS_WINDOW (window) ? SAM_WINDOW (window) : NULL;
}

static gboolean
banner_says_damaged (gpointer data)
{
  SamWindow *window = main_window (data);
  const char *banner = window != NULL ? sam_window_get_banner (window) : NULL;

  return banner != NULL && strstr (banner, "damaged") != NULL;
}

static SamBackupsWindow *
find_backups_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SAM_IS_BACKUPS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SAM_BACKUPS_WINDOW (window);
    }

  return NULL;
}

static gboolean
backups_window_shown (gpointer data)
{
  return find_backups_window () != NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
restored (gpointer data)
{
  Drive *drive = data;
  SamWindow *window = main_window (drive);
  SamStore *store;

  if (window == NULL)
    return FALSE;

  store = sam_window_get_store (window);

  return sam_store_get_read_only (store) == SAM_STORE_WRITABLE
         && !sam_store_get_check_pending (store)
         && sam_window_get_banner (window) == NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
drive_restore (gpointer data)
{
  Drive *drive = data;
  SamBackupsWindow *backups;
  GtkWidget *row;
  GtkWidget *button;
  SamWindow *window;

  /* The window is up before the check has said anything; then the banner. */
  g_assert_true (wait_for (banner_says_damaged, drive));
  window = main_window (drive);
  g_assert_cmpint (sam_store_get_read_only (sam_window_get_store (window)), ==,
                   SAM_STORE_READ_ONLY_DAMAGED);
  maybe_screenshot (GTK_WIDGET (window), "banner-damaged");

  /* The banner's button opens the Backups view, which lists the backup. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-backups", NULL));
  g_assert_true (wait_for (backups_window_shown, NULL));
  backups = find_backups_window ();
  row = gtk_widget_get_first_child (GTK_WIDGET (sam_backups_window_get_list (backups)));
  g_assert_nonnull (row);
  g_assert_null (gtk_widget_get_next_sibling (row));
  maybe_screenshot (GTK_WIDGET (backups), "backups-view");
  if (g_getenv ("SAM_SHOT_DIR") != NULL)
    {
      /* The narrowest the window goes, for looking at both. */
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
      gtk_window_set_default_size (GTK_WINDOW (backups), 360, 600);
      spin (600);
      maybe_screenshot (GTK_WIDGET (window), "banner-damaged-360");
      maybe_screenshot (GTK_WIDGET (backups), "backups-view-360");
    }

  /* Restore asks first; confirmed, the window shows the restored data. */
  button = find_button_with_label (row, _("_Restore…"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (wait_for (dialog_shown, NULL));
  adw_message_dialog_response (find_dialog (), "restore");

  g_assert_true (wait_for (restored, drive));
  window = main_window (drive);
  g_assert_cmpuint (count_municipalities (sam_window_get_store (window)), ==, 300);

  /* The damaged file was kept as a backup before it was replaced. */
  {
    g_autoptr(GListModel) list = sam_backup_list (drive->fixture->path);

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  }

  /* The restored store takes edits again. */
  add_municipality (sam_window_get_store (window), "Efter återställningen");
  g_assert_cmpuint (count_municipalities (sam_window_get_store (window)), ==, 301);

  drive->done = TRUE;
  g_application_quit (G_APPLICATION (drive->app));
}

static void
activate_cb (GApplication *app,
             Drive        *drive)
{
  if (!drive->done)
    g_idle_add_once (drive_restore, drive);
}

static void
test_restore_in_window (SamTestDb     *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  Drive drive = { fixture, NULL, FALSE };
  char *argv[] = { (char *)"samverkan", (char *)"--database", fixture->path, NULL };

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Kommun %04u with a name long enough to fill pages", i);

      add_municipality (fixture->store, name);
    }
  backup = sam_backup_create (fixture->path, SAM_BACKUP_SCHEDULED, &error);
  g_assert_no_error (error);

  /* Everything into the file itself, then damage it. */
  g_clear_object (&fixture->store);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  damage_file (fixture->path);

  drive.app = sam_application_new ();
  g_application_set_flags (G_APPLICATION (drive.app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (drive.app, "activate", G_CALLBACK (activate_cb), &drive);
  g_assert_cmpint (g_application_run (G_APPLICATION (drive.app), 3, argv), ==, 0);
  g_assert_true (drive.done);
  g_clear_object (&drive.app);
}

/* An edit that meets a locked database */

static gboolean
form_saved (gpointer data)
{
  return !sam_form_get_unsaved (data);
}

static void
test_unsaved_retry (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
  g_autoptr(SamForm) form = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *entry = gtk_entry_new ();
  sqlite3 *locker = NULL;
  gint64 start, elapsed;

  sam_municipality_set_name (municipality, "Lund");
  g_assert_true (sam_store_insert (fixture->store, municipality, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  /* The window's connection: a lock makes a write fail soon. */
  store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_INTERACTIVE, &error);
  g_assert_no_error (error);
  g_clear_object (&municipality);
  municipality = sam_store_load (store, SAM_TYPE_MUNICIPALITY, 1, &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), entry);
  gtk_window_present (GTK_WINDOW (window));
  form = sam_form_new (store);
  sam_form_bind_editable (form, GTK_EDITABLE (entry), "name", TRUE);
  sam_form_set_entity (form, municipality);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Lund");

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (fixture->path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Lunds kommun");
  start = g_get_monotonic_time ();
  g_assert_false (sam_form_save (form));
  elapsed = g_get_monotonic_time () - start;
  /* No five-second wait on the main thread. */
  g_assert_cmpint (elapsed, <, G_USEC_PER_SEC);
  g_assert_true (sam_form_get_unsaved (form));
  g_assert_true (gtk_widget_has_css_class (entry, "unsaved"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Lunds kommun");
  maybe_screenshot (window, "unsaved-entry");

  /* It is still not saved while the lock is held, however long. */
  spin (1200);
  g_assert_true (sam_form_get_unsaved (form));

  /* The lock goes; the retry saves what was typed, and the mark goes. */
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);
  g_assert_true (wait_for (form_saved, form));
  g_assert_false (gtk_widget_has_css_class (entry, "unsaved"));

  {
    g_autoptr(SamStore) other = sam_store_open (fixture->path, &error);
    g_autoptr(GListModel) list = NULL;
    g_autoptr(SamMunicipality) stored = NULL;

    g_assert_no_error (error);
    list = sam_store_list_municipalities (other);
    stored = g_list_model_get_item (list, 0);
    g_assert_cmpstr (sam_municipality_get_name (stored), ==, "Lunds kommun");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
async_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Writes wait for the quick check of a store opened with CHECK_LATER. */
static void
test_writes_wait_for_check (SamTestDb     *fixture,
                            gconstpointer  data)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  add_municipality (fixture->store, "Malmö");
  g_clear_object (&fixture->store);

  store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_assert_true (sam_store_get_check_pending (store));
  g_assert_cmpuint (count_municipalities (store), ==, 1);

  {
    g_autoptr(SamMunicipality) municipality = sam_municipality_new ();

    sam_municipality_set_name (municipality, "Lund");
    g_assert_false (sam_store_insert (store, municipality, &error));
    g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY);
    g_clear_error (&error);
  }

  sam_store_check_async (store, NULL, async_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (sam_store_check_finish (store, result, &error));
  g_assert_no_error (error);
  g_assert_false (sam_store_get_check_pending (store));
  add_municipality (store, "Lund");
  g_assert_cmpuint (count_municipalities (store), ==, 2);
}

/* The unprivileged user a test run as root becomes (nobody on Debian). */
#define UNPRIVILEGED_ID 65534

/* Hands the fixture's folder and database to the unprivileged user and
 * becomes that user for the rest of the process; the display is already
 * open, so the window still shows. */
static void
become_unprivileged (SamTestDb *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (chown (fixture->dir, UNPRIVILEGED_ID, UNPRIVILEGED_ID), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (chown (path, UNPRIVILEGED_ID, UNPRIVILEGED_ID), ==, 0);
    }

  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setregid (UNPRIVILEGED_ID, UNPRIVILEGED_ID), ==, 0);
  g_assert_cmpint (setreuid (UNPRIVILEGED_ID, UNPRIVILEGED_ID), ==, 0);
  g_assert_cmpint (geteuid (), ==, UNPRIVILEGED_ID);
}

/* A file that cannot be written to opens read-only, with the banner, and an
 * edit fails at once. Root can write to any file, so as root (CI) the test
 * runs again in a subprocess that becomes an unprivileged user first: it
 * never skips. */
static void
test_read_only_banner (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
  SamWindow *window;
  const char *banner;
  gint64 start;

  if (geteuid () == 0 && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  add_municipality (fixture->store, "Malmö");
  g_clear_object (&fixture->store);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  if (geteuid () == 0)
    become_unprivileged (fixture);
  g_assert_cmpint (g_access (fixture->path, W_OK), !=, 0);

  store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK_LATER | SAM_STORE_OPEN_INTERACTIVE,
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_read_only (store), ==, SAM_STORE_READ_ONLY_FILE);

  window = sam_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  banner = sam_window_get_banner (window);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "cannot be written to"));
  maybe_screenshot (GTK_WIDGET (window), "banner-read-only");

  sam_municipality_set_name (municipality, "Lund");
  start = g_get_monotonic_time ();
  g_assert_false (sam_store_insert (store, municipality, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged database's banner names the newest backup a restore would
 * accept: the newest backup is damaged too, so the banner skips it. */
static gboolean
banner_names_sound_backup (gpointer data)
{
  const char *banner = sam_window_get_banner (data);

  return banner != NULL && strstr (banner, "the newest sound one is from") != NULL;
}

static void
test_banner_checks_backup (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamBackup) older = NULL;
  g_autoptr(SamBackup) newer = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  SamWindow *window;
  const char *banner;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Kommun %04u with a name long enough to fill pages", i);

      add_municipality (fixture->store, name);
    }
  older = sam_backup_create (fixture->path, SAM_BACKUP_SCHEDULED, &error);
  g_assert_no_error (error);
  newer = sam_backup_create (fixture->path, SAM_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  damage_file (sam_backup_get_path (newer));
  g_assert_false (sam_backup_verify (sam_backup_get_path (newer), NULL));

  g_clear_object (&fixture->store);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  damage_file (fixture->path);

  store = sam_store_open_full (fixture->path, SAM_STORE_OPEN_CHECK | SAM_STORE_OPEN_INTERACTIVE,
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_read_only (store), ==, SAM_STORE_READ_ONLY_DAMAGED);

  window = sam_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_true (wait_for (banner_names_sound_backup, window));

  local = g_date_time_to_local (sam_backup_get_created (older));
  when = g_date_time_format (local, "%x %X");
  banner = sam_window_get_banner (window);
  g_assert_nonnull (strstr (banner, "The newest backup is damaged too"));
  g_assert_nonnull (strstr (banner, when));
  maybe_screenshot (GTK_WIDGET (window), "banner-damaged-backup");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/backups/restore-in-window", SamTestDb, NULL,
              sam_test_db_setup, test_restore_in_window, sam_test_db_teardown);
  g_test_add ("/ui/backups/unsaved-retry", SamTestDb, NULL,
              sam_test_db_setup, test_unsaved_retry, sam_test_db_teardown);
  g_test_add ("/ui/backups/read-only-banner", SamTestDb, NULL,
              sam_test_db_setup, test_read_only_banner, sam_test_db_teardown);
  g_test_add ("/ui/backups/banner-checks-backup", SamTestDb, NULL,
              sam_test_db_setup, test_banner_checks_backup, sam_test_db_teardown);
  g_test_add ("/ui/backups/writes-wait-for-check", SamTestDb, NULL,
              sam_test_db_setup, test_writes_wait_for_check, sam_test_db_teardown);

  return g_test_run ();
}
