/* sam-store-exchange.c: the queries the exchange format needs, so that no
 * SQL for the store's tables lives outside the store.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-store-exchange.h"
#include "sam-store-private.h"

/* A meeting's own rows of each kind: its attendance, its agenda items with
 * their sub-items, its attachments, and the decisions and assignments of
 * those items. */
#define MEETING_ITEMS \
  "WITH RECURSIVE items (id) AS (" \
  "  SELECT id FROM agenda_item WHERE meeting_id = ?1" \
  "  UNION SELECT a.id FROM agenda_item a JOIN items i ON a.parent_id = i.id" \
  ") "

static const struct {
  const char *table;
  const char *sql;
} meeting_parts[] = {
  { "attendance", "SELECT id FROM attendance WHERE meeting_id = ?1 ORDER BY id" },
  { "agenda_item", MEETING_ITEMS "SELECT id FROM items ORDER BY id" },
  { "attachment", "SELECT id FROM attachment WHERE meeting_id = ?1 ORDER BY id" },
  { "decision", MEETING_ITEMS
    "SELECT d.id FROM decision d JOIN items i ON d.agenda_item_id = i.id ORDER BY d.id" },
  { "assignment", MEETING_ITEMS
    "SELECT s.id FROM assignment s JOIN items i ON s.agenda_item_id = i.id ORDER BY s.id" },
};

/* Rows that the schema keeps unique by more than their uuid: a
 * municipality's name, one attendance of a person at a meeting. Two
 * installations that each typed in "Malmö" hold it under two uuids; an
 * import takes the file's record for the database's own rather than fail
 * on the unique constraint. */
static const struct {
  const char *table;
  const char *sql;
  const char *fields[2];
} natural_keys[] = {
  { "municipality", "SELECT id FROM municipality WHERE name = ?", { "name", NULL } },
  { "focus_year", "SELECT id FROM focus_year WHERE focus_question_id = ? AND year = ?",
    { "focus-question-id", "year" } },
  { "attendance", "SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?",
    { "meeting-id", "person-id" } },
  { "trip_participant", "SELECT id FROM trip_participant WHERE study_trip_id = ? AND person_id = ?",
    { "study-trip-id", "person-id" } },
};

static const char *
table_of (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return sam_entity_class_get_table (SAM_ENTITY_CLASS (klass));
}

static GArray *
collect_ids (SamStatement  *statement,
             GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sam_statement_step (statement, error)) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (statement, 0);

      g_array_append_val (ids, id);
    }

  if (rc < 0)
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * sam_store_list_ids_by_uuid:
 * @type: an entity type
 *
 * Returns: (transfer full) (element-type gint64): the ids of every row of
 *   @type's table in the order of their uuids, which an export keeps so that
 *   two exports of the same data are the same file
 */
GArray *
sam_store_list_ids_by_uuid (SamStore  *self,
                            GType      type,
                            GError   **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SAM_TYPE_ENTITY), NULL);

  /* The connection keeps statements by their text, which must live as
   * long as it does; an interned string lives for good. */
  sql = g_strdup_printf ("SELECT id FROM %s ORDER BY uuid", table_of (type));
  if (!sam_statement_prepare (&statement, sam_store_get_db (self), g_intern_string (sql), error))
    return NULL;

  return collect_ids (&statement, error);
}

/**
 * sam_store_list_meeting_parts:
 * @type: %SAM_TYPE_ATTENDANCE, %SAM_TYPE_AGENDA_ITEM (with sub-items),
 *   %SAM_TYPE_ATTACHMENT, %SAM_TYPE_DECISION or %SAM_TYPE_ASSIGNMENT
 *
 * Returns: (transfer full) (element-type gint64): the ids of the meeting's
 *   rows of @type (decisions and assignments: those of its items)
 */
GArray *
sam_store_list_meeting_parts (SamStore  *self,
                              GType      type,
                              gint64     meeting_id,
                              GError   **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  const char *table;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SAM_TYPE_ENTITY), NULL);

  table = table_of (type);
  for (guint i = 0; i < G_N_ELEMENTS (meeting_parts); i++)
    {
      if (!g_str_equal (meeting_parts[i].table, table))
        continue;

      if (!sam_statement_prepare (&statement, sam_store_get_db (self), meeting_parts[i].sql, error))
        return NULL;
      sam_statement_bind_int64 (&statement, 1, meeting_id);

      return collect_ids (&statement, error);
    }

  g_return_val_if_reached (NULL);
}

/**
 * sam_store_find_twin:
 * @entity: a record not yet stored, for example one read from a file
 * @id: (out): the id of the stored row that @entity would duplicate by
 *   the schema's other unique keys (a municipality's name, a person's
 *   attendance at a meeting), or 0
 *
 * Returns: whether the lookup ran
 */
gboolean
sam_store_find_twin (SamStore   *self,
                     SamEntity  *entity,
                     gint64     *id,
                     GError    **error)
{
  const char *table;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  *id = 0;
  table = table_of (G_OBJECT_TYPE (entity));

  for (guint i = 0; i < G_N_ELEMENTS (natural_keys); i++)
    {
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

      if (!g_str_equal (natural_keys[i].table, table))
        continue;

      if (!sam_statement_prepare (&statement, sam_store_get_db (self), natural_keys[i].sql, error))
        return FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (natural_keys[i].fields) && natural_keys[i].fields[k]; k++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity),
                                                            natural_keys[i].fields[k]);
          const GValue *value;

          g_assert (pspec != NULL);
          value = sam_entity_peek_value (entity, pspec);
          if (G_VALUE_HOLDS_STRING (value))
            sam_statement_bind_text (&statement, (int)k + 1, g_value_get_string (value));
          else if (G_VALUE_HOLDS_INT (value))
            sam_statement_bind_int64 (&statement, (int)k + 1, g_value_get_int (value));
          else
            sam_statement_bind_int64 (&statement, (int)k + 1, g_value_get_int64 (value));
        }

      return sam_statement_query_int64 (&statement, id, error);
    }

  return TRUE;
}

/**
 * sam_store_list_references:
 * @table: a table of the store
 *
 * Returns: (transfer full) (element-type utf8 utf8): which table each
 *   reference column of @table points at
 */
GHashTable *
sam_store_list_references (SamStore    *self,
                           const char  *table,
                           GError     **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (!sam_statement_prepare (&statement, sam_store_get_db (self),
                              "SELECT \"from\", \"table\" FROM pragma_foreign_key_list (?)", error))
    return NULL;

  sam_statement_bind_text (&statement, 1, table);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    g_hash_table_insert (keys,
                         g_strdup (sam_statement_column_text (&statement, 0)),
                         g_strdup (sam_statement_column_text (&statement, 1)));

  if (rc < 0)
    return NULL;

  return g_steal_pointer (&keys);
}

/**
 * sam_store_begin_snapshot:
 *
 * Starts one read transaction, so that what is read until
 * sam_store_end_snapshot() is consistent even when another connection
 * writes meanwhile (WAL lets both go on). Inside a transaction already,
 * that one is the snapshot.
 *
 * Returns: whether a snapshot was started (and must be ended)
 */
gboolean
sam_store_begin_snapshot (SamStore *self)
{
  SamDb *db;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  db = sam_store_get_db (self);

  return sam_db_get_depth (db) == 0 && sam_db_exec (db, "BEGIN DEFERRED", NULL);
}

void
sam_store_end_snapshot (SamStore *self)
{
  g_return_if_fail (SAM_IS_STORE (self));

  sam_db_exec (sam_store_get_db (self), "COMMIT", NULL);
}
