/* sam-kept-items.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SAM_TYPE_KEPT_ITEMS (sam_kept_items_get_type ())

G_DECLARE_FINAL_TYPE (SamKeptItems, sam_kept_items, SAM, KEPT_ITEMS, GObject)

SamKeptItems *sam_kept_items_new        (GListModel   *source) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_kept_items_get_source (SamKeptItems *self);

G_END_DECLS
