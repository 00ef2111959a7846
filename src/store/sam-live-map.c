/* sam-live-map.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-live-map"

#include "config.h"

#include "sam-live-map.h"

typedef struct
{
  SamLiveMap *map;
  SamEntity  *entity;
  const char *table;
  gint64      id;
  guint       generation;
} Entry;

struct _SamLiveMap
{
  /* table name (interned) → GHashTable of id → Entry */
  GHashTable *tables;
  /* A deletion can take rows of other tables with it (ON DELETE CASCADE),
   * which nobody announces: after one, every entry is checked once before
   * it is handed out again. */
  guint       generation;
};

static void entity_finalized_cb (gpointer  data,
                                 GObject  *where_the_object_was);

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->entity != NULL)
    g_object_weak_unref (G_OBJECT (entry->entity), entity_finalized_cb, entry);
  g_free (entry);
}

static GHashTable *
table_entries (SamLiveMap *self,
               const char *table,
               gboolean    create)
{
  const char *name = g_intern_string (table);
  GHashTable *entries = g_hash_table_lookup (self->tables, name);

  if (entries == NULL && create)
    {
      entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
      g_hash_table_insert (self->tables, (gpointer)name, entries);
    }

  return entries;
}

static void
entity_finalized_cb (gpointer  data,
                     GObject  *where_the_object_was)
{
  Entry *entry = data;
  GHashTable *entries = table_entries (entry->map, entry->table, FALSE);

  /* The object is gone: nothing to unref any more. */
  entry->entity = NULL;
  if (entries != NULL)
    g_hash_table_remove (entries, &entry->id);
}

SamLiveMap *
sam_live_map_new (void)
{
  SamLiveMap *self = g_new0 (SamLiveMap, 1);

  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify)g_hash_table_unref);

  return self;
}

void
sam_live_map_free (SamLiveMap *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->tables);
  g_free (self);
}

/* Returns: (transfer none) (nullable): the live object of the row; sets
 * @verified to whether it is known to exist since the last deletion */
SamEntity *
sam_live_map_lookup (SamLiveMap *self,
                     const char *table,
                     gint64      id,
                     gboolean   *verified)
{
  GHashTable *entries = table_entries (self, table, FALSE);
  Entry *entry;

  if (entries == NULL || (entry = g_hash_table_lookup (entries, &id)) == NULL)
    return NULL;

  if (verified != NULL)
    *verified = entry->generation == self->generation;

  return entry->entity;
}

void
sam_live_map_add (SamLiveMap *self,
                  const char *table,
                  SamEntity  *entity)
{
  GHashTable *entries = table_entries (self, table, TRUE);
  Entry *entry = g_new0 (Entry, 1);

  entry->map = self;
  entry->entity = entity;
  entry->table = g_intern_string (table);
  entry->id = sam_entity_get_id (entity);
  entry->generation = self->generation;
  g_object_weak_ref (G_OBJECT (entity), entity_finalized_cb, entry);

  /* The key lives in the entry, which the table frees with it. */
  g_hash_table_replace (entries, &entry->id, entry);
}

void
sam_live_map_remove (SamLiveMap *self,
                     const char *table,
                     gint64      id)
{
  GHashTable *entries = table_entries (self, table, FALSE);

  if (entries != NULL)
    g_hash_table_remove (entries, &id);
}

void
sam_live_map_set_verified (SamLiveMap *self,
                           const char *table,
                           gint64      id)
{
  GHashTable *entries = table_entries (self, table, FALSE);
  Entry *entry;

  if (entries != NULL && (entry = g_hash_table_lookup (entries, &id)) != NULL)
    entry->generation = self->generation;
}

void
sam_live_map_unverify_all (SamLiveMap *self)
{
  self->generation++;
}

/* Returns: (transfer container) (element-type SamEntity): new references
 * to the live objects of @table */
GPtrArray *
sam_live_map_list_table (SamLiveMap *self,
                         const char *table)
{
  GHashTable *entries = table_entries (self, table, FALSE);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  Entry *entry;

  if (entries == NULL)
    return list;

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    g_ptr_array_add (list, g_object_ref (entry->entity));

  return list;
}

guint
sam_live_map_get_size (SamLiveMap *self)
{
  GHashTableIter iter;
  GHashTable *entries;
  guint size = 0;

  g_hash_table_iter_init (&iter, self->tables);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entries))
    size += g_hash_table_size (entries);

  return size;
}
