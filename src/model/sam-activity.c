/* sam-activity.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-activity"

#include "config.h"

#include "sam-activity.h"

/* An activity or project of an operational plan. */

struct _SamActivity
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamActivity, sam_activity, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_CATEGORY,
  PROP_KIND,
  PROP_FOCUS_QUESTION_ID,
  PROP_AREA_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_GOALS,
  PROP_GOVERNANCE,
  PROP_FOLLOW_UP,
  PROP_FOLLOW_UP_ON,
  PROP_PRIORITY,
  PROP_RESPONSIBLE_BODY_ID,
  PROP_BUDGET,
  PROP_CO_FINANCING,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_activity_class_init (SamActivityClass *klass)
{
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, SAM_TYPE_ACTIVITY_CATEGORY, SAM_ACTIVITY_CATEGORY_FOCUS_AREA,
                       SAM_PARAM_FIELD);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SAM_TYPE_ACTIVITY_KIND, SAM_ACTIVITY_KIND_PROJECT,
                       SAM_PARAM_FIELD);
  properties[PROP_FOCUS_QUESTION_ID] =
    g_param_spec_int64 ("focus-question-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_AREA_ID] =
    g_param_spec_int64 ("area-id", NULL, NULL, 0, G_MAXINT64, 0,
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
  properties[PROP_GOALS] =
    g_param_spec_string ("goals", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_GOVERNANCE] =
    g_param_spec_string ("governance", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_FOLLOW_UP] =
    g_param_spec_string ("follow-up", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_FOLLOW_UP_ON] =
    g_param_spec_string ("follow-up-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PRIORITY] =
    g_param_spec_int ("priority", NULL, NULL, 0, 3, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_RESPONSIBLE_BODY_ID] =
    g_param_spec_int64 ("responsible-body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_CO_FINANCING] =
    g_param_spec_int64 ("co-financing", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_ACTIVITY_STATUS, SAM_ACTIVITY_STATUS_PLANNED,
                       SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "activity", properties, N_PROPS);
}

static void
sam_activity_init (SamActivity *self)
{
}

SamActivity *
sam_activity_new (void)
{
  return g_object_new (SAM_TYPE_ACTIVITY, NULL);
}

gint64
sam_activity_get_plan_id (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID]);
}

void
sam_activity_set_plan_id (SamActivity *self,
                          gint64 plan_id)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID], plan_id);
}

SamActivityCategory
sam_activity_get_category (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_CATEGORY]);
}

void
sam_activity_set_category (SamActivity *self,
                           SamActivityCategory category)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_CATEGORY], category);
}

SamActivityKind
sam_activity_get_kind (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_KIND]);
}

void
sam_activity_set_kind (SamActivity *self,
                       SamActivityKind kind)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_KIND], kind);
}

gint64
sam_activity_get_focus_question_id (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID]);
}

void
sam_activity_set_focus_question_id (SamActivity *self,
                                    gint64 focus_question_id)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID], focus_question_id);
}

gint64
sam_activity_get_area_id (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_AREA_ID]);
}

void
sam_activity_set_area_id (SamActivity *self,
                          gint64 area_id)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_AREA_ID], area_id);
}

int
sam_activity_get_position (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_activity_set_position (SamActivity *self,
                           int position)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_activity_get_title (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_activity_set_title (SamActivity *self,
                        const char *title)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_activity_get_description (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION]);
}

void
sam_activity_set_description (SamActivity *self,
                              const char *description)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION], description);
}

const char *
sam_activity_get_goals (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_GOALS]);
}

void
sam_activity_set_goals (SamActivity *self,
                        const char *goals)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_GOALS], goals);
}

const char *
sam_activity_get_governance (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_GOVERNANCE]);
}

void
sam_activity_set_governance (SamActivity *self,
                             const char *governance)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_GOVERNANCE], governance);
}

const char *
sam_activity_get_follow_up (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP]);
}

void
sam_activity_set_follow_up (SamActivity *self,
                            const char *follow_up)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP], follow_up);
}

const char *
sam_activity_get_follow_up_on (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP_ON]);
}

void
sam_activity_set_follow_up_on (SamActivity *self,
                               const char *follow_up_on)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP_ON], follow_up_on);
}

int
sam_activity_get_priority (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_PRIORITY]);
}

void
sam_activity_set_priority (SamActivity *self,
                           int priority)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_PRIORITY], priority);
}

gint64
sam_activity_get_responsible_body_id (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_RESPONSIBLE_BODY_ID]);
}

void
sam_activity_set_responsible_body_id (SamActivity *self,
                                      gint64 responsible_body_id)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_RESPONSIBLE_BODY_ID], responsible_body_id);
}

gint64
sam_activity_get_budget (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BUDGET]);
}

void
sam_activity_set_budget (SamActivity *self,
                         gint64 budget)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BUDGET], budget);
}

gint64
sam_activity_get_co_financing (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_CO_FINANCING]);
}

void
sam_activity_set_co_financing (SamActivity *self,
                               gint64 co_financing)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_CO_FINANCING], co_financing);
}

SamActivityStatus
sam_activity_get_status (SamActivity *self)
{
  g_return_val_if_fail (SAM_IS_ACTIVITY (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_STATUS]);
}

void
sam_activity_set_status (SamActivity *self,
                         SamActivityStatus status)
{
  g_return_if_fail (SAM_IS_ACTIVITY (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_STATUS], status);
}
