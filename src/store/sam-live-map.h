/* sam-live-map.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"

G_BEGIN_DECLS

/* The store's identity map: the entity objects that are alive, by table and
 * id, so that loading a row again returns the object already shown. It
 * holds no references: an entry goes when its object is finalized. */
typedef struct _SamLiveMap SamLiveMap;

SamLiveMap *sam_live_map_new          (void);
void        sam_live_map_free         (SamLiveMap  *self);
SamEntity  *sam_live_map_lookup       (SamLiveMap  *self,
                                       const char  *table,
                                       gint64       id,
                                       gboolean    *verified);
void        sam_live_map_add          (SamLiveMap  *self,
                                       const char  *table,
                                       SamEntity   *entity);
void        sam_live_map_remove       (SamLiveMap  *self,
                                       const char  *table,
                                       gint64       id);
void        sam_live_map_set_verified (SamLiveMap  *self,
                                       const char  *table,
                                       gint64       id);
void        sam_live_map_unverify_all (SamLiveMap  *self);
GPtrArray  *sam_live_map_list_table   (SamLiveMap  *self,
                                       const char  *table) G_GNUC_WARN_UNUSED_RESULT;
guint       sam_live_map_get_size     (SamLiveMap  *self);

G_END_DECLS
