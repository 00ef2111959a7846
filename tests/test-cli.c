/* test-cli.c: runs the built samverkan-cli as a user would.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sys/wait.h>

#include "sam-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_clear (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

static void
run_cli (CliResult  *result,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SAMVERKAN_CLI");
  const char *arg;
  va_list ap;
  int wait_status;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (gpointer)cli);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **)args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static void
test_cli_empty_database (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "--database", fixture->path, "meetings", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_cli_new_database (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new", "new.db", NULL);
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "--database", path, "check", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "Schema version: 1\n"));
  g_assert_nonnull (strstr (result.out, "\nmeeting\t0\n"));
  g_assert_nonnull (strstr (result.out, "\nagenda_item\t0\n"));
  g_assert_nonnull (strstr (result.out, "Integrity: ok\n"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_cli_meetings (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamBody) board = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamBody) directors = sam_test_add_body (fixture->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) m1 = sam_test_add_meeting (fixture->store, directors, "2019-01-29T15:00", "Kommundirektörsmöte");
  g_autoptr(SamMeeting) m2 = sam_test_add_meeting (fixture->store, board, "2018-11-20T10:00", "Styrelsemöte");
  g_autoptr(SamMeeting) m3 = sam_test_add_meeting (fixture->store, directors, "2019-03-26T15:00", NULL);
  g_autofree char *line = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(CliResult) all = { 0 };
  g_auto(CliResult) body = { 0 };
  g_auto(CliResult) year = { 0 };
  g_autoptr(GError) error = NULL;

  sam_meeting_set_theme (m3, "Workshop om kompetensförsörjning");
  sam_meeting_set_status (m3, SAM_MEETING_STATUS_AGENDA_SENT);
  g_assert_true (sam_store_update (fixture->store, m3, &error));

  run_cli (&all, "--database", fixture->path, "meetings", NULL);
  g_assert_cmpint (all.status, ==, 0);
  lines = g_strsplit (all.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  line = g_strdup_printf ("%s\t2018-11-20T10:00\tStyrelsen\tStyrelsemöte\tplanned",
                          sam_entity_get_uuid (SAM_ENTITY (m2)));
  g_assert_cmpstr (lines[0], ==, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("%s\t2019-03-26T15:00\tKommundirektörsgruppen\tWorkshop om kompetensförsörjning\tagenda-sent",
                          sam_entity_get_uuid (SAM_ENTITY (m3)));
  g_assert_cmpstr (lines[2], ==, line);

  run_cli (&body, "--database", fixture->path, "meetings", "--body", "kommundirektörsgruppen", NULL);
  g_assert_cmpint (body.status, ==, 0);
  g_assert_null (strstr (body.out, "Styrelsen"));
  g_assert_nonnull (strstr (body.out, sam_entity_get_uuid (SAM_ENTITY (m1))));

  run_cli (&year, "--database", fixture->path, "meetings", "--year", "2018", NULL);
  g_assert_cmpint (year.status, ==, 0);
  g_assert_nonnull (strstr (year.out, "Styrelsemöte"));
  g_assert_null (strstr (year.out, "Kommundirektörsmöte"));
}

static void
test_cli_unknown_body (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "--database", fixture->path, "meetings", "--body", "Riksdagen", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Riksdagen"));
  g_assert_cmpstr (result.out, ==, "");
}

static void
test_cli_bad_path (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "a-file", NULL);
  g_autofree char *path = g_build_filename (file, "x.db", NULL);
  g_auto(CliResult) result = { 0 };

  /* A folder that cannot exist: its parent is a file. */
  g_assert_true (g_file_set_contents (file, "text", -1, NULL));
  run_cli (&result, "--database", path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Could not create the folder"));
  g_assert_cmpstr (result.out, ==, "");
}

static void
test_cli_bad_file (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.db", NULL);
  g_autofree char *expected = g_strdup_printf ("samverkan-cli: %s is not a Samverkan database (it is not an SQLite file)\n", path);
  g_autofree char *after = NULL;
  g_auto(CliResult) result = { 0 };
  const char *text = "Dagordning för kommundirektörsmötet, tisdag 29 januari 2019, kl. 15.00–17.00.\n"
                     "Punkt 1: Mötets öppnande. Punkt 2: Fokusfrågor och verksamhetsplan.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  run_cli (&result, "--database", path, "meetings", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==, expected);

  /* The file is left as it was. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

static void
test_cli_usage_errors (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_auto(CliResult) unknown = { 0 };
  g_auto(CliResult) none = { 0 };
  g_auto(CliResult) year = { 0 };
  g_auto(CliResult) option = { 0 };

  run_cli (&unknown, "--database", fixture->path, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "Unknown command “frobnicate”"));

  run_cli (&none, "--database", fixture->path, NULL);
  g_assert_cmpint (none.status, ==, 2);

  run_cli (&year, "--database", fixture->path, "meetings", "--year", "19", NULL);
  g_assert_cmpint (year.status, ==, 2);

  run_cli (&option, "--database", fixture->path, "meetings", "--colour", NULL);
  g_assert_cmpint (option.status, ==, 2);
}

static void
test_cli_help_and_version (void)
{
  g_auto(CliResult) help = { 0 };
  g_auto(CliResult) version = { 0 };

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "meetings"));
  g_assert_nonnull (strstr (help.out, "check"));
  g_assert_nonnull (strstr (help.out, "--database"));

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "samverkan-cli 0."));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/cli/empty-database", test_cli_empty_database);
  ADD ("/cli/new-database", test_cli_new_database);
  ADD ("/cli/meetings", test_cli_meetings);
  ADD ("/cli/unknown-body", test_cli_unknown_body);
  ADD ("/cli/bad-path", test_cli_bad_path);
  ADD ("/cli/bad-file", test_cli_bad_file);
  ADD ("/cli/usage-errors", test_cli_usage_errors);
  g_test_add_func ("/cli/help-and-version", test_cli_help_and_version);
#undef ADD

  return g_test_run ();
}
