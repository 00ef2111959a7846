/* sam-store-schema.h: what the store reads of its own schema (private).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-store-private.h"

G_BEGIN_DECLS

/* The tables of the database, their keys and their foreign keys, as
 * pragma_table_list, pragma_table_info and pragma_foreign_key_list tell
 * them, read once per store, with the SQL that deletion with undo needs
 * composed from the names (never from values). */

typedef enum
{
  ACTION_NONE,
  ACTION_CASCADE,
  ACTION_SET_NULL,
  ACTION_SET_DEFAULT,
} Action;

typedef struct _Table Table;

/* One single-column foreign key: child.column REFERENCES parent(target). */
typedef struct
{
  Table  *child;
  int     column;
  Table  *parent;
  int     target;
  Action  on_delete;

  char   *select_children;   /* the child rows, every column */
  char   *select_child_keys; /* the child rows' keys */
  char   *select_children_in;    /* select_children for a JSON array of values */
  char   *select_child_links_in; /* the child rows' keys and the column, for a JSON array */
  char   *relink;            /* set the reference again where it is still empty */
  char   *fixup;             /* set the reference of a row by its rowid */
  char   *parent_exists;
  char   *move;              /* point a row (by its key) from one parent to another */
} ForeignKey;

struct _Table
{
  const char *name;          /* interned: change announcements keep it */
  char      **columns;
  gboolean   *not_null;
  guint       n_columns;
  guint       n_values;      /* the columns, and the rowid of a table without a key */
  int        *key;           /* indexes into the values */
  guint       n_key;
  int         id;            /* the INTEGER PRIMARY KEY column, or -1 */
  gboolean    without_rowid;
  GPtrArray  *references;    /* ForeignKey: this table's columns */
  GPtrArray  *referenced_by; /* ForeignKey: columns of other tables that point here */

  char       *select_by_key;
  char       *insert;
  char       *delete_by_key;
  char       *id_taken;
  char       *ids_taken;     /* which of a JSON array of ids are taken */
  char       *dump;
};

typedef struct
{
  GPtrArray  *tables;        /* Table, by name */
  GHashTable *by_name;       /* folded name → Table */
  GPtrArray  *foreign_keys;
} Schema;

Schema *sam_store_get_schema  (SamStore    *store,
                               GError     **error);
Schema *sam_schema_ref        (Schema      *schema);
void    sam_schema_unref      (gpointer     schema);
Table  *sam_schema_find_table (Schema      *schema,
                               const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Schema, sam_schema_unref)

G_END_DECLS
