/* sam-file-cache.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-file-cache"

#include "config.h"

#include <glib/gstdio.h>

#include "sam-file-cache.h"

/**
 * sam_file_cache_folder:
 * @kind: %SAM_FILE_CACHE_OPENED or %SAM_FILE_CACHE_OUTGOING
 * @name: (nullable): a folder of its own inside, for example an
 *   attachment's uuid, so that a file keeps its own name
 *
 * Returns: the folder's path (not made here)
 */
char *
sam_file_cache_folder (const char *kind,
                       const char *name)
{
  g_return_val_if_fail (kind != NULL, NULL);

  return g_build_filename (g_get_user_cache_dir (), "samverkan", kind, name, NULL);
}

/* Removes the files under @dir last changed before @cutoff (seconds since
 * the epoch), then @dir itself when that left it empty. */
static guint
clean_tree (const char *dir,
            gint64      cutoff,
            gboolean    remove_dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint removed = 0;

  if (handle == NULL)
    return 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_lstat (path, &st) != 0)
        continue;

      if (S_ISDIR (st.st_mode))
        removed += clean_tree (path, cutoff, TRUE);
      else if (st.st_mtime < cutoff && g_unlink (path) == 0)
        removed++;
    }

  /* Fails, as it should, while the folder still holds a newer file. */
  if (remove_dir)
    g_rmdir (dir);

  return removed;
}

/**
 * sam_file_cache_clean:
 * @cache_dir: (nullable): the user's cache folder, or %NULL for
 *   g_get_user_cache_dir()
 * @max_age: how old a file may be, or 0 to remove every file
 *
 * Removes the opened attachments and the e-mail documents older than
 * @max_age, and the folders they leave empty; earlier versions opened
 * attachments in a folder named after their uuid right under
 * $XDG_CACHE_HOME/samverkan, which is cleaned too.
 *
 * Returns: how many files were removed
 */
guint
sam_file_cache_clean (const char *cache_dir,
                      GTimeSpan   max_age)
{
  g_autofree char *top = g_build_filename (cache_dir != NULL ? cache_dir : g_get_user_cache_dir (),
                                           "samverkan", NULL);
  g_autoptr(GDir) handle = g_dir_open (top, 0, NULL);
  gint64 cutoff = (g_get_real_time () - max_age) / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  if (max_age <= 0)
    cutoff = G_MAXINT64;

  if (handle == NULL)
    return 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_equal (name, SAM_FILE_CACHE_OPENED) || g_str_equal (name, SAM_FILE_CACHE_OUTGOING)
        || g_uuid_string_is_valid (name))
      {
        g_autofree char *path = g_build_filename (top, name, NULL);

        if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
          removed += clean_tree (path, cutoff, g_uuid_string_is_valid (name));
      }

  return removed;
}

static void
clean_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GTimeSpan *max_age = task_data;
  guint removed = sam_file_cache_clean (NULL, *max_age);

  g_debug ("%u old files removed from the cache", removed);
  g_task_return_boolean (task, TRUE);
}

/**
 * sam_file_cache_clean_async:
 *
 * Like sam_file_cache_clean() for the user's cache folder, in a worker
 * thread, so that start-up does not wait on the disk.
 */
void
sam_file_cache_clean_async (GTimeSpan max_age)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_source_tag (task, sam_file_cache_clean_async);
  g_task_set_task_data (task, g_memdup2 (&max_age, sizeof max_age), g_free);
  g_task_run_in_thread (task, clean_thread);
}
