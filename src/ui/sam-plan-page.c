/* sam-plan-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-plan-page.h"

/* PLACEHOLDER: the section "Plan and activities"; its issue replaces this file. */

struct _SamPlanPage
{
  AdwBin    parent_instance;

  SamStore *store;
};

G_DEFINE_FINAL_TYPE (SamPlanPage, sam_plan_page, ADW_TYPE_BIN)

static void
sam_plan_page_dispose (GObject *object)
{
  SamPlanPage *self = (SamPlanPage *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_plan_page_parent_class)->dispose (object);
}

static void
sam_plan_page_class_init (SamPlanPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sam_plan_page_dispose;
}

static void
sam_plan_page_init (SamPlanPage *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Plan and activities"));
  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
sam_plan_page_new (SamStore *store)
{
  SamPlanPage *self = g_object_new (SAM_TYPE_PLAN_PAGE, NULL);

  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
sam_plan_page_open (GtkWidget *page,
                   gint64     id)
{
}
