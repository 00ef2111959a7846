/* sam-trip-programme.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_TRIP_PROGRAMME (sam_trip_programme_get_type ())

G_DECLARE_FINAL_TYPE (SamTripProgramme, sam_trip_programme, SAM, TRIP_PROGRAMME, GtkWidget)

/* Who travels (from the travelling body's members or anyone) and the
 * day-by-day programme of a study trip. */
GtkWidget *sam_trip_programme_new (SamStore     *store,
                                   SamStudyTrip *trip);

G_END_DECLS
