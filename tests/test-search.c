/* test-search.c: the full-text search of the store (issue 14).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>

#include "sam-document.h"
#include "sam-exchange.h"
#include "sam-model.h"
#include "sam-store.h"
#include "sam-store-extract.h"
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

/* An import puts its texts into the search at once: a meeting exported,
 * deleted and imported again is found again. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) back_decision = NULL;

  exported = sam_exchange_export_bytes (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sam_store_delete (store, f->meeting, &error));
  g_assert_no_error (error);
  gone = search (store, "kompetensförsörjningen");
  g_assert_cmpuint (gone->len, ==, 0);

  summary = sam_exchange_import_bytes (store, exported, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  back = search (store, "kompetensförsörjningen");
  back_decision = search (store, "handlingsplanen");
  only_hit (back, "agenda-item", f->item);
  only_hit (back_decision, "decision", f->decision);
}

/* The internal note is searchable, but neither the agenda nor the minutes
 * print it, while they print the texts around it. */
static void
test_note_not_printed (Fixture       *f,
                       gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GPtrArray) hits = search (store, "hemligheten");
  SamDocumentKind kinds[] = { SAM_DOCUMENT_AGENDA, SAM_DOCUMENT_MINUTES };

  only_hit (hits, "agenda-item", f->item);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (f->db.dir, "document.pdf", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_auto(GStrv) pages = NULL;
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (sam_document_write_pdf (store, ID (f->meeting), kinds[k], "sv", path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      pages = sam_pdf_extract_pages (bytes, &error);
      g_assert_no_error (error);
      text = g_strjoinv ("\n", pages);

      g_assert_nonnull (strstr (text, "Kompetens"));
      g_assert_null (strstr (text, "hemligheten"));
      g_assert_null (strstr (text, "Ringa ordföranden"));
    }
}

/* Attachments' text */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF whose page i holds @pages[i]. */
static GBytes *
make_pdf (const char * const *pages)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      cairo_move_to (cr, 60, 100);
      cairo_show_text (cr, pages[i]);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (bytes);
}

static SamAttachment *
add_attachment (Fixture    *f,
                const char *title,
                GBytes     *data)
{
  g_autoptr(GError) error = NULL;
  SamAttachment *attachment = g_object_new (SAM_TYPE_ATTACHMENT, "meeting-id", ID (f->meeting),
                                            "agenda-item-id", ID (f->item), "title", title,
                                            "file-name", "bilaga.pdf", "media-type", "application/pdf",
                                            NULL);

  g_assert_true (sam_store_set_attachment_data (f->db.store, attachment, data, &error));
  g_assert_no_error (error);

  return attachment;
}

static void
read_all (SamStore *store,
          guint     expected)
{
  g_autoptr(GError) error = NULL;
  guint n_read = 0;

  g_assert_true (sam_store_read_attachment_texts (store, 0, NULL, &n_read, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_read, ==, expected);
}

/* A word only on the second page of a PDF is found, the hit naming the
 * attachment, its meeting and the page; a new file replaces the text. */
static void
test_attachment_page (Fixture       *f,
                      gconstpointer  data)
{
  SamStore *store = f->db.store;
  g_autoptr(GError) error = NULL;
  const char *pages[] = { "Inledning om budgeten", "Kvartersodlingarna i Limhamn växer", NULL };
  const char *other[] = { "Ett helt annat innehåll", NULL };
  g_autoptr(GBytes) pdf = make_pdf (pages);
  g_autoptr(GBytes) replacement = make_pdf (other);
  g_autoptr(SamAttachment) attachment = add_attachment (f, "Underlag odling", pdf);
  g_autoptr(GPtrArray) before = search (store, "kvartersodlingarna");
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) replaced = NULL;
  g_autoptr(GPtrArray) new_text = NULL;
  SamSearchHit *hit;

  /* Not read yet: the word is not there. */
  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpint (sam_store_count_attachments_to_read (store, NULL), ==, 1);
  read_all (store, 1);
  g_assert_cmpint (sam_store_count_attachments_to_read (store, NULL), ==, 0);

  after = search (store, "kvartersodlingarna");
  hit = only_hit (after, "attachment", attachment);
  g_assert_cmpint (hit->page, ==, 2);
  g_assert_cmpstr (hit->title, ==, "Underlag odling");
  g_assert_cmpstr (hit->meeting_uuid, ==, sam_entity_get_uuid (SAM_ENTITY (f->meeting)));
  g_assert_nonnull (strstr (hit->snippet, SAM_SEARCH_MARK_START "Kvartersodlingarna" SAM_SEARCH_MARK_END));

  g_assert_true (sam_store_set_attachment_data (store, attachment, replacement, &error));
  g_assert_no_error (error);
  replaced = search (store, "kvartersodlingarna");
  g_assert_cmpuint (replaced->len, ==, 0);
  read_all (store, 1);
  new_text = search (store, "innehållet");
  g_assert_cmpuint (new_text->len, ==, 0);
  g_clear_pointer (&new_text, g_ptr_array_unref);
  new_text = search (store, "innehåll");
  hit = only_hit (new_text, "attachment", attachment);
  g_assert_cmpint (hit->page, ==, 1);
}

/* A file poppler cannot read is recorded, not read again, and breaks
 * nothing. */
static void
test_attachment_damaged (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GBytes) junk = g_bytes_new_static ("%PDF-1.4 not really", 19);
  g_autoptr(SamAttachment) attachment = add_attachment (f, "Trasig", junk);

  read_all (f->db.store, 1);
  g_assert_cmpint (sam_store_count_attachments_to_read (f->db.store, NULL), ==, 0);
  read_all (f->db.store, 0);
}

/* The pass over existing attachments stops when told and goes on where it
 * stopped, also in a store opened again. */
static void
test_attachment_resume (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) attachments = g_ptr_array_new_with_free_func (g_object_unref);
  const char *words[] = { "Alfaorden", "Betaorden", "Gammaorden" };
  guint n_read = 99;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *pages[] = { words[i], NULL };
      g_autoptr(GBytes) pdf = make_pdf (pages);

      g_autofree char *title = g_strdup_printf ("Bilaga %u", i + 1);

      g_ptr_array_add (attachments, add_attachment (f, title, pdf));
    }

  g_assert_true (sam_store_read_attachment_texts (f->db.store, 1, NULL, &n_read, &error));
  g_assert_cmpuint (n_read, ==, 1);
  g_cancellable_cancel (cancellable);
  g_assert_true (sam_store_read_attachment_texts (f->db.store, 0, cancellable, &n_read, &error));
  g_assert_cmpuint (n_read, ==, 0);
  g_assert_cmpint (sam_store_count_attachments_to_read (f->db.store, NULL), ==, 2);

  /* Quit and start again. */
  g_clear_object (&f->db.store);
  f->db.store = sam_store_open (f->db.path, &error);
  g_assert_no_error (error);
  read_all (f->db.store, 2);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr(GPtrArray) hits = search (f->db.store, words[i]);
      SamSearchHit *hit = only_hit (hits, "attachment", g_ptr_array_index (attachments, i));

      g_assert_cmpint (hit->page, ==, 1);
    }
}

static void
wait_until_idle (SamTextExtractor *extractor)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (sam_text_extractor_is_busy (extractor))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* In the background: the attachments there are read at once, an added
 * one after it is added; stopped after the first, a new extractor reads
 * the rest. */
static void
test_attachment_background (Fixture       *f,
                            gconstpointer  data)
{
  const char *first[] = { "Deltaorden", NULL };
  const char *second[] = { "Epsilonorden", NULL };
  const char *third[] = { "Zetaorden", NULL };
  g_autoptr(GBytes) pdf1 = make_pdf (first);
  g_autoptr(GBytes) pdf2 = make_pdf (second);
  g_autoptr(GBytes) pdf3 = make_pdf (third);
  g_autoptr(SamAttachment) a1 = add_attachment (f, "Ett", pdf1);
  g_autoptr(SamAttachment) a2 = add_attachment (f, "Två", pdf2);
  g_autoptr(SamAttachment) a3 = NULL;
  g_autoptr(SamTextExtractor) extractor = sam_text_extractor_new (f->db.store);
  g_autoptr(SamTextExtractor) again = NULL;
  g_autoptr(GPtrArray) hits1 = NULL;
  g_autoptr(GPtrArray) hits2 = NULL;
  g_autoptr(GPtrArray) hits3 = NULL;

  while (sam_text_extractor_get_n_read (extractor) < 1)
    g_main_context_iteration (NULL, TRUE);
  sam_text_extractor_stop (extractor);
  g_assert_false (sam_text_extractor_is_busy (extractor));
  g_assert_cmpint (sam_store_count_attachments_to_read (f->db.store, NULL), ==, 1);

  again = sam_text_extractor_new (f->db.store);
  wait_until_idle (again);
  g_assert_cmpuint (sam_text_extractor_get_n_read (again), ==, 1);

  a3 = add_attachment (f, "Tre", pdf3);
  g_assert_true (sam_text_extractor_is_busy (again));
  wait_until_idle (again);
  g_assert_cmpuint (sam_text_extractor_get_n_read (again), ==, 2);

  hits1 = search (f->db.store, "deltaorden");
  hits2 = search (f->db.store, "epsilonorden");
  hits3 = search (f->db.store, "zetaorden");
  only_hit (hits1, "attachment", a1);
  only_hit (hits2, "attachment", a2);
  only_hit (hits3, "attachment", a3);
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
  ADD ("/search/import", test_import);
  ADD ("/search/note-not-printed", test_note_not_printed);
  ADD ("/search/attachment-page", test_attachment_page);
  ADD ("/search/attachment-damaged", test_attachment_damaged);
  ADD ("/search/attachment-resume", test_attachment_resume);
  ADD ("/search/attachment-background", test_attachment_background);

  return g_test_run ();
}
