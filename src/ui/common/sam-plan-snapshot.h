/* sam-plan-snapshot.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store.h"

G_BEGIN_DECLS

/* What a deletion removes, kept so that Undo can put it all back. */
typedef struct _SamPlanSnapshot SamPlanSnapshot;

SamPlanSnapshot *sam_plan_snapshot_new             (SamStore        *store,
                                                    gpointer         entity) G_GNUC_WARN_UNUSED_RESULT;
gboolean         sam_plan_snapshot_restore         (SamPlanSnapshot *self,
                                                    GError         **error);
gint64           sam_plan_snapshot_get_restored_id (SamPlanSnapshot *self);
void             sam_plan_snapshot_free            (SamPlanSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamPlanSnapshot, sam_plan_snapshot_free)

G_END_DECLS
