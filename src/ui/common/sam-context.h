/* sam-context.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sam-store.h"

G_BEGIN_DECLS

#define SAM_TYPE_CONTEXT (sam_context_get_type ())

G_DECLARE_FINAL_TYPE (SamContext, sam_context, SAM, CONTEXT, GObject)

SamContext *sam_context_new          (SamStore   *store) G_GNUC_WARN_UNUSED_RESULT;
SamStore   *sam_context_get_store    (SamContext *self);
GSettings  *sam_context_get_settings (SamContext *self);
GDateTime  *sam_context_now          (SamContext *self) G_GNUC_WARN_UNUSED_RESULT;
char       *sam_context_today        (SamContext *self) G_GNUC_WARN_UNUSED_RESULT;
void        sam_context_set_now      (SamContext *self,
                                      GDateTime  *now);
void        sam_context_attach       (SamContext *self,
                                      GtkWidget  *widget);
SamContext *sam_context_for_widget   (GtkWidget  *widget);

G_END_DECLS
