/* sam-application.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-about.h"
#include "sam-backup.h"
#include "sam-application.h"
#include "sam-file-cache.h"
#include "sam-store.h"
#include "sam-store-extract.h"
#include "sam-window.h"

struct _SamApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  char           *database_path;
  SamStore       *store;
  SamTextExtractor *extractor;

  gboolean        quit_after_first_frame;
  gboolean        check_started;
  guint           backup_timeout_id;
  guint64         backed_up_mark;
};

G_DEFINE_FINAL_TYPE (SamApplication, sam_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  {
    "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database file PATH instead of the default one"),
    /* Translators: the placeholder in "--database=PATH" of --help. */
    N_("PATH"),
  },
  {
    "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"),
    NULL,
  },
  {
    /* Hidden, not translated: for build-aux/flatpak-check. */
    "quit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
    "Print \"first frame\" and quit once the window has drawn itself",
    NULL,
  },
  { NULL },
};

static void
open_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SamApplication   *self)
{
  g_assert (SAM_IS_APPLICATION (self));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_open_error (SamApplication *self,
                 const GError   *error)
{
  GtkWidget *dialog;

  g_assert (SAM_IS_APPLICATION (self));
  g_assert (error != NULL);

  dialog = adw_message_dialog_new (NULL, _("Could Not Open the Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  /* The dialog is the application's only window; once it is gone the
   * application exits. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_error_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  SamApplication *self = SAM_APPLICATION (user_data);
  g_autoptr(GList) windows = NULL;

  /* Closing the windows one by one lets each save its size and section;
   * the application ends when the last one is gone. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SamApplication *self = SAM_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about = sam_about_window_new ();
  GtkIconTheme *icon_theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (about));

  /* Run from the build tree, the icon is not installed: no icon is better
   * than a broken one. */
  if (gtk_icon_theme_has_icon (icon_theme, APPLICATION_ID))
    adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APPLICATION_ID);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);

  gtk_window_present (GTK_WINDOW (about));
}

static void
first_frame_after_paint_cb (GdkFrameClock *frame_clock,
                            GtkWindow     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  /* A frame before the surface is mapped has drawn nothing yet. */
  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return;

  g_signal_handlers_disconnect_by_func (frame_clock, first_frame_after_paint_cb, window);
  g_print ("first frame\n");
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
first_frame_map_cb (GtkWidget *window,
                    gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, first_frame_map_cb, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_after_paint_cb), window, 0);
}

static GtkWindow *ensure_window (SamApplication *self);

static void
stop_extractor (SamApplication *self)
{
  if (self->extractor != NULL)
    sam_text_extractor_stop (self->extractor);
  g_clear_object (&self->extractor);
}

typedef struct
{
  SamApplication *self;
  GtkWindow      *old_window;
  char           *backup_path;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_clear_object (&data->old_window);
  g_free (data->backup_path);
  g_free (data);
}

static void
restore_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  RestoreData *data = user_data;
  SamApplication *self = data->self;
  g_autoptr(SamBackup) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  gboolean restored;

  restored = sam_backup_restore_finish (result, &saved, &error);
  if (restored)
    {
      /* Everything the window showed came from the old file: a new store
       * and a new window show the restored data, the old ones go. */
      g_clear_handle_id (&self->backup_timeout_id, g_source_remove);
      stop_extractor (self);
      g_clear_object (&self->store);
      if (data->old_window != NULL)
        {
          gtk_window_set_application (data->old_window, NULL);
          gtk_window_destroy (data->old_window);
        }
      text = g_strdup (_("The backup was restored. What the database held before is kept as a "
                         "backup."));
    }
  else
    {
      if (data->old_window != NULL)
        gtk_widget_set_sensitive (GTK_WIDGET (data->old_window), TRUE);
      if (self->extractor == NULL && self->store != NULL
          && sam_store_get_read_only (self->store) == SAM_STORE_WRITABLE)
        self->extractor = sam_text_extractor_new (self->store);
      /* Translators: %s says why. */
      text = g_strdup_printf (_("The backup was not restored: %s"), error->message);
    }

  g_message ("%s", text);
  window = ensure_window (self);
  if (window != NULL)
    {
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_timeout (toast, restored ? 5 : 0);
      sam_window_add_toast (SAM_WINDOW (window), toast);
      gtk_window_present (window);
    }

  g_application_release (G_APPLICATION (self));
  restore_data_free (data);
}

/* app.restore-backup (s): the Backups view's Restore, after confirming. */
static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SamApplication *self = SAM_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  RestoreData *data;

  if (self->store == NULL)
    return;

  data = g_new0 (RestoreData, 1);
  data->self = self;
  data->backup_path = g_variant_dup_string (parameter, NULL);
  if (SAM_IS_WINDOW (window))
    {
      data->old_window = g_object_ref (window);
      /* Nothing is edited in the old file while the backup replaces it. */
      gtk_widget_set_sensitive (GTK_WIDGET (window), FALSE);
    }

  g_application_hold (G_APPLICATION (self));
  stop_extractor (self);
  sam_backup_restore_async (sam_store_get_path (self->store), data->backup_path, NULL,
                            restore_done_cb, data);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "restore-backup", restore_backup_action, "s" },
};

static int
sam_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  SamApplication *self = SAM_APPLICATION (application);
  g_autofree char *path = NULL;
  const char *env_path;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  self->quit_after_first_frame = g_variant_dict_contains (options, "quit-after-first-frame");

  env_path = g_getenv ("SAMVERKAN_DATABASE");

  if (!g_variant_dict_lookup (options, "database", "^ay", &path)
      && env_path != NULL && env_path[0] != '\0')
    path = g_strdup (env_path);

  if (path != NULL)
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);

      /* A window on one particular file is its own instance, so that a
       * Samverkan already running on another database does not answer.
       * Started by D-Bus activation (--gapplication-service) it must own
       * its name, or the desktop waits for it in vain. */
      if (!(g_application_get_flags (application) & G_APPLICATION_IS_SERVICE))
        g_application_set_flags (application,
                                 g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  /* Go on with the default processing. */
  return -1;
}

static void
sam_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (sam_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);

  /* Attachments opened and e-mails sent in earlier sessions. */
  sam_file_cache_clean_async (SAM_FILE_CACHE_MAX_AGE);
}

static void
scheduled_backup_done_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  backup = sam_backup_create_finish (result, &error);
  if (backup == NULL)
    g_warning ("The daily backup failed: %s", error->message);
}

/* Once an hour: a daily backup when the newest is a day old, written by a
 * worker thread on its own connection. */
static gboolean
backup_timeout_cb (gpointer user_data)
{
  SamApplication *self = SAM_APPLICATION (user_data);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (self->store != NULL
      && sam_store_get_read_only (self->store) == SAM_STORE_WRITABLE
      && !sam_store_is_empty (self->store)
      && sam_backup_is_due (sam_store_get_path (self->store), now))
    {
      self->backed_up_mark = sam_store_get_change_mark (self->store);
      sam_backup_create_async (sam_store_get_path (self->store), SAM_BACKUP_SCHEDULED, NULL,
                               scheduled_backup_done_cb, NULL);
    }

  return G_SOURCE_CONTINUE;
}

/* The daily backups start once the file is known to be sound, so that a
 * damaged file never pushes a good backup out of the rotation. */
static void
start_backups (SamApplication *self)
{
  if (self->backup_timeout_id != 0 || self->quit_after_first_frame)
    return;

  /* The attachments' text for the search, read in the background once the
   * file may be written to. */
  if (self->extractor == NULL)
    self->extractor = sam_text_extractor_new (self->store);

  self->backed_up_mark = sam_store_get_change_mark (self->store);
  backup_timeout_cb (self);
  self->backup_timeout_id = g_timeout_add_seconds (3600, backup_timeout_cb, self);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SamApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  SamStore *store = SAM_STORE (source);
  GtkWindow *window;

  self->check_started = FALSE;

  if (!sam_store_check_finish (store, result, &error))
    g_message ("%s", error->message);

  /* The store may have been replaced by a restore meanwhile. */
  if (store != self->store)
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (SAM_IS_WINDOW (window))
    sam_window_update_banner (SAM_WINDOW (window));

  if (sam_store_get_read_only (store) == SAM_STORE_WRITABLE)
    start_backups (self);
}

static void
check_after_paint_cb (GdkFrameClock  *frame_clock,
                      SamApplication *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, check_after_paint_cb, self);

  if (self->store != NULL && sam_store_get_check_pending (self->store) && !self->check_started)
    {
      self->check_started = TRUE;
      sam_store_check_async (self->store, NULL, check_done_cb, g_object_ref (self));
    }
}

static void
check_map_cb (GtkWidget      *window,
              SamApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, check_map_cb, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (check_after_paint_cb), self, 0);
}

/* The window, opened on the database when there is none yet; NULL when
 * the database cannot be opened (a dialog then says why). */
static GtkWindow *
ensure_window (SamApplication *self)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    return window;

  if (self->store == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *default_path = NULL;
      const char *path = self->database_path;

      if (path == NULL)
        path = default_path = sam_store_default_path ();

      /* The window opens at once; the quick check reads the whole file in
       * a worker thread, and the store takes no write until it has passed
       * (a damaged file then turns read-only and the window says so). A
       * write that meets another program's lock fails soon instead of
       * waiting on the main thread. */
      self->store = sam_store_open_full (path,
                                         SAM_STORE_OPEN_CHECK_LATER | SAM_STORE_OPEN_INTERACTIVE,
                                         &error);
      if (self->store == NULL)
        {
          g_message ("Could not open %s: %s", path, error->message);
          if (self->quit_after_first_frame)
            {
              g_application_quit (G_APPLICATION (self));
              return NULL;
            }
          show_open_error (self, error);
          return NULL;
        }
      /* Only changes made from now on call for a backup at quit. */
      self->backed_up_mark = sam_store_get_change_mark (self->store);
    }

  window = GTK_WINDOW (sam_window_new (GTK_APPLICATION (self), self->store));
  /* A development build looks like one, so that nobody takes it for the
   * release they keep their real data in. */
  if (g_str_equal (PROFILE, "Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (window), "devel");
  if (self->quit_after_first_frame)
    g_signal_connect (window, "map", G_CALLBACK (first_frame_map_cb), NULL);

  /* The check starts once the window has drawn itself, so that it does not
   * compete with the first frame for the processor. */
  if (sam_store_get_check_pending (self->store))
    g_signal_connect_object (window, "map", G_CALLBACK (check_map_cb), self, 0);
  else
    start_backups (self);

  return window;
}

static void
sam_application_activate (GApplication *application)
{
  GtkWindow *window = ensure_window (SAM_APPLICATION (application));

  if (window != NULL)
    gtk_window_present (window);
}

/* A Samverkan file opened in Files, from an e-mail or on the command line:
 * the window shows what it would change and asks before merging it. */
static void
sam_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  GtkWindow *window = ensure_window (SAM_APPLICATION (application));

  if (window == NULL)
    return;

  gtk_window_present (window);
  for (int i = 0; i < n_files; i++)
    sam_window_open_file (SAM_WINDOW (window), files[i]);
}

static void
sam_application_shutdown (GApplication *application)
{
  SamApplication *self = SAM_APPLICATION (application);

  G_APPLICATION_CLASS (sam_application_parent_class)->shutdown (application);

  g_clear_handle_id (&self->backup_timeout_id, g_source_remove);
  stop_extractor (self);
  sam_file_cache_clean (NULL, SAM_FILE_CACHE_MAX_AGE);

  /* At quit, after changes: a backup of the day's work. */
  if (self->store != NULL
      && sam_store_get_read_only (self->store) == SAM_STORE_WRITABLE
      && sam_store_has_changes_since (self->store, self->backed_up_mark)
      && !sam_store_is_empty (self->store))
    {
      g_autoptr(SamBackup) backup = NULL;
      g_autoptr(GError) error = NULL;

      backup = sam_backup_create (sam_store_get_path (self->store), SAM_BACKUP_QUIT, &error);
      if (backup == NULL)
        g_warning ("The backup at quit failed: %s", error->message);
    }

  g_clear_object (&self->store);
}

static void
sam_application_finalize (GObject *object)
{
  SamApplication *self = SAM_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (sam_application_parent_class)->finalize (object);
}

static void
sam_application_class_init (SamApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sam_application_finalize;

  application_class->handle_local_options = sam_application_handle_local_options;
  application_class->startup = sam_application_startup;
  application_class->activate = sam_application_activate;
  application_class->open = sam_application_open;
  application_class->shutdown = sam_application_shutdown;
}

static void
sam_application_init (SamApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* Translators: the placeholder for files in "samverkan [FILE…]" of --help. */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and follow up the meetings of a collaboration "
                                              "between municipalities."));
}

SamApplication *
sam_application_new (void)
{
  return g_object_new (SAM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/samverkan/Samverkan",
                       NULL);
}

/**
 * sam_application_get_database_path:
 * @self: a #SamApplication
 *
 * Returns: (nullable): the database given on the command line or in
 *   `SAMVERKAN_DATABASE`, or %NULL for the default one
 */
const char *
sam_application_get_database_path (SamApplication *self)
{
  g_return_val_if_fail (SAM_IS_APPLICATION (self), NULL);

  return self->database_path;
}
