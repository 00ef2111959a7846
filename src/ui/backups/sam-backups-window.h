/* sam-backups-window.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_BACKUPS_WINDOW (sam_backups_window_get_type ())

G_DECLARE_FINAL_TYPE (SamBackupsWindow, sam_backups_window, SAM, BACKUPS_WINDOW, AdwWindow)

SamBackupsWindow *sam_backups_window_new     (GtkWindow        *parent,
                                              SamStore         *store);
void              sam_backups_window_refresh (SamBackupsWindow *self);
GtkListBox       *sam_backups_window_get_list (SamBackupsWindow *self);

G_END_DECLS
