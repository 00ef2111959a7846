/* sam-groups-util.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-groups"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-groups-util.h"
#include "sam-date-row.h"
#include "sam-window.h"

/* Choices */

GListModel *
sam_groups_choices_new (const char *none_label)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_object_set_data_full (G_OBJECT (list), "sam-choice-ids", ids, (GDestroyNotify)g_array_unref);
  if (none_label != NULL)
    sam_groups_choices_add (G_LIST_MODEL (list), 0, none_label);

  return G_LIST_MODEL (list);
}

void
sam_groups_choices_add (GListModel *choices,
                        gint64      id,
                        const char *label)
{
  GArray *ids = g_object_get_data (G_OBJECT (choices), "sam-choice-ids");

  g_return_if_fail (ids != NULL);

  g_array_append_val (ids, id);
  gtk_string_list_append (GTK_STRING_LIST (choices), label != NULL ? label : "");
}

void
sam_groups_choices_add_all (GListModel         *choices,
                            GListModel         *entities,
                            SamGroupsLabelFunc  label_func,
                            gpointer            user_data)
{
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (entities, i);
      g_autofree char *label = label_func (entity, user_data);

      sam_groups_choices_add (choices, sam_entity_get_id (entity), label);
    }
}

gint64
sam_groups_choices_get_id (GListModel *choices,
                           guint       position)
{
  GArray *ids = g_object_get_data (G_OBJECT (choices), "sam-choice-ids");

  if (ids == NULL || position >= ids->len)
    return 0;

  return g_array_index (ids, gint64, position);
}

guint
sam_groups_choices_find (GListModel *choices,
                         gint64      id)
{
  GArray *ids = g_object_get_data (G_OBJECT (choices), "sam-choice-ids");

  if (ids == NULL)
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* Labels */

char *
sam_groups_entity_name (gpointer entity,
                        gpointer user_data)
{
  g_autofree char *name = NULL;
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);

  if (g_object_class_find_property (klass, "name") != NULL)
    g_object_get (entity, "name", &name, NULL);
  else if (g_object_class_find_property (klass, "title") != NULL)
    g_object_get (entity, "title", &name, NULL);

  if (name == NULL || name[0] == '\0')
    return g_strdup (_("Untitled"));

  return g_steal_pointer (&name);
}

char *
sam_groups_load_name (SamStore *store,
                      GType     type,
                      gint64    id)
{
  g_autoptr(SamEntity) entity = NULL;

  if (id <= 0)
    return NULL;

  entity = sam_store_load (store, type, id, NULL);
  if (entity == NULL)
    return NULL;

  return sam_groups_entity_name (entity, NULL);
}

char *
sam_groups_meeting_label (gpointer meeting,
                          gpointer user_data)
{
  const char *starts_at = sam_meeting_get_starts_at (meeting);
  const char *body_name = sam_meeting_get_body_name (meeting);
  const char *title = sam_meeting_get_title (meeting);
  g_autofree char *date = NULL;
  g_autofree char *day = NULL;

  if (starts_at != NULL)
    day = g_strndup (starts_at, 10);
  date = sam_groups_format_date (day);

  if (title == NULL || title[0] == '\0')
    title = body_name;
  if (title == NULL)
    title = "";

  /* Translators: a meeting in a drop-down: its date, then its title or
   * the body that meets. */
  return g_strdup_printf (_("%s · %s"), date, title);
}

const char *
sam_groups_body_kind_heading (SamBodyKind kind)
{
  switch (kind)
    {
    case SAM_BODY_KIND_BOARD:
      return C_("body kind heading", "Board");
    case SAM_BODY_KIND_DIRECTOR_GROUP:
      return C_("body kind heading", "Director Group");
    case SAM_BODY_KIND_WORKING_GROUP:
      return C_("body kind heading", "Working Groups");
    case SAM_BODY_KIND_NETWORK:
      return C_("body kind heading", "Networks");
    case SAM_BODY_KIND_EXTERNAL:
      return C_("body kind heading", "External Bodies");
    default:
      return "";
    }
}

/* Dates */

char *
sam_groups_format_date (const char *iso)
{
  char *text;

  if (iso == NULL || iso[0] == '\0')
    return g_strdup (_("No date"));

  /* Translators: a date in the groups and study-trip pages. See the format
   * codes of g_date_time_format(). */
  text = sam_date_format_with (iso, _("%a %-d %b %Y"));

  return text != NULL ? text : g_strdup (iso);
}

char *
sam_groups_format_period (const char *from,
                          const char *until)
{
  g_autofree char *from_text = NULL;
  g_autofree char *until_text = NULL;

  if ((from == NULL || from[0] == '\0') && (until == NULL || until[0] == '\0'))
    return NULL;

  if (until == NULL || until[0] == '\0')
    {
      from_text = sam_groups_format_date (from);
      /* Translators: a membership that started on a date and goes on. */
      return g_strdup_printf (_("from %s"), from_text);
    }

  until_text = sam_groups_format_date (until);
  if (from == NULL || from[0] == '\0')
    /* Translators: a membership that ends on a date. */
    return g_strdup_printf (_("until %s"), until_text);

  from_text = sam_groups_format_date (from);
  /* Translators: the period of a membership: from a date to a date. */
  return g_strdup_printf (_("%s – %s"), from_text, until_text);
}

char *
sam_groups_now (GtkWidget *from)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (from));

  return g_date_time_format (now, "%Y-%m-%dT%H:%M");
}

/* Widgets */

void
sam_groups_show_error (GtkWidget    *widget,
                       const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sam_toast_show (widget, toast);
}

/* A row of small fields that wraps onto more lines on a narrow window. */
GtkWidget *
sam_groups_quick_row_new (void)
{
  GtkWidget *flow_box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow_box), FALSE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow_box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow_box), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow_box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow_box), 8);
  gtk_widget_add_css_class (flow_box, "quick-row");

  return flow_box;
}

void
sam_groups_quick_row_append (GtkWidget *quick_row,
                             GtkWidget *child,
                             int        width)
{
  GtkWidget *flow_child;

  if (width > 0)
    gtk_widget_set_size_request (child, width, -1);
  gtk_flow_box_append (GTK_FLOW_BOX (quick_row), child);

  flow_child = gtk_widget_get_parent (child);
  gtk_widget_set_focusable (flow_child, FALSE);
}

GtkWidget *
sam_groups_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  return label;
}

void
sam_groups_clear_list (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}
