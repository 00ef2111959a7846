/* sam-year-wheel.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-year-wheel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-year-wheel.h"

struct _SamYearWheel
{
  GtkWidget  parent_instance;

  SamWheel  *wheel;  /* owned */
  int        focused;
  int        hovered;
};

G_DEFINE_FINAL_TYPE (SamYearWheel, sam_year_wheel, GTK_TYPE_WIDGET)

static char *
today_text (SamYearWheel *self)
{
  return sam_context_today (sam_context_for_widget (GTK_WIDGET (self)));
}

static void
sam_year_wheel_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SamYearWheel *self = SAM_YEAR_WHEEL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *today = NULL;
  cairo_t *cr;

  if (self->wheel == NULL || width <= 0 || height <= 0)
    return;

  today = today_text (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sam_wheel_draw (self->wheel, cr, width, height, NULL, today,
                  gtk_widget_has_focus (widget) ? self->focused : -1,
                  adw_style_manager_get_dark (adw_style_manager_get_default ()));
  cairo_destroy (cr);
}

static void
sam_year_wheel_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* Wide, the wheel wants room beside what is next to it; its height is
   * what the page asks for (a size request), so that in a narrow column
   * the list below it gets the rest. */
  *minimum = 300;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 300;
}

static void
announce (SamYearWheel *self)
{
  g_autofree char *label = NULL;

  if (self->wheel == NULL || self->focused < 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year at a glance"), -1);
      return;
    }

  label = sam_wheel_describe_mark (self->wheel, (guint)self->focused, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

int
sam_year_wheel_mark_at (SamYearWheel *self,
                        double        x,
                        double        y)
{
  if (self->wheel == NULL)
    return -1;

  return sam_wheel_hit (self->wheel, gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)), x, y);
}

static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip,
               gpointer    data)
{
  SamYearWheel *self = SAM_YEAR_WHEEL (widget);
  g_autofree char *text = NULL;
  int index;

  if (self->wheel == NULL)
    return FALSE;

  index = keyboard ? self->focused : sam_year_wheel_mark_at (self, x, y);
  if (index >= 0)
    text = sam_wheel_describe_mark (self->wheel, (guint)index, NULL);
  else
    {
      gint64 body_id = 0;
      int day = sam_wheel_ring_at (self->wheel, gtk_widget_get_width (widget),
                                   gtk_widget_get_height (widget), x, y, &body_id);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *month = NULL;

      if (day < 0)
        return FALSE;

      start = g_date_time_new_local (sam_wheel_get_year (self->wheel), 1, 1, 12, 0, 0);
      time = g_date_time_add_days (start, day);
      /* Translators: shown when hovering the year at a glance between marks:
       * the ISO week and its month, as in "Week 5, January". */
      month = g_date_time_format (time, "%B");
      text = g_strdup_printf (_("Week %d, %s"), g_date_time_get_week_of_year (time), month);
    }

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * sam_year_wheel_activate_mark:
 *
 * Opens what a mark stands for: the meeting, the assignment or the trip.
 */
void
sam_year_wheel_activate_mark (SamYearWheel *self,
                              int           index)
{
  const SamWheelMark *mark;
  const char *section;

  if (self->wheel == NULL || index < 0 || (guint)index >= sam_wheel_get_n_marks (self->wheel))
    return;

  mark = sam_wheel_get_mark (self->wheel, (guint)index);
  switch (mark->kind)
    {
    case SAM_WHEEL_MARK_DEADLINE:
      section = "assignment";
      break;
    case SAM_WHEEL_MARK_TRIP:
      section = "study-trips";
      break;
    case SAM_WHEEL_MARK_MEETING:
    default:
      section = "meetings";
      break;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(sx)", section, mark->id);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            SamYearWheel    *self)
{
  int index = sam_year_wheel_mark_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index < 0)
    return;

  sam_year_wheel_set_focused (self, index);
  sam_year_wheel_activate_mark (self, index);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SamYearWheel             *self)
{
  int index = sam_year_wheel_mark_at (self, x, y);

  if (index != self->hovered)
    {
      self->hovered = index;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), index >= 0 ? "pointer" : NULL);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SamYearWheel          *self)
{
  int n = self->wheel != NULL ? (int)sam_wheel_get_n_marks (self->wheel) : 0;

  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      sam_year_wheel_set_focused (self, MIN (self->focused + 1, n - 1));
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      sam_year_wheel_set_focused (self, MAX (self->focused - 1, 0));
      return TRUE;

    case GDK_KEY_Home:
      sam_year_wheel_set_focused (self, 0);
      return TRUE;

    case GDK_KEY_End:
      sam_year_wheel_set_focused (self, n - 1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      sam_year_wheel_activate_mark (self, self->focused);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                SamYearWheel            *self)
{
  if (self->focused < 0 && self->wheel != NULL && sam_wheel_get_n_marks (self->wheel) > 0)
    self->focused = 0;
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sam_year_wheel_class_init (SamYearWheelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = sam_year_wheel_snapshot;
  widget_class->measure = sam_year_wheel_measure;

  gtk_widget_class_set_css_name (widget_class, "yearwheel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sam_year_wheel_init (SamYearWheel *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->focused = -1;
  self->hovered = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip), NULL);

  announce (self);
}

GtkWidget *
sam_year_wheel_new (void)
{
  return g_object_new (SAM_TYPE_YEAR_WHEEL, NULL);
}

/**
 * sam_year_wheel_set_wheel:
 * @wheel: (transfer none) (nullable): the wheel to show; the caller keeps it
 *   (the Year page caches one per year) until another replaces it
 */
void
sam_year_wheel_set_wheel (SamYearWheel *self,
                          SamWheel     *wheel)
{
  self->wheel = wheel;
  self->focused = -1;
  self->hovered = -1;
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SamWheel *
sam_year_wheel_get_wheel (SamYearWheel *self)
{
  return self->wheel;
}

int
sam_year_wheel_get_focused (SamYearWheel *self)
{
  return self->focused;
}

void
sam_year_wheel_set_focused (SamYearWheel *self,
                            int           index)
{
  if (self->wheel == NULL)
    return;

  self->focused = CLAMP (index, -1, (int)sam_wheel_get_n_marks (self->wheel) - 1);
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
