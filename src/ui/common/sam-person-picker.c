/* sam-person-picker.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-person-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-new-person-dialog.h"
#include "sam-person-picker.h"

struct _SamPersonPicker
{
  GtkPopover          parent_instance;

  /* Owned */
  SamStore           *store;
  GListModel         *people;
  GtkFilterListModel *filtered;
  GtkStringFilter    *filter;
  GtkCustomFilter    *listed_filter;
  GHashTable         *listed;
  SamPersonPickerListedFunc listed_func;
  gpointer            listed_data;
  GDestroyNotify      listed_destroy;

  /* Borrowed */
  GtkSearchEntry     *entry;
  GtkListView        *list_view;
  GtkButton          *create_button;
  GtkWidget          *empty_label;

  gboolean            allow_create;
};

G_DEFINE_FINAL_TYPE (SamPersonPicker, sam_person_picker, GTK_TYPE_POPOVER)

enum {
  PERSON_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_exact_match (SamPersonPicker *self,
                 const char      *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *wanted = g_utf8_casefold (text, -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamPerson) person = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      g_autofree char *name = g_utf8_casefold (sam_person_get_name (person), -1);

      if (g_strcmp0 (name, wanted) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
update_create_button (SamPersonPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gboolean show = self->allow_create && *stripped != '\0' && !has_exact_match (self, stripped);

  if (show)
    {
      /* Translators: a button in the person picker; %s is the typed name. */
      g_autofree char *label = g_strdup_printf (_("Add “%s” as a New Person"), stripped);

      gtk_button_set_label (self->create_button, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->create_button), show);
  gtk_widget_set_visible (self->empty_label, n == 0 && !show);
}

static void
pick (SamPersonPicker *self,
      gint64           person_id)
{
  g_assert (SAM_IS_PERSON_PICKER (self));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PERSON_PICKED], 0, person_id);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static void
search_changed_cb (SamPersonPicker *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  update_create_button (self);
}

static void
items_changed_cb (SamPersonPicker *self)
{
  update_create_button (self);
}

static void
activate_cb (GtkListView     *list_view,
             guint            position,
             SamPersonPicker *self)
{
  g_autoptr(SamPerson) person = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (person != NULL)
    pick (self, sam_entity_get_id (SAM_ENTITY (person)));
}

static void
entry_activate_cb (SamPersonPicker *self)
{
  /* The search entry says search-changed a moment after the last key: an
   * Enter typed quickly must act on the text shown, not on the filter of
   * the keys before it. */
  search_changed_cb (self);

  if (!sam_person_picker_pick_first (self) && gtk_widget_get_visible (GTK_WIDGET (self->create_button)))
    gtk_widget_activate (GTK_WIDGET (self->create_button));
}

static void
stop_search_cb (SamPersonPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
new_person_chosen_cb (SamNewPersonDialog *dialog,
                      gint64              person_id,
                      gboolean            created,
                      SamPersonPicker    *self)
{
  g_assert (SAM_IS_PERSON_PICKER (self));

  g_signal_emit (self, signals[PERSON_PICKED], 0, person_id);
}

/* A new person is more than a name: the dialog asks where they work and
 * warns of a namesake already listed, and nothing is saved until Add. */
static void
create_clicked_cb (SamPersonPicker *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  GtkWidget *dialog;

  if (*name == '\0')
    return;

  gtk_popover_popdown (GTK_POPOVER (self));
  dialog = sam_new_person_dialog_present (self->store, GTK_WIDGET (self), name);
  g_signal_connect_object (dialog, "person-chosen", G_CALLBACK (new_person_chosen_cb), self, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static gboolean
not_listed_cb (gpointer item,
               gpointer user_data)
{
  SamPersonPicker *self = user_data;
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));

  return self->listed == NULL || !g_hash_table_contains (self->listed, &id);
}

/* Asks the owner who is on its list now, each time the picker opens. */
static void
refresh_listed (SamPersonPicker *self)
{
  g_autoptr(GArray) ids = NULL;

  if (self->listed_func == NULL)
    return;

  ids = self->listed_func (self->listed_data);
  g_hash_table_remove_all (self->listed);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (self->listed, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));

  gtk_filter_changed (GTK_FILTER (self->listed_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         SamPersonPicker          *self)
{
  SamPerson *person = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  g_autofree char *where = NULL;
  const char *title = sam_person_get_title (person);

  gtk_label_set_label (GTK_LABEL (name), sam_person_get_name (person));

  if (sam_person_get_municipality_id (person) > 0)
    {
      g_autoptr(SamMunicipality) municipality =
        sam_store_load (self->store, SAM_TYPE_MUNICIPALITY,
                        sam_person_get_municipality_id (person), NULL);

      if (municipality != NULL)
        where = g_strdup (sam_municipality_get_name (municipality));
    }
  if (where == NULL && sam_person_get_organization (person) != NULL)
    where = g_strdup (sam_person_get_organization (person));

  if (title != NULL && *title != '\0' && where != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s, %s", title, where);

      gtk_label_set_label (GTK_LABEL (detail), text);
    }
  else
    gtk_label_set_label (GTK_LABEL (detail), where != NULL ? where : (title != NULL ? title : ""));

  gtk_widget_set_visible (detail, *gtk_label_get_label (GTK_LABEL (detail)) != '\0');
}

static void
show_cb (SamPersonPicker *self)
{
  if (gtk_list_view_get_model (self->list_view) == NULL)
    {
      g_autoptr(GtkSingleSelection) selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }
}

static void
map_cb (SamPersonPicker *self)
{
  refresh_listed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
sam_person_picker_dispose (GObject *object)
{
  SamPersonPicker *self = (SamPersonPicker *)object;

  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);

  g_clear_object (&self->filtered);
  g_clear_object (&self->people);
  g_clear_pointer (&self->listed, g_hash_table_unref);
  if (self->listed_destroy != NULL)
    g_clear_pointer (&self->listed_data, self->listed_destroy);
  self->listed_func = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_person_picker_parent_class)->dispose (object);
}

static void
sam_person_picker_class_init (SamPersonPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_person_picker_dispose;

  /**
   * SamPersonPicker::person-picked:
   * @person_id: the id of the chosen (or newly added) person
   */
  signals[PERSON_PICKED] = g_signal_new ("person-picked",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
sam_person_picker_init (SamPersonPicker *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "sam-person-picker");
}

GtkWidget *
sam_person_picker_new (SamStore *store)
{
  SamPersonPicker *self;
  GtkWidget *box;
  GtkWidget *scrolled;
  GtkListItemFactory *factory;
  GtkExpression *expression;
  GtkEveryFilter *every;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PERSON_PICKER, NULL);
  self->store = g_object_ref (store);
  self->people = sam_store_list_people (store);

  expression = gtk_property_expression_new (SAM_TYPE_PERSON, NULL, "name");
  self->filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->listed_filter = gtk_custom_filter_new (not_listed_cb, self, NULL);
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (self->listed_filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (self->filter));
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->people), GTK_FILTER (every));
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (items_changed_cb), self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 260, -1);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search people"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search people by name"),
                                  -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  /* The list gets its people when the picker first opens: a list view
   * makes rows for a couple of hundred of them even while hidden, and a
   * page has several pickers that may never open. */
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (box), scrolled);

  self->empty_label = gtk_label_new (_("Nobody by that name"));
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_margin_top (self->empty_label, 6);
  gtk_widget_set_margin_bottom (self->empty_label, 6);
  gtk_widget_set_visible (self->empty_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->empty_label);

  self->create_button = GTK_BUTTON (gtk_button_new_with_label (""));
  gtk_widget_add_css_class (GTK_WIDGET (self->create_button), "flat");
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), FALSE);
  g_signal_connect_swapped (self->create_button, "clicked", G_CALLBACK (create_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->create_button));

  gtk_popover_set_child (GTK_POPOVER (self), box);
  g_signal_connect (self, "show", G_CALLBACK (show_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);

  update_create_button (self);

  return GTK_WIDGET (self);
}

void
sam_person_picker_set_allow_create (SamPersonPicker *self,
                                    gboolean         allow_create)
{
  g_return_if_fail (SAM_IS_PERSON_PICKER (self));

  self->allow_create = !!allow_create;
  update_create_button (self);
}

/**
 * sam_person_picker_set_listed_func:
 * @func: (nullable): returns the ids (gint64, transfer full) of the people
 *   already on the owner's list
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data with the picker
 *
 * The picker leaves out the people @func names; it asks each time it
 * opens, so the owner need not tell it of every change.
 */
void
sam_person_picker_set_listed_func (SamPersonPicker           *self,
                                   SamPersonPickerListedFunc  func,
                                   gpointer                   user_data,
                                   GDestroyNotify             destroy)
{
  g_return_if_fail (SAM_IS_PERSON_PICKER (self));

  if (self->listed_destroy != NULL && self->listed_data != NULL)
    self->listed_destroy (self->listed_data);

  self->listed_func = func;
  self->listed_data = user_data;
  self->listed_destroy = destroy;

  if (func == NULL)
    {
      g_hash_table_remove_all (self->listed);
      gtk_filter_changed (GTK_FILTER (self->listed_filter), GTK_FILTER_CHANGE_LESS_STRICT);
    }
  else
    refresh_listed (self);
}

void
sam_person_picker_set_search_text (SamPersonPicker *self,
                                   const char      *text)
{
  g_return_if_fail (SAM_IS_PERSON_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  /* The search entry waits before it says search-changed; a caller that
   * sets the text wants the result now. */
  search_changed_cb (self);
}

guint
sam_person_picker_get_n_matches (SamPersonPicker *self)
{
  g_return_val_if_fail (SAM_IS_PERSON_PICKER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/* Picks the first person the search shows, as Enter in the search does. */
gboolean
sam_person_picker_pick_first (SamPersonPicker *self)
{
  g_autoptr(SamPerson) person = NULL;

  g_return_val_if_fail (SAM_IS_PERSON_PICKER (self), FALSE);

  if (gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] == '\0')
    return FALSE;

  person = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  if (person == NULL)
    return FALSE;

  pick (self, sam_entity_get_id (SAM_ENTITY (person)));

  return TRUE;
}

char *
sam_person_get_display_name (SamStore *store,
                             gint64    person_id)
{
  g_autoptr(SamPerson) person = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  if (person_id <= 0)
    return g_strdup ("");

  person = sam_store_load (store, SAM_TYPE_PERSON, person_id, NULL);

  return g_strdup (person != NULL ? sam_person_get_name (person) : "");
}

char *
sam_person_describe (SamStore *store,
                     gint64    person_id)
{
  g_autoptr(SamPerson) person = NULL;
  g_autoptr(SamMunicipality) municipality = NULL;
  const char *where = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  if (person_id <= 0)
    return g_strdup ("");

  person = sam_store_load (store, SAM_TYPE_PERSON, person_id, NULL);
  if (person == NULL)
    return g_strdup ("");

  if (sam_person_get_municipality_id (person) > 0)
    municipality = sam_store_load (store, SAM_TYPE_MUNICIPALITY,
                                   sam_person_get_municipality_id (person), NULL);
  if (municipality != NULL)
    where = sam_municipality_get_name (municipality);
  else if (sam_person_get_organization (person) != NULL && *sam_person_get_organization (person) != '\0')
    where = sam_person_get_organization (person);

  if (where == NULL)
    return g_strdup (sam_person_get_name (person));

  /* Translators: a person and where they work, "Britt Steiner (Lund)". */
  return g_strdup_printf (_("%s (%s)"), sam_person_get_name (person), where);
}
