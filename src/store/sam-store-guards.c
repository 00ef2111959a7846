/* sam-store-guards.c: what the store refuses to write.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-private.h"

/* Records that would break the app later are refused here, whoever writes
 * them (the window, the command line, an import): text longer than its
 * field allows, dates that do not exist, an end before its start (see
 * sam-field.c), an agenda item under itself, and a uuid that another table
 * already uses (migration 0005 keeps the registry of them). */

/* How far ahead of this computer's clock a time from elsewhere may be. */
#define FUTURE_TOLERANCE (G_TIME_SPAN_HOUR)

/**
 * sam_store_find_uuid_table:
 * @self: a store
 * @uuid: a uuid
 *
 * Returns: (nullable): the table whose row has @uuid, or %NULL
 */
const char *
sam_store_find_uuid_table (SamStore   *self,
                           const char *uuid)
{
  SamDb *db = sam_store_get_db (self);
  const char *table = NULL;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  if (!sam_statement_prepare (&statement, db, "SELECT table_name FROM uuid_registry WHERE uuid = ?", NULL))
    return NULL;

  sam_statement_bind_text (&statement, 1, uuid);
  if (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    table = g_intern_string (sam_statement_column_text (&statement, 0));

  return table;
}

/* Whether making @parent_id the parent of @id would put @id under itself:
 * walks up from the new parent. */
static gboolean
makes_cycle (SamStore  *self,
             gint64     id,
             gint64     parent_id,
             gboolean  *cycle,
             GError   **error)
{
  SamDb *db = sam_store_get_db (self);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  *cycle = parent_id != 0 && parent_id == id;
  if (parent_id == 0 || id == 0 || *cycle)
    return TRUE;

  if (!sam_statement_prepare (&statement, db,
                              "WITH RECURSIVE up (id) AS ("
                              "  SELECT ?1"
                              "  UNION SELECT a.parent_id FROM agenda_item a JOIN up ON a.id = up.id"
                              "  WHERE a.parent_id IS NOT NULL"
                              ") SELECT 1 FROM up WHERE id = ?2 LIMIT 1", error))
    return FALSE;

  sam_statement_bind_int64 (&statement, 1, parent_id);
  sam_statement_bind_int64 (&statement, 2, id);
  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return FALSE;

  *cycle = rc == SQLITE_ROW;

  return TRUE;
}

/**
 * sam_store_check_parent:
 * @self: a store
 * @item_id: an agenda item
 * @parent_id: the item that would become its parent, or 0
 * @error: return location for a #GError
 *
 * Returns: %TRUE unless @item_id would become a sub-item of itself or of
 *   one of its own sub-items
 */
gboolean
sam_store_check_parent (SamStore  *self,
                        gint64     item_id,
                        gint64     parent_id,
                        GError   **error)
{
  gboolean cycle;

  if (!makes_cycle (self, item_id, parent_id, &cycle, error))
    return FALSE;

  if (cycle)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("An item cannot be a sub-item of itself or of one of its sub-items"));
      return FALSE;
    }

  return TRUE;
}

/**
 * sam_store_check_entity:
 * @self: a store
 * @entity: an entity about to be inserted or updated
 * @inserting: whether it is new
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @entity may be written
 */
gboolean
sam_store_check_entity (SamStore   *self,
                        SamEntity  *entity,
                        gboolean    inserting,
                        GError    **error)
{
  if (!sam_field_check_entity (entity, FALSE, error))
    return FALSE;

  if (SAM_IS_AGENDA_ITEM (entity)
      && !sam_store_check_parent (self, sam_entity_get_id (entity),
                                  sam_agenda_item_get_parent_id (SAM_AGENDA_ITEM (entity)),
                                  error))
    return FALSE;

  if (inserting)
    {
      const char *table = sam_store_find_uuid_table (self, sam_entity_get_uuid (entity));

      if (table != NULL)
        {
          g_autofree char *kind = g_strdelimit (g_strdup (table), "_", ' ');

          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT,
                       /* Translators: the second is a kind of record, such as "person" */
                       _("The uuid %s already belongs to a %s in the database"),
                       sam_entity_get_uuid (entity), kind);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * sam_store_check_timestamp:
 * @text: (nullable): a time of a last change, from another installation
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text lies no further ahead of this computer's clock
 *   than a clock can be wrong, so that it cannot keep winning over every
 *   later change
 */
gboolean
sam_store_check_timestamp (const char  *text,
                           GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (text == NULL)
    return TRUE;

  time = g_date_time_new_from_iso8601 (text, utc);
  if (time != NULL && g_date_time_difference (time, now) <= FUTURE_TOLERANCE)
    return TRUE;

  g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT,
               time == NULL ? _("The time of the last change “%s” is not a time")
                            : _("The time of the last change %s lies in the future; "
                                "the clock of the computer that made it may be wrong"),
               text);

  return FALSE;
}

/**
 * sam_store_stamp_after:
 * @previous: (nullable): the time the row was last changed
 *
 * Returns: (transfer full): now, or a second after @previous when the row
 *   claims a later time (from a clock that was ahead), so that a local edit
 *   always comes after the version it replaces
 */
char *
sam_store_stamp_after (const char *previous)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) before = previous != NULL ? g_date_time_new_from_iso8601 (previous, utc)
                                                  : NULL;
  g_autoptr(GDateTime) second = g_date_time_add_seconds (now, -g_date_time_get_microsecond (now) / 1e6);
  g_autoptr(GDateTime) stamp = NULL;

  if (before != NULL && g_date_time_compare (before, second) > 0)
    stamp = g_date_time_add_seconds (before, 1.0);

  if (stamp == NULL || g_date_time_get_year (stamp) > 9999)
    stamp = g_date_time_ref (now);

  return g_date_time_format (stamp, "%Y-%m-%dT%H:%M:%SZ");
}
