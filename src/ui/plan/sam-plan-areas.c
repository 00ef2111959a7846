/* sam-plan-areas.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-areas"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-plan-areas.h"
#include "sam-form.h"
#include "sam-plan-util.h"
#include "sam-stable-model.h"
#include "sam-store-undo.h"

/* The development areas of one plan, in their order: each row opens to
 * edit the title and description as the user types, moves up or down, or
 * is deleted with a toast to undo it. Activities and focus questions that
 * pointed at a deleted area lose the link (the database sets it to NULL);
 * Undo brings the area back and points them at it again. */

struct _SamPlanAreas
{
  GtkWidget       parent_instance;

  /* Borrowed: children */
  GtkWidget      *group;
  GtkListBox     *list_box;

  /* Owned */
  SamStore       *store;
  GListModel     *areas;
  SamStableModel *stable;

  gint64          plan_id;

  /* A row to open or focus once the list shows it. */
  gint64          pending_id;
  const char     *pending_focus;
  gboolean        pending_expand;
};

G_DEFINE_FINAL_TYPE (SamPlanAreas, sam_plan_areas, GTK_TYPE_WIDGET)

/* What each row keeps */

typedef struct
{
  gint64       id;
  SamForm *form;
  GtkWidget   *title_row;
  GtkWidget   *up_button;
  GtkWidget   *down_button;
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *row_data = data;

  g_clear_object (&row_data->form);
  g_free (row_data);
}

static RowData *
row_get_data (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sam-area-row");
}

static GtkWidget *
find_row (SamPlanAreas *self,
          gint64        id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowData *data = row_get_data (child);

      if (data != NULL && data->id == id)
        return child;
    }

  return NULL;
}

/* Rows */

static gboolean
description_to_subtitle (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  /* The first line is what a row has room for. */
  g_value_take_string (to, text != NULL ? g_strndup (text, strcspn (text, "\n")) : g_strdup (""));

  return TRUE;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));

  return button;
}

static void
form_failed_cb (GtkWidget   *row,
                const char  *message,
                SamForm *form)
{
  sam_plan_show_message (row, message);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  SamPlanAreas *self = SAM_PLAN_AREAS (user_data);
  SamArea *area = SAM_AREA (item);
  gint64 id = sam_entity_get_id (SAM_ENTITY (area));
  g_autoptr(SamArea) copy = NULL;
  RowData *data = g_new0 (RowData, 1);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *description_row;
  GtkWidget *order_row;
  GtkWidget *delete_row;
  GtkWidget *delete_button;

  data->id = id;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (area, "title", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (area, "description", row, "subtitle", G_BINDING_SYNC_CREATE,
                               description_to_subtitle, NULL, NULL, NULL);

  data->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->title_row), _("Title"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (data->title_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), data->title_row);

  description_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (description_row), _("Description"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (description_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), description_row);

  order_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (order_row), _("Order"));
  data->up_button = icon_button ("go-up-symbolic", _("Move Up"), "areas.move-up", id);
  data->down_button = icon_button ("go-down-symbolic", _("Move Down"), "areas.move-down", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), data->up_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), data->down_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), order_row);

  delete_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), _("Delete Area"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (delete_row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (delete_row),
                               _("Its activities and focus questions stay, without the area"));
  delete_button = icon_button ("user-trash-symbolic", _("Delete Area"), "areas.delete", id);
  gtk_widget_add_css_class (delete_button, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (delete_row), delete_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);

  /* The form edits a copy of its own, so that a refresh of the list never
   * overwrites what is being typed. */
  data->form = sam_form_new (self->store);
  sam_form_bind_editable (data->form, GTK_EDITABLE (data->title_row), "title", TRUE);
  sam_form_bind_editable (data->form, GTK_EDITABLE (description_row), "description", FALSE);
  g_signal_connect_object (data->form, "failed", G_CALLBACK (form_failed_cb), row, G_CONNECT_SWAPPED);

  {
    g_autoptr(SamArea) live = sam_store_load (self->store, SAM_TYPE_AREA, id, NULL);

    /* The store hands out its live object; the form needs its own copy. */
    copy = sam_entity_dup (live != NULL ? SAM_ENTITY (live) : SAM_ENTITY (area));
  }
  sam_form_set_entity (data->form, copy);

  g_object_set_data_full (G_OBJECT (row), "sam-area-row", data, row_data_free);

  return row;
}

static void
open_pending (SamPlanAreas *self)
{
  GtkWidget *row;
  RowData *data;

  if (self->pending_id <= 0 || (row = find_row (self, self->pending_id)) == NULL)
    return;

  data = row_get_data (row);
  if (self->pending_expand)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  if (g_strcmp0 (self->pending_focus, "title") == 0)
    {
      gtk_widget_grab_focus (data->title_row);
      gtk_editable_select_region (GTK_EDITABLE (data->title_row), 0, -1);
    }
  else if (g_strcmp0 (self->pending_focus, "up") == 0)
    gtk_widget_grab_focus (gtk_widget_get_sensitive (data->up_button) ? data->up_button : data->down_button);
  else if (g_strcmp0 (self->pending_focus, "down") == 0)
    gtk_widget_grab_focus (gtk_widget_get_sensitive (data->down_button) ? data->down_button : data->up_button);

  self->pending_id = 0;
  self->pending_focus = NULL;
  self->pending_expand = FALSE;
}

/* The first area cannot move up, nor the last down. */
static void
update_arrows (SamPlanAreas *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->stable));

  for (guint i = 0; i < n_items; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, (int)i);
      RowData *data = row != NULL ? row_get_data (GTK_WIDGET (row)) : NULL;

      if (data == NULL)
        continue;

      gtk_widget_set_sensitive (data->up_button, i > 0);
      gtk_widget_set_sensitive (data->down_button, i + 1 < n_items);
    }
}

static void
stable_changed_cb (SamPlanAreas *self,
                   guint         position,
                   guint         removed,
                   guint         added,
                   GListModel   *model)
{
  update_arrows (self);
  open_pending (self);
}

/* Saving what is still waiting for the typing pause */

static void
flush_rows (SamPlanAreas *self)
{
  if (self->list_box == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowData *data = row_get_data (child);

      if (data != NULL)
        sam_form_flush (data->form);
    }
}

/* Moving */

static gboolean
move_area (SamPlanAreas  *self,
           gint64         id,
           int            delta,
           GError       **error)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (self->areas);
  guint index = G_MAXUINT;
  guint other;
  gpointer swap;

  for (guint i = 0; i < n_items; i++)
    {
      SamArea *area = g_list_model_get_item (self->areas, i);

      g_ptr_array_add (areas, area);
      if (sam_entity_get_id (SAM_ENTITY (area)) == id)
        index = i;
    }

  if (index == G_MAXUINT || (delta < 0 && index == 0) || (delta > 0 && index + 1 >= n_items))
    return TRUE;

  other = delta < 0 ? index - 1 : index + 1;
  swap = areas->pdata[index];
  areas->pdata[index] = areas->pdata[other];
  areas->pdata[other] = swap;

  /* The two swap places; areas that shared a position (as an import may
   * leave them) are numbered on the way, so that the order holds. */
  if (!sam_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < areas->len; i++)
    {
      SamArea *area = g_ptr_array_index (areas, i);

      if (sam_area_get_position (area) == (int)i + 1)
        continue;

      sam_area_set_position (area, (int)i + 1);
      if (!sam_store_update (self->store, area, error))
        {
          sam_store_rollback (self->store);
          return FALSE;
        }
    }

  return sam_store_commit (self->store, error);
}

static void
move (SamPlanAreas *self,
      gint64        id,
      int           delta)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row = find_row (self, id);

  flush_rows (self);

  self->pending_id = id;
  self->pending_focus = delta < 0 ? "up" : "down";
  self->pending_expand = row != NULL && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));

  if (!move_area (self, id, delta, &error))
    {
      self->pending_id = 0;
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  open_pending (self);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (SAM_PLAN_AREAS (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (SAM_PLAN_AREAS (widget), g_variant_get_int64 (parameter), 1);
}

/* Deleting with Undo */

typedef struct
{
  SamPlanAreas *self;
  SamStore     *store;
  SamDeletion  *deletion;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->self);
  g_clear_object (&undo->store);
  g_clear_object (&undo->deletion);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (undo->deletion))
    return;

  if (!sam_store_undo_deletion (undo->store, undo->deletion, &error))
    sam_plan_show_message (GTK_WIDGET (undo->self), error->message);
}

static gboolean
delete_area (SamPlanAreas *self,
             gint64        id)
{
  g_autoptr(SamArea) area = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  UndoDelete *undo;

  flush_rows (self);

  area = sam_store_load (self->store, SAM_TYPE_AREA, id, &error);
  if (area == NULL)
    {
      if (error != NULL)
        sam_plan_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  undo = g_new0 (UndoDelete, 1);
  undo->self = g_object_ref (self);
  undo->store = g_object_ref (self->store);
  undo->deletion = sam_store_delete_with_undo (self->store, area, &error);

  if (undo->deletion == NULL)
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      undo_delete_free (undo);
      return FALSE;
    }

  /* Translators: shown after a development area was deleted. */
  title = g_strdup_printf (_("Development area “%s” deleted"), sam_area_get_title (area));
  sam_plan_show_undo (GTK_WIDGET (self), title, undo_delete, undo, undo_delete_free);

  return TRUE;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  delete_area (SAM_PLAN_AREAS (widget), g_variant_get_int64 (parameter));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  sam_plan_areas_add_area (SAM_PLAN_AREAS (widget));
}

/* Type */

static void
sam_plan_areas_unmap (GtkWidget *widget)
{
  flush_rows (SAM_PLAN_AREAS (widget));

  GTK_WIDGET_CLASS (sam_plan_areas_parent_class)->unmap (widget);
}

static void
sam_plan_areas_dispose (GObject *object)
{
  SamPlanAreas *self = SAM_PLAN_AREAS (object);

  flush_rows (self);

  if (self->stable != NULL)
    g_signal_handlers_disconnect_by_func (self->stable, stable_changed_cb, self);

  g_clear_pointer (&self->group, gtk_widget_unparent);
  self->list_box = NULL;

  g_clear_object (&self->stable);
  g_clear_object (&self->areas);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_plan_areas_parent_class)->dispose (object);
}

static void
sam_plan_areas_class_init (SamPlanAreasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_plan_areas_dispose;
  widget_class->unmap = sam_plan_areas_unmap;

  gtk_widget_class_install_action (widget_class, "areas.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "areas.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "areas.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "areas.delete", "x", delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planareas");
}

static void
sam_plan_areas_init (SamPlanAreas *self)
{
  GtkWidget *add_button;
  GtkWidget *content;
  GtkWidget *placeholder;

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Development Areas"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Activities and focus questions can belong to an area"));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));

  add_button = gtk_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Area"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add_button), content);
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, _("Add a development area to the plan"));
  gtk_widget_add_css_class (add_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "areas.add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), add_button);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Development Areas"), -1);

  placeholder = gtk_label_new (_("No development areas"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (self->list_box, placeholder);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->list_box));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "areas.add", FALSE);
}

/**
 * sam_plan_areas_new:
 * @store: the store whose areas to edit
 *
 * Returns: (transfer floating): the list of a plan's development areas
 */
GtkWidget *
sam_plan_areas_new (SamStore *store)
{
  SamPlanAreas *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PLAN_AREAS, NULL);
  self->store = g_object_ref (store);
  self->stable = sam_stable_model_new (NULL);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->stable), create_row_cb, self, NULL);
  g_signal_connect_object (self->stable, "items-changed", G_CALLBACK (stable_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * sam_plan_areas_set_plan_id:
 * @plan_id: the plan whose areas to show, or 0 for none
 */
void
sam_plan_areas_set_plan_id (SamPlanAreas *self,
                            gint64        plan_id)
{
  g_return_if_fail (SAM_IS_PLAN_AREAS (self));

  if (plan_id == self->plan_id && self->areas != NULL)
    return;

  flush_rows (self);

  self->plan_id = plan_id;
  self->pending_id = 0;

  g_clear_object (&self->areas);
  if (plan_id > 0)
    self->areas = sam_store_list_areas (self->store, plan_id);
  sam_stable_model_set_source (self->stable, self->areas);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "areas.add", plan_id > 0);
}

gint64
sam_plan_areas_get_plan_id (SamPlanAreas *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_AREAS (self), 0);

  return self->plan_id;
}

/**
 * sam_plan_areas_add_area:
 *
 * Adds a development area at the end of the plan's and opens it with its
 * title ready to be typed over.
 *
 * Returns: the new area's id, or 0
 */
gint64
sam_plan_areas_add_area (SamPlanAreas *self)
{
  g_autoptr(SamArea) area = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAM_IS_PLAN_AREAS (self), 0);

  if (self->plan_id <= 0)
    return 0;

  flush_rows (self);

  area = sam_area_new ();
  sam_area_set_plan_id (area, self->plan_id);
  sam_area_set_title (area, _("New development area"));

  if (!sam_store_insert (self->store, area, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return 0;
    }

  self->pending_id = sam_entity_get_id (SAM_ENTITY (area));
  self->pending_focus = "title";
  self->pending_expand = TRUE;
  open_pending (self);

  return sam_entity_get_id (SAM_ENTITY (area));
}

/* Saves a change still waiting for the typing pause. */
void
sam_plan_areas_flush (SamPlanAreas *self)
{
  g_return_if_fail (SAM_IS_PLAN_AREAS (self));

  flush_rows (self);
}
