/* sam-year-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-year-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-document.h"
#include "sam-growing-model.h"
#include "sam-ical.h"
#include "sam-window.h"
#include "sam-year-page.h"

/* The Year section: the årshjul beside the same events as a list (below it
 * when the window is narrow), the year to show and the bodies shown.
 *
 * A year's marks (its meetings, deadlines and trips) are read from the
 * store once and kept per year; a change to what the wheel shows drops
 * them, and is read again at once when the page is shown, or when it is
 * shown next. */

struct _SamYearPage
{
  GtkWidget       parent_instance;

  GtkWidget      *child;
  SamStore       *store;
  int             year;
  GHashTable     *hidden;      /* body ids (gint64 *) the user hid */
  GHashTable     *wheels;      /* year → SamWheel, the marks read so far */
  guint           rebuild_id;
  gulong          changed_id;
  gboolean        stale;       /* the store changed while the page was hidden */
  guint           n_loads;

  GtkLabel       *year_label;
  GtkMenuButton  *bodies_button;
  GtkBox         *bodies_box;
  SamYearWheel   *wheel;
  GtkListView    *list;
  GtkStringList  *marks;       /* the marks' descriptions, in date order */
  SamGrowingModel *shown;       /* the marks the list shows so far */
  GtkWidget      *list_scrolled;
  GtkWidget      *empty_label;
  GtkBox         *content;
  GtkWidget      *list_box;
  gboolean        wide;
  int             height;
  guint           layout_id;
  GtkWidget      *list_clamp;
};

G_DEFINE_FINAL_TYPE (SamYearPage, sam_year_page, GTK_TYPE_WIDGET)

static void rebuild (SamYearPage *self);

static void
show_toast (SamYearPage *self,
            const char  *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SAM_IS_WINDOW (root))
    sam_window_add_toast (SAM_WINDOW (root), adw_toast_new (text));
}

static void
body_toggled (GtkCheckButton *check,
              SamYearPage    *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "body-id"));

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->hidden, &id);
  else
    g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id));

  rebuild (self);
}

static void
row_activated (GtkListView *list,
               guint        position,
               SamYearPage *self)
{
  sam_year_wheel_set_focused (self->wheel, (int)position);
  sam_year_wheel_activate_mark (self->wheel, (int)position);
}

/* The rows are cards like the Meetings list's: a description of at most two
 * lines and an arrow; only the shown ones exist. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (card, "meeting-card");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (card), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_item_set_child (item, card);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SamYearPage              *self)
{
  GtkWidget *card = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (card);
  GtkStringObject *mark = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->marks));
  const char *text = gtk_string_object_get_string (mark);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (card, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (position == 0)
    gtk_widget_add_css_class (card, "group-first");
  else
    gtk_widget_remove_css_class (card, "group-first");
  if (position + 1 == n)
    gtk_widget_add_css_class (card, "group-last");
  else
    gtk_widget_remove_css_class (card, "group-last");
}

static void
fill_list (SamYearPage *self,
           SamWheel    *wheel)
{
  guint n_marks = sam_wheel_get_n_marks (wheel);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_full (n_marks + 1, g_free);

  for (guint i = 0; i < n_marks; i++)
    g_ptr_array_add (texts, sam_wheel_describe_mark (wheel, i, NULL));
  g_ptr_array_add (texts, NULL);

  gtk_string_list_splice (self->marks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->marks)),
                          (const char * const *)texts->pdata);

  gtk_widget_set_visible (self->empty_label, n_marks == 0);
  gtk_widget_set_visible (self->list_scrolled, n_marks > 0);
}

static void
fill_bodies (SamYearPage *self,
             SamWheel    *wheel)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->bodies_box))) != NULL)
    gtk_box_remove (self->bodies_box, child);

  for (guint i = 0; i < sam_wheel_get_n_bodies (wheel); i++)
    {
      gint64 id = sam_wheel_get_body_id (wheel, i);
      GtkWidget *check = gtk_check_button_new_with_label (sam_wheel_get_body_name (wheel, i));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !g_hash_table_contains (self->hidden, &id));
      g_object_set_data (G_OBJECT (check), "body-id", GSIZE_TO_POINTER ((gsize)id));
      g_signal_connect (check, "toggled", G_CALLBACK (body_toggled), self);
      gtk_box_append (self->bodies_box, check);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->bodies_button), sam_wheel_get_n_bodies (wheel) > 0);
}

static SamWheel *
load_wheel (SamYearPage  *self,
            GError      **error)
{
  SamWheel *wheel = sam_wheel_new (self->store, self->year, error);
  GHashTableIter iter;
  gpointer key;

  if (wheel == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    sam_wheel_set_body_visible (wheel, *(gint64 *)key, FALSE);

  return wheel;
}

static void
apply_hidden (SamYearPage *self,
              SamWheel    *wheel)
{
  for (guint i = 0; i < sam_wheel_get_n_bodies (wheel); i++)
    {
      gint64 id = sam_wheel_get_body_id (wheel, i);

      sam_wheel_set_body_visible (wheel, id, !g_hash_table_contains (self->hidden, &id));
    }
}

/* The shown year's wheel: the one read before, or read now. */
static SamWheel *
ensure_wheel (SamYearPage  *self,
              GError      **error)
{
  SamWheel *wheel;

  if (self->stale)
    {
      SamWheel *shown = sam_year_wheel_get_wheel (self->wheel);

      /* The widget must not show a wheel that is freed here. */
      if (shown != NULL)
        g_hash_table_steal (self->wheels, GINT_TO_POINTER (sam_wheel_get_year (shown)));
      g_hash_table_remove_all (self->wheels);
      if (shown != NULL)
        g_hash_table_insert (self->wheels, GINT_TO_POINTER (-1), shown);
      self->stale = FALSE;
    }

  wheel = g_hash_table_lookup (self->wheels, GINT_TO_POINTER (self->year));
  if (wheel != NULL)
    {
      apply_hidden (self, wheel);
      return wheel;
    }

  wheel = load_wheel (self, error);
  if (wheel == NULL)
    return NULL;

  self->n_loads++;
  g_hash_table_insert (self->wheels, GINT_TO_POINTER (self->year), wheel);

  return wheel;
}

static void
rebuild (SamYearPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *year = g_strdup_printf ("%d", self->year);
  SamWheel *shown = sam_year_wheel_get_wheel (self->wheel);
  SamWheel *wheel;
  gboolean rebuild_bodies;
  int focused = sam_year_wheel_get_focused (self->wheel);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_label_set_label (self->year_label, year);

  wheel = ensure_wheel (self, &error);
  if (wheel == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  rebuild_bodies = shown == NULL
                   || sam_wheel_get_year (shown) != self->year
                   || sam_wheel_get_n_bodies (shown) != sam_wheel_get_n_bodies (wheel);

  fill_list (self, wheel);
  if (rebuild_bodies)
    fill_bodies (self, wheel);
  sam_year_wheel_set_wheel (self->wheel, wheel);
  if (focused >= 0 && shown != NULL && sam_wheel_get_year (shown) == self->year)
    sam_year_wheel_set_focused (self->wheel, focused);
  gtk_widget_queue_draw (GTK_WIDGET (self->wheel));

  /* A wheel kept only while it was shown goes once another is. */
  if (g_hash_table_lookup (self->wheels, GINT_TO_POINTER (-1)) != wheel)
    g_hash_table_remove (self->wheels, GINT_TO_POINTER (-1));
}

static gboolean
rebuild_idle (gpointer data)
{
  SamYearPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SamStore       *store,
                  const char     *table,
                  gint64          id,
                  SamStoreChange  kind,
                  SamYearPage    *self)
{
  static const char * const watched[] = { "meeting", "body", "assignment", "study_trip", NULL };

  if (!g_strv_contains (watched, table))
    return;

  /* Every year's marks may have changed; read the shown one again now if
   * it is shown, else when it is. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
previous_year (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);

  sam_year_page_set_year (self, self->year - 1);
}

static void
next_year (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);

  sam_year_page_set_year (self, self->year + 1);
}

static char *
document_language (SamYearPage *self)
{
  SamContext *context = sam_context_for_widget (GTK_WIDGET (self));
  GSettings *settings = context != NULL ? sam_context_get_settings (context) : NULL;

  if (settings != NULL)
    {
      g_autofree char *chosen = g_settings_get_string (settings, "document-language");

      if (*chosen != '\0')
        return g_steal_pointer (&chosen);
    }

  /* Nobody chose: the language of the user interface. */
  return g_strdup (sam_document_default_language ());
}

typedef enum { EXPORT_PDF, EXPORT_ICS } ExportKind;

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 SamYearPage     *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);

  if (kind == EXPORT_PDF)
    {
      g_autoptr(SamWheel) wheel = load_wheel (self, &error);
      const char *language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "language");
      const char *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "paper");

      ok = wheel != NULL && sam_wheel_write_pdf (wheel, path, g_strcmp0 (paper, "a3") == 0,
                                                 language != NULL ? language : "sv", &error);
    }
  else
    {
      /* "all", or the id of the one body whose year plan is wanted. */
      const char *body = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "body");
      gint64 body_id = body != NULL && g_strcmp0 (body, "all") != 0 ? g_ascii_strtoll (body, NULL, 10) : 0;
      g_autofree char *text = sam_ical_export_year (self->store, self->year, body_id, &error);

      ok = text != NULL && g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
    }

  if (ok)
    {
      g_autofree char *name = g_file_get_basename (file);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else
    message = g_strdup_printf (_("Could not save: %s"), error->message);
  show_toast (self, message);

out:
  g_object_unref (dialog);
}

/* The year plan of every body, or of one, as one calendar to import or
 * subscribe to. */
static void
add_body_choice (SamYearPage    *self,
                 GtkFileChooser *chooser)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (0, g_free, TRUE);

  g_ptr_array_add (ids, g_strdup ("all"));
  g_ptr_array_add (names, g_strdup (_("Every body")));
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);

      g_ptr_array_add (ids, g_strdup_printf ("%" G_GINT64_FORMAT, sam_entity_get_id (SAM_ENTITY (body))));
      g_ptr_array_add (names, g_strdup (sam_body_get_name (body)));
    }

  /* Translators: which bodies' meetings an exported year plan holds. */
  gtk_file_chooser_add_choice (chooser, "body", _("Meetings of"), (const char **)ids->pdata,
                               (const char **)names->pdata);
  gtk_file_chooser_set_choice (chooser, "body", "all");
}

static void
export (SamYearPage *self,
        ExportKind   kind)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *language = document_language (self);
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (kind == EXPORT_PDF)
    name = g_strdup_printf (g_strcmp0 (language, "en") == 0 ? "Year at a glance %d.pdf" : "Årshjul %d.pdf",
                            self->year);
  else
    /* Translators: the file name of an exported year plan; %d is the year. */
    name = g_strdup_printf (_("Year plan %d.ics"), self->year);

  dialog = gtk_file_chooser_native_new (kind == EXPORT_PDF ? _("Export the Year at a Glance")
                                                            : _("Export the Year Plan"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (kind == EXPORT_PDF)
    {
      static const char *languages[] = { "sv", "en", NULL };
      static const char *papers[] = { "a4", "a3", NULL };
      const char *language_labels[] = { _("Swedish"), _("English"), NULL };
      /* Translators: paper sizes, both landscape. */
      const char *paper_labels[] = { _("A4 landscape"), _("A3 landscape"), NULL };

      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "language", _("Document language"),
                                   languages, language_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "language",
                                   g_strcmp0 (language, "en") == 0 ? "en" : "sv");
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "paper", _("Paper"), papers, paper_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "paper", "a4");
    }
  else
    add_body_choice (self, GTK_FILE_CHOOSER (dialog));
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
draw_wheel_page (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 SamWheel          *wheel)
{
  const char *language = g_object_get_data (G_OBJECT (operation), "language");

  sam_wheel_draw_page (wheel, gtk_print_context_get_cairo_context (context),
                       gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                       language);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = load_wheel (self, &error);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (wheel == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* The same drawing as the PDF, one landscape page. */
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, 1);
  g_object_set_data_full (G_OBJECT (operation), "language", document_language (self), g_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_wheel_page), wheel);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      show_toast (self, message);
    }
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (SAM_YEAR_PAGE (widget), EXPORT_PDF);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (SAM_YEAR_PAGE (widget), EXPORT_ICS);
}

#define WIDE_ENOUGH 900

static void
apply_layout (SamYearPage *self)
{
  gboolean wide = self->wide;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->content),
                                  wide ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_size_request (self->list_clamp, wide ? 360 : -1, -1);
  adw_clamp_set_maximum_size (ADW_CLAMP (self->list_clamp), wide ? 420 : 100000);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->list_clamp), wide ? 420 : 100000);
  gtk_widget_set_hexpand (self->list_clamp, !wide);
  /* Wide, the wheel takes the page's height; narrow, the upper part of it
   * and the list below has the rest. */
  gtk_widget_set_size_request (GTK_WIDGET (self->wheel), 320,
                               wide ? MAX (420, self->height - 80) : CLAMP (self->height / 2, 240, 420));
  gtk_widget_set_vexpand (GTK_WIDGET (self->wheel), wide);
}

static gboolean
apply_layout_idle (gpointer data)
{
  SamYearPage *self = data;

  self->layout_id = 0;
  apply_layout (self);

  return G_SOURCE_REMOVE;
}

static void
sam_year_page_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);
  gboolean wide = width >= WIDE_ENOUGH;

  /* Changing the layout while it is being allocated would be ignored until
   * something else asks for a new one; do it right after instead. */
  if (wide != self->wide || ABS (height - self->height) > 8)
    {
      self->wide = wide;
      self->height = height;
      if (self->layout_id == 0)
        self->layout_id = g_idle_add (apply_layout_idle, self);
    }

  gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

/* The page can always become as narrow as its narrow layout: the wide one
 * is only chosen when there is room for it. */
static void
sam_year_page_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);

  gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->wide)
    *minimum = MIN (*minimum, 360);
}

static void
sam_year_page_map (GtkWidget *widget)
{
  SamYearPage *self = SAM_YEAR_PAGE (widget);
  SamWheel *shown = sam_year_wheel_get_wheel (self->wheel);

  GTK_WIDGET_CLASS (sam_year_page_parent_class)->map (widget);

  /* The marks kept for the year are still right unless the store changed;
   * today's line is drawn from the clock at every frame. */
  if (self->stale || shown == NULL || sam_wheel_get_year (shown) != self->year)
    rebuild (self);
}

static void
sam_year_page_dispose (GObject *object)
{
  SamYearPage *self = (SamYearPage *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->layout_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->child, gtk_widget_unparent);
  /* After the wheel widget, which shows one of them. */
  if (self->wheels != NULL)
    g_hash_table_remove_all (self->wheels);

  G_OBJECT_CLASS (sam_year_page_parent_class)->dispose (object);
}

static void
sam_year_page_finalize (GObject *object)
{
  SamYearPage *self = (SamYearPage *)object;

  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_object (&self->shown);
  g_clear_object (&self->marks);
  g_clear_pointer (&self->wheels, g_hash_table_unref);

  G_OBJECT_CLASS (sam_year_page_parent_class)->finalize (object);
}

static void
sam_year_page_class_init (SamYearPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_year_page_dispose;
  object_class->finalize = sam_year_page_finalize;
  widget_class->map = sam_year_page_map;
  widget_class->size_allocate = sam_year_page_size_allocate;
  widget_class->measure = sam_year_page_measure;

  gtk_widget_class_install_action (widget_class, "year.previous", NULL, previous_year);
  gtk_widget_class_install_action (widget_class, "year.next", NULL, next_year);
  gtk_widget_class_install_action (widget_class, "year.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "year.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "year.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "year.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "year.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "year.next", NULL);
}

static GtkWidget *
icon_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return button;
}

static void
sam_year_page_init (SamYearPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *year_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *popover = gtk_popover_new ();
  GtkListItemFactory *factory;
  GtkWidget *list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading;
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->wheels = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)sam_wheel_free);

  gtk_widget_add_css_class (toolbar, "toolbar");
  gtk_widget_add_css_class (year_box, "linked");
  gtk_box_append (GTK_BOX (year_box), icon_button ("go-previous-symbolic", "year.previous", _("Previous Year")));
  self->year_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->year_label), "heading");
  gtk_widget_set_margin_start (GTK_WIDGET (self->year_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->year_label), 12);
  gtk_box_append (GTK_BOX (year_box), GTK_WIDGET (self->year_label));
  gtk_box_append (GTK_BOX (year_box), icon_button ("go-next-symbolic", "year.next", _("Next Year")));
  gtk_box_append (GTK_BOX (toolbar), year_box);

  self->bodies_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->bodies_box));
  self->bodies_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->bodies_button, _("Bodies"));
  gtk_menu_button_set_popover (self->bodies_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bodies_button), _("Which bodies the wheel shows"));
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->bodies_button));

  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (toolbar), spacer);
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *button = gtk_menu_button_new ();

    g_menu_append (menu, _("Export the Wheel as _PDF…"), "year.export-pdf");
    g_menu_append (menu, _("Export Year _Plan…"), "year.export-ics");
    g_menu_append (menu, _("P_rint…"), "year.print");
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-send-symbolic");
    gtk_widget_set_tooltip_text (button, _("Export and Print"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Export and Print"), -1);
    gtk_box_append (GTK_BOX (toolbar), button);
  }
  gtk_box_append (GTK_BOX (box), toolbar);

  /* The wheel beside the list when there is room, the list below the wheel
   * when the window is narrow; size_allocate() chooses. */
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 12);

  self->wheel = SAM_YEAR_WHEEL (sam_year_wheel_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->wheel), 320, 420);
  gtk_box_append (self->content, GTK_WIDGET (self->wheel));

  heading = gtk_label_new (_("In date order"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (list_box), heading);
  self->marks = gtk_string_list_new (NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  /* Another year shows its first rows in the next frame and the others
   * over the frames after it. */
  self->shown = sam_growing_model_new (G_LIST_MODEL (self->marks), 16, 12);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))),
                                                 factory));
  sam_growing_model_set_widget (self->shown, GTK_WIDGET (self->list));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "year-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("In date order"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (row_activated), self);
  /* Only the list scrolls, so that it can make only the rows it shows. */
  self->list_scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->list_scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->list_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->list_scrolled, TRUE);
  gtk_box_append (GTK_BOX (list_box), self->list_scrolled);
  self->empty_label = gtk_label_new (_("Nothing is planned for this year yet."));
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_valign (self->empty_label, GTK_ALIGN_START);
  gtk_widget_set_vexpand (self->empty_label, TRUE);
  gtk_box_append (GTK_BOX (list_box), self->empty_label);
  gtk_widget_set_margin_top (list_box, 12);
  self->list_box = list_box;
  /* Beside the wheel, the list keeps to a readable width. */
  self->list_clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (self->list_clamp), list_box);
  gtk_widget_set_vexpand (self->list_clamp, TRUE);
  gtk_box_append (self->content, self->list_clamp);

  gtk_widget_set_vexpand (GTK_WIDGET (self->content), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->content));

  self->child = box;
  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

/* This year, unless nothing happens in it: then the last year that has
 * meetings, so that a history (like the example data) opens on itself. */
static int
default_year (SamStore *store,
              int       this_year)
{
  g_autoptr(GArray) years = sam_store_list_meeting_years (store, NULL);

  if (years == NULL || years->len == 0)
    return this_year;

  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == this_year)
      return this_year;

  return g_array_index (years, int, 0);
}

GtkWidget *
sam_year_page_new (SamContext *context)
{
  SamYearPage *self;
  SamStore *store;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);
  now = sam_context_now (context);
  self = g_object_new (SAM_TYPE_YEAR_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  self->year = default_year (store, g_date_time_get_year (now));

  /* The marks are read when the page is first shown. */
  gtk_label_set_label (self->year_label, "");

  return GTK_WIDGET (self);
}

/* win.open ("year", YEAR): the id is the year. */
void
sam_year_page_open (GtkWidget *page,
                    gint64     year)
{
  if (year >= 1000 && year <= 9999)
    sam_year_page_set_year (SAM_YEAR_PAGE (page), (int)year);
}

int
sam_year_page_get_year (SamYearPage *self)
{
  return self->year;
}

void
sam_year_page_set_year (SamYearPage *self,
                        int          year)
{
  if (year == self->year)
    return;

  self->year = CLAMP (year, 1000, 9999);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    {
      g_autofree char *text = g_strdup_printf ("%d", self->year);

      gtk_label_set_label (self->year_label, text);
    }
}

SamYearWheel *
sam_year_page_get_wheel (SamYearPage *self)
{
  return self->wheel;
}

GtkListView *
sam_year_page_get_list (SamYearPage *self)
{
  return self->list;
}

/* The check buttons that choose which bodies the wheel shows. */
GtkBox *
sam_year_page_get_bodies_box (SamYearPage *self)
{
  return self->bodies_box;
}

/* For the tests: how many times a year's marks were read from the store. */
guint
sam_year_page_get_n_loads (SamYearPage *self)
{
  return self->n_loads;
}
