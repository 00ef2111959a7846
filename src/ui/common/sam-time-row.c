/* sam-time-row.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-time-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-time-row.h"
#include "sam-model.h"

/* The one way a time of day is edited: an entry row that reads "15.00",
 * "15:00", "1500" or "15" (sam_time_parse()), holds "HH:MM" as its value as
 * soon as the text is a time, marks text that is none without taking it,
 * and shows the value in the locale's form when it loses focus. */

struct _SamTimeRow
{
  AdwEntryRow  parent_instance;

  /* Owned */
  char        *value;
  /* The value when editing began: what text that is no time falls back to. */
  char        *committed;

  gboolean     optional;
  gboolean     valid;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (SamTimeRow, sam_time_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_OPTIONAL,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
set_valid (SamTimeRow *self,
           gboolean    valid,
           const char *message)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");

  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               message != NULL ? message : sam_time_accepted_forms ());

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
store_value (SamTimeRow *self,
             const char *hh_mm)
{
  if (g_strcmp0 (self->value, hh_mm) == 0)
    return;

  g_free (self->value);
  self->value = g_strdup (hh_mm);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
show_value (SamTimeRow *self)
{
  g_autofree char *text = sam_time_format (self->value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
}

/* Signal callbacks */

static void
text_changed_cb (SamTimeRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hh_mm = NULL;

  g_assert (SAM_IS_TIME_ROW (self));

  if (self->updating)
    return;

  if (sam_time_parse (gtk_editable_get_text (GTK_EDITABLE (self)), &hh_mm, &error))
    {
      set_valid (self, TRUE, NULL);
      store_value (self, hh_mm);
    }
  else if (g_error_matches (error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY) && self->optional)
    {
      set_valid (self, TRUE, NULL);
      store_value (self, NULL);
    }
  else
    {
      set_valid (self, FALSE, error->message);
      store_value (self, self->committed);
    }
}

static void
focus_leave_cb (SamTimeRow *self)
{
  g_assert (SAM_IS_TIME_ROW (self));

  /* Focus also leaves a row that is being taken down; its text must not
   * change (and animate) then. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  sam_time_row_reformat (self);
}

/* Overrides */

static void
sam_time_row_finalize (GObject *object)
{
  SamTimeRow *self = SAM_TIME_ROW (object);

  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->committed, g_free);

  G_OBJECT_CLASS (sam_time_row_parent_class)->finalize (object);
}

static void
sam_time_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SamTimeRow *self = SAM_TIME_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_time_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SamTimeRow *self = SAM_TIME_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      sam_time_row_set_value (self, g_value_get_string (value));
      break;
    case PROP_OPTIONAL:
      sam_time_row_set_optional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_time_row_class_init (SamTimeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_time_row_finalize;
  object_class->get_property = sam_time_row_get_property;
  object_class->set_property = sam_time_row_set_property;

  /**
   * SamTimeRow:value:
   *
   * The time of day as "HH:MM", or %NULL when the row is empty.
   */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SamTimeRow:optional:
   *
   * Whether an empty row is valid, with %NULL as the value.
   */
  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SamTimeRow:valid:
   *
   * Whether the text is a time (or empty, when the row is optional).
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_time_row_init (SamTimeRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->valid = TRUE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), sam_time_accepted_forms ());

  g_signal_connect_swapped (self, "changed", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (self, "entry-activated", G_CALLBACK (focus_leave_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

/* Public API */

GtkWidget *
sam_time_row_new (void)
{
  return g_object_new (SAM_TYPE_TIME_ROW, NULL);
}

/**
 * sam_time_row_get_value:
 *
 * Returns: (nullable): the time as "HH:MM", %NULL when empty
 */
const char *
sam_time_row_get_value (SamTimeRow *self)
{
  g_return_val_if_fail (SAM_IS_TIME_ROW (self), NULL);

  return self->value;
}

/**
 * sam_time_row_set_value:
 * @hh_mm: (nullable): "HH:MM", or a local date and time whose time is taken
 *
 * Anything that holds no time of day empties the row.
 */
void
sam_time_row_set_value (SamTimeRow *self,
                        const char *hh_mm)
{
  g_autofree char *joined = NULL;
  g_autofree char *time = NULL;
  int hour = -1;
  int minute = -1;

  g_return_if_fail (SAM_IS_TIME_ROW (self));

  if (hh_mm != NULL && strlen (hh_mm) == 5)
    hh_mm = joined = g_strdup_printf ("2000-01-01T%s", hh_mm);
  if (sam_date_time_split (hh_mm, NULL, NULL, NULL, &hour, &minute) && hour >= 0)
    time = g_strdup_printf ("%02d:%02d", hour, minute);

  store_value (self, time);
  g_free (self->committed);
  self->committed = g_strdup (time);
  show_value (self);
  set_valid (self, time != NULL || self->optional,
             time != NULL || self->optional ? NULL : _("No time was written."));
}

gboolean
sam_time_row_get_optional (SamTimeRow *self)
{
  g_return_val_if_fail (SAM_IS_TIME_ROW (self), FALSE);

  return self->optional;
}

void
sam_time_row_set_optional (SamTimeRow *self,
                           gboolean    optional)
{
  g_return_if_fail (SAM_IS_TIME_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;

  self->optional = optional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
  if (gtk_editable_get_text (GTK_EDITABLE (self))[0] == '\0')
    set_valid (self, optional, optional ? NULL : _("No time was written."));
}

/**
 * sam_time_row_get_valid:
 *
 * Returns: whether the text is a time, or empty in an optional row
 */
gboolean
sam_time_row_get_valid (SamTimeRow *self)
{
  g_return_val_if_fail (SAM_IS_TIME_ROW (self), FALSE);

  return self->valid;
}

/**
 * sam_time_row_reformat:
 *
 * Shows the value in the locale's form when the text is a time.
 */
void
sam_time_row_reformat (SamTimeRow *self)
{
  g_return_if_fail (SAM_IS_TIME_ROW (self));

  if (!self->valid)
    return;

  g_free (self->committed);
  self->committed = g_strdup (self->value);
  show_value (self);
}
