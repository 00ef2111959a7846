/* test-propose.c: proposing an item's points for a coming meeting the
 * secretary chose, as seed 002's items 5 and 6 do.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-store-propose.h"
#include "sam-test-util.h"

#define LIST_TEXT "Följande punkter kan vara aktuella:\n" \
                  "- Ny sekretariatsledare\n" \
                  "- Avrapportering om arbetet med översynen\n" \
                  "• ÅVS E6\n"

static void
test_listed_points (void)
{
  g_auto(GStrv) points = sam_store_listed_points (LIST_TEXT "\nInget mer.");
  g_auto(GStrv) none = sam_store_listed_points ("Ett mail skickas till samtliga kommundirektörer.");
  g_auto(GStrv) empty = sam_store_listed_points (NULL);

  g_assert_cmpuint (g_strv_length (points), ==, 3);
  g_assert_cmpstr (points[0], ==, "Ny sekretariatsledare");
  g_assert_cmpstr (points[1], ==, "Avrapportering om arbetet med översynen");
  g_assert_cmpstr (points[2], ==, "ÅVS E6");
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
}

static SamAgendaItem *
add_list_item (SamStore   *store,
               SamMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  SamAgendaItem *item = sam_test_add_item (store, meeting, NULL, "Dagordning nästa kommundirektörsmöte", 0);

  sam_agenda_item_set_minutes_text (item, LIST_TEXT);
  g_assert_true (sam_store_update (store, item, &error));
  g_assert_no_error (error);

  return item;
}

static guint
count_meetings (SamStore *store)
{
  return (guint)sam_store_count (store, SAM_TYPE_MEETING);
}

static void
test_points_to_chosen_meeting (SamTestDb     *db,
                               gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (db->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (db->store, body, "2018-03-08T09:00", NULL);
  g_autoptr(SamMeeting) coming = sam_test_add_meeting (db->store, body, "2018-05-15T09:00", NULL);
  g_autoptr(SamAgendaItem) item = add_list_item (db->store, meeting);
  g_autoptr(SamAgendaItem) existing = sam_test_add_item (db->store, coming, NULL, "ÅVS E6", 0);
  g_autoptr(GListModel) here = sam_store_list_agenda (db->store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_autoptr(GListModel) there = sam_store_list_agenda (db->store, sam_entity_get_id (SAM_ENTITY (coming)));
  g_autoptr(GArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) coming_meetings = NULL;
  guint meetings_before = count_meetings (db->store);

  /* The coming meetings to choose from: the planned ones after this one. */
  coming_meetings = sam_store_find_coming_meetings (db->store, sam_entity_get_id (SAM_ENTITY (body)),
                                                    sam_meeting_get_starts_at (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coming_meetings->len, ==, 1);
  g_assert_cmpint (sam_entity_get_id (g_ptr_array_index (coming_meetings, 0)), ==,
                   sam_entity_get_id (SAM_ENTITY (coming)));

  added = sam_store_propose_item (db->store, sam_entity_get_id (SAM_ENTITY (item)),
                                  sam_entity_get_id (SAM_ENTITY (coming)), NULL, &error);
  g_assert_no_error (error);

  /* Each listed point is a proposed item there, except the one it had. */
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (there), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SamAgendaItem) point = g_list_model_get_item (there, i);
      const char *titles[] = { "ÅVS E6", "Ny sekretariatsledare", "Avrapportering om arbetet med översynen" };

      g_assert_cmpstr (sam_agenda_item_get_title (point), ==, titles[i]);
      if (i > 0)
        g_assert_true (sam_agenda_item_get_tentative (point));
    }

  /* The item and its list stay in this meeting's minutes; no meeting was made up. */
  g_assert_cmpuint (g_list_model_get_n_items (here), ==, 1);
  {
    g_autoptr(SamAgendaItem) kept = g_list_model_get_item (here, 0);

    g_assert_cmpstr (sam_agenda_item_get_minutes_text (kept), ==, LIST_TEXT);
    g_assert_false (sam_agenda_item_get_tentative (kept));
  }
  g_assert_cmpuint (count_meetings (db->store), ==, meetings_before);

  /* Proposing again adds nothing twice. */
  g_clear_pointer (&added, g_array_unref);
  added = sam_store_propose_item (db->store, sam_entity_get_id (SAM_ENTITY (item)),
                                  sam_entity_get_id (SAM_ENTITY (coming)), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (there), ==, 3);
}

static void
test_new_meeting_on_chosen_date (SamTestDb     *db,
                                 gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (db->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamBody) board = sam_test_add_body (db->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (db->store, body, "2018-03-08T09:00", NULL);
  g_autoptr(SamAgendaItem) item = add_list_item (db->store, meeting);
  g_autoptr(SamAgendaItem) single = sam_test_add_item (db->store, meeting, NULL, "Rekrytering", 30);
  g_autoptr(SamMeeting) chosen = sam_meeting_new ();
  g_autoptr(SamMeeting) again = NULL;
  g_autoptr(GListModel) there = NULL;
  g_autoptr(GArray) added = NULL;
  g_autoptr(GError) error = NULL;

  /* The board has nothing planned: the secretary confirms 17 April. */
  sam_meeting_set_body_id (chosen, sam_entity_get_id (SAM_ENTITY (board)));
  sam_meeting_set_starts_at (chosen, "2018-04-17T13:00");
  sam_meeting_set_status (chosen, SAM_MEETING_STATUS_PLANNED);
  added = sam_store_propose_item (db->store, sam_entity_get_id (SAM_ENTITY (item)), 0, chosen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 3);
  g_assert_cmpint (sam_entity_get_id (SAM_ENTITY (chosen)), >, 0);

  again = sam_store_load (db->store, SAM_TYPE_MEETING, sam_entity_get_id (SAM_ENTITY (chosen)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_meeting_get_starts_at (again), ==, "2018-04-17T13:00");
  g_assert_cmpint (sam_meeting_get_body_id (again), ==, sam_entity_get_id (SAM_ENTITY (board)));
  g_assert_cmpint (sam_store_find_next_meeting (db->store, sam_entity_get_id (SAM_ENTITY (board)),
                                                "2018-03-08T09:00"),
                   ==, sam_entity_get_id (SAM_ENTITY (chosen)));

  /* An item that lists nothing is itself proposed, and stays here too. */
  g_clear_pointer (&added, g_array_unref);
  added = sam_store_propose_item (db->store, sam_entity_get_id (SAM_ENTITY (single)),
                                  sam_entity_get_id (SAM_ENTITY (chosen)), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 1);
  there = sam_store_list_agenda (db->store, sam_entity_get_id (SAM_ENTITY (chosen)));
  g_assert_cmpuint (g_list_model_get_n_items (there), ==, 4);
  {
    g_autoptr(SamAgendaItem) copy = g_list_model_get_item (there, 3);

    g_assert_cmpstr (sam_agenda_item_get_title (copy), ==, "Rekrytering");
    g_assert_cmpint (sam_agenda_item_get_duration (copy), ==, 30);
    g_assert_true (sam_agenda_item_get_tentative (copy));
  }
}

static void
test_refused_leaves_nothing (SamTestDb     *db,
                             gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (db->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (db->store, body, "2018-03-08T09:00", NULL);
  g_autoptr(SamAgendaItem) item = add_list_item (db->store, meeting);
  g_autoptr(SamMeeting) chosen = sam_meeting_new ();
  g_autoptr(GArray) added = NULL;
  g_autoptr(GError) error = NULL;
  guint meetings_before = count_meetings (db->store);
  guint items_before = (guint)sam_store_count (db->store, SAM_TYPE_AGENDA_ITEM);

  /* Its own meeting is no coming meeting: refused with a message. */
  added = sam_store_propose_item (db->store, sam_entity_get_id (SAM_ENTITY (item)),
                                  sam_entity_get_id (SAM_ENTITY (meeting)), NULL, &error);
  g_assert_null (added);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* An item that does not exist: the new meeting is not saved either. */
  sam_meeting_set_body_id (chosen, sam_entity_get_id (SAM_ENTITY (body)));
  sam_meeting_set_starts_at (chosen, "2018-05-15T09:00");
  added = sam_store_propose_item (db->store, 9999, 0, chosen, &error);
  g_assert_null (added);
  g_assert_nonnull (error);
  g_assert_cmpint (sam_entity_get_id (SAM_ENTITY (chosen)), ==, 0);
  g_assert_cmpuint (count_meetings (db->store), ==, meetings_before);
  g_assert_cmpuint ((guint)sam_store_count (db->store, SAM_TYPE_AGENDA_ITEM), ==, items_before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  g_test_add_func ("/propose/listed-points", test_listed_points);
  ADD ("/propose/points-to-chosen-meeting", test_points_to_chosen_meeting);
  ADD ("/propose/new-meeting-on-chosen-date", test_new_meeting_on_chosen_date);
  ADD ("/propose/refused-leaves-nothing", test_refused_leaves_nothing);
#undef ADD

  return g_test_run ();
}
