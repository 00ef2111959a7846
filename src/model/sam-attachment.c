/* sam-attachment.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-attachment"

#include "config.h"

#include "sam-attachment.h"

/* A file attached to a meeting (bilaga); the bytes stay in the store. */

struct _SamAttachment
{
  SamEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (SamAttachment, sam_attachment, SAM_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_MEDIA_TYPE,
  PROP_SIZE,
  PROP_SHA256,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_attachment_class_init (SamAttachmentClass *klass)
{
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0,
                      SAM_PARAM_FIELD);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_MEDIA_TYPE] =
    g_param_spec_string ("media-type", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                        SAM_PARAM_FIELD);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL,
                         SAM_PARAM_FIELD);

  sam_entity_class_install_fields (SAM_ENTITY_CLASS (klass), "attachment", properties, N_PROPS);
}

static void
sam_attachment_init (SamAttachment *self)
{
}

SamAttachment *
sam_attachment_new (void)
{
  return g_object_new (SAM_TYPE_ATTACHMENT, NULL);
}

gint64
sam_attachment_get_meeting_id (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID]);
}

void
sam_attachment_set_meeting_id (SamAttachment *self,
                               gint64 meeting_id)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_MEETING_ID], meeting_id);
}

gint64
sam_attachment_get_agenda_item_id (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID]);
}

void
sam_attachment_set_agenda_item_id (SamAttachment *self,
                                   gint64 agenda_item_id)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_AGENDA_ITEM_ID], agenda_item_id);
}

int
sam_attachment_get_number (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), 0);

  return sam_entity_get_int (SAM_ENTITY (self), properties[PROP_NUMBER]);
}

void
sam_attachment_set_number (SamAttachment *self,
                           int number)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_int (SAM_ENTITY (self), properties[PROP_NUMBER], number);
}

const char *
sam_attachment_get_title (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_TITLE]);
}

void
sam_attachment_set_title (SamAttachment *self,
                          const char *title)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_TITLE], title);
}

const char *
sam_attachment_get_file_name (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_FILE_NAME]);
}

void
sam_attachment_set_file_name (SamAttachment *self,
                              const char *file_name)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_FILE_NAME], file_name);
}

const char *
sam_attachment_get_media_type (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_MEDIA_TYPE]);
}

void
sam_attachment_set_media_type (SamAttachment *self,
                               const char *media_type)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_MEDIA_TYPE], media_type);
}

gint64
sam_attachment_get_size (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), 0);

  return sam_entity_get_int64 (SAM_ENTITY (self), properties[PROP_SIZE]);
}

void
sam_attachment_set_size (SamAttachment *self,
                         gint64 size)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_int64 (SAM_ENTITY (self), properties[PROP_SIZE], size);
}

const char *
sam_attachment_get_sha256 (SamAttachment *self)
{
  g_return_val_if_fail (SAM_IS_ATTACHMENT (self), NULL);

  return sam_entity_get_string (SAM_ENTITY (self), properties[PROP_SHA256]);
}

void
sam_attachment_set_sha256 (SamAttachment *self,
                           const char *sha256)
{
  g_return_if_fail (SAM_IS_ATTACHMENT (self));

  sam_entity_set_string (SAM_ENTITY (self), properties[PROP_SHA256], sha256);
}
