/* sam-exchange-import.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-exchange-private.h"
#include "sam-store-exchange.h"
#include "sam-store-private.h"

/* Import: a file that sam_exchange_read_document() accepted is merged in
 * one transaction. Records are matched by uuid; unknown ones are added
 * with the file's uuid and time, known ones overwritten only when the
 * file's version is newer; references are resolved by uuid, in the file or
 * the database. Any error rolls everything back. */

/* One record of the file. */
typedef struct
{
  const SamExchangeType *type;
  char                  *uuid;
  gint64                 id;
  int                    line;
} Record;

/* A reference to a record that comes later in the file (an agenda item's
 * parent, a body it reports to), set once that record is in. */
typedef struct
{
  Record                 *record;
  const SamExchangeField *field;
  char                   *target;
  int                     line;
  const char             *element;
} Fixup;

typedef struct
{
  SamStore                *store;
  SamExchangeSchema       *schema;
  SamExchangeSummary      *summary;
  GHashTable              *records;
  GArray                  *fixups;
  SamExchangeProgressFunc  progress;
  gpointer                 progress_data;
  GCancellable            *cancellable;
} Import;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_free (record->uuid);
  g_free (record);
}

static void
report_progress (Import *import,
                 double  fraction)
{
  if (import->progress != NULL)
    import->progress (CLAMP (fraction, 0.0, 1.0), import->progress_data);
}

/* Adds a record of the file to the index of uuids, refusing one given twice. */
static Record *
index_record (Import                 *import,
              const SamExchangeType  *type,
              xmlNode                *node,
              GError                **error)
{
  g_autofree char *uuid = sam_exchange_node_attribute (node, "uuid");
  Record *earlier = g_hash_table_lookup (import->records, uuid);
  Record *record;

  if (earlier != NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: the uuid %s is given a second time (first on line %d)"),
                   sam_exchange_node_line (node), uuid, earlier->line);
      return NULL;
    }

  record = g_new0 (Record, 1);
  record->type = type;
  record->uuid = g_steal_pointer (&uuid);
  record->line = sam_exchange_node_line (node);
  g_hash_table_insert (import->records, record->uuid, record);

  return record;
}

/* Settings from the file fill in what the database lacks; they never
 * overwrite the collaboration's own. Keys this version does not know are
 * skipped, so that a newer version's file still imports. */
static gboolean
import_setting (Import   *import,
                xmlNode  *node,
                GError  **error)
{
  const char * const *keys = sam_exchange_get_setting_keys ();
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  g_autofree char *current = NULL;

  key = sam_exchange_node_attribute (node, "key");
  if (key == NULL || !g_strv_contains (keys, key))
    return TRUE;

  value = sam_exchange_node_text (node);
  current = sam_store_get_setting (import->store, key);
  if (current != NULL || value == NULL || *value == '\0')
    return TRUE;

  if (!sam_store_set_setting (import->store, key, value, error))
    {
      g_prefix_error (error, _("line %d: "), sam_exchange_node_line (node));
      return FALSE;
    }

  sam_exchange_summary_count_setting (import->summary);

  return TRUE;
}

/* Finds the id of the record that a <… ref="uuid"/> element points at.
 * Sets @later instead when it is a record further on in the file that the
 * database does not have yet. */
static gboolean
resolve_reference (Import    *import,
                   xmlNode   *node,
                   GType      target,
                   gint64    *id,
                   char     **later,
                   GError   **error)
{
  g_autofree char *uuid = sam_exchange_node_attribute (node, "ref");
  const SamExchangeType *target_type = sam_exchange_schema_lookup_type (import->schema, target);
  Record *record;

  *id = 0;
  *later = NULL;

  record = uuid != NULL ? g_hash_table_lookup (import->records, uuid) : NULL;
  if (record != NULL && record->type->type != target)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE,
                   _("line %d: <%s> should refer to a <%s>, but %s is the <%s> on line %d"),
                   sam_exchange_node_line (node), (const char *)node->name, target_type->element,
                   uuid, record->type->element, record->line);
      return FALSE;
    }

  if (record != NULL && record->id != 0)
    {
      *id = record->id;
      return TRUE;
    }

  if (uuid != NULL)
    *id = sam_store_find_id (import->store, target, uuid);

  if (*id != 0 || uuid == NULL)
    return TRUE;

  /* Perhaps a record further on in the file: known at its end. */
  *later = g_steal_pointer (&uuid);

  return TRUE;
}

static void
set_dangling_error (Import      *import,
                    int          line,
                    const char  *element,
                    GType        target,
                    const char  *uuid,
                    GError     **error)
{
  const SamExchangeType *target_type = sam_exchange_schema_lookup_type (import->schema, target);

  g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE,
               _("line %d: <%s> refers to the <%s> %s, which is neither in the file nor in "
                 "the database"),
               line, element, target_type->element, uuid != NULL ? uuid : "");
}

static gboolean
resolve_links (Import   *import,
               GPtrArray *nodes,
               GType     target,
               GArray   *ids,
               GError  **error)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      xmlNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *later = NULL;
      gint64 id;

      if (!resolve_reference (import, node, target, &id, &later, error))
        return FALSE;

      /* The schema's order puts every linked type before the record. */
      if (later != NULL)
        {
          set_dangling_error (import, sam_exchange_node_line (node), (const char *)node->name,
                              target, later, error);
          return FALSE;
        }

      g_array_append_val (ids, id);
    }

  return TRUE;
}

static gboolean
read_field (Import                 *import,
            Record                 *record,
            SamEntity              *entity,
            const SamExchangeField *field,
            xmlNode                *node,
            GError                **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  if (field->target != G_TYPE_INVALID)
    {
      char *later = NULL;
      gint64 id;

      if (!resolve_reference (import, node, field->target, &id, &later, error))
        return FALSE;

      if (later != NULL)
        {
          Fixup fixup = { record, field, later, sam_exchange_node_line (node), field->element };

          g_array_append_val (import->fixups, fixup);
        }

      sam_entity_set_int64 (entity, field->pspec, id);
      return TRUE;
    }

  text = sam_exchange_node_text (node);
  if (!sam_exchange_value_from_string (field->pspec, text, &value))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: <%s> holds “%s”, which is not a valid value for it"),
                   sam_exchange_node_line (node), field->element, text);
      return FALSE;
    }

  sam_entity_set_value (entity, field->pspec, &value);

  return TRUE;
}

/* Stores an attachment's bytes, after checking them against the size and
 * checksum the file gives, which reveals a damaged or edited file. */
static gboolean
import_data (Import     *import,
             SamEntity  *entity,
             GPtrArray  *nodes,
             GError    **error)
{
  SamAttachment *attachment = SAM_ATTACHMENT (entity);
  g_autofree char *updated = g_strdup (sam_entity_get_updated_at (entity));
  g_autofree char *created = g_strdup (sam_entity_get_created_at (entity));
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GByteArray) decoded = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  xmlNode *first = g_ptr_array_index (nodes, 0);
  const char *expected;
  int state = 0;
  guint save = 0;

  /* The bytes come in one <data> (older files) or in several, decoded as
   * one stream; <data/> holds none. */
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autofree char *text = sam_exchange_node_text (g_ptr_array_index (nodes, i));
      gsize length = text != NULL ? strlen (text) : 0;
      guint old = decoded->len;

      if ((gsize)old + length / 4 * 3 + 3 > SAM_EXCHANGE_MAX_ATTACHMENT_SIZE)
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE,
                       _("line %d: the attachment “%s” is larger than an exchange file may "
                         "carry"),
                       sam_exchange_node_line (first), sam_attachment_get_title (attachment));
          return FALSE;
        }

      g_byte_array_set_size (decoded, old + (guint)(length / 4 * 3 + 3));
      g_byte_array_set_size (decoded, old + (guint)g_base64_decode_step (text != NULL ? text : "",
                                                                         length,
                                                                         decoded->data + old,
                                                                         &state, &save));
    }

  g_checksum_update (checksum, decoded->data, decoded->len);
  expected = sam_attachment_get_sha256 (attachment);

  if ((expected != NULL && g_ascii_strcasecmp (expected, g_checksum_get_string (checksum)) != 0)
      || (sam_attachment_get_size (attachment) != 0
          && sam_attachment_get_size (attachment) != (gint64)decoded->len))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: the data of the attachment “%s” does not match its size or "
                     "SHA-256 checksum; the file may be damaged"),
                   sam_exchange_node_line (first), sam_attachment_get_title (attachment));
      return FALSE;
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&decoded));
  if (!sam_store_set_attachment_data (import->store, attachment, bytes, error))
    return FALSE;

  /* Storing the bytes stamps the attachment as changed now; it keeps the
   * time from the file instead, or a second import would see a change. */
  sam_entity_set_updated_at (entity, updated);
  sam_entity_set_created_at (entity, created);

  return sam_store_save_as_is (import->store, entity, error);
}

static int
compare_times (const char *file_time,
               const char *database_time)
{
  g_autoptr(GDateTime) file = sam_exchange_parse_timestamp (file_time);
  g_autoptr(GDateTime) database = sam_exchange_parse_timestamp (database_time);

  if (database == NULL)
    return 1;
  if (file == NULL)
    return -1;

  return g_date_time_compare (file, database);
}

static gboolean
import_record (Import  *import,
               Record  *record,
               xmlNode *record_node,
               GError **error)
{
  const SamExchangeType *type = record->type;
  g_autoptr(SamEntity) entity = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  g_autoptr(GPtrArray) data = g_ptr_array_new ();
  g_autofree char *updated = sam_exchange_node_attribute (record_node, "updated");
  g_autoptr(GError) local_error = NULL;
  gint64 existing_id;
  guint first_fixup;

  existing_id = sam_store_find_id (import->store, type->type, record->uuid);
  if (existing_id != 0)
    {
      g_autoptr(SamEntity) existing = NULL;

      existing = sam_store_load_plain (import->store, type->type, existing_id, error);
      if (existing == NULL)
        return FALSE;

      if (compare_times (updated, sam_entity_get_updated_at (existing)) <= 0)
        {
          record->id = existing_id;
          sam_exchange_summary_count (import->summary, type->type, 0, 0, 1);
          return TRUE;
        }
    }

  first_fixup = import->fixups->len;
  entity = g_object_new (type->type, NULL);
  sam_entity_set_uuid (entity, record->uuid);
  sam_entity_set_updated_at (entity, updated);

  for (xmlNode *node = record_node->children; node != NULL; node = node->next)
    {
      const char *name = (const char *)node->name;
      const SamExchangeField *field;

      if (!sam_exchange_is_our_element (node))
        continue;

      field = g_hash_table_lookup (type->by_element, name);
      if (field != NULL)
        {
          if (!read_field (import, record, entity, field, node, error))
            return FALSE;
        }
      else if ((type->type == SAM_TYPE_FOCUS_QUESTION
                && g_str_equal (name, SAM_EXCHANGE_RESPONSIBLE))
               || (type->type == SAM_TYPE_AGENDA_ITEM
                   && g_str_equal (name, SAM_EXCHANGE_PRESENTER)))
        {
          g_ptr_array_add (links, node);
        }
      else if (type->type == SAM_TYPE_ATTACHMENT && g_str_equal (name, SAM_EXCHANGE_DATA))
        {
          g_ptr_array_add (data, node);
        }
      else
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                       _("line %d: element <%s> is not part of <%s>"),
                       sam_exchange_node_line (node), name, type->element);
          return FALSE;
        }
    }

  if (existing_id == 0)
    {
      gint64 twin_id = 0;

      if (!sam_store_find_twin (import->store, entity, &twin_id, error))
        return FALSE;

      if (twin_id != 0)
        {
          g_autoptr(SamEntity) twin = NULL;

          twin = sam_store_load_plain (import->store, type->type, twin_id, error);
          if (twin == NULL)
            return FALSE;

          record->id = twin_id;
          if (compare_times (updated, sam_entity_get_updated_at (twin)) <= 0)
            {
              sam_exchange_summary_count (import->summary, type->type, 0, 0, 1);
              return TRUE;
            }

          /* The database's row keeps its own uuid. */
          sam_entity_set_uuid (entity, sam_entity_get_uuid (twin));
          existing_id = twin_id;
        }
    }

  if (!sam_store_save_as_is (import->store, entity, &local_error))
    {
      /* A reference left for later that the row cannot be without: the
       * record it names is not there, as far as the file has gone. */
      if (import->fixups->len > first_fixup
          && g_error_matches (local_error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT))
        {
          Fixup *fixup = &g_array_index (import->fixups, Fixup, first_fixup);

          g_clear_error (&local_error);
          set_dangling_error (import, fixup->line, fixup->element, fixup->field->target,
                              fixup->target, error);
          return FALSE;
        }
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("line %d: "),
                                  sam_exchange_node_line (record_node));
      return FALSE;
    }
  record->id = sam_entity_get_id (entity);

  if (type->type == SAM_TYPE_FOCUS_QUESTION || type->type == SAM_TYPE_AGENDA_ITEM)
    {
      gboolean responsible = type->type == SAM_TYPE_FOCUS_QUESTION;
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      gboolean ok;

      if (!resolve_links (import, links, responsible ? SAM_TYPE_MUNICIPALITY : SAM_TYPE_PERSON,
                          ids, error))
        return FALSE;

      if (responsible)
        ok = sam_store_set_responsible_ids (import->store, record->id,
                                            (const gint64 *)(gpointer)ids->data, ids->len, error);
      else
        ok = sam_store_set_presenter_ids (import->store, record->id,
                                          (const gint64 *)(gpointer)ids->data, ids->len, error);
      if (!ok)
        {
          g_prefix_error (error, _("line %d: "), sam_exchange_node_line (record_node));
          return FALSE;
        }
    }

  if (data->len > 0 && !import_data (import, entity, data, &local_error))
    {
      if (!g_error_matches (local_error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID))
        g_prefix_error (&local_error, _("line %d: "),
                        sam_exchange_node_line (g_ptr_array_index (data, 0)));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  sam_exchange_summary_count (import->summary, type->type,
                              existing_id == 0 ? 1 : 0, existing_id != 0 ? 1 : 0, 0);

  return TRUE;
}

static void
fixup_clear (gpointer data)
{
  Fixup *fixup = data;

  g_free (fixup->target);
}

static gboolean
apply_fixups (Import  *import,
              GError **error)
{
  for (guint i = 0; i < import->fixups->len; i++)
    {
      Fixup *fixup = &g_array_index (import->fixups, Fixup, i);
      Record *target = g_hash_table_lookup (import->records, fixup->target);
      g_autoptr(SamEntity) entity = NULL;

      if (target == NULL || target->id == 0)
        {
          set_dangling_error (import, fixup->line, fixup->element, fixup->field->target,
                              fixup->target, error);
          return FALSE;
        }
      if (target->type->type != fixup->field->target)
        {
          const SamExchangeType *wanted = sam_exchange_schema_lookup_type (import->schema,
                                                                           fixup->field->target);

          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE,
                       _("line %d: <%s> should refer to a <%s>, but %s is the <%s> on line %d"),
                       fixup->line, fixup->element, wanted->element, fixup->target,
                       target->type->element, target->line);
          return FALSE;
        }

      entity = sam_store_load_plain (import->store, fixup->record->type->type,
                                     fixup->record->id, error);
      if (entity == NULL)
        return FALSE;

      /* The timestamps loaded are the file's, and saving keeps them. */
      sam_entity_set_int64 (entity, fixup->field->pspec, target->id);
      if (!sam_store_save_as_is (import->store, entity, error))
        {
          g_prefix_error (error, _("line %d: "), fixup->line);
          return FALSE;
        }
    }

  return TRUE;
}

/* One setting or record, as the reader hands it over. */
static gboolean
import_element (Import   *import,
                xmlNode  *node,
                GError  **error)
{
  const SamExchangeType *type;
  Record *record;

  if (!sam_exchange_is_our_element (node))
    return TRUE;

  if (xmlStrEqual (node->name, BAD_CAST "setting"))
    return import_setting (import, node, error);

  type = sam_exchange_schema_lookup_element (import->schema, (const char *)node->name);
  if (type == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: element <%s> is not part of the exchange format"),
                   sam_exchange_node_line (node), (const char *)node->name);
      return FALSE;
    }

  record = index_record (import, type, node, error);
  if (record == NULL)
    return FALSE;

  return import_record (import, record, node, error);
}

static gboolean
merge_stream (Import            *import,
              SamExchangeReader *reader,
              GError           **error)
{
  xmlNode *node;
  GError *local_error = NULL;

  while ((node = sam_exchange_reader_next (reader, &local_error)) != NULL)
    {
      if (g_cancellable_set_error_if_cancelled (import->cancellable, error))
        return FALSE;

      if (!import_element (import, node, &local_error))
        {
          /* A record that breaks the schema is reported as such. */
          GError *schema_error = NULL;

          if (!sam_exchange_reader_check_current (reader, &schema_error))
            {
              g_clear_error (&local_error);
              local_error = schema_error;
            }
          break;
        }

      report_progress (import, 0.95 * sam_exchange_reader_get_fraction (reader));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return apply_fixups (import, error);
}

/* Merges @input in one transaction, which it commits when @keep is set
 * and otherwise rolls back: the summary says what an import would do. */
static SamExchangeSummary *
merge_input (SamStore                 *store,
             GInputStream             *input,
             goffset                   size,
             SamExchangeProgressFunc   progress,
             gpointer                  progress_data,
             GCancellable             *cancellable,
             gboolean                  keep,
             GError                  **error)
{
  g_autoptr(SamExchangeSchema) schema = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GHashTable) records = NULL;
  g_autoptr(GArray) fixups = NULL;
  g_autoptr(SamExchangeReader) reader = NULL;
  Import import = { 0 };
  gboolean ok;

  if (progress != NULL)
    progress (0.0, progress_data);

  if (size > 0 && !sam_exchange_check_size ((guint64)size, error))
    return NULL;

  schema = sam_exchange_schema_new (store, error);
  if (schema == NULL)
    return NULL;

  summary = sam_exchange_summary_new ();
  records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, record_free);
  fixups = g_array_new (FALSE, FALSE, sizeof (Fixup));
  g_array_set_clear_func (fixups, fixup_clear);
  reader = sam_exchange_reader_new (input, size, cancellable);

  import.store = store;
  import.schema = schema;
  import.summary = summary;
  import.records = records;
  import.fixups = fixups;
  import.progress = progress;
  import.progress_data = progress_data;
  import.cancellable = cancellable;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  ok = sam_store_begin (store, error);
  if (ok)
    {
      ok = merge_stream (&import, reader, error);
      if (ok && keep)
        ok = sam_store_commit (store, error);
      if (!ok || !keep)
        sam_store_rollback (store);
    }

  if (!ok)
    return NULL;

  report_progress (&import, 1.0);

  return g_steal_pointer (&summary);
}

static SamExchangeSummary *
merge_bytes (SamStore                 *store,
             GBytes                   *bytes,
             SamExchangeProgressFunc   progress,
             gpointer                  progress_data,
             GCancellable             *cancellable,
             gboolean                  keep,
             GError                  **error)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_bytes (bytes);

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is empty"));
      return NULL;
    }

  return merge_input (store, input, (goffset)g_bytes_get_size (bytes), progress, progress_data,
                      cancellable, keep, error);
}

/**
 * sam_exchange_import_stream:
 * @store: a store
 * @input: the contents of an exchange file, read as the import goes
 * @size: its size for the progress, or -1 when unknown (a pipe)
 * @progress: (nullable) (scope call): called with the share of the work done
 * @progress_data: data for @progress
 * @preview: roll back at the end: the summary says what an import would do
 * @cancellable: (nullable): a #GCancellable, checked as the file is read
 * @error: return location for a #GError
 *
 * Like sam_exchange_import_bytes(), reading @input one record at a time.
 *
 * Returns: (transfer full) (nullable): what the import changed
 */
SamExchangeSummary *
sam_exchange_import_stream (SamStore                 *store,
                            GInputStream             *input,
                            goffset                   size,
                            SamExchangeProgressFunc   progress,
                            gpointer                  progress_data,
                            gboolean                  preview,
                            GCancellable             *cancellable,
                            GError                  **error)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), NULL);

  return merge_input (store, input, size, progress, progress_data, cancellable, !preview, error);
}

/**
 * sam_exchange_import_bytes:
 * @store: a store
 * @bytes: the contents of an exchange file
 * @progress: (nullable) (scope call): called with the share of the work done
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks @bytes and merges it into @store in one transaction: records
 * unknown to the database are added with the file's uuid and time, known
 * ones are overwritten when the file's version is newer and kept
 * otherwise. On any error, including cancellation, the database is left
 * as it was.
 *
 * Returns: (transfer full) (nullable): what the import changed
 */
SamExchangeSummary *
sam_exchange_import_bytes (SamStore                 *store,
                           GBytes                   *bytes,
                           SamExchangeProgressFunc   progress,
                           gpointer                  progress_data,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  return merge_bytes (store, bytes, progress, progress_data, cancellable, TRUE, error);
}

/**
 * sam_exchange_preview_bytes:
 * @store: a store
 * @bytes: the contents of an exchange file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks @bytes and works out what sam_exchange_import_bytes() would
 * change, without changing anything: the merge runs in a transaction that
 * is rolled back.
 *
 * Returns: (transfer full) (nullable): what an import would change
 */
SamExchangeSummary *
sam_exchange_preview_bytes (SamStore      *store,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  return merge_bytes (store, bytes, NULL, NULL, cancellable, FALSE, error);
}
