/* test-collation.c: Swedish order of names.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-collation.h"
#include "sam-test-util.h"

static int
collate (const char *a,
         const char *b)
{
  return sam_collate_names (a, -1, b, -1);
}

static void
test_collation_after_z (void)
{
  g_assert_cmpint (collate ("Zürich", "Åstorp"), <, 0);
  g_assert_cmpint (collate ("Åstorp", "Ängelholm"), <, 0);
  g_assert_cmpint (collate ("Ängelholm", "Örkelljunga"), <, 0);
  g_assert_cmpint (collate ("Ystad", "Åstorp"), <, 0);
}

static void
test_collation_case_and_accents (void)
{
  /* Case does not decide the order before the letters do. */
  g_assert_cmpint (collate ("lund", "Malmö"), <, 0);
  g_assert_cmpint (collate ("Lund", "malmö"), <, 0);
  /* é sorts with e, not after z as å, ä and ö do. */
  g_assert_cmpint (collate ("Ebba", "Élise"), <, 0);
  g_assert_cmpint (collate ("Élise", "Eslöv"), <, 0);
  g_assert_cmpint (collate ("Élise", "Höör"), <, 0);
  g_assert_cmpint (collate ("Lund", "Lund"), ==, 0);
}

static void
test_collation_prefix (void)
{
  g_assert_cmpint (collate ("Lund", "Lunds kommun"), <, 0);
  g_assert_cmpint (collate ("Lunds kommun", "Lund"), >, 0);
  g_assert_cmpint (collate ("", "A"), <, 0);
}

/* The store sorts names with the same collation, inside SQLite. */
static void
test_collation_store_order (SamTestDb     *fixture,
                            gconstpointer  data)
{
  const char *names[] = { "Ängelholm", "Örkelljunga", "Åstorp", "Malmö", "Lund" };
  const char *expected[] = { "Lund", "Malmö", "Åstorp", "Ängelholm", "Örkelljunga" };
  g_autoptr(GListModel) model = sam_store_list_municipalities (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
      g_autoptr(GError) error = NULL;

      sam_municipality_set_name (municipality, names[i]);
      g_assert_true (sam_store_insert (fixture->store, municipality, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (model, i);

      g_assert_cmpstr (sam_municipality_get_name (municipality), ==, expected[i]);
    }
}

/* Searching folds case and drops diacritics, so a keyboard without å ä ö
 * finds what has them. */
static void
test_collation_fold (void)
{
  g_autofree char *a = sam_fold_text ("Kommundirektörsmöte i Höör", -1);
  g_autofree char *b = sam_fold_text ("ÅRSHJUL Ærø", -1);
  g_autofree char *c = sam_fold_text (NULL, -1);

  g_assert_cmpstr (a, ==, "kommundirektorsmote i hoor");
  g_assert_cmpstr (b, ==, "arshjul ærø");
  g_assert_cmpstr (c, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collation/after-z", test_collation_after_z);
  g_test_add_func ("/collation/case-and-accents", test_collation_case_and_accents);
  g_test_add_func ("/collation/fold", test_collation_fold);
  g_test_add_func ("/collation/prefix", test_collation_prefix);
  g_test_add ("/collation/store-order", SamTestDb, NULL,
              sam_test_db_setup, test_collation_store_order, sam_test_db_teardown);

  return g_test_run ();
}
