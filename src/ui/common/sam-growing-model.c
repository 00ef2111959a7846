/* sam-growing-model.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-growing-model"

#include "config.h"

#include "sam-growing-model.h"

/* A list model that shows a prefix of its source: after a change that
 * brings many rows (a first show, a new filter, a search) only the first
 * screenful, then a batch more in each following frame until it shows
 * everything. GTK 4.8's list view builds a widget for up to two hundred
 * rows whatever it shows, so without this a new filter builds, binds and
 * measures two hundred rows before the next frame; with it the action
 * finishes within a frame and the rest of the rows arrive over the frames
 * after it, below what is in view.
 *
 * The items are the source's own at the same positions: a position in
 * this model is a position in the source. Small changes (a row edited,
 * added or deleted) pass through as they come. Growth follows the frame
 * clock of a widget (the list view), one batch per frame and none while the
 * widget is not mapped; past the rows a list view builds anyway, the rest
 * comes in one step. */

/* More than GTK 4.8's list view builds widgets for (its
 * GTK_LIST_VIEW_MAX_LIST_ITEMS is 200): beyond this, rows only add length. */
#define FULL_AFTER 208

struct _SamGrowingModel
{
  GObject     parent_instance;

  GListModel *source;
  GtkWidget  *widget;     /* weak */
  guint       first;
  guint       batch;
  guint       limit;      /* G_MAXUINT: everything */
  guint       shown;
  guint       tick_id;
  guint       idle_id;
  gulong      map_id;
  gboolean    armed;      /* a frame has gone by since the last change */
};

enum
{
  PROP_0,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);
static void schedule_growth       (SamGrowingModel *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamGrowingModel, sam_growing_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sam_growing_model_get_item_type (GListModel *model)
{
  SamGrowingModel *self = SAM_GROWING_MODEL (model);

  return self->source != NULL ? g_list_model_get_item_type (self->source) : G_TYPE_OBJECT;
}

static guint
sam_growing_model_get_n_items (GListModel *model)
{
  return SAM_GROWING_MODEL (model)->shown;
}

static gpointer
sam_growing_model_get_item (GListModel *model,
                            guint       position)
{
  SamGrowingModel *self = SAM_GROWING_MODEL (model);

  if (position >= self->shown || self->source == NULL)
    return NULL;

  return g_list_model_get_item (self->source, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sam_growing_model_get_item_type;
  iface->get_n_items = sam_growing_model_get_n_items;
  iface->get_item = sam_growing_model_get_item;
}

static guint
source_n_items (SamGrowingModel *self)
{
  return self->source != NULL ? g_list_model_get_n_items (self->source) : 0;
}

/* What the limit allows of the source; a limit the source does not reach
 * is no limit any more. */
static guint
settle_limit (SamGrowingModel *self)
{
  guint n = source_n_items (self);
  gboolean was_complete = self->limit == G_MAXUINT;

  if (self->limit != G_MAXUINT && (self->limit >= n || self->limit >= FULL_AFTER))
    self->limit = G_MAXUINT;

  if (!was_complete && self->limit == G_MAXUINT)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  else if (was_complete && self->limit != G_MAXUINT)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);

  return MIN (self->limit, n);
}

/* Says what changed at the end of the shown rows, to show @new_shown. */
static void
set_shown (SamGrowingModel *self,
           guint            new_shown)
{
  guint old_shown = self->shown;

  if (new_shown == old_shown)
    return;

  self->shown = new_shown;
  if (new_shown > old_shown)
    g_list_model_items_changed (G_LIST_MODEL (self), old_shown, 0, new_shown - old_shown);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), new_shown, old_shown - new_shown, 0);
}

static void
source_items_changed_cb (SamGrowingModel *self,
                         guint            position,
                         guint            removed,
                         guint            added,
                         GListModel      *source)
{
  guint old_shown = self->shown;
  guint new_shown;

  /* Many rows changed: a new filter or search, or a list catching up.
   * Only the first rows are shown now and the others later. A source
   * that says a new filter in runs says its big run first (what goes, from
   * the last run to the first): the small runs after it then only touch
   * the few rows shown. */
  if ((added > self->first || removed > self->first) && self->limit > self->first)
    {
      self->limit = self->first;
      self->armed = FALSE;
    }

  new_shown = settle_limit (self);

  if (position >= old_shown)
    {
      /* Below what is shown: at most more rows at the end. */
      set_shown (self, new_shown);
    }
  else if (position + removed <= old_shown && position + added <= new_shown)
    {
      /* Inside what is shown: said as it came, then the end made right. */
      self->shown = old_shown - removed + added;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      set_shown (self, new_shown);
    }
  else
    {
      /* A new limit can end the shown rows above @position: then the rows
       * from the new end go, whether or not the source changed them. */
      guint start = MIN (position, new_shown);

      self->shown = new_shown;
      g_list_model_items_changed (G_LIST_MODEL (self), start, old_shown - start, new_shown - start);
    }

  schedule_growth (self);
}

static void
grow (SamGrowingModel *self)
{
  if (self->limit == G_MAXUINT)
    return;

  self->limit = self->limit > G_MAXUINT - self->batch ? G_MAXUINT - 1 : self->limit + self->batch;
  set_shown (self, settle_limit (self));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  SamGrowingModel *self = user_data;

  /* The frame that shows the change itself is left alone. */
  if (self->limit != G_MAXUINT && !self->armed)
    {
      self->armed = TRUE;
      return G_SOURCE_CONTINUE;
    }

  grow (self);
  if (self->limit != G_MAXUINT && gtk_widget_get_mapped (widget))
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;

  return G_SOURCE_REMOVE;
}

static gboolean
idle_cb (gpointer user_data)
{
  SamGrowingModel *self = user_data;

  grow (self);
  if (self->limit != G_MAXUINT)
    return G_SOURCE_CONTINUE;

  self->idle_id = 0;

  return G_SOURCE_REMOVE;
}

static void
schedule_growth (SamGrowingModel *self)
{
  if (self->limit == G_MAXUINT)
    {
      if (self->tick_id != 0 && self->widget != NULL)
        gtk_widget_remove_tick_callback (self->widget, self->tick_id);
      self->tick_id = 0;
      g_clear_handle_id (&self->idle_id, g_source_remove);
      return;
    }

  if (self->widget != NULL)
    {
      /* Nothing grows while it is not shown; its map starts it again. */
      if (self->tick_id == 0 && gtk_widget_get_mapped (self->widget))
        self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
    }
  else if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, idle_cb, self, NULL);
}

static void
widget_map_cb (SamGrowingModel *self)
{
  schedule_growth (self);
}

static void
forget_widget (SamGrowingModel *self)
{
  if (self->widget == NULL)
    return;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
  g_clear_signal_handler (&self->map_id, self->widget);
  g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *)&self->widget);
  self->widget = NULL;
}

static void
sam_growing_model_dispose (GObject *object)
{
  SamGrowingModel *self = (SamGrowingModel *)object;

  forget_widget (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (sam_growing_model_parent_class)->dispose (object);
}

static void
sam_growing_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamGrowingModel *self = SAM_GROWING_MODEL (object);

  switch (prop_id)
    {
    case PROP_COMPLETE:
      g_value_set_boolean (value, sam_growing_model_get_complete (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_growing_model_class_init (SamGrowingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_growing_model_dispose;
  object_class->get_property = sam_growing_model_get_property;

  /**
   * SamGrowingModel:complete:
   *
   * Whether every row of the source is shown.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_growing_model_init (SamGrowingModel *self)
{
  self->limit = G_MAXUINT;
}

/**
 * sam_growing_model_new:
 * @source: (transfer none): the rows
 * @first: how many rows to show at once after a change that brings many
 * @batch: how many more to show in each frame after that
 *
 * Returns: (transfer full): a model that shows @source's rows, the first
 *   of them at once and the others over the following frames
 */
SamGrowingModel *
sam_growing_model_new (GListModel *source,
                       guint       first,
                       guint       batch)
{
  SamGrowingModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);
  g_return_val_if_fail (first > 0 && batch > 0, NULL);

  self = g_object_new (SAM_TYPE_GROWING_MODEL, NULL);
  self->source = g_object_ref (source);
  self->first = first;
  self->batch = batch;
  self->limit = first;
  self->shown = settle_limit (self);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (source_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  schedule_growth (self);

  return self;
}

/**
 * sam_growing_model_get_source:
 *
 * Returns: (transfer none): the model whose rows this shows
 */
GListModel *
sam_growing_model_get_source (SamGrowingModel *self)
{
  g_return_val_if_fail (SAM_IS_GROWING_MODEL (self), NULL);

  return self->source;
}

/**
 * sam_growing_model_set_widget:
 * @widget: (nullable): the widget that shows the rows
 *
 * Grows one batch per frame of @widget, while it is mapped; without a
 * widget, in idles of low priority.
 */
void
sam_growing_model_set_widget (SamGrowingModel *self,
                              GtkWidget       *widget)
{
  g_return_if_fail (SAM_IS_GROWING_MODEL (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (self->widget == widget)
    return;

  forget_widget (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->widget = widget;
  if (widget != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *)&self->widget);
      self->map_id = g_signal_connect_swapped (widget, "map", G_CALLBACK (widget_map_cb), self);
    }
  schedule_growth (self);
}

/**
 * sam_growing_model_reveal:
 * @position: a position in the source
 *
 * Shows the rows up to @position and a batch beyond at once, so that the
 * row there can be selected or scrolled to.
 */
void
sam_growing_model_reveal (SamGrowingModel *self,
                          guint            position)
{
  g_return_if_fail (SAM_IS_GROWING_MODEL (self));

  if (self->limit == G_MAXUINT || position < self->shown)
    return;

  self->limit = position >= G_MAXUINT - self->batch ? G_MAXUINT - 1 : position + self->batch;
  set_shown (self, settle_limit (self));
  schedule_growth (self);
}

/**
 * sam_growing_model_show_all:
 *
 * Shows every row of the source at once.
 */
void
sam_growing_model_show_all (SamGrowingModel *self)
{
  g_return_if_fail (SAM_IS_GROWING_MODEL (self));

  if (self->limit == G_MAXUINT)
    return;

  self->limit = G_MAXUINT - 1;
  set_shown (self, settle_limit (self));
  schedule_growth (self);
}

/**
 * sam_growing_model_restart:
 *
 * Shows the first rows only again and lets the others come over the next
 * frames, as after a change that brings many; for a list about to be
 * shown afresh.
 */
void
sam_growing_model_restart (SamGrowingModel *self)
{
  g_return_if_fail (SAM_IS_GROWING_MODEL (self));

  if (self->shown <= self->first)
    return;

  self->limit = self->first;
  self->armed = FALSE;
  set_shown (self, settle_limit (self));
  schedule_growth (self);
}

/**
 * sam_growing_model_get_complete:
 *
 * Returns: whether every row of the source is shown
 */
gboolean
sam_growing_model_get_complete (SamGrowingModel *self)
{
  g_return_val_if_fail (SAM_IS_GROWING_MODEL (self), TRUE);

  return self->limit == G_MAXUINT;
}
