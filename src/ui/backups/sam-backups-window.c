/* sam-backups-window.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-backups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-backup.h"
#include "sam-backups-window.h"

/* The Backups view: the rotated copies of the database, newest first, with
 * when they were made, how large they are and why; one is restored after
 * confirming (the application keeps the current file as a backup first and
 * opens the window again on the restored data), and "Back Up Now" makes
 * one. */

struct _SamBackupsWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *folder_label;
  GtkListBox      *list;
  GtkLabel        *empty_label;

  /* Owned */
  SamStore        *store;
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (SamBackupsWindow, sam_backups_window, ADW_TYPE_WINDOW)

static char *
format_created (SamBackup *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (sam_backup_get_created (backup));

  /* The locale's own date and time. */
  return g_date_time_format (local, "%x %X");
}

static void
destroy_idle_cb (gpointer data)
{
  g_autoptr(SamBackupsWindow) self = data;

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SamBackupsWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_assert (SAM_IS_BACKUPS_WINDOW (self));

  if (g_strcmp0 (response, "restore") != 0 || parent == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (parent), "app.restore-backup", "s", path);
  /* The dialog closes itself after this signal; the view it stands on goes
   * once it has. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_once (destroy_idle_cb, g_object_ref (self));
}

static void
restore_clicked_cb (GtkButton        *button,
                    SamBackupsWindow *self)
{
  SamBackup *backup = g_object_get_data (G_OBJECT (button), "backup");
  g_autofree char *when = format_created (backup);
  GtkWidget *dialog;

  g_assert (SAM_IS_BACKUPS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is the date and time of the backup. */
                                  _("Everything goes back to how it was on %s. What the database "
                                    "holds now is kept as a backup first, so that it can be "
                                    "restored again."),
                                  when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path",
                          g_strdup (sam_backup_get_path (backup)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (SamBackupsWindow *self,
            SamBackup        *backup)
{
  g_autofree char *when = format_created (backup);
  g_autofree char *size = g_format_size (sam_backup_get_size (backup));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  /* Translators: a backup's size and why it was made, "12.3 MB · Daily backup"; the same
   * separator as elsewhere. */
  subtitle = g_strdup_printf (_("%s · %s"), size, sam_backup_reason_label (sam_backup_get_reason (backup)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, sam_backup_get_path (backup));

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a backup's Restore button; %s is its date. */
  accessible = g_strdup_printf (_("Restore the backup of %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "backup", g_object_ref (backup), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (restore_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
create_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SamBackupsWindow) self = user_data;
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  backup = sam_backup_create_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.create", TRUE);
  if (backup == NULL)
    /* Translators: %s says why. */
    text = g_strdup_printf (_("Could not make a backup: %s"), error->message);
  else
    text = g_strdup (_("Backed up"));

  sam_backups_window_refresh (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SamBackupsWindow *self = SAM_BACKUPS_WINDOW (widget);

  gtk_widget_action_set_enabled (widget, "backups.create", FALSE);
  sam_backup_create_async (sam_store_get_path (self->store), SAM_BACKUP_MANUAL,
                           self->cancellable, create_done_cb, g_object_ref (self));
}

static void
sam_backups_window_dispose (GObject *object)
{
  SamBackupsWindow *self = SAM_BACKUPS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_BACKUPS_WINDOW);

  G_OBJECT_CLASS (sam_backups_window_parent_class)->dispose (object);
}

static void
sam_backups_window_finalize (GObject *object)
{
  SamBackupsWindow *self = SAM_BACKUPS_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sam_backups_window_parent_class)->finalize (object);
}

static void
sam_backups_window_class_init (SamBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_backups_window_dispose;
  object_class->finalize = sam_backups_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/backups/sam-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SamBackupsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SamBackupsWindow, folder_label);
  gtk_widget_class_bind_template_child (widget_class, SamBackupsWindow, list);
  gtk_widget_class_bind_template_child (widget_class, SamBackupsWindow, empty_label);

  gtk_widget_class_install_action (widget_class, "backups.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_backups_window_init (SamBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * sam_backups_window_new:
 * @parent: the main window
 * @store: its store
 *
 * Returns: (transfer full): the Backups view, listing the backups of @store's file
 */
SamBackupsWindow *
sam_backups_window_new (GtkWindow *parent,
                        SamStore  *store)
{
  SamBackupsWindow *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_BACKUPS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  sam_backups_window_refresh (self);

  return self;
}

/**
 * sam_backups_window_refresh:
 *
 * Lists the backups again, newest first.
 */
void
sam_backups_window_refresh (SamBackupsWindow *self)
{
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *text = NULL;
  GtkWidget *child;
  guint n;

  g_return_if_fail (SAM_IS_BACKUPS_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  backups = sam_backup_list (sam_store_get_path (self->store));
  n = g_list_model_get_n_items (backups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamBackup) backup = g_list_model_get_item (backups, i);

      gtk_list_box_append (self->list, create_row (self, backup));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);

  folder = sam_backup_get_folder (sam_store_get_path (self->store));
  /* Translators: %s is a folder. */
  text = g_strdup_printf (_("Kept in %s"), folder);
  gtk_label_set_text (self->folder_label, text);
}

GtkListBox *
sam_backups_window_get_list (SamBackupsWindow *self)
{
  g_return_val_if_fail (SAM_IS_BACKUPS_WINDOW (self), NULL);

  return self->list;
}
