/* sam-activity-editor.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-activity-editor.h"
#include "sam-plan-choice.h"
#include "sam-form.h"
#include "sam-plan-util.h"

/* Every field of one activity of an operational plan, saved as typed. */

struct _SamActivityEditor
{
  GtkWidget      parent_instance;

  /* Template widgets */
  AdwEntryRow   *title_row;
  GtkDropDown   *kind_drop_down;
  GtkDropDown   *category_drop_down;
  SamPlanChoice *focus_choice;
  SamPlanChoice *area_choice;
  GtkDropDown   *priority_drop_down;
  SamPlanChoice *body_choice;
  GtkDropDown   *status_drop_down;
  GtkSpinButton *budget_spin;
  GtkSpinButton *co_financing_spin;
  GtkTextView   *description_view;
  GtkTextView   *goals_view;
  GtkTextView   *governance_view;
  GtkTextView   *follow_up_view;
  SamDateRow    *follow_up_on_row;

  /* Owned */
  SamStore      *store;
  SamForm   *form;
  GListModel    *bodies;
  GListModel    *questions;
  GListModel    *areas;
  gint64         plan_id;
};

G_DEFINE_FINAL_TYPE (SamActivityEditor, sam_activity_editor, GTK_TYPE_WIDGET)

static void
form_failed_cb (SamActivityEditor *self,
                const char        *message,
                SamForm       *form)
{
  sam_plan_show_message (GTK_WIDGET (self), message);
}

static void
sam_activity_editor_unmap (GtkWidget *widget)
{
  SamActivityEditor *self = SAM_ACTIVITY_EDITOR (widget);

  sam_activity_editor_flush (self);

  GTK_WIDGET_CLASS (sam_activity_editor_parent_class)->unmap (widget);
}

static void
sam_activity_editor_dispose (GObject *object)
{
  SamActivityEditor *self = SAM_ACTIVITY_EDITOR (object);
  GtkWidget *child;

  if (self->form != NULL)
    sam_form_flush (self->form);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_ACTIVITY_EDITOR);

  /* The template's outer box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->form);
  g_clear_object (&self->bodies);
  g_clear_object (&self->questions);
  g_clear_object (&self->areas);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_activity_editor_parent_class)->dispose (object);
}

static void
sam_activity_editor_class_init (SamActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_activity_editor_dispose;
  widget_class->unmap = sam_activity_editor_unmap;

  g_type_ensure (SAM_TYPE_PLAN_CHOICE);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/plan/"
                                               "sam-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, category_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, focus_choice);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, area_choice);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, priority_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, body_choice);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, co_financing_spin);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, goals_view);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, governance_view);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, follow_up_view);
  gtk_widget_class_bind_template_child (widget_class, SamActivityEditor, follow_up_on_row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "activityeditor");
}

static void
sam_activity_editor_init (SamActivityEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sam_activity_editor_new:
 * @store: the store the activity is saved to
 *
 * Returns: (transfer floating): an editor showing no activity
 */
GtkWidget *
sam_activity_editor_new (SamStore *store)
{
  SamActivityEditor *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_ACTIVITY_EDITOR, NULL);
  self->store = g_object_ref (store);

  self->bodies = sam_store_list_bodies (store);
  sam_plan_choice_set_source (self->body_choice, self->bodies, NULL, C_("responsible body", "None"));

  self->form = sam_form_new (store);
  sam_form_bind_editable (self->form, GTK_EDITABLE (self->title_row), "title", TRUE);
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->kind_drop_down), "kind");
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->category_drop_down), "category");
  sam_form_bind_choice (self->form, self->focus_choice, "focus-question-id");
  sam_form_bind_choice (self->form, self->area_choice, "area-id");
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->priority_drop_down), "priority");
  sam_form_bind_choice (self->form, self->body_choice, "responsible-body-id");
  sam_form_bind_drop_down (self->form, GTK_WIDGET (self->status_drop_down), "status");
  sam_form_bind_spin (self->form, self->budget_spin, "budget");
  sam_form_bind_spin (self->form, self->co_financing_spin, "co-financing");
  sam_form_bind_text_view (self->form, self->description_view, "description");
  sam_form_bind_text_view (self->form, self->goals_view, "goals");
  sam_form_bind_text_view (self->form, self->governance_view, "governance");
  sam_form_bind_text_view (self->form, self->follow_up_view, "follow-up");
  sam_form_bind_date (self->form, self->follow_up_on_row, "follow-up-on");
  g_signal_connect_object (self->form, "failed", G_CALLBACK (form_failed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * sam_activity_editor_set_activity:
 * @activity: (nullable): the activity to edit; the editor keeps a reference
 *
 * Saves what is pending for the activity shown before, and shows @activity.
 */
void
sam_activity_editor_set_activity (SamActivityEditor *self,
                                  SamActivity       *activity)
{
  g_return_if_fail (SAM_IS_ACTIVITY_EDITOR (self));
  g_return_if_fail (activity == NULL || SAM_IS_ACTIVITY (activity));

  /* Saves what is pending, and keeps the choices below from writing the
   * "none" they fall back to into the activity shown before. */
  sam_form_set_entity (self->form, NULL);

  /* The choices must hold the activity's focus question and area before the
   * form selects them. */
  if (activity != NULL && sam_activity_get_plan_id (activity) != self->plan_id)
    {
      self->plan_id = sam_activity_get_plan_id (activity);

      g_clear_object (&self->questions);
      self->questions = sam_store_list_focus_questions (self->store, self->plan_id);
      sam_plan_choice_set_source (self->focus_choice, self->questions, NULL,
                                  C_("focus question", "None"));

      g_clear_object (&self->areas);
      self->areas = sam_store_list_areas (self->store, self->plan_id);
      sam_plan_choice_set_source (self->area_choice, self->areas, NULL,
                                  C_("development area", "None"));
    }

  sam_form_set_entity (self->form, activity);
}

/**
 * sam_activity_editor_get_activity:
 *
 * Returns: (transfer none) (nullable): the activity being edited
 */
SamActivity *
sam_activity_editor_get_activity (SamActivityEditor *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY_EDITOR (self), NULL);

  return sam_form_get_entity (self->form);
}

/* Saves a change still waiting for the typing pause. */
void
sam_activity_editor_flush (SamActivityEditor *self)
{
  g_return_if_fail (SAM_IS_ACTIVITY_EDITOR (self));

  if (self->form != NULL)
    sam_form_flush (self->form);
}

void
sam_activity_editor_focus_title (SamActivityEditor *self)
{
  g_return_if_fail (SAM_IS_ACTIVITY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
