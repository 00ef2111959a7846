/* sam-minutes-item.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_MINUTES_ITEM (sam_minutes_item_get_type ())

G_DECLARE_FINAL_TYPE (SamMinutesItem, sam_minutes_item, SAM, MINUTES_ITEM, GtkWidget)

/* The minutes of one agenda item: what was said, the input from the
 * discussion (medskick), its decisions and the assignments it creates.
 * Everything saves as it is typed. */
GtkWidget *sam_minutes_item_new            (SamStore       *store,
                                            gint64          agenda_item_id);
gint64     sam_minutes_item_get_agenda_item_id (SamMinutesItem *self);
gboolean   sam_minutes_item_get_locked     (SamMinutesItem *self);
void       sam_minutes_item_set_locked     (SamMinutesItem *self,
                                            gboolean        locked);
void       sam_minutes_item_flush          (SamMinutesItem *self);

G_END_DECLS
