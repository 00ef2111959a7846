/* sam-plan-util.c: what the plan, focus-question and activity pages share
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-plan-util.h"
#include "sam-date.h"
#include "sam-toast.h"
#include "sam-window.h"

/* A date as people read it, in the user's language. */
char *
sam_plan_format_date (const char *iso)
{
  /* Translators: a date, for example when a plan was adopted. See the
   * format codes of g_date_time_format(). */
  char *text = sam_date_format_with (iso, _("%-d %B %Y"));

  return text != NULL ? text : g_strdup (iso != NULL ? iso : "");
}

/* A meeting's local start, shown as it is, without any time zone. */
char *
sam_plan_format_datetime (const char *iso)
{
  char *text;

  if (iso == NULL)
    return g_strdup (_("No date set"));

  /* Translators: the date of a meeting in a focus question's history. See
   * the format codes of g_date_time_format(). */
  text = sam_date_format_with (iso, _("%a %-d %b %Y"));

  return text != NULL ? text : g_strdup (iso);
}

char *
sam_plan_today (GtkWidget *from)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (from));

  return g_date_time_format (now, "%Y-%m-%d");
}

int
sam_plan_this_year (GtkWidget *from)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (from));

  return g_date_time_get_year (now);
}

/* An amount in Swedish kronor, grouped by the locale's rules. */
char *
sam_plan_format_sek (gint64 amount)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GINT64_FORMAT, amount);

  /* Translators: an amount of money in Swedish kronor (SEK). */
  return g_strdup_printf (_("%s kr"), number);
}

const char *
sam_plan_category_label (SamActivityCategory category)
{
  switch (category)
    {
    case SAM_ACTIVITY_CATEGORY_FOCUS_AREA:
      return C_("activity category", "Focus area");
    case SAM_ACTIVITY_CATEGORY_CORE:
      return C_("activity category", "Core activity");
    case SAM_ACTIVITY_CATEGORY_PRACTICAL:
      return C_("activity category", "Practical collaboration");
    case SAM_ACTIVITY_CATEGORY_COMMUNICATION:
      return C_("activity category", "Communication");
    case SAM_ACTIVITY_CATEGORY_HORIZONTAL:
      return C_("activity category", "Horizontal");
    default:
      return "";
    }
}

const char *
sam_plan_activity_kind_label (SamActivityKind kind)
{
  switch (kind)
    {
    case SAM_ACTIVITY_KIND_PROJECT:
      return C_("activity kind", "Project");
    case SAM_ACTIVITY_KIND_RECURRING:
      return C_("activity kind", "Recurring");
    default:
      return "";
    }
}

const char *
sam_plan_activity_status_label (SamActivityStatus status)
{
  switch (status)
    {
    case SAM_ACTIVITY_STATUS_PLANNED:
      return C_("activity status", "Planned");
    case SAM_ACTIVITY_STATUS_ONGOING:
      return C_("activity status", "Ongoing");
    case SAM_ACTIVITY_STATUS_DONE:
      return C_("activity status", "Done");
    case SAM_ACTIVITY_STATUS_CANCELLED:
      return C_("activity status", "Cancelled");
    default:
      return "";
    }
}

const char *
sam_plan_focus_status_label (SamFocusStatus status)
{
  switch (status)
    {
    case SAM_FOCUS_STATUS_ACTIVE:
      return C_("focus question status", "Active");
    case SAM_FOCUS_STATUS_CONCLUDED:
      return C_("focus question status", "Concluded");
    default:
      return "";
    }
}

char *
sam_plan_priority_label (int priority)
{
  if (priority <= 0)
    return g_strdup (C_("priority", "None"));

  /* Translators: the priority of an activity; 1 is the highest. */
  return g_strdup_printf (C_("priority", "Priority %d"), priority);
}

/* "2016–2018, revised for 2018". */
char *
sam_plan_period_label (SamPlan *plan)
{
  int first = sam_plan_get_first_year (plan);
  int last = sam_plan_get_last_year (plan);
  int revised = sam_plan_get_revised_year (plan);
  g_autofree char *period = NULL;

  if (first <= 0)
    period = g_strdup (_("No period set"));
  else if (last <= first)
    period = g_strdup_printf ("%d", first);
  else
    period = g_strdup_printf ("%d–%d", first, last);

  if (revised > 0)
    /* Translators: a plan's period and the year it was revised for, for
     * example "2016–2018, revised for 2018". */
    return g_strdup_printf (_("%s, revised for %d"), period, revised);

  return g_steal_pointer (&period);
}

/* How a plan is named in a drop-down: its title and, unless the title
 * says it already ("Verksamhetsplan 2016–2018"), its period. */
char *
sam_plan_label (gpointer item)
{
  SamPlan *plan = SAM_PLAN (item);
  g_autofree char *period = NULL;
  g_autofree char *first = g_strdup_printf ("%d", sam_plan_get_first_year (plan));
  const char *title = sam_plan_get_title (plan) != NULL ? sam_plan_get_title (plan) : "";

  if (sam_plan_get_first_year (plan) > 0 && strstr (title, first) != NULL)
    {
      if (sam_plan_get_revised_year (plan) <= 0)
        return g_strdup (title);

      /* Translators: a plan in the list of plans whose title names its
       * period: its title, then the year it was revised for. */
      return g_strdup_printf (_("%s, revised for %d"), title, sam_plan_get_revised_year (plan));
    }

  period = sam_plan_period_label (plan);

  /* Translators: a plan in the list of plans: its title, then its period. */
  return g_strdup_printf (_("%s (%s)"), title, period);
}

/* Tells the user something in a toast, or the log in a test without a
 * window. */
void
sam_plan_show_message (GtkWidget  *widget,
                       const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (SAM_IS_WINDOW (root))
    sam_toast_show (widget, adw_toast_new (message));
  else
    g_message ("%s", message);
}

typedef struct
{
  SamPlanUndoFunc undo;
  gpointer        data;
  GDestroyNotify  destroy;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  if (undo->destroy != NULL)
    undo->destroy (undo->data);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  undo->undo (undo->data);
}

/* Shows that something was deleted, with a way to undo it. The toast owns
 * @data. Without a window (in a test) the toast is given to the widget's
 * "sam-undo-toast" data so that the test can click it. */
void
sam_plan_show_undo (GtkWidget       *widget,
                    const char      *title,
                    SamPlanUndoFunc  undo,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast = adw_toast_new (title);
  UndoData *undo_data = g_new0 (UndoData, 1);

  undo_data->undo = undo;
  undo_data->data = data;
  undo_data->destroy = destroy;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "sam-undo", undo_data, undo_data_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo_data);

  g_object_set_data_full (G_OBJECT (widget), "sam-undo-toast", g_object_ref (toast), g_object_unref);

  if (SAM_IS_WINDOW (root))
    sam_toast_show (widget, toast);
  else
    g_object_unref (toast);
}

/* Opens a thing on another section's page. */
void
sam_plan_activate_open (GtkWidget  *widget,
                        const char *section,
                        gint64      id)
{
  if (!gtk_widget_activate_action (widget, "win.open", "(sx)", section, id))
    g_debug ("No window to open %s %" G_GINT64_FORMAT " in", section, id);
}

