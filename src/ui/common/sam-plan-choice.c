/* sam-plan-choice.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-choice"

#include "config.h"

#include "sam-plan-choice.h"

/* A drop-down that chooses one entity of a live store list by id, with an
 * optional "none" entry first. The store's lists build new objects on every
 * change, so the drop-down shows a list of labels that is rebuilt when the
 * source changes, and the choice follows the id, not the position. */

struct _SamPlanChoice
{
  GtkWidget               parent_instance;

  GtkDropDown            *drop_down;
  GtkStringList          *labels;
  GArray                 *ids;

  GListModel             *source;
  gulong                  items_changed_id;
  SamPlanChoiceLabelFunc  label_func;
  char                   *none_label;

  gint64                  selected_id;
  gboolean                updating;
};

G_DEFINE_FINAL_TYPE (SamPlanChoice, sam_plan_choice, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
find_id (SamPlanChoice *self,
         gint64         id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (int)i;

  return -1;
}

static void
set_selected_id_internal (SamPlanChoice *self,
                          gint64         id)
{
  if (self->selected_id == id)
    return;

  self->selected_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
select_position (SamPlanChoice *self,
                 int            position)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->drop_down,
                              position >= 0 ? (guint)position : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

static void
rebuild (SamPlanChoice *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strings = NULL;
  guint n_items = self->source != NULL ? g_list_model_get_n_items (self->source) : 0;
  int position;

  g_array_set_size (self->ids, 0);

  if (self->none_label != NULL)
    {
      gint64 none = 0;

      g_strv_builder_add (builder, self->none_label);
      g_array_append_val (self->ids, none);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->source, i);
      g_autofree char *label = self->label_func (item);
      gint64 id = sam_entity_get_id (SAM_ENTITY (item));

      g_strv_builder_add (builder, label != NULL ? label : "");
      g_array_append_val (self->ids, id);
    }

  strings = g_strv_builder_end (builder);

  self->updating = TRUE;
  gtk_string_list_splice (self->labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->labels)),
                          (const char * const *)strings);
  self->updating = FALSE;

  position = find_id (self, self->selected_id);
  if (position < 0 && self->ids->len > 0)
    position = 0;

  select_position (self, position);
  set_selected_id_internal (self, position >= 0 ? g_array_index (self->ids, gint64, position) : 0);
}

static void
source_items_changed_cb (SamPlanChoice *self,
                         guint          position,
                         guint          removed,
                         guint          added,
                         GListModel    *source)
{
  rebuild (self);
}

static void
drop_down_selected_cb (SamPlanChoice *self,
                       GParamSpec    *pspec,
                       GtkDropDown   *drop_down)
{
  guint selected;

  if (self->updating)
    return;

  selected = gtk_drop_down_get_selected (drop_down);
  if (selected < self->ids->len)
    set_selected_id_internal (self, g_array_index (self->ids, gint64, selected));
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  wrap)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)),
                       gtk_string_object_get_string (string));
}

static GtkListItemFactory *
label_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (wrap));

  return factory;
}

static void
sam_plan_choice_dispose (GObject *object)
{
  SamPlanChoice *self = SAM_PLAN_CHOICE (object);

  if (self->source != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->source);
  g_clear_object (&self->source);
  if (self->drop_down != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->drop_down));
      self->drop_down = NULL;
    }
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (sam_plan_choice_parent_class)->dispose (object);
}

static void
sam_plan_choice_finalize (GObject *object)
{
  SamPlanChoice *self = SAM_PLAN_CHOICE (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->none_label, g_free);

  G_OBJECT_CLASS (sam_plan_choice_parent_class)->finalize (object);
}

static void
sam_plan_choice_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SamPlanChoice *self = SAM_PLAN_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_plan_choice_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SamPlanChoice *self = SAM_PLAN_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      sam_plan_choice_set_selected_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_plan_choice_class_init (SamPlanChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_plan_choice_dispose;
  object_class->finalize = sam_plan_choice_finalize;
  object_class->get_property = sam_plan_choice_get_property;
  object_class->set_property = sam_plan_choice_set_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planchoice");
}

static void
sam_plan_choice_init (SamPlanChoice *self)
{
  g_autoptr(GtkListItemFactory) factory = label_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = label_factory (TRUE);

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->labels = gtk_string_list_new (NULL);
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (self->labels));
  gtk_drop_down_set_factory (self->drop_down, factory);
  gtk_drop_down_set_list_factory (self->drop_down, list_factory);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));

  g_signal_connect_object (self->drop_down, "notify::selected",
                           G_CALLBACK (drop_down_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
sam_plan_choice_new (void)
{
  return g_object_new (SAM_TYPE_PLAN_CHOICE, NULL);
}

/**
 * sam_plan_choice_set_source:
 * @self: a #SamPlanChoice
 * @source: (nullable): a live list of entities
 * @label_func: (nullable): the label of an item; by default its title or name
 * @none_label: (nullable): the label of a first entry that chooses nothing
 *
 * Shows the entities of @source. The selected id stays as it is if the new
 * source has it.
 */
void
sam_plan_choice_set_source (SamPlanChoice          *self,
                            GListModel             *source,
                            SamPlanChoiceLabelFunc  label_func,
                            const char             *none_label)
{
  g_return_if_fail (SAM_IS_PLAN_CHOICE (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  if (self->source != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->source);
  g_set_object (&self->source, source);

  self->label_func = label_func != NULL ? label_func : sam_plan_choice_entity_label;
  g_free (self->none_label);
  self->none_label = g_strdup (none_label);

  if (self->source != NULL)
    self->items_changed_id = g_signal_connect_object (self->source, "items-changed",
                                                      G_CALLBACK (source_items_changed_cb), self,
                                                      G_CONNECT_SWAPPED);

  rebuild (self);
}

GListModel *
sam_plan_choice_get_source (SamPlanChoice *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_CHOICE (self), NULL);

  return self->source;
}

gint64
sam_plan_choice_get_selected_id (SamPlanChoice *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_CHOICE (self), 0);

  return self->selected_id;
}

/**
 * sam_plan_choice_set_selected_id:
 *
 * Chooses the entity with @id, or the first entry if the list has no such
 * entity.
 */
void
sam_plan_choice_set_selected_id (SamPlanChoice *self,
                                 gint64         id)
{
  int position;

  g_return_if_fail (SAM_IS_PLAN_CHOICE (self));

  position = find_id (self, id);
  if (position < 0 && self->ids->len > 0)
    position = 0;

  select_position (self, position);
  set_selected_id_internal (self, position >= 0 ? g_array_index (self->ids, gint64, position) : 0);
}

/* The number of entities to choose from, without the "none" entry. */
guint
sam_plan_choice_get_n_choices (SamPlanChoice *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_CHOICE (self), 0);

  return self->ids->len - (self->none_label != NULL ? 1 : 0);
}

GtkDropDown *
sam_plan_choice_get_drop_down (SamPlanChoice *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_CHOICE (self), NULL);

  return self->drop_down;
}

/* The title or the name of an entity. */
char *
sam_plan_choice_entity_label (gpointer item)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (item);
  char *label = NULL;

  if (g_object_class_find_property (klass, "title") != NULL)
    g_object_get (item, "title", &label, NULL);
  else if (g_object_class_find_property (klass, "name") != NULL)
    g_object_get (item, "name", &label, NULL);

  return label;
}
