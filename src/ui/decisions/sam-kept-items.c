/* sam-kept-items.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-kept-items"

#include "config.h"

#include "sam-kept-items.h"
#include "sam-model.h"

/* A store list builds a new object in every get_item() and announces a row
 * that changed in place as removed and added again. A list view rebuilds
 * the row's widget unless it gets the same object back, and an entry in
 * the row loses the focus. This model sits between the two and hands out
 * the object a view still holds for a row's id, with the new values copied
 * into it. Unlike a model that copies every row, it only knows the rows a
 * view asked for, so a list of ten thousand rows costs what is on screen. */

struct _SamKeptItems
{
  GObject     parent_instance;

  GListModel *source;
  GHashTable *alive;    /* id → the SamEntity a view holds (not a reference) */
};

typedef struct
{
  SamKeptItems *self;
  gint64        id;
} Kept;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamKeptItems, sam_kept_items, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
forget_cb (gpointer  data,
           GObject  *where_the_object_was)
{
  Kept *kept = data;

  if (kept->self != NULL
      && g_hash_table_lookup (kept->self->alive, &kept->id) == (gpointer)where_the_object_was)
    g_hash_table_remove (kept->self->alive, &kept->id);

  g_free (kept);
}

static GType
sam_kept_items_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (SAM_KEPT_ITEMS (model)->source);
}

static guint
sam_kept_items_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (SAM_KEPT_ITEMS (model)->source);
}

static gboolean
values_equal (SamEntity *a,
              SamEntity *b)
{
  SamEntityClass *klass = SAM_ENTITY_GET_CLASS (a);

  if (g_strcmp0 (sam_entity_get_updated_at (a), sam_entity_get_updated_at (b)) != 0)
    return FALSE;

  /* Derived values too: a renamed body changes what the row shows. */
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_param_values_cmp (klass->fields[i],
                            sam_entity_peek_value (a, klass->fields[i]),
                            sam_entity_peek_value (b, klass->fields[i])) != 0)
      return FALSE;

  return TRUE;
}

static gpointer
sam_kept_items_get_item (GListModel *model,
                         guint       position)
{
  SamKeptItems *self = SAM_KEPT_ITEMS (model);
  g_autoptr(SamEntity) fresh = g_list_model_get_item (self->source, position);
  SamEntity *kept;
  Kept *note;
  gint64 id;

  if (fresh == NULL)
    return NULL;

  id = sam_entity_get_id (fresh);
  kept = g_hash_table_lookup (self->alive, &id);
  if (kept != NULL)
    {
      if (!values_equal (kept, fresh))
        sam_entity_copy_fields (kept, fresh);
      return g_object_ref (kept);
    }

  note = g_new0 (Kept, 1);
  note->self = self;
  note->id = id;
  g_hash_table_insert (self->alive, &note->id, fresh);
  g_object_weak_ref (G_OBJECT (fresh), forget_cb, note);

  return g_steal_pointer (&fresh);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sam_kept_items_get_item_type;
  iface->get_n_items = sam_kept_items_get_n_items;
  iface->get_item = sam_kept_items_get_item;
}

static void
source_items_changed_cb (SamKeptItems *self,
                         guint         position,
                         guint         removed,
                         guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
sam_kept_items_dispose (GObject *object)
{
  SamKeptItems *self = (SamKeptItems *)object;
  GHashTableIter iter;
  gpointer key, value;

  /* The objects may outlive this model; their notes must not point here. */
  g_hash_table_iter_init (&iter, self->alive);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Kept *note = (Kept *)((char *)key - G_STRUCT_OFFSET (Kept, id));

      note->self = NULL;
    }
  g_hash_table_remove_all (self->alive);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (sam_kept_items_parent_class)->dispose (object);
}

static void
sam_kept_items_finalize (GObject *object)
{
  SamKeptItems *self = (SamKeptItems *)object;

  g_clear_pointer (&self->alive, g_hash_table_unref);

  G_OBJECT_CLASS (sam_kept_items_parent_class)->finalize (object);
}

static void
sam_kept_items_class_init (SamKeptItemsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_kept_items_dispose;
  object_class->finalize = sam_kept_items_finalize;
}

static void
sam_kept_items_init (SamKeptItems *self)
{
  self->alive = g_hash_table_new (g_int64_hash, g_int64_equal);
}

/**
 * sam_kept_items_new:
 * @source: a list of entities
 *
 * Returns: (transfer full): the model
 */
SamKeptItems *
sam_kept_items_new (GListModel *source)
{
  SamKeptItems *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (SAM_TYPE_KEPT_ITEMS, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (source_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

GListModel *
sam_kept_items_get_source (SamKeptItems *self)
{
  g_return_val_if_fail (SAM_IS_KEPT_ITEMS (self), NULL);

  return self->source;
}
