/* sam-store-agenda.c: a meeting's agenda: its order, numbers and times, moving
 * items, and the live agenda list
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-query-model.h"
#include "sam-store-core.h"

/* The agenda */

typedef struct
{
  gint64   id;
  gint64   parent_id;
  int      duration;
  gboolean tentative;
} ItemRow;

static void
append_subtree (GArray *result,
                GArray *items,
                gint64  parent_id,
                int     depth)
{
  for (guint i = 0; i < items->len; i++)
    {
      ItemRow *item = &g_array_index (items, ItemRow, i);
      SamAgendaRow row = { 0 };

      if (item->parent_id != parent_id)
        continue;

      row.id = item->id;
      row.parent_id = item->parent_id;
      row.duration = item->duration;
      row.tentative = item->tentative;
      row.depth = depth;
      g_array_append_val (result, row);

      /* Depth is bounded: sub-items of sub-items are shown, but the tree
       * stops at a depth no agenda needs, whatever the data says. */
      if (depth < 3)
        append_subtree (result, items, item->id, depth + 1);
    }
}

/**
 * sam_store_compute_agenda:
 * @self: a store
 * @meeting_id: a meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SamAgendaRow): the meeting's
 *   items in agenda order (each followed by its sub-items; tentative items
 *   last), numbered and timed
 */
GArray *
sam_store_compute_agenda (SamStore  *self,
                          gint64     meeting_id,
                          GError   **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (ItemRow));
  g_autoptr(GArray) result = g_array_new (FALSE, TRUE, sizeof (SamAgendaRow));
  g_autofree char *starts_at = NULL;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (!sam_statement_prepare (&statement, self->db, "SELECT starts_at FROM meeting WHERE id = ?", error))
    return NULL;
  sam_statement_bind_int64 (&statement, 1, meeting_id);
  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return NULL;
  if (rc == SQLITE_ROW)
    starts_at = g_strdup (sam_statement_column_text (&statement, 0));

  if (!sam_statement_prepare (&statement, self->db,
                              "SELECT id, coalesce(parent_id, 0), duration, tentative FROM agenda_item "
                              "WHERE meeting_id = ? ORDER BY tentative, position, id", error))
    return NULL;

  sam_statement_bind_int64 (&statement, 1, meeting_id);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      ItemRow item;

      item.id = sam_statement_column_int64 (&statement, 0);
      item.parent_id = sam_statement_column_int64 (&statement, 1);
      item.duration = sqlite3_column_int (statement.stmt, 2);
      item.tentative = sqlite3_column_int (statement.stmt, 3) != 0;
      g_array_append_val (items, item);
    }
  if (rc < 0)
    return NULL;

  append_subtree (result, items, 0, 0);
  sam_agenda_compute ((SamAgendaRow *)(gpointer)result->data, result->len, starts_at);

  return g_steal_pointer (&result);
}

static GArray *
sibling_ids (SamStore  *self,
             gint64     meeting_id,
             gint64     parent_id,
             gint64     except_id,
             GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  if (!sam_statement_prepare (&statement, self->db,
                              "SELECT id FROM agenda_item WHERE meeting_id IS ? AND parent_id IS ? "
                              "AND id <> ? ORDER BY tentative, position, id", error))
    return NULL;

  sam_statement_bind_id (&statement, 1, meeting_id);
  sam_statement_bind_id (&statement, 2, parent_id);
  sam_statement_bind_int64 (&statement, 3, except_id);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (&statement, 0);

      g_array_append_val (ids, id);
    }
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&ids);
}

static gboolean
write_positions (SamStore  *self,
                 GArray    *ids,
                 gint64     parent_id,
                 GError   **error)
{
  g_autofree char *now = sam_store_now_utc ();

  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

      if (!sam_statement_prepare (&statement, self->db,
                                  "UPDATE agenda_item SET position = ?, parent_id = ?, updated_at = ? "
                                  "WHERE id = ? AND (position IS NOT ? OR parent_id IS NOT ?2)", error))
        return FALSE;

      sam_statement_bind_int64 (&statement, 1, (int)i + 1);
      sam_statement_bind_id (&statement, 2, parent_id);
      sam_statement_bind_text (&statement, 3, now);
      sam_statement_bind_int64 (&statement, 4, g_array_index (ids, gint64, i));
      sam_statement_bind_int64 (&statement, 5, (int)i + 1);
      if (!sam_statement_run (&statement, error))
        return FALSE;

      if (sqlite3_changes (sam_db_get_handle (self->db)) > 0)
        sam_store_queue_change (self, "agenda_item", g_array_index (ids, gint64, i), SAM_STORE_CHANGE_UPDATE);
    }

  return TRUE;
}

/**
 * sam_store_place_agenda_item:
 * @self: a store
 * @item: a stored agenda item
 * @parent_id: the item it becomes a sub-item of, or 0 for the top level
 * @index: its place among its new siblings (clamped)
 * @error: return location for a #GError
 *
 * Moves @item, in one transaction, and renumbers its siblings.
 */
gboolean
sam_store_place_agenda_item (SamStore       *self,
                             SamAgendaItem  *item,
                             gint64          parent_id,
                             guint           index,
                             GError        **error)
{
  g_autoptr(GArray) old_siblings = NULL;
  g_autoptr(GArray) siblings = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  gint64 meeting_id = sam_agenda_item_get_meeting_id (item);
  gint64 old_parent = sam_agenda_item_get_parent_id (item);
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (item), FALSE);

  if (!sam_store_check_parent (self, id, parent_id, error))
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  siblings = sibling_ids (self, meeting_id, parent_id, id, error);
  ok = siblings != NULL;
  if (ok)
    {
      g_array_insert_val (siblings, MIN (index, siblings->len), id);
      ok = write_positions (self, siblings, parent_id, error);
    }

  if (ok && old_parent != parent_id)
    {
      old_siblings = sibling_ids (self, meeting_id, old_parent, id, error);
      ok = old_siblings != NULL && write_positions (self, old_siblings, old_parent, error);
    }

  if (ok)
    {
      g_autoptr(SamAgendaItem) fresh = sam_store_load (self, SAM_TYPE_AGENDA_ITEM, id, error);

      ok = fresh != NULL;
      if (ok)
        sam_entity_copy_fields (SAM_ENTITY (item), SAM_ENTITY (fresh));
    }

  return sam_store_finish_action (self, ok, error);
}

/**
 * sam_store_move_agenda_item:
 * @delta: -1 to move up, 1 to move down (among its siblings)
 *
 * Returns: %TRUE if it moved or could not move further; %FALSE on error
 */
gboolean
sam_store_move_agenda_item (SamStore       *self,
                            SamAgendaItem  *item,
                            int             delta,
                            GError        **error)
{
  g_autoptr(GArray) siblings = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  gint64 parent_id = sam_agenda_item_get_parent_id (item);
  int index = -1;
  int target;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (item), FALSE);

  siblings = sibling_ids (self, sam_agenda_item_get_meeting_id (item), parent_id, 0, error);
  if (siblings == NULL)
    return FALSE;

  for (guint i = 0; i < siblings->len; i++)
    if (g_array_index (siblings, gint64, i) == id)
      index = (int)i;

  if (index < 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The item no longer exists; it may have been deleted"));
      return FALSE;
    }

  target = CLAMP (index + delta, 0, (int)siblings->len - 1);
  if (target == index)
    return TRUE;

  return sam_store_place_agenda_item (self, item, parent_id, (guint)target, error);
}

static void
row_set_derived (SamRow     *row,
                 const char *first,
                 const char *second)
{
  row->derived = g_new0 (char *, 3);
  row->derived[0] = g_strdup (first);
  row->derived[1] = g_strdup (second);
}

static GArray *
fetch_agenda (SamStore  *self,
              gpointer   user_data,
              GError   **error)
{
  gint64 meeting_id = *(gint64 *)user_data;
  g_autoptr(GArray) agenda = sam_store_compute_agenda (self, meeting_id, error);
  GArray *rows;

  if (agenda == NULL)
    return NULL;

  rows = g_array_sized_new (FALSE, TRUE, sizeof (SamRow), agenda->len);
  g_array_set_clear_func (rows, sam_row_clear);
  for (guint i = 0; i < agenda->len; i++)
    {
      SamAgendaRow *item = &g_array_index (agenda, SamAgendaRow, i);
      SamRow row = { item->id, NULL };

      row_set_derived (&row, item->number, item->starts_at);
      g_array_append_val (rows, row);
    }

  return rows;
}

/**
 * sam_store_list_agenda:
 *
 * Returns: (transfer full): the items of a meeting in agenda order, each
 *   with its number and start time
 */
GListModel *
sam_store_list_agenda (SamStore *self,
                       gint64    meeting_id)
{
  static const char * const agenda_tables[] = { "agenda_item", "meeting", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new (self, SAM_TYPE_AGENDA_ITEM, agenda_tables,
                                            fetch_agenda, g_memdup2 (&meeting_id, sizeof meeting_id),
                                            g_free));
}
