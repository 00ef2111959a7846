/* sam-decision.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-decision"

#include "config.h"

#include "sam-decision.h"

/* A decision taken under an agenda item. */

struct _SamDecision
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamDecision, sam_decision, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_AGENDA_ITEM_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_OUTCOME,
  PROP_FOLLOW_UP,
  PROP_FOLLOW_UP_NOTE,
  PROP_MEETING_ID,
  PROP_MEETING_STARTS_AT,
  PROP_BODY_NAME,
  PROP_ITEM_NUMBER,
  PROP_ITEM_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_decision_class_init (SamDecisionClass *klass)
{
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, SAM_TYPE_DECISION_OUTCOME, SAM_DECISION_OUTCOME_APPROVED,
                       SAM_PARAM_FIELD);
  properties[PROP_FOLLOW_UP] =
    g_param_spec_enum ("follow-up", NULL, NULL, SAM_TYPE_FOLLOW_UP, SAM_FOLLOW_UP_NOT_STARTED,
                       SAM_PARAM_FIELD);
  properties[PROP_FOLLOW_UP_NOTE] =
    g_param_spec_string ("follow-up-note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  /* Derived: where the decision was made, filled in by the register. */
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
  properties[PROP_ITEM_TITLE] =
    g_param_spec_string ("item-title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "decision", properties, N_PROPS);
}

static void
sam_decision_init (SamDecision *self)
{
}

SamDecision *
sam_decision_new (void)
{
  return g_object_new (SAM_TYPE_DECISION, NULL);
}

gint64
sam_decision_get_agenda_item_id (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID]);
}

void
sam_decision_set_agenda_item_id (SamDecision *self,
                                 gint64 agenda_item_id)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID], agenda_item_id);
}

int
sam_decision_get_position (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_decision_set_position (SamDecision *self,
                           int position)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

const char *
sam_decision_get_text (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TEXT]);
}

void
sam_decision_set_text (SamDecision *self,
                       const char *text)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TEXT], text);
}

SamDecisionOutcome
sam_decision_get_outcome (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_OUTCOME]);
}

void
sam_decision_set_outcome (SamDecision *self,
                          SamDecisionOutcome outcome)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_OUTCOME], outcome);
}

SamFollowUp
sam_decision_get_follow_up (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_FOLLOW_UP]);
}

void
sam_decision_set_follow_up (SamDecision *self,
                            SamFollowUp follow_up)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_FOLLOW_UP], follow_up);
}

const char *
sam_decision_get_follow_up_note (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP_NOTE]);
}

void
sam_decision_set_follow_up_note (SamDecision *self,
                                 const char *follow_up_note)
{
  g_return_if_fail (SAM_IS_DECISION (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_FOLLOW_UP_NOTE], follow_up_note);
}

gint64
sam_decision_get_meeting_id (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID]);
}

const char *
sam_decision_get_meeting_starts_at (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MEETING_STARTS_AT]);
}

const char *
sam_decision_get_body_name (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_BODY_NAME]);
}

const char *
sam_decision_get_item_number (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ITEM_NUMBER]);
}

const char *
sam_decision_get_item_title (SamDecision *self)
{
  g_return_val_if_fail (SAM_IS_DECISION (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_ITEM_TITLE]);
}
