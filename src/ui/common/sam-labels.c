/* sam-labels.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-date.h"
#include "sam-labels.h"

/* The words the window uses for the values of the model's enums, in one
 * place. The documents have their own tables, because a document's language
 * can differ from the window's. */

/**
 * sam_outcome_label:
 *
 * Returns: the outcome of a decision as the user reads it
 */
const char *
sam_outcome_label (SamDecisionOutcome outcome)
{
  switch (outcome)
    {
    case SAM_DECISION_OUTCOME_APPROVED:
      return C_("decision outcome", "Approved");
    case SAM_DECISION_OUTCOME_REJECTED:
      return C_("decision outcome", "Rejected");
    case SAM_DECISION_OUTCOME_NOTED:
      return C_("decision outcome", "Noted and filed");
    case SAM_DECISION_OUTCOME_POSTPONED:
      return C_("decision outcome", "Postponed");
    case SAM_DECISION_OUTCOME_REFERRED:
      return C_("decision outcome", "Referred back");
    default:
      return "";
    }
}

/**
 * sam_follow_up_label:
 *
 * Returns: how far the follow-up of a decision has come, as the user
 *   reads it
 */
const char *
sam_follow_up_label (SamFollowUp follow_up)
{
  switch (follow_up)
    {
    case SAM_FOLLOW_UP_NOT_STARTED:
      return C_("follow-up", "Not started");
    case SAM_FOLLOW_UP_IN_PROGRESS:
      return C_("follow-up", "In progress");
    case SAM_FOLLOW_UP_DONE:
      return C_("follow-up", "Done");
    case SAM_FOLLOW_UP_POSTPONED:
      return C_("follow-up", "Postponed");
    default:
      return "";
    }
}

/**
 * sam_trip_status_label:
 *
 * Returns: the status of a study trip as the user reads it
 */
const char *
sam_trip_status_label (SamTripStatus status)
{
  switch (status)
    {
    case SAM_TRIP_STATUS_COLLECTING:
      return C_("trip status", "Collecting proposals");
    case SAM_TRIP_STATUS_SHORTLISTED:
      return C_("trip status", "Shortlisted");
    case SAM_TRIP_STATUS_DECIDED:
      return C_("trip status", "Decided");
    case SAM_TRIP_STATUS_PLANNED:
      return C_("trip status", "Planned");
    case SAM_TRIP_STATUS_COMPLETED:
      return C_("trip status", "Completed");
    case SAM_TRIP_STATUS_CANCELLED:
      return C_("trip status", "Cancelled");
    default:
      return "";
    }
}

/**
 * sam_body_kind_label:
 * @kind: a #SamBodyKind (an int, for sam_groups_bind_enum())
 */
const char *
sam_body_kind_label (int kind)
{
  switch (kind)
    {
    case SAM_BODY_KIND_BOARD:
      return C_("body kind", "Board");
    case SAM_BODY_KIND_DIRECTOR_GROUP:
      return C_("body kind", "Director group");
    case SAM_BODY_KIND_WORKING_GROUP:
      return C_("body kind", "Working group");
    case SAM_BODY_KIND_NETWORK:
      return C_("body kind", "Network");
    case SAM_BODY_KIND_EXTERNAL:
      return C_("body kind", "External body");
    default:
      return "";
    }
}

/**
 * sam_membership_role_label:
 * @role: a #SamMembershipRole (an int, for sam_groups_bind_enum())
 */
const char *
sam_membership_role_label (int role)
{
  switch (role)
    {
    case SAM_MEMBERSHIP_ROLE_MEMBER:
      return C_("membership role", "Member");
    case SAM_MEMBERSHIP_ROLE_CHAIR:
      return C_("membership role", "Chair");
    case SAM_MEMBERSHIP_ROLE_VICE_CHAIR:
      return C_("membership role", "Vice chair");
    case SAM_MEMBERSHIP_ROLE_SECRETARY:
      return C_("membership role", "Secretary");
    case SAM_MEMBERSHIP_ROLE_CONTACT:
      return C_("membership role", "Contact");
    case SAM_MEMBERSHIP_ROLE_REPRESENTATIVE:
      return C_("membership role", "Representative");
    case SAM_MEMBERSHIP_ROLE_CO_OPTED:
      return C_("membership role", "Co-opted");
    default:
      return "";
    }
}

static gboolean
to_gdate (const char *iso,
          GDate      *date)
{
  int year, month, day;

  if (!sam_date_split (iso, &year, &month, &day))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/**
 * sam_overdue_label:
 * @due_on: the date an assignment was due, as the store keeps it
 * @today: (nullable): the date the page counts as today, or %NULL to name
 *   the due date whatever today is
 *
 * An overdue assignment says since when, never a count of days that a
 * reader has to turn back into a date: "Overdue since yesterday",
 * "Overdue since 12 March 2018".
 *
 * Returns: (transfer full): the label
 */
char *
sam_overdue_label (const char *due_on,
                   const char *today)
{
  g_autofree char *date = NULL;
  GDate due, now;

  if (today != NULL && to_gdate (due_on, &due) && to_gdate (today, &now)
      && g_date_days_between (&due, &now) == 1)
    return g_strdup (_("Overdue since yesterday"));

  date = sam_date_format (due_on);

  /* Translators: %s is a date such as "10 February 2019". */
  return g_strdup_printf (_("Overdue since %s"), date);
}
