/* sam-store.c: the store object: its signal, the changes it announces
 * and its transactions
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

G_DEFINE_FINAL_TYPE (SamStore, sam_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (sam-store-error-quark, sam_store_error)

/* Changes are announced once the outermost transaction commits, so that a
 * view never shows what a rollback takes back. */

static void flush_changes (SamStore *self);

static void
queue_change (SamStore       *self,
              const char     *table,
              gint64          id,
              SamStoreChange  kind,
              gboolean        precise)
{
  PendingChange change = { table, id, kind, precise };

  g_array_append_val (self->pending, change);

  /* Outside a transaction autocommit has already made it durable. */
  if (sam_db_get_depth (self->db) == 0)
    flush_changes (self);
}

/* @table must outlive the store, as an interned string does. */
void
sam_store_queue_change (SamStore       *self,
                        const char     *table,
                        gint64          id,
                        SamStoreChange  kind)
{
  queue_change (self, table, id, kind, FALSE);
}

/* A change from a writer that announces every row it deletes or changes,
 * those the schema's ON DELETE actions reach included (deletion with undo):
 * when a transaction's deletions all come from such writers, the live
 * objects of the rows not announced are still as stored and are not read
 * again. */
void
sam_store_queue_precise_change (SamStore       *self,
                                const char     *table,
                                gint64          id,
                                SamStoreChange  kind)
{
  queue_change (self, table, id, kind, TRUE);
}

/* Whether @pending tells every row that changed: one precise writer at
 * least, every deletion from one, and no change of many rows at once. */
static gboolean
is_precise (GArray *pending)
{
  gboolean any = FALSE;

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *p = &g_array_index (pending, PendingChange, i);

      if (p->id == 0 || (p->kind == SAM_STORE_CHANGE_DELETE && !p->precise))
        return FALSE;
      any = any || p->precise;
    }

  return any;
}

static void
flush_changes (SamStore *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) by_table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify)g_array_unref);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->precise = is_precise (pending);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *p = &g_array_index (pending, PendingChange, i);
      GArray *changes = g_hash_table_lookup (by_table, p->table);
      gboolean seen = FALSE;

      if (changes == NULL)
        {
          changes = g_array_new (FALSE, FALSE, sizeof (PendingChange));
          g_hash_table_insert (by_table, (gpointer)p->table, changes);
          g_ptr_array_add (order, (gpointer)p->table);
        }

      for (guint j = 0; j < changes->len && !seen; j++)
        seen = g_array_index (changes, PendingChange, j).id == p->id;
      if (!seen)
        g_array_append_val (changes, *p);
    }

  /* One change to a table is announced as it is; several (a move that
   * renumbers siblings, an import) as one change with id 0, during which
   * sam_store_get_announced_ids() tells which rows changed. */
  for (guint i = 0; i < order->len; i++)
    {
      const char *table = g_ptr_array_index (order, i);
      GArray *changes = g_hash_table_lookup (by_table, table);
      g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), changes->len);

      for (guint j = 0; j < changes->len; j++)
        g_array_append_val (ids, g_array_index (changes, PendingChange, j).id);

      self->announced = ids;
      if (changes->len == 1)
        {
          PendingChange *p = &g_array_index (changes, PendingChange, 0);

          g_signal_emit (self, signals[CHANGED], 0, p->table, p->id, p->kind);
        }
      else
        g_signal_emit (self, signals[CHANGED], 0, table, (gint64)0, SAM_STORE_CHANGE_UPDATE);
      self->announced = NULL;
    }

  self->precise = FALSE;
  g_hash_table_remove_all (self->written);
}

/**
 * sam_store_get_announced_ids:
 *
 * While #SamStore::changed is emitted, the ids of the rows of that table
 * that changed (ids of deleted rows included).
 *
 * Returns: (transfer none) (nullable) (element-type gint64): the ids, or
 *   %NULL outside an emission
 */
const GArray *
sam_store_get_announced_ids (SamStore *self)
{
  return self->announced;
}

static void
sam_store_finalize (GObject *object)
{
  SamStore *self = (SamStore *)object;

  g_clear_pointer (&self->live, sam_live_map_free);
  g_clear_pointer (&self->presenters, g_hash_table_unref);
  g_clear_pointer (&self->written, g_hash_table_unref);
  g_clear_pointer (&self->db, sam_db_close);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->damage, g_free);

  G_OBJECT_CLASS (sam_store_parent_class)->finalize (object);
}

static void
sam_store_class_init (SamStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_store_finalize;

  /**
   * SamStore::changed:
   * @self: the store
   * @table: the table that changed
   * @id: the row, or 0 when many rows of @table changed
   * @kind: a #SamStoreChange
   *
   * Emitted after a change is committed.
   */
  signals[CHANGED] =
    g_signal_new_class_handler ("changed",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_FIRST,
                                G_CALLBACK (sam_store_real_changed),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);
}

static void
sam_store_init (SamStore *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->live = sam_live_map_new ();
  self->written = g_hash_table_new (NULL, NULL);
  self->presenters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify)g_array_unref);
}

const char *
sam_store_get_path (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return sam_db_get_path (self->db);
}

int
sam_store_get_schema_version (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  return self->schema_version;
}

SamDb *
sam_store_get_db (SamStore *self)
{
  return self->db;
}

/**
 * sam_store_get_statement_count:
 * @self: a store
 *
 * Counts the SQL statements the store's connection has run since it was
 * opened, for the benchmarks: the difference before and after an action
 * is what the action cost the database.
 *
 * Returns: the number of statements run
 */
guint64
sam_store_get_statement_count (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  return sam_db_get_n_statements (self->db);
}

/* Transactions */

/**
 * sam_store_begin:
 *
 * Starts a transaction; transactions nest, and only the outermost commit
 * makes the changes durable and announces them.
 */
gboolean
sam_store_begin (SamStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  /* Nothing is written to a file before its quick check has passed. */
  if (self->check_pending && self->read_only == SAM_STORE_WRITABLE)
    {
      g_set_error_literal (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY,
                           _("The database is still being checked, which takes a moment "
                             "after opening: the change is not saved yet"));
      return FALSE;
    }

  g_hash_table_remove_all (self->presenters);

  return sam_db_begin (self->db, error);
}

gboolean
sam_store_commit (SamStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  if (!sam_db_commit (self->db, error))
    return FALSE;

  if (sam_db_get_depth (self->db) == 0)
    flush_changes (self);

  return TRUE;
}

void
sam_store_rollback (SamStore *self)
{
  g_return_if_fail (SAM_IS_STORE (self));

  sam_db_rollback (self->db);
  g_hash_table_remove_all (self->presenters);

  if (sam_db_get_depth (self->db) == 0)
    {
      g_array_set_size (self->pending, 0);
      g_hash_table_remove_all (self->written);
      /* What the live objects read inside the transaction is gone. */
      sam_live_map_unverify_all (self->live);
    }
}

/* Runs the end of one store action: commits on success, rolls back (and
 * leaves @error set) on failure. */
gboolean
sam_store_finish_action (SamStore  *self,
                         gboolean   ok,
                         GError   **error)
{
  if (ok && sam_store_commit (self, error))
    return TRUE;

  sam_store_rollback (self);

  return FALSE;
}
