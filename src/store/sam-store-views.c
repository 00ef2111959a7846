/* sam-store-views.c: the lists the pages show, filtered, ordered and
 * grouped in SQL, so that a keystroke in a search field costs one query
 * however long the history is.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-private.h"
#include "sam-store-search-private.h"

/* Which view a model is, so that a filter is only ever set on its own
 * kind of query. */
typedef enum
{
  VIEW_MEETINGS = 1,
  VIEW_PEOPLE,
  VIEW_MUNICIPALITIES,
} ViewKind;

#define VIEW_KIND_KEY "sam-store-view-kind"

/* The meetings of one body or all (?2 = 0) that every term of the search
 * (?3, see SAM_SEARCH_TERMS; '[]' for any) finds in the meeting's title,
 * theme, place or note, its body's name, or the texts of its agenda items
 * and their decisions: a meeting is where its items were discussed, and
 * "DUA" should find the meetings that had it on the agenda. Upcoming
 * meetings (from today, ?1) come first, the soonest first; then those
 * without a date; then the past, newest first. Each row carries its body's
 * name, its group ('upcoming', 'undated' or the year) and whether it opens
 * and closes its group, which the window functions see in the same order
 * as the rows. A start that is not a date (too short to hold one) counts
 * as no date. */
static const char meetings_sql[] =
  "WITH " SAM_SEARCH_TERMS ("?3") ", matched (id) AS ("
  " SELECT id FROM ("
  "  SELECT f.id AS id, f.n AS n FROM found f WHERE f.kind = " SAM_SEARCH_KIND_MEETING
  "  UNION SELECT a.meeting_id, f.n FROM found f JOIN agenda_item a ON a.id = f.id"
  "   WHERE f.kind = " SAM_SEARCH_KIND_AGENDA_ITEM
  "  UNION SELECT a.meeting_id, f.n FROM found f JOIN decision d ON d.id = f.id"
  "   JOIN agenda_item a ON a.id = d.agenda_item_id WHERE f.kind = " SAM_SEARCH_KIND_DECISION
  "  UNION SELECT m.id, f.n FROM found_title f JOIN meeting m ON m.body_id = f.id"
  "   WHERE f.kind = " SAM_SEARCH_KIND_BODY
  " ) GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS
  "), v AS ("
  " SELECT m.id AS id, b.name AS body_name, m.starts_at AS starts_at,"
  "  CASE WHEN length (m.starts_at) < 10"
  "    OR m.starts_at NOT GLOB '[0-9][0-9][0-9][0-9]*' THEN 1"
  "   WHEN substr (m.starts_at, 1, 10) >= ?1 THEN 0"
  "   ELSE 2 END AS rank"
  " FROM meeting m JOIN body b ON b.id = m.body_id"
  " WHERE (?2 = 0 OR m.body_id = ?2)"
  "  AND (?3 = '[]' OR m.id IN matched)"
  "), g AS ("
  " SELECT id, body_name, rank, starts_at,"
  "  CASE rank WHEN 0 THEN 'upcoming' WHEN 1 THEN 'undated'"
  "   ELSE substr (starts_at, 1, 4) END AS grp"
  " FROM v"
  "), w AS ("
  " SELECT id, body_name, grp,"
  "  lag (grp) OVER win AS prev, lead (grp) OVER win AS next,"
  "  row_number () OVER win AS n"
  " FROM g"
  " WINDOW win AS (ORDER BY rank, CASE WHEN rank = 0 THEN starts_at END, starts_at DESC, id)"
  ")"
  " SELECT id, body_name, grp, prev IS NOT grp, next IS NOT grp FROM w ORDER BY n";

/* People that every term (?1) finds in their name, title, organisation or
 * note, or in their municipality's name. The index takes a word from its
 * start, so a name part is found from its start ("lund" finds "Lund" and
 * "Svensson-Lundgren", not "Björklund"). */
static const char people_sql[] =
  "WITH " SAM_SEARCH_TERMS ("?1") ", matched (id) AS ("
  " SELECT id FROM ("
  "  SELECT f.id AS id, f.n AS n FROM found f WHERE f.kind = " SAM_SEARCH_KIND_PERSON
  "  UNION SELECT p.id, f.n FROM found_title f JOIN person p ON p.municipality_id = f.id"
  "   WHERE f.kind = " SAM_SEARCH_KIND_MUNICIPALITY
  " ) GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS
  ")"
  " SELECT p.id, mu.name FROM person p"
  " LEFT JOIN municipality mu ON mu.id = p.municipality_id"
  " WHERE ?1 = '[]' OR p.id IN matched"
  " ORDER BY p.name, p.id";

/* Municipalities whose name or short name holds every term (?1). */
static const char municipalities_sql[] =
  "WITH " SAM_SEARCH_TERMS ("?1") ", matched (id) AS ("
  " SELECT id FROM found_title f WHERE f.kind = " SAM_SEARCH_KIND_MUNICIPALITY
  " GROUP BY id HAVING count (DISTINCT n) = " SAM_SEARCH_N_TERMS
  ")"
  " SELECT m.id FROM municipality m"
  " WHERE ?1 = '[]' OR m.id IN matched"
  " ORDER BY m.name, m.id";

static GPtrArray *
params_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
}

static void
params_add_text (GPtrArray  *params,
                 const char *text)
{
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (text)));
}

static void
params_add_int (GPtrArray *params,
                gint64     value)
{
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (value)));
}

static GPtrArray *
meetings_params (const char *today,
                 gint64      body_id,
                 const char *text)
{
  g_autofree char *terms = _sam_search_terms_json (text);
  GPtrArray *params = params_new ();

  params_add_text (params, today);
  params_add_int (params, MAX (body_id, 0));
  params_add_text (params, terms);

  return params;
}

static GPtrArray *
names_params (const char *text)
{
  g_autofree char *terms = _sam_search_terms_json (text);
  GPtrArray *params = params_new ();

  params_add_text (params, terms);

  return params;
}

/* The search looks into the meetings' agenda items and decisions: a
 * change to those changes its rows, and only then. */
static const char * const *
meetings_tables (const char *text)
{
  static const char * const tables[] = { "meeting", "body", NULL };
  static const char * const searched[] = { "meeting", "body", "agenda_item", "decision", NULL };
  g_autofree char *terms = _sam_search_terms_json (text);

  return g_str_equal (terms, "[]") ? tables : searched;
}

static GListModel *
view_new (SamStore           *self,
          ViewKind            kind,
          GType               type,
          const char * const *tables,
          const char         *sql,
          GPtrArray          *params)
{
  SamQueryModel *model = sam_query_model_new_for_sql (self, type, tables, sql, params);

  g_object_set_data (G_OBJECT (model), VIEW_KIND_KEY, GINT_TO_POINTER (kind));

  return G_LIST_MODEL (model);
}

static gboolean
is_view (GListModel *view,
         ViewKind    kind)
{
  return SAM_IS_QUERY_MODEL (view)
         && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), VIEW_KIND_KEY)) == (int)kind;
}

/**
 * sam_store_list_meetings_view:
 * @today: YYYY-MM-DD; meetings from this day on are upcoming
 * @body_id: the body whose meetings to list, or 0 for every body
 * @text: (nullable): the search: words found from their start, case and
 *   diacritics aside ("mote" finds "möte"), a "quoted phrase" in order,
 *   each in the meeting's title, theme, place or note, its body's name, or
 *   its agenda items' and decisions' texts
 *
 * The list of the Meetings section: upcoming meetings first (the soonest
 * first), then those without a date, then the past by year, newest first.
 * Each meeting's #SamMeeting:list-group says its group and
 * #SamMeeting:list-group-first and #SamMeeting:list-group-last where the
 * group begins and ends. Change the filter with
 * sam_store_meetings_view_set_filter().
 *
 * Returns: (transfer full): a live #GListModel of #SamMeeting
 */
GListModel *
sam_store_list_meetings_view (SamStore   *self,
                              const char *today,
                              gint64      body_id,
                              const char *text)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return view_new (self, VIEW_MEETINGS, SAM_TYPE_MEETING, meetings_tables (text), meetings_sql,
                   meetings_params (today, body_id, text));
}

/**
 * sam_store_meetings_view_set_filter:
 * @view: a model from sam_store_list_meetings_view()
 *
 * Filters @view again in SQL, as sam_store_list_meetings_view() does.
 */
gboolean
sam_store_meetings_view_set_filter (GListModel  *view,
                                    const char  *today,
                                    gint64       body_id,
                                    const char  *text,
                                    GError     **error)
{
  g_return_val_if_fail (is_view (view, VIEW_MEETINGS), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  sam_query_model_set_tables (SAM_QUERY_MODEL (view), meetings_tables (text));
  return sam_query_model_set_params (SAM_QUERY_MODEL (view),
                                     meetings_params (today, body_id, text), error);
}

/**
 * sam_store_list_people_view:
 * @text: (nullable): the search, each word the start of a word of the
 *   person's name, title, organisation or note or of their municipality's
 *   name ("lund" finds "Anna Lund" and the people of Lund, not
 *   "Björklund"), case and diacritics aside
 *
 * Returns: (transfer full): a live #GListModel of #SamPerson, by name, each
 *   with its #SamPerson:municipality-name
 */
GListModel *
sam_store_list_people_view (SamStore   *self,
                            const char *text)
{
  static const char * const tables[] = { "person", "municipality", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return view_new (self, VIEW_PEOPLE, SAM_TYPE_PERSON, tables, people_sql, names_params (text));
}

/**
 * sam_store_list_municipalities_view:
 * @text: (nullable): the search, each word the start of a word of the
 *   name or the short name
 *
 * Returns: (transfer full): a live #GListModel of #SamMunicipality, by name
 */
GListModel *
sam_store_list_municipalities_view (SamStore   *self,
                                    const char *text)
{
  static const char * const tables[] = { "municipality", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return view_new (self, VIEW_MUNICIPALITIES, SAM_TYPE_MUNICIPALITY, tables, municipalities_sql,
                   names_params (text));
}

/**
 * sam_store_names_view_set_text:
 * @view: a model from sam_store_list_people_view() or
 *   sam_store_list_municipalities_view()
 * @text: (nullable): the new search
 *
 * Filters @view again in SQL.
 */
gboolean
sam_store_names_view_set_text (GListModel  *view,
                               const char  *text,
                               GError     **error)
{
  g_return_val_if_fail (is_view (view, VIEW_PEOPLE) || is_view (view, VIEW_MUNICIPALITIES), FALSE);

  return sam_query_model_set_params (SAM_QUERY_MODEL (view), names_params (text), error);
}

/**
 * sam_store_view_find:
 * @view: a model from one of the sam_store_list_*_view() functions
 *
 * Returns: the position of the row of @id, or -1; without building items
 */
int
sam_store_view_find (GListModel *view,
                     gint64      id)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (view), -1);

  return sam_query_model_find (SAM_QUERY_MODEL (view), id);
}

/**
 * sam_store_view_get_id:
 * @view: a model from one of the sam_store_list_*_view() functions
 *
 * Returns: the id of the row at @position, or 0; without building the item
 */
gint64
sam_store_view_get_id (GListModel *view,
                       guint       position)
{
  g_return_val_if_fail (SAM_IS_QUERY_MODEL (view), 0);

  return sam_query_model_get_id (SAM_QUERY_MODEL (view), position);
}
