/* sam-people-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-people-page.h"

/* PLACEHOLDER: the section "People and municipalities"; its issue replaces this file. */

struct _SamPeoplePage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamPeoplePage, sam_people_page, ADW_TYPE_BIN)

static void
sam_people_page_dispose (GObject *object)
{
  SamPeoplePage *self = (SamPeoplePage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_people_page_parent_class)->dispose (object);
}

static void
sam_people_page_class_init (SamPeoplePageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_people_page_dispose;
}

static void
sam_people_page_init (SamPeoplePage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("People and municipalities"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_people_page_new (SamStore *store)
{
  SamPeoplePage *self = g_object_new (SAM_TYPE_PEOPLE_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_people_page_open (GtkWidget *page,
                     gint64     id)
{
}
