/* sam-entity.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sam-types.h"

G_BEGIN_DECLS

/* A property with this flag is derived by the store (an agenda number, a
 * body's name shown beside a meeting) and is never written back. */
#define SAM_PARAM_DERIVED (1 << G_PARAM_USER_SHIFT)

/* The flags every field of an entity is installed with. */
#define SAM_PARAM_FIELD (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

#define SAM_TYPE_ENTITY (sam_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (SamEntity, sam_entity, SAM, ENTITY, GObject)

struct _SamEntityClass
{
  GObjectClass parent_class;

  /* Set by sam_entity_class_install_fields(). */
  const char  *table;
  GParamSpec **fields;
  guint        n_fields;

  gpointer padding[8];
};

void          sam_entity_class_install_fields (SamEntityClass *klass,
                                               const char     *table,
                                               GParamSpec    **pspecs,
                                               guint           n_pspecs);

const char   *sam_entity_class_get_table      (SamEntityClass *klass);
GParamSpec  **sam_entity_class_get_fields     (SamEntityClass *klass,
                                               guint          *n_fields);

gint64        sam_entity_get_id               (SamEntity      *self);
void          sam_entity_set_id               (SamEntity      *self,
                                               gint64          id);
const char   *sam_entity_get_uuid             (SamEntity      *self);
void          sam_entity_set_uuid             (SamEntity      *self,
                                               const char     *uuid);
const char   *sam_entity_get_created_at       (SamEntity      *self);
void          sam_entity_set_created_at       (SamEntity      *self,
                                               const char     *created_at);
const char   *sam_entity_get_updated_at       (SamEntity      *self);
void          sam_entity_set_updated_at       (SamEntity      *self,
                                               const char     *updated_at);

const GValue *sam_entity_peek_value           (SamEntity      *self,
                                               GParamSpec     *pspec);
gboolean      sam_entity_set_value            (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               const GValue   *value);

const char   *sam_entity_get_string           (SamEntity      *self,
                                               GParamSpec     *pspec);
void          sam_entity_set_string           (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               const char     *value);
gint64        sam_entity_get_int64            (SamEntity      *self,
                                               GParamSpec     *pspec);
void          sam_entity_set_int64            (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               gint64          value);
int           sam_entity_get_int              (SamEntity      *self,
                                               GParamSpec     *pspec);
void          sam_entity_set_int              (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               int             value);
gboolean      sam_entity_get_boolean          (SamEntity      *self,
                                               GParamSpec     *pspec);
void          sam_entity_set_boolean          (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               gboolean        value);
int           sam_entity_get_enum             (SamEntity      *self,
                                               GParamSpec     *pspec);
void          sam_entity_set_enum             (SamEntity      *self,
                                               GParamSpec     *pspec,
                                               int             value);

void          sam_entity_copy_fields          (SamEntity      *self,
                                               SamEntity      *source);
gpointer      sam_entity_dup                  (SamEntity      *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_entity_fields_equal         (SamEntity      *self,
                                               SamEntity      *other);

G_END_DECLS
