/* sam-exchange-private.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "sam-exchange.h"

G_BEGIN_DECLS

/* The elements that are not fields of the entity class: the relations that
 * the store keeps in link tables, and an attachment's bytes. */
#define SAM_EXCHANGE_RESPONSIBLE "responsible"
#define SAM_EXCHANGE_PRESENTER   "presenter"
#define SAM_EXCHANGE_DATA        "data"

/* How one field of an entity class is written: a value, or a reference to
 * another entity by uuid. */
typedef struct
{
  GParamSpec *pspec;
  char       *element;
  GType       target;
} SamExchangeField;

typedef struct
{
  GType             type;
  const char       *table;
  char             *element;
  SamExchangeField *fields;
  guint             n_fields;
  GHashTable       *by_element;
} SamExchangeType;

/* The format as the entity classes and the database schema define it:
 * every stored type in the schema's element order, its stored fields, and
 * for every reference the type it points at (read from the foreign keys,
 * so that no list of references is kept by hand). */
typedef struct
{
  SamExchangeType *types;
  guint            n_types;
} SamExchangeSchema;

SamExchangeSchema     *sam_exchange_schema_new            (SamStore           *store,
                                                           GError            **error);
void                   sam_exchange_schema_free           (SamExchangeSchema  *schema);
const SamExchangeType *sam_exchange_schema_lookup_element (SamExchangeSchema  *schema,
                                                           const char         *element);
const SamExchangeType *sam_exchange_schema_lookup_type    (SamExchangeSchema  *schema,
                                                           GType               type);

const char * const    *sam_exchange_get_setting_keys      (void);

char                  *sam_exchange_value_to_string       (GParamSpec         *pspec,
                                                           const GValue       *value);
gboolean               sam_exchange_value_from_string     (GParamSpec         *pspec,
                                                           const char         *text,
                                                           GValue             *value);
GDateTime             *sam_exchange_parse_timestamp       (const char         *text);
char                  *sam_exchange_normalize_timestamp   (const char         *text);

void                   sam_exchange_summary_count         (SamExchangeSummary *self,
                                                           GType               type,
                                                           guint               added,
                                                           guint               updated,
                                                           guint               unchanged);
void                   sam_exchange_summary_count_setting (SamExchangeSummary *self);
void                   sam_exchange_summary_announce      (SamExchangeSummary *self,
                                                           SamStore           *store);

typedef struct _SamExchangeReader SamExchangeReader;

SamExchangeReader     *sam_exchange_reader_new            (GInputStream       *input,
                                                           goffset             size,
                                                           GCancellable       *cancellable);
void                   sam_exchange_reader_free           (SamExchangeReader  *self);
xmlNode               *sam_exchange_reader_next           (SamExchangeReader  *self,
                                                           GError            **error);
gboolean               sam_exchange_reader_check_current  (SamExchangeReader  *self,
                                                           GError            **error);
double                 sam_exchange_reader_get_fraction   (SamExchangeReader  *self);
int                    sam_exchange_node_line             (const xmlNode      *node);
char                  *sam_exchange_node_text             (const xmlNode      *node);
char                  *sam_exchange_node_attribute        (const xmlNode      *node,
                                                           const char         *name);
gboolean               sam_exchange_is_our_element        (const xmlNode      *node);

gboolean               sam_exchange_check_size            (guint64             size,
                                                           GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamExchangeSchema, sam_exchange_schema_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamExchangeReader, sam_exchange_reader_free)

G_END_DECLS
