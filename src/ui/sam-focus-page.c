/* sam-focus-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-focus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-focus-page.h"

/* PLACEHOLDER: the section "Focus questions"; its issue replaces this file. */

struct _SamFocusPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamFocusPage, sam_focus_page, ADW_TYPE_BIN)

static void
sam_focus_page_dispose (GObject *object)
{
  SamFocusPage *self = (SamFocusPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_focus_page_parent_class)->dispose (object);
}

static void
sam_focus_page_class_init (SamFocusPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_focus_page_dispose;
}

static void
sam_focus_page_init (SamFocusPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Focus questions"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_focus_page_new (SamStore *store)
{
  SamFocusPage *self = g_object_new (SAM_TYPE_FOCUS_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_focus_page_open (GtkWidget *page,
                    gint64     id)
{
}
