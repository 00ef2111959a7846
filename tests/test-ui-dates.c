/* test-ui-dates.c: the date row and the time row, typed into and picked in
 * the calendar as a user does.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "sam-date-row.h"
#include "sam-time-row.h"
#include "sam-test-ui.h"

typedef struct
{
  GtkWidget  *window;
  SamDateRow *date_row;
  SamDateRow *optional_row;
  SamTimeRow *time_row;
  guint       value_notifications;
} Fixture;

static void
value_notified_cb (Fixture *fixture)
{
  fixture->value_notifications++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 480, 360);

  fixture->date_row = SAM_DATE_ROW (sam_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fixture->date_row), "Date");
  sam_date_row_set_today (fixture->date_row, "2019-06-15");
  g_signal_connect_swapped (fixture->date_row, "notify::value", G_CALLBACK (value_notified_cb),
                            fixture);

  fixture->optional_row = SAM_DATE_ROW (sam_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fixture->optional_row), "Until");
  sam_date_row_set_optional (fixture->optional_row, TRUE);

  fixture->time_row = SAM_TIME_ROW (sam_time_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fixture->time_row), "Starts");

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (fixture->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (fixture->optional_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (fixture->time_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_window_set_content (ADW_WINDOW (fixture->window), page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_for (is_mapped, fixture->date_row));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

/* Types @text key by key, as a person does, after emptying the row. */
static void
type_text (GtkEditable *editable,
           const char  *text)
{
  int position = 0;

  gtk_editable_delete_text (editable, 0, -1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *one = g_strndup (p, g_utf8_next_char (p) - p);

      gtk_editable_insert_text (editable, one, -1, &position);
    }
}

static const char *
text_of (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static gboolean
has_error (gpointer widget)
{
  return gtk_widget_has_css_class (GTK_WIDGET (widget), "error");
}

static void
test_date_row_typing (Fixture       *fixture,
                      gconstpointer  data)
{
  struct { const char *typed; const char *iso; } forms[] = {
    { "2019-01-29", "2019-01-29" },
    { "29/1 2019", "2019-01-29" },
    { "3.2.2019", "2019-02-03" },
    { "29 jan 2019", "2019-01-29" },
    { "5 mars 2019", "2019-03-05" },
    { "January 9, 2019", "2019-01-09" },
    { "29 Dec", "2019-12-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      type_text (GTK_EDITABLE (fixture->date_row), forms[i].typed);
      g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, forms[i].iso);
      g_assert_true (sam_date_row_get_valid (fixture->date_row));
      g_assert_false (has_error (fixture->date_row));
      /* What was typed stays while the user types. */
      g_assert_cmpstr (text_of (fixture->date_row), ==, forms[i].typed);
    }

  /* Leaving the row (here: Enter) shows the date in the locale's form. */
  type_text (GTK_EDITABLE (fixture->date_row), "29/1 2019");
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "29 January 2019");
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-01-29");

  maybe_screenshot (fixture->window, "date-row");
}

static void
test_date_row_invalid (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *tooltip;

  sam_date_row_set_value (fixture->date_row, "2019-01-29");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "29 January 2019");
  fixture->value_notifications = 0;

  /* No such day: marked, said why, and the value is kept. */
  type_text (GTK_EDITABLE (fixture->date_row), "30/2 2019");
  g_assert_true (has_error (fixture->date_row));
  g_assert_false (sam_date_row_get_valid (fixture->date_row));
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-01-29");
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->date_row));
  g_assert_cmpstr (tooltip, ==, "There is no day 30 in February 2019: it has 28 days.");

  /* Not a date at all: the accepted forms are named. */
  type_text (GTK_EDITABLE (fixture->date_row), "next week");
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->date_row));
  g_assert_nonnull (strstr (tooltip, "29/1 2019"));
  g_assert_true (has_error (fixture->date_row));

  /* Leaving the row keeps what was typed, for the user to correct. */
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "next week");
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-01-29");

  /* A required row refuses to be emptied. */
  type_text (GTK_EDITABLE (fixture->date_row), "");
  g_assert_true (has_error (fixture->date_row));
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-01-29");
  g_assert_cmpuint (fixture->value_notifications, ==, 0);

  /* Emptied on the way, as select-all and typing do: the value falls back
   * to the one before editing, not to none. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->optional_row), "2019-09-05");
  sam_date_row_reformat (fixture->optional_row);
  gtk_editable_set_text (GTK_EDITABLE (fixture->optional_row), "");
  g_assert_null (sam_date_row_get_value (fixture->optional_row));
  gtk_editable_set_text (GTK_EDITABLE (fixture->optional_row), "31/9");
  g_assert_cmpstr (sam_date_row_get_value (fixture->optional_row), ==, "2019-09-05");

  type_text (GTK_EDITABLE (fixture->date_row), "1 maj 2019");
  g_assert_false (has_error (fixture->date_row));
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-05-01");

  type_text (GTK_EDITABLE (fixture->date_row), "30/2 2019");
  maybe_screenshot (fixture->window, "date-row-invalid");
}

static void
test_date_row_optional (Fixture       *fixture,
                        gconstpointer  data)
{
  sam_date_row_set_value (fixture->optional_row, "2019-09-05");
  g_assert_cmpstr (sam_date_row_get_value (fixture->optional_row), ==, "2019-09-05");

  type_text (GTK_EDITABLE (fixture->optional_row), "");
  g_assert_false (has_error (fixture->optional_row));
  g_assert_true (sam_date_row_get_valid (fixture->optional_row));
  g_assert_null (sam_date_row_get_value (fixture->optional_row));

  /* An impossible value from the store empties the row. */
  sam_date_row_set_value (fixture->optional_row, "2019-02-30");
  g_assert_null (sam_date_row_get_value (fixture->optional_row));
  g_assert_cmpstr (text_of (fixture->optional_row), ==, "");
}

static gboolean
popover_is_hidden (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_date_row_calendar (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkCalendar *calendar = sam_date_row_get_calendar (fixture->date_row);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  GtkWidget *button = gtk_widget_get_ancestor (popover, GTK_TYPE_MENU_BUTTON);
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) picked = NULL;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Choose the date in a calendar");

  sam_date_row_set_value (fixture->date_row, "2019-01-29");
  fixture->value_notifications = 0;

  /* The calendar opens on the row's date. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (wait_for (is_mapped, calendar));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2019);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 29);
  g_assert_cmpuint (fixture->value_notifications, ==, 0);
  maybe_screenshot (fixture->window, "date-row-calendar");

  /* Picking a day sets the value, shows it, and closes the popover. */
  picked = g_date_time_new_local (2019, 2, 10, 0, 0, 0);
  gtk_calendar_select_day (calendar, picked);
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-02-10");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "10 February 2019");
  g_assert_cmpuint (fixture->value_notifications, ==, 1);
  g_assert_true (wait_for (popover_is_hidden, popover));

  /* An empty row's calendar opens on today. */
  calendar = sam_date_row_get_calendar (fixture->optional_row);
  button = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_MENU_BUTTON);
  sam_date_row_set_today (fixture->optional_row, "2018-03-04");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (wait_for (is_mapped, calendar));
  g_clear_pointer (&shown, g_date_time_unref);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2018);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 4);
  g_assert_null (sam_date_row_get_value (fixture->optional_row));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
test_time_row (Fixture       *fixture,
               gconstpointer  data)
{
  struct { const char *typed; const char *value; } forms[] = {
    { "15.00", "15:00" },
    { "15:00", "15:00" },
    { "1500", "15:00" },
    { "15", "15:00" },
    { "9.30", "09:30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      type_text (GTK_EDITABLE (fixture->time_row), forms[i].typed);
      g_assert_cmpstr (sam_time_row_get_value (fixture->time_row), ==, forms[i].value);
      g_assert_false (has_error (fixture->time_row));
    }
  g_signal_emit_by_name (fixture->time_row, "entry-activated");
  g_assert_cmpstr (text_of (fixture->time_row), ==, "09:30");

  /* Pasted: typed key by key, "2" would already be a time. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->time_row), "25.00");
  g_assert_true (has_error (fixture->time_row));
  g_assert_false (sam_time_row_get_valid (fixture->time_row));
  g_assert_cmpstr (sam_time_row_get_value (fixture->time_row), ==, "09:30");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->time_row)), ==,
                   "There is no hour 25: hours go from 0 to 23.");

  /* The value of a meeting's start, "2019-01-29T15:00", shows its time. */
  sam_time_row_set_value (fixture->time_row, "2019-01-29T15:00");
  g_assert_cmpstr (sam_time_row_get_value (fixture->time_row), ==, "15:00");
  g_assert_false (has_error (fixture->time_row));

  sam_time_row_set_optional (fixture->time_row, TRUE);
  type_text (GTK_EDITABLE (fixture->time_row), "");
  g_assert_null (sam_time_row_get_value (fixture->time_row));
  g_assert_false (has_error (fixture->time_row));
}

static void
test_swedish_display (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_TIME, "sv_SE.UTF-8") == NULL)
    g_error ("The locale sv_SE.UTF-8 is missing: run build-aux/test, which generates it with locale-gen");

  sam_date_row_set_value (fixture->date_row, "2019-01-29");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "29 januari 2019");
  type_text (GTK_EDITABLE (fixture->date_row), "5 October 2019");
  g_assert_cmpstr (sam_date_row_get_value (fixture->date_row), ==, "2019-10-05");
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  g_assert_cmpstr (text_of (fixture->date_row), ==, "5 oktober 2019");
  sam_time_row_set_value (fixture->time_row, "15:00");
  maybe_screenshot (fixture->window, "date-row-swedish");

  setlocale (LC_TIME, saved);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/dates/date-row-typing", Fixture, NULL, fixture_setup, test_date_row_typing,
              fixture_teardown);
  g_test_add ("/ui/dates/date-row-invalid", Fixture, NULL, fixture_setup, test_date_row_invalid,
              fixture_teardown);
  g_test_add ("/ui/dates/date-row-optional", Fixture, NULL, fixture_setup, test_date_row_optional,
              fixture_teardown);
  g_test_add ("/ui/dates/date-row-calendar", Fixture, NULL, fixture_setup, test_date_row_calendar,
              fixture_teardown);
  g_test_add ("/ui/dates/time-row", Fixture, NULL, fixture_setup, test_time_row, fixture_teardown);
  g_test_add ("/ui/dates/swedish-display", Fixture, NULL, fixture_setup, test_swedish_display,
              fixture_teardown);

  return g_test_run ();
}
