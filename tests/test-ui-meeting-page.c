/* test-ui-meeting-page.c: the meeting page, driven as a user would, under
 * Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-meeting-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-agenda-row.h"
#include "sam-date-row.h"
#include "sam-exchange.h"
#include "sam-item-editor.h"
#include "sam-meeting-page.h"
#include "sam-minutes-item.h"
#include "sam-person-picker.h"
#include "sam-store-undo.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-time-row.h"
#include "sam-window.h"

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
present_saved (gpointer data)
{
  return sam_attendance_get_present (data);
}

/* A page in a plain window, as the meetings section shows it. */
typedef struct
{
  SamTestDb   db;
  SamBody    *body;
  SamMeeting *meeting;
  GtkWindow  *window;
  GtkWidget  *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  sam_test_db_setup (&fixture->db, NULL);
  fixture->body = sam_test_add_body (fixture->db.store, "Director group", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->meeting = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-01-29T15:00",
                                           "Director-group meeting");
}

static void
open_page (Fixture *fixture)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 800);
  g_autoptr(SamContext) page_context = sam_test_context_new (fixture->db.store, NULL);
  fixture->page = sam_meeting_page_new (page_context,
                                        sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  gtk_window_set_child (fixture->window, fixture->page);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->meeting);
  g_clear_object (&fixture->body);
  sam_test_db_teardown (&fixture->db, NULL);
}

static SamMeetingPage *
page_of (Fixture *fixture)
{
  return SAM_MEETING_PAGE (fixture->page);
}

static SamAgendaItem *
item_at (Fixture *fixture,
         guint    position)
{
  g_autoptr(GListModel) agenda = sam_store_list_agenda (fixture->db.store,
                                                        sam_entity_get_id (SAM_ENTITY (fixture->meeting)));

  return g_list_model_get_item (agenda, position);
}

static guint
agenda_count (Fixture *fixture)
{
  g_autoptr(GListModel) agenda = sam_store_list_agenda (fixture->db.store,
                                                        sam_entity_get_id (SAM_ENTITY (fixture->meeting)));

  return g_list_model_get_n_items (agenda);
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *title;
} TitleQuery;

static gboolean
title_is_saved (gpointer data)
{
  TitleQuery *query = data;
  g_autoptr(SamAgendaItem) item = sam_store_load (query->store, SAM_TYPE_AGENDA_ITEM, query->id, NULL);

  return item != NULL && g_strcmp0 (sam_agenda_item_get_title (item), query->title) == 0;
}

/* Types a title into the editor, the way a person does, and waits until it
 * is saved. */
static void
type_title (Fixture    *fixture,
            const char *title)
{
  SamItemEditor *editor = SAM_ITEM_EDITOR (sam_meeting_page_get_item_editor (page_of (fixture)));
  TitleQuery query = { fixture->db.store, sam_item_editor_get_item_id (editor), title };

  gtk_editable_set_text (sam_item_editor_get_title_editable (editor), title);
  g_assert_true (wait_for (title_is_saved, &query));
}

static void
set_duration (Fixture *fixture,
              gint64   id,
              int      minutes)
{
  g_autoptr(SamAgendaItem) item = sam_store_load (fixture->db.store, SAM_TYPE_AGENDA_ITEM, id, NULL);
  g_autoptr(GError) error = NULL;

  sam_agenda_item_set_duration (item, minutes);
  g_assert_true (sam_store_update (fixture->db.store, item, &error));
  g_assert_no_error (error);
}

static void
assert_item (Fixture    *fixture,
             guint       position,
             const char *number,
             const char *title,
             const char *starts_at)
{
  g_autoptr(SamAgendaItem) item = item_at (fixture, position);

  g_assert_nonnull (item);
  g_assert_cmpstr (sam_agenda_item_get_number (item), ==, number);
  g_assert_cmpstr (sam_agenda_item_get_title (item), ==, title);
  if (starts_at != NULL)
    g_assert_cmpstr (sam_agenda_item_get_starts_at (item), ==, starts_at);
}

static gboolean
row_has_focus (gpointer data)
{
  Fixture *fixture = data;
  gint64 id = sam_meeting_page_get_current_item (page_of (fixture));
  GtkWidget *row = sam_meeting_page_get_item_row (page_of (fixture), id);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return row != NULL && focus == row;
}

/* Three items and a sub-item through the page's actions, renumbered and
 * retimed by the keyboard's move. */
static void
test_build_and_reorder (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 ids[4];

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "No items yet"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.add-item", NULL));
  ids[0] = sam_meeting_page_get_current_item (page_of (fixture));
  type_title (fixture, "Previous minutes");
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.add-item", NULL));
  ids[1] = sam_meeting_page_get_current_item (page_of (fixture));
  type_title (fixture, "Regional development strategy");
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.add-item", NULL));
  ids[2] = sam_meeting_page_get_current_item (page_of (fixture));
  type_title (fixture, "DUA agreement");
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.add-sub-item", "x", ids[2]));
  ids[3] = sam_meeting_page_get_current_item (page_of (fixture));
  type_title (fixture, "Time plan");

  set_duration (fixture, ids[0], 10);
  set_duration (fixture, ids[1], 45);
  set_duration (fixture, ids[2], 20);

  g_assert_cmpuint (agenda_count (fixture), ==, 4);
  assert_item (fixture, 0, "1", "Previous minutes", "2019-01-29T15:00");
  assert_item (fixture, 1, "2", "Regional development strategy", "2019-01-29T15:10");
  assert_item (fixture, 2, "3", "DUA agreement", "2019-01-29T15:55");
  assert_item (fixture, 3, "3a", "Time plan", NULL);
  g_assert_true (wait_for_label (fixture->page, "3a"));
  g_assert_true (wait_for_label (fixture->page, "15:55"));

  /* Alt+Up's action on the third item: it and its sub-item move up, the
   * numbers and times follow, and the focus stays with the item. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.move-item", "(xi)", ids[2], -1));
  assert_item (fixture, 0, "1", "Previous minutes", "2019-01-29T15:00");
  assert_item (fixture, 1, "2", "DUA agreement", "2019-01-29T15:10");
  assert_item (fixture, 2, "2a", "Time plan", NULL);
  assert_item (fixture, 3, "3", "Regional development strategy", "2019-01-29T15:30");
  g_assert_cmpint (sam_meeting_page_get_current_item (page_of (fixture)), ==, ids[2]);
  g_assert_true (wait_for (row_has_focus, fixture));
  g_assert_cmpstr (sam_agenda_item_row_get_number (SAM_AGENDA_ITEM_ROW (sam_meeting_page_get_item_row (page_of (fixture), ids[2]))),
                   ==, "2");

  /* Alt+Down's action moves it back. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.move-item", "(xi)", ids[2], 1));
  assert_item (fixture, 1, "2", "Regional development strategy", "2019-01-29T15:10");
  assert_item (fixture, 2, "3", "DUA agreement", "2019-01-29T15:55");
  assert_item (fixture, 3, "3a", "Time plan", NULL);
  g_assert_true (wait_for (row_has_focus, fixture));
}

/* Typing in the editor saves the title (after a short pause) and the row
 * shows it. */
static void
test_edit_title (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Old title", 10);
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  SamItemEditor *editor;
  TitleQuery query = { fixture->db.store, id, "Regional development strategy" };
  g_autoptr(SamAgendaItem) saved = NULL;

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "Old title"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.edit-item", "x", id));

  editor = SAM_ITEM_EDITOR (sam_meeting_page_get_item_editor (page_of (fixture)));
  g_assert_cmpint (sam_item_editor_get_item_id (editor), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (sam_item_editor_get_title_editable (editor)), ==, "Old title");

  gtk_editable_set_text (sam_item_editor_get_title_editable (editor), "Regional development strategy");
  g_assert_true (wait_for (title_is_saved, &query));
  g_assert_true (wait_for_label (fixture->page, "Regional development strategy"));

  /* An empty title is refused without losing the rest. */
  gtk_editable_set_text (sam_item_editor_get_title_editable (editor), "");
  spin (400);
  saved = sam_store_load (fixture->db.store, SAM_TYPE_AGENDA_ITEM, id, NULL);
  g_assert_cmpstr (sam_agenda_item_get_title (saved), ==, "Regional development strategy");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sam_item_editor_get_title_editable (editor)), "error"));
}

/* Deleting an item takes its sub-item, decision, assignment, presenter and
 * attachment with it; Undo brings all of it back. */
static void
test_undo_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SamAgendaItem) first = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Previous minutes", 10);
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "DUA agreement", 20);
  g_autoptr(SamAgendaItem) sub = sam_test_add_item (fixture->db.store, fixture->meeting, item, "Time plan", 5);
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(SamAssignment) assignment = sam_assignment_new ();
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4", 8);
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamAgendaItem) restored = NULL;
  g_autoptr(SamAttachment) reattached = NULL;
  g_autoptr(GArray) presenters = NULL;
  g_autoptr(SamDecision) restored_decision = NULL;
  g_autofree char *decision_uuid = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 item_id = sam_entity_get_id (SAM_ENTITY (item));
  gint64 person_id;

  sam_decision_set_agenda_item_id (decision, item_id);
  sam_decision_set_text (decision, "The director group approves the report and its time plan.");
  g_assert_true (sam_store_insert (fixture->db.store, decision, &error));
  decision_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (decision)));
  sam_assignment_set_agenda_item_id (assignment, sam_entity_get_id (SAM_ENTITY (sub)));
  sam_assignment_set_title (assignment, "Report to the board on 1 March");
  g_assert_true (sam_store_insert (fixture->db.store, assignment, &error));
  sam_person_set_name (person, "Gunnar Bergström");
  g_assert_true (sam_store_insert (fixture->db.store, person, &error));
  person_id = sam_entity_get_id (SAM_ENTITY (person));
  g_assert_true (sam_store_set_presenter_ids (fixture->db.store, item_id, &person_id, 1, &error));
  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_attachment_set_agenda_item_id (attachment, item_id);
  sam_attachment_set_title (attachment, "DUA report");
  g_assert_true (sam_store_set_attachment_data (fixture->db.store, attachment, bytes, &error));
  g_assert_no_error (error);
  before = sam_store_dump_rows (fixture->db.store, &error);

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "DUA agreement"));
  g_assert_true (wait_for_label (fixture->page, "Gunnar Bergström"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.delete-item", "x", item_id));
  g_assert_cmpuint (agenda_count (fixture), ==, 1);
  g_assert_null (sam_meeting_page_get_item_row (page_of (fixture), item_id));
  g_assert_null (sam_meeting_page_get_item_row (page_of (fixture), sam_entity_get_id (SAM_ENTITY (sub))));
  g_assert_true (wait_for_label (fixture->page, "“DUA agreement” deleted"));
  decisions = sam_store_list_decisions (fixture->db.store);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 0);

  /* The toast's Undo. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.undo", NULL));
  g_assert_cmpuint (agenda_count (fixture), ==, 3);
  assert_item (fixture, 1, "2", "DUA agreement", "2019-01-29T15:10");
  assert_item (fixture, 2, "2a", "Time plan", NULL);
  g_assert_true (wait_for_label (fixture->page, "2a"));

  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 1);
  restored_decision = g_list_model_get_item (decisions, 0);
  g_assert_cmpstr (sam_entity_get_uuid (SAM_ENTITY (restored_decision)), ==, decision_uuid);
  g_assert_cmpstr (sam_decision_get_text (restored_decision), ==,
                   "The director group approves the report and its time plan.");

  restored = item_at (fixture, 1);
  g_assert_cmpint (sam_entity_get_id (SAM_ENTITY (restored)), ==, item_id);
  g_assert_cmpint (sam_decision_get_agenda_item_id (restored_decision), ==,
                   sam_entity_get_id (SAM_ENTITY (restored)));
  presenters = sam_store_get_presenter_ids (fixture->db.store, sam_entity_get_id (SAM_ENTITY (restored)));
  g_assert_cmpuint (presenters->len, ==, 1);
  g_assert_cmpint (g_array_index (presenters, gint64, 0), ==, person_id);
  reattached = sam_store_load (fixture->db.store, SAM_TYPE_ATTACHMENT,
                               sam_entity_get_id (SAM_ENTITY (attachment)), NULL);
  g_assert_cmpint (sam_attachment_get_agenda_item_id (reattached), ==, sam_entity_get_id (SAM_ENTITY (restored)));
  {
    g_autoptr(SamAgendaItem) restored_sub = item_at (fixture, 2);
    g_autoptr(GListModel) assignments = sam_store_list_assignments_by_item (fixture->db.store,
                                                                            sam_entity_get_id (SAM_ENTITY (restored_sub)));

    g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 1);
  }

  /* Every table as it was. */
  after = sam_store_dump_rows (fixture->db.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *tooltip;
  gboolean    shown;
} ButtonQuery;

static gboolean
button_shown_is (gpointer data)
{
  ButtonQuery *query = data;

  return (find_button (query->root, query->tooltip) != NULL) == query->shown;
}

static gboolean
wait_for_button (GtkWidget  *root,
                 const char *tooltip,
                 gboolean    shown)
{
  ButtonQuery query = { root, tooltip, shown };

  return wait_for (button_shown_is, &query);
}

/* Removing an attachment, and the toast's Undo: the row and its bytes come
 * back. (The attendance's Undo runs the same store call; test-undo.c checks
 * every kind.) */
static void
test_undo_remove (Fixture       *fixture,
                  gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4 the report", 19);
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *button;

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_attachment_set_title (attachment, "DUA report");
  g_assert_true (sam_store_set_attachment_data (store, attachment, bytes, &error));
  g_assert_no_error (error);
  before = sam_store_dump_rows (store, &error);

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "DUA report"));

  button = find_button (fixture->page, "Remove the attachment");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (wait_for_button (fixture->page, "Remove the attachment", FALSE));
  g_assert_true (wait_for_label (fixture->page, "“DUA report” removed"));
  g_assert_cmpint (sam_store_count (store, SAM_TYPE_ATTACHMENT), ==, 0);

  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.undo", NULL));
  g_assert_true (wait_for_button (fixture->page, "Remove the attachment", TRUE));
  back = sam_store_load_attachment_data (store, sam_entity_get_id (SAM_ENTITY (attachment)), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, bytes));

  after = sam_store_dump_rows (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);
}

/* A proposed item shows apart, unnumbered; "Add to Agenda" numbers it. */
static void
test_tentative_item (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamAgendaItem) first = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Previous minutes", 10);
  g_autoptr(SamAgendaItem) proposed = sam_agenda_item_new ();
  g_autoptr(SamAgendaItem) confirmed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  sam_agenda_item_set_meeting_id (proposed, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_agenda_item_set_title (proposed, "Öresund metro");
  sam_agenda_item_set_tentative (proposed, TRUE);
  g_assert_true (sam_store_insert (fixture->db.store, proposed, &error));
  g_assert_no_error (error);
  id = sam_entity_get_id (SAM_ENTITY (proposed));

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "Proposed for This Meeting"));
  g_assert_true (wait_for_label (fixture->page, "Öresund metro"));
  g_assert_cmpstr (sam_agenda_item_row_get_number (SAM_AGENDA_ITEM_ROW (sam_meeting_page_get_item_row (page_of (fixture), id))),
                   ==, "");

  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.confirm-item", "x", id));
  confirmed = sam_store_load (fixture->db.store, SAM_TYPE_AGENDA_ITEM, id, NULL);
  g_assert_false (sam_agenda_item_get_tentative (confirmed));
  assert_item (fixture, 1, "2", "Öresund metro", "2019-01-29T15:10");
  g_assert_true (wait_for_no_label (fixture->page, "Proposed for This Meeting"));
  g_assert_cmpstr (sam_agenda_item_row_get_number (SAM_AGENDA_ITEM_ROW (sam_meeting_page_get_item_row (page_of (fixture), id))),
                   ==, "2");
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
message_dialog_is_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && (title == NULL || (ADW_IS_PREFERENCES_ROW (widget)
                            && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* "Propose for a Coming Meeting" asks which coming meeting: the body's next
 * planned one is offered first, and a tentative copy goes there. */
static void
test_propose_item (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Study trip 2019", 30);
  g_autoptr(SamMeeting) next = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-03-14T15:00", NULL);
  g_autoptr(GListModel) next_agenda = sam_store_list_agenda (fixture->db.store, sam_entity_get_id (SAM_ENTITY (next)));
  g_autoptr(SamAgendaItem) copy = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *meeting_row;

  open_page (fixture);
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.propose-item", "x",
                                             sam_entity_get_id (SAM_ENTITY (item))));
  g_assert_true (wait_for (message_dialog_is_shown, NULL));
  dialog = find_message_dialog ();
  /* Nothing is proposed before the secretary says where. */
  g_assert_cmpuint (g_list_model_get_n_items (next_agenda), ==, 0);
  meeting_row = find_titled (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Meeting");
  g_assert_nonnull (meeting_row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (meeting_row)), ==, 0);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "propose"));
  adw_message_dialog_response (dialog, "propose");

  g_assert_cmpuint (g_list_model_get_n_items (next_agenda), ==, 1);
  copy = g_list_model_get_item (next_agenda, 0);
  g_assert_true (sam_agenda_item_get_tentative (copy));
  g_assert_cmpstr (sam_agenda_item_get_title (copy), ==, "Study trip 2019");
  g_assert_cmpint (sam_agenda_item_get_duration (copy), ==, 30);
  g_assert_true (wait_for_label (fixture->page, "1 item proposed for the meeting on"));
  /* The original stays where it was. */
  g_assert_cmpuint (agenda_count (fixture), ==, 1);

  /* Undo takes the proposal back. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (next_agenda), ==, 0);
}

/* With no coming meeting, nothing invents one: the listed points wait for
 * the date the secretary types, and then go on that new meeting. */
static void
test_propose_points_new_meeting (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL,
                                                     "Agenda of the next meeting", 0);
  g_autoptr(GError) error = NULL;
  gint64 meetings_before = sam_store_count (fixture->db.store, SAM_TYPE_MEETING);
  gint64 next_id;
  AdwMessageDialog *dialog;
  GtkWidget *date_row;
  g_autoptr(GListModel) next_agenda = NULL;

  sam_agenda_item_set_minutes_text (item, "These may come up:\n- New secretariat lead\n- ÅVS E6\n");
  g_assert_true (sam_store_update (fixture->db.store, item, &error));
  g_assert_no_error (error);

  open_page (fixture);
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.propose-item", "x",
                                             sam_entity_get_id (SAM_ENTITY (item))));
  g_assert_true (wait_for (message_dialog_is_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "The 2 points this item lists become proposed items"));
  date_row = find_titled (GTK_WIDGET (dialog), SAM_TYPE_DATE_ROW, NULL);
  g_assert_nonnull (date_row);
  g_assert_true (gtk_widget_get_visible (date_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "propose"));

  sam_date_row_set_value (SAM_DATE_ROW (date_row), "2019-03-14");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "propose"));
  maybe_screenshot (GTK_WIDGET (dialog), "propose-dialog");
  adw_message_dialog_response (dialog, "propose");

  g_assert_cmpint (sam_store_count (fixture->db.store, SAM_TYPE_MEETING), ==, meetings_before + 1);
  next_id = sam_store_find_next_meeting (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->body)),
                                         "2019-01-30");
  g_assert_cmpint (next_id, >, 0);
  {
    g_autoptr(SamMeeting) next = sam_store_load (fixture->db.store, SAM_TYPE_MEETING, next_id, NULL);

    /* On the day typed, at this meeting's time. */
    g_assert_cmpstr (sam_meeting_get_starts_at (next), ==, "2019-03-14T15:00");
  }
  next_agenda = sam_store_list_agenda (fixture->db.store, next_id);
  g_assert_cmpuint (g_list_model_get_n_items (next_agenda), ==, 2);
  g_assert_true (wait_for_label (fixture->page, "2 items proposed for the meeting on"));
  g_assert_cmpuint (agenda_count (fixture), ==, 1);

  /* Undo takes back the points and the meeting made for them. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.undo", NULL));
  g_assert_cmpint (sam_store_count (fixture->db.store, SAM_TYPE_MEETING), ==, meetings_before);
}

/* An attachment added through the store shows as "Attachment 1": the window
 * speaks the interface's language, whatever language the documents use. */
static void
test_attachment (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "DUA agreement", 20);
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(SamAttachment) second = sam_attachment_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4", 8);
  g_autoptr(GError) error = NULL;

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "No attachments"));

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_attachment_set_title (attachment, "Meeting plan 2019");
  sam_attachment_set_file_name (attachment, "plan.pdf");
  g_assert_true (sam_store_set_attachment_data (fixture->db.store, attachment, bytes, &error));
  g_assert_no_error (error);

  g_assert_true (wait_for_label (fixture->page, "Attachment 1"));
  g_assert_true (wait_for_label (fixture->page, "plan.pdf"));

  /* One of an item comes first in agenda order: the numbers follow. */
  sam_attachment_set_meeting_id (second, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_attachment_set_agenda_item_id (second, sam_entity_get_id (SAM_ENTITY (item)));
  sam_attachment_set_title (second, "DUA report");
  sam_attachment_set_file_name (second, "dua.pdf");
  g_assert_true (sam_store_set_attachment_data (fixture->db.store, second, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_label (fixture->page, "Attachment 2"));
  {
    GtkWidget *row = gtk_widget_get_ancestor (find_mapped_label (fixture->page, "dua.pdf"),
                                              GTK_TYPE_LIST_BOX_ROW);

    g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 0);
    g_assert_nonnull (find_mapped_label (row, "Attachment 1"));
  }
}

static gboolean
minutes_locked (GtkWidget *row)
{
  GtkWidget *minutes = sam_agenda_item_row_get_minutes (SAM_AGENDA_ITEM_ROW (row));

  return minutes != NULL && sam_minutes_item_get_locked (SAM_MINUTES_ITEM (minutes));
}

/* Marking a protocol adjusted locks its decisions and says so. */
static void
test_protocol_adjusted (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "DUA agreement", 20);
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  sam_meeting_set_minutes_label (fixture->meeting, SAM_MINUTES_LABEL_PROTOCOL);
  g_assert_true (sam_store_update (fixture->db.store, fixture->meeting, &error));
  g_assert_no_error (error);

  open_page (fixture);
  sam_meeting_page_set_mode (page_of (fixture), "minutes");
  row = sam_meeting_page_get_item_row (page_of (fixture), sam_entity_get_id (SAM_ENTITY (item)));
  g_assert_nonnull (sam_agenda_item_row_get_minutes (SAM_AGENDA_ITEM_ROW (row)));
  g_assert_false (minutes_locked (row));
  g_assert_true (wait_for_label (fixture->page, "Mark as A"));
  g_assert_true (wait_for_no_label (fixture->page, "These minutes are adjusted"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.mark-adjusted", NULL));
  meeting = sam_store_load (fixture->db.store, SAM_TYPE_MEETING, sam_entity_get_id (SAM_ENTITY (fixture->meeting)), NULL);
  g_assert_nonnull (sam_meeting_get_adjusted_on (meeting));
  g_assert_true (wait_for_label (fixture->page, "These minutes are adjusted; decisions can no longer be changed"));
  g_assert_true (minutes_locked (row));
  g_assert_true (wait_for_no_label (fixture->page, "Mark as A"));

  /* Reopening unlocks them. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.reopen-minutes", NULL));
  g_assert_false (minutes_locked (row));
  g_assert_true (wait_for_no_label (fixture->page, "These minutes are adjusted"));

  /* Back in agenda mode the minutes go away. */
  sam_meeting_page_set_mode (page_of (fixture), "agenda");
  g_assert_null (sam_agenda_item_row_get_minutes (SAM_AGENDA_ITEM_ROW (row)));
}

/* "Also attending" from outside the body, through the person picker. */
static void
test_attendance (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(SamAttendance) row = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  GtkWidget *picker;

  sam_person_set_name (person, "Ulrika Geeraedts");
  sam_person_set_organization (person, "Region Skåne");
  g_assert_true (sam_store_insert (fixture->db.store, person, &error));
  g_assert_no_error (error);

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "Nobody is called to this meeting yet"));

  button = find_button_with_tooltip (fixture->page, "Add someone also attending");
  g_assert_nonnull (button);
  picker = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (SAM_IS_PERSON_PICKER (picker));
  sam_person_picker_set_search_text (SAM_PERSON_PICKER (picker), "geer");
  g_assert_cmpuint (sam_person_picker_get_n_matches (SAM_PERSON_PICKER (picker)), ==, 1);
  g_assert_true (sam_person_picker_pick_first (SAM_PERSON_PICKER (picker)));

  attendance = sam_store_list_attendance (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 1);
  row = g_list_model_get_item (attendance, 0);
  g_assert_cmpint (sam_attendance_get_role (row), ==, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING);
  g_assert_true (wait_for_label (fixture->page, "Ulrika Geeraedts (Region Skåne)"));
  g_assert_true (wait_for_label (fixture->page, "1 also attending"));

  /* Ticking a box saves it and keeps the row, its box and the focus where
   * they are: the next click lands on the person meant. */
  {
    GtkWidget *check = find_widget_of_type (fixture->page, GTK_TYPE_CHECK_BUTTON);

    g_assert_nonnull (check);
    gtk_widget_grab_focus (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    g_clear_object (&row);
    row = g_list_model_get_item (attendance, 0);
    g_assert_false (sam_attendance_get_present (row));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_clear_object (&row);
    row = g_list_model_get_item (attendance, 0);
    g_assert_true (wait_for (present_saved, row));
    g_assert_true (gtk_widget_get_root (check) == GTK_ROOT (fixture->window));
    g_assert_true (gtk_widget_has_focus (check));
  }
}

/* Not a test: pictures of the 2019-01-29 example meeting for a person to
 * look at, when SAMVERKAN_SCREENSHOTS names a folder. */
static gboolean
save_png (GtkWidget  *widget,
          const char *path)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GskRenderer *renderer;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  gsk_render_node_unref (node);

  return gdk_texture_save_to_png (texture, path);
}

static void
shoot (const char *dir,
       SamStore   *store,
       gint64      meeting_id,
       int         width,
       const char *mode)
{
  SamWindow *window = sam_window_new (NULL, store);
  g_autofree char *name = g_strdup_printf ("meeting-%s-%d.png", mode, width);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GtkWidget *page;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "meetings", meeting_id);
  spin (800);

  page = find_widget (GTK_WIDGET (window), SAM_TYPE_MEETING_PAGE);
  g_assert_nonnull (page);
  sam_meeting_page_set_mode (SAM_MEETING_PAGE (page), mode);
  spin (800);

  /* The window as X shows it; the in-process snapshot leaves out the
   * window's background under Xvfb. */
  {
    g_autofree char *geometry = g_strdup_printf ("%dx800+0+0", width);
    const char *argv[] = { "import", "-window", "root", "-crop", geometry, path, NULL };
    int status = 0;

    if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL)
        || status != 0)
      g_assert_true (save_png (GTK_WIDGET (window), path));
  }
  g_test_message ("saved %s", path);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("SAMVERKAN_SCREENSHOTS");
  SamTestDb db = { 0 };
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 meeting_id = 0;

  if (dir == NULL)
    {
      g_test_skip ("Set SAMVERKAN_SCREENSHOTS to a folder to take screenshots");
      return;
    }

  sam_test_db_setup (&db, NULL);
  g_assert_true (sam_exchange_load_example (db.store, FALSE, NULL, &error));
  g_assert_no_error (error);

  meetings = sam_store_list_meetings (db.store);
  for (guint i = 0; i < g_list_model_get_n_items (meetings) && meeting_id == 0; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_str_has_prefix (sam_meeting_get_starts_at (meeting), "2019-01-29"))
        meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
    }
  g_assert_cmpint (meeting_id, >, 0);

  shoot (dir, db.store, meeting_id, 1280, "agenda");
  shoot (dir, db.store, meeting_id, 1280, "minutes");
  shoot (dir, db.store, meeting_id, 360, "agenda");
  shoot (dir, db.store, meeting_id, 360, "minutes");

  sam_test_db_teardown (&db, NULL);

  /* With SAMVERKAN_SCREENSHOTS_DB naming a database (a copy: the page may
   * write to it), also the largest meeting in it. */
  if (g_getenv ("SAMVERKAN_SCREENSHOTS_DB") != NULL)
    {
      g_autoptr(SamStore) store = sam_store_open (g_getenv ("SAMVERKAN_SCREENSHOTS_DB"), &error);
      g_autofree char *big_dir = g_build_filename (dir, "big", NULL);
      guint most = 0;

      g_assert_no_error (error);
      g_clear_object (&meetings);
      meetings = sam_store_list_meetings (store);
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
          g_autoptr(GListModel) agenda = sam_store_list_agenda (store, sam_entity_get_id (SAM_ENTITY (meeting)));

          if (g_list_model_get_n_items (agenda) > most)
            {
              most = g_list_model_get_n_items (agenda);
              meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
            }
        }
      g_assert_cmpint (g_mkdir_with_parents (big_dir, 0755), ==, 0);
      shoot (big_dir, store, meeting_id, 1280, "agenda");
      shoot (big_dir, store, meeting_id, 1280, "minutes");
      shoot (big_dir, store, meeting_id, 360, "agenda");
    }
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *starts_at;
} StartQuery;

static gboolean
meeting_starts_at (gpointer data)
{
  StartQuery *query = data;
  g_autoptr(SamMeeting) meeting = sam_store_load (query->store, SAM_TYPE_MEETING, query->id, NULL);

  return meeting != NULL && g_strcmp0 (sam_meeting_get_starts_at (meeting), query->starts_at) == 0;
}

/* The header's date and start time are typed the Swedish way and saved as
 * ISO text; a day that does not exist is marked and not saved. */
static void
test_edit_date_and_time (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *date_row;
  GtkWidget *start_row;
  StartQuery query = { fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->meeting)), NULL };

  open_page (fixture);
  date_row = find_of_type (fixture->page, SAM_TYPE_DATE_ROW);
  start_row = find_of_type (fixture->page, SAM_TYPE_TIME_ROW);
  g_assert_nonnull (date_row);
  g_assert_nonnull (start_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "29 January 2019");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "15:00");

  gtk_editable_set_text (GTK_EDITABLE (date_row), "5/2 2019");
  query.starts_at = "2019-02-05T15:00";
  g_assert_true (wait_for (meeting_starts_at, &query));

  gtk_editable_set_text (GTK_EDITABLE (start_row), "16.30");
  query.starts_at = "2019-02-05T16:30";
  g_assert_true (wait_for (meeting_starts_at, &query));

  gtk_editable_set_text (GTK_EDITABLE (date_row), "30 feb 2019");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_true (meeting_starts_at (&query));

  gtk_editable_set_text (GTK_EDITABLE (date_row), "6 feb 2019");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  query.starts_at = "2019-02-06T16:30";
  g_assert_true (wait_for (meeting_starts_at, &query));
}

/* Laid out: a widget has a width only once the frame has allocated it. */
static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* The menu entry (a GtkModelButton) whose label shows @text. */
static GtkWidget *
find_menu_entry (GtkWidget  *popover,
                 const char *text)
{
  GtkWidget *label = find_mapped_label (popover, text);

  for (GtkWidget *widget = label; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") == 0)
      return widget;

  return NULL;
}

typedef struct
{
  Fixture   *fixture;
  GtkWidget *popover;
  gint64     parent_id;
} SubItemQuery;

/* The sub-item is made, the menu has closed, the editor shows the new
 * sub-item and its title has the focus. */
static gboolean
sub_item_title_focused (gpointer data)
{
  SubItemQuery *query = data;
  SamItemEditor *editor = SAM_ITEM_EDITOR (sam_meeting_page_get_item_editor (page_of (query->fixture)));
  GtkWidget *title = GTK_WIDGET (sam_item_editor_get_title_editable (editor));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (query->fixture->window));
  g_autoptr(SamAgendaItem) item = NULL;

  if (gtk_widget_get_mapped (query->popover) || focus == NULL)
    return FALSE;
  item = sam_store_load (query->fixture->db.store, SAM_TYPE_AGENDA_ITEM,
                         sam_item_editor_get_item_id (editor), NULL);

  return item != NULL && sam_agenda_item_get_parent_id (item) == query->parent_id
         && (focus == title || gtk_widget_is_ancestor (focus, title));
}

/* "Add Sub-item" in an item's menu puts the focus in the new sub-item's
 * title, as a new item does, so that the secretary types it at once. */
static void
test_sub_item_focus (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "DUA agreement", 20);
  SubItemQuery query = { fixture, NULL, sam_entity_get_id (SAM_ENTITY (item)) };
  GtkWidget *row;
  GtkWidget *menu_button;
  GtkWidget *entry;

  open_page (fixture);
  g_assert_true (wait_for_label (fixture->page, "DUA agreement"));
  row = sam_meeting_page_get_item_row (page_of (fixture), query.parent_id);
  g_assert_nonnull (row);
  menu_button = find_widget (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  query.popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_nonnull (query.popover);
  g_assert_true (wait_for (is_mapped, query.popover));
  entry = find_menu_entry (query.popover, "Sub-item");
  g_assert_nonnull (entry);
  g_signal_emit_by_name (entry, "clicked");

  g_assert_true (wait_for (sub_item_title_focused, &query));
  g_assert_cmpuint (agenda_count (fixture), ==, 2);
  /* Typing goes into the sub-item's title. */
  type_title (fixture, "Time plan");
  assert_item (fixture, 1, "1a", "Time plan", NULL);
}

/* What a 360 px window holds: the page in either mode, with an item in the
 * editor, asks for no more width than that. */
static void
test_fits_360 (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL,
                                                     "Regional development strategy", 45);
  const char *modes[] = { "agenda", "minutes" };
  SamWindow *window = sam_window_new (NULL, fixture->db.store);
  GtkWidget *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "meetings",
                                             sam_entity_get_id (SAM_ENTITY (fixture->meeting))));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Regional development strategy"));
  page = find_widget_of_type (GTK_WIDGET (window), SAM_TYPE_MEETING_PAGE);
  g_assert_nonnull (page);
  /* The item open in the editor, which the folded page shows instead of
   * the agenda. */
  g_assert_true (gtk_widget_activate_action (page, "meeting.edit-item", "x",
                                             sam_entity_get_id (SAM_ENTITY (item))));

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      int page_min = 0, content_min = 0;

      sam_meeting_page_set_mode (SAM_MEETING_PAGE (page), modes[i]);
      g_assert_true (wait_for (has_width, page));
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL, NULL, NULL);
      gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &content_min, NULL, NULL, NULL);
      g_test_message ("%s: page needs %d px, the window's content %d px", modes[i], page_min, content_min);
      g_assert_cmpint (page_min, <=, 360);
      g_assert_cmpint (content_min, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (page), <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
      {
        g_autofree char *name = g_strdup_printf ("meeting-page-%s-360", modes[i]);

        maybe_screenshot (GTK_WIDGET (window), name);
      }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* No stack or leaflet around the page is sliding it in any more. */
static gboolean
page_in_place (gpointer data)
{
  for (GtkWidget *widget = gtk_widget_get_parent (data); widget != NULL; widget = gtk_widget_get_parent (widget))
    if ((GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
        || (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget))))
      return FALSE;

  return TRUE;
}

/* The page in the app's window, with its sidebar and header bar, at
 * @width px. */
static void
open_in_window (Fixture *fixture,
                int      width)
{
  SamWindow *window = sam_window_new (NULL, fixture->db.store);

  fixture->window = GTK_WINDOW (window);
  gtk_window_set_default_size (fixture->window, width, 800);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "meetings",
                                             sam_entity_get_id (SAM_ENTITY (fixture->meeting))));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Director-group meeting"));
  fixture->page = find_widget_of_type (GTK_WIDGET (window), SAM_TYPE_MEETING_PAGE);
  g_assert_nonnull (fixture->page);
  g_assert_true (wait_for (page_in_place, fixture->page));
}

typedef struct
{
  GtkWidget *page;
  GtkWidget *shown;
} ModeQuery;

/* The mode's own part of the page (the minutes-title choice, the editor)
 * has been laid out, so the rest of the page has its new place too. */
static gboolean
mode_laid_out (gpointer data)
{
  ModeQuery *query = data;

  return gtk_widget_get_mapped (query->shown) && gtk_widget_get_width (query->shown) > 0;
}

static double
left_edge (GtkWidget *widget,
           GtkWidget *window)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &point));

  return point.x;
}

/* Switching between Agenda and Minutes leaves the page where it is: its
 * heading and mode buttons do not move sideways when the editor beside them
 * comes and goes (in the window at 1280 px they moved by 6 px). */
static void
test_mode_keeps_place (Fixture       *fixture,
                       gconstpointer  data)
{
  /* A title long enough that the page wants its widest. */
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL,
                                                     "Previous minutes of the director group, with the "
                                                     "regional development strategy, the DUA agreement, "
                                                     "the offer to report priorities and the plan", 10);
  GtkWidget *heading;
  GtkWidget *toggle;
  GtkWidget *minutes_called;
  GtkWidget *editor;
  ModeQuery query;
  double heading_x, toggle_x;

  open_in_window (fixture, 1280);
  g_assert_true (wait_for_label (fixture->page, "Previous minutes"));
  sam_meeting_page_show_item (page_of (fixture), sam_entity_get_id (SAM_ENTITY (item)));
  editor = sam_meeting_page_get_item_editor (page_of (fixture));
  query = (ModeQuery) { fixture->page, editor };
  g_assert_true (wait_for (mode_laid_out, &query));

  heading = find_mapped_label (fixture->page, "Director-group meeting");
  toggle = find_mapped_label (fixture->page, "_Agenda");
  g_assert_nonnull (heading);
  g_assert_nonnull (toggle);
  heading_x = left_edge (heading, GTK_WIDGET (fixture->window));
  toggle_x = left_edge (toggle, GTK_WIDGET (fixture->window));

  sam_meeting_page_set_mode (page_of (fixture), "minutes");
  g_assert_true (wait_for_label (fixture->page, "Minutes called"));
  minutes_called = find_mapped_label (fixture->page, "Minutes called");
  query.shown = minutes_called;
  g_assert_true (wait_for (mode_laid_out, &query));
  g_assert_false (gtk_widget_get_mapped (editor));
  g_assert_cmpfloat (left_edge (heading, GTK_WIDGET (fixture->window)), ==, heading_x);
  g_assert_cmpfloat (left_edge (toggle, GTK_WIDGET (fixture->window)), ==, toggle_x);

  sam_meeting_page_set_mode (page_of (fixture), "agenda");
  query.shown = editor;
  g_assert_true (wait_for (mode_laid_out, &query));
  g_assert_cmpfloat (left_edge (heading, GTK_WIDGET (fixture->window)), ==, heading_x);
  g_assert_cmpfloat (left_edge (toggle, GTK_WIDGET (fixture->window)), ==, toggle_x);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/meeting-page/build-and-reorder", test_build_and_reorder);
  ADD ("/meeting-page/edit-title", test_edit_title);
  ADD ("/meeting-page/undo-delete", test_undo_delete);
  ADD ("/meeting-page/undo-remove", test_undo_remove);
  ADD ("/meeting-page/tentative-item", test_tentative_item);
  ADD ("/meeting-page/propose-item", test_propose_item);
  ADD ("/meeting-page/propose-points-new-meeting", test_propose_points_new_meeting);
  ADD ("/meeting-page/attachment", test_attachment);
  ADD ("/meeting-page/protocol-adjusted", test_protocol_adjusted);
  ADD ("/meeting-page/attendance", test_attendance);
  ADD ("/meeting-page/edit-date-and-time", test_edit_date_and_time);
  ADD ("/meeting-page/sub-item-focus", test_sub_item_focus);
  ADD ("/meeting-page/fits-360", test_fits_360);
  ADD ("/meeting-page/mode-keeps-place", test_mode_keeps_place);
  /* Not a test: pictures for people to look at, taken only on request. */
  if (g_getenv ("SAMVERKAN_SCREENSHOTS") != NULL)
    g_test_add_func ("/meeting-page/screenshots", test_screenshots);

#undef ADD

  return g_test_run ();
}
