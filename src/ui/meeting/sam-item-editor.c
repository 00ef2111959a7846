/* sam-item-editor.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-agenda-row.h"
#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-item-editor.h"
#include "sam-person-picker.h"

/* The item kinds in the order the kind row offers them. */
static const SamItemKind kinds[] = {
  SAM_ITEM_KIND_PROCEDURE,
  SAM_ITEM_KIND_INFORMATION,
  SAM_ITEM_KIND_DISCUSSION,
  SAM_ITEM_KIND_INFORMATION_DISCUSSION,
  SAM_ITEM_KIND_DECISION,
  SAM_ITEM_KIND_FOLLOW_UP,
  SAM_ITEM_KIND_OTHER,
};

struct _SamItemEditor
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *heading;
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *case_row;
  GtkSpinButton  *duration_spin;
  GtkWidget      *section_group;
  AdwEntryRow    *section_row;
  GtkMenuButton  *presenter_button;
  GtkListBox     *presenters_list;
  GtkTextView    *background_view;
  GtkTextView    *proposal_view;
  GtkTextView    *note_view;
  AdwComboRow    *focus_row;
  AdwComboRow    *activity_row;
  AdwComboRow    *body_row;
  AdwComboRow    *trip_row;

  /* Owned */
  SamStore       *store;
  SamForm        *form;
  GArray         *presenter_ids;
  gulong          changed_id;

  gint64          item_id;
};

G_DEFINE_FINAL_TYPE (SamItemEditor, sam_item_editor, ADW_TYPE_BIN)

/* Fills a link row with "None" and the given titles. */
static void
fill_choices (AdwComboRow *row,
              GListModel  *model,
              const char  *(*title_of) (gpointer))
{
  g_autoptr(GListModel) choices = sam_groups_choices_new (C_("link", "None"));

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      sam_groups_choices_add (choices, sam_entity_get_id (SAM_ENTITY (object)), title_of (object));
    }

  adw_combo_row_set_model (row, choices);
}

static const char *
focus_title (gpointer object)
{
  return sam_focus_question_get_title (object);
}

static const char *
activity_title (gpointer object)
{
  return sam_activity_get_title (object);
}

static const char *
body_title (gpointer object)
{
  return sam_body_get_name (object);
}

static const char *
trip_title (gpointer object)
{
  return sam_study_trip_get_title (object);
}

/* Focus questions and activities belong to plans; the links offer those of
 * every plan, newest plan first. */
static GListModel *
all_of_plans (SamStore   *store,
              GListModel *(*list_of_plan) (SamStore *, gint64))
{
  g_autoptr(GListModel) plans = sam_store_list_plans (store);
  GListStore *all = g_list_store_new (G_TYPE_OBJECT);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(SamPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GListModel) items = list_of_plan (store, sam_entity_get_id (SAM_ENTITY (plan)));

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (items, j);

          g_list_store_append (all, item);
        }
    }

  return G_LIST_MODEL (all);
}

static void
fill_links (SamItemEditor *self)
{
  g_autoptr(GListModel) focus = all_of_plans (self->store, sam_store_list_focus_questions);
  g_autoptr(GListModel) activities = all_of_plans (self->store, sam_store_list_activities);
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GListModel) trips = sam_store_list_study_trips (self->store);

  fill_choices (self->focus_row, focus, focus_title);
  fill_choices (self->activity_row, activities, activity_title);
  fill_choices (self->body_row, bodies, body_title);
  fill_choices (self->trip_row, trips, trip_title);
}

static void
remove_presenter_cb (GtkButton     *button,
                     SamItemEditor *self)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->presenter_ids->len; i++)
    if (g_array_index (self->presenter_ids, gint64, i) == person_id)
      {
        g_array_remove_index (self->presenter_ids, i);
        break;
      }

  if (!sam_store_set_presenter_ids (self->store, self->item_id,
                                    (const gint64 *)(gpointer)self->presenter_ids->data,
                                    self->presenter_ids->len, &error))
    g_warning ("Could not remove the presenter: %s", error->message);
}

static void
show_presenters (SamItemEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->presenters_list))) != NULL)
    gtk_list_box_remove (self->presenters_list, child);

  g_clear_pointer (&self->presenter_ids, g_array_unref);
  self->presenter_ids = sam_store_get_presenter_ids (self->store, self->item_id);

  for (guint i = 0; i < self->presenter_ids->len; i++)
    {
      gint64 id = g_array_index (self->presenter_ids, gint64, i);
      g_autofree char *name = sam_person_describe (self->store, id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove this presenter"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove this presenter"), -1);
      g_object_set_data (G_OBJECT (button), "person-id", GSIZE_TO_POINTER ((gsize)id));
      g_signal_connect (button, "clicked", G_CALLBACK (remove_presenter_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->presenters_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->presenters_list), self->presenter_ids->len > 0);
}

static void
person_picked_cb (SamPersonPicker *picker,
                  gint64           person_id,
                  SamItemEditor   *self)
{
  g_autoptr(GError) error = NULL;

  if (self->item_id <= 0)
    return;

  for (guint i = 0; i < self->presenter_ids->len; i++)
    if (g_array_index (self->presenter_ids, gint64, i) == person_id)
      return;

  g_array_append_val (self->presenter_ids, person_id);
  if (!sam_store_set_presenter_ids (self->store, self->item_id,
                                    (const gint64 *)(gpointer)self->presenter_ids->data,
                                    self->presenter_ids->len, &error))
    g_warning ("Could not add the presenter: %s", error->message);
}

static void
update_heading (SamItemEditor *self,
                SamAgendaItem *item)
{
  const char *number = sam_agenda_item_get_number (item);
  g_autofree char *text = NULL;

  if (sam_agenda_item_get_tentative (item))
    text = g_strdup (_("Proposed item"));
  else if (number != NULL && *number != '\0')
    /* Translators: the heading of the item editor, "Item 3a". */
    text = g_strdup_printf (_("Item %s"), number);
  else
    text = g_strdup (_("Item"));

  gtk_label_set_label (self->heading, text);
}

/* Shows the item in the bound fields; the form saves what is typed. The
 * links' choices are filled while no item is bound, so that filling them
 * changes nothing. */
static void
load (SamItemEditor *self)
{
  g_autoptr(SamAgendaItem) item = NULL;

  if (self->item_id > 0)
    item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, self->item_id, NULL);

  sam_form_set_entity (self->form, NULL);
  if (item == NULL)
    {
      self->item_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  fill_links (self);
  update_heading (self, item);
  /* A sub-item never opens a section, nor does a proposed item. */
  gtk_widget_set_visible (self->section_group,
                          sam_agenda_item_get_parent_id (item) == 0 && !sam_agenda_item_get_tentative (item));
  sam_form_set_entity (self->form, item);
  show_presenters (self);

  gtk_stack_set_visible_child_name (self->stack, "editor");
}

static void
store_changed_cb (SamItemEditor  *self,
                  const char     *table,
                  gint64          id,
                  SamStoreChange  kind)
{
  g_autoptr(SamAgendaItem) item = NULL;

  if (self->item_id <= 0)
    return;

  if (g_strcmp0 (table, "agenda_item") != 0 || (id != self->item_id && id != 0))
    return;

  item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, self->item_id, NULL);
  if (item == NULL)
    {
      sam_form_clear (self->form);
      self->item_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Only what others change: its number, whether it is a sub-item, and
   * the presenters. */
  update_heading (self, item);
  gtk_widget_set_visible (self->section_group,
                          sam_agenda_item_get_parent_id (item) == 0 && !sam_agenda_item_get_tentative (item));
  show_presenters (self);
}

static void
sam_item_editor_unmap (GtkWidget *widget)
{
  sam_item_editor_flush (SAM_ITEM_EDITOR (widget));

  GTK_WIDGET_CLASS (sam_item_editor_parent_class)->unmap (widget);
}

static void
sam_item_editor_dispose (GObject *object)
{
  SamItemEditor *self = (SamItemEditor *)object;

  if (self->form != NULL)
    sam_form_flush (self->form);

  g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_ITEM_EDITOR);

  g_clear_pointer (&self->presenter_ids, g_array_unref);
  g_clear_object (&self->form);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_item_editor_parent_class)->dispose (object);
}

static void
sam_item_editor_class_init (SamItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_item_editor_dispose;
  widget_class->unmap = sam_item_editor_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meeting/sam-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, case_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, section_group);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, section_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, presenter_button);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, presenters_list);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, background_view);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, proposal_view);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, focus_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, activity_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, body_row);
  gtk_widget_class_bind_template_child (widget_class, SamItemEditor, trip_row);
}

static void
sam_item_editor_init (SamItemEditor *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind the bin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, sam_item_kind_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));

  self->presenter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* The item's presenters, whom the picker leaves out. */
static GArray *
listed_presenters_cb (gpointer user_data)
{
  SamItemEditor *self = user_data;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_vals (ids, self->presenter_ids->data, self->presenter_ids->len);

  return ids;
}

GtkWidget *
sam_item_editor_new (SamStore *store)
{
  SamItemEditor *self;
  GtkWidget *picker;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_ITEM_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->title_row), "title", TRUE);
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->kind_row), "kind");
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->case_row), "case-number", FALSE);
  sam_form_bind_spin (self->form, self->duration_spin, "duration");
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->section_row), "section-title", FALSE);
  sam_form_bind_text_view (self->form, self->background_view, "background");
  sam_form_bind_text_view (self->form, self->proposal_view, "proposed-decision");
  sam_form_bind_text_view (self->form, self->note_view, "internal-note");
  sam_form_bind_combo_choice (self->form, self->focus_row, "focus-question-id");
  sam_form_bind_combo_choice (self->form, self->activity_row, "activity-id");
  sam_form_bind_combo_choice (self->form, self->body_row, "linked-body-id");
  sam_form_bind_combo_choice (self->form, self->trip_row, "study-trip-id");

  picker = sam_person_picker_new (store);
  sam_person_picker_set_allow_create (SAM_PERSON_PICKER (picker), TRUE);
  sam_person_picker_set_listed_func (SAM_PERSON_PICKER (picker), listed_presenters_cb, self, NULL);
  g_signal_connect (picker, "person-picked", G_CALLBACK (person_picked_cb), self);
  gtk_menu_button_set_popover (self->presenter_button, picker);

  return GTK_WIDGET (self);
}

void
sam_item_editor_set_item_id (SamItemEditor *self,
                             gint64         agenda_item_id)
{
  g_return_if_fail (SAM_IS_ITEM_EDITOR (self));

  if (self->item_id == agenda_item_id && agenda_item_id > 0)
    return;

  sam_item_editor_flush (self);
  self->item_id = agenda_item_id;
  load (self);
}

gint64
sam_item_editor_get_item_id (SamItemEditor *self)
{
  g_return_val_if_fail (SAM_IS_ITEM_EDITOR (self), 0);

  return self->item_id;
}

/* Saves a pending change now (before the editor goes away or shows
 * another item). */
void
sam_item_editor_flush (SamItemEditor *self)
{
  g_return_if_fail (SAM_IS_ITEM_EDITOR (self));

  sam_form_flush (self->form);
}

void
sam_item_editor_focus_title (SamItemEditor *self)
{
  g_return_if_fail (SAM_IS_ITEM_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

GtkEditable *
sam_item_editor_get_title_editable (SamItemEditor *self)
{
  g_return_val_if_fail (SAM_IS_ITEM_EDITOR (self), NULL);

  return GTK_EDITABLE (self->title_row);
}
