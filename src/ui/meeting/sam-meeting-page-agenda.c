/* sam-meeting-page-agenda.c: what the meeting page does to its agenda:
 * adding, editing, moving, indenting, dragging, deleting (with Undo),
 * confirming proposed items.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page-private.h"

static SamAgendaItem *
load_item (SamMeetingPage *self,
           gint64          id)
{
  g_autoptr(GError) error = NULL;
  SamAgendaItem *item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, id, &error);

  if (item == NULL)
    sam_meeting_page_show_error (self, _("The item is gone"), error);

  return item;
}

/* The confirmed siblings of @parent_id in agenda order, without @except. */
static GArray *
sibling_ids (SamMeetingPage *self,
             gint64          parent_id,
             gint64          except)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (self->agenda);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (item));

      if (sam_agenda_item_get_parent_id (item) == parent_id && id != except
          && !sam_agenda_item_get_tentative (item))
        g_array_append_val (ids, id);
    }

  return ids;
}

static int
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return (int)i;

  return -1;
}

static gint64
add_item (SamMeetingPage *self,
          gint64          parent_id)
{
  g_autoptr(SamAgendaItem) item = sam_agenda_item_new ();
  g_autoptr(GError) error = NULL;

  sam_agenda_item_set_meeting_id (item, self->meeting_id);
  sam_agenda_item_set_parent_id (item, parent_id);
  sam_agenda_item_set_kind (item, SAM_ITEM_KIND_INFORMATION);
  sam_agenda_item_set_title (item, parent_id > 0 ? _("New sub-item") : _("New item"));

  if (!sam_store_insert (self->store, item, &error))
    {
      sam_meeting_page_show_error (self, _("Could not add the item"), error);
      return 0;
    }

  return sam_entity_get_id (SAM_ENTITY (item));
}

static gboolean
focus_title_idle_cb (gpointer data)
{
  g_autoptr(SamMeetingPage) self = data;
  GtkEditable *title = sam_item_editor_get_title_editable (self->editor);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* A menu closing (the row's "Add Sub-item") gives the focus back to its
   * button after the action ran: take it to the new title again. */
  if (root != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (title))))
    {
      sam_item_editor_focus_title (self->editor);
      gtk_editable_select_region (title, 0, -1);
    }

  return G_SOURCE_REMOVE;
}

static void
edit_new_item (SamMeetingPage *self,
               gint64          id)
{
  GtkEditable *title;

  if (id <= 0)
    return;

  /* The title is typed in the editor, which the agenda mode shows. */
  sam_meeting_page_set_mode (self, "agenda");
  sam_meeting_page_focus_item (self, id);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");

  sam_item_editor_focus_title (self->editor);
  title = sam_item_editor_get_title_editable (self->editor);
  gtk_editable_select_region (title, 0, -1);
  g_idle_add_full (G_PRIORITY_LOW, focus_title_idle_cb, g_object_ref (self), NULL);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);

  edit_new_item (self, add_item (self, 0));
}

static void
add_sub_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);

  edit_new_item (self, add_item (self, g_variant_get_int64 (parameter)));
}

static void
edit_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);

  sam_meeting_page_set_mode (self, "agenda");
  sam_meeting_page_select_item (self, g_variant_get_int64 (parameter));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  sam_item_editor_focus_title (self->editor);
}

static void
move_item (SamMeetingPage *self,
           gint64          id,
           int             delta)
{
  g_autoptr(SamAgendaItem) item = load_item (self, id);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;

  sam_item_editor_flush (self->editor);
  if (!sam_store_move_agenda_item (self->store, item, delta, &error))
    sam_meeting_page_show_error (self, _("Could not move the item"), error);

  /* The row was taken out and put back; the focus stays with the item. */
  sam_meeting_page_focus_item (self, id);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gint64 id;
  int delta;

  g_variant_get (parameter, "(xi)", &id, &delta);
  move_item (SAM_MEETING_PAGE (widget), id, delta);
}

/* Makes @id the last sub-item of the item above it (@direction 1), or
 * takes it out of its parent to follow it (-1). */
static void
indent_item (SamMeetingPage *self,
             gint64          id,
             int             direction)
{
  g_autoptr(SamAgendaItem) item = load_item (self, id);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (item == NULL || sam_agenda_item_get_tentative (item))
    return;

  sam_item_editor_flush (self->editor);

  if (direction > 0)
    {
      g_autoptr(GArray) siblings = sibling_ids (self, sam_agenda_item_get_parent_id (item), 0);
      int index = index_of (siblings, id);

      if (index <= 0)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }

      ok = sam_store_place_agenda_item (self->store, item, g_array_index (siblings, gint64, index - 1),
                                        G_MAXUINT, &error);
    }
  else
    {
      gint64 parent_id = sam_agenda_item_get_parent_id (item);
      g_autoptr(SamAgendaItem) parent = NULL;
      g_autoptr(GArray) siblings = NULL;

      if (parent_id <= 0 || (parent = load_item (self, parent_id)) == NULL)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }

      siblings = sibling_ids (self, sam_agenda_item_get_parent_id (parent), id);
      ok = sam_store_place_agenda_item (self->store, item, sam_agenda_item_get_parent_id (parent),
                                        (guint)(index_of (siblings, parent_id) + 1), &error);
    }

  if (!ok)
    sam_meeting_page_show_error (self, _("Could not move the item"), error);

  sam_meeting_page_focus_item (self, id);
}

static void
indent_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 id;
  int direction;

  g_variant_get (parameter, "(xi)", &id, &direction);
  indent_item (SAM_MEETING_PAGE (widget), id, direction);
}

/* Connected to each row's "item-dropped" by the page. */
void
sam_meeting_agenda_item_dropped_cb (SamAgendaItemRow *target,
                                    gint64            dragged_id,
                                    gboolean          after,
                                    SamMeetingPage   *self)
{
  SamAgendaItem *target_item = sam_agenda_item_row_get_item (target);
  g_autoptr(SamAgendaItem) item = load_item (self, dragged_id);
  g_autoptr(GArray) siblings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 parent_id;
  int index;

  if (item == NULL || target_item == NULL)
    return;

  /* Dropped on one of its own sub-items: nowhere to go. */
  for (gint64 p = sam_agenda_item_get_parent_id (target_item); p > 0;)
    {
      g_autoptr(SamAgendaItem) ancestor = NULL;

      if (p == dragged_id)
        return;
      ancestor = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, p, NULL);
      p = ancestor != NULL ? sam_agenda_item_get_parent_id (ancestor) : 0;
    }

  parent_id = sam_agenda_item_get_parent_id (target_item);
  siblings = sibling_ids (self, parent_id, dragged_id);
  index = index_of (siblings, sam_entity_get_id (SAM_ENTITY (target_item)));
  if (index < 0)
    return;

  if (!sam_store_place_agenda_item (self->store, item, parent_id, (guint)(index + (after ? 1 : 0)), &error))
    sam_meeting_page_show_error (self, _("Could not move the item"), error);

  sam_meeting_page_focus_item (self, dragged_id);
}

/* Deleting an item takes its sub-items, their presenters, decisions and
 * assignments with it and leaves its attachments with the meeting; Undo
 * puts all of it back as it was. */
static gboolean
restore_item (SamMeetingPage *self,
              gpointer        data,
              GError        **error)
{
  SamDeletion *deletion = data;

  if (!sam_store_undo_deletion (self->store, deletion, error))
    return FALSE;

  sam_meeting_page_focus_item (self, sam_deletion_get_id (deletion));

  return TRUE;
}

static void
delete_item (SamMeetingPage *self,
             gint64          id)
{
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->current_id == id)
    sam_item_editor_flush (self->editor);

  item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, id, NULL);
  if (item == NULL)
    return;

  deletion = sam_store_delete_with_undo (self->store, item, &error);
  if (deletion == NULL)
    {
      sam_meeting_page_show_error (self, _("Could not delete the item"), error);
      return;
    }

  if (self->current_id == id)
    {
      self->current_id = 0;
      sam_item_editor_set_item_id (self->editor, 0);
    }

  /* Translators: a toast after deleting an agenda item. */
  text = g_strdup_printf (_("“%s” deleted"), sam_agenda_item_get_title (item));
  sam_meeting_page_offer_undo (self, text, restore_item, g_steal_pointer (&deletion), g_object_unref);
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  delete_item (SAM_MEETING_PAGE (widget), g_variant_get_int64 (parameter));
}

/* "Add to Agenda": a proposed item becomes the last item of the agenda. */
static void
confirm_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(SamAgendaItem) item = load_item (self, id);
  g_autoptr(GArray) siblings = NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;

  siblings = sibling_ids (self, sam_agenda_item_get_parent_id (item), id);
  sam_agenda_item_set_tentative (item, FALSE);

  if (!sam_store_begin (self->store, &error)
      || !sam_store_update (self->store, item, &error)
      || !sam_store_place_agenda_item (self->store, item, sam_agenda_item_get_parent_id (item),
                                       siblings->len, &error)
      || !sam_store_commit (self->store, &error))
    {
      sam_store_rollback (self->store);
      sam_meeting_page_show_error (self, _("Could not add the item to the agenda"), error);
      return;
    }

  sam_meeting_page_focus_item (self, id);
}

/* Keyboard */

static SamAgendaItemRow *
focused_row (SamMeetingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Within text the keys belong to the text. */
  if (focus == NULL || GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
    return NULL;

  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (SAM_IS_AGENDA_ITEM_ROW (w))
      return SAM_AGENDA_ITEM_ROW (w);

  return NULL;
}

static gboolean
move_binding_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);
  SamAgendaItemRow *row = focused_row (self);
  int delta;
  gboolean indent;

  if (row == NULL)
    return FALSE;

  g_variant_get (args, "(bi)", &indent, &delta);
  if (indent)
    indent_item (self, sam_agenda_item_row_get_item_id (row), delta);
  else
    move_item (self, sam_agenda_item_row_get_item_id (row), delta);

  return TRUE;
}

static gboolean
delete_binding_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);
  SamAgendaItemRow *row = focused_row (self);

  if (row == NULL)
    return FALSE;

  delete_item (self, sam_agenda_item_row_get_item_id (row));

  return TRUE;
}

void
sam_meeting_agenda_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-sub-item", "x", add_sub_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.edit-item", "x", edit_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-item", "(xi)", move_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.indent-item", "(xi)", indent_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete-item", "x", delete_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.confirm-item", "x", confirm_item_action);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_binding_cb, "(bi)", FALSE, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_binding_cb, "(bi)", FALSE, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, move_binding_cb, "(bi)", TRUE, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, move_binding_cb, "(bi)", TRUE, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_binding_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.add-item", NULL);
}
