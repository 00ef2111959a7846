/* sam-store-search.c: full-text search over the index of 0002-search.sql.
 *
 * The user's text is never FTS5 syntax: it is cut into words and phrases
 * (a phrase is what stands between two double quotes), each is quoted as
 * an FTS5 string, and every word is a prefix, as the user is still typing
 * it. Characters the tokenizer drops ("*", "(", "-", a lone quote) match
 * nothing and break nothing; NEAR, AND, OR and NOT are words.
 *
 * The index holds the row's kind and id in its rowid (id * 32 + kind).
 * A query that matches at most GENERAL rows is ranked by bm25; one that
 * matches more (a first syllable as typed) is not worth ranking every
 * match, and takes the title matches and then the others newest first, so
 * that a keystroke costs a few milliseconds at twenty years of history
 * (tests/bench/bench-search.c). A single letter is a whole word, not a
 * prefix. The best matches are read first, then what they are (title,
 * date, body, where they live) one row at a time, the filters for body and
 * year applied on those; the snippet is made here from the row's texts.
 * A hit whose texts hold the query's own spelling ("möte" rather than
 * "mote") comes first, then by relevance, recent before old among about
 * equal relevance; words found only inside a compound title (the trigram
 * index) come after the word matches.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <string.h>

#include "sam-collation.h"
#include "sam-store-private.h"
#include "sam-store-search-private.h"

#define N_KINDS 18
#define BATCH 200

typedef struct
{
  const char *name;   /* the hit's kind */
  const char *detail; /* ?1 = id: uuid, title, date, body id, body name,
                       * meeting uuid, parent uuid, page, text, note */
} KindInfo;

#define MEETING_OF(m) " LEFT JOIN body b ON b.id = " m ".body_id"

static const KindInfo kinds[N_KINDS] = {
  [1] = { "meeting",
          "SELECT m.uuid, coalesce (m.title, b.name), m.starts_at, m.body_id, b.name, m.uuid, NULL, 0,"
          " coalesce (m.title, '') || char (10) || coalesce (m.theme, '') || char (10) || coalesce (m.location, ''),"
          " m.note FROM meeting m" MEETING_OF ("m") " WHERE m.id = ?1" },
  [2] = { "agenda-item",
          "SELECT a.uuid, a.title, m.starts_at, coalesce (m.body_id, a.body_id), b.name, m.uuid, a.uuid, 0,"
          " a.title || char (10) || coalesce (a.case_number, '') || char (10) || coalesce (a.background, '')"
          " || char (10) || coalesce (a.proposed_decision, '') || char (10) || coalesce (a.minutes_text, '')"
          " || char (10) || coalesce (a.remarks, ''), a.internal_note"
          " FROM agenda_item a LEFT JOIN meeting m ON m.id = a.meeting_id"
          " LEFT JOIN body b ON b.id = coalesce (m.body_id, a.body_id) WHERE a.id = ?1" },
  [3] = { "decision",
          "SELECT d.uuid, a.title, m.starts_at, coalesce (m.body_id, a.body_id), b.name, m.uuid, a.uuid, 0,"
          " d.text || char (10) || coalesce (d.follow_up_note, ''), NULL"
          " FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
          " LEFT JOIN meeting m ON m.id = a.meeting_id"
          " LEFT JOIN body b ON b.id = coalesce (m.body_id, a.body_id) WHERE d.id = ?1" },
  [4] = { "assignment",
          "SELECT s.uuid, s.title, m.starts_at, coalesce (m.body_id, a.body_id), b.name, m.uuid, a.uuid, 0,"
          " s.title || char (10) || coalesce (s.description, ''), NULL"
          " FROM assignment s LEFT JOIN agenda_item a ON a.id = s.agenda_item_id"
          " LEFT JOIN meeting m ON m.id = a.meeting_id"
          " LEFT JOIN body b ON b.id = coalesce (m.body_id, a.body_id) WHERE s.id = ?1" },
  [5] = { "focus-question",
          "SELECT q.uuid, q.title, q.concluded_on, NULL, NULL, NULL, NULL, 0,"
          " q.title || char (10) || coalesce (q.long_term_goal, '') || char (10) || coalesce (q.outcome, ''),"
          " NULL FROM focus_question q WHERE q.id = ?1" },
  [6] = { "focus-question",
          "SELECT q.uuid, q.title, CASE WHEN y.year > 0 THEN printf ('%04d', y.year) END, NULL, NULL, NULL,"
          " NULL, 0, coalesce (y.description, '') || char (10) || coalesce (y.implementation, ''), NULL"
          " FROM focus_year y JOIN focus_question q ON q.id = y.focus_question_id WHERE y.id = ?1" },
  [7] = { "activity",
          "SELECT t.uuid, t.title, t.follow_up_on, t.responsible_body_id, b.name, NULL, NULL, 0,"
          " t.title || char (10) || coalesce (t.description, '') || char (10) || coalesce (t.goals, '')"
          " || char (10) || coalesce (t.governance, '') || char (10) || coalesce (t.follow_up, ''), NULL"
          " FROM activity t LEFT JOIN body b ON b.id = t.responsible_body_id WHERE t.id = ?1" },
  [8] = { "group",
          "SELECT b.uuid, b.name, b.started_on, b.id, b.name, NULL, NULL, 0,"
          " b.name || char (10) || coalesce (b.short_name, '') || char (10) || coalesce (b.purpose, ''), NULL"
          " FROM body b WHERE b.id = ?1" },
  [9] = { "person",
          "SELECT p.uuid, p.name, NULL, NULL, coalesce (mu.name, p.organization), NULL, NULL, 0,"
          " p.name || char (10) || coalesce (p.title, '') || char (10) || coalesce (p.organization, ''), p.note"
          " FROM person p LEFT JOIN municipality mu ON mu.id = p.municipality_id WHERE p.id = ?1" },
  [10] = { "trip",
           "SELECT tr.uuid, d.city || ' – ' || tr.title, tr.starts_on, tr.body_id, b.name, NULL, tr.uuid, 0,"
           " d.city || char (10) || coalesce (d.country, '') || char (10) || coalesce (d.rationale, '')"
           " || char (10) || coalesce (d.themes, '') || char (10) || coalesce (d.proposed_by, ''), NULL"
           " FROM destination d JOIN study_trip tr ON tr.id = d.study_trip_id"
           " LEFT JOIN body b ON b.id = tr.body_id WHERE d.id = ?1" },
  [11] = { "trip",
           "SELECT tr.uuid, p.title || ' – ' || tr.title, coalesce (p.day, tr.starts_on), tr.body_id, b.name,"
           " NULL, tr.uuid, 0,"
           " p.title || char (10) || coalesce (p.place, '') || char (10) || coalesce (p.description, ''), NULL"
           " FROM programme_item p JOIN study_trip tr ON tr.id = p.study_trip_id"
           " LEFT JOIN body b ON b.id = tr.body_id WHERE p.id = ?1" },
  [12] = { "trip",
           "SELECT tr.uuid, tr.title, tr.starts_on, tr.body_id, b.name, NULL, tr.uuid, 0,"
           " tr.title || char (10) || coalesce (tr.purpose, ''), NULL"
           " FROM study_trip tr LEFT JOIN body b ON b.id = tr.body_id WHERE tr.id = ?1" },
  [13] = { "attachment",
           "SELECT t.uuid, t.title, m.starts_at, m.body_id, b.name, m.uuid, a.uuid, 0,"
           " t.title || char (10) || coalesce (t.file_name, ''), NULL"
           " FROM attachment t JOIN meeting m ON m.id = t.meeting_id" MEETING_OF ("m")
           " LEFT JOIN agenda_item a ON a.id = t.agenda_item_id WHERE t.id = ?1" },
  [14] = { "attachment",
           "SELECT t.uuid, t.title, m.starts_at, m.body_id, b.name, m.uuid, a.uuid, x.page, x.text, NULL"
           " FROM attachment_text x JOIN attachment t ON t.id = x.attachment_id"
           " JOIN meeting m ON m.id = t.meeting_id" MEETING_OF ("m")
           " LEFT JOIN agenda_item a ON a.id = t.agenda_item_id WHERE x.id = ?1" },
  [15] = { "municipality",
           "SELECT mu.uuid, mu.name, mu.member_from, NULL, NULL, NULL, NULL, 0,"
           " mu.name || char (10) || coalesce (mu.short_name, ''), mu.note FROM municipality mu WHERE mu.id = ?1" },
  [16] = { "plan",
           "SELECT p.uuid, p.title, p.adopted_on, NULL, NULL, NULL, p.uuid, 0,"
           " p.title || char (10) || coalesce (p.summary, ''), NULL FROM plan p WHERE p.id = ?1" },
  [17] = { "plan",
           "SELECT p.uuid, r.title, p.adopted_on, NULL, NULL, NULL, p.uuid, 0,"
           " r.title || char (10) || coalesce (r.description, ''), NULL"
           " FROM area r LEFT JOIN plan p ON p.id = r.plan_id WHERE r.id = ?1" },
};

static const char * const kind_names[] = {
  "meeting", "agenda-item", "decision", "assignment", "focus-question", "activity",
  "person", "group", "attachment", "trip", "municipality", "plan", NULL,
};

/**
 * sam_search_get_kinds:
 *
 * Returns: (transfer none): the kinds of hits, in the order the search
 *   groups them
 */
const char * const *
sam_search_get_kinds (void)
{
  return kind_names;
}

static gint64
kind_mask (const char *kind)
{
  gint64 mask = 0;

  if (kind == NULL || kind[0] == '\0')
    return 0;

  for (guint i = 1; i < N_KINDS; i++)
    if (g_strcmp0 (kinds[i].name, kind) == 0)
      mask |= (gint64)1 << i;

  /* An unknown kind finds nothing rather than everything. */
  return mask != 0 ? mask : (gint64)1 << 31;
}

/* The query, cut into terms */

typedef struct
{
  GPtrArray *terms;   /* each a GStrv of folded words; one word unless a phrase */
  GPtrArray *spelled; /* each term as typed, in lower case */
  GArray    *phrase;  /* gboolean: the term was quoted */
} Query;

static void
query_clear (Query *q)
{
  g_clear_pointer (&q->terms, g_ptr_array_unref);
  g_clear_pointer (&q->spelled, g_ptr_array_unref);
  g_clear_pointer (&q->phrase, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

/* The words of a text as the tokenizer sees them: runs of letters and
 * digits, folded. */
static GStrv
words_of (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *folded = sam_fold_text (text, -1);
  const char *p = folded;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);
          g_strv_builder_add (builder, word);
        }
    }

  return g_strv_builder_end (builder);
}

static void
query_add (Query      *q,
           const char *text,
           gsize       len,
           gboolean    phrase)
{
  g_autofree char *raw = g_strndup (text, len);
  GStrv words = words_of (raw);

  /* Only characters the index drops: nothing to look for. */
  if (words[0] == NULL)
    {
      g_strfreev (words);
      return;
    }

  g_ptr_array_add (q->terms, words);
  g_ptr_array_add (q->spelled, g_utf8_strdown (raw, -1));
  g_array_append_val (q->phrase, phrase);
}

static void
query_parse (Query      *q,
             const char *text)
{
  const char *p = text != NULL ? text : "";

  q->terms = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  q->spelled = g_ptr_array_new_with_free_func (g_free);
  q->phrase = g_array_new (FALSE, FALSE, sizeof (gboolean));

  while (*p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '"' && strchr (p + 1, '"') != NULL)
        {
          const char *end = strchr (p + 1, '"');

          query_add (q, p + 1, end - p - 1, TRUE);
          p = end + 1;
          continue;
        }

      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      query_add (q, start, p - start, FALSE);
    }
}

/* One term as an FTS5 string (double quotes doubled, although the folded
 * words hold none), its last word a prefix unless it is a phrase. */
static char *
term_match (Query *q,
            guint  i)
{
  GStrv words = g_ptr_array_index (q->terms, i);
  g_autofree char *joined = g_strjoinv (" ", words);
  g_auto(GStrv) quoted_parts = g_strsplit (joined, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", quoted_parts);

  /* A single letter is a whole word: as a prefix it would match most of
   * the index and tell the user nothing. */
  return g_strdup_printf ("\"%s\"%s", quoted,
                          g_array_index (q->phrase, gboolean, i)
                          || g_utf8_strlen (joined, -1) < 2 ? "" : " *");
}

/* Every term; all must be present. */
static char *
query_match (Query *q)
{
  GString *match = g_string_new (NULL);

  for (guint i = 0; i < q->terms->len; i++)
    {
      g_autofree char *term = term_match (q, i);

      if (i > 0)
        g_string_append (match, " AND ");
      g_string_append (match, term);
    }

  return g_string_free (match, FALSE);
}

/**
 * _sam_search_terms_json:
 * @text: (nullable): what the user typed in a page's search field
 *
 * The user's text as the global search takes it (words as prefixes, a
 * single letter as a word, "quoted phrases", FTS5 syntax as text), one
 * FTS5 expression a term, as a JSON array of strings for json_each(): the
 * pages' lists (sam-store-views.c, sam-store-registers.c) look up each
 * term in the index and keep the rows that every term found.
 *
 * Returns: (transfer full): the array; "[]" when there is nothing to look
 *   for
 */
char *
_sam_search_terms_json (const char *text)
{
  g_auto(Query) q = { 0 };
  GString *json = g_string_new ("[");

  query_parse (&q, text);
  for (guint i = 0; i < q.terms->len; i++)
    {
      g_autofree char *term = term_match (&q, i);

      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_c (json, '"');
      /* The folded words are letters and digits: only the quotes need
       * escaping, and a backslash would. */
      for (const char *p = term; *p != '\0'; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (json, '\\');
          g_string_append_c (json, *p);
        }
      g_string_append_c (json, '"');
    }
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

/* The same for the trigram index of titles (0009-search-words.sql), which
 * keeps no positions: each term is all of its trigrams, and load_hit()
 * checks that the title holds the term itself. %NULL when a term is too
 * short for trigrams. */
static char *
query_match_words (Query *q)
{
  GString *match = g_string_new (NULL);

  for (guint i = 0; i < q->terms->len; i++)
    {
      GStrv words = g_ptr_array_index (q->terms, i);
      g_autofree char *joined = g_strjoinv (" ", words);
      glong n_chars = g_utf8_strlen (joined, -1);
      const char *p = joined;

      if (n_chars < 3)
        {
          g_string_free (match, TRUE);
          return NULL;
        }
      for (glong c = 0; c + 3 <= n_chars; c++, p = g_utf8_next_char (p))
        {
          const char *end = g_utf8_offset_to_pointer (p, 3);

          if (match->len > 0)
            g_string_append (match, " AND ");
          g_string_append_c (match, '"');
          g_string_append_len (match, p, end - p);
          g_string_append_c (match, '"');
        }
    }

  return g_string_free (match, FALSE);
}

/* Whether the title holds every term (the trigrams can all be there
 * without the term). */
static gboolean
title_holds_terms (Query      *q,
                   const char *title)
{
  g_autofree char *folded = sam_fold_text (title, -1);

  for (guint i = 0; i < q->terms->len; i++)
    {
      g_autofree char *joined = g_strjoinv (" ", g_ptr_array_index (q->terms, i));

      if (strstr (folded, joined) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Snippets */

typedef struct
{
  const char *start;
  const char *end;
  gunichar    first;  /* the folded first letter */
  char       *folded; /* folded when first needed */
} Word;

/* A word's first letter as sam_fold_text() folds it, without folding the
 * word: most words of a text are told apart from the terms by it, which
 * saves folding every word of every hit. */
static gunichar
fold_first (const char *start,
            const char *end)
{
  g_autofree char *folded = NULL;

  if ((guchar)*start < 0x80)
    return g_ascii_tolower (*start);

  folded = sam_fold_text (start, g_utf8_next_char (start) - start);
  return folded[0] != '\0' ? g_utf8_get_char (folded) : 0;
}

static const char *
word_folded (Word *word)
{
  if (word->folded == NULL)
    word->folded = sam_fold_text (word->start, word->end - word->start);
  return word->folded;
}

static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;

  while (*p != '\0')
    {
      Word word;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      word.start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == word.start)
        break;
      word.end = p;
      word.first = fold_first (word.start, word.end);
      word.folded = NULL;
      g_array_append_val (words, word);
    }

  return words;
}

static void
free_words (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    g_free (g_array_index (words, Word, i).folded);
  g_array_unref (words);
}

static gboolean
word_matches (Word       *word,
              const char *term,
              gboolean    prefix,
              gboolean    inside)
{
  if (inside)
    return strstr (word_folded (word), term) != NULL;
  if (word->first != g_utf8_get_char (term))
    return FALSE;
  if (prefix)
    return g_str_has_prefix (word_folded (word), term);
  return strcmp (word_folded (word), term) == 0;
}

/* Marks the words of @words that the terms match; returns the first one
 * marked, or -1. */
static int
mark_terms (Query    *q,
            GArray   *words,
            gboolean  inside,
            gboolean *marked)
{
  int first = -1;

  for (guint t = 0; t < q->terms->len; t++)
    {
      GStrv terms = g_ptr_array_index (q->terms, t);
      guint n = g_strv_length (terms);
      gboolean phrase = g_array_index (q->phrase, gboolean, t);

      for (guint i = 0; i + n <= words->len; i++)
        {
          gboolean ok = TRUE;

          for (guint j = 0; j < n && ok; j++)
            ok = word_matches (&g_array_index (words, Word, i + j), terms[j],
                               !phrase && j == n - 1, inside && n == 1);
          if (!ok)
            continue;
          for (guint j = 0; j < n; j++)
            marked[i + j] = TRUE;
          if (first < 0 || (int)i < first)
            first = (int)i;
        }
    }

  return first;
}

/* Marks the terms in @text; returns the snippet around the first match,
 * or %NULL when none is there. */
static char *
make_snippet (Query      *q,
              const char *text,
              gboolean    inside)
{
  GArray *words;
  g_autofree gboolean *marked = NULL;
  int first;
  GString *out;
  int from, to;

  if (text == NULL || text[0] == '\0')
    return NULL;

  words = split_words (text);
  marked = g_new0 (gboolean, words->len + 1);
  first = mark_terms (q, words, inside, marked);

  if (first < 0)
    {
      free_words (words);
      return NULL;
    }

  from = MAX (0, first - 6);
  to = MIN ((int)words->len - 1, from + 24);
  out = g_string_new (from > 0 ? "…" : "");

  for (int i = from; i <= to; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      const char *gap_end = i < to ? g_array_index (words, Word, i + 1).start : w->end;

      if (marked[i])
        g_string_append (out, SAM_SEARCH_MARK_START);
      g_string_append_len (out, w->start, w->end - w->start);
      if (marked[i])
        g_string_append (out, SAM_SEARCH_MARK_END);
      if (i < to)
        {
          /* The text between two words, white space (line breaks, the
           * empty fields between the texts) as one space. */
          gboolean space = FALSE;

          for (const char *p = w->end; p < gap_end; p++)
            {
              if (g_ascii_isspace (*p))
                {
                  if (!space)
                    g_string_append_c (out, ' ');
                  space = TRUE;
                }
              else
                {
                  g_string_append_c (out, *p);
                  space = FALSE;
                }
            }
        }
    }
  if (to < (int)words->len - 1)
    g_string_append (out, "…");

  free_words (words);

  return g_string_free (out, FALSE);
}

static gboolean
spelled_in (Query      *q,
            const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return FALSE;

  lower = g_utf8_strdown (text, -1);
  for (guint t = 0; t < q->spelled->len; t++)
    if (strstr (lower, g_ptr_array_index (q->spelled, t)) == NULL)
      return FALSE;

  return TRUE;
}

static void
hit_free (gpointer data)
{
  SamSearchHit *hit = data;

  g_free (hit->uuid);
  g_free (hit->title);
  g_free (hit->date);
  g_free (hit->body);
  g_free (hit->meeting_uuid);
  g_free (hit->parent_uuid);
  g_free (hit->snippet);
  g_free (hit);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup (sam_db_column_text (stmt, column));
}

/* Reads what a row of the index is; %NULL (without an error) when the
 * filter leaves it out. */
static SamSearchHit *
load_hit (SamDb                  *db,
          Query                  *q,
          gint64                  rowid,
          double                  rank,
          gboolean                compound,
          const SamSearchFilter  *filter,
          GError                **error)
{
  guint kind = (guint)(rowid & 31);
  sqlite3_stmt *stmt;
  SamSearchHit *hit;
  const char *text, *note;
  int rc;

  if (kind == 0 || kind >= N_KINDS || kinds[kind].detail == NULL)
    return NULL;

  stmt = sam_db_prepare (db, kinds[kind].detail, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid >> 5);

  rc = sam_db_step (db, stmt, error);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return NULL;
    }

  if (filter != NULL && filter->body_id != 0 && sqlite3_column_int64 (stmt, 3) != filter->body_id)
    {
      sqlite3_reset (stmt);
      return NULL;
    }
  if (filter != NULL && filter->year != 0)
    {
      const char *date = sam_db_column_text (stmt, 2);

      if (date == NULL || strlen (date) < 4 || g_ascii_strtoll (date, NULL, 10) != filter->year)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
    }

  if (compound && !title_holds_terms (q, sam_db_column_text (stmt, 1)))
    {
      sqlite3_reset (stmt);
      return NULL;
    }

  hit = g_new0 (SamSearchHit, 1);
  hit->kind = kinds[kind].name;
  hit->uuid = dup_column (stmt, 0);
  hit->title = dup_column (stmt, 1);
  hit->date = dup_column (stmt, 2);
  hit->body_id = sqlite3_column_int64 (stmt, 3);
  hit->body = dup_column (stmt, 4);
  hit->meeting_uuid = dup_column (stmt, 5);
  hit->parent_uuid = dup_column (stmt, 6);
  hit->page = sqlite3_column_int (stmt, 7);
  hit->rank = rank;
  hit->compound = compound;

  text = sam_db_column_text (stmt, 8);
  note = sam_db_column_text (stmt, 9);
  hit->snippet = make_snippet (q, text, FALSE);
  if (hit->snippet == NULL && (hit->snippet = make_snippet (q, note, FALSE)) != NULL)
    hit->in_note = TRUE;
  if (hit->snippet == NULL)
    hit->snippet = make_snippet (q, hit->title, compound);
  if (hit->snippet == NULL)
    hit->snippet = make_snippet (q, text, TRUE);
  if (hit->snippet == NULL)
    hit->snippet = g_strdup (hit->title);
  hit->exact = spelled_in (q, text) || spelled_in (q, note) || spelled_in (q, hit->title);

  sqlite3_reset (stmt);

  return hit;
}

static int
bucket (double rank)
{
  /* bm25 is negative, better when lower; within a quarter is equal. */
  return (int)(rank * 4 - 0.5);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const SamSearchHit *x = *(SamSearchHit * const *)a;
  const SamSearchHit *y = *(SamSearchHit * const *)b;
  int c;

  if (x->compound != y->compound)
    return x->compound ? 1 : -1;
  if (x->exact != y->exact)
    return x->exact ? -1 : 1;
  if ((c = bucket (x->rank) - bucket (y->rank)) != 0)
    return c;
  /* Recent first; no date last. */
  c = g_strcmp0 (y->date, x->date);
  if (c != 0)
    return c;
  return (x->rank > y->rank) - (x->rank < y->rank);
}

/* A query with more matches than this is too general for bm25 to mean
 * anything (a first letter or two): its hits are the matches in titles,
 * then in the other texts, newest first, which costs no ranking of every
 * match. Below it, bm25 ranks all of them. */
#define GENERAL 1000

static const char count_sql[] =
  "SELECT count (*) FROM (SELECT 1 FROM search WHERE search MATCH ?1"
  " AND (?2 = 0 OR (?2 >> (rowid & 31)) & 1) LIMIT ?3)";

static const char search_sql[] =
  "SELECT rowid, rank FROM search WHERE search MATCH ?1"
  " AND (?2 = 0 OR (?2 >> (rowid & 31)) & 1)"
  " ORDER BY rank LIMIT ?3 OFFSET ?4";

/* The ids grow with time, so that within a kind the highest rowid is the
 * newest row; the rank says title matches (-1) before the others. */
static const char recent_titles_sql[] =
  "SELECT rowid, -1.0 FROM search WHERE search MATCH '{title} : (' || ?1 || ')'"
  " AND (?2 = 0 OR (?2 >> (rowid & 31)) & 1)"
  " ORDER BY rowid DESC LIMIT ?3 OFFSET ?4";

static const char recent_sql[] =
  "SELECT rowid, 0.0 FROM search WHERE search MATCH ?1"
  " AND (?2 = 0 OR (?2 >> (rowid & 31)) & 1)"
  " ORDER BY rowid DESC LIMIT ?3 OFFSET ?4";

/* The compounds: rows already looked at are skipped in collect(), which
 * is cheaper than asking the word index again. */
static const char words_sql[] =
  "SELECT rowid, 0.0 FROM search_words WHERE search_words MATCH ?1"
  " AND (?2 = 0 OR (?2 >> (rowid & 31)) & 1)"
  " ORDER BY rowid DESC LIMIT ?3 OFFSET ?4";

static gint64
count_matches (SamDb       *db,
               const char  *match,
               gint64       mask,
               gint64       at_most,
               GError     **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (db, count_sql, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, mask);
  sqlite3_bind_int64 (stmt, 3, at_most);
  if (sam_db_step (db, stmt, error) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/* Reads batches of the index's rows in the order of @sql until @limit
 * more hits pass the filter or the matches run out; a row in @seen (every
 * row looked at before, whether the filter took it or not) is skipped. */
static gboolean
collect (SamDb                  *db,
         Query                  *q,
         const char             *sql,
         const char             *match,
         gint64                  mask,
         const SamSearchFilter  *filter,
         guint                   limit,
         gboolean                compound,
         GHashTable             *seen,
         GPtrArray              *hits,
         GError                **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (double));
  guint wanted = hits->len + limit;
  guint batch = MAX (limit + limit / 2, 20);
  gint64 offset = 0;

  while (hits->len < wanted)
    {
      sqlite3_stmt *stmt = sam_db_prepare (db, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      g_array_set_size (rows, 0);
      g_array_set_size (ranks, 0);
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, mask);
      sqlite3_bind_int64 (stmt, 3, batch);
      sqlite3_bind_int64 (stmt, 4, offset);

      while ((rc = sam_db_step (db, stmt, error)) == SQLITE_ROW)
        {
          gint64 rowid = sqlite3_column_int64 (stmt, 0);
          double rank = sqlite3_column_double (stmt, 1);

          g_array_append_val (rows, rowid);
          g_array_append_val (ranks, rank);
        }
      sqlite3_reset (stmt);
      if (rc < 0)
        return FALSE;

      for (guint r = 0; r < rows->len && hits->len < wanted; r++)
        {
          gint64 rowid = g_array_index (rows, gint64, r);
          SamSearchHit *hit;

          if (g_hash_table_contains (seen, &rowid))
            continue;
          g_hash_table_add (seen, g_memdup2 (&rowid, sizeof rowid));

          hit = load_hit (db, q, rowid, g_array_index (ranks, double, r), compound, filter, error);
          if (hit == NULL && error != NULL && *error != NULL)
            return FALSE;
          if (hit != NULL)
            g_ptr_array_add (hits, hit);
        }

      if (rows->len < batch)
        break;
      offset += rows->len;
      /* The filter leaves many out: read more at a time. */
      batch = MIN (batch * 4, 2000);
    }

  return TRUE;
}

/* The search on any connection: the store's own, or a worker's. */
GPtrArray *
_sam_search_on_db (SamDb                  *db,
                  const char             *query,
                  const SamSearchFilter  *filter,
                  guint                   limit,
                  GError                **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (hit_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_auto(Query) q = { 0 };
  g_autofree char *match = NULL;
  g_autofree char *match_words = NULL;
  gint64 mask, n_matches;

  g_return_val_if_fail (db != NULL, NULL);

  query_parse (&q, query);
  if (q.terms->len == 0 || limit == 0)
    return g_steal_pointer (&hits);

  mask = kind_mask (filter != NULL ? filter->kind : NULL);
  match = query_match (&q);
  match_words = query_match_words (&q);

  n_matches = count_matches (db, match, mask, GENERAL + 1, error);
  if (n_matches < 0)
    return NULL;

  if (n_matches <= GENERAL)
    {
      if (!collect (db, &q, search_sql, match, mask, filter, limit, FALSE, seen, hits, error))
        return NULL;
    }
  else if (!collect (db, &q, recent_titles_sql, match, mask, filter, limit, FALSE, seen, hits, error)
           || (hits->len < limit
               && !collect (db, &q, recent_sql, match, mask, filter, limit - hits->len, FALSE,
                            seen, hits, error)))
    return NULL;

  if (hits->len < limit && match_words != NULL
      && !collect (db, &q, words_sql, match_words, mask, filter, limit - hits->len,
                   TRUE, seen, hits, error))
    return NULL;

  g_ptr_array_sort (hits, compare_hits);

  return g_steal_pointer (&hits);
}

/**
 * sam_store_search:
 * @self: a store
 * @query: the user's text, taken as words and "quoted phrases", never as
 *   FTS5 syntax
 * @filter: (nullable): kind, body and year, or %NULL for everything
 * @limit: at most this many hits
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SamSearchHit) (nullable): the hits,
 *   best first; empty when the query holds nothing to look for
 */
GPtrArray *
sam_store_search (SamStore               *self,
                  const char             *query,
                  const SamSearchFilter  *filter,
                  guint                   limit,
                  GError                **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return _sam_search_on_db (sam_store_get_db (self), query, filter, limit, error);
}

static char *
replace_marks (const SamSearchHit *hit,
               const char         *start,
               const char         *end,
               gboolean            markup)
{
  GString *out = g_string_new (NULL);

  for (const char *p = hit->snippet != NULL ? hit->snippet : ""; *p != '\0'; p++)
    {
      if (*p == SAM_SEARCH_MARK_START[0])
        g_string_append (out, start);
      else if (*p == SAM_SEARCH_MARK_END[0])
        g_string_append (out, end);
      else if (markup && *p == '<')
        g_string_append (out, "&lt;");
      else if (markup && *p == '>')
        g_string_append (out, "&gt;");
      else if (markup && *p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '\t' || *p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The snippet as Pango markup, the matches in bold. */
char *
sam_search_hit_snippet_markup (const SamSearchHit *hit)
{
  return replace_marks (hit, "<b>", "</b>", TRUE);
}

/* The snippet as one line of plain text, the matches between @start and
 * @end. */
char *
sam_search_hit_snippet_plain (const SamSearchHit *hit,
                              const char         *start,
                              const char         *end)
{
  return replace_marks (hit, start, end, FALSE);
}

/* Off the main thread (sam-store-search-async.c) */


/**
 * sam_search_find_matches:
 * @query: the user's text, as sam_store_search() takes it
 * @text: (nullable): a text the search found
 *
 * Where the query's words are in @text, as the snippets mark them: the
 * words the search matches (folded, the last word of a term as a prefix),
 * or the words that hold a term when none matches so (a compound). A
 * phrase, or matched words with only white space between them, are one
 * range.
 *
 * Returns: (transfer full) (element-type SamSearchMatch): byte ranges in
 *   @text, in order; empty when nothing matches
 */
GArray *
sam_search_find_matches (const char *query,
                         const char *text)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (SamSearchMatch));
  g_auto(Query) q = { 0 };
  g_autofree gboolean *marked = NULL;
  GArray *words;

  if (text == NULL || text[0] == '\0')
    return matches;

  query_parse (&q, query);
  words = split_words (text);
  marked = g_new0 (gboolean, words->len + 1);
  if (q.terms->len > 0 && mark_terms (&q, words, FALSE, marked) < 0)
    mark_terms (&q, words, TRUE, marked);

  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      SamSearchMatch match;

      if (!marked[i])
        continue;
      if (i > 0 && marked[i - 1] && matches->len > 0)
        {
          SamSearchMatch *last = &g_array_index (matches, SamSearchMatch, matches->len - 1);
          gboolean space = TRUE;

          for (const char *p = text + last->end; p < w->start && space; p++)
            space = g_ascii_isspace (*p);
          if (space)
            {
              last->end = w->end - text;
              continue;
            }
        }
      match.start = w->start - text;
      match.end = w->end - text;
      g_array_append_val (matches, match);
    }

  free_words (words);

  return matches;
}
