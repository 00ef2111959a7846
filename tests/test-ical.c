/* test-ical.c: meetings as iCalendar, read back with libical and with an
 * independent parser.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <libical/ical.h>
#include <sys/wait.h>

#include "sam-exchange.h"
#include "sam-ical.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb   db;
  SamBody    *body;
  SamMeeting *winter;
  SamMeeting *summer;
} Fixture;

static void
add_attendee (SamStore          *store,
              SamMeeting        *meeting,
              const char        *name,
              const char        *email,
              SamAttendanceRole  role)
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
  g_assert_true (sam_store_insert (store, attendance, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAgendaItem) a = NULL;
  g_autoptr(SamAgendaItem) b = NULL;

  sam_test_db_setup (&fixture->db, NULL);
  fixture->body = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->winter = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-01-29T15:00", "Kommundirektörsmöte");
  sam_meeting_set_ends_at (fixture->winter, "2019-01-29T17:00");
  sam_meeting_set_location (fixture->winter, "Stadshuset, Lund");
  g_assert_true (sam_store_update (fixture->db.store, fixture->winter, &error));
  fixture->summer = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-06-11T09:00", "Junimöte");

  a = sam_test_add_item (fixture->db.store, fixture->winter, NULL, "Fokusfrågor 2019", 30);
  b = sam_test_add_item (fixture->db.store, fixture->winter, NULL, "Studieresa: val av resmål", 20);
  add_attendee (fixture->db.store, fixture->winter, "Åsa Ödman", "asa.odman@lund.se", SAM_ATTENDANCE_ROLE_CHAIR);
  add_attendee (fixture->db.store, fixture->winter, "Per Persson", NULL, SAM_ATTENDANCE_ROLE_MEMBER);
  add_attendee (fixture->db.store, fixture->winter, "Gäst från Region Skåne", "gast@skane.se", SAM_ATTENDANCE_ROLE_ALSO_ATTENDING);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->body);
  g_clear_object (&fixture->winter);
  g_clear_object (&fixture->summer);
  sam_test_db_teardown (&fixture->db, NULL);
}

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  return calendar;
}

static char *
meeting_ics (Fixture    *fixture,
             SamMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  char *text = sam_ical_export_meeting (fixture->db.store, sam_entity_get_id (SAM_ENTITY (meeting)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

static void
test_ical_invitation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *text = meeting_ics (fixture, fixture->winter);
  g_autofree char *uid = g_strdup_printf ("%s@samverkan", sam_entity_get_uuid (SAM_ENTITY (fixture->winter)));
  icalcomponent *calendar = parse (text);
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  icalproperty *property;
  guint n_attendees = 0;
  gboolean chair = FALSE;

  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Kommundirektörsmöte");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Stadshuset, Lund");
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "1. Fokusfrågor 2019"));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "2. Studieresa: val av resmål"));
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Stockholm:20190129T150000"));
  g_assert_nonnull (strstr (text, "DTEND;TZID=Europe/Stockholm:20190129T170000"));

  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *role = icalproperty_get_first_parameter (property, ICAL_ROLE_PARAMETER);
      icalparameter *cn = icalproperty_get_first_parameter (property, ICAL_CN_PARAMETER);

      n_attendees++;
      g_assert_nonnull (cn);
      if (g_str_equal (icalparameter_get_cn (cn), "Åsa Ödman"))
        {
          g_assert_cmpint (icalparameter_get_role (role), ==, ICAL_ROLE_CHAIR);
          g_assert_cmpstr (icalproperty_get_attendee (property), ==, "mailto:asa.odman@lund.se");
          chair = TRUE;
        }
    }
  g_assert_cmpuint (n_attendees, ==, 3);
  g_assert_true (chair);

  icalcomponent_free (calendar);
}

static void
test_ical_stable_uid_and_sequence (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *first = meeting_ics (fixture, fixture->winter);
  g_autofree char *second = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *a = parse (first);
  icalcomponent *b;
  icalcomponent *c;
  int sequence;

  second = meeting_ics (fixture, fixture->winter);
  b = parse (second);
  g_assert_cmpstr (icalcomponent_get_uid (icalcomponent_get_first_component (a, ICAL_VEVENT_COMPONENT)), ==,
                   icalcomponent_get_uid (icalcomponent_get_first_component (b, ICAL_VEVENT_COMPONENT)));
  sequence = icalcomponent_get_sequence (icalcomponent_get_first_component (a, ICAL_VEVENT_COMPONENT));
  g_assert_cmpint (icalcomponent_get_sequence (icalcomponent_get_first_component (b, ICAL_VEVENT_COMPONENT)), ==, sequence);

  /* A new title does not change the sequence; a new time does. */
  sam_meeting_set_title (fixture->winter, "Kommundirektörsmöte, ny rubrik");
  g_assert_true (sam_store_update (fixture->db.store, fixture->winter, &error));
  g_assert_cmpint (sam_meeting_get_sequence (fixture->winter), ==, sequence);
  sam_meeting_set_starts_at (fixture->winter, "2019-01-29T13:00");
  g_assert_true (sam_store_update (fixture->db.store, fixture->winter, &error));
  moved = meeting_ics (fixture, fixture->winter);
  c = parse (moved);
  g_assert_cmpint (icalcomponent_get_sequence (icalcomponent_get_first_component (c, ICAL_VEVENT_COMPONENT)), >, sequence);

  icalcomponent_free (a);
  icalcomponent_free (b);
  icalcomponent_free (c);
}

/* A meeting as another installation exports it, at a given time and
 * place and with the sequence that installation counted. */
static GBytes *
moved_meeting (const char *updated,
               const char *starts_at,
               const char *location,
               int         sequence)
{
  char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">\n"
    "  <body uuid=\"6f0e4a8e-3c57-4d5e-9a53-0c3a1b2d9e01\" updated=\"2019-01-01T10:00:00Z\">\n"
    "    <kind>director-group</kind><name>Kommundirektörsgruppen i Sydväst</name>\n"
    "  </body>\n"
    "  <meeting uuid=\"6f0e4a8e-3c57-4d5e-9a53-0c3a1b2d9e02\" updated=\"%s\">\n"
    "    <body ref=\"6f0e4a8e-3c57-4d5e-9a53-0c3a1b2d9e01\"/>\n"
    "    <starts-at>%s</starts-at><title>Kommundirektörsmöte</title>\n"
    "    <location>%s</location><sequence>%d</sequence>\n"
    "  </meeting>\n"
    "</samverkan>\n", updated, starts_at, location, sequence);

  return g_bytes_new_take (xml, strlen (xml));
}

static int
imported_sequence (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMeeting) meeting = sam_store_load_by_uuid (fixture->db.store, SAM_TYPE_MEETING,
                                                          "6f0e4a8e-3c57-4d5e-9a53-0c3a1b2d9e02", &error);
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  int sequence;

  g_assert_no_error (error);
  text = meeting_ics (fixture, meeting);
  calendar = parse (text);
  sequence = icalcomponent_get_sequence (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT));
  g_assert_cmpint (sequence, ==, sam_meeting_get_sequence (meeting));
  icalcomponent_free (calendar);

  return sequence;
}

static void
import (Fixture *fixture,
        GBytes  *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamExchangeSummary) summary = sam_exchange_import_bytes (fixture->db.store, bytes, NULL, NULL,
                                                                     NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (summary);
}

/* An import that moves a meeting raises its SEQUENCE as the window's edits
 * do, so that a calendar takes the new time; one that changes nothing of
 * the time or the place leaves it, and a file that already counted the
 * change keeps its own higher number. */
static void
test_ical_sequence_after_import (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GBytes) first = moved_meeting ("2019-01-02T10:00:00Z", "2019-02-12T15:00", "Lund", 0);
  g_autoptr(GBytes) same = moved_meeting ("2019-01-03T10:00:00Z", "2019-02-12T15:00", "Lund", 0);
  g_autoptr(GBytes) earlier = moved_meeting ("2019-01-04T10:00:00Z", "2019-02-12T13:00", "Lund", 0);
  g_autoptr(GBytes) elsewhere = moved_meeting ("2019-01-05T10:00:00Z", "2019-02-12T13:00", "Malmö", 7);
  g_autoptr(GBytes) older = moved_meeting ("2019-01-06T10:00:00Z", "2019-02-12T13:00", "Malmö", 2);

  import (fixture, first);
  g_assert_cmpint (imported_sequence (fixture), ==, 0);

  import (fixture, same);
  g_assert_cmpint (imported_sequence (fixture), ==, 0);

  import (fixture, earlier);
  g_assert_cmpint (imported_sequence (fixture), ==, 1);

  import (fixture, elsewhere);
  g_assert_cmpint (imported_sequence (fixture), ==, 7);

  /* An export made before those changes never lowers it. */
  import (fixture, older);
  g_assert_cmpint (imported_sequence (fixture), ==, 7);
}

static int
utc_hour (icalcomponent *calendar,
          const char    *uid)
{
  icalcomponent *timezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  icaltimezone *zone = icaltimezone_new ();
  icalcomponent *event;
  int hour = -1;

  g_assert_nonnull (timezone);
  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (timezone)));
  g_assert_cmpstr (icaltimezone_get_tzid (zone), ==, "Europe/Stockholm");

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      if (g_str_equal (icalcomponent_get_uid (event), uid))
        {
          struct icaltimetype start = icalcomponent_get_dtstart (event);

          start = icaltime_set_timezone (&start, zone);
          start = icaltime_convert_to_zone (start, icaltimezone_get_utc_timezone ());
          hour = start.hour;
        }
    }

  icaltimezone_free (zone, TRUE);

  return hour;
}

static void
test_ical_summer_and_winter (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sam_ical_export_year (fixture->db.store, 2019, 0, &error);
  g_autofree char *winter = g_strdup_printf ("%s@samverkan", sam_entity_get_uuid (SAM_ENTITY (fixture->winter)));
  g_autofree char *summer = g_strdup_printf ("%s@samverkan", sam_entity_get_uuid (SAM_ENTITY (fixture->summer)));
  icalcomponent *calendar;

  g_assert_no_error (error);
  calendar = parse (text);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);

  /* 15:00 in January is 14:00 UTC; 09:00 in June is 07:00 UTC. */
  g_assert_cmpint (utc_hour (calendar, winter), ==, 14);
  g_assert_cmpint (utc_hour (calendar, summer), ==, 7);

  icalcomponent_free (calendar);
}

static char *check_independently (Fixture     *fixture,
                                  const char  *text,
                                  const char **expectations);

static void
test_ical_year_by_body (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamBody) board = sam_test_add_body (fixture->db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) board_meeting = sam_test_add_meeting (fixture->db.store, board, "2019-03-15T10:00", "Styrelsemöte");
  g_autoptr(SamMeeting) other_year = sam_test_add_meeting (fixture->db.store, board, "2020-03-15T10:00", "Styrelsemöte");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sam_ical_export_year (fixture->db.store, 2019, sam_entity_get_id (SAM_ENTITY (board)), &error);
  icalcomponent *calendar = parse (text);

  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  g_assert_cmpstr (icalcomponent_get_summary (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT)), ==,
                   "Styrelsemöte");
  icalcomponent_free (calendar);

  /* A municipality's calendar shows the subscription under the body's name. */
  {
    g_autofree char *out = check_independently (fixture, text, (const char *[]) {
                                                  "*|X-WR-CALNAME=Styrelsen 2019", "*|X-PUBLISHED-TTL=P1D",
                                                  "*|X-WR-TIMEZONE=Europe/Stockholm", "*|METHOD=PUBLISH", NULL });

    if (out != NULL)
      g_assert_cmpstr (out, ==, "1 events read\n");
  }
}

/* A retreat over two days ends after its last day; a planned meeting is
 * tentative until its agenda is sent; no invented length. */
static void
test_ical_days_and_status (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamMeeting) retreat = sam_test_add_meeting (fixture->db.store, fixture->body, "2018-03-22", "Internat");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summer = NULL;
  g_autofree char *out = NULL;
  g_autofree char *summer_status = NULL;
  g_autofree char *retreat_status = NULL;

  sam_meeting_set_ends_at (retreat, "2018-03-23");
  sam_meeting_set_status (retreat, SAM_MEETING_STATUS_HELD);
  g_assert_true (sam_store_update (fixture->db.store, retreat, &error));
  g_assert_no_error (error);

  text = sam_ical_export_year (fixture->db.store, 2018, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20180324"));
  retreat_status = g_strdup_printf ("%s@samverkan|STATUS=CONFIRMED", sam_entity_get_uuid (SAM_ENTITY (retreat)));
  out = check_independently (fixture, text, (const char *[]) { retreat_status, NULL });
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&text, g_free);

  /* The June meeting is planned and has no end time. */
  text = sam_ical_export_year (fixture->db.store, 2019, 0, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (text, "DURATION"));
  summer = g_strdup_printf ("%s@samverkan|STATUS=TENTATIVE", sam_entity_get_uuid (SAM_ENTITY (fixture->summer)));
  out = check_independently (fixture, text, (const char *[]) { summer, NULL });
}

static void
test_ical_cancelled (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  int before = sam_meeting_get_sequence (fixture->winter);

  sam_meeting_set_status (fixture->winter, SAM_MEETING_STATUS_CANCELLED);
  g_assert_true (sam_store_update (fixture->db.store, fixture->winter, &error));
  g_assert_cmpint (sam_meeting_get_sequence (fixture->winter), >, before);

  text = meeting_ics (fixture, fixture->winter);
  calendar = parse (text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_CANCEL);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  icalcomponent_free (calendar);
}

/* Runs tests/check-ics.py on @text with the expectations (NULL-ended);
 * returns its output, or NULL when the parser is missing in a Flatpak
 * build (the test is then skipped). */
static char *
check_independently (Fixture     *fixture,
                     const char  *text,
                     const char **expectations)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->db.dir, "check.ics", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-ics.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  /* Debian's own Python, which has python3-icalendar, not another one
   * that happens to come first on PATH. */
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  int status;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_ptr_array_add (argv, (gpointer)python);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, path);
  for (guint i = 0; expectations[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)expectations[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (WIFEXITED (status));
  /* The Flatpak Sdk has Python but not python3-icalendar; everywhere else
   * the independent parser is required. */
  if (WEXITSTATUS (status) == 77 && g_getenv ("SAMVERKAN_FLATPAK_BUILD") != NULL)
    {
      g_test_skip (g_strstrip (out));
      return NULL;
    }
  if (WEXITSTATUS (status) != 0)
    g_error ("check-ics.py: %s%s", out, err);

  return g_steal_pointer (&out);
}

static void
test_ical_independent_parser (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sam_ical_export_year (fixture->db.store, 2019, 0, &error);
  g_autofree char *winter = g_strdup_printf ("%s@samverkan|2019-01-29T15:00|2019-01-29T14:00",
                                             sam_entity_get_uuid (SAM_ENTITY (fixture->winter)));
  g_autofree char *summer = g_strdup_printf ("%s@samverkan|2019-06-11T09:00|2019-06-11T07:00",
                                             sam_entity_get_uuid (SAM_ENTITY (fixture->summer)));
  g_autofree char *out = check_independently (fixture, text, (const char *[]) {
                                                winter, summer, "*|TZID=Europe/Stockholm", NULL });

  if (out != NULL)
    g_assert_cmpstr (out, ==, "2 events read\n");
}

/* Where only the host municipality is known, it is the LOCATION. */
static void
test_ical_host_location (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamMunicipality) host = sam_municipality_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  icalcomponent *calendar;

  sam_municipality_set_name (host, "Höör");
  g_assert_true (sam_store_insert (fixture->db.store, host, &error));
  sam_meeting_set_host_municipality_id (fixture->summer, sam_entity_get_id (SAM_ENTITY (host)));
  g_assert_true (sam_store_update (fixture->db.store, fixture->summer, &error));
  g_assert_no_error (error);

  text = meeting_ics (fixture, fixture->summer);
  calendar = parse (text);
  g_assert_cmpstr (icalcomponent_get_location (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT)),
                   ==, "Höör");
  icalcomponent_free (calendar);

  expected = g_strdup_printf ("%s@samverkan|LOCATION=Höör", sam_entity_get_uuid (SAM_ENTITY (fixture->summer)));
  out = check_independently (fixture, text, (const char *[]) { expected, NULL });
  if (out != NULL)
    g_assert_cmpstr (out, ==, "1 events read\n");
}

/* The secretary organises, with a mailto: address an invitation client can
 * reply to, and is not also one of those invited; the invited have mailto:
 * where they have an address. */
static void
test_ical_organizer (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamPerson) secretary = sam_person_new ();
  g_autoptr(SamAttendance) minutes = sam_attendance_new ();
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) attendees = g_string_new ("ATTENDEE=");
  g_autofree char *text = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *organizer = NULL;
  g_autofree char *invited = NULL;
  g_autofree char *out = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  sam_person_set_name (secretary, "Britt Steiner");
  sam_person_set_email (secretary, "britt.steiner@lund.se");
  g_assert_true (sam_store_insert (fixture->db.store, secretary, &error));
  sam_attendance_set_meeting_id (minutes, sam_entity_get_id (SAM_ENTITY (fixture->winter)));
  sam_attendance_set_person_id (minutes, sam_entity_get_id (SAM_ENTITY (secretary)));
  sam_attendance_set_role (minutes, SAM_ATTENDANCE_ROLE_SECRETARY);
  g_assert_true (sam_store_insert (fixture->db.store, minutes, &error));
  sam_meeting_set_secretary_id (fixture->winter, sam_entity_get_id (SAM_ENTITY (secretary)));
  g_assert_true (sam_store_update (fixture->db.store, fixture->winter, &error));
  g_assert_no_error (error);

  text = meeting_ics (fixture, fixture->winter);
  calendar = parse (text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalproperty_get_organizer (icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY)),
                   ==, "mailto:britt.steiner@lund.se");
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 3);
  icalcomponent_free (calendar);

  /* The chair and the guest by their addresses, the member without one by
   * a URN; the secretary not at all. */
  attendance = sam_store_list_attendance (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->winter)));
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);
      g_autoptr(SamPerson) person = sam_store_load (fixture->db.store, SAM_TYPE_PERSON,
                                                    sam_attendance_get_person_id (row), NULL);

      if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        continue;
      if (sam_person_get_email (person) != NULL)
        g_string_append_printf (attendees, "%smailto:%s", attendees->str[9] != '\0' ? " " : "",
                                sam_person_get_email (person));
      else
        g_string_append_printf (attendees, "%surn:uuid:%s", attendees->str[9] != '\0' ? " " : "",
                                sam_entity_get_uuid (SAM_ENTITY (person)));
    }
  g_assert_nonnull (strstr (attendees->str, "mailto:asa.odman@lund.se"));
  g_assert_nonnull (strstr (attendees->str, "mailto:gast@skane.se"));
  g_assert_nonnull (strstr (attendees->str, "urn:uuid:"));

  uid = g_strdup_printf ("%s@samverkan", sam_entity_get_uuid (SAM_ENTITY (fixture->winter)));
  organizer = g_strdup_printf ("%s|ORGANIZER=mailto:britt.steiner@lund.se", uid);
  invited = g_strdup_printf ("%s|%s", uid, attendees->str);
  out = check_independently (fixture, text, (const char *[]) { organizer, invited, NULL });
  if (out != NULL)
    g_assert_cmpstr (out, ==, "1 events read\n");
}

/* The VTIMEZONE is the collaboration's time zone, from libical's zones: a
 * collaboration in Finland writes Helsinki time. */
static void
test_ical_time_zone (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *winter = NULL;
  g_autofree char *out = NULL;
  icalcomponent *calendar;

  g_assert_true (sam_store_set_setting (fixture->db.store, "time-zone", "Europe/Helsinki", &error));
  g_assert_no_error (error);
  text = sam_ical_export_year (fixture->db.store, 2019, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Helsinki:20190129T150000"));
  calendar = parse (text);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  icalcomponent_free (calendar);

  /* 15:00 in Helsinki in January is 13:00 UTC. */
  winter = g_strdup_printf ("%s@samverkan|2019-01-29T15:00|2019-01-29T13:00",
                            sam_entity_get_uuid (SAM_ENTITY (fixture->winter)));
  out = check_independently (fixture, text, (const char *[]) { winter, "*|TZID=Europe/Helsinki", NULL });
  if (out != NULL)
    g_assert_cmpstr (out, ==, "2 events read\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ical/invitation", test_ical_invitation);
  ADD ("/ical/stable-uid-and-sequence", test_ical_stable_uid_and_sequence);
  ADD ("/ical/sequence-after-import", test_ical_sequence_after_import);
  ADD ("/ical/summer-and-winter", test_ical_summer_and_winter);
  ADD ("/ical/year-by-body", test_ical_year_by_body);
  ADD ("/ical/cancelled", test_ical_cancelled);
  ADD ("/ical/days-and-status", test_ical_days_and_status);
  ADD ("/ical/independent-parser", test_ical_independent_parser);
  ADD ("/ical/host-location", test_ical_host_location);
  ADD ("/ical/organizer", test_ical_organizer);
  ADD ("/ical/time-zone", test_ical_time_zone);
#undef ADD

  return g_test_run ();
}
