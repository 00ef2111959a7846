/* sam-meeting-documents.c: what leaves the meeting page: the agenda, the
 * minutes and the meeting pack as PDF, printing, the meeting as a calendar
 * invitation and as an exchange file.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>
#if HAVE_LIBPORTAL
#include <libportal-gtk4/portal-gtk4.h>
#endif

#include "sam-context.h"
#include "sam-document.h"
#include "sam-file-cache.h"
#include "sam-ical.h"
#include "sam-mail.h"
#include "sam-meeting-documents.h"
#include "sam-toast.h"
#include "sam-window.h"

static SamStore *
page_store (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return SAM_IS_WINDOW (root) ? sam_window_get_store (SAM_WINDOW (root)) : NULL;
}

/* The document language: chosen in the save dialog, remembered, and
 * independent of the language of the window. */
static GSettings *
settings (GtkWidget *page)
{
  SamContext *context = sam_context_for_widget (page);

  return context != NULL ? sam_context_get_settings (context) : NULL;
}

static char *
document_language (GtkWidget *page)
{
  GSettings *store = settings (page);
  g_autofree char *chosen = store != NULL ? g_settings_get_string (store, "document-language") : NULL;

  /* Nobody chose: the language of the user interface. */
  if (chosen == NULL || *chosen == '\0')
    return g_strdup (sam_document_default_language ());

  return g_steal_pointer (&chosen);
}

typedef struct
{
  GtkWidget       *page;
  SamDocumentKind  kind;
  GFile           *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->page);
  g_clear_object (&data->file);
  g_free (data);
}

static void
open_file_cb (AdwToast *adw_toast,
              GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (NULL, uri, GDK_CURRENT_TIME);
}

static void
saved (GtkWidget *page,
       GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);
  AdwToast *saved_toast = adw_toast_new (title);

  adw_toast_set_button_label (saved_toast, _("_Open"));
  g_signal_connect_data (saved_toast, "button-clicked", G_CALLBACK (open_file_cb),
                         g_object_ref (file), (GClosureNotify)(void (*)(void))g_object_unref, 0);
  sam_toast_show (page, saved_toast);
}

static void
failed (GtkWidget  *page,
        const char *what,
        GError     *error)
{
  g_autofree char *title = g_strdup_printf ("%s: %s", what, error->message);

  sam_toast_show (page, adw_toast_new (title));
}

static void
pdf_written (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (sam_document_write_pdf_finish (result, &error))
    saved (data->page, data->file);
  else
    failed (data->page, _("Could not write the document"), error);

  export_data_free (data);
}

static void
pdf_response (GtkNativeDialog *dialog,
              int              response,
              GtkWidget       *page)
{
  SamDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  SamStore *store = page_store (page);

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    {
      const char *language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "language");
      GSettings *remembered = settings (page);
      ExportData *data = g_new0 (ExportData, 1);

      if (language == NULL)
        language = "sv";
      if (remembered != NULL)
        g_settings_set_string (remembered, "document-language", language);

      data->page = g_object_ref (page);
      data->kind = kind;
      data->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* Read here, laid out and written in a worker thread. */
      sam_document_write_pdf_async (store, sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (page)),
                                    kind, language, data->file, NULL, pdf_written, data);
    }

  g_object_unref (dialog);
}

static void
export_pdf (GtkWidget       *page,
            SamDocumentKind  kind)
{
  static const char *options[] = { "sv", "en", NULL };
  const char *labels[] = { _("Swedish"), _("English"), NULL };
  static const char * const titles[] = {
    N_("Export the Agenda"), N_("Export the Minutes"), N_("Export the Meeting Pack"),
  };
  SamStore *store = page_store (page);
  g_autofree char *language = document_language (page);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;
  GtkRoot *root = gtk_widget_get_root (page);

  if (store == NULL)
    return;

  name = sam_document_default_file_name (store, sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (page)),
                                         kind, language);
  dialog = gtk_file_chooser_native_new (_(titles[kind]), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* Translators: the language a PDF document is written in. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "language", _("Document language"),
                               options, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "language",
                               g_strcmp0 (language, "en") == 0 ? "en" : "sv");
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (dialog, "response", G_CALLBACK (pdf_response), page);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_agenda_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  export_pdf (widget, SAM_DOCUMENT_AGENDA);
}

static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  export_pdf (widget, SAM_DOCUMENT_MINUTES);
}

static void
export_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  export_pdf (widget, SAM_DOCUMENT_PACK);
}

/* Printing uses the very layout the PDF uses, on the printer's Cairo
 * context. */

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             SamDocumentLayout *layout)
{
  sam_document_layout_paginate (layout, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int)sam_document_layout_get_n_pages (layout));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           SamDocumentLayout *layout)
{
  sam_document_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), (guint)page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SamStore *store = page_store (widget);
  gboolean minutes = g_strcmp0 (sam_meeting_page_get_mode (SAM_MEETING_PAGE (widget)), "minutes") == 0;
  g_autofree char *language = document_language (widget);
  g_autoptr(SamDocumentLayout) layout = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (store == NULL)
    return;

  layout = sam_document_layout_new (store, sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (widget)),
                                    minutes ? SAM_DOCUMENT_MINUTES : SAM_DOCUMENT_AGENDA, language, &error);
  if (layout == NULL)
    {
      failed (widget, _("Could not print"), error);
      return;
    }

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, sam_document_layout_get_title (layout));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), layout);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    failed (widget, _("Could not print"), error);
}

static void
calendar_response (GtkNativeDialog *dialog,
                   int              response,
                   GtkWidget       *page)
{
  SamStore *store = page_store (page);

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = sam_ical_export_meeting (store, sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (page)),
                                                       &error);

      if (text != NULL && g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
        saved (page, file);
      else
        failed (page, _("Could not write the invitation"), error);
    }

  g_object_unref (dialog);
}

static void
calendar_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamStore *store = page_store (widget);
  g_autoptr(SamMeeting) meeting = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  GtkFileChooserNative *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (store == NULL)
    return;

  meeting = sam_store_load (store, SAM_TYPE_MEETING, sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (widget)), NULL);
  if (meeting == NULL)
    return;

  date = g_strndup (sam_meeting_get_starts_at (meeting), 10);
  name = g_strdup_printf ("%s %s.ics", sam_meeting_get_body_name (meeting), date);
  dialog = gtk_file_chooser_native_new (_("Add to Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (calendar_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Sending the agenda or the minutes: the files are written into the
 * cache, where the e-mail program reads them after this call returns, and
 * handed to the e-mail portal with the recipients, subject and body. */

typedef struct
{
  GtkWidget      *page;
  SamMailRequest *request;
} SendData;

static SamMailSendHook send_hook;
static gpointer send_hook_data;

static void
send_data_free (SendData *data)
{
  g_clear_object (&data->page);
  g_clear_pointer (&data->request, sam_mail_request_free);
  g_free (data);
}

static void
folder_chosen (GtkNativeDialog *dialog,
               int              response,
               SendData        *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      guint n = 0;

      for (guint i = 0; data->request->attachments[i] != NULL && error == NULL; i++)
        {
          g_autoptr(GFile) source = g_file_new_for_path (data->request->attachments[i]);
          g_autofree char *name = g_file_get_basename (source);
          g_autoptr(GFile) target = g_file_get_child (folder, name);

          if (g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
            n++;
        }

      if (error != NULL)
        failed (data->page, _("Could not save the files"), error);
      else
        {
          g_autofree char *title = g_strdup_printf (ngettext ("Saved %u file", "Saved %u files", n), n);

          sam_toast_show (data->page, adw_toast_new (title));
        }
    }

  g_object_unref (dialog);
  send_data_free (data);
}

static void
no_mail_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SendData         *data)
{
  GtkRoot *root = gtk_widget_get_root (data->page);
  GtkFileChooserNative *chooser;

  if (g_strcmp0 (response, "save") != 0)
    {
      send_data_free (data);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save the Files"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save"), _("_Cancel"));
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* No portal or no e-mail program answered: say so, and offer the files. */
static void
offer_to_save (SendData   *data,
               const char *reason)
{
  GtkRoot *root = gtk_widget_get_root (data->page);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("No E-mail Program Answered"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The e-mail could not be opened (%s). Save the document and the "
                                    "invitation to a folder to send them yourself?"), reason);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "save", _("_Save the Files…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_signal_connect (dialog, "response", G_CALLBACK (no_mail_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Those the e-mail cannot reach are named, so that they can be told
 * another way. */
static void
tell_unreachable (SendData *data)
{
  g_autofree char *names = NULL;
  g_autofree char *title = NULL;
  guint n = g_strv_length (data->request->unreachable);

  if (n == 0)
    return;

  names = g_strjoinv (", ", data->request->unreachable);
  title = g_strdup_printf (ngettext ("No e-mail address, not among the recipients: %s",
                                     "No e-mail addresses, not among the recipients: %s", n), names);
  sam_toast_show (data->page, adw_toast_new (title));
}

#if HAVE_LIBPORTAL
static void
composed (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SendData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (xdp_portal_compose_email_finish (XDP_PORTAL (source), result, &error))
    send_data_free (data);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    send_data_free (data);
  else
    offer_to_save (data, error->message);

  g_object_unref (source);
}

/* libportal 0.6 asks the portal's version without checking the answer, so
 * the portal is asked first here: where none runs the files are offered. */
static void
portal_answered (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SendData *data = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  XdpPortal *portal;
  XdpParent *parent;
  GtkRoot *root;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      offer_to_save (data, _("no e-mail portal is running"));
      return;
    }

  root = gtk_widget_get_root (data->page);
  portal = xdp_portal_new ();
  parent = GTK_IS_WINDOW (root) ? xdp_parent_new_gtk (GTK_WINDOW (root)) : NULL;
  xdp_portal_compose_email (portal, parent,
                            (const char *const *)data->request->to, NULL, NULL,
                            data->request->subject, data->request->body,
                            (const char *const *)data->request->attachments,
                            XDP_EMAIL_FLAG_NONE, NULL, composed, data);
  g_clear_pointer (&parent, xdp_parent_free);
}
#endif

static void
send_document (GtkWidget       *page,
               SamDocumentKind  kind)
{
  SamStore *store = page_store (page);
  gint64 meeting_id = sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (page));
  g_autofree char *language = document_language (page);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);
  g_autofree char *folder = sam_file_cache_folder (SAM_FILE_CACHE_OUTGOING, id);
  g_autoptr(GError) error = NULL;
  SendData *data;

  if (store == NULL)
    return;

  data = g_new0 (SendData, 1);
  data->page = g_object_ref (page);
  data->request = sam_mail_request_new (store, meeting_id, kind, language, &error);
  if (data->request == NULL
      || !sam_mail_request_write_attachments (data->request, store, meeting_id, language, folder, &error))
    {
      failed (page, _("Could not prepare the e-mail"), error);
      send_data_free (data);
      return;
    }
  tell_unreachable (data);

  if (send_hook != NULL)
    {
      send_hook (data->request, send_hook_data);
      send_data_free (data);
      return;
    }

#if HAVE_LIBPORTAL
  {
    g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);

    if (bus != NULL)
      {
        g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                "org.freedesktop.DBus.Properties", "Get",
                                g_variant_new ("(ss)", "org.freedesktop.portal.Email", "version"),
                                G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                                portal_answered, data);
        return;
      }
  }
#endif

  offer_to_save (data, _("no e-mail portal is running"));
}

static void
send_agenda_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  send_document (widget, SAM_DOCUMENT_AGENDA);
}

static void
send_minutes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  send_document (widget, SAM_DOCUMENT_MINUTES);
}

static void
export_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.export-meeting", "x",
                              sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (widget)));
}

/**
 * sam_meeting_documents_class_init:
 *
 * Installs the meeting page's actions for documents and sharing:
 * meeting.export-agenda, meeting.export-minutes, meeting.export-pack,
 * meeting.print (Ctrl+P), meeting.send-agenda, meeting.send-minutes,
 * meeting.add-to-calendar and meeting.export.
 */
void
sam_meeting_documents_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.export-agenda", NULL, export_agenda_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-minutes", NULL, export_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-pack", NULL, export_pack_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "meeting.send-agenda", NULL, send_agenda_action);
  gtk_widget_class_install_action (widget_class, "meeting.send-minutes", NULL, send_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-to-calendar", NULL, calendar_action);
  gtk_widget_class_install_action (widget_class, "meeting.export", NULL, export_meeting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print", NULL);
}

/**
 * sam_meeting_documents_menu:
 *
 * Returns: (transfer full): the menu of those actions
 */
GMenuModel *
sam_meeting_documents_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) documents = g_menu_new ();
  g_autoptr(GMenu) share = g_menu_new ();

  g_menu_append (documents, _("Export _Agenda…"), "meeting.export-agenda");
  g_menu_append (documents, _("Export _Minutes…"), "meeting.export-minutes");
  g_menu_append (documents, _("Export Meeting _Pack…"), "meeting.export-pack");
  g_menu_append (documents, _("_Print…"), "meeting.print");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (documents));
  g_menu_append (share, _("_Send Agenda…"), "meeting.send-agenda");
  g_menu_append (share, _("Send M_inutes…"), "meeting.send-minutes");
  g_menu_append (share, _("Add to _Calendar…"), "meeting.add-to-calendar");
  g_menu_append (share, _("_Export This Meeting…"), "meeting.export");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (share));

  return G_MENU_MODEL (menu);
}

/**
 * sam_meeting_documents_set_send_hook:
 * @hook: (nullable): what receives the e-mail instead of the portal
 *
 * Lets a test see the e-mail that Send Agenda… and Send Minutes… build,
 * with its files written, instead of handing it to the e-mail portal.
 */
void
sam_meeting_documents_set_send_hook (SamMailSendHook hook,
                                     gpointer        user_data)
{
  send_hook = hook;
  send_hook_data = user_data;
}
