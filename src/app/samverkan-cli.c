/* samverkan-cli.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "samverkan-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sam-backup.h"
#include "sam-document.h"
#include "sam-exchange.h"
#include "sam-ical.h"
#include "sam-store.h"
#include "sam-store-extract.h"
#include "sam-store-search.h"
#include "sam-wheel.h"

/* The command line: the core library only, no GTK and no display, so that
 * everything Samverkan holds can be scripted and tested.
 *
 * Exit status: 0 on success, 1 on an error (a message on stderr, nothing
 * changed), 2 on a usage error. */

enum {
  EXIT_OK = 0,
  EXIT_ERROR = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  const char *database;
} CliGlobals;

typedef int (*CliCommandFunc) (CliGlobals  *globals,
                               int          argc,
                               char       **argv);

typedef struct
{
  const char     *name;
  const char     *parameters;
  const char     *summary;
  CliCommandFunc  run;
} CliCommand;

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *prgname = g_strdup (g_get_prgname ());

  g_printerr ("%s: %s\n", prgname, message);
  g_printerr (_("Try “%s --help” for more information."), prgname);
  g_printerr ("\n");

  return EXIT_USAGE;
}

static int
report_error (GError *error)
{
  g_printerr ("%s: %s\n", g_get_prgname (), error->message);

  return EXIT_ERROR;
}

/* Parses a command's own options; returns -1 to go on, or the exit status. */
static int
parse_command (const char   *command,
               const char   *parameters,
               const char   *summary,
               GOptionEntry *entries,
               int          *argc,
               char       ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full = g_strdup_printf ("%s%s%s", command,
                                           parameters != NULL ? " " : "",
                                           parameters != NULL ? parameters : "");

  context = g_option_context_new (full);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (context, error->message);

  return -1;
}

static char *
database_path (CliGlobals *globals)
{
  const char *path = globals->database;

  if (path == NULL)
    path = g_getenv ("SAMVERKAN_DATABASE");
  if (path == NULL || *path == '\0')
    return sam_store_default_path ();

  return g_strdup (path);
}

static SamStore *
open_store_full (CliGlobals         *globals,
                 SamStoreOpenFlags   flags,
                 GError            **error)
{
  g_autofree char *path = database_path (globals);

  return sam_store_open_full (path, flags, error);
}

static SamStore *
open_store (CliGlobals  *globals,
            GError     **error)
{
  return open_store_full (globals, SAM_STORE_OPEN_DEFAULT, error);
}

/* Opens the database for a command that writes to it: a damaged file is
 * refused, so that nothing is written into it. */
static SamStore *
open_store_for_writing (CliGlobals  *globals,
                        GError     **error)
{
  g_autoptr(SamStore) store = open_store_full (globals, SAM_STORE_OPEN_CHECK, error);

  if (store != NULL && sam_store_get_read_only (store) == SAM_STORE_READ_ONLY_DAMAGED)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY,
                   _("The database %s is damaged (%s), so nothing was written to it. "
                     "“samverkan-cli backups” lists its backups and “samverkan-cli restore "
                     "FILE” restores one."),
                   sam_store_get_path (store), sam_store_get_damage (store));
      return NULL;
    }

  return g_steal_pointer (&store);
}

/* A field of tab-separated output: a tab or a line break in a title must
 * not make a column or a line of its own. */
static char *
tsv_field (const char *text)
{
  GString *field = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (field, "\\\\");
        break;
      case '\t':
        g_string_append (field, "\\t");
        break;
      case '\n':
        g_string_append (field, "\\n");
        break;
      case '\r':
        g_string_append (field, "\\r");
        break;
      default:
        g_string_append_c (field, *p);
        break;
      }

  return g_string_free (field, FALSE);
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value != NULL ? enum_value->value_nick : "";
}

static SamBody *
find_body (SamStore   *store,
           const char *name)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (store);
  guint n = g_list_model_get_n_items (bodies);
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *body_name = g_utf8_casefold (sam_body_get_name (body), -1);
      g_autofree char *short_name = NULL;

      if (sam_body_get_short_name (body) != NULL)
        short_name = g_utf8_casefold (sam_body_get_short_name (body), -1);

      if (g_str_equal (body_name, wanted) || g_strcmp0 (short_name, wanted) == 0)
        return g_steal_pointer (&body);
    }

  return NULL;
}

static int
command_meetings (CliGlobals  *globals,
                  int          argc,
                  char       **argv)
{
  g_autofree char *body_name = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;
  int status;
  GOptionEntry entries[] = {
    { "body", 'b', 0, G_OPTION_ARG_STRING, &body_name,
      N_("Only the meetings of the body called NAME"), N_("NAME") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Only the meetings of the year YYYY"), N_("YYYY") },
    { NULL }
  };

  status = parse_command ("meetings", NULL,
                          _("Lists meetings, one a line: uuid, start, body, title and status, "
                            "separated by tabs."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“meetings” takes no arguments"));

  if (year != 0 && (year < 1000 || year > 9999))
    return usage_error (NULL, _("The year must have four digits, as in 2019"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (body_name != NULL)
    {
      body = find_body (store, body_name);
      if (body == NULL)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (_("There is no body called “%s”; “samverkan-cli bodies” lists them"), body_name);
          g_printerr ("\n");
          return EXIT_ERROR;
        }
    }

  if (year != 0)
    meetings = sam_store_list_meetings_by_year (store, year);
  else if (body != NULL)
    meetings = sam_store_list_meetings_by_body (store, sam_entity_get_id (SAM_ENTITY (body)));
  else
    meetings = sam_store_list_meetings (store);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *title = sam_meeting_get_title (meeting);
      g_autofree char *uuid = NULL;
      g_autofree char *starts_at = NULL;
      g_autofree char *body_field = NULL;
      g_autofree char *title_field = NULL;

      if (body != NULL && sam_meeting_get_body_id (meeting) != sam_entity_get_id (SAM_ENTITY (body)))
        continue;

      if (title == NULL)
        title = sam_meeting_get_theme (meeting);

      uuid = tsv_field (sam_entity_get_uuid (SAM_ENTITY (meeting)));
      starts_at = tsv_field (sam_meeting_get_starts_at (meeting));
      body_field = tsv_field (sam_meeting_get_body_name (meeting));
      title_field = tsv_field (title);
      g_print ("%s\t%s\t%s\t%s\t%s\n", uuid, starts_at, body_field, title_field,
               enum_nick (SAM_TYPE_MEETING_STATUS, sam_meeting_get_status (meeting)));
    }

  return EXIT_OK;
}

static int
command_bodies (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_command ("bodies", NULL,
                          _("Lists the bodies, one a line: uuid, kind and name, separated by tabs."),
                          NULL, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“bodies” takes no arguments"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  bodies = sam_store_list_bodies (store);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *uuid = tsv_field (sam_entity_get_uuid (SAM_ENTITY (body)));
      g_autofree char *name = tsv_field (sam_body_get_name (body));

      g_print ("%s\t%s\t%s\n", uuid,
               enum_nick (SAM_TYPE_BODY_KIND, sam_body_get_kind (body)), name);
    }

  return EXIT_OK;
}

static int
command_check (CliGlobals  *globals,
               int          argc,
               char       **argv)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_command ("check", NULL,
                          _("Checks the database’s integrity and references and prints its "
                            "schema version and the number of rows in each table."),
                          NULL, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“check” takes no arguments"));

  /* A mistyped path is an error, not a new empty database; a damaged one
   * opens read-only so that the check writes nothing. */
  store = open_store_full (globals, SAM_STORE_OPEN_EXISTING | SAM_STORE_OPEN_CHECK, &error);
  if (store == NULL)
    return report_error (error);

  problems = sam_store_check (store, &counts, &error);
  if (problems == NULL)
    return report_error (error);

  g_print (_("Database: %s"), sam_store_get_path (store));
  g_print ("\n");
  g_print (_("Schema version: %d"), sam_store_get_schema_version (store));
  g_print ("\n");

  for (guint i = 0; i < counts->len; i++)
    {
      SamTableCount *count = &g_array_index (counts, SamTableCount, i);

      g_print ("%s\t%" G_GINT64_FORMAT "\n", count->table, count->rows);
    }

  if (problems->len == 0)
    {
      g_print (_("Integrity: ok"));
      g_print ("\n");
      return EXIT_OK;
    }

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *)g_ptr_array_index (problems, i));

  g_printerr (ngettext ("%u problem found", "%u problems found", problems->len), problems->len);
  g_printerr ("\n");

  return EXIT_ERROR;
}

static int
command_export (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *meeting = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of the standard output"), N_("FILE") },
    { "meeting", 'm', 0, G_OPTION_ARG_STRING, &meeting,
      N_("Only the meeting with this uuid, with its agenda, attachments and what they refer to"),
      N_("UUID") },
    { NULL }
  };

  status = parse_command ("export", NULL,
                          _("Writes the whole dataset, or one meeting, in the Samverkan exchange "
                            "format (XML)."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“export” takes no arguments; use -o FILE to name the file"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!sam_exchange_export_file (store, meeting, file, NULL, &error))
        return report_error (error);
    }
  else
    {
      g_autoptr(GBytes) bytes = sam_exchange_export_bytes (store, meeting, NULL, &error);
      gsize size;
      const char *data;

      if (bytes == NULL)
        return report_error (error);

      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (_("Could not write to the standard output: %s"), g_strerror (errno));
          g_printerr ("\n");
          return EXIT_ERROR;
        }
    }

  return EXIT_OK;
}

static void
print_summary (SamExchangeSummary *summary)
{
  g_autofree char *text = sam_exchange_summary_format (summary);

  g_print ("%s", text);
}

static int
command_import (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_command ("import", _("FILE"),
                          _("Merges an exchange file into the database: records it does not "
                            "have are added, records the file holds in a newer version are "
                            "updated. A file with any problem changes nothing."),
                          NULL, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc != 2)
    return usage_error (NULL, _("“import” takes one file"));

  store = open_store_for_writing (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (!sam_store_is_empty (store))
    {
      g_autoptr(SamBackup) backup = sam_backup_create (sam_store_get_path (store),
                                                       SAM_BACKUP_IMPORT, &error);

      if (backup == NULL)
        {
          g_prefix_error (&error, _("Nothing was imported, because the database could not be "
                                    "backed up first: "));
          return report_error (error);
        }
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  summary = sam_exchange_import_file (store, file, NULL, NULL, NULL, &error);
  if (summary == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return report_error (error);
    }

  print_summary (summary);

  return EXIT_OK;
}

static int
command_example (CliGlobals  *globals,
                 int          argc,
                 char       **argv)
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  gboolean merge = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      N_("Merge the example into a database that already holds data"), NULL },
    { NULL }
  };

  status = parse_command ("example", NULL,
                          _("Loads the example dataset, MalmöLundregionen 2015–2019, into an "
                            "empty database."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“example” takes no arguments"));

  store = open_store_for_writing (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (!sam_exchange_load_example (store, merge, &summary, &error))
    {
      if (g_error_matches (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_EMPTY))
        {
          g_printerr ("%s: %s ", g_get_prgname (), error->message);
          g_printerr (_("To merge it, run “samverkan-cli example --merge”."));
          g_printerr ("\n");
          return EXIT_ERROR;
        }
      return report_error (error);
    }

  print_summary (summary);

  return EXIT_OK;
}

static guint
count_meetings (SamStore *store,
                int       year,
                SamBody  *body)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings_by_year (store, year);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      if (body == NULL || sam_meeting_get_body_id (meeting) == sam_entity_get_id (SAM_ENTITY (body)))
        n++;
    }

  return n;
}

static int
command_ics (CliGlobals  *globals,
             int          argc,
             char       **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *body_name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of the standard output"), N_("FILE") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Every meeting of the year YYYY, as a year plan"), N_("YYYY") },
    { "body", 'b', 0, G_OPTION_ARG_STRING, &body_name,
      N_("With --year: only the meetings of the body called NAME"), N_("NAME") },
    { NULL }
  };

  status = parse_command ("ics", N_("[MEETING]"),
                          _("Writes a meeting (given by its uuid) as a calendar invitation, or a "
                            "year's meetings as a year plan, in the iCalendar format."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if ((year == 0) == (argc != 2))
    return usage_error (NULL, _("“ics” takes either a meeting’s uuid or --year YYYY"));
  if (year != 0 && (year < 1000 || year > 9999))
    return usage_error (NULL, _("The year must have four digits, as in 2019"));
  if (body_name != NULL && year == 0)
    return usage_error (NULL, _("--body goes with --year"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (year != 0)
    {
      if (body_name != NULL && (body = find_body (store, body_name)) == NULL)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (_("There is no body called “%s”; “samverkan-cli bodies” lists them"), body_name);
          g_printerr ("\n");
          return EXIT_ERROR;
        }
      text = sam_ical_export_year (store, year, body != NULL ? sam_entity_get_id (SAM_ENTITY (body)) : 0,
                                   &error);

      /* An empty year plan is still written (a calendar that subscribes
       * to it then shows the year empty), but a script should hear of it. */
      if (text != NULL && count_meetings (store, year, body) == 0)
        {
          g_printerr ("%s: ", g_get_prgname ());
          if (body != NULL)
            g_printerr (_("%s has no meetings in %d; the calendar has no events"), sam_body_get_name (body), year);
          else
            g_printerr (_("There are no meetings in %d; the calendar has no events"), year);
          g_printerr ("\n");
        }
    }
  else
    {
      gint64 id = sam_store_find_id (store, SAM_TYPE_MEETING, argv[1]);

      if (id == 0)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (_("There is no meeting with the uuid “%s”; “samverkan-cli meetings” lists them"),
                      argv[1]);
          g_printerr ("\n");
          return EXIT_ERROR;
        }
      text = sam_ical_export_meeting (store, id, &error);
    }

  if (text == NULL)
    return report_error (error);

  if (output != NULL)
    {
      /* 0600 like every file the app writes: a calendar names people. */
      if (!g_file_set_contents_full (output, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
        return report_error (error);
    }
  else if (fputs (text, stdout) == EOF || fflush (stdout) != 0)
    {
      g_printerr ("%s: ", g_get_prgname ());
      g_printerr (_("Could not write to the standard output: %s"), g_strerror (errno));
      g_printerr ("\n");
      return EXIT_ERROR;
    }

  return EXIT_OK;
}

/* agenda, minutes and pack: one meeting's document as a PDF. */
static int
write_document (CliGlobals      *globals,
                int              argc,
                char           **argv,
                const char      *command,
                const char      *summary,
                SamDocumentKind  kind)
{
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to FILE"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("Write the document in LANGUAGE: sv (Swedish) or en (English); by default the user’s language"),
      N_("LANGUAGE") },
    { NULL }
  };

  status = parse_command (command, N_("MEETING"), summary, entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc != 2)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” takes one meeting’s uuid"), command);

      return usage_error (NULL, message);
    }
  if (output == NULL)
    return usage_error (NULL, _("Say where to write the PDF with -o FILE"));
  if (language != NULL && g_strcmp0 (language, "sv") != 0 && g_strcmp0 (language, "en") != 0)
    return usage_error (NULL, _("The language must be sv (Swedish) or en (English)"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  id = sam_store_find_id (store, SAM_TYPE_MEETING, argv[1]);
  if (id == 0)
    {
      g_printerr ("%s: ", g_get_prgname ());
      g_printerr (_("There is no meeting with the uuid “%s”; “samverkan-cli meetings” lists them"),
                  argv[1]);
      g_printerr ("\n");
      return EXIT_ERROR;
    }

  if (!sam_document_write_pdf (store, id, kind, language != NULL ? language : sam_document_default_language (),
                               output, &error))
    return report_error (error);

  return EXIT_OK;
}

static int
command_agenda (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  return write_document (globals, argc, argv, "agenda",
                         _("Writes a meeting’s agenda (given by the meeting’s uuid) as a PDF."),
                         SAM_DOCUMENT_AGENDA);
}

static int
command_minutes (CliGlobals  *globals,
                 int          argc,
                 char       **argv)
{
  return write_document (globals, argc, argv, "minutes",
                         _("Writes a meeting’s minutes (given by the meeting’s uuid) as a PDF."),
                         SAM_DOCUMENT_MINUTES);
}

static int
command_pack (CliGlobals  *globals,
              int          argc,
              char       **argv)
{
  return write_document (globals, argc, argv, "pack",
                         _("Writes a meeting’s pack (given by the meeting’s uuid) as one PDF: a "
                           "cover with the contents, the agenda and every PDF attachment."),
                         SAM_DOCUMENT_PACK);
}

/* wheel: the year at a glance as a one-page PDF. */
static int
command_wheel (CliGlobals  *globals,
               int          argc,
               char       **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *body_name = NULL;
  g_autofree char *size = NULL;
  g_autofree char *language = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamWheel) wheel = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;
  int status;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year YYYY"), N_("YYYY") },
    { "body", 'b', 0, G_OPTION_ARG_STRING, &body_name,
      N_("Only the ring of the body called NAME, with the deadlines and trips"), N_("NAME") },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size, N_("The paper: a4 (the default) or a3, landscape"),
      N_("SIZE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("Write the wheel in LANGUAGE: sv (Swedish) or en (English); by default the user’s language"),
      N_("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { NULL }
  };

  status = parse_command ("wheel", "", _("Writes the year at a glance (årshjul) as a one-page PDF."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc != 1)
    return usage_error (NULL, _("“wheel” takes no arguments but its options"));
  if (year < 1000 || year > 9999)
    return usage_error (NULL, _("Say which year with --year YYYY, as in --year 2019"));
  if (output == NULL)
    return usage_error (NULL, _("Say where to write the PDF with -o FILE"));
  if (size != NULL && g_ascii_strcasecmp (size, "a4") != 0 && g_ascii_strcasecmp (size, "a3") != 0)
    return usage_error (NULL, _("The size must be a4 or a3"));
  if (language != NULL && g_strcmp0 (language, "sv") != 0 && g_strcmp0 (language, "en") != 0)
    return usage_error (NULL, _("The language must be sv (Swedish) or en (English)"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (body_name != NULL && (body = find_body (store, body_name)) == NULL)
    {
      g_printerr ("%s: ", g_get_prgname ());
      g_printerr (_("There is no body called “%s”; “samverkan-cli bodies” lists them"), body_name);
      g_printerr ("\n");
      return EXIT_ERROR;
    }

  wheel = sam_wheel_new (store, year, &error);
  if (wheel == NULL)
    return report_error (error);

  if (body != NULL)
    for (guint i = 0; i < sam_wheel_get_n_bodies (wheel); i++)
      sam_wheel_set_body_visible (wheel, sam_wheel_get_body_id (wheel, i),
                                  sam_wheel_get_body_id (wheel, i) == sam_entity_get_id (SAM_ENTITY (body)));

  if (!sam_wheel_write_pdf (wheel, output, size != NULL && g_ascii_strcasecmp (size, "a3") == 0,
                            language != NULL ? language : sam_document_default_language (), &error))
    return report_error (error);

  return EXIT_OK;
}

static int
command_backup (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  g_autofree char *output = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the backup to FILE instead of the database’s folder of backups"), N_("FILE") },
    { NULL }
  };

  status = parse_command ("backup", NULL,
                          _("Writes a consistent copy of the database (mode 0600) into the "
                            "folder “backups” beside it, where the window lists it, or to FILE."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“backup” takes no arguments; use -o FILE to name the file"));

  /* A backup of a damaged file would only copy the damage. */
  store = open_store_full (globals, SAM_STORE_OPEN_EXISTING | SAM_STORE_OPEN_CHECK, &error);
  if (store == NULL)
    return report_error (error);
  if (sam_store_get_read_only (store) == SAM_STORE_READ_ONLY_DAMAGED)
    {
      g_set_error (&error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("The database %s is damaged (%s); a backup of it would be damaged too"),
                   sam_store_get_path (store), sam_store_get_damage (store));
      return report_error (error);
    }

  if (output != NULL)
    {
      if (!sam_backup_create_to (sam_store_get_path (store), output, &error))
        return report_error (error);
      g_print ("%s\n", output);
    }
  else
    {
      g_autoptr(SamBackup) backup = sam_backup_create (sam_store_get_path (store),
                                                       SAM_BACKUP_MANUAL, &error);

      if (backup == NULL)
        return report_error (error);
      g_print ("%s\n", sam_backup_get_path (backup));
    }

  return EXIT_OK;
}

static int
command_backups (CliGlobals  *globals,
                 int          argc,
                 char       **argv)
{
  g_autofree char *path = database_path (globals);
  g_autoptr(GListModel) backups = NULL;
  int status;

  status = parse_command ("backups", NULL,
                          _("Lists the database’s backups, newest first, one a line: the file, "
                            "when it was made (UTC), its size in bytes and why it was made, "
                            "separated by tabs."),
                          NULL, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc > 1)
    return usage_error (NULL, _("“backups” takes no arguments"));

  backups = sam_backup_list (path);
  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(SamBackup) backup = g_list_model_get_item (backups, i);
      g_autofree char *file = tsv_field (sam_backup_get_path (backup));
      g_autofree char *created = g_date_time_format_iso8601 (sam_backup_get_created (backup));
      g_autofree char *reason = tsv_field (sam_backup_reason_label (sam_backup_get_reason (backup)));

      g_print ("%s\t%s\t%" G_GUINT64_FORMAT "\t%s\n", file, created,
               sam_backup_get_size (backup), reason);
    }

  return EXIT_OK;
}

static int
command_restore (CliGlobals  *globals,
                 int          argc,
                 char       **argv)
{
  g_autofree char *path = database_path (globals);
  g_autoptr(SamBackup) saved = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_command ("restore", _("FILE"),
                          _("Replaces the database with the backup FILE, once FILE has passed "
                            "the integrity check. The database as it was is kept as a backup "
                            "first. Close Samverkan's window on the database before."),
                          NULL, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc != 2)
    return usage_error (NULL, _("“restore” takes one file"));

  if (!sam_backup_restore (path, argv[1], &saved, &error))
    return report_error (error);

  /* Opening brings an older backup's schema up to date. */
  store = sam_store_open_full (path, SAM_STORE_OPEN_CHECK, &error);
  if (store == NULL)
    return report_error (error);

  g_print (_("Restored %s from %s."), path, argv[1]);
  g_print ("\n");
  if (saved != NULL)
    {
      g_print (_("The database as it was is kept in %s."), sam_backup_get_path (saved));
      g_print ("\n");
    }

  return EXIT_OK;
}

/* Attachments read between two lines of progress. */
#define EXTRACT_BATCH 20

/* Reads the text of the PDF attachments the window has not read yet, so
 * that the search finds their words, saying on stderr how far it is when
 * there are many. An attachment is one transaction: stopped, what was read
 * is kept and the next run goes on from there. When the database cannot
 * be written, says how many are not searched. */
static gboolean
extract_attachments (SamStore  *store,
                     GError   **error)
{
  gint64 total = sam_store_count_attachments_to_read (store, error);
  gboolean progress = isatty (STDERR_FILENO);
  guint done = 0;

  if (total < 0)
    return FALSE;
  if (total == 0)
    return TRUE;

  if (sam_store_get_read_only (store) != SAM_STORE_WRITABLE)
    {
      g_printerr ("%s: ", g_get_prgname ());
      g_printerr (g_dngettext (NULL, "The text of %d attachment is not read yet, and the database "
                                     "cannot be written: its words are not searched.",
                               "The text of %d attachments is not read yet, and the database "
                               "cannot be written: their words are not searched.", (gulong)total),
                  (int)total);
      g_printerr ("\n");
      return TRUE;
    }

  if (total > EXTRACT_BATCH)
    {
      g_printerr (g_dngettext (NULL, "Reading the text of %d attachment first…",
                               "Reading the text of %d attachments first…", (gulong)total),
                  (int)total);
      g_printerr ("\n");
    }

  while (done < total)
    {
      guint n_read = 0;

      if (!sam_store_read_attachment_texts (store, EXTRACT_BATCH, NULL, &n_read, error))
        return FALSE;
      if (n_read == 0)
        break;
      done += n_read;
      if (total > EXTRACT_BATCH)
        {
          /* Translators: the progress of reading the attachments' text,
           * as in "120 of 2000". */
          g_printerr (_("%u of %d"), done, (int)total);
          g_printerr (progress ? "\r" : "\n");
        }
    }
  if (progress && total > EXTRACT_BATCH)
    g_printerr ("\n");

  return TRUE;
}

static int
command_search (CliGlobals  *globals,
                int          argc,
                char       **argv)
{
  g_autofree char *body_name = NULL;
  g_autofree char *kind = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  SamSearchFilter filter = { NULL, 0, 0 };
  gboolean no_extract = FALSE;
  int year = 0;
  int status;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind,
      N_("Only hits of the kind K (meeting, agenda-item, decision, assignment, focus-question, "
         "activity, person, group, attachment, trip, municipality, plan)"), N_("K") },
    { "body", 'b', 0, G_OPTION_ARG_STRING, &body_name,
      N_("Only hits of the body called NAME"), N_("NAME") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Only hits of the year YYYY"), N_("YYYY") },
    { "no-extract", 0, 0, G_OPTION_ARG_NONE, &no_extract,
      N_("Search without reading the text of the attachments not read yet"), NULL },
    { NULL }
  };

  status = parse_command ("search", N_("QUERY"),
                          _("Searches every text, one hit a line: kind, uuid, date, title and "
                            "snippet (the matches between « and »), separated by tabs. Words are "
                            "found from their start, all of them; \"quoted words\" as a phrase."),
                          entries, &argc, &argv);
  if (status >= 0)
    return status;

  if (argc != 2)
    return usage_error (NULL, _("“search” takes one QUERY (quote it to search for several words)"));

  if (year != 0 && (year < 1000 || year > 9999))
    return usage_error (NULL, _("The year must have four digits, as in 2019"));

  if (kind != NULL && !g_strv_contains (sam_search_get_kinds (), kind))
    return usage_error (NULL, _("The kind must be one of meeting, agenda-item, decision, assignment, "
                                "focus-question, activity, person, group, attachment, trip, "
                                "municipality and plan"));

  store = open_store (globals, &error);
  if (store == NULL)
    return report_error (error);

  if (body_name != NULL)
    {
      body = find_body (store, body_name);
      if (body == NULL)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (_("There is no body called “%s”; “samverkan-cli bodies” lists them"), body_name);
          g_printerr ("\n");
          return EXIT_ERROR;
        }
      filter.body_id = sam_entity_get_id (SAM_ENTITY (body));
    }
  filter.kind = kind;
  filter.year = year;

  if (no_extract)
    {
      gint64 unread = sam_store_count_attachments_to_read (store, NULL);

      if (unread > 0)
        {
          g_printerr ("%s: ", g_get_prgname ());
          g_printerr (g_dngettext (NULL, "The text of %d attachment is not read yet: its words are "
                                         "not searched.",
                                   "The text of %d attachments is not read yet: their words are "
                                   "not searched.", (gulong)unread),
                      (int)unread);
          g_printerr ("\n");
        }
    }
  else if (!extract_attachments (store, &error))
    return report_error (error);

  hits = sam_store_search (store, argv[1], &filter, 1000, &error);
  if (hits == NULL)
    return report_error (error);

  for (guint i = 0; i < hits->len; i++)
    {
      SamSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *plain = sam_search_hit_snippet_plain (hit, "«", "»");
      g_autofree char *snippet = tsv_field (plain);
      g_autofree char *title = tsv_field (hit->title);
      g_autofree char *date = tsv_field (hit->date);

      g_print ("%s\t%s\t%s\t%s\t%s\n", hit->kind, hit->uuid, date, title, snippet);
    }

  return EXIT_OK;
}

static const CliCommand commands[] = {
  { "meetings", N_("[--body NAME] [--year YYYY]"), N_("List meetings"), command_meetings },
  { "search", N_("QUERY [--kind K] [--body NAME] [--year YYYY]"), N_("Search every text"),
    command_search },
  { "bodies", "", N_("List the bodies (board, groups, networks)"), command_bodies },
  { "check", "", N_("Check the database and count its rows"), command_check },
  { "export", N_("[-o FILE] [--meeting UUID]"), N_("Write the data, or one meeting, as XML"),
    command_export },
  { "import", N_("FILE"), N_("Merge an exchange file into the database"), command_import },
  { "example", N_("[--merge]"), N_("Load the example dataset"), command_example },
  { "ics", N_("MEETING | --year YYYY [--body NAME]"), N_("Write meetings as iCalendar"), command_ics },
  { "agenda", N_("MEETING -o FILE [--language sv|en]"), N_("Write a meeting’s agenda as a PDF"),
    command_agenda },
  { "minutes", N_("MEETING -o FILE [--language sv|en]"), N_("Write a meeting’s minutes as a PDF"),
    command_minutes },
  { "pack", N_("MEETING -o FILE [--language sv|en]"),
    N_("Write a meeting’s agenda and attachments as one PDF"), command_pack },
  { "wheel", N_("--year YYYY [--body NAME] [--size a4|a3] -o FILE"),
    N_("Write the year at a glance as a PDF"), command_wheel },
  { "backup", N_("[-o FILE]"), N_("Back up the database"), command_backup },
  { "backups", "", N_("List the database’s backups"), command_backups },
  { "restore", N_("FILE"), N_("Restore a backup"), command_restore },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      /* gettext ("") is the catalogue's header, not an empty string. */
      const char *parameters = *commands[i].parameters != '\0' ? _(commands[i].parameters) : "";
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name, parameters);
      glong width = g_utf8_strlen (usage, -1);

      /* Pad by characters, not bytes, so that å, ä and ö line up. */
      g_string_append_printf (text, "\n  %s", usage);
      if (width >= 38)
        g_string_append (text, "\n  ");
      for (glong pad = width >= 38 ? 0 : width; pad < 38; pad++)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, " %s", _(commands[i].summary));
    }

  g_string_append (text, "\n\n");
  /* Translators: %s is the folder of the default database, "samverkan"
   * (or "samverkan-devel" in a development build). */
  g_string_append_printf (text, _("Without --database, the database is $SAMVERKAN_DATABASE or "
                                  "$XDG_DATA_HOME/%s/samverkan.db. "
                                  "“samverkan-cli COMMAND --help” describes a command."),
                          DATA_DIRNAME);

  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *database = NULL;
  const char *localedir;
  gboolean version = FALSE;
  CliGlobals globals = { NULL };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the database at PATH"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  localedir = g_getenv ("SAMVERKAN_LOCALEDIR");
  if (localedir == NULL)
    {
      /* Run from the build tree, the translations are only there. */
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *build_root = g_path_get_dirname (BUILD_LOCALEDIR);

      localedir = exe != NULL && g_str_has_prefix (exe, build_root) && exe[strlen (build_root)] == '/'
                  ? BUILD_LOCALEDIR : LOCALEDIR;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("samverkan-cli");

  description = describe_commands ();
  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads and checks a Samverkan database without a display."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command, whose options are its own. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);

  if (version)
    {
      g_print ("samverkan-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (argc < 2)
    return usage_error (context, _("No command given"));

  globals.database = database;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (&globals, argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

    return usage_error (context, message);
  }
}
