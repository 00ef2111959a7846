/* sam-store-undo.c: deletion with undo, driven by the schema.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store-undo"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sam-store-schema.h"
#include "sam-store-undo.h"

/* Deleting a row lets SQLite apply the schema's ON DELETE actions: rows
 * that belong to it go with it (CASCADE, recursively), references to it are
 * cleared (SET NULL). Before the DELETE, in the same transaction, the store
 * walks those same foreign keys, read once from the schema
 * (pragma_foreign_key_list), and copies every row that will go, column by
 * column (blobs included, as sqlite3_values), and the key and column of
 * every reference that will be cleared. Undo inserts the rows again, parents
 * before the rows that point at them, with their own ids and uuids, and puts
 * the references back where they are still empty.
 *
 * Nothing is written on Undo that the rows did not hold: updated_at,
 * created_at and a meeting's sequence come back as they were. The schema's
 * only triggers write to the search index (0002-search.sql), which the
 * re-inserted rows so put back; one that wrote to an entity's table on
 * INSERT would make the restored rows differ, and test-undo.c compares
 * every table before and after.
 *
 * Between the deletion and Undo the user may have gone on working. An id
 * the deleted row had may have been given to a new row (ids are not
 * AUTOINCREMENT): the restored row then gets a new id and what points at it
 * follows. A row it pointed at may have been deleted since: a row that
 * would have been deleted with it stays deleted, and a reference that
 * would have been cleared stays empty. A reference the user has pointed
 * elsewhere since is left as the user set it. */

typedef enum
{
  ROW_PENDING,
  ROW_INSERTED,
  ROW_SKIPPED,
} RowState;

typedef struct
{
  Table          *table;
  sqlite3_value **values;
  guint           n_values;
  char           *key;
  RowState        state;
  gint64          new_id;
} Row;

/* A reference that the deletion cleared: the child row's key, and what the
 * column held. */
typedef struct
{
  ForeignKey     *fk;
  sqlite3_value **key;
  guint           n_key;
  sqlite3_value  *value;
} Link;

struct _SamDeletion
{
  GObject     parent_instance;

  GType       type;
  gint64      id;
  char       *uuid;
  char       *title;
  gboolean    undone;

  Schema     *schema;
  Row        *root;
  GPtrArray  *rows;          /* Row, in the order Undo inserts them */
  GHashTable *index;         /* row key → Row */
  GPtrArray  *links;         /* Link */

  /* A merge (sam_store_merge_people()): the rows that were pointed from
   * the deleted row to the kept one, and whether the user was the
   * deleted one. */
  GPtrArray  *moves;         /* Link: the child row's key, the kept id */
  gint64      kept_id;
  char       *kept_uuid;
  gboolean    moved_user;
};

G_DEFINE_FINAL_TYPE (SamDeletion, sam_deletion, G_TYPE_OBJECT)

/* Values */

static void
values_free (sqlite3_value **values,
             guint           n_values)
{
  if (values == NULL)
    return;

  for (guint i = 0; i < n_values; i++)
    sqlite3_value_free (values[i]);
  g_free (values);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  values_free (row->values, row->n_values);
  g_free (row->key);
  g_free (row);
}

static void
link_free (gpointer data)
{
  Link *link = data;

  values_free (link->key, link->n_key);
  sqlite3_value_free (link->value);
  g_free (link);
}

static sqlite3_value *
dup_value (sqlite3_value *value)
{
  sqlite3_value *copy = sqlite3_value_dup (value);

  if (copy == NULL)
    g_error ("Out of memory copying a value of a deleted row");

  return copy;
}

static gboolean
is_null (sqlite3_value *value)
{
  return sqlite3_value_type (value) == SQLITE_NULL;
}

/* A value as text that tells its type apart: used for keys and the dump. */
static void
append_value (GString       *string,
              sqlite3_value *value)
{
  switch (sqlite3_value_type (value))
    {
    case SQLITE_INTEGER:
      g_string_append_printf (string, "i%" G_GINT64_FORMAT, (gint64)sqlite3_value_int64 (value));
      break;

    case SQLITE_FLOAT:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        g_string_append_c (string, 'f');
        g_string_append (string, g_ascii_dtostr (buffer, sizeof buffer, sqlite3_value_double (value)));
      }
      break;

    case SQLITE_TEXT:
      {
        const char *text = (const char *)sqlite3_value_text (value);
        int n_bytes = sqlite3_value_bytes (value);

        /* One row a line in the dump: line breaks are escaped. */
        g_string_append_c (string, 't');
        for (int i = 0; i < n_bytes; i++)
          if (text[i] == '\\' || text[i] == '\n')
            g_string_append (string, text[i] == '\n' ? "\\n" : "\\\\");
          else
            g_string_append_c (string, text[i]);
      }
      break;

    case SQLITE_BLOB:
      {
        const guchar *bytes = sqlite3_value_blob (value);
        int n_bytes = sqlite3_value_bytes (value);

        g_string_append_c (string, 'b');
        for (int i = 0; i < n_bytes; i++)
          g_string_append_printf (string, "%02x", bytes[i]);
      }
      break;

    default:
      g_string_append_c (string, 'n');
      break;
    }
}

static char *
make_key (Table          *table,
          sqlite3_value **values,
          const int      *indexes,
          guint           n)
{
  GString *key = g_string_new (table->name);

  g_string_append_c (key, '\x1e');
  for (guint i = 0; i < n; i++)
    {
      append_value (key, values[indexes != NULL ? indexes[i] : (int)i]);
      g_string_append_c (key, '\x1f');
    }

  return g_string_free (key, FALSE);
}

static char *
row_key (Table          *table,
         sqlite3_value **values)
{
  return make_key (table, values, table->key, table->n_key);
}

/* The key of the row @fk points at with @value, when @fk points at the
 * parent's key (as every foreign key in this schema does). */
static char *
target_key (ForeignKey    *fk,
            sqlite3_value *value)
{
  if (fk->parent->n_key != 1 || fk->parent->key[0] != fk->target)
    return NULL;

  return make_key (fk->parent, &value, NULL, 1);
}

/* Runs @statement to the end, copies the first @n values of every row and
 * clears it. The rows are copied before anything else runs, because
 * statements are shared and the walk below asks the same question again
 * one level down. */
static GPtrArray *
fetch_all (SamStatement  *statement,
           guint          n,
           GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  int rc;

  while ((rc = sam_statement_step (statement, error)) == SQLITE_ROW)
    {
      sqlite3_value **values = g_new0 (sqlite3_value *, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        values[i] = dup_value (sqlite3_column_value (statement->stmt, (int)i));
      g_ptr_array_add (rows, values);
    }
  sam_statement_clear (statement);

  if (rc < 0)
    {
      for (guint i = 0; i < rows->len; i++)
        values_free (g_ptr_array_index (rows, i), n);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* Taking what a deletion removes */

typedef struct
{
  SamDb      *db;
  GPtrArray  *rows;
  GHashTable *index;
  GPtrArray  *links;
} Capture;

/* Takes @values as a row that goes, unless it is taken already; a new one
 * is added to @level too, whose dependents are looked for next. */
static void
add_row (Capture        *capture,
         Table          *table,
         sqlite3_value **values,
         GPtrArray      *level)
{
  g_autofree char *key = row_key (table, values);
  Row *row;

  if (g_hash_table_contains (capture->index, key))
    {
      values_free (values, table->n_values);
      return;
    }

  row = g_new0 (Row, 1);
  row->table = table;
  row->values = values;
  row->n_values = table->n_values;
  row->key = g_steal_pointer (&key);
  g_ptr_array_add (capture->rows, row);
  g_hash_table_insert (capture->index, row->key, row);
  if (level != NULL)
    g_ptr_array_add (level, row);
}

/* The rows and references that point through @fk at the rows of @level
 * (those of @fk's parent table): one statement for all the integer values
 * (every key of this schema), one a value for any other. */
static gboolean
follow_foreign_key (Capture     *capture,
                    ForeignKey  *fk,
                    GPtrArray   *level,
                    GPtrArray   *next,
                    GError     **error)
{
  gboolean cascade = fk->on_delete == ACTION_CASCADE;
  guint n = cascade ? fk->child->n_values : fk->child->n_key + 1;
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GPtrArray) queries = g_ptr_array_new ();
  guint n_ids = 0;

  for (guint i = 0; i < level->len; i++)
    {
      Row *row = g_ptr_array_index (level, i);
      sqlite3_value *value = row->values[fk->target];

      if (row->table != fk->parent || is_null (value))
        continue;
      if (sqlite3_value_type (value) == SQLITE_INTEGER)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n_ids++ > 0 ? "," : "",
                                (gint64)sqlite3_value_int64 (value));
      else
        g_ptr_array_add (queries, value);
    }
  g_string_append_c (json, ']');

  for (guint q = 0; q <= queries->len; q++)
    {
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
      g_autoptr(GPtrArray) found = NULL;

      if (q == queries->len && n_ids == 0)
        break;

      if (q < queries->len)
        {
          /* Text and blobs are not written into JSON: looked for one at a
           * time, by the statement that gives the key without the column. */
          if (!sam_statement_prepare (&statement, capture->db,
                                      cascade ? fk->select_children : fk->select_child_keys, error))
            return FALSE;
          sam_statement_bind_value (&statement, 1, g_ptr_array_index (queries, q));
          found = fetch_all (&statement, cascade ? n : n - 1, error);
        }
      else
        {
          if (!sam_statement_prepare (&statement, capture->db,
                                      cascade ? fk->select_children_in : fk->select_child_links_in,
                                      error))
            return FALSE;
          sam_statement_bind_text (&statement, 1, json->str);
          found = fetch_all (&statement, n, error);
        }
      if (found == NULL)
        return FALSE;

      for (guint j = 0; j < found->len; j++)
        {
          sqlite3_value **child_values = g_ptr_array_index (found, j);

          g_ptr_array_index (found, j) = NULL;
          if (cascade)
            add_row (capture, fk->child, child_values, next);
          else
            {
              Link *link = g_new0 (Link, 1);

              link->fk = fk;
              link->key = child_values;
              link->n_key = fk->child->n_key;
              if (q < queries->len)
                link->value = dup_value (g_ptr_array_index (queries, q));
              else
                {
                  link->value = child_values[link->n_key];
                  child_values[link->n_key] = NULL;
                }
              g_ptr_array_add (capture->links, link);
            }
        }
    }

  return TRUE;
}

/* Takes the row @values of @table and, level by level, every row the
 * schema's ON DELETE CASCADE takes with it and every reference its ON
 * DELETE SET NULL clears: one statement a foreign key a level, not one a
 * row. */
static gboolean
capture_rows (Capture        *capture,
              Table          *table,
              sqlite3_value **values,
              GError        **error)
{
  g_autoptr(GPtrArray) level = g_ptr_array_new ();

  add_row (capture, table, values, level);

  while (level->len > 0)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new ();
      g_autoptr(GHashTable) tables = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < level->len; i++)
        {
          Table *parent = ((Row *)g_ptr_array_index (level, i))->table;

          if (!g_hash_table_add (tables, parent))
            continue;

          for (guint k = 0; k < parent->referenced_by->len; k++)
            {
              ForeignKey *fk = g_ptr_array_index (parent->referenced_by, k);

              if (fk->on_delete != ACTION_NONE
                  && !follow_foreign_key (capture, fk, level, next, error))
                return FALSE;
            }
        }

      g_ptr_array_unref (level);
      level = g_steal_pointer (&next);
    }

  return TRUE;
}

/* Whether every row @row points at, among the deleted ones, is placed. */
static gboolean
is_ready (Row        *row,
          GHashTable *index,
          GHashTable *placed)
{
  for (guint i = 0; i < row->table->references->len; i++)
    {
      ForeignKey *fk = g_ptr_array_index (row->table->references, i);
      sqlite3_value *value = row->values[fk->column];
      g_autofree char *key = NULL;
      Row *target;

      if (is_null (value) || (key = target_key (fk, value)) == NULL)
        continue;

      target = g_hash_table_lookup (index, key);
      if (target != NULL && target != row && !g_hash_table_contains (placed, target))
        return FALSE;
    }

  return TRUE;
}

/* Orders the rows so that each comes after the rows it points at; a
 * cycle is broken by inserting one of its rows with the reference empty
 * and setting it afterwards. */
static GPtrArray *
order_rows (GPtrArray  *rows,
            GHashTable *index)
{
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) remaining = g_ptr_array_copy (rows, NULL, NULL);
  GPtrArray *ordered = g_ptr_array_new_full (rows->len, row_free);

  while (remaining->len > 0)
    {
      g_autoptr(GPtrArray) later = g_ptr_array_new ();

      for (guint i = 0; i < remaining->len; i++)
        {
          Row *row = g_ptr_array_index (remaining, i);

          if (is_ready (row, index, placed))
            {
              g_ptr_array_add (ordered, row);
              g_hash_table_add (placed, row);
            }
          else
            g_ptr_array_add (later, row);
        }

      if (later->len == remaining->len)
        {
          Row *row = g_ptr_array_steal_index (later, 0);

          g_ptr_array_add (ordered, row);
          g_hash_table_add (placed, row);
        }

      g_ptr_array_unref (remaining);
      remaining = g_steal_pointer (&later);
    }

  return ordered;
}

static void
announce_row (SamStore       *store,
              Row            *row,
              GHashTable     *index,
              gint64          id,
              SamStoreChange  kind)
{
  Table *table = row->table;

  if (table->id >= 0)
    {
      sam_store_queue_precise_change (store, table->name, id, kind);
      return;
    }

  /* A link between two things (a presenter of an item) is a change to
   * each thing that stays. */
  for (guint i = 0; i < table->references->len; i++)
    {
      ForeignKey *fk = g_ptr_array_index (table->references, i);
      sqlite3_value *value = row->values[fk->column];
      g_autofree char *key = NULL;

      if (is_null (value) || fk->parent->id != fk->target)
        continue;
      key = target_key (fk, value);
      if (key != NULL && g_hash_table_contains (index, key))
        continue;
      sam_store_queue_precise_change (store, fk->parent->name, sqlite3_value_int64 (value),
                                      SAM_STORE_CHANGE_UPDATE);
    }
}

static char *
entity_title (gpointer entity)
{
  static const char * const names[] = { "title", "name", "city", "text" };
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);
      g_autofree char *title = NULL;

      if (pspec == NULL || G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING)
        continue;

      g_object_get (entity, names[i], &title, NULL);
      if (title != NULL && *title != '\0')
        return g_steal_pointer (&title);
    }

  return NULL;
}

/**
 * sam_store_delete_with_undo:
 * @self: a store
 * @entity: a stored entity
 * @error: return location for a #GError
 *
 * Deletes @entity in one transaction as sam_store_delete() does (with what
 * the schema deletes with it and the references it clears), and announces
 * every row that went or changed.
 *
 * Returns: (transfer full) (nullable): what sam_store_undo_deletion() needs
 *   to bring it all back, or %NULL with @error set
 */
SamDeletion *
sam_store_delete_with_undo (SamStore  *self,
                            gpointer   entity,
                            GError   **error)
{
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(Schema) schema = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) found = NULL;
  Capture capture = { 0 };
  sqlite3_value *id_value;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  const char *name;
  Table *table;
  Row *root;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), NULL);

  schema = sam_store_get_schema (self, error);
  if (schema == NULL)
    return NULL;

  name = sam_entity_class_get_table (SAM_ENTITY_GET_CLASS (entity));
  table = name != NULL ? sam_schema_find_table (schema, name) : NULL;
  if (table == NULL || table->id < 0 || table->n_key != 1)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   "%s is not stored in a table with an id", G_OBJECT_TYPE_NAME (entity));
      return NULL;
    }

  capture.db = sam_store_get_db (self);
  capture.rows = rows = g_ptr_array_new ();
  capture.index = g_hash_table_new (g_str_hash, g_str_equal);
  capture.links = g_ptr_array_new_with_free_func (link_free);

  if (!sam_store_begin (self, error))
    goto failed_early;

  ok = sam_statement_prepare (&statement, capture.db, table->select_by_key, error);
  if (ok)
    {
      sam_statement_bind_int64 (&statement, 1, sam_entity_get_id (entity));
      found = fetch_all (&statement, table->n_values, error);
      ok = found != NULL;
    }

  if (ok && found->len == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may already have been deleted"));
      ok = FALSE;
    }

  if (ok)
    {
      sqlite3_value **values = g_ptr_array_steal_index (found, 0);

      ok = capture_rows (&capture, table, values, error);
    }

  /* A reference from a row that goes too needs no restoring: the row
   * comes back with it. */
  for (guint i = capture.links->len; ok && i > 0; i--)
    {
      Link *link = g_ptr_array_index (capture.links, i - 1);
      g_autofree char *key = make_key (link->fk->child, link->key, NULL, link->n_key);

      if (g_hash_table_contains (capture.index, key))
        g_ptr_array_remove_index (capture.links, i - 1);
    }

  root = ok ? g_ptr_array_index (capture.rows, 0) : NULL;
  if (ok)
    {
      ok = sam_statement_prepare (&statement, capture.db, table->delete_by_key, error);
    }
  if (ok)
    {
      sam_statement_bind_value (&statement, 1, root->values[table->key[0]]);
      ok = sam_statement_run (&statement, error);
    }

  if (ok)
    {
      for (guint i = 0; i < capture.rows->len; i++)
        {
          Row *row = g_ptr_array_index (capture.rows, i);
          gint64 id = row->table->id >= 0 ? sqlite3_value_int64 (row->values[row->table->id]) : 0;

          announce_row (self, row, capture.index, id, SAM_STORE_CHANGE_DELETE);
        }
      for (guint i = 0; i < capture.links->len; i++)
        {
          Link *link = g_ptr_array_index (capture.links, i);
          Table *child = link->fk->child;

          if (child->id >= 0)
            sam_store_queue_precise_change (self, child->name, sqlite3_value_int64 (link->key[0]),
                                            SAM_STORE_CHANGE_UPDATE);
        }
    }

  if (!ok)
    {
      sam_store_rollback (self);
      goto failed_early;
    }

  if (!sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      goto failed_early;
    }

  id_value = root->values[table->id];
  deletion = g_object_new (SAM_TYPE_DELETION, NULL);
  deletion->type = G_OBJECT_TYPE (entity);
  deletion->id = sqlite3_value_int64 (id_value);
  deletion->uuid = g_strdup (sam_entity_get_uuid (entity));
  deletion->title = entity_title (entity);
  deletion->schema = sam_schema_ref (schema);
  deletion->index = g_steal_pointer (&capture.index);
  deletion->links = g_steal_pointer (&capture.links);
  deletion->root = root;
  deletion->rows = order_rows (rows, deletion->index);

  return g_steal_pointer (&deletion);

failed_early:
  for (guint i = 0; i < rows->len; i++)
    row_free (g_ptr_array_index (rows, i));
  g_clear_pointer (&capture.index, g_hash_table_unref);
  g_clear_pointer (&capture.links, g_ptr_array_unref);
  return NULL;
}

/* Merging */

/* A row that now points elsewhere: a change to it, or, for a link between
 * two things (a presenter of an item), to the things it links. */
static void
announce_moved (SamStore       *store,
                ForeignKey     *fk,
                sqlite3_value **key,
                guint           n_key)
{
  Table *child = fk->child;

  if (child->id >= 0 && n_key == 1)
    {
      sam_store_queue_precise_change (store, child->name, sqlite3_value_int64 (key[0]),
                                      SAM_STORE_CHANGE_UPDATE);
      return;
    }

  for (guint i = 0; i < n_key; i++)
    for (guint j = 0; j < child->references->len; j++)
      {
        ForeignKey *other = g_ptr_array_index (child->references, j);

        if (other != fk && other->column == child->key[i] && other->parent->id == other->target)
          sam_store_queue_precise_change (store, other->parent->name, sqlite3_value_int64 (key[i]),
                                          SAM_STORE_CHANGE_UPDATE);
      }
}

/* Points every row that points at @remove_id through @fk at @keep_id,
 * and remembers each row moved in @moves. */
static gboolean
move_references (SamStore    *store,
                 ForeignKey  *fk,
                 gint64       keep_id,
                 gint64       remove_id,
                 GPtrArray   *moves,
                 GError     **error)
{
  SamDb *db = sam_store_get_db (store);
  Table *child = fk->child;
  g_autoptr(GPtrArray) found = NULL;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gboolean ok = TRUE;

  if (!sam_statement_prepare (&statement, db, fk->select_child_keys, error))
    return FALSE;
  sam_statement_bind_int64 (&statement, 1, remove_id);
  found = fetch_all (&statement, child->n_key, error);
  if (found == NULL)
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      sqlite3_value **key = g_ptr_array_index (found, i);

      g_ptr_array_index (found, i) = NULL;
      if (ok)
        {
          ok = sam_statement_prepare (&statement, db, fk->move, error);
        }
      if (ok)
        {
          sam_statement_bind_int64 (&statement, 1, keep_id);
          for (guint j = 0; j < child->n_key; j++)
            sam_statement_bind_value (&statement, (int)j + 2, key[j]);
          sam_statement_bind_int64 (&statement, (int)child->n_key + 2, remove_id);
          ok = sam_statement_run (&statement, error);
        }

      /* Ignored: the kept row is there already (the same person twice at
       * one meeting). This one goes with the deleted row. */
      if (ok && sqlite3_changes (sam_db_get_handle (db)) > 0)
        {
          Link *move = g_new0 (Link, 1);

          move->fk = fk;
          move->key = key;
          move->n_key = child->n_key;
          move->value = NULL;
          announce_moved (store, fk, key, child->n_key);
          g_ptr_array_add (moves, move);
        }
      else
        values_free (key, child->n_key);
    }

  return ok;
}

/**
 * sam_store_merge_people:
 * @self: a store
 * @keep: the person who stays
 * @remove: another record of the same person
 * @error: return location for a #GError
 *
 * Merges two records of one person in one transaction: everything that
 * points at @remove (attendance, presenters, owned assignments,
 * memberships, trip participants, a body's contact, a meeting's chair or
 * secretary, and who uses the application) is pointed at @keep, and
 * @remove is deleted. Where @keep is there already (both at one meeting),
 * the row of @remove is deleted with it. @keep's own fields are kept.
 *
 * Returns: (transfer full) (nullable): what sam_store_undo_deletion()
 *   needs to bring @remove back with everything that pointed at it, or
 *   %NULL with @error set
 */
SamDeletion *
sam_store_merge_people (SamStore   *self,
                        SamPerson  *keep,
                        SamPerson  *remove,
                        GError    **error)
{
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(Schema) schema = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *user = NULL;
  gint64 keep_id, remove_id;
  gboolean moved_user = FALSE;
  gboolean ok = TRUE;
  Table *table;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (SAM_IS_PERSON (keep), NULL);
  g_return_val_if_fail (SAM_IS_PERSON (remove), NULL);

  keep_id = sam_entity_get_id (SAM_ENTITY (keep));
  remove_id = sam_entity_get_id (SAM_ENTITY (remove));
  if (keep_id <= 0 || remove_id <= 0 || keep_id == remove_id)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Choose two different records of the person to merge"));
      return NULL;
    }

  schema = sam_store_get_schema (self, error);
  if (schema == NULL)
    return NULL;
  table = sam_schema_find_table (schema, sam_entity_class_get_table (SAM_ENTITY_GET_CLASS (keep)));
  g_return_val_if_fail (table != NULL && table->id >= 0, NULL);

  if (!sam_store_begin (self, error))
    return NULL;

  moves = g_ptr_array_new_with_free_func (link_free);
  for (guint i = 0; ok && i < table->referenced_by->len; i++)
    {
      ForeignKey *fk = g_ptr_array_index (table->referenced_by, i);

      if (fk->target == table->id)
        ok = move_references (self, fk, keep_id, remove_id, moves, error);
    }

  if (ok)
    {
      user = sam_store_get_user_person (self);
      if (user != NULL && g_strcmp0 (user, sam_entity_get_uuid (SAM_ENTITY (remove))) == 0)
        {
          ok = sam_store_set_user_person (self, sam_entity_get_uuid (SAM_ENTITY (keep)), error);
          moved_user = ok;
        }
    }

  if (ok)
    {
      deletion = sam_store_delete_with_undo (self, remove, error);
      ok = deletion != NULL;
    }

  if (ok)
    sam_store_queue_precise_change (self, table->name, keep_id, SAM_STORE_CHANGE_UPDATE);

  if (!ok || !sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      return NULL;
    }

  deletion->moves = g_steal_pointer (&moves);
  deletion->kept_id = keep_id;
  deletion->kept_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (keep)));
  deletion->moved_user = moved_user;

  return g_steal_pointer (&deletion);
}

/* Undo */

typedef struct
{
  ForeignKey *fk;
  Row        *row;
  Row        *target;
  gint64      rowid;
} Fixup;

typedef enum
{
  BIND_VALUE,
  BIND_NULL,
  BIND_ID,
} Bind;

/* What Undo has learnt of the rows outside the deletion: which parents
 * exist (they do not change while Undo runs) and which ids are taken. */
static char *
known_key (const char    *kind,
           const char    *table,
           int            column,
           sqlite3_value *value)
{
  g_autoptr(GString) key = g_string_new (kind);

  g_string_append_printf (key, "\x1e%s\x1e%d\x1e", table, column);
  append_value (key, value);

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static gboolean
parent_exists (SamDb          *db,
               GHashTable     *known,
               ForeignKey     *fk,
               sqlite3_value  *value,
               gboolean       *exists,
               GError        **error)
{
  g_autofree char *key = known_key ("parent", fk->parent->name, fk->target, value);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gpointer cached;
  int rc;

  if (g_hash_table_lookup_extended (known, key, NULL, &cached))
    {
      *exists = GPOINTER_TO_INT (cached);
      return TRUE;
    }

  if (!sam_statement_prepare (&statement, db, fk->parent_exists, error))
    return FALSE;

  sam_statement_bind_value (&statement, 1, value);
  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return FALSE;

  *exists = rc == SQLITE_ROW;
  g_hash_table_insert (known, g_steal_pointer (&key), GINT_TO_POINTER (*exists));

  return TRUE;
}

static void
mark_taken (GHashTable    *known,
            Table         *table,
            sqlite3_value *value)
{
  g_hash_table_insert (known, known_key ("taken", table->name, table->id, value), GINT_TO_POINTER (TRUE));
}

/* Which of the deleted rows' ids new rows have taken since, one statement
 * a table. */
static gboolean
find_taken_ids (SamDb        *db,
                SamDeletion  *deletion,
                GHashTable   *known,
                GError      **error)
{
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < deletion->rows->len; i++)
    {
      Table *table = ((Row *)g_ptr_array_index (deletion->rows, i))->table;
      g_autoptr(GString) json = g_string_new ("[");
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
      guint n_ids = 0;
      int rc;

      if (table->id < 0 || !g_hash_table_add (done, table))
        continue;

      for (guint j = i; j < deletion->rows->len; j++)
        {
          Row *row = g_ptr_array_index (deletion->rows, j);

          if (row->table == table && sqlite3_value_type (row->values[table->id]) == SQLITE_INTEGER)
            g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n_ids++ > 0 ? "," : "",
                                    (gint64)sqlite3_value_int64 (row->values[table->id]));
        }
      g_string_append_c (json, ']');
      if (n_ids == 0)
        continue;

      if (!sam_statement_prepare (&statement, db, table->ids_taken, error))
        return FALSE;
      sam_statement_bind_text (&statement, 1, json->str);
      while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
        mark_taken (known, table, sqlite3_column_value (statement.stmt, 0));
      if (rc < 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
id_taken (SamDb          *db,
          GHashTable     *known,
          Table          *table,
          sqlite3_value  *value,
          gboolean       *taken,
          GError        **error)
{
  g_autofree char *key = known_key ("taken", table->name, table->id, value);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  /* Integer ids were all looked up at once (find_taken_ids()). */
  if (sqlite3_value_type (value) == SQLITE_INTEGER)
    {
      *taken = g_hash_table_contains (known, key);
      return TRUE;
    }

  if (!sam_statement_prepare (&statement, db, table->id_taken, error))
    return FALSE;

  sam_statement_bind_value (&statement, 1, value);
  rc = sam_statement_step (&statement, error);
  if (rc < 0)
    return FALSE;

  *taken = rc == SQLITE_ROW;

  return TRUE;
}

static gboolean
restore_row (SamStore     *store,
             SamDeletion  *deletion,
             GHashTable   *known,
             Row          *row,
             gboolean      is_root,
             GArray       *fixups,
             GError      **error)
{
  SamDb *db = sam_store_get_db (store);
  Table *table = row->table;
  g_autofree Bind *binds = g_new0 (Bind, table->n_columns);
  g_autofree gint64 *ids = g_new0 (gint64, table->n_columns);
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Fixup));
  gboolean skip = FALSE;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  for (guint i = 0; i < table->references->len && !skip; i++)
    {
      ForeignKey *fk = g_ptr_array_index (table->references, i);
      sqlite3_value *value = row->values[fk->column];
      g_autofree char *key = NULL;
      gboolean gone = FALSE;
      Row *target = NULL;

      if (is_null (value))
        continue;

      key = target_key (fk, value);
      if (key != NULL)
        target = g_hash_table_lookup (deletion->index, key);

      if (target != NULL && target->state == ROW_INSERTED)
        {
          if (target->new_id != sqlite3_value_int64 (value))
            {
              binds[fk->column] = BIND_ID;
              ids[fk->column] = target->new_id;
            }
        }
      else if (target != NULL && target->state == ROW_PENDING)
        {
          Fixup fixup = { fk, row, target, 0 };

          /* A cycle, or a row that points at itself. */
          if (table->not_null[fk->column] || table->without_rowid)
            {
              g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                           "The rows of %s point at each other and cannot be restored",
                           table->name);
              return FALSE;
            }
          binds[fk->column] = BIND_NULL;
          g_array_append_val (pending, fixup);
        }
      else if (target != NULL)
        gone = TRUE;
      else
        {
          gboolean exists = FALSE;

          if (!parent_exists (db, known, fk, value, &exists, error))
            return FALSE;
          gone = !exists;
        }

      /* What it points at was deleted since: do what that deletion would
       * have done to it. */
      if (gone)
        {
          if ((fk->on_delete == ACTION_SET_NULL || fk->on_delete == ACTION_SET_DEFAULT)
              && !table->not_null[fk->column])
            binds[fk->column] = BIND_NULL;
          else
            skip = TRUE;
        }
    }

  if (skip)
    {
      if (is_root)
        {
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                       _("It cannot be brought back: what it belonged to has been deleted since"));
          return FALSE;
        }

      row->state = ROW_SKIPPED;
      return TRUE;
    }

  /* Its id was given to a new row in the meantime: it gets another. */
  if (table->id >= 0 && binds[table->id] == BIND_VALUE)
    {
      gboolean taken = FALSE;

      if (!id_taken (db, known, table, row->values[table->id], &taken, error))
        return FALSE;
      if (taken)
        binds[table->id] = BIND_NULL;
    }

  if (!sam_statement_prepare (&statement, db, table->insert, error))
    return FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    switch (binds[i])
      {
      case BIND_VALUE:
        sam_statement_bind_value (&statement, (int)i + 1, row->values[i]);
        break;
      case BIND_NULL:
        sam_statement_bind_null (&statement, (int)i + 1);
        break;
      case BIND_ID:
        sam_statement_bind_int64 (&statement, (int)i + 1, ids[i]);
        break;
      default:
        g_assert_not_reached ();
      }

  if (!sam_statement_run (&statement, error))
    return FALSE;

  row->state = ROW_INSERTED;
  row->new_id = table->id >= 0 ? sqlite3_last_insert_rowid (sam_db_get_handle (db)) : 0;
  /* A new id given here may be one another deleted row had. */
  if (table->id >= 0)
    g_hash_table_insert (known,
                         g_strdup_printf ("taken\x1e%s\x1e%d\x1ei%" G_GINT64_FORMAT,
                                          table->name, table->id, row->new_id),
                         GINT_TO_POINTER (TRUE));

  for (guint i = 0; i < pending->len; i++)
    {
      Fixup *fixup = &g_array_index (pending, Fixup, i);

      fixup->rowid = sqlite3_last_insert_rowid (sam_db_get_handle (db));
      g_array_append_val (fixups, *fixup);
    }

  announce_row (store, row, deletion->index, row->new_id, SAM_STORE_CHANGE_INSERT);

  return TRUE;
}

static gboolean
apply_fixups (SamStore  *store,
              GArray    *fixups,
              GError   **error)
{
  SamDb *db = sam_store_get_db (store);

  for (guint i = 0; i < fixups->len; i++)
    {
      Fixup *fixup = &g_array_index (fixups, Fixup, i);
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

      /* Deleted since, with what would have gone with it. */
      if (fixup->target->state != ROW_INSERTED)
        continue;

      if (!sam_statement_prepare (&statement, db, fixup->fk->fixup, error))
        return FALSE;
      sam_statement_bind_int64 (&statement, 1, fixup->target->new_id);
      sam_statement_bind_int64 (&statement, 2, fixup->rowid);
      if (!sam_statement_run (&statement, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
restore_links (SamStore     *store,
               SamDeletion  *deletion,
               GError      **error)
{
  SamDb *db = sam_store_get_db (store);

  for (guint i = 0; i < deletion->links->len; i++)
    {
      Link *link = g_ptr_array_index (deletion->links, i);
      ForeignKey *fk = link->fk;
      g_autofree char *key = target_key (fk, link->value);
      Row *target = key != NULL ? g_hash_table_lookup (deletion->index, key) : NULL;
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

      if (target != NULL && target->state != ROW_INSERTED)
        continue;

      if (!sam_statement_prepare (&statement, db, fk->relink, error))
        return FALSE;

      if (target != NULL)
        sam_statement_bind_int64 (&statement, 1, target->new_id);
      else
        sam_statement_bind_value (&statement, 1, link->value);
      for (guint j = 0; j < link->n_key; j++)
        sam_statement_bind_value (&statement, (int)j + 2, link->key[j]);

      if (!sam_statement_run (&statement, error))
        return FALSE;

      /* Left alone when the user pointed it elsewhere since. */
      if (sqlite3_changes (sam_db_get_handle (db)) > 0 && fk->child->id >= 0)
        sam_store_queue_precise_change (store, fk->child->name, sqlite3_value_int64 (link->key[0]),
                                        SAM_STORE_CHANGE_UPDATE);
    }

  return TRUE;
}

/* Undoing a merge: what was pointed at the kept row goes back to the
 * restored one, unless the user has pointed it elsewhere since. */
static gboolean
restore_moves (SamStore     *store,
               SamDeletion  *deletion,
               GError      **error)
{
  SamDb *db = sam_store_get_db (store);
  gint64 restored = deletion->root->new_id;

  if (deletion->moves == NULL)
    return TRUE;

  for (guint i = 0; i < deletion->moves->len; i++)
    {
      Link *move = g_ptr_array_index (deletion->moves, i);
      ForeignKey *fk = move->fk;
      Table *child = fk->child;
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

      if (!sam_statement_prepare (&statement, db, fk->move, error))
        return FALSE;

      sam_statement_bind_int64 (&statement, 1, restored);
      for (guint j = 0; j < move->n_key; j++)
        if (child->key[j] == fk->column)
          sam_statement_bind_int64 (&statement, (int)j + 2, deletion->kept_id);
        else
          sam_statement_bind_value (&statement, (int)j + 2, move->key[j]);
      sam_statement_bind_int64 (&statement, (int)move->n_key + 2, deletion->kept_id);

      if (!sam_statement_run (&statement, error))
        return FALSE;

      if (sqlite3_changes (sam_db_get_handle (db)) > 0)
        announce_moved (store, fk, move->key, move->n_key);
    }

  if (deletion->moved_user)
    {
      g_autofree char *user = sam_store_get_setting (store, "user-person");

      if (g_strcmp0 (user, deletion->kept_uuid) == 0
          && !sam_store_set_setting (store, "user-person", deletion->uuid, error))
        return FALSE;
    }

  sam_store_queue_precise_change (store, deletion->root->table->name, deletion->kept_id,
                                  SAM_STORE_CHANGE_UPDATE);

  return TRUE;
}

/**
 * sam_store_undo_deletion:
 * @self: the store @deletion was made in
 * @deletion: what sam_store_delete_with_undo() returned
 * @error: return location for a #GError
 *
 * Inserts the deleted rows again in one transaction, with their ids and
 * uuids, and points the references the deletion cleared at them again
 * (those the user has not set to something else since). Undoing twice is
 * an error.
 *
 * Returns: %TRUE when everything came back
 */
gboolean
sam_store_undo_deletion (SamStore     *self,
                         SamDeletion  *deletion,
                         GError      **error)
{
  g_autoptr(Schema) schema = NULL;
  g_autoptr(GArray) fixups = NULL;
  g_autoptr(GHashTable) known = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_DELETION (deletion), FALSE);

  if (deletion->undone)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED, _("It has already been brought back"));
      return FALSE;
    }

  schema = sam_store_get_schema (self, error);
  if (schema == NULL)
    return FALSE;
  if (schema != deletion->schema)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   "The deletion was made in another database");
      return FALSE;
    }

  for (guint i = 0; i < deletion->rows->len; i++)
    {
      Row *row = g_ptr_array_index (deletion->rows, i);

      row->state = ROW_PENDING;
      row->new_id = 0;
    }

  if (!sam_store_begin (self, error))
    return FALSE;

  fixups = g_array_new (FALSE, FALSE, sizeof (Fixup));
  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = find_taken_ids (sam_store_get_db (self), deletion, known, error);
  for (guint i = 0; ok && i < deletion->rows->len; i++)
    {
      Row *row = g_ptr_array_index (deletion->rows, i);

      ok = restore_row (self, deletion, known, row, row == deletion->root, fixups, error);
    }

  ok = ok
       && apply_fixups (self, fixups, error)
       && restore_links (self, deletion, error)
       && restore_moves (self, deletion, error);

  if (!ok || !sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      return FALSE;
    }

  deletion->undone = TRUE;
  deletion->id = deletion->root->new_id;

  return TRUE;
}

/* The deletion */

static void
sam_deletion_finalize (GObject *object)
{
  SamDeletion *self = (SamDeletion *)object;

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->moves, g_ptr_array_unref);
  g_free (self->kept_uuid);
  g_clear_pointer (&self->schema, sam_schema_unref);
  g_free (self->uuid);
  g_free (self->title);

  G_OBJECT_CLASS (sam_deletion_parent_class)->finalize (object);
}

static void
sam_deletion_class_init (SamDeletionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sam_deletion_finalize;
}

static void
sam_deletion_init (SamDeletion *self)
{
}

/* The type of the entity deleted. */
GType
sam_deletion_get_entity_type (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), G_TYPE_INVALID);

  return self->type;
}

/* The entity's id: the one it had, or after Undo the one it has (the same
 * unless a new row took it in the meantime). */
gint64
sam_deletion_get_id (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), 0);

  return self->id;
}

const char *
sam_deletion_get_uuid (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), NULL);

  return self->uuid;
}

/* The entity's title or name, for the toast; %NULL for one without (an
 * attendance, a membership). */
const char *
sam_deletion_get_title (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), NULL);

  return self->title;
}

gboolean
sam_deletion_get_undone (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), FALSE);

  return self->undone;
}

/* The rows deleted: the entity's and those deleted with it. */
guint
sam_deletion_get_n_rows (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), 0);

  return self->rows->len;
}

guint
sam_deletion_count_rows (SamDeletion *self,
                         const char  *table)
{
  guint n = 0;

  g_return_val_if_fail (SAM_IS_DELETION (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (((Row *)g_ptr_array_index (self->rows, i))->table->name, table) == 0)
      n++;

  return n;
}

/* The references to the deleted rows that the deletion cleared. */
guint
sam_deletion_get_n_links (SamDeletion *self)
{
  g_return_val_if_fail (SAM_IS_DELETION (self), 0);

  return self->links->len;
}

/**
 * sam_store_dump_rows:
 *
 * Every row of every table, column by column (blobs in hex), in key order:
 * what the tests compare before a deletion and after its Undo.
 *
 * Returns: (transfer full) (nullable): the text
 */
char *
sam_store_dump_rows (SamStore  *self,
                     GError   **error)
{
  g_autoptr(Schema) schema = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);
  SamDb *db;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  schema = sam_store_get_schema (self, error);
  if (schema == NULL)
    return NULL;
  db = sam_store_get_db (self);

  for (guint i = 0; i < schema->tables->len; i++)
    {
      Table *table = g_ptr_array_index (schema->tables, i);
      g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
      int rc;

      if (!sam_statement_prepare (&statement, db, table->dump, error))
        return NULL;

      g_string_append_printf (dump, "[%s]\n", table->name);
      while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
        {
          for (guint j = 0; j < table->n_columns; j++)
            {
              /* A column's value is only read through a copy of it. */
              sqlite3_value *value = dup_value (sqlite3_column_value (statement.stmt, (int)j));

              g_string_append_printf (dump, "%s%s=", j > 0 ? " " : "", table->columns[j]);
              append_value (dump, value);
              sqlite3_value_free (value);
            }
          g_string_append_c (dump, '\n');
        }
      if (rc < 0)
        return NULL;
    }

  return g_string_free (g_steal_pointer (&dump), FALSE);
}
