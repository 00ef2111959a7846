/* sam-overview-page.h
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

#define SAM_TYPE_OVERVIEW_PAGE (sam_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (SamOverviewPage, sam_overview_page, SAM, OVERVIEW_PAGE, AdwBin)

GtkWidget  *sam_overview_page_new       (SamContext      *context);
void        sam_overview_page_open      (GtkWidget       *page,
                                         gint64           id);
const char *sam_overview_page_get_today (SamOverviewPage *self);
void        sam_overview_page_set_today (SamOverviewPage *self,
                                         const char      *today);

G_END_DECLS
