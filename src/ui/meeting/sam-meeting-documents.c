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

#include "sam-document.h"
#include "sam-ical.h"
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
settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL)
    return NULL;

  return g_settings_new (APPLICATION_ID);
}

static char *
document_language (void)
{
  g_autoptr(GSettings) store = settings ();
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
      g_autoptr(GSettings) remembered = settings ();
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
  g_autofree char *language = document_language ();
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
  g_autofree char *language = document_language ();
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

      if (text != NULL && g_file_set_contents (path, text, -1, &error))
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
 * meeting.print (Ctrl+P), meeting.add-to-calendar and meeting.export.
 */
void
sam_meeting_documents_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.export-agenda", NULL, export_agenda_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-minutes", NULL, export_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-pack", NULL, export_pack_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", NULL, print_action);
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
  g_menu_append (share, _("Add to _Calendar…"), "meeting.add-to-calendar");
  g_menu_append (share, _("_Export This Meeting…"), "meeting.export");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (share));

  return G_MENU_MODEL (menu);
}
