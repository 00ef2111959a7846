/* test-cli.c: runs the built samverkan-cli as a user would.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <poppler.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sam-store-extract.h"
#include "sam-test-pdf.h"
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
  g_auto(CliResult) check = { 0 };
  /* A new database is brought up to the latest schema. */
  g_autofree char *version = g_strdup_printf ("Schema version: %d\n",
                                              sam_store_get_latest_schema_version ());

  run_cli (&result, "--database", path, "meetings", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  run_cli (&check, "--database", path, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, version));
  g_assert_nonnull (strstr (check.out, "\nmeeting\t0\n"));
  g_assert_nonnull (strstr (check.out, "\nagenda_item\t0\n"));
  g_assert_nonnull (strstr (check.out, "Integrity: ok\n"));
}

/* "check" on a mistyped path says so, and creates nothing. */
static void
test_cli_check_missing (SamTestDb     *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "tset.db", NULL);
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "--database", path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "There is no database"));
  g_assert_null (strstr (result.out, "Integrity: ok"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A zero-byte file is refused, not made into a new database. */
static void
test_cli_empty_file (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "zero.db", NULL);
  g_auto(CliResult) result = { 0 };
  GStatBuf buf;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  run_cli (&result, "--database", path, "meetings", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "empty file"));
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, ==, 0);
}

/* A title with a tab and a line break stays one field of one line. */
static void
test_cli_tsv_escapes (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autoptr(SamBody) board = sam_test_add_body (fixture->store, "Styrelsen\tB", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, board, "2019-01-29T15:00",
                                                        "Möte\nfake\tline\\");
  g_autofree char *line = NULL;
  g_auto(CliResult) result = { 0 };
  g_auto(CliResult) bodies = { 0 };
  g_auto(GStrv) fields = NULL;

  run_cli (&result, "--database", fixture->path, "meetings", NULL);
  g_assert_cmpint (result.status, ==, 0);
  line = g_strdup_printf ("%s\t2019-01-29T15:00\tStyrelsen\\tB\tMöte\\nfake\\tline\\\\\tplanned\n",
                          sam_entity_get_uuid (SAM_ENTITY (meeting)));
  g_assert_cmpstr (result.out, ==, line);
  fields = g_strsplit (result.out, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);

  run_cli (&bodies, "--database", fixture->path, "bodies", NULL);
  g_assert_nonnull (strstr (bodies.out, "\tStyrelsen\\tB\n"));
}

static void
damage_database (SamTestDb *fixture)
{
  g_autoptr(GError) error = NULL;
  guint8 noise[4096];
  GStatBuf buf;
  int fd;

  /* Everything out of the log into the file first. */
  g_clear_object (&fixture->store);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  fd = g_open (fixture->path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_random_int_range (0, 256);
  g_assert_cmpint (pwrite (fd, noise, sizeof noise, buf.st_size / 2 / 4096 * 4096), ==, sizeof noise);
  close (fd);
}

/* backup, damage, check, refuse to import, restore, check again. */
static void
test_cli_backup_restore (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *exported = g_build_filename (fixture->dir, "export.xml", NULL);
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) before = { 0 };
  g_auto(CliResult) backup = { 0 };
  g_auto(CliResult) backup_to = { 0 };
  g_auto(CliResult) export = { 0 };
  g_auto(CliResult) check = { 0 };
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) restore = { 0 };
  g_auto(CliResult) backups = { 0 };
  g_auto(CliResult) after = { 0 };
  g_auto(CliResult) check_after = { 0 };
  g_auto(GStrv) lines = NULL;
  GStatBuf buf;

  run_cli (&example, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);
  run_cli (&before, "--database", fixture->path, "meetings", NULL);
  g_assert_cmpint (before.status, ==, 0);

  run_cli (&backup, "--database", fixture->path, "backup", NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_strchomp (backup.out);
  g_assert_true (g_file_test (backup.out, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (backup.out, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  run_cli (&backup_to, "--database", fixture->path, "backup", "-o", output, NULL);
  g_assert_cmpint (backup_to.status, ==, 0);
  g_assert_cmpint (g_stat (output, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  run_cli (&export, "--database", fixture->path, "export", "-o", exported, NULL);
  g_assert_cmpint (export.status, ==, 0);

  damage_database (fixture);

  run_cli (&check, "--database", fixture->path, "check", NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_null (strstr (check.out, "Integrity: ok"));

  /* Nothing is imported into a damaged file. */
  run_cli (&import, "--database", fixture->path, "import", exported, NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_nonnull (strstr (import.err, "damaged"));
  g_assert_nonnull (strstr (import.err, "restore"));

  run_cli (&restore, "--database", fixture->path, "restore", backup.out, NULL);
  g_assert_cmpint (restore.status, ==, 0);
  g_assert_nonnull (strstr (restore.out, "The database as it was is kept in"));

  run_cli (&check_after, "--database", fixture->path, "check", NULL);
  g_assert_cmpint (check_after.status, ==, 0);
  g_assert_nonnull (strstr (check_after.out, "Integrity: ok"));
  run_cli (&after, "--database", fixture->path, "meetings", NULL);
  g_assert_cmpstr (after.out, ==, before.out);

  /* The manual backup and the one made before the restore. */
  run_cli (&backups, "--database", fixture->path, "backups", NULL);
  g_assert_cmpint (backups.status, ==, 0);
  lines = g_strsplit (g_strchomp (backups.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_nonnull (strstr (lines[0], "Before restoring a backup"));
  g_assert_nonnull (strstr (lines[1], backup.out));
}

/* An import into a database with data is backed up first. */
static void
test_cli_import_backs_up (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autofree char *exported = g_build_filename (fixture->dir, "export.xml", NULL);
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) export = { 0 };
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) backups = { 0 };

  run_cli (&example, "--database", fixture->path, "example", NULL);
  run_cli (&export, "--database", fixture->path, "export", "-o", exported, NULL);
  g_assert_cmpint (export.status, ==, 0);
  run_cli (&import, "--database", fixture->path, "import", exported, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_cli (&backups, "--database", fixture->path, "backups", NULL);
  g_assert_nonnull (strstr (backups.out, "Before an import"));
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
  run_cli (&result, "--database", path, "meetings", NULL);
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

static void
test_cli_example_export_import (SamTestDb     *fixture,
                                gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "export.xml", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *written = NULL;
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) again = { 0 };
  g_auto(CliResult) exported = { 0 };
  g_auto(CliResult) imported = { 0 };
  g_auto(CliResult) twice = { 0 };
  g_auto(CliResult) meetings = { 0 };
  g_auto(CliResult) stdout_export = { 0 };

  run_cli (&example, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);
  g_assert_true (g_str_has_prefix (example.out, "Imported records: 243 added, 0 updated, 0 unchanged\n"));
  g_assert_nonnull (strstr (example.out, "  Municipalities: 12 added, 0 updated, 0 unchanged\n"));

  /* The database now holds data: the example is refused without --merge. */
  run_cli (&again, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "--merge"));
  g_assert_cmpstr (again.out, ==, "");

  run_cli (&exported, "--database", fixture->path, "export", "-o", xml, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_cmpstr (exported.out, ==, "");
  g_assert_true (g_file_get_contents (xml, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<samverkan "));

  /* Without -o the export goes to the standard output, the same bytes. */
  run_cli (&stdout_export, "--database", fixture->path, "export", NULL);
  g_assert_cmpint (stdout_export.status, ==, 0);
  g_assert_cmpstr (stdout_export.out, ==, written);

  run_cli (&imported, "--database", other, "import", xml, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_true (g_str_has_prefix (imported.out, "Imported records: 243 added, 0 updated, 0 unchanged\n"));

  run_cli (&twice, "--database", other, "import", xml, NULL);
  g_assert_cmpint (twice.status, ==, 0);
  g_assert_true (g_str_has_prefix (twice.out, "Imported records: 0 added, 0 updated, 243 unchanged\n"));

  run_cli (&meetings, "--database", other, "meetings", NULL);
  g_assert_cmpint (meetings.status, ==, 0);
  g_assert_nonnull (strstr (meetings.out, "f1a696db-4522-54e4-b11a-0fab1f16fe0a\t2019-01-29T15:00\t"));
}

static void
test_cli_export_meeting (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) meeting = { 0 };
  g_auto(CliResult) unknown = { 0 };

  run_cli (&example, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);

  run_cli (&meeting, "--database", fixture->path, "export", "--meeting",
           "f1a696db-4522-54e4-b11a-0fab1f16fe0a", NULL);
  g_assert_cmpint (meeting.status, ==, 0);
  g_assert_nonnull (strstr (meeting.out, "<title>Dialog med Länsstyrelsen Skåne om anvisningstal</title>"));
  g_assert_null (strstr (meeting.out, "<destination uuid="));

  run_cli (&unknown, "--database", fixture->path, "export", "--meeting",
           "00000000-0000-4000-8000-000000000000", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "00000000-0000-4000-8000-000000000000"));
  g_assert_cmpstr (unknown.out, ==, "");
}

static void
test_cli_import_bad_file (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "bad.xml", NULL);
  g_auto(CliResult) result = { 0 };
  g_auto(CliResult) missing = { 0 };
  g_auto(CliResult) usage = { 0 };
  g_auto(CliResult) check = { 0 };
  const char *text = "<?xml version=\"1.0\"?>\n"
                     "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">\n"
                     "  <municipality updated=\"2019-01-29T17:00:00Z\">\n"
                     "    <name>Lund</name>\n"
                     "  </municipality>\n"
                     "</samverkan>\n";

  g_assert_true (g_file_set_contents (xml, text, -1, NULL));
  run_cli (&result, "--database", fixture->path, "import", xml, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "line 3: element <municipality> lacks the attribute uuid"));
  g_assert_cmpstr (result.out, ==, "");

  run_cli (&missing, "--database", fixture->path, "import", "/nonexistent/file.xml", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/file.xml"));

  run_cli (&usage, "--database", fixture->path, "import", NULL);
  g_assert_cmpint (usage.status, ==, 2);

  /* Nothing was added. */
  run_cli (&check, "--database", fixture->path, "check", NULL);
  g_assert_nonnull (strstr (check.out, "\nmunicipality\t0\n"));
}

static void
test_cli_ics (SamTestDb     *fixture,
              gconstpointer  data)
{
  g_autoptr(SamBody) board = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, board, "2019-06-11T09:00", "Styrelsemöte");
  g_autofree char *path = g_build_filename (fixture->dir, "year.ics", NULL);
  g_autofree char *contents = NULL;
  g_auto(CliResult) one = { 0 };
  g_auto(CliResult) year = { 0 };
  g_auto(CliResult) unknown = { 0 };
  g_auto(CliResult) usage = { 0 };

  run_cli (&one, "--database", fixture->path, "ics", sam_entity_get_uuid (SAM_ENTITY (meeting)), NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_nonnull (strstr (one.out, "METHOD:REQUEST"));
  g_assert_nonnull (strstr (one.out, "DTSTART;TZID=Europe/Stockholm:20190611T090000"));

  run_cli (&year, "--database", fixture->path, "ics", "--year", "2019", "--body", "Styrelsen", "-o", path, NULL);
  g_assert_cmpint (year.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "METHOD:PUBLISH"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Styrelsemöte"));
  g_assert_cmpstr (year.err, ==, "");

  /* A year without the body's meetings is written, and said so. */
  {
    g_auto(CliResult) empty = { 0 };
    g_auto(CliResult) nothing = { 0 };
    g_autofree char *empty_contents = NULL;

    run_cli (&empty, "--database", fixture->path, "ics", "--year", "2020", "--body", "Styrelsen", "-o", path, NULL);
    g_assert_cmpint (empty.status, ==, 0);
    g_assert_cmpstr (empty.err, ==, "samverkan-cli: Styrelsen has no meetings in 2020; the calendar has no events\n");
    g_assert_true (g_file_get_contents (path, &empty_contents, NULL, NULL));
    g_assert_nonnull (strstr (empty_contents, "METHOD:PUBLISH"));
    g_assert_null (strstr (empty_contents, "BEGIN:VEVENT"));

    run_cli (&nothing, "--database", fixture->path, "ics", "--year", "2031", NULL);
    g_assert_cmpint (nothing.status, ==, 0);
    g_assert_cmpstr (nothing.err, ==, "samverkan-cli: There are no meetings in 2031; the calendar has no events\n");
  }

  run_cli (&unknown, "--database", fixture->path, "ics", "00000000-0000-4000-8000-000000000000", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "no meeting"));

  run_cli (&usage, "--database", fixture->path, "ics", NULL);
  g_assert_cmpint (usage.status, ==, 2);
}

static char *
pdf_title (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  char *title;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  title = poppler_document_get_title (document);
  g_object_unref (document);

  return title;
}

/* The year at a glance for scripts: A4 or A3 landscape, one body's ring,
 * and usage errors for what it cannot do. */
static void
test_cli_wheel (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_autofree char *a4 = g_build_filename (fixture->dir, "wheel.pdf", NULL);
  g_autofree char *a3 = g_build_filename (fixture->dir, "wheel-a3.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (a3, NULL, NULL);
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) whole = { 0 };
  g_auto(CliResult) one = { 0 };
  g_auto(CliResult) no_year = { 0 };
  g_auto(CliResult) bad_size = { 0 };
  g_auto(CliResult) no_body = { 0 };
  PopplerDocument *document;
  PopplerPage *page;
  double width, height;

  run_cli (&example, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);

  run_cli (&whole, "--database", fixture->path, "wheel", "--year", "2019", "--language", "sv", "-o", a4, NULL);
  g_assert_cmpint (whole.status, ==, 0);
  title = pdf_title (a4);
  g_assert_cmpstr (title, ==, "Årshjul 2019");

  run_cli (&one, "--database", fixture->path, "wheel", "--year", "2019", "--body", "Styrelsen", "--size", "a3",
           "--language", "en", "-o", a3, NULL);
  g_assert_cmpint (one.status, ==, 0);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1190.55, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Year at a glance 2019"));
  g_assert_nonnull (strstr (text, "Styrelsen"));
  g_assert_null (strstr (text, "Kommundirektörsgruppen"));
  g_object_unref (page);
  g_object_unref (document);

  run_cli (&no_year, "--database", fixture->path, "wheel", "-o", a4, NULL);
  g_assert_cmpint (no_year.status, ==, 2);
  run_cli (&bad_size, "--database", fixture->path, "wheel", "--year", "2019", "--size", "a5", "-o", a4, NULL);
  g_assert_cmpint (bad_size.status, ==, 2);
  run_cli (&no_body, "--database", fixture->path, "wheel", "--year", "2019", "--body", "Riksdagen", "-o", a4, NULL);
  g_assert_cmpint (no_body.status, ==, 1);
}

static void
test_cli_documents (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autofree char *agenda = g_build_filename (fixture->dir, "agenda.pdf", NULL);
  g_autofree char *minutes = g_build_filename (fixture->dir, "minutes.pdf", NULL);
  g_autofree char *pack = g_build_filename (fixture->dir, "pack.pdf", NULL);
  g_autofree char *agenda_title = NULL;
  g_autofree char *minutes_title = NULL;
  g_autofree char *pack_title = NULL;
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) english = { 0 };
  g_auto(CliResult) swedish = { 0 };
  g_auto(CliResult) meeting_pack = { 0 };

  run_cli (&example, "--database", fixture->path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);

  run_cli (&english, "--database", fixture->path, "agenda", "f1a696db-4522-54e4-b11a-0fab1f16fe0a",
           "-o", agenda, "--language", "en", NULL);
  g_assert_cmpint (english.status, ==, 0);
  g_assert_cmpstr (english.out, ==, "");
  /* Under LeakSanitizer stderr carries its report of suppressions. */
  g_assert_null (strstr (english.err, "samverkan-cli:"));
  agenda_title = pdf_title (agenda);
  g_assert_cmpstr (agenda_title, ==, "Agenda – Director group meeting, MalmöLundregionen, 29 January 2019");

  /* Without --language, the document is in the user's language: English
   * here (the tests run with LANGUAGE=en)… */
  run_cli (&swedish, "--database", fixture->path, "minutes", "f1a696db-4522-54e4-b11a-0fab1f16fe0a",
           "-o", minutes, NULL);
  g_assert_cmpint (swedish.status, ==, 0);
  minutes_title = pdf_title (minutes);
  g_assert_cmpstr (minutes_title, ==, "Minutes – Director group meeting, MalmöLundregionen, 29 January 2019");

  /* …and Swedish for someone whose language is Swedish. */
  {
    g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "sv", TRUE);
    g_autofree char *sv_minutes = g_build_filename (fixture->dir, "minnesanteckningar.pdf", NULL);
    g_autofree char *sv_title = NULL;
    const char *argv[] = { g_getenv ("SAMVERKAN_CLI"), "--database", fixture->path, "minutes",
                           "f1a696db-4522-54e4-b11a-0fab1f16fe0a", "-o", sv_minutes, NULL };
    g_autoptr(GError) error = NULL;
    int status;

    env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
    g_assert_true (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    sv_title = pdf_title (sv_minutes);
    g_assert_cmpstr (sv_title, ==, "Minnesanteckningar – Kommundirektörsmöte MalmöLundregionen, 29 januari 2019");
  }

  run_cli (&meeting_pack, "--database", fixture->path, "pack", "9297fd0d-1fab-51ea-a9ea-cb412bc85ac9",
           "-o", pack, "-l", "sv", NULL);
  g_assert_cmpint (meeting_pack.status, ==, 0);
  pack_title = pdf_title (pack);
  g_assert_cmpstr (pack_title, ==, "Möteshandlingar – Kommundirektörsmöte MalmöLundregionen, 8 mars 2018");
}

static void
test_cli_document_errors (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "agenda.pdf", NULL);
  g_auto(CliResult) unknown = { 0 };
  g_auto(CliResult) no_output = { 0 };
  g_auto(CliResult) language = { 0 };
  g_auto(CliResult) no_meeting = { 0 };

  run_cli (&unknown, "--database", fixture->path, "agenda", "00000000-0000-0000-0000-000000000000",
           "-o", path, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "There is no meeting with the uuid"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  run_cli (&no_output, "--database", fixture->path, "minutes", "00000000-0000-0000-0000-000000000000", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o FILE"));

  run_cli (&language, "--database", fixture->path, "pack", "00000000-0000-0000-0000-000000000000",
           "-o", path, "--language", "de", NULL);
  g_assert_cmpint (language.status, ==, 2);
  g_assert_nonnull (strstr (language.err, "sv"));

  run_cli (&no_meeting, "--database", fixture->path, "agenda", "-o", path, NULL);
  g_assert_cmpint (no_meeting.status, ==, 2);
}

static void
test_cli_help_in_swedish (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "sv", TRUE);
  const char *argv[] = { g_getenv ("SAMVERKAN_CLI"), "--help", NULL };
  int status;

  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_nonnull (strstr (out, "Kommandon:"));
  g_assert_nonnull (strstr (out, "Lista möten"));
  /* Not the catalogue's header where an empty string was translated. */
  g_assert_null (strstr (out, "Project-Id-Version"));
}

/* The search prints one hit a line, tab-separated; an import is found at
 * once; a wrong kind or body is a clear error. */
static void
test_cli_search (SamTestDb     *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T09:00", "Styrelsemöte");
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, "Kompetens", 30);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_auto(CliResult) hits = { 0 };
  g_auto(CliResult) none = { 0 };
  g_auto(CliResult) bad_kind = { 0 };
  g_auto(CliResult) bad_body = { 0 };
  g_auto(CliResult) example = { 0 };
  g_auto(CliResult) imported = { 0 };

  sam_agenda_item_set_minutes_text (item, "Gruppen diskuterade\tkompetensförsörjningen");
  g_assert_true (sam_store_update (fixture->store, item, &error));
  g_assert_no_error (error);

  run_cli (&hits, "--database", fixture->path, "search", "kompetensforsorjning", "--year", "2019",
           "--body", "styrelsen", NULL);
  g_assert_cmpint (hits.status, ==, 0);
  expected = g_strdup_printf ("agenda-item\t%s\t2019-01-29T09:00\tKompetens\t"
                              "Kompetens Gruppen diskuterade «kompetensförsörjningen»\n",
                              sam_entity_get_uuid (SAM_ENTITY (item)));
  g_assert_cmpstr (hits.out, ==, expected);
  g_assert_cmpstr (hits.err, ==, "");

  run_cli (&none, "--database", fixture->path, "search", "kompetens", "--kind", "decision", NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_cmpstr (none.out, ==, "");

  run_cli (&bad_kind, "--database", fixture->path, "search", "kompetens", "--kind", "möte", NULL);
  g_assert_cmpint (bad_kind.status, ==, 2);
  g_assert_nonnull (strstr (bad_kind.err, "agenda-item"));

  run_cli (&bad_body, "--database", fixture->path, "search", "kompetens", "--body", "Ingen", NULL);
  g_assert_cmpint (bad_body.status, ==, 1);
  g_assert_nonnull (strstr (bad_body.err, "Ingen"));

  /* The example is an import: its meetings are found at once, typed
   * without å ä ö, a word inside a compound title among them. */
  run_cli (&example, "--database", fixture->path, "example", "--merge", NULL);
  g_assert_cmpint (example.status, ==, 0);
  run_cli (&imported, "--database", fixture->path, "search", "mote", "--kind", "meeting", NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "Kommundirektörsmöte"));
}

/* The search reads the text of the attachments the window has not read
 * yet before it searches, saying how far it is when there are many; with
 * --no-extract it says how many are not searched. */
static void
test_cli_search_attachments (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T09:00", "Styrelsemöte");
  const char *pages[] = { "Underlag\nInledning om budgeten", "Odling\nKvartersodlingarna i Limhamn växer",
                          NULL };
  const char *filler[] = { "Protokoll\nNågot helt annat", NULL };
  g_autoptr(GBytes) pdf = sam_test_make_pdf (pages);
  g_autoptr(GBytes) other = sam_test_make_pdf (filler);
  g_autoptr(SamAttachment) attachment = sam_test_add_pdf_attachment (fixture->store, meeting, NULL,
                                                                     "Underlag odling", pdf);
  g_autofree char *expected = NULL;
  g_auto(CliResult) unread = { 0 };
  g_auto(CliResult) read = { 0 };
  g_auto(CliResult) again = { 0 };
  g_auto(CliResult) many = { 0 };

  run_cli (&unread, "--database", fixture->path, "search", "kvartersodlingarna", "--no-extract", NULL);
  g_assert_cmpint (unread.status, ==, 0);
  g_assert_cmpstr (unread.out, ==, "");
  g_assert_nonnull (strstr (unread.err, "The text of 1 attachment is not read yet"));

  run_cli (&read, "--database", fixture->path, "search", "kvartersodlingarna", NULL);
  g_assert_cmpint (read.status, ==, 0);
  expected = g_strdup_printf ("attachment\t%s\t2019-01-29T09:00\tUnderlag odling\t"
                              "Odling «Kvartersodlingarna» i Limhamn växer\n",
                              sam_entity_get_uuid (SAM_ENTITY (attachment)));
  g_assert_cmpstr (read.out, ==, expected);
  /* One attachment is read without a word on stderr. */
  g_assert_cmpstr (read.err, ==, "");
  g_assert_cmpint (sam_store_count_attachments_to_read (fixture->store, NULL), ==, 0);

  run_cli (&again, "--database", fixture->path, "search", "kvartersodlingarna", "--no-extract", NULL);
  g_assert_cmpstr (again.out, ==, expected);
  g_assert_cmpstr (again.err, ==, "");

  /* Many: the progress on stderr, the hits on stdout as before. */
  for (guint i = 0; i < 45; i++)
    {
      g_autofree char *title = g_strdup_printf ("Protokoll %u", i);
      g_autoptr(SamAttachment) filler_attachment = sam_test_add_pdf_attachment (fixture->store, meeting, NULL,
                                                                                title, other);
    }
  run_cli (&many, "--database", fixture->path, "search", "kvartersodlingarna", NULL);
  g_assert_cmpint (many.status, ==, 0);
  g_assert_cmpstr (many.out, ==, expected);
  g_assert_nonnull (strstr (many.err, "Reading the text of 45 attachments first…"));
  g_assert_nonnull (strstr (many.err, "20 of 45"));
  g_assert_nonnull (strstr (many.err, "45 of 45"));
  g_assert_cmpint (sam_store_count_attachments_to_read (fixture->store, NULL), ==, 0);
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
  ADD ("/cli/search", test_cli_search);
  ADD ("/cli/search-attachments", test_cli_search_attachments);
  ADD ("/cli/unknown-body", test_cli_unknown_body);
  ADD ("/cli/bad-path", test_cli_bad_path);
  ADD ("/cli/bad-file", test_cli_bad_file);
  ADD ("/cli/usage-errors", test_cli_usage_errors);
  ADD ("/cli/example-export-import", test_cli_example_export_import);
  ADD ("/cli/export-meeting", test_cli_export_meeting);
  ADD ("/cli/import-bad-file", test_cli_import_bad_file);
  ADD ("/cli/ics", test_cli_ics);
  ADD ("/cli/documents", test_cli_documents);
  ADD ("/cli/wheel", test_cli_wheel);
  ADD ("/cli/document-errors", test_cli_document_errors);
  ADD ("/cli/check-missing", test_cli_check_missing);
  ADD ("/cli/empty-file", test_cli_empty_file);
  ADD ("/cli/tsv-escapes", test_cli_tsv_escapes);
  ADD ("/cli/backup-restore", test_cli_backup_restore);
  ADD ("/cli/import-backs-up", test_cli_import_backs_up);
  g_test_add_func ("/cli/help-and-version", test_cli_help_and_version);
  g_test_add_func ("/cli/help-in-swedish", test_cli_help_in_swedish);
#undef ADD

  return g_test_run ();
}
