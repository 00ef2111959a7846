/* sam-store-bodies.c: the live lists of bodies (boards, groups, networks)
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-query-model.h"
#include "sam-store-core.h"

static const char * const body_tables[] = { "body", NULL };

#define BODY_ORDER \
  " ORDER BY CASE b.kind WHEN 'board' THEN 0 WHEN 'director-group' THEN 1 " \
  "WHEN 'working-group' THEN 2 WHEN 'network' THEN 3 ELSE 4 END, b.name, b.id"

GListModel *
sam_store_list_bodies (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_BODY, body_tables,
                                                    "SELECT b.id FROM body b" BODY_ORDER, NULL));
}

GListModel *
sam_store_list_bodies_by_kind (SamStore    *self,
                               SamBodyKind  kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_BODY_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, kind);

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_BODY, body_tables,
                                                    "SELECT b.id FROM body b WHERE b.kind = ?" BODY_ORDER,
                                                    sam_store_params_text (value->value_nick)));
}
