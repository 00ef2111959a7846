/* sam-document-layout.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"


#include <string.h>

#include "sam-document-hyphens.h"
#include "sam-document-layout-private.h"

/* Breaks a document's blocks into pages. Text is measured
 * with a Pango context of its own at 72 dpi and without hinted metrics, so
 * that one unit is one point and the line breaks are the same on a PDF
 * surface and on a printer's. Long texts break between lines; a heading
 * keeps with what follows it; a paragraph leaves neither a single first
 * line at a page's foot nor a single last line at the next page's head. */

const StyleInfo sam_layout_styles[SAM_N_STYLES] = {
  [SAM_STYLE_BODY] = { 10.0, PANGO_WEIGHT_NORMAL, 1.25, TEXT_COLOR },
  [SAM_STYLE_META] = { 9.0, PANGO_WEIGHT_NORMAL, 1.2, MUTED_COLOR },
  [SAM_STYLE_HEADING] = { 18.0, PANGO_WEIGHT_BOLD, 1.1, TEXT_COLOR },
  [SAM_STYLE_TITLE] = { 14.0, PANGO_WEIGHT_NORMAL, 1.1, ACCENT_COLOR },
  [SAM_STYLE_SECTION] = { 12.0, PANGO_WEIGHT_BOLD, 1.15, ACCENT_COLOR },
  [SAM_STYLE_ITEM] = { 11.0, PANGO_WEIGHT_BOLD, 1.2, TEXT_COLOR },
  [SAM_STYLE_SUBITEM] = { 10.5, PANGO_WEIGHT_BOLD, 1.2, TEXT_COLOR },
  [SAM_STYLE_LABEL] = { 10.0, PANGO_WEIGHT_BOLD, 1.25, TEXT_COLOR },
  [SAM_STYLE_TOC] = { 11.0, PANGO_WEIGHT_NORMAL, 1.3, TEXT_COLOR },
  [SAM_STYLE_FOOTER] = { 8.0, PANGO_WEIGHT_NORMAL, 1.0, MUTED_COLOR },
  [SAM_STYLE_STAMP] = { 9.0, PANGO_WEIGHT_BOLD, 1.0, ACCENT_COLOR },
};

G_DEFINE_FINAL_TYPE (SamDocumentLayout, sam_document_layout, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  SamBlock *block = data;

  g_free (block->markup);
  g_free (block->side);
  g_free (block->outline);
  g_free (block->stamp);
  g_clear_object (&block->pdf_page);
  g_clear_pointer (&block->signatures, g_ptr_array_unref);
  g_free (block);
}

static void
measured_free (gpointer data)
{
  Measured *measured = data;

  g_clear_object (&measured->layout);
  g_clear_object (&measured->side);
  g_free (measured->top);
  g_free (measured->bottom);
  g_free (measured->baseline);
  g_free (measured->x);
  g_free (measured->width);
  g_free (measured);
}

void
sam_layout_set_source (cairo_t *cr,
                       guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

double
sam_layout_content_left (void)
{
  return MARGIN_LEFT;
}

double
sam_layout_content_width (SamDocumentLayout *self)
{
  return MAX (self->width - MARGIN_LEFT - MARGIN_RIGHT, 72.0);
}

static double
body_top (SamDocumentLayout *self)
{
  return MARGIN_TOP;
}

static double
body_bottom (SamDocumentLayout *self)
{
  return MAX (self->height - MARGIN_BOTTOM - FOOTER_HEIGHT, MARGIN_TOP + 72.0);
}

/* Cantarell, GNOME's font, when it is installed; any sans otherwise. */
static char *
choose_family (PangoFontMap *map)
{
  PangoFontFamily **families = NULL;
  int n_families = 0;
  char *family = NULL;

  pango_font_map_list_families (map, &families, &n_families);
  for (int i = 0; i < n_families && family == NULL; i++)
    if (g_ascii_strcasecmp (pango_font_family_get_name (families[i]), "Cantarell") == 0)
      family = g_strdup ("Cantarell");
  g_free (families);

  return family != NULL ? family : g_strdup ("Sans");
}

/* Sets the markup, without ligatures: a ligature ("fi" as one glyph)
 * reaches a PDF reader only through an ActualText span, which some readers
 * (poppler's structure text among them) stop at, so that a screen reader
 * would hear "tra" for "trafik". */
static void
set_markup (PangoLayout *layout,
            const char  *markup)
{
  PangoAttrList *attributes;
  g_autoptr(PangoAttrList) own = NULL;

  pango_layout_set_markup (layout, markup, -1);
  attributes = pango_layout_get_attributes (layout);
  if (attributes == NULL)
    attributes = own = pango_attr_list_new ();
  pango_attr_list_insert_before (attributes, pango_attr_font_features_new ("liga 0, clig 0"));
  if (own != NULL)
    pango_layout_set_attributes (layout, own);
  else
    pango_layout_context_changed (layout);
}

/* Lays out @markup with soft hyphens wherever a word may be hyphenated,
 * moving the break of a line that would begin inside a range, a time or a
 * date to before it; then again with only the soft hyphens at which a
 * line broke. */
static void
set_hyphenated_markup (SamDocumentLayout *self,
                       PangoLayout       *layout,
                       const char        *markup)
{
  g_autofree char *marked = sam_document_mark_breaks (self->language, markup);
  g_autoptr(GArray) keep = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autofree char *kept = NULL;
  const char *text;
  int n_lines;

  /* A line that would begin inside "2012–2018" begins before it. */
  for (int attempt = 0; attempt < 16; attempt++)
    {
      g_autofree int *starts = NULL;
      g_autofree char *stretch = NULL;
      char *broken;
      guint ordinal;

      set_markup (layout, marked);
      n_lines = pango_layout_get_line_count (layout);
      starts = g_new (int, n_lines);
      for (int i = 0; i < n_lines; i++)
        starts[i] = pango_layout_get_line_readonly (layout, i)->start_index;

      if (!sam_document_find_split (pango_layout_get_text (layout), starts, n_lines, &ordinal, &stretch))
        break;
      broken = sam_document_break_before (marked, ordinal, stretch);
      if (broken == NULL)
        break;
      g_free (marked);
      marked = broken;
    }

  if (strstr (marked, "\xc2\xad") == NULL)
    return;

  text = pango_layout_get_text (layout);
  for (const char *p = text; (p = strstr (p, "\xc2\xad")) != NULL; p += 2)
    g_array_set_size (keep, keep->len + 1);

  n_lines = pango_layout_get_line_count (layout);
  for (int i = 0; i + 1 < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      int end = line->start_index + line->length;

      if (end >= 2 && strncmp (text + end - 2, "\xc2\xad", 2) == 0)
        {
          guint n = 0;

          for (const char *p = text; (p = strstr (p, "\xc2\xad")) != NULL && p < text + end - 2; p += 2)
            n++;
          if (n < keep->len)
            g_array_index (keep, gboolean, n) = TRUE;
        }
    }

  kept = sam_document_keep_hyphens (marked, &g_array_index (keep, gboolean, 0), keep->len);
  set_markup (layout, kept);
}

PangoLayout *
sam_layout_create (SamDocumentLayout *self,
                   SamStyle           style,
                   const char        *markup,
                   double             width)
{
  const StyleInfo *info = &sam_layout_styles[style];
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, self->family);
  pango_font_description_set_size (font, (int)(info->size * PANGO_SCALE));
  pango_font_description_set_weight (font, info->weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_line_spacing (layout, (float)info->line_spacing);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      set_hyphenated_markup (self, layout, markup != NULL ? markup : "");
    }
  else
    set_markup (layout, markup != NULL ? markup : "");

  return layout;
}

double
sam_layout_first_baseline (PangoLayout *layout)
{
  return pango_layout_get_baseline (layout) / (double)PANGO_SCALE;
}

static void
measure_lines (Measured *measured)
{
  PangoLayoutIter *iter;
  int i = 0;

  measured->n_lines = pango_layout_get_line_count (measured->layout);
  measured->top = g_new0 (double, measured->n_lines);
  measured->bottom = g_new0 (double, measured->n_lines);
  measured->baseline = g_new0 (double, measured->n_lines);
  measured->x = g_new0 (double, measured->n_lines);
  measured->width = g_new0 (double, measured->n_lines);

  iter = pango_layout_get_iter (measured->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      if (i >= measured->n_lines)
        break;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      measured->top[i] = y0 / (double)PANGO_SCALE;
      measured->bottom[i] = y1 / (double)PANGO_SCALE;
      measured->baseline[i] = pango_layout_iter_get_baseline (iter) / (double)PANGO_SCALE;
      measured->x[i] = logical.x / (double)PANGO_SCALE;
      measured->width[i] = logical.width / (double)PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static double
text_width (SamDocumentLayout *self,
            SamBlock          *block)
{
  double width = sam_layout_content_width (self) - block->indent;

  /* Room for the page number of a table of contents. */
  if (block->show_page)
    width -= 36.0;

  return MAX (width, 36.0);
}

static Measured *
measure (SamDocumentLayout *self,
         SamBlock          *block)
{
  Measured *measured = g_new0 (Measured, 1);

  switch (block->kind)
    {
    case SAM_BLOCK_TEXT:
      measured->layout = sam_layout_create (self, block->style, block->markup, text_width (self, block));
      measure_lines (measured);
      if (block->side != NULL)
        {
          int height;

          g_autofree char *side = g_strconcat (block->side, " ", NULL);

          /* The space after a number or a label keeps it apart from the
           * text when the text is copied out of the PDF. */
          measured->side = sam_layout_create (self, block->side_style, side,
                                          MAX (block->indent - block->side_indent - 4.0, 12.0));
          pango_layout_get_size (measured->side, NULL, &height);
          measured->side_height = height / (double)PANGO_SCALE;
          measured->side_baseline = sam_layout_first_baseline (measured->side);
        }
      break;

    case SAM_BLOCK_RULE:
      measured->height = 1.0;
      break;

    case SAM_BLOCK_SIGNATURES:
      measured->height = SIGNATURE_ROW * ((block->signatures->len / 2 + 1) / 2);
      break;

    case SAM_BLOCK_PDF_PAGE:
    case SAM_BLOCK_PAGE_BREAK:
    default:
      break;
    }

  return measured;
}

static double
line_span (Measured *measured,
           int       first,
           int       end)
{
  if (end <= first)
    return 0.0;

  return measured->bottom[end - 1] - measured->top[first];
}

/* The height that must follow a block that keeps with the next one, on
 * the same page: the next block's first lines, or all of it when it also
 * keeps with what follows. */
static double
needed_after (SamDocumentLayout *self,
              guint              index,
              int                depth)
{
  SamBlock *block;
  Measured *measured;

  if (index >= self->blocks->len || depth > 8)
    return 0.0;

  block = g_ptr_array_index (self->blocks, index);
  measured = g_ptr_array_index (self->measured, index);

  switch (block->kind)
    {
    case SAM_BLOCK_TEXT:
      if (block->keep_with_next)
        return block->space_before * self->spacing + line_span (measured, 0, measured->n_lines)
               + needed_after (self, index + 1, depth + 1);
      return block->space_before * self->spacing
             + MAX (line_span (measured, 0, MIN (measured->n_lines, 2)), measured->side_height);

    case SAM_BLOCK_RULE:
    case SAM_BLOCK_SIGNATURES:
      return block->space_before * self->spacing + measured->height;

    case SAM_BLOCK_PDF_PAGE:
    case SAM_BLOCK_PAGE_BREAK:
    default:
      return 0.0;
    }
}

typedef struct
{
  SamDocumentLayout *self;
  GArray            *page;
  double             y;
} Paginator;

static void
break_page (Paginator *p)
{
  p->page = NULL;
  p->y = body_top (p->self);
}

static void
place (Paginator *p,
       guint      index,
       int        first,
       int        n_lines,
       double     y,
       double     height)
{
  SamBlock *block = g_ptr_array_index (p->self->blocks, index);
  Placed placed = { index, first, n_lines, y, height };

  if (p->page == NULL)
    {
      p->page = g_array_new (FALSE, FALSE, sizeof (Placed));
      g_ptr_array_add (p->self->pages, p->page);
    }

  g_array_append_val (p->page, placed);

  if (block->anchor > 0 && first == 0)
    g_array_index (p->self->anchor_pages, int, block->anchor) = (int)p->self->pages->len - 1;
}

static void
place_text (Paginator *p,
            guint      index,
            double     gap)
{
  SamDocumentLayout *self = p->self;
  SamBlock *block = g_ptr_array_index (self->blocks, index);
  Measured *measured = g_ptr_array_index (self->measured, index);
  double bottom = body_bottom (self);
  int n_lines = measured->n_lines;
  int first = 0;

  /* A heading goes to the next page with what it keeps with, unless that
   * would leave more than half of this page empty: a long chain of
   * blocks that keep together then breaks where it must. */
  if (block->keep_with_next && p->page != NULL)
    {
      double need = gap + line_span (measured, 0, n_lines) + needed_after (self, index + 1, 0);
      double half = (bottom - body_top (self)) / 2.0;

      if (p->y + need > bottom && need <= bottom - body_top (self) && p->y - body_top (self) >= half)
        {
          break_page (p);
          gap = 0.0;
        }
    }

  while (first < n_lines)
    {
      gboolean at_top = p->page == NULL;
      double available = bottom - p->y - gap;
      int remaining = n_lines - first;
      int fit = 0;
      double height;

      while (fit < remaining && line_span (measured, first, first + fit + 1) <= available + 0.01)
        fit++;

      /* A label or number beside the first line must fit beside it. */
      if (first == 0 && measured->side != NULL && fit < remaining
          && line_span (measured, 0, fit) + 0.5 < measured->side_height)
        fit = 0;

      if (fit < remaining && !at_top)
        {
          /* Nothing fits, or only an orphaned first line. */
          if (fit == 0 || (first == 0 && fit == 1 && remaining >= 2))
            {
              break_page (p);
              gap = 0.0;
              continue;
            }
        }

      if (fit == 0)
        fit = 1;

      /* Leave no widowed last line at the next page's head. */
      if (fit < remaining && remaining - fit == 1 && fit >= 3)
        fit--;

      height = line_span (measured, first, first + fit);
      place (p, index, first, fit, p->y + gap, height);
      p->y += gap + height;
      first += fit;
      gap = 0.0;

      if (first < n_lines)
        break_page (p);
    }
}

static void
free_pages (SamDocumentLayout *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->measured, g_ptr_array_unref);
  g_clear_pointer (&self->anchor_pages, g_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->family, g_free);
}

/* Breaks the measured blocks into pages, with the vertical space
 * between blocks scaled by self->spacing. */
static void
flow (SamDocumentLayout *self)
{
  Paginator p = { self, NULL, 0.0 };
  double previous_after = 0.0;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  for (int i = 0; i <= self->n_anchors; i++)
    g_array_index (self->anchor_pages, int, i) = -1;

  break_page (&p);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      SamBlock *block = g_ptr_array_index (self->blocks, i);
      Measured *measured = g_ptr_array_index (self->measured, i);
      double gap = p.page == NULL ? 0.0 : MAX (previous_after, block->space_before) * self->spacing;

      switch (block->kind)
        {
        case SAM_BLOCK_PAGE_BREAK:
          break_page (&p);
          break;

        case SAM_BLOCK_PDF_PAGE:
          break_page (&p);
          place (&p, i, 0, 0, body_top (self), body_bottom (self) - body_top (self));
          break_page (&p);
          break;

        case SAM_BLOCK_RULE:
        case SAM_BLOCK_SIGNATURES:
          if (p.page != NULL && p.y + gap + measured->height > body_bottom (self))
            {
              break_page (&p);
              gap = 0.0;
            }
          place (&p, i, 0, 0, p.y + gap, measured->height);
          p.y += gap + measured->height;
          break;

        case SAM_BLOCK_TEXT:
        default:
          place_text (&p, i, gap);
          break;
        }

      previous_after = block->space_after;
    }

  /* Even an empty document has a page. */
  if (self->pages->len == 0)
    g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placed)));
}

static gboolean
is_text_page (SamDocumentLayout *self,
              GArray            *page)
{
  for (guint i = 0; i < page->len; i++)
    {
      SamBlock *block = g_ptr_array_index (self->blocks, g_array_index (page, Placed, i).block);

      if (block->kind == SAM_BLOCK_PDF_PAGE)
        return FALSE;
    }

  return page->len > 0;
}

/* Whether a run of text pages (the agenda of a meeting pack, the whole
 * of the minutes) ends with a page that holds less than a quarter of a
 * page: a few lines that a little less space between the blocks would
 * have kept on the page before. */
static gboolean
ends_run (SamDocumentLayout *self,
          guint              index)
{
  GArray *next;
  guint first;

  if (index + 1 >= self->pages->len)
    return TRUE;

  next = g_ptr_array_index (self->pages, index + 1);
  if (!is_text_page (self, next))
    return TRUE;

  first = g_array_index (next, Placed, 0).block;

  return first > 0 && ((SamBlock *)g_ptr_array_index (self->blocks, first - 1))->kind == SAM_BLOCK_PAGE_BREAK;
}

/* Whether a run of text pages (the agenda of a meeting pack, the whole
 * of the minutes) ends with a page that holds less than a quarter of a
 * page: a few lines that a little less space between the blocks would
 * have kept on the page before. */
static gboolean
has_short_last_page (SamDocumentLayout *self)
{
  double body = body_bottom (self) - body_top (self);

  for (guint i = 1; i < self->pages->len; i++)
    {
      GArray *page = g_ptr_array_index (self->pages, i);
      Placed *last;

      if (!is_text_page (self, page) || !is_text_page (self, g_ptr_array_index (self->pages, i - 1))
          || !ends_run (self, i))
        continue;

      last = &g_array_index (page, Placed, page->len - 1);
      if (last->y + last->height - body_top (self) < body / 4.0)
        return TRUE;
    }

  return FALSE;
}

/**
 * sam_document_layout_paginate:
 * @width: the page width in points
 * @height: the page height in points
 *
 * Breaks the document into pages of this size. Call it in the thread that
 * then draws the pages: Pango's font map is per thread.
 */
void
sam_document_layout_paginate (SamDocumentLayout *self,
                              double             width,
                              double             height)
{
  static const double tighter[] = { 0.85, 0.7 };
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options;
  guint n_pages;

  g_return_if_fail (SAM_IS_DOCUMENT_LAYOUT (self));
  g_return_if_fail (width > 0 && height > 0);

  free_pages (self);
  self->width = width;
  self->height = height;

  self->context = pango_font_map_create_context (map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context,
                              pango_language_from_string (sam_document_language_code (self->language)));
  self->family = choose_family (map);

  self->measured = g_ptr_array_new_with_free_func (measured_free);
  self->anchor_pages = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_set_size (self->anchor_pages, self->n_anchors + 1);

  for (guint i = 0; i < self->blocks->len; i++)
    g_ptr_array_add (self->measured, measure (self, g_ptr_array_index (self->blocks, i)));

  self->spacing = 1.0;
  flow (self);

  /* A short last page is taken back onto the one before when somewhat
   * less space between the blocks saves it; else the spacing stays. */
  n_pages = self->pages->len;
  for (guint i = 0; i < G_N_ELEMENTS (tighter) && has_short_last_page (self); i++)
    {
      self->spacing = tighter[i];
      flow (self);
      if (self->pages->len < n_pages)
        return;
    }

  if (self->spacing != 1.0)
    {
      self->spacing = 1.0;
      flow (self);
    }
}

guint
sam_document_layout_get_n_pages (SamDocumentLayout *self)
{
  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), 0);
  g_return_val_if_fail (self->pages != NULL, 0);

  return self->pages->len;
}


const char *
sam_document_layout_get_title (SamDocumentLayout *self)
{
  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), NULL);

  return self->title;
}

void
sam_document_layout_get_metadata (SamDocumentLayout  *self,
                                  const char        **title,
                                  const char        **author,
                                  const char        **subject)
{
  g_return_if_fail (SAM_IS_DOCUMENT_LAYOUT (self));

  *title = self->title;
  *author = self->author;
  *subject = self->subject;
}

SamDocumentLanguage
sam_document_layout_get_language (SamDocumentLayout *self)
{
  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), SAM_DOCUMENT_LANGUAGE_SV);

  return self->language;
}

/* Building */

SamBlock *
sam_document_layout_add (SamDocumentLayout *self,
                         SamBlockKind       kind)
{
  SamBlock *block = g_new0 (SamBlock, 1);

  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), NULL);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  free_pages (self);

  return block;
}

/* Long text: the store refuses a title over SAM_FIELD_MAX_LINE characters
 * and a text over SAM_FIELD_MAX_TEXT, but an older database may hold a
 * megabyte in a title, which Pango would take minutes to lay out and which
 * would overflow its page. Every text is cut to what its style may hold,
 * with an ellipsis: a paragraph of body text breaks across pages, a
 * heading does not. */
static gsize
max_chars (SamStyle style)
{
  return style == SAM_STYLE_BODY ? SAM_FIELD_MAX_TEXT : SAM_FIELD_MAX_LINE + 50;
}

static char *
clamp_text (const char *text,
            gsize       limit)
{
  g_autofree char *kept = NULL;

  if (text == NULL)
    return g_strdup ("");

  /* Bytes first: no need to count the characters of a short text. */
  if (strlen (text) <= limit || g_utf8_strlen (text, -1) <= (glong)limit)
    return g_strdup (text);

  kept = g_strndup (text, (gsize)(g_utf8_offset_to_pointer (text, (glong)limit - 1) - text));

  return g_strconcat (kept, "…", NULL);
}

SamBlock *
sam_document_layout_add_markup (SamDocumentLayout *self,
                                SamStyle           style,
                                const char        *markup)
{
  SamBlock *block = sam_document_layout_add (self, SAM_BLOCK_TEXT);
  g_autofree char *text = NULL;

  block->style = style;
  block->side_style = style;

  /* Markup too long for its style loses its formatting rather than being
   * cut inside a tag. */
  if (markup != NULL && strlen (markup) > 4 * max_chars (style)
      && pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL)
      && g_utf8_strlen (text, -1) > (glong)max_chars (style))
    {
      g_autofree char *clamped = clamp_text (text, max_chars (style));

      block->markup = g_markup_escape_text (clamped, -1);
    }
  else
    block->markup = g_strdup (markup);

  return block;
}

SamBlock *
sam_document_layout_add_text (SamDocumentLayout *self,
                              SamStyle           style,
                              const char        *text)
{
  g_autofree char *clamped = clamp_text (text, max_chars (style));
  g_autofree char *markup = g_markup_escape_text (clamped, -1);

  return sam_document_layout_add_markup (self, style, markup);
}

/**
 * sam_document_layout_get_last:
 *
 * Returns: (transfer none) (nullable): the block added last
 */
SamBlock *
sam_document_layout_get_last (SamDocumentLayout *self)
{
  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), NULL);

  return self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;
}

int
sam_document_layout_new_anchor (SamDocumentLayout *self)
{
  g_return_val_if_fail (SAM_IS_DOCUMENT_LAYOUT (self), 0);

  return ++self->n_anchors;
}

void
sam_document_layout_set_metadata (SamDocumentLayout *self,
                                  const char        *title,
                                  const char        *author,
                                  const char        *subject,
                                  const char        *footer)
{
  g_return_if_fail (SAM_IS_DOCUMENT_LAYOUT (self));

  g_free (self->title);
  self->title = title != NULL ? clamp_text (title, SAM_FIELD_MAX_LINE) : NULL;
  g_free (self->author);
  self->author = author != NULL ? clamp_text (author, SAM_FIELD_MAX_LINE) : NULL;
  g_free (self->subject);
  self->subject = subject != NULL ? clamp_text (subject, SAM_FIELD_MAX_LINE) : NULL;
  g_free (self->footer);
  /* Ellipsized on its one line; cut only to spare Pango a megabyte (what
   * is cut is the end of the isolated heading and what follows it). */
  self->footer = footer != NULL ? clamp_text (footer, 2 * SAM_FIELD_MAX_LINE) : NULL;
}

SamDocumentLayout *
sam_document_layout_new_empty (SamDocumentLanguage language)
{
  SamDocumentLayout *self = g_object_new (SAM_TYPE_DOCUMENT_LAYOUT, NULL);

  self->language = language;

  return self;
}

static void
sam_document_layout_finalize (GObject *object)
{
  SamDocumentLayout *self = SAM_DOCUMENT_LAYOUT (object);

  free_pages (self);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->footer);

  G_OBJECT_CLASS (sam_document_layout_parent_class)->finalize (object);
}

static void
sam_document_layout_class_init (SamDocumentLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_document_layout_finalize;
}

static void
sam_document_layout_init (SamDocumentLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->spacing = 1.0;
}
