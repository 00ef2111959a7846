/* sam-context.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-context"

#include "config.h"

#include "sam-context.h"

/* The services the window and its pages share: the open store, the
 * application's settings and the clock. The window makes one and hands it
 * to every page and dialog as their construct-only "context"; this file is
 * the only one in the UI that reads the settings schema or the time, so a
 * test can build a page without an application and fix "today". */
struct _SamContext
{
  GObject    parent_instance;

  /* Owned */
  SamStore  *store;
  GSettings *settings;
  GDateTime *fixed_now;
};

G_DEFINE_FINAL_TYPE (SamContext, sam_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark context_quark;

/* The settings, when the schema is installed (it is not in a program that
 * runs from a folder without the compiled schemas): the window and the
 * pages then keep their defaults for the run. */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
sam_context_constructed (GObject *object)
{
  SamContext *self = SAM_CONTEXT (object);

  G_OBJECT_CLASS (sam_context_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = new_settings ();
}

static void
sam_context_finalize (GObject *object)
{
  SamContext *self = SAM_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->fixed_now, g_date_time_unref);

  G_OBJECT_CLASS (sam_context_parent_class)->finalize (object);
}

static void
sam_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SamContext *self = SAM_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SamContext *self = SAM_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_context_class_init (SamContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sam_context_constructed;
  object_class->finalize = sam_context_finalize;
  object_class->get_property = sam_context_get_property;
  object_class->set_property = sam_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The application's settings; without one the schema's when it is
   * installed, else none (every reader keeps its default). */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  context_quark = g_quark_from_static_string ("sam-context");
}

static void
sam_context_init (SamContext *self)
{
}

/**
 * sam_context_new:
 * @store: the open database
 *
 * Returns: (transfer full): a context with @store, the application's
 *   settings and the real clock
 */
SamContext *
sam_context_new (SamStore *store)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  return g_object_new (SAM_TYPE_CONTEXT, "store", store, NULL);
}

/**
 * sam_context_get_store:
 *
 * Returns: (transfer none): the open database
 */
SamStore *
sam_context_get_store (SamContext *self)
{
  g_return_val_if_fail (SAM_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * sam_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or
 *   %NULL when their schema is not installed
 */
GSettings *
sam_context_get_settings (SamContext *self)
{
  g_return_val_if_fail (SAM_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * sam_context_now:
 * @self: (nullable): a context, or %NULL for the real clock
 *
 * Returns: (transfer full): the local time now, or the time a test fixed
 *   with sam_context_set_now()
 */
GDateTime *
sam_context_now (SamContext *self)
{
  g_return_val_if_fail (self == NULL || SAM_IS_CONTEXT (self), NULL);

  if (self != NULL && self->fixed_now != NULL)
    return g_date_time_ref (self->fixed_now);

  return g_date_time_new_now_local ();
}

/**
 * sam_context_today:
 * @self: (nullable): a context, or %NULL for the real clock
 *
 * Returns: (transfer full): today's date as the store writes dates
 */
char *
sam_context_today (SamContext *self)
{
  g_autoptr(GDateTime) now = sam_context_now (self);

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * sam_context_set_now:
 * @now: (nullable): the time the clock keeps showing, or %NULL for the
 *   real clock again
 *
 * Stops the clock at @now, so that a test knows what "today" is.
 */
void
sam_context_set_now (SamContext *self,
                     GDateTime  *now)
{
  g_return_if_fail (SAM_IS_CONTEXT (self));

  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  if (now != NULL)
    self->fixed_now = g_date_time_ref (now);
}

/**
 * sam_context_attach:
 * @widget: a page, dialog or window built with @self
 *
 * Lets the widgets inside @widget find @self with sam_context_for_widget().
 */
void
sam_context_attach (SamContext *self,
                    GtkWidget  *widget)
{
  g_return_if_fail (SAM_IS_CONTEXT (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata_full (G_OBJECT (widget), context_quark,
                           g_object_ref (self), g_object_unref);
}

/**
 * sam_context_for_widget:
 * @widget: a widget inside a page, a dialog or the window
 *
 * Finds the context of the page, dialog or window @widget is in, following
 * a dialog to the window it is transient for. Small widgets (a date row, a
 * decision row) ask this for the clock instead of taking a context each.
 *
 * Returns: (transfer none) (nullable): the context, or %NULL when @widget
 *   is in nothing built with one
 */
SamContext *
sam_context_for_widget (GtkWidget *widget)
{
  g_return_val_if_fail (widget == NULL || GTK_IS_WIDGET (widget), NULL);

  if (context_quark == 0)
    return NULL;

  while (widget != NULL)
    {
      SamContext *context = g_object_get_qdata (G_OBJECT (widget), context_quark);

      if (context != NULL)
        return context;

      if (gtk_widget_get_parent (widget) == NULL && GTK_IS_WINDOW (widget))
        widget = (GtkWidget *)gtk_window_get_transient_for (GTK_WINDOW (widget));
      else
        widget = gtk_widget_get_parent (widget);
    }

  return NULL;
}
