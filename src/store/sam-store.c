/* sam-store.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sam-backup.h"
#include "sam-query-model.h"
#include "sam-live-map.h"
#include "sam-store-private.h"

#define MIGRATIONS_PATH "/io/github/samverkan/Samverkan/core/migrations"

/* What the store knows of one entity type: its table and the SQL for it,
 * composed once from the class's property names (never from values). */
typedef struct
{
  GType        type;
  const char  *table;
  GParamSpec **columns;        /* the stored (non-derived) fields */
  guint        n_columns;
  GParamSpec **derived;        /* the derived ones, in declaration order */
  guint        n_derived;
  const char  *position_scope; /* the sibling columns, when ordered by position */
  GParamSpec  *position;

  char        *select_by_id;
  char        *select_by_ids;
  char        *select_by_uuid;
  char        *insert;
  char        *update;
  char        *delete;
  char        *find_id;
  char        *find_uuid;
  char        *count;
  char        *max_position;
} TableInfo;

typedef struct
{
  const char     *table;
  gint64          id;
  SamStoreChange  kind;
} PendingChange;

struct _SamStore
{
  GObject  parent_instance;

  SamDb   *db;
  int      schema_version;
  SamStoreReadOnly read_only;
  char    *damage;
  gboolean check_pending;
  GArray  *pending;
  GArray  *announced;

  /* The identity map, and the objects written by the transaction being
   * announced (which need no reloading). */
  SamLiveMap *live;
  GHashTable *written;

  /* The presenters of the agenda items of the meetings looked at since
   * the last change (item id → GArray of person ids), read a meeting at a
   * time; only used outside transactions, and cleared by every change. */
  GHashTable *presenters;
};

G_DEFINE_FINAL_TYPE (SamStore, sam_store, G_TYPE_OBJECT)

static void sam_store_real_changed (SamStore   *self,
                                    const char *table,
                                    gint64      id,
                                    int         kind);

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static TableInfo *tables;
static guint n_tables;

G_DEFINE_QUARK (sam-store-error-quark, sam_store_error)

/* The positions of ordered children count among these siblings. */
static const struct {
  const char *table;
  const char *scope;
} position_scopes[] = {
  { "area", "plan_id IS ?" },
  { "focus_question", "plan_id IS ?" },
  { "activity", "plan_id IS ?" },
  { "attendance", "meeting_id IS ?" },
  { "agenda_item", "meeting_id IS ? AND body_id IS ? AND parent_id IS ?" },
  { "decision", "agenda_item_id IS ?" },
  { "destination", "study_trip_id IS ?" },
};

/* SQL expressions for derived fields that come straight from the database;
 * agenda numbers and times are computed in C instead. */
static const struct {
  const char *table;
  const char *field;
  const char *expression;
} derived_expressions[] = {
  { "meeting", "body-name", "(SELECT b.name FROM body b WHERE b.id = t.body_id)" },
  { "person", "municipality-name",
    "(SELECT m.name FROM municipality m WHERE m.id = t.municipality_id)" },
};

static char *
column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');

  return name;
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64
         && g_str_has_suffix (pspec->name, "-id");
}

static const char *
derived_expression (const char *table,
                    GParamSpec *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (derived_expressions); i++)
    if (g_str_equal (derived_expressions[i].table, table)
        && g_str_equal (derived_expressions[i].field, pspec->name))
      return derived_expressions[i].expression;

  return "NULL";
}

/* Whether a select of the row computes @pspec itself. */
static gboolean
stored_derived (TableInfo  *info,
                GParamSpec *pspec)
{
  return !g_str_equal (derived_expression (info->table, pspec), "NULL");
}

static void
build_table_info (TableInfo *info,
                  GType      type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) derived = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new ("t.id, t.uuid, t.created_at, t.updated_at");
  g_autoptr(GString) insert_names = g_string_new ("uuid, created_at, updated_at");
  g_autoptr(GString) insert_values = g_string_new ("?, ?, ?");
  g_autoptr(GString) assignments = g_string_new ("updated_at = ?");
  GParamSpec **fields;
  guint n_fields;

  fields = sam_entity_class_get_fields (SAM_ENTITY_CLASS (klass), &n_fields);

  info->type = type;
  info->table = sam_entity_class_get_table (SAM_ENTITY_CLASS (klass));

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *column = NULL;

      if (fields[i]->flags & SAM_PARAM_DERIVED)
        {
          g_ptr_array_add (derived, fields[i]);
          continue;
        }

      column = column_name (fields[i]);
      g_ptr_array_add (columns, fields[i]);
      g_string_append_printf (names, ", t.%s", column);
      g_string_append_printf (insert_names, ", %s", column);
      g_string_append (insert_values, ", ?");
      g_string_append_printf (assignments, ", %s = ?", column);

      if (g_str_equal (fields[i]->name, "position"))
        info->position = fields[i];
    }

  for (guint i = 0; i < derived->len; i++)
    g_string_append_printf (names, ", %s",
                            derived_expression (info->table, g_ptr_array_index (derived, i)));

  info->n_columns = columns->len;
  info->columns = (GParamSpec **)g_ptr_array_free (g_steal_pointer (&columns), FALSE);
  info->n_derived = derived->len;
  info->derived = (GParamSpec **)g_ptr_array_free (g_steal_pointer (&derived), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (position_scopes); i++)
    if (g_str_equal (position_scopes[i].table, info->table))
      info->position_scope = position_scopes[i].scope;

  info->select_by_id = g_strdup_printf ("SELECT %s FROM %s t WHERE t.id = ?",
                                        names->str, info->table);
  info->select_by_ids = g_strdup_printf ("SELECT %s FROM %s t"
                                         " WHERE t.id IN (SELECT value FROM json_each (?))",
                                         names->str, info->table);
  info->select_by_uuid = g_strdup_printf ("SELECT %s FROM %s t WHERE t.uuid = ?",
                                          names->str, info->table);
  info->insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                  info->table, insert_names->str, insert_values->str);
  info->update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?",
                                  info->table, assignments->str);
  info->delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);
  info->find_id = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?", info->table);
  info->find_uuid = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?", info->table);
  info->count = g_strdup_printf ("SELECT count(*) FROM %s", info->table);
  if (info->position_scope != NULL)
    info->max_position = g_strdup_printf ("SELECT coalesce(max(position), 0) FROM %s WHERE %s",
                                          info->table, info->position_scope);
}

static gpointer
init_tables (gpointer data)
{
  const GType types[] = {
    SAM_TYPE_MUNICIPALITY,
    SAM_TYPE_PERSON,
    SAM_TYPE_PLAN,
    SAM_TYPE_AREA,
    SAM_TYPE_FOCUS_QUESTION,
    SAM_TYPE_FOCUS_YEAR,
    SAM_TYPE_BODY,
    SAM_TYPE_MEMBERSHIP,
    SAM_TYPE_ACTIVITY,
    SAM_TYPE_MEETING,
    SAM_TYPE_ATTENDANCE,
    SAM_TYPE_STUDY_TRIP,
    SAM_TYPE_AGENDA_ITEM,
    SAM_TYPE_ATTACHMENT,
    SAM_TYPE_DECISION,
    SAM_TYPE_ASSIGNMENT,
    SAM_TYPE_DESTINATION,
    SAM_TYPE_TRIP_PARTICIPANT,
    SAM_TYPE_PROGRAMME_ITEM,
  };

  n_tables = G_N_ELEMENTS (types);
  tables = g_new0 (TableInfo, n_tables);
  for (guint i = 0; i < n_tables; i++)
    build_table_info (&tables[i], types[i]);

  return NULL;
}

static void
ensure_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_tables, NULL);
}

static TableInfo *
table_info_for_type (GType type)
{
  ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (tables[i].type == type)
      return &tables[i];

  return NULL;
}

static TableInfo *
table_info_for_table (const char *table)
{
  ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (g_strcmp0 (tables[i].table, table) == 0)
      return &tables[i];

  return NULL;
}

/**
 * sam_store_get_entity_types:
 * @n_types: (out): the number of types
 *
 * Returns: (transfer none) (array length=n_types): every entity type, in an
 *   order in which each type refers only to types before it (apart from
 *   references between rows of one table)
 */
const GType *
sam_store_get_entity_types (guint *n_types)
{
  static GType *types;

  ensure_tables ();

  if (g_once_init_enter (&types))
    {
      GType *array = g_new0 (GType, n_tables);

      for (guint i = 0; i < n_tables; i++)
        array[i] = tables[i].type;
      g_once_init_leave (&types, array);
    }

  *n_types = n_tables;

  return types;
}

GType
sam_store_type_for_table (const char *table)
{
  ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (g_strcmp0 (tables[i].table, table) == 0)
      return tables[i].type;

  return G_TYPE_INVALID;
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Values: how each kind of field is written to and read from a column. */

static void
bind_field (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    sam_db_bind_text (stmt, index, g_value_get_string (value));
  else if (type == G_TYPE_INT64 && is_reference (pspec))
    sam_db_bind_id (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

      sam_db_bind_text (stmt, index, enum_value != NULL ? enum_value->value_nick : NULL);
    }
  else
    g_assert_not_reached ();
}

static void
read_field (sqlite3_stmt *stmt,
            int           column,
            GParamSpec   *pspec,
            GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, sam_db_column_text (stmt, column));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, column));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      const char *nick = sam_db_column_text (stmt, column);
      GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

      if (enum_value != NULL)
        g_value_set_enum (value, enum_value->value);
      else
        g_param_value_set_default (pspec, value);
    }
  else
    g_assert_not_reached ();
}

static gpointer
entity_from_row (TableInfo    *info,
                 sqlite3_stmt *stmt)
{
  SamEntity *entity = g_object_new (info->type, NULL);
  int column = 0;

  sam_entity_set_id (entity, sqlite3_column_int64 (stmt, column++));
  sam_entity_set_uuid (entity, sam_db_column_text (stmt, column++));
  sam_entity_set_created_at (entity, sam_db_column_text (stmt, column++));
  sam_entity_set_updated_at (entity, sam_db_column_text (stmt, column++));

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_field (stmt, column++, info->columns[i], &value);
      sam_entity_set_value (entity, info->columns[i], &value);
    }

  for (guint i = 0; i < info->n_derived; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_field (stmt, column++, info->derived[i], &value);
      sam_entity_set_value (entity, info->derived[i], &value);
    }

  return entity;
}

/* Changes are announced once the outermost transaction commits, so that a
 * view never shows what a rollback takes back. */

static void flush_changes (SamStore *self);

static void
queue_change (SamStore       *self,
              const char     *table,
              gint64          id,
              SamStoreChange  kind)
{
  PendingChange change = { table, id, kind };

  g_array_append_val (self->pending, change);

  /* Outside a transaction autocommit has already made it durable. */
  if (sam_db_get_depth (self->db) == 0)
    flush_changes (self);
}

static void
flush_changes (SamStore *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) by_table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify)g_array_unref);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *p = &g_array_index (pending, PendingChange, i);
      GArray *changes = g_hash_table_lookup (by_table, p->table);
      gboolean seen = FALSE;

      if (changes == NULL)
        {
          changes = g_array_new (FALSE, FALSE, sizeof (PendingChange));
          g_hash_table_insert (by_table, (gpointer)p->table, changes);
          g_ptr_array_add (order, (gpointer)p->table);
        }

      for (guint j = 0; j < changes->len && !seen; j++)
        seen = g_array_index (changes, PendingChange, j).id == p->id;
      if (!seen)
        g_array_append_val (changes, *p);
    }

  /* One change to a table is announced as it is; several (a move that
   * renumbers siblings, an import) as one change with id 0, during which
   * sam_store_get_announced_ids() tells which rows changed. */
  for (guint i = 0; i < order->len; i++)
    {
      const char *table = g_ptr_array_index (order, i);
      GArray *changes = g_hash_table_lookup (by_table, table);
      g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), changes->len);

      for (guint j = 0; j < changes->len; j++)
        g_array_append_val (ids, g_array_index (changes, PendingChange, j).id);

      self->announced = ids;
      if (changes->len == 1)
        {
          PendingChange *p = &g_array_index (changes, PendingChange, 0);

          g_signal_emit (self, signals[CHANGED], 0, p->table, p->id, p->kind);
        }
      else
        g_signal_emit (self, signals[CHANGED], 0, table, (gint64)0, SAM_STORE_CHANGE_UPDATE);
      self->announced = NULL;
    }

  g_hash_table_remove_all (self->written);
}

/* For the store's other files (deletion with undo): @table must outlive the
 * store, as an interned string does. */
void
sam_store_queue_change (SamStore       *self,
                        const char     *table,
                        gint64          id,
                        SamStoreChange  kind)
{
  queue_change (self, table, id, kind);
}

/**
 * sam_store_get_announced_ids:
 *
 * While #SamStore::changed is emitted, the ids of the rows of that table
 * that changed (ids of deleted rows included).
 *
 * Returns: (transfer none) (nullable) (element-type gint64): the ids, or
 *   %NULL outside an emission
 */
const GArray *
sam_store_get_announced_ids (SamStore *self)
{
  return self->announced;
}

/* Opening and migrating */

char *
sam_store_default_path (void)
{
  /* DATA_DIRNAME is "samverkan-devel" in a development build, which so
   * never touches the database of the release. */
  return g_build_filename (g_get_user_data_dir (), DATA_DIRNAME, "samverkan.db", NULL);
}

int
sam_store_get_latest_schema_version (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  int latest = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    latest = MAX (latest, (int)g_ascii_strtoll (names[i], NULL, 10));

  return latest;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static gboolean
query_int (SamDb       *db,
           const char  *sql,
           gint64      *result,
           GError     **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sam_db_step (db, stmt, error);
  if (rc < 0)
    return FALSE;

  *result = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
migrate (SamStore  *self,
         gboolean   back_up,
         GError   **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, error);
  guint n_names;

  if (names == NULL)
    return FALSE;

  n_names = g_strv_length (names);
  qsort (names, n_names, sizeof (char *), compare_names);

  /* A new file has nothing to lose: only one that had a schema before is
   * backed up (not a new one once its first step has run). */
  back_up = back_up && self->schema_version > 0;

  for (guint i = 0; i < n_names; i++)
    {
      int version = (int)g_ascii_strtoll (names[i], NULL, 10);
      g_autofree char *path = NULL;
      g_autofree char *pragmas = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      gsize size;

      if (version <= self->schema_version)
        continue;

      /* An update of a database that holds data is backed up first, once:
       * a failed or wrong migration must not cost the data. */
      if (back_up)
        {
          g_autoptr(SamBackup) backup = sam_backup_create (sam_db_get_path (self->db),
                                                           SAM_BACKUP_MIGRATION, error);

          if (backup == NULL)
            {
              g_prefix_error (error, _("The database was not updated, because it could not be "
                                       "backed up first: "));
              return FALSE;
            }
          back_up = FALSE;
        }

      path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (path, 0, error);
      if (bytes == NULL)
        return FALSE;

      sql = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
      pragmas = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                 version, SAM_APPLICATION_ID);

      if (!sam_db_begin (self->db, error))
        return FALSE;

      if (!sam_db_exec (self->db, sql, error)
          || !sam_db_exec (self->db, pragmas, error)
          || !sam_db_commit (self->db, error))
        {
          sam_db_rollback (self->db);
          g_prefix_error (error, _("Could not bring the database up to date (step %d): "), version);
          return FALSE;
        }

      self->schema_version = version;
    }

  return TRUE;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                   _("Could not create the database %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fd >= 0)
    close (fd);

  return TRUE;
}

/* Reads the header without writing anything, and refuses files that are not
 * Samverkan's or that a newer Samverkan wrote. */
static gboolean
check_file (SamStore  *self,
            GError   **error)
{
  const char *path = sam_db_get_path (self->db);
  gint64 application_id;
  gint64 version;
  gint64 n_objects;
  int latest = sam_store_get_latest_schema_version ();

  if (!query_int (self->db, "PRAGMA application_id", &application_id, error)
      || !query_int (self->db, "PRAGMA user_version", &version, error)
      || !query_int (self->db, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  if ((application_id != 0 && application_id != SAM_APPLICATION_ID)
      || (application_id == 0 && n_objects > 0))
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is not a Samverkan database (it is an SQLite database of another program)"),
                   path);
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Samverkan (schema %d; this version knows up to %d). Update Samverkan to open it; the file was left as it is."),
                   path, (int)version, latest);
      return FALSE;
    }

  self->schema_version = (int)version;

  return TRUE;
}

/* Runs SQLite's quick check of every page; FALSE with @damage set when it
 * finds a problem. */
static gboolean
quick_check (SamStore  *self,
             GError   **error)
{
  sqlite3_stmt *stmt = sam_db_prepare (self->db, "PRAGMA quick_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sam_db_step (self->db, stmt, error)) == SQLITE_ROW)
    {
      const char *text = sam_db_column_text (stmt, 0);

      if (self->damage == NULL && g_strcmp0 (text, "ok") != 0)
        self->damage = g_strdup (text);
    }
  sqlite3_reset (stmt);

  return rc >= 0;
}

static gboolean
is_empty_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;

  if (g_stat (path, &buf) != 0 || buf.st_size > 0)
    return FALSE;

  /* Data committed but not yet checkpointed is in the log alone. */
  return g_stat (wal, &buf) != 0 || buf.st_size == 0;
}

static SamStoreReadOnly
find_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0)
    return SAM_STORE_READ_ONLY_FILE;

  /* The write-ahead log and its index are files beside the database. */
  if (g_access (dir, W_OK) != 0)
    return SAM_STORE_READ_ONLY_FOLDER;

  return SAM_STORE_WRITABLE;
}

static const char *
read_only_message (SamStoreReadOnly read_only)
{
  switch (read_only)
    {
    case SAM_STORE_READ_ONLY_DAMAGED:
      return _("The database is damaged, so it was opened read-only: nothing can be changed. "
               "Restore a backup to go on working.");
    case SAM_STORE_READ_ONLY_FILE:
      return _("The database file cannot be written to (check its permissions), so it was "
               "opened read-only: nothing can be changed.");
    case SAM_STORE_READ_ONLY_FOLDER:
      return _("The folder that holds the database cannot be written to, and SQLite needs to "
               "write its journal there, so the database was opened read-only: nothing can be "
               "changed. Check the folder's permissions.");
    case SAM_STORE_WRITABLE:
    default:
      return NULL;
    }
}

/**
 * sam_store_open_full:
 * @path: (nullable): the database file, or %NULL for the default one
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens the database at @path, creating it and its folder when missing
 * (unless %SAM_STORE_OPEN_EXISTING), and brings its schema up to date. A
 * file that is not a Samverkan database, that is empty, or that a newer
 * version wrote, is refused and left untouched. A file that cannot be
 * written to, or (with %SAM_STORE_OPEN_CHECK) that fails SQLite's quick
 * check, opens read-only: sam_store_get_read_only() says why, and every
 * write fails at once with %SAM_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open_full (const char         *path,
                     SamStoreOpenFlags   flags,
                     GError            **error)
{
  g_autoptr(SamStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean created = FALSE;

  if (path == NULL)
    path = default_path = sam_store_default_path ();

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE,
                   _("%s is a folder, not a Samverkan database"), path);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (flags & SAM_STORE_OPEN_EXISTING)
        {
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                       _("There is no database %s"), path);
          return NULL;
        }
      if (!create_file (path, error))
        return NULL;
      created = TRUE;
    }
  else if (is_empty_file (path))
    {
      /* An empty file is what a failed copy or a full disk leaves: never
       * quietly made into a new, empty database in its place. */
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_EMPTY_FILE,
                   _("%s is an empty file (0 bytes), not a Samverkan database. If it should "
                     "hold your data, restore a backup; to start a new database there, delete "
                     "the file first."), path);
      return NULL;
    }

  ensure_tables ();

  self = g_object_new (SAM_TYPE_STORE, NULL);
  self->read_only = created ? SAM_STORE_WRITABLE : find_read_only (path);
  self->db = sam_db_open (path, self->read_only != SAM_STORE_WRITABLE, error);
  if (self->db == NULL)
    return NULL;

  if (flags & SAM_STORE_OPEN_INTERACTIVE)
    sam_db_set_busy_timeout (self->db, 50);

  if (!check_file (self, error))
    return NULL;

  /* A file that migrations will write to is checked before they do. */
  if ((flags & SAM_STORE_OPEN_CHECK_LATER)
      && !(flags & SAM_STORE_OPEN_CHECK)
      && self->read_only == SAM_STORE_WRITABLE
      && self->schema_version < sam_store_get_latest_schema_version ())
    flags |= SAM_STORE_OPEN_CHECK;
  else if (flags & SAM_STORE_OPEN_CHECK_LATER)
    self->check_pending = !created;

  if (flags & SAM_STORE_OPEN_CHECK)
    {
      g_autoptr(GError) local_error = NULL;

      self->check_pending = FALSE;

      if (!quick_check (self, &local_error))
        {
          /* A page so damaged that SQLite stops reading is damage too. */
          if (!g_error_matches (local_error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_DATABASE))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          /* A row may have named damage before SQLite stopped. */
          g_free (self->damage);
          self->damage = g_strdup (local_error->message);
        }
      if (self->damage != NULL)
        {
          g_message ("%s failed the quick check: %s", path, self->damage);
          self->read_only = SAM_STORE_READ_ONLY_DAMAGED;
          if (!sam_db_exec (self->db, "PRAGMA query_only = ON", error))
            return NULL;
        }
    }

  if (self->read_only != SAM_STORE_WRITABLE)
    {
      sam_db_set_read_only (self->db, read_only_message (self->read_only));
      if (self->read_only != SAM_STORE_READ_ONLY_DAMAGED
          && self->schema_version < sam_store_get_latest_schema_version ())
        {
          g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_READ_ONLY,
                       _("%s needs to be updated for this version of Samverkan, but it cannot "
                         "be written to: check the permissions of the file and its folder"),
                       path);
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  /* FULL: a commit is on the disk, not only in the operating system's
   * cache, before the store says it is done (see the README). */
  if (!sam_db_exec (self->db,
                    "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;",
                    error))
    return NULL;

  if (!migrate (self, TRUE, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sam_store_open:
 * @path: (nullable): the database file, or %NULL for the default one
 * @error: return location for a #GError
 *
 * sam_store_open_full() with %SAM_STORE_OPEN_DEFAULT.
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open (const char  *path,
                GError     **error)
{
  return sam_store_open_full (path, SAM_STORE_OPEN_DEFAULT, error);
}

typedef struct
{
  char              *path;
  SamStoreOpenFlags  flags;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *open_data = data;

  g_free (open_data->path);
  g_free (open_data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  SamStore *store = sam_store_open_full (data->path, data->flags, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

/**
 * sam_store_open_async:
 *
 * sam_store_open_full() in a worker thread, so that the quick check of a
 * large database does not hold up the window.
 */
void
sam_store_open_async (const char          *path,
                      SamStoreOpenFlags    flags,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  OpenData *data = g_new0 (OpenData, 1);

  data->path = path != NULL ? g_strdup (path) : sam_store_default_path ();
  data->flags = flags;
  g_task_set_source_tag (task, sam_store_open_async);
  g_task_set_task_data (task, data, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * sam_store_open_finish:
 *
 * Returns: (transfer full) (nullable): the store
 */
SamStore *
sam_store_open_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sam_store_get_read_only:
 *
 * Returns: why the store is read-only, or %SAM_STORE_WRITABLE
 */
SamStoreReadOnly
sam_store_get_read_only (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), SAM_STORE_WRITABLE);

  return self->read_only;
}

/**
 * sam_store_get_check_pending:
 *
 * Returns: whether the quick check of %SAM_STORE_OPEN_CHECK_LATER is still
 *   running (writes are refused until it is done)
 */
gboolean
sam_store_get_check_pending (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return self->check_pending;
}

/* The result of the quick check that ran on its own connection: a damaged
 * file turns read-only, a sound one takes writes from now on. */
void
sam_store_set_check_result (SamStore   *self,
                            const char *damage)
{
  g_return_if_fail (SAM_IS_STORE (self));

  self->check_pending = FALSE;
  if (damage == NULL)
    return;

  g_free (self->damage);
  self->damage = g_strdup (damage);
  g_message ("%s failed the quick check: %s", sam_db_get_path (self->db), damage);
  self->read_only = SAM_STORE_READ_ONLY_DAMAGED;
  sam_db_exec (self->db, "PRAGMA query_only = ON", NULL);
  sam_db_set_read_only (self->db, read_only_message (self->read_only));
}

/**
 * sam_store_get_damage:
 *
 * Returns: (nullable): the first problem the quick check found on opening
 */
const char *
sam_store_get_damage (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return self->damage;
}

/**
 * sam_store_get_change_mark:
 *
 * Returns: a mark of how far the database has changed through this store,
 *   for sam_store_has_changes_since()
 */
guint64
sam_store_get_change_mark (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  gint64 data_version = 0;

  /* The changes made through this connection, and (data_version) the
   * commits of every other one, such as an import's worker. */
  query_int (self->db, "PRAGMA data_version", &data_version, NULL);

  return (guint64)sqlite3_total_changes64 (sam_db_get_handle (self->db)) + (guint64)data_version;
}

gboolean
sam_store_has_changes_since (SamStore *self,
                             guint64   mark)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return sam_store_get_change_mark (self) != mark;
}

static void
sam_store_finalize (GObject *object)
{
  SamStore *self = (SamStore *)object;

  g_clear_pointer (&self->live, sam_live_map_free);
  g_clear_pointer (&self->presenters, g_hash_table_unref);
  g_clear_pointer (&self->written, g_hash_table_unref);
  g_clear_pointer (&self->db, sam_db_close);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->damage, g_free);

  G_OBJECT_CLASS (sam_store_parent_class)->finalize (object);
}

static void
sam_store_class_init (SamStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_store_finalize;

  /**
   * SamStore::changed:
   * @self: the store
   * @table: the table that changed
   * @id: the row, or 0 when many rows of @table changed
   * @kind: a #SamStoreChange
   *
   * Emitted after a change is committed.
   */
  signals[CHANGED] =
    g_signal_new_class_handler ("changed",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_FIRST,
                                G_CALLBACK (sam_store_real_changed),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);
}

static void
sam_store_init (SamStore *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->live = sam_live_map_new ();
  self->written = g_hash_table_new (NULL, NULL);
  self->presenters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify)g_array_unref);
}

const char *
sam_store_get_path (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return sam_db_get_path (self->db);
}

int
sam_store_get_schema_version (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  return self->schema_version;
}

SamDb *
sam_store_get_db (SamStore *self)
{
  return self->db;
}

/**
 * sam_store_get_statement_count:
 * @self: a store
 *
 * Counts the SQL statements the store's connection has run since it was
 * opened, for the benchmarks: the difference before and after an action
 * is what the action cost the database.
 *
 * Returns: the number of statements run
 */
guint64
sam_store_get_statement_count (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), 0);

  return sam_db_get_n_statements (self->db);
}

/* Transactions */

/**
 * sam_store_begin:
 *
 * Starts a transaction; transactions nest, and only the outermost commit
 * makes the changes durable and announces them.
 */
gboolean
sam_store_begin (SamStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  /* Nothing is written to a file before its quick check has passed. */
  if (self->check_pending && self->read_only == SAM_STORE_WRITABLE)
    {
      g_set_error_literal (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY,
                           _("The database is still being checked, which takes a moment "
                             "after opening: the change is not saved yet"));
      return FALSE;
    }

  g_hash_table_remove_all (self->presenters);

  return sam_db_begin (self->db, error);
}

gboolean
sam_store_commit (SamStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  if (!sam_db_commit (self->db, error))
    return FALSE;

  if (sam_db_get_depth (self->db) == 0)
    flush_changes (self);

  return TRUE;
}

void
sam_store_rollback (SamStore *self)
{
  g_return_if_fail (SAM_IS_STORE (self));

  sam_db_rollback (self->db);
  g_hash_table_remove_all (self->presenters);

  if (sam_db_get_depth (self->db) == 0)
    {
      g_array_set_size (self->pending, 0);
      g_hash_table_remove_all (self->written);
      /* What the live objects read inside the transaction is gone. */
      sam_live_map_unverify_all (self->live);
    }
}

/* Runs the end of one store action: commits on success, rolls back (and
 * leaves @error set) on failure. */
static gboolean
finish_action (SamStore  *self,
               gboolean   ok,
               GError   **error)
{
  if (ok && sam_store_commit (self, error))
    return TRUE;

  sam_store_rollback (self);

  return FALSE;
}

/* Creating, changing and deleting */

static gboolean
bind_values (sqlite3_stmt *stmt,
             TableInfo    *info,
             SamEntity    *entity,
             int           first)
{
  for (guint i = 0; i < info->n_columns; i++)
    bind_field (stmt, first + (int)i, info->columns[i],
                sam_entity_peek_value (entity, info->columns[i]));

  return TRUE;
}

static gboolean
bind_scope (sqlite3_stmt *stmt,
            TableInfo    *info,
            SamEntity    *entity)
{
  SamEntityClass *klass = SAM_ENTITY_GET_CLASS (entity);
  int index = 1;

  /* The scope names its columns in order; find each by name. */
  g_auto(GStrv) parts = g_strsplit (info->position_scope, " AND ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strndup (parts[i], strcspn (parts[i], " "));
      GParamSpec *pspec;

      g_strdelimit (name, "_", '-');
      pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);
      g_assert (pspec != NULL);
      bind_field (stmt, index++, pspec, sam_entity_peek_value (entity, pspec));
    }

  return TRUE;
}

static gboolean
assign_position (SamStore   *self,
                 TableInfo  *info,
                 SamEntity  *entity,
                 GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 max;
  int rc;

  if (info->position == NULL || sam_entity_get_int (entity, info->position) > 0)
    return TRUE;

  stmt = sam_db_prepare (self->db, info->max_position, error);
  if (stmt == NULL)
    return FALSE;

  bind_scope (stmt, info, entity);
  rc = sam_db_step (self->db, stmt, error);
  if (rc < 0)
    return FALSE;
  max = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  sam_entity_set_int (entity, info->position, (int)MIN (max + 1, G_MAXINT));

  return TRUE;
}

static TableInfo *
entity_table (gpointer   entity,
              GError   **error)
{
  TableInfo *info = table_info_for_type (G_OBJECT_TYPE (entity));

  if (info == NULL)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED,
                 "%s is not stored", G_OBJECT_TYPE_NAME (entity));

  return info;
}

static gboolean refresh_derived (SamStore   *self,
                                 SamEntity  *entity,
                                 GError    **error);
static void     copy_values     (TableInfo   *info,
                                 SamEntity   *entity,
                                 SamEntity   *fresh);
static gpointer load_with       (SamStore    *self,
                                 TableInfo   *info,
                                 const char  *sql,
                                 const char  *uuid,
                                 gint64       id,
                                 GError     **error);

/* An object saved by the outermost transaction is the row's live object
 * unless there is one: a row whose transaction may still be rolled back
 * (and its id given to another row) must not be. */
static void
become_live (SamStore  *self,
             TableInfo *info,
             SamEntity *entity)
{
  gint64 id = sam_entity_get_id (entity);

  if (sam_db_get_depth (self->db) == 0
      && sam_live_map_lookup (self->live, info->table, id, NULL) == NULL)
    sam_live_map_add (self->live, info->table, entity);
}

static gboolean
insert_row (SamStore   *self,
            TableInfo  *info,
            SamEntity  *entity,
            GError    **error)
{
  sqlite3_stmt *stmt;

  if (!sam_store_check_entity (self, entity, TRUE, error)
      || !assign_position (self, info, entity, error))
    return FALSE;

  stmt = sam_db_prepare (self->db, info->insert, error);
  if (stmt == NULL)
    return FALSE;

  sam_db_bind_text (stmt, 1, sam_entity_get_uuid (entity));
  sam_db_bind_text (stmt, 2, sam_entity_get_created_at (entity));
  sam_db_bind_text (stmt, 3, sam_entity_get_updated_at (entity));
  bind_values (stmt, info, entity, 4);

  if (!sam_db_step_done (self->db, stmt, error))
    return FALSE;

  sam_entity_set_id (entity, sqlite3_last_insert_rowid (sam_db_get_handle (self->db)));
  queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_INSERT);

  return TRUE;
}

static gboolean bump_sequence (SamStore   *self,
                               SamEntity  *entity,
                               GError    **error);

/* Every write of an existing row goes through here, the window's edits and
 * an import alike, so that a meeting's SEQUENCE follows one rule. */
static gboolean
update_row (SamStore   *self,
            TableInfo  *info,
            SamEntity  *entity,
            GError    **error)
{
  sqlite3_stmt *stmt;

  if (!sam_store_check_entity (self, entity, FALSE, error)
      || !bump_sequence (self, entity, error))
    return FALSE;

  stmt = sam_db_prepare (self->db, info->update, error);
  if (stmt == NULL)
    return FALSE;

  sam_db_bind_text (stmt, 1, sam_entity_get_updated_at (entity));
  bind_values (stmt, info, entity, 2);
  sqlite3_bind_int64 (stmt, (int)info->n_columns + 2, sam_entity_get_id (entity));

  if (!sam_db_step_done (self->db, stmt, error))
    return FALSE;

  if (sqlite3_changes (sam_db_get_handle (self->db)) == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The record was not saved because it no longer exists; it may have been deleted"));
      return FALSE;
    }

  queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_UPDATE);
  g_hash_table_add (self->written, entity);

  return TRUE;
}

/**
 * sam_store_insert:
 * @self: a store
 * @entity: a new entity (its id is 0)
 * @error: return location for a #GError
 *
 * Adds @entity in one transaction, giving it an id, a uuid (unless it has
 * one), its timestamps and, for ordered entities without a position, the
 * place after its last sibling.
 */
gboolean
sam_store_insert (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  g_autofree char *now = NULL;
  TableInfo *info;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (sam_entity_get_id (entity) == 0, FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  now = now_utc ();
  if (sam_entity_get_uuid (entity) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sam_entity_set_uuid (entity, uuid);
    }
  sam_entity_set_created_at (entity, now);
  sam_entity_set_updated_at (entity, now);

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = insert_row (self, info, entity, error)
       && refresh_derived (self, entity, error);

  if (!finish_action (self, ok, error))
    {
      sam_entity_set_id (entity, 0);
      return FALSE;
    }

  become_live (self, info, entity);

  return TRUE;
}

/* A calendar knows a meeting moved by its SEQUENCE: it grows whenever the
 * time or the place changes, by whatever path, and never falls. A record
 * from elsewhere (an import) that already counted the change keeps its
 * higher number; otherwise the stored one rises by one. */
static gboolean
bump_sequence (SamStore   *self,
               SamEntity  *entity,
               GError    **error)
{
  g_autoptr(SamMeeting) old = NULL;
  SamMeeting *meeting;

  if (!SAM_IS_MEETING (entity))
    return TRUE;

  meeting = SAM_MEETING (entity);
  /* The stored values, not the live object (which may be @entity). */
  old = load_with (self, table_info_for_type (SAM_TYPE_MEETING),
                   table_info_for_type (SAM_TYPE_MEETING)->select_by_id, NULL,
                   sam_entity_get_id (entity), error);
  if (old == NULL)
    return FALSE;

  if (g_strcmp0 (sam_meeting_get_starts_at (old), sam_meeting_get_starts_at (meeting)) != 0
      || g_strcmp0 (sam_meeting_get_ends_at (old), sam_meeting_get_ends_at (meeting)) != 0
      || g_strcmp0 (sam_meeting_get_location (old), sam_meeting_get_location (meeting)) != 0
      || sam_meeting_get_online (old) != sam_meeting_get_online (meeting)
      || (sam_meeting_get_status (old) != sam_meeting_get_status (meeting)
          && (sam_meeting_get_status (old) == SAM_MEETING_STATUS_CANCELLED
              || sam_meeting_get_status (meeting) == SAM_MEETING_STATUS_CANCELLED)))
    sam_meeting_set_sequence (meeting, MAX (sam_meeting_get_sequence (meeting),
                                            sam_meeting_get_sequence (old) + 1));
  else if (sam_meeting_get_sequence (meeting) < sam_meeting_get_sequence (old))
    sam_meeting_set_sequence (meeting, sam_meeting_get_sequence (old));

  return TRUE;
}

/**
 * sam_store_update:
 *
 * Writes every field of @entity in one transaction and stamps it as updated
 * now.
 */
gboolean
sam_store_update (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  g_autofree char *now = NULL;
  g_autofree char *previous = NULL;
  TableInfo *info;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  previous = g_strdup (sam_entity_get_updated_at (entity));
  now = sam_store_stamp_after (previous);
  sam_entity_set_updated_at (entity, now);

  if (!sam_store_begin (self, error))
    return FALSE;

  ok = update_row (self, info, entity, error)
       && refresh_derived (self, entity, error);

  if (!finish_action (self, ok, error))
    {
      sam_entity_set_updated_at (entity, previous);
      /* Views share the live object: they go back to what is stored, and
       * only the editor that tried keeps showing the unsaved values. */
      if (sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL) == entity)
        {
          g_autoptr(SamEntity) stored = load_with (self, info, info->select_by_id, NULL,
                                                   sam_entity_get_id (entity), NULL);

          if (stored != NULL)
            copy_values (info, entity, stored);
        }
      return FALSE;
    }

  become_live (self, info, entity);

  return TRUE;
}

/**
 * sam_store_save_as_is:
 *
 * Adds @entity, or updates the row with its uuid, keeping its uuid and
 * timestamps exactly as they are: what an import does with a record from
 * another installation.
 */
gboolean
sam_store_save_as_is (SamStore  *self,
                      gpointer   entity,
                      GError   **error)
{
  TableInfo *info;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (sam_entity_get_uuid (entity) != NULL, FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  if (sam_entity_get_updated_at (entity) == NULL)
    {
      g_autofree char *now = now_utc ();

      sam_entity_set_updated_at (entity, now);
    }
  if (sam_entity_get_created_at (entity) == NULL)
    sam_entity_set_created_at (entity, sam_entity_get_updated_at (entity));

  /* What comes from elsewhere holds real dates and a time that has been. */
  if (!sam_store_check_timestamp (sam_entity_get_updated_at (entity), error)
      || !sam_field_check_entity (entity, TRUE, error))
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  id = sam_store_find_id (self, info->type, sam_entity_get_uuid (entity));
  if (id > 0)
    {
      sam_entity_set_id (entity, id);
      ok = update_row (self, info, entity, error);
    }
  else
    {
      sam_entity_set_id (entity, 0);
      ok = insert_row (self, info, entity, error);
    }

  ok = ok && refresh_derived (self, entity, error);

  return finish_action (self, ok, error);
}

/**
 * sam_store_delete:
 *
 * Deletes @entity and, by the schema's rules, what belongs to it.
 */
gboolean
sam_store_delete (SamStore  *self,
                  gpointer   entity,
                  GError   **error)
{
  TableInfo *info;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), FALSE);

  if ((info = entity_table (entity, error)) == NULL)
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  stmt = sam_db_prepare (self->db, info->delete, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, sam_entity_get_id (entity));
      ok = sam_db_step_done (self->db, stmt, error);
    }

  if (ok && sqlite3_changes (sam_db_get_handle (self->db)) == 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The record no longer exists; it may already have been deleted"));
      ok = FALSE;
    }

  if (ok)
    queue_change (self, info->table, sam_entity_get_id (entity), SAM_STORE_CHANGE_DELETE);

  return finish_action (self, ok, error);
}

/* Reading */

static gpointer
load_with (SamStore    *self,
           TableInfo   *info,
           const char  *sql,
           const char  *uuid,
           gint64       id,
           GError     **error)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gpointer entity = NULL;
  int rc;

  if (!sam_statement_prepare (&statement, self->db, sql, error))
    return NULL;

  if (uuid != NULL)
    sam_statement_bind_text (&statement, 1, uuid);
  else
    sam_statement_bind_int64 (&statement, 1, id);

  rc = sam_statement_step (&statement, error);
  if (rc == SQLITE_ROW)
    entity = entity_from_row (info, statement.stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                 _("The record was not found; it may have been deleted"));

  return entity;
}

/* Copies the row's stored values into @entity, which notifies what
 * changed, once each, after the last. */
static void
copy_values (TableInfo *info,
             SamEntity *entity,
             SamEntity *fresh)
{
  g_object_freeze_notify (G_OBJECT (entity));
  sam_entity_set_uuid (entity, sam_entity_get_uuid (fresh));
  sam_entity_set_created_at (entity, sam_entity_get_created_at (fresh));
  sam_entity_set_updated_at (entity, sam_entity_get_updated_at (fresh));
  for (guint i = 0; i < info->n_columns; i++)
    sam_entity_set_value (entity, info->columns[i], sam_entity_peek_value (fresh, info->columns[i]));
  /* Values that only a list computes (agenda numbers, a row's group)
   * stay as that list set them. */
  for (guint i = 0; i < info->n_derived; i++)
    if (stored_derived (info, info->derived[i]))
      sam_entity_set_value (entity, info->derived[i], sam_entity_peek_value (fresh, info->derived[i]));
  g_object_thaw_notify (G_OBJECT (entity));
}

/* The live object of a row, if one is alive and the row still exists. */
static SamEntity *
lookup_live (SamStore  *self,
             TableInfo *info,
             gint64     id)
{
  gboolean verified = FALSE;
  SamEntity *entity = sam_live_map_lookup (self->live, info->table, id, &verified);
  g_autoptr(SamEntity) fresh = NULL;

  if (entity == NULL || verified)
    return entity;

  /* A deletion since the object was last handed out may have taken the
   * row with it (ON DELETE CASCADE) or cleared a reference in it (ON
   * DELETE SET NULL), neither of which is announced row by row. */
  fresh = load_with (self, info, info->select_by_id, NULL, id, NULL);
  if (fresh == NULL)
    {
      sam_live_map_remove (self->live, info->table, id);
      return NULL;
    }

  copy_values (info, entity, fresh);
  sam_live_map_set_verified (self->live, info->table, id);

  return entity;
}

/* Loads through the identity map: the object already alive for the row, or
 * a new one that becomes the live one. */
static gpointer
load_live (SamStore    *self,
           TableInfo   *info,
           const char  *uuid,
           gint64       id,
           GError     **error)
{
  SamEntity *live;
  SamEntity *entity;

  if (uuid == NULL && (live = lookup_live (self, info, id)) != NULL)
    return g_object_ref (live);

  entity = load_with (self, info, uuid != NULL ? info->select_by_uuid : info->select_by_id,
                      uuid, id, error);
  if (entity == NULL)
    return NULL;

  live = sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL);
  if (live != NULL)
    {
      g_object_unref (entity);
      return g_object_ref (live);
    }

  sam_live_map_add (self->live, info->table, entity);

  return entity;
}

/**
 * sam_store_load_plain:
 *
 * Loads without computing the derived values that need other rows (agenda
 * numbers and times): what a live list model does, which has them already.
 * While an object of the row is alive, it is that object.
 */
gpointer
sam_store_load_plain (SamStore  *self,
                      GType      type,
                      gint64     id,
                      GError   **error)
{
  TableInfo *info = table_info_for_type (type);

  g_return_val_if_fail (info != NULL, NULL);

  return load_live (self, info, NULL, id, error);
}

/**
 * sam_store_peek_live:
 *
 * Returns: (transfer full) (nullable): the live object of the row, if one is
 *   alive and needs no check against the file, without running SQL
 */
gpointer
sam_store_peek_live (SamStore *self,
                     GType     type,
                     gint64    id)
{
  TableInfo *info = table_info_for_type (type);
  gboolean verified = FALSE;
  SamEntity *entity;

  g_return_val_if_fail (info != NULL, NULL);

  entity = sam_live_map_lookup (self->live, info->table, id, &verified);

  return entity != NULL && verified ? g_object_ref (entity) : NULL;
}

/**
 * sam_store_load_plain_many:
 * @ids: the rows to load
 * @n_ids: how many
 * @objects: (element-type SamEntity): gets a reference to the object of
 *   each row that exists, live or new, in no particular order
 *
 * Loads many rows as sam_store_load_plain() loads one, those not alive in
 * one statement, so that a list shown for the first time costs one query
 * for a screenful rather than one a row.
 */
gboolean
sam_store_load_plain_many (SamStore      *self,
                           GType          type,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray     *objects,
                           GError       **error)
{
  TableInfo *info = table_info_for_type (type);
  g_autoptr(GString) json = g_string_new ("[");
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  guint n_missing = 0;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(SamEntity) live = sam_store_peek_live (self, type, ids[i]);

      if (live != NULL)
        {
          g_ptr_array_add (objects, g_steal_pointer (&live));
          continue;
        }

      g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n_missing > 0 ? "," : "", ids[i]);
      n_missing++;
    }

  if (n_missing == 0)
    return TRUE;

  g_string_append_c (json, ']');

  if (!sam_statement_prepare (&statement, self->db, info->select_by_ids, error))
    return FALSE;

  sam_statement_bind_text (&statement, 1, json->str);
  while ((rc = sam_statement_step (&statement, error)) == SQLITE_ROW)
    {
      SamEntity *entity = entity_from_row (info, statement.stmt);
      SamEntity *live = sam_live_map_lookup (self->live, info->table, sam_entity_get_id (entity), NULL);

      /* An unverified live object is brought up to date with what was read. */
      if (live != NULL)
        {
          copy_values (info, live, entity);
          sam_live_map_set_verified (self->live, info->table, sam_entity_get_id (live));
          g_object_unref (entity);
          g_ptr_array_add (objects, g_object_ref (live));
          continue;
        }

      sam_live_map_add (self->live, info->table, entity);
      g_ptr_array_add (objects, entity);
    }

  return rc == SQLITE_DONE;
}

/* Brings the live objects of @table up to date after a change that did not
 * come through them (another object of the row, an import, a renumbering). */
static void
reload_live (SamStore   *self,
             const char *table,
             gint64      id)
{
  TableInfo *info = table_info_for_table (table);
  g_autoptr(GPtrArray) objects = NULL;

  if (info == NULL)
    return;

  if (id != 0)
    {
      SamEntity *live = sam_live_map_lookup (self->live, table, id, NULL);

      objects = g_ptr_array_new_with_free_func (g_object_unref);
      if (live != NULL)
        g_ptr_array_add (objects, g_object_ref (live));
    }
  else
    objects = sam_live_map_list_table (self->live, table);

  for (guint i = 0; i < objects->len; i++)
    {
      SamEntity *live = g_ptr_array_index (objects, i);
      g_autoptr(SamEntity) fresh = NULL;

      if (g_hash_table_contains (self->written, live))
        continue;

      fresh = load_with (self, info, info->select_by_id, NULL, sam_entity_get_id (live), NULL);
      if (fresh != NULL)
        copy_values (info, live, fresh);
      else
        sam_live_map_remove (self->live, table, sam_entity_get_id (live));
    }
}

/* Runs first, so that every view's handler sees the live objects as they
 * are now stored. */
static void
sam_store_real_changed (SamStore   *self,
                        const char *table,
                        gint64      id,
                        int         kind)
{
  const GArray *ids = self->announced;

  g_hash_table_remove_all (self->presenters);

  if (kind == SAM_STORE_CHANGE_DELETE)
    {
      sam_live_map_remove (self->live, table, id);
      sam_live_map_unverify_all (self->live);
      return;
    }

  if (kind != SAM_STORE_CHANGE_UPDATE)
    return;

  if (id == 0 && ids != NULL)
    {
      for (guint i = 0; i < ids->len; i++)
        reload_live (self, table, g_array_index (ids, gint64, i));
    }
  else
    reload_live (self, table, id);

  /* Several changes at once may include deletions. */
  if (id == 0)
    sam_live_map_unverify_all (self->live);
}

static gboolean
refresh_derived (SamStore   *self,
                 SamEntity  *entity,
                 GError    **error)
{
  if (SAM_IS_AGENDA_ITEM (entity))
    {
      gint64 meeting_id = sam_agenda_item_get_meeting_id (SAM_AGENDA_ITEM (entity));
      g_autoptr(GArray) rows = NULL;

      if (meeting_id == 0)
        return TRUE;

      rows = sam_store_compute_agenda (self, meeting_id, error);
      if (rows == NULL)
        return FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          SamAgendaRow *row = &g_array_index (rows, SamAgendaRow, i);

          if (row->id == sam_entity_get_id (entity))
            {
              sam_agenda_item_set_number (SAM_AGENDA_ITEM (entity), row->number);
              sam_agenda_item_set_starts_at (SAM_AGENDA_ITEM (entity), row->starts_at);
            }
        }
    }
  else if (SAM_IS_MEETING (entity))
    {
      g_autoptr(SamEntity) fresh = NULL;
      TableInfo *info = table_info_for_type (SAM_TYPE_MEETING);

      fresh = load_with (self, info, info->select_by_id, NULL, sam_entity_get_id (entity), error);
      if (fresh == NULL)
        return FALSE;

      for (guint i = 0; i < info->n_derived; i++)
        if (stored_derived (info, info->derived[i]))
          sam_entity_set_value (entity, info->derived[i],
                                sam_entity_peek_value (fresh, info->derived[i]));
    }

  return TRUE;
}

/**
 * sam_store_load:
 *
 * Returns: (transfer full) (nullable): the entity of @type with @id,
 *   derived fields included
 */
gpointer
sam_store_load (SamStore  *self,
                GType      type,
                gint64     id,
                GError   **error)
{
  g_autoptr(SamEntity) entity = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  entity = sam_store_load_plain (self, type, id, error);
  if (entity == NULL || !refresh_derived (self, entity, error))
    return NULL;

  return g_steal_pointer (&entity);
}

gpointer
sam_store_load_by_uuid (SamStore    *self,
                        GType        type,
                        const char  *uuid,
                        GError     **error)
{
  g_autoptr(SamEntity) entity = NULL;
  TableInfo *info;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  info = table_info_for_type (type);
  g_return_val_if_fail (info != NULL, NULL);

  entity = load_live (self, info, uuid, 0, error);
  if (entity == NULL || !refresh_derived (self, entity, error))
    return NULL;

  return g_steal_pointer (&entity);
}

gint64
sam_store_find_id (SamStore   *self,
                   GType       type,
                   const char *uuid)
{
  TableInfo *info = table_info_for_type (type);
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  gint64 id = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (uuid == NULL || !sam_statement_prepare (&statement, self->db, info->find_id, NULL))
    return 0;

  sam_statement_bind_text (&statement, 1, uuid);
  if (!sam_statement_query_int64 (&statement, &id, NULL))
    return 0;

  return id;
}

char *
sam_store_find_uuid (SamStore *self,
                     GType     type,
                     gint64    id)
{
  TableInfo *info = table_info_for_type (type);
  sqlite3_stmt *stmt;
  char *uuid = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  if (id <= 0)
    return NULL;

  stmt = sam_db_prepare (self->db, info->find_uuid, NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sam_db_step (self->db, stmt, NULL) == SQLITE_ROW)
    uuid = g_strdup (sam_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return uuid;
}

gint64
sam_store_count (SamStore *self,
                 GType     type)
{
  TableInfo *info = table_info_for_type (type);
  gint64 count = 0;

  g_return_val_if_fail (SAM_IS_STORE (self), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (!query_int (self->db, info->count, &count, NULL))
    return 0;

  return count;
}

/**
 * sam_store_is_empty:
 *
 * Returns: %TRUE when the database holds no entity at all (a first start)
 */
gboolean
sam_store_is_empty (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), TRUE);

  ensure_tables ();

  for (guint i = 0; i < n_tables; i++)
    if (sam_store_count (self, tables[i].type) > 0)
      return FALSE;

  return TRUE;
}

/* Settings */

char *
sam_store_get_setting (SamStore   *self,
                       const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  stmt = sam_db_prepare (self->db, "SELECT value FROM setting WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;

  sam_db_bind_text (stmt, 1, key);
  if (sam_db_step (self->db, stmt, NULL) == SQLITE_ROW)
    value = g_strdup (sam_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

gboolean
sam_store_set_setting (SamStore    *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!sam_store_begin (self, error))
    return FALSE;

  if (value == NULL || *value == '\0')
    stmt = sam_db_prepare (self->db, "DELETE FROM setting WHERE key = ?", error);
  else
    stmt = sam_db_prepare (self->db,
                           "INSERT INTO setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sam_db_bind_text (stmt, 1, key);
      if (value != NULL && *value != '\0')
        sam_db_bind_text (stmt, 2, value);
      ok = sam_db_step_done (self->db, stmt, error);
    }

  if (ok)
    queue_change (self, "setting", 0, SAM_STORE_CHANGE_UPDATE);

  return finish_action (self, ok, error);
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

/* Links: presenters of an item, responsible municipalities of a focus
 * question. Both keep the order they are given in. */

static GArray *
get_links (SamStore   *self,
           const char *sql,
           gint64      owner_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;

  if (!sam_statement_prepare (&statement, self->db, sql, NULL))
    return ids;

  sam_statement_bind_int64 (&statement, 1, owner_id);
  while (sam_statement_step (&statement, NULL) == SQLITE_ROW)
    {
      gint64 id = sam_statement_column_int64 (&statement, 0);

      g_array_append_val (ids, id);
    }

  return ids;
}

static gboolean
set_links (SamStore      *self,
           const char    *table,
           const char    *delete_sql,
           const char    *insert_sql,
           gint64         owner_id,
           const gint64  *ids,
           guint          n_ids,
           GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sam_store_begin (self, error))
    return FALSE;

  stmt = sam_db_prepare (self->db, delete_sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      ok = sam_db_step_done (self->db, stmt, error);
    }

  for (guint i = 0; ok && i < n_ids; i++)
    {
      stmt = sam_db_prepare (self->db, insert_sql, error);
      ok = stmt != NULL;
      if (!ok)
        break;

      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      /* Only ordered links have the third parameter; binding it to a
       * statement without one is a harmless SQLITE_RANGE. */
      sqlite3_bind_int (stmt, 3, (int)i + 1);
      ok = sam_db_step_done (self->db, stmt, error);
    }

  if (ok)
    queue_change (self, table, owner_id, SAM_STORE_CHANGE_UPDATE);

  return finish_action (self, ok, error);
}

/* The presenters of every item of @agenda_item_id's meeting, in one
 * statement: a meeting page asks for them item by item. */
static gboolean
load_meeting_presenters (SamStore *self,
                         gint64    agenda_item_id)
{
  g_auto(SamStatement) statement = SAM_STATEMENT_INIT;
  int rc;

  /* What a session reads without changing anything stays bounded. */
  if (g_hash_table_size (self->presenters) > 4000)
    g_hash_table_remove_all (self->presenters);

  if (!sam_statement_prepare (&statement, self->db,
                              "SELECT a.id, p.person_id FROM agenda_item a"
                              " LEFT JOIN agenda_item_presenter p ON p.agenda_item_id = a.id"
                              " WHERE a.id = ?1"
                              "  OR a.meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = ?1)"
                              " ORDER BY a.id, p.position",
                              NULL))
    return FALSE;

  sam_statement_bind_int64 (&statement, 1, agenda_item_id);
  while ((rc = sam_statement_step (&statement, NULL)) == SQLITE_ROW)
    {
      gint64 item_id = sam_statement_column_int64 (&statement, 0);
      GArray *ids = g_hash_table_lookup (self->presenters, &item_id);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (self->presenters, g_memdup2 (&item_id, sizeof item_id), ids);
        }

      if (sqlite3_column_type (statement.stmt, 1) != SQLITE_NULL)
        {
          gint64 person_id = sam_statement_column_int64 (&statement, 1);

          g_array_append_val (ids, person_id);
        }
    }

  if (rc < 0)
    {
      g_hash_table_remove_all (self->presenters);
      return FALSE;
    }

  return TRUE;
}

GArray *
sam_store_get_presenter_ids (SamStore *self,
                             gint64    agenda_item_id)
{
  GArray *cached;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  if (sam_db_get_depth (self->db) == 0)
    {
      cached = g_hash_table_lookup (self->presenters, &agenda_item_id);
      if (cached == NULL && load_meeting_presenters (self, agenda_item_id))
        cached = g_hash_table_lookup (self->presenters, &agenda_item_id);
      if (cached != NULL)
        return g_array_copy (cached);
    }

  return get_links (self,
                    "SELECT person_id FROM agenda_item_presenter "
                    "WHERE agenda_item_id = ? ORDER BY position",
                    agenda_item_id);
}

gboolean
sam_store_set_presenter_ids (SamStore      *self,
                             gint64         agenda_item_id,
                             const gint64  *person_ids,
                             guint          n_ids,
                             GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return set_links (self, "agenda_item",
                    "DELETE FROM agenda_item_presenter WHERE agenda_item_id = ?",
                    "INSERT OR IGNORE INTO agenda_item_presenter (agenda_item_id, person_id, position) "
                    "VALUES (?, ?, ?)",
                    agenda_item_id, person_ids, n_ids, error);
}

GArray *
sam_store_get_responsible_ids (SamStore *self,
                               gint64    focus_question_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return get_links (self,
                    "SELECT l.municipality_id FROM focus_question_municipality l "
                    "JOIN municipality m ON m.id = l.municipality_id "
                    "WHERE l.focus_question_id = ? ORDER BY m.name",
                    focus_question_id);
}

gboolean
sam_store_set_responsible_ids (SamStore      *self,
                               gint64         focus_question_id,
                               const gint64  *municipality_ids,
                               guint          n_ids,
                               GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);

  return set_links (self, "focus_question",
                    "DELETE FROM focus_question_municipality WHERE focus_question_id = ?",
                    "INSERT OR IGNORE INTO focus_question_municipality "
                    "(focus_question_id, municipality_id) VALUES (?, ?)",
                    focus_question_id, municipality_ids, n_ids, error);
}

/* Attachments keep their bytes in the database; they are read only when
 * someone opens or exports the attachment. */

GBytes *
sam_store_load_attachment_data (SamStore  *self,
                                gint64     attachment_id,
                                GError   **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  stmt = sam_db_prepare (self->db, "SELECT data FROM attachment WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, attachment_id);
  rc = sam_db_step (self->db, stmt, error);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize)sqlite3_column_bytes (stmt, 0));
  else if (rc == SQLITE_DONE)
    g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                 _("The attachment was not found; it may have been deleted"));
  sqlite3_reset (stmt);

  return bytes;
}

gboolean
sam_store_set_attachment_data (SamStore       *self,
                               SamAttachment  *attachment,
                               GBytes         *data,
                               GError        **error)
{
  g_autofree char *sha256 = NULL;
  gsize size = 0;
  gconstpointer bytes = NULL;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_ATTACHMENT (attachment), FALSE);

  if (data != NULL)
    bytes = g_bytes_get_data (data, &size);

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, bytes != NULL ? bytes : (gconstpointer)"", size);
  sam_attachment_set_size (attachment, (gint64)size);
  sam_attachment_set_sha256 (attachment, data != NULL ? sha256 : NULL);

  if (!sam_store_begin (self, error))
    return FALSE;

  if (sam_entity_get_id (SAM_ENTITY (attachment)) == 0)
    {
      if (!sam_store_insert (self, attachment, error))
        {
          sam_store_rollback (self);
          return FALSE;
        }
    }
  else if (!sam_store_update (self, attachment, error))
    {
      sam_store_rollback (self);
      return FALSE;
    }

  {
    sqlite3_stmt *stmt = sam_db_prepare (self->db, "UPDATE attachment SET data = ? WHERE id = ?", error);
    gboolean ok = stmt != NULL;

    if (ok)
      {
        if (data != NULL)
          sqlite3_bind_blob64 (stmt, 1, bytes != NULL ? bytes : "", size, SQLITE_TRANSIENT);
        sqlite3_bind_int64 (stmt, 2, sam_entity_get_id (SAM_ENTITY (attachment)));
        ok = sam_db_step_done (self->db, stmt, error);
      }

    return finish_action (self, ok, error);
  }
}

/* The agenda */

typedef struct
{
  gint64   id;
  gint64   parent_id;
  int      duration;
  gboolean tentative;
} ItemRow;

static void
append_subtree (GArray *result,
                GArray *items,
                gint64  parent_id,
                int     depth)
{
  for (guint i = 0; i < items->len; i++)
    {
      ItemRow *item = &g_array_index (items, ItemRow, i);
      SamAgendaRow row = { 0 };

      if (item->parent_id != parent_id)
        continue;

      row.id = item->id;
      row.parent_id = item->parent_id;
      row.duration = item->duration;
      row.tentative = item->tentative;
      row.depth = depth;
      g_array_append_val (result, row);

      /* Depth is bounded: sub-items of sub-items are shown, but the tree
       * stops at a depth no agenda needs, whatever the data says. */
      if (depth < 3)
        append_subtree (result, items, item->id, depth + 1);
    }
}

/**
 * sam_store_compute_agenda:
 * @self: a store
 * @meeting_id: a meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SamAgendaRow): the meeting's
 *   items in agenda order (each followed by its sub-items; tentative items
 *   last), numbered and timed
 */
GArray *
sam_store_compute_agenda (SamStore  *self,
                          gint64     meeting_id,
                          GError   **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (ItemRow));
  g_autoptr(GArray) result = g_array_new (FALSE, TRUE, sizeof (SamAgendaRow));
  g_autofree char *starts_at = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  stmt = sam_db_prepare (self->db, "SELECT starts_at FROM meeting WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sam_db_step (self->db, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc == SQLITE_ROW)
    starts_at = g_strdup (sam_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  stmt = sam_db_prepare (self->db,
                         "SELECT id, coalesce(parent_id, 0), duration, tentative FROM agenda_item "
                         "WHERE meeting_id = ? ORDER BY tentative, position, id",
                         error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sam_db_step (self->db, stmt, error)) == SQLITE_ROW)
    {
      ItemRow item;

      item.id = sqlite3_column_int64 (stmt, 0);
      item.parent_id = sqlite3_column_int64 (stmt, 1);
      item.duration = sqlite3_column_int (stmt, 2);
      item.tentative = sqlite3_column_int (stmt, 3) != 0;
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;

  append_subtree (result, items, 0, 0);
  sam_agenda_compute ((SamAgendaRow *)(gpointer)result->data, result->len, starts_at);

  return g_steal_pointer (&result);
}

static GArray *
sibling_ids (SamStore  *self,
             gint64     meeting_id,
             gint64     parent_id,
             gint64     except_id,
             GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = sam_db_prepare (self->db,
                         "SELECT id FROM agenda_item WHERE meeting_id IS ? AND parent_id IS ? "
                         "AND id <> ? ORDER BY tentative, position, id",
                         error);
  if (stmt == NULL)
    return NULL;

  sam_db_bind_id (stmt, 1, meeting_id);
  sam_db_bind_id (stmt, 2, parent_id);
  sqlite3_bind_int64 (stmt, 3, except_id);
  while ((rc = sam_db_step (self->db, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&ids);
}

static gboolean
write_positions (SamStore  *self,
                 GArray    *ids,
                 gint64     parent_id,
                 GError   **error)
{
  g_autofree char *now = now_utc ();

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt;

      stmt = sam_db_prepare (self->db,
                             "UPDATE agenda_item SET position = ?, parent_id = ?, updated_at = ? "
                             "WHERE id = ? AND (position IS NOT ? OR parent_id IS NOT ?2)",
                             error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int (stmt, 1, (int)i + 1);
      sam_db_bind_id (stmt, 2, parent_id);
      sam_db_bind_text (stmt, 3, now);
      sqlite3_bind_int64 (stmt, 4, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 5, (int)i + 1);
      if (!sam_db_step_done (self->db, stmt, error))
        return FALSE;

      if (sqlite3_changes (sam_db_get_handle (self->db)) > 0)
        queue_change (self, "agenda_item", g_array_index (ids, gint64, i), SAM_STORE_CHANGE_UPDATE);
    }

  return TRUE;
}

/**
 * sam_store_place_agenda_item:
 * @self: a store
 * @item: a stored agenda item
 * @parent_id: the item it becomes a sub-item of, or 0 for the top level
 * @index: its place among its new siblings (clamped)
 * @error: return location for a #GError
 *
 * Moves @item, in one transaction, and renumbers its siblings.
 */
gboolean
sam_store_place_agenda_item (SamStore       *self,
                             SamAgendaItem  *item,
                             gint64          parent_id,
                             guint           index,
                             GError        **error)
{
  g_autoptr(GArray) old_siblings = NULL;
  g_autoptr(GArray) siblings = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  gint64 meeting_id = sam_agenda_item_get_meeting_id (item);
  gint64 old_parent = sam_agenda_item_get_parent_id (item);
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (item), FALSE);

  if (!sam_store_check_parent (self, id, parent_id, error))
    return FALSE;

  if (!sam_store_begin (self, error))
    return FALSE;

  siblings = sibling_ids (self, meeting_id, parent_id, id, error);
  ok = siblings != NULL;
  if (ok)
    {
      g_array_insert_val (siblings, MIN (index, siblings->len), id);
      ok = write_positions (self, siblings, parent_id, error);
    }

  if (ok && old_parent != parent_id)
    {
      old_siblings = sibling_ids (self, meeting_id, old_parent, id, error);
      ok = old_siblings != NULL && write_positions (self, old_siblings, old_parent, error);
    }

  if (ok)
    {
      g_autoptr(SamAgendaItem) fresh = sam_store_load (self, SAM_TYPE_AGENDA_ITEM, id, error);

      ok = fresh != NULL;
      if (ok)
        sam_entity_copy_fields (SAM_ENTITY (item), SAM_ENTITY (fresh));
    }

  return finish_action (self, ok, error);
}

/**
 * sam_store_move_agenda_item:
 * @delta: -1 to move up, 1 to move down (among its siblings)
 *
 * Returns: %TRUE if it moved or could not move further; %FALSE on error
 */
gboolean
sam_store_move_agenda_item (SamStore       *self,
                            SamAgendaItem  *item,
                            int             delta,
                            GError        **error)
{
  g_autoptr(GArray) siblings = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (item));
  gint64 parent_id = sam_agenda_item_get_parent_id (item);
  int index = -1;
  int target;

  g_return_val_if_fail (SAM_IS_STORE (self), FALSE);
  g_return_val_if_fail (SAM_IS_AGENDA_ITEM (item), FALSE);

  siblings = sibling_ids (self, sam_agenda_item_get_meeting_id (item), parent_id, 0, error);
  if (siblings == NULL)
    return FALSE;

  for (guint i = 0; i < siblings->len; i++)
    if (g_array_index (siblings, gint64, i) == id)
      index = (int)i;

  if (index < 0)
    {
      g_set_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND,
                   _("The item no longer exists; it may have been deleted"));
      return FALSE;
    }

  target = CLAMP (index + delta, 0, (int)siblings->len - 1);
  if (target == index)
    return TRUE;

  return sam_store_place_agenda_item (self, item, parent_id, (guint)target, error);
}

/* Checking */

/**
 * sam_store_check:
 * @self: a store
 * @counts: (out) (optional) (element-type SamTableCount): the rows per table
 * @error: return location for a #GError
 *
 * Runs SQLite's integrity and foreign-key checks.
 *
 * Returns: (transfer full) (element-type utf8): the problems found (empty
 *   when the database is sound), or %NULL on error
 */
GPtrArray *
sam_store_check (SamStore  *self,
                 GArray   **counts,
                 GError   **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  stmt = sam_db_prepare (self->db, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sam_db_step (self->db, stmt, error)) == SQLITE_ROW)
    {
      const char *text = sam_db_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        g_ptr_array_add (problems, g_strdup (text));
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;

  stmt = sam_db_prepare (self->db, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sam_db_step (self->db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("%s row %lld refers to a missing row of %s"),
                                      sam_db_column_text (stmt, 0),
                                      (long long)sqlite3_column_int64 (stmt, 1),
                                      sam_db_column_text (stmt, 2)));
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;

  if (counts != NULL)
    {
      *counts = g_array_new (FALSE, FALSE, sizeof (SamTableCount));
      ensure_tables ();
      for (guint i = 0; i < n_tables; i++)
        {
          SamTableCount count = { tables[i].table, sam_store_count (self, tables[i].type) };

          g_array_append_val (*counts, count);
        }
    }

  return g_steal_pointer (&problems);
}

/* Live models */

static GPtrArray *
params_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
}

static GPtrArray *
params_int (gint64 value)
{
  GPtrArray *params = params_new ();

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (value)));

  return params;
}

static GPtrArray *
params_text (const char *value)
{
  GPtrArray *params = params_new ();

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (value)));

  return params;
}

#define MEETING_COLUMNS "SELECT m.id, b.name FROM meeting m JOIN body b ON b.id = m.body_id "
#define MEETING_ORDER " ORDER BY m.starts_at, b.name, m.id"

static const char * const meeting_tables[] = { "meeting", "body", NULL };

/**
 * sam_store_list_meetings:
 *
 * Returns: (transfer full): every meeting of every body, by start time
 */
GListModel *
sam_store_list_meetings (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS MEETING_ORDER, NULL));
}

GListModel *
sam_store_list_meetings_by_body (SamStore *self,
                                 gint64    body_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE m.body_id = ?" MEETING_ORDER,
                                                    params_int (body_id)));
}

GListModel *
sam_store_list_meetings_by_year (SamStore *self,
                                 int       year)
{
  g_autofree char *text = g_strdup_printf ("%04d", year);

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE substr (m.starts_at, 1, 4) = ?"
                                                    MEETING_ORDER,
                                                    params_text (text)));
}

/**
 * sam_store_list_upcoming_meetings:
 * @today: the date from which meetings count as upcoming (YYYY-MM-DD)
 */
GListModel *
sam_store_list_upcoming_meetings (SamStore   *self,
                                  const char *today)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MEETING, meeting_tables,
                                                    MEETING_COLUMNS "WHERE m.starts_at >= ? "
                                                    "AND m.status <> 'cancelled'" MEETING_ORDER,
                                                    params_text (today)));
}

static void
row_set_derived (SamRow     *row,
                 const char *first,
                 const char *second)
{
  row->derived = g_new0 (char *, 3);
  row->derived[0] = g_strdup (first);
  row->derived[1] = g_strdup (second);
}

static GArray *
fetch_agenda (SamStore  *self,
              gpointer   user_data,
              GError   **error)
{
  gint64 meeting_id = *(gint64 *)user_data;
  g_autoptr(GArray) agenda = sam_store_compute_agenda (self, meeting_id, error);
  GArray *rows;

  if (agenda == NULL)
    return NULL;

  rows = g_array_sized_new (FALSE, TRUE, sizeof (SamRow), agenda->len);
  g_array_set_clear_func (rows, sam_row_clear);
  for (guint i = 0; i < agenda->len; i++)
    {
      SamAgendaRow *item = &g_array_index (agenda, SamAgendaRow, i);
      SamRow row = { item->id, NULL };

      row_set_derived (&row, item->number, item->starts_at);
      g_array_append_val (rows, row);
    }

  return rows;
}

/**
 * sam_store_list_agenda:
 *
 * Returns: (transfer full): the items of a meeting in agenda order, each
 *   with its number and start time
 */
GListModel *
sam_store_list_agenda (SamStore *self,
                       gint64    meeting_id)
{
  static const char * const agenda_tables[] = { "agenda_item", "meeting", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new (self, SAM_TYPE_AGENDA_ITEM, agenda_tables,
                                            fetch_agenda, g_memdup2 (&meeting_id, sizeof meeting_id),
                                            g_free));
}

static const char * const decision_tables[] = { "decision", "agenda_item", "meeting", NULL };

#define DECISION_FROM \
  "SELECT d.id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id " \
  "LEFT JOIN agenda_item p ON p.id = i.parent_id " \
  "LEFT JOIN meeting m ON m.id = i.meeting_id "

GListModel *
sam_store_list_decisions (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_DECISION, decision_tables,
                                                    DECISION_FROM
                                                    "ORDER BY m.starts_at DESC, m.id, "
                                                    "coalesce (p.position, i.position), "
                                                    "i.parent_id IS NOT NULL, i.position, d.position, d.id",
                                                    NULL));
}

GListModel *
sam_store_list_decisions_by_meeting (SamStore *self,
                                     gint64    meeting_id)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_DECISION, decision_tables,
                                                    DECISION_FROM "WHERE i.meeting_id = ? "
                                                    "ORDER BY coalesce (p.position, i.position), "
                                                    "i.parent_id IS NOT NULL, i.position, d.position, d.id",
                                                    params_int (meeting_id)));
}

static const char * const assignment_tables[] = { "assignment", "agenda_item", "meeting", NULL };

#define ASSIGNMENT_ORDER " ORDER BY a.due_on IS NULL, a.due_on, a.title, a.id"

GListModel *
sam_store_list_assignments (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a" ASSIGNMENT_ORDER,
                                                    NULL));
}

GListModel *
sam_store_list_open_assignments (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open'" ASSIGNMENT_ORDER,
                                                    NULL));
}

/**
 * sam_store_list_open_assignments_due_by:
 * @last_day: YYYY-MM-DD
 *
 * Returns: (transfer full): the open assignments due on @last_day or
 *   before, overdue ones included, soonest first
 */
GListModel *
sam_store_list_open_assignments_due_by (SamStore   *self,
                                        const char *last_day)
{
  GPtrArray *params;

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (last_day != NULL, NULL);

  params = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (last_day)));

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open' AND a.due_on IS NOT NULL "
                                                    "AND a.due_on <= ?" ASSIGNMENT_ORDER,
                                                    params));
}

/**
 * sam_store_list_overdue_assignments:
 * @today: YYYY-MM-DD; open assignments due before it are overdue
 */
GListModel *
sam_store_list_overdue_assignments (SamStore   *self,
                                    const char *today)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.status = 'open' AND a.due_on < ?"
                                                    ASSIGNMENT_ORDER,
                                                    params_text (today)));
}

GListModel *
sam_store_list_assignments_by_owner (SamStore     *self,
                                     SamOwnerKind  owner_kind,
                                     gint64        owner_id)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_OWNER_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, owner_kind);
  GPtrArray *params = params_new ();

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_string (value->value_nick)));
  g_ptr_array_add (params, g_variant_ref_sink (g_variant_new_int64 (owner_id)));

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_ASSIGNMENT, assignment_tables,
                                                    "SELECT a.id FROM assignment a "
                                                    "WHERE a.owner_kind = ? AND "
                                                    "coalesce (CASE a.owner_kind "
                                                    "WHEN 'person' THEN a.owner_person_id "
                                                    "WHEN 'body' THEN a.owner_body_id "
                                                    "WHEN 'municipality' THEN a.owner_municipality_id "
                                                    "END, 0) = ?"
                                                    ASSIGNMENT_ORDER,
                                                    params));
}

GListModel *
sam_store_list_focus_questions (SamStore *self,
                                gint64    plan_id)
{
  static const char * const focus_tables[] = { "focus_question", "plan", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_FOCUS_QUESTION, focus_tables,
                                                    "SELECT f.id FROM focus_question f "
                                                    "WHERE f.plan_id = ? ORDER BY f.position, f.title, f.id",
                                                    params_int (plan_id)));
}

GListModel *
sam_store_list_plans (SamStore *self)
{
  static const char * const plan_tables[] = { "plan", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_PLAN, plan_tables,
                                                    "SELECT p.id FROM plan p "
                                                    "ORDER BY p.first_year DESC, p.revised_year DESC, p.id",
                                                    NULL));
}

static const char * const body_tables[] = { "body", NULL };

#define BODY_ORDER \
  " ORDER BY CASE b.kind WHEN 'board' THEN 0 WHEN 'director-group' THEN 1 " \
  "WHEN 'working-group' THEN 2 WHEN 'network' THEN 3 ELSE 4 END, b.name, b.id"

GListModel *
sam_store_list_bodies (SamStore *self)
{
  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_BODY, body_tables,
                                                    "SELECT b.id FROM body b" BODY_ORDER, NULL));
}

GListModel *
sam_store_list_bodies_by_kind (SamStore    *self,
                               SamBodyKind  kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_BODY_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, kind);

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_BODY, body_tables,
                                                    "SELECT b.id FROM body b WHERE b.kind = ?" BODY_ORDER,
                                                    params_text (value->value_nick)));
}

GListModel *
sam_store_list_municipalities (SamStore *self)
{
  static const char * const municipality_tables[] = { "municipality", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_MUNICIPALITY, municipality_tables,
                                                    "SELECT m.id FROM municipality m ORDER BY m.name, m.id",
                                                    NULL));
}

GListModel *
sam_store_list_people (SamStore *self)
{
  static const char * const people_tables[] = { "person", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_PERSON, people_tables,
                                                    "SELECT p.id FROM person p ORDER BY p.name, p.id",
                                                    NULL));
}

GListModel *
sam_store_list_study_trips (SamStore *self)
{
  static const char * const trip_tables[] = { "study_trip", NULL };

  g_return_val_if_fail (SAM_IS_STORE (self), NULL);

  return G_LIST_MODEL (sam_query_model_new_for_sql (self, SAM_TYPE_STUDY_TRIP, trip_tables,
                                                    "SELECT t.id FROM study_trip t "
                                                    "ORDER BY t.starts_on DESC, t.title, t.id",
                                                    NULL));
}

void
sam_store_apply_derived (SamEntity  *entity,
                         char      **derived)
{
  TableInfo *info = table_info_for_type (G_OBJECT_TYPE (entity));

  if (info == NULL || derived == NULL)
    return;

  /* The query gives every column as text; numbers and flags are read back. */
  for (guint i = 0; i < info->n_derived && derived[i] != NULL; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (info->derived[i]);

      if (type == G_TYPE_STRING)
        sam_entity_set_string (entity, info->derived[i], derived[i]);
      else if (type == G_TYPE_INT64)
        sam_entity_set_int64 (entity, info->derived[i], g_ascii_strtoll (derived[i], NULL, 10));
      else if (type == G_TYPE_BOOLEAN)
        sam_entity_set_boolean (entity, info->derived[i], g_ascii_strtoll (derived[i], NULL, 10) != 0);
    }
}

void
sam_row_clear (gpointer data)
{
  SamRow *row = data;

  g_clear_pointer (&row->derived, g_strfreev);
}
