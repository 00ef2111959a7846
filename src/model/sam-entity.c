/* sam-entity.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-entity"

#include "config.h"

#include "sam-entity.h"

/* Every entity keeps its fields in one array of GValues indexed by property
 * id, so that the concrete classes only declare their properties and typed
 * accessors, and the store and the exchange format can read and write any
 * entity through its GParamSpecs. */

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *created_at;
  char   *updated_at;
  GValue *values;
  guint   n_values;
} SamEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SamEntity, sam_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GValue *
ensure_values (SamEntity *self)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);
  SamEntityClass *klass;

  g_assert (SAM_IS_ENTITY (self));

  if (priv->values != NULL)
    return priv->values;

  /* Allocated on first use because the instance's final class (and so the
   * number of fields) is only known once construction has finished. */
  klass = SAM_ENTITY_GET_CLASS (self);
  priv->n_values = klass->n_fields;
  priv->values = g_new0 (GValue, MAX (klass->n_fields, 1));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];

      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &priv->values[i]);
    }

  return priv->values;
}

static guint
field_index (SamEntity  *self,
             GParamSpec *pspec)
{
  SamEntityClass *klass = SAM_ENTITY_GET_CLASS (self);
  guint index = pspec->param_id - 1;

  g_assert (index < klass->n_fields);
  g_assert (klass->fields[index] == pspec);

  return index;
}

static void
set_string_field (char       **field,
                  const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

static void
sam_entity_field_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SamEntity *self = SAM_ENTITY (object);

  g_value_copy (sam_entity_peek_value (self, pspec), value);
}

static void
sam_entity_field_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  sam_entity_set_value (SAM_ENTITY (object), pspec, value);
}

static void
sam_entity_finalize (GObject *object)
{
  SamEntity *self = (SamEntity *)object;
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  for (guint i = 0; priv->values != NULL && i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);

  G_OBJECT_CLASS (sam_entity_parent_class)->finalize (object);
}

static void
sam_entity_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SamEntity *self = SAM_ENTITY (object);
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_entity_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SamEntity *self = SAM_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      sam_entity_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      sam_entity_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      sam_entity_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_AT:
      sam_entity_set_updated_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_entity_class_init (SamEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_entity_finalize;
  object_class->get_property = sam_entity_get_property;
  object_class->set_property = sam_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, SAM_PARAM_FIELD);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, SAM_PARAM_FIELD);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, SAM_PARAM_FIELD);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL, SAM_PARAM_FIELD);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_entity_init (SamEntity *self)
{
}

/**
 * sam_entity_class_install_fields:
 * @klass: the class of a concrete entity
 * @table: the store table that holds it
 * @pspecs: (array length=n_pspecs): the fields, indexed by property id,
 *   with slot 0 unused as for g_object_class_install_properties()
 * @n_pspecs: the length of @pspecs
 *
 * Installs the fields of a concrete entity class and routes their
 * get_property/set_property through the shared storage, which notifies only
 * when a value really changes.
 */
void
sam_entity_class_install_fields (SamEntityClass *klass,
                                 const char     *table,
                                 GParamSpec    **pspecs,
                                 guint           n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (SAM_IS_ENTITY_CLASS (klass));
  g_return_if_fail (table != NULL);
  g_return_if_fail (n_pspecs >= 1);

  object_class->get_property = sam_entity_field_get_property;
  object_class->set_property = sam_entity_field_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  klass->table = table;
  klass->fields = &pspecs[1];
  klass->n_fields = n_pspecs - 1;
}

const char *
sam_entity_class_get_table (SamEntityClass *klass)
{
  g_return_val_if_fail (SAM_IS_ENTITY_CLASS (klass), NULL);

  return klass->table;
}

/**
 * sam_entity_class_get_fields:
 * @klass: an entity class
 * @n_fields: (out): the number of fields
 *
 * Returns: (transfer none) (array length=n_fields): the fields of the class,
 *   stored and derived, in declaration order
 */
GParamSpec **
sam_entity_class_get_fields (SamEntityClass *klass,
                             guint          *n_fields)
{
  g_return_val_if_fail (SAM_IS_ENTITY_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;

  return klass->fields;
}

gint64
sam_entity_get_id (SamEntity *self)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_val_if_fail (SAM_IS_ENTITY (self), 0);

  return priv->id;
}

void
sam_entity_set_id (SamEntity *self,
                   gint64     id)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_if_fail (SAM_IS_ENTITY (self));

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
sam_entity_get_uuid (SamEntity *self)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_val_if_fail (SAM_IS_ENTITY (self), NULL);

  return priv->uuid;
}

void
sam_entity_set_uuid (SamEntity  *self,
                     const char *uuid)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_if_fail (SAM_IS_ENTITY (self));

  if (g_strcmp0 (priv->uuid, uuid) != 0)
    {
      set_string_field (&priv->uuid, uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
    }
}

const char *
sam_entity_get_created_at (SamEntity *self)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_val_if_fail (SAM_IS_ENTITY (self), NULL);

  return priv->created_at;
}

void
sam_entity_set_created_at (SamEntity  *self,
                           const char *created_at)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_if_fail (SAM_IS_ENTITY (self));

  if (g_strcmp0 (priv->created_at, created_at) != 0)
    {
      set_string_field (&priv->created_at, created_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
}

const char *
sam_entity_get_updated_at (SamEntity *self)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_val_if_fail (SAM_IS_ENTITY (self), NULL);

  return priv->updated_at;
}

void
sam_entity_set_updated_at (SamEntity  *self,
                           const char *updated_at)
{
  SamEntityPrivate *priv = sam_entity_get_instance_private (self);

  g_return_if_fail (SAM_IS_ENTITY (self));

  if (g_strcmp0 (priv->updated_at, updated_at) != 0)
    {
      set_string_field (&priv->updated_at, updated_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
}

/**
 * sam_entity_peek_value:
 * @self: an entity
 * @pspec: one of the fields of @self's class
 *
 * Returns: (transfer none): the current value of the field
 */
const GValue *
sam_entity_peek_value (SamEntity  *self,
                       GParamSpec *pspec)
{
  g_return_val_if_fail (SAM_IS_ENTITY (self), NULL);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  return &ensure_values (self)[field_index (self, pspec)];
}

/**
 * sam_entity_set_value:
 * @self: an entity
 * @pspec: one of the fields of @self's class
 * @value: the new value, of the field's type
 *
 * Sets a field and notifies when the value changed. An empty string is
 * stored as %NULL, so that "no text" has one representation.
 *
 * Returns: %TRUE if the value changed
 */
gboolean
sam_entity_set_value (SamEntity    *self,
                      GParamSpec   *pspec,
                      const GValue *value)
{
  g_auto(GValue) normalized = G_VALUE_INIT;
  GValue *slot;

  g_return_val_if_fail (SAM_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, G_PARAM_SPEC_VALUE_TYPE (pspec)), FALSE);

  slot = &ensure_values (self)[field_index (self, pspec)];

  g_value_init (&normalized, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (G_VALUE_HOLDS_STRING (value)
      && g_value_get_string (value) != NULL
      && *g_value_get_string (value) == '\0')
    g_value_set_string (&normalized, NULL);
  else
    g_value_copy (value, &normalized);

  /* Out-of-range numbers are clamped to the field's range rather than
   * rejected, so bad input never leaves the entity in an invalid state. */
  g_param_value_validate (pspec, &normalized);

  if (g_param_values_cmp (pspec, slot, &normalized) == 0)
    return FALSE;

  g_value_copy (&normalized, slot);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);

  return TRUE;
}

const char *
sam_entity_get_string (SamEntity  *self,
                       GParamSpec *pspec)
{
  return g_value_get_string (sam_entity_peek_value (self, pspec));
}

void
sam_entity_set_string (SamEntity  *self,
                       GParamSpec *pspec,
                       const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_static_string (&v, value);
  sam_entity_set_value (self, pspec, &v);
}

gint64
sam_entity_get_int64 (SamEntity  *self,
                      GParamSpec *pspec)
{
  return g_value_get_int64 (sam_entity_peek_value (self, pspec));
}

void
sam_entity_set_int64 (SamEntity  *self,
                      GParamSpec *pspec,
                      gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  sam_entity_set_value (self, pspec, &v);
}

int
sam_entity_get_int (SamEntity  *self,
                    GParamSpec *pspec)
{
  return g_value_get_int (sam_entity_peek_value (self, pspec));
}

void
sam_entity_set_int (SamEntity  *self,
                    GParamSpec *pspec,
                    int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  sam_entity_set_value (self, pspec, &v);
}

gboolean
sam_entity_get_boolean (SamEntity  *self,
                        GParamSpec *pspec)
{
  return g_value_get_boolean (sam_entity_peek_value (self, pspec));
}

void
sam_entity_set_boolean (SamEntity  *self,
                        GParamSpec *pspec,
                        gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, !!value);
  sam_entity_set_value (self, pspec, &v);
}

int
sam_entity_get_enum (SamEntity  *self,
                     GParamSpec *pspec)
{
  return g_value_get_enum (sam_entity_peek_value (self, pspec));
}

void
sam_entity_set_enum (SamEntity  *self,
                     GParamSpec *pspec,
                     int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_enum (&v, value);
  sam_entity_set_value (self, pspec, &v);
}

/**
 * sam_entity_copy_fields:
 * @self: an entity
 * @source: an entity of the same type
 *
 * Copies identity, timestamps and every field from @source, notifying for
 * each one that changes.
 */
void
sam_entity_copy_fields (SamEntity *self,
                        SamEntity *source)
{
  SamEntityClass *klass;

  g_return_if_fail (SAM_IS_ENTITY (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  klass = SAM_ENTITY_GET_CLASS (self);

  g_object_freeze_notify (G_OBJECT (self));
  sam_entity_set_id (self, sam_entity_get_id (source));
  sam_entity_set_uuid (self, sam_entity_get_uuid (source));
  sam_entity_set_created_at (self, sam_entity_get_created_at (source));
  sam_entity_set_updated_at (self, sam_entity_get_updated_at (source));
  for (guint i = 0; i < klass->n_fields; i++)
    sam_entity_set_value (self, klass->fields[i],
                          sam_entity_peek_value (source, klass->fields[i]));
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * sam_entity_dup:
 * @self: an entity
 *
 * A detached copy: what an editor keeps to compare with, since loading a
 * row that is alive returns the same object.
 *
 * Returns: (transfer full): a new entity with the identity, timestamps and
 *   fields of @self
 */
gpointer
sam_entity_dup (SamEntity *self)
{
  SamEntity *copy;

  g_return_val_if_fail (SAM_IS_ENTITY (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  sam_entity_copy_fields (copy, self);

  return copy;
}

/**
 * sam_entity_fields_equal:
 * @self: an entity
 * @other: an entity of the same type
 *
 * Returns: %TRUE if every stored field (not identity, timestamps or derived
 *   fields) of the two is equal
 */
gboolean
sam_entity_fields_equal (SamEntity *self,
                         SamEntity *other)
{
  SamEntityClass *klass;

  g_return_val_if_fail (SAM_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (other), FALSE);

  klass = SAM_ENTITY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];

      if (pspec->flags & SAM_PARAM_DERIVED)
        continue;

      if (g_param_values_cmp (pspec,
                              sam_entity_peek_value (self, pspec),
                              sam_entity_peek_value (other, pspec)) != 0)
        return FALSE;
    }

  return TRUE;
}
