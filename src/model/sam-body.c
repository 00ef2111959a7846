/* sam-body.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-body"

#include "config.h"

#include "sam-body.h"

/* A board, the director group, a working group, a network or an external body. */

struct _SamBody
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamBody, sam_body, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_PURPOSE,
  PROP_STARTED_ON,
  PROP_ENDED_ON,
  PROP_REPORTS_TO_ID,
  PROP_FOCUS_QUESTION_ID,
  PROP_CONTACT_PERSON_ID,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_body_class_init (SamBodyClass *klass)
{
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SAM_TYPE_BODY_KIND, SAM_BODY_KIND_WORKING_GROUP,
                       SAM_PARAM_FIELD);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_REPORTS_TO_ID] =
    g_param_spec_int64 ("reports-to-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_FOCUS_QUESTION_ID] =
    g_param_spec_int64 ("focus-question-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_CONTACT_PERSON_ID] =
    g_param_spec_int64 ("contact-person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "body", properties, N_PROPS);
}

static void
sam_body_init (SamBody *self)
{
}

SamBody *
sam_body_new (void)
{
  return g_object_new (SAM_TYPE_BODY, NULL);
}

SamBodyKind
sam_body_get_kind (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_KIND]);
}

void
sam_body_set_kind (SamBody *self,
                   SamBodyKind kind)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_KIND], kind);
}

const char *
sam_body_get_name (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NAME]);
}

void
sam_body_set_name (SamBody *self,
                   const char *name)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NAME], name);
}

const char *
sam_body_get_short_name (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_SHORT_NAME]);
}

void
sam_body_set_short_name (SamBody *self,
                         const char *short_name)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_SHORT_NAME], short_name);
}

const char *
sam_body_get_purpose (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PURPOSE]);
}

void
sam_body_set_purpose (SamBody *self,
                      const char *purpose)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PURPOSE], purpose);
}

const char *
sam_body_get_started_on (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_STARTED_ON]);
}

void
sam_body_set_started_on (SamBody *self,
                         const char *started_on)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_STARTED_ON], started_on);
}

const char *
sam_body_get_ended_on (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ENDED_ON]);
}

void
sam_body_set_ended_on (SamBody *self,
                       const char *ended_on)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ENDED_ON], ended_on);
}

gint64
sam_body_get_reports_to_id (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_REPORTS_TO_ID]);
}

void
sam_body_set_reports_to_id (SamBody *self,
                            gint64 reports_to_id)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_REPORTS_TO_ID], reports_to_id);
}

gint64
sam_body_get_focus_question_id (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID]);
}

void
sam_body_set_focus_question_id (SamBody *self,
                                gint64 focus_question_id)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID], focus_question_id);
}

gint64
sam_body_get_contact_person_id (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_CONTACT_PERSON_ID]);
}

void
sam_body_set_contact_person_id (SamBody *self,
                                gint64 contact_person_id)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_CONTACT_PERSON_ID], contact_person_id);
}

const char *
sam_body_get_color (SamBody *self)
{
  g_return_val_if_fail (SAM_IS_BODY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_COLOR]);
}

void
sam_body_set_color (SamBody *self,
                    const char *color)
{
  g_return_if_fail (SAM_IS_BODY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_COLOR], color);
}
