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
#include "sam-item-editor.h"
#include "sam-person-picker.h"

#define SAVE_DELAY_MS 300

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
  GArray         *focus_ids;
  GArray         *activity_ids;
  GArray         *body_ids;
  GArray         *trip_ids;
  GArray         *presenter_ids;
  gulong          changed_id;

  gint64          item_id;
  guint           save_source;
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (SamItemEditor, sam_item_editor, ADW_TYPE_BIN)

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *blank = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  blank = g_strstrip (g_strdup (text));

  if (*blank == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;

  return g_array_index (ids, gint64, selected);
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }

  adw_combo_row_set_selected (row, 0);
}

/* Fills a link row with "None" and the given titles. */
static GArray *
fill_choices (AdwComboRow *row,
              GListModel  *model,
              const char  *(*title_of) (gpointer))
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 none = 0;

  gtk_string_list_append (strings, C_("link", "None"));
  g_array_append_val (ids, none);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (object));

      gtk_string_list_append (strings, title_of (object));
      g_array_append_val (ids, id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (strings));

  return ids;
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

  g_clear_pointer (&self->focus_ids, g_array_unref);
  g_clear_pointer (&self->activity_ids, g_array_unref);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->trip_ids, g_array_unref);

  self->focus_ids = fill_choices (self->focus_row, focus, focus_title);
  self->activity_ids = fill_choices (self->activity_row, activities, activity_title);
  self->body_ids = fill_choices (self->body_row, bodies, body_title);
  self->trip_ids = fill_choices (self->trip_row, trips, trip_title);
}

static void save (SamItemEditor *self);

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

static void
load (SamItemEditor *self)
{
  g_autoptr(SamAgendaItem) item = NULL;

  if (self->item_id > 0)
    item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, self->item_id, NULL);

  if (item == NULL)
    {
      self->item_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->loading = TRUE;

  fill_links (self);
  update_heading (self, item);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), sam_agenda_item_get_title (item));
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == sam_agenda_item_get_kind (item))
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->case_row),
                         sam_agenda_item_get_case_number (item) != NULL ? sam_agenda_item_get_case_number (item) : "");
  gtk_spin_button_set_value (self->duration_spin, sam_agenda_item_get_duration (item));
  gtk_editable_set_text (GTK_EDITABLE (self->section_row), sam_agenda_item_get_section_title (item) ?: "");
  /* A sub-item never opens a section, nor does a proposed item. */
  gtk_widget_set_visible (self->section_group,
                          sam_agenda_item_get_parent_id (item) == 0 && !sam_agenda_item_get_tentative (item));
  set_buffer_text (self->background_view, sam_agenda_item_get_background (item));
  set_buffer_text (self->proposal_view, sam_agenda_item_get_proposed_decision (item));
  set_buffer_text (self->note_view, sam_agenda_item_get_internal_note (item));
  select_id (self->focus_row, self->focus_ids, sam_agenda_item_get_focus_question_id (item));
  select_id (self->activity_row, self->activity_ids, sam_agenda_item_get_activity_id (item));
  select_id (self->body_row, self->body_ids, sam_agenda_item_get_linked_body_id (item));
  select_id (self->trip_row, self->trip_ids, sam_agenda_item_get_study_trip_id (item));
  show_presenters (self);

  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "editor");
}

/* Saves what the editor shows onto a fresh copy of the item, so that what
 * others changed meanwhile (the minutes, the position) is kept. */
static void
save (SamItemEditor *self)
{
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *case_number = NULL;
  g_autofree char *background = NULL;
  g_autofree char *proposal = NULL;
  g_autofree char *note = NULL;
  g_autofree char *section = NULL;
  guint kind;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->item_id <= 0)
    return;

  item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, self->item_id, &error);
  if (item == NULL)
    return;

  title = entry_text (self->title_row);
  if (title != NULL)
    sam_agenda_item_set_title (item, title);

  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind < G_N_ELEMENTS (kinds))
    sam_agenda_item_set_kind (item, kinds[kind]);

  case_number = entry_text (self->case_row);
  sam_agenda_item_set_case_number (item, case_number);
  sam_agenda_item_set_duration (item, gtk_spin_button_get_value_as_int (self->duration_spin));
  section = entry_text (self->section_row);
  sam_agenda_item_set_section_title (item, sam_agenda_item_get_parent_id (item) == 0 ? section : NULL);
  background = buffer_text (self->background_view);
  sam_agenda_item_set_background (item, background);
  proposal = buffer_text (self->proposal_view);
  sam_agenda_item_set_proposed_decision (item, proposal);
  note = buffer_text (self->note_view);
  sam_agenda_item_set_internal_note (item, note);
  sam_agenda_item_set_focus_question_id (item, selected_id (self->focus_row, self->focus_ids));
  sam_agenda_item_set_activity_id (item, selected_id (self->activity_row, self->activity_ids));
  sam_agenda_item_set_linked_body_id (item, selected_id (self->body_row, self->body_ids));
  sam_agenda_item_set_study_trip_id (item, selected_id (self->trip_row, self->trip_ids));

  if (!sam_store_update (self->store, item, &error))
    g_warning ("Could not save the item: %s", error->message);
}

static gboolean
save_timeout_cb (gpointer data)
{
  SamItemEditor *self = data;

  self->save_source = 0;
  save (self);

  return G_SOURCE_REMOVE;
}

static void
changed_cb (SamItemEditor *self)
{
  g_autofree char *title = NULL;

  if (self->loading || self->item_id <= 0)
    return;

  /* An item needs a title: say so, and keep everything else saving. */
  title = entry_text (self->title_row);
  if (title == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_row), _("An item needs a title"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_row), NULL);
    }

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
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
      g_clear_handle_id (&self->save_source, g_source_remove);
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

  if (self->store != NULL)
    sam_item_editor_flush (self);

  g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_ITEM_EDITOR);

  g_clear_pointer (&self->focus_ids, g_array_unref);
  g_clear_pointer (&self->activity_ids, g_array_unref);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->trip_ids, g_array_unref);
  g_clear_pointer (&self->presenter_ids, g_array_unref);
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
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
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

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->background_view), "changed",
                            G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->proposal_view), "changed",
                            G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (changed_cb), self);

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

  if (self->save_source != 0)
    save (self);
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
