/* sam-store-search-async.c: the search in a worker thread.
 *
 * A search field runs a query per keystroke; on twenty years of history a
 * query can take longer than a frame, so it runs in a GTask thread on a
 * read-only connection of its own (WAL lets it read while the window's
 * connection writes; it sees what was committed). The connection is made
 * on first use and kept with the store, one query at a time: a query that
 * was cancelled while it waited for the one before it never runs.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <gio/gio.h>

#include "sam-store-private.h"
#include "sam-store-search-private.h"

#define CONNECTION_KEY "sam-store-search-connection"

typedef struct
{
  GMutex  lock;
  char   *path;
  SamDb  *db;
} Connection;

typedef struct
{
  char   *query;
  char   *kind;
  gint64  body_id;
  int     year;
  guint   limit;
} Args;

static void
connection_free (gpointer data)
{
  Connection *connection = data;

  g_mutex_clear (&connection->lock);
  g_clear_pointer (&connection->db, sam_db_close);
  g_free (connection->path);
  g_free (connection);
}

static void
args_free (gpointer data)
{
  Args *args = data;

  g_free (args->query);
  g_free (args->kind);
  g_free (args);
}

/* The store's search connection, made on the main thread (the worker only
 * opens the file). */
static Connection *
get_connection (SamStore *self)
{
  Connection *connection = g_object_get_data (G_OBJECT (self), CONNECTION_KEY);
  const char *path = sam_store_get_path (self);

  if (connection != NULL || path == NULL || path[0] == '\0' || g_str_equal (path, ":memory:"))
    return connection;

  connection = g_new0 (Connection, 1);
  g_mutex_init (&connection->lock);
  connection->path = g_strdup (path);
  g_object_set_data_full (G_OBJECT (self), CONNECTION_KEY, connection, connection_free);

  return connection;
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Connection *connection = g_object_get_data (source_object, CONNECTION_KEY);
  Args *args = task_data;
  SamSearchFilter filter = { args->kind, args->body_id, args->year };
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&connection->lock);
  GError *error = NULL;
  GPtrArray *hits;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (connection->db == NULL)
    {
      connection->db = sam_db_open (connection->path, TRUE, &error);
      if (connection->db == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  hits = _sam_search_on_db (connection->db, args->query, &filter, args->limit, &error);
  if (hits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hits, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * sam_store_search_async:
 * @self: a store
 * @query: the user's text, as for sam_store_search()
 * @filter: (nullable): kind, body and year, copied
 * @limit: at most this many hits
 * @cancellable: (nullable): cancel it when a newer query replaces this one
 * @callback: called on the calling thread's main context
 * @user_data: for @callback
 *
 * sam_store_search() in a worker thread on a read-only connection of its
 * own. A store without a file (in memory) searches on its own connection
 * before returning, still reporting through @callback.
 */
void
sam_store_search_async (SamStore               *self,
                        const char             *query,
                        const SamSearchFilter  *filter,
                        guint                   limit,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  Args *args;

  g_return_if_fail (SAM_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_store_search_async);

  if (get_connection (self) == NULL)
    {
      GError *error = NULL;
      GPtrArray *hits = sam_store_search (self, query, filter, limit, &error);

      if (hits == NULL)
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, hits, (GDestroyNotify)g_ptr_array_unref);
      return;
    }

  args = g_new0 (Args, 1);
  args->query = g_strdup (query);
  args->kind = filter != NULL ? g_strdup (filter->kind) : NULL;
  args->body_id = filter != NULL ? filter->body_id : 0;
  args->year = filter != NULL ? filter->year : 0;
  args->limit = limit;
  g_task_set_task_data (task, args, args_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * sam_store_search_finish:
 *
 * Returns: (transfer full) (element-type SamSearchHit) (nullable): the
 *   hits, best first, or %NULL with @error set (%G_IO_ERROR_CANCELLED for a
 *   query that was replaced)
 */
GPtrArray *
sam_store_search_finish (SamStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
