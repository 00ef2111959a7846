/* sam-stable-model.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-model.h"

G_BEGIN_DECLS

#define SAM_TYPE_STABLE_MODEL (sam_stable_model_get_type ())

G_DECLARE_FINAL_TYPE (SamStableModel, sam_stable_model, SAM, STABLE_MODEL, GObject)

/* Keeps one object per row of a store list, so that a row edited in place
 * updates the object (with notify) instead of replacing it, and the widget
 * showing it keeps its focus while the user types. */
SamStableModel *sam_stable_model_new        (GListModel     *source) G_GNUC_WARN_UNUSED_RESULT;
GListModel     *sam_stable_model_get_source (SamStableModel *self);
void            sam_stable_model_set_source (SamStableModel *self,
                                             GListModel     *source);
int             sam_stable_model_find       (SamStableModel *self,
                                             gint64          id);

G_END_DECLS
