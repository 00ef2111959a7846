/* sam-test-ui.h: what the UI tests share.
 *
 * Helpers that run the main loop until a condition holds and find widgets
 * under a root, for the test-ui*.c programs.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <gtk/gtk.h>

#include "sam-context.h"

/* How long a condition may take to hold; SAM_TEST_WAIT_MULTIPLIER stretches
 * it for slow runs (the sanitizer setup sets it, as meson's
 * --timeout-multiplier stretches the whole test's limit). */
#define WAIT_TIMEOUT_MS (5000 * wait_multiplier ())

static inline guint
wait_multiplier (void)
{
  const char *text = g_getenv ("SAM_TEST_WAIT_MULTIPLIER");
  guint64 value = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 0;

  return value >= 1 && value <= 100 ? (guint)value : 1;
}

/* The context a page built alone gets: @store, the test's settings and,
 * when @today (YYYY-MM-DD) is given, a clock stopped at noon that day, so
 * that what the page counts as overdue or upcoming does not depend on the
 * date the test runs. */
static inline SamContext *
sam_test_context_new (SamStore   *store,
                      const char *today)
{
  SamContext *context = sam_context_new (store);

  if (today != NULL)
    {
      g_autofree char *iso = g_strconcat (today, "T12:00:00", NULL);
      g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
      g_autoptr(GDateTime) noon = g_date_time_new_from_iso8601 (iso, zone);

      g_assert_nonnull (noon);
      sam_context_set_now (context, noon);
    }

  return context;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds or the timeout passes, so that
 * a test waits exactly as long as layout and the store need. */
static inline gboolean
wait_for (Condition condition,
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2 * G_TIME_SPAN_MILLISECOND);
    }

  return TRUE;
}

/* Runs the main loop for @ms milliseconds, for what has no condition to
 * wait for (animations, screenshots). */
static inline void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2 * G_TIME_SPAN_MILLISECOND);
}

static inline gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The first mapped label (or inscription) under @widget whose text
 * contains @text. */
static inline GtkWidget *
find_mapped_label (GtkWidget  *widget,
                   const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;
  /* The fast labels of list rows. */
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL
      && strstr (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelQuery;

static inline gboolean
label_is_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_mapped_label (query->root, query->text) != NULL;
}

static inline gboolean
label_is_gone (gpointer data)
{
  LabelQuery *query = data;

  return find_mapped_label (query->root, query->text) == NULL;
}

static inline gboolean
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelQuery query = { root, text };

  return wait_for (label_is_shown, &query);
}

/* A crossfade keeps the old page mapped until it has faded out. */
static inline gboolean
wait_for_no_label (GtkWidget  *root,
                   const char *text)
{
  LabelQuery query = { root, text };

  return wait_for (label_is_gone, &query);
}

/* Renders @widget to a PNG in $SAM_SHOT_DIR, for looking at the page. */
static inline void
maybe_screenshot (GtkWidget  *widget,
                  const char *name)
{
  const char *dir = g_getenv ("SAM_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  spin (400);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}
