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

#define SAVE_DELAY_MS 300

struct _SamGroupsSaver
{
  SamStore  *store;
  GtkWidget *owner;
  GPtrArray *dirty;
  guint      timeout_id;
};

SamGroupsSaver *
sam_groups_saver_new (SamStore  *store,
                      GtkWidget *owner)
{
  SamGroupsSaver *saver = g_new0 (SamGroupsSaver, 1);

  saver->store = g_object_ref (store);
  saver->owner = owner;
  saver->dirty = g_ptr_array_new_with_free_func (g_object_unref);

  return saver;
}

void
sam_groups_saver_flush (SamGroupsSaver *saver)
{
  g_autoptr(GPtrArray) dirty = NULL;

  if (saver == NULL)
    return;

  g_clear_handle_id (&saver->timeout_id, g_source_remove);

  dirty = g_steal_pointer (&saver->dirty);
  saver->dirty = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < dirty->len; i++)
    {
      g_autoptr(GError) error = NULL;
      SamEntity *entity = g_ptr_array_index (dirty, i);

      /* Deleted meanwhile (or never stored): nothing to save. */
      if (sam_entity_get_id (entity) <= 0)
        continue;

      if (!sam_store_update (saver->store, entity, &error))
        {
          g_warning ("Could not save: %s", error->message);
          if (saver->owner != NULL)
            sam_groups_show_error (saver->owner, error);
        }
    }
}

void
sam_groups_saver_free (SamGroupsSaver *saver)
{
  if (saver == NULL)
    return;

  sam_groups_saver_flush (saver);
  g_clear_pointer (&saver->dirty, g_ptr_array_unref);
  g_clear_object (&saver->store);
  g_free (saver);
}

static gboolean
saver_timeout_cb (gpointer data)
{
  SamGroupsSaver *saver = data;

  saver->timeout_id = 0;
  sam_groups_saver_flush (saver);

  return G_SOURCE_REMOVE;
}

void
sam_groups_saver_mark (SamGroupsSaver *saver,
                       gpointer        entity)
{
  g_return_if_fail (saver != NULL);
  g_return_if_fail (SAM_IS_ENTITY (entity));

  if (!g_ptr_array_find (saver->dirty, entity, NULL))
    g_ptr_array_add (saver->dirty, g_object_ref (entity));

  g_clear_handle_id (&saver->timeout_id, g_source_remove);
  saver->timeout_id = g_timeout_add (SAVE_DELAY_MS, saver_timeout_cb, saver);
}

/* Bindings */

typedef struct
{
  SamGroupsSaver *saver;
  GObject        *entity;
  char           *property;
  const char *  (*label_func) (int value);
} Binding;

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  g_clear_object (&binding->entity);
  g_free (binding->property);
  g_free (binding);
}

static Binding *
binding_new (GObject        *widget,
             SamGroupsSaver *saver,
             gpointer        entity,
             const char     *property)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->saver = saver;
  binding->entity = g_object_ref (entity);
  binding->property = g_strdup (property);
  g_object_set_data_full (widget, "sam-groups-binding", binding, binding_free);

  return binding;
}

static void
set_string (Binding    *binding,
            const char *text)
{
  g_autofree char *old = NULL;
  const char *value = text != NULL && text[0] != '\0' ? text : NULL;

  g_object_get (binding->entity, binding->property, &old, NULL);
  if (g_strcmp0 (old, value) == 0)
    return;

  g_object_set (binding->entity, binding->property, value, NULL);
  sam_groups_saver_mark (binding->saver, binding->entity);
}

static void
editable_changed_cb (GtkEditable *editable,
                     Binding     *binding)
{
  set_string (binding, gtk_editable_get_text (editable));
}

void
sam_groups_bind_text (GtkEditable    *editable,
                      SamGroupsSaver *saver,
                      gpointer        entity,
                      const char     *property)
{
  g_autofree char *value = NULL;
  Binding *binding;

  g_object_get (entity, property, &value, NULL);
  gtk_editable_set_text (editable, value != NULL ? value : "");

  binding = binding_new (G_OBJECT (editable), saver, entity, property);
  g_signal_connect (editable, "changed", G_CALLBACK (editable_changed_cb), binding);
}

static void
date_value_cb (SamDateRow *row,
               GParamSpec *pspec,
               Binding    *binding)
{
  set_string (binding, sam_date_row_get_value (row));
}

/* The row marks what is no date and keeps it from its value, so only dates
 * (or nothing) reach the entity. */
void
sam_groups_bind_date (SamDateRow     *row,
                      SamGroupsSaver *saver,
                      gpointer        entity,
                      const char     *property)
{
  g_autofree char *value = NULL;
  Binding *binding;

  g_object_get (entity, property, &value, NULL);
  sam_date_row_set_optional (row, TRUE);
  sam_date_row_set_value (row, value);

  binding = binding_new (G_OBJECT (row), saver, entity, property);
  g_signal_connect (row, "notify::value", G_CALLBACK (date_value_cb), binding);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Binding       *binding)
{
  g_autofree char *text = NULL;
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  set_string (binding, text);
}

void
sam_groups_bind_text_view (GtkTextView    *text_view,
                           SamGroupsSaver *saver,
                           gpointer        entity,
                           const char     *property)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  g_autofree char *value = NULL;
  Binding *binding;

  g_object_get (entity, property, &value, NULL);
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);

  binding = binding_new (G_OBJECT (text_view), saver, entity, property);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), binding);
}

static void
choice_selected_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Binding     *binding)
{
  GListModel *choices = adw_combo_row_get_model (row);
  guint position = adw_combo_row_get_selected (row);
  gint64 id;
  gint64 old = 0;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = sam_groups_choices_get_id (choices, position);
  g_object_get (binding->entity, binding->property, &old, NULL);
  if (old == id)
    return;

  g_object_set (binding->entity, binding->property, id, NULL);
  sam_groups_saver_mark (binding->saver, binding->entity);
}

void
sam_groups_bind_choice (AdwComboRow    *row,
                        SamGroupsSaver *saver,
                        gpointer        entity,
                        const char     *property)
{
  GListModel *choices = adw_combo_row_get_model (row);
  gint64 id = 0;
  guint position;
  Binding *binding;

  g_object_get (entity, property, &id, NULL);
  position = sam_groups_choices_find (choices, id);
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, position);

  binding = binding_new (G_OBJECT (row), saver, entity, property);
  g_signal_connect (row, "notify::selected", G_CALLBACK (choice_selected_cb), binding);
}

static void
enum_selected_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  Binding     *binding)
{
  guint position = adw_combo_row_get_selected (row);
  int old = 0;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  g_object_get (binding->entity, binding->property, &old, NULL);
  if (old == (int)position)
    return;

  g_object_set (binding->entity, binding->property, (int)position, NULL);
  sam_groups_saver_mark (binding->saver, binding->entity);
}

void
sam_groups_bind_enum (AdwComboRow    *row,
                      SamGroupsSaver *saver,
                      gpointer        entity,
                      const char     *property,
                      const char *  (*label_func) (int value),
                      guint           n_values)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int value = 0;
  Binding *binding;

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (labels, label_func ((int)i));

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_get (entity, property, &value, NULL);
  adw_combo_row_set_selected (row, (guint)value);

  binding = binding_new (G_OBJECT (row), saver, entity, property);
  binding->label_func = label_func;
  g_signal_connect (row, "notify::selected", G_CALLBACK (enum_selected_cb), binding);
}

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
