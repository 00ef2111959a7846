/* sam-minutes-editor.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-minutes-item"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-decision-row.h"
#include "sam-minutes-item-private.h"
#include "sam-toast.h"
#include "sam-store-undo.h"
#include "sam-window.h"

/* The editor of one decision or one assignment in the minutes of an
 * agenda item. It saves itself as the user types; the item keeps the
 * list of editors in step with the store. */

static void editor_save (Editor *editor);

char *
sam_minutes_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Shows a value that came from the store, unless the user is writing in
 * the widget: their text wins until it is saved. */
void
sam_minutes_set_buffer_text (GtkTextView *view,
                             const char  *text)
{
  g_autofree char *current = sam_minutes_buffer_text (view);

  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
editor_set_hint (Editor     *editor,
                 const char *hint,
                 gboolean    is_error)
{
  gtk_label_set_label (editor->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (editor->hint_label), hint != NULL && hint[0] != '\0');
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (editor->hint_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editor->hint_label), "error");
}

/* A role or organisation chosen as the owner but not written. */
static void
editor_show_owner_hint (Editor *editor)
{
  if (sam_owner_picker_is_incomplete (editor->owner_picker))
    editor_set_hint (editor, _("Write the role or organisation that carries out the assignment: "
                               "the last owner is kept until you do"),
                     TRUE);
}

static gboolean
editor_save_cb (gpointer data)
{
  Editor *editor = data;

  editor->save_id = 0;
  editor_save (editor);

  return G_SOURCE_REMOVE;
}

static void
editor_schedule_save (Editor *editor)
{
  if (editor->updating)
    return;

  g_clear_handle_id (&editor->save_id, g_source_remove);
  editor->save_id = g_timeout_add (SAM_MINUTES_SAVE_DELAY_MS, editor_save_cb, editor);
}

void
sam_minutes_editor_save_now (Editor *editor)
{
  if (editor->updating)
    return;

  g_clear_handle_id (&editor->save_id, g_source_remove);
  editor_save (editor);
}

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_clear_handle_id (&editor->save_id, g_source_remove);
  g_clear_object (&editor->form);
  g_free (editor);
}

/* Saves the stored decision or assignment the editor applied its fields
 * to, through the form: a refused save is marked and tried again. */
static void
editor_update (Editor   *editor,
               gpointer  entity)
{
  if (editor->form == NULL)
    {
      editor->form = sam_form_new (editor->self->store);
      sam_form_set_owner (editor->form, GTK_WIDGET (editor->self));
      if (editor->kind == EDITOR_DECISION)
        {
          sam_form_add_mark (editor->form, GTK_WIDGET (editor->text_view));
          sam_form_add_mark (editor->form, GTK_WIDGET (editor->outcome_drop_down));
        }
      else
        {
          sam_form_add_mark (editor->form, GTK_WIDGET (editor->title_entry));
          sam_form_add_mark (editor->form, GTK_WIDGET (editor->due_entry));
        }
    }

  if (sam_form_get_entity (editor->form) != entity)
    sam_form_set_entity (editor->form, entity);
  sam_form_changed (editor->form, TRUE);
}

void
sam_minutes_editor_flush_form (Editor *editor)
{
  if (editor->form != NULL)
    sam_form_flush (editor->form);
}

static char *
due_hint (GtkWidget  *from,
          const char *due_on,
          gboolean    open,
          gboolean   *overdue)
{
  g_autofree char *today = sam_today (from);
  g_autofree char *date = sam_format_date (due_on);

  *overdue = open && g_strcmp0 (due_on, today) < 0;
  if (*overdue)
    /* Translators: %s is a date such as "Sunday 10 February 2019". */
    return g_strdup_printf (_("Overdue since %s"), date);

  /* Translators: %s is a date such as "Sunday 10 February 2019". */
  return g_strdup_printf (_("Due %s"), date);
}

/* Reads the due date field. Returns FALSE, with a message in the hint,
 * when it holds something that is not a date. */
static gboolean
editor_read_due (Editor  *editor,
                 char   **due_on)
{
  g_autofree char *today = sam_today (GTK_WIDGET (editor->due_entry));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean overdue = FALSE;

  if (!sam_date_parse (gtk_editable_get_text (GTK_EDITABLE (editor->due_entry)), today, &text, &error))
    {
      if (g_error_matches (error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY))
        {
          *due_on = NULL;
          gtk_widget_remove_css_class (GTK_WIDGET (editor->due_entry), "error");
          editor_set_hint (editor, NULL, FALSE);
          return TRUE;
        }

      gtk_widget_add_css_class (GTK_WIDGET (editor->due_entry), "error");
      editor_set_hint (editor, error->message, TRUE);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (editor->due_entry), "error");
  {
    g_autofree char *hint = due_hint (GTK_WIDGET (editor->due_entry), text, !gtk_check_button_get_active (editor->done_check), &overdue);

    editor_set_hint (editor, hint, overdue);
  }
  *due_on = g_steal_pointer (&text);

  return TRUE;
}

static void
editor_save_decision (Editor *editor)
{
  SamMinutesItem *self = editor->self;
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sam_minutes_buffer_text (editor->text_view);
  SamDecisionOutcome outcome = gtk_drop_down_get_selected (editor->outcome_drop_down);

  /* An adjusted protokoll's decisions stay as they were adjusted. */
  if (self->locked)
    return;

  if (is_blank (text))
    {
      if (editor->id != 0)
        editor_set_hint (editor, _("A decision needs a text: the last one is kept until you write a new one"),
                         TRUE);
      return;
    }
  editor_set_hint (editor, NULL, FALSE);

  if (editor->id == 0)
    {
      decision = sam_decision_new ();
      sam_decision_set_agenda_item_id (decision, self->agenda_item_id);
      sam_decision_set_text (decision, text);
      sam_decision_set_outcome (decision, outcome);

      self->inserting = editor;
      if (!sam_store_insert (self->store, decision, &error))
        sam_minutes_item_show_error (self, _("Could not save the decision"), error);
      self->inserting = NULL;
      return;
    }

  decision = sam_store_load (self->store, SAM_TYPE_DECISION, editor->id, &error);
  if (decision == NULL)
    {
      sam_minutes_item_show_error (self, _("Could not save the decision"), error);
      return;
    }

  if (g_strcmp0 (sam_decision_get_text (decision), text) == 0
      && sam_decision_get_outcome (decision) == outcome)
    return;

  sam_decision_set_text (decision, text);
  sam_decision_set_outcome (decision, outcome);
  editor_update (editor, decision);
}

static void
editor_save_assignment (Editor *editor)
{
  SamMinutesItem *self = editor->self;
  g_autoptr(SamAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->title_entry))));
  g_autofree char *due_on = NULL;
  gboolean due_valid;
  gboolean done = gtk_check_button_get_active (editor->done_check);

  due_valid = editor_read_due (editor, &due_on);

  if (title[0] == '\0')
    {
      if (editor->id != 0)
        editor_set_hint (editor, _("An assignment needs a title: the last one is kept until you write a new one"),
                         TRUE);
      return;
    }

  if (editor->id == 0)
    assignment = sam_assignment_new ();
  else
    assignment = sam_store_load (self->store, SAM_TYPE_ASSIGNMENT, editor->id, &error);

  if (assignment == NULL)
    {
      sam_minutes_item_show_error (self, _("Could not save the assignment"), error);
      return;
    }

  sam_assignment_set_agenda_item_id (assignment, self->agenda_item_id);
  sam_assignment_set_title (assignment, title);
  /* An unwritten role or organisation keeps the owner there is. */
  if (!sam_owner_picker_apply (editor->owner_picker, assignment))
    editor_show_owner_hint (editor);
  if (due_valid)
    sam_assignment_set_due_on (assignment, due_on);

  if (done && sam_assignment_get_status (assignment) != SAM_ASSIGNMENT_STATUS_DONE)
    {
      g_autofree char *today = sam_today (GTK_WIDGET (self));

      sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_DONE);
      sam_assignment_set_completed_on (assignment, today);
    }
  else if (!done && sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_DONE)
    {
      sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_OPEN);
      sam_assignment_set_completed_on (assignment, NULL);
    }

  if (editor->id == 0)
    {
      self->inserting = editor;
      if (!sam_store_insert (self->store, assignment, &error))
        sam_minutes_item_show_error (self, _("Could not save the assignment"), error);
      self->inserting = NULL;
    }
  else
    editor_update (editor, assignment);
}

static void
editor_save (Editor *editor)
{
  if (editor->self->store == NULL)
    return;

  if (editor->kind == EDITOR_DECISION)
    editor_save_decision (editor);
  else
    editor_save_assignment (editor);
}

/* Shows what the store holds, except in a field with unsaved typing. */
void
sam_minutes_editor_update (Editor   *editor,
                           gpointer  entity)
{
  gboolean pending = editor->save_id != 0;

  editor->updating = TRUE;

  if (editor->kind == EDITOR_DECISION)
    {
      SamDecision *decision = entity;

      if (!pending)
        sam_minutes_set_buffer_text (editor->text_view, sam_decision_get_text (decision));
      gtk_drop_down_set_selected (editor->outcome_drop_down, sam_decision_get_outcome (decision));
    }
  else
    {
      SamAssignment *assignment = entity;
      const char *due_on = sam_assignment_get_due_on (assignment);
      gboolean done = sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_DONE;

      if (!pending)
        {
          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editor->title_entry)),
                         sam_assignment_get_title (assignment)) != 0)
            gtk_editable_set_text (GTK_EDITABLE (editor->title_entry),
                                   sam_assignment_get_title (assignment) ?: "");
          g_autofree char *typed = NULL;
          g_autoptr(GError) due_error = NULL;

          /* What is typed stays while it is the stored date or no date
           * yet; the stored date is shown in the locale's form. */
          if (sam_date_parse (gtk_editable_get_text (GTK_EDITABLE (editor->due_entry)), NULL,
                              &typed, &due_error)
              || g_error_matches (due_error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY))
            if (g_strcmp0 (typed, due_on) != 0)
              {
                g_autofree char *shown = due_on != NULL ? sam_date_format (due_on) : g_strdup ("");

                gtk_editable_set_text (GTK_EDITABLE (editor->due_entry), shown);
              }
        }

      gtk_check_button_set_active (editor->done_check, done);
      /* A role or organisation being written stays as typed. */
      if (sam_owner_picker_is_incomplete (editor->owner_picker)
          || (pending && sam_owner_picker_get_text (editor->owner_picker) != NULL))
        ;
      else if (sam_assignment_get_owner_kind (assignment) == SAM_OWNER_KIND_NONE
               && sam_assignment_get_owner_text (assignment) != NULL
               && sam_assignment_get_owner_text (assignment)[0] != '\0')
        sam_owner_picker_set_text (editor->owner_picker, sam_assignment_get_owner_text (assignment));
      else
        sam_owner_picker_set_owner (editor->owner_picker,
                                    sam_assignment_get_owner_kind (assignment),
                                    sam_assignment_get_owner_kind (assignment) == SAM_OWNER_KIND_PERSON
                                    ? sam_assignment_get_owner_person_id (assignment)
                                    : sam_assignment_get_owner_kind (assignment) == SAM_OWNER_KIND_BODY
                                    ? sam_assignment_get_owner_body_id (assignment)
                                    : sam_assignment_get_owner_municipality_id (assignment));

      if (!pending)
        {
          g_autofree char *due = NULL;

          editor_read_due (editor, &due);
          editor_show_owner_hint (editor);
        }
    }

  editor->updating = FALSE;
}

void
sam_minutes_editor_apply_locked (Editor *editor)
{
  gboolean locked = editor->self->locked;

  if (editor->kind != EDITOR_DECISION)
    return;

  gtk_text_view_set_editable (editor->text_view, !locked);
  gtk_text_view_set_cursor_visible (editor->text_view, !locked);
  gtk_widget_set_sensitive (GTK_WIDGET (editor->outcome_drop_down), !locked);
  gtk_widget_set_sensitive (editor->remove_button, !locked);
  gtk_widget_set_visible (editor->remove_button, !locked);
  if (locked)
    gtk_widget_add_css_class (GTK_WIDGET (editor->text_view), "read-only");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editor->text_view), "read-only");
}

static void
undo_clicked_cb (AdwToast *toast,
                 gpointer  user_data)
{
  SamDeletion *deletion = g_object_get_data (G_OBJECT (toast), "deletion");
  SamStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (deletion == NULL || store == NULL || sam_deletion_get_undone (deletion))
    return;

  if (!sam_store_undo_deletion (store, deletion, &error))
    g_warning ("Could not restore: %s", error->message);
}

static void
remove_clicked_cb (GtkButton *button,
                   Editor    *editor)
{
  SamMinutesItem *self = editor->self;
  gboolean is_decision = editor->kind == EDITOR_DECISION;
  g_autoptr(SamEntity) entity = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  AdwToast *toast;

  if (editor->id == 0)
    {
      sam_minutes_item_destroy_editor (editor);
      return;
    }

  if (is_decision && self->locked)
    return;

  /* What the user typed last is what Undo brings back. */
  sam_minutes_editor_save_now (editor);

  entity = sam_store_load (self->store, is_decision ? SAM_TYPE_DECISION : SAM_TYPE_ASSIGNMENT,
                           editor->id, &error);

  /* Deleting takes the editor away with its row: it is not used after. */
  editor = NULL;
  if (entity != NULL)
    deletion = sam_store_delete_with_undo (self->store, entity, &error);
  if (deletion == NULL)
    {
      sam_minutes_item_show_error (self,
                                   is_decision ? _("Could not remove the decision")
                                               : _("Could not remove the assignment"),
                                   error);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (!SAM_IS_WINDOW (root))
    return;

  toast = adw_toast_new (is_decision ? _("Decision removed") : _("Assignment removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "deletion", g_steal_pointer (&deletion), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), NULL);
  sam_toast_show (GTK_WIDGET (self), toast);
}

static void
editor_text_changed_cb (GtkTextBuffer *buffer,
                        Editor        *editor)
{
  editor_schedule_save (editor);
}

static void
editor_changed_cb (gpointer  widget,
                   Editor   *editor)
{
  editor_schedule_save (editor);
}

static void
editor_changed_now_cb (gpointer  widget,
                       GParamSpec *pspec,
                       Editor   *editor)
{
  sam_minutes_editor_save_now (editor);
}

static void
owner_changed_cb (SamOwnerPicker *picker,
                  Editor         *editor)
{
  sam_minutes_editor_save_now (editor);
}

static void
done_toggled_cb (GtkCheckButton *check,
                 Editor         *editor)
{
  sam_minutes_editor_save_now (editor);
}

static void
day_selected_cb (GtkCalendar *calendar,
                 Editor      *editor)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = sam_date_format (iso);

  if (editor->updating)
    return;

  gtk_editable_set_text (GTK_EDITABLE (editor->due_entry), text);
  gtk_menu_button_popdown (editor->calendar_button);
  sam_minutes_editor_save_now (editor);
}

static void
calendar_show_cb (GtkWidget *popover,
                  Editor    *editor)
{
  g_autofree char *today = sam_today (GTK_WIDGET (editor->due_entry));
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  /* Open the calendar at the date in the field, or at today. */
  if (!sam_date_parse (gtk_editable_get_text (GTK_EDITABLE (editor->due_entry)), today, &iso, NULL))
    iso = g_strdup (today);
  date = sam_date_time_from_iso (iso);
  if (date == NULL)
    return;

  editor->updating = TRUE;
  gtk_calendar_select_day (editor->calendar, date);
  editor->updating = FALSE;
}

static GtkWidget *
remove_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  return button;
}

static GtkLabel *
hint_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_visible (label, FALSE);

  return GTK_LABEL (label);
}

Editor *
sam_minutes_editor_new_decision (SamMinutesItem *self)
{
  const char * const outcomes[] = {
    sam_outcome_label (SAM_DECISION_OUTCOME_APPROVED),
    sam_outcome_label (SAM_DECISION_OUTCOME_REJECTED),
    sam_outcome_label (SAM_DECISION_OUTCOME_NOTED),
    sam_outcome_label (SAM_DECISION_OUTCOME_POSTPONED),
    sam_outcome_label (SAM_DECISION_OUTCOME_REFERRED),
    NULL
  };
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *header;
  GtkWidget *label;

  editor->self = self;
  editor->kind = EDITOR_DECISION;

  editor->root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (editor->root, "card");
  gtk_widget_add_css_class (editor->root, "minutes-entry");
  gtk_widget_set_name (editor->root, "decision-editor");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (C_("minutes", "Decision"));
  editor->heading_label = GTK_LABEL (label);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (header), label);

  editor->outcome_drop_down = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (outcomes));
  gtk_widget_set_name (GTK_WIDGET (editor->outcome_drop_down), "decision-outcome");
  gtk_widget_set_tooltip_text (GTK_WIDGET (editor->outcome_drop_down), _("Outcome"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->outcome_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outcome"),
                                  -1);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (editor->outcome_drop_down));

  editor->remove_button = remove_button_new (_("Remove Decision"));
  gtk_widget_set_name (editor->remove_button, "decision-remove");
  gtk_box_append (GTK_BOX (header), editor->remove_button);
  gtk_box_append (GTK_BOX (editor->root), header);

  editor->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_widget_set_name (GTK_WIDGET (editor->text_view), "decision-text");
  gtk_text_view_set_wrap_mode (editor->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (editor->text_view, FALSE);
  gtk_text_view_set_top_margin (editor->text_view, 6);
  gtk_text_view_set_bottom_margin (editor->text_view, 6);
  gtk_text_view_set_left_margin (editor->text_view, 8);
  gtk_text_view_set_right_margin (editor->text_view, 8);
  gtk_widget_add_css_class (GTK_WIDGET (editor->text_view), "minutes-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decision text"),
                                  -1);
  gtk_box_append (GTK_BOX (editor->root), GTK_WIDGET (editor->text_view));

  editor->hint_label = hint_label_new ();
  gtk_box_append (GTK_BOX (editor->root), GTK_WIDGET (editor->hint_label));

  g_signal_connect (gtk_text_view_get_buffer (editor->text_view), "changed",
                    G_CALLBACK (editor_text_changed_cb), editor);
  g_signal_connect (editor->outcome_drop_down, "notify::selected",
                    G_CALLBACK (editor_changed_now_cb), editor);
  g_signal_connect (editor->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), editor);

  g_object_set_data_full (G_OBJECT (editor->root), "editor", editor, editor_free);
  sam_minutes_editor_apply_locked (editor);

  return editor;
}

Editor *
sam_minutes_editor_new_assignment (SamMinutesItem *self)
{
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *header;
  GtkWidget *flow;
  GtkWidget *due_box;
  GtkWidget *popover;

  editor->self = self;
  editor->kind = EDITOR_ASSIGNMENT;

  editor->root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (editor->root, "card");
  gtk_widget_add_css_class (editor->root, "minutes-entry");
  gtk_widget_set_name (editor->root, "assignment-editor");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  editor->done_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_name (GTK_WIDGET (editor->done_check), "assignment-done");
  gtk_widget_set_valign (GTK_WIDGET (editor->done_check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (editor->done_check), _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->done_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                  -1);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (editor->done_check));

  editor->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (editor->title_entry), "assignment-title");
  gtk_widget_set_hexpand (GTK_WIDGET (editor->title_entry), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (editor->title_entry), 8);
  gtk_entry_set_placeholder_text (editor->title_entry, _("What is to be done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->title_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Assignment"),
                                  -1);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (editor->title_entry));

  editor->remove_button = remove_button_new (_("Remove Assignment"));
  gtk_widget_set_name (editor->remove_button, "assignment-remove");
  gtk_box_append (GTK_BOX (header), editor->remove_button);
  gtk_box_append (GTK_BOX (editor->root), header);

  /* Owner and due date side by side when there is room, else stacked. */
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_add_css_class (flow, "minutes-flow");
  /* Filling the width: a flow box aligned to the start is measured for
   * the whole width but laid out at its natural one, and then wraps
   * into more lines than it asked room for. */

  editor->owner_picker = SAM_OWNER_PICKER (sam_owner_picker_new (self->store));
  gtk_widget_set_name (GTK_WIDGET (editor->owner_picker), "assignment-owner");
  gtk_widget_set_halign (GTK_WIDGET (editor->owner_picker), GTK_ALIGN_START);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), GTK_WIDGET (editor->owner_picker));

  due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (due_box, "linked");
  gtk_widget_set_halign (due_box, GTK_ALIGN_START);
  editor->due_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (editor->due_entry), "assignment-due");
  gtk_editable_set_width_chars (GTK_EDITABLE (editor->due_entry), 16);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (editor->due_entry), 16);
  gtk_entry_set_placeholder_text (editor->due_entry, _("Due date"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (editor->due_entry), sam_date_accepted_forms ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->due_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due date"),
                                  -1);
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (editor->due_entry));

  editor->calendar = GTK_CALENDAR (gtk_calendar_new ());
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (editor->calendar));
  editor->calendar_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (editor->calendar_button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (editor->calendar_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (editor->calendar_button), _("Pick the Due Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->calendar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick the Due Date"),
                                  -1);
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (editor->calendar_button));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), due_box);
  gtk_box_append (GTK_BOX (editor->root), flow);

  editor->hint_label = hint_label_new ();
  gtk_box_append (GTK_BOX (editor->root), GTK_WIDGET (editor->hint_label));

  g_signal_connect (editor->title_entry, "changed", G_CALLBACK (editor_changed_cb), editor);
  g_signal_connect (editor->due_entry, "changed", G_CALLBACK (editor_changed_cb), editor);
  g_signal_connect (editor->owner_picker, "changed", G_CALLBACK (owner_changed_cb), editor);
  g_signal_connect (editor->owner_picker, "edited", G_CALLBACK (editor_changed_cb), editor);
  g_signal_connect (editor->done_check, "toggled", G_CALLBACK (done_toggled_cb), editor);
  g_signal_connect (editor->calendar, "day-selected", G_CALLBACK (day_selected_cb), editor);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_show_cb), editor);
  g_signal_connect (editor->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), editor);

  g_object_set_data_full (G_OBJECT (editor->root), "editor", editor, editor_free);

  return editor;
}
