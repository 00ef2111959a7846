/* sam-date-row.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-date-row.h"
#include "sam-model.h"

/* The one way a date is edited: an entry row that reads what is typed in
 * any form sam_date_parse() knows ("29/1 2019", "29 jan", "2019-01-29"),
 * with a calendar in a popover beside it. The value is ISO text, updated as
 * soon as the text is a date; text that is no date is marked and never
 * becomes the value. When the row loses focus the text is shown again in
 * the locale's form. */

struct _SamDateRow
{
  AdwEntryRow    parent_instance;

  /* Owned */
  char          *value;
  /* The value when editing began: what text that is no date falls back to,
   * even when the way there passed through an empty row. */
  char          *committed;
  char          *today;

  /* Borrowed */
  GtkMenuButton *calendar_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  gboolean       optional;
  gboolean       valid;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (SamDateRow, sam_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_OPTIONAL,
  PROP_VALID,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static char *
current_today (SamDateRow *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today != NULL)
    return g_strdup (self->today);

  now = sam_context_now (sam_context_for_widget (GTK_WIDGET (self)));

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
set_valid (SamDateRow *self,
           gboolean    valid,
           const char *message)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");

  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               message != NULL ? message : sam_date_accepted_forms ());

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
store_value (SamDateRow *self,
             const char *iso)
{
  if (g_strcmp0 (self->value, iso) == 0)
    return;

  g_free (self->value);
  self->value = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
show_value (SamDateRow *self)
{
  g_autofree char *text = self->value != NULL ? sam_date_format (self->value) : g_strdup ("");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
}

/* Signal callbacks */

static void
text_changed_cb (SamDateRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *today = NULL;
  const char *text;

  g_assert (SAM_IS_DATE_ROW (self));

  if (self->updating)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  today = current_today (self);
  if (sam_date_parse (text, today, &iso, &error))
    {
      set_valid (self, TRUE, NULL);
      store_value (self, iso);
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
focus_leave_cb (SamDateRow *self)
{
  g_assert (SAM_IS_DATE_ROW (self));

  /* Focus also leaves a row that is being taken down; its text must not
   * change (and animate) then. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  sam_date_row_reformat (self);
}

static void
popover_show_cb (SamDateRow *self)
{
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) shown = NULL;

  g_assert (SAM_IS_DATE_ROW (self));

  shown = sam_date_time_from_iso (self->value);
  if (shown == NULL)
    {
      today = current_today (self);
      shown = sam_date_time_from_iso (today);
    }
  if (shown == NULL)
    return;

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->updating = FALSE;
}

static void
day_selected_cb (SamDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  g_assert (SAM_IS_DATE_ROW (self));

  if (self->updating)
    return;

  date = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  sam_date_row_set_value (self, iso);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
}

/* Overrides */

static void
sam_date_row_finalize (GObject *object)
{
  SamDateRow *self = SAM_DATE_ROW (object);

  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->committed, g_free);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (sam_date_row_parent_class)->finalize (object);
}

static void
sam_date_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SamDateRow *self = SAM_DATE_ROW (object);

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
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_date_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SamDateRow *self = SAM_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      sam_date_row_set_value (self, g_value_get_string (value));
      break;
    case PROP_OPTIONAL:
      sam_date_row_set_optional (self, g_value_get_boolean (value));
      break;
    case PROP_TODAY:
      sam_date_row_set_today (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_date_row_class_init (SamDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_date_row_finalize;
  object_class->get_property = sam_date_row_get_property;
  object_class->set_property = sam_date_row_set_property;

  /**
   * SamDateRow:value:
   *
   * The date as "YYYY-MM-DD", or %NULL when the row is empty.
   */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SamDateRow:optional:
   *
   * Whether an empty row is valid, with %NULL as the value.
   */
  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SamDateRow:valid:
   *
   * Whether the text is a date (or empty, when the row is optional).
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SamDateRow:today:
   *
   * Today as "YYYY-MM-DD": the year of a date typed without one and the
   * month the calendar opens on when the row is empty. %NULL for the clock.
   */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_date_row_init (SamDateRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();

  self->valid = TRUE;

  self->calendar = GTK_CALENDAR (calendar);
  self->popover = GTK_POPOVER (popover);
  self->calendar_button = GTK_MENU_BUTTON (button);
  gtk_popover_set_child (self->popover, calendar);
  gtk_menu_button_set_popover (self->calendar_button, popover);
  gtk_menu_button_set_icon_name (self->calendar_button, "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose the date in a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose the date in a calendar"),
                                  -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), sam_date_accepted_forms ());

  g_signal_connect_swapped (self, "changed", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (self, "entry-activated", G_CALLBACK (focus_leave_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_show_cb), self);
  g_signal_connect_swapped (calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
}

/* Public API */

GtkWidget *
sam_date_row_new (void)
{
  return g_object_new (SAM_TYPE_DATE_ROW, NULL);
}

/**
 * sam_date_row_get_value:
 *
 * Returns: (nullable): the date as "YYYY-MM-DD", %NULL when empty
 */
const char *
sam_date_row_get_value (SamDateRow *self)
{
  g_return_val_if_fail (SAM_IS_DATE_ROW (self), NULL);

  return self->value;
}

/**
 * sam_date_row_set_value:
 * @iso: (nullable): a date as "YYYY-MM-DD" (a time after it is dropped)
 *
 * Shows @iso in the locale's form. Anything that is no date empties the row.
 */
void
sam_date_row_set_value (SamDateRow *self,
                        const char *iso)
{
  g_autofree char *date = NULL;

  g_return_if_fail (SAM_IS_DATE_ROW (self));

  if (sam_date_split (iso, NULL, NULL, NULL))
    date = g_strndup (iso, 10);

  store_value (self, date);
  g_free (self->committed);
  self->committed = g_strdup (date);
  show_value (self);
  set_valid (self, date != NULL || self->optional,
             date != NULL || self->optional ? NULL : _("No date was written."));
}

gboolean
sam_date_row_get_optional (SamDateRow *self)
{
  g_return_val_if_fail (SAM_IS_DATE_ROW (self), FALSE);

  return self->optional;
}

void
sam_date_row_set_optional (SamDateRow *self,
                           gboolean    optional)
{
  g_return_if_fail (SAM_IS_DATE_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;

  self->optional = optional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
  if (gtk_editable_get_text (GTK_EDITABLE (self))[0] == '\0')
    set_valid (self, optional, optional ? NULL : _("No date was written."));
}

/**
 * sam_date_row_get_valid:
 *
 * Returns: whether the text is a date, or empty in an optional row
 */
gboolean
sam_date_row_get_valid (SamDateRow *self)
{
  g_return_val_if_fail (SAM_IS_DATE_ROW (self), FALSE);

  return self->valid;
}

const char *
sam_date_row_get_today (SamDateRow *self)
{
  g_return_val_if_fail (SAM_IS_DATE_ROW (self), NULL);

  return self->today;
}

void
sam_date_row_set_today (SamDateRow *self,
                        const char *today)
{
  g_return_if_fail (SAM_IS_DATE_ROW (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * sam_date_row_get_calendar:
 *
 * Returns: (transfer none): the calendar in the row's popover
 */
GtkCalendar *
sam_date_row_get_calendar (SamDateRow *self)
{
  g_return_val_if_fail (SAM_IS_DATE_ROW (self), NULL);

  return self->calendar;
}

/**
 * sam_date_row_reformat:
 *
 * Shows the value in the locale's form, when the text is a date; what is
 * no date stays as typed, marked, for the user to correct.
 */
void
sam_date_row_reformat (SamDateRow *self)
{
  g_return_if_fail (SAM_IS_DATE_ROW (self));

  if (!self->valid)
    return;

  g_free (self->committed);
  self->committed = g_strdup (self->value);
  show_value (self);
}
