/* sam-document-draw.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <cairo-pdf.h>

#include "sam-document-layout-private.h"

/* Draws a paginated document's pages: the text line by line, the bars,
 * rules and signature lines, the attachments' pages, the footer, and on a
 * PDF surface the links and the outline. */

static int
anchor_page (SamDocumentLayout *self,
             int                anchor)
{
  if (anchor <= 0 || self->anchor_pages == NULL || (guint)anchor >= self->anchor_pages->len)
    return -1;

  return g_array_index (self->anchor_pages, int, anchor);
}

static void
add_outline (SamDocumentLayout *self,
             cairo_t           *cr,
             SamBlock          *block,
             guint              page,
             double             y)
{
  cairo_surface_t *target = cairo_get_target (cr);
  g_autofree char *attributes = NULL;
  int level = CLAMP (block->outline_level, 1, (int)G_N_ELEMENTS (self->outline_parents) - 1);
  int id;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_PDF)
    return;

  attributes = g_strdup_printf ("page=%u pos=[%d %d]", page + 1, (int)sam_layout_content_left (), (int)y);
  id = cairo_pdf_surface_add_outline (target, self->outline_parents[level - 1], block->outline,
                                      attributes, 0);
  for (guint i = level; i < G_N_ELEMENTS (self->outline_parents); i++)
    self->outline_parents[i] = id;
}

static void
draw_lines (cairo_t  *cr,
            Measured *measured,
            int       first,
            int       n_lines,
            double    x,
            double    y)
{
  for (int i = first; i < first + n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (measured->layout, i);

      cairo_move_to (cr, x + measured->x[i], y + measured->baseline[i] - measured->top[first]);
      pango_cairo_show_layout_line (cr, line);
    }
}

static void
draw_page_number (SamDocumentLayout *self,
                  cairo_t           *cr,
                  SamBlock          *block,
                  Measured          *measured,
                  Placed            *placed,
                  int                target)
{
  g_autofree char *number = g_strdup_printf ("%d", target + 1);
  g_autoptr(PangoLayout) layout = sam_layout_create (self, block->style, number, -1);
  int last = placed->first + placed->n_lines - 1;
  double right = sam_layout_content_left () + sam_layout_content_width (self);
  double baseline = placed->y + measured->baseline[last] - measured->top[placed->first];
  double text_end = sam_layout_content_left () + block->indent + measured->x[last] + measured->width[last];
  int width;

  pango_layout_get_size (layout, &width, NULL);

  /* A dotted leader from the title to its page number. */
  if (right - width / (double)PANGO_SCALE - 6.0 > text_end + 6.0)
    {
      static const double dots[] = { 0.6, 3.0 };

      cairo_save (cr);
      sam_layout_set_source (cr, RULE_COLOR);
      cairo_set_line_width (cr, 0.9);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
      cairo_move_to (cr, text_end + 4.0, baseline - 0.5);
      cairo_line_to (cr, right - width / (double)PANGO_SCALE - 4.0, baseline - 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  sam_layout_set_source (cr, sam_layout_styles[block->style].color);
  cairo_move_to (cr, right - width / (double)PANGO_SCALE, baseline - sam_layout_first_baseline (layout));
  pango_cairo_show_layout (cr, layout);
}

/* The structure tags are written only to a PDF surface; a printer's
 * surface has no use for them. */
static gboolean
is_tagged (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
}

static void
tag_begin (cairo_t    *cr,
           const char *name)
{
  if (name != NULL && is_tagged (cr))
    cairo_tag_begin (cr, name, NULL);
}

static void
tag_end (cairo_t    *cr,
         const char *name)
{
  if (name != NULL && is_tagged (cr))
    cairo_tag_end (cr, name);
}

static const char *
element_of (SamBlock *block)
{
  static const char * const headings[] = { "H1", "H2", "H3", "H4", "H5", "H6" };

  switch (block->role)
    {
    case SAM_ROLE_HEADING:
      return headings[CLAMP (block->heading_level, 1, 6) - 1];
    case SAM_ROLE_LIST_ITEM:
      return "LI";
    case SAM_ROLE_TABLE_ROW:
      return "TR";
    case SAM_ROLE_PARAGRAPH:
    default:
      return "P";
    }
}

/* The list or table a block belongs to, NULL for none. */
static const char *
container_of (SamBlock *block)
{
  if (block->kind != SAM_BLOCK_TEXT)
    return NULL;

  switch (block->role)
    {
    case SAM_ROLE_LIST_ITEM:
      return "L";
    case SAM_ROLE_TABLE_ROW:
      return "Table";
    case SAM_ROLE_HEADING:
    case SAM_ROLE_PARAGRAPH:
    default:
      return NULL;
    }
}

static void
draw_text (SamDocumentLayout *self,
           cairo_t           *cr,
           SamBlock          *block,
           Measured          *measured,
           Placed            *placed,
           guint              page)
{
  double x = sam_layout_content_left () + block->indent;
  int target = anchor_page (self, block->link);
  const char *side_cell = block->role == SAM_ROLE_LIST_ITEM ? "Lbl"
                          : block->role == SAM_ROLE_TABLE_ROW ? "TH" : NULL;
  const char *body_cell = block->role == SAM_ROLE_LIST_ITEM ? "LBody"
                          : block->role == SAM_ROLE_TABLE_ROW ? "TD" : NULL;
  g_autofree char *link = NULL;

  if (block->bar)
    {
      sam_layout_set_source (cr, ACCENT_COLOR);
      cairo_rectangle (cr, x - 8.0, placed->y - 1.0, 2.0, placed->height + 2.0);
      cairo_fill (cr);
    }

  tag_begin (cr, element_of (block));

  if (target >= 0)
    {
      link = g_strdup_printf ("page=%d", target + 1);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
    }

  /* The number, bullet or label first, so that it is read before the
   * text beside it. */
  if (placed->first == 0 && measured->side != NULL)
    {
      tag_begin (cr, side_cell);
      sam_layout_set_source (cr, sam_layout_styles[block->side_style].color);
      cairo_move_to (cr, sam_layout_content_left () + block->side_indent,
                     placed->y + measured->baseline[0] - measured->top[0] - measured->side_baseline);
      pango_cairo_show_layout (cr, measured->side);
      tag_end (cr, side_cell);
    }

  tag_begin (cr, body_cell);
  sam_layout_set_source (cr, sam_layout_styles[block->style].color);
  draw_lines (cr, measured, placed->first, placed->n_lines, x, placed->y);
  tag_end (cr, body_cell);

  if (target >= 0)
    cairo_tag_end (cr, CAIRO_TAG_LINK);

  if (target >= 0 && block->show_page && placed->first + placed->n_lines == measured->n_lines)
    draw_page_number (self, cr, block, measured, placed, target);

  tag_end (cr, element_of (block));

  if (placed->first == 0 && block->outline != NULL)
    add_outline (self, cr, block, page, placed->y);
}

static void
draw_signatures (SamDocumentLayout *self,
                 cairo_t           *cr,
                 SamBlock          *block,
                 Placed            *placed)
{
  double column = (sam_layout_content_width (self) - SAM_MM (15)) / 2.0;

  for (guint i = 0; i + 1 < block->signatures->len; i += 2)
    {
      const char *role = g_ptr_array_index (block->signatures, i);
      const char *name = g_ptr_array_index (block->signatures, i + 1);
      guint n = i / 2;
      double x = sam_layout_content_left () + (n % 2) * (column + SAM_MM (15));
      double y = placed->y + (n / 2) * SIGNATURE_ROW + 30.0;
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<span foreground=\"#5c5c5c\" size=\"9pt\">%s</span>",
                                                         name, role);
      g_autoptr(PangoLayout) layout = sam_layout_create (self, SAM_STYLE_BODY, markup, column);

      sam_layout_set_source (cr, TEXT_COLOR);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + column, y);
      cairo_stroke (cr);

      tag_begin (cr, "P");
      cairo_move_to (cr, x, y + 3.0);
      pango_cairo_show_layout (cr, layout);
      tag_end (cr, "P");
    }
}

static void
draw_pdf_page (SamDocumentLayout *self,
               cairo_t           *cr,
               SamBlock          *block,
               Placed            *placed,
               guint              page)
{
  g_autoptr(PangoLayout) stamp = sam_layout_create (self, SAM_STYLE_STAMP, NULL, sam_layout_content_width (self));
  double page_width = 0, page_height = 0;
  double top, area_width, area_height, scale, x;
  int stamp_height;

  pango_layout_set_text (stamp, block->stamp != NULL ? block->stamp : "", -1);
  pango_layout_set_ellipsize (stamp, PANGO_ELLIPSIZE_END);
  tag_begin (cr, "P");
  sam_layout_set_source (cr, sam_layout_styles[SAM_STYLE_STAMP].color);
  cairo_move_to (cr, sam_layout_content_left (), placed->y);
  pango_cairo_show_layout (cr, stamp);
  tag_end (cr, "P");
  pango_layout_get_size (stamp, NULL, &stamp_height);

  if (block->outline != NULL)
    add_outline (self, cr, block, page, placed->y);

  top = placed->y + stamp_height / (double)PANGO_SCALE + 6.0;
  area_width = sam_layout_content_width (self);
  area_height = placed->y + placed->height - top;

  poppler_page_get_size (block->pdf_page, &page_width, &page_height);
  if (page_width <= 0 || page_height <= 0 || area_height <= 0)
    return;

  scale = MIN (area_width / page_width, area_height / page_height);
  x = sam_layout_content_left () + (area_width - page_width * scale) / 2.0;

  /* The attachment's page is a picture of it: its own tags, if it has
   * any, do not survive poppler's drawing. */
  tag_begin (cr, "Figure");
  cairo_save (cr);
  cairo_translate (cr, x, top);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render_for_printing (block->pdf_page, cr);
  cairo_restore (cr);
  tag_end (cr, "Figure");

  sam_layout_set_source (cr, RULE_COLOR);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, top, page_width * scale, page_height * scale);
  cairo_stroke (cr);
}

static void
draw_footer (SamDocumentLayout *self,
             cairo_t           *cr,
             guint              page)
{
  g_autofree char *n = g_strdup_printf ("%u", page + 1);
  g_autofree char *m = g_strdup_printf ("%u", self->pages->len);
  g_autofree char *text = sam_document_expand (self->language, SAM_TEXT_PAGE_N_OF_M, n, m);
  g_autoptr(PangoLayout) number = sam_layout_create (self, SAM_STYLE_FOOTER, NULL, -1);
  g_autoptr(PangoLayout) left = sam_layout_create (self, SAM_STYLE_FOOTER, NULL, -1);
  double rule = self->height - MARGIN_BOTTOM - FOOTER_TEXT - 6.0;
  int number_width;

  pango_layout_set_text (number, text, -1);
  pango_layout_get_size (number, &number_width, NULL);

  pango_layout_set_text (left, self->footer != NULL ? self->footer : "", -1);
  pango_layout_set_width (left, (int)((sam_layout_content_width (self) - number_width / (double)PANGO_SCALE - 12.0)
                                      * PANGO_SCALE));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  sam_layout_set_source (cr, RULE_COLOR);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, sam_layout_content_left (), rule);
  cairo_line_to (cr, sam_layout_content_left () + sam_layout_content_width (self), rule);
  cairo_stroke (cr);

  sam_layout_set_source (cr, sam_layout_styles[SAM_STYLE_FOOTER].color);
  cairo_move_to (cr, sam_layout_content_left (), rule + 4.0);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, sam_layout_content_left () + sam_layout_content_width (self) - number_width / (double)PANGO_SCALE,
                 rule + 4.0);
  pango_cairo_show_layout (cr, number);
}

/**
 * sam_document_layout_draw_page:
 * @page: the page, from 0
 *
 * Draws one page onto @cr, whose user space must be in points with the
 * origin at the page's top left corner. On a PDF surface this also writes
 * the page's outline entries, so draw the pages in order there.
 */
void
sam_document_layout_draw_page (SamDocumentLayout *self,
                               cairo_t           *cr,
                               guint              page)
{
  GArray *placed;
  const char *container = NULL;

  g_return_if_fail (SAM_IS_DOCUMENT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page < self->pages->len);

  if (page == 0 || self->outline_surface != (gconstpointer)cairo_get_target (cr))
    {
      self->outline_surface = cairo_get_target (cr);
      for (guint i = 0; i < G_N_ELEMENTS (self->outline_parents); i++)
        self->outline_parents[i] = CAIRO_PDF_OUTLINE_ROOT;
      self->document_open = FALSE;
    }

  /* The whole document is one Document element, which the last page
   * closes. */
  if (!self->document_open && is_tagged (cr))
    {
      tag_begin (cr, "Document");
      self->document_open = TRUE;
    }

  placed = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      SamBlock *block = g_ptr_array_index (self->blocks, p->block);
      Measured *measured = g_ptr_array_index (self->measured, p->block);

      /* A list or a table ends where the page does, so that the footer
       * between two pages is not read as part of it. */
      if (g_strcmp0 (container, container_of (block)) != 0)
        {
          tag_end (cr, container);
          container = container_of (block);
          tag_begin (cr, container);
        }

      switch (block->kind)
        {
        case SAM_BLOCK_TEXT:
          draw_text (self, cr, block, measured, p, page);
          break;

        case SAM_BLOCK_RULE:
          sam_layout_set_source (cr, RULE_COLOR);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, sam_layout_content_left () + block->indent, p->y + 0.5);
          cairo_line_to (cr, sam_layout_content_left () + sam_layout_content_width (self), p->y + 0.5);
          cairo_stroke (cr);
          break;

        case SAM_BLOCK_SIGNATURES:
          draw_signatures (self, cr, block, p);
          break;

        case SAM_BLOCK_PDF_PAGE:
          draw_pdf_page (self, cr, block, p, page);
          break;

        case SAM_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  tag_end (cr, container);

  draw_footer (self, cr, page);
  cairo_restore (cr);

  if (self->document_open && page + 1 == self->pages->len)
    {
      tag_end (cr, "Document");
      self->document_open = FALSE;
    }
}
