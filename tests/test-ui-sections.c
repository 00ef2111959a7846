/* test-ui-sections.c: naming the sections of an agenda and the heading of
 * an item's input, in the item editor and the minutes, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-sections"

#include "config.h"

#include <adwaita.h>

#include "sam-item-editor.h"
#include "sam-minutes-item.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb      db;
  SamMeeting    *meeting;
  SamAgendaItem *item;
  SamAgendaItem *sub_item;
  GtkWindow     *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SamBody) body = NULL;

  sam_test_db_setup (&fixture->db, NULL);
  body = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->meeting = sam_test_add_meeting (fixture->db.store, body, "2018-03-08T15:00", "Kommundirektörsmöte");
  fixture->item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Översyn av verksamheten", 0);
  fixture->sub_item = sam_test_add_item (fixture->db.store, fixture->meeting, fixture->item, "Intervjuer", 0);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 700, 900);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->item);
  g_clear_object (&fixture->sub_item);
  g_clear_object (&fixture->meeting);
  sam_test_db_teardown (&fixture->db, NULL);
}

/* A widget as a person finds it: by its title or accessible name. */
static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *expected;
  gboolean    remarks;
} Stored;

static gboolean
stored (gpointer data)
{
  Stored *query = data;
  g_autoptr(SamAgendaItem) item = sam_store_load (query->store, SAM_TYPE_AGENDA_ITEM, query->id, NULL);
  const char *value = query->remarks ? sam_agenda_item_get_remarks_heading (item)
                                     : sam_agenda_item_get_section_title (item);

  return item != NULL && g_strcmp0 (value, query->expected) == 0;
}

/* "Section Heading" starts a named section at an item; emptied, the item
 * continues the section before it again; a sub-item offers no section. */
static void
test_section_heading (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *editor = sam_item_editor_new (fixture->db.store);
  Stored query = { fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->item)), NULL, FALSE };
  GtkWidget *row;

  gtk_window_set_child (fixture->window, editor);
  gtk_window_present (fixture->window);
  sam_item_editor_set_item_id (SAM_ITEM_EDITOR (editor), query.id);
  g_assert_true (wait_for (is_mapped, editor));

  row = find_entry_row (editor, "Section Heading");
  g_assert_nonnull (row);
  g_assert_true (wait_for (is_mapped, row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (row), "Diskussions- och beslutspunkt");
  query.expected = "Diskussions- och beslutspunkt";
  g_assert_true (wait_for (stored, &query));

  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  query.expected = NULL;
  g_assert_true (wait_for (stored, &query));

  /* The sub-item: the row is not offered. */
  sam_item_editor_set_item_id (SAM_ITEM_EDITOR (editor), sam_entity_get_id (SAM_ENTITY (fixture->sub_item)));
  spin (50);
  g_assert_false (gtk_widget_get_mapped (row));
}

/* The heading of the input block, named for one item in the minutes. */
static void
test_remarks_heading (Fixture       *fixture,
                      gconstpointer  data)
{
  Stored query = { fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->item)),
                   "Kommundirektörsgruppens reflektioner/inspel", TRUE };
  GtkWidget *minutes = sam_minutes_item_new (fixture->db.store, query.id);
  GtkWidget *entry;

  gtk_window_set_child (fixture->window, minutes);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, minutes));

  entry = find_entry (minutes);
  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Heading of the input");
  gtk_editable_set_text (GTK_EDITABLE (entry), query.expected);
  g_assert_true (wait_for (stored, &query));

  /* What is stored shows again when the minutes are opened anew. */
  gtk_window_set_child (fixture->window, NULL);
  minutes = sam_minutes_item_new (fixture->db.store, query.id);
  gtk_window_set_child (fixture->window, minutes);
  g_assert_true (wait_for (is_mapped, minutes));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (minutes))), ==, query.expected);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/sections/section-heading", test_section_heading);
  ADD ("/ui/sections/remarks-heading", test_remarks_heading);
#undef ADD

  return g_test_run ();
}
