/* sam-search-highlight.c: the words the search found, marked where they
 * open.
 *
 * The matched words of a text view get the "search-match" tag, as the
 * search matched them (sam_search_find_matches(): folded, prefixes), and
 * the first is scrolled into view once the view has its size. The marks
 * are a help for finding the place, not part of the text: they go at the
 * first change of the text (an edit, or the view showing another item)
 * and when the view is no longer shown.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-search"

#include "config.h"

#include "sam-search-highlight.h"
#include "sam-store-search.h"

#define CHANGED_ID "sam-search-highlight-changed"
#define UNMAP_ID   "sam-search-highlight-unmap"

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, SAM_SEARCH_MATCH_TAG);

  /* The colours of GNOME's search matches, readable in the dark style
   * too. */
  if (tag == NULL)
    tag = gtk_text_buffer_create_tag (buffer, SAM_SEARCH_MATCH_TAG,
                                      "background", "#f8e45c",
                                      "foreground", "#241f31",
                                      NULL);

  return tag;
}

static void
disconnect (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  gulong changed_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (view), CHANGED_ID));
  gulong unmap_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (view), UNMAP_ID));

  if (changed_id != 0)
    g_signal_handler_disconnect (buffer, changed_id);
  if (unmap_id != 0)
    g_signal_handler_disconnect (view, unmap_id);
  g_object_set_data (G_OBJECT (view), CHANGED_ID, NULL);
  g_object_set_data (G_OBJECT (view), UNMAP_ID, NULL);
}

static void
changed_cb (GtkTextBuffer *buffer,
            GtkTextView   *view)
{
  sam_search_highlight_clear (view);
}

static void
unmap_cb (GtkTextView *view)
{
  sam_search_highlight_clear (view);
}

/* The nearest scrolled window around @view moved so that @iter is in
 * the middle of it, when it is not in view already. */
static void
scroll_to (GtkTextView *view,
           GtkTextIter *iter)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;
  GtkAdjustment *adjustment;
  GdkRectangle location;
  int x, y;
  double cx, cy, value, page;

  if (scrolled == NULL || (child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))) == NULL)
    return;

  gtk_text_view_get_iter_location (view, iter, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y, &x, &y);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), scrolled, x, y, &cx, &cy))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  if (cy >= 0 && cy + location.height <= page)
    return;

  value = gtk_adjustment_get_value (adjustment) + cy - page / 3;
  gtk_adjustment_set_value (adjustment, value);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                               SAM_SEARCH_MATCH_TAG);
  GtkTextIter iter;

  if (tag == NULL)
    return G_SOURCE_REMOVE;

  /* Until the view has its size, where a line is is not known. */
  if (gtk_widget_get_width (widget) <= 0)
    return G_SOURCE_CONTINUE;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    scroll_to (view, &iter);

  return G_SOURCE_REMOVE;
}

/**
 * sam_search_highlight_text_view:
 * @view: a text view
 * @query: the user's text, as the search took it
 *
 * Marks the words of @view's text that the query matches, until the text
 * changes or the view is no longer shown.
 *
 * Returns: how many places are marked
 */
guint
sam_search_highlight_text_view (GtkTextView *view,
                                const char  *query)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GArray) matches = NULL;
  GtkTextTag *tag;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), 0);

  sam_search_highlight_clear (view);
  if (query == NULL || query[0] == '\0')
    return 0;

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  matches = sam_search_find_matches (query, text);
  if (matches->len == 0)
    return 0;

  tag = ensure_tag (buffer);
  for (guint i = 0; i < matches->len; i++)
    {
      SamSearchMatch *match = &g_array_index (matches, SamSearchMatch, i);
      GtkTextIter from, to;

      gtk_text_buffer_get_iter_at_offset (buffer, &from, (int)g_utf8_pointer_to_offset (text, text + match->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &to, (int)g_utf8_pointer_to_offset (text, text + match->end));
      gtk_text_buffer_apply_tag (buffer, tag, &from, &to);
    }

  g_object_set_data (G_OBJECT (view), CHANGED_ID,
                     GSIZE_TO_POINTER (g_signal_connect (buffer, "changed", G_CALLBACK (changed_cb), view)));
  g_object_set_data (G_OBJECT (view), UNMAP_ID,
                     GSIZE_TO_POINTER (g_signal_connect (view, "unmap", G_CALLBACK (unmap_cb), NULL)));

  return matches->len;
}

static guint
highlight_under (GtkWidget   *widget,
                 const char  *query,
                 GtkTextView **first)
{
  guint n = 0;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      n = sam_search_highlight_text_view (GTK_TEXT_VIEW (widget), query);
      if (n > 0 && *first == NULL && gtk_widget_get_mapped (widget))
        *first = GTK_TEXT_VIEW (widget);
      return n;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += highlight_under (child, query, first);

  return n;
}

/**
 * sam_search_highlight_under:
 * @root: a widget holding text views
 * @query: the user's text, as the search took it
 *
 * Marks the matched words in every text view under @root and scrolls the
 * first shown one's first match into view.
 *
 * Returns: how many places are marked
 */
guint
sam_search_highlight_under (GtkWidget  *root,
                            const char *query)
{
  GtkTextView *first = NULL;
  guint n;

  g_return_val_if_fail (GTK_IS_WIDGET (root), 0);

  n = highlight_under (root, query, &first);
  if (first != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (first), scroll_tick_cb, NULL, NULL);

  return n;
}

/* Takes the marks away. */
void
sam_search_highlight_clear (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  disconnect (view);
  buffer = gtk_text_view_get_buffer (view);
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), SAM_SEARCH_MATCH_TAG);
  if (tag == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
}
