/* sam-store-tables.c: what the store knows of each entity type (its table,
 * columns and SQL) and how fields are bound and read
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-core.h"

static SamTableInfo *tables;
static guint n_tables;

/* The positions of ordered children count among these siblings. */
static const struct {
  const char *table;
  const char *scope;
} position_scopes[] = {
  { "area", "plan_id IS ?" },
  { "focus_question", "plan_id IS ?" },
  { "activity", "plan_id IS ?" },
  { "attendance", "meeting_id IS ?" },
  { "agenda_item", "meeting_id IS ? AND body_id IS ? AND parent_id IS ?" },
  { "decision", "agenda_item_id IS ?" },
  { "destination", "study_trip_id IS ?" },
};

/* SQL expressions for derived fields that come straight from the database;
 * agenda numbers and times are computed in C instead. */
static const struct {
  const char *table;
  const char *field;
  const char *expression;
} derived_expressions[] = {
  { "meeting", "body-name", "(SELECT b.name FROM body b WHERE b.id = t.body_id)" },
  { "person", "municipality-name",
    "(SELECT m.name FROM municipality m WHERE m.id = t.municipality_id)" },
};

static char *
column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');

  return name;
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64
         && g_str_has_suffix (pspec->name, "-id");
}

static const char *
derived_expression (const char *table,
                    GParamSpec *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (derived_expressions); i++)
    if (g_str_equal (derived_expressions[i].table, table)
        && g_str_equal (derived_expressions[i].field, pspec->name))
      return derived_expressions[i].expression;

  return "NULL";
}

/* Whether a select of the row computes @pspec itself. */
gboolean
sam_store_stored_derived (SamTableInfo *info,
                          GParamSpec   *pspec)
{
  return !g_str_equal (derived_expression (info->table, pspec), "NULL");
}

static void
build_table_info (SamTableInfo *info,
                  GType         type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) derived = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new ("t.id, t.uuid, t.created_at, t.updated_at");
  g_autoptr(GString) insert_names = g_string_new ("uuid, created_at, updated_at");
  g_autoptr(GString) insert_values = g_string_new ("?, ?, ?");
  g_autoptr(GString) assignments = g_string_new ("updated_at = ?");
  GParamSpec **fields;
  guint n_fields;

  fields = sam_entity_class_get_fields (SAM_ENTITY_CLASS (klass), &n_fields);

  info->type = type;
  info->table = sam_entity_class_get_table (SAM_ENTITY_CLASS (klass));

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *column = NULL;

      if (fields[i]->flags & SAM_PARAM_DERIVED)
        {
          g_ptr_array_add (derived, fields[i]);
          continue;
        }

      column = column_name (fields[i]);
      g_ptr_array_add (columns, fields[i]);
      g_string_append_printf (names, ", t.%s", column);
      g_string_append_printf (insert_names, ", %s", column);
      g_string_append (insert_values, ", ?");
      g_string_append_printf (assignments, ", %s = ?", column);

      if (g_str_equal (fields[i]->name, "position"))
        info->position = fields[i];
    }

  for (guint i = 0; i < derived->len; i++)
    g_string_append_printf (names, ", %s",
                            derived_expression (info->table, g_ptr_array_index (derived, i)));

  info->n_columns = columns->len;
  info->columns = (GParamSpec **)g_ptr_array_free (g_steal_pointer (&columns), FALSE);
  info->n_derived = derived->len;
  info->derived = (GParamSpec **)g_ptr_array_free (g_steal_pointer (&derived), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (position_scopes); i++)
    if (g_str_equal (position_scopes[i].table, info->table))
      info->position_scope = position_scopes[i].scope;

  info->select_by_id = g_strdup_printf ("SELECT %s FROM %s t WHERE t.id = ?",
                                        names->str, info->table);
  info->select_by_ids = g_strdup_printf ("SELECT %s FROM %s t"
                                         " WHERE t.id IN (SELECT value FROM json_each (?))",
                                         names->str, info->table);
  info->select_by_uuid = g_strdup_printf ("SELECT %s FROM %s t WHERE t.uuid = ?",
                                          names->str, info->table);
  info->insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                  info->table, insert_names->str, insert_values->str);
  info->update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?",
                                  info->table, assignments->str);
  info->delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);
  info->find_id = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?", info->table);
  info->find_uuid = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?", info->table);
  info->count = g_strdup_printf ("SELECT count(*) FROM %s", info->table);
  if (info->position_scope != NULL)
    info->max_position = g_strdup_printf ("SELECT coalesce(max(position), 0) FROM %s WHERE %s",
                                          info->table, info->position_scope);
}

static gpointer
init_tables (gpointer data)
{
  const GType types[] = {
    SAM_TYPE_MUNICIPALITY,
    SAM_TYPE_PERSON,
    SAM_TYPE_PLAN,
    SAM_TYPE_AREA,
    SAM_TYPE_FOCUS_QUESTION,
    SAM_TYPE_FOCUS_YEAR,
    SAM_TYPE_BODY,
    SAM_TYPE_MEMBERSHIP,
    SAM_TYPE_ACTIVITY,
    SAM_TYPE_MEETING,
    SAM_TYPE_ATTENDANCE,
    SAM_TYPE_STUDY_TRIP,
    SAM_TYPE_AGENDA_ITEM,
    SAM_TYPE_ATTACHMENT,
    SAM_TYPE_DECISION,
    SAM_TYPE_ASSIGNMENT,
    SAM_TYPE_DESTINATION,
    SAM_TYPE_TRIP_PARTICIPANT,
    SAM_TYPE_PROGRAMME_ITEM,
  };

  n_tables = G_N_ELEMENTS (types);
  tables = g_new0 (SamTableInfo, n_tables);
  for (guint i = 0; i < n_tables; i++)
    build_table_info (&tables[i], types[i]);

  return NULL;
}

void
sam_store_ensure_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_tables, NULL);
}

SamTableInfo *
sam_store_table_info_for_type (GType type)
{
  sam_store_ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (tables[i].type == type)
      return &tables[i];

  return NULL;
}

SamTableInfo *
sam_store_table_info_for_table (const char *table)
{
  sam_store_ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (g_strcmp0 (tables[i].table, table) == 0)
      return &tables[i];

  return NULL;
}

/* Every table's description, in the order of sam_store_get_entity_types(). */
SamTableInfo *
sam_store_get_tables (guint *n)
{
  sam_store_ensure_tables ();

  *n = n_tables;

  return tables;
}

/**
 * sam_store_get_entity_types:
 * @n_types: (out): the number of types
 *
 * Returns: (transfer none) (array length=n_types): every entity type, in an
 *   order in which each type refers only to types before it (apart from
 *   references between rows of one table)
 */
const GType *
sam_store_get_entity_types (guint *n_types)
{
  static GType *types;

  sam_store_ensure_tables ();

  if (g_once_init_enter (&types))
    {
      GType *array = g_new0 (GType, n_tables);

      for (guint i = 0; i < n_tables; i++)
        array[i] = tables[i].type;
      g_once_init_leave (&types, array);
    }

  *n_types = n_tables;

  return types;
}

GType
sam_store_type_for_table (const char *table)
{
  sam_store_ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (g_strcmp0 (tables[i].table, table) == 0)
      return tables[i].type;

  return G_TYPE_INVALID;
}

char *
sam_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Values: how each kind of field is written to and read from a column. */

void
sam_store_bind_field (SamStatement *statement,
                      int           index,
                      GParamSpec   *pspec,
                      const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    sam_statement_bind_text (statement, index, g_value_get_string (value));
  else if (type == G_TYPE_INT64 && is_reference (pspec))
    sam_statement_bind_id (statement, index, g_value_get_int64 (value));
  else if (type == G_TYPE_INT64)
    sam_statement_bind_int64 (statement, index, g_value_get_int64 (value));
  else if (type == G_TYPE_INT)
    sam_statement_bind_int64 (statement, index, g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    sam_statement_bind_int64 (statement, index, g_value_get_boolean (value) ? 1 : 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

      sam_statement_bind_text (statement, index, enum_value != NULL ? enum_value->value_nick : NULL);
    }
  else
    g_assert_not_reached ();
}

static void
read_field (sqlite3_stmt *stmt,
            int           column,
            GParamSpec   *pspec,
            GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, sam_db_column_text (stmt, column));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, column));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      const char *nick = sam_db_column_text (stmt, column);
      GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

      if (enum_value != NULL)
        g_value_set_enum (value, enum_value->value);
      else
        g_param_value_set_default (pspec, value);
    }
  else
    g_assert_not_reached ();
}

gpointer
sam_store_entity_from_row (SamTableInfo *info,
                           sqlite3_stmt *stmt)
{
  SamEntity *entity = g_object_new (info->type, NULL);
  int column = 0;

  sam_entity_set_id (entity, sqlite3_column_int64 (stmt, column++));
  sam_entity_set_uuid (entity, sam_db_column_text (stmt, column++));
  sam_entity_set_created_at (entity, sam_db_column_text (stmt, column++));
  sam_entity_set_updated_at (entity, sam_db_column_text (stmt, column++));

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_field (stmt, column++, info->columns[i], &value);
      sam_entity_set_value (entity, info->columns[i], &value);
    }

  for (guint i = 0; i < info->n_derived; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_field (stmt, column++, info->derived[i], &value);
      sam_entity_set_value (entity, info->derived[i], &value);
    }

  return entity;
}

void
sam_store_apply_derived (SamEntity  *entity,
                         char      **derived)
{
  SamTableInfo *info = sam_store_table_info_for_type (G_OBJECT_TYPE (entity));

  if (info == NULL || derived == NULL)
    return;

  /* The query gives every column as text; numbers and flags are read back. */
  for (guint i = 0; i < info->n_derived && derived[i] != NULL; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (info->derived[i]);

      if (type == G_TYPE_STRING)
        sam_entity_set_string (entity, info->derived[i], derived[i]);
      else if (type == G_TYPE_INT64)
        sam_entity_set_int64 (entity, info->derived[i], g_ascii_strtoll (derived[i], NULL, 10));
      else if (type == G_TYPE_BOOLEAN)
        sam_entity_set_boolean (entity, info->derived[i], g_ascii_strtoll (derived[i], NULL, 10) != 0);
    }
}

void
sam_row_clear (gpointer data)
{
  SamRow *row = data;

  g_clear_pointer (&row->derived, g_strfreev);
}
