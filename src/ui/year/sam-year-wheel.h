/* sam-year-wheel.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sam-store.h"
#include "sam-wheel.h"

G_BEGIN_DECLS

#define SAM_TYPE_YEAR_WHEEL (sam_year_wheel_get_type ())

G_DECLARE_FINAL_TYPE (SamYearWheel, sam_year_wheel, SAM, YEAR_WHEEL, GtkWidget)

/* The årshjul as a widget: hover tells what a mark is, a click or Enter
 * opens it, and the arrow keys visit the marks in date order. */
GtkWidget *sam_year_wheel_new         (void);
void       sam_year_wheel_set_wheel   (SamYearWheel *self,
                                       SamWheel     *wheel);
SamWheel  *sam_year_wheel_get_wheel   (SamYearWheel *self);
int        sam_year_wheel_get_focused (SamYearWheel *self);
void       sam_year_wheel_set_focused (SamYearWheel *self,
                                       int           index);
int        sam_year_wheel_mark_at     (SamYearWheel *self,
                                       double        x,
                                       double        y);
void       sam_year_wheel_activate_mark (SamYearWheel *self,
                                         int           index);

G_END_DECLS
