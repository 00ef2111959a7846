/* sam-store-schema.c: the store's tables, keys and foreign keys.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-store-schema.h"

static GQuark
schema_quark (void)
{
  return g_quark_from_static_string ("sam-store-undo-schema");
}


static void
append_name (GString    *string,
             const char *name)
{
  g_string_append_c (string, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (string, '"');
      g_string_append_c (string, *p);
    }
  g_string_append_c (string, '"');
}

static const char *
key_column (Table *table,
            guint  i)
{
  return table->key[i] == (int)table->n_columns ? "rowid" : table->columns[table->key[i]];
}

static void
append_columns (GString *sql,
                Table   *table)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      append_name (sql, table->columns[i]);
    }
  if (table->n_values > table->n_columns)
    g_string_append (sql, ", rowid");
}

static void
append_key_condition (GString *sql,
                      Table   *table)
{
  for (guint i = 0; i < table->n_key; i++)
    {
      if (i > 0)
        g_string_append (sql, " AND ");
      if (table->key[i] == (int)table->n_columns)
        g_string_append (sql, "rowid");
      else
        append_name (sql, key_column (table, i));
      g_string_append (sql, " = ?");
    }
}

static void
table_free (gpointer data)
{
  Table *table = data;

  g_strfreev (table->columns);
  g_free (table->not_null);
  g_free (table->key);
  g_ptr_array_unref (table->references);
  g_ptr_array_unref (table->referenced_by);
  g_free (table->select_by_key);
  g_free (table->insert);
  g_free (table->delete_by_key);
  g_free (table->id_taken);
  g_free (table->ids_taken);
  g_free (table->dump);
  g_free (table);
}

static void
foreign_key_free (gpointer data)
{
  ForeignKey *fk = data;

  g_free (fk->select_children);
  g_free (fk->select_child_keys);
  g_free (fk->select_children_in);
  g_free (fk->select_child_links_in);
  g_free (fk->relink);
  g_free (fk->fixup);
  g_free (fk->parent_exists);
  g_free (fk->move);
  g_free (fk);
}

static void
schema_clear (gpointer data)
{
  Schema *schema = data;

  g_clear_pointer (&schema->by_name, g_hash_table_unref);
  g_clear_pointer (&schema->foreign_keys, g_ptr_array_unref);
  g_clear_pointer (&schema->tables, g_ptr_array_unref);
}

void
sam_schema_unref (gpointer schema)
{
  g_rc_box_release_full (schema, schema_clear);
}

Schema *
sam_schema_ref (Schema *schema)
{
  return g_rc_box_acquire (schema);
}

Table *
sam_schema_find_table (Schema     *schema,
                       const char *name)
{
  g_autofree char *folded = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (schema->by_name, folded);
}

static int
find_column (Table      *table,
             const char *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_ascii_strcasecmp (table->columns[i], name) == 0)
      return (int)i;

  return -1;
}

typedef struct
{
  int pk;
  int column;
} KeyPart;

static int
compare_key_parts (gconstpointer a,
                   gconstpointer b)
{
  return ((const KeyPart *)a)->pk - ((const KeyPart *)b)->pk;
}

/* Reads @table's columns from @rows, every table's columns ordered by table
 * name as the tables are, whose current row (*@rc) is the next to read. */
static gboolean
load_table (Table         *table,
            SamStatement  *rows,
            int           *rc,
            GError       **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) not_null = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GArray) key = g_array_new (FALSE, FALSE, sizeof (KeyPart));
  g_autoptr(GString) sql = g_string_new (NULL);
  gboolean integer_key = FALSE;

  for (; *rc == SQLITE_ROW && g_strcmp0 (sam_statement_column_text (rows, 0), table->name) == 0;
       *rc = sam_statement_step (rows, error))
    {
      gboolean required = sam_statement_column_int64 (rows, 2) != 0;
      int pk = (int)sam_statement_column_int64 (rows, 3);

      if (pk > 0)
        {
          KeyPart part = { pk, (int)columns->len };

          g_array_append_val (key, part);
          integer_key = g_ascii_strcasecmp (sam_statement_column_text (rows, 4) ?: "",
                                            "INTEGER") == 0;
        }
      g_ptr_array_add (columns, g_strdup (sam_statement_column_text (rows, 1)));
      g_array_append_val (not_null, required);
    }
  if (*rc < 0)
    return FALSE;

  table->n_columns = columns->len;
  g_ptr_array_add (columns, NULL);
  table->columns = (char **)g_ptr_array_free (g_steal_pointer (&columns), FALSE);
  table->not_null = (gboolean *)(gpointer)g_array_free (g_steal_pointer (&not_null), FALSE);
  table->n_values = table->n_columns;
  table->id = -1;

  g_array_sort (key, compare_key_parts);
  if (key->len == 0)
    {
      /* No key of its own: rows are told apart by their rowid. */
      table->n_key = 1;
      table->key = g_new0 (int, 1);
      table->key[0] = (int)table->n_columns;
      table->n_values++;
    }
  else
    {
      table->n_key = key->len;
      table->key = g_new0 (int, key->len);
      for (guint i = 0; i < key->len; i++)
        table->key[i] = g_array_index (key, KeyPart, i).column;
      if (key->len == 1 && integer_key && !table->without_rowid)
        table->id = table->key[0];
    }

  g_string_assign (sql, "SELECT ");
  append_columns (sql, table);
  g_string_append (sql, " FROM ");
  append_name (sql, table->name);
  g_string_append (sql, " WHERE ");
  append_key_condition (sql, table);
  table->select_by_key = g_strdup (sql->str);

  g_string_assign (sql, "DELETE FROM ");
  append_name (sql, table->name);
  g_string_append (sql, " WHERE ");
  append_key_condition (sql, table);
  table->delete_by_key = g_strdup (sql->str);

  g_string_assign (sql, "INSERT INTO ");
  append_name (sql, table->name);
  g_string_append (sql, " (");
  for (guint i = 0; i < table->n_columns; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      append_name (sql, table->columns[i]);
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");
  table->insert = g_strdup (sql->str);

  if (table->id >= 0)
    {
      g_string_assign (sql, "SELECT 1 FROM ");
      append_name (sql, table->name);
      g_string_append (sql, " WHERE ");
      append_name (sql, table->columns[table->id]);
      g_string_append (sql, " = ?");
      table->id_taken = g_strdup (sql->str);

      g_string_assign (sql, "SELECT ");
      append_name (sql, table->columns[table->id]);
      g_string_append (sql, " FROM ");
      append_name (sql, table->name);
      g_string_append (sql, " WHERE ");
      append_name (sql, table->columns[table->id]);
      g_string_append (sql, " IN (SELECT value FROM json_each (?))");
      table->ids_taken = g_strdup (sql->str);
    }

  g_string_assign (sql, "SELECT ");
  append_columns (sql, table);
  g_string_append (sql, " FROM ");
  append_name (sql, table->name);
  g_string_append (sql, " ORDER BY ");
  for (guint i = 0; i < table->n_key; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      if (table->key[i] == (int)table->n_columns)
        g_string_append (sql, "rowid");
      else
        append_name (sql, key_column (table, i));
    }
  table->dump = g_strdup (sql->str);

  return TRUE;
}

static Action
parse_action (const char *text)
{
  if (g_ascii_strcasecmp (text, "CASCADE") == 0)
    return ACTION_CASCADE;
  if (g_ascii_strcasecmp (text, "SET NULL") == 0)
    return ACTION_SET_NULL;
  if (g_ascii_strcasecmp (text, "SET DEFAULT") == 0)
    return ACTION_SET_DEFAULT;

  /* NO ACTION and RESTRICT: a referencing row makes the DELETE fail. */
  return ACTION_NONE;
}

static void
build_foreign_key_sql (ForeignKey *fk)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  Table *child = fk->child;

  append_columns (sql, child);
  g_string_append (sql, " FROM ");
  append_name (sql, child->name);
  g_string_append (sql, " WHERE ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ?");
  fk->select_children = g_strdup (sql->str);

  g_string_assign (sql, "SELECT ");
  for (guint i = 0; i < child->n_key; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      if (child->key[i] == (int)child->n_columns)
        g_string_append (sql, "rowid");
      else
        append_name (sql, key_column (child, i));
    }
  g_string_append (sql, " FROM ");
  append_name (sql, child->name);
  g_string_append (sql, " WHERE ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ?");
  fk->select_child_keys = g_strdup (sql->str);

  /* The same for many parents at once: the capture asks once a level. */
  g_string_assign (sql, "SELECT ");
  append_columns (sql, child);
  g_string_append (sql, " FROM ");
  append_name (sql, child->name);
  g_string_append (sql, " WHERE ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " IN (SELECT value FROM json_each (?))");
  fk->select_children_in = g_strdup (sql->str);

  g_string_assign (sql, "SELECT ");
  for (guint i = 0; i < child->n_key; i++)
    {
      if (child->key[i] == (int)child->n_columns)
        g_string_append (sql, "rowid");
      else
        append_name (sql, key_column (child, i));
      g_string_append (sql, ", ");
    }
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " FROM ");
  append_name (sql, child->name);
  g_string_append (sql, " WHERE ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " IN (SELECT value FROM json_each (?))");
  fk->select_child_links_in = g_strdup (sql->str);

  g_string_assign (sql, "UPDATE ");
  append_name (sql, child->name);
  g_string_append (sql, " SET ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ? WHERE ");
  append_key_condition (sql, child);
  g_string_append (sql, " AND ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " IS NULL");
  fk->relink = g_strdup (sql->str);

  g_string_assign (sql, "UPDATE ");
  append_name (sql, child->name);
  g_string_append (sql, " SET ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ? WHERE rowid = ?");
  fk->fixup = g_strdup (sql->str);

  g_string_assign (sql, "SELECT 1 FROM ");
  append_name (sql, fk->parent->name);
  g_string_append (sql, " WHERE ");
  append_name (sql, fk->parent->columns[fk->target]);
  g_string_append (sql, " = ?");
  fk->parent_exists = g_strdup (sql->str);

  /* Merging two rows: a row that would then be there twice (a person at
   * one meeting twice) stays where it was, and goes with the merged row. */
  g_string_assign (sql, "UPDATE OR IGNORE ");
  append_name (sql, child->name);
  g_string_append (sql, " SET ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ? WHERE ");
  append_key_condition (sql, child);
  g_string_append (sql, " AND ");
  append_name (sql, child->columns[fk->column]);
  g_string_append (sql, " = ?");
  fk->move = g_strdup (sql->str);
}

/* Reads @child's foreign keys from @rows, ordered by table name as
 * load_table()'s are. */
static gboolean
load_foreign_keys (Schema        *schema,
                   Table         *child,
                   SamStatement  *rows,
                   int           *rc,
                   GError       **error)
{
  for (; *rc == SQLITE_ROW && g_strcmp0 (sam_statement_column_text (rows, 0), child->name) == 0;
       *rc = sam_statement_step (rows, error))
    {
      Table *parent = sam_schema_find_table (schema, sam_statement_column_text (rows, 3));
      const char *to = sam_statement_column_text (rows, 5);
      ForeignKey *fk;
      int column;
      int target;

      /* Every reference in the schema is one column; a composite one
       * would need its rows matched on several columns. */
      if (sam_statement_column_int64 (rows, 2) > 0 || parent == NULL)
        {
          g_warning ("The foreign key %d of %s is not supported by Undo",
                     (int)sam_statement_column_int64 (rows, 1), child->name);
          continue;
        }

      column = find_column (child, sam_statement_column_text (rows, 4));
      target = to != NULL ? find_column (parent, to)
               : parent->key[0] < (int)parent->n_columns ? parent->key[0] : -1;
      if (column < 0 || target < 0)
        continue;

      fk = g_new0 (ForeignKey, 1);
      fk->child = child;
      fk->column = column;
      fk->parent = parent;
      fk->target = target;
      fk->on_delete = parse_action (sam_statement_column_text (rows, 6));
      build_foreign_key_sql (fk);

      g_ptr_array_add (schema->foreign_keys, fk);
      g_ptr_array_add (child->references, fk);
      g_ptr_array_add (parent->referenced_by, fk);
    }

  return *rc >= 0;
}

/* Reads the tables, their keys and their foreign keys once per store.
 *
 * Returns: (transfer full) (nullable): the schema; sam_schema_unref() it */
Schema *
sam_store_get_schema (SamStore  *store,
                      GError   **error)
{
  SamDb *db = sam_store_get_db (store);
  g_autoptr(Schema) schema = g_object_get_qdata (G_OBJECT (store), schema_quark ());
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  if (schema != NULL)
    return g_rc_box_acquire (g_steal_pointer (&schema));

  schema = g_rc_box_new0 (Schema);
  schema->tables = g_ptr_array_new_with_free_func (table_free);
  schema->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  schema->foreign_keys = g_ptr_array_new_with_free_func (foreign_key_free);

  if (!sam_statement_prepare (&statement, db, "SELECT name, wr FROM pragma_table_list "
                              "WHERE schema = 'main' AND type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                              error))
    return NULL;

  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      Table *table = g_new0 (Table, 1);

      table->name = g_intern_string (sam_statement_column_text (&statement, 0));
      table->without_rowid = sam_statement_column_int64 (&statement, 1) != 0;
      table->references = g_ptr_array_new ();
      table->referenced_by = g_ptr_array_new ();
      g_ptr_array_add (schema->tables, table);
      g_hash_table_insert (schema->by_name, g_ascii_strdown (table->name, -1), table);
    }
  sam_statement_clear (&statement);
  if (rc < 0)
    return NULL;

  /* Every table's columns in one statement, and every foreign key in
   * another, rather than two statements a table. */
  if (!sam_statement_prepare (&statement, db, "SELECT t.name, c.name, c.\"notnull\", c.pk, c.type "
                              "FROM pragma_table_list t JOIN pragma_table_info (t.name) c "
                              "WHERE t.schema = 'main' AND t.type = 'table' "
                              "AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                              "ORDER BY t.name, c.cid",
                              error))
    return NULL;
  rc = sam_statement_step (&statement, error);
  for (guint i = 0; rc >= 0 && i < schema->tables->len; i++)
    if (!load_table (g_ptr_array_index (schema->tables, i), &statement, &rc, error))
      return NULL;
  sam_statement_clear (&statement);
  if (rc < 0)
    return NULL;

  if (!sam_statement_prepare (&statement, db, "SELECT t.name, f.id, f.seq, f.\"table\", f.\"from\", "
                              "f.\"to\", f.on_delete "
                              "FROM pragma_table_list t JOIN pragma_foreign_key_list (t.name) f "
                              "WHERE t.schema = 'main' AND t.type = 'table' "
                              "AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                              "ORDER BY t.name, f.id, f.seq",
                              error))
    return NULL;
  rc = sam_statement_step (&statement, error);
  for (guint i = 0; rc >= 0 && i < schema->tables->len; i++)
    if (!load_foreign_keys (schema, g_ptr_array_index (schema->tables, i), &statement, &rc, error))
      return NULL;
  sam_statement_clear (&statement);
  if (rc < 0)
    return NULL;

  g_object_set_qdata_full (G_OBJECT (store), schema_quark (),
                           g_rc_box_acquire (schema), sam_schema_unref);

  return g_steal_pointer (&schema);
}
