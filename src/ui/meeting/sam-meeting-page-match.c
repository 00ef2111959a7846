/* sam-meeting-page-match.c: an agenda item opened from the search, the
 * words it found marked in the item's texts.
 *
 * The background, proposed decision and internal note are in the item's
 * editor; the minutes text and the input below the item in the minutes,
 * which the page switches to when only they hold the words. The marks are
 * made once the page is shown and the item is in its editor
 * (sam-search-highlight.c takes them away again).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include "sam-meeting-page-private.h"
#include "sam-search-highlight.h"
#include "sam-store-search.h"

typedef struct
{
  GWeakRef  page;
  gint64    item_id;
  char     *query;
  gboolean  in_minutes;
  gulong    map_id;
} Match;

#define PENDING "sam-meeting-page-pending-match"

static void
match_free (gpointer data)
{
  Match *match = data;

  if (match->map_id != 0)
    {
      g_autoptr(GObject) page = g_weak_ref_get (&match->page);

      if (page != NULL)
        g_signal_handler_disconnect (page, match->map_id);
    }
  g_weak_ref_clear (&match->page);
  g_free (match->query);
  g_free (match);
}

static gboolean
holds (const char *query,
       const char *text)
{
  g_autoptr(GArray) matches = sam_search_find_matches (query, text);

  return matches->len > 0;
}

static void
highlight (Match *match)
{
  g_autoptr(SamMeetingPage) self = g_weak_ref_get (&match->page);
  SamAgendaItemRow *row;
  GtkWidget *minutes;

  if (self == NULL || self->current_id != match->item_id)
    return;

  if (!match->in_minutes)
    {
      sam_search_highlight_under (GTK_WIDGET (self->editor), match->query);
      return;
    }

  row = g_hash_table_lookup (self->rows, &match->item_id);
  minutes = row != NULL ? sam_agenda_item_row_get_minutes (row) : NULL;
  if (minutes != NULL)
    sam_search_highlight_under (minutes, match->query);
}

static gboolean
highlight_idle_cb (gpointer data)
{
  highlight (data);

  return G_SOURCE_REMOVE;
}

static void
mapped_cb (SamMeetingPage *self)
{
  Match *match = g_object_steal_data (G_OBJECT (self), PENDING);

  if (match == NULL)
    return;
  g_clear_signal_handler (&match->map_id, self);
  g_idle_add_full (G_PRIORITY_LOW, highlight_idle_cb, match, match_free);
}

/**
 * sam_meeting_page_show_match:
 * @agenda_item_id: an item of the meeting
 * @query: the user's text, as the search took it
 *
 * Shows the item as sam_meeting_page_show_item() does, with the words the
 * search found marked in its texts and the first of them scrolled into
 * view: in the editor, or in the minutes when only the minutes text or the
 * input holds them.
 */
void
sam_meeting_page_show_match (SamMeetingPage *self,
                             gint64          agenda_item_id,
                             const char     *query)
{
  g_autoptr(SamAgendaItem) item = NULL;
  Match *match;

  g_return_if_fail (SAM_IS_MEETING_PAGE (self));

  item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, agenda_item_id, NULL);
  if (item == NULL)
    return;

  match = g_new0 (Match, 1);
  g_weak_ref_init (&match->page, self);
  match->item_id = agenda_item_id;
  match->query = g_strdup (query);
  match->in_minutes = !holds (query, sam_agenda_item_get_background (item))
                      && !holds (query, sam_agenda_item_get_proposed_decision (item))
                      && !holds (query, sam_agenda_item_get_internal_note (item))
                      && (holds (query, sam_agenda_item_get_minutes_text (item))
                          || holds (query, sam_agenda_item_get_remarks (item)));

  if (match->in_minutes)
    sam_meeting_page_set_mode (self, "minutes");
  sam_meeting_page_show_item (self, agenda_item_id);

  /* After the page's own map handler has shown the item. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    g_idle_add_full (G_PRIORITY_LOW, highlight_idle_cb, match, match_free);
  else
    {
      /* A newer match replaces one that waits. */
      match->map_id = g_signal_connect_after (self, "map", G_CALLBACK (mapped_cb), NULL);
      g_object_set_data_full (G_OBJECT (self), PENDING, match, match_free);
    }
}
