/* sam-groups-page.h
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

#define SAM_TYPE_GROUPS_PAGE (sam_groups_page_get_type ())

G_DECLARE_FINAL_TYPE (SamGroupsPage, sam_groups_page, SAM, GROUPS_PAGE, GtkWidget)

GtkWidget *sam_groups_page_new         (SamContext    *context);
/* Shows the body with @id (a SamBody id). */
void       sam_groups_page_open        (GtkWidget     *page,
                                        gint64         id);
gint64     sam_groups_page_get_body_id (SamGroupsPage *self);
/* Creates a body of @kind, shows it and returns its id (0 on failure). */
gint64     sam_groups_page_create_body (SamGroupsPage *self,
                                        SamBodyKind    kind);
/* Deletes the body shown, with Undo in a toast. */
void       sam_groups_page_delete_body (SamGroupsPage *self);

G_END_DECLS
