/* sam-groups-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-groups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-groups-page.h"

/* PLACEHOLDER: the section "Groups and networks"; its issue replaces this file. */

struct _SamGroupsPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamGroupsPage, sam_groups_page, ADW_TYPE_BIN)

static void
sam_groups_page_dispose (GObject *object)
{
  SamGroupsPage *self = (SamGroupsPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_groups_page_parent_class)->dispose (object);
}

static void
sam_groups_page_class_init (SamGroupsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_groups_page_dispose;
}

static void
sam_groups_page_init (SamGroupsPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Groups and networks"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_groups_page_new (SamStore *store)
{
  SamGroupsPage *self = g_object_new (SAM_TYPE_GROUPS_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_groups_page_open (GtkWidget *page,
                     gint64     id)
{
}
