/* sam-document-private.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

#include "sam-document.h"
#include "sam-document-text.h"

G_BEGIN_DECLS

/* A document is a flat list of blocks that the builders (sam-document-
 * meeting.c, sam-document-pack.c) append from the store's data, and that
 * the layout (sam-document-layout.c) breaks into pages for one page size.
 * Blocks hold no store objects, so a built document can be drawn in
 * another thread. */

#define SAM_MM(mm) ((mm) * 72.0 / 25.4)

typedef enum
{
  SAM_BLOCK_TEXT,
  SAM_BLOCK_RULE,
  SAM_BLOCK_SIGNATURES,
  SAM_BLOCK_PDF_PAGE,
  SAM_BLOCK_PAGE_BREAK,
} SamBlockKind;

typedef enum
{
  SAM_STYLE_BODY,
  SAM_STYLE_META,
  SAM_STYLE_HEADING,
  SAM_STYLE_TITLE,
  SAM_STYLE_SECTION,
  SAM_STYLE_ITEM,
  SAM_STYLE_SUBITEM,
  SAM_STYLE_LABEL,
  SAM_STYLE_TOC,
  SAM_STYLE_FOOTER,
  SAM_STYLE_STAMP,

  SAM_N_STYLES
} SamStyle;

/* What a block is in the tagged PDF's structure tree: a paragraph, a
 * heading, an item of a list (its side text the label), or a row of the
 * head's table (its side text the header cell). Consecutive list items
 * form one list, consecutive rows one table. */
typedef enum
{
  SAM_ROLE_PARAGRAPH,
  SAM_ROLE_HEADING,
  SAM_ROLE_LIST_ITEM,
  SAM_ROLE_TABLE_ROW,
} SamRole;

typedef struct
{
  SamBlockKind  kind;
  SamStyle      style;
  SamRole       role;

  /* SAM_ROLE_HEADING: 1 for the document's heading, 2 below it, … */
  int           heading_level;

  /* Text blocks: Pango markup, and an optional second text to the left of
   * the first line (an item's number, a bullet, a label in the head). */
  char         *markup;
  char         *side;
  SamStyle      side_style;

  /* Horizontal geometry, in points from the left edge of the text area. */
  double        indent;
  double        side_indent;

  /* Vertical space around the block, in points; the larger of two that
   * meet is used, and none at the top of a page. */
  double        space_before;
  double        space_after;

  /* Never the last thing on a page: a heading stays with what follows. */
  gboolean      keep_with_next;

  /* Set off with a bar in the margin, as a decision is. */
  gboolean      bar;

  /* An outline (bookmark) entry at this block, 1 being the top level. */
  int           outline_level;
  char         *outline;

  /* anchor: a number under which the layout remembers the block's page;
   * link: the anchor this block links to; show_page: print that page's
   * number at the right, as a table of contents does. */
  int           anchor;
  int           link;
  gboolean      show_page;

  /* SAM_BLOCK_PDF_PAGE: one page of an attachment and its stamp. */
  PopplerPage  *pdf_page;
  char         *stamp;

  /* SAM_BLOCK_SIGNATURES: the role and the name under each line. */
  GPtrArray    *signatures;
} SamBlock;

SamDocumentLayout *sam_document_layout_new_empty     (SamDocumentLanguage  language) G_GNUC_WARN_UNUSED_RESULT;
SamBlock          *sam_document_layout_add           (SamDocumentLayout   *self,
                                                      SamBlockKind         kind);
SamBlock          *sam_document_layout_add_markup    (SamDocumentLayout   *self,
                                                      SamStyle             style,
                                                      const char          *markup);
SamBlock          *sam_document_layout_add_text      (SamDocumentLayout   *self,
                                                      SamStyle             style,
                                                      const char          *text);
SamBlock          *sam_document_layout_get_last      (SamDocumentLayout   *self);
int                sam_document_layout_new_anchor    (SamDocumentLayout   *self);
void               sam_document_layout_set_metadata  (SamDocumentLayout   *self,
                                                      const char          *title,
                                                      const char          *author,
                                                      const char          *subject,
                                                      const char          *footer);
void               sam_document_layout_get_metadata  (SamDocumentLayout   *self,
                                                      const char         **title,
                                                      const char         **author,
                                                      const char         **subject);
SamDocumentLanguage sam_document_layout_get_language (SamDocumentLayout   *self);

/* The builders. */
typedef struct _SamBuilder SamBuilder;

struct _SamBuilder
{
  SamStore            *store;
  SamDocumentLayout   *layout;
  SamDocumentLanguage  language;
  SamDocumentKind      kind;

  SamMeeting          *meeting;
  SamBody             *body;
  char                *organization;
  GHashTable          *entities;     /* "type:id" → SamEntity */
  GListModel          *agenda;
  GListModel          *attachments;

  /* In a meeting pack: attachment id → the anchor of its first page, and
   * agenda item id → the anchor of its heading. */
  GHashTable          *attachment_anchors;
  GHashTable          *item_anchors;
};

/* The hanging indent of an item's number and of each sub-item level; the
 * width of the labels in the head; the indent of a list item. */
#define SAM_ITEM_INDENT   SAM_MM (10)
#define SAM_HEAD_LABEL    SAM_MM (40)
#define SAM_BULLET_INDENT 11.0

static inline gboolean
sam_is_empty (const char *value)
{
  return value == NULL || *value == '\0';
}

/* sam-document-builder.c */
gpointer    sam_builder_load              (SamBuilder    *self,
                                           GType          type,
                                           gint64         id);
const char *sam_builder_text              (SamBuilder    *self,
                                           SamText        key);
char       *sam_builder_capitalize        (const char    *value) G_GNUC_WARN_UNUSED_RESULT;
const char *sam_builder_municipality_name (SamBuilder    *self,
                                           gint64         id);
char       *sam_builder_person_label      (SamBuilder    *self,
                                           gint64         person_id,
                                           gboolean       with_title,
                                           const char    *role) G_GNUC_WARN_UNUSED_RESULT;
char       *sam_builder_join              (GPtrArray     *parts) G_GNUC_WARN_UNUSED_RESULT;
char       *sam_builder_meeting_heading   (SamBuilder    *self) G_GNUC_WARN_UNUSED_RESULT;
int         sam_builder_attachment_number (SamBuilder   *self,
                                           SamAttachment *attachment);
char       *sam_builder_meeting_noun      (SamBuilder    *self,
                                           SamMeeting    *meeting) G_GNUC_WARN_UNUSED_RESULT;
SamBlock   *sam_builder_add_label_text    (SamBuilder    *self,
                                           SamStyle       style,
                                           const char    *label,
                                           const char    *value,
                                           double         indent);
SamBlock   *sam_builder_add_rich_text     (SamBuilder    *self,
                                           const char    *label,
                                           const char    *value,
                                           double         indent,
                                           gboolean       bar);
void        sam_builder_add_rule          (SamBuilder    *self,
                                           double         space);
void        sam_builder_add_bullet        (SamBuilder    *self,
                                           const char    *value,
                                           double         indent);
SamBlock   *sam_builder_add_label         (SamBuilder    *self,
                                           SamText        label,
                                           double         indent);
void        sam_builder_add_section       (SamBuilder    *self,
                                           const char    *title);
void        sam_builder_add_proposals     (SamBuilder    *self,
                                           GPtrArray     *titles);

/* sam-document-meeting.c */
SamText     sam_builder_minutes_title     (SamBuilder    *self);
SamBlock   *sam_builder_add_head          (SamBuilder    *self,
                                           SamText        title);
void        sam_builder_add_when_where    (SamBuilder    *self);
void        sam_builder_add_next_meeting  (SamBuilder    *self);
void        sam_builder_add_signatures    (SamBuilder    *self);

/* sam-document-items.c */
void        sam_builder_add_agenda        (SamBuilder    *self,
                                           int            outline_level);

/* sam-document-pack.c */
gboolean    sam_builder_build_pack        (SamBuilder    *self,
                                           GError       **error);

G_END_DECLS
