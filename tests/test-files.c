/* test-files.c: the files the app writes (documents, the year at a glance,
 * exports, calendars, e-mail attachments) on a full disk, their modes, and
 * the cache of files handed to other applications.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <poppler.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "sam-document.h"
#include "sam-exchange.h"
#include "sam-file-cache.h"
#include "sam-mail.h"
#include "sam-test-util.h"
#include "sam-wheel.h"

/* The 2019-01-29 director-group meeting of the example dataset. */
#define EXAMPLE_MEETING "f1a696db-4522-54e4-b11a-0fab1f16fe0a"

/* A disk that fills after @bytes bytes of any one file: writes beyond fail
 * with EFBIG, through the same code paths as ENOSPC (a tmpfs of a few
 * kilobytes would need root). */
typedef struct
{
  struct rlimit saved;
} FullDisk;

static void
full_disk_begin (FullDisk *disk,
                 rlim_t    bytes)
{
  struct rlimit limit;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &disk->saved), ==, 0);
  limit = disk->saved;
  limit.rlim_cur = bytes;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
full_disk_end (FullDisk *disk)
{
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &disk->saved), ==, 0);
}

static gint64
load_example (SamTestDb *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMeeting) meeting = NULL;

  g_assert_true (sam_exchange_load_example (fixture->store, FALSE, NULL, &error));
  g_assert_no_error (error);
  meeting = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, EXAMPLE_MEETING, &error);
  g_assert_no_error (error);

  return sam_entity_get_id (SAM_ENTITY (meeting));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
assert_private_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf st;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

typedef gboolean (*WriteFunc) (SamTestDb   *fixture,
                               gint64       meeting_id,
                               const char  *path,
                               GError     **error);

static gboolean
write_agenda (SamTestDb   *fixture,
              gint64       meeting_id,
              const char  *path,
              GError     **error)
{
  return sam_document_write_pdf (fixture->store, meeting_id, SAM_DOCUMENT_AGENDA, "sv", path, error);
}

static gboolean
write_pack (SamTestDb   *fixture,
            gint64       meeting_id,
            const char  *path,
            GError     **error)
{
  return sam_document_write_pdf (fixture->store, meeting_id, SAM_DOCUMENT_PACK, "en", path, error);
}

static gboolean
write_wheel (SamTestDb   *fixture,
             gint64       meeting_id,
             const char  *path,
             GError     **error)
{
  SamWheel *wheel = sam_wheel_new (fixture->store, 2019, error);
  gboolean ok;

  g_assert_nonnull (wheel);
  ok = sam_wheel_write_pdf (wheel, path, TRUE, "sv", error);
  sam_wheel_free (wheel);

  return ok;
}

static gboolean
write_export (SamTestDb   *fixture,
              gint64       meeting_id,
              const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sam_exchange_export_file (fixture->store, NULL, file, NULL, error);
}

/* On a disk that is full after 8 KiB, writing fails with a message, does
 * not crash (cairo did, in cairo_surface_finish), keeps a previous file as
 * it was, leaves no empty or partial new file and no temporary file. Once
 * there is room, the file is complete and readable by its owner only. */
static void
test_full_disk (SamTestDb     *fixture,
                gconstpointer  data)
{
  WriteFunc write = (WriteFunc)data;
  gint64 id = load_example (fixture);
  g_autofree char *dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *old = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.pdf", NULL);
  g_autoptr(GError) replacing = NULL;
  g_autoptr(GError) creating = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  FullDisk disk;
  gboolean ok_replacing, ok_creating;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old, "the previous file", -1, NULL));

  full_disk_begin (&disk, 8192);
  ok_replacing = write (fixture, id, old, &replacing);
  ok_creating = write (fixture, id, fresh, &creating);
  full_disk_end (&disk);

  g_assert_false (ok_replacing);
  g_assert_nonnull (replacing);
  g_assert_false (ok_creating);
  g_assert_nonnull (creating);
  assert_contents (old, "the previous file");
  names = list_folder (dir);
  g_assert_cmpstr (names, ==, "old.pdf");

  g_assert_true (write (fixture, id, old, &error));
  g_assert_no_error (error);
  g_assert_true (write (fixture, id, fresh, &error));
  g_assert_no_error (error);
  if (write != write_export)
    {
      assert_private_pdf (old);
      assert_private_pdf (fresh);
    }
  else
    {
      GStatBuf st;

      g_assert_cmpint (g_stat (fresh, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
}

/* An e-mail's documents on a full disk: a clear error, no partial files;
 * with room, every file 0600 in a folder of mode 0700. */
static void
test_mail_attachments (SamTestDb     *fixture,
                       gconstpointer  data)
{
  gint64 id = load_example (fixture);
  g_autofree char *folder = g_build_filename (fixture->dir, "outgoing", "1", NULL);
  g_autoptr(SamMailRequest) full = NULL;
  g_autoptr(SamMailRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  FullDisk disk;
  GStatBuf st;
  gboolean ok;

  full = sam_mail_request_new (fixture->store, id, SAM_DOCUMENT_AGENDA, "sv", &error);
  g_assert_no_error (error);
  full_disk_begin (&disk, 4096);
  ok = sam_mail_request_write_attachments (full, fixture->store, id, "sv", folder, &error);
  full_disk_end (&disk);
  g_assert_false (ok);
  g_assert_nonnull (error);
  names = list_folder (folder);
  g_assert_cmpstr (names, ==, "");
  g_clear_error (&error);

  request = sam_mail_request_new (fixture->store, id, SAM_DOCUMENT_AGENDA, "sv", &error);
  g_assert_no_error (error);
  g_assert_true (sam_mail_request_write_attachments (request, fixture->store, id, "sv", folder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (request->attachments), >=, 2);
  for (guint i = 0; request->attachments[i] != NULL; i++)
    {
      g_assert_cmpint (g_stat (request->attachments[i], &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
make_file (const char *dir,
           const char *name,
           GTimeSpan   age)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct timeval times[2];

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "personal data", -1, NULL));
  times[0].tv_sec = times[1].tv_sec = (g_get_real_time () - age) / G_USEC_PER_SEC;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);
}

/* The files handed to other applications go once they are old: the
 * folders of opened attachments and of e-mails, and the folders an earlier
 * version opened attachments in; the rest of the cache stays. */
static void
test_cache_clean (SamTestDb     *fixture,
                  gconstpointer  data)
{
  g_autofree char *top = g_build_filename (fixture->dir, "samverkan", NULL);
  g_autofree char *opened_old = g_build_filename (top, "opened", "4d3f3c1e-1111-4a4a-8b8b-000000000001", NULL);
  g_autofree char *opened_new = g_build_filename (top, "opened", "4d3f3c1e-1111-4a4a-8b8b-000000000002", NULL);
  g_autofree char *outgoing = g_build_filename (top, "outgoing", "17", NULL);
  g_autofree char *legacy = g_build_filename (top, "4d3f3c1e-1111-4a4a-8b8b-000000000003", NULL);
  g_autofree char *other = g_build_filename (top, "thumbnails", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *opened_dir = g_build_filename (top, "opened", NULL);
  g_autofree char *kept_new = g_build_filename (opened_new, "Bilaga 2.pdf", NULL);
  g_autofree char *kept_other = g_build_filename (other, "kept.png", NULL);

  make_file (opened_old, "Bilaga 1.pdf", 2 * G_TIME_SPAN_HOUR);
  make_file (opened_new, "Bilaga 2.pdf", G_TIME_SPAN_MINUTE);
  make_file (outgoing, "Kallelse.pdf", G_TIME_SPAN_DAY);
  make_file (outgoing, "Kallelse.ics", G_TIME_SPAN_DAY);
  make_file (legacy, "Bilaga 3.pdf", G_TIME_SPAN_DAY);
  make_file (other, "kept.png", G_TIME_SPAN_DAY);

  g_assert_cmpuint (sam_file_cache_clean (fixture->dir, SAM_FILE_CACHE_MAX_AGE), ==, 4);

  listing = list_folder (top);
  g_assert_cmpstr (listing, ==, "opened outgoing thumbnails");
  opened = list_folder (opened_dir);
  g_assert_cmpstr (opened, ==, "4d3f3c1e-1111-4a4a-8b8b-000000000002");
  g_assert_true (g_file_test (kept_new, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (kept_other, G_FILE_TEST_EXISTS));

  /* At 0, everything handed over goes. */
  g_assert_cmpuint (sam_file_cache_clean (fixture->dir, 0), ==, 1);
  g_assert_false (g_file_test (opened_new, G_FILE_TEST_EXISTS));

  folder = sam_file_cache_folder (SAM_FILE_CACHE_OPENED, "x");
  g_assert_true (g_str_has_prefix (folder, g_get_user_cache_dir ()));
  g_assert_true (g_str_has_suffix (folder, G_DIR_SEPARATOR_S "samverkan" G_DIR_SEPARATOR_S "opened"
                                           G_DIR_SEPARATOR_S "x"));
}

static void
fold_stub (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  sqlite3_result_value (context, argv[0]);
}

/* A database from before the field limits holds a 1 MB meeting title and a
 * 200 KB item title: the agenda is written at once, its title cut with an
 * ellipsis on the first page rather than a megabyte drawn over one page,
 * and every page keeps its footer with the page number. */
static void
test_long_title (SamTestDb     *fixture,
                 gconstpointer  data)
{
  gint64 id = load_example (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  PopplerDocument *pdf;
  sqlite3 *db;
  int n_pages;

  while (title->len < 1024 * 1024)
    g_string_append (title, "Långt mötesnamn ");
  g_clear_object (&fixture->store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (db, "sam_fold", 1, SQLITE_UTF8, NULL, fold_stub, NULL, NULL), ==,
                   SQLITE_OK);
  sql = sqlite3_mprintf ("UPDATE meeting SET title = %Q WHERE id = %lld;"
                         "UPDATE agenda_item SET title = 'Punkt ' || hex(zeroblob(100000))"
                         " WHERE id = (SELECT min(id) FROM agenda_item WHERE meeting_id = %lld)",
                         title->str, (long long)id, (long long)id);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (g_steal_pointer (&sql));
  sqlite3_close (db);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_true (sam_document_write_pdf (fixture->store, id, SAM_DOCUMENT_AGENDA, "en", path, &error));
  g_assert_no_error (error);

  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n_pages, <=, 4);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      g_assert_nonnull (strstr (text, footer));
      if (i == 0)
        {
          g_assert_true (g_str_has_prefix (text, "Långt mötesnamn Långt"));
          g_assert_nonnull (strstr (text, "…"));
          g_assert_cmpuint (strlen (text), <, 8000);
        }
      g_object_unref (page);
    }
  g_object_unref (pdf);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* Files made with the usual umask still end up 0600. */
  umask (022);

#define ADD(path, func, data) g_test_add (path, SamTestDb, data, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/files/full-disk/agenda", test_full_disk, write_agenda);
  ADD ("/files/full-disk/pack", test_full_disk, write_pack);
  ADD ("/files/full-disk/wheel", test_full_disk, write_wheel);
  ADD ("/files/full-disk/export", test_full_disk, write_export);
  ADD ("/files/mail-attachments", test_mail_attachments, NULL);
  ADD ("/files/cache-clean", test_cache_clean, NULL);
  ADD ("/files/long-title", test_long_title, NULL);
#undef ADD

  return g_test_run ();
}
