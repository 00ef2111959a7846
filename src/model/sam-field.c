/* sam-field.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sam-date.h"
#include "sam-field.h"

/* The rules are read from the fields' names, which the schema shares:
 * every "-on" field is a date, "starts-at" a date with an optional time. */

static const char * const line_fields[] = {
  "name", "short-name", "title", "organization", "email", "phone", "case-number",
  "file-name", "media-type", "location", "city", "country", "proposed-by", "role",
  "place", "theme", "color", "sha256", NULL
};

static const char * const date_fields[] = {
  "member-from", "member-until", "adopted-on", "concluded-on", "started-on", "ended-on",
  "valid-from", "valid-until", "follow-up-on", "adjusted-on", "starts-on", "ends-on",
  "due-on", "completed-on", "day", NULL
};

static const char * const date_time_fields[] = { "starts-at", "ends-at", NULL };

static const char * const clock_fields[] = { "time", NULL };

/* Pairs of fields where the second may not come before the first. */
static const struct {
  const char *start;
  const char *end;
} ordered_fields[] = {
  { "starts-at", "ends-at" },
  { "starts-on", "ends-on" },
  { "valid-from", "valid-until" },
  { "member-from", "member-until" },
  { "started-on", "ended-on" },
  { "first-year", "last-year" },
};

G_DEFINE_QUARK (sam-field-error-quark, sam_field_error)

/**
 * sam_field_get_kind:
 * @pspec: a field of an entity
 *
 * Returns: what the field holds, for the fields that hold text
 */
SamFieldKind
sam_field_get_kind (GParamSpec *pspec)
{
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING || (pspec->flags & SAM_PARAM_DERIVED))
    return SAM_FIELD_KIND_OTHER;

  if (g_strv_contains (date_fields, pspec->name))
    return SAM_FIELD_KIND_DATE;
  if (g_strv_contains (date_time_fields, pspec->name))
    return SAM_FIELD_KIND_DATE_TIME;
  if (g_strv_contains (clock_fields, pspec->name))
    return SAM_FIELD_KIND_CLOCK;
  if (g_strv_contains (line_fields, pspec->name))
    return SAM_FIELD_KIND_LINE;

  return SAM_FIELD_KIND_TEXT;
}

/**
 * sam_field_get_max_length:
 * @pspec: a field of an entity
 *
 * Returns: the most characters the field may hold, or 0 when it holds no text
 */
guint
sam_field_get_max_length (GParamSpec *pspec)
{
  switch (sam_field_get_kind (pspec))
    {
    case SAM_FIELD_KIND_LINE:
    case SAM_FIELD_KIND_DATE:
    case SAM_FIELD_KIND_DATE_TIME:
    case SAM_FIELD_KIND_CLOCK:
      return SAM_FIELD_MAX_LINE;
    case SAM_FIELD_KIND_TEXT:
      return SAM_FIELD_MAX_TEXT;
    case SAM_FIELD_KIND_OTHER:
    default:
      return 0;
    }
}

static gboolean
is_date (const char *text)
{
  return strlen (text) == 10 && sam_date_split (text, NULL, NULL, NULL);
}

static gboolean
is_date_time (const char *text)
{
  /* A date, or a date and a time of day without seconds. */
  return (strlen (text) == 10 || strlen (text) == 16)
         && sam_date_time_split (text, NULL, NULL, NULL, NULL, NULL);
}

static gboolean
is_clock (const char *text)
{
  g_autofree char *joined = NULL;

  if (strlen (text) != 5)
    return FALSE;

  joined = g_strconcat ("2000-01-01T", text, NULL);

  return is_date_time (joined);
}

/**
 * sam_field_check_value:
 * @pspec: a field of an entity
 * @text: (nullable): a value for it
 * @error: return location for a #GError
 *
 * Checks a text value: no longer than the field allows, and for dates and
 * times a real date (no 30 February) and time of day.
 *
 * Returns: %TRUE if @text fits the field
 */
static gboolean
check_value (GParamSpec  *pspec,
             const char  *text,
             gboolean     dates,
             GError     **error)
{
  SamFieldKind kind = sam_field_get_kind (pspec);
  guint max = sam_field_get_max_length (pspec);
  gsize length;

  if (kind == SAM_FIELD_KIND_OTHER || text == NULL)
    return TRUE;

  /* Bytes first: no character count is needed for a short text. */
  length = strlen (text);
  if (length > max && (length > (gsize)max * 4 || g_utf8_strlen (text, -1) > (glong)max))
    {
      g_set_error (error, SAM_FIELD_ERROR, SAM_FIELD_ERROR_TOO_LONG,
                   /* Translators: the first is a field such as "title" */
                   _("The %s is too long: at most %u characters fit"),
                   pspec->name, max);
      return FALSE;
    }

  if (!dates)
    return TRUE;

  if ((kind == SAM_FIELD_KIND_DATE && !is_date (text))
      || (kind == SAM_FIELD_KIND_DATE_TIME && !is_date_time (text))
      || (kind == SAM_FIELD_KIND_CLOCK && !is_clock (text)))
    {
      g_set_error (error, SAM_FIELD_ERROR, SAM_FIELD_ERROR_DATE,
                   /* Translators: the first is a field such as "starts-at", the second its value */
                   _("The %s “%s” is not a real date or time"),
                   pspec->name, text);
      return FALSE;
    }

  return TRUE;
}

gboolean
sam_field_check_value (GParamSpec  *pspec,
                       const char  *text,
                       GError     **error)
{
  return check_value (pspec, text, TRUE, error);
}

/* Whether @end comes before @start; a date alone stands for its whole day. */
static gboolean
comes_before (const char *end,
              const char *start)
{
  gsize length;

  /* Only dates are compared: a start the store keeps as text ("TBD")
   * has no order. */
  if (!sam_date_time_split (end, NULL, NULL, NULL, NULL, NULL)
      || !sam_date_time_split (start, NULL, NULL, NULL, NULL, NULL))
    return FALSE;

  length = MIN (strlen (end), strlen (start));

  if (length > 10)
    length = MAX (strlen (end), strlen (start));

  return strncmp (end, start, length) < 0;
}

/**
 * sam_field_check_entity:
 * @entity: an entity about to be stored
 * @dates: whether every date and time field must hold a real date or time
 *   (what comes from elsewhere); the store alone keeps any text there
 * @error: return location for a #GError
 *
 * Checks the length of every text field of @entity, with @dates its dates
 * and times as sam_field_check_value() does, and that no end (of a
 * meeting, a period, a plan) comes before its start.
 *
 * Returns: %TRUE if @entity may be stored
 */
gboolean
sam_field_check_entity (SamEntity  *entity,
                        gboolean    dates,
                        GError    **error)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  GParamSpec **fields;
  guint n_fields;

  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);

  fields = sam_entity_class_get_fields (SAM_ENTITY_GET_CLASS (entity), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const GValue *value = sam_entity_peek_value (entity, fields[i]);

      if (G_VALUE_HOLDS_STRING (value)
          && !check_value (fields[i], g_value_get_string (value), dates, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ordered_fields); i++)
    {
      GParamSpec *start = g_object_class_find_property (klass, ordered_fields[i].start);
      GParamSpec *end = g_object_class_find_property (klass, ordered_fields[i].end);
      const GValue *start_value;
      const GValue *end_value;
      gboolean before;

      if (start == NULL || end == NULL)
        continue;

      start_value = sam_entity_peek_value (entity, start);
      end_value = sam_entity_peek_value (entity, end);

      if (G_VALUE_HOLDS_STRING (start_value))
        before = g_value_get_string (start_value) != NULL
                 && g_value_get_string (end_value) != NULL
                 && comes_before (g_value_get_string (end_value),
                                  g_value_get_string (start_value));
      else
        before = g_value_get_int (start_value) != 0 && g_value_get_int (end_value) != 0
                 && g_value_get_int (end_value) < g_value_get_int (start_value);

      if (before)
        {
          g_set_error (error, SAM_FIELD_ERROR, SAM_FIELD_ERROR_ORDER,
                       /* Translators: fields such as "ends-at" and "starts-at" */
                       _("The %s comes before the %s"),
                       end->name, start->name);
          return FALSE;
        }
    }

  return TRUE;
}
