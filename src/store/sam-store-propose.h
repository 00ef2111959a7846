/* sam-store-propose.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

GStrv       sam_store_listed_points         (const char     *text) G_GNUC_WARN_UNUSED_RESULT;
GStrv       sam_store_item_points           (SamAgendaItem  *item) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *sam_store_find_coming_meetings  (SamStore       *self,
                                             gint64          body_id,
                                             const char     *after,
                                             GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GArray     *sam_store_propose_item          (SamStore       *self,
                                             gint64          item_id,
                                             gint64          meeting_id,
                                             SamMeeting     *new_meeting,
                                             GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
