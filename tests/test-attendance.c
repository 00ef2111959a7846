/* test-attendance.c: a meeting's attendance list as the secretary enters
 * it, and as the minutes print it.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <poppler.h>
#include <sqlite3.h>
#include <string.h>

#include "sam-document.h"
#include "sam-test-util.h"

typedef PopplerDocument Pdf;
typedef PopplerPage PdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfPage, g_object_unref)

static void
insert (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);
}

static SamPerson *
add_person (SamStore   *store,
            const char *name,
            const char *organization)
{
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  sam_person_set_organization (person, organization);
  insert (store, person);

  return person;
}

static gint64
id_of (gpointer entity)
{
  return sam_entity_get_id (SAM_ENTITY (entity));
}

static SamAttendance *
add_attendance (SamStore          *store,
                SamMeeting        *meeting,
                SamPerson         *person,
                SamAttendanceRole  role,
                gboolean           present)
{
  SamAttendance *attendance = sam_attendance_new ();

  sam_attendance_set_meeting_id (attendance, id_of (meeting));
  sam_attendance_set_person_id (attendance, id_of (person));
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, present);
  insert (store, attendance);

  return attendance;
}

static void
add_membership (SamStore          *store,
                SamBody           *body,
                SamPerson         *person,
                SamMembershipRole  role)
{
  g_autoptr(SamMembership) membership = sam_membership_new ();

  sam_membership_set_body_id (membership, id_of (body));
  sam_membership_set_person_id (membership, id_of (person));
  sam_membership_set_role (membership, role);
  insert (store, membership);
}

/* The names on the attendance list, top to bottom, with their roles:
 * "Östen:member Anna:chair". */
static char *
list_text (SamStore   *store,
           SamMeeting *meeting)
{
  g_autoptr(GListModel) attendance = sam_store_list_attendance (store, id_of (meeting));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);
      g_autoptr(SamPerson) person = sam_store_load (store, SAM_TYPE_PERSON,
                                                   sam_attendance_get_person_id (row), NULL);
      g_autoptr(GEnumClass) roles = g_type_class_ref (SAM_TYPE_ATTENDANCE_ROLE);

      g_string_append_printf (text, "%s%s:%s", i > 0 ? " " : "", sam_person_get_name (person),
                              g_enum_get_value (roles, sam_attendance_get_role (row))->value_nick);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The minutes in Swedish as a reader copies them out of the PDF. */
static char *
minutes_text (SamTestDb  *fixture,
              SamMeeting *meeting)
{
  g_autofree char *path = g_build_filename (fixture->dir, "minutes.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autoptr(PdfPage) page = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *text = NULL;

  g_assert_true (sam_document_write_pdf (fixture->store, id_of (meeting), SAM_DOCUMENT_MINUTES,
                                         "sv", path, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);

  if (g_getenv ("SAM_TEST_PRINT") != NULL)
    g_printerr ("%s\n", text);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* A change of role or presence moves nobody: the next click lands on the
 * person the secretary meant. */
static void
test_attendance_entered_order (SamTestDb     *fixture,
                               gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2020-05-28T09:00", NULL);
  g_autoptr(SamPerson) osten = add_person (fixture->store, "Östen Ek", "Lund");
  g_autoptr(SamPerson) bertil = add_person (fixture->store, "Bertil Ahl", "Malmö");
  g_autoptr(SamPerson) anna = add_person (fixture->store, "Anna Berg", "Region Skåne");
  g_autoptr(SamAttendance) first = add_attendance (fixture->store, meeting, osten, SAM_ATTENDANCE_ROLE_MEMBER, TRUE);
  g_autoptr(SamAttendance) second = add_attendance (fixture->store, meeting, bertil, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE);
  g_autoptr(SamAttendance) third = add_attendance (fixture->store, meeting, anna, SAM_ATTENDANCE_ROLE_MEMBER, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = list_text (fixture->store, meeting);
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==, "Östen Ek:member Bertil Ahl:also-attending Anna Berg:member");

  sam_attendance_set_role (third, SAM_ATTENDANCE_ROLE_CHAIR);
  g_assert_true (sam_store_update (fixture->store, third, &error));
  sam_attendance_set_present (first, FALSE);
  g_assert_true (sam_store_update (fixture->store, first, &error));
  sam_attendance_set_role (second, SAM_ATTENDANCE_ROLE_MEMBER);
  g_assert_true (sam_store_update (fixture->store, second, &error));
  g_assert_no_error (error);

  after = list_text (fixture->store, meeting);
  g_assert_cmpstr (after, ==, "Östen Ek:member Bertil Ahl:member Anna Berg:chair");
}

/* A database from before the order was kept gets a stable one: the order
 * the list showed then (chair, members, also attending, minutes taker,
 * each by name). */
static void
test_attendance_migration (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2018-03-08T09:00", NULL);
  g_autoptr(SamPerson) secretary = add_person (fixture->store, "Ada Sekreterare", NULL);
  g_autoptr(SamPerson) guest = add_person (fixture->store, "Bo Gäst", NULL);
  g_autoptr(SamPerson) member_z = add_person (fixture->store, "Zara Ledamot", NULL);
  g_autoptr(SamPerson) member_c = add_person (fixture->store, "Carl Ledamot", NULL);
  g_autoptr(SamPerson) chair = add_person (fixture->store, "Örjan Ordförande", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  sqlite3 *db = NULL;

  g_object_unref (add_attendance (fixture->store, meeting, secretary, SAM_ATTENDANCE_ROLE_SECRETARY, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, guest, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, member_z, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, member_c, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, chair, SAM_ATTENDANCE_ROLE_CHAIR, TRUE));
  g_clear_object (&fixture->store);

  /* Back to schema 6, the one before rows were numbered (0007). */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP INDEX attendance_order; UPDATE attendance SET position = 0; "
                                     /* and without what the later steps add (0008) */
                                     "ALTER TABLE agenda_item DROP COLUMN section_title; "
                                     "ALTER TABLE agenda_item DROP COLUMN remarks_heading; "
                                     "ALTER TABLE assignment DROP COLUMN owner_text; "
                                     "PRAGMA user_version = 6;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_get_schema_version (fixture->store), >=, 7);

  order = list_text (fixture->store, meeting);
  g_assert_cmpstr (order, ==, "Örjan Ordförande:chair Carl Ledamot:member Zara Ledamot:member "
                              "Bo Gäst:also-attending Ada Sekreterare:secretary");

  /* Someone added afterwards comes last, however they are named. */
  {
    g_autoptr(SamPerson) late = add_person (fixture->store, "Aaron Sist", NULL);
    g_autofree char *later = NULL;

    g_object_unref (add_attendance (fixture->store, meeting, late, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
    later = list_text (fixture->store, meeting);
    g_assert_true (g_str_has_suffix (later, "Ada Sekreterare:secretary Aaron Sist:member"));
  }
}

/* A new meeting calls nobody; "Add the Members of <body>" calls the
 * body's members, the chair first, and never twice. */
static void
test_attendance_call_members (SamTestDb     *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2020-05-28T09:00", NULL);
  g_autoptr(SamPerson) member = add_person (fixture->store, "Bertil Ahl", "Malmö");
  g_autoptr(SamPerson) chair = add_person (fixture->store, "Östen Ek", "Lund");
  g_autoptr(SamPerson) secretary = add_person (fixture->store, "Britt Steiner", "Lund");
  g_autoptr(SamPerson) contact = add_person (fixture->store, "Kim Kontakt", NULL);
  g_autoptr(GListModel) attendance = sam_store_list_attendance (fixture->store, id_of (meeting));
  g_autoptr(GError) error = NULL;
  g_autofree char *called = NULL;
  g_autofree char *again = NULL;
  g_autofree char *text = NULL;
  guint n_added = 0;

  add_membership (fixture->store, body, member, SAM_MEMBERSHIP_ROLE_MEMBER);
  add_membership (fixture->store, body, chair, SAM_MEMBERSHIP_ROLE_CHAIR);
  add_membership (fixture->store, body, secretary, SAM_MEMBERSHIP_ROLE_SECRETARY);
  add_membership (fixture->store, body, contact, SAM_MEMBERSHIP_ROLE_CONTACT);

  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 0);

  /* Minutes of a meeting nobody is listed for have no "Frånvarande". */
  text = minutes_text (fixture, meeting);
  g_assert_null (strstr (text, "Frånvarande"));

  g_assert_true (sam_store_call_members (fixture->store, meeting, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 3);
  called = list_text (fixture->store, meeting);
  g_assert_cmpstr (called, ==, "Östen Ek:chair Bertil Ahl:member Britt Steiner:secretary");

  g_assert_true (sam_store_call_members (fixture->store, meeting, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  again = list_text (fixture->store, meeting);
  g_assert_cmpstr (again, ==, called);
}

/* Choosing another minutes taker replaces the one before: the minutes
 * say "Vid protokollet" once, with the new name. */
static void
test_attendance_minutes_taker_replaces (SamTestDb     *fixture,
                                        gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2020-05-28T09:00", NULL);
  g_autoptr(SamPerson) member = add_person (fixture->store, "Bertil Ahl", "Malmö");
  g_autoptr(SamPerson) first = add_person (fixture->store, "Ada Först", NULL);
  g_autoptr(SamPerson) second = add_person (fixture->store, "Britt Steiner", NULL);
  g_autoptr(SamMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *text = NULL;

  g_object_unref (add_attendance (fixture->store, meeting, member, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
  g_assert_true (sam_store_set_minutes_taker (fixture->store, id_of (meeting), id_of (first), &error));
  g_assert_true (sam_store_set_minutes_taker (fixture->store, id_of (meeting), id_of (second), &error));
  g_assert_no_error (error);

  order = list_text (fixture->store, meeting);
  g_assert_cmpstr (order, ==, "Bertil Ahl:member Britt Steiner:secretary");
  saved = sam_store_load (fixture->store, SAM_TYPE_MEETING, id_of (meeting), &error);
  g_assert_cmpint (sam_meeting_get_secretary_id (saved), ==, id_of (second));

  text = minutes_text (fixture, meeting);
  g_assert_cmpuint (count (text, "Vid protokollet"), ==, 1);
  g_assert_nonnull (strstr (text, "Vid protokolletBritt Steiner"));
  g_assert_null (strstr (text, "Ada Först"));
}

/* As on 29 January 2019: the minutes taker is also among the other
 * participants, and the minutes say both, in the order entered. */
static void
test_attendance_minutes_taker_also_attending (SamTestDb     *fixture,
                                              gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamPerson) chair = add_person (fixture->store, "Christoffer Nilsson", "Lund");
  g_autoptr(SamPerson) malmo = add_person (fixture->store, "Andreas Norbrant", "Malmö");
  g_autoptr(SamPerson) hoor = add_person (fixture->store, "Michael Andersson", "Höör");
  g_autoptr(SamPerson) region = add_person (fixture->store, "Ulrika Geeraedts", "Region Skåne");
  g_autoptr(SamPerson) ola = add_person (fixture->store, "Ola Yndeheim", "Malmö");
  g_autoptr(SamPerson) britt = add_person (fixture->store, "Britt Steiner", "Lund");
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *text = NULL;

  g_object_unref (add_attendance (fixture->store, meeting, chair, SAM_ATTENDANCE_ROLE_CHAIR, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, malmo, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, hoor, SAM_ATTENDANCE_ROLE_MEMBER, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, region, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, ola, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE));
  g_object_unref (add_attendance (fixture->store, meeting, britt, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE));
  g_assert_true (sam_store_set_minutes_taker (fixture->store, id_of (meeting), id_of (britt), &error));
  g_assert_no_error (error);

  order = list_text (fixture->store, meeting);
  g_assert_true (g_str_has_suffix (order, "Ola Yndeheim:also-attending Britt Steiner:also-attending"));

  text = minutes_text (fixture, meeting);
  /* Entered order, not by first name: Christoffer before Andreas. */
  g_assert_nonnull (strstr (text, "NärvarandeChristoffer Nilsson (Lund, ordförande), Andreas Norbrant (Malmö), "
                                  "Michael Andersson (Höör)"));
  g_assert_nonnull (strstr (text, "Ulrika Geeraedts (Region Skåne), Ola Yndeheim (Malmö), Britt Steiner (Lund)"));
  g_assert_nonnull (strstr (text, "Vid protokolletBritt Steiner"));
  g_assert_cmpuint (count (text, "Vid protokollet"), ==, 1);
  g_assert_null (strstr (text, "Frånvarande"));
}

/* An online meeting keeps its place; the place line says "online" once. */
static void
test_attendance_online_place (SamTestDb     *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2020-05-28T09:00", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *teams = NULL;
  g_autofree char *hall = NULL;

  sam_meeting_set_online (meeting, TRUE);
  sam_meeting_set_location (meeting, "Digitalt Teams-möte");
  g_assert_true (sam_store_update (fixture->store, meeting, &error));
  g_assert_no_error (error);
  teams = minutes_text (fixture, meeting);
  g_assert_nonnull (strstr (teams, "Digitalt Teams-möte"));
  g_assert_null (strstr (teams, "Digitalt möte"));

  /* A place that does not say so still gets "Digitalt möte". */
  sam_meeting_set_location (meeting, "Stadshuset, Lund");
  g_assert_true (sam_store_update (fixture->store, meeting, &error));
  hall = minutes_text (fixture, meeting);
  g_assert_nonnull (strstr (hall, "Stadshuset, Lund, Digitalt möte"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/attendance/entered-order", test_attendance_entered_order);
  ADD ("/attendance/migration", test_attendance_migration);
  ADD ("/attendance/call-members", test_attendance_call_members);
  ADD ("/attendance/minutes-taker-replaces", test_attendance_minutes_taker_replaces);
  ADD ("/attendance/minutes-taker-also-attending", test_attendance_minutes_taker_also_attending);
  ADD ("/attendance/online-place", test_attendance_online_place);

  return g_test_run ();
}
