/* sam-meeting-page-propose.c: "Propose for a Coming Meeting": the
 * secretary picks a coming meeting of a body, or confirms a new one on a
 * date they choose; the points the item lists (or the item itself) become
 * proposed items there. Nothing here invents a date.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page-private.h"
#include "sam-store-propose.h"

typedef struct
{
  SamMeetingPage *page;       /* owned */
  gint64          item_id;
  AdwComboRow    *body_row;   /* borrowed, as are the rows below */
  AdwComboRow    *meeting_row;
  SamDateRow     *date_row;
  SamTimeRow     *time_row;
  AdwMessageDialog *dialog;
  GPtrArray      *meetings;   /* the chosen body's coming meetings */
} Proposal;

typedef struct
{
  GArray *item_ids;
  gint64  meeting_id;         /* the meeting created for them, or 0 */
} Proposed;

static void
proposal_free (Proposal *proposal)
{
  g_clear_object (&proposal->page);
  g_clear_pointer (&proposal->meetings, g_ptr_array_unref);
  g_free (proposal);
}

static void
proposed_free (Proposed *proposed)
{
  g_clear_pointer (&proposed->item_ids, g_array_unref);
  g_free (proposed);
}

static char *
describe_date (const char *starts_at)
{
  g_autoptr(GDateTime) when = sam_date_time_from_iso (starts_at);

  if (when == NULL)
    return g_strdup (starts_at != NULL ? starts_at : "");

  return g_date_time_format (when, _("%A %-d %B %Y"));
}

static gint64
chosen_body (Proposal *proposal)
{
  GArray *ids = proposal->page->body_ids;
  guint selected = adw_combo_row_get_selected (proposal->body_row);

  if (ids == NULL || selected >= ids->len)
    return sam_meeting_get_body_id (proposal->page->meeting);

  return g_array_index (ids, gint64, selected);
}

static gboolean
new_chosen (Proposal *proposal)
{
  return adw_combo_row_get_selected (proposal->meeting_row) >= proposal->meetings->len;
}

static void
update_response (Proposal *proposal)
{
  gboolean ok = TRUE;

  if (new_chosen (proposal))
    ok = sam_date_row_get_valid (proposal->date_row) && sam_date_row_get_value (proposal->date_row) != NULL
         && sam_time_row_get_valid (proposal->time_row);

  gtk_widget_set_visible (GTK_WIDGET (proposal->date_row), new_chosen (proposal));
  gtk_widget_set_visible (GTK_WIDGET (proposal->time_row), new_chosen (proposal));
  adw_message_dialog_set_response_enabled (proposal->dialog, "propose", ok);
}

static void
fill_meetings (Proposal *proposal)
{
  SamMeetingPage *self = proposal->page;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *after = sam_meeting_get_starts_at (self->meeting);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&proposal->meetings, g_ptr_array_unref);
  proposal->meetings = sam_store_find_coming_meetings (self->store, chosen_body (proposal),
                                                       after != NULL ? after : "", &error);
  if (proposal->meetings == NULL)
    {
      g_warning ("Could not list the coming meetings: %s", error->message);
      proposal->meetings = g_ptr_array_new_with_free_func (g_object_unref);
    }

  for (guint i = 0; i < proposal->meetings->len; i++)
    {
      SamMeeting *meeting = g_ptr_array_index (proposal->meetings, i);
      g_autofree char *date = describe_date (sam_meeting_get_starts_at (meeting));

      gtk_string_list_append (names, date);
    }
  gtk_string_list_append (names, _("A new meeting on a date you choose"));

  adw_combo_row_set_model (proposal->meeting_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (proposal->meeting_row, 0);
  update_response (proposal);
}

static void
body_selected_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  Proposal    *proposal)
{
  fill_meetings (proposal);
}

static void
choice_changed_cb (GObject    *object,
                   GParamSpec *pspec,
                   Proposal   *proposal)
{
  update_response (proposal);
}

static gboolean
withdraw_proposed (SamMeetingPage *self,
                   gpointer        data,
                   GError        **error)
{
  Proposed *proposed = data;

  if (!sam_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < proposed->item_ids->len; i++)
    {
      g_autoptr(SamAgendaItem) item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM,
                                                      g_array_index (proposed->item_ids, gint64, i), NULL);

      if (item != NULL && !sam_store_delete (self->store, item, error))
        goto failed;
    }

  if (proposed->meeting_id > 0)
    {
      g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, proposed->meeting_id, NULL);

      if (meeting != NULL && !sam_store_delete (self->store, meeting, error))
        goto failed;
    }

  return sam_store_commit (self->store, error);

failed:
  sam_store_rollback (self->store);
  return FALSE;
}

static SamMeeting *
new_meeting (Proposal *proposal)
{
  SamMeetingPage *self = proposal->page;
  SamMeeting *meeting = sam_meeting_new ();
  const char *date = sam_date_row_get_value (proposal->date_row);
  const char *time = sam_time_row_get_value (proposal->time_row);
  g_autofree char *starts_at = time != NULL ? g_strdup_printf ("%sT%s", date, time) : g_strdup (date);
  gint64 body_id = chosen_body (proposal);

  sam_meeting_set_body_id (meeting, body_id);
  sam_meeting_set_kind (meeting, SAM_MEETING_KIND_MEETING);
  sam_meeting_set_starts_at (meeting, starts_at);
  sam_meeting_set_status (meeting, SAM_MEETING_STATUS_PLANNED);
  if (body_id == sam_meeting_get_body_id (self->meeting))
    sam_meeting_set_minutes_label (meeting, sam_meeting_get_minutes_label (self->meeting));

  return meeting;
}

static void
propose (Proposal *proposal)
{
  SamMeetingPage *self = proposal->page;
  g_autoptr(SamMeeting) created = NULL;
  g_autoptr(GArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  SamMeeting *target;
  Proposed *proposed;

  if (new_chosen (proposal))
    target = created = new_meeting (proposal);
  else
    target = g_ptr_array_index (proposal->meetings, adw_combo_row_get_selected (proposal->meeting_row));

  added = sam_store_propose_item (self->store, proposal->item_id, sam_entity_get_id (SAM_ENTITY (target)),
                                  created, &error);
  if (added == NULL)
    {
      sam_meeting_page_show_error (self, _("Could not propose the item"), error);
      return;
    }

  date = describe_date (sam_meeting_get_starts_at (target));
  if (added->len == 0)
    /* Translators: a toast; %s is a date. */
    text = g_strdup_printf (_("The meeting on %s already has these items"), date);
  else
    /* Translators: a toast; %u counts proposed items, %s is a date. */
    text = g_strdup_printf (ngettext ("%u item proposed for the meeting on %s",
                                      "%u items proposed for the meeting on %s", added->len),
                            added->len, date);

  proposed = g_new0 (Proposed, 1);
  proposed->item_ids = g_steal_pointer (&added);
  proposed->meeting_id = created != NULL ? sam_entity_get_id (SAM_ENTITY (created)) : 0;
  sam_meeting_page_offer_undo (self, text, withdraw_proposed, proposed, (GDestroyNotify)proposed_free);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Proposal         *proposal)
{
  if (g_strcmp0 (response, "propose") == 0)
    propose (proposal);
}

static GtkWidget *
build_choices (Proposal *proposal)
{
  SamMeetingPage *self = proposal->page;
  GtkWidget *list = gtk_list_box_new ();
  const char *starts_at = sam_meeting_get_starts_at (self->meeting);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  proposal->body_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (proposal->body_row), _("Body"));
  /* The values as subtitles wrap rather than being cut in a narrow dialog. */
  adw_combo_row_set_use_subtitle (proposal->body_row, TRUE);
  adw_combo_row_set_model (proposal->body_row, adw_combo_row_get_model (self->body_row));
  for (guint i = 0; self->body_ids != NULL && i < self->body_ids->len; i++)
    if (g_array_index (self->body_ids, gint64, i) == sam_meeting_get_body_id (self->meeting))
      adw_combo_row_set_selected (proposal->body_row, i);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (proposal->body_row));

  proposal->meeting_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (proposal->meeting_row), _("Meeting"));
  adw_combo_row_set_use_subtitle (proposal->meeting_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (proposal->meeting_row));

  /* A new meeting's date starts empty: the secretary types or picks it. */
  proposal->date_row = SAM_DATE_ROW (sam_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (proposal->date_row), _("Date of the new meeting"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (proposal->date_row));

  proposal->time_row = SAM_TIME_ROW (sam_time_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (proposal->time_row), _("Starts at"));
  sam_time_row_set_optional (proposal->time_row, TRUE);
  if (starts_at != NULL && strlen (starts_at) >= 16)
    {
      g_autofree char *time = g_strndup (starts_at + 11, 5);

      sam_time_row_set_value (proposal->time_row, time);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (proposal->time_row));

  return list;
}

static char *
describe_proposal (SamMeetingPage *self,
                   gint64          item_id)
{
  g_autoptr(SamAgendaItem) item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, item_id, NULL);
  g_auto(GStrv) points = NULL;
  guint n;

  if (item == NULL)
    return NULL;

  points = sam_store_item_points (item);
  n = g_strv_length (points);
  if (n == 0)
    /* Translators: %s is an agenda item's title. */
    return g_strdup_printf (_("“%s” becomes a proposed item of the meeting you choose."),
                            sam_agenda_item_get_title (item) != NULL ? sam_agenda_item_get_title (item) : "");

  /* Translators: %u counts the points an item lists. */
  return g_strdup_printf (ngettext ("The point this item lists becomes a proposed item of the meeting you "
                                    "choose; the item and its list stay in these minutes.",
                                    "The %u points this item lists become proposed items of the meeting you "
                                    "choose; the item and its list stay in these minutes.", n),
                          n);
}

static void
propose_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamMeetingPage *self = SAM_MEETING_PAGE (widget);
  gint64 item_id = g_variant_get_int64 (parameter);
  g_autofree char *body = NULL;
  Proposal *proposal;
  GtkWidget *dialog;
  GtkRoot *root;

  if (self->meeting == NULL)
    return;

  sam_item_editor_flush (self->editor);
  body = describe_proposal (self, item_id);
  if (body == NULL)
    return;

  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Propose for a Coming Meeting"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "propose", _("_Propose"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "propose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "propose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  proposal = g_new0 (Proposal, 1);
  proposal->page = g_object_ref (self);
  proposal->item_id = item_id;
  proposal->dialog = ADW_MESSAGE_DIALOG (dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), build_choices (proposal));
  fill_meetings (proposal);

  g_signal_connect (proposal->body_row, "notify::selected", G_CALLBACK (body_selected_cb), proposal);
  g_signal_connect (proposal->meeting_row, "notify::selected", G_CALLBACK (choice_changed_cb), proposal);
  g_signal_connect (proposal->date_row, "notify::valid", G_CALLBACK (choice_changed_cb), proposal);
  g_signal_connect (proposal->date_row, "notify::value", G_CALLBACK (choice_changed_cb), proposal);
  g_signal_connect (proposal->time_row, "notify::valid", G_CALLBACK (choice_changed_cb), proposal);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), proposal);
  g_object_set_data_full (G_OBJECT (dialog), "sam-proposal", proposal, (GDestroyNotify)proposal_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sam_meeting_propose_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.propose-item", "x", propose_item_action);
}
