/* sam-owner-picker.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-owner-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-new-person-dialog.h"
#include "sam-owner-picker.h"

struct _SamOwnerPicker
{
  GtkWidget     parent_instance;

  /* Owned */
  SamStore     *store;
  GListModel   *people;
  GListModel   *bodies;
  GListModel   *municipalities;

  /* Children */
  GtkDropDown  *kind_drop_down;
  GtkDropDown  *owner_drop_down;
  GtkWidget    *new_person_button;
  GtkEntry     *text_entry;

  SamOwnerKind  kind;
  gint64        id;
  gboolean      written;
  gboolean      updating;
};

/* After the kinds of SamOwnerKind in the kind drop-down: a role or an
 * outside organisation, written as the minutes name it. It is stored as
 * no owner of the database with the text. */
#define WRITTEN_POSITION (SAM_OWNER_KIND_ALL_MEMBERS + 1)

G_DEFINE_FINAL_TYPE (SamOwnerPicker, sam_owner_picker, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
model_for_kind (SamOwnerPicker *self,
                SamOwnerKind    kind)
{
  switch (kind)
    {
    case SAM_OWNER_KIND_PERSON:
      return self->people;
    case SAM_OWNER_KIND_BODY:
      return self->bodies;
    case SAM_OWNER_KIND_MUNICIPALITY:
      return self->municipalities;
    case SAM_OWNER_KIND_NONE:
    case SAM_OWNER_KIND_ALL_MEMBERS:
    default:
      return NULL;
    }
}

static guint
find_position (GListModel *model,
               gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (model, i);

      if (sam_entity_get_id (entity) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Shows the model and selection for the current owner without telling
 * anyone: only what the user picks is a change. */
static void
sync_widgets (SamOwnerPicker *self)
{
  GListModel *model = model_for_kind (self, self->kind);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->kind_drop_down, self->written ? WRITTEN_POSITION : self->kind);
  gtk_drop_down_set_model (self->owner_drop_down, model);
  gtk_widget_set_visible (GTK_WIDGET (self->text_entry), self->written);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_drop_down), model != NULL);
  gtk_widget_set_visible (self->new_person_button, self->kind == SAM_OWNER_KIND_PERSON);
  if (model != NULL)
    gtk_drop_down_set_selected (self->owner_drop_down, find_position (model, self->id));
  self->updating = FALSE;
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (user_data))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GObject *item = gtk_list_item_get_item (list_item);
  g_autofree char *name = NULL;

  if (item != NULL)
    g_object_get (item, "name", &name, NULL);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), name != NULL ? name : "");
}

static GtkListItemFactory *
name_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (name_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (name_bind_cb), NULL);

  return factory;
}

static char *
item_name_cb (GObject *item)
{
  char *name = NULL;

  if (item != NULL)
    g_object_get (item, "name", &name, NULL);

  return name;
}

static void
kind_selected_cb (SamOwnerPicker *self)
{
  SamOwnerKind kind;
  guint selected;
  gboolean written;

  g_assert (SAM_IS_OWNER_PICKER (self));

  if (self->updating)
    return;

  selected = gtk_drop_down_get_selected (self->kind_drop_down);
  written = selected == WRITTEN_POSITION;
  kind = selected <= SAM_OWNER_KIND_ALL_MEMBERS ? (SamOwnerKind) selected : SAM_OWNER_KIND_NONE;
  if (kind == self->kind && written == self->written)
    return;

  self->kind = kind;
  self->id = 0;
  self->written = written;
  sync_widgets (self);

  /* A role or organisation is the owner once it is written; what was
   * written before is offered again. */
  if (written)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
      if (!sam_owner_picker_is_incomplete (self))
        g_signal_emit (self, signals[EDITED], 0);
      return;
    }

  /* A person, body or municipality is an owner only once one is chosen. */
  if (model_for_kind (self, kind) == NULL)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
owner_selected_cb (SamOwnerPicker *self)
{
  SamEntity *entity;

  g_assert (SAM_IS_OWNER_PICKER (self));

  if (self->updating)
    return;

  entity = gtk_drop_down_get_selected_item (self->owner_drop_down);
  if (entity == NULL || sam_entity_get_id (entity) == self->id)
    return;

  self->id = sam_entity_get_id (entity);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
text_changed_cb (SamOwnerPicker *self)
{
  g_assert (SAM_IS_OWNER_PICKER (self));

  if (!self->updating && self->written)
    g_signal_emit (self, signals[EDITED], 0);
}

static void
text_activate_cb (SamOwnerPicker *self)
{
  g_assert (SAM_IS_OWNER_PICKER (self));

  if (self->written)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
new_person_chosen_cb (SamNewPersonDialog *dialog,
                      gint64              person_id,
                      gboolean            created,
                      SamOwnerPicker     *self)
{
  g_assert (SAM_IS_OWNER_PICKER (self));

  self->kind = SAM_OWNER_KIND_PERSON;
  self->id = person_id;
  self->written = FALSE;
  sync_widgets (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* An owner who is not listed yet is added with the same questions as
 * anywhere else, and is the owner once added. */
static void
new_person_clicked_cb (SamOwnerPicker *self)
{
  GtkWidget *dialog = sam_new_person_dialog_present (self->store, GTK_WIDGET (self), NULL);

  g_signal_connect_object (dialog, "person-chosen", G_CALLBACK (new_person_chosen_cb), self, 0);
}

static void
sam_owner_picker_dispose (GObject *object)
{
  SamOwnerPicker *self = (SamOwnerPicker *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->people);
  g_clear_object (&self->bodies);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_owner_picker_parent_class)->dispose (object);
}

static void
sam_owner_picker_class_init (SamOwnerPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_owner_picker_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* The written owner is being typed: save it once the typing pauses. */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ownerpicker");
}

static void
sam_owner_picker_init (SamOwnerPicker *self)
{
  const char * const kinds[] = {
    C_("assignment owner", "No owner"),
    C_("assignment owner", "Person"),
    C_("assignment owner", "Body"),
    C_("assignment owner", "Municipality"),
    C_("assignment owner", "All member municipalities"),
    C_("assignment owner", "Role or organisation"),
    NULL
  };
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  GtkExpression *expression;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");

  self->kind_drop_down = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_drop_down), _("Kind of owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of owner"),
                                  -1);
  gtk_widget_set_parent (GTK_WIDGET (self->kind_drop_down), GTK_WIDGET (self));

  self->owner_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  factory = name_factory_new (TRUE);
  list_factory = name_factory_new (FALSE);
  gtk_drop_down_set_factory (self->owner_drop_down, factory);
  gtk_drop_down_set_list_factory (self->owner_drop_down, list_factory);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (item_name_cb), NULL, NULL);
  gtk_drop_down_set_expression (self->owner_drop_down, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_enable_search (self->owner_drop_down, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->owner_drop_down), _("Owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->owner_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Owner"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_drop_down), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->owner_drop_down), GTK_WIDGET (self));

  self->new_person_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (self->new_person_button, _("Add a New Person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_person_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a New Person"),
                                  -1);
  gtk_widget_set_visible (self->new_person_button, FALSE);
  g_signal_connect_swapped (self->new_person_button, "clicked", G_CALLBACK (new_person_clicked_cb), self);
  gtk_widget_set_parent (self->new_person_button, GTK_WIDGET (self));

  self->text_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->text_entry), "owner-text");
  /* As narrow as the owner drop-down at its narrowest, for 360 px. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->text_entry), 8);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->text_entry), 18);
  gtk_entry_set_placeholder_text (self->text_entry, _("Name the role or organisation"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->text_entry),
                               _("Who carries out the assignment, as the minutes name it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role or organisation"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->text_entry), FALSE);
  g_signal_connect_swapped (self->text_entry, "changed", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (self->text_entry, "activate", G_CALLBACK (text_activate_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->text_entry), GTK_WIDGET (self));

  g_signal_connect_object (self->kind_drop_down, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->owner_drop_down, "notify::selected",
                           G_CALLBACK (owner_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * sam_owner_picker_new:
 * @store: where the people, bodies and municipalities come from
 *
 * Returns: (transfer floating): the picker
 */
GtkWidget *
sam_owner_picker_new (SamStore *store)
{
  SamOwnerPicker *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_OWNER_PICKER, NULL);
  self->store = g_object_ref (store);
  self->people = sam_store_list_people (store);
  self->bodies = sam_store_list_bodies (store);
  self->municipalities = sam_store_list_municipalities (store);

  return GTK_WIDGET (self);
}

SamOwnerKind
sam_owner_picker_get_kind (SamOwnerPicker *self)
{
  g_return_val_if_fail (SAM_IS_OWNER_PICKER (self), SAM_OWNER_KIND_NONE);

  return self->kind;
}

/**
 * sam_owner_picker_get_id:
 *
 * Returns: the id of the person, body or municipality, or 0
 */
gint64
sam_owner_picker_get_id (SamOwnerPicker *self)
{
  g_return_val_if_fail (SAM_IS_OWNER_PICKER (self), 0);

  return self->id;
}

/**
 * sam_owner_picker_set_owner:
 * @kind: the kind of owner
 * @id: the person, body or municipality, or 0
 *
 * Shows an owner; this is not a change by the user, so "changed" is not
 * emitted.
 */
void
sam_owner_picker_set_owner (SamOwnerPicker *self,
                            SamOwnerKind    kind,
                            gint64          id)
{
  g_return_if_fail (SAM_IS_OWNER_PICKER (self));

  self->kind = kind;
  self->id = model_for_kind (self, kind) != NULL ? id : 0;
  self->written = FALSE;
  sync_widgets (self);
}

/**
 * sam_owner_picker_set_text:
 * @text: a role or an outside organisation ("IUC Syd")
 *
 * Shows a written owner; like sam_owner_picker_set_owner(), "changed" is
 * not emitted.
 */
void
sam_owner_picker_set_text (SamOwnerPicker *self,
                           const char     *text)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (SAM_IS_OWNER_PICKER (self));

  self->kind = SAM_OWNER_KIND_NONE;
  self->id = 0;
  self->written = TRUE;
  self->updating = TRUE;
  /* The spaces around what is typed are not saved; they stay while typing. */
  shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
  if (g_strcmp0 (shown, text ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->text_entry), text ?: "");
  self->updating = FALSE;
  sync_widgets (self);
}

/**
 * sam_owner_picker_get_text:
 *
 * Returns: (nullable): the written owner as typed, or %NULL when the owner
 *   is not a role or organisation
 */
const char *
sam_owner_picker_get_text (SamOwnerPicker *self)
{
  g_return_val_if_fail (SAM_IS_OWNER_PICKER (self), NULL);

  return self->written ? gtk_editable_get_text (GTK_EDITABLE (self->text_entry)) : NULL;
}

/**
 * sam_owner_picker_is_incomplete:
 *
 * Returns: whether a role or organisation is chosen but none written yet:
 *   there is no owner to save
 */
gboolean
sam_owner_picker_is_incomplete (SamOwnerPicker *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SAM_IS_OWNER_PICKER (self), FALSE);

  if (!self->written)
    return FALSE;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));

  return text[0] == '\0';
}

/**
 * sam_owner_picker_apply:
 * @assignment: the assignment to give the chosen owner
 *
 * Sets the owner fields of @assignment to what the picker shows. A role
 * or organisation that is not written yet is no owner: @assignment keeps
 * the one it has.
 *
 * Returns: %FALSE if the owner was kept (see sam_owner_picker_is_incomplete())
 */
gboolean
sam_owner_picker_apply (SamOwnerPicker *self,
                        SamAssignment  *assignment)
{
  g_return_val_if_fail (SAM_IS_OWNER_PICKER (self), FALSE);
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (assignment), FALSE);

  if (sam_owner_picker_is_incomplete (self))
    return FALSE;

  if (self->written)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));

      sam_assignment_set_owner_kind (assignment, SAM_OWNER_KIND_NONE);
      sam_assignment_set_owner_person_id (assignment, 0);
      sam_assignment_set_owner_body_id (assignment, 0);
      sam_assignment_set_owner_municipality_id (assignment, 0);
      sam_assignment_set_owner_text (assignment, text);
      return TRUE;
    }

  sam_assignment_set_owner_text (assignment, NULL);
  sam_assignment_set_owner_kind (assignment, self->kind);
  sam_assignment_set_owner_person_id (assignment, self->kind == SAM_OWNER_KIND_PERSON ? self->id : 0);
  sam_assignment_set_owner_body_id (assignment, self->kind == SAM_OWNER_KIND_BODY ? self->id : 0);
  sam_assignment_set_owner_municipality_id (assignment,
                                            self->kind == SAM_OWNER_KIND_MUNICIPALITY ? self->id : 0);

  return TRUE;
}

/**
 * sam_owner_picker_describe:
 * @store: the store to look the owner up in
 * @assignment: an assignment
 *
 * Returns: (transfer full): the owner's name, for lists
 */
char *
sam_owner_picker_describe (SamStore      *store,
                           SamAssignment *assignment)
{
  g_autoptr(GObject) owner = NULL;
  g_autofree char *name = NULL;
  GType type = G_TYPE_INVALID;
  gint64 id = 0;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (assignment), NULL);

  switch (sam_assignment_get_owner_kind (assignment))
    {
    case SAM_OWNER_KIND_PERSON:
      type = SAM_TYPE_PERSON;
      id = sam_assignment_get_owner_person_id (assignment);
      break;
    case SAM_OWNER_KIND_BODY:
      type = SAM_TYPE_BODY;
      id = sam_assignment_get_owner_body_id (assignment);
      break;
    case SAM_OWNER_KIND_MUNICIPALITY:
      type = SAM_TYPE_MUNICIPALITY;
      id = sam_assignment_get_owner_municipality_id (assignment);
      break;
    case SAM_OWNER_KIND_ALL_MEMBERS:
      return g_strdup (C_("assignment owner", "All member municipalities"));
    case SAM_OWNER_KIND_NONE:
    default:
      if (sam_assignment_get_owner_text (assignment) != NULL
          && sam_assignment_get_owner_text (assignment)[0] != '\0')
        return g_strdup (sam_assignment_get_owner_text (assignment));
      return g_strdup (C_("assignment owner", "No owner"));
    }

  if (id > 0)
    owner = sam_store_load (store, type, id, NULL);
  if (owner != NULL)
    g_object_get (owner, "name", &name, NULL);

  if (name == NULL || name[0] == '\0')
    return g_strdup (C_("assignment owner", "Unknown owner"));

  return g_steal_pointer (&name);
}
