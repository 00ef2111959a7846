/* test-search.c: the full-text search of the store (issue 14).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sam-model.h"
#include "sam-store.h"
#include "sam-store-search.h"
#include "sam-store-undo.h"
#include "sam-test-util.h"

#define ID(x) sam_entity_get_id (SAM_ENTITY (x))

static gpointer
add_new (SamStore   *store,
         GType       type,
         const char *first_property,
         ...)
{
  g_autoptr(GError) error = NULL;
  va_list args;
  GObject *entity;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);

  return entity;
}

static GPtrArray *
search (SamStore   *store,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = sam_store_search (store, query, NULL, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);

  return hits;
}

/* The one hit of a query, which must be of @kind and @uuid. */
static SamSearchHit *
only_hit (GPtrArray  *hits,
          const char *kind,
          gpointer    entity)
{
  SamSearchHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->kind, ==, kind);
  g_assert_cmpstr (hit->uuid, ==, sam_entity_get_uuid (SAM_ENTITY (entity)));

  return hit;
}

typedef struct
{
  SamTestDb      db;
  SamBody       *body;
  SamMeeting    *meeting;
  SamMeeting    *old_meeting;
  SamAgendaItem *item;
  SamDecision   *decision;
  SamStudyTrip  *trip;
  SamDestination *destination;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  SamStore *store;

  sam_test_db_setup (&f->db, data);
  store = f->db.store;
  f->body = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  f->old_meeting = sam_test_add_meeting (store, f->body, "2015-03-02T09:00", "Styrelsemöte om DUA");
  f->meeting = sam_test_add_meeting (store, f->body, "2024-03-02T09:00", "Kommundirektörsmöte");
  f->item = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (f->meeting), "title", "Kompetens",
                     "minutes-text", "Gruppen diskuterade kompetensförsörjningen i vården",
                     "remarks", "Ta med synpunkterna om pendlingsstråken",
                     "internal-note", "Ringa ordföranden om hemligheten innan",
                     "background", "Den digitala utvecklingen av arbetsplatser", NULL);
  f->decision = add_new (store, SAM_TYPE_DECISION, "agenda-item-id", ID (f->item),
                         "text", "Styrelsen beslutar att anta handlingsplanen", NULL);
  f->trip = add_new (store, SAM_TYPE_STUDY_TRIP, "title", "Studieresa 2024", "body-id", ID (f->body), NULL);
  f->destination = add_new (store, SAM_TYPE_DESTINATION, "study-trip-id", ID (f->trip), "city", "Bilbao",
                            "rationale", "Guggenheimeffekten och stadsförnyelsen", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->body);
  g_clear_object (&f->meeting);
  g_clear_object (&f->old_meeting);
  g_clear_object (&f->item);
  g_clear_object (&f->decision);
  g_clear_object (&f->trip);
  g_clear_object (&f->destination);
  sam_test_db_teardown (&f->db, data);
}

/* A word that only one text holds is found there, and the hit leads to
 * where that text lives. */
static void
test_every_text (Fixture       *f,
                 gconstpointer  data)
{
  SamStore *store = f->db.store;
  const char *meeting_uuid = sam_entity_get_uuid (SAM_ENTITY (f->meeting));
  g_autoptr(GPtrArray) minutes = search (store, "kompetensförsörjningen");
  g_autoptr(GPtrArray) input = search (store, "pendlingsstråken");
  g_autoptr(GPtrArray) decision = search (store, "handlingsplanen");
  g_autoptr(GPtrArray) rationale = search (store, "guggenheimeffekten");
  SamSearchHit *hit;

  hit = only_hit (minutes, "agenda-item", f->item);
  g_assert_cmpstr (hit->meeting_uuid, ==, meeting_uuid);
  g_assert_cmpstr (hit->body, ==, "Kommundirektörsgruppen");
  g_assert_cmpstr (hit->date, ==, "2024-03-02T09:00");
  g_assert_nonnull (strstr (hit->snippet, SAM_SEARCH_MARK_START "kompetensförsörjningen" SAM_SEARCH_MARK_END));

  hit = only_hit (input, "agenda-item", f->item);
  g_assert_cmpstr (hit->meeting_uuid, ==, meeting_uuid);

  hit = only_hit (decision, "decision", f->decision);
  g_assert_cmpstr (hit->meeting_uuid, ==, meeting_uuid);
  g_assert_cmpstr (hit->parent_uuid, ==, sam_entity_get_uuid (SAM_ENTITY (f->item)));

  hit = only_hit (rationale, "trip", f->trip);
  g_assert_nonnull (strstr (hit->snippet, "Guggenheimeffekten"));
}

/* Typed without å ä ö, as a prefix, and inside a compound. */
static void
test_swedish (Fixture       *f,
              gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GPtrArray) compound = search (store, "mote");
  g_autoptr(GPtrArray) folded = search (store, "Kommundirektorsmote");
  g_autoptr(GPtrArray) prefix = search (store, "kompetensf");
  g_autoptr(GPtrArray) exact = search (store, "möte");
  gboolean found = FALSE;

  for (guint i = 0; i < compound->len; i++)
    {
      SamSearchHit *hit = g_ptr_array_index (compound, i);

      if (g_str_equal (hit->uuid, sam_entity_get_uuid (SAM_ENTITY (f->meeting))))
        found = TRUE;
    }
  g_assert_true (found);

  only_hit (folded, "meeting", f->meeting);
  only_hit (prefix, "agenda-item", f->item);
  g_assert_cmpuint (exact->len, ==, 2);
}

/* Several words must all be there; a quoted phrase only in its order. */
static void
test_words_and_phrases (Fixture       *f,
                        gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GPtrArray) both = search (store, "digitala arbetsplatser");
  g_autoptr(GPtrArray) one_missing = search (store, "digitala bilbao");
  g_autoptr(GPtrArray) phrase = search (store, "\"digitala utvecklingen\"");
  g_autoptr(GPtrArray) reversed = search (store, "\"utvecklingen digitala\"");

  only_hit (both, "agenda-item", f->item);
  g_assert_cmpuint (one_missing->len, ==, 0);
  only_hit (phrase, "agenda-item", f->item);
  g_assert_cmpuint (reversed->len, ==, 0);
}

/* FTS5's syntax in the user's text is text: no error, no operator. */
static void
test_syntax_is_text (Fixture       *f,
                     gconstpointer  data)
{
  SamStore *store = f->db.store;
  const char *queries[] = {
    "\"", "*", "(", ")", "-", "NEAR", "NEAR(digitala utvecklingen)", "digitala -utvecklingen",
    "digitala OR bilbao", "digitala NOT utvecklingen", "title:bilbao", "\"digitala", "^digitala",
    "'); DROP TABLE meeting; --", "{title}: x", "a\"b", "*digitala*",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (store, queries[i]);

      g_test_message ("%s: %u hits", queries[i], hits->len);
    }

  {
    /* OR is a word, not an operator: nothing holds it. */
    g_autoptr(GPtrArray) or = search (store, "digitala OR bilbao");
    g_autoptr(GPtrArray) minus = search (store, "digitala -utvecklingen");
    g_autoptr(GPtrArray) star = search (store, "*digitala*");

    g_assert_cmpuint (or->len, ==, 0);
    /* "-utvecklingen" is the word, which is there, not its negation. */
    only_hit (minus, "agenda-item", f->item);
    only_hit (star, "agenda-item", f->item);
  }

  g_assert_cmpint (sam_store_count (store, SAM_TYPE_MEETING), ==, 2);
}

/* The internal note is found, and the hit says it is there. */
static void
test_internal_note (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = search (f->db.store, "hemligheten");
  SamSearchHit *hit = only_hit (hits, "agenda-item", f->item);

  g_assert_true (hit->in_note);
}

/* An edit, a delete, an undo change the hits at once. */
static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after_edit = NULL;
  g_autoptr(GPtrArray) old_word = NULL;
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GPtrArray) deleted_decision = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GPtrArray) undone_decision = NULL;

  before = search (store, "pendlingsstråken");
  g_assert_cmpuint (before->len, ==, 1);

  sam_agenda_item_set_remarks (f->item, "Ta med synpunkterna om cykelvägarna");
  g_assert_true (sam_store_update (store, f->item, &error));
  g_assert_no_error (error);
  after_edit = search (store, "cykelvägarna");
  old_word = search (store, "pendlingsstråken");
  only_hit (after_edit, "agenda-item", f->item);
  g_assert_cmpuint (old_word->len, ==, 0);

  /* Deleting the meeting takes its item and decision with it. */
  deletion = sam_store_delete_with_undo (store, f->meeting, &error);
  g_assert_no_error (error);
  deleted = search (store, "cykelvägarna");
  deleted_decision = search (store, "handlingsplanen");
  g_assert_cmpuint (deleted->len, ==, 0);
  g_assert_cmpuint (deleted_decision->len, ==, 0);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  undone = search (store, "cykelvägarna");
  undone_decision = search (store, "handlingsplanen");
  only_hit (undone, "agenda-item", f->item);
  only_hit (undone_decision, "decision", f->decision);
}

/* Filters by kind, body and year. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GError) error = NULL;
  SamSearchFilter by_year = { NULL, 0, 2015 };
  SamSearchFilter by_kind = { "meeting", 0, 0 };
  SamSearchFilter other_body = { NULL, ID (f->body) + 100, 0 };
  g_autoptr(GPtrArray) year = sam_store_search (store, "styrelsemöte", &by_year, 10, &error);
  g_autoptr(GPtrArray) kind = sam_store_search (store, "styrelse", &by_kind, 10, &error);
  g_autoptr(GPtrArray) body = sam_store_search (store, "styrelse", &other_body, 10, &error);

  g_assert_no_error (error);
  only_hit (year, "meeting", f->old_meeting);
  only_hit (kind, "meeting", f->old_meeting);
  g_assert_cmpuint (body->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/search/every-text", test_every_text);
  ADD ("/search/swedish", test_swedish);
  ADD ("/search/words-and-phrases", test_words_and_phrases);
  ADD ("/search/syntax-is-text", test_syntax_is_text);
  ADD ("/search/internal-note", test_internal_note);
  ADD ("/search/changes", test_changes);
  ADD ("/search/filters", test_filters);

  return g_test_run ();
}
