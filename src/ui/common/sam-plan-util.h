/* sam-plan-util.h: what the plan, focus-question and activity pages share
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

/* Puts back what a deletion removed; runs when the toast's Undo is clicked. */
typedef void (*SamPlanUndoFunc) (gpointer data);

char        *sam_plan_format_date           (const char    *iso) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_plan_format_datetime       (const char    *iso) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_plan_today                 (GtkWidget    *from) G_GNUC_WARN_UNUSED_RESULT;
int          sam_plan_this_year             (GtkWidget    *from);
char        *sam_plan_format_sek            (gint64         amount) G_GNUC_WARN_UNUSED_RESULT;
const char  *sam_plan_category_label        (SamActivityCategory category);
const char  *sam_plan_activity_kind_label   (SamActivityKind     kind);
const char  *sam_plan_activity_status_label (SamActivityStatus   status);
const char  *sam_plan_focus_status_label    (SamFocusStatus      status);
char        *sam_plan_priority_label        (int                 priority) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_plan_period_label          (SamPlan            *plan) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_plan_label                 (gpointer            plan) G_GNUC_WARN_UNUSED_RESULT;
void         sam_plan_show_message          (GtkWidget          *widget,
                                             const char         *message);
void         sam_plan_show_undo             (GtkWidget          *widget,
                                             const char         *title,
                                             SamPlanUndoFunc     undo,
                                             gpointer            data,
                                             GDestroyNotify      destroy);
void         sam_plan_activate_open         (GtkWidget          *widget,
                                             const char         *section,
                                             gint64              id);

G_END_DECLS
