/* sam-person-editor.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-decision-row.h"
#include "sam-person-editor.h"
#include "sam-form.h"
#include "sam-groups-util.h"

struct _SamPersonEditor
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *details_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *municipality_row;
  AdwEntryRow         *organization_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *note_row;
  GtkListBox          *memberships_list;
  GtkListBox          *assignments_list;
  GtkListBox          *presented_list;

  /* Owned */
  SamStore            *store;
  SamForm             *form;
  GListModel          *municipalities;
  gint64               person_id;
  gulong               store_changed_id;
};

G_DEFINE_FINAL_TYPE (SamPersonEditor, sam_person_editor, ADW_TYPE_BIN)

enum {
  DELETE_REQUESTED,
  MERGE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
period_text (const char *from,
             const char *until)
{
  gboolean has_from = from != NULL && from[0] != '\0';
  gboolean has_until = until != NULL && until[0] != '\0';

  if (has_from && has_until)
    /* Translators: a period, such as "2019-01-01 – 2019-12-31". */
    return g_strdup_printf (_("%s – %s"), from, until);
  if (has_from)
    return g_strdup_printf (_("since %s"), from);
  if (has_until)
    return g_strdup_printf (_("until %s"), until);

  return NULL;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "overview-placeholder");
  gtk_list_box_set_placeholder (list, label);
}

static void
add_open_row (GtkListBox *list,
              const char *title,
              const char *subtitle,
              const char *section,
              gint64      id)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title != NULL ? title : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "sam-section", (gpointer)section);
  g_object_set_data_full (G_OBJECT (row), "sam-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_list_box_append (list, row);
}

/* Where the person appears: memberships are listed per body, and there are
 * few bodies, so asking each of them is cheap. */
static void
build_memberships (SamPersonEditor *self)
{
  g_autoptr(GListModel) bodies = NULL;

  clear_list (self->memberships_list);
  if (self->person_id == 0)
    return;

  bodies = sam_store_list_bodies (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      gint64 body_id = sam_entity_get_id (SAM_ENTITY (body));
      g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store, body_id);

      for (guint j = 0; j < g_list_model_get_n_items (memberships); j++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, j);
          g_autofree char *period = NULL;
          g_autofree char *subtitle = NULL;
          const char *role;

          if (sam_membership_get_person_id (membership) != self->person_id)
            continue;

          role = sam_membership_role_label (sam_membership_get_role (membership));
          period = period_text (sam_membership_get_valid_from (membership),
                                sam_membership_get_valid_until (membership));
          subtitle = period != NULL ? g_strdup_printf ("%s · %s", role, period) : g_strdup (role);
          add_open_row (self->memberships_list, sam_body_get_name (body), subtitle, "groups", body_id);
        }
    }
}

static void
build_assignments (SamPersonEditor *self)
{
  g_autoptr(GListModel) assignments = NULL;

  clear_list (self->assignments_list);
  if (self->person_id == 0)
    return;

  assignments = sam_store_list_assignments_by_owner (self->store, SAM_OWNER_KIND_PERSON,
                                                     self->person_id);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (assignments, i);
      const char *due_on = sam_assignment_get_due_on (assignment);
      g_autofree char *subtitle = NULL;

      if (sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_OPEN)
        subtitle = due_on != NULL ? g_strdup_printf (_("Open, due %s"), due_on) : g_strdup (_("Open"));
      else if (sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_DONE)
        subtitle = g_strdup (_("Done"));
      else
        subtitle = g_strdup (_("Cancelled"));

      add_open_row (self->assignments_list, sam_assignment_get_title (assignment), subtitle,
                    "assignment", sam_entity_get_id (SAM_ENTITY (assignment)));
    }
}

/* The agenda items the person presented, newest meeting first; a row
 * opens the meeting at the item. */
static void
build_presented (SamPersonEditor *self)
{
  g_autoptr(GListModel) items = NULL;

  clear_list (self->presented_list);
  if (self->person_id == 0)
    return;

  items = sam_store_list_items_by_presenter (self->store, self->person_id);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (items, i);
      gint64 meeting_id = sam_agenda_item_get_meeting_id (item);
      g_autoptr(SamMeeting) meeting = NULL;
      g_autofree char *subtitle = NULL;

      if (meeting_id != 0)
        meeting = sam_store_load (self->store, SAM_TYPE_MEETING, meeting_id, NULL);
      if (meeting != NULL)
        {
          g_autofree char *date = sam_format_date (sam_meeting_get_starts_at (meeting));
          const char *body = sam_meeting_get_body_name (meeting);

          subtitle = body != NULL ? g_strdup_printf ("%s · %s", date, body) : g_steal_pointer (&date);
        }
      else
        subtitle = g_strdup (_("Not placed on a meeting"));

      add_open_row (self->presented_list, sam_agenda_item_get_title (item), subtitle,
                    "agenda-item", sam_entity_get_id (SAM_ENTITY (item)));
    }
}

/* The municipality choices: "None" and every municipality. */
static void
build_municipality_choices (SamPersonEditor *self)
{
  g_autoptr(GListModel) choices = sam_groups_choices_new (C_("municipality", "None"));
  guint n_items = g_list_model_get_n_items (self->municipalities);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (self->municipalities, i);

      sam_groups_choices_add (choices, sam_entity_get_id (SAM_ENTITY (municipality)),
                              sam_municipality_get_name (municipality));
    }

  sam_form_refill_begin (self->form);
  adw_combo_row_set_model (self->municipality_row, choices);
  sam_form_refill_end (self->form);
}

static void
show_name_error (SamPersonEditor *self,
                 gboolean         error)
{
  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      adw_preferences_group_set_description (self->details_group,
                                             _("A person needs a name. The saved name is kept "
                                               "until you type a new one."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
      adw_preferences_group_set_description (self->details_group, NULL);
    }
}

static void
load_fields (SamPersonEditor *self)
{
  g_autoptr(SamPerson) person = NULL;

  if (self->person_id != 0)
    person = sam_store_load (self->store, SAM_TYPE_PERSON, self->person_id, NULL);

  sam_form_set_entity (self->form, person);
  show_name_error (self, FALSE);
}

/* Says at once that the name is missing; the form keeps the saved name. */
static void
name_changed_cb (SamPersonEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->person_id == 0)
    return;

  show_name_error (self, name[0] == '\0');
}

static void
municipalities_changed_cb (SamPersonEditor *self)
{
  build_municipality_choices (self);
}

static void
store_changed_cb (SamStore        *store,
                  const char      *table,
                  gint64           id,
                  int              kind,
                  SamPersonEditor *self)
{
  if (self->person_id == 0)
    return;

  if (g_strcmp0 (table, "membership") == 0 || g_strcmp0 (table, "body") == 0)
    build_memberships (self);
  else if (g_strcmp0 (table, "assignment") == 0)
    build_assignments (self);
  else if (g_strcmp0 (table, "agenda_item") == 0 || g_strcmp0 (table, "meeting") == 0)
    build_presented (self);
}

static void
open_row_activated_cb (SamPersonEditor *self,
                       GtkListBoxRow   *row)
{
  const char *section = g_object_get_data (G_OBJECT (row), "sam-section");
  gint64 *id = g_object_get_data (G_OBJECT (row), "sam-id");

  if (section == NULL || id == NULL)
    return;

  if (g_strcmp0 (section, "agenda-item") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-item", "x", *id);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(sx)", section, *id);
}

static void
delete_clicked_cb (SamPersonEditor *self)
{
  sam_person_editor_flush (self);
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/* Merging: another record of the same person, chosen in a dialog. */

static gboolean
other_person_cb (gpointer item,
                 gpointer data)
{
  SamPersonEditor *self = data;

  return sam_entity_get_id (SAM_ENTITY (item)) != self->person_id;
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SamPersonEditor  *self)
{
  GtkDropDown *people = g_object_get_data (G_OBJECT (dialog), "sam-people");
  SamEntity *other;

  if (g_strcmp0 (response, "merge") != 0 || people == NULL)
    return;

  other = gtk_drop_down_get_selected_item (people);
  if (other != NULL)
    g_signal_emit (self, signals[MERGE_REQUESTED], 0, sam_entity_get_id (other));
}

static void
merge_clicked_cb (SamPersonEditor *self)
{
  g_autoptr(SamPerson) person = NULL;
  GListModel *people;
  GtkFilter *filter;
  GtkWidget *dropdown;
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *name;

  sam_person_editor_flush (self);
  person = sam_store_load (self->store, SAM_TYPE_PERSON, self->person_id, NULL);
  if (person == NULL)
    return;
  name = sam_person_get_name (person);

  filter = GTK_FILTER (gtk_custom_filter_new (other_person_cb, self, NULL));
  people = G_LIST_MODEL (gtk_filter_list_model_new (sam_store_list_people_view (self->store, NULL),
                                                    filter));
  dropdown = gtk_drop_down_new (people,
                                gtk_property_expression_new (SAM_TYPE_PERSON, NULL, "name"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Record to merge into this one"), -1);

  /* Most likely the other record has the same name. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SamPerson) other = g_list_model_get_item (people, i);

      if (g_utf8_collate (sam_person_get_name (other), name) == 0)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          break;
        }
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Merge Two Records of a Person"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Everything that points at the record chosen below (meetings "
                                    "attended, items presented, assignments, groups, trips) moves "
                                    "to “%s”, and that record is deleted."),
                                  name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sam-people", g_object_ref (dropdown), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sam_person_editor_unmap (GtkWidget *widget)
{
  sam_person_editor_flush (SAM_PERSON_EDITOR (widget));

  GTK_WIDGET_CLASS (sam_person_editor_parent_class)->unmap (widget);
}

static void
sam_person_editor_dispose (GObject *object)
{
  SamPersonEditor *self = (SamPersonEditor *)object;

  sam_person_editor_flush (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->municipalities != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PERSON_EDITOR);

  g_clear_object (&self->municipalities);
  g_clear_object (&self->form);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_person_editor_parent_class)->dispose (object);
}

static void
sam_person_editor_class_init (SamPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_person_editor_dispose;
  widget_class->unmap = sam_person_editor_unmap;

  /**
   * SamPersonEditor::delete-requested:
   *
   * The user asked to delete the person shown.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SamPersonEditor::merge-requested:
   * @other_id: the id of the other record
   *
   * The user asked to merge the record @other_id into the person shown.
   */
  signals[MERGE_REQUESTED] =
    g_signal_new ("merge-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/people/sam-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, memberships_list);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, assignments_list);
  gtk_widget_class_bind_template_child (widget_class, SamPersonEditor, presented_list);
  gtk_widget_class_bind_template_callback (widget_class, open_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, merge_clicked_cb);
}

static void
sam_person_editor_init (SamPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);

  set_placeholder (self->memberships_list, _("Not a member of any group."));
  set_placeholder (self->assignments_list, _("No assignments."));
  set_placeholder (self->presented_list, _("Has not presented any agenda items."));
}

GtkWidget *
sam_person_editor_new (SamStore *store)
{
  SamPersonEditor *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PERSON_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->name_row), "name", TRUE);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->title_row), "title", FALSE);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->organization_row), "organization", FALSE);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->email_row), "email", FALSE);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->phone_row), "phone", FALSE);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->note_row), "note", FALSE);
  sam_form_bind_combo_choice (self->form, self->municipality_row, "municipality-id");
  self->municipalities = sam_store_list_municipalities (store);
  g_signal_connect_swapped (self->municipalities, "items-changed",
                            G_CALLBACK (municipalities_changed_cb), self);
  self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  build_municipality_choices (self);

  return GTK_WIDGET (self);
}

gint64
sam_person_editor_get_person_id (SamPersonEditor *self)
{
  g_return_val_if_fail (SAM_IS_PERSON_EDITOR (self), 0);

  return self->person_id;
}

/**
 * sam_person_editor_set_person_id:
 *
 * Shows the person with @id, after saving what was typed for the one shown
 * before.
 */
void
sam_person_editor_set_person_id (SamPersonEditor *self,
                                 gint64           id)
{
  g_return_if_fail (SAM_IS_PERSON_EDITOR (self));

  sam_person_editor_flush (self);

  self->person_id = id;
  load_fields (self);
  build_memberships (self);
  build_assignments (self);
  build_presented (self);
}

/* Saves at once what is waiting for the typing to pause. */
void
sam_person_editor_flush (SamPersonEditor *self)
{
  g_return_if_fail (SAM_IS_PERSON_EDITOR (self));

  if (self->form != NULL)
    sam_form_flush (self->form);
}

GtkEditable *
sam_person_editor_get_name_editable (SamPersonEditor *self)
{
  g_return_val_if_fail (SAM_IS_PERSON_EDITOR (self), NULL);

  return GTK_EDITABLE (self->name_row);
}

void
sam_person_editor_focus_name (SamPersonEditor *self)
{
  g_return_if_fail (SAM_IS_PERSON_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
