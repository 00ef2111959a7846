/* sam-plan.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan"

#include "config.h"

#include "sam-plan.h"

/* An operational plan (verksamhetsplan) for one or more years. */

struct _SamPlan
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamPlan, sam_plan, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_REVISED_YEAR,
  PROP_ADOPTED_ON,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_plan_class_init (SamPlanClass *klass)
{
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", NULL, NULL, 0, 9999, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_LAST_YEAR] =
    g_param_spec_int ("last-year", NULL, NULL, 0, 9999, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_REVISED_YEAR] =
    g_param_spec_int ("revised-year", NULL, NULL, 0, 9999, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_ADOPTED_ON] =
    g_param_spec_string ("adopted-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "plan", properties, N_PROPS);
}

static void
sam_plan_init (SamPlan *self)
{
}

SamPlan *
sam_plan_new (void)
{
  return g_object_new (SAM_TYPE_PLAN, NULL);
}

const char *
sam_plan_get_title (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_plan_set_title (SamPlan *self,
                    const char *title)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

int
sam_plan_get_first_year (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_FIRST_YEAR]);
}

void
sam_plan_set_first_year (SamPlan *self,
                         int first_year)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_FIRST_YEAR], first_year);
}

int
sam_plan_get_last_year (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_LAST_YEAR]);
}

void
sam_plan_set_last_year (SamPlan *self,
                        int last_year)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_LAST_YEAR], last_year);
}

int
sam_plan_get_revised_year (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_REVISED_YEAR]);
}

void
sam_plan_set_revised_year (SamPlan *self,
                           int revised_year)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_REVISED_YEAR], revised_year);
}

const char *
sam_plan_get_adopted_on (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ADOPTED_ON]);
}

void
sam_plan_set_adopted_on (SamPlan *self,
                         const char *adopted_on)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ADOPTED_ON], adopted_on);
}

const char *
sam_plan_get_summary (SamPlan *self)
{
  g_return_val_if_fail (SAM_IS_PLAN (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_SUMMARY]);
}

void
sam_plan_set_summary (SamPlan *self,
                      const char *summary)
{
  g_return_if_fail (SAM_IS_PLAN (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_SUMMARY], summary);
}
