/* sam-document-layout-private.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "sam-document-private.h"

G_BEGIN_DECLS

/* What the layout (sam-document-layout.c: measuring, pagination) and the
 * drawing (sam-document-draw.c) share. */

#define MARGIN_LEFT   SAM_MM (25)
#define MARGIN_RIGHT  SAM_MM (20)
#define MARGIN_TOP    SAM_MM (20)
#define MARGIN_BOTTOM SAM_MM (20)

/* The footer sits inside the bottom margin's edge: a rule, then a line. */
#define FOOTER_HEIGHT 26.0
#define FOOTER_TEXT   10.0

#define SIGNATURE_ROW 64.0

#define TEXT_COLOR   0x1c1c1c
#define MUTED_COLOR  0x5c5c5c
#define ACCENT_COLOR 0x2a4a6b
#define RULE_COLOR   0xa0a0a0

typedef struct
{
  double      size;
  PangoWeight weight;
  double      line_spacing;
  guint32     color;
} StyleInfo;

extern const StyleInfo sam_layout_styles[SAM_N_STYLES];

/* A block measured for the current page width. */
typedef struct
{
  PangoLayout *layout;
  PangoLayout *side;
  int          n_lines;
  double      *top;       /* per line, from the layout's top */
  double      *bottom;
  double      *baseline;
  double      *x;
  double      *width;
  double       side_baseline;
  double       side_height;
  double       height;    /* blocks other than text */
} Measured;

/* A block, or some of its lines, on a page. */
typedef struct
{
  guint  block;
  int    first;
  int    n_lines;
  double y;
  double height;
} Placed;

struct _SamDocumentLayout
{
  GObject              parent_instance;

  SamDocumentLanguage  language;
  GPtrArray           *blocks;
  int                  n_anchors;
  char                *title;
  char                *author;
  char                *subject;
  char                *footer;

  /* The pagination for one page size. */
  double               width;
  double               height;
  double               spacing;    /* the vertical space between blocks, scaled */
  PangoContext        *context;
  char                *family;
  GPtrArray           *measured;
  GPtrArray           *pages;
  GArray              *anchor_pages;

  /* The outline entries written so far, while drawing to a PDF surface;
   * the surface is only compared, never used. */
  gconstpointer        outline_surface;
  int                  outline_parents[8];

  /* Whether the Document structure element is open on that surface. */
  gboolean             document_open;
};

void         sam_layout_set_source      (cairo_t           *cr,
                                         guint32            color);
double       sam_layout_content_left    (void);
double       sam_layout_content_width   (SamDocumentLayout *self);
PangoLayout *sam_layout_create          (SamDocumentLayout *self,
                                         SamStyle           style,
                                         const char        *markup,
                                         double             width) G_GNUC_WARN_UNUSED_RESULT;
double       sam_layout_first_baseline  (PangoLayout       *layout);

G_END_DECLS
