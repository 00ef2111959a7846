/* sam-area.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-area"

#include "config.h"

#include "sam-area.h"

/* A development area of an action programme. */

struct _SamArea
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamArea, sam_area, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_area_class_init (SamAreaClass *klass)
{
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "area", properties, N_PROPS);
}

static void
sam_area_init (SamArea *self)
{
}

SamArea *
sam_area_new (void)
{
  return g_object_new (SAM_TYPE_AREA, NULL);
}

gint64
sam_area_get_plan_id (SamArea *self)
{
  g_return_val_if_fail (SAM_IS_AREA (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID]);
}

void
sam_area_set_plan_id (SamArea *self,
                      gint64 plan_id)
{
  g_return_if_fail (SAM_IS_AREA (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID], plan_id);
}

int
sam_area_get_position (SamArea *self)
{
  g_return_val_if_fail (SAM_IS_AREA (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_area_set_position (SamArea *self,
                       int position)
{
  g_return_if_fail (SAM_IS_AREA (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_area_get_title (SamArea *self)
{
  g_return_val_if_fail (SAM_IS_AREA (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_area_set_title (SamArea *self,
                    const char *title)
{
  g_return_if_fail (SAM_IS_AREA (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_area_get_description (SamArea *self)
{
  g_return_val_if_fail (SAM_IS_AREA (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION]);
}

void
sam_area_set_description (SamArea *self,
                          const char *description)
{
  g_return_if_fail (SAM_IS_AREA (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION], description);
}
