/* sam-trips-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-context.h"

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_TRIPS_PAGE (sam_trips_page_get_type ())

G_DECLARE_FINAL_TYPE (SamTripsPage, sam_trips_page, SAM, TRIPS_PAGE, GtkWidget)

GtkWidget *sam_trips_page_new         (SamContext   *context);
/* Shows the study trip with @id (a SamStudyTrip id). */
void       sam_trips_page_open        (GtkWidget    *page,
                                       gint64        id);
gint64     sam_trips_page_get_trip_id (SamTripsPage *self);
gint64     sam_trips_page_create_trip (SamTripsPage *self);
void       sam_trips_page_delete_trip (SamTripsPage *self);
/* Moves the trip shown on to the next step of its life. */
gboolean   sam_trips_page_advance     (SamTripsPage *self);
/* The moment after which "Send Shortlist" looks for the board's next
 * meeting (local "YYYY-MM-DDTHH:MM"); %NULL for the clock's. */
void       sam_trips_page_set_now     (SamTripsPage *self,
                                       const char   *now);

G_END_DECLS
