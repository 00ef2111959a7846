/* sam-store-trips.c: the live list of study trips
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-core.h"

GListModel *
sam_store_list_study_trips (SamStore *self)
{
  static const char * const trip_tables[] = { "study_trip", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_STUDY_TRIP, trip_tables,
                                                    "SELECT t.id FROM study_trip t "
                                                    "ORDER BY t.starts_on DESC, t.title, t.id",
                                                    NULL));
}
