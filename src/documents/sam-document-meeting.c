/* sam-document-meeting.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <string.h>

#include "sam-document-private.h"

/* The head of the agenda and the minutes, laid out like the secretariat's
 * own documents (seeds 002 and 003): a heading with the meeting and the
 * collaboration, the document's title, a table of date, place and people;
 * and the end of the minutes: the proposed items for the body's next
 * meeting, when that is, and for a protokoll the lines to sign. */


/* The head */

static void
add_head_row (SamBuilder *self,
              SamText     label,
              const char *value)
{
  SamBlock *block;

  if (sam_is_empty (value))
    return;

  block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY, value);
  block->side = g_markup_escape_text (sam_builder_text (self, label), -1);
  block->side_style = SAM_STYLE_LABEL;
  block->role = SAM_ROLE_TABLE_ROW;
  block->indent = SAM_HEAD_LABEL;
  /* Rows set this far apart are read label, value, label, value by a
   * text extractor (pdftotext); closer, it takes the labels for a column
   * of their own and reads them all before the values. */
  block->space_before = 5.0;
}

/* A place such as "Digitalt Teams-möte" already says that the meeting is
 * online; "Digitalt Teams-möte, Digitalt möte" would say it twice. */
static gboolean
place_says_online (const char *place)
{
  static const char * const words[] = { "digital", "online", "teams", "zoom", "video", NULL };
  g_autofree char *folded = g_utf8_casefold (place, -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

void
sam_builder_add_when_where (SamBuilder *self)
{
  const char *starts_at = sam_meeting_get_starts_at (self->meeting);
  g_autofree char *when = sam_document_format_when (self->language, starts_at,
                                                    sam_meeting_get_ends_at (self->meeting));
  g_autoptr(GString) place = g_string_new (sam_meeting_get_location (self->meeting));
  gboolean timed = starts_at != NULL && strlen (starts_at) > 10;

  if (sam_meeting_get_online (self->meeting) && !place_says_online (place->str))
    g_string_append_printf (place, "%s%s", place->len > 0 ? ", " : "", sam_builder_text (self, SAM_TEXT_ONLINE));
  if (place->len == 0)
    {
      const char *host = sam_builder_municipality_name (self, sam_meeting_get_host_municipality_id (self->meeting));

      if (host != NULL)
        g_string_append (place, host);
    }

  add_head_row (self, timed ? SAM_TEXT_DATE_AND_TIME : SAM_TEXT_DATE, when);
  add_head_row (self, SAM_TEXT_PLACE, place->str);
  add_head_row (self, SAM_TEXT_THEME, sam_meeting_get_theme (self->meeting));
}

/* Who was called, who came, who took the minutes. Without any attendance
 * (a planned meeting), the body's members on the day are those called. */
static void
add_people (SamBuilder *self)
{
  gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (self->meeting));
  g_autoptr(GListModel) attendance = sam_store_list_attendance (self->store, meeting_id);
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) absent = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) called = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) also = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) also_present = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *secretary = NULL;
  g_autofree char *members = NULL;
  g_autofree char *others = NULL;
  gint64 chair_id = sam_meeting_get_chair_id (self->meeting);
  guint n = g_list_model_get_n_items (attendance);
  gboolean minutes = self->kind == SAM_DOCUMENT_MINUTES;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);
      gint64 person_id = sam_attendance_get_person_id (row);
      SamAttendanceRole role = sam_attendance_get_role (row);
      gboolean is_chair = role == SAM_ATTENDANCE_ROLE_CHAIR || (chair_id != 0 && person_id == chair_id);
      char *label;

      switch (role)
        {
        case SAM_ATTENDANCE_ROLE_CHAIR:
        case SAM_ATTENDANCE_ROLE_MEMBER:
          label = sam_builder_person_label (self, person_id, FALSE, is_chair ? sam_builder_text (self, SAM_TEXT_CHAIR) : NULL);
          if (label == NULL)
            break;
          g_ptr_array_add (called, g_strdup (label));
          g_ptr_array_add (sam_attendance_get_present (row) ? present : absent, label);
          break;

        case SAM_ATTENDANCE_ROLE_ALSO_ATTENDING:
          label = sam_builder_person_label (self, person_id, TRUE, NULL);
          if (label == NULL)
            break;
          g_ptr_array_add (also, g_strdup (label));
          if (sam_attendance_get_present (row))
            g_ptr_array_add (also_present, g_strdup (label));
          g_free (label);
          break;

        case SAM_ATTENDANCE_ROLE_SECRETARY:
        default:
          if (secretary == NULL)
            secretary = sam_builder_person_label (self, person_id, FALSE, NULL);
          break;
        }
    }

  if (n == 0 && self->body != NULL)
    {
      g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store,
                                                                      sam_entity_get_id (SAM_ENTITY (self->body)));
      g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *day = g_strndup (sam_meeting_get_starts_at (self->meeting), 10);
      gint64 chair = chair_id;

      /* Each member once, the chair of the day first. */
      for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
          SamMembershipRole role = sam_membership_get_role (membership);
          const char *from = sam_membership_get_valid_from (membership);
          const char *until = sam_membership_get_valid_until (membership);
          gint64 person_id = sam_membership_get_person_id (membership);
          gboolean known = FALSE;

          if (person_id == 0
              || (role != SAM_MEMBERSHIP_ROLE_MEMBER && role != SAM_MEMBERSHIP_ROLE_CHAIR
                  && role != SAM_MEMBERSHIP_ROLE_VICE_CHAIR)
              || (!sam_is_empty (from) && g_strcmp0 (from, day) > 0)
              || (!sam_is_empty (until) && g_strcmp0 (until, day) < 0))
            continue;

          if (role == SAM_MEMBERSHIP_ROLE_CHAIR && chair == 0)
            chair = person_id;

          for (guint j = 0; j < people->len && !known; j++)
            known = g_array_index (people, gint64, j) == person_id;
          if (!known)
            g_array_append_val (people, person_id);
        }

      for (guint i = 0; i < people->len; i++)
        {
          gint64 person_id = g_array_index (people, gint64, i);
          gboolean is_chair = person_id == chair;
          char *label = sam_builder_person_label (self, person_id, FALSE, is_chair ? sam_builder_text (self, SAM_TEXT_CHAIR) : NULL);

          if (label == NULL)
            continue;
          if (is_chair)
            g_ptr_array_insert (called, 0, label);
          else
            g_ptr_array_add (called, label);
        }
    }

  if (secretary == NULL)
    secretary = sam_builder_person_label (self, sam_meeting_get_secretary_id (self->meeting), FALSE, NULL);

  if (minutes && present->len > 0)
    {
      g_autofree char *missing = sam_builder_join (absent);

      members = sam_builder_join (present);
      add_head_row (self, SAM_TEXT_PRESENT, members);
      add_head_row (self, SAM_TEXT_ABSENT, missing);
      others = sam_builder_join (also_present->len > 0 ? also_present : also);
    }
  else
    {
      members = sam_builder_join (called);
      add_head_row (self, SAM_TEXT_CALLED, members);
      others = sam_builder_join (also);
    }

  add_head_row (self, SAM_TEXT_ALSO_ATTENDING, others);
  add_head_row (self, SAM_TEXT_MINUTES_TAKER, secretary);
}

SamText
sam_builder_minutes_title (SamBuilder *self)
{
  switch (sam_meeting_get_minutes_label (self->meeting))
    {
    case SAM_MINUTES_LABEL_MEETING_NOTES:
      return SAM_TEXT_MINUTES_MEETING_NOTES;
    case SAM_MINUTES_LABEL_PROTOCOL:
      return SAM_TEXT_MINUTES_PROTOCOL;
    case SAM_MINUTES_LABEL_NOTES:
    default:
      return SAM_TEXT_MINUTES_NOTES;
    }
}

/**
 * sam_builder_add_head:
 *
 * Returns: (transfer none): the first block of the head
 */
SamBlock *
sam_builder_add_head (SamBuilder *self,
                      SamText     title)
{
  g_autofree char *heading = sam_builder_meeting_heading (self);
  SamBlock *first;
  SamBlock *block;

  first = sam_document_layout_add_text (self->layout, SAM_STYLE_HEADING, heading);
  first->space_after = 4.0;
  first->role = SAM_ROLE_HEADING;
  first->heading_level = 1;

  block = sam_document_layout_add_text (self->layout, SAM_STYLE_TITLE, sam_builder_text (self, title));
  block->space_after = 8.0;
  if (self->kind == SAM_DOCUMENT_PACK)
    {
      block->outline_level = 1;
      block->outline = g_strdup (sam_builder_text (self, title));
    }

  sam_builder_add_rule (self, 6.0);
  sam_builder_add_when_where (self);
  add_people (self);
  sam_builder_add_rule (self, 8.0);

  return first;
}

/* The lines the minutes print in the items' texts, without their list
 * markers and folded, so that a point the secretary already listed under
 * an item ("Dagordning nästa kommundirektörsmöte") is not listed again at
 * the end. */
static GHashTable *
listed_lines (SamBuilder *self)
{
  GHashTable *lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->agenda); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);
      const char *text = sam_agenda_item_get_minutes_text (item);
      g_auto(GStrv) split = NULL;

      if (sam_agenda_item_get_tentative (item))
        continue;
      if (sam_is_empty (text))
        text = sam_agenda_item_get_background (item);
      if (sam_is_empty (text))
        continue;

      split = g_strsplit (text, "\n", -1);
      for (guint j = 0; split[j] != NULL; j++)
        {
          char *line = g_strstrip (split[j]);

          while (g_str_has_prefix (line, "-") || g_str_has_prefix (line, "*") || g_str_has_prefix (line, "•")
                 || g_str_has_prefix (line, "–"))
            line = g_strchug (g_utf8_next_char (line));
          if (*line != '\0')
            g_hash_table_add (lines, g_utf8_casefold (line, -1));
        }
    }

  return lines;
}

static void
add_unless_listed (GPtrArray   *titles,
                   GHashTable  *listed,
                   const char  *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);

  g_strstrip (folded);
  if (!g_hash_table_contains (listed, folded))
    g_ptr_array_add (titles, g_strdup (title));
}

/* The end of the minutes: what may come up at the body's next meeting,
 * and when that is. */
void
sam_builder_add_next_meeting (SamBuilder *self)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) listed = listed_lines (self);
  g_autoptr(SamMeeting) next = NULL;
  gint64 body_id = sam_meeting_get_body_id (self->meeting);
  gint64 next_id = sam_store_find_next_meeting (self->store, body_id, sam_meeting_get_starts_at (self->meeting));
  g_autofree char *noun = NULL;

  if (next_id != 0)
    next = sam_store_load (self->store, SAM_TYPE_MEETING, next_id, NULL);

  if (next != NULL)
    {
      g_autoptr(GListModel) agenda = sam_store_list_agenda (self->store, next_id);

      noun = sam_builder_meeting_noun (self, next);
      for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
        {
          g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, i);

          if (sam_agenda_item_get_tentative (item) && sam_agenda_item_get_parent_id (item) == 0)
            add_unless_listed (titles, listed, sam_agenda_item_get_title (item));
        }
    }

  {
    g_autoptr(GListModel) proposed = sam_store_list_proposed_items (self->store, body_id);

    for (guint i = 0; i < g_list_model_get_n_items (proposed); i++)
      {
        g_autoptr(SamAgendaItem) item = g_list_model_get_item (proposed, i);

        if (sam_agenda_item_get_meeting_id (item) == 0)
          add_unless_listed (titles, listed, sam_agenda_item_get_title (item));
      }
  }

  if (titles->len > 0)
    {
      if (next != NULL)
        {
          g_autofree char *date = sam_document_format_date (self->language,
                                                            sam_meeting_get_starts_at (next), FALSE);
          g_autofree char *heading = sam_document_expand (self->language, SAM_TEXT_NEXT_AGENDA, noun, date);

          sam_builder_add_section (self, heading);
        }
      else
        sam_builder_add_section (self, sam_builder_text (self, SAM_TEXT_PROPOSED_ITEMS));

      sam_builder_add_proposals (self, titles);
    }

  if (next != NULL)
    {
      g_autofree char *when = sam_document_format_when (self->language, sam_meeting_get_starts_at (next),
                                                        NULL);
      g_autofree char *sentence = sam_document_expand (self->language, SAM_TEXT_NEXT_MEETING, noun, when);
      g_autofree char *capitalized = sam_builder_capitalize (sentence);
      SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY, capitalized);

      block->space_before = 18.0;
    }
}

/* A protokoll is signed by the chair, the secretary and the adjusters. */
void
sam_builder_add_signatures (SamBuilder *self)
{
  gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (self->meeting));
  g_autoptr(GListModel) attendance = sam_store_list_attendance (self->store, meeting_id);
  SamBlock *block;
  GPtrArray *signatures = g_ptr_array_new_with_free_func (g_free);
  SamPerson *chair = sam_builder_load (self, SAM_TYPE_PERSON, sam_meeting_get_chair_id (self->meeting));
  SamPerson *secretary = sam_builder_load (self, SAM_TYPE_PERSON, sam_meeting_get_secretary_id (self->meeting));

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);
      SamPerson *person = sam_builder_load (self, SAM_TYPE_PERSON, sam_attendance_get_person_id (row));

      if (chair == NULL && sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_CHAIR)
        chair = person;
      if (secretary == NULL && sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        secretary = person;
    }

  g_ptr_array_add (signatures, g_strdup (sam_builder_text (self, SAM_TEXT_SIGN_CHAIR)));
  g_ptr_array_add (signatures, g_strdup (chair != NULL ? sam_person_get_name (chair) : ""));
  g_ptr_array_add (signatures, g_strdup (sam_builder_text (self, SAM_TEXT_SIGN_SECRETARY)));
  g_ptr_array_add (signatures, g_strdup (secretary != NULL ? sam_person_get_name (secretary) : ""));

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);
      SamPerson *person = sam_builder_load (self, SAM_TYPE_PERSON, sam_attendance_get_person_id (row));

      if (sam_attendance_get_adjuster (row) && person != NULL)
        {
          g_ptr_array_add (signatures, g_strdup (sam_builder_text (self, SAM_TEXT_SIGN_ADJUSTER)));
          g_ptr_array_add (signatures, g_strdup (sam_person_get_name (person)));
        }
    }

  sam_builder_add_section (self, sam_builder_text (self, SAM_TEXT_SIGNATURES));
  if (!sam_is_empty (sam_meeting_get_adjusted_on (self->meeting)))
    {
      g_autofree char *date = sam_document_format_date (self->language,
                                                        sam_meeting_get_adjusted_on (self->meeting), FALSE);
      g_autofree char *adjusted = sam_document_expand (self->language, SAM_TEXT_ADJUSTED_ON, date, NULL);

      block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY, adjusted);
      block->space_before = 4.0;
      block->keep_with_next = TRUE;
    }

  block = sam_document_layout_add (self->layout, SAM_BLOCK_SIGNATURES);
  block->signatures = signatures;
  block->space_before = 4.0;
}
