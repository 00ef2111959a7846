/* sam-meeting.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting"

#include "config.h"

#include "sam-meeting.h"

/* A meeting of a body: a director-group or board meeting, a workshop, a retreat. */

struct _SamMeeting
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamMeeting, sam_meeting, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_BODY_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_LOCATION,
  PROP_ONLINE,
  PROP_THEME,
  PROP_HOST_MUNICIPALITY_ID,
  PROP_CHAIR_ID,
  PROP_SECRETARY_ID,
  PROP_STATUS,
  PROP_APPROVES_MINUTES_OF_ID,
  PROP_MINUTES_LABEL,
  PROP_ADJUSTED_ON,
  PROP_SEQUENCE,
  PROP_NOTE,
  PROP_BODY_NAME,
  PROP_LIST_GROUP,
  PROP_LIST_GROUP_FIRST,
  PROP_LIST_GROUP_LAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_meeting_class_init (SamMeetingClass *klass)
{
  properties[PROP_BODY_ID] =
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SAM_TYPE_MEETING_KIND, SAM_MEETING_KIND_MEETING,
                       SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_STARTS_AT] =
    g_param_spec_string ("starts-at", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_ENDS_AT] =
    g_param_spec_string ("ends-at", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_ONLINE] =
    g_param_spec_boolean ("online", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_HOST_MUNICIPALITY_ID] =
    g_param_spec_int64 ("host-municipality-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_CHAIR_ID] =
    g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_SECRETARY_ID] =
    g_param_spec_int64 ("secretary-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_MEETING_STATUS, SAM_MEETING_STATUS_PLANNED,
                       SAM_PARAM_FIELD);
  properties[PROP_APPROVES_MINUTES_OF_ID] =
    g_param_spec_int64 ("approves-minutes-of-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_MINUTES_LABEL] =
    g_param_spec_enum ("minutes-label", NULL, NULL, SAM_TYPE_MINUTES_LABEL, SAM_MINUTES_LABEL_NOTES,
                       SAM_PARAM_FIELD);
  properties[PROP_ADJUSTED_ON] =
    g_param_spec_string ("adjusted-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SEQUENCE] =
    g_param_spec_int ("sequence", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_BODY_NAME] =
    g_param_spec_string ("body-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  /* Where a list of meetings (sam_store_list_meetings_view()) put the
   * meeting: its group ("upcoming", "undated" or the year) and whether it
   * opens or closes the group, so that a row can show the heading. */
  properties[PROP_LIST_GROUP] =
    g_param_spec_string ("list-group", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_LIST_GROUP_FIRST] =
    g_param_spec_boolean ("list-group-first", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_LIST_GROUP_LAST] =
    g_param_spec_boolean ("list-group-last", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD | SAM_PARAM_DERIVED);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "meeting", properties, N_PROPS);
}

static void
sam_meeting_init (SamMeeting *self)
{
}

SamMeeting *
sam_meeting_new (void)
{
  return g_object_new (SAM_TYPE_MEETING, NULL);
}

gint64
sam_meeting_get_body_id (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID]);
}

void
sam_meeting_set_body_id (SamMeeting *self,
                         gint64 body_id)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID], body_id);
}

SamMeetingKind
sam_meeting_get_kind (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_KIND]);
}

void
sam_meeting_set_kind (SamMeeting *self,
                      SamMeetingKind kind)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_KIND], kind);
}

const char *
sam_meeting_get_title (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_meeting_set_title (SamMeeting *self,
                       const char *title)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_meeting_get_starts_at (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_STARTS_AT]);
}

void
sam_meeting_set_starts_at (SamMeeting *self,
                           const char *starts_at)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_STARTS_AT], starts_at);
}

const char *
sam_meeting_get_ends_at (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ENDS_AT]);
}

void
sam_meeting_set_ends_at (SamMeeting *self,
                         const char *ends_at)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ENDS_AT], ends_at);
}

const char *
sam_meeting_get_location (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_LOCATION]);
}

void
sam_meeting_set_location (SamMeeting *self,
                          const char *location)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_LOCATION], location);
}

gboolean
sam_meeting_get_online (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_ONLINE]);
}

void
sam_meeting_set_online (SamMeeting *self,
                        gboolean online)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_ONLINE], online);
}

const char *
sam_meeting_get_theme (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_THEME]);
}

void
sam_meeting_set_theme (SamMeeting *self,
                       const char *theme)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_THEME], theme);
}

gint64
sam_meeting_get_host_municipality_id (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_HOST_MUNICIPALITY_ID]);
}

void
sam_meeting_set_host_municipality_id (SamMeeting *self,
                                      gint64 host_municipality_id)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_HOST_MUNICIPALITY_ID], host_municipality_id);
}

gint64
sam_meeting_get_chair_id (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_CHAIR_ID]);
}

void
sam_meeting_set_chair_id (SamMeeting *self,
                          gint64 chair_id)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_CHAIR_ID], chair_id);
}

gint64
sam_meeting_get_secretary_id (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_SECRETARY_ID]);
}

void
sam_meeting_set_secretary_id (SamMeeting *self,
                              gint64 secretary_id)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_SECRETARY_ID], secretary_id);
}

SamMeetingStatus
sam_meeting_get_status (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_STATUS]);
}

void
sam_meeting_set_status (SamMeeting *self,
                        SamMeetingStatus status)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_STATUS], status);
}

gint64
sam_meeting_get_approves_minutes_of_id (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_APPROVES_MINUTES_OF_ID]);
}

void
sam_meeting_set_approves_minutes_of_id (SamMeeting *self,
                                        gint64 approves_minutes_of_id)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_APPROVES_MINUTES_OF_ID], approves_minutes_of_id);
}

SamMinutesLabel
sam_meeting_get_minutes_label (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_MINUTES_LABEL]);
}

void
sam_meeting_set_minutes_label (SamMeeting *self,
                               SamMinutesLabel minutes_label)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_MINUTES_LABEL], minutes_label);
}

const char *
sam_meeting_get_adjusted_on (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ADJUSTED_ON]);
}

void
sam_meeting_set_adjusted_on (SamMeeting *self,
                             const char *adjusted_on)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ADJUSTED_ON], adjusted_on);
}

int
sam_meeting_get_sequence (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_SEQUENCE]);
}

void
sam_meeting_set_sequence (SamMeeting *self,
                          int sequence)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_SEQUENCE], sequence);
}

const char *
sam_meeting_get_note (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_meeting_set_note (SamMeeting *self,
                      const char *note)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}

const char *
sam_meeting_get_body_name (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_BODY_NAME]);
}

void
sam_meeting_set_body_name (SamMeeting *self,
                           const char *body_name)
{
  g_return_if_fail (SAM_IS_MEETING (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_BODY_NAME], body_name);
}

const char *
sam_meeting_get_list_group (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_LIST_GROUP]);
}

gboolean
sam_meeting_get_list_group_first (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), FALSE);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_LIST_GROUP_FIRST]);
}

gboolean
sam_meeting_get_list_group_last (SamMeeting *self)
{
  g_return_val_if_fail (SAM_IS_MEETING (self), FALSE);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_LIST_GROUP_LAST]);
}
