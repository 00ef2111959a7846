/* test-ui-swedish.c: the window in Swedish, as a Swedish desktop shows it.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelSearch;

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
label_shown (gpointer data)
{
  LabelSearch *search = data;

  return find_label (search->root, search->text);
}

static void
assert_label (GtkWidget  *root,
              const char *text)
{
  LabelSearch search = { root, text };

  if (!wait_for (label_shown, &search))
    g_error ("No label shows “%s”", text);
}

static void
test_swedish_sidebar (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  SamWindow *window;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);

  window = sam_window_new (NULL, db.store);
  gtk_window_present (GTK_WINDOW (window));

  /* The sections have their Swedish names. */
  assert_label (GTK_WIDGET (sam_window_get_sidebar (window)), "Möten");
  assert_label (GTK_WIDGET (sam_window_get_sidebar (window)), "Fokusfrågor");
  assert_label (GTK_WIDGET (sam_window_get_sidebar (window)), "Beslut och uppdrag");

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

static void
test_swedish_dates (void)
{
  SamTestDb db = { 0 };
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  SamWindow *window;
  GtkWidget *page;

  sam_test_db_setup (&db, NULL);
  body = sam_test_add_body (db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  meeting = sam_test_add_meeting (db.store, body, "2019-01-29T15:00", "Kommundirektörsmöte");

  window = sam_window_new (NULL, db.store);
  gtk_window_present (GTK_WINDOW (window));
  sam_window_set_section (window, "meetings");
  page = sam_window_get_section_page (window, "meetings");

  /* Weekday and month from the Swedish locale, as a Swedish desktop has. */
  assert_label (page, "tis 29 jan 2019");
  assert_label (page, "Planerat");

  gtk_window_destroy (GTK_WINDOW (window));
  sam_test_db_teardown (&db, NULL);
}

int
main (int    argc,
      char **argv)
{
  /* LANGUAGE chooses the messages (under LC_ALL=C.UTF-8, as the test
   * environment has); the time names come from LC_TIME, for which
   * build-aux/test generates sv_SE.UTF-8. */
  g_setenv ("LANGUAGE", "sv", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* gtk_test_init() keeps the "C" locale, in which gettext ignores
   * LANGUAGE; take the environment's, as the app does. */
  setlocale (LC_ALL, "");

  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (setlocale (LC_TIME, "sv_SE.UTF-8") == NULL)
    g_error ("The locale sv_SE.UTF-8 is missing: run build-aux/test, which generates it with locale-gen");

  g_test_add_func ("/ui/swedish/sidebar", test_swedish_sidebar);
  g_test_add_func ("/ui/swedish/dates", test_swedish_dates);

  return g_test_run ();
}
