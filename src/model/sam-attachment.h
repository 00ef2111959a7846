/* sam-attachment.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"
#include "sam-enums.h"
#include "sam-enum-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_ATTACHMENT (sam_attachment_get_type ())

G_DECLARE_FINAL_TYPE (SamAttachment, sam_attachment, SAM, ATTACHMENT, SamEntity)

SamAttachment *sam_attachment_new (void) G_GNUC_WARN_UNUSED_RESULT;

gint64      sam_attachment_get_meeting_id     (SamAttachment *self);
void        sam_attachment_set_meeting_id     (SamAttachment *self, gint64 meeting_id);
gint64      sam_attachment_get_agenda_item_id (SamAttachment *self);
void        sam_attachment_set_agenda_item_id (SamAttachment *self, gint64 agenda_item_id);
int         sam_attachment_get_number         (SamAttachment *self);
void        sam_attachment_set_number         (SamAttachment *self, int number);
const char *sam_attachment_get_title          (SamAttachment *self);
void        sam_attachment_set_title          (SamAttachment *self, const char *title);
const char *sam_attachment_get_file_name      (SamAttachment *self);
void        sam_attachment_set_file_name      (SamAttachment *self, const char *file_name);
const char *sam_attachment_get_media_type     (SamAttachment *self);
void        sam_attachment_set_media_type     (SamAttachment *self, const char *media_type);
gint64      sam_attachment_get_size           (SamAttachment *self);
void        sam_attachment_set_size           (SamAttachment *self, gint64 size);
const char *sam_attachment_get_sha256         (SamAttachment *self);
void        sam_attachment_set_sha256         (SamAttachment *self, const char *sha256);

G_END_DECLS
