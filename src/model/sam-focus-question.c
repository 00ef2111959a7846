/* sam-focus-question.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-focus-question"

#include "config.h"

#include "sam-focus-question.h"

/* A focus question (fokusfråga) of a plan. */

struct _SamFocusQuestion
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamFocusQuestion, sam_focus_question, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_AREA_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_LONG_TERM_GOAL,
  PROP_STATUS,
  PROP_CONCLUDED_ON,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_focus_question_class_init (SamFocusQuestionClass *klass)
{
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
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
  properties[PROP_LONG_TERM_GOAL] =
    g_param_spec_string ("long-term-goal", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_FOCUS_STATUS, SAM_FOCUS_STATUS_ACTIVE,
                       SAM_PARAM_FIELD);
  properties[PROP_CONCLUDED_ON] =
    g_param_spec_string ("concluded-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "focus_question", properties, N_PROPS);
}

static void
sam_focus_question_init (SamFocusQuestion *self)
{
}

SamFocusQuestion *
sam_focus_question_new (void)
{
  return g_object_new (SAM_TYPE_FOCUS_QUESTION, NULL);
}

gint64
sam_focus_question_get_plan_id (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID]);
}

void
sam_focus_question_set_plan_id (SamFocusQuestion *self,
                                gint64 plan_id)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PLAN_ID], plan_id);
}

gint64
sam_focus_question_get_area_id (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_AREA_ID]);
}

void
sam_focus_question_set_area_id (SamFocusQuestion *self,
                                gint64 area_id)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_AREA_ID], area_id);
}

int
sam_focus_question_get_position (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_focus_question_set_position (SamFocusQuestion *self,
                                 int position)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_focus_question_get_title (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_focus_question_set_title (SamFocusQuestion *self,
                              const char *title)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_focus_question_get_long_term_goal (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_LONG_TERM_GOAL]);
}

void
sam_focus_question_set_long_term_goal (SamFocusQuestion *self,
                                       const char *long_term_goal)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_LONG_TERM_GOAL], long_term_goal);
}

SamFocusStatus
sam_focus_question_get_status (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_STATUS]);
}

void
sam_focus_question_set_status (SamFocusQuestion *self,
                               SamFocusStatus status)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_STATUS], status);
}

const char *
sam_focus_question_get_concluded_on (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_CONCLUDED_ON]);
}

void
sam_focus_question_set_concluded_on (SamFocusQuestion *self,
                                     const char *concluded_on)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_CONCLUDED_ON], concluded_on);
}

const char *
sam_focus_question_get_outcome (SamFocusQuestion *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_QUESTION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_OUTCOME]);
}

void
sam_focus_question_set_outcome (SamFocusQuestion *self,
                                const char *outcome)
{
  g_return_if_fail (SAM_IS_FOCUS_QUESTION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_OUTCOME], outcome);
}
