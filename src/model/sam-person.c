/* sam-person.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-person"

#include "config.h"

#include "sam-person.h"

/* A person: a director, a secretariat member, a presenter from outside. */

struct _SamPerson
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamPerson, sam_person, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_MUNICIPALITY_ID,
  PROP_ORGANIZATION,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTE,
  PROP_MUNICIPALITY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_person_class_init (SamPersonClass *klass)
{
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_MUNICIPALITY_ID] =
    g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  /* The name of the person's municipality, for lists of people. */
  properties[PROP_MUNICIPALITY_NAME] =
    g_param_spec_string ("municipality-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "person", properties, N_PROPS);
}

static void
sam_person_init (SamPerson *self)
{
}

SamPerson *
sam_person_new (void)
{
  return g_object_new (SAM_TYPE_PERSON, NULL);
}

const char *
sam_person_get_name (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NAME]);
}

void
sam_person_set_name (SamPerson *self,
                     const char *name)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NAME], name);
}

const char *
sam_person_get_title (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_person_set_title (SamPerson *self,
                      const char *title)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

gint64
sam_person_get_municipality_id (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MUNICIPALITY_ID]);
}

void
sam_person_set_municipality_id (SamPerson *self,
                                gint64 municipality_id)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_MUNICIPALITY_ID], municipality_id);
}

const char *
sam_person_get_organization (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ORGANIZATION]);
}

void
sam_person_set_organization (SamPerson *self,
                             const char *organization)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_ORGANIZATION], organization);
}

const char *
sam_person_get_email (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_EMAIL]);
}

void
sam_person_set_email (SamPerson *self,
                      const char *email)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_EMAIL], email);
}

const char *
sam_person_get_phone (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PHONE]);
}

void
sam_person_set_phone (SamPerson *self,
                      const char *phone)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PHONE], phone);
}

const char *
sam_person_get_note (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_person_set_note (SamPerson *self,
                     const char *note)
{
  g_return_if_fail (SAM_IS_PERSON (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}

const char *
sam_person_get_municipality_name (SamPerson *self)
{
  g_return_val_if_fail (SAM_IS_PERSON (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MUNICIPALITY_NAME]);
}
