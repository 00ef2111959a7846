/* sam-field.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"

G_BEGIN_DECLS

/* What a stored field may hold, shared by the store (which refuses to write
 * anything else) and the exchange (which refuses to read anything else), so
 * that whatever one accepts the other accepts too. */

/* The longest single-line text (a title, a name), in characters. */
#define SAM_FIELD_MAX_LINE 500

/* The longest text of several lines (minutes, a background), in characters. */
#define SAM_FIELD_MAX_TEXT 100000

/* The most bytes UTF-8 needs for SAM_FIELD_MAX_TEXT characters. */
#define SAM_FIELD_MAX_TEXT_BYTES ((gsize)SAM_FIELD_MAX_TEXT * 4)

#define SAM_FIELD_ERROR (sam_field_error_quark ())

typedef enum
{
  SAM_FIELD_ERROR_TOO_LONG,
  SAM_FIELD_ERROR_DATE,
  SAM_FIELD_ERROR_ORDER,
} SamFieldError;

typedef enum
{
  SAM_FIELD_KIND_OTHER,
  SAM_FIELD_KIND_LINE,
  SAM_FIELD_KIND_TEXT,
  SAM_FIELD_KIND_DATE,
  SAM_FIELD_KIND_DATE_TIME,
  SAM_FIELD_KIND_CLOCK,
} SamFieldKind;

GQuark        sam_field_error_quark    (void);

SamFieldKind  sam_field_get_kind       (GParamSpec  *pspec);
guint         sam_field_get_max_length (GParamSpec  *pspec);
gboolean      sam_field_check_value    (GParamSpec  *pspec,
                                        const char  *text,
                                        GError     **error);
gboolean      sam_field_check_entity   (SamEntity   *entity,
                                        gboolean     dates,
                                        GError     **error);

G_END_DECLS
