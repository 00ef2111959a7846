/* sam-agenda-item.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"
#include "sam-enums.h"
#include "sam-enum-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_AGENDA_ITEM (sam_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (SamAgendaItem, sam_agenda_item, SAM, AGENDA_ITEM, SamEntity)

SamAgendaItem *sam_agenda_item_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_agenda_item_get_meeting_id        (SamAgendaItem *self);
void        sam_agenda_item_set_meeting_id        (SamAgendaItem *self, gint64 meeting_id);
gint64      sam_agenda_item_get_body_id           (SamAgendaItem *self);
void        sam_agenda_item_set_body_id           (SamAgendaItem *self, gint64 body_id);
gint64      sam_agenda_item_get_parent_id         (SamAgendaItem *self);
void        sam_agenda_item_set_parent_id         (SamAgendaItem *self, gint64 parent_id);
int         sam_agenda_item_get_position          (SamAgendaItem *self);
void        sam_agenda_item_set_position          (SamAgendaItem *self, int position);
SamItemKind sam_agenda_item_get_kind              (SamAgendaItem *self);
void        sam_agenda_item_set_kind              (SamAgendaItem *self, SamItemKind kind);
const char *sam_agenda_item_get_title             (SamAgendaItem *self);
void        sam_agenda_item_set_title             (SamAgendaItem *self, const char *title);
const char *sam_agenda_item_get_case_number       (SamAgendaItem *self);
void        sam_agenda_item_set_case_number       (SamAgendaItem *self, const char *case_number);
const char *sam_agenda_item_get_background        (SamAgendaItem *self);
void        sam_agenda_item_set_background        (SamAgendaItem *self, const char *background);
const char *sam_agenda_item_get_proposed_decision (SamAgendaItem *self);
void        sam_agenda_item_set_proposed_decision (SamAgendaItem *self, const char *proposed_decision);
int         sam_agenda_item_get_duration          (SamAgendaItem *self);
void        sam_agenda_item_set_duration          (SamAgendaItem *self, int duration);
const char *sam_agenda_item_get_internal_note     (SamAgendaItem *self);
void        sam_agenda_item_set_internal_note     (SamAgendaItem *self, const char *internal_note);
const char *sam_agenda_item_get_minutes_text      (SamAgendaItem *self);
void        sam_agenda_item_set_minutes_text      (SamAgendaItem *self, const char *minutes_text);
const char *sam_agenda_item_get_remarks           (SamAgendaItem *self);
void        sam_agenda_item_set_remarks           (SamAgendaItem *self, const char *remarks);
const char *sam_agenda_item_get_remarks_heading   (SamAgendaItem *self);
void        sam_agenda_item_set_remarks_heading   (SamAgendaItem *self, const char *remarks_heading);
const char *sam_agenda_item_get_section_title     (SamAgendaItem *self);
void        sam_agenda_item_set_section_title     (SamAgendaItem *self, const char *section_title);
gboolean    sam_agenda_item_get_tentative         (SamAgendaItem *self);
void        sam_agenda_item_set_tentative         (SamAgendaItem *self, gboolean tentative);
gint64      sam_agenda_item_get_focus_question_id (SamAgendaItem *self);
void        sam_agenda_item_set_focus_question_id (SamAgendaItem *self, gint64 focus_question_id);
gint64      sam_agenda_item_get_activity_id       (SamAgendaItem *self);
void        sam_agenda_item_set_activity_id       (SamAgendaItem *self, gint64 activity_id);
gint64      sam_agenda_item_get_linked_body_id    (SamAgendaItem *self);
void        sam_agenda_item_set_linked_body_id    (SamAgendaItem *self, gint64 linked_body_id);
gint64      sam_agenda_item_get_study_trip_id     (SamAgendaItem *self);
void        sam_agenda_item_set_study_trip_id     (SamAgendaItem *self, gint64 study_trip_id);
const char *sam_agenda_item_get_number            (SamAgendaItem *self);
void        sam_agenda_item_set_number            (SamAgendaItem *self, const char *number);
const char *sam_agenda_item_get_starts_at         (SamAgendaItem *self);
void        sam_agenda_item_set_starts_at         (SamAgendaItem *self, const char *starts_at);

G_END_DECLS
