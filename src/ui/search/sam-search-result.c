/* sam-search-result.c: one hit of the global search, for a list view.
 *
 * What the row shows is made once, when the hit arrives: the snippet as
 * markup (the user's text escaped, the matched words in bold) and one line
 * of where it is from (date, body, page). The first hit of each kind
 * carries the kind's heading, which the row shows above itself: GTK 4.8's
 * list views have no section headers.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-search"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-date.h"
#include "sam-search-result.h"

struct _SamSearchResult
{
  GObject  parent_instance;

  char    *kind;
  char    *uuid;
  char    *title;
  char    *snippet;
  char    *detail;
  char    *heading;
  char    *meeting_uuid;
  char    *parent_uuid;
  int      page;
};

G_DEFINE_FINAL_TYPE (SamSearchResult, sam_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SNIPPET,
  PROP_DETAIL,
  PROP_HEADING,
  PROP_HAS_HEADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The date of an ISO date or date-time as the locale writes it; a year
 * alone (a focus question's year) as it is. */
static char *
format_date (const char *iso)
{
  g_autofree char *date = NULL;

  if (iso == NULL || iso[0] == '\0')
    return NULL;

  date = g_strndup (iso, 10);
  return sam_date_format (date);
}

static char *
make_detail (const SamSearchHit *hit)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = format_date (hit->date);

  if (date != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&date));
  if (hit->body != NULL && hit->body[0] != '\0')
    g_ptr_array_add (parts, g_strdup (hit->body));
  if (hit->page > 0)
    /* Translators: where in an attachment's PDF the words were found. */
    g_ptr_array_add (parts, g_strdup_printf (_("page %d"), hit->page));
  if (hit->in_note)
    g_ptr_array_add (parts, g_strdup (_("in the internal note")));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the date, the body and the page of
   * a search result. */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

static void
sam_search_result_finalize (GObject *object)
{
  SamSearchResult *self = SAM_SEARCH_RESULT (object);

  g_free (self->kind);
  g_free (self->uuid);
  g_free (self->title);
  g_free (self->snippet);
  g_free (self->detail);
  g_free (self->heading);
  g_free (self->meeting_uuid);
  g_free (self->parent_uuid);

  G_OBJECT_CLASS (sam_search_result_parent_class)->finalize (object);
}

static void
sam_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamSearchResult *self = SAM_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case PROP_HAS_HEADING:
      g_value_set_boolean (value, self->heading != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_search_result_class_init (SamSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_search_result_finalize;
  object_class->get_property = sam_search_result_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_HEADING] =
    g_param_spec_boolean ("has-heading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_search_result_init (SamSearchResult *self)
{
}

/**
 * sam_search_result_new:
 * @hit: a hit of the store's search
 * @heading: (nullable): the heading of the hit's kind, for the first hit
 *   of a kind
 */
SamSearchResult *
sam_search_result_new (const SamSearchHit *hit,
                       const char         *heading)
{
  SamSearchResult *self;

  g_return_val_if_fail (hit != NULL, NULL);

  self = g_object_new (SAM_TYPE_SEARCH_RESULT, NULL);
  self->kind = g_strdup (hit->kind);
  self->uuid = g_strdup (hit->uuid);
  self->title = g_strdup (hit->title != NULL && hit->title[0] != '\0' ? hit->title : _("Untitled"));
  self->snippet = sam_search_hit_snippet_markup (hit);
  self->detail = make_detail (hit);
  self->heading = g_strdup (heading);
  self->meeting_uuid = g_strdup (hit->meeting_uuid);
  self->parent_uuid = g_strdup (hit->parent_uuid);
  self->page = hit->page;

  return self;
}

/* Replaces @field by @value, notifying @prop when it changed. */
static void
take_string (SamSearchResult  *self,
             char            **field,
             const char       *value,
             int               prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * sam_search_result_update:
 * @from: another result
 *
 * Makes @self the hit @from is, notifying what the row shows that changed:
 * the list keeps its rows for the next keystroke's hits instead of
 * building new ones.
 */
void
sam_search_result_update (SamSearchResult *self,
                          SamSearchResult *from)
{
  gboolean had_heading;

  g_return_if_fail (SAM_IS_SEARCH_RESULT (self));
  g_return_if_fail (SAM_IS_SEARCH_RESULT (from));

  had_heading = self->heading != NULL;
  g_object_freeze_notify (G_OBJECT (self));
  take_string (self, &self->kind, from->kind, PROP_0);
  take_string (self, &self->uuid, from->uuid, PROP_0);
  take_string (self, &self->meeting_uuid, from->meeting_uuid, PROP_0);
  take_string (self, &self->parent_uuid, from->parent_uuid, PROP_0);
  take_string (self, &self->title, from->title, PROP_TITLE);
  take_string (self, &self->snippet, from->snippet, PROP_SNIPPET);
  take_string (self, &self->detail, from->detail, PROP_DETAIL);
  take_string (self, &self->heading, from->heading, PROP_HEADING);
  if (had_heading != (self->heading != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_HEADING]);
  self->page = from->page;
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
sam_search_result_get_kind (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->kind;
}

const char *
sam_search_result_get_uuid (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->uuid;
}

const char *
sam_search_result_get_title (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

const char *
sam_search_result_get_heading (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->heading;
}

const char *
sam_search_result_get_meeting_uuid (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->meeting_uuid;
}

const char *
sam_search_result_get_parent_uuid (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), NULL);
  return self->parent_uuid;
}

int
sam_search_result_get_page (SamSearchResult *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_RESULT (self), 0);
  return self->page;
}

/**
 * sam_search_kind_heading:
 * @kind: a kind of sam_search_get_kinds()
 *
 * Returns: (transfer none): the heading of the kind's group of results,
 *   translated
 */
const char *
sam_search_kind_heading (const char *kind)
{
  static const struct { const char *kind; const char *heading; } headings[] = {
    { "meeting", N_("Meetings") },
    { "agenda-item", N_("Agenda items") },
    { "decision", N_("Decisions") },
    { "assignment", N_("Assignments") },
    { "focus-question", N_("Focus questions") },
    { "activity", N_("Activities") },
    { "person", N_("People") },
    { "group", N_("Groups and networks") },
    { "attachment", N_("Attachments") },
    { "trip", N_("Study trips") },
    { "municipality", N_("Municipalities") },
    { "plan", N_("Plans and development areas") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_strcmp0 (headings[i].kind, kind) == 0)
      return _(headings[i].heading);

  return kind;
}
