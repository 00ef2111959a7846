/* sam-store-attendance.c: a meeting's attendance list as the secretary
 * keeps it: the body's members called when asked for, and one minutes
 * taker at a time.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <string.h>

#include "sam-store-private.h"

/* A membership counts on a day when it has begun and not yet ended. */
static gboolean
membership_valid_on (SamMembership *membership,
                     const char    *day)
{
  const char *from = sam_membership_get_valid_from (membership);
  const char *until = sam_membership_get_valid_until (membership);

  if (day == NULL || *day == '\0')
    return TRUE;
  if (from != NULL && from[0] != '\0' && strncmp (from, day, 10) > 0)
    return FALSE;
  if (until != NULL && until[0] != '\0' && strncmp (until, day, 10) < 0)
    return FALSE;

  return TRUE;
}

static SamAttendance *
find_row (GListModel *attendance,
          gint64      person_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_person_id (row) == person_id)
        return g_steal_pointer (&row);
    }

  return NULL;
}

static gboolean
add_row (SamStore           *self,
         gint64              meeting_id,
         gint64              person_id,
         SamAttendanceRole   role,
         gboolean            present,
         GError            **error)
{
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();

  sam_attendance_set_meeting_id (attendance, meeting_id);
  sam_attendance_set_person_id (attendance, person_id);
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, present);

  /* Without a position the store puts the row at the end of the list. */
  return sam_store_insert (self, attendance, error);
}

static gboolean
call_members (SamStore    *self,
              SamMeeting  *meeting,
              guint       *n_added,
              GError     **error)
{
  gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
  g_autoptr(GListModel) attendance = sam_store_list_attendance (self, meeting_id);
  g_autoptr(GListModel) memberships = sam_store_list_memberships (self, sam_meeting_get_body_id (meeting));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *day = g_strndup (sam_meeting_get_starts_at (meeting), 10);
  gint64 chair_id = sam_meeting_get_chair_id (meeting);
  gint64 secretary_id = sam_meeting_get_secretary_id (meeting);

  /* A minutes taker already listed stays the one: a second would print
   * twice. */
  for (guint i = 0; secretary_id <= 0 && i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        secretary_id = sam_attendance_get_person_id (row);
    }

  /* The chair of the day first, as the minutes list them; then the
   * members in the order the body lists them; the minutes taker last. */
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
      gint64 person_id = sam_membership_get_person_id (membership);
      SamAttendanceRole role = SAM_ATTENDANCE_ROLE_MEMBER;

      if (person_id <= 0 || !membership_valid_on (membership, day))
        continue;

      switch (sam_membership_get_role (membership))
        {
        case SAM_MEMBERSHIP_ROLE_CHAIR:
          if (chair_id <= 0)
            chair_id = person_id;
          break;
        case SAM_MEMBERSHIP_ROLE_SECRETARY:
          if (secretary_id <= 0)
            secretary_id = person_id;
          break;
        case SAM_MEMBERSHIP_ROLE_CONTACT:
          /* A contact person follows the body from outside; they are not
           * expected at its meetings. */
          continue;
        default:
          break;
        }

      if (!g_hash_table_contains (roles, &person_id))
        {
          g_array_append_val (people, person_id);
          g_hash_table_insert (roles, g_memdup2 (&person_id, sizeof person_id), GINT_TO_POINTER (role));
        }
    }

  if (chair_id > 0)
    {
      for (guint i = 0; i < people->len; i++)
        if (g_array_index (people, gint64, i) == chair_id)
          g_array_remove_index (people, i--);
      g_array_prepend_val (people, chair_id);
      g_hash_table_insert (roles, g_memdup2 (&chair_id, sizeof chair_id),
                           GINT_TO_POINTER (SAM_ATTENDANCE_ROLE_CHAIR));
    }

  if (secretary_id > 0 && secretary_id != chair_id)
    {
      for (guint i = 0; i < people->len; i++)
        if (g_array_index (people, gint64, i) == secretary_id)
          g_array_remove_index (people, i--);
      g_array_append_val (people, secretary_id);
      g_hash_table_insert (roles, g_memdup2 (&secretary_id, sizeof secretary_id),
                           GINT_TO_POINTER (SAM_ATTENDANCE_ROLE_SECRETARY));
    }

  for (guint i = 0; i < people->len; i++)
    {
      gint64 person_id = g_array_index (people, gint64, i);
      g_autoptr(SamAttendance) existing = find_row (attendance, person_id);
      SamAttendanceRole role = GPOINTER_TO_INT (g_hash_table_lookup (roles, &person_id));

      if (existing != NULL)
        continue;

      if (!add_row (self, meeting_id, person_id, role, FALSE, error))
        return FALSE;
      if (n_added != NULL)
        (*n_added)++;
    }

  if (sam_meeting_get_secretary_id (meeting) != secretary_id && secretary_id > 0)
    {
      sam_meeting_set_secretary_id (meeting, secretary_id);
      if (!sam_store_update (self, meeting, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * sam_store_call_members:
 * @self: a #SamStore
 * @meeting: a saved meeting
 * @n_added: (out) (optional): how many people were added
 * @error: return location for a #GError
 *
 * Calls the members of @meeting's body on its day: adds those not yet on
 * the attendance list at its end, the chair of the day as chair and the
 * minutes taker as such, nobody marked present yet. This is what "Add the
 * Members of <body>" does; a new meeting starts with nobody called. Runs
 * in one transaction (or inside the caller's).
 *
 * Returns: %TRUE on success
 */
gboolean
sam_store_call_members (SamStore    *self,
                        SamMeeting  *meeting,
                        guint       *n_added,
                        GError     **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;

  if (!sam_store_begin (self, error))
    return FALSE;

  if (!call_members (self, meeting, n_added, error) || !sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_minutes_taker (SamStore  *self,
                   gint64     meeting_id,
                   gint64     person_id,
                   GError   **error)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self, SAM_TYPE_MEETING, meeting_id, error);
  g_autoptr(GListModel) attendance = NULL;
  gboolean listed = FALSE;

  if (meeting == NULL)
    return FALSE;

  attendance = sam_store_list_attendance (self, meeting_id);

  /* Whoever took the minutes only (listed for nothing else) goes; a
   * person listed as a member or also attending stays where they are. */
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_person_id (row) == person_id)
        listed = TRUE;
      else if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY
               && !sam_store_delete (self, row, error))
        return FALSE;
    }

  if (!listed && person_id > 0
      && !add_row (self, meeting_id, person_id, SAM_ATTENDANCE_ROLE_SECRETARY, TRUE, error))
    return FALSE;

  if (sam_meeting_get_secretary_id (meeting) != person_id)
    {
      sam_meeting_set_secretary_id (meeting, person_id);
      if (!sam_store_update (self, meeting, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * sam_store_set_minutes_taker:
 * @self: a #SamStore
 * @meeting_id: a meeting
 * @person_id: who takes the minutes, or 0 for nobody
 * @error: return location for a #GError
 *
 * Makes @person_id the one minutes taker of the meeting ("Vid
 * protokollet"), replacing the one before: a person who was on the list
 * only to take the minutes leaves it. A person already listed, among
 * those also attending for example, keeps that place and role and takes
 * the minutes too, as in the minutes of 29 January 2019. Others are added
 * at the end of the list. One transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
sam_store_set_minutes_taker (SamStore  *self,
                             gint64     meeting_id,
                             gint64     person_id,
                             GError   **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sam_store_begin (self, error))
    return FALSE;

  if (!set_minutes_taker (self, meeting_id, person_id, error) || !sam_store_commit (self, error))
    {
      sam_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}
