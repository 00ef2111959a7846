/* sam-exchange.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "sam-exchange-private.h"
#include "sam-store-exchange.h"

/* What export and import share: the description of the format derived from
 * the entity classes and the database schema, the text form of values, the
 * example dataset, and the variants that run in a worker thread. */

#define EXAMPLE_RESOURCE "/io/github/samverkan/Samverkan/core/example/mlr.xml"

/* Progress is passed to the main thread at most once per this share of the
 * work, so that a large import does not flood the main loop. */
#define PROGRESS_STEP 0.01

typedef struct
{
  char                    *path;
  char                    *meeting_uuid;
  GFile                   *file;
  SamExchangeProgressFunc  progress;
  gpointer                 progress_data;
  GDestroyNotify           progress_destroy;
  double                   last_fraction;
  gboolean                 preview;
} WorkerData;

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressUpdate;

static const char * const setting_keys[] = {
  "organization-name",
  "organization-short-name",
  "time-zone",
  NULL
};

G_DEFINE_QUARK (sam-exchange-error-quark, sam_exchange_error)

static void
worker_data_free (gpointer data)
{
  WorkerData *worker = data;

  if (worker->progress_destroy != NULL)
    worker->progress_destroy (worker->progress_data);
  g_clear_object (&worker->file);
  g_free (worker->path);
  g_free (worker->meeting_uuid);
  g_free (worker);
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_clear_object (&update->task);
  g_free (update);
}

static void
exchange_type_clear (SamExchangeType *type)
{
  for (guint i = 0; i < type->n_fields; i++)
    g_free (type->fields[i].element);
  g_clear_pointer (&type->fields, g_free);
  g_clear_pointer (&type->element, g_free);
  g_clear_pointer (&type->by_element, g_hash_table_unref);
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64
         && g_str_has_suffix (pspec->name, "-id");
}

static gboolean
build_type (SamExchangeType  *type,
            SamStore         *store,
            GType             gtype,
            GError          **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (gtype);
  g_autoptr(GHashTable) keys = NULL;
  GParamSpec **fields;
  guint n_fields;

  type->type = gtype;
  type->table = sam_entity_class_get_table (SAM_ENTITY_CLASS (klass));
  type->element = g_strdelimit (g_strdup (type->table), "_", '-');
  type->by_element = g_hash_table_new (g_str_hash, g_str_equal);

  keys = sam_store_list_references (store, type->table, error);
  if (keys == NULL)
    return FALSE;

  fields = sam_entity_class_get_fields (SAM_ENTITY_CLASS (klass), &n_fields);
  type->fields = g_new0 (SamExchangeField, MAX (n_fields, 1));

  for (guint i = 0; i < n_fields; i++)
    {
      SamExchangeField *field = &type->fields[type->n_fields];
      GParamSpec *pspec = fields[i];

      /* Derived fields (an agenda number, a body's name beside a meeting)
       * are computed by the store and never travel. */
      if (pspec->flags & SAM_PARAM_DERIVED)
        continue;

      field->pspec = pspec;
      field->target = G_TYPE_INVALID;

      if (is_reference (pspec))
        {
          g_autofree char *column = g_strdelimit (g_strdup (pspec->name), "-", '_');
          const char *target_table = g_hash_table_lookup (keys, column);

          if (target_table == NULL
              || (field->target = sam_store_type_for_table (target_table)) == G_TYPE_INVALID)
            {
              g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                           "The column %s.%s refers to no known table", type->table, column);
              return FALSE;
            }

          field->element = g_strndup (pspec->name, strlen (pspec->name) - strlen ("-id"));
        }
      else
        {
          field->element = g_strdup (pspec->name);
        }

      g_hash_table_insert (type->by_element, field->element, field);
      type->n_fields++;
    }

  return TRUE;
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;
  WorkerData *worker = g_task_get_task_data (update->task);

  if (!g_task_get_completed (update->task))
    worker->progress (update->fraction, worker->progress_data);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker thread: hands the progress to the caller's thread. */
static void
worker_progress_cb (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  WorkerData *worker = g_task_get_task_data (task);
  ProgressUpdate *update;

  if (fraction < 1.0 && fraction - worker->last_fraction < PROGRESS_STEP)
    return;

  worker->last_fraction = fraction;

  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              deliver_progress_cb, update, progress_update_free);
}

static GInputStream *open_input (GFile         *file,
                                 goffset       *size,
                                 GCancellable  *cancellable,
                                 GError       **error);

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WorkerData *worker = task_data;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GError) error = NULL;
  SamExchangeSummary *summary;
  goffset size;

  /* A connection of its own: the caller's store stays usable on its
   * thread while the import holds the write lock here. */
  store = sam_store_open (worker->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  input = open_input (worker->file, &size, cancellable, &error);
  if (input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  summary = sam_exchange_import_stream (store, input, size,
                                        worker->progress != NULL ? worker_progress_cb : NULL,
                                        task, worker->preview, cancellable, &error);
  if (summary == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, summary, (GDestroyNotify)sam_exchange_summary_free);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WorkerData *worker = task_data;
  g_autoptr(SamStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = sam_store_open (worker->path, &error);
  if (store == NULL
      || !sam_exchange_export_file (store, worker->meeting_uuid, worker->file, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

SamExchangeSchema *
sam_exchange_schema_new (SamStore  *store,
                         GError   **error)
{
  g_autoptr(SamExchangeSchema) schema = g_new0 (SamExchangeSchema, 1);
  const GType *types;
  guint n_types;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  types = sam_store_get_entity_types (&n_types);
  schema->types = g_new0 (SamExchangeType, n_types);

  for (guint i = 0; i < n_types; i++)
    {
      schema->n_types++;
      if (!build_type (&schema->types[i], store, types[i], error))
        return NULL;
    }

  return g_steal_pointer (&schema);
}

void
sam_exchange_schema_free (SamExchangeSchema *schema)
{
  if (schema == NULL)
    return;

  for (guint i = 0; i < schema->n_types; i++)
    exchange_type_clear (&schema->types[i]);
  g_free (schema->types);
  g_free (schema);
}

const SamExchangeType *
sam_exchange_schema_lookup_element (SamExchangeSchema *schema,
                                    const char        *element)
{
  for (guint i = 0; i < schema->n_types; i++)
    if (g_strcmp0 (schema->types[i].element, element) == 0)
      return &schema->types[i];

  return NULL;
}

const SamExchangeType *
sam_exchange_schema_lookup_type (SamExchangeSchema *schema,
                                 GType              type)
{
  for (guint i = 0; i < schema->n_types; i++)
    if (schema->types[i].type == type)
      return &schema->types[i];

  return NULL;
}

/**
 * sam_exchange_get_setting_keys:
 *
 * Returns: (transfer none): the settings that travel with a dataset
 */
const char * const *
sam_exchange_get_setting_keys (void)
{
  return setting_keys;
}

/**
 * sam_exchange_value_to_string:
 * @pspec: a field that is not a reference
 * @value: its value
 *
 * Returns: (transfer full) (nullable): the text of @value in the format
 *   (enumerations by nick, booleans as true or false), or %NULL for a
 *   kind of value the format does not know
 */
char *
sam_exchange_value_to_string (GParamSpec   *pspec,
                              const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_value_dup_string (value);
  else if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  else if (type == G_TYPE_UINT)
    return g_strdup_printf ("%u", g_value_get_uint (value));
  else if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  else if (type == G_TYPE_UINT64)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, g_value_get_uint64 (value));
  else if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

      return enum_value != NULL ? g_strdup (enum_value->value_nick) : NULL;
    }

  return NULL;
}

/**
 * sam_exchange_value_from_string:
 * @pspec: a field that is not a reference
 * @text: the text of an element
 * @value: an uninitialized #GValue
 *
 * Reads @text as a value of @pspec. Numbers outside the field's range and
 * unknown nicks are refused rather than clamped.
 *
 * Returns: %TRUE if @text is a valid value; @value is then initialized
 */
gboolean
sam_exchange_value_from_string (GParamSpec *pspec,
                                const char *text,
                                GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_autofree char *stripped = NULL;

  if (type == G_TYPE_STRING)
    {
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, text);
      return TRUE;
    }

  /* Only text keeps its spaces; the schema's other datatypes collapse them. */
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
      gint64 number;

      if (!g_ascii_string_to_signed (stripped, 10, ispec->minimum, ispec->maximum, &number, NULL))
        return FALSE;
      g_value_init (value, type);
      g_value_set_int (value, (int)number);
    }
  else if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *uspec = G_PARAM_SPEC_UINT (pspec);
      guint64 number;

      if (!g_ascii_string_to_unsigned (stripped, 10, uspec->minimum, uspec->maximum, &number, NULL))
        return FALSE;
      g_value_init (value, type);
      g_value_set_uint (value, (guint)number);
    }
  else if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *lspec = G_PARAM_SPEC_INT64 (pspec);
      gint64 number;

      if (!g_ascii_string_to_signed (stripped, 10, lspec->minimum, lspec->maximum, &number, NULL))
        return FALSE;
      g_value_init (value, type);
      g_value_set_int64 (value, number);
    }
  else if (type == G_TYPE_UINT64)
    {
      GParamSpecUInt64 *lspec = G_PARAM_SPEC_UINT64 (pspec);
      guint64 number;

      if (!g_ascii_string_to_unsigned (stripped, 10, lspec->minimum, lspec->maximum, &number, NULL))
        return FALSE;
      g_value_init (value, type);
      g_value_set_uint64 (value, number);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean flag;

      if (g_str_equal (stripped, "true") || g_str_equal (stripped, "1"))
        flag = TRUE;
      else if (g_str_equal (stripped, "false") || g_str_equal (stripped, "0"))
        flag = FALSE;
      else
        return FALSE;
      g_value_init (value, type);
      g_value_set_boolean (value, flag);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, stripped);

      if (enum_value == NULL)
        return FALSE;
      g_value_init (value, type);
      g_value_set_enum (value, enum_value->value);
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

/**
 * sam_exchange_parse_timestamp:
 * @text: (nullable): an ISO 8601 time; without an offset it is taken as UTC
 *
 * Returns: (transfer full) (nullable): the time, or %NULL if @text is not one
 */
GDateTime *
sam_exchange_parse_timestamp (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, utc);
}

static gboolean
is_canonical_timestamp (const char *text)
{
  /* YYYY-MM-DDTHH:MM:SS, optional fraction, Z: the schema's pattern. */
  static const char shape[] = "dddd-dd-ddTdd:dd:dd";
  gsize i;

  for (i = 0; i < sizeof shape - 1; i++)
    {
      if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
        return FALSE;
    }

  if (text[i] == '.')
    {
      if (!g_ascii_isdigit (text[++i]))
        return FALSE;
      while (g_ascii_isdigit (text[i]))
        i++;
    }

  return text[i] == 'Z' && text[i + 1] == '\0';
}

/**
 * sam_exchange_normalize_timestamp:
 * @text: (nullable): a time as the store keeps it
 *
 * Returns: (transfer full) (nullable): @text in the form the schema allows
 *   (UTC, ending in Z), unchanged if it already has that form
 */
char *
sam_exchange_normalize_timestamp (const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (text == NULL)
    return NULL;

  if (is_canonical_timestamp (text))
    return g_strdup (text);

  time = sam_exchange_parse_timestamp (text);
  if (time == NULL)
    return NULL;

  utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
sam_exchange_check_size (guint64  size,
                         GError **error)
{
  if (size > SAM_EXCHANGE_MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (size);
      g_autofree char *limit = g_format_size (SAM_EXCHANGE_MAX_SIZE);

      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE,
                   /* Translators: both are sizes, such as "300.1 MB" */
                   _("The file is %s, larger than the %s that an import accepts"),
                   actual, limit);
      return FALSE;
    }

  return TRUE;
}

/* Opens a file to import, refusing one over the size limit before reading
 * it; @size is -1 for what has no size (a pipe, a device). */
static GInputStream *
open_input (GFile         *file,
            goffset       *size,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  g_assert (G_IS_FILE (file));

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  *size = -1;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
    {
      *size = g_file_info_get_size (info);
      if (!sam_exchange_check_size ((guint64)*size, error))
        return NULL;
      if (*size == 0)
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                       _("The file is empty"));
          return NULL;
        }
    }

  return G_INPUT_STREAM (g_file_read (file, cancellable, error));
}

/**
 * sam_exchange_export_file:
 * @store: a store
 * @meeting_uuid: (nullable): the meeting to export, or %NULL for everything
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the export to @file, replacing it only once the whole export has
 * succeeded.
 */
gboolean
sam_exchange_export_file (SamStore      *store,
                          const char    *meeting_uuid,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  gboolean existed;

  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  existed = g_file_query_exists (file, NULL);

  /* Written as a stream into a new file that replaces the old one when
   * closed, readable by its owner only: an export holds personal data. */
  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (output == NULL)
    return FALSE;

  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (output), 256 * 1024);
  /* Flushed before it is closed: closing the buffer closes the file, which
   * would commit the replacement even when the last flush failed (a full
   * disk replaced the previous export with a truncated one). */
  if (sam_exchange_export (store, meeting_uuid, buffered, cancellable, error)
      && g_output_stream_flush (buffered, cancellable, error)
      && g_output_stream_close (buffered, cancellable, error))
    return TRUE;

  /* Closed with a cancelled cancellable, the new file is dropped and the
   * old one, if any, stays as it was. */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (output), abandon, NULL);
  /* A new file is written in place: what was written of it goes. */
  if (!existed)
    g_file_delete (file, NULL, NULL);

  return FALSE;
}

/**
 * sam_exchange_export_file_async:
 *
 * Like sam_exchange_export_file(), in a worker thread with a connection of
 * its own to @store's database.
 */
void
sam_exchange_export_file_async (SamStore            *store,
                                const char          *meeting_uuid,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WorkerData *worker;

  g_return_if_fail (SAM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  xmlInitParser ();

  worker = g_new0 (WorkerData, 1);
  worker->path = g_strdup (sam_store_get_path (store));
  worker->meeting_uuid = g_strdup (meeting_uuid);
  worker->file = g_object_ref (file);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_exchange_export_file_async);
  g_task_set_task_data (task, worker, worker_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sam_exchange_export_file_finish (SamStore      *store,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sam_exchange_import_file:
 * @store: a store
 * @file: an exchange file
 * @progress: (nullable) (scope call): called with the share of the work done
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file as it goes (refusing one over %SAM_EXCHANGE_MAX_SIZE) and
 * imports it as sam_exchange_import_bytes() does.
 *
 * Returns: (transfer full) (nullable): what the import changed
 */
SamExchangeSummary *
sam_exchange_import_file (SamStore                 *store,
                          GFile                    *file,
                          SamExchangeProgressFunc   progress,
                          gpointer                  progress_data,
                          GCancellable             *cancellable,
                          GError                  **error)
{
  g_autoptr(GInputStream) input = NULL;
  goffset size;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  input = open_input (file, &size, cancellable, error);
  if (input == NULL)
    return NULL;

  return sam_exchange_import_stream (store, input, size, progress, progress_data, FALSE,
                                     cancellable, error);
}

/**
 * sam_exchange_import_file_async:
 * @store: a store
 * @file: an exchange file
 * @progress: (nullable): called on the calling thread's main context with
 *   the share of the work done, never after @callback
 * @progress_data: data for @progress
 * @progress_destroy: (nullable): frees @progress_data once the import is over
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the import is over
 * @user_data: data for @callback
 *
 * Imports @file in a worker thread, on a connection of its own to @store's
 * database, so that the window stays responsive.
 */
void
sam_exchange_import_file_async (SamStore                *store,
                                GFile                   *file,
                                SamExchangeProgressFunc  progress,
                                gpointer                 progress_data,
                                GDestroyNotify           progress_destroy,
                                GCancellable            *cancellable,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  WorkerData *worker;

  g_return_if_fail (SAM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  /* libxml2 wants its global state set up before threads use it. */
  xmlInitParser ();

  worker = g_new0 (WorkerData, 1);
  worker->path = g_strdup (sam_store_get_path (store));
  worker->file = g_object_ref (file);
  worker->progress = progress;
  worker->progress_data = progress_data;
  worker->progress_destroy = progress_destroy;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_exchange_import_file_async);
  g_task_set_task_data (task, worker, worker_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sam_exchange_import_file_finish:
 * @store: the store passed to sam_exchange_import_file_async()
 * @result: the result
 * @error: return location for a #GError
 *
 * Finishes the import. The worker wrote through another connection, so
 * @store has not announced the changes itself: this emits
 * #SamStore::changed (with id 0, "look again at everything") for every
 * table the import changed, which refreshes the live models.
 *
 * Returns: (transfer full) (nullable): what the import changed
 */
SamExchangeSummary *
sam_exchange_import_file_finish (SamStore      *store,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  SamExchangeSummary *summary;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  summary = g_task_propagate_pointer (G_TASK (result), error);
  if (summary != NULL)
    sam_exchange_summary_announce (summary, store);

  return summary;
}

/**
 * sam_exchange_preview_file_async:
 * @store: a store
 * @file: an exchange file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the preview is ready
 * @user_data: data for @callback
 *
 * Works out in a worker thread, on a connection of its own, what importing
 * @file would change (see sam_exchange_preview_bytes()), so that the user
 * can be asked before anything is merged.
 */
void
sam_exchange_preview_file_async (SamStore            *store,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WorkerData *worker;

  g_return_if_fail (SAM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  xmlInitParser ();

  worker = g_new0 (WorkerData, 1);
  worker->path = g_strdup (sam_store_get_path (store));
  worker->file = g_object_ref (file);
  worker->preview = TRUE;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_exchange_preview_file_async);
  g_task_set_task_data (task, worker, worker_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sam_exchange_preview_file_finish:
 * @store: the store passed to sam_exchange_preview_file_async()
 * @result: the result
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what an import of the file would
 *   change; nothing has changed
 */
SamExchangeSummary *
sam_exchange_preview_file_finish (SamStore      *store,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sam_exchange_get_example:
 *
 * Returns: (transfer full): the example dataset (MalmöLundregionen
 *   2015–2019) in the exchange format
 */
GBytes *
sam_exchange_get_example (void)
{
  GBytes *bytes = g_resources_lookup_data (EXAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);

  return bytes;
}

/**
 * sam_exchange_load_example:
 * @store: a store
 * @merge: whether to merge the example into a database that holds data
 * @summary: (out) (optional) (transfer full): what the import changed
 * @error: return location for a #GError
 *
 * Imports the example dataset. Unless @merge is set, a database that
 * already holds data is refused and left as it is.
 */
gboolean
sam_exchange_load_example (SamStore            *store,
                           gboolean             merge,
                           SamExchangeSummary **summary,
                           GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SamExchangeSummary) result = NULL;

  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);

  if (!merge && !sam_store_is_empty (store))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_EMPTY,
                   _("The database already holds data, so the example was not loaded. "
                     "Load it into an empty database, or merge it into this one."));
      return FALSE;
    }

  bytes = sam_exchange_get_example ();
  result = sam_exchange_import_bytes (store, bytes, NULL, NULL, NULL, error);
  if (result == NULL)
    return FALSE;

  if (summary != NULL)
    *summary = g_steal_pointer (&result);

  return TRUE;
}
