/* sam-window-example.c: the window's way in and out of the exchange format:
 * loading the example dataset, importing and exporting files.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-backup.h"
#include "sam-exchange.h"
#include "sam-window.h"

#define EXAMPLE_URI "resource:///io/github/samverkan/Samverkan/core/example/mlr.xml"

typedef struct
{
  SamWindow *window;
  AdwToast  *progress_toast;
  gboolean   example;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->progress_toast);
  g_free (data);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ImportData *data = user_data;
  g_autofree char *title = NULL;

  if (data->progress_toast == NULL)
    return;

  /* Translators: shown while a file is imported; %d is a percentage. */
  title = g_strdup_printf (_("Importing… %d %%"), (int)(fraction * 100.0 + 0.5));
  adw_toast_set_title (data->progress_toast, title);
}

static void
show_message (SamWindow  *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ImportData *data = user_data;
  SamWindow *self = data->window;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = sam_exchange_import_file_finish (SAM_STORE (source), result, &error);

  if (data->progress_toast != NULL)
    adw_toast_dismiss (data->progress_toast);

  if (summary == NULL)
    {
      show_message (self, data->example ? _("Could Not Load the Example Data") : _("Could Not Import the File"),
                    error->message);
    }
  else if (data->example)
    {
      sam_window_dismiss_welcome (self);
      sam_window_add_toast (self, adw_toast_new (_("The example data of MalmöLundregionen was loaded")));
    }
  else
    {
      g_autofree char *text = sam_exchange_summary_format (summary);

      sam_window_dismiss_welcome (self);
      show_message (self, _("Import Finished"), text);
    }

  import_data_free (data);
}

static void
run_import (ImportData *data,
            GFile      *file)
{
  /* The import runs on its own connection in a worker thread; the window
   * stays responsive and its lists refresh when it is done. */
  sam_exchange_import_file_async (sam_window_get_store (data->window), file,
                                  progress_cb, data, NULL,
                                  NULL, import_done, data);
}

static void
backup_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ImportData *data = user_data;
  g_autoptr(GFile) file = g_object_steal_data (G_OBJECT (data->progress_toast), "file");
  g_autoptr(SamBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  backup = sam_backup_create_finish (result, &error);
  if (backup == NULL)
    {
      g_autofree char *body = g_strdup_printf (_("Nothing was imported, because the database "
                                                 "could not be backed up first: %s"),
                                               error->message);

      adw_toast_dismiss (data->progress_toast);
      show_message (data->window, _("Could Not Import the File"), body);
      import_data_free (data);
      return;
    }

  run_import (data, file);
}

static void
start_import (SamWindow *self,
              GFile     *file,
              gboolean   example)
{
  ImportData *data = g_new0 (ImportData, 1);
  SamStore *store = sam_window_get_store (self);

  if (sam_store_get_read_only (store) != SAM_STORE_WRITABLE)
    {
      show_message (self, _("Could Not Import the File"),
                    _("The database is open read-only: nothing can be imported into it."));
      g_free (data);
      return;
    }

  data->window = g_object_ref (self);
  data->example = example;
  data->progress_toast = g_object_ref_sink (adw_toast_new (example ? _("Loading the example data…")
                                                                    : _("Importing…")));
  adw_toast_set_timeout (data->progress_toast, 0);
  sam_window_add_toast (self, g_object_ref (data->progress_toast));

  /* A database with data is backed up before anything is merged into it,
   * in a worker thread of its own. */
  if (!example && !sam_store_is_empty (store))
    {
      g_object_set_data_full (G_OBJECT (data->progress_toast), "file", g_object_ref (file),
                              g_object_unref);
      sam_backup_create_async (sam_store_get_path (store), SAM_BACKUP_IMPORT, NULL,
                               backup_done, data);
      return;
    }

  run_import (data, file);
}

/**
 * sam_window_load_example:
 *
 * Loads the example dataset (MalmöLundregionen 2015–2019) that ships
 * inside Samverkan; what the welcome page's "Load Example Data" does.
 */
void
sam_window_load_example (SamWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (EXAMPLE_URI);

  g_return_if_fail (SAM_IS_WINDOW (self));

  if (!sam_store_is_empty (sam_window_get_store (self)))
    {
      show_message (self, _("Could Not Load the Example Data"),
                    _("The example data can only be loaded into an empty database, "
                      "so that it does not mix with your own. Start Samverkan with another "
                      "database to try it."));
      return;
    }

  start_import (self, file, TRUE);
}

static void
import_response (GtkNativeDialog *dialog,
                 int              response,
                 SamWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      start_import (self, file, FALSE);
    }

  g_object_unref (dialog);
}

static GtkFileFilter *
xml_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Samverkan files"));
  gtk_file_filter_add_mime_type (filter, "application/x-samverkan+xml");
  gtk_file_filter_add_suffix (filter, "samverkan");
  /* Files from before the file type, and from samverkan-cli export -o x.xml. */
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");

  return filter;
}

/**
 * sam_window_import:
 *
 * Asks for a Samverkan file and merges it into the database.
 */
void
sam_window_import (SamWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = xml_filter ();

  dialog = gtk_file_chooser_native_new (_("Import a Samverkan File"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Opening a file from outside (Files, an e-mail): what it would change is
 * shown first, and nothing is merged until the user says so. */

typedef struct
{
  SamWindow *window;
  GFile     *file;
} OpenData;

static void
open_data_free (gpointer user_data)
{
  OpenData *data = user_data;

  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   OpenData         *data)
{
  if (g_strcmp0 (response, "merge") == 0)
    start_import (data->window, data->file, FALSE);
}

static void
preview_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  OpenData *data = user_data;
  SamWindow *self = data->window;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  summary = sam_exchange_preview_file_finish (SAM_STORE (source), result, &error);
  if (summary == NULL)
    {
      show_message (self, _("Could Not Import the File"), error->message);
      open_data_free (data);
      return;
    }

  text = sam_exchange_summary_format_preview (summary);
  if (!sam_exchange_summary_has_changes (summary))
    {
      /* Translators: %s is the name of a Samverkan file. */
      body = g_strdup_printf (_("This database already holds everything in “%s”.\n\n%s"), name, text);
      g_debug ("Nothing to merge from %s: %s", name, body);
      show_message (self, _("Nothing to Merge"), body);
      open_data_free (data);
      return;
    }

  /* Translators: %s is the name of a Samverkan file. */
  heading = g_strdup_printf (_("Merge “%s”?"), name);
  body = g_strdup_printf (_("Merging the file adds what this database does not have yet and "
                            "updates what the file has newer versions of. Nothing has been "
                            "changed yet.\n\n%s"), text);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (merge_response_cb),
                         data, (GClosureNotify)(void (*)(void))open_data_free, 0);

  /* For tests that open a file from outside the process (gio open). */
  g_debug ("Asking whether to merge %s: %s", name, body);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * sam_window_open_file:
 * @self: a #SamWindow
 * @file: a Samverkan file
 *
 * What opening a Samverkan file in Files or from an e-mail does: shows
 * what merging @file would change and asks before merging it, through the
 * same import as win.import.
 */
void
sam_window_open_file (SamWindow *self,
                      GFile     *file)
{
  OpenData *data;

  g_return_if_fail (SAM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (OpenData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  sam_exchange_preview_file_async (sam_window_get_store (self), file, NULL, preview_done, data);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SamWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sam_exchange_export_file_finish (SAM_STORE (source), result, &error))
    show_message (self, _("Could Not Export"), error->message);
  else
    sam_window_add_toast (self, adw_toast_new (_("Exported")));
}

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 SamWindow       *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "meeting-uuid");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sam_exchange_export_file_async (sam_window_get_store (self), uuid, file, NULL,
                                      export_done, g_object_ref (self));
    }

  g_object_unref (dialog);
}

static void
export_to_file (SamWindow  *self,
                const char *title,
                const char *name,
                const char *meeting_uuid)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data_full (G_OBJECT (dialog), "meeting-uuid", g_strdup (meeting_uuid), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * sam_window_export_all:
 *
 * Asks where to write the whole dataset as a Samverkan file.
 */
void
sam_window_export_all (SamWindow *self)
{
  g_autofree char *date = sam_context_today (sam_window_get_context (self));
  /* Translators: the file name of an export of everything; %s is today's date. */
  g_autofree char *name = g_strdup_printf (_("Samverkan %s.samverkan"), date);

  export_to_file (self, _("Export Everything"), name, NULL);
}

/**
 * sam_window_export_meeting:
 *
 * Asks where to write one meeting (with its agenda, attachments, decisions
 * and the people and bodies it refers to) as a Samverkan file.
 */
void
sam_window_export_meeting (SamWindow *self,
                           gint64     meeting_id)
{
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;

  meeting = sam_store_load (sam_window_get_store (self), SAM_TYPE_MEETING, meeting_id, &error);
  if (meeting == NULL)
    {
      show_message (self, _("Could Not Export"), error->message);
      return;
    }

  date = g_strndup (sam_meeting_get_starts_at (meeting), 10);
  /* Translators: the file name of one exported meeting: body and date. */
  name = g_strdup_printf (_("%s %s.samverkan"), sam_meeting_get_body_name (meeting), date);
  export_to_file (self, _("Export This Meeting"), name, sam_entity_get_uuid (SAM_ENTITY (meeting)));
}
