/* sam-programme-item.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-programme-item"

#include "config.h"

#include "sam-programme-item.h"

/* A point of a study trip's day-by-day programme. */

struct _SamProgrammeItem
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamProgrammeItem, sam_programme_item, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_STUDY_TRIP_ID,
  PROP_DAY,
  PROP_TIME,
  PROP_TITLE,
  PROP_PLACE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_programme_item_class_init (SamProgrammeItemClass *klass)
{
  properties[PROP_STUDY_TRIP_ID] =
    g_param_spec_int64 ("study-trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "programme_item", properties, N_PROPS);
}

static void
sam_programme_item_init (SamProgrammeItem *self)
{
}

SamProgrammeItem *
sam_programme_item_new (void)
{
  return g_object_new (SAM_TYPE_PROGRAMME_ITEM, NULL);
}

gint64
sam_programme_item_get_study_trip_id (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID]);
}

void
sam_programme_item_set_study_trip_id (SamProgrammeItem *self,
                                      gint64 study_trip_id)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID], study_trip_id);
}

const char *
sam_programme_item_get_day (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DAY]);
}

void
sam_programme_item_set_day (SamProgrammeItem *self,
                            const char *day)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DAY], day);
}

const char *
sam_programme_item_get_time (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TIME]);
}

void
sam_programme_item_set_time (SamProgrammeItem *self,
                             const char *time)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TIME], time);
}

const char *
sam_programme_item_get_title (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_programme_item_set_title (SamProgrammeItem *self,
                              const char *title)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_programme_item_get_place (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PLACE]);
}

void
sam_programme_item_set_place (SamProgrammeItem *self,
                              const char *place)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PLACE], place);
}

const char *
sam_programme_item_get_description (SamProgrammeItem *self)
{
  g_return_val_if_fail (SAM_IS_PROGRAMME_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION]);
}

void
sam_programme_item_set_description (SamProgrammeItem *self,
                                    const char *description)
{
  g_return_if_fail (SAM_IS_PROGRAMME_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION], description);
}
