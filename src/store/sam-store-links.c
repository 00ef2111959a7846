/* sam-store-links.c: the ordered links of an agenda item (presenters) and of a
 * focus question (responsible municipalities)
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-core.h"

/* Links: presenters of an item, responsible municipalities of a focus
 * question. Both keep the order they are given in. */

static GArray *
get_links (SamStore   *self,
           const char *sql,
           gint64      owner_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  if (!sam_statement_prepare (&statement, self->db, sql, NULL))
    return ids;

  sam_statement_bind_int64 (&statement, 1, owner_id);
  while (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (&statement, 0);

      g_array_append_val (ids, id);
    }

  return ids;
}

static gboolean
set_links (SamStore      *self,
           const char    *table,
           const char    *delete_sql,
           const char    *insert_sql,
           gint64         owner_id,
           const gint64  *ids,
           guint          n_ids,
           GError       **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gboolean ok;

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = sam_statement_prepare (&statement, self->db, delete_sql, error);
  if (ok)
    {
      sam_statement_bind_int64 (&statement, 1, owner_id);
      ok = sam_statement_run (&statement, error);
    }

  for (guint i = 0; ok && i < n_ids; i++)
    {
      ok = sam_statement_prepare (&statement, self->db, insert_sql, error);
      if (!ok)
        break;

      sam_statement_bind_int64 (&statement, 1, owner_id);
      sam_statement_bind_int64 (&statement, 2, ids[i]);
      /* Only ordered links have the third parameter. */
      if (sqlite3_bind_parameter_count (statement.stmt) >= 3)
        sam_statement_bind_int64 (&statement, 3, (int)i + 1);
      ok = sam_statement_run (&statement, error);
    }

  if (ok)
    sam_store_queue_change (self, table, owner_id, SAM_STORE_CHANGE_UPDATE);

  return sam_store_finish_action (self, ok, error);
}

/* The presenters of every item of @agenda_item_id's meeting, in one
 * statement: a meeting page asks for them item by item. */
static gboolean
load_meeting_presenters (SamStore *self,
                         gint64    agenda_item_id)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  /* What a session reads without changing anything stays bounded. */
  if (g_hash_table_size (self->presenters) > 4000)
    g_hash_table_remove_all (self->presenters);

  if (!sam_statement_prepare (&statement, self->db,
                              "SELECT a.id, p.person_id FROM agenda_item a"
                              " LEFT JOIN agenda_item_presenter p ON p.agenda_item_id = a.id"
                              " WHERE a.id = ?1"
                              "  OR a.meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = ?1)"
                              " ORDER BY a.id, p.position",
                              NULL))
    return FALSE;

  sam_statement_bind_int64 (&statement, 1, agenda_item_id);
  while ((rc = sam_statement_step (&statement, NULL)) == SQLITE_ROW)
    {
      gint64 item_id = sam_statement_column_int64 (&statement, 0);
      GArray *ids = g_hash_table_lookup (self->presenters, &item_id);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (self->presenters, g_memdup2 (&item_id, sizeof item_id), ids);
        }

      if (sqlite3_column_type (statement.stmt, 1) != SQLITE_NULL)
        {
          gint64 person_id = sam_statement_column_int64 (&statement, 1);

          g_array_append_val (ids, person_id);
        }
    }

  if (rc < 0)
    {
      g_hash_table_remove_all (self->presenters);
      return FALSE;
    }

  return TRUE;
}

GArray *
sam_store_get_presenter_ids (SamStore *self,
                             gint64    agenda_item_id)
{
  GArray *cached;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (sam_db_get_depth (self->db) == 0)
    {
      cached = g_hash_table_lookup (self->presenters, &agenda_item_id);
      if (cached == NULL && load_meeting_presenters (self, agenda_item_id))
        cached = g_hash_table_lookup (self->presenters, &agenda_item_id);
      if (cached != NULL)
        return g_array_copy (cached);
    }

  return get_links (self,
                    "SELECT person_id FROM agenda_item_presenter "
                    "WHERE agenda_item_id = ? ORDER BY position",
                    agenda_item_id);
}

gboolean
sam_store_set_presenter_ids (SamStore      *self,
                             gint64         agenda_item_id,
                             const gint64  *person_ids,
                             guint          n_ids,
                             GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return set_links (self, "agenda_item",
                    "DELETE FROM agenda_item_presenter WHERE agenda_item_id = ?",
                    "INSERT OR IGNORE INTO agenda_item_presenter (agenda_item_id, person_id, position) "
                    "VALUES (?, ?, ?)",
                    agenda_item_id, person_ids, n_ids, error);
}

GArray *
sam_store_get_responsible_ids (SamStore *self,
                               gint64    focus_question_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return get_links (self,
                    "SELECT l.municipality_id FROM focus_question_municipality l "
                    "JOIN municipality m ON m.id = l.municipality_id "
                    "WHERE l.focus_question_id = ? ORDER BY m.name",
                    focus_question_id);
}

gboolean
sam_store_set_responsible_ids (SamStore      *self,
                               gint64         focus_question_id,
                               const gint64  *municipality_ids,
                               guint          n_ids,
                               GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return set_links (self, "focus_question",
                    "DELETE FROM focus_question_municipality WHERE focus_question_id = ?",
                    "INSERT OR IGNORE INTO focus_question_municipality "
                    "(focus_question_id, municipality_id) VALUES (?, ?)",
                    focus_question_id, municipality_ids, n_ids, error);
}
