/* sam-toast.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void sam_toast_show (GtkWidget *from,
                     AdwToast  *toast);

G_END_DECLS
