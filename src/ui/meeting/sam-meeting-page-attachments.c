/* sam-meeting-page-attachments.c: a meeting's attachments, numbered
 * "Bilaga N" in agenda order, kept inside the database.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "sam-file-cache.h"
#include "sam-meeting-page-private.h"

/* Attachments above this size are refused with a message, not read. */
#define MAX_ATTACHMENT_SIZE (200 * 1024 * 1024)

typedef struct
{
  SamMeetingPage *page;
  gint64          meeting_id;
  gint64          agenda_item_id;
  char           *name;
  GBytes         *bytes;
} AddFile;

static void
add_file_free (gpointer data)
{
  AddFile *add = data;

  g_clear_object (&add->page);
  g_clear_pointer (&add->bytes, g_bytes_unref);
  g_free (add->name);
  g_free (add);
}

static SamAttachment *
load_attachment (SamMeetingPage *self,
                 GtkWidget      *widget)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "attachment-id"));

  return sam_store_load (self->store, SAM_TYPE_ATTACHMENT, id, NULL);
}

/* Opening */

static void
open_clicked_cb (GtkButton      *button,
                 SamMeetingPage *self)
{
  g_autoptr(SamAttachment) attachment = load_attachment (self, GTK_WIDGET (button));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  GtkRoot *root;

  if (attachment == NULL)
    return;

  bytes = sam_store_load_attachment_data (self->store, sam_entity_get_id (SAM_ENTITY (attachment)), &error);
  if (bytes == NULL)
    {
      sam_meeting_page_show_error (self, _("Could not open the attachment"), error);
      return;
    }

  /* A folder per attachment keeps the file's own name, which the
   * application that opens it shows. */
  dir = sam_file_cache_folder (SAM_FILE_CACHE_OPENED, sam_entity_get_uuid (SAM_ENTITY (attachment)));
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      sam_meeting_page_show_error (self, _("Could not open the attachment"), error);
      return;
    }

  name = g_path_get_basename (sam_attachment_get_file_name (attachment) != NULL
                              ? sam_attachment_get_file_name (attachment)
                              : sam_attachment_get_title (attachment));
  path = g_build_filename (dir, name, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize)g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      sam_meeting_page_show_error (self, _("Could not open the attachment"), error);
      return;
    }

  uri = g_filename_to_uri (path, NULL, NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

/* Renaming */

static void
title_editing_cb (GtkEditableLabel *label,
                  GParamSpec       *pspec,
                  SamMeetingPage   *self)
{
  g_autoptr(SamAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (gtk_editable_label_get_editing (label))
    return;

  attachment = load_attachment (self, GTK_WIDGET (label));
  if (attachment == NULL)
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))));
  if (*title == '\0')
    {
      /* A title is needed: put the old one back and say so. */
      gtk_editable_set_text (GTK_EDITABLE (label), sam_attachment_get_title (attachment));
      sam_meeting_page_add_toast (self, adw_toast_new (_("An attachment needs a title")));
      return;
    }

  if (g_strcmp0 (title, sam_attachment_get_title (attachment)) == 0)
    return;

  sam_attachment_set_title (attachment, title);
  if (!sam_store_update (self->store, attachment, &error))
    sam_meeting_page_show_error (self, _("Could not rename the attachment"), error);
}

/* Removing */

/* The bytes go and come back with the row. */
static gboolean
restore_attachment (SamMeetingPage *self,
                    gpointer        data,
                    GError        **error)
{
  return sam_store_undo_deletion (self->store, data, error);
}

static void
remove_clicked_cb (GtkButton      *button,
                   SamMeetingPage *self)
{
  g_autoptr(SamAttachment) attachment = load_attachment (self, GTK_WIDGET (button));
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (attachment == NULL)
    return;

  deletion = sam_store_delete_with_undo (self->store, attachment, &error);
  if (deletion == NULL)
    {
      sam_meeting_page_show_error (self, _("Could not remove the attachment"), error);
      return;
    }

  /* Translators: a toast; %s is the attachment's title. */
  text = g_strdup_printf (_("“%s” removed"), sam_attachment_get_title (attachment));
  sam_meeting_page_offer_undo (self, text, restore_attachment, g_steal_pointer (&deletion), g_object_unref);
}

/* The rows */

static char *
item_number (SamMeetingPage *self,
             gint64          agenda_item_id)
{
  guint n = g_list_model_get_n_items (self->agenda);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);

      if (sam_entity_get_id (SAM_ENTITY (item)) == agenda_item_id)
        return g_strdup (sam_agenda_item_get_number (item));
    }

  return NULL;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SamMeetingPage *self = user_data;
  SamAttachment *attachment = item;
  gsize id = (gsize)sam_entity_get_id (SAM_ENTITY (attachment));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_editable_label_new (sam_attachment_get_title (attachment));
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *open = gtk_button_new_from_icon_name ("document-open-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *size = g_format_size ((guint64)sam_attachment_get_size (attachment));
  g_autofree char *item_no = NULL;
  g_autoptr(GString) line = g_string_new (sam_attachment_get_file_name (attachment));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_widget_add_css_class (number, "heading");
  gtk_widget_add_css_class (number, "attachment-number");
  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), number);

  gtk_widget_set_tooltip_text (title, _("Click to rename"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attachment title"), -1);
  g_object_set_data (G_OBJECT (title), "attachment-id", GSIZE_TO_POINTER (id));
  g_signal_connect (title, "notify::editing", G_CALLBACK (title_editing_cb), self);
  gtk_box_append (GTK_BOX (text), title);

  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, size);
  if (sam_attachment_get_agenda_item_id (attachment) > 0
      && (item_no = item_number (self, sam_attachment_get_agenda_item_id (attachment))) != NULL
      && *item_no != '\0')
    /* Translators: which agenda item an attachment belongs to. */
    g_string_append_printf (line, " · %s %s", _("item"), item_no);
  gtk_label_set_label (GTK_LABEL (detail), line->str);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (text), detail);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, _("Open in the default application"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open the attachment"), -1);
  g_object_set_data (G_OBJECT (open), "attachment-id", GSIZE_TO_POINTER (id));
  g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), open);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the attachment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the attachment"), -1);
  g_object_set_data (G_OBJECT (remove), "attachment-id", GSIZE_TO_POINTER (id));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), remove);

  g_object_set_data (G_OBJECT (row), "number-label", number);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* The numbers follow the list position, which moves for rows that the
 * list did not build again. */
static void
renumber (SamMeetingPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->attachments_list, i)) != NULL; i++)
    {
      GtkWidget *number = g_object_get_data (G_OBJECT (row), "number-label");
      /* Translators: the number of an attachment in the window (the documents write it in their own language). */
      g_autofree char *text = g_strdup_printf (_("Attachment %d"), i + 1);

      if (number != NULL)
        gtk_label_set_label (GTK_LABEL (number), text);
    }
}

static void
attachments_changed_cb (SamMeetingPage *self)
{
  renumber (self);
}

void
sam_meeting_attachments_setup (SamMeetingPage *self)
{
  GtkWidget *placeholder = gtk_label_new (_("No attachments"));

  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);

  self->attachments = sam_store_list_attachments (self->store, self->meeting_id);
  gtk_list_box_bind_model (self->attachments_list, self->attachments, create_row, self, NULL);
  gtk_list_box_set_placeholder (self->attachments_list, placeholder);
  /* After the list box's own handler, so that the rows exist. */
  g_signal_connect_swapped (self->attachments, "items-changed", G_CALLBACK (attachments_changed_cb), self);
  renumber (self);
}

/* Adding files */

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_file_info_get_size (info) > MAX_ATTACHMENT_SIZE)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The file is larger than 200 MB; attach a smaller version"));
      return;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_bytes_new_take (contents, length), (GDestroyNotify)g_bytes_unref);
}

static void
file_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AddFile *add = user_data;
  SamMeetingPage *self = add->page;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAttachment) attachment = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *media_type = NULL;
  g_autofree char *title = NULL;
  char *dot;

  bytes = g_task_propagate_pointer (G_TASK (result), &error);
  if (bytes == NULL)
    {
      if (self->store != NULL)
        sam_meeting_page_show_error (self, add->name, error);
      add_file_free (add);
      return;
    }

  /* The page may have gone while the file was read. */
  if (self->store == NULL)
    {
      add_file_free (add);
      return;
    }

  content_type = g_content_type_guess (add->name, g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), NULL);
  media_type = g_content_type_get_mime_type (content_type);
  title = g_strdup (add->name);
  if ((dot = strrchr (title, '.')) != NULL && dot != title)
    *dot = '\0';

  attachment = sam_attachment_new ();
  sam_attachment_set_meeting_id (attachment, add->meeting_id);
  sam_attachment_set_agenda_item_id (attachment, add->agenda_item_id);
  sam_attachment_set_title (attachment, title);
  sam_attachment_set_file_name (attachment, add->name);
  sam_attachment_set_media_type (attachment, media_type);

  if (!sam_store_set_attachment_data (self->store, attachment, bytes, &error))
    sam_meeting_page_show_error (self, _("Could not add the attachment"), error);

  add_file_free (add);
}

/* Reads @file in a thread and adds it to the meeting (and the item). */
static void
add_file (SamMeetingPage *self,
          GFile          *file,
          gint64          agenda_item_id)
{
  g_autoptr(GTask) task = NULL;
  AddFile *add = g_new0 (AddFile, 1);

  add->page = g_object_ref (self);
  add->meeting_id = self->meeting_id;
  add->agenda_item_id = agenda_item_id;
  add->name = g_file_get_basename (file);

  task = g_task_new (NULL, NULL, file_read_cb, add);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_file_thread);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SamMeetingPage  *self)
{
  gint64 agenda_item_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "agenda-item-id"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          add_file (self, file, agenda_item_id);
        }
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

/* Asks for files to attach to the meeting, and to @agenda_item_id if not 0. */
void
sam_meeting_attachments_add (SamMeetingPage *self,
                             gint64          agenda_item_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (agenda_item_id > 0 ? _("Attach Files to the Item")
                                                            : _("Attach Files to the Meeting"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Attach"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "agenda-item-id", GSIZE_TO_POINTER ((gsize)agenda_item_id));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
