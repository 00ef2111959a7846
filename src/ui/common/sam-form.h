/* sam-form.h: binds an entity's properties to editing widgets
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
#include "sam-time-row.h"

G_BEGIN_DECLS

#define SAM_TYPE_FORM (sam_form_get_type ())

G_DECLARE_FINAL_TYPE (SamForm, sam_form, SAM, FORM, GObject)

SamForm    *sam_form_new                (SamStore      *store) G_GNUC_WARN_UNUSED_RESULT;
void        sam_form_set_entity         (SamForm       *self,
                                         gpointer       entity);
gpointer    sam_form_get_entity         (SamForm       *self);
void        sam_form_set_owner          (SamForm       *self,
                                         GtkWidget     *owner);
void        sam_form_add_child          (SamForm       *self,
                                         SamForm       *child);
SamForm    *sam_form_add_row            (SamForm       *self,
                                         gpointer       entity,
                                         GtkWidget     *row);

void        sam_form_bind_editable      (SamForm       *self,
                                         GtkEditable   *editable,
                                         const char    *property,
                                         gboolean       required);
void        sam_form_bind_date          (SamForm       *self,
                                         SamDateRow    *row,
                                         const char    *property);
void        sam_form_bind_time          (SamForm       *self,
                                         SamTimeRow    *row,
                                         const char    *property);
void        sam_form_bind_text_view     (SamForm       *self,
                                         GtkTextView   *text_view,
                                         const char    *property);
void        sam_form_bind_spin          (SamForm       *self,
                                         GtkSpinButton *spin,
                                         const char    *property);
void        sam_form_bind_drop_down     (SamForm       *self,
                                         GtkWidget     *drop_down,
                                         const char    *property);
void        sam_form_bind_enum          (SamForm       *self,
                                         AdwComboRow   *row,
                                         const char    *property,
                                         const char * (*label_func) (int value),
                                         guint          n_values);
void        sam_form_bind_choice        (SamForm       *self,
                                         SamPlanChoice *choice,
                                         const char    *property);
void        sam_form_bind_combo_choice  (SamForm       *self,
                                         AdwComboRow   *row,
                                         const char    *property);
void        sam_form_bind_check         (SamForm       *self,
                                         GtkWidget     *check,
                                         const char    *property);
void        sam_form_add_mark           (SamForm       *self,
                                         GtkWidget     *widget);

void        sam_form_changed            (SamForm       *self,
                                         gboolean       at_once);
void        sam_form_refill_begin       (SamForm       *self);
void        sam_form_refill_end         (SamForm       *self);
void        sam_form_clear              (SamForm       *self);
void        sam_form_reload             (SamForm       *self);
gboolean    sam_form_save               (SamForm       *self);
void        sam_form_flush              (SamForm       *self);
gboolean    sam_form_get_unsaved        (SamForm       *self);

char       *sam_text_view_get_text      (GtkTextView   *text_view) G_GNUC_WARN_UNUSED_RESULT;
void        sam_text_view_set_text      (GtkTextView   *text_view,
                                         const char    *text);

G_END_DECLS
