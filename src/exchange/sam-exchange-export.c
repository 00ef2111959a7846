/* sam-exchange-export.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>

#include "sam-exchange-private.h"
#include "sam-store-exchange.h"
#include "sam-store-private.h"

/* Export: the whole dataset, or one meeting with everything it refers to,
 * streamed through xmlTextWriter. The output is deterministic (types in the
 * schema's order, records by uuid, fields in declaration order, defaults
 * left out), so two exports of the same data are byte for byte the same
 * and diff well. */

/* Attachment bytes are encoded this many at a time. */
#define BASE64_CHUNK (48 * 1024)

typedef struct
{
  SamStore          *store;
  SamExchangeSchema *schema;
  GOutputStream     *output;
  GCancellable      *cancellable;
  xmlTextWriterPtr   writer;
  GError            *write_error;
} Export;

static int
write_cb (void       *context,
          const char *buffer,
          int         len)
{
  Export *export = context;

  if (export->write_error != NULL)
    return -1;

  if (!g_output_stream_write_all (export->output, buffer, (gsize)len, NULL,
                                  export->cancellable, &export->write_error))
    return -1;

  return len;
}

static int
close_cb (void *context)
{
  /* The stream belongs to the caller, who closes it. */
  return 0;
}

/* Turns a failed xmlTextWriter call into an error: the stream's own error
 * if writing failed there, a general one otherwise. */
static gboolean
check_written (Export  *export,
               int      rc,
               GError **error)
{
  if (rc >= 0 && export->write_error == NULL)
    return TRUE;

  if (export->write_error != NULL)
    g_propagate_error (error, g_steal_pointer (&export->write_error));
  else
    g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                 _("The export could not be written"));

  return FALSE;
}

static gboolean
start_element (Export      *export,
               const char  *name,
               GError     **error)
{
  return check_written (export, xmlTextWriterStartElement (export->writer, BAD_CAST name), error);
}

static gboolean
write_attribute (Export      *export,
                 const char  *name,
                 const char  *value,
                 GError     **error)
{
  return check_written (export,
                        xmlTextWriterWriteAttribute (export->writer, BAD_CAST name, BAD_CAST value),
                        error);
}

static gboolean
end_element (Export  *export,
             GError **error)
{
  return check_written (export, xmlTextWriterEndElement (export->writer), error);
}

static gboolean
is_xml_text (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return FALSE;
      if ((c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_reference (Export      *export,
                 const char  *element,
                 GType        target,
                 gint64       id,
                 SamEntity   *entity,
                 GError     **error)
{
  g_autofree char *uuid = sam_store_find_uuid (export->store, target, id);

  if (uuid == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE,
                   _("The record %s refers through <%s> to a record that no longer exists; "
                     "check the database"),
                   sam_entity_get_uuid (entity), element);
      return FALSE;
    }

  return start_element (export, element, error)
         && write_attribute (export, "ref", uuid, error)
         && end_element (export, error);
}

static gboolean
write_links (Export      *export,
             const char  *element,
             GType        target,
             GArray      *ids,
             SamEntity   *entity,
             GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    if (!write_reference (export, element, target, g_array_index (ids, gint64, i), entity, error))
      return FALSE;

  return TRUE;
}

static gboolean
write_data (Export     *export,
            SamEntity  *entity,
            GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *encoded = NULL;
  const guchar *data;
  gsize size;
  gsize length;
  int state = 0;
  int save = 0;

  bytes = sam_store_load_attachment_data (export->store, sam_entity_get_id (entity), error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    return TRUE;

  /* Refused here rather than by the importer at the other end, where
   * libxml2's limit on one text (10 MB, 7 MB before base64) applies. */
  if (size > SAM_EXCHANGE_MAX_ATTACHMENT_SIZE)
    {
      g_autofree char *actual = g_format_size (size);
      g_autofree char *limit = g_format_size (SAM_EXCHANGE_MAX_ATTACHMENT_SIZE);

      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE,
                   /* Translators: the last two are sizes, such as "12.3 MB" */
                   _("The attachment “%s” is %s, larger than the %s that an exchange file can "
                     "carry; make it smaller or remove it, and export again"),
                   sam_attachment_get_title (SAM_ATTACHMENT (entity)), actual, limit);
      return FALSE;
    }

  /* Room for one chunk as GLib documents it, with line breaks. */
  length = (BASE64_CHUNK / 3 + 1) * 4 + 4;
  encoded = g_malloc (length + length / 76 + 16);

  /* One <data> per SAM_EXCHANGE_DATA_CHUNK bytes (a multiple of three, so
   * only the last has padding): no text of the file is larger than 1 MiB. */
  for (gsize start = 0; start < size; start += SAM_EXCHANGE_DATA_CHUNK)
    {
      gsize end = MIN (size, start + SAM_EXCHANGE_DATA_CHUNK);

      if (!start_element (export, SAM_EXCHANGE_DATA, error))
        return FALSE;

      for (gsize offset = start; offset < end; offset += BASE64_CHUNK)
        {
          gsize n = MIN (BASE64_CHUNK, end - offset);
          gsize written;

          if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
            return FALSE;

          written = g_base64_encode_step (data + offset, n, TRUE, encoded, &state, &save);
          if (!check_written (export, xmlTextWriterWriteRawLen (export->writer, BAD_CAST encoded,
                                                                (int)written), error))
            return FALSE;
        }

      length = g_base64_encode_close (TRUE, encoded, &state, &save);
      state = save = 0;
      if (!check_written (export, xmlTextWriterWriteRawLen (export->writer, BAD_CAST encoded,
                                                            (int)length), error)
          || !end_element (export, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_entity (Export                 *export,
              const SamExchangeType  *type,
              SamEntity              *entity,
              GError                **error)
{
  g_autofree char *updated = sam_exchange_normalize_timestamp (sam_entity_get_updated_at (entity));
  gint64 id = sam_entity_get_id (entity);

  if (updated == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                   _("The record %s has no valid time of its last change; check the database"),
                   sam_entity_get_uuid (entity));
      return FALSE;
    }

  if (!start_element (export, type->element, error)
      || !write_attribute (export, "uuid", sam_entity_get_uuid (entity), error)
      || !write_attribute (export, "updated", updated, error))
    return FALSE;

  for (guint i = 0; i < type->n_fields; i++)
    {
      const SamExchangeField *field = &type->fields[i];
      const GValue *value = sam_entity_peek_value (entity, field->pspec);
      g_autofree char *text = NULL;

      if (g_param_value_defaults (field->pspec, value))
        continue;

      if (field->target != G_TYPE_INVALID)
        {
          if (!write_reference (export, field->element, field->target,
                                g_value_get_int64 (value), entity, error))
            return FALSE;
          continue;
        }

      text = sam_exchange_value_to_string (field->pspec, value);
      if (text == NULL)
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                       "The field %s of %s has a type the exchange format cannot write",
                       field->pspec->name, type->element);
          return FALSE;
        }

      if (!is_xml_text (text))
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                       /* Translators: the first is a field such as "title", the
                        * second a record such as "meeting" */
                       _("The %s of the %s %s holds a character that an XML file cannot "
                         "carry, such as a control character; correct the text and export again"),
                       field->element, type->element, sam_entity_get_uuid (entity));
          return FALSE;
        }

      if (!check_written (export, xmlTextWriterWriteElement (export->writer,
                                                             BAD_CAST field->element,
                                                             BAD_CAST text), error))
        return FALSE;
    }

  if (type->type == SAM_TYPE_FOCUS_QUESTION)
    {
      g_autoptr(GArray) ids = sam_store_get_responsible_ids (export->store, id);

      if (!write_links (export, SAM_EXCHANGE_RESPONSIBLE, SAM_TYPE_MUNICIPALITY, ids, entity,
                        error))
        return FALSE;
    }
  else if (type->type == SAM_TYPE_AGENDA_ITEM)
    {
      g_autoptr(GArray) ids = sam_store_get_presenter_ids (export->store, id);

      if (!write_links (export, SAM_EXCHANGE_PRESENTER, SAM_TYPE_PERSON, ids, entity, error))
        return FALSE;
    }
  else if (type->type == SAM_TYPE_ATTACHMENT)
    {
      if (!write_data (export, entity, error))
        return FALSE;
    }

  return end_element (export, error);
}

static gboolean
write_settings (Export  *export,
                GError **error)
{
  const char * const *keys = sam_exchange_get_setting_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = sam_store_get_setting (export->store, keys[i]);

      if (value == NULL || !is_xml_text (value))
        continue;

      if (!start_element (export, "setting", error)
          || !write_attribute (export, "key", keys[i], error)
          || !check_written (export, xmlTextWriterWriteString (export->writer, BAD_CAST value),
                             error)
          || !end_element (export, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_all (Export  *export,
           GError **error)
{
  for (guint t = 0; t < export->schema->n_types; t++)
    {
      const SamExchangeType *type = &export->schema->types[t];
      g_autoptr(GArray) ids = sam_store_list_ids_by_uuid (export->store, type->type, error);

      if (ids == NULL)
        return FALSE;

      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(SamEntity) entity = NULL;

          if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
            return FALSE;

          entity = sam_store_load_plain (export->store, type->type,
                                         g_array_index (ids, gint64, i), error);
          if (entity == NULL || !write_entity (export, type, entity, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* A meeting's export: the set of records it holds, per type, and the
 * records still to look at for what they refer to. */
typedef struct
{
  GHashTable **selected;
  GQueue       pending;
} Selection;

static gboolean
select_record (Export     *export,
               Selection  *selection,
               GType       type,
               gint64      id,
               GError    **error)
{
  const SamExchangeType *info = sam_exchange_schema_lookup_type (export->schema, type);
  GHashTable *selected = selection->selected[info - export->schema->types];
  SamEntity *entity;

  if (g_hash_table_contains (selected, &id))
    return TRUE;

  entity = sam_store_load_plain (export->store, type, id, error);
  if (entity == NULL)
    return FALSE;

  g_hash_table_insert (selected, g_memdup2 (&id, sizeof id), entity);
  g_queue_push_tail (&selection->pending, entity);

  return TRUE;
}

static gboolean
select_ids (Export      *export,
            Selection   *selection,
            GType        type,
            gint64       meeting_id,
            GError     **error)
{
  g_autoptr(GArray) ids = sam_store_list_meeting_parts (export->store, type, meeting_id, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!select_record (export, selection, type, g_array_index (ids, gint64, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
select_links (Export     *export,
              Selection  *selection,
              GType       type,
              GArray     *ids,
              GError    **error)
{
  for (guint i = 0; i < ids->len; i++)
    if (!select_record (export, selection, type, g_array_index (ids, gint64, i), error))
      return FALSE;

  return TRUE;
}

/* Adds everything @entity refers to, so that the file imports into an
 * empty database. */
static gboolean
select_references (Export     *export,
                   Selection  *selection,
                   SamEntity  *entity,
                   GError    **error)
{
  const SamExchangeType *type = sam_exchange_schema_lookup_type (export->schema,
                                                                 G_OBJECT_TYPE (entity));
  gint64 id = sam_entity_get_id (entity);

  for (guint i = 0; i < type->n_fields; i++)
    {
      const SamExchangeField *field = &type->fields[i];
      gint64 target_id;

      if (field->target == G_TYPE_INVALID)
        continue;

      target_id = sam_entity_get_int64 (entity, field->pspec);
      if (target_id != 0 && !select_record (export, selection, field->target, target_id, error))
        return FALSE;
    }

  if (type->type == SAM_TYPE_FOCUS_QUESTION)
    {
      g_autoptr(GArray) ids = sam_store_get_responsible_ids (export->store, id);

      return select_links (export, selection, SAM_TYPE_MUNICIPALITY, ids, error);
    }
  else if (type->type == SAM_TYPE_AGENDA_ITEM)
    {
      g_autoptr(GArray) ids = sam_store_get_presenter_ids (export->store, id);

      return select_links (export, selection, SAM_TYPE_PERSON, ids, error);
    }

  return TRUE;
}

static int
compare_uuids (gconstpointer a,
               gconstpointer b)
{
  SamEntity *entity_a = *(SamEntity **)a;
  SamEntity *entity_b = *(SamEntity **)b;

  return g_strcmp0 (sam_entity_get_uuid (entity_a), sam_entity_get_uuid (entity_b));
}

static gboolean
write_meeting (Export      *export,
               const char  *meeting_uuid,
               GError     **error)
{
  Selection selection = { NULL, G_QUEUE_INIT };
  gboolean ok = TRUE;
  gint64 meeting_id;

  meeting_id = sam_store_find_id (export->store, SAM_TYPE_MEETING, meeting_uuid);
  if (meeting_id == 0)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_FOUND,
                   _("There is no meeting with the UUID %s in the database"), meeting_uuid);
      return FALSE;
    }

  selection.selected = g_new0 (GHashTable *, export->schema->n_types);
  for (guint t = 0; t < export->schema->n_types; t++)
    selection.selected[t] = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                   g_free, g_object_unref);

  ok = select_record (export, &selection, SAM_TYPE_MEETING, meeting_id, error)
       && select_ids (export, &selection, SAM_TYPE_ATTENDANCE, meeting_id, error)
       && select_ids (export, &selection, SAM_TYPE_AGENDA_ITEM, meeting_id, error)
       && select_ids (export, &selection, SAM_TYPE_ATTACHMENT, meeting_id, error)
       /* Decisions and assignments hang off the meeting's items. */
       && select_ids (export, &selection, SAM_TYPE_DECISION, meeting_id, error)
       && select_ids (export, &selection, SAM_TYPE_ASSIGNMENT, meeting_id, error);

  while (ok && !g_queue_is_empty (&selection.pending))
    ok = select_references (export, &selection, g_queue_pop_head (&selection.pending), error);

  for (guint t = 0; ok && t < export->schema->n_types; t++)
    {
      const SamExchangeType *type = &export->schema->types[t];
      g_autoptr(GPtrArray) entities = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, selection.selected[t]);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (entities, value);

      g_ptr_array_sort (entities, compare_uuids);
      for (guint i = 0; ok && i < entities->len; i++)
        ok = write_entity (export, type, g_ptr_array_index (entities, i), error);
    }

  g_queue_clear (&selection.pending);
  for (guint t = 0; t < export->schema->n_types; t++)
    g_hash_table_unref (selection.selected[t]);
  g_free (selection.selected);

  return ok;
}

static gboolean
write_document (Export      *export,
                const char  *meeting_uuid,
                GError     **error)
{
  xmlTextWriterPtr writer = export->writer;

  if (!check_written (export, xmlTextWriterSetIndent (writer, 1), error)
      || !check_written (export, xmlTextWriterSetIndentString (writer, BAD_CAST "  "), error)
      || !check_written (export, xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL), error)
      || !start_element (export, "samverkan", error)
      || !write_attribute (export, "xmlns", SAM_EXCHANGE_NAMESPACE, error)
      || !write_attribute (export, "version", "1", error))
    return FALSE;

  if (!write_settings (export, error))
    return FALSE;

  if (meeting_uuid != NULL ? !write_meeting (export, meeting_uuid, error)
                           : !write_all (export, error))
    return FALSE;

  return check_written (export, xmlTextWriterEndDocument (writer), error)
         && check_written (export, xmlTextWriterFlush (writer), error);
}

/**
 * sam_exchange_export:
 * @store: a store
 * @meeting_uuid: (nullable): the meeting to export, or %NULL for everything
 * @output: where to write; it is not closed
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the whole dataset, or one meeting with its attendance, agenda
 * items (with their presenters), decisions, assignments and attachments
 * and every record these refer to, in the exchange format.
 */
gboolean
sam_exchange_export (SamStore       *store,
                     const char     *meeting_uuid,
                     GOutputStream  *output,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(SamExchangeSchema) schema = NULL;
  Export export = { 0 };
  xmlOutputBufferPtr buffer;
  gboolean snapshot;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  xmlInitParser ();

  schema = sam_exchange_schema_new (store, error);
  if (schema == NULL)
    return FALSE;

  export.store = store;
  export.schema = schema;
  export.output = output;
  export.cancellable = cancellable;

  buffer = xmlOutputBufferCreateIO (write_cb, close_cb, &export, NULL);
  export.writer = xmlNewTextWriter (buffer);
  if (export.writer == NULL)
    {
      xmlOutputBufferClose (buffer);
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                   _("The export could not be started"));
      return FALSE;
    }

  /* One read transaction, so that the file is a consistent snapshot even
   * when another connection writes meanwhile (WAL lets both go on). */
  snapshot = sam_store_begin_snapshot (store);

  ok = write_document (&export, meeting_uuid, error);

  if (snapshot)
    sam_store_end_snapshot (store);

  xmlFreeTextWriter (export.writer);

  if (ok && export.write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&export.write_error));
      ok = FALSE;
    }
  g_clear_error (&export.write_error);

  return ok;
}

/**
 * sam_exchange_export_bytes:
 *
 * Like sam_exchange_export(), into memory.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
sam_exchange_export_bytes (SamStore      *store,
                           const char    *meeting_uuid,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  if (!sam_exchange_export (store, meeting_uuid, output, cancellable, error)
      || !g_output_stream_close (output, cancellable, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
}
