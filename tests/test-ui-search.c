/* test-ui-search.c: the search from anywhere (Ctrl+F), under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-search"

#include "config.h"

#include <adwaita.h>

#include "sam-meeting-page.h"
#include "sam-meetings-page.h"
#include "sam-pdf-preview.h"
#include "sam-search-highlight.h"
#include "sam-search-result.h"
#include "sam-search-window.h"
#include "sam-store-extract.h"
#include "sam-test-pdf.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

typedef struct
{
  SamTestDb        db;
  SamBody         *directors;
  SamBody         *board;
  SamMeeting      *meeting;
  SamMeeting      *other;
  SamAgendaItem   *item;
  SamAgendaItem   *other_item;
  SamDecision     *decision;
  SamPerson       *person;
  SamWindow       *window;
  SamSearchWindow *search;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SamStore *store;

  sam_test_db_setup (&f->db, data);
  store = f->db.store;
  f->directors = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  f->board = sam_test_add_body (store, "Styrelsen", SAM_BODY_KIND_BOARD);
  f->other = sam_test_add_meeting (store, f->board, "2019-05-02T09:00", "Styrelsemöte");
  f->other_item = sam_test_add_item (store, f->other, NULL, "Budget", 15);
  f->meeting = sam_test_add_meeting (store, f->directors, "2024-03-02T09:00",
                                     "Kommundirektörsmöte om samverkansavtalet");
  sam_test_add_item (store, f->meeting, NULL, "Inledning", 5);
  f->item = sam_test_add_item (store, f->meeting, NULL, "Kompetens", 30);
  sam_agenda_item_set_minutes_text (f->item, "Gruppen diskuterade kompetensförsörjningen <i>& "
                                    "samverkansavtalet</i>");
  g_assert_true (sam_store_update (store, f->item, &error));
  g_assert_no_error (error);

  f->decision = sam_decision_new ();
  sam_decision_set_agenda_item_id (f->decision, sam_entity_get_id (SAM_ENTITY (f->item)));
  sam_decision_set_text (f->decision, "Gruppen beslutar att förlänga samverkansavtalet");
  g_assert_true (sam_store_insert (store, f->decision, &error));
  g_assert_no_error (error);

  f->person = sam_person_new ();
  sam_person_set_name (f->person, "Britt Steiner");
  g_assert_true (sam_store_insert (store, f->person, &error));
  g_assert_no_error (error);

  f->window = sam_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (wait_for (is_mapped, f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->directors);
  g_clear_object (&f->board);
  g_clear_object (&f->meeting);
  g_clear_object (&f->other);
  g_clear_object (&f->item);
  g_clear_object (&f->other_item);
  g_clear_object (&f->decision);
  g_clear_object (&f->person);
  sam_test_db_teardown (&f->db, data);
}

static SamSearchWindow *
find_search_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SAM_IS_SEARCH_WINDOW (window))
        return SAM_SEARCH_WINDOW (window);
    }

  return NULL;
}

/* Ctrl+F's action on the window, and the search it opens. */
static SamSearchWindow *
open_search (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  f->search = find_search_window ();
  g_assert_nonnull (f->search);
  g_assert_true (wait_for (is_mapped, f->search));

  return f->search;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_done (gpointer data)
{
  return !sam_search_window_is_busy (data);
}

/* Types @text into the search and waits for what it finds. */
static GListModel *
type_query (SamSearchWindow *search,
            const char      *text)
{
  GtkWidget *entry = find_type (GTK_WIDGET (search), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry waits a moment before it says the text changed. */
  g_assert_true (wait_for ((Condition)sam_search_window_is_busy, search));
  g_assert_true (wait_for (is_done, search));

  return sam_search_window_get_results (search);
}

static SamSearchResult *
result_at (GListModel *results,
           guint       position)
{
  g_autoptr(SamSearchResult) result = g_list_model_get_item (results, position);

  return result;
}

/* A word only the minutes text of one item holds is found, shown with its
 * words marked (and the user's text escaped), and Enter opens the meeting
 * at that item. */
static void
test_minutes_text_opens_item (Fixture       *f,
                              gconstpointer  data)
{
  SamSearchWindow *search = open_search (f);
  GListModel *results = type_query (search, "kompetensförsörj");
  SamSearchResult *result;
  GtkWidget *meetings, *meeting_page, *entry;
  g_autofree char *snippet = NULL;
  g_autofree char *date = sam_date_format ("2024-03-02");
  g_autofree char *detail = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  result = result_at (results, 0);
  g_assert_cmpstr (sam_search_result_get_kind (result), ==, "agenda-item");
  g_assert_cmpstr (sam_search_result_get_heading (result), ==, "Agenda items");
  g_assert_cmpstr (sam_search_result_get_title (result), ==, "Kompetens");
  g_object_get (result, "snippet", &snippet, NULL);
  g_assert_nonnull (strstr (snippet, "<b>kompetensförsörjningen</b>"));
  g_assert_nonnull (strstr (snippet, "&lt;i&gt;&amp;"));
  g_assert_true (wait_for_label (GTK_WIDGET (search), "Kompetens"));
  detail = g_strdup_printf ("%s · Kommundirektörsgruppen", date);
  g_assert_true (wait_for_label (GTK_WIDGET (search), detail));
  maybe_screenshot (GTK_WIDGET (search), "search-minutes");

  entry = find_type (GTK_WIDGET (search), GTK_TYPE_SEARCH_ENTRY);
  g_signal_emit_by_name (entry, "activate");

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (search)));
  g_assert_cmpstr (sam_window_get_section (f->window), ==, "meetings");
  meetings = sam_window_get_section_page (f->window, "meetings");
  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (meetings));
  g_assert_nonnull (meeting_page);
  g_assert_cmpint (sam_meeting_page_get_meeting_id (SAM_MEETING_PAGE (meeting_page)), ==,
                   sam_entity_get_id (SAM_ENTITY (f->meeting)));
  g_assert_cmpint (sam_meeting_page_get_current_item (SAM_MEETING_PAGE (meeting_page)), ==,
                   sam_entity_get_id (SAM_ENTITY (f->item)));
}

/* A word in a meeting's title, an item's minutes and a decision shows
 * three groups in the order of the kinds, each under its heading; the
 * kind filter keeps one group, a body filter with nothing in it says so
 * and offers to clear the filters. */
static void
test_groups_and_filters (Fixture       *f,
                         gconstpointer  data)
{
  SamSearchWindow *search = open_search (f);
  GListModel *results = type_query (search, "samverkansavtal");
  GtkDropDown *kind, *body;
  GtkWidget *clear;
  LabelQuery none = { GTK_WIDGET (search), "No Results" };

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 0)), ==, "meeting");
  g_assert_cmpstr (sam_search_result_get_heading (result_at (results, 0)), ==, "Meetings");
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 1)), ==, "agenda-item");
  g_assert_cmpstr (sam_search_result_get_heading (result_at (results, 1)), ==, "Agenda items");
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 2)), ==, "decision");
  g_assert_cmpstr (sam_search_result_get_heading (result_at (results, 2)), ==, "Decisions");
  g_assert_true (wait_for_label (GTK_WIDGET (search), "Decisions"));
  maybe_screenshot (GTK_WIDGET (search), "search-groups");

  /* The kinds' dropdown lists "Every kind" then the kinds in order:
   * the third kind is the decisions. */
  kind = GTK_DROP_DOWN (find_type (GTK_WIDGET (search), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (kind, 3);
  g_assert_true (wait_for (is_done, search));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 0)), ==, "decision");
  g_assert_cmpstr (sam_search_result_get_heading (result_at (results, 0)), ==, "Decisions");
  gtk_drop_down_set_selected (kind, 0);
  g_assert_true (wait_for (is_done, search));

  /* The body dropdown: Every body, then the bodies by name. */
  body = GTK_DROP_DOWN (gtk_widget_get_first_child (
           gtk_widget_get_next_sibling (gtk_widget_get_parent (GTK_WIDGET (kind)))));
  g_assert_true (GTK_IS_DROP_DOWN (body));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (body)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (body)), i),
                   "Styrelsen") == 0)
      gtk_drop_down_set_selected (body, i);
  g_assert_cmpuint (gtk_drop_down_get_selected (body), >, 0);
  g_assert_true (wait_for (is_done, search));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_true (wait_for (label_is_shown, &none));
  clear = find_button (GTK_WIDGET (search), "_Clear Filters");
  g_assert_nonnull (clear);
  g_assert_true (gtk_widget_get_mapped (clear));
  maybe_screenshot (GTK_WIDGET (search), "search-no-results");

  gtk_widget_activate_action (GTK_WIDGET (search), "search.clear-filters", NULL);
  g_assert_true (wait_for (is_done, search));
  g_assert_cmpuint (gtk_drop_down_get_selected (body), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
}

/* "mote" without ö finds the meeting; an empty field says what can be
 * searched; a person opens among the people. */
static void
test_empty_folded_and_person (Fixture       *f,
                              gconstpointer  data)
{
  SamSearchWindow *search = open_search (f);
  GListModel *results;

  g_assert_true (wait_for_label (GTK_WIDGET (search), "Search Everything"));
  maybe_screenshot (GTK_WIDGET (search), "search-empty");

  results = type_query (search, "kommundirektorsmote");
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 0)), ==, "meeting");

  results = type_query (search, "steiner");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_cmpstr (sam_search_result_get_heading (result_at (results, 0)), ==, "People");
  sam_search_window_open (search, 0);
  g_assert_cmpstr (sam_window_get_section (f->window), ==, "people");

  /* Opened again, the search keeps its text and finds what changed. */
  sam_person_set_name (f->person, "Britt Steinersson");
  g_assert_true (sam_store_update (f->db.store, f->person, NULL));
  open_search (f);
  g_assert_true (wait_for (is_done, search));
  g_assert_cmpstr (sam_search_result_get_title (result_at (results, 0)), ==, "Britt Steinersson");
}

/* The words under the search's marks in the text views under @root, in
 * order, each between brackets. */
static void
collect_tagged (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                   SAM_SEARCH_MATCH_TAG);
      GtkTextIter iter;

      if (tag == NULL)
        return;
      gtk_text_buffer_get_start_iter (buffer, &iter);
      while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        {
          GtkTextIter end = iter;
          g_autofree char *text = NULL;

          if (!gtk_text_iter_starts_tag (&iter, tag))
            break;
          gtk_text_iter_forward_to_tag_toggle (&end, tag);
          text = gtk_text_iter_get_text (&iter, &end);
          g_string_append_printf (out, "[%s]", text);
          iter = end;
          if (gtk_text_iter_is_end (&iter))
            break;
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_tagged (child, out);
}

static char *
tagged_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_tagged (root, out);
  return g_string_free (out, FALSE);
}

typedef struct
{
  GtkWidget  *root;
  const char *expected;
} TagQuery;

static gboolean
tags_are (gpointer data)
{
  TagQuery *query = data;
  g_autofree char *text = tagged_text (query->root);

  return g_strcmp0 (text, query->expected) == 0;
}

static GtkTextView *
find_text_view_holding (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *all = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      all = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      return strstr (all, text) != NULL ? GTK_TEXT_VIEW (widget) : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_text_view_holding (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static SamMeetingPage *
current_meeting_page (Fixture *f)
{
  GtkWidget *meetings = sam_window_get_section_page (f->window, "meetings");
  GtkWidget *page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (meetings));

  g_assert_nonnull (page);
  return SAM_MEETING_PAGE (page);
}

/* A word only in an item's minutes text opens the meeting in its minutes,
 * the word marked in the item's minutes text (and nowhere else); the mark
 * goes when the text is edited. */
static void
test_minutes_match_marked (Fixture       *f,
                           gconstpointer  data)
{
  SamSearchWindow *search = open_search (f);
  GListModel *results = type_query (search, "kompetensförsörj");
  SamMeetingPage *page;
  GtkTextView *view;
  TagQuery marked, unmarked;
  GtkTextIter end;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  sam_search_window_open (search, 0);

  page = current_meeting_page (f);
  g_assert_true (wait_for (is_mapped, page));
  g_assert_cmpstr (sam_meeting_page_get_mode (page), ==, "minutes");
  marked = (TagQuery){ GTK_WIDGET (page), "[kompetensförsörjningen]" };
  g_assert_true (wait_for (tags_are, &marked));
  view = find_text_view_holding (GTK_WIDGET (page), "diskuterade kompetensförsörjningen");
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  maybe_screenshot (GTK_WIDGET (f->window), "search-minutes-match");

  /* Typing in the text takes the mark away. */
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_buffer_insert (gtk_text_view_get_buffer (view), &end, " Mer.", -1);
  unmarked = (TagQuery){ GTK_WIDGET (page), "" };
  g_assert_true (wait_for (tags_are, &unmarked));
}

/* A word in an item's background opens the item in its editor, the words
 * the search matched (without å ä ö, as prefixes) marked in the
 * background; another item's text has no marks. */
static void
test_background_match_marked (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SamSearchWindow *search;
  GListModel *results;
  SamMeetingPage *page;
  GtkWidget *editor;
  TagQuery marked;
  g_autofree char *all = NULL;

  sam_agenda_item_set_background (f->item, "Kommunerna har olika vattenförsörjning. Vattenförsörjningen "
                                           "i Lund och Malmö behöver samordnas.");
  g_assert_true (sam_store_update (f->db.store, f->item, &error));
  g_assert_no_error (error);

  search = open_search (f);
  results = type_query (search, "vattenforsorjning lund");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 0)), ==, "agenda-item");
  sam_search_window_open (search, 0);

  page = current_meeting_page (f);
  g_assert_true (wait_for (is_mapped, page));
  g_assert_cmpstr (sam_meeting_page_get_mode (page), ==, "agenda");
  g_assert_cmpint (sam_meeting_page_get_current_item (page), ==, sam_entity_get_id (SAM_ENTITY (f->item)));
  editor = sam_meeting_page_get_item_editor (page);
  marked = (TagQuery){ editor, "[vattenförsörjning][Vattenförsörjningen][Lund]" };
  g_assert_true (wait_for (tags_are, &marked));
  maybe_screenshot (GTK_WIDGET (f->window), "search-background-match");

  /* Another item in the editor: its texts unmarked. */
  sam_meeting_page_show_item (page, sam_entity_get_id (SAM_ENTITY (f->item)) - 1);
  all = tagged_text (editor);
  g_assert_cmpstr (all, ==, "");
}

static SamPdfPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SAM_IS_PDF_PREVIEW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SAM_PDF_PREVIEW (window);
    }

  return NULL;
}

static gboolean
preview_is_shown (gpointer data)
{
  return find_preview () != NULL;
}

static gboolean
preview_is_gone (gpointer data)
{
  return find_preview () == NULL;
}

static gboolean
preview_done (gpointer data)
{
  return !sam_pdf_preview_is_busy (data) && sam_pdf_preview_get_page (data) > 0;
}

/* A word on the second page of an attachment opens the attachment at that
 * page, the word marked on it, over the meeting at the attachment's item;
 * the other pages are a key away, and Escape closes it. */
static void
test_attachment_opens_at_page (Fixture       *f,
                               gconstpointer  data)
{
  const char *pages[] = {
    "Underlag\nInledning om budgeten för året.",
    "Odling\nKvartersodlingarna i Limhamn växer varje år.\n"
    "Fler kvartersodlingar planeras i Hyllie och Rosengård.",
    "Bilaga\nKontaktuppgifter till förvaltningen.",
    NULL,
  };
  g_autoptr(GBytes) pdf = sam_test_make_pdf (pages);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAttachment) attachment = sam_test_add_pdf_attachment (f->db.store, f->meeting, f->item,
                                                                     "Underlag om odling", pdf);
  SamSearchWindow *search;
  GListModel *results;
  SamPdfPreview *preview;
  GtkWidget *entry;

  g_assert_true (sam_store_read_attachment_texts (f->db.store, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  search = open_search (f);
  results = type_query (search, "kvartersodl");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_cmpstr (sam_search_result_get_kind (result_at (results, 0)), ==, "attachment");
  g_assert_cmpint (sam_search_result_get_page (result_at (results, 0)), ==, 2);

  /* Enter opens the best hit. */
  entry = find_type (GTK_WIDGET (search), GTK_TYPE_SEARCH_ENTRY);
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (wait_for (preview_is_shown, NULL));
  preview = find_preview ();
  g_assert_true (wait_for (is_mapped, preview));
  g_assert_true (wait_for (preview_done, preview));
  g_assert_cmpint (sam_pdf_preview_get_page (preview), ==, 2);
  g_assert_cmpint (sam_pdf_preview_get_n_pages (preview), ==, 3);
  /* "Kvartersodlingarna" and "kvartersodlingar", each a prefix match. */
  g_assert_cmpuint (sam_pdf_preview_get_n_highlights (preview), ==, 2);
  g_assert_true (wait_for_label (GTK_WIDGET (preview), "Page 2 of 3"));
  g_assert_true (wait_for_label (GTK_WIDGET (preview), "Underlag om odling"));
  g_assert_cmpint (sam_meeting_page_get_current_item (current_meeting_page (f)), ==,
                   sam_entity_get_id (SAM_ENTITY (f->item)));
  maybe_screenshot (GTK_WIDGET (preview), "search-attachment-preview");

  /* Page Down and Page Up: the next page has no marks, back they are. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  g_assert_true (wait_for (preview_done, preview));
  g_assert_cmpint (sam_pdf_preview_get_page (preview), ==, 3);
  g_assert_cmpuint (sam_pdf_preview_get_n_highlights (preview), ==, 0);
  g_assert_true (wait_for_label (GTK_WIDGET (preview), "Page 3 of 3"));
  /* The last page is the last. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL);
  g_assert_false (sam_pdf_preview_is_busy (preview));
  g_assert_cmpint (sam_pdf_preview_get_page (preview), ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous", NULL);
  g_assert_true (wait_for (preview_done, preview));
  g_assert_cmpint (sam_pdf_preview_get_page (preview), ==, 2);
  g_assert_cmpuint (sam_pdf_preview_get_n_highlights (preview), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL);
  g_assert_true (wait_for (preview_is_gone, NULL));
}

/* A file poppler cannot read says so in the preview, which still offers
 * the other application. */
static void
test_preview_bad_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) junk = g_bytes_new_static ("%PDF-1.4 not really", 19);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAttachment) attachment = g_object_new (SAM_TYPE_ATTACHMENT,
                                                      "meeting-id", sam_entity_get_id (SAM_ENTITY (f->meeting)),
                                                      "title", "Trasig bilaga",
                                                      "file-name", "trasig.pdf",
                                                      "media-type", "application/pdf", NULL);
  SamPdfPreview *preview;

  g_assert_true (sam_store_set_attachment_data (f->db.store, attachment, junk, &error));
  g_assert_no_error (error);

  preview = sam_pdf_preview_new (GTK_WINDOW (f->window), f->db.store,
                                 sam_entity_get_id (SAM_ENTITY (attachment)), 1, "trasig");
  gtk_window_present (GTK_WINDOW (preview));
  g_assert_true (wait_for_label (GTK_WIDGET (preview), "The Attachment Cannot Be Shown Here"));
  g_assert_true (wait_for_label (GTK_WIDGET (preview), "not a PDF file"));
  g_assert_false (sam_pdf_preview_is_busy (preview));
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (preview), "_Open in Another App")));
  maybe_screenshot (GTK_WIDGET (preview), "search-attachment-bad");
  gtk_window_destroy (GTK_WINDOW (preview));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/search/minutes-text-opens-item", Fixture, NULL,
              fixture_setup, test_minutes_text_opens_item, fixture_teardown);
  g_test_add ("/ui/search/groups-and-filters", Fixture, NULL,
              fixture_setup, test_groups_and_filters, fixture_teardown);
  g_test_add ("/ui/search/empty-folded-and-person", Fixture, NULL,
              fixture_setup, test_empty_folded_and_person, fixture_teardown);
  g_test_add ("/ui/search/minutes-match-marked", Fixture, NULL,
              fixture_setup, test_minutes_match_marked, fixture_teardown);
  g_test_add ("/ui/search/background-match-marked", Fixture, NULL,
              fixture_setup, test_background_match_marked, fixture_teardown);
  g_test_add ("/ui/search/attachment-opens-at-page", Fixture, NULL,
              fixture_setup, test_attachment_opens_at_page, fixture_teardown);
  g_test_add ("/ui/search/preview-bad-file", Fixture, NULL,
              fixture_setup, test_preview_bad_file, fixture_teardown);

  return g_test_run ();
}
