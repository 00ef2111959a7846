/* sam-pdf-preview.c: an attachment's PDF, a page at a time.
 *
 * What the search opens for a hit inside an attachment: the page the
 * words were found on, the words marked on it, a way to the other pages
 * and a way out to the application the desktop opens PDF files with.
 *
 * Poppler runs in a GTask thread only, one page at a time: the document is
 * read there on the first page, kept for the next ones, and touched by
 * one thread at a time. Each page comes back as the pixels of a cairo
 * image (the marks already drawn on it), which the main thread wraps in a
 * texture without copying, so that turning a page costs the window no
 * more than a frame whatever the page holds.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-pdf-preview"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <poppler.h>

#include "sam-file-cache.h"
#include "sam-model.h"
#include "sam-pdf-preview.h"
#include "sam-store-search.h"

/* Pixels a PDF point: sharp on a normal screen, and on a larger one when
 * the picture scales the page down. */
#define SCALE 2.0

struct _SamPdfPreview
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkPicture      *picture;
  AdwStatusPage   *error_page;

  /* Owned */
  SamStore        *store;
  GBytes          *pdf;
  GObject         *document; /* a PopplerDocument, used in the worker only */
  GCancellable    *cancellable;
  char            *query;
  char            *title;

  gint64           attachment_id;
  int              page;       /* shown, from 1; 0 before the first */
  int              wanted;     /* asked for */
  int              n_pages;    /* 0 until the document is read */
  guint            n_highlights;
  gboolean         rendering;
  gboolean         failed;
};

G_DEFINE_FINAL_TYPE (SamPdfPreview, sam_pdf_preview, ADW_TYPE_WINDOW)

typedef struct
{
  GBytes  *pdf;
  GObject *document;
  char    *query;
  int      page;

  /* What comes back */
  int      n_pages;
  int      width;
  int      height;
  int      stride;
  GBytes  *pixels;
  guint    n_highlights;
} Render;

static void
render_free (gpointer data)
{
  Render *render = data;

  g_clear_pointer (&render->pdf, g_bytes_unref);
  g_clear_object (&render->document);
  g_clear_pointer (&render->pixels, g_bytes_unref);
  g_free (render->query);
  g_free (render);
}

static void start_render (SamPdfPreview *self);

/* The distinct words of the page that the query matches, as the search
 * matched them. */
static GPtrArray *
matched_words (const char *query,
               const char *text)
{
  g_autoptr(GArray) matches = sam_search_find_matches (query, text);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < matches->len; i++)
    {
      SamSearchMatch *match = &g_array_index (matches, SamSearchMatch, i);
      g_autofree char *range = g_strndup (text + match->start, match->end - match->start);
      g_auto(GStrv) parts = g_strsplit_set (range, " \t\r\n", -1);

      /* A phrase broken over two lines is found word by word. */
      for (guint p = 0; parts[p] != NULL; p++)
        if (parts[p][0] != '\0' && !g_hash_table_contains (seen, parts[p]))
          {
            char *word = g_strdup (parts[p]);

            g_ptr_array_add (words, word);
            g_hash_table_add (seen, word);
          }
    }

  return words;
}

/* Marks the words on the page, drawn over the rendered page in PDF
 * points (poppler's rectangles have their origin at the bottom left). */
static guint
draw_highlights (cairo_t     *cr,
                 PopplerPage *page,
                 double       page_height,
                 const char  *query)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = NULL;
  guint n = 0;

  if (query == NULL || query[0] == '\0')
    return 0;

  text = poppler_page_get_text (page);
  if (text == NULL)
    return 0;
  words = matched_words (query, text);

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_MULTIPLY);
  cairo_set_source_rgba (cr, 0.98, 0.82, 0.18, 0.9);
  for (guint i = 0; i < words->len; i++)
    {
      GList *rects = poppler_page_find_text_with_options (page, g_ptr_array_index (words, i),
                                                          POPPLER_FIND_CASE_SENSITIVE
                                                          | POPPLER_FIND_WHOLE_WORDS_ONLY);

      for (GList *l = rects; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;
          double top = page_height - MAX (r->y1, r->y2);
          double bottom = page_height - MIN (r->y1, r->y2);

          cairo_rectangle (cr, r->x1 - 1, top - 1, r->x2 - r->x1 + 2, bottom - top + 2);
          n++;
        }
      g_list_free_full (rects, (GDestroyNotify)poppler_rectangle_free);
    }
  cairo_fill (cr);
  cairo_restore (cr);

  return n;
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Render *render = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) page = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  if (render->document == NULL)
    {
      render->document = G_OBJECT (poppler_document_new_from_bytes (render->pdf, NULL, &error));
      if (render->document == NULL)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   _("The file is not a PDF file that can be read: %s"), error->message);
          return;
        }
    }

  render->n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (render->document));
  if (render->n_pages < 1)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                               _("The PDF file has no pages."));
      return;
    }
  render->page = CLAMP (render->page, 1, render->n_pages);

  page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (render->document), render->page - 1));
  if (page == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("Page %d of the PDF file cannot be read."), render->page);
      return;
    }

  poppler_page_get_size (POPPLER_PAGE (page), &width, &height);
  render->width = MAX (1, (int)(width * SCALE + 0.5));
  render->height = MAX (1, (int)(height * SCALE + 0.5));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, render->width, render->height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  poppler_page_render (POPPLER_PAGE (page), cr);
  render->n_highlights = draw_highlights (cr, POPPLER_PAGE (page), height, render->query);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "%s",
                               _("There is not enough memory to show the page."));
      return;
    }

  render->stride = cairo_image_surface_get_stride (surface);
  render->pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                               (gsize)render->stride * render->height,
                                               (GDestroyNotify)cairo_surface_destroy, surface);
  g_task_return_boolean (task, TRUE);
}

static void
update_title (SamPdfPreview *self)
{
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->window_title, self->title != NULL ? self->title : "");
  if (self->n_pages > 0)
    /* Translators: the page shown of an attachment's PDF. */
    subtitle = g_strdup_printf (_("Page %d of %d"), self->page, self->n_pages);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous",
                                 self->n_pages > 0 && self->wanted > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next",
                                 self->n_pages > 0 && self->wanted < self->n_pages);
}

static void
show_error (SamPdfPreview *self,
            const char    *message)
{
  self->failed = TRUE;
  gtk_spinner_stop (self->spinner);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_title (self);
}

static void
render_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SamPdfPreview) self = user_data;
  Render *render = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  self->rendering = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (self->document == NULL)
    self->document = g_object_ref (render->document);
  self->n_pages = render->n_pages;
  self->page = render->page;
  if (self->wanted < 1 || self->wanted > self->n_pages)
    self->wanted = self->page;
  self->n_highlights = render->n_highlights;

  texture = gdk_memory_texture_new (render->width, render->height, GDK_MEMORY_DEFAULT,
                                    render->pixels, (gsize)render->stride);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "page");
  update_title (self);

  /* Pages asked for while this one was drawn: the last of them. */
  if (self->wanted != self->page)
    start_render (self);
}

static void
start_render (SamPdfPreview *self)
{
  g_autoptr(GTask) task = NULL;
  Render *render;

  g_assert (SAM_IS_PDF_PREVIEW (self));

  if (self->rendering || self->pdf == NULL)
    return;

  render = g_new0 (Render, 1);
  render->pdf = g_bytes_ref (self->pdf);
  render->document = self->document != NULL ? g_object_ref (self->document) : NULL;
  render->query = g_strdup (self->query);
  render->page = self->wanted;

  self->rendering = TRUE;
  task = g_task_new (NULL, self->cancellable, render_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, render, render_free);
  g_task_run_in_thread (task, render_in_thread);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamPdfPreview *self = SAM_PDF_PREVIEW (widget);

  sam_pdf_preview_set_page (self, self->wanted - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamPdfPreview *self = SAM_PDF_PREVIEW (widget);

  sam_pdf_preview_set_page (self, self->wanted + 1);
}

static void
open_external_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SamPdfPreview *self = SAM_PDF_PREVIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!sam_attachment_open_in_another_app (GTK_WINDOW (self), self->store, self->attachment_id, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the attachment: %s"), error->message);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
sam_pdf_preview_dispose (GObject *object)
{
  SamPdfPreview *self = SAM_PDF_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PDF_PREVIEW);

  G_OBJECT_CLASS (sam_pdf_preview_parent_class)->dispose (object);
}

static void
sam_pdf_preview_finalize (GObject *object)
{
  SamPdfPreview *self = SAM_PDF_PREVIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_free (self->query);
  g_free (self->title);

  G_OBJECT_CLASS (sam_pdf_preview_parent_class)->finalize (object);
}

static void
sam_pdf_preview_class_init (SamPdfPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_pdf_preview_dispose;
  object_class->finalize = sam_pdf_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/common/sam-pdf-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, picture);
  gtk_widget_class_bind_template_child (widget_class, SamPdfPreview, error_page);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "preview.open-external", NULL, open_external_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_pdf_preview_init (SamPdfPreview *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", FALSE);
}

/**
 * sam_pdf_preview_new:
 * @parent: the window it opens over
 * @store: the open database
 * @attachment_id: a PDF attachment
 * @page: the page to show first, from 1
 * @query: (nullable): the words to mark, as the search took them
 *
 * Returns: (transfer none): a preview, not shown yet; GTK holds it, and
 *   closing it destroys it
 */
SamPdfPreview *
sam_pdf_preview_new (GtkWindow  *parent,
                     SamStore   *store,
                     gint64      attachment_id,
                     int         page,
                     const char *query)
{
  g_autoptr(SamAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;
  SamPdfPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PDF_PREVIEW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->attachment_id = attachment_id;
  self->wanted = MAX (1, page);
  self->query = g_strdup (query);

  attachment = sam_store_load (store, SAM_TYPE_ATTACHMENT, attachment_id, &error);
  if (attachment != NULL)
    {
      self->title = g_strdup (sam_attachment_get_title (attachment));
      gtk_window_set_title (GTK_WINDOW (self), self->title);
      self->pdf = sam_store_load_attachment_data (store, attachment_id, &error);
    }

  update_title (self);
  if (self->pdf == NULL)
    {
      show_error (self, error != NULL ? error->message : _("The attachment is gone."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.open-external", FALSE);
      return self;
    }

  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  start_render (self);

  return self;
}

/* The page shown, from 1; 0 before the first is shown. */
int
sam_pdf_preview_get_page (SamPdfPreview *self)
{
  g_return_val_if_fail (SAM_IS_PDF_PREVIEW (self), 0);

  return self->page;
}

/* The pages of the PDF, 0 until it is read. */
int
sam_pdf_preview_get_n_pages (SamPdfPreview *self)
{
  g_return_val_if_fail (SAM_IS_PDF_PREVIEW (self), 0);

  return self->n_pages;
}

/**
 * sam_pdf_preview_set_page:
 * @page: from 1; kept within the document's pages
 *
 * Shows another page, when it is drawn.
 */
void
sam_pdf_preview_set_page (SamPdfPreview *self,
                          int            page)
{
  g_return_if_fail (SAM_IS_PDF_PREVIEW (self));

  if (self->n_pages > 0)
    page = CLAMP (page, 1, self->n_pages);
  if (page < 1 || page == self->wanted)
    return;

  self->wanted = page;
  update_title (self);
  start_render (self);
}

/* How many places of the page shown are marked. */
guint
sam_pdf_preview_get_n_highlights (SamPdfPreview *self)
{
  g_return_val_if_fail (SAM_IS_PDF_PREVIEW (self), 0);

  return self->n_highlights;
}

/* Whether a page is being drawn, or was asked for and is not shown yet. */
gboolean
sam_pdf_preview_is_busy (SamPdfPreview *self)
{
  g_return_val_if_fail (SAM_IS_PDF_PREVIEW (self), FALSE);

  return self->rendering || (!self->failed && self->page != self->wanted);
}

/**
 * sam_attachment_open_in_another_app:
 * @parent: (nullable): the window asking
 * @store: the open database
 * @attachment_id: an attachment
 * @error: return location for a #GError
 *
 * Writes the attachment's file, under its own name, into the cache for
 * opened files and hands it to the application the desktop opens such
 * files with.
 *
 * Returns: %FALSE when the file could not be read or written
 */
gboolean
sam_attachment_open_in_another_app (GtkWindow  *parent,
                                    SamStore   *store,
                                    gint64      attachment_id,
                                    GError    **error)
{
  g_autoptr(SamAttachment) attachment = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);

  attachment = sam_store_load (store, SAM_TYPE_ATTACHMENT, attachment_id, error);
  if (attachment == NULL)
    return FALSE;
  bytes = sam_store_load_attachment_data (store, attachment_id, error);
  if (bytes == NULL)
    return FALSE;

  /* A folder per attachment keeps the file's own name, which the
   * application that opens it shows. */
  dir = sam_file_cache_folder (SAM_FILE_CACHE_OPENED, sam_entity_get_uuid (SAM_ENTITY (attachment)));
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  name = g_path_get_basename (sam_attachment_get_file_name (attachment) != NULL
                              ? sam_attachment_get_file_name (attachment)
                              : sam_attachment_get_title (attachment));
  path = g_build_filename (dir, name, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize)g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);

  return TRUE;
}
