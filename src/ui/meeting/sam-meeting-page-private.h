/* sam-meeting-page-private.h: what the meeting page's files share.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-agenda-row.h"
#include "sam-date-row.h"
#include "sam-form.h"
#include "sam-item-editor.h"
#include "sam-meeting-page.h"
#include "sam-time-row.h"
#include "sam-store-undo.h"

G_BEGIN_DECLS

typedef gboolean (*SamUndoFunc) (SamMeetingPage *self,
                                 gpointer        data,
                                 GError        **error);

struct _SamMeetingPage
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkRevealer     *adjusted_revealer;
  AdwLeaflet      *leaflet;
  GtkScrolledWindow *main_scroll;
  GtkLabel        *heading_label;
  GtkLabel        *subheading_label;
  GtkToggleButton *agenda_toggle;
  GtkToggleButton *minutes_toggle;
  GtkDropDown     *status_dropdown;
  GtkMenuButton   *documents_button;
  GtkWidget       *label_child;
  GtkDropDown     *label_dropdown;
  GtkWidget       *adjust_child;
  AdwExpanderRow  *details_row;
  AdwEntryRow     *title_row;
  AdwComboRow     *body_row;
  AdwComboRow     *kind_row;
  SamDateRow      *date_row;
  SamTimeRow      *start_row;
  SamTimeRow      *end_row;
  AdwEntryRow     *place_row;
  GtkSwitch       *online_switch;
  AdwPreferencesGroup *attendance_group;
  GtkMenuButton   *also_button;
  GtkMenuButton   *secretary_button;
  GtkToggleButton *attendance_toggle;
  GtkListBox      *attendance_list;
  AdwPreferencesGroup *agenda_group;
  GtkListBox      *agenda_list;
  AdwPreferencesGroup *proposed_group;
  GtkListBox      *proposed_list;
  AdwPreferencesGroup *attachments_group;
  GtkListBox      *attachments_list;
  GtkWidget       *editor_box;
  GtkWidget       *editor_separator;
  GtkWidget       *back_button;

  /* Owned */
  SamStore        *store;
  SamMeeting      *meeting;
  GListModel      *agenda;
  GListModel      *attendance;
  GListModel      *attachments;
  GListModel      *open_assignments;
  GArray          *body_ids;
  GHashTable      *rows;            /* item id → SamAgendaItemRow */
  GHashTable      *attendance_rows; /* attendance id → AdwActionRow (borrowed) */
  char            *mode;
  gulong           changed_id;

  /* The last deletion that can be undone. */
  SamUndoFunc      undo_func;
  gpointer         undo_data;
  GDestroyNotify   undo_destroy;
  AdwToast        *undo_toast;

  /* Borrowed */
  SamItemEditor   *editor;
  GtkWidget       *call_members_button;

  gint64           meeting_id;
  gint64           current_id;
  gint64           pending_show_id;
  guint            details_source;
  guint            rows_source;     /* builds the rows past the first */
  guint            rows_limit;      /* rows built so far, or G_MAXUINT */
  /* Saves the meeting's fields, marks them while an edit is not saved and
   * tries again; the page applies the fields itself. */
  SamForm         *details_form;
  gboolean         loading;
};

/* sam-meeting-page.c */
void     sam_meeting_page_add_toast     (SamMeetingPage *self,
                                         AdwToast       *toast);
void     sam_meeting_page_offer_undo    (SamMeetingPage *self,
                                         const char     *title,
                                         SamUndoFunc     func,
                                         gpointer        data,
                                         GDestroyNotify  destroy);
void     sam_meeting_page_show_error    (SamMeetingPage *self,
                                         const char     *what,
                                         const GError   *error);
gboolean sam_meeting_page_is_protocol   (SamMeetingPage *self);
gboolean sam_meeting_page_is_adjusted   (SamMeetingPage *self);
gboolean sam_meeting_page_in_minutes_mode (SamMeetingPage *self);
void     sam_meeting_page_select_item   (SamMeetingPage *self,
                                         gint64          id);
void     sam_meeting_page_focus_item    (SamMeetingPage *self,
                                         gint64          id);

/* sam-meeting-page-agenda.c */
void     sam_meeting_agenda_class_init  (GtkWidgetClass *widget_class);
void     sam_meeting_agenda_item_dropped_cb (SamAgendaItemRow *target,
                                             gint64            dragged_id,
                                             gboolean          after,
                                             SamMeetingPage   *self);

/* sam-meeting-page-minutes.c */
void     sam_meeting_propose_class_init (GtkWidgetClass *widget_class);

void     sam_meeting_minutes_class_init (GtkWidgetClass *widget_class);
void     sam_meeting_minutes_sync       (SamMeetingPage *self);
void     sam_meeting_minutes_set_row    (SamMeetingPage   *self,
                                         SamAgendaItemRow *row,
                                         gboolean          show);

/* sam-attendance-list.c */
void     sam_attendance_list_setup      (SamMeetingPage *self);
void     sam_attendance_list_refresh    (SamMeetingPage *self);

/* sam-meeting-page-attachments.c */
void     sam_meeting_attachments_setup  (SamMeetingPage *self);
void     sam_meeting_attachments_add    (SamMeetingPage *self,
                                         gint64          agenda_item_id);

G_END_DECLS
