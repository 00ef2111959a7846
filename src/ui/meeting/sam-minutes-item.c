/* sam-minutes-item.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-minutes-item"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sam-decision-row.h"
#include "sam-minutes-item-private.h"
#include "sam-owner-picker.h"
#include "sam-toast.h"
#include "sam-window.h"

G_DEFINE_FINAL_TYPE (SamMinutesItem, sam_minutes_item, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOCKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void number_decisions   (SamMinutesItem *self);
static void reconcile_editors  (SamMinutesItem *self,
                                EditorKind      kind);

void
sam_minutes_item_show_error (SamMinutesItem *self,
                             const char     *what,
                             const GError   *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  g_warning ("%s", message);

  if (SAM_IS_WINDOW (root))
    sam_toast_show (GTK_WIDGET (self), adw_toast_new (message));
}

/* Editors */

static GPtrArray *
editors_of (SamMinutesItem *self,
            EditorKind      kind)
{
  return kind == EDITOR_DECISION ? self->decision_editors : self->assignment_editors;
}

static GtkBox *
box_of (SamMinutesItem *self,
        EditorKind      kind)
{
  return kind == EDITOR_DECISION ? self->decisions_box : self->assignments_box;
}

void
sam_minutes_item_destroy_editor (Editor *editor)
{
  SamMinutesItem *self = editor->self;
  EditorKind kind = editor->kind;

  g_clear_handle_id (&editor->save_id, g_source_remove);
  g_ptr_array_remove (editors_of (self, kind), editor);
  /* This frees the editor, which the widget holds. */
  gtk_box_remove (box_of (self, kind), editor->root);
  if (kind == EDITOR_DECISION)
    number_decisions (self);
}

static Editor *
find_editor (GPtrArray *editors,
             gint64     id)
{
  for (guint i = 0; i < editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (editors, i);

      if (editor->id == id)
        return editor;
    }

  return NULL;
}

/* Makes the editors match the store's list: one per row, in its order,
 * keeping each existing editor (and its focus) and the drafts at the end. */
static void
reconcile_editors (SamMinutesItem *self,
                   EditorKind      kind)
{
  GListModel *model = kind == EDITOR_DECISION ? self->decisions : self->assignments;
  GPtrArray *editors = editors_of (self, kind);
  GtkBox *box = box_of (self, kind);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (model);
  GtkWidget *previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (model, i);
      gint64 id = sam_entity_get_id (entity);
      Editor *editor = find_editor (editors, id);

      if (editor == NULL && self->inserting != NULL && self->inserting->kind == kind
          && self->inserting->id == 0)
        {
          editor = self->inserting;
          editor->id = id;
        }

      if (editor == NULL)
        {
          editor = kind == EDITOR_DECISION ? sam_minutes_editor_new_decision (self) : sam_minutes_editor_new_assignment (self);
          editor->id = id;
          g_ptr_array_add (editors, editor);
          gtk_box_append (box, editor->root);
        }

      sam_minutes_editor_update (editor, entity);
      g_ptr_array_add (order, editor);
    }

  /* Rows that went away (removed here, or elsewhere). */
  for (guint i = editors->len; i > 0; i--)
    {
      Editor *editor = g_ptr_array_index (editors, i - 1);

      if (editor->id != 0 && !g_ptr_array_find (order, editor, NULL))
        sam_minutes_item_destroy_editor (editor);
    }

  for (guint i = 0; i < editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (editors, i);

      if (editor->id == 0)
        g_ptr_array_add (order, editor);
    }

  for (guint i = 0; i < order->len; i++)
    {
      Editor *editor = g_ptr_array_index (order, i);

      gtk_box_reorder_child_after (box, editor->root, previous);
      previous = editor->root;
    }

  number_decisions (self);
}

/* The minutes number the decisions of an item when there are several. */
static void
number_decisions (SamMinutesItem *self)
{
  guint n = self->decision_editors->len;
  guint number = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->decisions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Editor *editor = g_object_get_data (G_OBJECT (child), "editor");
      g_autofree char *label = NULL;

      if (editor == NULL)
        continue;

      number++;
      if (n > 1)
        /* Translators: the heading of the n-th decision of an agenda item. */
        label = g_strdup_printf (C_("minutes", "Decision %u"), number);
      gtk_label_set_label (editor->heading_label, label != NULL ? label : C_("minutes", "Decision"));
    }
}

static void
decisions_changed_cb (SamMinutesItem *self)
{
  reconcile_editors (self, EDITOR_DECISION);
}

static void
assignments_changed_cb (SamMinutesItem *self)
{
  reconcile_editors (self, EDITOR_ASSIGNMENT);
}

static void
add_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamMinutesItem *self = SAM_MINUTES_ITEM (widget);
  Editor *editor;

  if (self->locked || self->store == NULL)
    return;

  editor = sam_minutes_editor_new_decision (self);
  g_ptr_array_add (self->decision_editors, editor);
  gtk_box_append (self->decisions_box, editor->root);
  number_decisions (self);
  gtk_widget_grab_focus (GTK_WIDGET (editor->text_view));
}

static void
add_assignment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SamMinutesItem *self = SAM_MINUTES_ITEM (widget);
  Editor *editor;

  if (self->store == NULL)
    return;

  editor = sam_minutes_editor_new_assignment (self);
  g_ptr_array_add (self->assignment_editors, editor);
  gtk_box_append (self->assignments_box, editor->root);
  gtk_widget_grab_focus (GTK_WIDGET (editor->title_entry));
}

/**
 * sam_minutes_item_flush:
 * @self: a #SamMinutesItem
 *
 * Saves at once what is still waiting for the typing to pause.
 */
void
sam_minutes_item_flush (SamMinutesItem *self)
{
  g_return_if_fail (SAM_IS_MINUTES_ITEM (self));

  if (self->text_form != NULL)
    sam_form_flush (self->text_form);

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *editors = editors_of (self, k == 0 ? EDITOR_DECISION : EDITOR_ASSIGNMENT);
      g_autoptr(GPtrArray) pending = g_ptr_array_new ();

      /* Saving may change the list of editors under us. */
      for (guint i = 0; i < editors->len; i++)
        if (((Editor *)g_ptr_array_index (editors, i))->save_id != 0)
          g_ptr_array_add (pending, g_ptr_array_index (editors, i));

      for (guint i = 0; i < pending->len; i++)
        if (g_ptr_array_find (editors, g_ptr_array_index (pending, i), NULL))
          sam_minutes_editor_save_now (g_ptr_array_index (pending, i));

      /* And what the store refused before is tried again now. */
      for (guint i = 0; i < editors->len; i++)
        sam_minutes_editor_flush_form (g_ptr_array_index (editors, i));
    }
}

static void
sam_minutes_item_unmap (GtkWidget *widget)
{
  sam_minutes_item_flush (SAM_MINUTES_ITEM (widget));

  GTK_WIDGET_CLASS (sam_minutes_item_parent_class)->unmap (widget);
}

static void
sam_minutes_item_dispose (GObject *object)
{
  SamMinutesItem *self = (SamMinutesItem *)object;
  GtkWidget *child;

  if (self->store != NULL)
    sam_minutes_item_flush (self);

  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  if (self->assignments != NULL)
    g_signal_handlers_disconnect_by_data (self->assignments, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* The editors' widgets go with the template; their timers go now. */
  for (guint i = 0; self->decision_editors != NULL && i < self->decision_editors->len; i++)
    g_clear_handle_id (&((Editor *)g_ptr_array_index (self->decision_editors, i))->save_id, g_source_remove);
  for (guint i = 0; self->assignment_editors != NULL && i < self->assignment_editors->len; i++)
    g_clear_handle_id (&((Editor *)g_ptr_array_index (self->assignment_editors, i))->save_id, g_source_remove);
  g_clear_pointer (&self->decision_editors, g_ptr_array_unref);
  g_clear_pointer (&self->assignment_editors, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_MINUTES_ITEM);

  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->text_form);
  g_clear_object (&self->decisions);
  g_clear_object (&self->assignments);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_minutes_item_parent_class)->dispose (object);
}

static void
sam_minutes_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SamMinutesItem *self = SAM_MINUTES_ITEM (object);

  switch (prop_id)
    {
    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_minutes_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SamMinutesItem *self = SAM_MINUTES_ITEM (object);

  switch (prop_id)
    {
    case PROP_LOCKED:
      sam_minutes_item_set_locked (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_minutes_item_class_init (SamMinutesItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_minutes_item_dispose;
  object_class->get_property = sam_minutes_item_get_property;
  object_class->set_property = sam_minutes_item_set_property;
  widget_class->unmap = sam_minutes_item_unmap;

  /**
   * SamMinutesItem:locked:
   *
   * Whether the decisions are read-only, as they are once a protokoll is
   * adjusted. What was said and the assignments stay editable.
   */
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meeting/"
                                               "sam-minutes-item.ui");
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, remarks_view);
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, remarks_heading_entry);
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, lock_icon);
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, decisions_box);
  gtk_widget_class_bind_template_child (widget_class, SamMinutesItem, assignments_box);

  gtk_widget_class_install_action (widget_class, "minutes.add-decision", NULL, add_decision_action);
  gtk_widget_class_install_action (widget_class, "minutes.add-assignment", NULL, add_assignment_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "minutesitem");
}

static void
sam_minutes_item_init (SamMinutesItem *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->decision_editors = g_ptr_array_new ();
  self->assignment_editors = g_ptr_array_new ();
}

/**
 * sam_minutes_item_new:
 * @store: the store
 * @agenda_item_id: the agenda item whose minutes to show
 *
 * Returns: (transfer floating): the minutes of the item
 */
GtkWidget *
sam_minutes_item_new (SamStore *store,
                      gint64    agenda_item_id)
{
  SamMinutesItem *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_MINUTES_ITEM, NULL);
  self->store = g_object_ref (store);
  self->agenda_item_id = agenda_item_id;

  /* The minutes text and the input from the discussion. */
  self->text_form = sam_form_new (store);
  sam_form_set_owner (self->text_form, GTK_WIDGET (self));
  sam_form_bind_text_view (self->text_form, self->minutes_view, "minutes-text");
  sam_form_bind_text_view (self->text_form, self->remarks_view, "remarks");
  sam_form_bind_editable (self->text_form, GTK_EDITABLE (self->remarks_heading_entry), "remarks-heading",
                          FALSE);
  {
    g_autoptr(SamAgendaItem) item = sam_store_load (store, SAM_TYPE_AGENDA_ITEM, agenda_item_id, NULL);

    sam_form_set_entity (self->text_form, item);
  }

  self->decisions = sam_store_list_decisions_by_item (store, agenda_item_id);
  self->assignments = sam_store_list_assignments_by_item (store, agenda_item_id);
  g_signal_connect_swapped (self->decisions, "items-changed", G_CALLBACK (decisions_changed_cb), self);
  g_signal_connect_swapped (self->assignments, "items-changed", G_CALLBACK (assignments_changed_cb), self);

  reconcile_editors (self, EDITOR_DECISION);
  reconcile_editors (self, EDITOR_ASSIGNMENT);

  return GTK_WIDGET (self);
}

gint64
sam_minutes_item_get_agenda_item_id (SamMinutesItem *self)
{
  g_return_val_if_fail (SAM_IS_MINUTES_ITEM (self), 0);

  return self->agenda_item_id;
}

gboolean
sam_minutes_item_get_locked (SamMinutesItem *self)
{
  g_return_val_if_fail (SAM_IS_MINUTES_ITEM (self), FALSE);

  return self->locked;
}

/**
 * sam_minutes_item_set_locked:
 * @locked: whether the decisions are read-only
 *
 * Makes the decisions read-only once the minutes are adjusted.
 */
void
sam_minutes_item_set_locked (SamMinutesItem *self,
                             gboolean        locked)
{
  g_return_if_fail (SAM_IS_MINUTES_ITEM (self));

  locked = !!locked;
  if (self->locked == locked)
    return;

  self->locked = locked;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.add-decision", !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->lock_icon), locked);
  for (guint i = 0; i < self->decision_editors->len; i++)
    sam_minutes_editor_apply_locked (g_ptr_array_index (self->decision_editors, i));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}
