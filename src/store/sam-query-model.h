/* sam-query-model.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-store-private.h"

G_BEGIN_DECLS

#define SAM_TYPE_QUERY_MODEL (sam_query_model_get_type ())

G_DECLARE_FINAL_TYPE (SamQueryModel, sam_query_model, SAM, QUERY_MODEL, GObject)

SamQueryModel *sam_query_model_new          (SamStore           *store,
                                             GType               item_type,
                                             const char * const *tables,
                                             SamRowFetchFunc     fetch,
                                             gpointer            user_data,
                                             GDestroyNotify      destroy) G_GNUC_WARN_UNUSED_RESULT;
SamQueryModel *sam_query_model_new_for_sql  (SamStore           *store,
                                             GType               item_type,
                                             const char * const *tables,
                                             const char         *sql,
                                             GPtrArray          *params) G_GNUC_WARN_UNUSED_RESULT;
gboolean       sam_query_model_refresh      (SamQueryModel      *self,
                                             GError            **error);
gint64         sam_query_model_get_id       (SamQueryModel      *self,
                                             guint               position);
int            sam_query_model_find         (SamQueryModel      *self,
                                             gint64              id);
gboolean       sam_query_model_set_params   (SamQueryModel      *self,
                                             GPtrArray          *params,
                                             GError            **error);
void           sam_query_model_set_frozen   (SamQueryModel      *self,
                                             gboolean            frozen);
gboolean       sam_query_model_get_stale    (SamQueryModel      *self);
void           sam_query_model_set_tables   (SamQueryModel      *self,
                                             const char * const *tables);

G_END_DECLS
