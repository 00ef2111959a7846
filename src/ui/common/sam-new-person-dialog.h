/* sam-new-person-dialog.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_NEW_PERSON_DIALOG (sam_new_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SamNewPersonDialog, sam_new_person_dialog, SAM, NEW_PERSON_DIALOG, AdwWindow)

/* A small window that asks for a new person's name, municipality or
 * outside organisation, title and e-mail, warns when someone of that name
 * (case and accents aside) is already listed and offers them instead.
 * Nothing is saved until Add; Cancel and Escape save nothing. Emits
 * "person-chosen" (gint64 person_id, gboolean created) once, then closes. */
GtkWidget   *sam_new_person_dialog_new                (SamStore           *store,
                                                       const char         *name);
GtkWidget   *sam_new_person_dialog_present            (SamStore           *store,
                                                       GtkWidget          *parent,
                                                       const char         *name);
void         sam_new_person_dialog_set_municipality_id (SamNewPersonDialog *self,
                                                       gint64              municipality_id);
GtkEditable *sam_new_person_dialog_get_name_editable  (SamNewPersonDialog *self);
GtkEditable *sam_new_person_dialog_get_title_editable (SamNewPersonDialog *self);
GtkEditable *sam_new_person_dialog_get_email_editable (SamNewPersonDialog *self);
GtkEditable *sam_new_person_dialog_get_organization_editable (SamNewPersonDialog *self);
guint        sam_new_person_dialog_get_n_duplicates   (SamNewPersonDialog *self);
gboolean     sam_new_person_dialog_can_add            (SamNewPersonDialog *self);
gboolean     sam_new_person_dialog_add                (SamNewPersonDialog *self);
gboolean     sam_new_person_dialog_pick_duplicate     (SamNewPersonDialog *self,
                                                       guint               index);

G_END_DECLS
