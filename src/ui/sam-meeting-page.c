/* sam-meeting-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page.h"

/* PLACEHOLDER: the meeting page; the meetings issue replaces this file. */

struct _SamMeetingPage
{
  AdwBin    parent_instance;

  SamStore *store;
  gint64    meeting_id;
};

G_DEFINE_FINAL_TYPE (SamMeetingPage, sam_meeting_page, ADW_TYPE_BIN)

static void
sam_meeting_page_dispose (GObject *object)
{
  SamMeetingPage *self = (SamMeetingPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_meeting_page_parent_class)->dispose (object);
}

static void
sam_meeting_page_class_init (SamMeetingPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_meeting_page_dispose;
}

static void
sam_meeting_page_init (SamMeetingPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Meeting"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_meeting_page_new (SamStore *store,
                      gint64    meeting_id)
{
  SamMeetingPage *self = g_object_new (SAM_TYPE_MEETING_PAGE, NULL);

  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;

  return GTK_WIDGET (self);
}

gint64
sam_meeting_page_get_meeting_id (SamMeetingPage *self)
{
  return self->meeting_id;
}

void
sam_meeting_page_show_item (SamMeetingPage *self,
                            gint64          agenda_item_id)
{
}
