/* sam-meeting-page-minutes.c: the meeting page in minutes mode: each
 * confirmed item's minutes below its row, and the adjustment that closes a
 * protocol (justering).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page-private.h"
#include "sam-minutes-item.h"

static void
sync_minutes_lock (SamMeetingPage *self)
{
  gboolean locked = sam_meeting_page_is_adjusted (self);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkWidget *minutes = sam_agenda_item_row_get_minutes (value);

      if (minutes != NULL)
        sam_minutes_item_set_locked (SAM_MINUTES_ITEM (minutes), locked);
    }
}

static void
set_adjusted_on (SamMeetingPage *self,
                 const char     *date)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, NULL);
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;

  /* The minutes hold what is being typed before they close. */
  if (date != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (sam_agenda_item_row_get_minutes (value) != NULL)
          sam_minutes_item_flush (SAM_MINUTES_ITEM (sam_agenda_item_row_get_minutes (value)));
    }

  sam_meeting_set_adjusted_on (meeting, date);
  if (!sam_store_update (self->store, meeting, &error))
    sam_meeting_page_show_error (self, _("Could not save the meeting"), error);
}

static void
mark_adjusted_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_autofree char *today = sam_context_today (sam_context_for_widget (widget));

  set_adjusted_on (SAM_MEETING_PAGE (widget), today);
}

static void
reopen_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_adjusted_on (SAM_MEETING_PAGE (widget), NULL);
}

/* Shows the parts of the page that belong to minutes mode and to an
 * adjusted or not yet adjusted protocol. */
void
sam_meeting_minutes_sync (SamMeetingPage *self)
{
  gboolean in_minutes = sam_meeting_page_in_minutes_mode (self);
  gboolean protocol = sam_meeting_page_is_protocol (self);
  gboolean adjusted = sam_meeting_page_is_adjusted (self);

  gtk_widget_set_visible (self->label_child, in_minutes);
  /* The minutes need the width; items are edited in agenda mode. */
  gtk_widget_set_visible (self->editor_box, !in_minutes);
  gtk_widget_set_visible (self->editor_separator, !in_minutes);
  if (in_minutes)
    adw_leaflet_set_visible_child_name (self->leaflet, "main");
  gtk_widget_set_visible (self->adjust_child, in_minutes && protocol && !adjusted);
  gtk_revealer_set_reveal_child (self->adjusted_revealer, adjusted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.mark-adjusted", protocol && !adjusted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.reopen-minutes", adjusted);

  sync_minutes_lock (self);
}

void
sam_meeting_minutes_set_row (SamMeetingPage   *self,
                             SamAgendaItemRow *row,
                             gboolean          show)
{
  GtkWidget *minutes = sam_agenda_item_row_get_minutes (row);

  if (show && minutes == NULL)
    {
      minutes = sam_minutes_item_new (self->store, sam_agenda_item_row_get_item_id (row));
      sam_minutes_item_set_locked (SAM_MINUTES_ITEM (minutes), sam_meeting_page_is_adjusted (self));
      sam_agenda_item_row_set_minutes (row, minutes);
    }
  else if (!show && minutes != NULL)
    {
      sam_minutes_item_flush (SAM_MINUTES_ITEM (minutes));
      sam_agenda_item_row_set_minutes (row, NULL);
    }
}

void
sam_meeting_minutes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.mark-adjusted", NULL, mark_adjusted_action);
  gtk_widget_class_install_action (widget_class, "meeting.reopen-minutes", NULL, reopen_minutes_action);
}
