/* sam-plan-choice.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sam-model.h"

G_BEGIN_DECLS

#define SAM_TYPE_PLAN_CHOICE (sam_plan_choice_get_type ())

G_DECLARE_FINAL_TYPE (SamPlanChoice, sam_plan_choice, SAM, PLAN_CHOICE, GtkWidget)

/* Returns the label of one item of the source list (newly allocated). */
typedef char *(*SamPlanChoiceLabelFunc) (gpointer item);

GtkWidget  *sam_plan_choice_new             (void);
void        sam_plan_choice_set_source      (SamPlanChoice          *self,
                                             GListModel             *source,
                                             SamPlanChoiceLabelFunc  label_func,
                                             const char             *none_label);
GListModel *sam_plan_choice_get_source      (SamPlanChoice          *self);
gint64      sam_plan_choice_get_selected_id (SamPlanChoice          *self);
void        sam_plan_choice_set_selected_id (SamPlanChoice          *self,
                                             gint64                  id);
guint       sam_plan_choice_get_n_choices   (SamPlanChoice          *self);
GtkDropDown *sam_plan_choice_get_drop_down  (SamPlanChoice          *self);

char       *sam_plan_choice_entity_label    (gpointer                item);

G_END_DECLS
