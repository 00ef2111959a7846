/* sam-focus-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-focus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-focus-page.h"
#include "sam-labels.h"
#include "sam-plan-choice.h"
#include "sam-form.h"
#include "sam-plan-util.h"
#include "sam-store-undo.h"

/* The focus questions of one operational plan, active ones first, and the
 * page of one question: what it is, who is responsible, what is done year
 * by year, which activities serve it and where it came up in meetings. */

typedef struct
{
  GtkWidget   *box;
  GtkTextView *description;
  SamForm *form;
  gint64       id;
} YearEditor;

struct _SamFocusPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  SamPlanChoice      *plan_choice;
  GtkStack           *list_stack;
  GtkWidget          *active_heading;
  GtkWidget          *concluded_heading;
  GtkListBox         *active_list;
  GtkListBox         *concluded_list;
  GtkLabel           *detail_title;
  GtkWidget          *conclude_button;
  GtkWidget          *delete_button;
  GtkStack           *detail_stack;
  GtkScrolledWindow  *detail_scroller;
  AdwEntryRow        *title_row;
  SamPlanChoice      *area_choice;
  GtkDropDown        *status_drop_down;
  GtkWidget          *outcome_group;
  SamDateRow         *concluded_on_row;
  GtkTextView        *outcome_view;
  GtkTextView        *goal_view;
  GtkFlowBox         *municipalities_box;
  GtkBox             *years_box;
  GtkListBox         *activities_list;
  GtkListBox         *history_list;

  /* Owned */
  SamStore           *store;
  GListModel         *plans;
  GListModel         *questions;
  GtkFilterListModel *active;
  GtkFilterListModel *concluded;
  GListModel         *areas;
  GListModel         *municipalities;
  GHashTable         *municipality_names;
  GArray             *municipality_order;
  SamForm        *form;
  GListModel         *years;
  GHashTable         *year_editors;
  GListModel         *activities;
  GListModel         *items;
  GPtrArray          *decision_models;

  gint64              plan_id;
  gint64              question_id;
  guint               history_idle;
  gboolean            loading_checks;
};

G_DEFINE_FINAL_TYPE (SamFocusPage, sam_focus_page, GTK_TYPE_WIDGET)

static void open_question (SamFocusPage *self,
                           gint64        id,
                           gboolean      show);

/* Helpers */

static gint64
widget_id (gpointer widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), "sam-id");

  return id != NULL ? *id : 0;
}

static void
set_widget_id (gpointer widget,
               gint64   id)
{
  g_object_set_data_full (G_OBJECT (widget), "sam-id", g_memdup2 (&id, sizeof id), g_free);
}

static void
remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
new_text_view (const char *accessible_label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 56);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);

  return frame;
}

static GtkWidget *
new_caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* The names in the order of the list of municipalities, which the store
 * sorts by the collaboration's language. */
static char *
responsible_names (SamFocusPage *self,
                   gint64        question_id)
{
  g_autoptr(GArray) ids = sam_store_get_responsible_ids (self->store, question_id);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < self->municipality_order->len; i++)
    {
      gint64 id = g_array_index (self->municipality_order, gint64, i);
      gboolean responsible = FALSE;

      for (guint j = 0; ids != NULL && j < ids->len && !responsible; j++)
        responsible = g_array_index (ids, gint64, j) == id;

      if (responsible)
        g_ptr_array_add (names, g_hash_table_lookup (self->municipality_names, &id));
    }

  if (names->len == 0)
    return g_strdup (_("No responsible municipality yet"));

  g_ptr_array_add (names, NULL);

  /* Translators: the separator between the names of the municipalities
   * responsible for a focus question. */
  return g_strjoinv (_(", "), (char **)names->pdata);
}

/* The list of focus questions */

static GtkWidget *
create_question_row (gpointer item,
                     gpointer user_data)
{
  SamFocusPage *self = user_data;
  SamFocusQuestion *question = item;
  gint64 id = sam_entity_get_id (SAM_ENTITY (question));
  g_autofree char *subtitle = responsible_names (self, id);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sam_focus_question_get_title (question));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  set_widget_id (row, id);

  return row;
}

static void
select_current_row (SamFocusPage *self)
{
  GtkListBox *lists[] = { self->active_list, self->concluded_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GtkListBoxRow *found = NULL;

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (lists[i]));
           row != NULL && found == NULL;
           row = gtk_widget_get_next_sibling (row))
        if (GTK_IS_LIST_BOX_ROW (row) && widget_id (row) == self->question_id && self->question_id > 0)
          found = GTK_LIST_BOX_ROW (row);

      if (found != NULL)
        gtk_list_box_select_row (lists[i], found);
      else
        gtk_list_box_unselect_all (lists[i]);
    }
}

static void
update_list_state (SamFocusPage *self)
{
  guint n_active = g_list_model_get_n_items (G_LIST_MODEL (self->active));
  guint n_concluded = g_list_model_get_n_items (G_LIST_MODEL (self->concluded));
  gboolean has_plan = self->plan_id > 0;

  if (!has_plan)
    gtk_stack_set_visible_child_name (self->list_stack, "no-plan");
  else if (n_active + n_concluded == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  gtk_widget_set_visible (self->concluded_heading, n_concluded > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->concluded_list), n_concluded > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "focus.new", has_plan);
}

static void
questions_changed_cb (SamFocusPage *self,
                      guint         position,
                      guint         removed,
                      guint         added,
                      GListModel   *model)
{
  update_list_state (self);
  select_current_row (self);
}

static gboolean
filter_status (gpointer item,
               gpointer user_data)
{
  return (int)sam_focus_question_get_status (SAM_FOCUS_QUESTION (item)) == GPOINTER_TO_INT (user_data);
}

/* The detail pane */

static void
update_detail_state (SamFocusPage *self)
{
  SamFocusQuestion *question = self->form != NULL ? sam_form_get_entity (self->form) : NULL;
  gboolean open = question != NULL && self->question_id > 0;
  gboolean concluded = open && sam_focus_question_get_status (question) == SAM_FOCUS_STATUS_CONCLUDED;

  gtk_label_set_label (self->detail_title, open ? sam_focus_question_get_title (question) : "");
  gtk_widget_set_visible (self->outcome_group, concluded);
  gtk_widget_set_visible (self->conclude_button, open && !concluded);
  gtk_widget_set_visible (self->delete_button, open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "focus.conclude", open && !concluded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "focus.delete", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "focus.add-year", open);
  gtk_stack_set_visible_child_name (self->detail_stack, open ? "question" : "none");
}

static void
form_saved_cb (SamFocusPage *self,
               SamForm  *form)
{
  update_detail_state (self);
}

static void
form_failed_cb (SamFocusPage *self,
                const char   *message,
                SamForm  *form)
{
  sam_plan_show_message (GTK_WIDGET (self), message);
}

/* Responsible municipalities */

static void
sync_checks (SamFocusPage *self)
{
  g_autoptr(GArray) ids = NULL;

  if (self->question_id > 0)
    ids = sam_store_get_responsible_ids (self->store, self->question_id);

  self->loading_checks = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->municipalities_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      gint64 id = widget_id (check);
      gboolean active = FALSE;

      for (guint i = 0; ids != NULL && i < ids->len && !active; i++)
        active = g_array_index (ids, gint64, i) == id;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
    }
  self->loading_checks = FALSE;
}

static void
check_toggled_cb (SamFocusPage   *self,
                  GtkCheckButton *button)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  if (self->loading_checks || self->question_id <= 0)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->municipalities_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gint64 id = widget_id (check);

          g_array_append_val (ids, id);
        }
    }

  if (!sam_store_set_responsible_ids (self->store, self->question_id,
                                      (const gint64 *)(gpointer)ids->data, ids->len, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      sync_checks (self);
    }
}

static void
municipalities_changed_cb (SamFocusPage *self,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GListModel   *model)
{
  guint n_items = g_list_model_get_n_items (self->municipalities);

  g_hash_table_remove_all (self->municipality_names);
  g_array_set_size (self->municipality_order, 0);
  remove_all_children (GTK_WIDGET (self->municipalities_box));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (self->municipalities, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (municipality));
      GtkWidget *check = gtk_check_button_new_with_label (sam_municipality_get_name (municipality));

      g_hash_table_insert (self->municipality_names, g_memdup2 (&id, sizeof id),
                           g_strdup (sam_municipality_get_name (municipality)));
      g_array_append_val (self->municipality_order, id);
      set_widget_id (check, id);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->municipalities_box, check);
    }

  sync_checks (self);
}

/* Years */

static void
year_editor_free (gpointer data)
{
  YearEditor *editor = data;

  g_clear_object (&editor->form);
  g_free (editor);
}

static void
year_form_failed_cb (SamFocusPage *self,
                     const char   *message,
                     SamForm  *form)
{
  sam_plan_show_message (GTK_WIDGET (self), message);
}

/* The undo toast keeps the page and what was deleted alive together. */
typedef struct
{
  SamFocusPage    *page;
  SamDeletion     *deletion;
  gboolean         question;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->page);
  g_clear_object (&undo->deletion);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(GError) error = NULL;

  /* Undo once only. */
  if (undo->deletion == NULL || sam_deletion_get_undone (undo->deletion))
    return;

  if (!sam_store_undo_deletion (undo->page->store, undo->deletion, &error))
    {
      sam_plan_show_message (GTK_WIDGET (undo->page), error->message);
      return;
    }

  if (undo->question)
    open_question (undo->page, sam_deletion_get_id (undo->deletion), TRUE);
}

static void
delete_with_undo (SamFocusPage *self,
                  gpointer      entity,
                  const char   *title)
{
  g_autoptr(GError) error = NULL;
  UndoDelete *undo;

  undo = g_new0 (UndoDelete, 1);
  undo->page = g_object_ref (self);
  undo->question = SAM_IS_FOCUS_QUESTION (entity);
  undo->deletion = sam_store_delete_with_undo (self->store, entity, &error);

  if (undo->deletion == NULL)
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      undo_delete_free (undo);
      return;
    }

  sam_plan_show_undo (GTK_WIDGET (self), title, undo_delete, undo, undo_delete_free);
}

static void
remove_year_clicked_cb (GtkButton *button,
                        gpointer   user_data)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (user_data);
  gint64 id = widget_id (button);
  YearEditor *editor = g_hash_table_lookup (self->year_editors, &id);
  g_autofree char *title = NULL;
  SamFocusYear *year;

  if (editor == NULL)
    return;

  sam_form_flush (editor->form);
  year = g_object_ref (sam_form_get_entity (editor->form));
  /* Translators: shown after a year's description and implementation was
   * removed from a focus question. */
  title = g_strdup_printf (_("Year %d removed"), sam_focus_year_get_year (year));
  delete_with_undo (self, year, title);
  g_object_unref (year);
}

static YearEditor *
create_year_editor (SamFocusPage *self,
                    SamFocusYear *year)
{
  YearEditor *editor = g_new0 (YearEditor, 1);
  g_autofree char *heading = g_strdup_printf ("%d", sam_focus_year_get_year (year));
  GtkWidget *header;
  GtkWidget *label;
  GtkWidget *button;
  GtkWidget *description;
  GtkWidget *implementation;

  editor->id = sam_entity_get_id (SAM_ENTITY (year));
  editor->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (editor->box, "card");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 6);
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (header), label);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Year"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Year"),
                                  -1);
  set_widget_id (button, editor->id);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_year_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (editor->box), header);

  description = new_text_view (_("Description"));
  implementation = new_text_view (_("Implementation"));
  editor->description = GTK_TEXT_VIEW (gtk_frame_get_child (GTK_FRAME (description)));

  {
    GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    gtk_widget_set_margin_start (body, 12);
    gtk_widget_set_margin_end (body, 12);
    gtk_widget_set_margin_bottom (body, 12);
    gtk_box_append (GTK_BOX (body), new_caption (_("Description")));
    gtk_box_append (GTK_BOX (body), description);
    gtk_box_append (GTK_BOX (body), new_caption (_("Implementation")));
    gtk_box_append (GTK_BOX (body), implementation);
    gtk_box_append (GTK_BOX (editor->box), body);
  }

  editor->form = sam_form_new (self->store);
  sam_form_bind_text_view (editor->form, editor->description, "description");
  sam_form_bind_text_view (editor->form,
                                GTK_TEXT_VIEW (gtk_frame_get_child (GTK_FRAME (implementation))),
                                "implementation");
  g_signal_connect_object (editor->form, "failed", G_CALLBACK (year_form_failed_cb), self,
                           G_CONNECT_SWAPPED);
  sam_form_set_entity (editor->form, year);

  return editor;
}

/* Keeps the editor of every year that stays, so that text being typed in
 * one is never rebuilt under the cursor. */
static void
years_changed_cb (SamFocusPage *self,
                  guint         position,
                  guint         removed,
                  guint         added,
                  GListModel   *model)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_items = self->years != NULL ? g_list_model_get_n_items (self->years) : 0;
  GtkWidget *previous = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamFocusYear) year = g_list_model_get_item (self->years, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (year));
      YearEditor *editor = g_hash_table_lookup (self->year_editors, &id);

      if (editor == NULL)
        {
          editor = create_year_editor (self, year);
          g_hash_table_insert (self->year_editors, g_memdup2 (&id, sizeof id), editor);
          gtk_box_insert_child_after (self->years_box, editor->box, previous);
        }
      else
        {
          gtk_box_reorder_child_after (self->years_box, editor->box, previous);
        }

      g_hash_table_add (seen, &editor->id);
      previous = editor->box;
    }

  g_hash_table_iter_init (&iter, self->year_editors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      YearEditor *editor = value;

      if (!g_hash_table_contains (seen, &editor->id))
        {
          gtk_box_remove (self->years_box, editor->box);
          g_hash_table_iter_remove (&iter);
        }
    }
}

static void
clear_years (SamFocusPage *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->years != NULL)
    g_signal_handlers_disconnect_by_func (self->years, years_changed_cb, self);
  g_clear_object (&self->years);

  g_hash_table_iter_init (&iter, self->year_editors);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      YearEditor *editor = value;

      sam_form_flush (editor->form);
      gtk_box_remove (self->years_box, editor->box);
      g_hash_table_iter_remove (&iter);
    }
}

/* Activities */

static GtkWidget *
create_activity_row (gpointer item,
                     gpointer user_data)
{
  SamActivity *activity = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: an activity's category and status, for example "Core
   * activity · Ongoing". */
  subtitle = g_strdup_printf (_("%s · %s"),
                              sam_plan_category_label (sam_activity_get_category (activity)),
                              sam_plan_activity_status_label (sam_activity_get_status (activity)));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sam_activity_get_title (activity));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  set_widget_id (row, sam_entity_get_id (SAM_ENTITY (activity)));

  return row;
}

static void
activity_activated_cb (SamFocusPage  *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  sam_plan_activate_open (GTK_WIDGET (self), "plan", widget_id (row));
}

/* History */

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static gboolean rebuild_history (gpointer data);

static void
queue_history (SamFocusPage *self)
{
  if (self->history_idle == 0)
    self->history_idle = g_idle_add (rebuild_history, self);
}

static void
history_source_changed_cb (SamFocusPage *self,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GListModel   *model)
{
  queue_history (self);
}

static GtkWidget *
create_history_row (SamFocusPage  *self,
                    SamAgendaItem *item)
{
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  const char *number = sam_agenda_item_get_number (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  guint n_decisions;

  if (sam_agenda_item_get_meeting_id (item) > 0)
    meeting = sam_store_load (self->store, SAM_TYPE_MEETING, sam_agenda_item_get_meeting_id (item), NULL);

  if (number != NULL && number[0] != '\0')
    /* Translators: an agenda item's number and title, for example "3a. Study trip". */
    title = g_strdup_printf (_("%s. %s"), number, sam_agenda_item_get_title (item));
  else
    title = g_strdup (sam_agenda_item_get_title (item));

  if (meeting != NULL)
    {
      g_autofree char *date = sam_plan_format_datetime (sam_meeting_get_starts_at (meeting));
      const char *body = sam_meeting_get_body_name (meeting);

      if (body != NULL && body[0] != '\0')
        when = g_strdup_printf (_("%s · %s"), date, body);
      else
        when = g_steal_pointer (&date);
    }
  else
    {
      when = g_strdup (_("Proposed, not yet on an agenda"));
    }

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), new_wrapped_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), new_wrapped_label (when, "dim-label"));

  decisions = sam_store_list_decisions_by_item (self->store, sam_entity_get_id (SAM_ENTITY (item)));
  n_decisions = g_list_model_get_n_items (decisions);
  for (guint i = 0; i < n_decisions; i++)
    {
      g_autoptr(SamDecision) decision = g_list_model_get_item (decisions, i);
      g_autofree char *text = NULL;

      /* Translators: a decision under an agenda item in a focus question's
       * history: its text, then its outcome, for example "The shortlist is
       * approved (Approved)". */
      text = g_strdup_printf (_("Decision: %s (%s)"),
                              sam_decision_get_text (decision) != NULL ? sam_decision_get_text (decision) : "",
                              sam_outcome_label (sam_decision_get_outcome (decision)));
      gtk_box_append (GTK_BOX (box), new_wrapped_label (text, NULL));
    }

  g_signal_connect_object (decisions, "items-changed", G_CALLBACK (history_source_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->decision_models, g_steal_pointer (&decisions));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), meeting != NULL);
  if (meeting != NULL)
    set_widget_id (row, sam_entity_get_id (SAM_ENTITY (meeting)));

  return row;
}

static gboolean
rebuild_history (gpointer data)
{
  SamFocusPage *self = data;
  guint n_items = self->items != NULL ? g_list_model_get_n_items (self->items) : 0;

  self->history_idle = 0;

  remove_all_children (GTK_WIDGET (self->history_list));
  g_ptr_array_set_size (self->decision_models, 0);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->items, i);

      gtk_list_box_append (self->history_list, create_history_row (self, item));
    }

  return G_SOURCE_REMOVE;
}

static void
history_activated_cb (SamFocusPage  *self,
                      GtkListBoxRow *row,
                      GtkListBox    *list)
{
  gint64 meeting_id = widget_id (row);

  if (meeting_id > 0)
    sam_plan_activate_open (GTK_WIDGET (self), "meetings", meeting_id);
}

/* Opening */

static void
close_question (SamFocusPage *self)
{
  sam_form_set_entity (self->form, NULL);
  self->question_id = 0;

  clear_years (self);

  gtk_list_box_bind_model (self->activities_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->activities);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_func (self->items, history_source_changed_cb, self);
  g_clear_object (&self->items);
  g_ptr_array_set_size (self->decision_models, 0);
  remove_all_children (GTK_WIDGET (self->history_list));

  sync_checks (self);
  select_current_row (self);
  update_detail_state (self);
}

static void set_plan (SamFocusPage *self,
                      gint64        plan_id);

static void
open_question (SamFocusPage *self,
               gint64        id,
               gboolean      show)
{
  g_autoptr(SamFocusQuestion) question = NULL;
  GtkAdjustment *adjustment;

  sam_form_flush (self->form);

  question = id > 0 ? sam_store_load (self->store, SAM_TYPE_FOCUS_QUESTION, id, NULL) : NULL;
  if (question == NULL)
    {
      close_question (self);
      return;
    }

  if (sam_focus_question_get_plan_id (question) != self->plan_id)
    {
      sam_plan_choice_set_selected_id (self->plan_choice, sam_focus_question_get_plan_id (question));
      set_plan (self, sam_focus_question_get_plan_id (question));
    }

  if (id != self->question_id)
    {
      close_question (self);
      self->question_id = id;

      self->years = sam_store_list_focus_years (self->store, id);
      g_signal_connect_object (self->years, "items-changed", G_CALLBACK (years_changed_cb), self,
                               G_CONNECT_SWAPPED);
      years_changed_cb (self, 0, 0, 0, self->years);

      self->activities = sam_store_list_activities_by_focus_question (self->store, id);
      gtk_list_box_bind_model (self->activities_list, self->activities,
                               create_activity_row, self, NULL);

      self->items = sam_store_list_items_by_focus_question (self->store, id);
      g_signal_connect_object (self->items, "items-changed", G_CALLBACK (history_source_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_clear_handle_id (&self->history_idle, g_source_remove);
      rebuild_history (self);

      adjustment = gtk_scrolled_window_get_vadjustment (self->detail_scroller);
      gtk_adjustment_set_value (adjustment, 0.0);
    }

  self->question_id = id;
  sam_form_set_entity (self->form, question);
  sync_checks (self);
  select_current_row (self);
  update_detail_state (self);

  if (show)
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
set_plan (SamFocusPage *self,
          gint64        plan_id)
{
  g_autoptr(SamFocusQuestion) question = NULL;

  if (plan_id == self->plan_id && self->questions != NULL)
    return;

  /* The area choice is about to get another plan's areas: the question
   * shown must not take the "none" it falls back to. */
  if (sam_form_get_entity (self->form) != NULL)
    question = g_object_ref (sam_form_get_entity (self->form));
  sam_form_set_entity (self->form, NULL);

  self->plan_id = plan_id;

  g_clear_object (&self->questions);
  self->questions = sam_store_list_focus_questions (self->store, plan_id);
  gtk_filter_list_model_set_model (self->active, self->questions);
  gtk_filter_list_model_set_model (self->concluded, self->questions);

  g_clear_object (&self->areas);
  self->areas = sam_store_list_areas (self->store, plan_id);
  sam_plan_choice_set_source (self->area_choice, self->areas, NULL, C_("development area", "None"));

  if (question != NULL && sam_focus_question_get_plan_id (question) == plan_id)
    sam_form_set_entity (self->form, question);
  else if (question != NULL)
    close_question (self);

  update_list_state (self);
}

static void
plan_selected_cb (SamFocusPage  *self,
                  GParamSpec    *pspec,
                  SamPlanChoice *choice)
{
  set_plan (self, sam_plan_choice_get_selected_id (choice));
}

static void
row_activated_cb (SamFocusPage  *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  open_question (self, widget_id (row), TRUE);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  sam_focus_page_new_question (SAM_FOCUS_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (widget);
  g_autoptr(SamFocusQuestion) question = NULL;
  g_autofree char *title = NULL;

  if (sam_form_get_entity (self->form) == NULL)
    return;

  sam_form_flush (self->form);
  question = g_object_ref (sam_form_get_entity (self->form));
  /* Translators: shown after a focus question was deleted. */
  title = g_strdup_printf (_("“%s” deleted"), sam_focus_question_get_title (question));

  close_question (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  delete_with_undo (self, question, title);
}

static void
outcome_changed_cb (GtkEditable      *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "conclude", text[0] != '\0');
}

static void
conclude_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SamFocusPage     *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  if (g_strcmp0 (response, "conclude") == 0)
    sam_focus_page_conclude (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
conclude_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (widget);
  SamFocusQuestion *question = sam_form_get_entity (self->form);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (question == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Conclude Focus Question?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be listed with the concluded focus questions. "
                                    "What was its outcome?"),
                                  sam_focus_question_get_title (question));

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example: the goal was met; the results go on in…"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outcome"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "conclude", _("C_onclude"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "conclude",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "conclude", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "conclude");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (entry, "changed", G_CALLBACK (outcome_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conclude_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
add_year_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_focus_page_add_year (SAM_FOCUS_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Type */

static void
sam_focus_page_unmap (GtkWidget *widget)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (widget);
  GHashTableIter iter;
  gpointer value;

  sam_form_flush (self->form);
  g_hash_table_iter_init (&iter, self->year_editors);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sam_form_flush (((YearEditor *)value)->form);

  GTK_WIDGET_CLASS (sam_focus_page_parent_class)->unmap (widget);
}

static void
sam_focus_page_dispose (GObject *object)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (object);

  g_clear_handle_id (&self->history_idle, g_source_remove);

  if (self->form != NULL)
    {
      sam_form_flush (self->form);
      clear_years (self);
    }

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_func (self->items, history_source_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_FOCUS_PAGE);

  g_clear_object (&self->form);
  g_clear_object (&self->plans);
  g_clear_object (&self->questions);
  g_clear_object (&self->active);
  g_clear_object (&self->concluded);
  g_clear_object (&self->areas);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->activities);
  g_clear_object (&self->items);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_focus_page_parent_class)->dispose (object);
}

static void
sam_focus_page_finalize (GObject *object)
{
  SamFocusPage *self = SAM_FOCUS_PAGE (object);

  g_clear_pointer (&self->municipality_names, g_hash_table_unref);
  g_clear_pointer (&self->municipality_order, g_array_unref);
  g_clear_pointer (&self->year_editors, g_hash_table_unref);
  g_clear_pointer (&self->decision_models, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_focus_page_parent_class)->finalize (object);
}

static void
sam_focus_page_class_init (SamFocusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_focus_page_dispose;
  object_class->finalize = sam_focus_page_finalize;
  widget_class->unmap = sam_focus_page_unmap;

  g_type_ensure (SAM_TYPE_PLAN_CHOICE);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/focus/"
                                               "sam-focus-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, plan_choice);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, active_heading);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, concluded_heading);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, active_list);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, concluded_list);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, conclude_button);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, area_choice);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, concluded_on_row);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, goal_view);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, municipalities_box);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, years_box);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, activities_list);
  gtk_widget_class_bind_template_child (widget_class, SamFocusPage, history_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, activity_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_activated_cb);

  gtk_widget_class_install_action (widget_class, "focus.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "focus.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "focus.conclude", NULL, conclude_action);
  gtk_widget_class_install_action (widget_class, "focus.add-year", NULL, add_year_action);
  gtk_widget_class_install_action (widget_class, "focus.back", NULL, back_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "focuspage");
}

static void
sam_focus_page_init (SamFocusPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->municipality_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->municipality_order = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->year_editors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, year_editor_free);
  self->decision_models = g_ptr_array_new_with_free_func (g_object_unref);

  self->active = gtk_filter_list_model_new (NULL,
                                            GTK_FILTER (gtk_custom_filter_new (filter_status,
                                                                               GINT_TO_POINTER (SAM_FOCUS_STATUS_ACTIVE),
                                                                               NULL)));
  self->concluded = gtk_filter_list_model_new (NULL,
                                               GTK_FILTER (gtk_custom_filter_new (filter_status,
                                                                                  GINT_TO_POINTER (SAM_FOCUS_STATUS_CONCLUDED),
                                                                                  NULL)));

  placeholder = new_wrapped_label (_("No active focus questions"), "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_list_box_set_placeholder (self->active_list, placeholder);

  placeholder = new_wrapped_label (_("No activity of the plan serves this focus question yet"), "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_list_box_set_placeholder (self->activities_list, placeholder);

  placeholder = new_wrapped_label (_("No agenda item has been about this focus question yet"), "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "focus.new", FALSE);
  update_detail_state (self);
}

static void
setup_store (SamFocusPage *self)
{
  self->form = sam_form_new (self->store);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->title_row), "title", TRUE);
  sam_form_bind_choice (self->form, self->area_choice, "area-id");
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->status_drop_down), "status");
  sam_form_bind_date (self->form, self->concluded_on_row, "concluded-on");
  sam_form_bind_text_view (self->form, self->outcome_view, "outcome");
  sam_form_bind_text_view (self->form, self->goal_view, "long-term-goal");
  g_signal_connect_object (self->form, "saved", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->form, "reloaded", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->form, "failed", G_CALLBACK (form_failed_cb), self, G_CONNECT_SWAPPED);

  self->municipalities = sam_store_list_municipalities (self->store);
  g_signal_connect_object (self->municipalities, "items-changed",
                           G_CALLBACK (municipalities_changed_cb), self, G_CONNECT_SWAPPED);
  municipalities_changed_cb (self, 0, 0, 0, self->municipalities);

  gtk_list_box_bind_model (self->active_list, G_LIST_MODEL (self->active),
                           create_question_row, self, NULL);
  gtk_list_box_bind_model (self->concluded_list, G_LIST_MODEL (self->concluded),
                           create_question_row, self, NULL);
  g_signal_connect_object (self->active, "items-changed", G_CALLBACK (questions_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->concluded, "items-changed", G_CALLBACK (questions_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->plans = sam_store_list_plans (self->store);
  g_signal_connect_object (self->plan_choice, "notify::selected-id",
                           G_CALLBACK (plan_selected_cb), self, G_CONNECT_SWAPPED);
  sam_plan_choice_set_source (self->plan_choice, self->plans, sam_plan_label, NULL);

  /* The newest plan comes first; a draft without focus questions yet is
   * passed over for the newest plan that has some. */
  for (guint i = 0; i < g_list_model_get_n_items (self->plans); i++)
    {
      g_autoptr(SamPlan) plan = g_list_model_get_item (self->plans, i);
      g_autoptr(GListModel) questions = sam_store_list_focus_questions (self->store,
                                                                        sam_entity_get_id (SAM_ENTITY (plan)));

      if (g_list_model_get_n_items (questions) > 0)
        {
          sam_plan_choice_set_selected_id (self->plan_choice, sam_entity_get_id (SAM_ENTITY (plan)));
          break;
        }
    }

  set_plan (self, sam_plan_choice_get_selected_id (self->plan_choice));
}

/**
 * sam_focus_page_new:
 * @store: the store whose focus questions to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_focus_page_new (SamContext *context)
{
  SamStore *store;
  SamFocusPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_FOCUS_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  setup_store (self);

  return GTK_WIDGET (self);
}

/**
 * sam_focus_page_open:
 * @page: a #SamFocusPage
 * @id: a focus question's id
 *
 * Shows the focus question's page, choosing its plan.
 */
void
sam_focus_page_open (GtkWidget *page,
                     gint64     id)
{
  g_return_if_fail (SAM_IS_FOCUS_PAGE (page));

  open_question (SAM_FOCUS_PAGE (page), id, TRUE);
}

/* The plan whose focus questions are listed. */
gint64
sam_focus_page_get_plan_id (SamFocusPage *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), 0);

  return self->plan_id;
}

void
sam_focus_page_set_plan_id (SamFocusPage *self,
                            gint64        plan_id)
{
  g_return_if_fail (SAM_IS_FOCUS_PAGE (self));

  sam_plan_choice_set_selected_id (self->plan_choice, plan_id);
}

/* The focus question shown, or 0. */
gint64
sam_focus_page_get_question_id (SamFocusPage *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), 0);

  return self->question_id;
}

/**
 * sam_focus_page_get_active_model:
 *
 * Returns: (transfer none): the active focus questions of the plan shown
 */
GListModel *
sam_focus_page_get_active_model (SamFocusPage *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), NULL);

  return G_LIST_MODEL (self->active);
}

/**
 * sam_focus_page_get_concluded_model:
 *
 * Returns: (transfer none): the concluded focus questions of the plan shown
 */
GListModel *
sam_focus_page_get_concluded_model (SamFocusPage *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), NULL);

  return G_LIST_MODEL (self->concluded);
}

/**
 * sam_focus_page_new_question:
 *
 * Adds a focus question to the plan shown and opens it with its title
 * ready to be typed over.
 *
 * Returns: the new focus question's id, or 0
 */
gint64
sam_focus_page_new_question (SamFocusPage *self)
{
  g_autoptr(SamFocusQuestion) question = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), 0);

  if (self->plan_id <= 0)
    return 0;

  question = sam_focus_question_new ();
  sam_focus_question_set_plan_id (question, self->plan_id);
  sam_focus_question_set_title (question, _("New focus question"));
  sam_focus_question_set_status (question, SAM_FOCUS_STATUS_ACTIVE);

  if (!sam_store_insert (self->store, question, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return 0;
    }

  open_question (self, sam_entity_get_id (SAM_ENTITY (question)), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return sam_entity_get_id (SAM_ENTITY (question));
}

/**
 * sam_focus_page_add_year:
 *
 * Adds the description and implementation of the year after the last one
 * the focus question has (or of the plan's current year), and puts the
 * cursor in its description.
 *
 * Returns: the year added, or 0
 */
int
sam_focus_page_add_year (SamFocusPage *self)
{
  g_autoptr(SamFocusYear) year = NULL;
  g_autoptr(SamPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint n_years;
  int next = 0;
  gint64 id;
  YearEditor *editor;

  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), 0);

  if (self->question_id <= 0 || self->years == NULL)
    return 0;

  n_years = g_list_model_get_n_items (self->years);
  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(SamFocusYear) existing = g_list_model_get_item (self->years, i);

      next = MAX (next, sam_focus_year_get_year (existing) + 1);
    }

  if (next == 0)
    {
      plan = sam_store_load (self->store, SAM_TYPE_PLAN, self->plan_id, NULL);
      if (plan != NULL && sam_plan_get_revised_year (plan) > 0)
        next = sam_plan_get_revised_year (plan);
      else if (plan != NULL && sam_plan_get_first_year (plan) > 0)
        next = sam_plan_get_first_year (plan);
      else
        next = sam_plan_this_year (GTK_WIDGET (self));
    }

  year = sam_focus_year_new ();
  sam_focus_year_set_focus_question_id (year, self->question_id);
  sam_focus_year_set_year (year, next);

  if (!sam_store_insert (self->store, year, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return 0;
    }

  id = sam_entity_get_id (SAM_ENTITY (year));
  editor = g_hash_table_lookup (self->year_editors, &id);
  if (editor != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (editor->description));

  return next;
}

/**
 * sam_focus_page_conclude:
 * @outcome: what the focus question achieved
 *
 * Marks the focus question shown as concluded today with @outcome: what
 * the Conclude dialog does.
 */
gboolean
sam_focus_page_conclude (SamFocusPage *self,
                         const char   *outcome)
{
  SamFocusQuestion *question;
  g_autofree char *today = sam_plan_today (GTK_WIDGET (self));
  g_autofree char *text = NULL;

  g_return_val_if_fail (SAM_IS_FOCUS_PAGE (self), FALSE);

  question = sam_form_get_entity (self->form);
  if (question == NULL)
    return FALSE;

  text = g_strstrip (g_strdup (outcome != NULL ? outcome : ""));

  sam_form_flush (self->form);
  sam_focus_question_set_status (question, SAM_FOCUS_STATUS_CONCLUDED);
  if (sam_focus_question_get_concluded_on (question) == NULL)
    sam_focus_question_set_concluded_on (question, today);
  if (text[0] != '\0')
    sam_focus_question_set_outcome (question, text);

  if (!sam_form_save (self->form))
    return FALSE;
  sam_form_reload (self->form);

  update_detail_state (self);

  return TRUE;
}
