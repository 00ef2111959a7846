/* sam-store-plans.c: the live lists of plans and their focus questions
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
sam_store_list_focus_questions (SamStore *self,
                                gint64    plan_id)
{
  static const char * const focus_tables[] = { "focus_question", "plan", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_FOCUS_QUESTION, focus_tables,
                                                    "SELECT f.id FROM focus_question f "
                                                    "WHERE f.plan_id = ? ORDER BY f.position, f.title, f.id",
                                                    sam_store_params_int (plan_id)));
}

GListModel *
sam_store_list_plans (SamStore *self)
{
  static const char * const plan_tables[] = { "plan", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_PLAN, plan_tables,
                                                    "SELECT p.id FROM plan p "
                                                    "ORDER BY p.first_year DESC, p.revised_year DESC, p.id",
                                                    NULL));
}
