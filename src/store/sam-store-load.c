/* sam-store-load.c: reading rows through the identity map, and keeping the
 * live objects up to date
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-live-map.h"
#include "sam-store-core.h"

/* Reading */

gpointer
sam_store_load_with (SamStore      *self,
                     SamTableInfo  *info,
                     const char    *sql,
                     const char    *uuid,
                     gint64         id,
                     GError       **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gpointer entity = NULL;
  int rc;

  if (!sam_statement_prepare (&statement, self->db, sql, error))
    return NULL;

  if (uuid != NULL)
    sam_statement_bind_text (&statement, 1, uuid);
  else
    sam_statement_bind_int64 (&statement, 1, id);

  rc = sam_statement_step (&statement, error);
  if (rc == SQLITE_ROW)
    entity = sam_store_entity_from_row (info, statement.stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                 _("The record was not found; it may have been deleted"));

  return entity;
}

/* Copies the row's stored values into @entity, which notifies what
 * changed, once each, after the last. */
void
sam_store_copy_values (SamTableInfo *info,
                       SamEntity    *entity,
                       SamEntity    *fresh)
{
  g_object_freeze_notify (G_OBJECT (entity));
  sam_entity_set_uuid (entity, sam_entity_get_uuid (fresh));
  sam_entity_set_created_at (entity, sam_entity_get_created_at (fresh));
  sam_entity_set_updated_at (entity, sam_entity_get_updated_at (fresh));
  for (guint i = 0; i < info->n_columns; i++)
    sam_entity_set_value (entity, info->columns[i], sam_entity_peek_value (fresh, info->columns[i]));
  /* Values that only a list computes (agenda numbers, a row's group)
   * stay as that list set them. */
  for (guint i = 0; i < info->n_derived; i++)
    if (sam_store_stored_derived (info, info->derived[i]))
      sam_entity_set_value (entity, info->derived[i], sam_entity_peek_value (fresh, info->derived[i]));
  g_object_thaw_notify (G_OBJECT (entity));
}

/* The live object of a row, if one is alive and the row still exists. */
static SamEntity *
lookup_live (SamStore     *self,
             SamTableInfo *info,
             gint64        id)
{
  gboolean verified = FALSE;
  SamEntity *entity = sam_live_map_lookup (self->live, info->table, id, &verified);
  g_autoptr(SamEntity) fresh = NULL;

  if (entity == NULL || verified)
    return entity;

  /* A deletion since the object was last handed out may have taken the
   * row with it (ON DELETE CASCADE) or cleared a reference in it (ON
   * DELETE SET NULL), neither of which is announced row by row. */
  fresh = sam_store_load_with (self, info, info->select_by_id, NULL, id, NULL);
  if (fresh == NULL)
    {
      sam_live_map_remove (self->live, info->table, id);
      return NULL;
    }

  sam_store_copy_values (info, entity, fresh);
  sam_live_map_set_verified (self->live, info->table, id);

  return entity;
}

/* Loads through the identity map: the object already alive for the row, or
 * a new one that becomes the live one. */
static gpointer
load_live (SamStore      *self,
           SamTableInfo  *info,
           const char    *uuid,
           gint64         id,
           GError       **error)
{
  SamEntity *live;
  SamEntity *entity;

  if (uuid == NULL && (live = lookup_live (self, info, id)) != NULL)
    return g_object_ref (live);

  entity = sam_store_load_with (self, info, uuid != NULL ? info->select_by_uuid : info->select_by_id,
                                uuid, id, error);
  if (entity == NULL)
    return NULL;

  live = sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL);
  if (live != NULL)
    {
      g_object_unref (entity);
      return g_object_ref (live);
    }

  sam_live_map_add (self->live, info->table, entity);

  return entity;
}

/**
 * sam_store_load_plain:
 *
 * Loads without computing the derived values that need other rows (agenda
 * numbers and times): what a live list model does, which has them already.
 * While an object of the row is alive, it is that object.
 */
gpointer
sam_store_load_plain (SamStore  *self,
                      GType      type,
                      gint64     id,
                      GError   **error)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);

  g_return_val_if_fail (info != NULL, NULL);

  return load_live (self, info, NULL, id, error);
}

/**
 * sam_store_peek_live:
 *
 * Returns: (transfer full) (nullable): the live object of the row, if one is
 *   alive and needs no check against the file, without running SQL
 */
gpointer
sam_store_peek_live (SamStore *self,
                     GType     type,
                     gint64    id)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);
  gboolean verified = FALSE;
  SamEntity *entity;

  g_return_val_if_fail (info != NULL, NULL);

  entity = sam_live_map_lookup (self->live, info->table, id, &verified);

  return entity != NULL && verified ? g_object_ref (entity) : NULL;
}

/**
 * sam_store_load_plain_many:
 * @ids: the rows to load
 * @n_ids: how many
 * @objects: (element-type SamEntity): gets a reference to the object of
 *   each row that exists, live or new, in no particular order
 *
 * Loads many rows as sam_store_load_plain() loads one, those not alive in
 * one statement, so that a list shown for the first time costs one query
 * for a screenful rather than one a row.
 */
gboolean
sam_store_load_plain_many (SamStore      *self,
                           GType          type,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray     *objects,
                           GError       **error)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);
  g_autoptr(GString) json = g_string_new ("[");
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  guint n_missing = 0;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(SamEntity) live = sam_store_peek_live (self, type, ids[i]);

      if (live != NULL)
        {
          g_ptr_array_add (objects, g_steal_pointer (&live));
          continue;
        }

      g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n_missing > 0 ? "," : "", ids[i]);
      n_missing++;
    }

  if (n_missing == 0)
    return TRUE;

  g_string_append_c (json, ']');

  if (!sam_statement_prepare (&statement, self->db, info->select_by_ids, error))
    return FALSE;

  sam_statement_bind_text (&statement, 1, json->str);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      SamEntity *entity = sam_store_entity_from_row (info, statement.stmt);
      SamEntity *live = sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL);

      /* An unverified live object is brought up to date with what was read. */
      if (live != NULL)
        {
          sam_store_copy_values (info, live, entity);
          sam_live_map_set_verified (self->live, info->table, sam_entity_get_id (live));
          g_object_unref (entity);
          g_ptr_array_add (objects, g_object_ref (live));
          continue;
        }

      sam_live_map_add (self->live, info->table, entity);
      g_ptr_array_add (objects, entity);
    }

  return rc == SQLITE_DONE;
}

/* Brings the live objects of @table up to date after a change that did not
 * come through them (another object of the row, an import, a renumbering). */
static void
reload_live (SamStore   *self,
             const char *table,
             gint64      id)
{
  SamTableInfo *info = sam_store_table_info_for_table (table);
  g_autoptr(GPtrArray) objects = NULL;

  if (info == NULL)
    return;

  if (id != 0)
    {
      SamEntity *live = sam_live_map_lookup (self->live, table, id, NULL);

      objects = g_ptr_array_new_with_free_func (g_object_unref);
      if (live != NULL)
        g_ptr_array_add (objects, g_object_ref (live));
    }
  else
    objects = sam_live_map_list_table (self->live, table);

  for (guint i = 0; i < objects->len; i++)
    {
      SamEntity *live = g_ptr_array_index (objects, i);
      g_autoptr(SamEntity) fresh = NULL;

      if (g_hash_table_contains (self->written, live))
        continue;

      fresh = sam_store_load_with (self, info, info->select_by_id, NULL, sam_entity_get_id (live), NULL);
      if (fresh != NULL)
        sam_store_copy_values (info, live, fresh);
      else
        sam_live_map_remove (self->live, table, sam_entity_get_id (live));
    }
}

/* Runs first, so that every view's handler sees the live objects as they
 * are now stored. */
void
sam_store_real_changed (SamStore   *self,
                        const char *table,
                        gint64      id,
                        int         kind)
{
  const GArray *ids = self->announced;

  g_hash_table_remove_all (self->presenters);

  /* A deletion may have taken other rows with it (ON DELETE CASCADE) or
   * cleared references in them (SET NULL), unless every such row is
   * announced too (sam_store_queue_precise_change()). */
  if (kind == SAM_STORE_CHANGE_DELETE)
    {
      sam_live_map_remove (self->live, table, id);
      if (!self->precise)
        sam_live_map_unverify_all (self->live);
      return;
    }

  if (kind != SAM_STORE_CHANGE_UPDATE)
    return;

  if (id == 0 && ids != NULL)
    {
      for (guint i = 0; i < ids->len; i++)
        reload_live (self, table, g_array_index (ids, gint64, i));
    }
  else
    reload_live (self, table, id);

  /* Several changes at once may include deletions. */
  if (id == 0 && !self->precise)
    sam_live_map_unverify_all (self->live);
}

gboolean
sam_store_refresh_derived (SamStore   *self,
                           SamEntity  *entity,
                           GError    **error)
{
  if (SAM_IS_AGENDA_ITEM (entity))
    {
      gint64 meeting_id = sam_agenda_item_get_meeting_id (SAM_AGENDA_ITEM (entity));
      g_autoptr(GArray) rows = NULL;

      if (meeting_id == 0)
        return TRUE;

      rows = sam_store_compute_agenda (self, meeting_id, error);
      if (rows == NULL)
        return FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          SamAgendaRow *row = &g_array_index (rows, SamAgendaRow, i);

          if (row->id == sam_entity_get_id (entity))
            {
              sam_agenda_item_set_number (SAM_AGENDA_ITEM (entity), row->number);
              sam_agenda_item_set_starts_at (SAM_AGENDA_ITEM (entity), row->starts_at);
            }
        }
    }
  else if (SAM_IS_MEETING (entity))
    {
      g_autoptr(SamEntity) fresh = NULL;
      SamTableInfo *info = sam_store_table_info_for_type (SAM_TYPE_MEETING);

      fresh = sam_store_load_with (self, info, info->select_by_id, NULL, sam_entity_get_id (entity), error);
      if (fresh == NULL)
        return FALSE;

      for (guint i = 0; i < info->n_derived; i++)
        if (sam_store_stored_derived (info, info->derived[i]))
          sam_entity_set_value (entity, info->derived[i],
                                sam_entity_peek_value (fresh, info->derived[i]));
    }

  return TRUE;
}

/**
 * sam_store_load:
 *
 * Returns: (transfer full) (nullable): the entity of @type with @id,
 *   derived fields included
 */
gpointer
sam_store_load (SamStore  *self,
                GType      type,
                gint64     id,
                GError   **error)
{
  g_autoptr(SamEntity) entity = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  entity = sam_store_load_plain (self, type, id, error);
  if (entity == NULL || !sam_store_refresh_derived (self, entity, error))
    return NULL;

  return g_steal_pointer (&entity);
}

gpointer
sam_store_load_by_uuid (SamStore    *self,
                        GType        type,
                        const char  *uuid,
                        GError     **error)
{
  g_autoptr(SamEntity) entity = NULL;
  SamTableInfo *info;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  info = sam_store_table_info_for_type (type);
  g_return_val_if_fail (info != NULL, NULL);

  entity = load_live (self, info, uuid, 0, error);
  if (entity == NULL || !sam_store_refresh_derived (self, entity, error))
    return NULL;

  return g_steal_pointer (&entity);
}

gint64
sam_store_find_id (SamStore   *self,
                   GType       type,
                   const char *uuid)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gint64 id = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (uuid == NULL || !sam_statement_prepare (&statement, self->db, info->find_id, NULL))
    return 0;

  sam_statement_bind_text (&statement, 1, uuid);
  if (!sam_statement_query_int64 (&statement, &id, NULL))
    return 0;

  return id;
}

char *
sam_store_find_uuid (SamStore *self,
                     GType     type,
                     gint64    id)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  char *uuid = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  if (id <= 0)
    return NULL;

  if (!sam_statement_prepare (&statement, self->db, info->find_uuid, NULL))
    return NULL;

  sam_statement_bind_int64 (&statement, 1, id);
  if (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    uuid = g_strdup (sam_statement_column_text (&statement, 0));

  return uuid;
}

gint64
sam_store_count (SamStore *self,
                 GType     type)
{
  SamTableInfo *info = sam_store_table_info_for_type (type);
  gint64 count = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (!sam_store_query_int (self->db, info->count, &count, NULL))
    return 0;

  return count;
}

/**
 * sam_store_is_empty:
 *
 * Returns: %TRUE when the database holds no entity at all (a first start)
 */
gboolean
sam_store_is_empty (SamStore *self)
{
  SamTableInfo *tables;
  guint n_tables;
  g_return_val_if_fail (SAM_IS_STORE (self), TRUE);

  tables = sam_store_get_tables (&n_tables);

  for (guint i = 0; i < n_tables; i++)
    if (sam_store_count (self, tables[i].type) > 0)
      return FALSE;

  return TRUE;
}
