/* sam-collation.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sam_collate_names (const char *a,
                       gssize      a_len,
                       const char *b,
                       gssize      b_len);
char *sam_fold_text     (const char *text,
                         gssize      len) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
