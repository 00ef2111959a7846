/* sam-window-example.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-window.h"

/* A placeholder until the exchange work can load the example dataset; that
 * work replaces this file. */
void
sam_window_load_example (SamWindow *self)
{
  g_return_if_fail (SAM_IS_WINDOW (self));

  sam_window_add_toast (self, adw_toast_new (_("The example dataset is not available yet")));
}
