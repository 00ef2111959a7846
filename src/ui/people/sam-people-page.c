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

#include "sam-growing-model.h"
#include "sam-people-municipality-editor.h"
#include "sam-new-person-dialog.h"
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
  GtkListView                 *people_list;
  GtkListView                 *municipalities_list;
  GtkStack                    *people_stack;
  GtkStack                    *municipalities_stack;
  GtkLabel                    *people_placeholder;
  GtkLabel                    *municipalities_placeholder;
  GtkStack                    *details_stack;

  /* Owned */
  SamStore                    *store;
  GListModel                  *people;
  GListModel                  *municipalities;
  GtkSingleSelection          *people_selection;
  GtkSingleSelection          *municipalities_selection;
  char                        *search_text;
  SamPersonEditor             *person_editor;
  SamPeopleMunicipalityEditor *municipality_editor;
  gboolean                     syncing;
};

G_DEFINE_FINAL_TYPE (SamPeoplePage, sam_people_page, ADW_TYPE_BIN)

/* Rows: the closures of the rows' templates (sam-people-page.ui) */

static char *
people_row_name (GtkListItem *item,
                 gint64       id)
{
  return g_strdup_printf ("row-%" G_GINT64_FORMAT, id);
}

static char *
person_row_subtitle (GtkListItem *item,
                     const char  *title,
                     const char  *municipality_name,
                     const char  *organization)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *place = municipality_name;

  if (place == NULL || place[0] == '\0')
    place = organization;

  if (title != NULL && title[0] != '\0')
    g_string_append (subtitle, title);
  if (place != NULL && place[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, place);
    }

  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

static char *
municipality_row_subtitle (GtkListItem *item,
                           const char  *from,
                           const char  *until,
                           const char  *note,
                           const char  *short_name)
{
  gboolean has_from = from != NULL && from[0] != '\0';
  gboolean has_until = until != NULL && until[0] != '\0';

  if (has_from && has_until)
    /* Translators: a municipality's membership of the collaboration. */
    return g_strdup_printf (_("Member %s – %s"), from, until);
  if (has_from)
    return g_strdup_printf (_("Member since %s"), from);
  if (has_until)
    return g_strdup_printf (_("Member until %s"), until);

  /* Without dates, a note (such as why a member joined later) says most. */
  if (note != NULL && note[0] != '\0')
    return g_strdup (note);

  return g_strdup (short_name != NULL ? short_name : "");
}

/* Keeps the row of what the details show selected, also after the list
 * was filtered or a rename moved it. */
static void
select_id (SamPeoplePage      *self,
           GtkSingleSelection *selection,
           GListModel         *view,
           gint64              id)
{
  int position;
  guint selected;

  if (selection == NULL)
    return;

  position = id > 0 ? sam_store_view_find (view, id) : -1;
  selected = position >= 0 ? (guint)position : GTK_INVALID_LIST_POSITION;

  if (gtk_single_selection_get_selected (selection) == selected)
    return;

  /* The row may be among those the list shows over the next frames. */
  if (position >= 0)
    sam_growing_model_reveal (SAM_GROWING_MODEL (gtk_single_selection_get_model (selection)),
                              (guint)position);

  self->syncing = TRUE;
  gtk_single_selection_set_selected (selection, selected);
  self->syncing = FALSE;
}

static void
sync_selection (SamPeoplePage *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->details_stack);
  gint64 person_id = g_strcmp0 (shown, "person") == 0
                     ? sam_person_editor_get_person_id (self->person_editor) : 0;
  gint64 municipality_id = g_strcmp0 (shown, "municipality") == 0
                           ? sam_people_municipality_editor_get_municipality_id (self->municipality_editor)
                           : 0;

  /* Folded, the list alone is shown: nothing is chosen, so that choosing
   * the same row again opens it again. */
  if (adw_leaflet_get_folded (self->leaflet)
      && adw_leaflet_get_visible_child (self->leaflet) == self->lists_box)
    person_id = municipality_id = 0;

  select_id (self, self->people_selection, self->people, person_id);
  select_id (self, self->municipalities_selection, self->municipalities, municipality_id);
}

static void
update_placeholders (SamPeoplePage *self)
{
  gboolean searching = self->search_text != NULL && self->search_text[0] != '\0';
  gboolean no_people = self->people == NULL || g_list_model_get_n_items (self->people) == 0;
  gboolean no_municipalities = self->municipalities == NULL
                               || g_list_model_get_n_items (self->municipalities) == 0;

  gtk_label_set_label (self->people_placeholder,
                       searching ? _("Nobody matches the search.")
                       : _("No people yet. Add one with the + button."));
  gtk_label_set_label (self->municipalities_placeholder,
                       searching ? _("No municipality matches the search.")
                       : _("No municipalities yet. Add one with the + button."));
  gtk_stack_set_visible_child_name (self->people_stack, no_people ? "placeholder" : "list");
  gtk_stack_set_visible_child_name (self->municipalities_stack,
                                    no_municipalities ? "placeholder" : "list");
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
person_merge_requested_cb (SamPeoplePage *self,
                           gint64         other_id)
{
  gint64 keep_id = sam_person_editor_get_person_id (self->person_editor);
  g_autoptr(SamPerson) keep = NULL;
  g_autoptr(SamPerson) remove = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  keep = sam_store_load (self->store, SAM_TYPE_PERSON, keep_id, &error);
  if (keep != NULL)
    remove = sam_store_load (self->store, SAM_TYPE_PERSON, other_id, &error);
  if (remove != NULL)
    deletion = sam_store_merge_people (self->store, keep, remove, &error);
  if (deletion == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not merge: %s"), error->message);

      report_error (self, message);
      return;
    }

  show_person (self, keep_id);

  /* Translators: a toast after merging two records of a person. */
  title = g_strdup_printf (_("“%s” merged into “%s”"), sam_person_get_name (remove),
                           sam_person_get_name (keep));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* A merge changes much that is not in sight: its Undo stays until the
   * toast is dismissed. */
  adw_toast_set_timeout (toast, 0);
  g_object_set_data_full (G_OBJECT (toast), "sam-undo", g_steal_pointer (&deletion), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  add_toast (self, toast);
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
person_activate_cb (SamPeoplePage *self,
                    guint          position)
{
  gint64 id = sam_store_view_get_id (self->people, position);

  if (id > 0)
    show_person (self, id);
}

static void
municipality_activate_cb (SamPeoplePage *self,
                          guint          position)
{
  gint64 id = sam_store_view_get_id (self->municipalities, position);

  if (id > 0)
    show_municipality (self, id);
}

/* Whether the details show @id of the kind @name ("person"). */
static gboolean
details_show (SamPeoplePage *self,
              const char    *name,
              gint64         id)
{
  gint64 shown_id;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->details_stack), name) != 0)
    return FALSE;
  if (adw_leaflet_get_folded (self->leaflet)
      && adw_leaflet_get_visible_child (self->leaflet) != self->details_box)
    return FALSE;

  if (g_str_equal (name, "person"))
    shown_id = sam_person_editor_get_person_id (self->person_editor);
  else
    shown_id = sam_people_municipality_editor_get_municipality_id (self->municipality_editor);

  return shown_id == id;
}

/* A click selects a row, and choosing a row opens it. The page's own
 * changes to the selection (sync_selection()), and the selection
 * following its row when the list changes around it, do not. */
static void
person_selected_cb (SamPeoplePage      *self,
                    GParamSpec         *pspec,
                    GtkSingleSelection *selection)
{
  guint position = gtk_single_selection_get_selected (selection);
  gint64 id;

  if (self->syncing || position == GTK_INVALID_LIST_POSITION)
    return;

  id = sam_store_view_get_id (self->people, position);
  if (id > 0 && !details_show (self, "person", id))
    show_person (self, id);
}

static void
municipality_selected_cb (SamPeoplePage      *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  guint position = gtk_single_selection_get_selected (selection);
  gint64 id;

  if (self->syncing || position == GTK_INVALID_LIST_POSITION)
    return;

  id = sam_store_view_get_id (self->municipalities, position);
  if (id > 0 && !details_show (self, "municipality", id))
    show_municipality (self, id);
}

/* The store filters both lists in SQL. */
static void
search_changed_cb (SamPeoplePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (text, self->search_text) != 0)
    {
      g_free (self->search_text);
      self->search_text = g_strdup (text);

      if (!sam_store_names_view_set_text (self->people, text, &error)
          || !sam_store_names_view_set_text (self->municipalities, text, &error))
        g_warning ("Could not search: %s", error->message);
    }

  update_placeholders (self);
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

static gboolean
municipality_name_taken (SamPeoplePage *self,
                         const char    *name)
{
  g_autoptr(GListModel) all = sam_store_list_municipalities (self->store);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  guint n_items = g_list_model_get_n_items (all);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (all, i);
      g_autofree char *folded = g_utf8_casefold (sam_municipality_get_name (municipality), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
new_municipality_changed_cb (GtkEditable      *entry,
                             AdwMessageDialog *dialog)
{
  SamPeoplePage *self = g_object_get_data (G_OBJECT (dialog), "page");
  GtkLabel *hint = g_object_get_data (G_OBJECT (dialog), "hint");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gboolean taken = name[0] != '\0' && municipality_name_taken (self, name);

  if (taken)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is already listed."), name);

      gtk_label_set_label (hint, text);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_visible (GTK_WIDGET (hint), taken);

  adw_message_dialog_set_response_enabled (dialog, "add", name[0] != '\0' && !taken);
}

static void
new_municipality_activate_cb (GtkEntry         *entry,
                              AdwMessageDialog *dialog)
{
  /* Enter does what the Add button does, closing included:
   * adw_message_dialog_response() only emits the response. */
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    {
      adw_message_dialog_response (dialog, "add");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
new_municipality_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              SamPeoplePage    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(SamMunicipality) municipality = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0 || name[0] == '\0')
    return;

  municipality = sam_municipality_new ();
  sam_municipality_set_name (municipality, name);
  if (!sam_store_insert (self->store, municipality, &error))
    {
      report_error (self, error->message);
      return;
    }

  show_municipality (self, sam_entity_get_id (SAM_ENTITY (municipality)));
  sam_people_municipality_editor_focus_name (self->municipality_editor);
}

/* A municipality is saved once it has a name, never as a placeholder. */
static void
add_municipality (SamPeoplePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("New Municipality"), NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint = gtk_label_new (NULL);

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the municipality"),
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_visible (hint, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "hint", hint);
  g_signal_connect (entry, "changed", G_CALLBACK (new_municipality_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (new_municipality_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_municipality_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_person_chosen_cb (SamNewPersonDialog *dialog,
                      gint64              person_id,
                      gboolean            created,
                      SamPeoplePage      *self)
{
  show_person (self, person_id);
}

static void
add_clicked_cb (SamPeoplePage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* A new row that the search hides would be lost from sight. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);

  if (g_strcmp0 (view, "municipalities") == 0)
    add_municipality (self);
  else
    {
      /* Nothing is saved until the dialog has a name and the user adds. */
      GtkWidget *dialog = sam_new_person_dialog_present (self->store, GTK_WIDGET (self), NULL);

      g_signal_connect_object (dialog, "person-chosen", G_CALLBACK (new_person_chosen_cb), self, 0);
    }
}

static void
lists_changed_cb (SamPeoplePage *self)
{
  update_placeholders (self);
  sync_selection (self);
}

static void
leaflet_child_cb (SamPeoplePage *self)
{
  sync_selection (self);
}

/* GObject */

static void
sam_people_page_dispose (GObject *object)
{
  SamPeoplePage *self = (SamPeoplePage *)object;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  if (self->municipalities != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities, self);
  if (self->people_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->people_selection, self);
  if (self->municipalities_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities_selection, self);

  /* The leaflet is both the bin's child and a template child: let the bin
   * drop it first so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PEOPLE_PAGE);

  g_clear_object (&self->people_selection);
  g_clear_object (&self->municipalities_selection);
  g_clear_object (&self->people);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_people_page_parent_class)->dispose (object);
}

static void
sam_people_page_finalize (GObject *object)
{
  SamPeoplePage *self = (SamPeoplePage *)object;

  g_free (self->search_text);

  G_OBJECT_CLASS (sam_people_page_parent_class)->finalize (object);
}

static void
sam_people_page_class_init (SamPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_people_page_dispose;
  object_class->finalize = sam_people_page_finalize;

  /* The rows' templates look up the items' properties by type name. */
  g_type_ensure (SAM_TYPE_PERSON);
  g_type_ensure (SAM_TYPE_MUNICIPALITY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/people/sam-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, details_box);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, people_list);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, municipalities_list);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, people_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, municipalities_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, people_placeholder);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, municipalities_placeholder);
  gtk_widget_class_bind_template_child (widget_class, SamPeoplePage, details_stack);
  gtk_widget_class_bind_template_callback (widget_class, person_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, municipality_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_row_name);
  gtk_widget_class_bind_template_callback (widget_class, person_row_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, municipality_row_subtitle);
}

static void
sam_people_page_init (SamPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_placeholders (self);
}

/* A search shows its first rows in the next frame and the others over the
 * frames after it. */
static GtkSingleSelection *
make_selection (GListModel *model,
                GtkWidget  *list_view)
{
  SamGrowingModel *shown = sam_growing_model_new (model, 20, 16);
  GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (shown));

  sam_growing_model_set_widget (shown, list_view);

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);

  return selection;
}

GtkWidget *
sam_people_page_new (SamContext *context)
{
  SamStore *store;
  SamPeoplePage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_PEOPLE_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);

  self->person_editor = SAM_PERSON_EDITOR (sam_person_editor_new (store));
  gtk_stack_add_named (self->details_stack, GTK_WIDGET (self->person_editor), "person");
  g_signal_connect_swapped (self->person_editor, "delete-requested",
                            G_CALLBACK (person_delete_requested_cb), self);
  g_signal_connect_swapped (self->person_editor, "merge-requested",
                            G_CALLBACK (person_merge_requested_cb), self);

  self->municipality_editor = SAM_PEOPLE_MUNICIPALITY_EDITOR (sam_people_municipality_editor_new (store));
  gtk_stack_add_named (self->details_stack, GTK_WIDGET (self->municipality_editor), "municipality");
  g_signal_connect_swapped (self->municipality_editor, "delete-requested",
                            G_CALLBACK (municipality_delete_requested_cb), self);
  g_signal_connect_swapped (self->municipality_editor, "person-activated",
                            G_CALLBACK (municipality_person_activated_cb), self);

  /* The store filters both lists in SQL and sorts them the Swedish way
   * (Å Ä Ö after Z). */
  self->municipalities = sam_store_list_municipalities_view (store, NULL);
  self->people = sam_store_list_people_view (store, NULL);

  self->people_selection = make_selection (self->people, GTK_WIDGET (self->people_list));
  self->municipalities_selection = make_selection (self->municipalities, GTK_WIDGET (self->municipalities_list));
  gtk_list_view_set_model (self->people_list, GTK_SELECTION_MODEL (self->people_selection));
  gtk_list_view_set_model (self->municipalities_list,
                           GTK_SELECTION_MODEL (self->municipalities_selection));

  g_signal_connect_swapped (self->people, "items-changed", G_CALLBACK (lists_changed_cb), self);
  g_signal_connect_swapped (self->municipalities, "items-changed",
                            G_CALLBACK (lists_changed_cb), self);
  g_signal_connect_swapped (self->people_selection, "notify::selected",
                            G_CALLBACK (person_selected_cb), self);
  g_signal_connect_swapped (self->municipalities_selection, "notify::selected",
                            G_CALLBACK (municipality_selected_cb), self);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (leaflet_child_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (leaflet_child_cb),
                           self, G_CONNECT_SWAPPED);

  update_placeholders (self);

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
  if (sam_store_view_find (self->people, id) < 0)
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
  if (sam_store_view_find (self->municipalities, id) < 0)
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
