/* sam-growing-model.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SAM_TYPE_GROWING_MODEL (sam_growing_model_get_type ())

G_DECLARE_FINAL_TYPE (SamGrowingModel, sam_growing_model, SAM, GROWING_MODEL, GObject)

SamGrowingModel *sam_growing_model_new          (GListModel      *source,
                                                 guint            first,
                                                 guint            batch) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *sam_growing_model_get_source   (SamGrowingModel *self);
void             sam_growing_model_set_widget   (SamGrowingModel *self,
                                                 GtkWidget       *widget);
void             sam_growing_model_reveal       (SamGrowingModel *self,
                                                 guint            position);
void             sam_growing_model_show_all     (SamGrowingModel *self);
void             sam_growing_model_restart      (SamGrowingModel *self);
gboolean         sam_growing_model_get_complete (SamGrowingModel *self);

G_END_DECLS
