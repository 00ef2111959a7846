/* sam-person-picker.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_PERSON_PICKER (sam_person_picker_get_type ())

G_DECLARE_FINAL_TYPE (SamPersonPicker, sam_person_picker, SAM, PERSON_PICKER, GtkPopover)

typedef GArray *(*SamPersonPickerListedFunc) (gpointer user_data);

/* A popover that finds a person by name as the user types. Give it to a
 * GtkMenuButton (gtk_menu_button_set_popover) and connect to
 * "person-picked" (gint64 person_id). With allow-create, a name that
 * matches nobody can be added as a new person: a dialog asks for the
 * municipality or organisation, title and e-mail and warns of a namesake;
 * "person-picked" comes once the user adds the person (or takes the
 * namesake), never on Cancel. A listed func leaves out the people already
 * on the owner's list. */
GtkWidget *sam_person_picker_new              (SamStore        *store);
void       sam_person_picker_set_listed_func  (SamPersonPicker           *self,
                                               SamPersonPickerListedFunc  func,
                                               gpointer                   user_data,
                                               GDestroyNotify             destroy);
void       sam_person_picker_set_allow_create (SamPersonPicker *self,
                                               gboolean         allow_create);
void       sam_person_picker_set_search_text  (SamPersonPicker *self,
                                               const char      *text);
guint      sam_person_picker_get_n_matches    (SamPersonPicker *self);
gboolean   sam_person_picker_pick_first       (SamPersonPicker *self);

/* "Name (Municipality)" or "Name (Organisation)"; "" when unknown. */
char      *sam_person_describe                (SamStore        *store,
                                               gint64           person_id) G_GNUC_WARN_UNUSED_RESULT;
char      *sam_person_get_display_name        (SamStore        *store,
                                               gint64           person_id) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
