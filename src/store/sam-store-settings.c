/* sam-store-settings.c: the settings kept in the database
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-store-core.h"

/* Settings */

char *
sam_store_get_setting (SamStore   *self,
                       const char *key)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  char *value = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (!sam_statement_prepare (&statement, self->db, "SELECT value FROM setting WHERE key = ?", NULL))
    return NULL;

  sam_statement_bind_text (&statement, 1, key);
  if (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    value = g_strdup (sam_statement_column_text (&statement, 0));

  return value;
}

gboolean
sam_store_set_setting (SamStore    *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!sam_store_begin (self, error))
    return FALSE;

  if (value == NULL || *value == '\0')
    ok = sam_statement_prepare (&statement, self->db, "DELETE FROM setting WHERE key = ?", error);
  else
    ok = sam_statement_prepare (&statement, self->db,
                                "INSERT INTO setting (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (ok)
    {
      sam_statement_bind_text (&statement, 1, key);
      if (value != NULL && *value != '\0')
        sam_statement_bind_text (&statement, 2, value);
      ok = sam_statement_run (&statement, error);
    }

  if (ok)
    sam_store_queue_change (self, "setting", 0, SAM_STORE_CHANGE_UPDATE);

  return sam_store_finish_action (self, ok, error);
}

/* Who uses this database on this computer. It lives in the database
 * rather than in GSettings because it only means something there: it names
 * a person of this database, and another database opened with --database
 * has other people. The exchange format does not carry it (see
 * sam_exchange_get_setting_keys()). */

#define USER_PERSON_KEY "user-person"

/**
 * sam_store_get_user_person:
 * @self: a store
 *
 * Returns: (transfer full) (nullable): the uuid of the person of this
 *   database who uses the application, or %NULL when not chosen
 */
char *
sam_store_get_user_person (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return sam_store_get_setting (self, USER_PERSON_KEY);
}

/**
 * sam_store_set_user_person:
 * @self: a store
 * @uuid: (nullable): the uuid of a person, or %NULL to forget the choice
 * @error: return location for a #GError
 *
 * Remembers who uses the application. Emits #SamStore::changed for the
 * table "setting".
 */
gboolean
sam_store_set_user_person (SamStore    *self,
                           const char  *uuid,
                           GError     **error)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  /* The Overview's chooser says who the user is as it is built; that is
   * no change, and no reason to write (or to fail while the file is still
   * being checked, or read-only). */
  current = sam_store_get_setting (self, USER_PERSON_KEY);
  if (g_strcmp0 (current, uuid) == 0 || (current == NULL && (uuid == NULL || uuid[0] == '\0')))
    return TRUE;

  return sam_store_set_setting (self, USER_PERSON_KEY, uuid, error);
}
