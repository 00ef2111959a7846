/* test-ui-growing-model.c: a list shows its first rows at once after a big
 * change and every row after the frames that follow, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-growing-model"

#include "config.h"

#include <gtk/gtk.h>

#include "sam-growing-model.h"

/* A string list of "0" … "n-1" from @start. */
static void
fill (GtkStringList *list,
      guint          start,
      guint          n,
      guint          removed)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (strings, g_strdup_printf ("%u", start + i));
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (list, 0, removed, (const char * const *)strings->pdata);
}

/* Whether @model shows the same strings as @source up to its length. */
static void
assert_prefix (GListModel *model,
               GListModel *source)
{
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, <=, g_list_model_get_n_items (source));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) a = g_list_model_get_item (model, i);
      g_autoptr(GtkStringObject) b = g_list_model_get_item (source, i);

      g_assert_cmpstr (gtk_string_object_get_string (a), ==, gtk_string_object_get_string (b));
    }
  g_assert_null (g_list_model_get_item (model, n));
}

/* What a view would hold: a mirror kept by the items-changed it is told,
 * which must always equal the model. */
static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position + i);

      g_assert_nonnull (item);
      g_ptr_array_insert (mirror, position + i, g_strdup (gtk_string_object_get_string (item)));
    }
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
}

static void
assert_mirror (GListModel *model,
               GPtrArray  *mirror)
{
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < mirror->len; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (mirror->pdata[i], ==, gtk_string_object_get_string (item));
    }
}

static gboolean
complete (SamGrowingModel *model)
{
  return sam_growing_model_get_complete (model);
}

static void
wait_until_complete (SamGrowingModel *model)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!complete (model) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (complete (model));
}

static void
test_grows (void)
{
  g_autoptr(GtkStringList) source = gtk_string_list_new (NULL);
  g_autoptr(SamGrowingModel) model = NULL;
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_free);

  fill (source, 0, 1000, 0);
  model = sam_growing_model_new (G_LIST_MODEL (source), 10, 5);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_ptr_array_add (mirror, g_strdup_printf ("%u", i));
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_changed_cb), mirror);

  /* At first only the first rows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  g_assert_false (sam_growing_model_get_complete (model));
  assert_prefix (G_LIST_MODEL (model), G_LIST_MODEL (source));

  /* Then every row. */
  wait_until_complete (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  assert_mirror (G_LIST_MODEL (model), mirror);

  /* An edited row passes through at once, and so does a deleted one. */
  gtk_string_list_splice (source, 500, 1, (const char *[]) { "edited", NULL });
  g_assert_true (sam_growing_model_get_complete (model));
  gtk_string_list_remove (source, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 999);
  assert_mirror (G_LIST_MODEL (model), mirror);
  assert_prefix (G_LIST_MODEL (model), G_LIST_MODEL (source));

  /* A new filter: the first rows now, the others later. */
  fill (source, 5000, 800, 999);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  assert_mirror (G_LIST_MODEL (model), mirror);
  assert_prefix (G_LIST_MODEL (model), G_LIST_MODEL (source));

  /* Small changes inside and below what is shown while it grows. */
  gtk_string_list_remove (source, 2);
  gtk_string_list_splice (source, 0, 0, (const char *[]) { "new", NULL });
  gtk_string_list_remove (source, 700);
  assert_mirror (G_LIST_MODEL (model), mirror);
  assert_prefix (G_LIST_MODEL (model), G_LIST_MODEL (source));

  /* A row far down can be revealed at once, to be selected. */
  sam_growing_model_reveal (model, 300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 300);
  assert_mirror (G_LIST_MODEL (model), mirror);

  wait_until_complete (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (source)));
  assert_mirror (G_LIST_MODEL (model), mirror);

  /* A big change that starts below the first rows, while every row shows
   * (a filter that keeps the first rows and drops the rest): the rows from
   * the first screenful on go, and the mirror stays the model. */
  g_assert_true (sam_growing_model_get_complete (model));
  gtk_string_list_splice (source, 50, g_list_model_get_n_items (G_LIST_MODEL (source)) - 60, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  assert_mirror (G_LIST_MODEL (model), mirror);
  assert_prefix (G_LIST_MODEL (model), G_LIST_MODEL (source));
  wait_until_complete (model);
  assert_mirror (G_LIST_MODEL (model), mirror);

  /* A short list is complete at once. */
  fill (source, 0, 4, g_list_model_get_n_items (G_LIST_MODEL (source)));
  g_assert_true (sam_growing_model_get_complete (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
  assert_mirror (G_LIST_MODEL (model), mirror);
}

/* Shown in a list view, the rows come with its frames, and keyboard and
 * accessibility reach the last row once they have. */
static void
test_list_view (void)
{
  g_autoptr(GtkStringList) source = gtk_string_list_new (NULL);
  g_autoptr(SamGrowingModel) model = NULL;
  static const char row[] =
    "<interface><template class=\"GtkListItem\"><property name=\"child\"><object class=\"GtkLabel\">"
    "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
    "<lookup name=\"item\">GtkListItem</lookup></lookup></binding></object></property></template></interface>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (row, sizeof row - 1);
  GtkListItemFactory *factory = gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;

  fill (source, 0, 2000, 0);
  model = sam_growing_model_new (G_LIST_MODEL (source), 12, 12);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)))),
                            factory);
  sam_growing_model_set_widget (model, view);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);

  /* Not shown, it does not grow. */
  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 12);

  gtk_window_present (GTK_WINDOW (window));
  wait_until_complete (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2000);

  /* The last row can be scrolled to and selected. */
  gtk_widget_activate_action (view, "list.scroll-to-item", "u", 1999);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (view))), 1999);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (view)))),
                    ==, 1999);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/growing-model/grows", test_grows);
  g_test_add_func ("/growing-model/list-view", test_list_view);

  return g_test_run ();
}
