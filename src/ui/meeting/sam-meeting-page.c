/* sam-meeting-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-documents.h"
#include "sam-meeting-page-private.h"
#include "sam-toast.h"
#include "sam-window.h"

#define SAVE_DELAY_MS 300

G_DEFINE_FINAL_TYPE (SamMeetingPage, sam_meeting_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MODE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const SamMeetingStatus statuses[] = {
  SAM_MEETING_STATUS_PLANNED,
  SAM_MEETING_STATUS_AGENDA_SENT,
  SAM_MEETING_STATUS_HELD,
  SAM_MEETING_STATUS_MINUTES_APPROVED,
  SAM_MEETING_STATUS_CANCELLED,
};

static const SamMeetingKind meeting_kinds[] = {
  SAM_MEETING_KIND_MEETING,
  SAM_MEETING_KIND_WORKSHOP,
  SAM_MEETING_KIND_RETREAT,
  SAM_MEETING_KIND_EVENT,
};

static const SamMinutesLabel minutes_labels[] = {
  SAM_MINUTES_LABEL_NOTES,
  SAM_MINUTES_LABEL_MEETING_NOTES,
  SAM_MINUTES_LABEL_PROTOCOL,
};

static const char *
status_label (SamMeetingStatus status)
{
  switch (status)
    {
    case SAM_MEETING_STATUS_PLANNED:
      return C_("meeting status", "Planned");
    case SAM_MEETING_STATUS_AGENDA_SENT:
      return C_("meeting status", "Agenda sent");
    case SAM_MEETING_STATUS_HELD:
      return C_("meeting status", "Held");
    case SAM_MEETING_STATUS_MINUTES_APPROVED:
      return C_("meeting status", "Minutes approved");
    case SAM_MEETING_STATUS_CANCELLED:
      return C_("meeting status", "Cancelled");
    default:
      return "";
    }
}

static const char *
meeting_kind_label (SamMeetingKind kind)
{
  switch (kind)
    {
    case SAM_MEETING_KIND_WORKSHOP:
      return C_("meeting kind", "Workshop");
    case SAM_MEETING_KIND_RETREAT:
      return C_("meeting kind", "Retreat");
    case SAM_MEETING_KIND_EVENT:
      return C_("meeting kind", "Event");
    case SAM_MEETING_KIND_MEETING:
    default:
      return C_("meeting kind", "Meeting");
    }
}

static const char *
minutes_label_label (SamMinutesLabel label)
{
  switch (label)
    {
    case SAM_MINUTES_LABEL_MEETING_NOTES:
      /* Translators: the choice of what the minutes are called; in
       * Swedish just "Mötesanteckningar". */
      return _("Meeting notes (mötesanteckningar)");
    case SAM_MINUTES_LABEL_PROTOCOL:
      /* Translators: protokoll, minutes with adjusters; in Swedish just
       * "Protokoll". */
      return _("Protocol (protokoll)");
    case SAM_MINUTES_LABEL_NOTES:
    default:
      /* Translators: in Swedish just "Minnesanteckningar". */
      return _("Notes (minnesanteckningar)");
    }
}

/* Helpers */

static char *
stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* Toasts and undo */

void
sam_meeting_page_add_toast (SamMeetingPage *self,
                            AdwToast       *toast)
{
  /* The window's overlay when there is one, so that a toast outlives the
   * page; the page's own in a test or another container. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL
      && SAM_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    sam_toast_show (GTK_WIDGET (self), toast);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
sam_meeting_page_show_error (SamMeetingPage *self,
                             const char     *what,
                             const GError   *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error != NULL ? error->message : "");

  g_warning ("%s", text);
  sam_meeting_page_add_toast (self, adw_toast_new (text));
}

static void
clear_undo (SamMeetingPage *self)
{
  if (self->undo_destroy != NULL && self->undo_data != NULL)
    self->undo_destroy (self->undo_data);

  self->undo_func = NULL;
  self->undo_data = NULL;
  self->undo_destroy = NULL;
  self->undo_toast = NULL;
}

static void
run_undo (SamMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  SamUndoFunc func = self->undo_func;
  gpointer data = self->undo_data;
  GDestroyNotify destroy = self->undo_destroy;
  AdwToast *toast = self->undo_toast;

  if (func == NULL)
    return;

  self->undo_func = NULL;
  self->undo_data = NULL;
  self->undo_destroy = NULL;
  self->undo_toast = NULL;

  if (!func (self, data, &error))
    sam_meeting_page_show_error (self, _("Could not undo"), error);

  if (destroy != NULL)
    destroy (data);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
undo_clicked_cb (AdwToast       *toast,
                 SamMeetingPage *self)
{
  if (self->undo_toast == toast)
    run_undo (self);
}

static void
toast_dismissed_cb (AdwToast       *toast,
                    SamMeetingPage *self)
{
  g_signal_handlers_disconnect_by_data (toast, self);

  if (self->undo_toast == toast)
    clear_undo (self);
}

/* Shows @title with an Undo button that runs @func (once). */
void
sam_meeting_page_offer_undo (SamMeetingPage *self,
                             const char     *title,
                             SamUndoFunc     func,
                             gpointer        data,
                             GDestroyNotify  destroy)
{
  AdwToast *toast = adw_toast_new (title);

  if (self->undo_toast != NULL)
    {
      AdwToast *old = self->undo_toast;

      g_signal_handlers_disconnect_by_data (old, self);
      clear_undo (self);
      adw_toast_dismiss (old);
    }

  self->undo_func = func;
  self->undo_data = data;
  self->undo_destroy = destroy;
  self->undo_toast = toast;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self);
  sam_meeting_page_add_toast (self, toast);
}

gboolean
sam_meeting_page_is_protocol (SamMeetingPage *self)
{
  return self->meeting != NULL
         && sam_meeting_get_minutes_label (self->meeting) == SAM_MINUTES_LABEL_PROTOCOL;
}

gboolean
sam_meeting_page_is_adjusted (SamMeetingPage *self)
{
  const char *adjusted_on = self->meeting != NULL ? sam_meeting_get_adjusted_on (self->meeting) : NULL;

  return adjusted_on != NULL && *adjusted_on != '\0';
}

gboolean
sam_meeting_page_in_minutes_mode (SamMeetingPage *self)
{
  return g_strcmp0 (self->mode, "minutes") == 0;
}

/* The header */

static void
update_heading (SamMeetingPage *self)
{
  SamMeeting *meeting = self->meeting;
  const char *title = sam_meeting_get_title (meeting);
  const char *body = sam_meeting_get_body_name (meeting);
  g_autoptr(GDateTime) starts = sam_date_time_from_iso (sam_meeting_get_starts_at (meeting));
  g_autoptr(GDateTime) ends = sam_date_time_from_iso (sam_meeting_get_ends_at (meeting));
  g_autoptr(GString) line = g_string_new (NULL);
  const char *location = sam_meeting_get_location (meeting);

  if (title == NULL || *title == '\0')
    title = sam_meeting_get_theme (meeting);
  if (title == NULL || *title == '\0')
    title = body != NULL && *body != '\0' ? body : meeting_kind_label (sam_meeting_get_kind (meeting));
  if (g_strcmp0 (gtk_label_get_label (self->heading_label), title) != 0)
    {
      gtk_label_set_label (self->heading_label, title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  if (body != NULL && *body != '\0' && g_strcmp0 (body, title) != 0)
    g_string_append (line, body);

  if (starts != NULL)
    {
      /* Translators: the date of a meeting, see g_date_time_format(). */
      g_autofree char *date = g_date_time_format (starts, _("%A %-d %B %Y"));
      g_autofree char *from = g_date_time_format (starts, "%H:%M");

      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, date);
      g_string_append_printf (line, ", %s", from);
      if (ends != NULL)
        {
          g_autofree char *to = g_date_time_format (ends, "%H:%M");

          g_string_append_printf (line, "–%s", to);
        }
    }

  if (location != NULL && *location != '\0')
    g_string_append_printf (line, " · %s", location);
  if (sam_meeting_get_online (meeting))
    g_string_append_printf (line, " · %s", _("online"));

  gtk_label_set_label (self->subheading_label, line->str);
}

static void
set_entry_if_idle (AdwEntryRow *row,
                   const char  *text)
{
  /* What the user is typing wins over what comes back from the store. */
  if (gtk_widget_has_focus (GTK_WIDGET (row))
      || gtk_widget_is_focus (GTK_WIDGET (row))
      || gtk_widget_get_focus_child (GTK_WIDGET (row)) != NULL)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static gboolean
row_is_idle (GtkWidget *row)
{
  /* What the user is typing wins over what comes back from the store. */
  return !gtk_widget_has_focus (row) && !gtk_widget_is_focus (row)
         && gtk_widget_get_focus_child (row) == NULL;
}

static void
show_meeting (SamMeetingPage *self)
{
  SamMeeting *meeting = self->meeting;
  g_autofree char *date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *starts_at = sam_meeting_get_starts_at (meeting);
  const char *ends_at = sam_meeting_get_ends_at (meeting);
  const char *title = sam_meeting_get_title (meeting);

  self->loading = TRUE;

  update_heading (self);

  set_entry_if_idle (self->title_row, title != NULL && *title != '\0' ? title : sam_meeting_get_theme (meeting));
  if (row_is_idle (GTK_WIDGET (self->date_row)))
    sam_date_row_set_value (self->date_row, starts_at);
  if (row_is_idle (GTK_WIDGET (self->start_row)))
    sam_time_row_set_value (self->start_row, starts_at);
  if (row_is_idle (GTK_WIDGET (self->end_row)))
    sam_time_row_set_value (self->end_row, ends_at);
  set_entry_if_idle (self->place_row, sam_meeting_get_location (meeting));
  gtk_switch_set_active (self->online_switch, sam_meeting_get_online (meeting));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i] == sam_meeting_get_status (meeting))
      gtk_drop_down_set_selected (self->status_dropdown, i);
  for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
    if (meeting_kinds[i] == sam_meeting_get_kind (meeting))
      adw_combo_row_set_selected (self->kind_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (minutes_labels); i++)
    if (minutes_labels[i] == sam_meeting_get_minutes_label (meeting))
      gtk_drop_down_set_selected (self->label_dropdown, i);
  for (guint i = 0; self->body_ids != NULL && i < self->body_ids->len; i++)
    if (g_array_index (self->body_ids, gint64, i) == sam_meeting_get_body_id (meeting))
      adw_combo_row_set_selected (self->body_row, i);

  self->loading = FALSE;

  sam_meeting_minutes_sync (self);
}

static gboolean
reload_meeting (SamMeetingPage *self)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, NULL);

  if (meeting == NULL)
    return FALSE;

  g_set_object (&self->meeting, meeting);

  return TRUE;
}

/* Saves one change of the meeting's details onto a fresh copy of the
 * meeting, in one transaction; a field the user left half-typed or wrong
 * is marked and not saved, and nothing else is lost. */
/* The form saves the meeting, marks the fields while the store refuses it
 * and tries again until it is saved. */
static void
save_through_form (SamMeetingPage *self,
                   SamMeeting     *meeting)
{
  if (sam_form_get_entity (self->details_form) != (gpointer)meeting)
    sam_form_set_entity (self->details_form, meeting);
  sam_form_changed (self->details_form, TRUE);
}

static void
save_details (SamMeetingPage *self)
{
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = stripped (GTK_EDITABLE (self->title_row));
  const char *date = sam_date_row_get_value (self->date_row);
  const char *start = sam_time_row_get_value (self->start_row);
  const char *end = sam_time_row_get_value (self->end_row);
  g_autofree char *place = stripped (GTK_EDITABLE (self->place_row));
  guint selected;
  gboolean date_ok, start_ok, end_ok;

  g_clear_handle_id (&self->details_source, g_source_remove);

  meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, &error);
  if (meeting == NULL)
    return;

  /* A meeting with a theme but no title shows its theme in the title row;
   * keep it a theme while it reads the same. */
  if (g_strcmp0 (title, sam_meeting_get_theme (meeting)) != 0
      || (sam_meeting_get_title (meeting) != NULL && *sam_meeting_get_title (meeting) != '\0'))
    sam_meeting_set_title (meeting, *title != '\0' ? title : NULL);

  /* The rows mark what is no date or time and keep it from their value. */
  date_ok = sam_date_row_get_valid (self->date_row) && date != NULL;
  start_ok = sam_time_row_get_valid (self->start_row);
  end_ok = sam_time_row_get_valid (self->end_row);

  if (date_ok && start_ok)
    {
      g_autofree char *starts_at = sam_date_time_join (date, start != NULL ? start : "00:00");

      sam_meeting_set_starts_at (meeting, starts_at);
    }
  if (date_ok && end_ok)
    {
      g_autofree char *ends_at = end != NULL ? sam_date_time_join (date, end) : NULL;

      sam_meeting_set_ends_at (meeting, ends_at);
    }

  sam_meeting_set_location (meeting, *place != '\0' ? place : NULL);
  sam_meeting_set_online (meeting, gtk_switch_get_active (self->online_switch));

  selected = adw_combo_row_get_selected (self->kind_row);
  if (selected < G_N_ELEMENTS (meeting_kinds))
    sam_meeting_set_kind (meeting, meeting_kinds[selected]);

  selected = adw_combo_row_get_selected (self->body_row);
  if (self->body_ids != NULL && selected < self->body_ids->len)
    sam_meeting_set_body_id (meeting, g_array_index (self->body_ids, gint64, selected));

  save_through_form (self, meeting);
}

static gboolean
details_timeout_cb (gpointer data)
{
  SamMeetingPage *self = data;

  self->details_source = 0;
  save_details (self);

  return G_SOURCE_REMOVE;
}

static void
details_changed_cb (SamMeetingPage *self)
{
  if (self->loading || self->meeting == NULL)
    return;

  g_clear_handle_id (&self->details_source, g_source_remove);
  self->details_source = g_timeout_add (SAVE_DELAY_MS, details_timeout_cb, self);
}

static void
details_changed_now_cb (SamMeetingPage *self)
{
  if (self->loading || self->meeting == NULL)
    return;

  save_details (self);
}

static void
save_meeting_field (SamMeetingPage *self,
                    void          (*apply) (SamMeeting *, int),
                    int             value)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, NULL);

  if (meeting == NULL)
    return;

  apply (meeting, value);
  save_through_form (self, meeting);
}

static void
apply_status (SamMeeting *meeting,
              int         value)
{
  sam_meeting_set_status (meeting, (SamMeetingStatus)value);
}

static void
apply_label (SamMeeting *meeting,
             int         value)
{
  sam_meeting_set_minutes_label (meeting, (SamMinutesLabel)value);
}

static void
status_selected_cb (SamMeetingPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->loading || self->meeting == NULL || selected >= G_N_ELEMENTS (statuses))
    return;

  save_meeting_field (self, apply_status, statuses[selected]);
}

static void
label_selected_cb (SamMeetingPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->label_dropdown);

  if (self->loading || self->meeting == NULL || selected >= G_N_ELEMENTS (minutes_labels))
    return;

  save_meeting_field (self, apply_label, minutes_labels[selected]);
}

/* The agenda */

static void sync_agenda (SamMeetingPage *self,
                         guint           first_changed,
                         guint           n_changed);

/* The rows past the first screenful are built after the first frame, a
 * few at a time; whoever asks for one of them gets all of them at once. */
#define FIRST_ROWS 16
#define ROWS_PER_IDLE 4

static void
complete_rows (SamMeetingPage *self)
{
  if (self->rows_limit == G_MAXUINT)
    return;

  g_clear_handle_id (&self->rows_source, g_source_remove);
  self->rows_limit = G_MAXUINT;
  sync_agenda (self, 0, 0);
}

static gboolean
more_rows_cb (gpointer data)
{
  SamMeetingPage *self = data;

  self->rows_limit += ROWS_PER_IDLE;
  sync_agenda (self, 0, 0);
  if (self->rows_limit >= g_list_model_get_n_items (self->agenda))
    {
      self->rows_limit = G_MAXUINT;
      self->rows_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static SamAgendaItemRow *
row_for (SamMeetingPage *self,
         gint64          id)
{
  SamAgendaItemRow *row = g_hash_table_lookup (self->rows, &id);

  if (row == NULL && self->rows_limit != G_MAXUINT)
    {
      complete_rows (self);
      row = g_hash_table_lookup (self->rows, &id);
    }

  return row;
}

static void
place_rows (GtkListBox *box,
            GPtrArray  *rows)
{
  GtkListBoxRow *extra;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *parent = gtk_widget_get_parent (row);

      if (parent == GTK_WIDGET (box)
          && gtk_list_box_get_row_at_index (box, (int)i) == GTK_LIST_BOX_ROW (row))
        continue;

      g_object_ref (row);
      if (parent != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (parent), row);
      gtk_list_box_insert (box, row, (int)i);
      g_object_unref (row);
    }

  while ((extra = gtk_list_box_get_row_at_index (box, (int)rows->len)) != NULL)
    gtk_list_box_remove (box, GTK_WIDGET (extra));
}

/* Brings the rows in line with the store's agenda: rows keep their widget
 * (and the minutes in it) for as long as their item exists. The items at
 * @first_changed and the @n_changed after it are new or changed and shown
 * again; of the others only those whose depth or time plan changed. While
 * the rows are being built, only the first self->rows_limit are. */
static void
sync_agenda (SamMeetingPage *self,
             guint           first_changed,
             guint           n_changed)
{
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new ();
  g_autoptr(GPtrArray) proposed = g_ptr_array_new ();
  g_autoptr(GHashTable) depths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (self->agenda);
  GHashTableIter iter;
  gpointer key, value;
  gboolean in_minutes = sam_meeting_page_in_minutes_mode (self);
  gboolean timed = FALSE;
  guint built = 0;

  /* Start times mean something only once items have durations; until
   * then every item would show the meeting's start. */
  for (guint i = 0; i < n && !timed; i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);

      timed = sam_agenda_item_get_duration (item) > 0 && !sam_agenda_item_get_tentative (item);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (self->agenda, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (item));
      gint64 parent_id = sam_agenda_item_get_parent_id (item);
      int depth = 0;
      SamAgendaItemRow *row = row_for (self, id);

      if (parent_id > 0 && g_hash_table_contains (depths, &parent_id))
        depth = GPOINTER_TO_INT (g_hash_table_lookup (depths, &parent_id)) + 1;
      g_hash_table_insert (depths, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (depth));

      if (row == NULL && built >= self->rows_limit)
        continue;
      built++;

      if (row == NULL)
        {
          row = SAM_AGENDA_ITEM_ROW (sam_agenda_item_row_new (self->store));
          g_signal_connect (row, "item-dropped", G_CALLBACK (sam_meeting_agenda_item_dropped_cb), self);
          g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), g_object_ref_sink (row));
          sam_agenda_item_row_set_timed (row, timed);
          sam_agenda_item_row_set_item (row, item, depth);
        }
      else if (n_changed == G_MAXUINT || (i >= first_changed && i - first_changed < n_changed)
               || sam_agenda_item_row_get_item (row) != item
               || sam_agenda_item_row_get_depth (row) != depth)
        {
          sam_agenda_item_row_set_timed (row, timed);
          sam_agenda_item_row_set_item (row, item, depth);
        }
      else
        sam_agenda_item_row_set_timed (row, timed);

      sam_agenda_item_row_set_follow_up (row, sam_agenda_item_get_kind (item) == SAM_ITEM_KIND_FOLLOW_UP
                                    ? self->open_assignments : NULL);
      sam_meeting_minutes_set_row (self, row, in_minutes && !sam_agenda_item_get_tentative (item));

      g_ptr_array_add (sam_agenda_item_get_tentative (item) ? proposed : confirmed, row);
    }

  place_rows (self->agenda_list, confirmed);
  place_rows (self->proposed_list, proposed);

  /* Forget the rows of items that are gone (or not built again yet). */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (gtk_widget_get_parent (value) == NULL)
      g_hash_table_iter_remove (&iter);

  if (proposed->len > 0 || self->rows_limit == G_MAXUINT)
    gtk_widget_set_visible (GTK_WIDGET (self->proposed_group), proposed->len > 0);

  if (self->current_id > 0)
    {
      SamAgendaItemRow *row = g_hash_table_lookup (self->rows, &self->current_id);

      if (row != NULL && gtk_widget_get_parent (GTK_WIDGET (row)) != NULL)
        {
          GtkListBox *box = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));

          if (gtk_list_box_get_selected_row (box) != GTK_LIST_BOX_ROW (row))
            gtk_list_box_select_row (box, GTK_LIST_BOX_ROW (row));
        }
    }
}

static void
agenda_changed_cb (SamMeetingPage *self,
                   guint           position,
                   guint           removed,
                   guint           added)
{
  sync_agenda (self, position, added);
}

void
sam_meeting_page_select_item (SamMeetingPage *self,
                              gint64          id)
{
  SamAgendaItemRow *row = row_for (self, id);

  self->current_id = id;
  sam_item_editor_set_item_id (self->editor, id);

  if (row != NULL && gtk_widget_get_parent (GTK_WIDGET (row)) != NULL)
    {
      GtkListBox *box = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
      GtkListBox *other = box == self->agenda_list ? self->proposed_list : self->agenda_list;

      gtk_list_box_unselect_all (other);
      gtk_list_box_select_row (box, GTK_LIST_BOX_ROW (row));
    }
}

void
sam_meeting_page_focus_item (SamMeetingPage *self,
                             gint64          id)
{
  SamAgendaItemRow *row = row_for (self, id);

  sam_meeting_page_select_item (self, id);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
row_selected_cb (SamMeetingPage *self,
                 GtkListBoxRow  *row,
                 GtkListBox     *box)
{
  gint64 id;

  if (row == NULL || !SAM_IS_AGENDA_ITEM_ROW (row))
    return;

  id = sam_agenda_item_row_get_item_id (SAM_AGENDA_ITEM_ROW (row));
  if (id == self->current_id)
    return;

  self->current_id = id;
  sam_item_editor_set_item_id (self->editor, id);
  gtk_list_box_unselect_all (box == self->agenda_list ? self->proposed_list : self->agenda_list);
}

static void
row_activated_cb (SamMeetingPage *self,
                  GtkListBoxRow  *row)
{
  if (!SAM_IS_AGENDA_ITEM_ROW (row))
    return;

  sam_meeting_page_select_item (self, sam_agenda_item_row_get_item_id (SAM_AGENDA_ITEM_ROW (row)));
  if (adw_leaflet_get_folded (self->leaflet) && !sam_meeting_page_in_minutes_mode (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

static void
folded_cb (SamMeetingPage *self)
{
  /* The window's header bar has the one back button. */
  gtk_widget_set_visible (self->back_button, FALSE);
}

static void
back_clicked_cb (SamMeetingPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "main");

  if (self->current_id > 0 && row_for (self, self->current_id) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row_for (self, self->current_id)));
}

/* Actions; those on agenda items are in sam-meeting-page-agenda.c, those of
 * the minutes in sam-meeting-page-minutes.c. */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run_undo (SAM_MEETING_PAGE (widget));
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sam_meeting_attachments_add (SAM_MEETING_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
set_mode (SamMeetingPage *self,
          const char     *mode)
{
  if (g_strcmp0 (mode, "minutes") != 0)
    mode = "agenda";

  if (g_strcmp0 (self->mode, mode) == 0)
    return;

  g_free (self->mode);
  self->mode = g_strdup (mode);

  sync_agenda (self, 0, 0);
  if (self->meeting != NULL)
    show_meeting (self);
  sam_attendance_list_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/* The store */

static void
store_changed_cb (SamMeetingPage *self,
                  const char     *table,
                  gint64          id,
                  SamStoreChange  kind)
{
  if ((g_strcmp0 (table, "meeting") == 0 && (id == self->meeting_id || id == 0))
      || g_strcmp0 (table, "body") == 0)
    {
      if (reload_meeting (self))
        {
          show_meeting (self);
          sam_attendance_list_refresh (self);
        }
    }
}

static void
fill_bodies (SamMeetingPage *self)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->body_ids, g_array_unref);
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (body));

      gtk_string_list_append (names, sam_body_get_name (body));
      g_array_append_val (self->body_ids, id);
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (names));
  self->loading = FALSE;
}

/* GObject */

static void
sam_meeting_page_map (GtkWidget *widget)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);

  GTK_WIDGET_CLASS (sam_meeting_page_parent_class)->map (widget);

  if (self->pending_show_id > 0)
    {
      gint64 id = self->pending_show_id;

      self->pending_show_id = 0;
      sam_meeting_page_show_item (self, id);
    }
}

static void
sam_meeting_page_unmap (GtkWidget *widget)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);

  if (self->details_source != 0)
    save_details (self);

  GTK_WIDGET_CLASS (sam_meeting_page_parent_class)->unmap (widget);
}

static void
sam_meeting_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_string (value, self->mode);
      break;

    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->heading_label));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_meeting_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      set_mode (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_meeting_page_dispose (GObject *object)
{
  SamMeetingPage *self = (SamMeetingPage *)object;

  if (self->details_source != 0 && self->store != NULL)
    save_details (self);
  g_clear_handle_id (&self->details_source, g_source_remove);
  g_clear_handle_id (&self->rows_source, g_source_remove);
  g_clear_object (&self->details_form);

  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  clear_undo (self);

  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_data (self->agenda, self);
  if (self->attachments != NULL)
    g_signal_handlers_disconnect_by_data (self->attachments, self);
  if (self->attendance != NULL)
    g_signal_handlers_disconnect_by_data (self->attendance, self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_MEETING_PAGE);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->attendance_rows, g_hash_table_unref);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_object (&self->agenda);
  g_clear_object (&self->attendance);
  g_clear_object (&self->attachments);
  g_clear_object (&self->open_assignments);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_meeting_page_parent_class)->dispose (object);
}

static void
sam_meeting_page_finalize (GObject *object)
{
  SamMeetingPage *self = (SamMeetingPage *)object;

  g_free (self->mode);

  G_OBJECT_CLASS (sam_meeting_page_parent_class)->finalize (object);
}

static void
sam_meeting_page_class_init (SamMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_meeting_page_dispose;
  object_class->finalize = sam_meeting_page_finalize;
  object_class->get_property = sam_meeting_page_get_property;
  object_class->set_property = sam_meeting_page_set_property;
  widget_class->map = sam_meeting_page_map;
  widget_class->unmap = sam_meeting_page_unmap;

  sam_meeting_documents_class_init (widget_class);

  /**
   * SamMeetingPage:mode:
   *
   * "agenda", or "minutes" to show each item's minutes below it.
   */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "agenda",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SamMeetingPage:title:
   *
   * The meeting's title, as the window's header bar shows it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  g_type_ensure (SAM_TYPE_TIME_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meeting/sam-meeting-page.ui");

  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, adjusted_revealer);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, main_scroll);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, subheading_label);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, agenda_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, minutes_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, documents_button);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, label_child);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, label_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, adjust_child);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, details_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, body_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, start_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, end_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, online_switch);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, also_button);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, secretary_button);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, attendance_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, proposed_group);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, proposed_list);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, attachments_group);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, attachments_list);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, editor_separator);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingPage, back_button);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_now_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, label_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_property_action (widget_class, "meeting.mode", "mode");
  sam_meeting_agenda_class_init (widget_class);
  sam_meeting_propose_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "meeting.add-files", "x", add_files_action);
  gtk_widget_class_install_action (widget_class, "meeting.undo", NULL, undo_action);
  sam_meeting_minutes_class_init (widget_class);
}

static void
sam_meeting_page_init (SamMeetingPage *self)
{
  g_autoptr(GtkStringList) statuses_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) labels_list = gtk_string_list_new (NULL);

  self->mode = g_strdup ("agenda");
  self->rows_limit = G_MAXUINT;
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  {
    g_autoptr(GMenuModel) documents = sam_meeting_documents_menu ();

    gtk_menu_button_set_menu_model (self->documents_button, documents);
  }
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind the bin's back. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (statuses_list, status_label (statuses[i]));
  for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
    gtk_string_list_append (kinds_list, meeting_kind_label (meeting_kinds[i]));
  for (guint i = 0; i < G_N_ELEMENTS (minutes_labels); i++)
    gtk_string_list_append (labels_list, minutes_label_label (minutes_labels[i]));

  self->loading = TRUE;
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses_list));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds_list));
  gtk_drop_down_set_model (self->label_dropdown, G_LIST_MODEL (labels_list));
  self->loading = FALSE;

  gtk_list_box_set_placeholder (self->agenda_list,
                                gtk_label_new (_("No items yet. Add the first with “Add Item”.")));
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->proposed_group), FALSE);
}

/* Public API */

GtkWidget *
sam_meeting_page_new (SamContext *context,
                      gint64      meeting_id)
{
  SamMeetingPage *self;
  SamStore *store;
  GtkWidget *placeholder;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);
  self = g_object_new (SAM_TYPE_MEETING_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;

  self->details_form = sam_form_new (store);
  sam_form_set_owner (self->details_form, GTK_WIDGET (self));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->title_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->date_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->start_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->end_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->place_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->kind_row));
  sam_form_add_mark (self->details_form, GTK_WIDGET (self->body_row));

  self->editor = SAM_ITEM_EDITOR (sam_item_editor_new (store));
  gtk_widget_set_vexpand (GTK_WIDGET (self->editor), TRUE);
  gtk_box_append (GTK_BOX (self->editor_box), GTK_WIDGET (self->editor));
  fill_bodies (self);

  if (!reload_meeting (self))
    {
      placeholder = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("Meeting Not Found"));
      adw_status_page_set_description (ADW_STATUS_PAGE (placeholder),
                                       _("It may have been deleted"));
      adw_toast_overlay_set_child (self->toast_overlay, placeholder);
      return GTK_WIDGET (self);
    }

  self->open_assignments = sam_store_list_open_assignments_of_body (store, sam_meeting_get_body_id (self->meeting));
  self->agenda = sam_store_list_agenda (store, meeting_id);
  g_signal_connect_swapped (self->agenda, "items-changed", G_CALLBACK (agenda_changed_cb), self);
  self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  sam_attendance_list_setup (self);
  sam_meeting_attachments_setup (self);
  show_meeting (self);
  self->rows_limit = FIRST_ROWS;
  sync_agenda (self, 0, G_MAXUINT);
  if (g_list_model_get_n_items (self->agenda) > FIRST_ROWS)
    self->rows_source = g_idle_add (more_rows_cb, self);
  else
    self->rows_limit = G_MAXUINT;

  return GTK_WIDGET (self);
}

gint64
sam_meeting_page_get_meeting_id (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), 0);

  return self->meeting_id;
}

/**
 * sam_meeting_page_show_item:
 *
 * Scrolls to an agenda item, selects it and gives it the focus (once the
 * page is shown, if it is not yet).
 */
void
sam_meeting_page_show_item (SamMeetingPage *self,
                            gint64          agenda_item_id)
{
  SamAgendaItemRow *row;

  g_return_if_fail (SAM_IS_MEETING_PAGE (self));

  row = row_for (self, agenda_item_id);
  if (row == NULL)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->pending_show_id = agenda_item_id;
      sam_meeting_page_select_item (self, agenda_item_id);
      return;
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
  sam_meeting_page_focus_item (self, agenda_item_id);
}

/**
 * sam_meeting_page_get_mode:
 *
 * Returns: "agenda" or "minutes"
 */
const char *
sam_meeting_page_get_mode (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), NULL);

  return self->mode;
}

void
sam_meeting_page_set_mode (SamMeetingPage *self,
                           const char     *mode)
{
  g_return_if_fail (SAM_IS_MEETING_PAGE (self));

  set_mode (self, mode);
}

/* The item the editor shows, or 0. */
gint64
sam_meeting_page_get_current_item (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), 0);

  return self->current_id;
}

GtkWidget *
sam_meeting_page_get_item_editor (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), NULL);

  return GTK_WIDGET (self->editor);
}

/* The row of an agenda item (a SamAgendaItemRow), or %NULL. */
GtkWidget *
sam_meeting_page_get_item_row (SamMeetingPage *self,
                               gint64          agenda_item_id)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), NULL);

  return GTK_WIDGET (row_for (self, agenda_item_id));
}

/* Saves pending edits now. */
void
sam_meeting_page_flush (SamMeetingPage *self)
{
  g_return_if_fail (SAM_IS_MEETING_PAGE (self));

  if (self->details_source != 0)
    save_details (self);
  sam_form_flush (self->details_form);
  sam_item_editor_flush (self->editor);
}

/**
 * sam_meeting_page_navigate_back:
 *
 * What the header bar's back button does first: on a narrow window
 * showing an item's editor, back to the agenda.
 *
 * Returns: %TRUE if it went back within the page, %FALSE if the page
 *   itself should close
 */
gboolean
sam_meeting_page_navigate_back (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet)
      || g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "editor") != 0)
    return FALSE;

  back_clicked_cb (self);

  return TRUE;
}

/* The meeting's title, for the window's header bar. */
const char *
sam_meeting_page_get_title (SamMeetingPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETING_PAGE (self), NULL);

  return gtk_label_get_label (self->heading_label);
}
