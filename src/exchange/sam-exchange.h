/* sam-exchange.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-store.h"

G_BEGIN_DECLS

/* The XML exchange format (namespace urn:samverkan:exchange:1, schema
 * data/samverkan-exchange.rng): export of the whole dataset or of one
 * meeting, and an import that validates the file and merges it by UUID. */

#define SAM_EXCHANGE_NAMESPACE "urn:samverkan:exchange:1"

/* The largest file an import reads. An import streams, one record at a
 * time, so this is no limit on memory; the limits that bound the work are
 * per record and per field (see sam-exchange-read.c and sam-field.h). */
#define SAM_EXCHANGE_MAX_SIZE ((guint64)16 * 1024 * 1024 * 1024)

/* The largest attachment a file carries, the same for export and import.
 * Its bytes are written in <data> elements of 768 KiB each (1 MiB of
 * base64), so that no text comes near libxml2's 10 MB limit. */
#define SAM_EXCHANGE_MAX_ATTACHMENT_SIZE ((gsize)50 * 1000 * 1000)
#define SAM_EXCHANGE_DATA_CHUNK ((gsize)768 * 1024)

#define SAM_EXCHANGE_ERROR (sam_exchange_error_quark ())

typedef enum
{
  SAM_EXCHANGE_ERROR_FAILED,
  SAM_EXCHANGE_ERROR_INVALID,
  SAM_EXCHANGE_ERROR_UNSAFE,
  SAM_EXCHANGE_ERROR_TOO_LARGE,
  SAM_EXCHANGE_ERROR_REFERENCE,
  SAM_EXCHANGE_ERROR_NOT_EMPTY,
  SAM_EXCHANGE_ERROR_NOT_FOUND,
} SamExchangeError;

/* Called with the share of the work done, from 0.0 to 1.0. */
typedef void (*SamExchangeProgressFunc) (double   fraction,
                                         gpointer user_data);

typedef struct _SamExchangeSummary SamExchangeSummary;

GQuark              sam_exchange_error_quark           (void);

SamExchangeSummary *sam_exchange_summary_new           (void) G_GNUC_WARN_UNUSED_RESULT;
void                sam_exchange_summary_free          (SamExchangeSummary  *self);
guint               sam_exchange_summary_get_added     (SamExchangeSummary  *self,
                                                        GType                type);
guint               sam_exchange_summary_get_updated   (SamExchangeSummary  *self,
                                                        GType                type);
guint               sam_exchange_summary_get_unchanged (SamExchangeSummary  *self,
                                                        GType                type);
guint               sam_exchange_summary_get_settings  (SamExchangeSummary  *self);
gboolean            sam_exchange_summary_has_changes   (SamExchangeSummary  *self);
char               *sam_exchange_summary_format        (SamExchangeSummary  *self)
                                                        G_GNUC_WARN_UNUSED_RESULT;
char               *sam_exchange_summary_format_preview (SamExchangeSummary *self)
                                                        G_GNUC_WARN_UNUSED_RESULT;

gboolean            sam_exchange_export                (SamStore            *store,
                                                        const char          *meeting_uuid,
                                                        GOutputStream       *output,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
GBytes             *sam_exchange_export_bytes          (SamStore            *store,
                                                        const char          *meeting_uuid,
                                                        GCancellable        *cancellable,
                                                        GError             **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;
gboolean            sam_exchange_export_file           (SamStore            *store,
                                                        const char          *meeting_uuid,
                                                        GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
void                sam_exchange_export_file_async     (SamStore            *store,
                                                        const char          *meeting_uuid,
                                                        GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean            sam_exchange_export_file_finish    (SamStore            *store,
                                                        GAsyncResult        *result,
                                                        GError             **error);

gboolean            sam_exchange_validate              (GBytes              *bytes,
                                                        GError             **error);

SamExchangeSummary *sam_exchange_import_bytes          (SamStore                *store,
                                                        GBytes                  *bytes,
                                                        SamExchangeProgressFunc  progress,
                                                        gpointer                 progress_data,
                                                        GCancellable            *cancellable,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;
SamExchangeSummary *sam_exchange_import_stream         (SamStore                *store,
                                                        GInputStream            *input,
                                                        goffset                  size,
                                                        SamExchangeProgressFunc  progress,
                                                        gpointer                 progress_data,
                                                        gboolean                 preview,
                                                        GCancellable            *cancellable,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;
SamExchangeSummary *sam_exchange_import_file           (SamStore                *store,
                                                        GFile                   *file,
                                                        SamExchangeProgressFunc  progress,
                                                        gpointer                 progress_data,
                                                        GCancellable            *cancellable,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;
void                sam_exchange_import_file_async     (SamStore                *store,
                                                        GFile                   *file,
                                                        SamExchangeProgressFunc  progress,
                                                        gpointer                 progress_data,
                                                        GDestroyNotify           progress_destroy,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
SamExchangeSummary *sam_exchange_import_file_finish    (SamStore                *store,
                                                        GAsyncResult            *result,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;

SamExchangeSummary *sam_exchange_preview_bytes         (SamStore                *store,
                                                        GBytes                  *bytes,
                                                        GCancellable            *cancellable,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;
void                sam_exchange_preview_file_async    (SamStore                *store,
                                                        GFile                   *file,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
SamExchangeSummary *sam_exchange_preview_file_finish   (SamStore                *store,
                                                        GAsyncResult            *result,
                                                        GError                 **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;

GBytes             *sam_exchange_get_example           (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean            sam_exchange_load_example          (SamStore                *store,
                                                        gboolean                 merge,
                                                        SamExchangeSummary     **summary,
                                                        GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamExchangeSummary, sam_exchange_summary_free)

G_END_DECLS
