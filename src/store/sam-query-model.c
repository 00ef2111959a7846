/* sam-query-model.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-query-model"

#include "config.h"

#include "sam-query-model.h"

/* A live GListModel over a query. It keeps only the row ids (and the
 * derived values shown beside them) and builds the item objects in
 * get_item(), so that a list of thousands of rows costs a few bytes a row.
 * When the store announces a change to one of the tables the model reads,
 * it runs its query again and emits the smallest items-changed that turns
 * the old rows into the new ones. */

/* get_item() loads the rows from its position on that are not alive in one
 * statement, a screenful at a time, and keeps the last two batches. */
#define BATCH 48
#define KEPT (2 * BATCH)

struct _SamQueryModel
{
  GObject          parent_instance;

  SamStore        *store;
  GType            item_type;
  char           **tables;
  char            *item_table;
  SamRowFetchFunc  fetch;
  gpointer         user_data;
  GDestroyNotify   destroy;
  const char      *sql;
  GPtrArray       *params;

  GArray          *rows;
  gulong           changed_id;

  /* The objects of the rows loaded last, so that the batch a get_item()
   * loaded stays alive (and so loaded) for the calls that follow it. */
  SamEntity       *kept[KEPT];
  guint            kept_next;

  /* While frozen, changes are only remembered: what changed and whether
   * too much did to say, for the refresh when the model thaws. */
  gboolean         frozen;
  gboolean         stale;
  gboolean         stale_all;
  GArray          *stale_ids;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamQueryModel, sam_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sam_query_model_get_item_type (GListModel *model)
{
  return SAM_QUERY_MODEL (model)->item_type;
}

static guint
sam_query_model_get_n_items (GListModel *model)
{
  return SAM_QUERY_MODEL (model)->rows->len;
}

static void
keep (SamQueryModel *self,
      SamEntity     *entity)
{
  g_set_object (&self->kept[self->kept_next], entity);
  self->kept_next = (self->kept_next + 1) % KEPT;
}

static void
clear_kept (SamQueryModel *self)
{
  for (guint i = 0; i < KEPT; i++)
    g_clear_object (&self->kept[i]);
  self->kept_next = 0;
}

/* Loads the rows from @position on (and a few before it, for a view
 * scrolling up) that have no live object, in one statement. */
static void
load_batch (SamQueryModel *self,
            guint          position)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint first = position > BATCH / 4 ? position - BATCH / 4 : 0;
  guint end = MIN (first + BATCH, self->rows->len);

  for (guint i = first; i < end; i++)
    g_array_append_val (ids, g_array_index (self->rows, SamRow, i).id);

  if (!sam_store_load_plain_many (self->store, self->item_type, (const gint64 *)ids->data,
                                  ids->len, objects, &error))
    {
      g_debug ("Could not load a batch of %s: %s", self->item_table, error->message);
      return;
    }

  for (guint i = 0; i < objects->len; i++)
    keep (self, g_ptr_array_index (objects, i));
}

static gpointer
sam_query_model_get_item (GListModel *model,
                          guint       position)
{
  SamQueryModel *self = SAM_QUERY_MODEL (model);
  g_autoptr(GError) error = NULL;
  SamRow *row;
  SamEntity *entity;

  if (position >= self->rows->len)
    return NULL;

  row = &g_array_index (self->rows, SamRow, position);
  entity = sam_store_peek_live (self->store, self->item_type, row->id);
  if (entity == NULL)
    {
      load_batch (self, position);
      entity = sam_store_load_plain (self->store, self->item_type, row->id, &error);
    }
  if (entity == NULL)
    {
      /* The row went away after the model last looked; a refresh is on its
       * way. Until then an empty item keeps the list's promise. */
      g_debug ("Row %" G_GINT64_FORMAT " vanished: %s", row->id, error->message);
      entity = g_object_new (self->item_type, NULL);
      sam_entity_set_id (entity, row->id);
    }

  sam_store_apply_derived (entity, row->derived);

  return entity;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sam_query_model_get_item_type;
  iface->get_n_items = sam_query_model_get_n_items;
  iface->get_item = sam_query_model_get_item;
}

static gboolean
rows_equal (const SamRow *a,
            const SamRow *b)
{
  if (a->id != b->id)
    return FALSE;

  if (a->derived == NULL || b->derived == NULL)
    return a->derived == b->derived;

  return g_strv_equal ((const char * const *)a->derived, (const char * const *)b->derived);
}

static GArray *
fetch_sql (SamQueryModel  *self,
           GError        **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  g_autoptr(GArray) rows = NULL;
  int n_columns;
  int rc;

  if (!sam_statement_prepare (&statement, sam_store_get_db (self->store), self->sql, error))
    return NULL;

  for (guint i = 0; self->params != NULL && i < self->params->len; i++)
    {
      GVariant *param = g_ptr_array_index (self->params, i);

      if (g_variant_is_of_type (param, G_VARIANT_TYPE_INT64))
        sam_statement_bind_int64 (&statement, (int)i + 1, g_variant_get_int64 (param));
      else
        sam_statement_bind_text (&statement, (int)i + 1, g_variant_get_string (param, NULL));
    }

  rows = g_array_new (FALSE, TRUE, sizeof (SamRow));
  g_array_set_clear_func (rows, sam_row_clear);
  n_columns = sqlite3_column_count (statement.stmt);

  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      SamRow row = { sam_statement_column_int64 (&statement, 0), NULL };

      if (n_columns > 1)
        {
          row.derived = g_new0 (char *, n_columns);
          for (int i = 1; i < n_columns; i++)
            {
              const char *text = sam_statement_column_text (&statement, i);

              row.derived[i - 1] = g_strdup (text != NULL ? text : "");
            }
        }

      g_array_append_val (rows, row);
    }

  if (rc < 0)
    return NULL;

  return g_steal_pointer (&rows);
}

typedef struct
{
  guint position;   /* in the list as it is when this change is applied */
  guint removed;
  guint added;
  guint first_new;  /* the index in the new rows of the first one added */
  guint old_position; /* where it starts in the old rows */
} Run;

#define MAX_RUNS 64

static gboolean
id_changed (const GArray *changed_ids,
            gint64        id)
{
  for (guint i = 0; changed_ids != NULL && i < changed_ids->len; i++)
    if (g_array_index (changed_ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static SamRow
row_copy (const SamRow *row)
{
  SamRow copy = { row->id, g_strdupv (row->derived) };

  return copy;
}

/* When a filter narrows or widens, the rows that stay keep their order:
 * say what went and came in runs, so that a view keeps the widgets of the
 * rows that stay. After MAX_RUNS runs, which cover the top of the list a
 * view shows first, the rest is said in one. */
static gboolean
emit_in_runs (SamQueryModel *self,
              GArray        *old_rows,
              GArray        *new_rows,
              const GArray  *changed_ids)
{
  g_autoptr(GHashTable) new_positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  GArray *working;
  guint i = 0, j = 0, position = 0;
  Run run = { 0, 0, 0, 0, 0 };

  for (guint k = 0; k < new_rows->len; k++)
    g_hash_table_insert (new_positions, &g_array_index (new_rows, SamRow, k).id, GUINT_TO_POINTER (k + 1));

  while (i < old_rows->len || j < new_rows->len)
    {
      SamRow *old_row = i < old_rows->len ? &g_array_index (old_rows, SamRow, i) : NULL;
      SamRow *new_row = j < new_rows->len ? &g_array_index (new_rows, SamRow, j) : NULL;
      guint found = old_row != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (new_positions, &old_row->id)) : 0;

      if (old_row != NULL && new_row != NULL && old_row->id == new_row->id
          && rows_equal (old_row, new_row) && !id_changed (changed_ids, old_row->id))
        {
          if (run.removed > 0 || run.added > 0)
            {
              g_array_append_val (runs, run);
              position += run.added;
            }

          /* Enough runs: the rest, below what a view shows first, in one. */
          if (runs->len == MAX_RUNS)
            {
              run = (Run) { position, old_rows->len - i, new_rows->len - j, j, i };
              i = old_rows->len;
              j = new_rows->len;
              break;
            }
          position++;
          i++;
          j++;
          run = (Run) { position, 0, 0, j, i };
          continue;
        }

      if (run.removed == 0 && run.added == 0)
        run = (Run) { position, 0, 0, j, i };

      if (old_row != NULL && new_row != NULL && old_row->id == new_row->id)
        {
          /* The same row with new values: built again. */
          run.removed++;
          run.added++;
          i++;
          j++;
        }
      else if (old_row != NULL && (found == 0 || found - 1 < j))
        {
          run.removed++;
          i++;
        }
      else if (new_row != NULL)
        {
          run.added++;
          j++;
        }
      else
        {
          run.removed++;
          i++;
        }
    }
  if (run.removed > 0 || run.added > 0)
    g_array_append_val (runs, run);

  /* Apply the runs one by one, so that the list is what each emission
   * says it is, in an order in which a run only moves rows into a view that
   * are already what they will be: a view then builds the widget of each
   * row it shows once rather than once per run above it. */
  working = g_array_sized_new (FALSE, TRUE, sizeof (SamRow), old_rows->len);
  g_array_set_clear_func (working, sam_row_clear);
  for (guint k = 0; k < old_rows->len; k++)
    {
      SamRow copy = row_copy (&g_array_index (old_rows, SamRow, k));

      g_array_append_val (working, copy);
    }
  g_clear_pointer (&self->rows, g_array_unref);
  self->rows = working;

  /* First what goes, from the last run to the first (a run that also
   * brings rows brings them then); then what only comes, from the first
   * to the last, at its place in the new rows. */
  for (guint k = runs->len; k > 0; k--)
    {
      Run *r = &g_array_index (runs, Run, k - 1);

      if (r->removed == 0)
        continue;

      g_array_remove_range (self->rows, r->old_position, r->removed);
      for (guint n = 0; n < r->added; n++)
        {
          SamRow copy = row_copy (&g_array_index (new_rows, SamRow, r->first_new + n));

          g_array_insert_val (self->rows, r->old_position + n, copy);
        }
      g_list_model_items_changed (G_LIST_MODEL (self), r->old_position, r->removed, r->added);
    }

  for (guint k = 0; k < runs->len; k++)
    {
      Run *r = &g_array_index (runs, Run, k);

      if (r->removed > 0)
        continue;

      for (guint n = 0; n < r->added; n++)
        {
          SamRow copy = row_copy (&g_array_index (new_rows, SamRow, r->first_new + n));

          g_array_insert_val (self->rows, r->first_new + n, copy);
        }
      g_list_model_items_changed (G_LIST_MODEL (self), r->first_new, 0, r->added);
    }

  return TRUE;
}

static gboolean
refresh (SamQueryModel  *self,
         const GArray   *changed_ids,
         gboolean        changed_all,
         gboolean        in_runs,
         GError        **error)
{
  g_autoptr(GArray) old_rows = NULL;
  GArray *rows;
  guint old_n, new_n, start = 0, suffix = 0;
  guint old_end, new_end;

  if (self->fetch != NULL)
    rows = self->fetch (self->store, self->user_data, error);
  else
    rows = fetch_sql (self, error);

  if (rows == NULL)
    return FALSE;

  old_rows = g_steal_pointer (&self->rows);
  self->rows = rows;
  old_n = old_rows->len;
  new_n = rows->len;

  if (changed_all)
    {
      /* Too much changed to say what: every item may show something new. */
      if (old_n > 0 || new_n > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
      return TRUE;
    }

  /* Only a new filter says what changed in runs: a change in the store
   * keeps saying it in one range, as views built on that expect. */
  if (in_runs && old_n > 0 && new_n > 0)
    {
      self->rows = NULL;
      if (emit_in_runs (self, old_rows, rows, changed_ids))
        {
          g_clear_pointer (&self->rows, g_array_unref);
          self->rows = rows;
          return TRUE;
        }
      g_clear_pointer (&self->rows, g_array_unref);
      self->rows = rows;
    }

  while (start < old_n && start < new_n
         && rows_equal (&g_array_index (old_rows, SamRow, start),
                        &g_array_index (rows, SamRow, start)))
    start++;

  while (suffix < old_n - start && suffix < new_n - start
         && rows_equal (&g_array_index (old_rows, SamRow, old_n - 1 - suffix),
                        &g_array_index (rows, SamRow, new_n - 1 - suffix)))
    suffix++;

  old_end = old_n - suffix;
  new_end = new_n - suffix;

  /* A row that changed in place (a new title) keeps its id and position;
   * widen the range so that the views build it again. Rows outside the
   * range are the same in old and new, so widening stays correct. */
  for (guint i = 0; changed_ids != NULL && i < new_n; i++)
    {
      gint64 id = g_array_index (rows, SamRow, i).id;
      gboolean changed = FALSE;

      if (i >= start && i < new_end)
        continue;

      for (guint j = 0; j < changed_ids->len && !changed; j++)
        changed = g_array_index (changed_ids, gint64, j) == id;

      if (!changed)
        continue;

      if (start == old_end && start == new_end)
        {
          /* Nothing else changed: just this row. */
          start = i;
          old_end = new_end = i + 1;
        }
      else if (i < start)
        start = i;
      else
        {
          old_end += i + 1 - new_end;
          new_end = i + 1;
        }
    }

  if (old_end > start || new_end > start)
    g_list_model_items_changed (G_LIST_MODEL (self), start, old_end - start, new_end - start);

  return TRUE;
}

static void
on_store_changed (SamStore       *store,
                  const char     *table,
                  gint64          id,
                  SamStoreChange  kind,
                  SamQueryModel  *self)
{
  g_autoptr(GError) error = NULL;
  const GArray *changed_ids = NULL;

  if (!g_strv_contains ((const char * const *)self->tables, table))
    return;

  if (g_strcmp0 (table, self->item_table) == 0)
    changed_ids = sam_store_get_announced_ids (store);

  if (self->frozen)
    {
      self->stale = TRUE;
      if (changed_ids != NULL && !self->stale_all)
        g_array_append_vals (self->stale_ids, changed_ids->data, changed_ids->len);
      self->stale_all = self->stale_all || self->stale_ids->len > 1000;
      return;
    }

  if (!refresh (self, changed_ids, changed_ids != NULL && changed_ids->len > 1000, FALSE, &error))
    g_warning ("Could not refresh a list of %s: %s", self->item_table, error->message);
}

static void
sam_query_model_dispose (GObject *object)
{
  SamQueryModel *self = (SamQueryModel *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  clear_kept (self);

  G_OBJECT_CLASS (sam_query_model_parent_class)->dispose (object);
}

static void
sam_query_model_finalize (GObject *object)
{
  SamQueryModel *self = (SamQueryModel *)object;

  if (self->destroy != NULL)
    self->destroy (self->user_data);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->stale_ids, g_array_unref);
  g_clear_pointer (&self->params, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_strfreev);
  g_clear_pointer (&self->item_table, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_query_model_parent_class)->finalize (object);
}

static void
sam_query_model_class_init (SamQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_query_model_dispose;
  object_class->finalize = sam_query_model_finalize;
}

static void
sam_query_model_init (SamQueryModel *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (SamRow));
  g_array_set_clear_func (self->rows, sam_row_clear);
  self->stale_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static SamQueryModel *
query_model_new (SamStore           *store,
                 GType               item_type,
                 const char * const *tables)
{
  SamQueryModel *self = g_object_new (SAM_TYPE_QUERY_MODEL, NULL);
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);

  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->tables = g_strdupv ((char **)tables);
  self->item_table = g_strdup (sam_entity_class_get_table (SAM_ENTITY_CLASS (klass)));
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  return self;
}

/**
 * sam_query_model_new:
 * @store: a store
 * @item_type: the entity type of the items
 * @tables: the tables whose changes the rows depend on
 * @fetch: returns the rows (#SamRow) in order
 * @user_data: for @fetch
 * @destroy: frees @user_data
 *
 * Returns: (transfer full): a model, filled
 */
SamQueryModel *
sam_query_model_new (SamStore           *store,
                     GType               item_type,
                     const char * const *tables,
                     SamRowFetchFunc     fetch,
                     gpointer            user_data,
                     GDestroyNotify      destroy)
{
  SamQueryModel *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, SAM_TYPE_ENTITY), NULL);
  g_return_val_if_fail (fetch != NULL, NULL);

  self = query_model_new (store, item_type, tables);
  self->fetch = fetch;
  self->user_data = user_data;
  self->destroy = destroy;
  sam_query_model_refresh (self, NULL);

  return self;
}

/**
 * sam_query_model_new_for_sql:
 * @store: a store
 * @item_type: the entity type of the items
 * @tables: the tables whose changes the rows depend on
 * @sql: a static query whose first column is the id and whose further
 *   columns are the item's derived fields
 * @params: (transfer full) (nullable) (element-type GVariant): the values
 *   for the query's placeholders, int64 or string variants
 *
 * Returns: (transfer full): a model, filled
 */
SamQueryModel *
sam_query_model_new_for_sql (SamStore           *store,
                             GType               item_type,
                             const char * const *tables,
                             const char         *sql,
                             GPtrArray          *params)
{
  SamQueryModel *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, SAM_TYPE_ENTITY), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  self = query_model_new (store, item_type, tables);
  self->sql = sql;
  self->params = params;
  sam_query_model_refresh (self, NULL);

  return self;
}

/**
 * sam_query_model_refresh:
 *
 * Runs the query again, as a change through the store does by itself.
 */
gboolean
sam_query_model_refresh (SamQueryModel  *self,
                         GError        **error)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (self), FALSE);

  return refresh (self, NULL, FALSE, FALSE, error);
}

gint64
sam_query_model_get_id (SamQueryModel *self,
                        guint          position)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (self), 0);

  if (position >= self->rows->len)
    return 0;

  return g_array_index (self->rows, SamRow, position).id;
}

/**
 * sam_query_model_find:
 *
 * Returns: the position of the row with @id, or -1
 */
int
sam_query_model_find (SamQueryModel *self,
                      gint64         id)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (self), -1);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, SamRow, i).id == id)
      return (int)i;

  return -1;
}

/**
 * sam_query_model_set_params:
 * @params: (transfer full) (nullable) (element-type GVariant): new values
 *   for the query's placeholders
 *
 * Runs the query again with other values (a filter changed) and emits the
 * smallest items-changed between the old rows and the new.
 */
gboolean
sam_query_model_set_params (SamQueryModel  *self,
                            GPtrArray      *params,
                            GError        **error)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (self), FALSE);
  g_return_val_if_fail (self->sql != NULL, FALSE);

  g_clear_pointer (&self->params, g_ptr_array_unref);
  self->params = params;

  return refresh (self, NULL, FALSE, TRUE, error);
}

/**
 * sam_query_model_set_frozen:
 * @frozen: whether to stop following the store
 *
 * A frozen model keeps its rows while the store changes, and remembers
 * that it did; thawing it runs the query once to catch up. A view that is
 * not shown freezes its models so that changes cost it nothing.
 */
void
sam_query_model_set_frozen (SamQueryModel *self,
                            gboolean       frozen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean all;

  g_return_if_fail (SAM_IS_QUERY_MODEL (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;

  self->frozen = frozen;

  /* A hidden view needs none of its rows' objects. */
  if (frozen)
    clear_kept (self);

  if (frozen || !self->stale)
    return;

  ids = g_steal_pointer (&self->stale_ids);
  all = self->stale_all;
  self->stale_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->stale = self->stale_all = FALSE;

  if (!refresh (self, ids, all, FALSE, &error))
    g_warning ("Could not refresh a list of %s: %s", self->item_table, error->message);
}

gboolean
sam_query_model_get_stale (SamQueryModel *self)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (self), FALSE);

  return self->stale;
}

/**
 * sam_query_model_set_tables:
 * @tables: the tables whose changes the rows now depend on
 *
 * A filter can make the rows depend on more tables than the list without
 * it (a search in the meetings that looks into their agenda items): the
 * model follows those only while they matter. Set it before the params
 * that need it.
 */
void
sam_query_model_set_tables (SamQueryModel      *self,
                            const char * const *tables)
{
  g_return_if_fail (SAM_IS_QUERY_MODEL (self));
  g_return_if_fail (tables != NULL);

  g_strfreev (self->tables);
  self->tables = g_strdupv ((char **)tables);
}
