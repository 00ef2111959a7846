/* sam-ical.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

/* Meetings as iCalendar (RFC 5545/5546) for Outlook and GNOME Calendar:
 * one meeting as an invitation (METHOD:REQUEST, or CANCEL once cancelled),
 * a year's meetings as a publication (METHOD:PUBLISH). Times are local
 * wall-clock times in the collaboration's time zone (the "time-zone"
 * setting, Europe/Stockholm when unset or unknown), with libical's
 * VTIMEZONE for it. */

char *sam_ical_export_meeting (SamStore    *store,
                               gint64       meeting_id,
                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;
char *sam_ical_export_year    (SamStore    *store,
                               int          year,
                               gint64       body_id,
                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
