/* sam-store-people.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

GArray *sam_store_find_people_named (SamStore    *self,
                                     const char  *name,
                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
