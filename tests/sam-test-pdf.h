/* sam-test-pdf.h: small PDF files for the tests of attachments.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo-pdf.h>

#include "sam-store.h"

static inline cairo_status_t
sam_test_pdf_append (void                *closure,
                     const unsigned char *data,
                     unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* An A4 PDF whose page i holds the lines of @pages[i] (separated by
 * "\n"), the first line as a heading. */
static inline GBytes *
sam_test_make_pdf (const char * const *pages)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (sam_test_pdf_append, bytes, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);

      cairo_set_font_size (cr, 20);
      cairo_move_to (cr, 60, 90);
      cairo_show_text (cr, lines[0]);
      cairo_set_font_size (cr, 12);
      for (guint l = 1; lines[l] != NULL; l++)
        {
          cairo_move_to (cr, 60, 110 + 20 * l);
          cairo_show_text (cr, lines[l]);
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (bytes);
}

/* A PDF attachment of @meeting (at @item, if not %NULL) holding @pdf. */
static inline SamAttachment *
sam_test_add_pdf_attachment (SamStore      *store,
                             SamMeeting    *meeting,
                             SamAgendaItem *item,
                             const char    *title,
                             GBytes        *pdf)
{
  g_autoptr(GError) error = NULL;
  SamAttachment *attachment = g_object_new (SAM_TYPE_ATTACHMENT,
                                            "meeting-id", sam_entity_get_id (SAM_ENTITY (meeting)),
                                            "agenda-item-id", item != NULL ? sam_entity_get_id (SAM_ENTITY (item)) : 0,
                                            "title", title,
                                            "file-name", "bilaga.pdf",
                                            "media-type", "application/pdf",
                                            NULL);

  g_assert_true (sam_store_set_attachment_data (store, attachment, pdf, &error));
  g_assert_no_error (error);

  return attachment;
}
