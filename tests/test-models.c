/* test-models.c: the live list models and the derived agenda.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static GArray *
watch (GListModel *model)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (Change));

  g_signal_connect (model, "items-changed", G_CALLBACK (record_change), changes);

  return changes;
}

#define assert_change(changes, i, p, r, a) G_STMT_START { \
  Change *c_ = &g_array_index ((changes), Change, (i)); \
  g_assert_cmpuint (c_->position, ==, (p)); \
  g_assert_cmpuint (c_->removed, ==, (r)); \
  g_assert_cmpuint (c_->added, ==, (a)); \
} G_STMT_END

static char *
agenda_numbers (GListModel *agenda)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, i);

      g_string_append_printf (text, "%s%s:%s", i > 0 ? " " : "",
                              sam_agenda_item_get_number (item) != NULL ? sam_agenda_item_get_number (item) : "-",
                              sam_agenda_item_get_title (item));
    }

  return g_string_free (text, FALSE);
}

static void
test_models_meetings_live (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings (fixture->store);
  g_autoptr(GArray) changes = watch (meetings);
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) march = sam_test_add_meeting (fixture->store, body, "2019-03-26T15:00", "Mars");
  g_autoptr(SamMeeting) january = NULL;
  g_autoptr(SamMeeting) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_item_type (meetings), ==, SAM_TYPE_MEETING);

  /* Insert. */
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 0, 1);

  /* An earlier meeting goes first. */
  january = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", "Januari");
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 1, 0, 0, 1);
  first = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (sam_meeting_get_title (first), ==, "Januari");
  g_assert_cmpstr (sam_meeting_get_body_name (first), ==, "Kommundirektörsgruppen");
  g_clear_object (&first);

  /* Update in place: same position, rebuilt. */
  sam_meeting_set_title (march, "Mars, med workshop");
  g_assert_true (sam_store_update (fixture->store, march, &error));
  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 2, 1, 1, 1);

  /* Moving in time moves the row. */
  sam_meeting_set_starts_at (march, "2018-12-01T09:00");
  g_assert_true (sam_store_update (fixture->store, march, &error));
  g_assert_cmpuint (changes->len, ==, 4);
  assert_change (changes, 3, 0, 2, 2);
  first = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (sam_meeting_get_title (first), ==, "Mars, med workshop");
  g_clear_object (&first);

  /* Delete. */
  g_assert_true (sam_store_delete (fixture->store, january, &error));
  g_assert_cmpuint (changes->len, ==, 5);
  assert_change (changes, 4, 1, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);

  /* Renaming the body changes the name shown beside the meeting. */
  sam_body_set_name (body, "KD-gruppen");
  g_assert_true (sam_store_update (fixture->store, body, &error));
  g_assert_cmpuint (changes->len, ==, 6);
  assert_change (changes, 5, 0, 1, 1);
  first = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (sam_meeting_get_body_name (first), ==, "KD-gruppen");
}

static void
test_models_filters (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamBody) board = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamBody) directors = sam_test_add_body (fixture->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamBody) network = sam_test_add_body (fixture->store, "Nätverk för kommunikatörer", SAM_BODY_KIND_NETWORK);
  g_autoptr(SamMeeting) m1 = sam_test_add_meeting (fixture->store, board, "2018-11-20T10:00", NULL);
  g_autoptr(SamMeeting) m2 = sam_test_add_meeting (fixture->store, directors, "2019-01-29T15:00", NULL);
  g_autoptr(SamMeeting) m3 = sam_test_add_meeting (fixture->store, board, "2019-06-10T10:00", NULL);
  g_autoptr(SamMeeting) m4 = sam_test_add_meeting (fixture->store, directors, "2019-09-03T15:00", NULL);
  g_autoptr(GListModel) by_body = sam_store_list_meetings_by_body (fixture->store, sam_entity_get_id (SAM_ENTITY (board)));
  g_autoptr(GListModel) by_year = sam_store_list_meetings_by_year (fixture->store, 2019);
  g_autoptr(GListModel) upcoming = sam_store_list_upcoming_meetings (fixture->store, "2019-06-01");
  g_autoptr(GListModel) bodies = sam_store_list_bodies (fixture->store);
  g_autoptr(GListModel) networks = sam_store_list_bodies_by_kind (fixture->store, SAM_BODY_KIND_NETWORK);
  g_autoptr(SamBody) first_body = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (by_body), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (by_year), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 3);
  /* The board comes first whatever its name. */
  first_body = g_list_model_get_item (bodies, 0);
  g_assert_cmpstr (sam_body_get_name (first_body), ==, "Styrelsen");

  /* A cancelled meeting is not upcoming. */
  sam_meeting_set_status (m4, SAM_MEETING_STATUS_CANCELLED);
  g_assert_true (sam_store_update (fixture->store, m4, &error));
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 1);

  /* Deleting a body takes its meetings out of every list. */
  g_assert_true (sam_store_delete (fixture->store, board, &error));
  g_assert_cmpuint (g_list_model_get_n_items (by_body), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (by_year), ==, 2);
}

static void
test_models_rollback_is_silent (SamTestDb     *fixture,
                                gconstpointer  data)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (fixture->store);
  g_autoptr(GArray) changes = watch (bodies);
  g_autoptr(SamBody) body = sam_body_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_begin (fixture->store, &error));
  sam_body_set_name (body, "Arbetsgrupp");
  g_assert_true (sam_store_insert (fixture->store, body, &error));
  /* Nothing is announced before the commit… */
  g_assert_cmpuint (changes->len, ==, 0);
  sam_store_rollback (fixture->store);
  /* …and nothing after a rollback. */
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 0);
}

static void
test_models_agenda_numbering (SamTestDb     *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(GListModel) agenda = sam_store_list_agenda (fixture->store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_autoptr(SamAgendaItem) opening = sam_test_add_item (fixture->store, meeting, NULL, "Mötets öppnande", 5);
  g_autoptr(SamAgendaItem) minutes = sam_test_add_item (fixture->store, meeting, NULL, "Föregående anteckningar", 5);
  g_autoptr(SamAgendaItem) focus = sam_test_add_item (fixture->store, meeting, NULL, "Fokusfrågor", 0);
  g_autoptr(SamAgendaItem) a = sam_test_add_item (fixture->store, meeting, focus, "Digitalisering", 20);
  g_autoptr(SamAgendaItem) b = sam_test_add_item (fixture->store, meeting, focus, "Kompetens", 20);
  g_autoptr(SamAgendaItem) last = sam_test_add_item (fixture->store, meeting, NULL, "Övrigt", 10);
  g_autofree char *numbers = NULL;
  g_autoptr(GError) error = NULL;

  numbers = agenda_numbers (agenda);
  g_assert_cmpstr (numbers, ==, "1:Mötets öppnande 2:Föregående anteckningar 3:Fokusfrågor "
                                "3a:Digitalisering 3b:Kompetens 4:Övrigt");
  /* The inserted item knows its number too. */
  g_assert_cmpstr (sam_agenda_item_get_number (b), ==, "3b");
  g_assert_cmpstr (sam_agenda_item_get_starts_at (b), ==, "2019-01-29T15:30");

  /* Move the last item up twice: it becomes 3 and the focus block 4. */
  g_assert_true (sam_store_move_agenda_item (fixture->store, last, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&numbers, g_free);
  numbers = agenda_numbers (agenda);
  g_assert_cmpstr (numbers, ==, "1:Mötets öppnande 2:Föregående anteckningar 3:Övrigt 4:Fokusfrågor "
                                "4a:Digitalisering 4b:Kompetens");
  g_assert_cmpstr (sam_agenda_item_get_number (last), ==, "3");

  /* Move a sub-item up, then delete the other. */
  g_assert_true (sam_store_move_agenda_item (fixture->store, b, -1, &error));
  g_assert_true (sam_store_delete (fixture->store, a, &error));
  g_clear_pointer (&numbers, g_free);
  numbers = agenda_numbers (agenda);
  g_assert_cmpstr (numbers, ==, "1:Mötets öppnande 2:Föregående anteckningar 3:Övrigt 4:Fokusfrågor 4a:Kompetens");

  /* Delete a top item: the rest are renumbered. */
  g_assert_true (sam_store_delete (fixture->store, minutes, &error));
  g_clear_pointer (&numbers, g_free);
  numbers = agenda_numbers (agenda);
  g_assert_cmpstr (numbers, ==, "1:Mötets öppnande 2:Övrigt 3:Fokusfrågor 3a:Kompetens");

  /* Place an item under another. */
  g_assert_true (sam_store_place_agenda_item (fixture->store, last, sam_entity_get_id (SAM_ENTITY (focus)), 0, &error));
  g_clear_pointer (&numbers, g_free);
  numbers = agenda_numbers (agenda);
  g_assert_cmpstr (numbers, ==, "1:Mötets öppnande 2:Fokusfrågor 2a:Övrigt 2b:Kompetens");
  g_assert_false (sam_store_place_agenda_item (fixture->store, focus, sam_entity_get_id (SAM_ENTITY (focus)), 0, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
  (void)opening;
}

static void
test_models_agenda_changes (SamTestDb     *fixture,
                            gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(GListModel) agenda = sam_store_list_agenda (fixture->store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_autoptr(GArray) changes = watch (agenda);
  g_autoptr(SamAgendaItem) one = sam_test_add_item (fixture->store, meeting, NULL, "Ett", 10);
  g_autoptr(SamAgendaItem) two = sam_test_add_item (fixture->store, meeting, NULL, "Två", 10);
  g_autoptr(SamAgendaItem) three = sam_test_add_item (fixture->store, meeting, NULL, "Tre", 10);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 2, 2, 0, 1);

  /* Swapping two neighbours changes exactly those two rows. */
  g_assert_true (sam_store_move_agenda_item (fixture->store, three, -1, &error));
  g_assert_cmpuint (changes->len, ==, 4);
  assert_change (changes, 3, 1, 2, 2);

  /* A longer first item changes the start of every later row. */
  sam_agenda_item_set_duration (one, 25);
  g_assert_true (sam_store_update (fixture->store, one, &error));
  g_assert_cmpuint (changes->len, ==, 5);
  assert_change (changes, 4, 0, 3, 3);

  /* Deleting the meeting empties its agenda. */
  g_assert_true (sam_store_delete (fixture->store, meeting, &error));
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 0);
  assert_change (changes, changes->len - 1, 0, 3, 0);
  (void)two;
}

static void
test_models_time_plan (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamAgendaItem) a = sam_test_add_item (fixture->store, meeting, NULL, "Inledning", 10);
  g_autoptr(SamAgendaItem) b = sam_test_add_item (fixture->store, meeting, NULL, "Kompetensförsörjning", 45);
  g_autoptr(SamAgendaItem) c = sam_test_add_item (fixture->store, meeting, NULL, "Övriga frågor", 5);
  g_autoptr(GListModel) agenda = sam_store_list_agenda (fixture->store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_autoptr(SamAgendaItem) third = g_list_model_get_item (agenda, 2);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sam_agenda_item_get_starts_at (third), ==, "2019-01-29T15:55");
  g_clear_object (&third);

  /* Moving the meeting moves the whole time plan. */
  sam_meeting_set_starts_at (meeting, "2019-01-29T09:30");
  g_assert_true (sam_store_update (fixture->store, meeting, &error));
  third = g_list_model_get_item (agenda, 2);
  g_assert_cmpstr (sam_agenda_item_get_starts_at (third), ==, "2019-01-29T10:25");
  (void)a; (void)b; (void)c;
}

static SamAssignment *
add_assignment (SamStore     *store,
                const char   *title,
                const char   *due_on,
                SamOwnerKind  kind,
                gint64        owner_id)
{
  g_autoptr(GError) error = NULL;
  SamAssignment *assignment = sam_assignment_new ();

  sam_assignment_set_title (assignment, title);
  sam_assignment_set_due_on (assignment, due_on);
  sam_assignment_set_owner_kind (assignment, kind);
  if (kind == SAM_OWNER_KIND_PERSON)
    sam_assignment_set_owner_person_id (assignment, owner_id);
  else if (kind == SAM_OWNER_KIND_BODY)
    sam_assignment_set_owner_body_id (assignment, owner_id);
  g_assert_true (sam_store_insert (store, assignment, &error));
  g_assert_no_error (error);

  return assignment;
}

static void
test_models_assignments (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Arbetsgrupp för digitalisering", SAM_BODY_KIND_WORKING_GROUP);
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAssignment) late = NULL;
  g_autoptr(SamAssignment) soon = NULL;
  g_autoptr(SamAssignment) group = NULL;
  g_autoptr(SamAssignment) all = NULL;
  g_autoptr(GListModel) open = sam_store_list_open_assignments (fixture->store);
  g_autoptr(GListModel) overdue = sam_store_list_overdue_assignments (fixture->store, "2019-03-01");
  g_autoptr(GListModel) everything = sam_store_list_assignments (fixture->store);
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;

  sam_person_set_name (person, "Sekretariatsledaren");
  g_assert_true (sam_store_insert (fixture->store, person, &error));
  mine = sam_store_list_assignments_by_owner (fixture->store, SAM_OWNER_KIND_PERSON, sam_entity_get_id (SAM_ENTITY (person)));
  members = sam_store_list_assignments_by_owner (fixture->store, SAM_OWNER_KIND_ALL_MEMBERS, 0);

  late = add_assignment (fixture->store, "Ta fram förslag", "2019-02-15", SAM_OWNER_KIND_PERSON, sam_entity_get_id (SAM_ENTITY (person)));
  soon = add_assignment (fixture->store, "Rapportera", "2019-04-01", SAM_OWNER_KIND_BODY, sam_entity_get_id (SAM_ENTITY (body)));
  group = add_assignment (fixture->store, "Utse representant", NULL, SAM_OWNER_KIND_ALL_MEMBERS, 0);

  g_assert_cmpuint (g_list_model_get_n_items (everything), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);

  /* Done is neither open nor overdue. */
  sam_assignment_set_status (late, SAM_ASSIGNMENT_STATUS_DONE);
  g_assert_true (sam_store_update (fixture->store, late, &error));
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (everything), ==, 3);
  (void)soon; (void)group; (void)all;
}

static void
test_models_plans_and_focus (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamPlan) plan = sam_plan_new ();
  g_autoptr(SamFocusQuestion) q1 = sam_focus_question_new ();
  g_autoptr(SamFocusQuestion) q2 = sam_focus_question_new ();
  g_autoptr(SamFocusQuestion) first = NULL;
  g_autoptr(GListModel) plans = sam_store_list_plans (fixture->store);
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) trips = sam_store_list_study_trips (fixture->store);
  g_autoptr(GListModel) people = sam_store_list_people (fixture->store);
  g_autoptr(GError) error = NULL;

  sam_plan_set_title (plan, "Verksamhetsplan 2019–2020");
  sam_plan_set_first_year (plan, 2019);
  g_assert_true (sam_store_insert (fixture->store, plan, &error));
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);

  questions = sam_store_list_focus_questions (fixture->store, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_plan_id (q1, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_title (q1, "Kompetensförsörjning");
  g_assert_true (sam_store_insert (fixture->store, q1, &error));
  sam_focus_question_set_plan_id (q2, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_focus_question_set_title (q2, "Digitalisering");
  g_assert_true (sam_store_insert (fixture->store, q2, &error));
  g_assert_no_error (error);

  /* Positions follow the order of creation. */
  g_assert_cmpint (sam_focus_question_get_position (q2), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 2);
  first = g_list_model_get_item (questions, 0);
  g_assert_cmpstr (sam_focus_question_get_title (first), ==, "Kompetensförsörjning");

  /* Deleting the plan takes its focus questions along. */
  g_assert_true (sam_store_delete (fixture->store, plan, &error));
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (trips), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/models/meetings-live", test_models_meetings_live);
  ADD ("/models/filters", test_models_filters);
  ADD ("/models/rollback-is-silent", test_models_rollback_is_silent);
  ADD ("/models/agenda-numbering", test_models_agenda_numbering);
  ADD ("/models/agenda-changes", test_models_agenda_changes);
  ADD ("/models/time-plan", test_models_time_plan);
  ADD ("/models/assignments", test_models_assignments);
  ADD ("/models/plans-and-focus", test_models_plans_and_focus);
#undef ADD

  return g_test_run ();
}
