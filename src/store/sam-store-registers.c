/* sam-store-registers.c: the registers of decisions and assignments, and
 * the marks of one year, filtered in SQL.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <string.h>

#include "sam-collation.h"
#include "sam-query-model.h"
#include "sam-store-private.h"
#include "sam-store-search-private.h"

/* The registers hold every decision and assignment of the collaboration's
 * history. Their filters are bound parameters of one prepared statement
 * each, and what a row shows beside its own fields (the meeting's date,
 * the body, the item's number, the owner's name, whether it is late) comes
 * from the same statement as derived columns, so that neither a filter
 * nor a row costs a statement per row. */

/* The number of an agenda item as sam_agenda_compute() gives it: 1, 2, 3
 * at the top level, 3a, 3b below, nothing for tentative items, counted
 * among the non-tentative siblings in (position, id) order. "i" is the
 * item and "p" its parent. */
#define TOP_NUMBER(x) \
  "(SELECT count(*) FROM agenda_item s WHERE s.meeting_id = " x ".meeting_id " \
  "AND s.parent_id IS NULL AND NOT s.tentative " \
  "AND (s.position < " x ".position OR (s.position = " x ".position AND s.id <= " x ".id)))"

#define ITEM_NUMBER \
  "CASE WHEN i.meeting_id IS NULL OR i.tentative THEN '' " \
  "WHEN i.parent_id IS NULL THEN CAST (" TOP_NUMBER ("i") " AS TEXT) " \
  "WHEN p.parent_id IS NULL AND NOT p.tentative AND p.meeting_id IS i.meeting_id THEN " \
  TOP_NUMBER ("p") " || (SELECT CASE WHEN n < 26 THEN char (97 + n) " \
  "ELSE 'z' || char (97 + (n - 26) % 26) END FROM (SELECT count(*) AS n FROM agenda_item s " \
  "WHERE s.parent_id = i.parent_id AND s.meeting_id = i.meeting_id AND NOT s.tentative " \
  "AND (s.position < i.position OR (s.position = i.position AND s.id < i.id)))) " \
  "ELSE '' END"

/* A decision is found by the search (?5, see SAM_SEARCH_TERMS; '[]' for
 * any) when every term is in its text or follow-up note, or in what its
 * row shows beside them: its agenda item's title or its body's name. */
#define DECISIONS_MATCHED \
  "matched (id) AS (SELECT id FROM (" \
  "SELECT f.id AS id, f.n AS n FROM found f WHERE f.kind = " SAM_SEARCH_KIND_DECISION " " \
  "UNION SELECT d.id, f.n FROM found_title f JOIN decision d ON d.agenda_item_id = f.id " \
  "WHERE f.kind = " SAM_SEARCH_KIND_AGENDA_ITEM " " \
  "UNION SELECT d.id, f.n FROM found_title f JOIN meeting m ON m.body_id = f.id " \
  "JOIN agenda_item a ON a.meeting_id = m.id JOIN decision d ON d.agenda_item_id = a.id " \
  "WHERE f.kind = " SAM_SEARCH_KIND_BODY \
  ") GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS ")"

/* The columns after the id follow the order of the derived properties of
 * SamDecision: meeting-id, meeting-starts-at, body-name, item-number,
 * item-title. */
static const char decision_register_sql[] =
  "WITH " SAM_SEARCH_TERMS ("?5") ", " DECISIONS_MATCHED " "
  "SELECT d.id, coalesce (m.id, 0), coalesce (m.starts_at, ''), coalesce (b.name, ''), "
  ITEM_NUMBER ", i.title "
  "FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id "
  "LEFT JOIN agenda_item p ON p.id = i.parent_id "
  "LEFT JOIN meeting m ON m.id = i.meeting_id "
  "LEFT JOIN body b ON b.id = m.body_id "
  "WHERE (?1 = 0 OR m.body_id = ?1) "
  "AND (?2 = '' OR (m.starts_at >= ?2 AND m.starts_at < ?3)) "
  "AND (?4 = '' OR d.follow_up = ?4) "
  "AND (?5 = '[]' OR d.id IN matched) "
  "ORDER BY m.starts_at DESC, m.id, coalesce (p.position, i.position), "
  "i.parent_id IS NOT NULL, i.position, d.position, d.id";

/* An assignment is found by the search (?7) when every term is in its
 * title or description or in its owner's name: the person, the body or
 * the municipality. */
#define ASSIGNMENTS_MATCHED \
  "matched (id) AS (SELECT id FROM (" \
  "SELECT f.id AS id, f.n AS n FROM found f WHERE f.kind = " SAM_SEARCH_KIND_ASSIGNMENT " " \
  "UNION SELECT a.id, f.n FROM found_title f JOIN assignment a ON a.owner_person_id = f.id " \
  "WHERE f.kind = " SAM_SEARCH_KIND_PERSON " AND a.owner_kind = 'person' " \
  "UNION SELECT a.id, f.n FROM found_title f JOIN assignment a ON a.owner_body_id = f.id " \
  "WHERE f.kind = " SAM_SEARCH_KIND_BODY " AND a.owner_kind = 'body' " \
  "UNION SELECT a.id, f.n FROM found_title f JOIN assignment a ON a.owner_municipality_id = f.id " \
  "WHERE f.kind = " SAM_SEARCH_KIND_MUNICIPALITY " AND a.owner_kind = 'municipality'" \
  ") GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS ")"

/* After the id, the derived properties of SamAssignment: meeting-id,
 * meeting-starts-at, body-name, item-number, owner-name, overdue. */
static const char assignment_register_sql[] =
  "WITH " SAM_SEARCH_TERMS ("?7") ", " ASSIGNMENTS_MATCHED " "
  "SELECT a.id, coalesce (m.id, 0), coalesce (m.starts_at, ''), coalesce (b.name, ''), "
  ITEM_NUMBER ", "
  "coalesce (CASE a.owner_kind WHEN 'person' THEN op.name WHEN 'body' THEN ob.name "
  "WHEN 'municipality' THEN om.name WHEN 'none' THEN a.owner_text END, ''), "
  "a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < ?1 "
  "FROM assignment a "
  "LEFT JOIN agenda_item i ON i.id = a.agenda_item_id "
  "LEFT JOIN agenda_item p ON p.id = i.parent_id "
  "LEFT JOIN meeting m ON m.id = i.meeting_id "
  "LEFT JOIN body b ON b.id = m.body_id "
  "LEFT JOIN person op ON op.id = a.owner_person_id "
  "LEFT JOIN body ob ON ob.id = a.owner_body_id "
  "LEFT JOIN municipality om ON om.id = a.owner_municipality_id "
  "WHERE (?2 = '' OR a.status = ?2) "
  "AND (?3 = 0 OR (a.status = 'open' AND a.due_on < ?1)) "
  "AND (?4 = 0 "
  "OR (?5 = 0 AND a.owner_kind = 'person' AND a.owner_person_id = ?4) "
  "OR (?5 <> 0 AND (a.owner_kind = 'all-members' "
  "OR (a.owner_kind = 'municipality' AND coalesce (a.owner_municipality_id, 0) = ?6) "
  "OR (a.owner_kind = 'person' AND (a.owner_person_id = ?4 "
  "OR (?6 > 0 AND op.municipality_id = ?6)))))) "
  "AND (?7 = '[]' OR a.id IN matched) "
  "ORDER BY a.due_on IS NULL, a.due_on, a.title, a.id";

static const char * const decision_register_tables[] = {
  "decision", "agenda_item", "meeting", "body", NULL
};

static const char * const assignment_register_tables[] = {
  "assignment", "agenda_item", "meeting", "body", "person", "municipality", NULL
};

static void
add_int (GPtrArray *params,
         gint64     value)
{
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (value)));
}

static void
add_text (GPtrArray  *params,
          const char *value)
{
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (value != NULL ? value : "")));
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  /* The nick is static: it outlives the class reference. */
  return enum_value != NULL ? enum_value->value_nick : "";
}

/**
 * sam_store_like_pattern:
 * @text: (nullable): what the user searches for
 *
 * Returns: (transfer full): the LIKE pattern (with `\` as the escape) that
 *   finds @text, folded as sam_fold() folds, anywhere in a text; "" when
 *   there is nothing to search for. Only tests/bench/bench-search.c's
 *   baseline uses it: the pages search through the index.
 */
char *
sam_store_like_pattern (const char *text)
{
  g_autofree char *folded = NULL;
  GString *pattern;

  if (text == NULL)
    return g_strdup ("");

  folded = sam_fold_text (text, -1);
  g_strstrip (folded);
  if (folded[0] == '\0')
    return g_strdup ("");

  pattern = g_string_new ("%");
  for (const char *c = folded; *c != '\0'; c++)
    {
      if (*c == '%' || *c == '_' || *c == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *c);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

static GPtrArray *
decision_params (const SamDecisionFilter *filter)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  g_autofree char *first = NULL;
  g_autofree char *after = NULL;
  g_autofree char *terms = _sam_search_terms_json (filter != NULL ? filter->text : NULL);

  if (filter != NULL && filter->year > 0)
    {
      first = g_strdup_printf ("%04d", filter->year);
      after = g_strdup_printf ("%04d", filter->year + 1);
    }

  add_int (params, filter != NULL ? filter->body_id : 0);
  add_text (params, first);
  add_text (params, after);
  add_text (params, filter != NULL && filter->follow_up >= 0
                    ? enum_nick (SAM_TYPE_FOLLOW_UP, filter->follow_up) : "");
  add_text (params, terms);

  return params;
}

static GPtrArray *
assignment_params (const SamAssignmentFilter *filter)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  g_autofree char *terms = NULL;

  g_return_val_if_fail (filter != NULL && filter->today != NULL, params);

  terms = _sam_search_terms_json (filter->text);

  add_text (params, filter->today);
  add_text (params, filter->status >= 0 ? enum_nick (SAM_TYPE_ASSIGNMENT_STATUS, filter->status) : "");
  add_int (params, filter->overdue);
  add_int (params, filter->person_id);
  add_int (params, filter->with_municipality);
  add_int (params, filter->municipality_id);
  add_text (params, terms);

  return params;
}

/**
 * sam_store_list_decision_register:
 * @filter: (nullable): which decisions; %NULL for all
 *
 * Returns: (transfer full): the decisions, newest meeting first and in
 *   agenda order within a meeting, each with its meeting's id and start,
 *   the body's name and the item's number and title
 */
GListModel *
sam_store_list_decision_register (SamStore                *self,
                                  const SamDecisionFilter *filter)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_DECISION, decision_register_tables,
                                                    decision_register_sql, decision_params (filter)));
}

/**
 * sam_store_filter_decision_register:
 * @model: a model from sam_store_list_decision_register()
 *
 * Shows other decisions in @model: its query runs again with the new
 * filter.
 */
gboolean
sam_store_filter_decision_register (GListModel               *model,
                                    const SamDecisionFilter  *filter,
                                    GError                  **error)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (model), FALSE);

  return sam_query_model_set_params (SAM_QUERY_MODEL (model), decision_params (filter), error);
}

/**
 * sam_store_list_assignment_register:
 * @filter: which assignments, and the day against which they are late
 *
 * Returns: (transfer full): the assignments by due date (those without
 *   one last), each with where it was given, its owner's name and whether
 *   it is overdue
 */
GListModel *
sam_store_list_assignment_register (SamStore                  *self,
                                    const SamAssignmentFilter *filter)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL && filter->today != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_register_tables,
                                                    assignment_register_sql, assignment_params (filter)));
}

gboolean
sam_store_filter_assignment_register (GListModel                 *model,
                                      const SamAssignmentFilter  *filter,
                                      GError                    **error)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (model), FALSE);
  g_return_val_if_fail (filter != NULL && filter->today != NULL, FALSE);

  return sam_query_model_set_params (SAM_QUERY_MODEL (model), assignment_params (filter), error);
}

/**
 * sam_store_register_set_frozen:
 * @model: a live model of the store
 * @frozen: whether it stops following changes
 *
 * A view that is not shown freezes its lists: changes in the store then
 * cost them nothing but a note, and thawing catches up in one query.
 */
void
sam_store_register_set_frozen (GListModel *model,
                               gboolean    frozen)
{
  g_return_if_fail (SAM_IS_QUERY_MODEL (model));

  sam_query_model_set_frozen (SAM_QUERY_MODEL (model), frozen);
}

/**
 * sam_store_register_find:
 *
 * Returns: the position of the row with @id in a live model, or -1
 */
int
sam_store_register_find (GListModel *model,
                         gint64      id)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (model), -1);

  return sam_query_model_find (SAM_QUERY_MODEL (model), id);
}

/**
 * sam_store_list_meeting_years:
 *
 * Returns: (transfer full) (element-type int): the years in which there
 *   are meetings, latest first
 */
GArray *
sam_store_list_meeting_years (SamStore  *self,
                              GError   **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  SamDb *db;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  db = sam_store_get_db (self);
  if (!sam_statement_prepare (&statement, db,
                              "SELECT DISTINCT CAST (substr (starts_at, 1, 4) AS INTEGER) AS year "
                              "FROM meeting WHERE starts_at IS NOT NULL ORDER BY year DESC", error))
    return NULL;

  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (statement.stmt, 0);

      if (year > 0)
        g_array_append_val (years, year);
    }
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&years);
}

static GPtrArray *
year_range (int year,
            int width)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  g_autofree char *first = g_strdup_printf ("%0*d", width, year);
  g_autofree char *after = g_strdup_printf ("%0*d", width, year + 1);

  add_text (params, first);
  add_text (params, after);

  return params;
}

/**
 * sam_store_list_meetings_in_year:
 *
 * Returns: (transfer full): the meetings that start in @year, by start
 *   time, each with its body's name; found through the index on the start
 */
GListModel *
sam_store_list_meetings_in_year (SamStore *self,
                                 int       year)
{
  static const char * const tables[] = { "meeting", "body", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, tables,
                                                    "SELECT m.id, b.name FROM meeting m "
                                                    "JOIN body b ON b.id = m.body_id "
                                                    "WHERE m.starts_at >= ?1 AND m.starts_at < ?2 "
                                                    "ORDER BY m.starts_at, b.name, m.id",
                                                    year_range (year, 4)));
}

/**
 * sam_store_list_assignments_due_in_year:
 *
 * Returns: (transfer full): the assignments due in @year that are not
 *   cancelled, by due date: the deadlines of the year at a glance
 */
GListModel *
sam_store_list_assignments_due_in_year (SamStore *self,
                                        int       year)
{
  static const char * const tables[] = { "assignment", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  /* "status IN" rather than "<> 'cancelled'" lets the (status, due_on)
   * index find the range. */
  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status IN ('open', 'done') "
                                                    "AND a.due_on >= ?1 AND a.due_on < ?2 "
                                                    "ORDER BY a.due_on, a.title, a.id",
                                                    year_range (year, 4)));
}
