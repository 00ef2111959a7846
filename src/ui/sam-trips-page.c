/* sam-trips-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-trips-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-trips-page.h"

/* PLACEHOLDER: the section "Study trips"; its issue replaces this file. */

struct _SamTripsPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamTripsPage, sam_trips_page, ADW_TYPE_BIN)

static void
sam_trips_page_dispose (GObject *object)
{
  SamTripsPage *self = (SamTripsPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_trips_page_parent_class)->dispose (object);
}

static void
sam_trips_page_class_init (SamTripsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_trips_page_dispose;
}

static void
sam_trips_page_init (SamTripsPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Study trips"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_trips_page_new (SamStore *store)
{
  SamTripsPage *self = g_object_new (SAM_TYPE_TRIPS_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_trips_page_open (GtkWidget *page,
                    gint64     id)
{
}
