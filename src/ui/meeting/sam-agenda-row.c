/* sam-agenda-row.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-agenda-row.h"
#include "sam-person-picker.h"

struct _SamAgendaItemRow
{
  GtkListBoxRow  parent_instance;

  /* Owned */
  SamStore      *store;
  SamAgendaItem *item;
  GListModel    *follow_up;

  /* Borrowed */
  GtkWidget     *header;
  GtkWidget     *number_label;
  GtkWidget     *title_label;
  GtkWidget     *detail_label;
  GtkWidget     *time_label;
  gboolean       timed;
  GtkWidget     *confirm_button;
  GtkWidget     *menu_button;
  GtkWidget     *follow_up_box;
  GtkWidget     *follow_up_list;
  GtkWidget     *minutes_box;
  GtkWidget     *minutes;

  int            depth;
};

G_DEFINE_FINAL_TYPE (SamAgendaItemRow, sam_agenda_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  ITEM_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
sam_item_kind_label (SamItemKind kind)
{
  switch (kind)
    {
    case SAM_ITEM_KIND_PROCEDURE:
      return C_("item kind", "Procedure");
    case SAM_ITEM_KIND_INFORMATION:
      return C_("item kind", "Information");
    case SAM_ITEM_KIND_DISCUSSION:
      return C_("item kind", "Discussion");
    case SAM_ITEM_KIND_INFORMATION_DISCUSSION:
      return C_("item kind", "Information and discussion");
    case SAM_ITEM_KIND_DECISION:
      return C_("item kind", "Decision");
    case SAM_ITEM_KIND_FOLLOW_UP:
      return C_("item kind", "Follow-up of assignments");
    case SAM_ITEM_KIND_OTHER:
      return C_("item kind", "Other");
    default:
      return "";
    }
}

char *
sam_format_duration (int minutes)
{
  if (minutes <= 0)
    return g_strdup ("");

  if (minutes < 60 || minutes % 60 != 0)
    /* Translators: a planned duration in minutes, "15 min". */
    return g_strdup_printf (_("%d min"), minutes);

  return g_strdup_printf (ngettext ("%d hour", "%d hours", minutes / 60), minutes / 60);
}

/* "15:00" from "2019-01-29T15:00". */
static char *
time_of (const char *starts_at)
{
  const char *t;

  if (starts_at == NULL || (t = strchr (starts_at, 'T')) == NULL)
    return g_strdup ("");

  return g_strndup (t + 1, 5);
}

static char *
presenters_text (SamAgendaItemRow *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (sam_entity_get_id (SAM_ENTITY (self->item)) <= 0)
    return g_strdup ("");

  ids = sam_store_get_presenter_ids (self->store, sam_entity_get_id (SAM_ENTITY (self->item)));
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autofree char *name = sam_person_get_display_name (self->store, g_array_index (ids, gint64, i));

      if (*name == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (SamAgendaItemRow *self)
{
  SamAgendaItem *item = self->item;
  gboolean tentative = sam_agenda_item_get_tentative (item);
  const char *number = sam_agenda_item_get_number (item);
  g_autofree char *time = time_of (sam_agenda_item_get_starts_at (item));
  g_autofree char *duration = sam_format_duration (sam_agenda_item_get_duration (item));
  g_autofree char *presenters = presenters_text (self);
  g_autoptr(GString) detail = g_string_new (sam_item_kind_label (sam_agenda_item_get_kind (item)));
  const char *case_number = sam_agenda_item_get_case_number (item);
  g_autofree char *accessible = NULL;

  if (*duration != '\0')
    g_string_append_printf (detail, " · %s", duration);
  if (case_number != NULL && *case_number != '\0')
    g_string_append_printf (detail, " · %s", case_number);
  if (*presenters != '\0')
    g_string_append_printf (detail, " · %s", presenters);

  gtk_label_set_label (GTK_LABEL (self->number_label), number != NULL && !tentative ? number : "");
  gtk_label_set_label (GTK_LABEL (self->title_label), sam_agenda_item_get_title (item));
  gtk_label_set_label (GTK_LABEL (self->detail_label), detail->str);
  gtk_label_set_label (GTK_LABEL (self->time_label), tentative || !self->timed ? "" : time);
  gtk_widget_set_visible (self->confirm_button, tentative);
  gtk_widget_set_visible (self->number_label, !tentative);
  gtk_widget_set_margin_start (self->header, 6 + 28 * self->depth);

  if (self->depth > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "sub-item");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sub-item");

  accessible = g_strdup_printf ("%s %s %s, %s", number != NULL && !tentative ? number : "",
                                tentative ? "" : time, sam_agenda_item_get_title (item), detail->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->confirm_button), "x",
                                    sam_entity_get_id (SAM_ENTITY (item)));
}

static GMenuModel *
build_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  GMenu *section;
  GMenuItem *entry;

#define ADD(section, label, action, variant) \
  G_STMT_START { \
    entry = g_menu_item_new (label, NULL); \
    g_menu_item_set_action_and_target_value (entry, action, variant); \
    g_menu_append_item (section, entry); \
    g_object_unref (entry); \
  } G_STMT_END

  section = g_menu_new ();
  ADD (section, _("_Edit"), "meeting.edit-item", g_variant_new_int64 (id));
  ADD (section, _("Add _Sub-item"), "meeting.add-sub-item", g_variant_new_int64 (id));
  ADD (section, _("Add _Attachment…"), "meeting.add-files", g_variant_new_int64 (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  ADD (section, _("Move _Up"), "meeting.move-item", g_variant_new ("(xi)", id, -1));
  ADD (section, _("Move _Down"), "meeting.move-item", g_variant_new ("(xi)", id, 1));
  ADD (section, _("Make Sub-item of the Item _Above"), "meeting.indent-item", g_variant_new ("(xi)", id, 1));
  ADD (section, _("Move _Out of Its Parent"), "meeting.indent-item", g_variant_new ("(xi)", id, -1));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  ADD (section, _("_Propose for a Coming Meeting"), "meeting.propose-item", g_variant_new_int64 (id));
  ADD (section, _("_Delete"), "meeting.delete-item", g_variant_new_int64 (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

#undef ADD

  return G_MENU_MODEL (menu);
}

/* A popover menu for every row would be built with the page; the row's
 * menu is built when it is first opened instead. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  SamAgendaItemRow *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (self->item == NULL || gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = build_menu (sam_entity_get_id (SAM_ENTITY (self->item)));
  gtk_menu_button_set_menu_model (button, menu);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 SamAgendaItemRow  *self)
{
  g_autoptr(GdkPaintable) paintable = NULL;

  if (self->item == NULL || sam_agenda_item_get_tentative (self->item))
    return NULL;

  paintable = gtk_widget_paintable_new (self->header);
  gtk_drag_source_set_icon (source, paintable, (int)x, (int)y);

  return gdk_content_provider_new_typed (G_TYPE_INT64, sam_entity_get_id (SAM_ENTITY (self->item)));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SamAgendaItemRow  *self)
{
  gint64 dragged = g_value_get_int64 (value);
  gboolean after = y > gtk_widget_get_height (self->header) / 2.0;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-before");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-after");

  if (self->item == NULL || dragged == sam_entity_get_id (SAM_ENTITY (self->item)))
    return FALSE;

  g_signal_emit (self, signals[ITEM_DROPPED], 0, dragged, after);

  return TRUE;
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                SamAgendaItemRow  *self)
{
  gboolean after = y > gtk_widget_get_height (self->header) / 2.0;

  gtk_widget_remove_css_class (GTK_WIDGET (self), after ? "drop-before" : "drop-after");
  gtk_widget_add_css_class (GTK_WIDGET (self), after ? "drop-after" : "drop-before");

  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               SamAgendaItemRow  *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-before");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-after");
}

static GtkWidget *
follow_up_row_new (gpointer item,
                   gpointer user_data)
{
  SamAssignment *assignment = item;
  GtkWidget *label = gtk_label_new (NULL);
  const char *due = sam_assignment_get_due_on (assignment);
  g_autofree char *text = NULL;

  if (due != NULL && *due != '\0')
    /* Translators: an open assignment in a follow-up item: title and due date. */
    text = g_strdup_printf (_("%s — due %s"), sam_assignment_get_title (assignment), due);
  else
    text = g_strdup (sam_assignment_get_title (assignment));

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 2);
  gtk_widget_set_margin_bottom (label, 2);

  return label;
}

static void
sam_agenda_item_row_dispose (GObject *object)
{
  SamAgendaItemRow *self = (SamAgendaItemRow *)object;

  g_clear_object (&self->item);
  g_clear_object (&self->follow_up);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_agenda_item_row_parent_class)->dispose (object);
}

static void
sam_agenda_item_row_class_init (SamAgendaItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_agenda_item_row_dispose;

  /**
   * SamAgendaItemRow::item-dropped:
   * @dragged_id: the item dropped on this row
   * @after: whether it goes after this row rather than before it
   */
  signals[ITEM_DROPPED] = g_signal_new ("item-dropped",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);
}

static void
sam_agenda_item_row_init (SamAgendaItemRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title;
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_add_css_class (GTK_WIDGET (self), "agenda-row");

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (self->header, 8);
  gtk_widget_set_margin_bottom (self->header, 8);
  gtk_widget_set_margin_end (self->header, 6);

  self->number_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->number_label), 3);
  gtk_label_set_xalign (GTK_LABEL (self->number_label), 1);
  gtk_widget_set_valign (self->number_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->number_label, "heading");
  gtk_widget_add_css_class (self->number_label, "numeric");
  gtk_widget_add_css_class (self->number_label, "agenda-number");
  gtk_box_append (GTK_BOX (self->header), self->number_label);

  self->title_label = title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (text), title);

  self->detail_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->detail_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->detail_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->detail_label, "caption");
  gtk_widget_add_css_class (self->detail_label, "dim-label");
  gtk_box_append (GTK_BOX (text), self->detail_label);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (self->header), text);

  self->time_label = gtk_label_new (NULL);
  gtk_widget_set_valign (self->time_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->time_label, "numeric");
  gtk_widget_add_css_class (self->time_label, "dim-label");
  gtk_box_append (GTK_BOX (self->header), self->time_label);

  self->confirm_button = gtk_button_new_with_mnemonic (_("Add to _Agenda"));
  gtk_widget_set_valign (self->confirm_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->confirm_button), "meeting.confirm-item");
  gtk_widget_set_tooltip_text (self->confirm_button, _("Place this proposed item last on the agenda"));
  gtk_widget_set_visible (self->confirm_button, FALSE);
  gtk_box_append (GTK_BOX (self->header), self->confirm_button);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_tooltip_text (self->menu_button, _("Item menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Item menu"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_menu_cb, self, NULL);
  gtk_box_append (GTK_BOX (self->header), self->menu_button);

  gtk_box_append (GTK_BOX (box), self->header);

  self->follow_up_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (self->follow_up_box, 58);
  gtk_widget_set_margin_end (self->follow_up_box, 12);
  gtk_widget_set_margin_bottom (self->follow_up_box, 10);
  {
    GtkWidget *heading = gtk_label_new (_("Open assignments"));

    gtk_label_set_xalign (GTK_LABEL (heading), 0);
    gtk_widget_add_css_class (heading, "caption-heading");
    gtk_box_append (GTK_BOX (self->follow_up_box), heading);
  }
  self->follow_up_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->follow_up_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->follow_up_list, "follow-up-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->follow_up_list),
                                gtk_label_new (_("No open assignments")));
  gtk_box_append (GTK_BOX (self->follow_up_box), self->follow_up_list);
  gtk_widget_set_visible (self->follow_up_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->follow_up_box);

  self->minutes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_start (self->minutes_box, 12);
  gtk_widget_set_margin_end (self->minutes_box, 12);
  gtk_widget_set_visible (self->minutes_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->minutes_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  g_signal_connect (target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
sam_agenda_item_row_new (SamStore *store)
{
  SamAgendaItemRow *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_AGENDA_ITEM_ROW, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

/* Takes a copy of @item's values; the row shows them at once. */
void
sam_agenda_item_row_set_item (SamAgendaItemRow  *self,
                         SamAgendaItem *item,
                         int            depth)
{
  gint64 old_id;

  g_return_if_fail (SAM_IS_AGENDA_ITEM_ROW (self));
  g_return_if_fail (SAM_IS_AGENDA_ITEM (item));

  old_id = self->item != NULL ? sam_entity_get_id (SAM_ENTITY (self->item)) : 0;
  g_set_object (&self->item, item);
  self->depth = depth;

  /* The menu is built when it first opens (see create_menu_cb). */
  if (old_id != sam_entity_get_id (SAM_ENTITY (item))
      && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (self->menu_button)) != NULL)
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), NULL);

  update (self);
}

SamAgendaItem *
sam_agenda_item_row_get_item (SamAgendaItemRow *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM_ROW (self), NULL);

  return self->item;
}

gint64
sam_agenda_item_row_get_item_id (SamAgendaItemRow *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM_ROW (self), 0);

  return self->item != NULL ? sam_entity_get_id (SAM_ENTITY (self->item)) : 0;
}

int
sam_agenda_item_row_get_depth (SamAgendaItemRow *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM_ROW (self), 0);

  return self->depth;
}

const char *
sam_agenda_item_row_get_number (SamAgendaItemRow *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM_ROW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->number_label));
}

/* Shows @minutes (a SamMinutesItem) below the item, or none. */
void
sam_agenda_item_row_set_minutes (SamAgendaItemRow *self,
                            GtkWidget    *minutes)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM_ROW (self));

  if (self->minutes == minutes)
    return;

  if (self->minutes != NULL)
    gtk_box_remove (GTK_BOX (self->minutes_box), self->minutes);

  self->minutes = minutes;

  if (minutes != NULL)
    gtk_box_append (GTK_BOX (self->minutes_box), minutes);

  gtk_widget_set_visible (self->minutes_box, minutes != NULL);
}

GtkWidget *
sam_agenda_item_row_get_minutes (SamAgendaItemRow *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM_ROW (self), NULL);

  return self->minutes;
}

/* A follow-up item lists the body's open assignments; %NULL hides them. */
void
sam_agenda_item_row_set_follow_up (SamAgendaItemRow *self,
                              GListModel   *open_assignments)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM_ROW (self));

  if (self->follow_up == open_assignments)
    return;

  g_set_object (&self->follow_up, open_assignments);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->follow_up_list), open_assignments,
                           open_assignments != NULL ? follow_up_row_new : NULL, NULL, NULL);
  gtk_widget_set_visible (self->follow_up_box, open_assignments != NULL);
}

/**
 * sam_agenda_item_row_set_timed:
 * @timed: whether the agenda has a time plan (some item has a duration),
 *   so that start times are worth showing
 */
void
sam_agenda_item_row_set_timed (SamAgendaItemRow *self,
                               gboolean          timed)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM_ROW (self));

  if (self->timed == !!timed)
    return;

  self->timed = !!timed;
  if (self->item != NULL)
    update (self);
}
