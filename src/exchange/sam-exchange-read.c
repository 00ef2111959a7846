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

#include "sam-exchange-private.h"

/* Reading a file to import, before anything touches the database:
 *
 * 1. parse safely: no DTD, no entities, no network, any DOCTYPE refused as
 *    soon as the parser meets it, libxml2's limits on depth and text size
 *    left on (no XML_PARSE_HUGE);
 * 2. validate against the embedded RELAX NG schema, reporting the first
 *    problem with its line.
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
parser_error_cb (void        *user_data,
                 SamXmlError  error)
{
  xmlParserCtxt *ctxt = user_data;

  record_problem (ctxt->_private, error);
}

static void
validity_error_cb (void        *user_data,
                   SamXmlError  error)
{
  record_problem (user_data, error);
}

static void
ignore_error_cb (void        *user_data,
                 SamXmlError  error)
{
}

/* The parser calls this on <!DOCTYPE ...>, before it reads the internal
 * subset where entities would be declared: stopping here refuses external
 * entities and entity bombs without expanding anything. */
static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  Problem *problem = ctxt->_private;

  problem->doctype = TRUE;
  problem->doctype_line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

static gboolean
message_mentions (const char *message,
                  const char *word)
{
  g_autofree char *folded = g_ascii_strdown (message, -1);

  return strstr (folded, word) != NULL;
}

static xmlDoc *
parse_safely (GBytes  *bytes,
              GError **error)
{
  g_auto(Problem) problem = { 0 };
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  gboolean well_formed;
  gconstpointer data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);

  if (!sam_exchange_check_size (size, error))
    return NULL;

  if (size == 0)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                   _("The file is empty"));
      return NULL;
    }

  ctxt = xmlCreateMemoryParserCtxt (data, (int)size);
  if (ctxt == NULL)
    {
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                   _("The XML reader could not be started"));
      return NULL;
    }

  xmlCtxtUseOptions (ctxt, PARSE_OPTIONS);
  ctxt->_private = &problem;
  ctxt->sax->serror = parser_error_cb;
  ctxt->sax->internalSubset = internal_subset_cb;

  xmlParseDocument (ctxt);

  doc = g_steal_pointer (&ctxt->myDoc);
  well_formed = ctxt->wellFormed;
  xmlFreeParserCtxt (ctxt);

  if (problem.doctype)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_UNSAFE,
                   _("line %d: the file has a document type declaration (<!DOCTYPE>), which "
                     "can pull in other files or expand into huge amounts of text; Samverkan "
                     "files never have one, so the file was refused"),
                   problem.doctype_line);
      return NULL;
    }

  if (!well_formed || doc == NULL)
    {
      const char *message = problem.message != NULL ? problem.message : "";

      g_clear_pointer (&doc, xmlFreeDoc);

      if (problem.code == XML_ERR_NO_MEMORY
          || message_mentions (message, "huge")
          || message_mentions (message, "depth")
          || message_mentions (message, "limit"))
        g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE,
                     _("line %d: the file goes beyond a safety limit of the XML reader (%s); "
                       "a text longer than 10 MB, such as an attachment of more than 7 MB, "
                       "or elements nested too deeply cause this"),
                     problem.line, message);
      else
        g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                     _("line %d: the file is not well-formed XML: %s"),
                     problem.line, message);
      return NULL;
    }

  return doc;
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
check_records (xmlNode  *root,
               int      *line,
               GError  **error)
{
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *uuid = NULL;
      g_autofree char *updated = NULL;
      g_autoptr(GDateTime) time = NULL;
      const char *name = (const char *)node->name;

      if (!sam_exchange_is_our_element (node) || !is_record_element (name))
        continue;

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

static gboolean
validate_document (xmlDoc  *doc,
                   GError **error)
{
  g_autoptr(GBytes) rng = NULL;
  g_auto(Problem) problem = { 0 };
  g_autoptr(GError) record_error = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  xmlRelaxNGValidCtxt *validator;
  gconstpointer data;
  gsize size;
  int record_line = 0;
  int rc;

  if (!check_root (xmlDocGetRootElement (doc), error))
    return FALSE;

  rng = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (rng != NULL);
  data = g_bytes_get_data (rng, &size);

  parser = xmlRelaxNGNewMemParserCtxt (data, (int)size);
  xmlRelaxNGSetParserStructuredErrors (parser, ignore_error_cb, NULL);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert (schema != NULL);

  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, validity_error_cb, &problem);
  rc = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlRelaxNGFree (schema);

  if (rc == 0)
    return TRUE;

  /* The schema says "failed to validate attributes" where a person wants
   * to hear which attribute: a plainer message wins when it is about the
   * same place or an earlier one. */
  if (!check_records (xmlDocGetRootElement (doc), &record_line, &record_error)
      && (!problem.found || record_line <= problem.line))
    {
      g_propagate_error (error, g_steal_pointer (&record_error));
      return FALSE;
    }

  if (rc < 0 || !problem.found)
    g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_FAILED,
                 _("The file could not be checked against the schema of the exchange format"));
  else
    g_set_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID,
                 /* Translators: the second is libxml2's message, in English */
                 _("line %d: the file does not follow the exchange format: %s"),
                 problem.line, problem.message);

  return FALSE;
}

xmlDoc *
sam_exchange_read_document (GBytes  *bytes,
                            GError **error)
{
  xmlDoc *doc;

  xmlInitParser ();

  doc = parse_safely (bytes, error);
  if (doc == NULL)
    return NULL;

  if (!validate_document (doc, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
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
  xmlDoc *doc;

  g_return_val_if_fail (bytes != NULL, FALSE);

  doc = sam_exchange_read_document (bytes, error);
  if (doc == NULL)
    return FALSE;

  xmlFreeDoc (doc);

  return TRUE;
}
