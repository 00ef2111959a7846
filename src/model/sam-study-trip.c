/* sam-study-trip.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-study-trip"

#include "config.h"

#include "sam-study-trip.h"

/* A study trip (studieresa, internatresa) of a body. */

struct _SamStudyTrip
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamStudyTrip, sam_study_trip, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY_ID,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_STATUS,
  PROP_PURPOSE,
  PROP_BUDGET,
  PROP_DECIDING_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_study_trip_class_init (SamStudyTripClass *klass)
{
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_BODY_ID] =
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_STARTS_ON] =
    g_param_spec_string ("starts-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_TRIP_STATUS, SAM_TRIP_STATUS_COLLECTING,
                       SAM_PARAM_FIELD);
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_DECIDING_MEETING_ID] =
    g_param_spec_int64 ("deciding-meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "study_trip", properties, N_PROPS);
}

static void
sam_study_trip_init (SamStudyTrip *self)
{
}

SamStudyTrip *
sam_study_trip_new (void)
{
  return g_object_new (SAM_TYPE_STUDY_TRIP, NULL);
}

const char *
sam_study_trip_get_title (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_study_trip_set_title (SamStudyTrip *self,
                          const char *title)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

gint64
sam_study_trip_get_body_id (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID]);
}

void
sam_study_trip_set_body_id (SamStudyTrip *self,
                            gint64 body_id)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID], body_id);
}

const char *
sam_study_trip_get_starts_on (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_STARTS_ON]);
}

void
sam_study_trip_set_starts_on (SamStudyTrip *self,
                              const char *starts_on)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_STARTS_ON], starts_on);
}

const char *
sam_study_trip_get_ends_on (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ENDS_ON]);
}

void
sam_study_trip_set_ends_on (SamStudyTrip *self,
                            const char *ends_on)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ENDS_ON], ends_on);
}

SamTripStatus
sam_study_trip_get_status (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_STATUS]);
}

void
sam_study_trip_set_status (SamStudyTrip *self,
                           SamTripStatus status)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_STATUS], status);
}

const char *
sam_study_trip_get_purpose (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PURPOSE]);
}

void
sam_study_trip_set_purpose (SamStudyTrip *self,
                            const char *purpose)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PURPOSE], purpose);
}

gint64
sam_study_trip_get_budget (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BUDGET]);
}

void
sam_study_trip_set_budget (SamStudyTrip *self,
                           gint64 budget)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BUDGET], budget);
}

gint64
sam_study_trip_get_deciding_meeting_id (SamStudyTrip *self)
{
  g_return_val_if_fail (SAM_IS_STUDY_TRIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_DECIDING_MEETING_ID]);
}

void
sam_study_trip_set_deciding_meeting_id (SamStudyTrip *self,
                                        gint64 deciding_meeting_id)
{
  g_return_if_fail (SAM_IS_STUDY_TRIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_DECIDING_MEETING_ID], deciding_meeting_id);
}
