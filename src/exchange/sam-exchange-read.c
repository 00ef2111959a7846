/* sam-exchange-read.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>

#include "sam-exchange-private.h"

/* Reading a file to import, one record at a time:
 *
 * 1. parse safely: no DTD, no entities, no network, any DOCTYPE refused
 *    before the parser sees it, limits of our own on the raw bytes and
 *    libxml2's on depth and text size left on (no XML_PARSE_HUGE);
 * 2. validate against the embedded RELAX NG schema as the reader goes,
 *    reporting the first problem with its line.
 */

#define SCHEMA_RESOURCE "/io/github/samverkan/Samverkan/core/samverkan-exchange.rng"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING \
                       | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)

/* libxml2 2.12 made the structured error const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *SamXmlError;
#else
typedef xmlError *SamXmlError;
#endif

/* The first problem libxml2 reported, and whether the parser met a DOCTYPE. */
typedef struct
{
  gboolean  found;
  int       line;
  int       code;
  char     *message;
  gboolean  doctype;
  int       doctype_line;
} Problem;

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Problem, problem_clear)

int
sam_exchange_node_line (const xmlNode *node)
{
  return (int)xmlGetLineNo (node);
}

char *
sam_exchange_node_text (const xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *)content);

  xmlFree (content);

  return text;
}

char *
sam_exchange_node_attribute (const xmlNode *node,
                             const char    *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *text = g_strdup ((const char *)value);

  xmlFree (value);

  return text;
}

gboolean
sam_exchange_is_our_element (const xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && xmlStrEqual (node->ns->href, BAD_CAST SAM_EXCHANGE_NAMESPACE);
}

static int
error_line (SamXmlError error)
{
  /* Validity errors name a node; its line is right even past 65535. */
  if (error->node != NULL && ((xmlNode *)error->node)->type == XML_ELEMENT_NODE)
    return sam_exchange_node_line (error->node);

  return error->line;
}

static void
record_problem (Problem     *problem,
                SamXmlError  error)
{
  g_auto(GStrv) lines = NULL;

  if (error->level == XML_ERR_WARNING)
    return;

  /* Some validity errors (inside an interleave) come without a place; the
   * next error, about the enclosing element, has it. */
  if (problem->found)
    {
      if (problem->line <= 0)
        problem->line = error_line (error);
      return;
    }

  problem->found = TRUE;
  problem->code = error->code;
  problem->line = error_line (error);

  /* libxml2's messages end in a newline and sometimes go on with a dump
   * of the bytes; the first line is the message. */
  lines = g_strsplit (error->message != NULL ? error->message : "", "\n", 2);
  problem->message = g_strstrip (g_strdup (lines[0] != NULL ? lines[0] : ""));
}

static void
ignore_error_cb (void        *user_data,
                 SamXmlError  error)
{
}

static gboolean
message_mentions (const char *message,
                  const char *word)
{
  g_autofree char *folded = g_ascii_strdown (message, -1);

  return strstr (folded, word) != NULL;
}

static gboolean
is_uuid (const char *text)
{
  /* Lowercase RFC 4122 text, versions 1 to 8, variant 10xx: the schema's pattern. */
  static const char shape[] = "xxxxxxxx-xxxx-Vxxx-Wxxx-xxxxxxxxxxxx";

  if (text == NULL || strlen (text) != sizeof shape - 1)
    return FALSE;

  for (gsize i = 0; i < sizeof shape - 1; i++)
    {
      char c = text[i];
      gboolean hex = g_ascii_isdigit (c) || (c >= 'a' && c <= 'f');

      switch (shape[i])
        {
        case '-':
          if (c != '-')
            return FALSE;
          break;

        case 'V':
          if (c < '1' || c > '8')
            return FALSE;
          break;

        case 'W':
          if (c != '8' && c != '9' && c != 'a' && c != 'b')
            return FALSE;
          break;

        default:
          if (!hex)
            return FALSE;
          break;
        }
    }

  return TRUE;
}

/* Looks for the problems that people make most, on the identity of each
 * record, to report them more plainly than the schema can. */
static gboolean
is_record_element (const char *name)
{
  g_autofree char *table = g_strdelimit (g_strdup (name), "-", '_');
  const GType *types;
  guint n_types;

  types = sam_store_get_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      if (g_str_equal (table, sam_entity_class_get_table (SAM_ENTITY_CLASS (klass))))
        return TRUE;
    }

  return FALSE;
}

static gboolean
check_record (xmlNode  *node,
              int      *line,
              GError  **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *updated = NULL;
  g_autoptr(GDateTime) time = NULL;
  const char *name = (const char *)node->name;

  if (!sam_exchange_is_our_element (node) || !is_record_element (name))
    return TRUE;

  *line = sam_exchange_node_line (node);
  uuid = sam_exchange_node_attribute (node, "uuid");
  updated = sam_exchange_node_attribute (node, "updated");

  if (uuid == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: element <%s> lacks the attribute uuid"), *line, name);
      return FALSE;
    }
  if (!is_uuid (uuid))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: element <%s> has the uuid “%s”, which is not a UUID in "
                     "lowercase"),
                   *line, name, uuid);
      return FALSE;
    }
  if (updated == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: element <%s> lacks the attribute updated"), *line, name);
      return FALSE;
    }
  time = sam_exchange_parse_timestamp (updated);
  if (time == NULL || !g_str_has_suffix (updated, "Z"))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("line %d: element <%s> has the time “%s” in updated, which is not a "
                     "UTC time such as 2019-01-29T17:00:00Z"),
                   *line, name, updated);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_root (xmlNode  *root,
            GError  **error)
{
  g_autofree char *version = NULL;

  if (root == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is not a Samverkan export: it has no root element"));
      return FALSE;
    }

  if (!xmlStrEqual (root->name, BAD_CAST "samverkan"))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is not a Samverkan export: the root element is <%s>"),
                   (const char *)root->name);
      return FALSE;
    }

  if (!sam_exchange_is_our_element (root))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is not a Samverkan export: its root element is not in the "
                     "namespace %s"),
                   SAM_EXCHANGE_NAMESPACE);
      return FALSE;
    }

  version = sam_exchange_node_attribute (root, "version");
  if (version != NULL && !g_str_equal (version, "1"))
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is in version %s of the exchange format, which this version "
                     "of Samverkan cannot read; update Samverkan and try again"),
                   version);
      return FALSE;
    }

  return TRUE;
}

/* Streaming: a file is read through xmlTextReader one record at a time, so
 * that memory is bounded by one record whatever the file's size, and the
 * bytes pass a scan of our own before libxml2 sees them. The scan enforces
 * what libxml2 2.9 does not, or does too slowly: no <!DOCTYPE> (nor any
 * other declaration), few attributes per element (libxml2 checks them for
 * duplicates in quadratic time), short tags, text runs no longer than a
 * field may be, bounded records and a bounded number of elements. */

/* Attributes per element: the format uses at most three. */
#define MAX_ATTRIBUTES 16
/* Bytes of one tag, attributes included. */
#define MAX_TAG_BYTES (64 * 1024)
/* Bytes of one text run: a field's characters, each escaped as &#xHHHHH;. */
#define MAX_FIELD_BYTES ((gsize)SAM_FIELD_MAX_TEXT * 10)
/* Bytes of one text run inside <data>: the old format's one element for
 * all of an attachment (libxml2's own limit on a text). */
#define MAX_DATA_BYTES ((gsize)10 * 1000 * 1000)
/* Bytes of one record: the largest attachment in base64 and then some. */
#define MAX_RECORD_BYTES ((gsize)SAM_EXCHANGE_MAX_ATTACHMENT_SIZE / 3 * 4 * 78 / 76 \
                          + MAX_DATA_BYTES)
/* Bytes between records (space, comments). */
#define MAX_GAP_BYTES ((gsize)1024 * 1024)
/* Elements of one record and of a whole file. */
#define MAX_RECORD_ELEMENTS 10000
#define MAX_ELEMENTS ((guint64)50 * 1000 * 1000)

#define READ_CHUNK 65536

typedef enum
{
  SCAN_TEXT,
  SCAN_LT,
  SCAN_BANG,
  SCAN_COMMENT,
  SCAN_CDATA,
  SCAN_PI,
  SCAN_TAG,
  SCAN_QUOTE,
} ScanState;

typedef struct
{
  ScanState state;
  char      quote;
  char      bang[8];
  guint     n_bang;
  guint     run;            /* '-', ']' or '?' just before, for the ends */
  gboolean  end_tag;
  gboolean  slash;
  gboolean  in_name;
  char      name[8];
  guint     n_name;
  char      element[8];     /* the last start tag's name, cut short */
  guint     attributes;
  gsize     tag_bytes;
  gsize     text_bytes;
  int       depth;
  gsize     record_bytes;
  gsize     gap_bytes;
  guint     record_elements;
  guint64   elements;
  guint64   total;
  int       line;
} Scan;

struct _SamExchangeReader
{
  GInputStream     *input;
  GCancellable     *cancellable;
  goffset           size;
  xmlTextReaderPtr  reader;
  xmlRelaxNG       *schema;
  Problem           problem;
  Scan              scan;
  GError           *read_error;
  gboolean          started;
  gboolean          on_record;
  gboolean          root_seen;
  GError           *record_error;
  int               record_error_line;
};

static gboolean
scan_fail (Scan        *scan,
           GError     **error,
           int          code,
           const char  *message)
{
  g_set_error (error, SAM_EXCHANGE_ERROR, code, _("line %d: %s"), scan->line, message);
  return FALSE;
}

static gboolean
scan_bytes (Scan        *scan,
            const char  *data,
            gsize        length,
            GError     **error)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      scan->total++;
      if (c == '\n')
        scan->line++;

      if (scan->depth >= 2)
        {
          if (++scan->record_bytes > MAX_RECORD_BYTES)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("a record of the file is larger than an import accepts"));
        }
      else if (++scan->gap_bytes > MAX_GAP_BYTES)
        return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                          _("the file holds more than 1 MiB of space or comments between "
                            "two records"));

      switch (scan->state)
        {
        case SCAN_TEXT:
          if (c == '<')
            {
              scan->state = SCAN_LT;
              scan->text_bytes = 0;
            }
          else if (++scan->text_bytes > (g_str_equal (scan->element, "data") ? MAX_DATA_BYTES
                                                                              : MAX_FIELD_BYTES))
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("a text of the file is longer than any field may be"));
          break;

        case SCAN_LT:
          if (c == '!')
            {
              scan->state = SCAN_BANG;
              scan->n_bang = 0;
            }
          else if (c == '?')
            {
              scan->state = SCAN_PI;
              scan->run = 0;
            }
          else
            {
              scan->state = SCAN_TAG;
              scan->end_tag = c == '/';
              scan->slash = FALSE;
              scan->in_name = !scan->end_tag;
              scan->n_name = 0;
              scan->attributes = 0;
              scan->tag_bytes = 1;
              if (scan->in_name)
                scan->name[scan->n_name++] = c;
            }
          break;

        case SCAN_BANG:
          scan->bang[scan->n_bang++] = c;
          if (scan->n_bang == 2 && memcmp (scan->bang, "--", 2) == 0)
            {
              scan->state = SCAN_COMMENT;
              scan->run = 0;
            }
          else if (scan->n_bang == 7 && memcmp (scan->bang, "[CDATA[", 7) == 0)
            {
              scan->state = SCAN_CDATA;
              scan->run = 0;
            }
          else if (strncmp (scan->bang, "--", MIN (scan->n_bang, 2)) != 0
                   && strncmp (scan->bang, "[CDATA[", MIN (scan->n_bang, 7)) != 0)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_UNSAFE,
                              _("the file has a document type declaration (<!DOCTYPE>), "
                                "which can pull in other files or expand into huge amounts "
                                "of text; Samverkan files never have one, so the file was "
                                "refused"));
          break;

        case SCAN_COMMENT:
          if (c == '>' && scan->run >= 2)
            scan->state = SCAN_TEXT;
          scan->run = c == '-' ? scan->run + 1 : 0;
          break;

        case SCAN_CDATA:
          if (c == '>' && scan->run >= 2)
            scan->state = SCAN_TEXT;
          else if (c != ']' && ++scan->text_bytes > MAX_DATA_BYTES)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("a text of the file is longer than any field may be"));
          scan->run = c == ']' ? scan->run + 1 : 0;
          break;

        case SCAN_PI:
          if (c == '>' && scan->run == 1)
            scan->state = SCAN_TEXT;
          scan->run = c == '?' ? 1 : 0;
          break;

        case SCAN_TAG:
          if (++scan->tag_bytes > MAX_TAG_BYTES)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("a tag of the file is longer than an import accepts"));
          if (scan->in_name)
            {
              if (g_ascii_isspace (c) || c == '/' || c == '>')
                scan->in_name = FALSE;
              else if (scan->n_name < sizeof scan->name - 1)
                scan->name[scan->n_name++] = c;
            }
          if (c == '"' || c == '\'')
            {
              scan->state = SCAN_QUOTE;
              scan->quote = c;
            }
          else if (c == '=' && ++scan->attributes > MAX_ATTRIBUTES)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("an element of the file has more attributes than an import "
                                "accepts"));
          else if (c == '>')
            {
              scan->state = SCAN_TEXT;
              scan->text_bytes = 0;
              if (scan->end_tag)
                {
                  scan->depth--;
                  scan->element[0] = '\0';
                }
              else
                {
                  const char *local = memchr (scan->name, ':', scan->n_name);

                  scan->name[scan->n_name] = '\0';
                  g_strlcpy (scan->element, local != NULL ? local + 1 : scan->name,
                             sizeof scan->element);

                  if (++scan->elements > MAX_ELEMENTS)
                    return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                                      _("the file has more elements than an import accepts"));
                  if (scan->depth == 1)
                    {
                      scan->record_bytes = 0;
                      scan->record_elements = 0;
                    }
                  if (scan->depth >= 1 && ++scan->record_elements > MAX_RECORD_ELEMENTS)
                    return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                                      _("a record of the file has more elements than an "
                                        "import accepts"));
                  if (!scan->slash)
                    scan->depth++;
                }
              if (scan->depth <= 1)
                scan->gap_bytes = 0;
            }
          scan->slash = c == '/';
          break;

        case SCAN_QUOTE:
          if (c == scan->quote)
            scan->state = SCAN_TAG;
          else if (++scan->tag_bytes > MAX_TAG_BYTES)
            return scan_fail (scan, error, SAM_EXCHANGE_ERROR_TOO_LARGE,
                              _("a tag of the file is longer than an import accepts"));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static int
reader_read_cb (void *context,
                char *buffer,
                int   length)
{
  SamExchangeReader *self = context;
  gssize n;

  if (self->read_error != NULL)
    return -1;

  if (g_cancellable_set_error_if_cancelled (self->cancellable, &self->read_error))
    return -1;

  n = g_input_stream_read (self->input, buffer, (gsize)MIN (length, READ_CHUNK),
                           self->cancellable, &self->read_error);
  if (n < 0)
    return -1;

  if (!scan_bytes (&self->scan, buffer, (gsize)n, &self->read_error))
    return -1;

  return (int)n;
}

static int
reader_close_cb (void *context)
{
  return 0;
}

static void
reader_error_cb (void        *user_data,
                 SamXmlError  error)
{
  SamExchangeReader *self = user_data;

  record_problem (&self->problem, error);
}

static xmlRelaxNG *
load_schema (void)
{
  g_autoptr(GBytes) rng = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  gconstpointer data;
  gsize size;

  rng = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (rng != NULL);
  data = g_bytes_get_data (rng, &size);

  parser = xmlRelaxNGNewMemParserCtxt (data, (int)size);
  xmlRelaxNGSetParserStructuredErrors (parser, ignore_error_cb, NULL);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert (schema != NULL);

  return schema;
}

/**
 * sam_exchange_reader_new:
 * @input: the file's contents
 * @size: its size, or -1 when unknown (a pipe)
 * @cancellable: (nullable): checked whenever bytes are read
 *
 * Returns: (transfer full): a reader of the file's settings and records
 */
SamExchangeReader *
sam_exchange_reader_new (GInputStream *input,
                         goffset       size,
                         GCancellable *cancellable)
{
  SamExchangeReader *self = g_new0 (SamExchangeReader, 1);

  xmlInitParser ();

  self->input = g_object_ref (input);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->size = size;
  self->scan.line = 1;

  return self;
}

void
sam_exchange_reader_free (SamExchangeReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_pointer (&self->schema, xmlRelaxNGFree);
  problem_clear (&self->problem);
  g_clear_error (&self->read_error);
  g_clear_error (&self->record_error);
  g_clear_object (&self->input);
  g_clear_object (&self->cancellable);
  g_free (self);
}

/**
 * sam_exchange_reader_get_fraction:
 *
 * Returns: the share of the file read, or 0 when its size is unknown
 */
double
sam_exchange_reader_get_fraction (SamExchangeReader *self)
{
  if (self->size <= 0)
    return 0.0;

  return MIN (1.0, (double)self->scan.total / (double)self->size);
}

/* Turns what stopped the reader into an error. */
static void
reader_set_error (SamExchangeReader  *self,
                  GError            **error)
{
  const char *message = self->problem.message != NULL ? self->problem.message : "";

  if (self->read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->read_error));
      return;
    }

  if (self->scan.total == 0)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is empty"));
      return;
    }

  if (self->problem.code == XML_ERR_NO_MEMORY
      || message_mentions (message, "huge")
      || message_mentions (message, "depth")
      || message_mentions (message, "limit"))
    g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE,
                 _("line %d: the file goes beyond a safety limit of the XML reader (%s); "
                   "a text longer than 10 MB, such as an attachment of more than 7 MB, "
                   "or elements nested too deeply cause this"),
                 self->problem.line, message);
  else
    g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                 _("line %d: the file is not well-formed XML: %s"),
                 self->problem.line > 0 ? self->problem.line : self->scan.line, message);
}

/* A validity problem, reported as plainly as can be: a problem with the
 * identity of @record (when given) wins when it is about the same place
 * or an earlier one. */
static gboolean is_validity_problem (SamExchangeReader *self);

static void
validity_set_error (SamExchangeReader  *self,
                    GError            **error)
{
  if (self->record_error != NULL && self->record_error_line <= self->problem.line)
    {
      g_propagate_error (error, g_steal_pointer (&self->record_error));
      return;
    }

  g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
               /* Translators: the second is libxml2's message, in English */
               _("line %d: the file does not follow the exchange format: %s"),
               self->problem.line, self->problem.message);
}

/* Moves past the record returned last, which the schema's check of it
 * (done as the reader passes its end) may refuse. */
static gboolean
leave_record (SamExchangeReader  *self,
              int                *rc,
              GError            **error)
{
  self->on_record = FALSE;
  *rc = xmlTextReaderNext (self->reader);

  if (*rc < 0 || self->read_error != NULL || (self->problem.found && !is_validity_problem (self)))
    {
      reader_set_error (self, error);
      return FALSE;
    }
  if (is_validity_problem (self))
    {
      validity_set_error (self, error);
      return FALSE;
    }

  g_clear_error (&self->record_error);

  return TRUE;
}

static gboolean
is_validity_problem (SamExchangeReader *self)
{
  return self->problem.found
         && xmlTextReaderIsValid (self->reader) != 1
         && self->read_error == NULL;
}

/**
 * sam_exchange_reader_next:
 * @self: a reader
 * @error: return location for a #GError
 *
 * Moves to the next setting or record of the file, past the one returned
 * before (which is then checked against the schema and freed).
 *
 * Returns: (transfer none) (nullable): the element, whole, until the next
 *   call; %NULL at the end of the file or with @error set
 */
xmlNode *
sam_exchange_reader_next (SamExchangeReader  *self,
                          GError            **error)
{
  int rc;

  if (self->reader == NULL)
    {
      self->reader = xmlReaderForIO (reader_read_cb, reader_close_cb, self, NULL, NULL,
                                     PARSE_OPTIONS);
      if (self->reader == NULL)
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                       _("The XML reader could not be started"));
          return NULL;
        }
      self->schema = load_schema ();
      xmlTextReaderSetStructuredErrorHandler (self->reader, reader_error_cb, self);
      if (xmlTextReaderRelaxNGSetSchema (self->reader, self->schema) != 0)
        {
          g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                       _("The file could not be checked against the schema of the exchange format"));
          return NULL;
        }
    }

  if (self->on_record)
    {
      if (!leave_record (self, &rc, error))
        return NULL;
    }
  else
    {
      rc = xmlTextReaderRead (self->reader);
    }

  for (; rc == 1; rc = xmlTextReaderRead (self->reader))
    {
      int type = xmlTextReaderNodeType (self->reader);
      int depth = xmlTextReaderDepth (self->reader);
      xmlNode *node;

      if (self->read_error != NULL)
        break;

      if (type != XML_READER_TYPE_ELEMENT)
        {
          if (is_validity_problem (self))
            {
              validity_set_error (self, error);
              return NULL;
            }
          continue;
        }

      node = xmlTextReaderCurrentNode (self->reader);

      if (depth == 0)
        {
          if (!check_root (node, error))
            return NULL;
          self->root_seen = TRUE;
          if (is_validity_problem (self))
            {
              validity_set_error (self, error);
              return NULL;
            }
          continue;
        }

      if (depth != 1)
        continue;

      if (xmlTextReaderExpand (self->reader) == NULL || self->read_error != NULL
          || (self->problem.found && !is_validity_problem (self)))
        break;

      /* Its identity checked now, while it is whole, for a plainer
       * message than the schema's should the schema refuse it. */
      g_clear_error (&self->record_error);
      check_record (node, &self->record_error_line, &self->record_error);

      if (is_validity_problem (self))
        {
          validity_set_error (self, error);
          return NULL;
        }

      self->on_record = TRUE;

      return node;
    }

  if (rc < 0 || self->read_error != NULL || (self->problem.found && !is_validity_problem (self)))
    {
      reader_set_error (self, error);
      return NULL;
    }

  if (is_validity_problem (self))
    {
      validity_set_error (self, error);
      return NULL;
    }

  if (!self->root_seen)
    {
      if (self->scan.total == 0)
        g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                     _("The file is empty"));
      else
        g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                     _("The file is not a Samverkan export: it has no root element"));
      return NULL;
    }

  return NULL;
}

/**
 * sam_exchange_reader_check_current:
 * @self: a reader
 * @error: return location for a #GError
 *
 * After an error while handling the element sam_exchange_reader_next()
 * returned: checks it against the schema, so that a record that breaks the
 * schema is reported as such rather than by what it broke.
 *
 * Returns: %FALSE with @error set if the element breaks the schema
 */
gboolean
sam_exchange_reader_check_current (SamExchangeReader  *self,
                                   GError            **error)
{
  int rc;

  if (!self->on_record)
    return TRUE;

  return leave_record (self, &rc, error);
}

/**
 * sam_exchange_validate:
 * @bytes: the contents of a file
 * @error: return location for a #GError
 *
 * Checks that @bytes is a safe, well-formed file that follows the exchange
 * format's schema, without a database.
 *
 * Returns: %TRUE if it is
 */
gboolean
sam_exchange_validate (GBytes  *bytes,
                       GError **error)
{
  g_autoptr(GInputStream) input = NULL;
  SamExchangeReader *reader;
  GError *local_error = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);

  input = g_memory_input_stream_new_from_bytes (bytes);
  reader = sam_exchange_reader_new (input, (goffset)g_bytes_get_size (bytes), NULL);
  while (sam_exchange_reader_next (reader, &local_error) != NULL)
    ;
  sam_exchange_reader_free (reader);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}
