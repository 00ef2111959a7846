/* sam-store-decisions.c: the live lists of decisions and assignments
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-core.h"

static const char * const decision_tables[] = { "decision", "agenda_item", "meeting", NULL };

#define DECISION_FROM \
  "SELECT d.id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id " \
  "LEFT JOIN agenda_item p ON p.id = i.parent_id " \
  "LEFT JOIN meeting m ON m.id = i.meeting_id "

GListModel *
sam_store_list_decisions (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_DECISION, decision_tables,
                                                    DECISION_FROM
                                                    "ORDER BY m.starts_at DESC, m.id, "
                                                    "coalesce (p.position, i.position), "
                                                    "i.parent_id IS NOT NULL, i.position, d.position, d.id",
                                                    NULL));
}

GListModel *
sam_store_list_decisions_by_meeting (SamStore *self,
                                     gint64    meeting_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_DECISION, decision_tables,
                                                    DECISION_FROM "WHERE i.meeting_id = ? "
                                                    "ORDER BY coalesce (p.position, i.position), "
                                                    "i.parent_id IS NOT NULL, i.position, d.position, d.id",
                                                    sam_store_params_int (meeting_id)));
}

static const char * const assignment_tables[] = { "assignment", "agenda_item", "meeting", NULL };

#define ASSIGNMENT_ORDER " ORDER BY a.due_on IS NULL, a.due_on, a.title, a.id"

GListModel *
sam_store_list_assignments (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a" ASSIGNMENT_ORDER,
                                                    NULL));
}

GListModel *
sam_store_list_open_assignments (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open'" ASSIGNMENT_ORDER,
                                                    NULL));
}

/**
 * sam_store_list_open_assignments_due_by:
 * @last_day: YYYY-MM-DD
 *
 * Returns: (transfer full): the open assignments due on @last_day or
 *   before, overdue ones included, soonest first
 */
GListModel *
sam_store_list_open_assignments_due_by (SamStore   *self,
                                        const char *last_day)
{
  GPtrArray *params;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (last_day != NULL, NULL);

  params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (last_day)));

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open' AND a.due_on IS NOT NULL "
                                                    "AND a.due_on <= ?" ASSIGNMENT_ORDER,
                                                    params));
}

/**
 * sam_store_list_overdue_assignments:
 * @today: YYYY-MM-DD; open assignments due before it are overdue
 */
GListModel *
sam_store_list_overdue_assignments (SamStore   *self,
                                    const char *today)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open' AND a.due_on < ?"
                                                    ASSIGNMENT_ORDER,
                                                    sam_store_params_text (today)));
}

GListModel *
sam_store_list_assignments_by_owner (SamStore     *self,
                                     SamOwnerKind  owner_kind,
                                     gint64        owner_id)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_OWNER_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, owner_kind);
  GPtrArray *params = sam_store_params_new ();

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (value->value_nick)));
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (owner_id)));

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.owner_kind = ? AND "
                                                    "coalesce (CASE a.owner_kind "
                                                    "WHEN 'person' THEN a.owner_person_id "
                                                    "WHEN 'body' THEN a.owner_body_id "
                                                    "WHEN 'municipality' THEN a.owner_municipality_id "
                                                    "END, 0) = ?"
                                                    ASSIGNMENT_ORDER,
                                                    params));
}
