/* sam-destination.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-destination"

#include "config.h"

#include "sam-destination.h"

/* A proposed destination of a study trip. */

struct _SamDestination
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamDestination, sam_destination, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_STUDY_TRIP_ID,
  PROP_POSITION,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_RATIONALE,
  PROP_THEMES,
  PROP_PROPOSED_BY,
  PROP_SHORTLISTED,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_destination_class_init (SamDestinationClass *klass)
{
  properties[PROP_STUDY_TRIP_ID] =
    g_param_spec_int64 ("study-trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_THEMES] =
    g_param_spec_string ("themes", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PROPOSED_BY] =
    g_param_spec_string ("proposed-by", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SHORTLISTED] =
    g_param_spec_boolean ("shortlisted", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);
  properties[PROP_CHOSEN] =
    g_param_spec_boolean ("chosen", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "destination", properties, N_PROPS);
}

static void
sam_destination_init (SamDestination *self)
{
}

SamDestination *
sam_destination_new (void)
{
  return g_object_new (SAM_TYPE_DESTINATION, NULL);
}

gint64
sam_destination_get_study_trip_id (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID]);
}

void
sam_destination_set_study_trip_id (SamDestination *self,
                                   gint64 study_trip_id)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID], study_trip_id);
}

int
sam_destination_get_position (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_destination_set_position (SamDestination *self,
                              int position)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_destination_get_city (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_CITY]);
}

void
sam_destination_set_city (SamDestination *self,
                          const char *city)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_CITY], city);
}

const char *
sam_destination_get_country (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_COUNTRY]);
}

void
sam_destination_set_country (SamDestination *self,
                             const char *country)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_COUNTRY], country);
}

const char *
sam_destination_get_rationale (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_RATIONALE]);
}

void
sam_destination_set_rationale (SamDestination *self,
                               const char *rationale)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_RATIONALE], rationale);
}

const char *
sam_destination_get_themes (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_THEMES]);
}

void
sam_destination_set_themes (SamDestination *self,
                            const char *themes)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_THEMES], themes);
}

const char *
sam_destination_get_proposed_by (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PROPOSED_BY]);
}

void
sam_destination_set_proposed_by (SamDestination *self,
                                 const char *proposed_by)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PROPOSED_BY], proposed_by);
}

gboolean
sam_destination_get_shortlisted (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_SHORTLISTED]);
}

void
sam_destination_set_shortlisted (SamDestination *self,
                                 gboolean shortlisted)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_SHORTLISTED], shortlisted);
}

gboolean
sam_destination_get_chosen (SamDestination *self)
{
  g_return_val_if_fail (SAM_IS_DESTINATION (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_CHOSEN]);
}

void
sam_destination_set_chosen (SamDestination *self,
                            gboolean chosen)
{
  g_return_if_fail (SAM_IS_DESTINATION (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_CHOSEN], chosen);
}
