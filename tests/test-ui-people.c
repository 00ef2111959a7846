/* test-ui-people.c: people and municipalities, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-people"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-new-person-dialog.h"
#include "sam-people-municipality-editor.h"
#include "sam-people-page.h"
#include "sam-person-editor.h"
#include "sam-person-picker.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type,
              gboolean   mapped_only)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type, mapped_only);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A list box row's title, for rows that are AdwActionRows. */
static const char *
row_title (GtkListBoxRow *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* The first list box whose rows include one titled @title. */
static GtkListBox *
find_list_box (GtkWidget  *page,
               const char *title)
{
  GtkWidget *stack[64];
  guint n = 0;

  stack[n++] = page;
  while (n > 0)
    {
      GtkWidget *widget = stack[--n];

      if (GTK_IS_LIST_BOX (widget))
        {
          GtkListBoxRow *row;

          for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), i)) != NULL; i++)
            if (ADW_IS_PREFERENCES_ROW (row) && g_strcmp0 (row_title (row), title) == 0)
              return GTK_LIST_BOX (widget);
        }

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL && n < G_N_ELEMENTS (stack);
           child = gtk_widget_get_next_sibling (child))
        stack[n++] = child;
    }

  return NULL;
}

/* The people and the municipalities are list views; each row is a box
 * named "row-ID" holding a title label. */
static GtkWidget *
find_by_css (GtkWidget  *widget,
             GType       type,
             const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_css (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (g_str_has_prefix (gtk_widget_get_name (widget), "row-"))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static int
compare_rows_by_y (gconstpointer a,
                   gconstpointer b)
{
  GtkWidget *row_a = *(GtkWidget **)a;
  GtkWidget *row_b = *(GtkWidget **)b;
  GtkWidget *list = gtk_widget_get_ancestor (row_a, GTK_TYPE_LIST_VIEW);
  graphene_point_t point_a, point_b;

  g_assert_true (gtk_widget_compute_point (row_a, list, &GRAPHENE_POINT_INIT (0, 0), &point_a));
  g_assert_true (gtk_widget_compute_point (row_b, list, &GRAPHENE_POINT_INIT (0, 0), &point_b));

  return (point_a.y > point_b.y) - (point_a.y < point_b.y);
}

static const char *
list_row_title (GtkWidget *row)
{
  GtkWidget *label = find_by_css (row, GTK_TYPE_LABEL, "people-row-title");

  g_assert_nonnull (label);

  return gtk_label_get_label (GTK_LABEL (label));
}

/* The titles of the rows a list view shows, top down, joined by "|". */
static char *
list_titles (GtkListView *list)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  collect_rows (GTK_WIDGET (list), rows);
  g_ptr_array_sort (rows, compare_rows_by_y);
  for (guint i = 0; i < rows->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '|');
      g_string_append (text, list_row_title (g_ptr_array_index (rows, i)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The list view with a row titled @title. */
static GtkListView *
find_list (GtkWidget  *widget,
           const char *title)
{
  if (GTK_IS_LIST_VIEW (widget))
    {
      g_autofree char *titles = list_titles (GTK_LIST_VIEW (widget));
      g_auto(GStrv) parts = g_strsplit (titles, "|", -1);

      return g_strv_contains ((const char * const *)parts, title) ? GTK_LIST_VIEW (widget) : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkListView *list;
  const char  *titles;
} TitlesQuery;

static gboolean
list_has_titles (gpointer data)
{
  TitlesQuery *query = data;
  g_autofree char *titles = list_titles (query->list);

  return g_strcmp0 (titles, query->titles) == 0;
}

static void
assert_titles (GtkListView *list,
               const char  *titles)
{
  TitlesQuery query = { list, titles };

  if (!wait_for (list_has_titles, &query))
    {
      g_autofree char *shown = list_titles (list);

      g_assert_cmpstr (shown, ==, titles);
    }
}

/* The name of the item the list has selected, or NULL. */
static const char *
selected_name (GtkListView *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  GObject *item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));

  if (SAM_IS_PERSON (item))
    return sam_person_get_name (SAM_PERSON (item));
  if (SAM_IS_MUNICIPALITY (item))
    return sam_municipality_get_name (SAM_MUNICIPALITY (item));

  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_mapped_button_with_label (GtkWidget  *widget,
                               const char *label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL
      && strstr (gtk_button_get_label (GTK_BUTTON (widget)), label) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_button_with_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static GtkWidget *
show_page (SamStore   *store,
           GtkWindow **window_out)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(SamContext) page_context = sam_test_context_new (store, NULL);
  GtkWidget *page = sam_people_page_new (page_context);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, page));

  *window_out = GTK_WINDOW (window);

  return page;
}

static SamMunicipality *
add_municipality (SamStore   *store,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  SamMunicipality *municipality = sam_municipality_new ();

  sam_municipality_set_name (municipality, name);
  g_assert_true (sam_store_insert (store, municipality, &error));
  g_assert_no_error (error);

  return municipality;
}

static SamPerson *
add_person (SamStore        *store,
            const char      *name,
            SamMunicipality *municipality)
{
  g_autoptr(GError) error = NULL;
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  if (municipality != NULL)
    sam_person_set_municipality_id (person, sam_entity_get_id (SAM_ENTITY (municipality)));
  g_assert_true (sam_store_insert (store, person, &error));
  g_assert_no_error (error);

  return person;
}

static char *
person_name (SamStore *store,
             gint64    id)
{
  g_autoptr(SamPerson) person = sam_store_load (store, SAM_TYPE_PERSON, id, NULL);

  return person != NULL ? g_strdup (sam_person_get_name (person)) : NULL;
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *name;
} NameQuery;

static gboolean
person_has_name (gpointer data)
{
  NameQuery *query = data;
  g_autofree char *name = person_name (query->store, query->id);

  return g_strcmp0 (name, query->name) == 0;
}

/* The new-person dialog that is showing, if any. */
static SamNewPersonDialog *
find_new_person_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SAM_IS_NEW_PERSON_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
new_person_dialog_shown (gpointer data)
{
  SamNewPersonDialog *dialog = find_new_person_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
new_person_dialog_gone (gpointer data)
{
  return find_new_person_dialog () == NULL;
}

static gint64
add_municipality_id (SamStore   *store,
                     const char *name)
{
  g_autoptr(SamMunicipality) municipality = add_municipality (store, name);

  return sam_entity_get_id (SAM_ENTITY (municipality));
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Chooses @name in the dialog's municipality row, as a click in its list
 * does. */
static void
choose_municipality (SamNewPersonDialog *dialog,
                     const char         *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, TRUE));
  GListModel *names = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }

  g_assert_not_reached ();
}

static void
click_button_labelled (GtkWidget  *root,
                       const char *label)
{
  GtkWidget *button = find_button_with_label (root, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_people_add_person (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamPerson) saved = NULL;
  SamNewPersonDialog *dialog;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *add_button;
  GtkWidget *editor;
  GtkListView *list;
  gint64 lund;
  gint64 id;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  lund = add_municipality_id (db.store, "Lund");
  page = show_page (db.store, &window);
  g_assert_true (wait_for_label (page, "No people yet"));

  add_button = find_button_with_tooltip (page, "Add");
  g_assert_nonnull (add_button);

  /* Add asks first; nothing is saved, and Add waits for a name. */
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 0);
  g_assert_false (sam_new_person_dialog_can_add (dialog));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "A new person needs a name."));

  /* Cancel after typing saves nothing. */
  gtk_editable_set_text (sam_new_person_dialog_get_name_editable (dialog), "Åsa Östberg");
  g_assert_true (sam_new_person_dialog_can_add (dialog));
  click_button_labelled (GTK_WIDGET (dialog), "_Cancel");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 0);

  /* Saved with the municipality, title and e-mail, and shown for editing;
   * an incomplete e-mail address is refused with a reason until fixed. */
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  gtk_editable_set_text (sam_new_person_dialog_get_name_editable (dialog), "  Åsa Östberg ");
  gtk_editable_set_text (sam_new_person_dialog_get_title_editable (dialog), "Kommundirektör");
  gtk_editable_set_text (sam_new_person_dialog_get_email_editable (dialog), "asa.ostberg");
  g_assert_false (sam_new_person_dialog_can_add (dialog));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "e-mail address is not complete"));
  gtk_editable_set_text (sam_new_person_dialog_get_email_editable (dialog), "asa.ostberg@lund.se");
  choose_municipality (dialog, "Lund");
  maybe_screenshot (GTK_WIDGET (dialog), "new-person-dialog");
  click_button_labelled (GTK_WIDGET (dialog), "_Add");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 1);

  g_assert_true (wait_for_label (page, "Åsa Östberg"));
  list = find_list (page, "Åsa Östberg");
  g_assert_nonnull (list);
  g_assert_cmpstr (selected_name (list), ==, "Åsa Östberg");
  editor = sam_people_page_get_person_editor (SAM_PEOPLE_PAGE (page));
  g_assert_true (wait_for (is_mapped, editor));
  id = sam_person_editor_get_person_id (SAM_PERSON_EDITOR (editor));
  saved = sam_store_load (db.store, SAM_TYPE_PERSON, id, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (sam_person_get_name (saved), ==, "Åsa Östberg");
  g_assert_cmpstr (sam_person_get_title (saved), ==, "Kommundirektör");
  g_assert_cmpstr (sam_person_get_email (saved), ==, "asa.ostberg@lund.se");
  g_assert_cmpint (sam_person_get_municipality_id (saved), ==, lund);

  /* The same name without accents and in other case is a namesake: the
   * dialog says so and offers the listed person, and taking her saves
   * nothing. */
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  gtk_editable_set_text (sam_new_person_dialog_get_name_editable (dialog), "asa  ostberg");
  g_assert_cmpuint (sam_new_person_dialog_get_n_duplicates (dialog), ==, 1);
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "is already listed"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "Åsa Östberg (Lund)"));
  g_assert_nonnull (find_button_with_label (GTK_WIDGET (dialog), "_Add Anyway"));
  maybe_screenshot (GTK_WIDGET (dialog), "new-person-duplicate");
  if (g_getenv ("SAM_SHOT_DIR") != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
      maybe_screenshot (GTK_WIDGET (dialog), "new-person-duplicate-360");
    }
  click_button_labelled (GTK_WIDGET (dialog), "_Use This Person");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 1);
  g_assert_cmpint (sam_person_editor_get_person_id (SAM_PERSON_EDITOR (editor)), ==, id);

  /* Another name is no namesake. */
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  gtk_editable_set_text (sam_new_person_dialog_get_name_editable (dialog), "Åsa Öst");
  g_assert_cmpuint (sam_new_person_dialog_get_n_duplicates (dialog), ==, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 1);

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
picked_cb (SamPersonPicker *picker,
           gint64           person_id,
           gint64          *out)
{
  *out = person_id;
}

static GArray *
listed_cb (gpointer user_data)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_val (ids, *(gint64 *)user_data);

  return ids;
}

/* A picker's "Add as a New Person" opens the dialog with the name typed
 * and picks the person only once added; people on the owner's list are
 * not offered. */
static void
test_people_picker_new_person (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamPerson) britt = sam_person_new ();
  g_autoptr(SamPerson) saved = NULL;
  g_autoptr(GError) error = NULL;
  SamNewPersonDialog *dialog;
  GtkWidget *window;
  GtkWidget *button;
  GtkWidget *picker;
  gint64 picked = 0;
  gint64 britt_id;
  gint64 malmo;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  malmo = add_municipality_id (db.store, "Malmö");
  sam_person_set_name (britt, "Britt Steiner");
  g_assert_true (sam_store_insert (db.store, britt, &error));
  britt_id = sam_entity_get_id (SAM_ENTITY (britt));

  window = gtk_window_new ();
  button = gtk_menu_button_new ();
  picker = sam_person_picker_new (db.store);
  sam_person_picker_set_allow_create (SAM_PERSON_PICKER (picker), TRUE);
  g_signal_connect (picker, "person-picked", G_CALLBACK (picked_cb), &picked);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), picker);
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, button));

  /* Listed people are left out. */
  sam_person_picker_set_search_text (SAM_PERSON_PICKER (picker), "britt");
  g_assert_cmpuint (sam_person_picker_get_n_matches (SAM_PERSON_PICKER (picker)), ==, 1);
  sam_person_picker_set_listed_func (SAM_PERSON_PICKER (picker), listed_cb, &britt_id, NULL);
  g_assert_cmpuint (sam_person_picker_get_n_matches (SAM_PERSON_PICKER (picker)), ==, 0);
  sam_person_picker_set_listed_func (SAM_PERSON_PICKER (picker), NULL, NULL, NULL);
  g_assert_cmpuint (sam_person_picker_get_n_matches (SAM_PERSON_PICKER (picker)), ==, 1);

  /* Cancel: nothing saved, nobody picked. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sam_person_picker_set_search_text (SAM_PERSON_PICKER (picker), "Karin Malm");
  click_button_labelled (picker, "Add “Karin Malm” as a New Person");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (sam_new_person_dialog_get_name_editable (dialog)),
                   ==, "Karin Malm");
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 1);
  click_button_labelled (GTK_WIDGET (dialog), "_Cancel");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 1);
  g_assert_cmpint (picked, ==, 0);

  /* Added with an outside organisation: picked once saved. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sam_person_picker_set_search_text (SAM_PERSON_PICKER (picker), "Karin Malm");
  click_button_labelled (picker, "Add “Karin Malm” as a New Person");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  gtk_editable_set_text (sam_new_person_dialog_get_organization_editable (dialog), "Region Skåne");
  click_button_labelled (GTK_WIDGET (dialog), "_Add");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 2);
  g_assert_cmpint (picked, >, 0);
  g_assert_cmpint (picked, !=, britt_id);
  saved = sam_store_load (db.store, SAM_TYPE_PERSON, picked, NULL);
  g_assert_cmpstr (sam_person_get_name (saved), ==, "Karin Malm");
  g_assert_cmpstr (sam_person_get_organization (saved), ==, "Region Skåne");
  g_assert_cmpint (sam_person_get_municipality_id (saved), ==, 0);

  /* A namesake of a listed person is offered in the dialog; with a
   * municipality the organisation is not asked for. */
  picked = 0;
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sam_person_picker_set_search_text (SAM_PERSON_PICKER (picker), "Britt Steiner (Malmö)");
  click_button_labelled (picker, "Add “Britt Steiner (Malmö)” as a New Person");
  g_assert_true (wait_for (new_person_dialog_shown, NULL));
  dialog = find_new_person_dialog ();
  gtk_editable_set_text (sam_new_person_dialog_get_name_editable (dialog), "BRITT STEINER");
  g_assert_cmpuint (sam_new_person_dialog_get_n_duplicates (dialog), ==, 1);
  choose_municipality (dialog, "Malmö");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (sam_new_person_dialog_get_organization_editable (dialog))));
  click_button_labelled (GTK_WIDGET (dialog), "_Add Anyway");
  g_assert_true (wait_for (new_person_dialog_gone, NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 3);
  g_clear_object (&saved);
  saved = sam_store_load (db.store, SAM_TYPE_PERSON, picked, NULL);
  g_assert_cmpint (sam_person_get_municipality_id (saved), ==, malmo);

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static gboolean
dialog_is_gone (gpointer data)
{
  GtkWidget **dialog = data;

  return *dialog == NULL || !gtk_widget_get_visible (*dialog);
}

/* A new municipality is saved once it has a name that is not taken. */
static void
test_people_add_municipality (void)
{
  SamTestDb db = { 0 };
  AdwMessageDialog *dialog = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *entry;
  g_autoptr(GList) toplevels = NULL;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  add_municipality_id (db.store, "Lund");
  page = show_page (db.store, &window);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find_by_type (page, ADW_TYPE_VIEW_STACK, FALSE)),
                                         "municipalities");
  g_assert_true (wait_for_label (page, "Lund"));

  g_signal_emit_by_name (find_button_with_tooltip (page, "Add"), "clicked");
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 1);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));

  entry = find_by_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "lund");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "is already listed"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Staffanstorp");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  /* Enter in the name adds it and closes the dialog, as Add does: the
   * dialog left open blocked the window, showing the name just added. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 2);
  g_assert_true (wait_for_label (page, "Staffanstorp"));
  g_assert_true (wait_for (dialog_is_gone, &dialog));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_people_edit_name (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamMunicipality) lund = NULL;
  g_autoptr(SamPerson) person = NULL;
  g_autofree char *name = NULL;
  NameQuery query;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *editor;
  GtkEditable *entry;
  gint64 id;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  lund = add_municipality (db.store, "Lund");
  person = add_person (db.store, "Anna Svensson", lund);
  id = sam_entity_get_id (SAM_ENTITY (person));
  page = show_page (db.store, &window);

  g_assert_true (wait_for_label (page, "Anna Svensson"));
  g_assert_true (wait_for_label (page, "Lund"));
  sam_people_page_open (page, id);
  editor = sam_people_page_get_person_editor (SAM_PEOPLE_PAGE (page));
  g_assert_true (wait_for (is_mapped, editor));
  entry = sam_person_editor_get_name_editable (SAM_PERSON_EDITOR (editor));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Anna Svensson");

  /* Typing saves after a short pause. */
  gtk_editable_set_text (entry, "Anna Östberg");
  query = (NameQuery) { db.store, id, "Anna Östberg" };
  g_assert_true (wait_for (person_has_name, &query));
  g_assert_true (wait_for_label (page, "Anna Östberg"));

  /* An empty name is an error, and the saved name stays. */
  gtk_editable_set_text (entry, "   ");
  g_assert_true (wait_for_label (page, "A person needs a name"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  sam_person_editor_flush (SAM_PERSON_EDITOR (editor));
  name = person_name (db.store, id);
  g_assert_cmpstr (name, ==, "Anna Östberg");

  gtk_editable_set_text (entry, "Anna Åkesson");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  sam_person_editor_flush (SAM_PERSON_EDITOR (editor));
  g_clear_pointer (&name, g_free);
  name = person_name (db.store, id);
  g_assert_cmpstr (name, ==, "Anna Åkesson");

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static gboolean
button_is_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_mapped_button_with_label (query->root, query->text) != NULL;
}

static void
test_people_delete_undo (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMunicipality) lund = NULL;
  g_autoptr(SamPerson) person = NULL;
  g_autoptr(SamMembership) membership = NULL;
  g_autoptr(SamPerson) restored = NULL;
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(SamMembership) restored_membership = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  LabelQuery undo_query;
  SamWindow *window;
  GtkWidget *page;
  GtkWidget *editor;
  GtkWidget *delete_button;
  GtkWidget *undo_button;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  lund = add_municipality (db.store, "Lund");
  person = add_person (db.store, "Bo Lindqvist", lund);
  uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (person)));
  membership = sam_membership_new ();
  sam_membership_set_body_id (membership, sam_entity_get_id (SAM_ENTITY (body)));
  sam_membership_set_person_id (membership, sam_entity_get_id (SAM_ENTITY (person)));
  sam_membership_set_role (membership, SAM_MEMBERSHIP_ROLE_CHAIR);
  g_assert_true (sam_store_insert (db.store, membership, &error));
  g_assert_no_error (error);

  window = sam_window_new (NULL, db.store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "people",
                                             sam_entity_get_id (SAM_ENTITY (person))));
  page = sam_window_get_section_page (window, "people");
  g_assert_true (SAM_IS_PEOPLE_PAGE (page));
  editor = sam_people_page_get_person_editor (SAM_PEOPLE_PAGE (page));
  g_assert_true (wait_for (is_mapped, editor));
  /* The person's groups are listed. */
  g_assert_true (wait_for_label (editor, "Director group"));
  g_assert_true (wait_for_label (editor, "Chair"));

  delete_button = find_mapped_button_with_label (editor, "Delete Person");
  g_assert_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");

  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_PERSON), ==, 0);
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEMBERSHIP), ==, 0);

  undo_query = (LabelQuery) { GTK_WIDGET (window), "Undo" };
  g_assert_true (wait_for (button_is_shown, &undo_query));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "“Bo Lindqvist” deleted"));
  undo_button = find_mapped_button_with_label (GTK_WIDGET (window), "Undo");
  g_signal_emit_by_name (undo_button, "clicked");

  /* Back with the same identity, the same municipality and the same
   * membership, and shown again. */
  restored = sam_store_load_by_uuid (db.store, SAM_TYPE_PERSON, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (sam_person_get_name (restored), ==, "Bo Lindqvist");
  g_assert_cmpint (sam_person_get_municipality_id (restored), ==, sam_entity_get_id (SAM_ENTITY (lund)));

  memberships = sam_store_list_memberships (db.store, sam_entity_get_id (SAM_ENTITY (body)));
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, 1);
  restored_membership = g_list_model_get_item (memberships, 0);
  g_assert_cmpint (sam_membership_get_person_id (restored_membership), ==,
                   sam_entity_get_id (SAM_ENTITY (restored)));
  g_assert_cmpint (sam_membership_get_role (restored_membership), ==, SAM_MEMBERSHIP_ROLE_CHAIR);

  g_assert_true (wait_for (is_mapped, editor));
  g_assert_cmpint (sam_person_editor_get_person_id (SAM_PERSON_EDITOR (editor)), ==,
                   sam_entity_get_id (SAM_ENTITY (restored)));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_people_municipalities_swedish_order (void)
{
  SamTestDb db = { 0 };
  const char *names[] = { "Östra Göinge", "Ängelholm", "Åstorp", "Burlöv", "Ystad", "Lund", "Ale" };
  const char *expected[] = { "Ale", "Burlöv", "Lund", "Ystad", "Åstorp", "Ängelholm", "Östra Göinge" };
  GtkWindow *window;
  GtkWidget *page;
  GtkListView *list;
  AdwViewStack *stack;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_municipality (db.store, names[i]));

  page = show_page (db.store, &window);
  stack = ADW_VIEW_STACK (find_by_type (page, ADW_TYPE_VIEW_STACK, FALSE));
  adw_view_stack_set_visible_child_name (stack, "municipalities");
  g_assert_true (wait_for_label (page, "Ängelholm"));

  list = find_list (page, "Ale");
  g_assert_nonnull (list);
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_string_append_printf (joined, "%s%s", i > 0 ? "|" : "", expected[i]);
    assert_titles (list, joined->str);
  }

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_people_municipality_member_period (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamMunicipality) skurup = NULL;
  g_autoptr(SamMunicipality) saved = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *from_row = NULL;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  skurup = add_municipality (db.store, "Skurup");
  page = show_page (db.store, &window);

  sam_people_page_open_municipality (page, sam_entity_get_id (SAM_ENTITY (skurup)));
  g_assert_true (wait_for_label (page, "Member from"));

  /* The entry row titled "Member from". */
  {
    GtkWidget *label = find_mapped_label (page, "Member from");

    for (from_row = label; from_row != NULL && !ADW_IS_ENTRY_ROW (from_row);
         from_row = gtk_widget_get_parent (from_row))
      ;
  }
  g_assert_nonnull (from_row);

  /* Half a date is marked and not saved… */
  gtk_editable_set_text (GTK_EDITABLE (from_row), "2019-01");
  g_assert_true (gtk_widget_has_css_class (from_row, "error"));
  g_assert_true (wait_for_label (page, "That is not a date"));

  /* …a whole one is, and the list says since when it is a member. */
  gtk_editable_set_text (GTK_EDITABLE (from_row), "29 januari 2019");
  g_assert_false (gtk_widget_has_css_class (from_row, "error"));
  g_assert_true (wait_for_label (page, "Member since 2019-01-29"));
  saved = sam_store_load (db.store, SAM_TYPE_MUNICIPALITY, sam_entity_get_id (SAM_ENTITY (skurup)), NULL);
  g_assert_cmpstr (sam_municipality_get_member_from (saved), ==, "2019-01-29");

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
test_people_search (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamMunicipality) lund = NULL;
  g_autoptr(SamMunicipality) malmo = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *search;
  GtkListView *list;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  lund = add_municipality (db.store, "Lund");
  malmo = add_municipality (db.store, "Malmö");
  g_object_unref (add_person (db.store, "Anna Svensson", lund));
  g_object_unref (add_person (db.store, "Bo Lindqvist", malmo));
  g_object_unref (add_person (db.store, "Cecilia Malm", NULL));
  page = show_page (db.store, &window);

  g_assert_true (wait_for_label (page, "Anna Svensson"));
  list = find_list (page, "Anna Svensson");
  g_assert_nonnull (list);
  search = find_by_type (page, GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (search);

  /* By municipality ("malmö" without caring for case)… */
  gtk_editable_set_text (GTK_EDITABLE (search), "MALMÖ");
  g_signal_emit_by_name (search, "search-changed");
  assert_titles (list, "Bo Lindqvist");

  /* …and by the start of a name ("malm", not the middle of one). */
  gtk_editable_set_text (GTK_EDITABLE (search), "malm");
  g_signal_emit_by_name (search, "search-changed");
  assert_titles (list, "Bo Lindqvist|Cecilia Malm");
  gtk_editable_set_text (GTK_EDITABLE (search), "vensson");
  g_signal_emit_by_name (search, "search-changed");
  assert_titles (list, "");

  gtk_editable_set_text (GTK_EDITABLE (search), "nobody");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_true (wait_for_label (page, "Nobody matches"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

typedef struct
{
  GtkWidget *editor;
  gint64     id;
} EditorQuery;

static gboolean
person_editor_shows (gpointer data)
{
  EditorQuery *query = data;

  return gtk_widget_get_mapped (query->editor)
         && sam_person_editor_get_person_id (SAM_PERSON_EDITOR (query->editor)) == query->id;
}

static gboolean
municipality_editor_shows (gpointer data)
{
  EditorQuery *query = data;

  return gtk_widget_get_mapped (query->editor)
         && sam_people_municipality_editor_get_municipality_id (
              SAM_PEOPLE_MUNICIPALITY_EDITOR (query->editor)) == query->id;
}

/* Issue 13: a click (which selects the row), a double click or Enter
 * (which activate it) on a person or a municipality opens it. */
static void
test_people_rows_open (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamMunicipality) lund = NULL;
  g_autoptr(SamMunicipality) malmo = NULL;
  g_autoptr(SamPerson) anna = NULL;
  g_autoptr(SamPerson) bo = NULL;
  GtkListView *list;
  GtkWidget *municipality_editor;
  EditorQuery query;
  AdwViewStack *stack;
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  lund = add_municipality (db.store, "Lund");
  malmo = add_municipality (db.store, "Malmö");
  anna = add_person (db.store, "Anna Svensson", lund);
  bo = add_person (db.store, "Bo Lindqvist", malmo);
  page = show_page (db.store, &window);

  g_assert_true (wait_for_label (page, "Bo Lindqvist"));
  list = find_list (page, "Bo Lindqvist");
  g_assert_nonnull (list);
  assert_titles (list, "Anna Svensson|Bo Lindqvist");

  /* Enter or a double click on Bo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 1));
  query = (EditorQuery) { sam_people_page_get_person_editor (SAM_PEOPLE_PAGE (page)),
                          sam_entity_get_id (SAM_ENTITY (bo)) };
  g_assert_true (wait_for (person_editor_shows, &query));
  g_assert_cmpstr (selected_name (list), ==, "Bo Lindqvist");

  /* A click on Anna selects her row, and that opens her. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.select-item", "(ubb)",
                                             0, FALSE, FALSE));
  query.id = sam_entity_get_id (SAM_ENTITY (anna));
  g_assert_true (wait_for (person_editor_shows, &query));
  g_assert_cmpstr (selected_name (list), ==, "Anna Svensson");

  /* The same for a municipality. */
  stack = ADW_VIEW_STACK (find_by_type (page, ADW_TYPE_VIEW_STACK, FALSE));
  adw_view_stack_set_visible_child_name (stack, "municipalities");
  g_assert_true (wait_for_label (page, "Malmö"));
  list = find_list (page, "Malmö");
  g_assert_nonnull (list);
  assert_titles (list, "Lund|Malmö");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 1));
  municipality_editor = find_by_type (page, SAM_TYPE_PEOPLE_MUNICIPALITY_EDITOR, FALSE);
  g_assert_nonnull (municipality_editor);
  query = (EditorQuery) { municipality_editor, sam_entity_get_id (SAM_ENTITY (malmo)) };
  g_assert_true (wait_for (municipality_editor_shows, &query));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.select-item", "(ubb)",
                                             0, FALSE, FALSE));
  query.id = sam_entity_get_id (SAM_ENTITY (lund));
  g_assert_true (wait_for (municipality_editor_shows, &query));

  maybe_screenshot (GTK_WIDGET (window), "people-municipalities");
  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

static void
open_item_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  *(gint64 *)user_data = g_variant_get_int64 (parameter);
}

static void
set_presenter (SamStore      *store,
               SamAgendaItem *item,
               SamPerson     *person)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (person));

  g_assert_true (sam_store_set_presenter_ids (store, sam_entity_get_id (SAM_ENTITY (item)), &id, 1, &error));
  g_assert_no_error (error);
}

/* A person's page lists the agenda items they presented, newest meeting
 * first, and a row opens the meeting at the item. */
static void
test_people_presented (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamPerson) anna = NULL;
  g_autoptr(SamPerson) bo = NULL;
  g_autoptr(SamBody) directors = NULL;
  g_autoptr(SamMeeting) january = NULL;
  g_autoptr(SamMeeting) march = NULL;
  g_autoptr(SamAgendaItem) old_item = NULL;
  g_autoptr(SamAgendaItem) new_item = NULL;
  g_autoptr(SamAgendaItem) late_item = NULL;
  g_autoptr(SamAgendaItem) other_item = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open_item = g_simple_action_new ("open-item", G_VARIANT_TYPE_INT64);
  gint64 opened = 0;
  GtkListBox *list;
  GtkListBoxRow *row;
  GtkWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  anna = add_person (db.store, "Anna Andersson", NULL);
  bo = add_person (db.store, "Bo Berg", NULL);
  directors = sam_test_add_body (db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  january = sam_test_add_meeting (db.store, directors, "2019-01-29T09:00", "Möte");
  march = sam_test_add_meeting (db.store, directors, "2019-03-26T09:00", "Möte");
  old_item = sam_test_add_item (db.store, january, NULL, "Översiktsplanering", 20);
  new_item = sam_test_add_item (db.store, march, NULL, "Lägesrapport turism", 15);
  other_item = sam_test_add_item (db.store, march, NULL, "Ekonomi", 10);
  set_presenter (db.store, old_item, anna);
  set_presenter (db.store, new_item, anna);
  set_presenter (db.store, other_item, bo);

  page = show_page (db.store, &window);
  g_signal_connect (open_item, "activate", G_CALLBACK (open_item_cb), &opened);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open_item));
  gtk_widget_insert_action_group (GTK_WIDGET (window), "win", G_ACTION_GROUP (group));

  sam_people_page_open (page, sam_entity_get_id (SAM_ENTITY (anna)));
  g_assert_true (wait_for_label (page, "Presented"));
  g_assert_true (wait_for_label (page, "Lägesrapport turism"));
  g_assert_true (wait_for_label (page, "Översiktsplanering"));

  /* Newest meeting first, with the meeting's date and body; not Bo's item. */
  list = find_list_box (page, "Lägesrapport turism");
  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (row_title (row), ==, "Lägesrapport turism");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "2019"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Kommundirektörsgruppen"));
  g_assert_cmpstr (row_title (gtk_list_box_get_row_at_index (list, 1)), ==, "Översiktsplanering");
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));

  /* A row opens the meeting at the item. */
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpint (opened, ==, sam_entity_get_id (SAM_ENTITY (new_item)));

  /* The list follows the store: a new presentation shows up. */
  late_item = sam_test_add_item (db.store, march, NULL, "Kollektivtrafik", 10);
  set_presenter (db.store, late_item, anna);
  g_assert_true (wait_for_label (page, "Kollektivtrafik"));

  gtk_window_destroy (window);
  sam_test_db_teardown (&db, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/people/add-person", test_people_add_person);
  g_test_add_func ("/ui/people/add-municipality", test_people_add_municipality);
  g_test_add_func ("/ui/people/picker-new-person", test_people_picker_new_person);
  g_test_add_func ("/ui/people/edit-name", test_people_edit_name);
  g_test_add_func ("/ui/people/delete-undo", test_people_delete_undo);
  g_test_add_func ("/ui/people/municipalities-swedish-order", test_people_municipalities_swedish_order);
  g_test_add_func ("/ui/people/municipality-member-period", test_people_municipality_member_period);
  g_test_add_func ("/ui/people/search", test_people_search);
  g_test_add_func ("/ui/people/presented", test_people_presented);
  g_test_add_func ("/ui/people/rows-open", test_people_rows_open);

  return g_test_run ();
}
