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
#include "sam-labels.h"
#include "sam-decision-row.h"

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
  SamAssignment  *assignment;
  gulong          notify_id;

  gboolean        updating;
  gboolean        overdue;
};

G_DEFINE_FINAL_TYPE (SamAssignmentRow, sam_assignment_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSIGNMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whether it is overdue comes from the register (measured against the
 * page's today), so that a row never reads the clock. */
static void
update_widgets (SamAssignmentRow *self)
{
  g_autofree char *due_text = NULL;
  SamAssignmentStatus status;
  const char *due_on;
  const char *completed_on;
  gint64 item_id;

  g_assert (SAM_IS_ASSIGNMENT_ROW (self));

  if (self->assignment == NULL)
    return;

  self->updating = TRUE;

  item_id = sam_assignment_get_agenda_item_id (self->assignment);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x", item_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button),
                                  item_id > 0 ? "decisions.open-item" : NULL);
  gtk_widget_set_visible (self->open_button, sam_assignment_get_meeting_id (self->assignment) > 0);

  status = sam_assignment_get_status (self->assignment);
  due_on = sam_assignment_get_due_on (self->assignment);
  completed_on = sam_assignment_get_completed_on (self->assignment);

  gtk_check_button_set_active (self->done_check, status == SAM_ASSIGNMENT_STATUS_DONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), status != SAM_ASSIGNMENT_STATUS_CANCELLED);

  self->overdue = status == SAM_ASSIGNMENT_STATUS_OPEN && sam_assignment_get_overdue (self->assignment);

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
        due_text = sam_overdue_label (due_on, NULL);
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

/* Marking done goes through the register's action, which records the day. */
static void
done_toggled_cb (SamAssignmentRow *self)
{
  g_assert (SAM_IS_ASSIGNMENT_ROW (self));

  if (self->updating || self->assignment == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "decisions.mark-done", "(xb)",
                              sam_entity_get_id (SAM_ENTITY (self->assignment)),
                              gtk_check_button_get_active (self->done_check));
}

/* What the labels show (see the bindings in sam-assignment-row.ui). */
static char *
owner_line_cb (SamAssignmentRow *self,
               SamOwnerKind      kind,
               const char       *name)
{
  switch (kind)
    {
    case SAM_OWNER_KIND_ALL_MEMBERS:
      return g_strdup (C_("assignment owner", "All member municipalities"));
    case SAM_OWNER_KIND_NONE:
      /* A role or an outside organisation, written out. */
      if (name != NULL && name[0] != '\0')
        return g_strdup (name);
      return g_strdup (C_("assignment owner", "No owner"));
    case SAM_OWNER_KIND_PERSON:
    case SAM_OWNER_KIND_BODY:
    case SAM_OWNER_KIND_MUNICIPALITY:
    default:
      if (name == NULL || name[0] == '\0')
        return g_strdup (C_("assignment owner", "Unknown owner"));
      return g_strdup (name);
    }
}

static char *
origin_line_cb (SamAssignmentRow *self,
                const char       *starts_at,
                const char       *body_name,
                const char       *number)
{
  g_autofree char *meeting = NULL;

  if (starts_at == NULL || starts_at[0] == '\0')
    return g_strdup ("");

  meeting = sam_format_meeting_line (starts_at, body_name);
  if (number != NULL && number[0] != '\0')
    /* Translators: where an assignment was given: the meeting and the
     * agenda item number, "29 January 2019 · Director group, item 4". */
    return g_strdup_printf (_("%s, item %s"), meeting, number);

  return g_steal_pointer (&meeting);
}

static gboolean
has_text_cb (SamAssignmentRow *self,
             const char       *text)
{
  return text != NULL && text[0] != '\0';
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

  G_OBJECT_CLASS (sam_assignment_row_parent_class)->dispose (object);
}

static void
sam_assignment_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SamAssignmentRow *self = SAM_ASSIGNMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ASSIGNMENT:
      g_value_set_object (value, self->assignment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_assignment_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SamAssignmentRow *self = SAM_ASSIGNMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ASSIGNMENT:
      sam_assignment_row_set_assignment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_assignment_row_class_init (SamAssignmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_assignment_row_dispose;
  object_class->get_property = sam_assignment_row_get_property;
  object_class->set_property = sam_assignment_row_set_property;

  properties[PROP_ASSIGNMENT] =
    g_param_spec_object ("assignment", NULL, NULL, SAM_TYPE_ASSIGNMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/decisions/"
                                               "sam-assignment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, origin_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, SamAssignmentRow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, owner_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, origin_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_text_cb);

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
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
sam_assignment_row_new (void)
{
  return g_object_new (SAM_TYPE_ASSIGNMENT_ROW, NULL);
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
 * @assignment: (nullable): the assignment to show, with the derived
 *   properties of the register; its notifications keep the row up to date
 */
void
sam_assignment_row_set_assignment (SamAssignmentRow *self,
                                   SamAssignment    *assignment)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT_ROW (self));
  g_return_if_fail (assignment == NULL || SAM_IS_ASSIGNMENT (assignment));

  if (self->assignment == assignment)
    return;

  if (self->assignment != NULL)
    g_clear_signal_handler (&self->notify_id, self->assignment);
  g_set_object (&self->assignment, assignment);
  if (assignment != NULL)
    self->notify_id = g_signal_connect_object (assignment, "notify",
                                               G_CALLBACK (update_widgets), self,
                                               G_CONNECT_SWAPPED);

  update_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNMENT]);
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
