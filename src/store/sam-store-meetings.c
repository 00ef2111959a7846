/* sam-store-meetings.c: the live lists of meetings
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-core.h"

#define MEETING_COLUMNS "SELECT m.id, b.name FROM meeting m JOIN body b ON b.id = m.body_id "
#define MEETING_ORDER " ORDER BY m.starts_at, b.name, m.id"

static const char * const meeting_tables[] = { "meeting", "body", NULL };

/**
 * sam_store_list_meetings:
 *
 * Returns: (transfer full): every meeting of every body, by start time
 */
GListModel *
sam_store_list_meetings (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS MEETING_ORDER, NULL));
}

GListModel *
sam_store_list_meetings_by_body (SamStore *self,
                                 gint64    body_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE m.body_id = ?" MEETING_ORDER,
                                                    sam_store_params_int (body_id)));
}

GListModel *
sam_store_list_meetings_by_year (SamStore *self,
                                 int       year)
{
  g_autofree char *text = g_strdup_printf ("%04d", year);

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE substr (m.starts_at, 1, 4) = ?"
                                                    MEETING_ORDER,
                                                    sam_store_params_text (text)));
}

/**
 * sam_store_list_upcoming_meetings:
 * @today: the date from which meetings count as upcoming (YYYY-MM-DD)
 */
GListModel *
sam_store_list_upcoming_meetings (SamStore   *self,
                                  const char *today)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE m.starts_at >= ? "
                                                    "AND m.status <> 'cancelled'" MEETING_ORDER,
                                                    sam_store_params_text (today)));
}
