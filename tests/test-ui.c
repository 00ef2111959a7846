/* test-ui.c: the window, its sections and the meetings list, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-meetings-page.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-decisions-page.h"
#include "sam-exchange.h"
#include "sam-meeting-page.h"
#include "sam-window.h"

static const char * const section_ids[] = {
  "overview", "meetings", "focus-questions", "plan", "groups",
  "study-trips", "decisions", "people", "year",
};

static const char * const section_labels[] = {
  "Overview", "Meetings", "Focus questions", "Plan and activities",
  "Groups and networks", "Study trips", "Decisions and assignments",
  "People and municipalities", "Year",
};

static GtkListBox *
find_sidebar (SamWindow *window)
{
  GtkListBox *sidebar = sam_window_get_sidebar (window);

  g_assert_nonnull (sidebar);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sidebar), "navigation-sidebar"));

  return sidebar;
}

static const char *
row_label (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return gtk_label_get_label (GTK_LABEL (child));

  return NULL;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static SamWindow *
open_window (SamStore *store)
{
  SamWindow *window = sam_window_new (NULL, store);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));

  return window;
}

static void
test_window_sections (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  SamWindow *window;
  GtkListBox *sidebar;
  guint n_rows = 0;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  window = open_window (db.store);
  g_assert_false (sam_window_get_welcome_shown (window));

  sidebar = find_sidebar (window);
  g_assert_true (wait_for (is_mapped, sidebar));

  while (gtk_list_box_get_row_at_index (sidebar, n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (section_labels));

  for (guint i = 0; i < n_rows; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      g_assert_cmpstr (row_label (row), ==, section_labels[i]);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
      g_assert_nonnull (sam_window_get_section_page (window, section_ids[i]));
    }

  /* A fresh start shows the first section. */
  g_assert_cmpstr (sam_window_get_section (window), ==, "overview");
  g_assert_true (wait_for (is_mapped, sam_window_get_section_page (window, "overview")));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_window_switch_section (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  SamWindow *window;
  GtkListBox *sidebar;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  window = open_window (db.store);
  sidebar = find_sidebar (window);

  for (guint i = 0; i < G_N_ELEMENTS (section_ids); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);
      GtkWidget *page = sam_window_get_section_page (window, section_ids[i]);
      GtkWidget *stack = gtk_widget_get_ancestor (gtk_widget_get_parent (page), GTK_TYPE_STACK);

      g_assert_true (GTK_IS_STACK (stack));

      gtk_widget_activate (GTK_WIDGET (row));

      g_assert_cmpstr (sam_window_get_section (window), ==, section_ids[i]);
      g_assert_true (gtk_widget_is_ancestor (page, gtk_stack_get_visible_child (GTK_STACK (stack))));
      g_assert_true (gtk_list_box_get_selected_row (sidebar) == row);
      g_assert_true (wait_for (is_mapped, page));
    }

  /* The keyboard shortcut's action reaches the same place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "plan"));
  g_assert_cmpstr (sam_window_get_section (window), ==, "plan");
  g_assert_true (wait_for (is_mapped, sam_window_get_section_page (window, "plan")));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

/* The content, without the frame that GTK draws around a window when no
 * compositor runs, as under Xvfb. */
static GtkWidget *
window_content (SamWindow *window)
{
  return adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
}

static gboolean
is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (window_content (data));

  return width > 0 && width <= 360;
}

static void
test_window_narrow (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  SamWindow *window;
  GtkListBox *sidebar;
  GtkWidget *page;
  int minimum;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  window = sam_window_new (NULL, db.store);
  gtk_widget_measure (window_content (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_test_message ("minimum width %d", minimum);
  for (guint i = 0; i < G_N_ELEMENTS (section_ids); i++)
    {
      int page_minimum;

      gtk_widget_measure (sam_window_get_section_page (window, section_ids[i]), GTK_ORIENTATION_HORIZONTAL, -1,
                          &page_minimum, NULL, NULL, NULL);
      g_test_message ("%s: minimum width %d", section_ids[i], page_minimum);
      g_assert_cmpint (page_minimum, <=, 360);
    }
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_true (wait_for (is_narrow, window));

  /* Folded, the sidebar fills the window; choosing a section shows its
   * page alone, with a way back. */
  sidebar = find_sidebar (window);
  g_assert_true (wait_for (is_mapped, sidebar));
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 1)));
  page = sam_window_get_section_page (window, "meetings");
  g_assert_true (wait_for (is_mapped, page));
  g_assert_true (wait_for_no_label (GTK_WIDGET (window), "Focus questions"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Focus questions"));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountQuery;

static gboolean
model_has_count (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n_items;
}

static void
test_meetings_list (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  SamWindow *window;
  GtkWidget *page;
  GListModel *model;
  CountQuery query;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  window = open_window (db.store);
  sam_window_set_section (window, "meetings");

  page = sam_window_get_section_page (window, "meetings");
  g_assert_true (SAM_IS_MEETINGS_PAGE (page));
  g_assert_true (wait_for (is_mapped, page));

  model = sam_meetings_page_get_model (SAM_MEETINGS_PAGE (page));
  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (wait_for_label (page, "No meetings yet"));

  meeting = sam_meeting_new ();
  sam_meeting_set_body_id (meeting, sam_entity_get_id (SAM_ENTITY (body)));
  sam_meeting_set_starts_at (meeting, "2026-03-01T09:00");
  sam_meeting_set_title (meeting, "Spring planning");
  g_assert_true (sam_store_insert (db.store, meeting, &error));
  g_assert_no_error (error);

  query = (CountQuery) { model, 1 };
  g_assert_true (wait_for (model_has_count, &query));

  g_assert_true (wait_for_label (page, "Spring planning"));
  g_assert_true (wait_for_label (page, "Director group"));
  g_assert_true (wait_for_label (page, "09:00"));
  g_assert_true (wait_for_label (page, "Planned"));
  g_assert_true (wait_for_no_label (page, "No meetings yet"));

  /* A change through the store shows without a reload: a meeting without
   * a title falls back to its theme. */
  sam_meeting_set_title (meeting, NULL);
  sam_meeting_set_theme (meeting, "Digital welfare");
  sam_meeting_set_status (meeting, SAM_MEETING_STATUS_HELD);
  g_assert_true (sam_store_update (db.store, meeting, &error));
  g_assert_no_error (error);

  g_assert_true (wait_for_label (page, "Digital welfare"));
  g_assert_true (wait_for_label (page, "Held"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_assert_true (sam_store_delete (db.store, meeting, &error));
  g_assert_no_error (error);
  query = (CountQuery) { model, 0 };
  g_assert_true (wait_for (model_has_count, &query));
  g_assert_true (wait_for_label (page, "No meetings yet"));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static gboolean
welcome_dismissed (gpointer data)
{
  return !sam_window_get_welcome_shown (SAM_WINDOW (data));
}

static gboolean
example_loaded (gpointer data)
{
  return sam_store_count (data, SAM_TYPE_MUNICIPALITY) == 12;
}

static void
test_window_load_example (void)
{
  SamTestDb db = { 0 };
  SamWindow *window;
  GtkWidget *page;

  reset_settings ();
  sam_test_db_setup (&db, NULL);

  window = open_window (db.store);
  g_assert_true (sam_window_get_welcome_shown (window));

  /* The example loads in a worker thread; the window says so when done
   * and shows the sections with the data in them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL));
  g_assert_true (wait_for (example_loaded, db.store));
  g_assert_true (wait_for (welcome_dismissed, window));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "example data"));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MEETING), >=, 15);

  sam_window_set_section (window, "meetings");
  page = sam_window_get_section_page (window, "meetings");
  g_assert_true (wait_for_label (page, "Kommundirektörsmöte"));

  /* A second time is refused: the database is no longer empty. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 12);

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

/* The message dialog of @window whose heading starts with @heading. */
static AdwMessageDialog *
find_dialog (SamWindow  *window,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel)
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window)
          && gtk_widget_get_mapped (GTK_WIDGET (toplevel))
          && g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

typedef struct
{
  SamWindow  *window;
  const char *heading;
} DialogQuery;

static gboolean
dialog_shown (gpointer data)
{
  DialogQuery *query = data;

  return find_dialog (query->window, query->heading) != NULL;
}

/* Opening a Samverkan file from outside (what the application's "open"
 * does): the window says what the file would change, and nothing is merged
 * until the user says Merge. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the dialog's button, as the user does (which also closes it). */
static void
click (AdwMessageDialog *dialog,
       const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
dialog_gone (gpointer data)
{
  return !dialog_shown (data);
}

static void
test_window_open_file (void)
{
  SamTestDb db = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) example = sam_exchange_get_example ();
  g_autoptr(GError) error = NULL;
  DialogQuery merge = { NULL, "Merge “MLR.samverkan”?" };
  DialogQuery finished = { NULL, "Import Finished" };
  AdwMessageDialog *dialog;
  SamWindow *window;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  path = g_build_filename (db.dir, "MLR.samverkan", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (example, NULL),
                                      (gssize)g_bytes_get_size (example), &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = open_window (db.store);
  merge.window = finished.window = window;

  /* Cancel: the summary was shown, the database is as it was. */
  sam_window_open_file (window, file);
  g_assert_true (wait_for (dialog_shown, &merge));
  dialog = find_dialog (window, merge.heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nothing has been changed yet"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Municipalities: 12 added"));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 0);
  click (dialog, "_Cancel");
  g_assert_true (wait_for (dialog_gone, &merge));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 0);
  g_assert_true (sam_window_get_welcome_shown (window));

  /* Merge: the same import as the Import menu item, with its summary. */
  sam_window_open_file (window, file);
  g_assert_true (wait_for (dialog_shown, &merge));
  click (find_dialog (window, merge.heading), "_Merge");
  g_assert_true (wait_for (example_loaded, db.store));
  g_assert_true (wait_for (dialog_shown, &finished));
  g_assert_true (wait_for (welcome_dismissed, window));

  /* Again: the database has it all, so there is nothing to ask. */
  click (find_dialog (window, finished.heading), "_Close");
  finished.heading = "Nothing to Merge";
  sam_window_open_file (window, file);
  g_assert_true (wait_for (dialog_shown, &finished));
  g_assert_cmpint (sam_store_count (db.store, SAM_TYPE_MUNICIPALITY), ==, 12);

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static gboolean
shows_item (gpointer data)
{
  SamWindow *window = data;
  GtkWidget *meetings = sam_window_get_section_page (window, "meetings");
  GtkWidget *page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (meetings));

  return page != NULL && gtk_widget_get_mapped (page)
         && sam_meeting_page_get_current_item (SAM_MEETING_PAGE (page))
            == (gint64)GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (window), "item-id"));
}

static void
test_window_open_item (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamAgendaItem) first = NULL;
  g_autoptr(SamAgendaItem) second = NULL;
  SamWindow *window;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  meeting = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "Kommundirektörsmöte");
  first = sam_test_add_item (db.store, meeting, NULL, "Föregående protokoll", 5);
  second = sam_test_add_item (db.store, meeting, NULL, "Industrinatten 2019", 20);

  window = open_window (db.store);
  sam_window_set_section (window, "decisions");

  /* A decision or an assignment opens its meeting at its item. */
  g_object_set_data (G_OBJECT (window), "item-id", GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (second))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-item", "x",
                                             sam_entity_get_id (SAM_ENTITY (second))));
  g_assert_cmpstr (sam_window_get_section (window), ==, "meetings");
  g_assert_true (wait_for (shows_item, window));

  /* An assignment (from the overview, a person or the year) opens the
   * list of every assignment, with it among them. */
  {
    g_autoptr(SamAssignment) assignment = sam_assignment_new ();
    g_autoptr(GError) error = NULL;
    GListModel *shown;
    gboolean found = FALSE;

    sam_assignment_set_title (assignment, "Boka möte med Länsstyrelsen");
    sam_assignment_set_agenda_item_id (assignment, sam_entity_get_id (SAM_ENTITY (second)));
    sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_DONE);
    g_assert_true (sam_store_insert (db.store, assignment, &error));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "assignment",
                                               sam_entity_get_id (SAM_ENTITY (assignment))));
    g_assert_cmpstr (sam_window_get_section (window), ==, "decisions");
    shown = sam_decisions_page_get_assignments (SAM_DECISIONS_PAGE (sam_window_get_section_page (window, "decisions")));
    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(SamEntity) item = g_list_model_get_item (shown, i);

        found |= sam_entity_get_id (item) == sam_entity_get_id (SAM_ENTITY (assignment));
      }
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_window_welcome (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  SamWindow *window;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  g_assert_true (sam_store_is_empty (db.store));

  window = open_window (db.store);
  g_assert_true (sam_window_get_welcome_shown (window));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Welcome to Samverkan"));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Start Empty"));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Load Example Data"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (find_sidebar (window))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-empty", NULL));
  g_assert_false (sam_window_get_welcome_shown (window));
  g_assert_true (wait_for (is_mapped, find_sidebar (window)));

  gtk_window_destroy (GTK_WINDOW (window));

  /* Data that arrives while the welcome shows (an import, the example)
   * replaces the welcome with the sections. */
  window = open_window (db.store);
  g_assert_true (sam_window_get_welcome_shown (window));
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_assert_true (wait_for (welcome_dismissed, window));

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_window_restore (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *saved = NULL;
  SamWindow *window;
  GtkListBox *sidebar;
  int width, height;

  reset_settings ();
  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);

  g_settings_set_string (settings, "last-section", "study-trips");
  g_settings_set_int (settings, "window-width", 800);
  g_settings_set_int (settings, "window-height", 600);

  window = open_window (db.store);
  sidebar = find_sidebar (window);
  g_assert_cmpstr (sam_window_get_section (window), ==, "study-trips");
  g_assert_true (gtk_list_box_get_selected_row (sidebar)
                 == gtk_list_box_get_row_at_index (sidebar, 5));
  g_assert_true (wait_for (is_mapped, sam_window_get_section_page (window, "study-trips")));

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);

  /* Choosing a section remembers it at once. */
  sam_window_set_section (window, "decisions");
  saved = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (saved, ==, "decisions");

  gtk_window_close (GTK_WINDOW (window));

  /* A value from an older or newer version that names no section falls
   * back to the overview. */
  g_settings_set_string (settings, "last-section", "no-such-section");
  window = open_window (db.store);
  g_assert_cmpstr (sam_window_get_section (window), ==, "overview");

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;
  GtkWidget *label;
  int height, width;

  /* GtkApplication loads this file by its path; a typo in the path or the
   * XML would only show as a missing menu item. */
  builder = gtk_builder_new_from_resource ("/io/github/samverkan/Samverkan/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  gtk_window_present (GTK_WINDOW (overlay));
  g_assert_true (wait_for (is_mapped, overlay));
  label = find_mapped_label (GTK_WIDGET (overlay), "Go to Meetings");
  g_assert_nonnull (label);

  /* It fits on a 1280×800 screen with room for a panel: all of it is
   * readable without scrolling or a part hanging off the screen. */
  gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  g_assert_cmpint (height, <=, 740);
  gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, <=, 1280);
  maybe_screenshot (GTK_WIDGET (overlay), "shortcuts");

  /* The meeting page's and the year's shortcuts are the second section. */
  g_object_set (overlay, "section-name", "meetings", NULL);
  g_assert_true (wait_for_label (GTK_WIDGET (overlay), "Make the Item a Sub-item"));
  g_assert_true (wait_for_label (GTK_WIDGET (overlay), "Previous Year"));
  gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  g_assert_cmpint (height, <=, 740);
  maybe_screenshot (GTK_WIDGET (overlay), "shortcuts-meetings");

  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sections", test_window_sections);
  g_test_add_func ("/ui/window/switch-section", test_window_switch_section);
  g_test_add_func ("/ui/window/welcome", test_window_welcome);
  g_test_add_func ("/ui/window/load-example", test_window_load_example);
  g_test_add_func ("/ui/window/open-file", test_window_open_file);
  g_test_add_func ("/ui/window/open-item", test_window_open_item);
  g_test_add_func ("/ui/window/restore", test_window_restore);
  g_test_add_func ("/ui/window/narrow", test_window_narrow);
  g_test_add_func ("/ui/meetings/list", test_meetings_list);
  g_test_add_func ("/ui/help-overlay", test_help_overlay);

  return g_test_run ();
}
