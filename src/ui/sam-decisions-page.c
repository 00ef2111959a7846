/* sam-decisions-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-decisions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-decisions-page.h"

/* PLACEHOLDER: the section "Decisions and assignments"; its issue replaces this file. */

struct _SamDecisionsPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamDecisionsPage, sam_decisions_page, ADW_TYPE_BIN)

static void
sam_decisions_page_dispose (GObject *object)
{
  SamDecisionsPage *self = (SamDecisionsPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_decisions_page_parent_class)->dispose (object);
}

static void
sam_decisions_page_class_init (SamDecisionsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_decisions_page_dispose;
}

static void
sam_decisions_page_init (SamDecisionsPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Decisions and assignments"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_decisions_page_new (SamStore *store)
{
  SamDecisionsPage *self = g_object_new (SAM_TYPE_DECISIONS_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_decisions_page_open (GtkWidget *page,
                        gint64     id)
{
}
