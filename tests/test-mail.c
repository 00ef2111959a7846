/* test-mail.c: the e-mail that sends an agenda or minutes: its recipients,
 * subject, body and files (the request, not the portal).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-mail.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb   db;
  SamBody    *body;
  SamMeeting *meeting;
} Fixture;

static gint64
add_attendee (SamStore          *store,
              SamMeeting        *meeting,
              const char        *name,
              const char        *email,
              SamAttendanceRole  role,
              gboolean           present)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();
  g_autoptr(GError) error = NULL;

  sam_person_set_name (person, name);
  sam_person_set_email (person, email);
  g_assert_true (sam_store_insert (store, person, &error));
  sam_attendance_set_meeting_id (attendance, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attendance_set_person_id (attendance, sam_entity_get_id (SAM_ENTITY (person)));
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, present);
  g_assert_true (sam_store_insert (store, attendance, &error));
  g_assert_no_error (error);

  return sam_entity_get_id (SAM_ENTITY (person));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAgendaItem) item = NULL;

  sam_test_db_setup (&fixture->db, NULL);
  fixture->body = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->meeting = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-01-29T15:00", NULL);
  sam_meeting_set_ends_at (fixture->meeting, "2019-01-29T17:00");
  sam_meeting_set_location (fixture->meeting, "Stadshuset, Lund");
  item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Fokusfrågor 2019", 30);

  add_attendee (fixture->db.store, fixture->meeting, "Åsa Ödman", "asa.odman@lund.se", SAM_ATTENDANCE_ROLE_CHAIR, TRUE);
  add_attendee (fixture->db.store, fixture->meeting, "Per Persson", NULL, SAM_ATTENDANCE_ROLE_MEMBER, TRUE);
  add_attendee (fixture->db.store, fixture->meeting, "Bo Borta", "bo.borta@eslov.se", SAM_ATTENDANCE_ROLE_MEMBER, FALSE);
  add_attendee (fixture->db.store, fixture->meeting, "Gäst från Region Skåne", "gast@skane.se",
                SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE);
  sam_meeting_set_secretary_id (fixture->meeting,
                                add_attendee (fixture->db.store, fixture->meeting, "Sara Sekreterare",
                                              "sara@mlr.se", SAM_ATTENDANCE_ROLE_SECRETARY, TRUE));
  g_assert_true (sam_store_update (fixture->db.store, fixture->meeting, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->body);
  g_clear_object (&fixture->meeting);
  sam_test_db_teardown (&fixture->db, NULL);
}

static SamMailRequest *
request (Fixture         *fixture,
         SamDocumentKind  kind,
         const char      *language)
{
  g_autoptr(GError) error = NULL;
  SamMailRequest *mail = sam_mail_request_new (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->meeting)),
                                               kind, language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (mail);

  return mail;
}

/* The agenda goes to everyone called, present or not; the secretary sends
 * it and is not among them; who has no address is named. */
static void
test_mail_agenda_recipients (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamMailRequest) mail = request (fixture, SAM_DOCUMENT_AGENDA, "sv");
  const char *to[] = { "asa.odman@lund.se", "bo.borta@eslov.se", "gast@skane.se", NULL };
  const char *unreachable[] = { "Per Persson", NULL };

  g_assert_cmpstrv (mail->to, to);
  g_assert_cmpstrv (mail->unreachable, unreachable);
}

/* The minutes go to those present: the absent member is left out. */
static void
test_mail_minutes_recipients (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamMailRequest) mail = request (fixture, SAM_DOCUMENT_MINUTES, "sv");
  const char *to[] = { "asa.odman@lund.se", "gast@skane.se", NULL };

  g_assert_cmpstrv (mail->to, to);
  g_assert_false (g_strv_contains ((const char *const *)mail->to, "bo.borta@eslov.se"));
}

static void
test_mail_swedish (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamMailRequest) mail = request (fixture, SAM_DOCUMENT_AGENDA, "sv");
  g_autoptr(SamMailRequest) minutes = request (fixture, SAM_DOCUMENT_MINUTES, "sv");

  g_test_message ("%s\n%s", mail->subject, mail->body);
  g_assert_true (g_str_has_prefix (mail->subject, "Dagordning"));
  g_assert_nonnull (strstr (mail->subject, "29 januari 2019"));
  g_assert_true (g_str_has_prefix (mail->body, "Hej,"));
  g_assert_nonnull (strstr (mail->body, "Tid: tisdag 29 januari 2019, kl. 15.00–17.00\n"));
  g_assert_nonnull (strstr (mail->body, "Plats: Stadshuset, Lund\n"));
  g_assert_nonnull (strstr (mail->body, "kalenderinbjudan"));
  g_assert_true (g_str_has_suffix (mail->body, "Med vänliga hälsningar\nSara Sekreterare\n"));
  g_assert_true (g_str_has_prefix (minutes->subject, "Minnesanteckningar"));
  g_assert_null (strstr (minutes->body, "kalenderinbjudan"));
}

static void
test_mail_english (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamMailRequest) mail = request (fixture, SAM_DOCUMENT_AGENDA, "en");

  g_test_message ("%s\n%s", mail->subject, mail->body);
  g_assert_true (g_str_has_prefix (mail->subject, "Agenda"));
  g_assert_nonnull (strstr (mail->subject, "29 January 2019"));
  g_assert_nonnull (strstr (mail->body, "When: Tuesday 29 January 2019, 15:00–17:00\n"));
  g_assert_nonnull (strstr (mail->body, "Where: Stadshuset, Lund\n"));
  g_assert_true (g_str_has_suffix (mail->body, "Kind regards\nSara Sekreterare\n"));
}

/* The agenda carries its PDF and the invitation; the minutes their PDF. */
static void
test_mail_attachments (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamMailRequest) mail = request (fixture, SAM_DOCUMENT_AGENDA, "sv");
  g_autoptr(SamMailRequest) minutes = request (fixture, SAM_DOCUMENT_MINUTES, "sv");
  g_autofree char *folder = g_build_filename (fixture->db.dir, "outgoing", NULL);
  gint64 id = sam_entity_get_id (SAM_ENTITY (fixture->meeting));
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *ics = NULL;

  g_assert_true (sam_mail_request_write_attachments (mail, fixture->db.store, id, "sv", folder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (mail->attachments), ==, 2);
  g_assert_true (g_str_has_suffix (mail->attachments[0], ".pdf"));
  g_assert_true (g_str_has_suffix (mail->attachments[1], ".ics"));
  g_assert_true (g_file_get_contents (mail->attachments[0], &pdf, NULL, &error));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_true (g_file_get_contents (mail->attachments[1], &ics, NULL, &error));
  g_assert_nonnull (strstr (ics, "METHOD:REQUEST"));
  g_assert_nonnull (strstr (ics, "mailto:asa.odman@lund.se"));
  {
    g_autofree char *base = g_path_get_basename (mail->attachments[1]);

    g_assert_cmpstr (base, ==, "Kalenderinbjudan kommundirektörsmöte 2019-01-29.ics");
  }

  g_assert_true (sam_mail_request_write_attachments (minutes, fixture->db.store, id, "sv", folder, &error));
  g_assert_cmpuint (g_strv_length (minutes->attachments), ==, 1);
  g_assert_true (g_file_test (minutes->attachments[0], G_FILE_TEST_IS_REGULAR));
}

/* An unknown language is refused with a message, not a mail. */
static void
test_mail_bad_language (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMailRequest) mail = sam_mail_request_new (fixture->db.store,
                                                         sam_entity_get_id (SAM_ENTITY (fixture->meeting)),
                                                         SAM_DOCUMENT_AGENDA, "de", &error);

  g_assert_null (mail);
  g_assert_error (error, SAM_DOCUMENT_ERROR, SAM_DOCUMENT_ERROR_LANGUAGE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/mail/agenda-recipients", test_mail_agenda_recipients);
  ADD ("/mail/minutes-recipients", test_mail_minutes_recipients);
  ADD ("/mail/swedish", test_mail_swedish);
  ADD ("/mail/english", test_mail_english);
  ADD ("/mail/attachments", test_mail_attachments);
  ADD ("/mail/bad-language", test_mail_bad_language);
#undef ADD

  return g_test_run ();
}
