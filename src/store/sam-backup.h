/* sam-backup.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Why a backup was made; part of its file name. */
typedef enum
{
  SAM_BACKUP_SCHEDULED,
  SAM_BACKUP_IMPORT,
  SAM_BACKUP_MIGRATION,
  SAM_BACKUP_RESTORE,
  SAM_BACKUP_QUIT,
  SAM_BACKUP_MANUAL,
} SamBackupReason;

#define SAM_TYPE_BACKUP (sam_backup_get_type ())

G_DECLARE_FINAL_TYPE (SamBackup, sam_backup, SAM, BACKUP, GObject)

const char      *sam_backup_get_path            (SamBackup        *self);
GDateTime       *sam_backup_get_created         (SamBackup        *self);
SamBackupReason  sam_backup_get_reason          (SamBackup        *self);
guint64          sam_backup_get_size            (SamBackup        *self);
const char      *sam_backup_reason_label        (SamBackupReason   reason);

char            *sam_backup_get_folder          (const char       *database_path) G_GNUC_WARN_UNUSED_RESULT;
SamBackup       *sam_backup_create              (const char       *database_path,
                                                 SamBackupReason   reason,
                                                 GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         sam_backup_create_to           (const char       *database_path,
                                                 const char       *destination,
                                                 GError          **error);
void             sam_backup_create_async        (const char       *database_path,
                                                 SamBackupReason   reason,
                                                 GCancellable     *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer          user_data);
SamBackup       *sam_backup_create_finish       (GAsyncResult     *result,
                                                 GError          **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *sam_backup_list                (const char       *database_path) G_GNUC_WARN_UNUSED_RESULT;
SamBackup       *sam_backup_get_latest          (const char       *database_path) G_GNUC_WARN_UNUSED_RESULT;
gboolean         sam_backup_is_due              (const char       *database_path,
                                                 GDateTime        *now);
gboolean         sam_backup_rotate              (const char       *database_path,
                                                 GError          **error);
gboolean         sam_backup_verify              (const char       *path,
                                                 GError          **error);
gboolean         sam_backup_restore             (const char       *database_path,
                                                 const char       *backup_path,
                                                 SamBackup       **saved,
                                                 GError          **error);
void             sam_backup_restore_async       (const char       *database_path,
                                                 const char       *backup_path,
                                                 GCancellable     *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer          user_data);
gboolean         sam_backup_restore_finish      (GAsyncResult     *result,
                                                 SamBackup       **saved,
                                                 GError          **error);

G_END_DECLS
