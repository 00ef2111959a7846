/* sam-municipality.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-municipality"

#include "config.h"

#include "sam-municipality.h"

/* A member municipality of the collaboration, with its member period. */

struct _SamMunicipality
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamMunicipality, sam_municipality, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_MEMBER_FROM,
  PROP_MEMBER_UNTIL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_municipality_class_init (SamMunicipalityClass *klass)
{
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_MEMBER_FROM] =
    g_param_spec_string ("member-from", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_MEMBER_UNTIL] =
    g_param_spec_string ("member-until", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "municipality", properties, N_PROPS);
}

static void
sam_municipality_init (SamMunicipality *self)
{
}

SamMunicipality *
sam_municipality_new (void)
{
  return g_object_new (SAM_TYPE_MUNICIPALITY, NULL);
}

const char *
sam_municipality_get_name (SamMunicipality *self)
{
  g_return_val_if_fail (SAM_IS_MUNICIPALITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NAME]);
}

void
sam_municipality_set_name (SamMunicipality *self,
                           const char *name)
{
  g_return_if_fail (SAM_IS_MUNICIPALITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NAME], name);
}

const char *
sam_municipality_get_short_name (SamMunicipality *self)
{
  g_return_val_if_fail (SAM_IS_MUNICIPALITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_SHORT_NAME]);
}

void
sam_municipality_set_short_name (SamMunicipality *self,
                                 const char *short_name)
{
  g_return_if_fail (SAM_IS_MUNICIPALITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_SHORT_NAME], short_name);
}

const char *
sam_municipality_get_member_from (SamMunicipality *self)
{
  g_return_val_if_fail (SAM_IS_MUNICIPALITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MEMBER_FROM]);
}

void
sam_municipality_set_member_from (SamMunicipality *self,
                                  const char *member_from)
{
  g_return_if_fail (SAM_IS_MUNICIPALITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_MEMBER_FROM], member_from);
}

const char *
sam_municipality_get_member_until (SamMunicipality *self)
{
  g_return_val_if_fail (SAM_IS_MUNICIPALITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MEMBER_UNTIL]);
}

void
sam_municipality_set_member_until (SamMunicipality *self,
                                   const char *member_until)
{
  g_return_if_fail (SAM_IS_MUNICIPALITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_MEMBER_UNTIL], member_until);
}

const char *
sam_municipality_get_note (SamMunicipality *self)
{
  g_return_val_if_fail (SAM_IS_MUNICIPALITY (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_municipality_set_note (SamMunicipality *self,
                           const char *note)
{
  g_return_if_fail (SAM_IS_MUNICIPALITY (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}
