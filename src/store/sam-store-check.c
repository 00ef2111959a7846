/* sam-store-check.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-core.h"

/* The quick check of a store opened with %SAM_STORE_OPEN_CHECK_LATER: it
 * reads every page of a large file, which takes seconds, so it runs in a
 * worker thread on its own read-only connection while the window already
 * shows the data. Writes wait for its result (sam_store_begin() refuses
 * them while it runs), so nothing is written into a damaged file. */

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *damage = NULL;
  SamDb *db;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gint64 start = g_get_monotonic_time ();
  int rc;

  db = sam_db_open (path, TRUE, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (sam_statement_prepare (&statement, db, "PRAGMA quick_check", &error))
    while ((rc = sam_statement_step (&statement, &error)) == SQLITE_ROW)
      {
        const char *text = sam_statement_column_text (&statement, 0);

        if (damage == NULL && g_strcmp0 (text, "ok") != 0)
          damage = g_strdup (text);
      }
  /* Before the connection that keeps the statement closes. */
  sam_statement_clear (&statement);

  /* A page so damaged that SQLite stops reading is damage too. */
  if (damage == NULL && error != NULL
      && g_error_matches (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE))
    damage = g_strdup (error->message);
  sam_db_close (db);
  g_debug ("The quick check of %s took %.2f s", path,
           (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  if (damage == NULL && error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, damage != NULL ? g_steal_pointer (&damage) : g_strdup (""),
                           g_free);
}

/**
 * sam_store_check_async:
 * @self: a store opened with %SAM_STORE_OPEN_CHECK_LATER
 *
 * Runs SQLite's quick check of @self's file in a worker thread.
 */
void
sam_store_check_async (SamStore            *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SAM_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_store_check_async);
  g_task_set_task_data (task, g_strdup (sam_store_get_path (self)), g_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * sam_store_check_finish:
 *
 * Takes the result into the store: a damaged file turns read-only
 * (sam_store_get_read_only() says %SAM_STORE_READ_ONLY_DAMAGED and
 * sam_store_get_damage() what was found), a sound one takes writes.
 *
 * Returns: %TRUE when the file passed; %FALSE with @error set when it is
 *   damaged or could not be checked
 */
gboolean
sam_store_check_finish (SamStore      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_autofree char *damage = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  damage = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (damage == NULL)
    {
      /* A check that could not run (the file vanished, no memory) says
       * nothing about the data; the store's own writes will meet the
       * same problem and report it. */
      g_warning ("The quick check of %s did not run: %s",
                 sam_store_get_path (self), local_error->message);
      sam_store_set_check_result (self, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (damage[0] == '\0')
    {
      sam_store_set_check_result (self, NULL);
      return TRUE;
    }

  sam_store_set_check_result (self, damage);
  g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
               _("The database is damaged (%s), so it was opened read-only"), damage);
  return FALSE;
}

/* Checking */

/**
 * sam_store_check:
 * @self: a store
 * @counts: (out) (optional) (element-type SamTableCount): the rows per table
 * @error: return location for a #GError
 *
 * Runs SQLite's integrity and foreign-key checks.
 *
 * Returns: (transfer full) (element-type utf8): the problems found (empty
 *   when the database is sound), or %NULL on error
 */
GPtrArray *
sam_store_check (SamStore  *self,
                 GArray   **counts,
                 GError   **error)
{
  SamTableInfo *tables;
  guint n_tables;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (!sam_statement_prepare (&statement, self->db, "PRAGMA integrity_check", error))
    return NULL;
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      const char *text = sam_statement_column_text (&statement, 0);

      if (g_strcmp0 (text, "ok") != 0)
        g_ptr_array_add (problems, g_strdup (text));
    }
  if (rc < 0)
    return NULL;

  if (!sam_statement_prepare (&statement, self->db, "PRAGMA foreign_key_check", error))
    return NULL;
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("%s row %lld refers to a missing row of %s"),
                                      sam_statement_column_text (&statement, 0),
                                      (long long)sam_statement_column_int64 (&statement, 1),
                                      sam_statement_column_text (&statement, 2)));
  if (rc < 0)
    return NULL;

  if (counts != NULL)
    {
      *counts = g_array_new (FALSE, FALSE, sizeof (SamTableCount));
      tables = sam_store_get_tables (&n_tables);
      for (guint i = 0; i < n_tables; i++)
        {
          SamTableCount count = { tables[i].table, sam_store_count (self, tables[i].type) };

          g_array_append_val (*counts, count);
        }
    }

  return g_steal_pointer (&problems);
}
