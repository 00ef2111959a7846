/* sam-window.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-context.h"
#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_WINDOW (sam_window_get_type ())

G_DECLARE_FINAL_TYPE (SamWindow, sam_window, SAM, WINDOW, AdwApplicationWindow)

SamWindow   *sam_window_new               (GtkApplication *application,
                                           SamStore       *store);
SamWindow   *sam_window_new_with_context  (GtkApplication *application,
                                           SamContext     *context);
SamContext  *sam_window_get_context       (SamWindow      *self);
SamStore    *sam_window_get_store         (SamWindow      *self);
const char  *sam_window_get_section       (SamWindow      *self);
void         sam_window_set_section       (SamWindow      *self,
                                           const char     *section);
gboolean     sam_window_get_welcome_shown (SamWindow      *self);
void         sam_window_dismiss_welcome   (SamWindow      *self);
GtkListBox  *sam_window_get_sidebar       (SamWindow      *self);
GtkWidget   *sam_window_get_section_page  (SamWindow      *self,
                                           const char     *section);
void         sam_window_add_toast         (SamWindow      *self,
                                           AdwToast       *toast);
void         sam_window_update_banner     (SamWindow      *self);
const char  *sam_window_get_banner        (SamWindow      *self);

/* Implemented in sam-window-example.c: the actions win.load-example,
 * win.import, win.export-all and win.export-meeting (x), and the opening
 * of a file from outside. */
void         sam_window_load_example      (SamWindow      *self);
void         sam_window_import            (SamWindow      *self);
void         sam_window_open_file         (SamWindow      *self,
                                           GFile          *file);
void         sam_window_export_all        (SamWindow      *self);
void         sam_window_export_meeting    (SamWindow      *self,
                                           gint64          meeting_id);

G_END_DECLS
