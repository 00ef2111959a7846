/* sam-focus-year.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-focus-year"

#include "config.h"

#include "sam-focus-year.h"

/* The description and implementation of a focus question for one year. */

struct _SamFocusYear
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamFocusYear, sam_focus_year, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_FOCUS_QUESTION_ID,
  PROP_YEAR,
  PROP_DESCRIPTION,
  PROP_IMPLEMENTATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_focus_year_class_init (SamFocusYearClass *klass)
{
  properties[PROP_FOCUS_QUESTION_ID] =
    g_param_spec_int64 ("focus-question-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_IMPLEMENTATION] =
    g_param_spec_string ("implementation", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "focus_year", properties, N_PROPS);
}

static void
sam_focus_year_init (SamFocusYear *self)
{
}

SamFocusYear *
sam_focus_year_new (void)
{
  return g_object_new (SAM_TYPE_FOCUS_YEAR, NULL);
}

gint64
sam_focus_year_get_focus_question_id (SamFocusYear *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_YEAR (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID]);
}

void
sam_focus_year_set_focus_question_id (SamFocusYear *self,
                                      gint64 focus_question_id)
{
  g_return_if_fail (SAM_IS_FOCUS_YEAR (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID], focus_question_id);
}

int
sam_focus_year_get_year (SamFocusYear *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_YEAR (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_YEAR]);
}

void
sam_focus_year_set_year (SamFocusYear *self,
                         int year)
{
  g_return_if_fail (SAM_IS_FOCUS_YEAR (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_YEAR], year);
}

const char *
sam_focus_year_get_description (SamFocusYear *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_YEAR (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION]);
}

void
sam_focus_year_set_description (SamFocusYear *self,
                                const char *description)
{
  g_return_if_fail (SAM_IS_FOCUS_YEAR (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION], description);
}

const char *
sam_focus_year_get_implementation (SamFocusYear *self)
{
  g_return_val_if_fail (SAM_IS_FOCUS_YEAR (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_IMPLEMENTATION]);
}

void
sam_focus_year_set_implementation (SamFocusYear *self,
                                   const char *implementation)
{
  g_return_if_fail (SAM_IS_FOCUS_YEAR (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_IMPLEMENTATION], implementation);
}
