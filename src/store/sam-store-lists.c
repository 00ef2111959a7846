/* sam-store-lists.c: the live lists of the things that belong to another
 * (a meeting's attendance, a trip's destinations, a body's members).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-core.h"

/* The parameters of a live list's query. */

GPtrArray *
sam_store_params_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
}

GPtrArray *
sam_store_params_int (gint64 value)
{
  GPtrArray *params = sam_store_params_new ();

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (value)));

  return params;
}

GPtrArray *
sam_store_params_text (const char *value)
{
  GPtrArray *params = sam_store_params_new ();

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (value)));

  return params;
}

static GListModel *
list (SamStore           *self,
      GType               type,
      const char * const *tables,
      const char         *sql,
      gint64              owner_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, type, tables, sql, sam_store_params_int (owner_id)));
}

/**
 * sam_store_list_attendance:
 *
 * Returns: (transfer full): who was called to a meeting, in the order the
 *   secretary entered them (a change of role or presence moves nobody)
 */
GListModel *
sam_store_list_attendance (SamStore *self,
                           gint64    meeting_id)
{
  static const char * const tables[] = { "attendance", "person", NULL };

  return list (self, SAM_TYPE_ATTENDANCE, tables,
               "SELECT a.id FROM attendance a JOIN person p ON p.id = a.person_id "
               "WHERE a.meeting_id = ? ORDER BY a.position, a.id",
               meeting_id);
}

/**
 * sam_store_list_attachments:
 *
 * Returns: (transfer full): a meeting's attachments in agenda order (the
 *   order that numbers them "Bilaga 1", "Bilaga 2"…); attachments of no
 *   item come last
 */
GListModel *
sam_store_list_attachments (SamStore *self,
                            gint64    meeting_id)
{
  static const char * const tables[] = { "attachment", "agenda_item", NULL };

  return list (self, SAM_TYPE_ATTACHMENT, tables,
               "SELECT a.id FROM attachment a "
               "LEFT JOIN agenda_item i ON i.id = a.agenda_item_id "
               "LEFT JOIN agenda_item p ON p.id = i.parent_id "
               "WHERE a.meeting_id = ? "
               "ORDER BY i.id IS NULL, i.tentative, coalesce (p.position, i.position), "
               "i.parent_id IS NOT NULL, i.position, a.number, a.id",
               meeting_id);
}

GListModel *
sam_store_list_decisions_by_item (SamStore *self,
                                  gint64    agenda_item_id)
{
  static const char * const tables[] = { "decision", NULL };

  return list (self, SAM_TYPE_DECISION, tables,
               "SELECT d.id FROM decision d WHERE d.agenda_item_id = ? ORDER BY d.position, d.id",
               agenda_item_id);
}

GListModel *
sam_store_list_assignments_by_item (SamStore *self,
                                    gint64    agenda_item_id)
{
  static const char * const tables[] = { "assignment", NULL };

  return list (self, SAM_TYPE_ASSIGNMENT, tables,
               "SELECT a.id FROM assignment a WHERE a.agenda_item_id = ? ORDER BY a.id",
               agenda_item_id);
}

/**
 * sam_store_list_open_assignments_of_body:
 *
 * Returns: (transfer full): the open assignments a body gave at its
 *   meetings, or that it owns, by due date: what a follow-up item shows
 */
GListModel *
sam_store_list_open_assignments_of_body (SamStore *self,
                                         gint64    body_id)
{
  static const char * const tables[] = { "assignment", "agenda_item", "meeting", NULL };

  return list (self, SAM_TYPE_ASSIGNMENT, tables,
               "SELECT a.id FROM assignment a "
               "LEFT JOIN agenda_item i ON i.id = a.agenda_item_id "
               "LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE a.status = 'open' AND (m.body_id = ?1 OR a.owner_body_id = ?1) "
               "ORDER BY a.due_on IS NULL, a.due_on, a.title, a.id",
               body_id);
}

/**
 * sam_store_list_proposed_items:
 *
 * Returns: (transfer full): the items proposed for a body's coming
 *   meetings: tentative items of its planned meetings and items not yet
 *   placed on any meeting
 */
GListModel *
sam_store_list_proposed_items (SamStore *self,
                               gint64    body_id)
{
  static const char * const tables[] = { "agenda_item", "meeting", NULL };

  return list (self, SAM_TYPE_AGENDA_ITEM, tables,
               "SELECT i.id FROM agenda_item i LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE (i.meeting_id IS NULL AND i.body_id = ?1) "
               "OR (i.tentative AND m.body_id = ?1 AND m.status = 'planned') "
               "ORDER BY m.starts_at IS NULL, m.starts_at, i.position, i.id",
               body_id);
}

/**
 * sam_store_list_items_by_focus_question:
 *
 * Returns: (transfer full): every agenda item linked to a focus question,
 *   newest meeting first: the question's history
 */
GListModel *
sam_store_list_items_by_focus_question (SamStore *self,
                                        gint64    focus_question_id)
{
  static const char * const tables[] = { "agenda_item", "meeting", NULL };

  return list (self, SAM_TYPE_AGENDA_ITEM, tables,
               "SELECT i.id FROM agenda_item i LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE i.focus_question_id = ? ORDER BY m.starts_at DESC, i.position, i.id",
               focus_question_id);
}

/**
 * sam_store_list_items_by_activity:
 *
 * Returns: (transfer full): every agenda item linked to a plan activity,
 *   in meeting order (deleting the activity unlinks them, hence "activity"
 *   among the tables)
 */
GListModel *
sam_store_list_items_by_activity (SamStore *self,
                                  gint64    activity_id)
{
  static const char * const tables[] = { "agenda_item", "meeting", "activity", NULL };

  return list (self, SAM_TYPE_AGENDA_ITEM, tables,
               "SELECT i.id FROM agenda_item i LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE i.activity_id = ? ORDER BY m.starts_at, i.position, i.id",
               activity_id);
}

/**
 * sam_store_list_items_by_linked_body:
 *
 * Returns: (transfer full): every agenda item that concerns a body (its
 *   linked body, e.g. a report from a working group), in meeting order
 */
GListModel *
sam_store_list_items_by_linked_body (SamStore *self,
                                     gint64    body_id)
{
  static const char * const tables[] = { "agenda_item", "meeting", "body", NULL };

  return list (self, SAM_TYPE_AGENDA_ITEM, tables,
               "SELECT i.id FROM agenda_item i LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE i.linked_body_id = ? ORDER BY m.starts_at, i.position, i.id",
               body_id);
}

/**
 * sam_store_list_items_by_presenter:
 *
 * Returns: (transfer full): every agenda item a person presented or will
 *   present, newest meeting first
 */
GListModel *
sam_store_list_items_by_presenter (SamStore *self,
                                   gint64    person_id)
{
  static const char * const tables[] = { "agenda_item", "agenda_item_presenter", "meeting", NULL };

  return list (self, SAM_TYPE_AGENDA_ITEM, tables,
               "SELECT i.id FROM agenda_item_presenter ip "
               "JOIN agenda_item i ON i.id = ip.agenda_item_id "
               "LEFT JOIN meeting m ON m.id = i.meeting_id "
               "WHERE ip.person_id = ? ORDER BY m.starts_at DESC, i.position, i.id",
               person_id);
}

GListModel *
sam_store_list_memberships (SamStore *self,
                            gint64    body_id)
{
  static const char * const tables[] = { "membership", "person", "municipality", NULL };

  return list (self, SAM_TYPE_MEMBERSHIP, tables,
               "SELECT ms.id FROM membership ms "
               "LEFT JOIN person p ON p.id = ms.person_id "
               "LEFT JOIN municipality mu ON mu.id = coalesce (ms.municipality_id, p.municipality_id) "
               "WHERE ms.body_id = ? "
               "ORDER BY ms.valid_until IS NOT NULL, ms.role <> 'chair', mu.name, p.name, ms.id",
               body_id);
}

GListModel *
sam_store_list_areas (SamStore *self,
                      gint64    plan_id)
{
  static const char * const tables[] = { "area", NULL };

  return list (self, SAM_TYPE_AREA, tables,
               "SELECT a.id FROM area a WHERE a.plan_id = ? ORDER BY a.position, a.id",
               plan_id);
}

GListModel *
sam_store_list_activities (SamStore *self,
                           gint64    plan_id)
{
  static const char * const tables[] = { "activity", NULL };

  return list (self, SAM_TYPE_ACTIVITY, tables,
               "SELECT a.id FROM activity a WHERE a.plan_id = ? ORDER BY a.position, a.title, a.id",
               plan_id);
}

GListModel *
sam_store_list_activities_by_focus_question (SamStore *self,
                                             gint64    focus_question_id)
{
  static const char * const tables[] = { "activity", NULL };

  return list (self, SAM_TYPE_ACTIVITY, tables,
               "SELECT a.id FROM activity a WHERE a.focus_question_id = ? ORDER BY a.position, a.id",
               focus_question_id);
}

GListModel *
sam_store_list_focus_years (SamStore *self,
                            gint64    focus_question_id)
{
  static const char * const tables[] = { "focus_year", NULL };

  return list (self, SAM_TYPE_FOCUS_YEAR, tables,
               "SELECT y.id FROM focus_year y WHERE y.focus_question_id = ? ORDER BY y.year, y.id",
               focus_question_id);
}

GListModel *
sam_store_list_destinations (SamStore *self,
                             gint64    study_trip_id)
{
  static const char * const tables[] = { "destination", NULL };

  return list (self, SAM_TYPE_DESTINATION, tables,
               "SELECT d.id FROM destination d WHERE d.study_trip_id = ? ORDER BY d.position, d.id",
               study_trip_id);
}

GListModel *
sam_store_list_trip_participants (SamStore *self,
                                  gint64    study_trip_id)
{
  static const char * const tables[] = { "trip_participant", "person", NULL };

  return list (self, SAM_TYPE_TRIP_PARTICIPANT, tables,
               "SELECT t.id FROM trip_participant t JOIN person p ON p.id = t.person_id "
               "WHERE t.study_trip_id = ? ORDER BY p.name, t.id",
               study_trip_id);
}

GListModel *
sam_store_list_programme (SamStore *self,
                          gint64    study_trip_id)
{
  static const char * const tables[] = { "programme_item", NULL };

  return list (self, SAM_TYPE_PROGRAMME_ITEM, tables,
               "SELECT p.id FROM programme_item p WHERE p.study_trip_id = ? "
               "ORDER BY p.day, p.time, p.id",
               study_trip_id);
}

GListModel *
sam_store_list_people_of_municipality (SamStore *self,
                                       gint64    municipality_id)
{
  static const char * const tables[] = { "person", NULL };

  return list (self, SAM_TYPE_PERSON, tables,
               "SELECT p.id FROM person p WHERE p.municipality_id = ? ORDER BY p.name, p.id",
               municipality_id);
}

/**
 * sam_store_find_next_meeting:
 * @after: a local date-time (YYYY-MM-DDTHH:MM) or date
 *
 * Returns: the id of the body's first planned meeting that starts after
 *   @after, or 0
 */
gint64
sam_store_find_next_meeting (SamStore   *self,
                             gint64      body_id,
                             const char *after)
{
  SamDb *db = sam_store_get_db (self);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gint64 id = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  if (!sam_statement_prepare (&statement, db,
                              "SELECT id FROM meeting WHERE body_id = ? AND starts_at > ? "
                              "AND status = 'planned' ORDER BY starts_at, id LIMIT 1", NULL))
    return 0;

  sam_statement_bind_int64 (&statement, 1, body_id);
  sam_statement_bind_text (&statement, 2, after);
  if (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    id = sam_statement_column_int64 (&statement, 0);

  return id;
}
