/* sam-test-util.h: what the tests share.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "sam-store.h"

/* A temporary folder per test, removed with everything in it. */
typedef struct
{
  char     *dir;
  char     *path;
  SamStore *store;
} SamTestDb;

static inline void
sam_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        sam_test_remove_tree (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

static inline void
sam_test_db_setup (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("samverkan-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static inline void
sam_test_db_teardown (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_clear_object (&fixture->store);
  sam_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static inline SamBody *
sam_test_add_body (SamStore    *store,
                   const char  *name,
                   SamBodyKind  kind)
{
  g_autoptr(GError) error = NULL;
  SamBody *body = sam_body_new ();

  sam_body_set_name (body, name);
  sam_body_set_kind (body, kind);
  g_assert_true (sam_store_insert (store, body, &error));
  g_assert_no_error (error);

  return body;
}

static inline SamMeeting *
sam_test_add_meeting (SamStore   *store,
                      SamBody    *body,
                      const char *starts_at,
                      const char *title)
{
  g_autoptr(GError) error = NULL;
  SamMeeting *meeting = sam_meeting_new ();

  sam_meeting_set_body_id (meeting, sam_entity_get_id (SAM_ENTITY (body)));
  sam_meeting_set_starts_at (meeting, starts_at);
  sam_meeting_set_title (meeting, title);
  g_assert_true (sam_store_insert (store, meeting, &error));
  g_assert_no_error (error);

  return meeting;
}

static inline SamAgendaItem *
sam_test_add_item (SamStore      *store,
                   SamMeeting    *meeting,
                   SamAgendaItem *parent,
                   const char    *title,
                   int            duration)
{
  g_autoptr(GError) error = NULL;
  SamAgendaItem *item = sam_agenda_item_new ();

  sam_agenda_item_set_meeting_id (item, sam_entity_get_id (SAM_ENTITY (meeting)));
  if (parent != NULL)
    sam_agenda_item_set_parent_id (item, sam_entity_get_id (SAM_ENTITY (parent)));
  sam_agenda_item_set_title (item, title);
  sam_agenda_item_set_duration (item, duration);
  g_assert_true (sam_store_insert (store, item, &error));
  g_assert_no_error (error);

  return item;
}
