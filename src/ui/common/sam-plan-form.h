/* sam-plan-form.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-date-row.h"
#include "sam-plan-choice.h"
#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PLAN_FORM (sam_plan_form_get_type ())

/* Puts back what a deletion removed; runs when the toast's Undo is clicked. */
typedef void (*SamPlanUndoFunc) (gpointer data);

G_DECLARE_FINAL_TYPE (SamPlanForm, sam_plan_form, SAM, PLAN_FORM, GObject)

SamPlanForm *sam_plan_form_new              (SamStore      *store) G_GNUC_WARN_UNUSED_RESULT;
void         sam_plan_form_set_entity       (SamPlanForm   *self,
                                             gpointer       entity);
gpointer     sam_plan_form_get_entity       (SamPlanForm   *self);
void         sam_plan_form_bind_editable    (SamPlanForm   *self,
                                             GtkEditable   *editable,
                                             const char    *property,
                                             gboolean       required);
void         sam_plan_form_bind_date        (SamPlanForm   *self,
                                             SamDateRow    *row,
                                             const char    *property);
void         sam_plan_form_bind_text_view   (SamPlanForm   *self,
                                             GtkTextView   *text_view,
                                             const char    *property);
void         sam_plan_form_bind_spin        (SamPlanForm   *self,
                                             GtkSpinButton *spin,
                                             const char    *property);
void         sam_plan_form_bind_drop_down   (SamPlanForm   *self,
                                             GtkDropDown   *drop_down,
                                             const char    *property);
void         sam_plan_form_bind_choice      (SamPlanForm   *self,
                                             SamPlanChoice *choice,
                                             const char    *property);
void         sam_plan_form_reload           (SamPlanForm   *self);
gboolean     sam_plan_form_save             (SamPlanForm   *self);
void         sam_plan_form_flush            (SamPlanForm   *self);

/* Helpers the focus-question and plan pages share. */
char        *sam_plan_text_view_get_text    (GtkTextView   *text_view) G_GNUC_WARN_UNUSED_RESULT;
void         sam_plan_text_view_set_text    (GtkTextView   *text_view,
                                             const char    *text);
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

gboolean     sam_plan_form_get_unsaved     (SamPlanForm   *self);

G_END_DECLS
