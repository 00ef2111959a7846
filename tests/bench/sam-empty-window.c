/* sam-empty-window.c: the floor that bench-start measures Samverkan against:
 * an empty AdwApplicationWindow with an AdwHeaderBar in an AdwApplication
 * started the way Samverkan is (a non-unique instance), which prints
 * "first frame" and quits after the first frame it paints, as
 * `samverkan --quit-after-first-frame` does.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-empty-window"

#include "config.h"

#include <locale.h>

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  /* A frame before the surface is mapped has drawn nothing yet. */
  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return;

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);
  g_print ("first frame\n");
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
map_cb (GtkWidget *window,
        gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, map_cb, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

static void
activate_cb (GApplication *application,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Empty window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");

  app = adw_application_new ("io.github.samverkan.EmptyWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
