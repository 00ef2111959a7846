/* sam-store-rows.c: creating, changing and deleting rows
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sam-live-map.h"
#include "sam-store-core.h"

/* Creating, changing and deleting */

static gboolean
bind_values (SamStatement *statement,
             SamTableInfo *info,
             SamEntity    *entity,
             int           first)
{
  for (guint i = 0; i < info->n_columns; i++)
    sam_store_bind_field (statement, first + (int)i, info->columns[i],
                          sam_entity_peek_value (entity, info->columns[i]));

  return TRUE;
}

static gboolean
bind_scope (SamStatement *statement,
            SamTableInfo *info,
            SamEntity    *entity)
{
  SamEntityClass *klass = SAM_ENTITY_GET_CLASS (entity);
  int index = 1;

  /* The scope names its columns in order; find each by name. */
  g_auto(GStrv) parts = g_strsplit (info->position_scope, " AND ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strndup (parts[i], strcspn (parts[i], " "));
      GParamSpec *pspec;

      g_strdelimit (name, "_", '-');
      pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);
      g_assert (pspec != NULL);
      sam_store_bind_field (statement, index++, pspec, sam_entity_peek_value (entity, pspec));
    }

  return TRUE;
}

static gboolean
assign_position (SamStore      *self,
                 SamTableInfo  *info,
                 SamEntity     *entity,
                 GError       **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gint64 max;
  int rc;

  if (info->position == NULL || sam_entity_get_int (entity, info->position) > 0)
    return TRUE;

  if (!sam_statement_prepare (&statement, self->db, info->max_position, error))
    return FALSE;

  bind_scope (&statement, info, entity);
  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return FALSE;
  max = sam_statement_column_int64 (&statement, 0);

  sam_entity_set_int (entity, info->position, (int)MIN (max + 1, G_MAXINT));

  return TRUE;
}

static SamTableInfo *
entity_table (gpointer   entity,
              GError   **error)
{
  SamTableInfo *info = sam_store_table_info_for_type (G_OBJECT_TYPE (entity));

  if (info == NULL)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                 "%s is not stored", G_OBJECT_TYPE_NAME (entity));

  return info;
}

/* An object saved by the outermost transaction is the row's live object
 * unless there is one: a row whose transaction may still be rolled back
 * (and its id given to another row) must not be. */
static void
become_live (SamStore     *self,
             SamTableInfo *info,
             SamEntity    *entity)
{
  gint64 id = sam_entity_get_id (entity);

  if (sam_db_get_depth (self->db) == 0
      && sam_live_map_lookup (self->live, info->table, id, NULL) == NULL)
    sam_live_map_add (self->live, info->table, entity);
}

static gboolean
insert_row (SamStore      *self,
            SamTableInfo  *info,
            SamEntity     *entity,
            GError       **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  if (!sam_store_check_entity (self, entity, TRUE, error)
      || !assign_position (self, info, entity, error))
    return FALSE;

  if (!sam_statement_prepare (&statement, self->db, info->insert, error))
    return FALSE;

  sam_statement_bind_text (&statement, 1, sam_entity_get_uuid (entity));
  sam_statement_bind_text (&statement, 2, sam_entity_get_created_at (entity));
  sam_statement_bind_text (&statement, 3, sam_entity_get_updated_at (entity));
  bind_values (&statement, info, entity, 4);

  if (!sam_statement_run (&statement, error))
    return FALSE;

  sam_entity_set_id (entity, sqlite3_last_insert_rowid (sam_db_get_handle (self->db)));
  sam_store_queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_INSERT);

  return TRUE;
}

static gboolean bump_sequence (SamStore   *self,
                               SamEntity  *entity,
                               GError    **error);

/* Every write of an existing row goes through here, the window's edits and
 * an import alike, so that a meeting's SEQUENCE follows one rule. */
static gboolean
update_row (SamStore      *self,
            SamTableInfo  *info,
            SamEntity     *entity,
            GError       **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  if (!sam_store_check_entity (self, entity, FALSE, error)
      || !bump_sequence (self, entity, error))
    return FALSE;

  if (!sam_statement_prepare (&statement, self->db, info->update, error))
    return FALSE;

  sam_statement_bind_text (&statement, 1, sam_entity_get_updated_at (entity));
  bind_values (&statement, info, entity, 2);
  sam_statement_bind_int64 (&statement, (int)info->n_columns + 2, sam_entity_get_id (entity));

  if (!sam_statement_run (&statement, error))
    return FALSE;

  if (sqlite3_changes (sam_db_get_handle (self->db)) == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The record was not saved because it no longer exists; it may have been deleted"));
      return FALSE;
    }

  sam_store_queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_UPDATE);
  g_hash_table_add (self->written, entity);

  return TRUE;
}

/**
 * sam_store_insert:
 * @self: a store
 * @entity: a new entity (its id is 0)
 * @error: return location for a #GError
 *
 * Adds @entity in one transaction, giving it an id, a uuid (unless it has
 * one), its timestamps and, for ordered entities without a position, the
 * place after its last sibling.
 */
gboolean
sam_store_insert (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  g_autofree char *now = NULL;
  SamTableInfo *info;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (sam_entity_get_id (entity) == 0, FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  now = sam_store_now_utc ();
  if (sam_entity_get_uuid (entity) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sam_entity_set_uuid (entity, uuid);
    }
  sam_entity_set_created_at (entity, now);
  sam_entity_set_updated_at (entity, now);

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = insert_row (self, info, entity, error)
       && sam_store_refresh_derived (self, entity, error);

  if (!sam_store_finish_action (self, ok, error))
    {
      sam_entity_set_id (entity, 0);
      return FALSE;
    }

  become_live (self, info, entity);

  return TRUE;
}

/* A calendar knows a meeting moved by its SEQUENCE: it grows whenever the
 * time or the place changes, by whatever path, and never falls. A record
 * from elsewhere (an import) that already counted the change keeps its
 * higher number; otherwise the stored one rises by one. */
static gboolean
bump_sequence (SamStore   *self,
               SamEntity  *entity,
               GError    **error)
{
  g_autoptr(SamMeeting) old = NULL;
  SamMeeting *meeting;

  if (!SAM_IS_MEETING (entity))
    return TRUE;

  meeting = SAM_MEETING (entity);
  /* The stored values, not the live object (which may be @entity). */
  old = sam_store_load_with (self, sam_store_table_info_for_type (SAM_TYPE_MEETING),
                             sam_store_table_info_for_type (SAM_TYPE_MEETING)->select_by_id, NULL,
                             sam_entity_get_id (entity), error);
  if (old == NULL)
    return FALSE;

  if (g_strcmp0 (sam_meeting_get_starts_at (old), sam_meeting_get_starts_at (meeting)) != 0
      || g_strcmp0 (sam_meeting_get_ends_at (old), sam_meeting_get_ends_at (meeting)) != 0
      || g_strcmp0 (sam_meeting_get_location (old), sam_meeting_get_location (meeting)) != 0
      || sam_meeting_get_online (old) != sam_meeting_get_online (meeting)
      || (sam_meeting_get_status (old) != sam_meeting_get_status (meeting)
          && (sam_meeting_get_status (old) == SAM_MEETING_STATUS_CANCELLED
              || sam_meeting_get_status (meeting) == SAM_MEETING_STATUS_CANCELLED)))
    sam_meeting_set_sequence (meeting, MAX (sam_meeting_get_sequence (meeting),
                                            sam_meeting_get_sequence (old) + 1));
  else if (sam_meeting_get_sequence (meeting) < sam_meeting_get_sequence (old))
    sam_meeting_set_sequence (meeting, sam_meeting_get_sequence (old));

  return TRUE;
}

/**
 * sam_store_update:
 *
 * Writes every field of @entity in one transaction and stamps it as updated
 * now.
 */
gboolean
sam_store_update (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  g_autofree char *now = NULL;
  g_autofree char *previous = NULL;
  SamTableInfo *info;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  previous = g_strdup (sam_entity_get_updated_at (entity));
  now = sam_store_stamp_after (previous);
  sam_entity_set_updated_at (entity, now);

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = update_row (self, info, entity, error)
       && sam_store_refresh_derived (self, entity, error);

  if (!sam_store_finish_action (self, ok, error))
    {
      sam_entity_set_updated_at (entity, previous);
      /* Views share the live object: they go back to what is stored, and
       * only the editor that tried keeps showing the unsaved values. */
      if (sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL) == entity)
        {
          g_autoptr(SamEntity) stored = sam_store_load_with (self, info, info->select_by_id, NULL,
                                                             sam_entity_get_id (entity), NULL);

          if (stored != NULL)
            sam_store_copy_values (info, entity, stored);
        }
      return FALSE;
    }

  become_live (self, info, entity);

  return TRUE;
}

/**
 * sam_store_save_as_is:
 *
 * Adds @entity, or updates the row with its uuid, keeping its uuid and
 * timestamps exactly as they are: what an import does with a record from
 * another installation.
 */
gboolean
sam_store_save_as_is (SamStore  *self,
                      gpointer   entity,
                      GError   **error)
{
  SamTableInfo *info;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (sam_entity_get_uuid (entity) != NULL, FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  if (sam_entity_get_updated_at (entity) == NULL)
    {
      g_autofree char *now = sam_store_now_utc ();

      sam_entity_set_updated_at (entity, now);
    }
  if (sam_entity_get_created_at (entity) == NULL)
    sam_entity_set_created_at (entity, sam_entity_get_updated_at (entity));

  /* What comes from elsewhere holds real dates and a time that has been. */
  if (!sam_store_check_timestamp (sam_entity_get_updated_at (entity), error)
      || !sam_field_check_entity (entity, TRUE, error))
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  id = sam_store_find_id (self, info->type, sam_entity_get_uuid (entity));
  if (id > 0)
    {
      sam_entity_set_id (entity, id);
      ok = update_row (self, info, entity, error);
    }
  else
    {
      sam_entity_set_id (entity, 0);
      ok = insert_row (self, info, entity, error);
    }

  ok = ok && sam_store_refresh_derived (self, entity, error);

  return sam_store_finish_action (self, ok, error);
}

/**
 * sam_store_delete:
 *
 * Deletes @entity and, by the schema's rules, what belongs to it.
 */
gboolean
sam_store_delete (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  SamTableInfo *info;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = sam_statement_prepare (&statement, self->db, info->delete, error);
  if (ok)
    {
      sam_statement_bind_int64 (&statement, 1, sam_entity_get_id (entity));
      ok = sam_statement_run (&statement, error);
    }

  if (ok && sqlite3_changes (sam_db_get_handle (self->db)) == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may already have been deleted"));
      ok = FALSE;
    }

  if (ok)
    sam_store_queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_DELETE);

  return sam_store_finish_action (self, ok, error);
}
