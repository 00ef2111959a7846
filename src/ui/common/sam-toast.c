/* sam-toast.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-toast"

#include "config.h"

#include "sam-toast.h"
#include "sam-window.h"

/**
 * sam_toast_show:
 * @from: the widget the toast is about
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the window's overlay, so that it outlives the page that
 * raised it; outside a window (a page built alone in a test) in the nearest
 * #AdwToastOverlay above @from. With neither, the toast is logged and
 * dropped.
 */
void
sam_toast_show (GtkWidget *from,
                AdwToast  *toast)
{
  GtkRoot *root;
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (ADW_IS_TOAST (toast));

  root = gtk_widget_get_root (from);
  if (root != NULL && SAM_IS_WINDOW (root))
    {
      sam_window_add_toast (SAM_WINDOW (root), toast);
      return;
    }

  overlay = gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  g_debug ("Toast: %s", adw_toast_get_title (toast));
  g_object_unref (g_object_ref_sink (toast));
}
