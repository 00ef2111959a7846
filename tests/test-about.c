/* test-about.c: the About window says what the metainfo says, in the
 * language of the user interface.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-about"

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sam-about.h"

static gboolean
swedish (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "sv");
}

static void
test_about_from_metainfo (void)
{
  GtkWidget *about = sam_about_window_new ();
  AdwAboutWindow *window = ADW_ABOUT_WINDOW (about);
  const char *notes = adw_about_window_get_release_notes (window);
  /* The strings as the metainfo has them, through the same catalogue. */
  const char *first = _("The first release of Samverkan.");
  const char *pdf = _("Agendas, minutes and meeting packs as PDF documents, in Swedish or in English");
  const char *summary = _("Plan the work of an inter-municipal collaboration");

  /* In Swedish the translations are there, so the test can tell. */
  if (swedish ())
    g_assert_cmpstr (first, !=, "The first release of Samverkan.");

  g_assert_cmpstr (adw_about_window_get_application_name (window), ==, "Samverkan");
  g_assert_cmpstr (adw_about_window_get_version (window), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_developer_name (window), ==, "The Samverkan developers");
  g_assert_cmpstr (adw_about_window_get_comments (window), ==, summary);
  g_assert_cmpstr (adw_about_window_get_website (window), ==, "https://github.com/samverkan/samverkan");
  g_assert_cmpstr (adw_about_window_get_issue_url (window), ==,
                   "https://github.com/samverkan/samverkan/issues");

  /* The newest release's notes, paragraph and list, one language only. */
  g_assert_cmpstr (adw_about_window_get_release_notes_version (window), ==, PACKAGE_VERSION);
  g_assert_nonnull (notes);
  g_assert_true (g_str_has_prefix (notes, "<p>"));
  g_assert_nonnull (strstr (notes, first));
  g_assert_nonnull (strstr (notes, "<ul><li>"));
  g_assert_nonnull (strstr (notes, pdf));
  if (swedish ())
    g_assert_null (strstr (notes, "The first release of Samverkan."));

  gtk_window_destroy (GTK_WINDOW (about));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/about/from-metainfo", test_about_from_metainfo);

  return g_test_run ();
}
