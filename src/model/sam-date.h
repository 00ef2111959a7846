/* sam-date.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAM_DATE_ERROR (sam_date_error_quark ())

typedef enum
{
  SAM_DATE_ERROR_EMPTY,
  SAM_DATE_ERROR_FORM,
  SAM_DATE_ERROR_RANGE,
} SamDateError;

GQuark       sam_date_error_quark       (void);

gboolean     sam_date_parse             (const char  *text,
                                         const char  *today,
                                         char       **iso,
                                         GError     **error);
gboolean     sam_date_time_parse        (const char  *text,
                                         const char  *today,
                                         char       **iso,
                                         GError     **error);
gboolean     sam_time_parse             (const char  *text,
                                         char       **hh_mm,
                                         GError     **error);

gboolean     sam_date_split             (const char  *iso,
                                         int         *year,
                                         int         *month,
                                         int         *day);
gboolean     sam_date_time_split        (const char  *iso,
                                         int         *year,
                                         int         *month,
                                         int         *day,
                                         int         *hour,
                                         int         *minute);
GDateTime   *sam_date_time_from_iso     (const char  *iso) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_date_time_join         (const char  *date,
                                         const char  *hh_mm) G_GNUC_WARN_UNUSED_RESULT;

char        *sam_date_format            (const char  *iso) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_date_format_with       (const char  *iso,
                                         const char  *format) G_GNUC_WARN_UNUSED_RESULT;
char        *sam_time_format            (const char  *iso) G_GNUC_WARN_UNUSED_RESULT;

const char  *sam_date_accepted_forms    (void);
const char  *sam_time_accepted_forms    (void);

G_END_DECLS
