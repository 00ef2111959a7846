/* sam-document-pack.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <string.h>

#include "sam-document-private.h"

/* The meeting pack: one file with everything a member reads before the
 * meeting. A cover with the table of contents, the agenda, then every PDF
 * attachment in agenda order, each of its pages drawn by poppler onto the
 * same surface and stamped with the attachment's number and title. An
 * attachment that is not a PDF (or has no file, or cannot be read) is named
 * in the table of contents with the reason it is not included. */

typedef struct
{
  SamAttachment   *attachment;
  PopplerDocument *document;
  SamText          problem;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->attachment);
  g_clear_object (&entry->document);
  g_free (entry);
}

static gboolean
looks_like_pdf (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char magic[] = "%PDF-";

  /* The header may follow some junk, within the first kilobyte. */
  size = MIN (size, 1024);
  for (gsize i = 0; i + strlen (magic) <= size; i++)
    if (memcmp (data + i, magic, strlen (magic)) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
named_pdf (SamAttachment *attachment)
{
  const char *name = sam_attachment_get_file_name (attachment);

  return g_strcmp0 (sam_attachment_get_media_type (attachment), "application/pdf") == 0
         || (name != NULL && strlen (name) > 4 && g_ascii_strcasecmp (name + strlen (name) - 4, ".pdf") == 0);
}

static Entry *
load_entry (SamBuilder    *self,
            SamAttachment *attachment)
{
  Entry *entry = g_new0 (Entry, 1);
  g_autoptr(GBytes) bytes = NULL;

  entry->attachment = g_object_ref (attachment);
  entry->problem = SAM_N_TEXTS;

  bytes = sam_store_load_attachment_data (self->store, sam_entity_get_id (SAM_ENTITY (attachment)), NULL);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    entry->problem = SAM_TEXT_NO_FILE;
  else if (!looks_like_pdf (bytes))
    entry->problem = named_pdf (attachment) ? SAM_TEXT_UNREADABLE : SAM_TEXT_NOT_PDF;
  else
    {
      g_autoptr(GError) error = NULL;

      entry->document = poppler_document_new_from_bytes (bytes, NULL, &error);
      if (entry->document == NULL || poppler_document_get_n_pages (entry->document) == 0)
        {
          g_debug ("Attachment %d is left out of the meeting pack: %s",
                   sam_builder_attachment_number (self, attachment),
                   error != NULL ? error->message : "no pages");
          g_clear_object (&entry->document);
          entry->problem = SAM_TEXT_UNREADABLE;
        }
    }

  return entry;
}

static char *
stamp_text (SamBuilder    *self,
            SamAttachment *attachment)
{
  g_autofree char *number = g_strdup_printf ("%d", sam_builder_attachment_number (self, attachment));

  return sam_document_expand (self->language, SAM_TEXT_ATTACHMENT_STAMP, number,
                              sam_attachment_get_title (attachment));
}

static SamBlock *
add_toc_row (SamBuilder *self,
             const char *markup,
             int         anchor,
             double      indent)
{
  SamBlock *block = sam_document_layout_add_markup (self->layout, SAM_STYLE_TOC, markup);

  block->indent = indent;
  block->link = anchor;
  block->show_page = anchor > 0;
  block->space_before = indent > 0 ? 1.0 : 7.0;

  return block;
}

static void
add_cover (SamBuilder *self,
           GPtrArray  *entries,
           int         agenda_anchor)
{
  g_autofree char *heading = sam_builder_meeting_heading (self);
  const char *contents = sam_document_text (self->language, SAM_TEXT_CONTENTS);
  SamBlock *block;

  block = sam_document_layout_add_text (self->layout, SAM_STYLE_HEADING, heading);
  block->space_after = 4.0;
  block->role = SAM_ROLE_HEADING;
  block->heading_level = 1;
  block = sam_document_layout_add_text (self->layout, SAM_STYLE_TITLE,
                                        sam_document_text (self->language, SAM_TEXT_PACK));
  block->space_after = 8.0;
  block = sam_document_layout_add (self->layout, SAM_BLOCK_RULE);
  block->space_before = block->space_after = 6.0;
  sam_builder_add_when_where (self);
  block = sam_document_layout_add (self->layout, SAM_BLOCK_RULE);
  block->space_before = block->space_after = 8.0;

  block = sam_document_layout_add_text (self->layout, SAM_STYLE_SECTION, contents);
  block->space_before = 12.0;
  block->keep_with_next = TRUE;
  block->role = SAM_ROLE_HEADING;
  block->heading_level = 2;
  block->outline_level = 1;
  block->outline = g_strdup (contents);

  {
    g_autofree char *markup = g_markup_escape_text (sam_document_text (self->language, SAM_TEXT_AGENDA), -1);

    add_toc_row (self, markup, agenda_anchor, 0.0);
  }

  /* The numbered items under the agenda, so that a reader finds an item's
   * page from the cover. */
  for (guint i = 0; i < g_list_model_get_n_items (self->agenda); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);
      int anchor;
      g_autofree char *markup = NULL;

      if (sam_agenda_item_get_tentative (item) || sam_agenda_item_get_parent_id (item) != 0)
        continue;

      anchor = sam_document_layout_new_anchor (self->layout);
      g_hash_table_insert (self->item_anchors, GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (item))),
                           GINT_TO_POINTER (anchor));
      markup = g_markup_printf_escaped ("<span size=\"10pt\">%s. %s</span>",
                                        sam_agenda_item_get_number (item), sam_agenda_item_get_title (item));
      add_toc_row (self, markup, anchor, SAM_MM (8));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *stamp = stamp_text (self, entry->attachment);
      g_autofree char *markup = NULL;
      int anchor = 0;

      if (entry->document != NULL)
        {
          anchor = GPOINTER_TO_INT (g_hash_table_lookup (self->attachment_anchors,
                                                         GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (entry->attachment)))));
          markup = g_markup_escape_text (stamp, -1);
        }
      else
        {
          const char *file_name = sam_attachment_get_file_name (entry->attachment);
          g_autofree char *reason = sam_document_expand (self->language, SAM_TEXT_NOT_INCLUDED,
                                                         sam_document_text (self->language, entry->problem),
                                                         NULL);

          if (file_name != NULL && *file_name != '\0')
            markup = g_markup_printf_escaped ("%s\n<span size=\"9pt\" foreground=\"#5c5c5c\">%s (%s)</span>",
                                              stamp, file_name, reason);
          else
            markup = g_markup_printf_escaped ("%s\n<span size=\"9pt\" foreground=\"#5c5c5c\">(%s)</span>",
                                              stamp, reason);
        }

      add_toc_row (self, markup, anchor, 0.0);
    }
}

gboolean
sam_builder_build_pack (SamBuilder  *self,
                        GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  int agenda_anchor;
  SamBlock *block;

  self->attachment_anchors = g_hash_table_new (NULL, NULL);
  self->item_anchors = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr(SamAttachment) attachment = g_list_model_get_item (self->attachments, i);
      Entry *entry = load_entry (self, attachment);

      if (entry->document != NULL)
        g_hash_table_insert (self->attachment_anchors,
                             GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (attachment))),
                             GINT_TO_POINTER (sam_document_layout_new_anchor (self->layout)));
      g_ptr_array_add (entries, entry);
    }

  agenda_anchor = sam_document_layout_new_anchor (self->layout);
  add_cover (self, entries, agenda_anchor);
  sam_document_layout_add (self->layout, SAM_BLOCK_PAGE_BREAK);

  block = sam_builder_add_head (self, SAM_TEXT_AGENDA);
  block->anchor = agenda_anchor;
  sam_builder_add_agenda (self, 2);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *stamp = NULL;
      int n_pages;

      if (entry->document == NULL)
        continue;

      stamp = stamp_text (self, entry->attachment);
      n_pages = poppler_document_get_n_pages (entry->document);
      for (int page = 0; page < n_pages; page++)
        {
          block = sam_document_layout_add (self->layout, SAM_BLOCK_PDF_PAGE);
          block->pdf_page = poppler_document_get_page (entry->document, page);
          block->stamp = g_strdup (stamp);
          if (page == 0)
            {
              block->anchor = GPOINTER_TO_INT (g_hash_table_lookup (self->attachment_anchors,
                                                                    GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (entry->attachment)))));
              block->outline_level = 1;
              block->outline = g_strdup (stamp);
            }
        }
    }

  return TRUE;
}
