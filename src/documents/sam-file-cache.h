/* sam-file-cache.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The files the app hands to other applications: an attachment opened in
 * a viewer ("opened"), the documents of an e-mail ("outgoing"). They hold
 * personal data, so they are written 0600 into folders of mode 0700 under
 * $XDG_CACHE_HOME/samverkan, and the application removes the old ones at
 * start and at quit. */

#define SAM_FILE_CACHE_OPENED   "opened"
#define SAM_FILE_CACHE_OUTGOING "outgoing"

/* How long a handed-over file is kept: the application it was handed to
 * may still be reading it. */
#define SAM_FILE_CACHE_MAX_AGE (G_TIME_SPAN_HOUR)

char  *sam_file_cache_folder      (const char          *kind,
                                   const char          *name) G_GNUC_WARN_UNUSED_RESULT;
guint  sam_file_cache_clean       (const char          *cache_dir,
                                   GTimeSpan            max_age);
void   sam_file_cache_clean_async (GTimeSpan            max_age);

G_END_DECLS
