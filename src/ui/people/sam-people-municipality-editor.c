/* sam-people-municipality-editor.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-people-municipality-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-people-municipality-editor.h"
#include "sam-date-row.h"

#define SAVE_DELAY_MS 300

struct _SamPeopleMunicipalityEditor
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *member_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *short_name_row;
  SamDateRow          *member_from_row;
  SamDateRow          *member_until_row;
  GtkTextView         *note_view;
  GtkListBox          *people_list;

  /* Owned */
  SamStore            *store;
  GListModel          *people;
  gint64               municipality_id;
  guint                save_id;
  gulong               store_changed_id;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (SamPeopleMunicipalityEditor, sam_people_municipality_editor, ADW_TYPE_BIN)

enum {
  DELETE_REQUESTED,
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
stripped_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static char *
note_text (SamPeopleMunicipalityEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
set_text_if_changed (AdwEntryRow *row,
                     const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_error (GtkWidget *widget,
           gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* Marks the fields that cannot be saved as they are, and says why. */
static gboolean
validate (SamPeopleMunicipalityEditor *self)
{
  g_autofree char *name = stripped_text (self->name_row);
  const char *from = sam_date_row_get_value (self->member_from_row);
  const char *until = sam_date_row_get_value (self->member_until_row);
  gboolean name_ok = name != NULL;
  gboolean from_ok = sam_date_row_get_valid (self->member_from_row);
  gboolean until_ok = sam_date_row_get_valid (self->member_until_row);
  gboolean order_ok = !from_ok || !until_ok || from == NULL || until == NULL
                      || g_strcmp0 (from, until) <= 0;

  set_error (GTK_WIDGET (self->name_row), !name_ok);
  /* The date rows mark what is no date themselves. */
  if (until_ok)
    set_error (GTK_WIDGET (self->member_until_row), !order_ok);

  adw_preferences_group_set_description (self->details_group,
                                         name_ok ? NULL
                                         : _("A municipality needs a name. The saved name is kept "
                                             "until you type a new one."));
  if (!from_ok || !until_ok)
    adw_preferences_group_set_description (self->member_group,
                                           _("That is not a date; the saved date is kept until "
                                             "it is one. Write dates as 2019-01-29, 29/1 2019 or "
                                             "29 Jan 2019."));
  else if (!order_ok)
    adw_preferences_group_set_description (self->member_group,
                                           _("The membership cannot end before it starts."));
  else
    adw_preferences_group_set_description (self->member_group,
                                           _("Dates as YYYY-MM-DD; leave empty when not known"));

  return name_ok && from_ok && until_ok && order_ok;
}

static void
build_people (SamPeopleMunicipalityEditor *self)
{
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->people_list, 0)) != NULL)
    gtk_list_box_remove (self->people_list, GTK_WIDGET (old));

  if (self->people == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->people); i++)
    {
      g_autoptr(SamPerson) person = g_list_model_get_item (self->people, i);
      g_autofree char *name = g_markup_escape_text (sam_person_get_name (person), -1);
      GtkWidget *row = adw_action_row_new ();
      gint64 id = sam_entity_get_id (SAM_ENTITY (person));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      if (sam_person_get_title (person) != NULL)
        {
          g_autofree char *title = g_markup_escape_text (sam_person_get_title (person), -1);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "sam-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->people_list, row);
    }
}

static void
load_fields (SamPeopleMunicipalityEditor *self)
{
  g_autoptr(SamMunicipality) municipality = NULL;
  g_autofree char *note = NULL;

  if (self->municipality_id == 0)
    return;

  municipality = sam_store_load (self->store, SAM_TYPE_MUNICIPALITY, self->municipality_id, NULL);
  if (municipality == NULL)
    return;

  self->loading = TRUE;
  set_text_if_changed (self->name_row, sam_municipality_get_name (municipality));
  set_text_if_changed (self->short_name_row, sam_municipality_get_short_name (municipality));
  sam_date_row_set_value (self->member_from_row, sam_municipality_get_member_from (municipality));
  sam_date_row_set_value (self->member_until_row, sam_municipality_get_member_until (municipality));
  note = note_text (self);
  if (g_strcmp0 (note, sam_municipality_get_note (municipality)) != 0)
    {
      const char *text = sam_municipality_get_note (municipality);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), text != NULL ? text : "", -1);
    }
  self->loading = FALSE;

  validate (self);
}

/* Saves every field that is valid; the others keep their saved value. */
static void
save (SamPeopleMunicipalityEditor *self)
{
  g_autoptr(SamMunicipality) municipality = NULL;
  g_autoptr(SamMunicipality) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *note = NULL;
  const char *saved_from;
  const char *saved_until;
  const char *new_from;
  const char *new_until;

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->municipality_id == 0)
    return;

  municipality = sam_store_load (self->store, SAM_TYPE_MUNICIPALITY, self->municipality_id, NULL);
  if (municipality == NULL)
    return;
  before = sam_entity_dup (SAM_ENTITY (municipality));

  validate (self);

  name = stripped_text (self->name_row);
  short_name = stripped_text (self->short_name_row);
  from = g_strdup (sam_date_row_get_value (self->member_from_row));
  until = g_strdup (sam_date_row_get_value (self->member_until_row));
  note = note_text (self);

  if (name != NULL)
    sam_municipality_set_name (municipality, name);
  sam_municipality_set_short_name (municipality, short_name);
  sam_municipality_set_note (municipality, note);

  saved_from = sam_municipality_get_member_from (before);
  saved_until = sam_municipality_get_member_until (before);
  new_from = sam_date_row_get_valid (self->member_from_row) ? from : saved_from;
  new_until = sam_date_row_get_valid (self->member_until_row) ? until : saved_until;
  if (new_from != NULL && new_until != NULL && g_strcmp0 (new_from, new_until) > 0)
    {
      new_from = saved_from;
      new_until = saved_until;
    }
  sam_municipality_set_member_from (municipality, new_from);
  sam_municipality_set_member_until (municipality, new_until);

  if (sam_entity_fields_equal (SAM_ENTITY (municipality), SAM_ENTITY (before)))
    return;

  if (!sam_store_update (self->store, municipality, &error))
    {
      /* Most likely another municipality has the name already. */
      set_error (GTK_WIDGET (self->name_row), TRUE);
      adw_preferences_group_set_description (self->details_group, error->message);
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SamPeopleMunicipalityEditor *self = user_data;

  self->save_id = 0;
  save (self);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (SamPeopleMunicipalityEditor *self)
{
  if (self->loading || self->municipality_id == 0)
    return;

  validate (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
people_changed_cb (SamPeopleMunicipalityEditor *self)
{
  build_people (self);
}

static void
store_changed_cb (SamStore                    *store,
                  const char                  *table,
                  gint64                       id,
                  int                          kind,
                  SamPeopleMunicipalityEditor *self)
{
  if (self->municipality_id != 0 && g_strcmp0 (table, "municipality") == 0
      && (id == self->municipality_id || id == 0) && self->save_id == 0)
    load_fields (self);
}

static void
person_activated_cb (SamPeopleMunicipalityEditor *self,
                     GtkListBoxRow               *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "sam-id");

  if (id != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, *id);
}

static void
delete_clicked_cb (SamPeopleMunicipalityEditor *self)
{
  sam_people_municipality_editor_flush (self);
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
sam_people_municipality_editor_unmap (GtkWidget *widget)
{
  sam_people_municipality_editor_flush (SAM_PEOPLE_MUNICIPALITY_EDITOR (widget));

  GTK_WIDGET_CLASS (sam_people_municipality_editor_parent_class)->unmap (widget);
}

static void
sam_people_municipality_editor_dispose (GObject *object)
{
  SamPeopleMunicipalityEditor *self = (SamPeopleMunicipalityEditor *)object;

  sam_people_municipality_editor_flush (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PEOPLE_MUNICIPALITY_EDITOR);

  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_people_municipality_editor_parent_class)->dispose (object);
}

static void
sam_people_municipality_editor_class_init (SamPeopleMunicipalityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_people_municipality_editor_dispose;
  widget_class->unmap = sam_people_municipality_editor_unmap;

  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SamPeopleMunicipalityEditor::person-activated:
   * @id: the person's id
   *
   * The user chose one of the municipality's people.
   */
  signals[PERSON_ACTIVATED] =
    g_signal_new ("person-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/people/sam-people-municipality-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, member_group);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, member_from_row);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, member_until_row);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, SamPeopleMunicipalityEditor, people_list);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
sam_people_municipality_editor_init (SamPeopleMunicipalityEditor *self)
{
  AdwEntryRow *rows[4];
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->name_row;
  rows[1] = self->short_name_row;
  rows[2] = ADW_ENTRY_ROW (self->member_from_row);
  rows[3] = ADW_ENTRY_ROW (self->member_until_row);
  sam_date_row_set_optional (self->member_from_row, TRUE);
  sam_date_row_set_optional (self->member_until_row, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_swapped (rows[i], "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (field_changed_cb), self);

  placeholder = gtk_label_new (_("Nobody from this municipality yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "overview-placeholder");
  gtk_list_box_set_placeholder (self->people_list, placeholder);
}

GtkWidget *
sam_people_municipality_editor_new (SamStore *store)
{
  SamPeopleMunicipalityEditor *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PEOPLE_MUNICIPALITY_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);

  return GTK_WIDGET (self);
}

gint64
sam_people_municipality_editor_get_municipality_id (SamPeopleMunicipalityEditor *self)
{
  g_return_val_if_fail (SAM_IS_PEOPLE_MUNICIPALITY_EDITOR (self), 0);

  return self->municipality_id;
}

void
sam_people_municipality_editor_set_municipality_id (SamPeopleMunicipalityEditor *self,
                                                    gint64                       id)
{
  g_return_if_fail (SAM_IS_PEOPLE_MUNICIPALITY_EDITOR (self));

  sam_people_municipality_editor_flush (self);

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  g_clear_object (&self->people);

  self->municipality_id = id;
  if (id > 0)
    {
      self->people = sam_store_list_people_of_municipality (self->store, id);
      g_signal_connect_swapped (self->people, "items-changed", G_CALLBACK (people_changed_cb), self);
    }

  load_fields (self);
  build_people (self);
}

void
sam_people_municipality_editor_flush (SamPeopleMunicipalityEditor *self)
{
  g_return_if_fail (SAM_IS_PEOPLE_MUNICIPALITY_EDITOR (self));

  if (self->save_id != 0)
    save (self);
}

void
sam_people_municipality_editor_focus_name (SamPeopleMunicipalityEditor *self)
{
  g_return_if_fail (SAM_IS_PEOPLE_MUNICIPALITY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
