/* sam-membership.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-membership"

#include "config.h"

#include "sam-membership.h"

/* A person or a municipality in a body, with a role and a period. */

struct _SamMembership
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamMembership, sam_membership, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_BODY_ID,
  PROP_PERSON_ID,
  PROP_MUNICIPALITY_ID,
  PROP_ROLE,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_membership_class_init (SamMembershipClass *klass)
{
  properties[PROP_BODY_ID] =
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_MUNICIPALITY_ID] =
    g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, SAM_TYPE_MEMBERSHIP_ROLE, SAM_MEMBERSHIP_ROLE_MEMBER,
                       SAM_PARAM_FIELD);
  properties[PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_VALID_UNTIL] =
    g_param_spec_string ("valid-until", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "membership", properties, N_PROPS);
}

static void
sam_membership_init (SamMembership *self)
{
}

SamMembership *
sam_membership_new (void)
{
  return g_object_new (SAM_TYPE_MEMBERSHIP, NULL);
}

gint64
sam_membership_get_body_id (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID]);
}

void
sam_membership_set_body_id (SamMembership *self,
                            gint64 body_id)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID], body_id);
}

gint64
sam_membership_get_person_id (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID]);
}

void
sam_membership_set_person_id (SamMembership *self,
                              gint64 person_id)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID], person_id);
}

gint64
sam_membership_get_municipality_id (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MUNICIPALITY_ID]);
}

void
sam_membership_set_municipality_id (SamMembership *self,
                                    gint64 municipality_id)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_MUNICIPALITY_ID], municipality_id);
}

SamMembershipRole
sam_membership_get_role (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_ROLE]);
}

void
sam_membership_set_role (SamMembership *self,
                         SamMembershipRole role)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_ROLE], role);
}

const char *
sam_membership_get_valid_from (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_VALID_FROM]);
}

void
sam_membership_set_valid_from (SamMembership *self,
                               const char *valid_from)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_VALID_FROM], valid_from);
}

const char *
sam_membership_get_valid_until (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_VALID_UNTIL]);
}

void
sam_membership_set_valid_until (SamMembership *self,
                                const char *valid_until)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_VALID_UNTIL], valid_until);
}

const char *
sam_membership_get_note (SamMembership *self)
{
  g_return_val_if_fail (SAM_IS_MEMBERSHIP (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_membership_set_note (SamMembership *self,
                         const char *note)
{
  g_return_if_fail (SAM_IS_MEMBERSHIP (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}
