/* sam-trip-participant.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-trip-participant"

#include "config.h"

#include "sam-trip-participant.h"

/* A person travelling on a study trip. */

struct _SamTripParticipant
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamTripParticipant, sam_trip_participant, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_STUDY_TRIP_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_trip_participant_class_init (SamTripParticipantClass *klass)
{
  properties[PROP_STUDY_TRIP_ID] =
    g_param_spec_int64 ("study-trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "trip_participant", properties, N_PROPS);
}

static void
sam_trip_participant_init (SamTripParticipant *self)
{
}

SamTripParticipant *
sam_trip_participant_new (void)
{
  return g_object_new (SAM_TYPE_TRIP_PARTICIPANT, NULL);
}

gint64
sam_trip_participant_get_study_trip_id (SamTripParticipant *self)
{
  g_return_val_if_fail (SAM_IS_TRIP_PARTICIPANT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID]);
}

void
sam_trip_participant_set_study_trip_id (SamTripParticipant *self,
                                        gint64 study_trip_id)
{
  g_return_if_fail (SAM_IS_TRIP_PARTICIPANT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID], study_trip_id);
}

gint64
sam_trip_participant_get_person_id (SamTripParticipant *self)
{
  g_return_val_if_fail (SAM_IS_TRIP_PARTICIPANT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID]);
}

void
sam_trip_participant_set_person_id (SamTripParticipant *self,
                                    gint64 person_id)
{
  g_return_if_fail (SAM_IS_TRIP_PARTICIPANT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID], person_id);
}

const char *
sam_trip_participant_get_role (SamTripParticipant *self)
{
  g_return_val_if_fail (SAM_IS_TRIP_PARTICIPANT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ROLE]);
}

void
sam_trip_participant_set_role (SamTripParticipant *self,
                               const char *role)
{
  g_return_if_fail (SAM_IS_TRIP_PARTICIPANT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ROLE], role);
}

const char *
sam_trip_participant_get_note (SamTripParticipant *self)
{
  g_return_val_if_fail (SAM_IS_TRIP_PARTICIPANT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_trip_participant_set_note (SamTripParticipant *self,
                               const char *note)
{
  g_return_if_fail (SAM_IS_TRIP_PARTICIPANT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}
