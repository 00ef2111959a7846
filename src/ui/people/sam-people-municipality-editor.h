/* sam-people-municipality-editor.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PEOPLE_MUNICIPALITY_EDITOR (sam_people_municipality_editor_get_type ())

G_DECLARE_FINAL_TYPE (SamPeopleMunicipalityEditor, sam_people_municipality_editor,
                      SAM, PEOPLE_MUNICIPALITY_EDITOR, AdwBin)

/* The fields of one municipality (name, member period, note), saved as they
 * are typed, and its people. */
GtkWidget *sam_people_municipality_editor_new                 (SamStore                    *store);
gint64     sam_people_municipality_editor_get_municipality_id (SamPeopleMunicipalityEditor *self);
void       sam_people_municipality_editor_set_municipality_id (SamPeopleMunicipalityEditor *self,
                                                               gint64                       id);
void       sam_people_municipality_editor_flush               (SamPeopleMunicipalityEditor *self);
void       sam_people_municipality_editor_focus_name          (SamPeopleMunicipalityEditor *self);

G_END_DECLS
