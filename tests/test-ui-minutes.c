/* test-ui-minutes.c: the minutes of one agenda item, under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-minutes"

#include "config.h"

#include <adwaita.h>
#include <poppler.h>

#include "sam-document.h"
#include "sam-minutes-item.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

typedef struct
{
  SamTestDb       db;
  SamBody        *body;
  SamMeeting     *meeting;
  SamAgendaItem  *item;
  GtkWindow      *window;
  SamMinutesItem *minutes;
} Fixture;

/* Lets pending saves (they wait for the typing to pause) and layout run. */
static void
settle (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2 * G_TIME_SPAN_MILLISECOND);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name,
            guint       nth)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint seen = 0;

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *current = g_ptr_array_steal_index (stack, 0);
      guint insert_at = 0;

      if (g_strcmp0 (gtk_widget_get_name (current), name) == 0 && seen++ == nth)
        return current;

      /* Depth first, in order, so that nth counts as a person reads. */
      for (GtkWidget *child = gtk_widget_get_first_child (current);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_insert (stack, insert_at++, child);
    }

  return NULL;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type,
           guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      if (*nth == 0)
        return widget;
      (*nth)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type, nth);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_nth_type (GtkWidget *widget,
               GType      type,
               guint      nth)
{
  return find_type (widget, type, &nth);
}

static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  /* Character by character, as typing does. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char c[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      gtk_text_buffer_insert_at_cursor (buffer, c, -1);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  sam_test_db_setup (&fixture->db, data);
  fixture->body = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->meeting = sam_test_add_meeting (fixture->db.store, fixture->body, "2019-01-29T15:00",
                                           "Kommundirektörsmöte");
  fixture->item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL,
                                     "DUA-överenskommelse inom MLR", 20);
}

static void
open_minutes (Fixture *fixture)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 700);
  fixture->minutes = SAM_MINUTES_ITEM (sam_minutes_item_new (fixture->db.store,
                                                             sam_entity_get_id (SAM_ENTITY (fixture->item))));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->minutes));
  gtk_window_set_child (fixture->window, scrolled);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->minutes));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  settle (20);
  g_clear_object (&fixture->item);
  g_clear_object (&fixture->meeting);
  g_clear_object (&fixture->body);
  sam_test_db_teardown (&fixture->db, data);
}

typedef struct
{
  SamStore   *store;
  gint64      id;
  const char *minutes;
  const char *remarks;
} ItemQuery;

static gboolean
item_has_texts (gpointer data)
{
  ItemQuery *query = data;
  g_autoptr(SamAgendaItem) item = sam_store_load (query->store, SAM_TYPE_AGENDA_ITEM, query->id, NULL);

  return item != NULL
         && g_strcmp0 (sam_agenda_item_get_minutes_text (item), query->minutes) == 0
         && g_strcmp0 (sam_agenda_item_get_remarks (item), query->remarks) == 0;
}

static void
test_minutes_text_saves (Fixture       *fixture,
                         gconstpointer  data)
{
  ItemQuery query = { fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->item)), NULL, NULL };
  GtkTextView *minutes_view;
  GtkTextView *remarks_view;

  open_minutes (fixture);

  minutes_view = GTK_TEXT_VIEW (find_nth_type (GTK_WIDGET (fixture->minutes), GTK_TYPE_TEXT_VIEW, 0));
  remarks_view = GTK_TEXT_VIEW (find_nth_type (GTK_WIDGET (fixture->minutes), GTK_TYPE_TEXT_VIEW, 1));
  g_assert_nonnull (minutes_view);
  g_assert_nonnull (remarks_view);

  type_text (minutes_view, "Gunnar Bergström redovisar rapporten.");
  type_text (remarks_view, "Trelleborg önskar liknande inom lantbruket.");

  query.minutes = "Gunnar Bergström redovisar rapporten.";
  query.remarks = "Trelleborg önskar liknande inom lantbruket.";
  g_assert_true (wait_for (item_has_texts, &query));

  /* A change made elsewhere shows up here. */
  {
    g_autoptr(SamAgendaItem) item = sam_store_load (fixture->db.store, SAM_TYPE_AGENDA_ITEM, query.id, NULL);
    g_autoptr(GError) error = NULL;
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    sam_agenda_item_set_minutes_text (item, "Rättad text.");
    g_assert_true (sam_store_update (fixture->db.store, item, &error));
    g_assert_no_error (error);

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (minutes_view), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (minutes_view), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Rättad text.");
  }
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountQuery;

static gboolean
model_has_n (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n;
}

typedef struct
{
  GListModel         *decisions;
  const char         *text;
  SamDecisionOutcome  outcome;
} DecisionQuery;

static gboolean
decision_saved (gpointer data)
{
  DecisionQuery *query = data;
  g_autoptr(SamDecision) decision = NULL;

  if (g_list_model_get_n_items (query->decisions) != 1)
    return FALSE;

  decision = g_list_model_get_item (query->decisions, 0);

  return g_strcmp0 (sam_decision_get_text (decision), query->text) == 0
         && sam_decision_get_outcome (decision) == query->outcome;
}

static void
test_add_decision (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) decisions = NULL;
  DecisionQuery query;
  GtkWidget *text_view;
  GtkWidget *outcome;

  decisions = sam_store_list_decisions_by_item (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->item)));
  open_minutes (fixture);

  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "decision-editor", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->minutes), "minutes.add-decision", NULL));
  settle (50);

  text_view = find_named (GTK_WIDGET (fixture->minutes), "decision-text", 0);
  outcome = find_named (GTK_WIDGET (fixture->minutes), "decision-outcome", 0);
  g_assert_nonnull (text_view);
  g_assert_nonnull (outcome);
  g_assert_true (gtk_widget_has_focus (text_view));

  /* A decision without a text is not saved, and is not lost either. */
  settle (400);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 0);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (outcome), SAM_DECISION_OUTCOME_NOTED);
  type_text (GTK_TEXT_VIEW (text_view), "Kommundirektörsgruppen beslutar att rapporten läggs till handlingarna.");

  query = (DecisionQuery) { decisions, "Kommundirektörsgruppen beslutar att rapporten läggs till handlingarna.",
                            SAM_DECISION_OUTCOME_NOTED };
  g_assert_true (wait_for (decision_saved, &query));

  /* Still one editor, the same one the user typed in. */
  g_assert_true (find_named (GTK_WIDGET (fixture->minutes), "decision-text", 0) == text_view);
  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "decision-text", 1));

  /* Changing the outcome saves it at once. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (outcome), SAM_DECISION_OUTCOME_APPROVED);
  query.outcome = SAM_DECISION_OUTCOME_APPROVED;
  g_assert_true (decision_saved (&query));

  /* Removing it removes it from the store. */
  gtk_widget_activate (find_named (GTK_WIDGET (fixture->minutes), "decision-remove", 0));
  {
    CountQuery count = { decisions, 0 };

    g_assert_true (wait_for (model_has_n, &count));
  }
  settle (50);
  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "decision-editor", 0));
}

typedef struct
{
  GListModel *assignments;
  gint64      body_id;
  const char *title;
  const char *due_on;
} AssignmentQuery;

static gboolean
assignment_saved (gpointer data)
{
  AssignmentQuery *query = data;
  g_autoptr(SamAssignment) assignment = NULL;

  if (g_list_model_get_n_items (query->assignments) != 1)
    return FALSE;

  assignment = g_list_model_get_item (query->assignments, 0);

  return g_strcmp0 (sam_assignment_get_title (assignment), query->title) == 0
         && sam_assignment_get_owner_kind (assignment) == SAM_OWNER_KIND_BODY
         && sam_assignment_get_owner_body_id (assignment) == query->body_id
         && g_strcmp0 (sam_assignment_get_due_on (assignment), query->due_on) == 0;
}

static void
test_add_assignment (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) assignments = NULL;
  g_autoptr(SamBody) network = NULL;
  g_autoptr(GListModel) bodies = NULL;
  AssignmentQuery query;
  GtkWidget *title;
  GtkWidget *owner;
  GtkWidget *due;
  GtkDropDown *kind_drop_down;
  GtkDropDown *owner_drop_down;
  guint network_position = GTK_INVALID_LIST_POSITION;

  network = sam_test_add_body (fixture->db.store, "Näringslivsgruppen", SAM_BODY_KIND_WORKING_GROUP);
  assignments = sam_store_list_assignments_by_item (fixture->db.store,
                                                    sam_entity_get_id (SAM_ENTITY (fixture->item)));
  bodies = sam_store_list_bodies (fixture->db.store);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);

      if (sam_entity_get_id (SAM_ENTITY (body)) == sam_entity_get_id (SAM_ENTITY (network)))
        network_position = i;
    }
  g_assert_cmpuint (network_position, !=, GTK_INVALID_LIST_POSITION);

  open_minutes (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->minutes), "minutes.add-assignment", NULL));
  settle (50);

  title = find_named (GTK_WIDGET (fixture->minutes), "assignment-title", 0);
  owner = find_named (GTK_WIDGET (fixture->minutes), "assignment-owner", 0);
  due = find_named (GTK_WIDGET (fixture->minutes), "assignment-due", 0);
  g_assert_nonnull (title);
  g_assert_nonnull (owner);
  g_assert_nonnull (due);

  /* The owner and date chosen before the title are kept for it. */
  kind_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 0));
  owner_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 1));
  gtk_drop_down_set_selected (kind_drop_down, SAM_OWNER_KIND_BODY);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (owner_drop_down)));
  gtk_drop_down_set_selected (owner_drop_down, network_position);

  /* A date that does not exist is refused with a message, and kept. */
  gtk_editable_set_text (GTK_EDITABLE (due), "2019-02-30");
  gtk_editable_set_text (GTK_EDITABLE (title), "Genomföra Industrinatten 2019 i Malmö");
  settle (450);
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2019-02-30");
  query = (AssignmentQuery) { assignments, sam_entity_get_id (SAM_ENTITY (network)),
                              "Genomföra Industrinatten 2019 i Malmö", NULL };
  g_assert_true (wait_for (assignment_saved, &query));

  gtk_editable_set_text (GTK_EDITABLE (due), "2019-09-30");
  query.due_on = "2019-09-30";
  g_assert_true (wait_for (assignment_saved, &query));
  g_assert_false (gtk_widget_has_css_class (due, "error"));

  /* The Swedish way of writing it is read too. */
  gtk_editable_set_text (GTK_EDITABLE (due), "10 okt 2019");
  query.due_on = "2019-10-10";
  g_assert_true (wait_for (assignment_saved, &query));
  g_assert_false (gtk_widget_has_css_class (due, "error"));

  /* Only one editor, still the one typed in. */
  g_assert_true (find_named (GTK_WIDGET (fixture->minutes), "assignment-title", 0) == title);
  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "assignment-title", 1));
}

typedef struct
{
  SamStore     *store;
  gint64        id;
  SamOwnerKind  kind;
  gint64        person_id;
  const char   *text;
} OwnerQuery;

static gboolean
owner_saved (gpointer data)
{
  OwnerQuery *query = data;
  g_autoptr(SamAssignment) assignment = sam_store_load (query->store, SAM_TYPE_ASSIGNMENT, query->id, NULL);

  return assignment != NULL
         && sam_assignment_get_owner_kind (assignment) == query->kind
         && sam_assignment_get_owner_person_id (assignment) == query->person_id
         && g_strcmp0 (sam_assignment_get_owner_text (assignment), query->text) == 0;
}

/* The minutes as a reader gets them, as text. */
static char *
minutes_document_text (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->db.dir, "minnesanteckningar.pdf", NULL);
  g_autofree char *uri = NULL;
  PopplerDocument *document;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  g_assert_true (sam_document_write_pdf (fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->meeting)),
                                         SAM_DOCUMENT_MINUTES, "sv", path, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);

  return g_string_free (text, FALSE);
}

/* An owner who is no record, a role or an outside organisation, is written
 * out; the minutes name it, and choosing a person instead forgets it. */
static void
test_written_owner (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAssignment) assignment = sam_assignment_new ();
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *owner;
  GtkWidget *text_entry;
  GtkDropDown *kind_drop_down;
  GtkDropDown *owner_drop_down;
  guint person_position = GTK_INVALID_LIST_POSITION;
  OwnerQuery query;

  sam_person_set_name (person, "Fredrik Geijer");
  g_assert_true (sam_store_insert (fixture->db.store, person, &error));
  g_assert_no_error (error);
  sam_assignment_set_agenda_item_id (assignment, sam_entity_get_id (SAM_ENTITY (fixture->item)));
  sam_assignment_set_title (assignment, "Genomföra Industrinatten 2019 i Malmö");
  sam_assignment_set_owner_kind (assignment, SAM_OWNER_KIND_PERSON);
  sam_assignment_set_owner_person_id (assignment, sam_entity_get_id (SAM_ENTITY (person)));
  g_assert_true (sam_store_insert (fixture->db.store, assignment, &error));
  g_assert_no_error (error);

  people = sam_store_list_people (fixture->db.store);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SamPerson) listed = g_list_model_get_item (people, i);

      if (sam_entity_get_id (SAM_ENTITY (listed)) == sam_entity_get_id (SAM_ENTITY (person)))
        person_position = i;
    }
  g_assert_cmpuint (person_position, !=, GTK_INVALID_LIST_POSITION);

  open_minutes (fixture);
  owner = find_named (GTK_WIDGET (fixture->minutes), "assignment-owner", 0);
  g_assert_nonnull (owner);
  kind_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 0));
  owner_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 1));
  text_entry = find_named (owner, "owner-text", 0);
  g_assert_nonnull (text_entry);
  g_assert_false (gtk_widget_get_visible (text_entry));
  query = (OwnerQuery) { fixture->db.store, sam_entity_get_id (SAM_ENTITY (assignment)),
                         SAM_OWNER_KIND_PERSON, sam_entity_get_id (SAM_ENTITY (person)), NULL };

  /* The last kind is the written one; until something is written the
   * person stays the owner. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (kind_drop_down)), ==, 6);
  gtk_drop_down_set_selected (kind_drop_down, 5);
  g_assert_true (gtk_widget_get_visible (text_entry));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (owner_drop_down)));
  settle (450);
  g_assert_true (owner_saved (&query));

  gtk_editable_set_text (GTK_EDITABLE (text_entry), "  IUC Syd ");
  query = (OwnerQuery) { query.store, query.id, SAM_OWNER_KIND_NONE, 0, "IUC Syd" };
  g_assert_true (wait_for (owner_saved, &query));
  /* Saving leaves the typing alone: a space typed before a pause stays. */
  settle (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_entry)), ==, "  IUC Syd ");
  {
    g_autofree char *text = minutes_document_text (fixture);

    g_assert_nonnull (strstr (text, "Genomföra Industrinatten 2019 i Malmö – Ansvarig: IUC Syd"));
  }
  maybe_screenshot (GTK_WIDGET (fixture->window), "minutes-written-owner");

  /* Emptied, it is refused with a message and the owner is kept. */
  gtk_editable_set_text (GTK_EDITABLE (text_entry), "");
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->minutes), "Write the role or organisation"));
  g_assert_true (owner_saved (&query));
  g_assert_true (gtk_widget_get_visible (text_entry));
  maybe_screenshot (GTK_WIDGET (fixture->window), "minutes-written-owner-empty");

  gtk_editable_set_text (GTK_EDITABLE (text_entry), "sekretariatsledaren");
  query.text = "sekretariatsledaren";
  g_assert_true (wait_for (owner_saved, &query));
  g_assert_true (wait_for_no_label (GTK_WIDGET (fixture->minutes), "Write the role or organisation"));

  /* Opened again, the meeting page shows the written owner. */
  gtk_window_destroy (fixture->window);
  settle (20);
  open_minutes (fixture);
  owner = find_named (GTK_WIDGET (fixture->minutes), "assignment-owner", 0);
  g_assert_nonnull (owner);
  kind_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 0));
  owner_drop_down = GTK_DROP_DOWN (find_nth_type (owner, GTK_TYPE_DROP_DOWN, 1));
  text_entry = find_named (owner, "owner-text", 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (kind_drop_down), ==, 5);
  g_assert_true (gtk_widget_get_visible (text_entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_entry)), ==, "sekretariatsledaren");

  /* A person again: the written owner is gone, in the store and the
   * minutes. */
  gtk_drop_down_set_selected (kind_drop_down, SAM_OWNER_KIND_PERSON);
  g_assert_false (gtk_widget_get_visible (text_entry));
  gtk_drop_down_set_selected (owner_drop_down, person_position);
  query = (OwnerQuery) { query.store, query.id, SAM_OWNER_KIND_PERSON,
                         sam_entity_get_id (SAM_ENTITY (person)), NULL };
  g_assert_true (wait_for (owner_saved, &query));
  maybe_screenshot (GTK_WIDGET (fixture->window), "minutes-written-owner-person");
  {
    g_autofree char *text = minutes_document_text (fixture);

    g_assert_null (strstr (text, "sekretariatsledaren"));
    g_assert_nonnull (strstr (text, "Ansvarig: Fredrik Geijer"));
  }
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *text_view;
  GtkWidget *outcome;
  GtkWidget *remove;
  GtkWidget *add_button;
  GtkTextView *remarks_view;
  guint notified = 0;

  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (fixture->item)));
  sam_decision_set_text (decision, "Kommundirektörsgruppen godkänner rapportens förslag och tidplan.");
  g_assert_true (sam_store_insert (fixture->db.store, decision, &error));
  g_assert_no_error (error);

  open_minutes (fixture);

  text_view = find_named (GTK_WIDGET (fixture->minutes), "decision-text", 0);
  outcome = find_named (GTK_WIDGET (fixture->minutes), "decision-outcome", 0);
  remove = find_named (GTK_WIDGET (fixture->minutes), "decision-remove", 0);
  g_assert_nonnull (text_view);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Kommundirektörsgruppen godkänner rapportens förslag och tidplan.");
  }

  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (text_view)));
  g_assert_true (gtk_widget_get_sensitive (outcome));

  g_signal_connect (fixture->minutes, "notify::locked", G_CALLBACK (notify_cb), &notified);
  sam_minutes_item_set_locked (fixture->minutes, TRUE);
  sam_minutes_item_set_locked (fixture->minutes, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (sam_minutes_item_get_locked (fixture->minutes));
  settle (20);

  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (text_view)));
  g_assert_false (gtk_widget_get_sensitive (outcome));
  g_assert_false (gtk_widget_get_sensitive (remove));
  gtk_widget_activate_action (GTK_WIDGET (fixture->minutes), "minutes.add-decision", NULL);
  settle (20);
  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "decision-editor", 1));

  for (guint i = 0; (add_button = find_nth_type (GTK_WIDGET (fixture->minutes), GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (add_button)), "minutes.add-decision") == 0)
      break;
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_get_sensitive (add_button));

  /* What was said and the assignments stay editable. */
  remarks_view = GTK_TEXT_VIEW (find_nth_type (GTK_WIDGET (fixture->minutes), GTK_TYPE_TEXT_VIEW, 1));
  g_assert_true (gtk_text_view_get_editable (remarks_view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->minutes), "minutes.add-assignment", NULL));

  /* Unlocking gives the decisions back. */
  sam_minutes_item_set_locked (fixture->minutes, FALSE);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (text_view)));
  g_assert_true (gtk_widget_get_sensitive (outcome));
}

static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamDecision) first = sam_decision_new ();
  g_autoptr(SamDecision) second = sam_decision_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *first_view;

  open_minutes (fixture);

  /* Decisions that arrive through the store (an import, an Undo) appear
   * in their order. */
  sam_decision_set_agenda_item_id (second, sam_entity_get_id (SAM_ENTITY (fixture->item)));
  sam_decision_set_position (second, 2);
  sam_decision_set_text (second, "Beslut två");
  g_assert_true (sam_store_insert (fixture->db.store, second, &error));
  sam_decision_set_agenda_item_id (first, sam_entity_get_id (SAM_ENTITY (fixture->item)));
  sam_decision_set_position (first, 1);
  sam_decision_set_text (first, "Beslut ett");
  g_assert_true (sam_store_insert (fixture->db.store, first, &error));
  g_assert_no_error (error);
  settle (20);

  first_view = find_named (GTK_WIDGET (fixture->minutes), "decision-text", 0);
  g_assert_nonnull (first_view);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (first_view)), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (first_view)), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Beslut ett");
  }

  g_assert_true (sam_store_delete (fixture->db.store, first, &error));
  g_assert_no_error (error);
  settle (20);
  g_assert_nonnull (find_named (GTK_WIDGET (fixture->minutes), "decision-editor", 0));
  g_assert_null (find_named (GTK_WIDGET (fixture->minutes), "decision-editor", 1));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/minutes/text-saves", Fixture, NULL, fixture_setup, test_minutes_text_saves, fixture_teardown);
  g_test_add ("/ui/minutes/add-decision", Fixture, NULL, fixture_setup, test_add_decision, fixture_teardown);
  g_test_add ("/ui/minutes/add-assignment", Fixture, NULL, fixture_setup, test_add_assignment, fixture_teardown);
  g_test_add ("/ui/minutes/written-owner", Fixture, NULL, fixture_setup, test_written_owner, fixture_teardown);
  g_test_add ("/ui/minutes/locked", Fixture, NULL, fixture_setup, test_locked, fixture_teardown);
  g_test_add ("/ui/minutes/follows-store", Fixture, NULL, fixture_setup, test_follows_store, fixture_teardown);

  return g_test_run ();
}
