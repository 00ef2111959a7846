/* sam-trip-destinations.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_TRIP_DESTINATIONS (sam_trip_destinations_get_type ())

G_DECLARE_FINAL_TYPE (SamTripDestinations, sam_trip_destinations, SAM, TRIP_DESTINATIONS, GtkWidget)

/* A study trip's proposed destinations: edited in place, shortlisted, one
 * chosen; and the button that sends the shortlist to the board. */
GtkWidget *sam_trip_destinations_new     (SamStore            *store,
                                          SamStudyTrip        *trip);
void       sam_trip_destinations_set_now (SamTripDestinations *self,
                                          const char          *now);
void       sam_trip_destinations_flush   (SamTripDestinations *self);

/* Marks @destination_id chosen and every other destination of its trip
 * not chosen, in one transaction. */
gboolean   sam_trip_choose_destination   (SamStore            *store,
                                          gint64               destination_id,
                                          GError             **error);

/* Adds (or, when it is there already, updates) a decision item on the
 * board's first planned meeting after @now whose background lists the
 * shortlisted destinations with their rationale; the trip becomes
 * shortlisted and that meeting its deciding meeting. One transaction.
 * Returns the agenda item's id, or 0 with @error set (no board, no coming
 * board meeting, nothing shortlisted). */
gint64     sam_trip_send_shortlist       (SamStore            *store,
                                          gint64               study_trip_id,
                                          const char          *now,
                                          gint64              *meeting_id,
                                          GError             **error);

G_END_DECLS
