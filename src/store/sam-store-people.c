/* sam-store-people.c: finding the people a new record would duplicate.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include "sam-collation.h"
#include "sam-query-model.h"
#include "sam-store-people.h"
#include "sam-store-private.h"

/* Names compare as the searches compare them: folded (case and accents
 * away, "Asa Ostberg" is "Åsa Östberg") and with the spaces at the ends
 * and doubled ones set aside, so that a name typed a little differently
 * still counts as the same. */
static const char people_named_sql[] =
  "SELECT id FROM person WHERE sam_fold (trim (replace (name, '  ', ' '))) = ?1 "
  "ORDER BY id";

static char *
normalize_name (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t\n", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words[i]);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/**
 * sam_store_find_people_named:
 * @self: a store
 * @name: a person's name as typed
 * @error: return location for a #GError
 *
 * Finds the people whose name is @name when case, accents and repeated
 * spaces are set aside, for the warning before a duplicate is added.
 *
 * Returns: (transfer full): the ids (gint64) in the order they were added,
 *   or %NULL with @error set
 */
GArray *
sam_store_find_people_named (SamStore    *self,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  SamDb *db;
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  normalized = normalize_name (name);
  if (normalized[0] == '\0')
    return g_steal_pointer (&ids);

  folded = sam_fold_text (normalized, -1);
  db = sam_store_get_db (self);
  if (!sam_statement_prepare (&statement, db, people_named_sql, error))
    return NULL;

  sam_statement_bind_text (&statement, 1, folded);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (&statement, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&ids);
}

GListModel *
sam_store_list_municipalities (SamStore *self)
{
  static const char * const municipality_tables[] = { "municipality", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MUNICIPALITY, municipality_tables,
                                                    "SELECT m.id FROM municipality m ORDER BY m.name, m.id",
                                                    NULL));
}

GListModel *
sam_store_list_people (SamStore *self)
{
  static const char * const people_tables[] = { "person", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_PERSON, people_tables,
                                                    "SELECT p.id FROM person p ORDER BY p.name, p.id",
                                                    NULL));
}
