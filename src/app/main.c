/* main.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "samverkan"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "sam-application.h"

static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_root = g_path_get_dirname (BUILD_SCHEMADIR);
  g_autofree char *prefix = g_strconcat (build_root, G_DIR_SEPARATOR_S, NULL);

  return exe != NULL && g_str_has_prefix (exe, prefix);
}

/* Run from the build tree, the schema and the translations exist only in
 * the build directory. An installed binary finds them the usual way. */
static void
find_uninstalled_files (void)
{
  g_autofree char *compiled = NULL;
  const char *localedir = g_getenv ("SAMVERKAN_LOCALEDIR");

  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);

  if (!running_uninstalled ())
    return;

  if (localedir == NULL)
    bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);

  compiled = g_build_filename (BUILD_SCHEMADIR, "gschemas.compiled", NULL);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL && g_file_test (compiled, G_FILE_TEST_EXISTS))
    g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_SCHEMADIR, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SamApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  find_uninstalled_files ();

  app = sam_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
