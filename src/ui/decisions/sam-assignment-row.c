/* sam-assignment-row.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-assignment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-assignment-row.h"
#include "sam-decision-row.h"
#include "sam-owner-picker.h"

struct _SamAssignmentRow
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkCheckButton *done_check;
  GtkLabel       *title_label;
  GtkLabel       *owner_label;
  GtkLabel       *origin_label;
  GtkLabel       *due_label;
  GtkWidget      *open_button;

  /* Owned */
  SamStore       *store;
  SamAssignment  *assignment;
  gulong          notify_id;

  gboolean        updating;
  gboolean        overdue;
};

G_DEFINE_FINAL_TYPE (SamAssignmentRow, sam_assignment_row, GTK_TYPE_WIDGET)

static void
update_widgets (SamAssignmentRow *self)
{
  g_autofree char *owner = NULL;
  g_autofree char *today = NULL;
  g_autofree char *due_text = NULL;
  SamAssignmentStatus status;
  const char *due_on;
  const char *completed_on;

  g_assert (SAM_IS_ASSIGNMENT_ROW (self));

  if (self->assignment == NULL)
    return;

  self->updating = TRUE;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x",
                                    sam_assignment_get_agenda_item_id (self->assignment));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button),
                                  sam_assignment_get_agenda_item_id (self->assignment) > 0 ? "decisions.open-item" : NULL);
  gtk_widget_set_visible (self->open_button, sam_assignment_get_agenda_item_id (self->assignment) > 0);

  status = sam_assignment_get_status (self->assignment);
  due_on = sam_assignment_get_due_on (self->assignment);
  completed_on = sam_assignment_get_completed_on (self->assignment);
  today = sam_today ();

  gtk_label_set_label (self->title_label, sam_assignment_get_title (self->assignment));
  owner = sam_owner_picker_describe (self->store, self->assignment);
  gtk_label_set_label (self->owner_label, owner);
  gtk_check_button_set_active (self->done_check, status == SAM_ASSIGNMENT_STATUS_DONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), status != SAM_ASSIGNMENT_STATUS_CANCELLED);

  self->overdue = status == SAM_ASSIGNMENT_STATUS_OPEN && due_on != NULL && strcmp (due_on, today) < 0;

  if (status == SAM_ASSIGNMENT_STATUS_DONE)
    {
      g_autofree char *date = sam_format_date (completed_on);

      due_text = completed_on != NULL
                 /* Translators: %s is a date such as "12 February 2019". */
                 ? g_strdup_printf (_("Done %s"), date)
                 : g_strdup (C_("assignment status", "Done"));
    }
  else if (status == SAM_ASSIGNMENT_STATUS_CANCELLED)
    due_text = g_strdup (C_("assignment status", "Cancelled"));
  else if (due_on == NULL)
    due_text = g_strdup (_("No due date"));
  else
    {
      g_autofree char *date = sam_format_date (due_on);

      if (self->overdue)
        /* Translators: %s is a date such as "10 February 2019". */
        due_text = g_strdup_printf (_("Overdue since %s"), date);
      else
        /* Translators: %s is a date such as "10 February 2019". */
        due_text = g_strdup_printf (_("Due %s"), date);
    }

  gtk_label_set_label (self->due_label, due_text);

  if (self->overdue)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "overdue");
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "overdue");
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "error");
    }

  if (status == SAM_ASSIGNMENT_STATUS_OPEN)
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "dim-label");

  self->updating = FALSE;
}

/* Marking done records the day; unmarking opens it again. */
static void
done_toggled_cb (SamAssignmentRow *self)
{
  g_autoptr(SamAssignment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_assert (SAM_IS_ASSIGNMENT_ROW (self));

  if (self->updating || self->assignment == NULL)
    return;

  done = gtk_check_button_get_active (self->done_check);
  fresh = sam_store_load (self->store, SAM_TYPE_ASSIGNMENT,
                          sam_entity_get_id (SAM_ENTITY (self->assignment)), &error);
  if (fresh == NULL)
    {
      g_warning ("Could not mark the assignment: %s", error->message);
      return;
    }

  if (done)
    {
      g_autofree char *today = sam_today ();

      sam_assignment_set_status (fresh, SAM_ASSIGNMENT_STATUS_DONE);
      sam_assignment_set_completed_on (fresh, today);
    }
  else
    {
      sam_assignment_set_status (fresh, SAM_ASSIGNMENT_STATUS_OPEN);
      sam_assignment_set_completed_on (fresh, NULL);
    }

  if (!sam_store_update (self->store, fresh, &error))
    g_warning ("Could not mark the assignment: %s", error->message);
}

static void
sam_assignment_row_dispose (GObject *object)
{
  SamAssignmentRow *self = (SamAssignmentRow *)object;
  GtkWidget *child;

  if (self->assignment != NULL)
    g_clear_signal_handler (&self->notify_id, self->assignment);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_ASSIGNMENT_ROW);

  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->assignment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_assignment_row_parent_class)->dispose (object);
}

static void
sam_assignment_row_class_init (SamAssignmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_assignment_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/decisions/"
                                               "sam-assignment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, origin_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, due_label);

  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, open_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "assignmentrow");
}

static void
sam_assignment_row_init (SamAssignmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->done_check, "toggled",
                           G_CALLBACK (done_toggled_cb), self, G_CONNECT_SWAPPED);
}

/**
 * sam_assignment_row_new:
 * @store: where marking done is saved
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
sam_assignment_row_new (SamStore *store)
{
  SamAssignmentRow *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_ASSIGNMENT_ROW, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

/**
 * sam_assignment_row_get_assignment:
 *
 * Returns: (transfer none) (nullable): the assignment shown
 */
SamAssignment *
sam_assignment_row_get_assignment (SamAssignmentRow *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT_ROW (self), NULL);

  return self->assignment;
}

/**
 * sam_assignment_row_set_assignment:
 * @assignment: (nullable): the assignment to show; its notifications keep
 *   the row up to date
 * @origin_line: (nullable): the meeting and item that gave it
 */
void
sam_assignment_row_set_assignment (SamAssignmentRow *self,
                                   SamAssignment    *assignment,
                                   const char       *origin_line)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT_ROW (self));
  g_return_if_fail (assignment == NULL || SAM_IS_ASSIGNMENT (assignment));

  if (self->assignment != assignment)
    {
      if (self->assignment != NULL)
        g_clear_signal_handler (&self->notify_id, self->assignment);
      g_set_object (&self->assignment, assignment);
      if (assignment != NULL)
        self->notify_id = g_signal_connect_object (assignment, "notify",
                                                   G_CALLBACK (update_widgets), self,
                                                   G_CONNECT_SWAPPED);
    }

  gtk_label_set_label (self->origin_label, origin_line != NULL ? origin_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->origin_label), origin_line != NULL && origin_line[0] != '\0');

  update_widgets (self);
}

/**
 * sam_assignment_row_get_overdue:
 *
 * Returns: whether the assignment is open and its due date has passed
 */
gboolean
sam_assignment_row_get_overdue (SamAssignmentRow *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT_ROW (self), FALSE);

  return self->overdue;
}
