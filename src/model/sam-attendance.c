/* sam-attendance.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-attendance"

#include "config.h"

#include "sam-attendance.h"

/* A person called to a meeting, present or not. */

struct _SamAttendance
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamAttendance, sam_attendance, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_PRESENT,
  PROP_ADJUSTER,
  PROP_POSITION,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_attendance_class_init (SamAttendanceClass *klass)
{
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, SAM_TYPE_ATTENDANCE_ROLE, SAM_ATTENDANCE_ROLE_MEMBER,
                       SAM_PARAM_FIELD);
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);
  properties[PROP_ADJUSTER] =
    g_param_spec_boolean ("adjuster", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "attendance", properties, N_PROPS);
}

static void
sam_attendance_init (SamAttendance *self)
{
}

SamAttendance *
sam_attendance_new (void)
{
  return g_object_new (SAM_TYPE_ATTENDANCE, NULL);
}

gint64
sam_attendance_get_meeting_id (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID]);
}

void
sam_attendance_set_meeting_id (SamAttendance *self,
                               gint64 meeting_id)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID], meeting_id);
}

gint64
sam_attendance_get_person_id (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID]);
}

void
sam_attendance_set_person_id (SamAttendance *self,
                              gint64 person_id)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PERSON_ID], person_id);
}

SamAttendanceRole
sam_attendance_get_role (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_ROLE]);
}

void
sam_attendance_set_role (SamAttendance *self,
                         SamAttendanceRole role)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_ROLE], role);
}

gboolean
sam_attendance_get_present (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_PRESENT]);
}

void
sam_attendance_set_present (SamAttendance *self,
                            gboolean present)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_PRESENT], present);
}

gboolean
sam_attendance_get_adjuster (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_ADJUSTER]);
}

void
sam_attendance_set_adjuster (SamAttendance *self,
                             gboolean adjuster)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_ADJUSTER], adjuster);
}

int
sam_attendance_get_position (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_attendance_set_position (SamAttendance *self,
                             int position)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_attendance_get_note (SamAttendance *self)
{
  g_return_val_if_fail (SAM_IS_ATTENDANCE (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NOTE]);
}

void
sam_attendance_set_note (SamAttendance *self,
                         const char *note)
{
  g_return_if_fail (SAM_IS_ATTENDANCE (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NOTE], note);
}
