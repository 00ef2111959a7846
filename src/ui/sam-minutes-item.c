/* sam-minutes-item.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-minutes-item"

#include "config.h"

#include "sam-minutes-item.h"

/* PLACEHOLDER: the meetings issue replaces this file. */

struct _SamMinutesItem
{
  AdwBin    parent_instance;

  SamStore *store;
  gint64    agenda_item_id;
  gboolean  locked;
};

G_DEFINE_FINAL_TYPE (SamMinutesItem, sam_minutes_item, ADW_TYPE_BIN)

static void
sam_minutes_item_dispose (GObject *object)
{
  SamMinutesItem *self = (SamMinutesItem *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_minutes_item_parent_class)->dispose (object);
}

static void
sam_minutes_item_class_init (SamMinutesItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_minutes_item_dispose;
}

static void
sam_minutes_item_init (SamMinutesItem *self)
{
}

GtkWidget *
sam_minutes_item_new (SamStore *store,
                      gint64    agenda_item_id)
{
  SamMinutesItem *self = g_object_new (SAM_TYPE_MINUTES_ITEM, NULL);

  self->store = g_object_ref (store);
  self->agenda_item_id = agenda_item_id;

  return GTK_WIDGET (self);
}

void
sam_minutes_item_set_locked (SamMinutesItem *self,
                             gboolean        locked)
{
  self->locked = locked;
}
