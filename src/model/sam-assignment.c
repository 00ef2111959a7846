/* sam-assignment.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-assignment"

#include "config.h"

#include "sam-assignment.h"

/* An assignment given at a meeting, with an owner and a due date. */

struct _SamAssignment
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamAssignment, sam_assignment, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_AGENDA_ITEM_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OWNER_KIND,
  PROP_OWNER_PERSON_ID,
  PROP_OWNER_BODY_ID,
  PROP_OWNER_MUNICIPALITY_ID,
  PROP_OWNER_TEXT,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_COMPLETED_ON,
  PROP_REPORT_MEETING_ID,
  PROP_MEETING_ID,
  PROP_MEETING_STARTS_AT,
  PROP_BODY_NAME,
  PROP_ITEM_NUMBER,
  PROP_OWNER_NAME,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_assignment_class_init (SamAssignmentClass *klass)
{
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_OWNER_KIND] =
    g_param_spec_enum ("owner-kind", NULL, NULL, SAM_TYPE_OWNER_KIND, SAM_OWNER_KIND_NONE,
                       SAM_PARAM_FIELD);
  properties[PROP_OWNER_PERSON_ID] =
    g_param_spec_int64 ("owner-person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_OWNER_BODY_ID] =
    g_param_spec_int64 ("owner-body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_OWNER_MUNICIPALITY_ID] =
    g_param_spec_int64 ("owner-municipality-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  /* An owner that is no record, as the minutes name it: a role
   * ("sekretariatsledaren") or an outside organisation ("IUC Syd"). */
  properties[PROP_OWNER_TEXT] =
    g_param_spec_string ("owner-text", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_ASSIGNMENT_STATUS, SAM_ASSIGNMENT_STATUS_OPEN,
                       SAM_PARAM_FIELD);
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_REPORT_MEETING_ID] =
    g_param_spec_int64 ("report-meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);

  /* Derived: where it was given, who owns it and whether it is late, filled in by the register. */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_MEETING_STARTS_AT] =
    g_param_spec_string ("meeting-starts-at", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_BODY_NAME] =
    g_param_spec_string ("body-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_ITEM_NUMBER] =
    g_param_spec_string ("item-number", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD | SAM_PARAM_DERIVED);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "assignment", properties, N_PROPS);
}

static void
sam_assignment_init (SamAssignment *self)
{
}

SamAssignment *
sam_assignment_new (void)
{
  return g_object_new (SAM_TYPE_ASSIGNMENT, NULL);
}

gint64
sam_assignment_get_agenda_item_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID]);
}

void
sam_assignment_set_agenda_item_id (SamAssignment *self,
                                   gint64 agenda_item_id)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID], agenda_item_id);
}

const char *
sam_assignment_get_title (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_assignment_set_title (SamAssignment *self,
                          const char *title)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_assignment_get_description (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION]);
}

void
sam_assignment_set_description (SamAssignment *self,
                                const char *description)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DESCRIPTION], description);
}

SamOwnerKind
sam_assignment_get_owner_kind (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_OWNER_KIND]);
}

void
sam_assignment_set_owner_kind (SamAssignment *self,
                               SamOwnerKind owner_kind)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_OWNER_KIND], owner_kind);
}

gint64
sam_assignment_get_owner_person_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_OWNER_PERSON_ID]);
}

void
sam_assignment_set_owner_person_id (SamAssignment *self,
                                    gint64 owner_person_id)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_OWNER_PERSON_ID], owner_person_id);
}

gint64
sam_assignment_get_owner_body_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_OWNER_BODY_ID]);
}

void
sam_assignment_set_owner_body_id (SamAssignment *self,
                                  gint64 owner_body_id)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_OWNER_BODY_ID], owner_body_id);
}

gint64
sam_assignment_get_owner_municipality_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_OWNER_MUNICIPALITY_ID]);
}

void
sam_assignment_set_owner_municipality_id (SamAssignment *self,
                                          gint64 owner_municipality_id)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_OWNER_MUNICIPALITY_ID], owner_municipality_id);
}

const char *
sam_assignment_get_owner_text (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_OWNER_TEXT]);
}

void
sam_assignment_set_owner_text (SamAssignment *self,
                               const char    *owner_text)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_OWNER_TEXT], owner_text);
}

const char *
sam_assignment_get_due_on (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_DUE_ON]);
}

void
sam_assignment_set_due_on (SamAssignment *self,
                           const char *due_on)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_DUE_ON], due_on);
}

SamAssignmentStatus
sam_assignment_get_status (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_STATUS]);
}

void
sam_assignment_set_status (SamAssignment *self,
                           SamAssignmentStatus status)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_STATUS], status);
}

const char *
sam_assignment_get_completed_on (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_COMPLETED_ON]);
}

void
sam_assignment_set_completed_on (SamAssignment *self,
                                 const char *completed_on)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_COMPLETED_ON], completed_on);
}

gint64
sam_assignment_get_report_meeting_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_REPORT_MEETING_ID]);
}

void
sam_assignment_set_report_meeting_id (SamAssignment *self,
                                      gint64 report_meeting_id)
{
  g_return_if_fail (SAM_IS_ASSIGNMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_REPORT_MEETING_ID], report_meeting_id);
}

gint64
sam_assignment_get_meeting_id (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID]);
}

const char *
sam_assignment_get_meeting_starts_at (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MEETING_STARTS_AT]);
}

const char *
sam_assignment_get_body_name (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_BODY_NAME]);
}

const char *
sam_assignment_get_item_number (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ITEM_NUMBER]);
}

const char *
sam_assignment_get_owner_name (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_OWNER_NAME]);
}

gboolean
sam_assignment_get_overdue (SamAssignment *self)
{
  g_return_val_if_fail (SAM_IS_ASSIGNMENT (self), FALSE);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_OVERDUE]);
}
