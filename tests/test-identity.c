/* test-identity.c: the store's identity map.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-test-util.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* While an object of a row is alive, loading the row returns it, and no
 * statement is needed for that. */
static void
test_identity_same_object (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) first = NULL;
  g_autoptr(SamMeeting) second = NULL;
  g_autoptr(SamMeeting) by_uuid = NULL;
  g_autoptr(SamMeeting) again = NULL;
  gint64 id;

  {
    g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-15T09:00",
                                                          "Styrelsemöte");
    id = sam_entity_get_id (SAM_ENTITY (meeting));
  }

  first = sam_store_load (fixture->store, SAM_TYPE_MEETING, id, NULL);
  second = sam_store_load (fixture->store, SAM_TYPE_MEETING, id, NULL);
  by_uuid = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING,
                                    sam_entity_get_uuid (SAM_ENTITY (first)), NULL);
  g_assert_nonnull (first);
  g_assert_true (first == second);
  g_assert_true (first == by_uuid);

  /* Once every reference is gone, a load builds a new object. */
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&by_uuid);
  again = sam_store_load (fixture->store, SAM_TYPE_MEETING, id, NULL);
  g_assert_nonnull (again);
  g_assert_cmpstr (sam_meeting_get_title (again), ==, "Styrelsemöte");
}

/* A change made through another object of the row (as an import makes)
 * reaches the live object, which notifies each changed property once. */
static void
test_identity_change_elsewhere (SamTestDb     *fixture,
                                gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-15T09:00",
                                                        "Styrelsemöte");
  g_autoptr(SamMeeting) live = NULL;
  g_autoptr(SamMeeting) other = NULL;
  g_autoptr(GError) error = NULL;
  guint title_notifies = 0;
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));

  live = sam_store_load (fixture->store, SAM_TYPE_MEETING, id, NULL);
  g_signal_connect (live, "notify::title", G_CALLBACK (count_notify_cb), &title_notifies);

  other = sam_entity_dup (SAM_ENTITY (live));
  g_assert_true (other != live);
  sam_meeting_set_title (other, "Styrelsemöte med budget");
  sam_meeting_set_theme (other, "Budget 2020");
  g_assert_true (sam_store_update (fixture->store, other, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (sam_meeting_get_title (live), ==, "Styrelsemöte med budget");
  g_assert_cmpstr (sam_meeting_get_theme (live), ==, "Budget 2020");
  g_assert_cmpuint (title_notifies, ==, 1);

  /* Saving the live object itself notifies nothing more. */
  title_notifies = 0;
  sam_meeting_set_location (live, "Lund");
  g_assert_true (sam_store_update (fixture->store, live, &error));
  g_assert_cmpuint (title_notifies, ==, 0);
}

/* Deleting a row takes rows of other tables with it, or clears references
 * to it, without announcing those: the live objects are checked again. */
static void
test_identity_after_delete (SamTestDb     *fixture,
                            gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, "Kompetens", 30);
  g_autoptr(SamPerson) chair = sam_person_new ();
  g_autoptr(SamMeeting) live = NULL;
  g_autoptr(SamAgendaItem) gone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 item_id = sam_entity_get_id (SAM_ENTITY (item));

  sam_person_set_name (chair, "Dag Dahl");
  g_assert_true (sam_store_insert (fixture->store, chair, &error));
  sam_meeting_set_chair_id (meeting, sam_entity_get_id (SAM_ENTITY (chair)));
  g_assert_true (sam_store_update (fixture->store, meeting, &error));

  /* ON DELETE SET NULL: the meeting loses its chair. */
  g_assert_true (sam_store_delete (fixture->store, chair, &error));
  live = sam_store_load (fixture->store, SAM_TYPE_MEETING, sam_entity_get_id (SAM_ENTITY (meeting)), NULL);
  g_assert_true (live == meeting);
  g_assert_cmpint (sam_meeting_get_chair_id (live), ==, 0);

  /* ON DELETE CASCADE: the meeting's items go with it, even while an
   * object of one is alive. */
  g_assert_true (sam_store_delete (fixture->store, meeting, &error));
  gone = sam_store_load (fixture->store, SAM_TYPE_AGENDA_ITEM, item_id, &error);
  g_assert_null (gone);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND);
}

/* A change announced for many rows at once (an import on another
 * connection) brings every live object of the table up to date. */
static void
test_identity_announced_elsewhere (SamTestDb     *fixture,
                                   gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamStore) other = NULL;
  g_autoptr(SamBody) elsewhere = NULL;
  g_autoptr(GError) error = NULL;

  other = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  elsewhere = sam_store_load (other, SAM_TYPE_BODY, sam_entity_get_id (SAM_ENTITY (body)), &error);
  g_assert_nonnull (elsewhere);
  g_assert_true (elsewhere != body);
  sam_body_set_name (elsewhere, "Styrelsen för MalmöLundregionen");
  g_assert_true (sam_store_update (other, elsewhere, &error));

  g_assert_cmpstr (sam_body_get_name (body), ==, "Styrelsen");
  g_signal_emit_by_name (fixture->store, "changed", "body", (gint64)0, (int)SAM_STORE_CHANGE_UPDATE);
  g_assert_cmpstr (sam_body_get_name (body), ==, "Styrelsen för MalmöLundregionen");
}

/* A save that fails leaves the live object as stored, so that no view
 * shows what was not saved. */
static void
test_identity_failed_save (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamMunicipality) lund = sam_municipality_new ();
  g_autoptr(SamMunicipality) malmo = sam_municipality_new ();
  g_autoptr(GError) error = NULL;

  sam_municipality_set_name (lund, "Lund");
  sam_municipality_set_name (malmo, "Malmö");
  g_assert_true (sam_store_insert (fixture->store, lund, &error));
  g_assert_true (sam_store_insert (fixture->store, malmo, &error));
  {
    g_autoptr(SamMunicipality) live = sam_store_load (fixture->store, SAM_TYPE_MUNICIPALITY,
                                                      sam_entity_get_id (SAM_ENTITY (malmo)), NULL);
    g_assert_true (live == malmo);
  }

  /* Names are unique. */
  sam_municipality_set_name (malmo, "Lund");
  g_assert_false (sam_store_update (fixture->store, malmo, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (sam_municipality_get_name (malmo), ==, "Malmö");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/identity/same-object", test_identity_same_object);
  ADD ("/identity/change-elsewhere", test_identity_change_elsewhere);
  ADD ("/identity/after-delete", test_identity_after_delete);
  ADD ("/identity/announced-elsewhere", test_identity_announced_elsewhere);
  ADD ("/identity/failed-save", test_identity_failed_save);
#undef ADD

  return g_test_run ();
}
