/* fuzz-import.c: libFuzzer target for the exchange importer.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built with -Dfuzzing=true by clang; not run by the test suite. Run it as
 *   _build-fuzz/tests/fuzz/fuzz-import -max_total_time=300 tests/fuzz/corpus
 * Every input goes through validation and, when valid, a real import into a
 * scratch database; an input may be refused, but nothing may crash, leak or
 * read out of bounds.
 */

#include <glib/gstdio.h>
#include <stdlib.h>

#include "sam-exchange.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* g_log_set_always_fatal() ends in G_BREAKPOINT, a SIGTRAP that libFuzzer
 * does not catch, so no crashing input would be saved: a critical or a
 * warning aborts instead, which libFuzzer reports with the input. */
static GLogWriterOutput
abort_on_critical (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return output;
}

static SamStore *
scratch_store (void)
{
  static SamStore *store;

  if (store == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("samverkan-fuzz-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

      g_log_set_writer_func (abort_on_critical, NULL, NULL);
      store = sam_store_open (path, NULL);
      g_assert (store != NULL);
    }

  return store;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = sam_exchange_import_bytes (scratch_store (), bytes, NULL, NULL, NULL, &error);

  /* Refused or accepted, the answer is one of the two, never both. */
  g_assert ((summary == NULL) != (error == NULL));

  return 0;
}
