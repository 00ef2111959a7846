/* sam-groups-util.h: what the groups and study-trip pages share
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sam-store.h"
#include "sam-date-row.h"
#include "sam-labels.h"
#include "sam-toast.h"

G_BEGIN_DECLS

/* Choices for a drop-down: a GtkStringList of labels that remembers the id
 * behind every label. The first is "none" (id 0) when @none_label is set. */
typedef char *(*SamGroupsLabelFunc) (gpointer entity,
                                     gpointer user_data);

GListModel     *sam_groups_choices_new          (const char     *none_label);
void            sam_groups_choices_add          (GListModel     *choices,
                                                 gint64          id,
                                                 const char     *label);
void            sam_groups_choices_add_all      (GListModel     *choices,
                                                 GListModel     *entities,
                                                 SamGroupsLabelFunc label_func,
                                                 gpointer        user_data);
gint64          sam_groups_choices_get_id       (GListModel     *choices,
                                                 guint           position);
guint           sam_groups_choices_find         (GListModel     *choices,
                                                 gint64          id);

/* Labels */
char           *sam_groups_entity_name          (gpointer        entity,
                                                 gpointer        user_data);
char           *sam_groups_load_name            (SamStore       *store,
                                                 GType           type,
                                                 gint64          id);
char           *sam_groups_meeting_label        (gpointer        meeting,
                                                 gpointer        user_data);
const char     *sam_groups_body_kind_heading    (SamBodyKind     kind);

/* Dates: ISO text in the store, the locale's words on screen. */
char           *sam_groups_format_date          (const char     *iso);
char           *sam_groups_format_period        (const char     *from,
                                                 const char     *until);
char           *sam_groups_now                  (GtkWidget      *from);

/* Small widgets */
void            sam_groups_show_error           (GtkWidget      *widget,
                                                 const GError   *error);
GtkWidget      *sam_groups_quick_row_new        (void);
void            sam_groups_quick_row_append     (GtkWidget      *quick_row,
                                                 GtkWidget      *child,
                                                 int             width);
GtkWidget      *sam_groups_placeholder_new      (const char     *text);
void            sam_groups_clear_list           (GtkListBox     *list_box);

G_END_DECLS
