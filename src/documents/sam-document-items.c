/* sam-document-items.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <string.h>

#include "sam-document-private.h"

/* The items of a meeting, by number, under the headings of the sections
 * the secretary named (a top-level item opens one with its section title),
 * or as a plain numbered list when none is named. The agenda shows each item's
 * time, presenters, attachments, background and proposed decision; the
 * minutes what was said, the input from the discussion, the decisions and
 * the assignments. A follow-up item lists the open assignments. */


/* Items */

static char *
owner_label (SamBuilder    *self,
             SamAssignment *assignment)
{
  switch (sam_assignment_get_owner_kind (assignment))
    {
    case SAM_OWNER_KIND_PERSON:
      return sam_builder_person_label (self, sam_assignment_get_owner_person_id (assignment), FALSE, NULL);

    case SAM_OWNER_KIND_BODY:
      {
        SamBody *body = sam_builder_load (self, SAM_TYPE_BODY, sam_assignment_get_owner_body_id (assignment));

        return body != NULL ? g_strdup (sam_body_get_name (body)) : NULL;
      }

    case SAM_OWNER_KIND_MUNICIPALITY:
      return g_strdup (sam_builder_municipality_name (self, sam_assignment_get_owner_municipality_id (assignment)));

    case SAM_OWNER_KIND_ALL_MEMBERS:
      return g_strdup (sam_builder_text (self, SAM_TEXT_ALL_MEMBERS));

    case SAM_OWNER_KIND_NONE:
      /* A role or an outside organisation, as the minutes name it. */
      return !sam_is_empty (sam_assignment_get_owner_text (assignment))
             ? g_strdup (sam_assignment_get_owner_text (assignment))
             : NULL;

    default:
      return NULL;
    }
}

/* "Boka ett möte med Länsstyrelsen – Ansvarig: Fredrik Geijer (Trelleborg),
 * senast 10 februari 2019" */
static char *
assignment_line (SamBuilder    *self,
                 SamAssignment *assignment,
                 gboolean       with_origin)
{
  g_autofree char *owner = owner_label (self, assignment);
  const char *due_on = sam_assignment_get_due_on (assignment);
  GString *line = g_string_new (sam_assignment_get_title (assignment));

  if (owner != NULL)
    g_string_append_printf (line, " – %s: %s", sam_builder_text (self, SAM_TEXT_OWNER), owner);

  if (!sam_is_empty (due_on))
    {
      g_autofree char *date = sam_document_format_date (self->language, due_on, FALSE);
      g_autofree char *due = sam_document_expand (self->language, SAM_TEXT_DUE, date, NULL);

      g_string_append_printf (line, "%s%s", owner != NULL ? ", " : " – ", due);
    }

  if (with_origin)
    {
      SamAgendaItem *item = sam_builder_load (self, SAM_TYPE_AGENDA_ITEM,
                                              sam_assignment_get_agenda_item_id (assignment));
      SamMeeting *meeting = item != NULL
                            ? sam_builder_load (self, SAM_TYPE_MEETING, sam_agenda_item_get_meeting_id (item))
                            : NULL;

      if (meeting != NULL)
        {
          g_autofree char *date = sam_document_format_date (self->language,
                                                            sam_meeting_get_starts_at (meeting), FALSE);
          g_autofree char *given = sam_document_expand (self->language, SAM_TEXT_GIVEN_AT, date, NULL);

          g_string_append_printf (line, " (%s)", given);
        }
    }

  return g_string_free (line, FALSE);
}

/* A follow-up item goes through the assignments the body gave earlier and
 * that are still open. */
static void
add_open_assignments (SamBuilder *self,
                      double      indent)
{
  g_autoptr(GListModel) open = NULL;
  const char *starts_at = sam_meeting_get_starts_at (self->meeting);
  guint shown = 0;

  if (self->body == NULL)
    return;

  open = sam_store_list_open_assignments_of_body (self->store, sam_entity_get_id (SAM_ENTITY (self->body)));
  sam_builder_add_label (self, SAM_TEXT_OPEN_ASSIGNMENTS, indent);

  for (guint i = 0; i < g_list_model_get_n_items (open); i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (open, i);
      SamAgendaItem *item = sam_builder_load (self, SAM_TYPE_AGENDA_ITEM,
                                              sam_assignment_get_agenda_item_id (assignment));
      SamMeeting *meeting = item != NULL
                            ? sam_builder_load (self, SAM_TYPE_MEETING, sam_agenda_item_get_meeting_id (item))
                            : NULL;
      g_autofree char *line = NULL;

      /* Only what was given before this meeting. */
      if (meeting != NULL && g_strcmp0 (sam_meeting_get_starts_at (meeting), starts_at) >= 0)
        continue;

      line = assignment_line (self, assignment, TRUE);
      sam_builder_add_bullet (self, line, indent);
      shown++;
    }

  if (shown == 0)
    {
      SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY,
                                                      sam_builder_text (self, SAM_TEXT_NO_OPEN_ASSIGNMENTS));
      block->indent = indent;
      block->space_before = 2.0;
    }
}

static char *
presenters_line (SamBuilder    *self,
                 SamAgendaItem *item,
                 guint         *n_presenters)
{
  g_autoptr(GArray) ids = sam_store_get_presenter_ids (self->store, sam_entity_get_id (SAM_ENTITY (item)));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  *n_presenters = 0;
  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      char *label = sam_builder_person_label (self, g_array_index (ids, gint64, i), TRUE, NULL);

      if (label != NULL)
        g_ptr_array_add (labels, label);
    }

  *n_presenters = labels->len;
  if (labels->len == 0)
    return NULL;

  return sam_builder_join (labels);
}

/* An item about an external body (a platform such as KoSS) names those
 * who represent the collaboration there on the meeting's day:
 * "Representant i KoSS: Fredrik Geijer (Trelleborg)". */
static void
add_representatives (SamBuilder    *self,
                     SamAgendaItem *item,
                     double         indent)
{
  SamBody *body = sam_builder_load (self, SAM_TYPE_BODY, sam_agenda_item_get_linked_body_id (item));
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *day = NULL;
  g_autofree char *label = NULL;
  g_autofree char *joined = NULL;
  SamBlock *block;

  if (body == NULL || sam_body_get_kind (body) != SAM_BODY_KIND_EXTERNAL)
    return;

  day = g_strndup (sam_meeting_get_starts_at (self->meeting), 10);
  names = g_ptr_array_new_with_free_func (g_free);
  memberships = sam_store_list_memberships (self->store, sam_entity_get_id (SAM_ENTITY (body)));
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
      const char *from = sam_membership_get_valid_from (membership);
      const char *until = sam_membership_get_valid_until (membership);
      char *name;

      if (sam_membership_get_role (membership) != SAM_MEMBERSHIP_ROLE_REPRESENTATIVE
          || (!sam_is_empty (from) && g_strcmp0 (from, day) > 0)
          || (!sam_is_empty (until) && g_strcmp0 (until, day) < 0))
        continue;

      if (sam_membership_get_person_id (membership) != 0)
        name = sam_builder_person_label (self, sam_membership_get_person_id (membership), FALSE, NULL);
      else
        name = g_strdup (sam_builder_municipality_name (self, sam_membership_get_municipality_id (membership)));

      if (name != NULL)
        g_ptr_array_add (names, name);
    }

  if (names->len == 0)
    return;

  label = sam_document_expand (self->language,
                               names->len > 1 ? SAM_TEXT_REPRESENTATIVES_IN : SAM_TEXT_REPRESENTATIVE_IN,
                               !sam_is_empty (sam_body_get_short_name (body))
                               ? sam_body_get_short_name (body) : sam_body_get_name (body),
                               NULL);
  joined = sam_builder_join (names);
  block = sam_builder_add_label_text (self, SAM_STYLE_BODY, label, joined, indent);
  block->keep_with_next = TRUE;
}

static void
add_item_attachments (SamBuilder    *self,
                      SamAgendaItem *item,
                      double         indent)
{
  gint64 item_id = item != NULL ? sam_entity_get_id (SAM_ENTITY (item)) : 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr(SamAttachment) attachment = g_list_model_get_item (self->attachments, i);
      g_autofree char *number = NULL;
      g_autofree char *label = NULL;
      SamBlock *block;

      if (sam_attachment_get_agenda_item_id (attachment) != item_id)
        continue;

      number = g_strdup_printf ("%d", sam_builder_attachment_number (self, attachment));
      label = sam_document_expand (self->language, SAM_TEXT_ATTACHMENT_N, number, NULL);
      block = sam_builder_add_label_text (self, SAM_STYLE_BODY, label, sam_attachment_get_title (attachment), indent);
      block->space_before = 2.0;

      if (self->attachment_anchors != NULL)
        block->link = GPOINTER_TO_INT (g_hash_table_lookup (self->attachment_anchors,
                                                            GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (attachment)))));
    }
}

static char *
item_meta (SamBuilder    *self,
           SamAgendaItem *item,
           gboolean       timed)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *starts_at = sam_agenda_item_get_starts_at (item);
  int duration = sam_agenda_item_get_duration (item);
  int year, month, day, hour, minute;

  if (timed && self->kind != SAM_DOCUMENT_MINUTES
      && sam_parse_local_datetime (starts_at, &year, &month, &day, &hour, &minute) && hour >= 0)
    {
      g_autofree char *time = sam_document_format_time (self->language, hour, minute);
      g_autofree char *at = sam_document_expand (self->language, SAM_TEXT_TIME_PREFIX, time, NULL);

      if (duration > 0)
        {
          g_autofree char *minutes = g_strdup_printf ("%d", duration);
          g_autofree char *length = sam_document_expand (self->language, SAM_TEXT_MINUTES_DURATION,
                                                         minutes, NULL);

          g_ptr_array_add (parts, g_strdup_printf ("%s (%s)", at, length));
        }
      else
        g_ptr_array_add (parts, g_steal_pointer (&at));
    }

  if (!sam_is_empty (sam_agenda_item_get_case_number (item)))
    g_ptr_array_add (parts, sam_document_expand (self->language, SAM_TEXT_CASE_NUMBER,
                                                 sam_agenda_item_get_case_number (item), NULL));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **)parts->pdata);
}

static const char *
outcome_note (SamBuilder  *self,
              SamDecision *decision)
{
  switch (sam_decision_get_outcome (decision))
    {
    case SAM_DECISION_OUTCOME_POSTPONED:
      return sam_builder_text (self, SAM_TEXT_POSTPONED);
    case SAM_DECISION_OUTCOME_REJECTED:
      return sam_builder_text (self, SAM_TEXT_REJECTED);
    case SAM_DECISION_OUTCOME_REFERRED:
      return sam_builder_text (self, SAM_TEXT_REFERRED);
    case SAM_DECISION_OUTCOME_APPROVED:
    case SAM_DECISION_OUTCOME_NOTED:
    default:
      return NULL;
    }
}

static void
add_decisions (SamBuilder    *self,
               SamAgendaItem *item,
               double         indent)
{
  g_autoptr(GListModel) decisions = sam_store_list_decisions_by_item (self->store,
                                                                      sam_entity_get_id (SAM_ENTITY (item)));
  guint n = g_list_model_get_n_items (decisions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (decisions, i);
      const char *note = outcome_note (self, decision);
      g_autofree char *value = note != NULL
                               ? g_strdup_printf ("%s (%s)", sam_decision_get_text (decision), note)
                               : g_strdup (sam_decision_get_text (decision));
      SamBlock *block;

      block = sam_builder_add_rich_text (self, i == 0 ? sam_builder_text (self, SAM_TEXT_DECISION) : NULL, value, indent, TRUE);
      if (block != NULL)
        block->space_before = i == 0 ? 8.0 : 4.0;
    }
}

static void
add_assignments (SamBuilder    *self,
                 SamAgendaItem *item,
                 double         indent)
{
  g_autoptr(GListModel) assignments = sam_store_list_assignments_by_item (self->store,
                                                                          sam_entity_get_id (SAM_ENTITY (item)));
  guint n = g_list_model_get_n_items (assignments);

  if (n == 0)
    return;

  sam_builder_add_label (self, SAM_TEXT_ASSIGNMENTS, indent);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (assignments, i);
      g_autofree char *line = assignment_line (self, assignment, FALSE);

      sam_builder_add_bullet (self, line, indent);
    }
}

static void
add_item (SamBuilder    *self,
          SamAgendaItem *item,
          int            depth,
          int            outline_level,
          int            heading_level,
          gboolean       timed)
{
  const char *number = sam_agenda_item_get_number (item);
  const char *title = sam_agenda_item_get_title (item);
  double indent = SAM_ITEM_INDENT * (depth + 1);
  gboolean minutes = self->kind == SAM_DOCUMENT_MINUTES;
  g_autofree char *meta = item_meta (self, item, timed);
  g_autofree char *presenters = NULL;
  guint n_presenters = 0;
  SamBlock *block;

  block = sam_document_layout_add_text (self->layout, depth == 0 ? SAM_STYLE_ITEM : SAM_STYLE_SUBITEM, title);
  block->indent = indent;
  block->side_indent = SAM_ITEM_INDENT * depth;
  if (!sam_is_empty (number))
    block->side = g_markup_printf_escaped (depth == 0 ? "%s." : "%s", number);
  else
    block->side = g_strdup ("–");
  block->space_before = depth == 0 ? 16.0 : 9.0;
  block->keep_with_next = TRUE;
  block->role = SAM_ROLE_HEADING;
  block->heading_level = MIN (heading_level + depth, 6);
  block->outline_level = outline_level + depth;
  block->outline = !sam_is_empty (number) ? g_strdup_printf ("%s%s %s", number, depth == 0 ? "." : "", title)
                                      : g_strdup (title);
  if (self->item_anchors != NULL)
    block->anchor = GPOINTER_TO_INT (g_hash_table_lookup (self->item_anchors,
                                                          GINT_TO_POINTER (sam_entity_get_id (SAM_ENTITY (item)))));

  if (meta != NULL)
    {
      block = sam_document_layout_add_text (self->layout, SAM_STYLE_META, meta);
      block->indent = indent;
      block->space_before = 1.5;
      block->keep_with_next = TRUE;
    }

  presenters = presenters_line (self, item, &n_presenters);
  if (presenters != NULL)
    {
      block = sam_builder_add_label_text (self, SAM_STYLE_BODY,
                              sam_builder_text (self, n_presenters > 1 ? SAM_TEXT_PRESENTERS : SAM_TEXT_PRESENTER),
                              presenters, indent);
      block->keep_with_next = TRUE;
    }

  add_representatives (self, item, indent);
  add_item_attachments (self, item, indent);

  if (!minutes)
    {
      sam_builder_add_rich_text (self, NULL, sam_agenda_item_get_background (item), indent, FALSE);
      if (sam_agenda_item_get_kind (item) == SAM_ITEM_KIND_FOLLOW_UP)
        add_open_assignments (self, indent);
      block = sam_builder_add_rich_text (self, sam_builder_text (self, SAM_TEXT_PROPOSED_DECISION),
                             sam_agenda_item_get_proposed_decision (item), indent, FALSE);
      if (block != NULL)
        block->space_before = 7.0;
      return;
    }

  if (!sam_is_empty (sam_agenda_item_get_minutes_text (item)))
    sam_builder_add_rich_text (self, NULL, sam_agenda_item_get_minutes_text (item), indent, FALSE);
  else
    sam_builder_add_rich_text (self, NULL, sam_agenda_item_get_background (item), indent, FALSE);

  if (sam_agenda_item_get_kind (item) == SAM_ITEM_KIND_FOLLOW_UP)
    add_open_assignments (self, indent);

  block = sam_builder_add_rich_text (self,
                                     !sam_is_empty (sam_agenda_item_get_remarks_heading (item))
                                     ? sam_agenda_item_get_remarks_heading (item)
                                     : sam_builder_text (self, SAM_TEXT_REMARKS),
                                     sam_agenda_item_get_remarks (item), indent, FALSE);
  if (block != NULL)
    block->space_before = 7.0;

  add_decisions (self, item, indent);
  add_assignments (self, item, indent);
}

/**
 * sam_builder_add_agenda:
 * @outline_level: the outline level of the items
 *
 * Adds the items of the meeting in agenda order, and then the proposed
 * (tentative) items when the document is an agenda.
 */
void
sam_builder_add_agenda (SamBuilder *self,
                        int         outline_level)
{
  g_autoptr(GHashTable) depths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tentative = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) item_depths = g_array_new (FALSE, FALSE, sizeof (int));
  const char *starts_at = sam_meeting_get_starts_at (self->meeting);
  gboolean timed = FALSE;
  gboolean in_section = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (self->agenda); i++)
    {
      SamAgendaItem *item = g_list_model_get_item (self->agenda, i);
      gint64 parent_id = sam_agenda_item_get_parent_id (item);
      gint64 id = sam_entity_get_id (SAM_ENTITY (item));
      gpointer parent_depth = NULL;
      int depth = 0;

      /* Parents come before their sub-items. */
      if (parent_id != 0 && g_hash_table_lookup_extended (depths, &parent_id, NULL, &parent_depth))
        depth = MIN (GPOINTER_TO_INT (parent_depth) + 1, 3);

      g_hash_table_insert (depths, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (depth));

      if (sam_agenda_item_get_tentative (item))
        {
          if (depth == 0)
            g_ptr_array_add (tentative, g_strdup (sam_agenda_item_get_title (item)));
          g_object_unref (item);
          continue;
        }

      if (depth == 0 && sam_agenda_item_get_duration (item) > 0)
        timed = TRUE;

      g_ptr_array_add (items, item);
      g_array_append_val (item_depths, depth);
    }

  timed = timed && starts_at != NULL && strlen (starts_at) > 10;

  for (guint i = 0; i < items->len; i++)
    {
      SamAgendaItem *item = g_ptr_array_index (items, i);
      int depth = g_array_index (item_depths, int, i);
      const char *section = sam_agenda_item_get_section_title (item);

      /* Only a top-level item opens a section: a sub-item never does. */
      if (depth == 0 && !sam_is_empty (section))
        {
          sam_builder_add_section (self, section);
          in_section = TRUE;
        }

      /* Under a section's heading (H2) an item is an H3, else an H2. */
      add_item (self, item, depth, outline_level, in_section ? 3 : 2, timed);

      /* What ends an item keeps with nothing: an item of a title only
       * would otherwise chain itself to the next, and a run of them go
       * to the next page together. A title keeps with its sub-items. */
      if (i + 1 >= items->len || g_array_index (item_depths, int, i + 1) <= depth)
        {
          SamBlock *last = sam_document_layout_get_last (self->layout);

          if (last != NULL)
            last->keep_with_next = FALSE;
        }
    }

  if (items->len == 0)
    {
      SamBlock *block = sam_document_layout_add_text (self->layout, SAM_STYLE_BODY,
                                                      sam_builder_text (self, SAM_TEXT_NO_ITEMS));
      block->space_before = 12.0;
    }

  {
    guint loose = 0;

    for (guint i = 0; i < g_list_model_get_n_items (self->attachments); i++)
      {
        g_autoptr(SamAttachment) attachment = g_list_model_get_item (self->attachments, i);

        if (sam_attachment_get_agenda_item_id (attachment) == 0)
          loose++;
      }

    if (loose > 0)
      {
        sam_builder_add_section (self, sam_builder_text (self, SAM_TEXT_ATTACHMENTS));
        add_item_attachments (self, NULL, 0.0);
      }
  }

  if (self->kind != SAM_DOCUMENT_MINUTES && tentative->len > 0)
    {
      sam_builder_add_section (self, sam_builder_text (self, SAM_TEXT_PROPOSED_ITEMS));
      sam_builder_add_proposals (self, tentative);
    }
}
