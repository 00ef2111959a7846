/* sam-store-propose.c: proposing an item, or the points it lists, for a
 * coming meeting the secretary chose (never one the app made up).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sam-store-private.h"
#include "sam-store-propose.h"

static const char *
strip_marker (char *line)
{
  static const char * const markers[] = { "-", "*", "•", "–", "—", NULL };

  line = g_strstrip (line);
  for (guint i = 0; markers[i] != NULL; i++)
    if (g_str_has_prefix (line, markers[i]))
      return g_strstrip (line + strlen (markers[i]));

  return NULL;
}

/**
 * sam_store_listed_points:
 * @text: (nullable): a text as the secretary typed it
 *
 * Returns: (transfer full): the lines of @text that are list points ("- Ny
 *   sekretariatsledare", "• ÅVS E6"), without their markers, in order;
 *   empty when @text lists nothing
 */
GStrv
sam_store_listed_points (const char *text)
{
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return g_strv_builder_end (points);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *point = strip_marker (lines[i]);

      if (point != NULL && *point != '\0')
        g_strv_builder_add (points, point);
    }

  return g_strv_builder_end (points);
}

/**
 * sam_store_item_points:
 *
 * Returns: (transfer full): the points @item lists in its minutes text, or
 *   when that lists none in its background
 */
GStrv
sam_store_item_points (SamAgendaItem *item)
{
  g_auto(GStrv) points = NULL;

  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (item), NULL);

  points = sam_store_listed_points (sam_agenda_item_get_minutes_text (item));
  if (points[0] == NULL)
    {
      g_strfreev (points);
      points = sam_store_listed_points (sam_agenda_item_get_background (item));
    }

  return g_steal_pointer (&points);
}

/**
 * sam_store_find_coming_meetings:
 * @after: a local date-time or date; meetings that start later count
 *
 * Returns: (transfer full) (element-type SamMeeting): the body's planned
 *   meetings after @after, the soonest first, or %NULL with @error set
 */
GPtrArray *
sam_store_find_coming_meetings (SamStore    *self,
                                gint64       body_id,
                                const char  *after,
                                GError     **error)
{
  SamDb *db;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  db = sam_store_get_db (self);
  if (!sam_statement_prepare (&statement, db,
                              "SELECT id FROM meeting WHERE body_id = ? AND starts_at > ? "
                              "AND status = 'planned' ORDER BY starts_at, id", error))
    return NULL;

  sam_statement_bind_int64 (&statement, 1, body_id);
  sam_statement_bind_text (&statement, 2, after != NULL ? after : "");
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (&statement, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      SamMeeting *meeting = sam_store_load (self, SAM_TYPE_MEETING, g_array_index (ids, gint64, i), error);

      if (meeting == NULL)
        return NULL;
      g_ptr_array_add (meetings, meeting);
    }

  return g_steal_pointer (&meetings);
}

static gboolean
has_title (GListModel *agenda,
           const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *other = g_utf8_casefold (sam_agenda_item_get_title (item) != NULL
                                                ? sam_agenda_item_get_title (item) : "", -1);

      if (g_str_equal (g_strstrip (other), g_strstrip (folded)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
add_point (SamStore    *self,
           gint64       meeting_id,
           const char  *title,
           GArray      *added,
           GError     **error)
{
  g_autoptr(SamAgendaItem) point = sam_agenda_item_new ();
  gint64 id;

  sam_agenda_item_set_meeting_id (point, meeting_id);
  sam_agenda_item_set_tentative (point, TRUE);
  sam_agenda_item_set_title (point, title);
  if (!sam_store_insert (self, point, error))
    return FALSE;

  id = sam_entity_get_id (SAM_ENTITY (point));
  g_array_append_val (added, id);

  return TRUE;
}

static gboolean
copy_item (SamStore       *self,
           SamAgendaItem  *item,
           gint64          meeting_id,
           GArray         *added,
           GError        **error)
{
  g_autoptr(SamAgendaItem) copy = sam_agenda_item_new ();
  g_autoptr(GArray) presenters = sam_store_get_presenter_ids (self, sam_entity_get_id (SAM_ENTITY (item)));
  gint64 id;

  sam_agenda_item_set_meeting_id (copy, meeting_id);
  sam_agenda_item_set_tentative (copy, TRUE);
  sam_agenda_item_set_kind (copy, sam_agenda_item_get_kind (item));
  sam_agenda_item_set_title (copy, sam_agenda_item_get_title (item));
  sam_agenda_item_set_case_number (copy, sam_agenda_item_get_case_number (item));
  sam_agenda_item_set_background (copy, sam_agenda_item_get_background (item));
  sam_agenda_item_set_proposed_decision (copy, sam_agenda_item_get_proposed_decision (item));
  sam_agenda_item_set_duration (copy, sam_agenda_item_get_duration (item));
  sam_agenda_item_set_focus_question_id (copy, sam_agenda_item_get_focus_question_id (item));
  sam_agenda_item_set_activity_id (copy, sam_agenda_item_get_activity_id (item));
  sam_agenda_item_set_linked_body_id (copy, sam_agenda_item_get_linked_body_id (item));
  sam_agenda_item_set_study_trip_id (copy, sam_agenda_item_get_study_trip_id (item));

  if (!sam_store_insert (self, copy, error))
    return FALSE;

  id = sam_entity_get_id (SAM_ENTITY (copy));
  g_array_append_val (added, id);

  if (presenters != NULL && presenters->len > 0)
    return sam_store_set_presenter_ids (self, id, (const gint64 *)(gpointer)presenters->data,
                                        presenters->len, error);

  return TRUE;
}

static gboolean
propose (SamStore    *self,
         gint64       item_id,
         gint64       meeting_id,
         SamMeeting  *new_meeting,
         GArray      *added,
         GError     **error)
{
  g_autoptr(SamAgendaItem) item = sam_store_load (self, SAM_TYPE_AGENDA_ITEM, item_id, error);
  g_autoptr(GListModel) agenda = NULL;
  g_auto(GStrv) points = NULL;

  if (item == NULL)
    return FALSE;

  if (new_meeting != NULL)
    {
      if (!sam_store_insert (self, new_meeting, error))
        return FALSE;
      meeting_id = sam_entity_get_id (SAM_ENTITY (new_meeting));
    }
  else
    {
      g_autoptr(SamMeeting) meeting = sam_store_load (self, SAM_TYPE_MEETING, meeting_id, error);

      if (meeting == NULL)
        return FALSE;
    }

  if (meeting_id == sam_agenda_item_get_meeting_id (item))
    {
      g_set_error_literal (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT,
                           _("An item cannot be proposed for its own meeting; choose a coming one."));
      return FALSE;
    }

  agenda = sam_store_list_agenda (self, meeting_id);
  points = sam_store_item_points (item);

  /* The points the item lists become the coming meeting's proposed items;
   * the item itself, with its list, stays where it is. A point the coming
   * agenda already has is not proposed twice. */
  if (points[0] != NULL)
    {
      for (guint i = 0; points[i] != NULL; i++)
        if (!has_title (agenda, points[i]) && !add_point (self, meeting_id, points[i], added, error))
          return FALSE;

      return TRUE;
    }

  if (has_title (agenda, sam_agenda_item_get_title (item) != NULL ? sam_agenda_item_get_title (item) : ""))
    return TRUE;

  return copy_item (self, item, meeting_id, added, error);
}

/**
 * sam_store_propose_item:
 * @item_id: the item that proposes
 * @meeting_id: the coming meeting, when @new_meeting is %NULL
 * @new_meeting: (nullable): a new meeting the secretary confirmed, saved here
 *
 * Proposes for a coming meeting the points @item lists (each becomes a
 * proposed item there), or @item itself when it lists none. In one
 * transaction: the new meeting too, or nothing.
 *
 * Returns: (transfer full): the ids of the proposed items (empty when the
 *   coming agenda already had them all), or %NULL with @error set
 */
GArray *
sam_store_propose_item (SamStore    *self,
                        gint64       item_id,
                        gint64       meeting_id,
                        SamMeeting  *new_meeting,
                        GError     **error)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (new_meeting == NULL || SAM_IS_MEETING (new_meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sam_store_begin (self, error))
    return NULL;

  if (!propose (self, item_id, meeting_id, new_meeting, added, error)
      || !sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      if (new_meeting != NULL)
        sam_entity_set_id (SAM_ENTITY (new_meeting), 0);
      return NULL;
    }

  return g_steal_pointer (&added);
}
