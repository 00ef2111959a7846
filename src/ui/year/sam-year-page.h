/* sam-year-page.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-context.h"
#include "sam-store.h"
#include "sam-year-wheel.h"

G_BEGIN_DECLS

#define SAM_TYPE_YEAR_PAGE (sam_year_page_get_type ())

G_DECLARE_FINAL_TYPE (SamYearPage, sam_year_page, SAM, YEAR_PAGE, GtkWidget)

GtkWidget    *sam_year_page_new       (SamContext  *context);
void          sam_year_page_open      (GtkWidget   *page,
                                       gint64       year);
int           sam_year_page_get_year  (SamYearPage *self);
void          sam_year_page_set_year  (SamYearPage *self,
                                       int          year);
SamYearWheel *sam_year_page_get_wheel (SamYearPage *self);
GtkListView  *sam_year_page_get_list  (SamYearPage *self);
GtkBox       *sam_year_page_get_bodies_box (SamYearPage *self);
guint         sam_year_page_get_n_loads    (SamYearPage *self);

G_END_DECLS
