/* sam-agenda-item.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-agenda-item"

#include "config.h"

#include "sam-agenda-item.h"

/* An item on a meeting's agenda, or a proposed item not yet placed. */

struct _SamAgendaItem
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamAgendaItem, sam_agenda_item, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_BODY_ID,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_CASE_NUMBER,
  PROP_BACKGROUND,
  PROP_PROPOSED_DECISION,
  PROP_DURATION,
  PROP_INTERNAL_NOTE,
  PROP_MINUTES_TEXT,
  PROP_REMARKS,
  PROP_REMARKS_HEADING,
  PROP_SECTION_TITLE,
  PROP_TENTATIVE,
  PROP_FOCUS_QUESTION_ID,
  PROP_ACTIVITY_ID,
  PROP_LINKED_BODY_ID,
  PROP_STUDY_TRIP_ID,
  PROP_NUMBER,
  PROP_STARTS_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_agenda_item_class_init (SamAgendaItemClass *klass)
{
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_BODY_ID] =
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SAM_TYPE_ITEM_KIND, SAM_ITEM_KIND_INFORMATION,
                       SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_CASE_NUMBER] =
    g_param_spec_string ("case-number", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_BACKGROUND] =
    g_param_spec_string ("background", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_PROPOSED_DECISION] =
    g_param_spec_string ("proposed-decision", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL, 0, 1440, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_INTERNAL_NOTE] =
    g_param_spec_string ("internal-note", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_MINUTES_TEXT] =
    g_param_spec_string ("minutes-text", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_REMARKS] =
    g_param_spec_string ("remarks", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  /* The heading of the input from the discussion, when the secretary names
   * it for this item; NULL for the document's usual one. */
  properties[PROP_REMARKS_HEADING] =
    g_param_spec_string ("remarks-heading", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  /* The heading of the section that this (top-level) item opens; NULL for
   * an item that continues the section before it, or an agenda without. */
  properties[PROP_SECTION_TITLE] =
    g_param_spec_string ("section-title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_TENTATIVE] =
    g_param_spec_boolean ("tentative", NULL, NULL, FALSE,
                          SAM_PARAM_FIELD);
  properties[PROP_FOCUS_QUESTION_ID] =
    g_param_spec_int64 ("focus-question-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_LINKED_BODY_ID] =
    g_param_spec_int64 ("linked-body-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_STUDY_TRIP_ID] =
    g_param_spec_int64 ("study-trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);
  properties[PROP_STARTS_AT] =
    g_param_spec_string ("starts-at", NULL, NULL, NULL,
                         SAM_PARAM_FIELD | SAM_PARAM_DERIVED);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "agenda_item", properties, N_PROPS);
}

static void
sam_agenda_item_init (SamAgendaItem *self)
{
}

SamAgendaItem *
sam_agenda_item_new (void)
{
  return g_object_new (SAM_TYPE_AGENDA_ITEM, NULL);
}

gint64
sam_agenda_item_get_meeting_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID]);
}

void
sam_agenda_item_set_meeting_id (SamAgendaItem *self,
                                gint64 meeting_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID], meeting_id);
}

gint64
sam_agenda_item_get_body_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID]);
}

void
sam_agenda_item_set_body_id (SamAgendaItem *self,
                             gint64 body_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_BODY_ID], body_id);
}

gint64
sam_agenda_item_get_parent_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_PARENT_ID]);
}

void
sam_agenda_item_set_parent_id (SamAgendaItem *self,
                               gint64 parent_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_PARENT_ID], parent_id);
}

int
sam_agenda_item_get_position (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_POSITION]);
}

void
sam_agenda_item_set_position (SamAgendaItem *self,
                              int position)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_POSITION], position);
}

SamItemKind
sam_agenda_item_get_kind (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_enum (SAM_ENTITY (self), properties[PROP_KIND]);
}

void
sam_agenda_item_set_kind (SamAgendaItem *self,
                          SamItemKind kind)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_enum (SAM_ENTITY (self), properties[PROP_KIND], kind);
}

const char *
sam_agenda_item_get_title (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_agenda_item_set_title (SamAgendaItem *self,
                           const char *title)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_agenda_item_get_case_number (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_CASE_NUMBER]);
}

void
sam_agenda_item_set_case_number (SamAgendaItem *self,
                                 const char *case_number)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_CASE_NUMBER], case_number);
}

const char *
sam_agenda_item_get_background (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_BACKGROUND]);
}

void
sam_agenda_item_set_background (SamAgendaItem *self,
                                const char *background)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_BACKGROUND], background);
}

const char *
sam_agenda_item_get_proposed_decision (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_PROPOSED_DECISION]);
}

void
sam_agenda_item_set_proposed_decision (SamAgendaItem *self,
                                       const char *proposed_decision)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_PROPOSED_DECISION], proposed_decision);
}

int
sam_agenda_item_get_duration (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_DURATION]);
}

void
sam_agenda_item_set_duration (SamAgendaItem *self,
                              int duration)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_DURATION], duration);
}

const char *
sam_agenda_item_get_internal_note (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_INTERNAL_NOTE]);
}

void
sam_agenda_item_set_internal_note (SamAgendaItem *self,
                                   const char *internal_note)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_INTERNAL_NOTE], internal_note);
}

const char *
sam_agenda_item_get_minutes_text (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MINUTES_TEXT]);
}

void
sam_agenda_item_set_minutes_text (SamAgendaItem *self,
                                  const char *minutes_text)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_MINUTES_TEXT], minutes_text);
}

const char *
sam_agenda_item_get_remarks (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_REMARKS]);
}

void
sam_agenda_item_set_remarks (SamAgendaItem *self,
                             const char *remarks)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_REMARKS], remarks);
}

const char *
sam_agenda_item_get_remarks_heading (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_REMARKS_HEADING]);
}

void
sam_agenda_item_set_remarks_heading (SamAgendaItem *self,
                                     const char    *remarks_heading)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_REMARKS_HEADING], remarks_heading);
}

const char *
sam_agenda_item_get_section_title (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_SECTION_TITLE]);
}

void
sam_agenda_item_set_section_title (SamAgendaItem *self,
                                   const char    *section_title)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_SECTION_TITLE], section_title);
}

gboolean
sam_agenda_item_get_tentative (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_boolean (SAM_ENTITY (self), properties[PROP_TENTATIVE]);
}

void
sam_agenda_item_set_tentative (SamAgendaItem *self,
                               gboolean tentative)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_boolean (SAM_ENTITY (self), properties[PROP_TENTATIVE], tentative);
}

gint64
sam_agenda_item_get_focus_question_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID]);
}

void
sam_agenda_item_set_focus_question_id (SamAgendaItem *self,
                                       gint64 focus_question_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_FOCUS_QUESTION_ID], focus_question_id);
}

gint64
sam_agenda_item_get_activity_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_ACTIVITY_ID]);
}

void
sam_agenda_item_set_activity_id (SamAgendaItem *self,
                                 gint64 activity_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_ACTIVITY_ID], activity_id);
}

gint64
sam_agenda_item_get_linked_body_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_LINKED_BODY_ID]);
}

void
sam_agenda_item_set_linked_body_id (SamAgendaItem *self,
                                    gint64 linked_body_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_LINKED_BODY_ID], linked_body_id);
}

gint64
sam_agenda_item_get_study_trip_id (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID]);
}

void
sam_agenda_item_set_study_trip_id (SamAgendaItem *self,
                                   gint64 study_trip_id)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_STUDY_TRIP_ID], study_trip_id);
}

const char *
sam_agenda_item_get_number (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_NUMBER]);
}

void
sam_agenda_item_set_number (SamAgendaItem *self,
                            const char *number)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_NUMBER], number);
}

const char *
sam_agenda_item_get_starts_at (SamAgendaItem *self)
{
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_STARTS_AT]);
}

void
sam_agenda_item_set_starts_at (SamAgendaItem *self,
                               const char *starts_at)
{
  g_return_if_fail (SAM_IS_AGENDA_ITEM (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_STARTS_AT], starts_at);
}
