/* sam-document-hyphens.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <hyphen.h>
#include <string.h>

#include "sam-document-hyphens.h"

/* Where the documents' lines may break. Pango breaks lines between words
 * and, since 1.44, at a soft hyphen (U+00AD), where it then draws a
 * hyphen; libhyphen, with the Swedish and English patterns LibreOffice
 * uses, says where a word may be hyphenated. A few things never break:
 * a number range ("2012–2018", "15.00–17.00"), a time ("kl. 15.00") and a
 * date ("29 januari 2019"); where a line would break inside one, the layout
 * breaks the line before it instead (sam_document_find_split()). A word
 * with a capital letter, which is most often a name ("MalmöLundregionen")
 * or an abbreviation, is not hyphenated.
 *
 * Pango 1.50 ignores its allow_breaks attribute, and a no-break space or a
 * word joiner (U+2060) reaches the PDF as an ActualText span or a glyph of
 * its own, at which poppler's reading of the structure stops; a line
 * separator (U+2028) at a line's end is read like the space it replaces. */

#define SOFT_HYPHEN "\xc2\xad"
#define LINE_SEPARATOR "\xe2\x80\xa8"

/* Shorter words are not worth a hyphen. */
#define MIN_WORD 7

static const char * const dictionary_names[] = {
  [SAM_DOCUMENT_LANGUAGE_SV] = "hyph_sv_SE.dic",
  [SAM_DOCUMENT_LANGUAGE_EN] = "hyph_en_US.dic",
};

static HyphenDict *dictionaries[G_N_ELEMENTS (dictionary_names)];
static gsize loaded[G_N_ELEMENTS (dictionary_names)];

/* The dictionaries are in hyphen/ under a system data directory: /usr/share
 * on Debian, /app/share in the Flatpak. Loaded once, shared by every
 * thread: libhyphen only reads a loaded dictionary. */
static HyphenDict *
get_dictionary (SamDocumentLanguage language)
{
  g_return_val_if_fail (language < G_N_ELEMENTS (dictionary_names), NULL);

  if (g_once_init_enter (&loaded[language]))
    {
      const char * const *dirs = g_get_system_data_dirs ();

      for (guint i = 0; dirs[i] != NULL && dictionaries[language] == NULL; i++)
        {
          g_autofree char *path = g_build_filename (dirs[i], "hyphen", dictionary_names[language], NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            dictionaries[language] = hnj_hyphen_load (path);
        }

      if (dictionaries[language] == NULL)
        g_debug ("No hyphenation patterns %s: words are not hyphenated", dictionary_names[language]);

      g_once_init_leave (&loaded[language], 1);
    }

  return dictionaries[language];
}

gboolean
sam_document_can_hyphenate (SamDocumentLanguage language)
{
  return get_dictionary (language) != NULL;
}

/* Appends @word (@n_chars letters, all lower case) with a soft hyphen at
 * each point the patterns allow. */
static void
append_hyphenated (GString    *out,
                   HyphenDict *dict,
                   const char *word,
                   gsize       length,
                   glong       n_chars)
{
  g_autofree char *encoded = NULL;
  g_autofree char *hyphens = NULL;
  char **rep = NULL;
  int *pos = NULL;
  int *cut = NULL;
  gsize encoded_length = 0;
  const char *p = word;

  if (dict->utf8)
    {
      encoded = g_strndup (word, length);
      encoded_length = length;
    }
  else
    encoded = g_convert (word, length, dict->cset, "UTF-8", NULL, &encoded_length, NULL);

  if (encoded == NULL)
    {
      g_string_append_len (out, word, length);
      return;
    }

  hyphens = g_malloc0 (encoded_length + 5);
  if (hnj_hyphen_hyphenate3 (dict, encoded, (int)encoded_length, hyphens, NULL, &rep, &pos, &cut,
                             2, 3, 2, 2) != 0)
    {
      g_string_append_len (out, word, length);
      return;
    }

  /* With a UTF-8 dictionary the vector counts characters too. */
  for (glong i = 0; i < n_chars; i++)
    {
      const char *next = g_utf8_next_char (p);

      g_string_append_len (out, p, next - p);
      /* A replacement ("tull-lag") cannot be written as a soft hyphen. */
      if (i + 1 < n_chars && (hyphens[i] & 1) && (rep == NULL || rep[i] == NULL))
        g_string_append (out, SOFT_HYPHEN);
      p = next;
    }

  if (rep != NULL)
    {
      for (gsize i = 0; i < encoded_length; i++)
        g_free (rep[i]);
      free (rep);
    }
  free (pos);
  free (cut);
}

/* Hyphenates the words of a stretch of markup text (no tags; entities
 * are passed as they are). */
static void
hyphenate_text (GString    *out,
                HyphenDict *dict,
                const char *text,
                gsize       length)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      const char *start = p;
      gboolean lower = TRUE;
      glong n_chars = 0;

      if (*p == '&')
        {
          const char *semicolon = memchr (p, ';', end - p);

          p = semicolon != NULL ? semicolon + 1 : end;
          g_string_append_len (out, start, p - start);
          continue;
        }

      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          g_string_append_len (out, start, p - start);
          continue;
        }

      while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
        {
          lower = lower && g_unichar_islower (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
          n_chars++;
        }

      /* A word glued to a digit ("B2B", "E6") is a code, not a word. */
      if (dict == NULL || !lower || n_chars < MIN_WORD
          || (p < end && g_unichar_isdigit (g_utf8_get_char (p)))
          || (start > text && g_unichar_isdigit (g_utf8_get_char (g_utf8_prev_char (start)))))
        g_string_append_len (out, start, p - start);
      else
        append_hyphenated (out, dict, start, p - start, n_chars);
    }
}

static GRegex *
unbreakable_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      const char *months = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                           "december|January|February|March|April|May|June|July|August|September|October|"
                           "November|December";
      g_autofree char *pattern = g_strdup_printf (
        /* kl. 15.00, 15.00–17.00, 15:00 */
        "(?:\\bkl\\.\\s)?\\b\\d{1,2}[.:]\\d{2}(?:\\s?[–-]\\s?\\d{1,2}[.:]\\d{2})?\\b"
        /* 2012–2018, 22–23 mars 2018, 5-6 september */
        "|\\b\\d{1,4}\\s?[–-]\\s?\\d{1,4}(?:\\s(?:%s)(?:\\s\\d{4})?)?\\b"
        /* 29 januari 2019, 8 mars */
        "|\\b\\d{1,2}\\s(?:%s)(?:\\s\\d{4})?\\b"
        /* 2019-01-29 */
        "|\\b\\d{4}-\\d{2}-\\d{2}\\b",
        months, months);

      g_once_init_leave (&regex, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
    }

  return regex;
}

/* A stretch of text: hyphenated, except what must not break. */
static void
mark_text (GString    *out,
           HyphenDict *dict,
           const char *text,
           gsize       length)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *copy = g_strndup (text, length);
  int done = 0;

  g_regex_match (unbreakable_regex (), copy, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      hyphenate_text (out, dict, copy + done, start - done);
      g_string_append_len (out, copy + start, end - start);
      done = end;
      g_match_info_next (match, NULL);
    }
  hyphenate_text (out, dict, copy + done, length - done);
}

/**
 * sam_document_mark_breaks:
 * @markup: Pango markup
 *
 * Returns: (transfer full): @markup with soft hyphens where its words may
 *   be hyphenated (but not inside what may not break at all)
 */
char *
sam_document_mark_breaks (SamDocumentLanguage  language,
                          const char          *markup)
{
  HyphenDict *dict = get_dictionary (language);
  GString *out = g_string_sized_new (strlen (markup) * 5 / 4 + 16);
  const char *p = markup;

  while (*p != '\0')
    {
      const char *tag = strchr (p, '<');
      const char *close;

      if (tag == NULL)
        {
          mark_text (out, dict, p, strlen (p));
          break;
        }

      mark_text (out, dict, p, tag - p);
      close = strchr (tag, '>');
      if (close == NULL)
        {
          g_string_append (out, tag);
          break;
        }
      g_string_append_len (out, tag, close + 1 - tag);
      p = close + 1;
    }

  return g_string_free (out, FALSE);
}

/**
 * sam_document_keep_hyphens:
 * @markup: markup from sam_document_mark_breaks()
 * @keep: whether to keep each soft hyphen of the text, in order
 * @n_keep: the length of @keep
 *
 * Returns: (transfer full): @markup with only the soft hyphens @keep says
 *   to keep: those where a line did break. The others would reach the PDF
 *   as invisible characters, which a reader's search and copy then trip
 *   over.
 */
char *
sam_document_keep_hyphens (const char     *markup,
                           const gboolean *keep,
                           guint           n_keep)
{
  GString *out = g_string_sized_new (strlen (markup));
  gboolean in_tag = FALSE;
  guint n = 0;

  for (const char *p = markup; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        in_tag = FALSE;

      if (!in_tag && strncmp (p, SOFT_HYPHEN, 2) == 0)
        {
          if (n < n_keep && keep[n])
            g_string_append (out, SOFT_HYPHEN);
          n++;
          p++;
          continue;
        }

      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * sam_document_find_split:
 * @text: a layout's text
 * @line_starts: the byte index in @text where each line begins
 *
 * Finds the first range, time or date that a line begins inside of.
 *
 * Returns: whether there is one; then @ordinal is which of the stretches
 *   that must not break it is, from 0, and @stretch its text
 */
gboolean
sam_document_find_split (const char  *text,
                         const int   *line_starts,
                         guint        n_lines,
                         guint       *ordinal,
                         char       **stretch)
{
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (unbreakable_regex (), text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
    {
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      for (guint i = 1; i < n_lines; i++)
        if (line_starts[i] > start && line_starts[i] < end)
          {
            *ordinal = n;
            *stretch = g_match_info_fetch (match, 0);
            return TRUE;
          }
    }

  return FALSE;
}

/**
 * sam_document_break_before:
 * @markup: markup from sam_document_mark_breaks()
 * @ordinal: which stretch that must not break, from 0
 * @stretch: its text, as sam_document_find_split() found it
 *
 * Returns: (transfer full) (nullable): @markup with the space before that
 *   stretch made a line break; %NULL when there is no such space
 */
char *
sam_document_break_before (const char *markup,
                           guint       ordinal,
                           const char *stretch)
{
  const char *p = markup;
  guint n = 0;

  while (*p != '\0')
    {
      const char *tag = strchr (p, '<');
      const char *segment_end = tag != NULL ? tag : p + strlen (p);
      g_autofree char *segment = g_strndup (p, segment_end - p);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (unbreakable_regex (), segment, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
        {
          g_autofree char *found = NULL;
          int start, end;

          if (n != ordinal)
            continue;

          found = g_match_info_fetch (match, 0);
          g_match_info_fetch_pos (match, 0, &start, &end);
          if (g_strcmp0 (found, stretch) != 0 || start == 0 || segment[start - 1] != ' ')
            return NULL;

          {
            GString *out = g_string_new_len (markup, (p - markup) + start - 1);

            g_string_append (out, LINE_SEPARATOR);
            g_string_append (out, p + start);

            return g_string_free (out, FALSE);
          }
        }

      if (tag == NULL)
        break;
      p = strchr (tag, '>');
      if (p == NULL)
        break;
      p++;
    }

  return NULL;
}
