/* sam-stable-model.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-stable-model"

#include "config.h"

#include "sam-stable-model.h"

/* The store's lists build a new object in every get_item(), and announce a
 * row that changed in place as removed and added again. A list view then
 * builds the row's widget anew, which takes the focus away from an entry
 * in it. This model sits between the two: it keeps the objects, copies the
 * new values into them, and only says items-changed when rows really come,
 * go or move. "item-updated" tells filters above it to look again. */

struct _SamStableModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *items;
  gulong      items_changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamStableModel, sam_stable_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  ITEM_UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
sam_stable_model_get_item_type (GListModel *model)
{
  SamStableModel *self = SAM_STABLE_MODEL (model);

  return self->source != NULL ? g_list_model_get_item_type (self->source) : SAM_TYPE_ENTITY;
}

static guint
sam_stable_model_get_n_items (GListModel *model)
{
  return SAM_STABLE_MODEL (model)->items->len;
}

static gpointer
sam_stable_model_get_item (GListModel *model,
                           guint       position)
{
  SamStableModel *self = SAM_STABLE_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sam_stable_model_get_item_type;
  iface->get_n_items = sam_stable_model_get_n_items;
  iface->get_item = sam_stable_model_get_item;
}

static void
source_items_changed_cb (SamStableModel *self,
                         guint           position,
                         guint           removed,
                         guint           added,
                         GListModel     *source)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same_ids;

  g_assert (SAM_IS_STABLE_MODEL (self));

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (fresh, g_list_model_get_item (source, position + i));

  same_ids = removed == added;
  for (guint i = 0; same_ids && i < added; i++)
    same_ids = sam_entity_get_id (g_ptr_array_index (self->items, position + i))
               == sam_entity_get_id (g_ptr_array_index (fresh, i));

  if (same_ids)
    {
      /* Edited in place: keep the objects, let them notify. */
      for (guint i = 0; i < added; i++)
        {
          SamEntity *kept = g_ptr_array_index (self->items, position + i);
          SamEntity *item = g_ptr_array_index (fresh, i);

          /* The store's identity map may hand out the very object kept,
           * already brought up to date: the row changed all the same. */
          if (kept == item)
            g_signal_emit (self, signals[ITEM_UPDATED], 0, position + i);
          else if (!sam_entity_fields_equal (kept, item)
              || g_strcmp0 (sam_entity_get_updated_at (kept), sam_entity_get_updated_at (item)) != 0)
            {
              sam_entity_copy_fields (kept, item);
              g_signal_emit (self, signals[ITEM_UPDATED], 0, position + i);
            }
        }
      return;
    }

  /* Rows that only moved keep their object, so that their widgets can be
   * reused by the list view. */
  for (guint i = 0; i < added; i++)
    {
      SamEntity *item = g_ptr_array_index (fresh, i);
      gint64 id = sam_entity_get_id (item);

      for (guint j = position; j < position + removed; j++)
        {
          SamEntity *old = g_ptr_array_index (self->items, j);

          if (old != NULL && sam_entity_get_id (old) == id)
            {
              sam_entity_copy_fields (old, item);
              g_ptr_array_index (fresh, i) = g_object_ref (old);
              g_object_unref (item);
              break;
            }
        }
    }

  g_ptr_array_remove_range (self->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->items, position + i, g_object_ref (g_ptr_array_index (fresh, i)));

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
sam_stable_model_dispose (GObject *object)
{
  SamStableModel *self = (SamStableModel *)object;

  if (self->source != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->source);
  g_clear_object (&self->source);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (sam_stable_model_parent_class)->dispose (object);
}

static void
sam_stable_model_finalize (GObject *object)
{
  SamStableModel *self = (SamStableModel *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_stable_model_parent_class)->finalize (object);
}

static void
sam_stable_model_class_init (SamStableModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_stable_model_dispose;
  object_class->finalize = sam_stable_model_finalize;

  /**
   * SamStableModel::item-updated:
   * @position: the row whose object now holds new values
   */
  signals[ITEM_UPDATED] =
    g_signal_new ("item-updated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sam_stable_model_init (SamStableModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sam_stable_model_new:
 * @source: (nullable): a list of #SamEntity
 *
 * Returns: (transfer full): the model
 */
SamStableModel *
sam_stable_model_new (GListModel *source)
{
  SamStableModel *self = g_object_new (SAM_TYPE_STABLE_MODEL, NULL);

  sam_stable_model_set_source (self, source);

  return self;
}

/**
 * sam_stable_model_get_source:
 *
 * Returns: (transfer none) (nullable): the list it follows
 */
GListModel *
sam_stable_model_get_source (SamStableModel *self)
{
  g_return_val_if_fail (SAM_IS_STABLE_MODEL (self), NULL);

  return self->source;
}

/**
 * sam_stable_model_set_source:
 * @source: (nullable): another list of #SamEntity to follow
 */
void
sam_stable_model_set_source (SamStableModel *self,
                             GListModel     *source)
{
  guint old_n;
  guint new_n;

  g_return_if_fail (SAM_IS_STABLE_MODEL (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  if (self->source == source)
    return;

  if (self->source != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->source);
  g_set_object (&self->source, source);

  old_n = self->items->len;
  g_ptr_array_set_size (self->items, 0);

  new_n = source != NULL ? g_list_model_get_n_items (source) : 0;
  for (guint i = 0; i < new_n; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (source, i));

  if (source != NULL)
    self->items_changed_id = g_signal_connect_object (source, "items-changed",
                                                      G_CALLBACK (source_items_changed_cb), self,
                                                      G_CONNECT_SWAPPED);

  if (old_n > 0 || new_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
}

/**
 * sam_stable_model_find:
 * @id: an entity id
 *
 * Returns: the position of the row with @id, or -1
 */
int
sam_stable_model_find (SamStableModel *self,
                       gint64          id)
{
  g_return_val_if_fail (SAM_IS_STABLE_MODEL (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    if (sam_entity_get_id (g_ptr_array_index (self->items, i)) == id)
      return (int)i;

  return -1;
}
