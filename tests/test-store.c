/* test-store.c: opening, migrating, saving and deleting.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include "sam-exchange.h"
#include "sam-test-util.h"

static void
test_store_fresh (SamTestDb     *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* A database in a folder that does not exist yet. */
  dir = g_build_filename (fixture->dir, "data", "samverkan", NULL);
  path = g_build_filename (dir, "samverkan.db", NULL);
  store = sam_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sam_store_get_schema_version (store), ==, sam_store_get_latest_schema_version ());
  g_assert_cmpint (sam_store_get_schema_version (store), >=, 1);
  g_assert_true (sam_store_is_empty (store));

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_store_default_path (void)
{
  g_autofree char *path = sam_store_default_path ();
  /* "samverkan", or "samverkan-devel" in a development build. */
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), DATA_DIRNAME, "samverkan.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_store_reopen (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-15T09:00", "Styrelsemöte");
  g_autoptr(SamMeeting) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));

  g_clear_object (&fixture->store);
  fixture->store = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);

  loaded = sam_store_load (fixture->store, SAM_TYPE_MEETING, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_meeting_get_title (loaded), ==, "Styrelsemöte");
  g_assert_cmpstr (sam_meeting_get_body_name (loaded), ==, "Styrelsen");
  g_assert_cmpstr (sam_entity_get_uuid (SAM_ENTITY (loaded)), ==, sam_entity_get_uuid (SAM_ENTITY (meeting)));
  g_assert_true (g_uuid_string_is_valid (sam_entity_get_uuid (SAM_ENTITY (loaded))));
  g_assert_nonnull (sam_entity_get_created_at (SAM_ENTITY (loaded)));
  g_assert_true (g_str_has_suffix (sam_entity_get_updated_at (SAM_ENTITY (loaded)), "Z"));
}

/* The type a reference field points to, from its name. */
static GType
referenced_type (GType       owner,
                 const char *name)
{
  static const struct { const char *field; const char *table; } special[] = {
    { "linked-body-id", "body" },
    { "owner-person-id", "person" },
    { "owner-body-id", "body" },
    { "owner-municipality-id", "municipality" },
    { "reports-to-id", NULL },
    { "contact-person-id", "person" },
    { "responsible-body-id", "body" },
    { "host-municipality-id", "municipality" },
    { "chair-id", "person" },
    { "secretary-id", "person" },
    { "approves-minutes-of-id", NULL },
    { "report-meeting-id", "meeting" },
    { "deciding-meeting-id", "meeting" },
    { "proposed-by-id", "municipality" },
    { "parent-id", NULL },
  };
  g_autofree char *table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (special); i++)
    if (g_str_equal (special[i].field, name))
      return special[i].table != NULL ? sam_store_type_for_table (special[i].table) : G_TYPE_INVALID;

  table = g_strndup (name, strlen (name) - 3);
  g_strdelimit (table, "-", '_');

  return sam_store_type_for_table (table);
}

/* Sets every stored field of @entity to a value that is not its default. */
static void
fill_entity (SamStore   *store,
             SamEntity  *entity,
             GHashTable *saved)
{
  guint n_fields;
  GParamSpec **fields = sam_entity_class_get_fields (SAM_ENTITY_GET_CLASS (entity), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = fields[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspec->flags & SAM_PARAM_DERIVED)
        continue;

      g_value_init (&value, type);

      if (type == G_TYPE_STRING)
        g_value_take_string (&value, g_strdup_printf ("%s of %s: å ä ö", pspec->name,
                                                      G_OBJECT_TYPE_NAME (entity)));
      else if (type == G_TYPE_INT64 && g_str_has_suffix (pspec->name, "-id"))
        {
          GType target = referenced_type (G_OBJECT_TYPE (entity), pspec->name);
          SamEntity *other = target != G_TYPE_INVALID ? g_hash_table_lookup (saved, GSIZE_TO_POINTER (target)) : NULL;

          if (other == NULL)
            continue;
          g_value_set_int64 (&value, sam_entity_get_id (other));
        }
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, 123456789012);
      else if (type == G_TYPE_INT)
        g_value_set_int (&value, MIN (((GParamSpecInt *)pspec)->maximum, 3));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, TRUE);
      else if (G_TYPE_IS_ENUM (type))
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

          g_value_set_enum (&value, enum_class->values[enum_class->n_values - 1].value);
        }

      sam_entity_set_value (entity, pspec, &value);
    }
}

static void
test_store_round_trip (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  guint n_types;
  const GType *types = sam_store_get_entity_types (&n_types);

  g_assert_cmpuint (n_types, ==, 19);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(SamEntity) entity = g_object_new (types[t], NULL);
      g_autoptr(SamEntity) loaded = NULL;
      g_autoptr(GError) error = NULL;

      fill_entity (fixture->store, entity, saved);
      g_assert_true (sam_store_insert (fixture->store, entity, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sam_entity_get_id (entity), >, 0);

      loaded = sam_store_load (fixture->store, types[t], sam_entity_get_id (entity), &error);
      g_assert_no_error (error);

      if (!sam_entity_fields_equal (entity, loaded))
        {
          guint n_fields;
          GParamSpec **fields = sam_entity_class_get_fields (SAM_ENTITY_GET_CLASS (entity), &n_fields);

          for (guint i = 0; i < n_fields; i++)
            {
              g_autofree char *a = g_strdup_value_contents (sam_entity_peek_value (entity, fields[i]));
              g_autofree char *b = g_strdup_value_contents (sam_entity_peek_value (loaded, fields[i]));

              if (!(fields[i]->flags & SAM_PARAM_DERIVED))
                g_assert_cmpstr (a, ==, b);
            }
        }
      g_assert_true (sam_entity_fields_equal (entity, loaded));
      g_assert_cmpstr (sam_entity_get_uuid (entity), ==, sam_entity_get_uuid (loaded));

      g_hash_table_insert (saved, GSIZE_TO_POINTER (types[t]), g_steal_pointer (&entity));
    }

  /* Every table now holds one row. */
  for (guint t = 0; t < n_types; t++)
    g_assert_cmpint (sam_store_count (fixture->store, types[t]), ==, 1);
}

static void
test_store_update (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamBody) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *created = g_strdup (sam_entity_get_created_at (SAM_ENTITY (body)));

  sam_entity_set_updated_at (SAM_ENTITY (body), "2001-01-01T00:00:00Z");
  sam_body_set_purpose (body, "Samordna kommunernas arbete");
  g_assert_true (sam_store_update (fixture->store, body, &error));
  g_assert_no_error (error);

  loaded = sam_store_load (fixture->store, SAM_TYPE_BODY, sam_entity_get_id (SAM_ENTITY (body)), &error);
  g_assert_cmpstr (sam_body_get_purpose (loaded), ==, "Samordna kommunernas arbete");
  g_assert_cmpstr (sam_entity_get_created_at (SAM_ENTITY (loaded)), ==, created);
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (loaded)), !=, "2001-01-01T00:00:00Z");
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (loaded)), ==,
                   sam_entity_get_updated_at (SAM_ENTITY (body)));

  /* Changing a row that is gone says so. */
  g_assert_true (sam_store_delete (fixture->store, body, &error));
  g_assert_false (sam_store_update (fixture->store, body, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND);
}

static void
test_store_delete_meeting_cascades (SamTestDb     *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, "Fokusfrågor", 30);
  g_autoptr(SamAgendaItem) sub = sam_test_add_item (fixture->store, meeting, item, "Digitalisering", 10);
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4", 8);
  g_autoptr(GError) error = NULL;

  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (sub)));
  sam_decision_set_text (decision, "Kommundirektörsgruppen beslutar att godkänna fokusfrågorna.");
  g_assert_true (sam_store_insert (fixture->store, decision, &error));

  sam_person_set_name (person, "Anna Andersson");
  g_assert_true (sam_store_insert (fixture->store, person, &error));
  sam_attendance_set_meeting_id (attendance, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attendance_set_person_id (attendance, sam_entity_get_id (SAM_ENTITY (person)));
  g_assert_true (sam_store_insert (fixture->store, attendance, &error));

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attachment_set_title (attachment, "Verksamhetsplan");
  g_assert_true (sam_store_set_attachment_data (fixture->store, attachment, bytes, &error));
  g_assert_no_error (error);

  g_assert_true (sam_store_delete (fixture->store, meeting, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_AGENDA_ITEM), ==, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_DECISION), ==, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_ATTENDANCE), ==, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_ATTACHMENT), ==, 0);
  /* What the meeting referred to stays. */
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_PERSON), ==, 1);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_BODY), ==, 1);
}

static void
test_store_delete_presenter (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, "Kompetensförsörjning", 30);
  g_autoptr(SamPerson) a = sam_person_new ();
  g_autoptr(SamPerson) b = sam_person_new ();
  g_autoptr(GArray) presenters = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  sam_person_set_name (a, "Bo Berg");
  sam_person_set_name (b, "Cecilia Ek");
  g_assert_true (sam_store_insert (fixture->store, a, &error));
  g_assert_true (sam_store_insert (fixture->store, b, &error));

  /* Presenters keep the order they are given in. */
  ids[0] = sam_entity_get_id (SAM_ENTITY (b));
  ids[1] = sam_entity_get_id (SAM_ENTITY (a));
  g_assert_true (sam_store_set_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (item)), ids, 2, &error));
  presenters = sam_store_get_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (item)));
  g_assert_cmpuint (presenters->len, ==, 2);
  g_assert_cmpint (g_array_index (presenters, gint64, 0), ==, ids[0]);
  g_clear_pointer (&presenters, g_array_unref);

  g_assert_true (sam_store_delete (fixture->store, b, &error));
  g_assert_true (sam_store_delete (fixture->store, a, &error));
  g_assert_no_error (error);

  presenters = sam_store_get_presenter_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (item)));
  g_assert_cmpuint (presenters->len, ==, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_AGENDA_ITEM), ==, 1);
}

static void
test_store_delete_body_keeps_chair (SamTestDb     *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamPerson) chair = sam_person_new ();
  g_autoptr(SamMeeting) loaded = NULL;
  g_autoptr(GError) error = NULL;

  sam_person_set_name (chair, "Dag Dahl");
  g_assert_true (sam_store_insert (fixture->store, chair, &error));
  sam_meeting_set_chair_id (meeting, sam_entity_get_id (SAM_ENTITY (chair)));
  g_assert_true (sam_store_update (fixture->store, meeting, &error));

  /* Deleting the chair leaves the meeting without one. */
  g_assert_true (sam_store_delete (fixture->store, chair, &error));
  loaded = sam_store_load (fixture->store, SAM_TYPE_MEETING, sam_entity_get_id (SAM_ENTITY (meeting)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_meeting_get_chair_id (loaded), ==, 0);
}

static void
test_store_rollback (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamMunicipality) lund = sam_municipality_new ();
  g_autoptr(SamMunicipality) again = sam_municipality_new ();
  g_autoptr(SamMeeting) orphan = sam_meeting_new ();
  g_autoptr(GError) error = NULL;

  /* One action that fails leaves nothing behind. */
  sam_meeting_set_body_id (orphan, 4711);
  sam_meeting_set_starts_at (orphan, "2019-01-29T15:00");
  g_assert_false (sam_store_insert (fixture->store, orphan, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (sam_entity_get_id (SAM_ENTITY (orphan)), ==, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MEETING), ==, 0);
  g_clear_error (&error);

  /* Several steps in one transaction go back together. */
  g_assert_true (sam_store_begin (fixture->store, &error));
  sam_municipality_set_name (lund, "Lund");
  g_assert_true (sam_store_insert (fixture->store, lund, &error));
  sam_municipality_set_name (again, "Lund");
  g_assert_false (sam_store_insert (fixture->store, again, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT);
  sam_store_rollback (fixture->store);

  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 0);
  g_assert_true (sam_store_is_empty (fixture->store));
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));

  return g_bytes_new_take (contents, length);
}

static void
test_store_refuses_newer (SamTestDb     *fixture,
                          gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  g_autofree char *wal = NULL;
  sqlite3 *db;

  g_clear_object (&fixture->store);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  before = read_file (fixture->path);
  store = sam_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Samverkan"));
  after = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  wal = g_strconcat (fixture->path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_store_refuses_non_sqlite (SamTestDb     *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "minutes.docx", NULL);
  g_autofree char *expected = g_strdup_printf ("%s is not a Samverkan database (it is not an SQLite file)", path);
  const char *text = "Minnesanteckningar från kommundirektörsmötet, tisdag 29 januari 2019.\n"
                     "This is a text file and no database at all; it is long enough to have a header.\n";
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  store = sam_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE);
  g_assert_cmpstr (error->message, ==, expected);

  after = read_file (path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), text, strlen (text));
}

static void
test_store_refuses_other_sqlite (SamTestDb     *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamStore) store = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  before = read_file (path);
  store = sam_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE);
  after = read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_store_settings (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  g_assert_null (sam_store_get_setting (fixture->store, "organization-name"));
  g_assert_true (sam_store_set_setting (fixture->store, "organization-name", "MalmöLundregionen", &error));
  value = sam_store_get_setting (fixture->store, "organization-name");
  g_assert_cmpstr (value, ==, "MalmöLundregionen");
  g_assert_true (sam_store_set_setting (fixture->store, "organization-name", NULL, &error));
  g_clear_pointer (&value, g_free);
  value = sam_store_get_setting (fixture->store, "organization-name");
  g_assert_null (value);
}

static void
count_setting_changes_cb (SamStore   *store,
                          const char *table,
                          gint64      id,
                          int         kind,
                          guint      *n_changes)
{
  if (g_str_equal (table, "setting"))
    (*n_changes)++;
}

/* "Who are you?" is a person of one database: another database, opened
 * beside it, does not know it, and an export does not carry it. */
static void
test_store_user_person_per_database (SamTestDb     *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamPerson) anna = sam_person_new ();
  g_autoptr(SamStore) other = NULL;
  g_autoptr(SamStore) reopened = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *uuid = NULL;
  g_autofree char *other_uuid = NULL;
  guint n_changes = 0;

  sam_person_set_name (anna, "Anna Åberg");
  g_assert_true (sam_store_insert (fixture->store, anna, &error));
  g_assert_no_error (error);
  other = sam_store_open (other_path, &error);
  g_assert_no_error (error);

  g_assert_null (sam_store_get_user_person (fixture->store));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_setting_changes_cb), &n_changes);
  g_assert_true (sam_store_set_user_person (fixture->store, sam_entity_get_uuid (SAM_ENTITY (anna)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);

  uuid = sam_store_get_user_person (fixture->store);
  g_assert_cmpstr (uuid, ==, sam_entity_get_uuid (SAM_ENTITY (anna)));
  g_assert_null (sam_store_get_user_person (other));

  /* The whole dataset, Anna included, moves to the other database; who
   * uses that one is still for its own user to say. */
  exported = sam_exchange_export_bytes (fixture->store, NULL, NULL, &error);
  g_assert_no_error (error);
  summary = sam_exchange_import_bytes (other, exported, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_PERSON), ==, 1);
  g_assert_null (sam_store_get_user_person (other));

  /* It is kept in the file, not in the running program. */
  g_signal_handlers_disconnect_by_func (fixture->store, count_setting_changes_cb, &n_changes);
  g_clear_object (&fixture->store);
  reopened = sam_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&uuid, g_free);
  uuid = sam_store_get_user_person (reopened);
  g_assert_cmpstr (uuid, ==, sam_entity_get_uuid (SAM_ENTITY (anna)));

  g_assert_true (sam_store_set_user_person (reopened, NULL, &error));
  g_assert_no_error (error);
  other_uuid = sam_store_get_user_person (reopened);
  g_assert_null (other_uuid);
}

static void
test_store_attachment_data (SamTestDb     *fixture,
                            gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-01-29T15:00", NULL);
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(SamAttachment) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  guchar blob[4096];

  for (guint i = 0; i < sizeof blob; i++)
    blob[i] = (guchar)(i * 7);
  bytes = g_bytes_new (blob, sizeof blob);

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attachment_set_title (attachment, "Budget 2019");
  sam_attachment_set_file_name (attachment, "budget.pdf");
  g_assert_true (sam_store_set_attachment_data (fixture->store, attachment, bytes, &error));
  g_assert_no_error (error);

  loaded = sam_store_load (fixture->store, SAM_TYPE_ATTACHMENT, sam_entity_get_id (SAM_ENTITY (attachment)), &error);
  g_assert_cmpint (sam_attachment_get_size (loaded), ==, sizeof blob);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_assert_cmpstr (sam_attachment_get_sha256 (loaded), ==, sha256);

  read = sam_store_load_attachment_data (fixture->store, sam_entity_get_id (SAM_ENTITY (attachment)), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, bytes));
}

static void
test_store_check (SamTestDb     *fixture,
                  gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "KD", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  problems = sam_store_check (fixture->store, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (counts->len, ==, 19);

  for (guint i = 0; i < counts->len; i++)
    {
      SamTableCount *count = &g_array_index (counts, SamTableCount, i);

      if (g_str_equal (count->table, "body"))
        {
          g_assert_cmpint (count->rows, ==, 1);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/store/fresh", test_store_fresh);
  g_test_add_func ("/store/default-path", test_store_default_path);
  ADD ("/store/reopen", test_store_reopen);
  ADD ("/store/round-trip", test_store_round_trip);
  ADD ("/store/update", test_store_update);
  ADD ("/store/delete-meeting-cascades", test_store_delete_meeting_cascades);
  ADD ("/store/delete-presenter", test_store_delete_presenter);
  ADD ("/store/delete-chair", test_store_delete_body_keeps_chair);
  ADD ("/store/rollback", test_store_rollback);
  ADD ("/store/refuses-newer", test_store_refuses_newer);
  ADD ("/store/refuses-non-sqlite", test_store_refuses_non_sqlite);
  ADD ("/store/refuses-other-sqlite", test_store_refuses_other_sqlite);
  ADD ("/store/settings", test_store_settings);
  ADD ("/store/user-person-per-database", test_store_user_person_per_database);
  ADD ("/store/attachment-data", test_store_attachment_data);
  ADD ("/store/check", test_store_check);
#undef ADD

  return g_test_run ();
}
