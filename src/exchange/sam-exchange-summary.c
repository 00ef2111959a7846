/* sam-exchange-summary.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-exchange-private.h"

/* What an import did: for each entity type, how many records it added,
 * updated, and left unchanged (because the database held the same or a
 * newer version). */

typedef struct
{
  GType type;
  guint added;
  guint updated;
  guint unchanged;
} Counts;

struct _SamExchangeSummary
{
  GArray *counts;
  guint   settings;
};

/* Headings of the summary's lines, one per entity type, by table. */
static const struct {
  const char *table;
  const char *label;
} type_labels[] = {
  { "municipality", N_("Municipalities") },
  { "person", N_("People") },
  { "plan", N_("Plans") },
  { "area", N_("Development areas") },
  { "focus_question", N_("Focus questions") },
  { "focus_year", N_("Focus question years") },
  { "body", N_("Groups and networks") },
  { "membership", N_("Memberships") },
  { "activity", N_("Activities") },
  { "meeting", N_("Meetings") },
  { "attendance", N_("Attendance") },
  { "study_trip", N_("Study trips") },
  { "agenda_item", N_("Agenda items") },
  { "attachment", N_("Attachments") },
  { "decision", N_("Decisions") },
  { "assignment", N_("Assignments") },
  { "destination", N_("Destinations") },
  { "trip_participant", N_("Trip participants") },
  { "programme_item", N_("Programme items") },
};

static const char *
type_label (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const char *table = sam_entity_class_get_table (SAM_ENTITY_CLASS (klass));

  for (guint i = 0; i < G_N_ELEMENTS (type_labels); i++)
    if (g_str_equal (type_labels[i].table, table))
      return _(type_labels[i].label);

  return table;
}

static Counts *
find_counts (SamExchangeSummary *self,
             GType               type)
{
  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);

      if (counts->type == type)
        return counts;
    }

  return NULL;
}

static void
append_counts (GString *text,
               guint    added,
               guint    updated,
               guint    unchanged)
{
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *unchanged_text = NULL;

  added_text = g_strdup_printf (ngettext ("%u added", "%u added", added), added);
  updated_text = g_strdup_printf (ngettext ("%u updated", "%u updated", updated), updated);
  unchanged_text = g_strdup_printf (ngettext ("%u unchanged", "%u unchanged", unchanged),
                                    unchanged);

  /* Translators: "5 added, 2 updated, 30 unchanged", records of an import */
  g_string_append_printf (text, _("%s, %s, %s"), added_text, updated_text, unchanged_text);
}

SamExchangeSummary *
sam_exchange_summary_new (void)
{
  SamExchangeSummary *self = g_new0 (SamExchangeSummary, 1);
  const GType *types;
  guint n_types;

  types = sam_store_get_entity_types (&n_types);
  self->counts = g_array_sized_new (FALSE, TRUE, sizeof (Counts), n_types);
  for (guint i = 0; i < n_types; i++)
    {
      Counts counts = { types[i], 0, 0, 0 };

      g_array_append_val (self->counts, counts);
    }

  return self;
}

void
sam_exchange_summary_free (SamExchangeSummary *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->counts, g_array_unref);
  g_free (self);
}

void
sam_exchange_summary_count (SamExchangeSummary *self,
                            GType               type,
                            guint               added,
                            guint               updated,
                            guint               unchanged)
{
  Counts *counts = find_counts (self, type);

  g_return_if_fail (counts != NULL);

  counts->added += added;
  counts->updated += updated;
  counts->unchanged += unchanged;
}

void
sam_exchange_summary_count_setting (SamExchangeSummary *self)
{
  self->settings++;
}

/**
 * sam_exchange_summary_get_added:
 * @self: a summary
 * @type: an entity type, or %G_TYPE_INVALID for all types together
 *
 * Returns: the number of records of @type that the import added
 */
guint
sam_exchange_summary_get_added (SamExchangeSummary *self,
                                GType               type)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);

      if (type == G_TYPE_INVALID || counts->type == type)
        total += counts->added;
    }

  return total;
}

/**
 * sam_exchange_summary_get_updated:
 * @self: a summary
 * @type: an entity type, or %G_TYPE_INVALID for all types together
 *
 * Returns: the number of records of @type that the file held in a newer
 *   version, which the import wrote over the database's
 */
guint
sam_exchange_summary_get_updated (SamExchangeSummary *self,
                                  GType               type)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);

      if (type == G_TYPE_INVALID || counts->type == type)
        total += counts->updated;
    }

  return total;
}

/**
 * sam_exchange_summary_get_unchanged:
 * @self: a summary
 * @type: an entity type, or %G_TYPE_INVALID for all types together
 *
 * Returns: the number of records of @type that the database already held
 *   in the same or a newer version, which the import kept
 */
guint
sam_exchange_summary_get_unchanged (SamExchangeSummary *self,
                                    GType               type)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);

      if (type == G_TYPE_INVALID || counts->type == type)
        total += counts->unchanged;
    }

  return total;
}

/**
 * sam_exchange_summary_get_settings:
 *
 * Returns: the number of settings (such as the organization's name) that
 *   the import filled in because the database had none
 */
guint
sam_exchange_summary_get_settings (SamExchangeSummary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->settings;
}

gboolean
sam_exchange_summary_has_changes (SamExchangeSummary *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->settings > 0
         || sam_exchange_summary_get_added (self, G_TYPE_INVALID) > 0
         || sam_exchange_summary_get_updated (self, G_TYPE_INVALID) > 0;
}

static char *
format_summary (SamExchangeSummary *self,
                const char         *heading)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint added, updated, unchanged;

  added = sam_exchange_summary_get_added (self, G_TYPE_INVALID);
  updated = sam_exchange_summary_get_updated (self, G_TYPE_INVALID);
  unchanged = sam_exchange_summary_get_unchanged (self, G_TYPE_INVALID);

  g_string_append (text, heading);
  append_counts (text, added, updated, unchanged);
  g_string_append_c (text, '\n');

  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);

      if (counts->added + counts->updated + counts->unchanged == 0)
        continue;

      /* Translators: a heading such as "Meetings", followed by counts */
      g_string_append_printf (text, _("  %s: "), type_label (counts->type));
      append_counts (text, counts->added, counts->updated, counts->unchanged);
      g_string_append_c (text, '\n');
    }

  if (self->settings > 0)
    {
      g_string_append_printf (text,
                              ngettext ("  %u setting filled in\n",
                                        "  %u settings filled in\n",
                                        self->settings),
                              self->settings);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sam_exchange_summary_format:
 * @self: a summary
 *
 * Returns: (transfer full): the summary as text: a first line with the
 *   totals, then one line for each type the file held
 */
char *
sam_exchange_summary_format (SamExchangeSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: followed by "5 added, 2 updated, 30 unchanged" */
  return format_summary (self, _("Imported records: "));
}

/**
 * sam_exchange_summary_format_preview:
 * @self: a summary from sam_exchange_preview_bytes()
 *
 * Returns: (transfer full): the summary as sam_exchange_summary_format()
 *   writes it, for an import that has not happened yet
 */
char *
sam_exchange_summary_format_preview (SamExchangeSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: before an import; followed by "5 added, 2 updated, 30 unchanged" */
  return format_summary (self, _("Records in the file: "));
}

/* Tells @store's live models about an import that another connection made. */
void
sam_exchange_summary_announce (SamExchangeSummary *self,
                               SamStore           *store)
{
  for (guint i = 0; i < self->counts->len; i++)
    {
      Counts *counts = &g_array_index (self->counts, Counts, i);
      g_autoptr(GTypeClass) klass = NULL;

      if (counts->added + counts->updated == 0)
        continue;

      klass = g_type_class_ref (counts->type);
      g_signal_emit_by_name (store, "changed",
                             sam_entity_class_get_table (SAM_ENTITY_CLASS (klass)),
                             (gint64)0, (int)SAM_STORE_CHANGE_UPDATE);
    }

  if (self->settings > 0)
    g_signal_emit_by_name (store, "changed", "setting", (gint64)0, (int)SAM_STORE_CHANGE_UPDATE);
}
