/* fuzz-documents.c: libFuzzer target for the document and calendar writers.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built with -Dfuzzing=true by clang; not run by the test suite. Run it as
 *   _build-fuzz/tests/fuzz/fuzz-documents -max_total_time=300 tests/fuzz/documents
 * An input is a list of texts separated by NUL bytes (made valid UTF-8):
 * they become the titles, places, names and texts of one meeting with
 * every kind of thing its documents show, which is then written as its
 * agenda, minutes and meeting pack (PDF), its e-mail, the year at a glance
 * and the meeting and its year as iCalendar. Nothing may crash, leak or
 * read out of bounds, and the calendar must stay valid: UTF-8, CRLF lines
 * of at most 75 octets.
 */

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sam-document.h"
#include "sam-ical.h"
#include "sam-mail.h"
#include "sam-wheel.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* A critical or a warning aborts, which libFuzzer reports with the input
 * (G_BREAKPOINT's SIGTRAP would not be caught). */
static GLogWriterOutput
abort_on_critical (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return output;
}

typedef struct
{
  char            *dir;
  SamStore        *store;
  SamMunicipality *municipality;
  SamPerson       *chair;
  SamPerson       *guest;
  SamBody         *body;
  SamMeeting      *meeting;
  SamMeeting      *next;
  SamAgendaItem   *items[3];
  SamDecision     *decision;
  SamAssignment   *assignment;
} Scratch;

static void
insert (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_insert (store, entity, &error))
    g_error ("%s", error->message);
}

static void
attend (Scratch           *scratch,
        SamPerson         *person,
        SamAttendanceRole  role)
{
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();

  sam_attendance_set_meeting_id (attendance, sam_entity_get_id (SAM_ENTITY (scratch->meeting)));
  sam_attendance_set_person_id (attendance, sam_entity_get_id (SAM_ENTITY (person)));
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, TRUE);
  insert (scratch->store, attendance);
}

static Scratch *
scratch_get (void)
{
  static Scratch scratch;
  g_autofree char *path = NULL;
  static const SamItemKind kinds[] = {
    SAM_ITEM_KIND_INFORMATION_DISCUSSION, SAM_ITEM_KIND_DECISION, SAM_ITEM_KIND_FOLLOW_UP,
  };
  gint64 presenter;

  if (scratch.store != NULL)
    return &scratch;

  g_log_set_writer_func (abort_on_critical, NULL, NULL);
  scratch.dir = g_dir_make_tmp ("samverkan-fuzz-XXXXXX", NULL);
  path = g_build_filename (scratch.dir, "fuzz.db", NULL);
  scratch.store = sam_store_open (path, NULL);
  g_assert (scratch.store != NULL);

  scratch.municipality = sam_municipality_new ();
  sam_municipality_set_name (scratch.municipality, "Lund");
  insert (scratch.store, scratch.municipality);

  scratch.chair = sam_person_new ();
  sam_person_set_name (scratch.chair, "Christoffer Nilsson");
  sam_person_set_municipality_id (scratch.chair, sam_entity_get_id (SAM_ENTITY (scratch.municipality)));
  insert (scratch.store, scratch.chair);

  scratch.guest = sam_person_new ();
  sam_person_set_name (scratch.guest, "Ulrika Geeraedts");
  sam_person_set_email (scratch.guest, "ulrika@example.org");
  insert (scratch.store, scratch.guest);

  scratch.body = sam_body_new ();
  sam_body_set_name (scratch.body, "Kommundirektörsgruppen");
  sam_body_set_kind (scratch.body, SAM_BODY_KIND_DIRECTOR_GROUP);
  insert (scratch.store, scratch.body);

  scratch.meeting = sam_meeting_new ();
  sam_meeting_set_body_id (scratch.meeting, sam_entity_get_id (SAM_ENTITY (scratch.body)));
  sam_meeting_set_starts_at (scratch.meeting, "2019-01-29T15:00");
  sam_meeting_set_ends_at (scratch.meeting, "2019-01-29T17:00");
  sam_meeting_set_title (scratch.meeting, "Kommundirektörsmöte");
  sam_meeting_set_chair_id (scratch.meeting, sam_entity_get_id (SAM_ENTITY (scratch.chair)));
  insert (scratch.store, scratch.meeting);

  scratch.next = sam_meeting_new ();
  sam_meeting_set_body_id (scratch.next, sam_entity_get_id (SAM_ENTITY (scratch.body)));
  sam_meeting_set_starts_at (scratch.next, "2019-04-23T15:00");
  sam_meeting_set_title (scratch.next, "Kommundirektörsmöte");
  insert (scratch.store, scratch.next);

  attend (&scratch, scratch.chair, SAM_ATTENDANCE_ROLE_CHAIR);
  attend (&scratch, scratch.guest, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING);

  for (guint i = 0; i < G_N_ELEMENTS (scratch.items); i++)
    {
      scratch.items[i] = sam_agenda_item_new ();
      sam_agenda_item_set_meeting_id (scratch.items[i], sam_entity_get_id (SAM_ENTITY (scratch.meeting)));
      if (i == 2)
        sam_agenda_item_set_parent_id (scratch.items[i], sam_entity_get_id (SAM_ENTITY (scratch.items[1])));
      sam_agenda_item_set_title (scratch.items[i], "Punkt");
      sam_agenda_item_set_kind (scratch.items[i], kinds[i]);
      sam_agenda_item_set_duration (scratch.items[i], 15);
      insert (scratch.store, scratch.items[i]);
    }

  presenter = sam_entity_get_id (SAM_ENTITY (scratch.guest));
  if (!sam_store_set_presenter_ids (scratch.store, sam_entity_get_id (SAM_ENTITY (scratch.items[0])),
                                    &presenter, 1, NULL))
    g_error ("no presenter");

  scratch.decision = sam_decision_new ();
  sam_decision_set_agenda_item_id (scratch.decision, sam_entity_get_id (SAM_ENTITY (scratch.items[1])));
  sam_decision_set_text (scratch.decision, "Beslut");
  insert (scratch.store, scratch.decision);

  scratch.assignment = sam_assignment_new ();
  sam_assignment_set_agenda_item_id (scratch.assignment, sam_entity_get_id (SAM_ENTITY (scratch.items[1])));
  sam_assignment_set_title (scratch.assignment, "Uppdrag");
  sam_assignment_set_owner_kind (scratch.assignment, SAM_OWNER_KIND_PERSON);
  sam_assignment_set_owner_person_id (scratch.assignment, sam_entity_get_id (SAM_ENTITY (scratch.chair)));
  sam_assignment_set_due_on (scratch.assignment, "2019-02-10");
  insert (scratch.store, scratch.assignment);

  return &scratch;
}

/* The texts of an input, each valid UTF-8; missing ones are empty. */
typedef struct
{
  GPtrArray *texts;
} Fields;

static const char *
field (Fields *fields,
       guint   i)
{
  return i < fields->texts->len ? g_ptr_array_index (fields->texts, i) : "";
}

/* A refused text (too long for its field) is fine; the store says so. */
static void
update (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_update (store, entity, &error))
    g_assert (error != NULL);
}

static void
check_calendar (const char *text)
{
  const char *line = text;

  g_assert (g_utf8_validate (text, -1, NULL));
  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      g_assert (end != NULL);
      g_assert (end - line <= 75);
      g_assert (memchr (line, '\n', (gsize)(end - line)) == NULL);
      line = end + 2;
    }
}

static void
write_pdf (Scratch         *scratch,
           SamDocumentKind  kind,
           const char      *language)
{
  g_autofree char *path = g_build_filename (scratch->dir, "document.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = sam_document_write_pdf (scratch->store, sam_entity_get_id (SAM_ENTITY (scratch->meeting)),
                               kind, language, path, &error);
  g_assert (ok == (error == NULL));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  Scratch *scratch = scratch_get ();
  Fields fields = { g_ptr_array_new_with_free_func (g_free) };
  const char *language = size > 0 && (data[0] & 1) ? "en" : "sv";
  gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (scratch->meeting));
  gsize start = 0;
  guint n = 0;

  for (gsize i = 0; i <= size; i++)
    if (i == size || data[i] == '\0')
      {
        g_ptr_array_add (fields.texts, g_utf8_make_valid ((const char *)data + start, (gssize)(i - start)));
        start = i + 1;
      }

  sam_meeting_set_title (scratch->meeting, field (&fields, n++));
  sam_meeting_set_location (scratch->meeting, field (&fields, n++));
  update (scratch->store, scratch->meeting);
  sam_body_set_name (scratch->body, field (&fields, n++));
  update (scratch->store, scratch->body);
  sam_person_set_name (scratch->chair, field (&fields, n++));
  sam_person_set_title (scratch->guest, field (&fields, n++));
  sam_person_set_organization (scratch->guest, field (&fields, n++));
  update (scratch->store, scratch->chair);
  update (scratch->store, scratch->guest);
  sam_municipality_set_name (scratch->municipality, field (&fields, n++));
  update (scratch->store, scratch->municipality);
  sam_store_set_setting (scratch->store, "organization-name", field (&fields, n++), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scratch->items); i++)
    {
      sam_agenda_item_set_title (scratch->items[i], field (&fields, n++));
      sam_agenda_item_set_background (scratch->items[i], field (&fields, n++));
      sam_agenda_item_set_minutes_text (scratch->items[i], field (&fields, n++));
      sam_agenda_item_set_remarks (scratch->items[i], field (&fields, n++));
      sam_agenda_item_set_proposed_decision (scratch->items[i], field (&fields, n++));
      sam_agenda_item_set_case_number (scratch->items[i], field (&fields, n++));
      update (scratch->store, scratch->items[i]);
    }
  sam_decision_set_text (scratch->decision, field (&fields, n++));
  update (scratch->store, scratch->decision);
  sam_assignment_set_title (scratch->assignment, field (&fields, n++));
  update (scratch->store, scratch->assignment);

  write_pdf (scratch, SAM_DOCUMENT_AGENDA, language);
  write_pdf (scratch, SAM_DOCUMENT_MINUTES, language);
  write_pdf (scratch, SAM_DOCUMENT_PACK, language);

  {
    g_autoptr(SamMailRequest) mail = sam_mail_request_new (scratch->store, meeting_id, SAM_DOCUMENT_AGENDA,
                                                           language, NULL);
    g_autofree char *meeting = sam_ical_export_meeting (scratch->store, meeting_id, NULL);
    g_autofree char *year = sam_ical_export_year (scratch->store, 2019, 0, NULL);
    g_autofree char *wheel_path = g_build_filename (scratch->dir, "wheel.pdf", NULL);
    SamWheel *wheel = sam_wheel_new (scratch->store, 2019, NULL);

    if (mail != NULL)
      g_assert (g_utf8_validate (mail->subject, -1, NULL) && g_utf8_validate (mail->body, -1, NULL));
    if (meeting != NULL)
      check_calendar (meeting);
    if (year != NULL)
      check_calendar (year);
    if (wheel != NULL)
      {
        sam_wheel_write_pdf (wheel, wheel_path, FALSE, language, NULL);
        sam_wheel_free (wheel);
      }
  }

  g_ptr_array_unref (fields.texts);

  return 0;
}
