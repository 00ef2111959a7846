/* sam-people-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-people-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-people-municipality-editor.h"
#include "sam-people-page.h"
#include "sam-person-editor.h"
#include "sam-store-undo.h"
#include "sam-window.h"

struct _SamPeoplePage
{
  AdwBin                       parent_instance;

  /* Template widgets */
  AdwLeaflet                  *leaflet;
  GtkWidget                   *lists_box;
  GtkWidget                   *details_box;
  AdwViewStack                *view_stack;
  GtkSearchEntry              *search_entry;
  GtkListBox                  *people_list;
  GtkListBox                  *municipalities_list;
  GtkStack                    *details_stack;

  /* Owned */
  SamStore                    *store;
  GListModel                  *people;
  GListModel                  *municipalities;
  GtkFilterListModel          *people_filtered;
  GtkFilterListModel          *municipalities_filtered;
  GtkCustomFilter             *people_filter;
  GtkCustomFilter             *municipalities_filter;
  GHashTable                  *municipality_names;
  char                        *search_key;
  SamPersonEditor             *person_editor;
  SamPeopleMunicipalityEditor *municipality_editor;
};

G_DEFINE_FINAL_TYPE (SamPeoplePage, sam_people_page, ADW_TYPE_BIN)

/* Search */

static char *
make_key (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return NULL;

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return NULL;

  return g_utf8_casefold (normalized, -1);
}

static gboolean
text_matches (const char *text,
              const char *key)
{
  g_autofree char *folded = make_key (text);

  return folded != NULL && strstr (folded, key) != NULL;
}

static const char *
municipality_name (SamPeoplePage *self,
                   gint64         id)
{
  return id > 0 ? g_hash_table_lookup (self->municipality_names, &id) : NULL;
}

static gboolean
person_filter_func (gpointer item,
                    gpointer user_data)
{
  SamPeoplePage *self = user_data;
  SamPerson *person = item;

  if (self->search_key == NULL || self->search_key[0] == '\0')
    return TRUE;

  return text_matches (sam_person_get_name (person), self->search_key)
         || text_matches (municipality_name (self, sam_person_get_municipality_id (person)),
                          self->search_key)
         || text_matches (sam_person_get_organization (person), self->search_key);
}

static gboolean
municipality_filter_func (gpointer item,
                          gpointer user_data)
{
  SamPeoplePage *self = user_data;
  SamMunicipality *municipality = item;

  if (self->search_key == NULL || self->search_key[0] == '\0')
    return TRUE;

  return text_matches (sam_municipality_get_name (municipality), self->search_key)
         || text_matches (sam_municipality_get_short_name (municipality), self->search_key);
}

/* Rows */

static char *
member_period (SamMunicipality *municipality)
{
  const char *from = sam_municipality_get_member_from (municipality);
  const char *until = sam_municipality_get_member_until (municipality);
  gboolean has_from = from != NULL && from[0] != '\0';
  gboolean has_until = until != NULL && until[0] != '\0';

  if (has_from && has_until)
    /* Translators: a municipality's membership of the collaboration. */
    return g_strdup_printf (_("Member %s – %s"), from, until);
  if (has_from)
    return g_strdup_printf (_("Member since %s"), from);
  if (has_until)
    return g_strdup_printf (_("Member until %s"), until);

  return NULL;
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle,
          gint64      id)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title != NULL ? title : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
    }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  g_object_set_data_full (G_OBJECT (row), "sam-id", g_memdup2 (&id, sizeof id), g_free);

  return row;
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  SamPeoplePage *self = user_data;
  SamPerson *person = item;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = sam_person_get_title (person);
  const char *place = municipality_name (self, sam_person_get_municipality_id (person));

  if (place == NULL)
    place = sam_person_get_organization (person);

  if (title != NULL && title[0] != '\0')
    g_string_append (subtitle, title);
  if (place != NULL && place[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, place);
    }

  return make_row (sam_person_get_name (person), subtitle->str,
                   sam_entity_get_id (SAM_ENTITY (person)));
}

static GtkWidget *
create_municipality_row (gpointer item,
                         gpointer user_data)
{
  SamMunicipality *municipality = item;
  g_autofree char *period = member_period (municipality);
  const char *subtitle = period;

  /* Without dates, a note (such as why a member joined later) says most. */
  if (subtitle == NULL)
    subtitle = sam_municipality_get_note (municipality);
  if (subtitle == NULL)
    subtitle = sam_municipality_get_short_name (municipality);

  return make_row (sam_municipality_get_name (municipality), subtitle,
                   sam_entity_get_id (SAM_ENTITY (municipality)));
}

static gint64
row_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "sam-id");

  return id != NULL ? *id : 0;
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          gint64      id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (row_id (row) == id)
      return row;

  return NULL;
}

/* Keeps the row of what the details show selected, also after the list
 * was rebuilt around it (a rename moves it). */
static void
sync_selection (SamPeoplePage *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->details_stack);
  gint64 person_id = g_strcmp0 (shown, "person") == 0
                     ? sam_person_editor_get_person_id (self->person_editor) : 0;
  gint64 municipality_id = g_strcmp0 (shown, "municipality") == 0
                           ? sam_people_municipality_editor_get_municipality_id (self->municipality_editor)
                           : 0;
  GtkListBoxRow *row;

  row = person_id > 0 ? find_row (self->people_list, person_id) : NULL;
  if (row != NULL)
    gtk_list_box_select_row (self->people_list, row);
  else
    gtk_list_box_unselect_all (self->people_list);

  row = municipality_id > 0 ? find_row (self->municipalities_list, municipality_id) : NULL;
  if (row != NULL)
    gtk_list_box_select_row (self->municipalities_list, row);
  else
    gtk_list_box_unselect_all (self->municipalities_list);
}

static void
bind_people (SamPeoplePage *self)
{
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people_filtered),
                           create_person_row, self, NULL);
  sync_selection (self);
}

static void
set_list_placeholder (GtkListBox *list,
                      const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "overview-placeholder");
  gtk_list_box_set_placeholder (list, label);
}

static void
update_placeholders (SamPeoplePage *self)
{
  gboolean searching = self->search_key != NULL && self->search_key[0] != '\0';

  set_list_placeholder (self->people_list,
                        searching ? _("Nobody matches the search.")
                        : _("No people yet. Add one with the + button."));
  set_list_placeholder (self->municipalities_list,
                        searching ? _("No municipality matches the search.")
                        : _("No municipalities yet. Add one with the + button."));
}

/* Details */

static void
show_details (SamPeoplePage *self,
              const char    *name)
{
  gtk_stack_set_visible_child_name (self->details_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->details_box);
  sync_selection (self);
}

static void
show_person (SamPeoplePage *self,
             gint64         id)
{
  sam_people_municipality_editor_flush (self->municipality_editor);
  sam_person_editor_set_person_id (self->person_editor, id);
  show_details (self, "person");
}

static void
show_municipality (SamPeoplePage *self,
                   gint64         id)
{
  sam_person_editor_flush (self->person_editor);
  sam_people_municipality_editor_set_municipality_id (self->municipality_editor, id);
  show_details (self, "municipality");
}

static void
show_nothing (SamPeoplePage *self)
{
  sam_person_editor_set_person_id (self->person_editor, 0);
  sam_people_municipality_editor_set_municipality_id (self->municipality_editor, 0);
  gtk_stack_set_visible_child_name (self->details_stack, "empty");
  adw_leaflet_set_visible_child (self->leaflet, self->lists_box);
  sync_selection (self);
}

static void
add_toast (SamPeoplePage *self,
           AdwToast      *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SAM_IS_WINDOW (root))
    sam_window_add_toast (SAM_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
report_error (SamPeoplePage *self,
              const char    *message)
{
  add_toast (self, adw_toast_new (message));
}

/* Undo */

static void
undo_clicked_cb (AdwToast      *toast,
                 SamPeoplePage *self)
{
  SamDeletion *deletion = g_object_get_data (G_OBJECT (toast), "sam-undo");
  g_autoptr(GError) error = NULL;
  gboolean person;
  gint64 id;

  if (deletion == NULL || sam_deletion_get_undone (deletion))
    return;

  person = sam_deletion_get_entity_type (deletion) == SAM_TYPE_PERSON;
  if (!sam_store_undo_deletion (self->store, deletion, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      report_error (self, message);
      return;
    }

  id = sam_deletion_get_id (deletion);
  if (person)
    show_person (self, id);
  else
    show_municipality (self, id);
}

static void
delete_entity (SamPeoplePage *self,
               GType          type,
               gint64         id)
{
  g_autoptr(SamEntity) entity = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *name;
  AdwToast *toast;

  if (id == 0)
    return;

  entity = sam_store_load (self->store, type, id, &error);
  if (entity == NULL)
    {
      report_error (self, error->message);
      return;
    }

  deletion = sam_store_delete_with_undo (self->store, entity, &error);
  if (deletion == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete: %s"), error->message);

      report_error (self, message);
      return;
    }

  show_nothing (self);

  name = SAM_IS_PERSON (entity) ? sam_person_get_name (SAM_PERSON (entity))
                                : sam_municipality_get_name (SAM_MUNICIPALITY (entity));
  /* Translators: a toast after deleting a person or a municipality. */
  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "sam-undo", g_steal_pointer (&deletion), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  add_toast (self, toast);
}

/* Callbacks */

static void
person_delete_requested_cb (SamPeoplePage *self)
{
  delete_entity (self, SAM_TYPE_PERSON, sam_person_editor_get_person_id (self->person_editor));
}

static void
municipality_delete_requested_cb (SamPeoplePage *self)
{
  delete_entity (self, SAM_TYPE_MUNICIPALITY,
                 sam_people_municipality_editor_get_municipality_id (self->municipality_editor));
}

static void
municipality_person_activated_cb (SamPeoplePage *self,
                                  gint64         id)
{
  sam_people_page_open (GTK_WIDGET (self), id);
}

static void
person_row_activated_cb (SamPeoplePage *self,
                         GtkListBoxRow *row)
{
  show_person (self, row_id (row));
}

static void
municipality_row_activated_cb (SamPeoplePage *self,
                               GtkListBoxRow *row)
{
  show_municipality (self, row_id (row));
}

static void
search_changed_cb (SamPeoplePage *self)
{
  g_free (self->search_key);
  self->search_key = make_key (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  update_placeholders (self);
  gtk_filter_changed (GTK_FILTER (self->people_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->municipalities_filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
}

static void
view_changed_cb (SamPeoplePage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  g_object_set (self->search_entry, "placeholder-text",
                g_strcmp0 (view, "municipalities") == 0
                ? _("Search municipalities")
                : _("Search by name or municipality"),
                NULL);
}

static void
back_clicked_cb (SamPeoplePage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static char *
unique_municipality_name (SamPeoplePage *self)
{
  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (_("New municipality"))
                                     : g_strdup_printf (_("New municipality %u"), n);
      gboolean taken = FALSE;
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->municipality_names);
      while (!taken && g_hash_table_iter_next (&iter, NULL, &value))
        taken = g_strcmp0 (value, name) == 0;

      if (!taken)
        return g_steal_pointer (&name);
    }
}

static void
add_clicked_cb (SamPeoplePage *self)
{
  g_autoptr(GError) error = NULL;
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* A new row that the search hides would be lost from sight. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);

  if (g_strcmp0 (view, "municipalities") == 0)
    {
      g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
      g_autofree char *name = unique_municipality_name (self);

      sam_municipality_set_name (municipality, name);
      if (!sam_store_insert (self->store, municipality, &error))
        {
          report_error (self, error->message);
          return;
        }

      show_municipality (self, sam_entity_get_id (SAM_ENTITY (municipality)));
      sam_people_municipality_editor_focus_name (self->municipality_editor);
    }
  else
    {
      g_autoptr(SamPerson) person = sam_person_new ();

      sam_person_set_name (person, _("New person"));
      if (!sam_store_insert (self->store, person, &error))
        {
          report_error (self, error->message);
          return;
        }

      show_person (self, sam_entity_get_id (SAM_ENTITY (person)));
      sam_person_editor_focus_name (self->person_editor);
    }
}

static void
people_items_changed_cb (SamPeoplePage *self)
{
  sync_selection (self);
}

static void
municipalities_changed_cb (SamPeoplePage *self)
{
  guint n_items = g_list_model_get_n_items (self->municipalities);

  g_hash_table_remove_all (self->municipality_names);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (self->municipalities, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (municipality));

      g_hash_table_insert (self->municipality_names, g_memdup2 (&id, sizeof id),
                           g_strdup (sam_municipality_get_name (municipality)));
    }

  /* People show their municipality's name: build their rows again. */
  if (self->people_filtered != NULL)
    {
      gtk_filter_changed (GTK_FILTER (self->people_filter), GTK_FILTER_CHANGE_DIFFERENT);
      bind_people (self);
    }
  sync_selection (self);
}

/* GObject */

static void
sam_people_page_dispose (GObject *object)
{
  SamPeoplePage *self = (SamPeoplePage *)object;

  if (self->municipalities != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities, self);
  if (self->people_filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->people_filtered, self);
  if (self->municipalities_filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities_filtered, self);

  /* The leaflet is both the bin's child and a template child: let the bin
   * drop it first so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PEOPLE_PAGE);

  g_clear_object (&self->people_filtered);
  g_clear_object (&self->municipalities_filtered);
  g_clear_object (&self->people);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_people_page_parent_class)->dispose (object);
}

static void
sam_people_page_finalize (GObject *object)
{
  SamPeoplePage *self = (SamPeoplePage *)object;

  g_clear_pointer (&self->municipality_names, g_hash_table_unref);
  g_free (self->search_key);

  G_OBJECT_CLASS (sam_people_page_parent_class)->finalize (object);
}

static void
sam_people_page_class_init (SamPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_people_page_dispose;
  object_class->finalize = sam_people_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/people/sam-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, details_box);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, people_list);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, municipalities_list);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, details_stack);
  gtk_widget_class_bind_template_callback (widget_class, person_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, municipality_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
sam_people_page_init (SamPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->municipality_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  update_placeholders (self);
}

GtkWidget *
sam_people_page_new (SamStore *store)
{
  SamPeoplePage *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PEOPLE_PAGE, NULL);
  self->store = g_object_ref (store);

  self->person_editor = SAM_PERSON_EDITOR (sam_person_editor_new (store));
  gtk_stack_add_named (self->details_stack, GTK_WIDGET (self->person_editor), "person");
  g_signal_connect_swapped (self->person_editor, "delete-requested",
                            G_CALLBACK (person_delete_requested_cb), self);

  self->municipality_editor = SAM_PEOPLE_MUNICIPALITY_EDITOR (sam_people_municipality_editor_new (store));
  gtk_stack_add_named (self->details_stack, GTK_WIDGET (self->municipality_editor), "municipality");
  g_signal_connect_swapped (self->municipality_editor, "delete-requested",
                            G_CALLBACK (municipality_delete_requested_cb), self);
  g_signal_connect_swapped (self->municipality_editor, "person-activated",
                            G_CALLBACK (municipality_person_activated_cb), self);

  /* The store sorts both lists the Swedish way (Å Ä Ö after Z). */
  self->municipalities = sam_store_list_municipalities (store);
  self->people = sam_store_list_people (store);

  self->people_filter = gtk_custom_filter_new (person_filter_func, self, NULL);
  self->people_filtered = gtk_filter_list_model_new (g_object_ref (self->people),
                                                     GTK_FILTER (self->people_filter));
  self->municipalities_filter = gtk_custom_filter_new (municipality_filter_func, self, NULL);
  self->municipalities_filtered = gtk_filter_list_model_new (g_object_ref (self->municipalities),
                                                             GTK_FILTER (self->municipalities_filter));

  municipalities_changed_cb (self);
  gtk_list_box_bind_model (self->municipalities_list, G_LIST_MODEL (self->municipalities_filtered),
                           create_municipality_row, self, NULL);
  bind_people (self);

  g_signal_connect_swapped (self->municipalities, "items-changed",
                            G_CALLBACK (municipalities_changed_cb), self);
  g_signal_connect_swapped (self->people_filtered, "items-changed",
                            G_CALLBACK (people_items_changed_cb), self);
  g_signal_connect_swapped (self->municipalities_filtered, "items-changed",
                            G_CALLBACK (people_items_changed_cb), self);

  return GTK_WIDGET (self);
}

/**
 * sam_people_page_open:
 * @id: a person's id
 *
 * Shows the person with @id.
 */
void
sam_people_page_open (GtkWidget *page,
                      gint64     id)
{
  SamPeoplePage *self;

  g_return_if_fail (SAM_IS_PEOPLE_PAGE (page));

  self = SAM_PEOPLE_PAGE (page);
  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  if (find_row (self->people_list, id) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  show_person (self, id);
}

/**
 * sam_people_page_open_municipality:
 * @id: a municipality's id
 *
 * Shows the municipality with @id.
 */
void
sam_people_page_open_municipality (GtkWidget *page,
                                   gint64     id)
{
  SamPeoplePage *self;

  g_return_if_fail (SAM_IS_PEOPLE_PAGE (page));

  self = SAM_PEOPLE_PAGE (page);
  adw_view_stack_set_visible_child_name (self->view_stack, "municipalities");
  if (find_row (self->municipalities_list, id) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  show_municipality (self, id);
}

GtkWidget *
sam_people_page_get_person_editor (SamPeoplePage *self)
{
  g_return_val_if_fail (SAM_IS_PEOPLE_PAGE (self), NULL);

  return GTK_WIDGET (self->person_editor);
}
