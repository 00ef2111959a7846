/* sam-document-builder.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sam-document-private.h"

/* What the agenda, the minutes and the meeting pack are built with: the
 * store's data read once and cached, the names of people, bodies and
 * meetings in the document's language, and the blocks for texts as the
 * secretariat writes them (paragraphs, lists, a label before a text). The
 * entry points, sam_document_layout_new() and
 * sam_document_default_file_name(), are at the end. */

gpointer
sam_builder_load (SamBuilder *self,
                  GType       type,
                  gint64      id)
{
  g_autofree char *key = NULL;
  SamEntity *entity;

  if (id <= 0)
    return NULL;

  key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, g_type_name (type), id);
  entity = g_hash_table_lookup (self->entities, key);
  if (entity == NULL && !g_hash_table_contains (self->entities, key))
    {
      /* A reference to a row that is gone prints as nothing. */
      entity = sam_store_load (self->store, type, id, NULL);
      g_hash_table_insert (self->entities, g_steal_pointer (&key), entity);
    }

  return entity;
}

const char *
sam_builder_text (SamBuilder *self,
                  SamText     key)
{
  return sam_document_text (self->language, key);
}

char *
sam_builder_capitalize (const char *value)
{
  gunichar first;
  char buffer[8] = { 0 };

  if (sam_is_empty (value))
    return g_strdup ("");

  first = g_unichar_totitle (g_utf8_get_char (value));
  g_unichar_to_utf8 (first, buffer);

  return g_strconcat (buffer, g_utf8_next_char (value), NULL);
}

/* A title written as a field ("Regional utvecklingsdirektör") reads in
 * lower case after a name and a comma; an abbreviation ("VD") stays. */
static char *
decapitalize (const char *value)
{
  const char *second = g_utf8_next_char (value);
  gunichar first = g_utf8_get_char (value);
  char buffer[8] = { 0 };

  if (*second == '\0' || !g_unichar_islower (g_utf8_get_char (second)))
    return g_strdup (value);

  g_unichar_to_utf8 (g_unichar_tolower (first), buffer);

  return g_strconcat (buffer, second, NULL);
}

/* Names */

const char *
sam_builder_municipality_name (SamBuilder *self,
                               gint64      id)
{
  SamMunicipality *municipality = sam_builder_load (self, SAM_TYPE_MUNICIPALITY, id);

  return municipality != NULL ? sam_municipality_get_name (municipality) : NULL;
}

/* "Christoffer Nilsson (Lund, ordförande)", or with a title for those who
 * come from outside: "Ulrika Geeraedts, regional utvecklingsdirektör
 * (Region Skåne)". */
char *
sam_builder_person_label (SamBuilder *self,
                          gint64      person_id,
                          gboolean    with_title,
                          const char *role)
{
  SamPerson *person = sam_builder_load (self, SAM_TYPE_PERSON, person_id);
  const char *where;
  GString *label;

  if (person == NULL)
    return NULL;

  label = g_string_new (sam_person_get_name (person));
  if (with_title && !sam_is_empty (sam_person_get_title (person)))
    {
      g_autofree char *title = decapitalize (sam_person_get_title (person));

      g_string_append_printf (label, ", %s", title);
    }

  where = sam_builder_municipality_name (self, sam_person_get_municipality_id (person));
  if (sam_is_empty (where))
    where = sam_person_get_organization (person);

  if (!sam_is_empty (where) && !sam_is_empty (role))
    g_string_append_printf (label, " (%s, %s)", where, role);
  else if (!sam_is_empty (where) || !sam_is_empty (role))
    g_string_append_printf (label, " (%s)", !sam_is_empty (where) ? where : role);

  return g_string_free (label, FALSE);
}

char *
sam_builder_join (GPtrArray *parts)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? ", " : "", (const char *)g_ptr_array_index (parts, i));

  return g_string_free (joined, FALSE);
}

static const char *
meeting_noun_key (SamBuilder *self,
                  SamBody    *body,
                  SamText    *key)
{
  if (body != NULL && sam_body_get_kind (body) == SAM_BODY_KIND_DIRECTOR_GROUP)
    *key = SAM_TEXT_DIRECTOR_GROUP_MEETING;
  else if (body != NULL && sam_body_get_kind (body) == SAM_BODY_KIND_BOARD)
    *key = SAM_TEXT_BOARD_MEETING;
  else
    return NULL;

  return sam_builder_text (self, *key);
}

/**
 * sam_builder_meeting_noun:
 *
 * Returns: (transfer full): what the meeting is called inside a sentence
 *   and a file name: "kommundirektörsmöte", "board meeting", "möte med
 *   Näringslivsgruppen"
 */
char *
sam_builder_meeting_noun (SamBuilder *self,
                          SamMeeting *meeting)
{
  SamBody *body = sam_builder_load (self, SAM_TYPE_BODY, sam_meeting_get_body_id (meeting));
  SamText key;

  if (meeting_noun_key (self, body, &key) != NULL)
    return g_strdup (sam_builder_text (self, key));

  if (body != NULL)
    return sam_document_expand (self->language, SAM_TEXT_BODY_MEETING,
                                !sam_is_empty (sam_body_get_short_name (body))
                                ? sam_body_get_short_name (body) : sam_body_get_name (body),
                                NULL);

  return g_strdup (sam_builder_text (self, SAM_TEXT_ORGANIZATION_MEETING));
}

/* The meeting's own title, except that an English document names a board
 * or director-group meeting in English when its title is only the Swedish
 * word for that. */
static char *
meeting_name (SamBuilder *self)
{
  const char *title = sam_meeting_get_title (self->meeting);
  SamText key;

  if (meeting_noun_key (self, self->body, &key) != NULL)
    {
      const char *swedish = sam_document_text (SAM_DOCUMENT_LANGUAGE_SV, key);

      g_autofree char *folded_title = g_utf8_casefold (title != NULL ? title : "", -1);
      g_autofree char *folded_swedish = g_utf8_casefold (swedish, -1);

      if (sam_is_empty (title)
          || (self->language != SAM_DOCUMENT_LANGUAGE_SV && g_str_equal (folded_title, folded_swedish)))
        return sam_builder_capitalize (sam_builder_text (self, key));
    }

  if (!sam_is_empty (title))
    return g_strdup (title);

  {
    g_autofree char *noun = sam_builder_meeting_noun (self, self->meeting);

    return sam_builder_capitalize (noun);
  }
}

/**
 * sam_builder_meeting_heading:
 *
 * Returns: (transfer full): "Kommundirektörsmöte MalmöLundregionen"
 */
char *
sam_builder_meeting_heading (SamBuilder *self)
{
  g_autofree char *name = meeting_name (self);

  if (sam_is_empty (self->organization))
    return g_steal_pointer (&name);

  if (self->language == SAM_DOCUMENT_LANGUAGE_SV)
    return g_strdup_printf ("%s %s", name, self->organization);

  return g_strdup_printf ("%s, %s", name, self->organization);
}

/* Attachments */

/**
 * sam_builder_attachment_number:
 *
 * Returns: the number an attachment is shown with ("Bilaga 1" is 1): its
 *   place in the store's list of the meeting's attachments, counted from
 *   one, which is also how the window numbers them; 0 for an attachment
 *   of another meeting
 */
int
sam_builder_attachment_number (SamBuilder    *self,
                               SamAttachment *attachment)
{
  gint64 id = sam_entity_get_id (SAM_ENTITY (attachment));

  for (guint i = 0; i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr(SamAttachment) other = g_list_model_get_item (self->attachments, i);

      if (sam_entity_get_id (SAM_ENTITY (other)) == id)
        return (int)i + 1;
    }

  return 0;
}

/* Text */

SamBlock *
sam_builder_add_label_text (SamBuilder *self,
                            SamStyle    style,
                            const char *label,
                            const char *value,
                            double      indent)
{
  g_autofree char *prefix = label != NULL ? g_markup_printf_escaped ("<b>%s:</b> ", label) : NULL;
  g_autofree char *escaped = g_markup_escape_text (value != NULL ? value : "", -1);
  g_autofree char *markup = g_strconcat (prefix != NULL ? prefix : "", escaped, NULL);
  SamBlock *block = sam_document_layout_add_markup (self->layout, style, markup);

  block->indent = indent;
  block->space_before = 4.0;

  return block;
}

/* Recognises a list line: "• text", "– text", "- text", "1. text",
 * "a) text". */
static gboolean
split_bullet (const char  *line,
              char       **marker,
              const char **rest)
{
  static const char * const bullets[] = { "•", "–", "-", "*", "·", "○", "▪", NULL };
  const char *p = line;

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (line, bullets[i]))
      {
        p = line + strlen (bullets[i]);
        /* "-" needs a space after it, or it is a hyphenated word. */
        if (*p != ' ' && *p != '\t' && (i >= 2 || *p == '\0'))
          return FALSE;
        while (*p == ' ' || *p == '\t')
          p++;
        if (*p == '\0')
          return FALSE;
        *marker = NULL;
        *rest = p;
        return TRUE;
      }

  p = line;
  while (g_ascii_isdigit (*p) && p - line < 3)
    p++;
  if (p == line && g_ascii_islower (*p) && (p[1] == ')'))
    p++;
  if (p > line && (*p == '.' || *p == ')') && p[1] == ' ')
    {
      *marker = g_strndup (line, p - line + 1);
      *rest = p + 2;
      while (**rest == ' ')
        (*rest)++;
      return **rest != '\0';
    }

  return FALSE;
}

/* Adds a text as written in the minutes: paragraphs where there are blank
 * lines, line breaks where there are single ones, and bulleted or numbered
 * lists with a hanging indent, nested by their leading spaces. A label
 * ("Beslut") begins the first paragraph. */
SamBlock *
sam_builder_add_rich_text (SamBuilder *self,
                           const char *label,
                           const char *value,
                           double      indent,
                           gboolean    bar)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) paragraph = NULL;
  SamBlock *first = NULL;
  SamBlock *block;
  gboolean label_used = label == NULL;

  if (sam_is_empty (value))
    return NULL;

  lines = g_strsplit (value, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *marker = NULL;
      const char *rest = NULL;
      int spaces = 0;

      g_strchomp (lines[i]);
      while (line[spaces] == ' ' || line[spaces] == '\t')
        spaces++;
      line += spaces;

      if (*line != '\0' && !split_bullet (line, &marker, &rest))
        {
          g_autofree char *escaped = g_markup_escape_text (line, -1);

          if (paragraph == NULL)
            {
              paragraph = g_string_new (NULL);
              if (!label_used)
                {
                  g_autofree char *prefix = g_markup_printf_escaped ("<b>%s:</b> ", label);

                  g_string_append (paragraph, prefix);
                  label_used = TRUE;
                }
            }
          else
            g_string_append_c (paragraph, '\n');

          g_string_append (paragraph, escaped);
          continue;
        }

      if (paragraph != NULL)
        {
          block = sam_document_layout_add_markup (self->layout, SAM_STYLE_BODY, paragraph->str);
          block->indent = indent;
          block->space_before = 5.0;
          block->bar = bar;
          first = first != NULL ? first : block;
          g_string_free (g_steal_pointer (&paragraph), TRUE);
        }

      if (*line == '\0')
        continue;

      if (!label_used)
        {
          g_autofree char *markup = g_markup_printf_escaped ("<b>%s:</b>", label);

          block = sam_document_layout_add_markup (self->layout, SAM_STYLE_BODY, markup);
          block->indent = indent;
          block->space_before = 5.0;
          block->keep_with_next = TRUE;
          block->bar = bar;
          first = first != NULL ? first : block;
          label_used = TRUE;
        }

      {
        int level = spaces >= 2 ? 1 : 0;
        g_autofree char *escaped = g_markup_escape_text (rest, -1);

        block = sam_document_layout_add_markup (self->layout, SAM_STYLE_BODY, escaped);
        block->side_indent = indent + level * SAM_BULLET_INDENT;
        block->indent = indent + (level + 1) * SAM_BULLET_INDENT + (marker != NULL ? 4.0 : 0.0);
        block->side = marker != NULL ? g_markup_escape_text (marker, -1)
                                     : g_strdup (level == 0 ? "•" : "–");
        block->role = SAM_ROLE_LIST_ITEM;
        block->space_before = 2.0;
        block->bar = bar;
        first = first != NULL ? first : block;
      }
    }

  if (paragraph != NULL)
    {
      block = sam_document_layout_add_markup (self->layout, SAM_STYLE_BODY, paragraph->str);
      block->indent = indent;
      block->space_before = 5.0;
      block->bar = bar;
      first = first != NULL ? first : block;
    }

  return first;
}

void
sam_builder_add_rule (SamBuilder *self,
                      double      space)
{
  SamBlock *block = sam_document_layout_add (self->layout, SAM_BLOCK_RULE);

  block->space_before = space;
  block->space_after = space;
}

void
sam_builder_add_bullet (SamBuilder *self,
                        const char *value,
                        double      indent)
{
  SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY, value);

  block->side = g_strdup ("•");
  block->role = SAM_ROLE_LIST_ITEM;
  block->side_indent = indent;
  block->indent = indent + SAM_BULLET_INDENT;
  block->space_before = 2.0;
}

SamBlock *
sam_builder_add_label (SamBuilder *self,
                       SamText     label,
                       double      indent)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", sam_builder_text (self, label));
  SamBlock *block = sam_document_layout_add_markup (self->layout, SAM_STYLE_BODY, markup);

  block->indent = indent;
  block->space_before = 6.0;
  block->keep_with_next = TRUE;

  return block;
}

void
sam_builder_add_section (SamBuilder *self,
                         const char *title)
{
  SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_SECTION, title);

  block->role = SAM_ROLE_HEADING;
  block->heading_level = 2;
  block->space_before = 20.0;
  block->space_after = 2.0;
  block->keep_with_next = TRUE;
}

void
sam_builder_add_proposals (SamBuilder *self,
                           GPtrArray  *titles)
{
  SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY,
                                                  sam_builder_text (self, SAM_TEXT_MAY_BE_CONSIDERED));

  block->space_before = 4.0;
  block->keep_with_next = TRUE;

  for (guint i = 0; i < titles->len; i++)
    sam_builder_add_bullet (self, g_ptr_array_index (titles, i), 0.0);
}

static void
builder_clear (SamBuilder *self)
{
  g_clear_object (&self->meeting);
  g_clear_object (&self->body);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->entities, g_hash_table_unref);
  g_clear_object (&self->agenda);
  g_clear_object (&self->attachments);
  g_clear_pointer (&self->attachment_anchors, g_hash_table_unref);
  g_clear_pointer (&self->item_anchors, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SamBuilder, builder_clear)

static void
entity_unref (gpointer entity)
{
  if (entity != NULL)
    g_object_unref (entity);
}

static SamText
document_title (SamBuilder *self)
{
  switch (self->kind)
    {
    case SAM_DOCUMENT_MINUTES:
      return sam_builder_minutes_title (self);
    case SAM_DOCUMENT_PACK:
      return SAM_TEXT_PACK;
    case SAM_DOCUMENT_AGENDA:
    default:
      return SAM_TEXT_AGENDA;
    }
}

static void
set_metadata (SamBuilder *self)
{
  g_autofree char *heading = sam_builder_meeting_heading (self);
  g_autofree char *date = sam_document_format_date (self->language,
                                                    sam_meeting_get_starts_at (self->meeting), FALSE);
  g_autofree char *title = g_strdup_printf ("%s – %s, %s", sam_builder_text (self, document_title (self)), heading, date);
  g_autofree char *when = sam_document_format_when (self->language, sam_meeting_get_starts_at (self->meeting),
                                                    sam_meeting_get_ends_at (self->meeting));
  const char *body = self->body != NULL ? sam_body_get_name (self->body) : NULL;
  g_autofree char *subject = body != NULL ? g_strdup_printf ("%s, %s", body, when) : g_strdup (when);
  const char *author = !sam_is_empty (self->organization) ? self->organization : body;
  /* The meeting's heading is the user's text: isolated (FSI … PDI), so that
   * a right-to-left override in it cannot reverse the rest of the footer. */
  g_autofree char *footer = g_strdup_printf ("%s – \u2068%s\u2069, %s",
                                             sam_builder_text (self, document_title (self)),
                                             heading, date);

  sam_document_layout_set_metadata (self->layout, title, author, subject, footer);
}

static gboolean
builder_init (SamBuilder       *self,
              SamStore         *store,
              gint64            meeting_id,
              SamDocumentKind   kind,
              const char       *language,
              GError          **error)
{
  if (!sam_document_language_parse (language, &self->language))
    {
      g_set_error (error, SAM_DOCUMENT_ERROR, SAM_DOCUMENT_ERROR_LANGUAGE,
                   _("Documents can be written in Swedish (sv) or English (en), not “%s”"), language);
      return FALSE;
    }

  self->store = store;
  self->kind = kind;
  self->entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entity_unref);

  self->meeting = sam_store_load (store, SAM_TYPE_MEETING, meeting_id, error);
  if (self->meeting == NULL)
    return FALSE;

  self->body = sam_store_load (store, SAM_TYPE_BODY, sam_meeting_get_body_id (self->meeting), NULL);
  self->organization = sam_store_get_setting (store, "organization-name");
  self->agenda = sam_store_list_agenda (store, meeting_id);
  self->attachments = sam_store_list_attachments (store, meeting_id);

  return TRUE;
}

/**
 * sam_document_layout_new:
 * @store: the store to read the meeting from
 * @meeting_id: the meeting
 * @kind: the agenda, the minutes or the meeting pack
 * @language: (nullable): "sv" or "en", whatever the user interface's
 *   language; %NULL for Swedish
 *
 * Reads everything the document shows, so that the layout can be
 * paginated, drawn and written without the store (in another thread).
 *
 * Returns: (transfer full): the document, not yet paginated
 */
SamDocumentLayout *
sam_document_layout_new (SamStore         *store,
                         gint64            meeting_id,
                         SamDocumentKind   kind,
                         const char       *language,
                         GError          **error)
{
  g_auto(SamBuilder) builder = { 0 };
  g_autoptr(SamDocumentLayout) layout = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (kind <= SAM_DOCUMENT_PACK, NULL);

  if (!builder_init (&builder, store, meeting_id, kind, language, error))
    return NULL;

  layout = sam_document_layout_new_empty (builder.language);
  builder.layout = layout;
  set_metadata (&builder);

  switch (kind)
    {
    case SAM_DOCUMENT_PACK:
      if (!sam_builder_build_pack (&builder, error))
        return NULL;
      break;

    case SAM_DOCUMENT_MINUTES:
      sam_builder_add_head (&builder, sam_builder_minutes_title (&builder));
      sam_builder_add_agenda (&builder, 1);
      sam_builder_add_next_meeting (&builder);
      if (sam_meeting_get_minutes_label (builder.meeting) == SAM_MINUTES_LABEL_PROTOCOL)
        sam_builder_add_signatures (&builder);
      break;

    case SAM_DOCUMENT_AGENDA:
    default:
      sam_builder_add_head (&builder, SAM_TEXT_AGENDA);
      sam_builder_add_agenda (&builder, 1);
      break;
    }

  return g_steal_pointer (&layout);
}

/**
 * sam_document_default_file_name:
 *
 * Returns: (transfer full) (nullable): "Dagordning kommundirektörsmöte
 *   2019-01-29.pdf", "Agenda director group meeting 2019-01-29.pdf"; %NULL
 *   when the meeting or the language is unknown
 */
char *
sam_document_default_file_name (SamStore        *store,
                                gint64           meeting_id,
                                SamDocumentKind  kind,
                                const char      *language)
{
  g_auto(SamBuilder) builder = { 0 };
  g_autofree char *noun = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  if (!builder_init (&builder, store, meeting_id, kind, language, NULL))
    return NULL;

  noun = sam_builder_meeting_noun (&builder, builder.meeting);
  day = g_strndup (sam_meeting_get_starts_at (builder.meeting), 10);
  name = g_strdup_printf ("%s %s %s.pdf", sam_builder_text (&builder, document_title (&builder)), noun, day);

  /* A body's name may hold a slash, which a file name cannot. */
  g_strdelimit (name, "/\\:", '-');

  return g_steal_pointer (&name);
}
