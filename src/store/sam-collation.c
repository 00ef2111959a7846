/* sam-collation.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-collation"

#include "config.h"

#include <string.h>

#include "sam-collation.h"

/* Names of municipalities, people and bodies are Swedish, so they sort the
 * Swedish way whatever the user's locale: Å, Ä and Ö come after Z, Æ sorts
 * with Ä and Ø with Ö, other accented letters sort with their base letter
 * (é with e, ü with y), case only breaks ties. This does not depend on the
 * C library having sv_SE generated, which a fresh machine often has not. */

typedef struct
{
  const char *p;
  const char *end;
} Cursor;

static gunichar
primary_weight (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  c = g_unichar_tolower (c);

  switch (c)
    {
    case 0x00E5: /* å */
      return 'z' + 1;
    case 0x00E4: /* ä */
    case 0x00E6: /* æ */
      return 'z' + 2;
    case 0x00F6: /* ö */
    case 0x00F8: /* ø */
    case 0x0151: /* ő */
      return 'z' + 3;
    case 0x00FC: /* ü sorts as y in Swedish */
      return 'y';
    default:
      break;
    }

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  if (n > 0)
    return decomposed[0];

  return c;
}

static gunichar
next_char (Cursor *cursor)
{
  gunichar c;

  if (cursor->p >= cursor->end)
    return 0;

  c = g_utf8_get_char_validated (cursor->p, cursor->end - cursor->p);
  if (c == (gunichar)-1 || c == (gunichar)-2)
    {
      /* Invalid UTF-8 sorts by its bytes. */
      c = (guchar)*cursor->p;
      cursor->p++;
      return 0x110000 + c;
    }

  cursor->p = g_utf8_next_char (cursor->p);
  return c;
}

/**
 * sam_collate_names:
 * @a: a UTF-8 string
 * @a_len: its length in bytes, or -1 if nul-terminated
 * @b: a UTF-8 string
 * @b_len: its length in bytes, or -1 if nul-terminated
 *
 * Compares two names in Swedish order.
 *
 * Returns: < 0, 0 or > 0 as @a sorts before, with or after @b
 */
int
sam_collate_names (const char *a,
                   gssize      a_len,
                   const char *b,
                   gssize      b_len)
{
  Cursor ca, cb;
  int tie = 0;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  if (a_len < 0)
    a_len = strlen (a);
  if (b_len < 0)
    b_len = strlen (b);

  ca = (Cursor) { a, a + a_len };
  cb = (Cursor) { b, b + b_len };

  for (;;)
    {
      gunichar x = next_char (&ca);
      gunichar y = next_char (&cb);
      gunichar wx, wy;

      if (x == 0 || y == 0)
        {
          if (x != y)
            return x == 0 ? -1 : 1;
          break;
        }

      wx = primary_weight (x);
      wy = primary_weight (y);
      if (wx != wy)
        return wx < wy ? -1 : 1;

      /* Lower case before upper case, then by code point, but only when
       * everything else is equal. */
      if (tie == 0 && x != y)
        {
          gboolean lx = g_unichar_islower (x);
          gboolean ly = g_unichar_islower (y);

          if (lx != ly)
            tie = lx ? -1 : 1;
          else
            tie = x < y ? -1 : 1;
        }
    }

  if (tie != 0)
    return tie;

  return (a_len > b_len) - (a_len < b_len);
}

/**
 * sam_fold_text:
 *
 * The form of @text that searches compare: lower case, compatibility
 * forms unified and diacritics dropped, so that "mote" typed on a keyboard
 * without å ä ö finds "Kommundirektörsmöte".
 *
 * Returns: (transfer full): the folded text ("" for %NULL)
 */
char *
sam_fold_text (const char *text,
               gssize      len)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gssize i;

  if (text == NULL)
    return g_strdup ("");

  if (len < 0)
    len = strlen (text);

  /* ASCII folds to its lower case: the common case, done without the
   * normalization's allocations, since a search folds every row. */
  for (i = 0; i < len && (guchar)text[i] < 0x80 && text[i] != '\0'; i++)
    ;
  if (i == len)
    return g_ascii_strdown (text, len);

  decomposed = g_utf8_normalize (text, len, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
