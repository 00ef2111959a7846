/* test-ui-unsaved.c: an edit the database refuses stays marked and is saved later
 *
 * Another program holds the database's write lock while the user types in
 * a page's field: the field keeps what was typed, is marked as unsaved,
 * and nothing is written; when the lock goes, the edit is saved without
 * any further input and the mark goes. Run for the fields of each kind of
 * page that binds them through SamForm.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "sam-groups-page.h"
#include "sam-item-editor.h"
#include "sam-person-editor.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

/* Reads a string property of a stored row through a connection of its
 * own, so that what is seen is what the file holds. */
static char *
stored_string (const char *path,
               GType       type,
               gint64      id,
               const char *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) other = sam_store_open (path, &error);
  g_autoptr(GObject) entity = NULL;
  char *value = NULL;

  g_assert_no_error (error);
  entity = sam_store_load (other, type, id, &error);
  g_assert_no_error (error);
  g_object_get (entity, property, &value, NULL);

  return value;
}

typedef struct
{
  const char *path;
  GType       type;
  gint64      id;
  const char *property;
  const char *expected;
  GtkWidget  *field;
} Saved;

static gboolean
is_saved (gpointer data)
{
  Saved *saved = data;
  g_autofree char *value = NULL;

  if (gtk_widget_has_css_class (saved->field, "unsaved"))
    return FALSE;

  value = stored_string (saved->path, saved->type, saved->id, saved->property);

  return g_strcmp0 (value, saved->expected) == 0;
}

static gboolean
is_marked_unsaved (gpointer data)
{
  return gtk_widget_has_css_class (GTK_WIDGET (data), "unsaved");
}

/* Types @text into @field while another connection holds the write lock,
 * and checks what the user sees and what the file holds, before and after
 * the lock goes. */
static void
edit_while_locked (const char *path,
                   GtkWidget  *field,
                   GType       type,
                   gint64      id,
                   const char *property,
                   const char *before,
                   const char *text)
{
  Saved saved = { path, type, id, property, text, field };
  g_autofree char *value = NULL;
  sqlite3 *locker = NULL;

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  gtk_editable_set_text (GTK_EDITABLE (field), text);

  /* After the typing pause the save meets the lock: the field is marked,
   * keeps the text, and the file keeps the old value. */
  g_assert_true (wait_for (is_marked_unsaved, field));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, text);
  g_assert_nonnull (gtk_widget_get_tooltip_text (field));
  value = stored_string (path, type, id, property);
  g_assert_cmpstr (value, ==, before);

  /* However long the lock is held, nothing is written and the mark stays. */
  spin (1200);
  g_assert_true (gtk_widget_has_css_class (field, "unsaved"));
  g_clear_pointer (&value, g_free);
  value = stored_string (path, type, id, property);
  g_assert_cmpstr (value, ==, before);

  /* The lock goes: the retry saves what was typed, with no further input. */
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);
  g_assert_true (wait_for (is_saved, &saved));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, text);
}

/* The window's own connection: a lock makes a write fail soon. */
static SamStore *
open_interactive (SamTestDb *db)
{
  g_autoptr(GError) error = NULL;
  SamStore *store;

  g_clear_object (&db->store);
  store = sam_store_open_full (db->path, SAM_STORE_OPEN_INTERACTIVE, &error);
  g_assert_no_error (error);

  return store;
}

static GtkWidget *
present (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, child));

  return window;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_item_editor (SamTestDb     *db,
                  gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (db->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (db->store, body, "2026-03-10T13:00", "Möte");
  g_autoptr(SamAgendaItem) item = sam_test_add_item (db->store, meeting, NULL, "Budget", 10);
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  g_autoptr(SamStore) store = open_interactive (db);
  GtkWidget *editor = sam_item_editor_new (store);
  GtkWidget *window = present (editor);
  GtkEditable *title;

  sam_item_editor_set_item_id (SAM_ITEM_EDITOR (editor), id);
  title = sam_item_editor_get_title_editable (SAM_ITEM_EDITOR (editor));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Budget");

  edit_while_locked (db->path, GTK_WIDGET (title), SAM_TYPE_AGENDA_ITEM, id, "title",
                     "Budget", "Budget 2027");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_person_editor (SamTestDb     *db,
                    gconstpointer  data)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  GtkWidget *editor;
  GtkWidget *window;
  GtkEditable *name;
  gint64 id;

  sam_person_set_name (person, "Anna Svensson");
  g_assert_true (sam_store_insert (db->store, person, &error));
  g_assert_no_error (error);
  id = sam_entity_get_id (SAM_ENTITY (person));

  store = open_interactive (db);
  editor = sam_person_editor_new (store);
  window = present (editor);
  sam_person_editor_set_person_id (SAM_PERSON_EDITOR (editor), id);
  name = sam_person_editor_get_name_editable (SAM_PERSON_EDITOR (editor));
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Anna Svensson");

  edit_while_locked (db->path, GTK_WIDGET (name), SAM_TYPE_PERSON, id, "name",
                     "Anna Svensson", "Anna Östberg");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_groups_page (SamTestDb     *db,
                  gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (db->store, "Planeringsgrupp", SAM_BODY_KIND_WORKING_GROUP);
  gint64 id = sam_entity_get_id (SAM_ENTITY (body));
  g_autoptr(SamStore) store = open_interactive (db);
  g_autoptr(SamContext) context = sam_test_context_new (store, NULL);
  GtkWidget *page = sam_groups_page_new (context);
  GtkWidget *window = present (page);
  GtkWidget *name;

  sam_groups_page_open (page, id);
  name = find_named (page, "body-name");
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Planeringsgrupp");

  edit_while_locked (db->path, name, SAM_TYPE_BODY, id, "name",
                     "Planeringsgrupp", "Planeringsgruppen");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/unsaved/item-editor", SamTestDb, NULL,
              sam_test_db_setup, test_item_editor, sam_test_db_teardown);
  g_test_add ("/ui/unsaved/person-editor", SamTestDb, NULL,
              sam_test_db_setup, test_person_editor, sam_test_db_teardown);
  g_test_add ("/ui/unsaved/groups-page", SamTestDb, NULL,
              sam_test_db_setup, test_groups_page, sam_test_db_teardown);

  return g_test_run ();
}
