/* sam-ical.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "sam-ical.h"

/* The collaboration's time zone when none is set. */
#define DEFAULT_TZID "Europe/Stockholm"

static gboolean
local_time (const char        *text,
            struct icaltimetype *result)
{
  int year, month, day, hour, minute;

  if (!sam_parse_local_datetime (text, &year, &month, &day, &hour, &minute))
    return FALSE;

  *result = icaltime_null_time ();
  result->year = year;
  result->month = month;
  result->day = day;
  if (hour >= 0)
    {
      result->hour = hour;
      result->minute = minute;
    }
  else
    result->is_date = 1;

  return TRUE;
}

/* The collaboration's time zone ("time-zone"), when libical knows it. */
static char *
time_zone_of (SamStore *store)
{
  g_autofree char *tzid = sam_store_get_setting (store, "time-zone");

  if (tzid == NULL || *tzid == '\0' || icaltimezone_get_builtin_timezone (tzid) == NULL)
    {
      if (tzid != NULL && *tzid != '\0')
        g_warning ("The time zone “%s” is unknown; calendars use %s", tzid, DEFAULT_TZID);
      return g_strdup (DEFAULT_TZID);
    }

  return g_steal_pointer (&tzid);
}

/* The VTIMEZONE of libical's built-in zone, named by the zone's name
 * alone: libical's own TZID has a prefix ("/freeassociation.sourceforge.net/")
 * that no other calendar knows. */
static icalcomponent *
timezone_component (const char *tzid)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (tzid);
  icalcomponent *component = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icalproperty *property = icalcomponent_get_first_property (component, ICAL_TZID_PROPERTY);

  icalproperty_set_tzid (property, tzid);
  while ((property = icalcomponent_get_first_property (component, ICAL_X_PROPERTY)) != NULL)
    {
      icalcomponent_remove_property (component, property);
      icalproperty_free (property);
    }

  return component;
}

static void
add_time (icalcomponent       *event,
          icalproperty        *property,
          struct icaltimetype  time,
          const char          *tzid)
{
  if (!time.is_date)
    icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  icalcomponent_add_property (event, property);
}

static char *
cal_address (SamPerson *person)
{
  const char *email = sam_person_get_email (person);

  if (email != NULL && *email != '\0')
    return g_strconcat ("mailto:", email, NULL);

  /* Someone without an address still needs a URI. */
  return g_strconcat ("urn:uuid:", sam_entity_get_uuid (SAM_ENTITY (person)), NULL);
}

static void
add_person (icalcomponent  *event,
            SamPerson      *person,
            gboolean        organizer,
            icalparameter_role role)
{
  g_autofree char *address = cal_address (person);
  icalproperty *property;

  if (organizer)
    property = icalproperty_new_organizer (address);
  else
    {
      property = icalproperty_new_attendee (address);
      icalproperty_add_parameter (property, icalparameter_new_role (role));
      icalproperty_add_parameter (property, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
      icalproperty_add_parameter (property, icalparameter_new_cutype (ICAL_CUTYPE_INDIVIDUAL));
    }
  icalproperty_add_parameter (property, icalparameter_new_cn (sam_person_get_name (person)));
  icalcomponent_add_property (event, property);
}

static char *
summary_of (SamMeeting *meeting)
{
  const char *body = sam_meeting_get_body_name (meeting);

  if (sam_meeting_get_title (meeting) != NULL)
    return g_strdup (sam_meeting_get_title (meeting));
  if (sam_meeting_get_theme (meeting) != NULL)
    return g_strdup_printf ("%s: %s", body, sam_meeting_get_theme (meeting));

  return g_strdup (body);
}

static char *
agenda_text (SamStore   *store,
             SamMeeting *meeting)
{
  g_autoptr(GListModel) agenda = sam_store_list_agenda (store, sam_entity_get_id (SAM_ENTITY (meeting)));
  GString *text = g_string_new (NULL);

  if (sam_meeting_get_theme (meeting) != NULL && sam_meeting_get_title (meeting) != NULL)
    g_string_append_printf (text, "%s\n\n", sam_meeting_get_theme (meeting));

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, i);
      const char *number = sam_agenda_item_get_number (item);

      if (sam_agenda_item_get_tentative (item) || number == NULL)
        continue;

      g_string_append_printf (text, "%s%s. %s\n",
                              sam_agenda_item_get_parent_id (item) != 0 ? "   " : "",
                              number, sam_agenda_item_get_title (item));
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  g_strchomp (text->str);

  return g_string_free (text, FALSE);
}

/* Who organises the meeting: its secretary, or the one who takes the
 * minutes according to the attendance. */
static gint64
organizer_of (SamMeeting *meeting,
              GListModel *attendance)
{
  if (sam_meeting_get_secretary_id (meeting) != 0)
    return sam_meeting_get_secretary_id (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        return sam_attendance_get_person_id (row);
    }

  return 0;
}

static icalcomponent *
meeting_event (SamStore    *store,
               SamMeeting  *meeting,
               gboolean     invitation,
               const char  *tzid,
               GError     **error)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = g_strdup_printf ("%s@samverkan", sam_entity_get_uuid (SAM_ENTITY (meeting)));
  g_autofree char *summary = summary_of (meeting);
  g_autofree char *description = agenda_text (store, meeting);
  struct icaltimetype start, end;
  struct icaltimetype stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());

  if (!local_time (sam_meeting_get_starts_at (meeting), &start))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The meeting “%s” has no valid start time"), summary);
      icalcomponent_free (event);
      return NULL;
    }

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_sequence (sam_meeting_get_sequence (meeting)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));

  add_time (event, icalproperty_new_dtstart (start), start, tzid);
  /* A DTEND that is a date is exclusive: a retreat on 22–23 March ends on
   * the 24th. Without an end time the event has only its start, rather
   * than an invented length. */
  if (sam_meeting_get_ends_at (meeting) != NULL && local_time (sam_meeting_get_ends_at (meeting), &end)
      && end.is_date == start.is_date)
    {
      if (end.is_date)
        icaltime_adjust (&end, 1, 0, 0, 0);
      add_time (event, icalproperty_new_dtend (end), end, tzid);
    }
  else if (start.is_date)
    {
      end = start;
      icaltime_adjust (&end, 1, 0, 0, 0);
      add_time (event, icalproperty_new_dtend (end), end, tzid);
    }

  if (sam_meeting_get_location (meeting) != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (sam_meeting_get_location (meeting)));
  else if (sam_meeting_get_online (meeting))
    icalcomponent_add_property (event, icalproperty_new_location (_("Online")));
  else if (sam_meeting_get_host_municipality_id (meeting) != 0)
    {
      /* Where only the host is known, the meeting is in that municipality. */
      g_autoptr(SamMunicipality) host = sam_store_load (store, SAM_TYPE_MUNICIPALITY,
                                                        sam_meeting_get_host_municipality_id (meeting), NULL);

      if (host != NULL)
        icalcomponent_add_property (event, icalproperty_new_location (sam_municipality_get_name (host)));
    }

  if (description != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (description));

  /* Planned is tentative; once the agenda is out, or the meeting held, it
   * is confirmed. */
  switch (sam_meeting_get_status (meeting))
    {
    case SAM_MEETING_STATUS_CANCELLED:
      icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CANCELLED));
      break;
    case SAM_MEETING_STATUS_PLANNED:
      icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_TENTATIVE));
      break;
    case SAM_MEETING_STATUS_AGENDA_SENT:
    case SAM_MEETING_STATUS_HELD:
    case SAM_MEETING_STATUS_MINUTES_APPROVED:
    default:
      icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
      break;
    }

  if (invitation)
    {
      g_autoptr(GListModel) attendance = sam_store_list_attendance (store, sam_entity_get_id (SAM_ENTITY (meeting)));
      gint64 organizer_id = organizer_of (meeting, attendance);

      if (organizer_id != 0)
        {
          g_autoptr(SamPerson) secretary = sam_store_load (store, SAM_TYPE_PERSON, organizer_id, NULL);

          if (secretary != NULL)
            add_person (event, secretary, TRUE, ICAL_ROLE_NONE);
        }

      for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
        {
          g_autoptr(SamAttendance) attendee = g_list_model_get_item (attendance, i);
          g_autoptr(SamPerson) person = sam_store_load (store, SAM_TYPE_PERSON,
                                                        sam_attendance_get_person_id (attendee), NULL);
          icalparameter_role role;

          /* The organiser is not also one of those invited. */
          if (person == NULL || sam_entity_get_id (SAM_ENTITY (person)) == organizer_id)
            continue;

          switch (sam_attendance_get_role (attendee))
            {
            case SAM_ATTENDANCE_ROLE_CHAIR:
              role = ICAL_ROLE_CHAIR;
              break;
            case SAM_ATTENDANCE_ROLE_ALSO_ATTENDING:
            case SAM_ATTENDANCE_ROLE_SECRETARY:
              role = ICAL_ROLE_OPTPARTICIPANT;
              break;
            case SAM_ATTENDANCE_ROLE_MEMBER:
            default:
              role = ICAL_ROLE_REQPARTICIPANT;
              break;
            }

          add_person (event, person, FALSE, role);
        }
    }

  return event;
}

static icalcomponent *
new_calendar (icalproperty_method  method,
              const char          *tzid)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();

  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Samverkan//Samverkan " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (method));
  icalcomponent_add_component (calendar, timezone_component (tzid));

  return calendar;
}

static void
add_x_property (icalcomponent *calendar,
                const char    *name,
                const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (calendar, property);
}

/* A calendar that subscribes to or imports a year plan shows it under a
 * name ("Styrelsen 2019"), in the collaboration's time zone, and fetches it
 * again daily. */
static void
add_calendar_name (SamStore      *store,
                   icalcomponent *calendar,
                   int            year,
                   gint64         body_id,
                   const char    *tzid)
{
  g_autoptr(SamBody) body = body_id != 0 ? sam_store_load (store, SAM_TYPE_BODY, body_id, NULL) : NULL;
  g_autofree char *organization = sam_store_get_setting (store, "organization-name");
  const char *owner = body != NULL ? sam_body_get_name (body)
                      : organization != NULL && *organization != '\0' ? organization : "Samverkan";
  g_autofree char *name = g_strdup_printf ("%s %d", owner, year);

  add_x_property (calendar, "X-WR-CALNAME", name);
  add_x_property (calendar, "X-WR-TIMEZONE", tzid);
  add_x_property (calendar, "X-PUBLISHED-TTL", "P1D");
}

static char *
finish (icalcomponent *calendar)
{
  char *text = icalcomponent_as_ical_string_r (calendar);
  char *result = g_strdup (text);

  free (text);
  icalcomponent_free (calendar);

  return result;
}

/**
 * sam_ical_export_meeting:
 *
 * Returns: (transfer full) (nullable): the meeting as an invitation to its
 *   attendees, or as a cancellation once it is cancelled
 */
char *
sam_ical_export_meeting (SamStore  *store,
                         gint64     meeting_id,
                         GError   **error)
{
  g_autoptr(SamMeeting) meeting = NULL;
  g_autofree char *tzid = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  gboolean cancelled;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  meeting = sam_store_load (store, SAM_TYPE_MEETING, meeting_id, error);
  if (meeting == NULL)
    return NULL;

  tzid = time_zone_of (store);
  event = meeting_event (store, meeting, TRUE, tzid, error);
  if (event == NULL)
    return NULL;

  cancelled = sam_meeting_get_status (meeting) == SAM_MEETING_STATUS_CANCELLED;
  calendar = new_calendar (cancelled ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST, tzid);
  icalcomponent_add_component (calendar, event);

  return finish (calendar);
}

/**
 * sam_ical_export_year:
 * @body_id: a body, or 0 for every body
 *
 * Returns: (transfer full) (nullable): the year's meetings as a
 *   publication (a year plan)
 */
char *
sam_ical_export_year (SamStore  *store,
                      int        year,
                      gint64     body_id,
                      GError   **error)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *tzid = NULL;
  icalcomponent *calendar;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  tzid = time_zone_of (store);
  meetings = sam_store_list_meetings_by_year (store, year);
  calendar = new_calendar (ICAL_METHOD_PUBLISH, tzid);
  add_calendar_name (store, calendar, year, body_id, tzid);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      icalcomponent *event;

      if (body_id != 0 && sam_meeting_get_body_id (meeting) != body_id)
        continue;

      event = meeting_event (store, meeting, FALSE, tzid, error);
      if (event == NULL)
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      icalcomponent_add_component (calendar, event);
    }

  return finish (calendar);
}
