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

G_DECLARE_FINAL_TYPE (SamMinutesItem, sam_minutes_item, SAM, MINUTES_ITEM, AdwBin)

/* The minutes of one agenda item: what was said, the input from the
 * discussion (medskick), its decisions and the assignments it creates. */
GtkWidget *sam_minutes_item_new        (SamStore       *store,
                                        gint64          agenda_item_id);
void       sam_minutes_item_set_locked (SamMinutesItem *self,
                                        gboolean        locked);

G_END_DECLS
