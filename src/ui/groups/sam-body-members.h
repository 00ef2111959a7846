/* sam-body-members.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_BODY_MEMBERS (sam_body_members_get_type ())

G_DECLARE_FINAL_TYPE (SamBodyMembers, sam_body_members, SAM, BODY_MEMBERS, GtkWidget)

/* The members of a body (a person or a municipality, a role, a period),
 * edited in place, removed with Undo, added from a row. */
GtkWidget *sam_body_members_new (SamStore       *store,
                                 SamBody        *body);
void       sam_body_members_flush (SamBodyMembers *self);

G_END_DECLS
