/* sam-overview-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-overview-page.h"

/* PLACEHOLDER: the section "Overview"; its issue replaces this file. */

struct _SamOverviewPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamOverviewPage, sam_overview_page, ADW_TYPE_BIN)

static void
sam_overview_page_dispose (GObject *object)
{
  SamOverviewPage *self = (SamOverviewPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_overview_page_parent_class)->dispose (object);
}

static void
sam_overview_page_class_init (SamOverviewPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_overview_page_dispose;
}

static void
sam_overview_page_init (SamOverviewPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Overview"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_overview_page_new (SamStore *store)
{
  SamOverviewPage *self = g_object_new (SAM_TYPE_OVERVIEW_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_overview_page_open (GtkWidget *page,
                       gint64     id)
{
}
