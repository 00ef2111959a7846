/* sam-people-page.h
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

#define SAM_TYPE_PEOPLE_PAGE (sam_people_page_get_type ())

G_DECLARE_FINAL_TYPE (SamPeoplePage, sam_people_page, SAM, PEOPLE_PAGE, AdwBin)

GtkWidget *sam_people_page_new               (SamContext    *context);
void       sam_people_page_open              (GtkWidget     *page,
                                              gint64         id);
void       sam_people_page_open_municipality (GtkWidget     *page,
                                              gint64         id);
GtkWidget *sam_people_page_get_person_editor (SamPeoplePage *self);

G_END_DECLS
