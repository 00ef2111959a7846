/* sam-plan-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-activity-editor.h"
#include "sam-growing-model.h"
#include "sam-plan-choice.h"
#include "sam-plan-areas.h"
#include "sam-form.h"
#include "sam-plan-util.h"
#include "sam-plan-page.h"
#include "sam-store-undo.h"

/* The operational plans and, for the one chosen, its activities in a list
 * that sorts by title, priority, status and the rest. Each row shows the
 * title and, in lines that wrap rather than cut off, what a table would
 * have shown in columns, so that the list reads the same at 360 px as at
 * 1280. An activity (or the plan itself) is edited in a pane beside the
 * list, or instead of it on a narrow screen. */

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CATEGORY,
  COLUMN_LINK,
  COLUMN_PRIORITY,
  COLUMN_BODY,
  COLUMN_FOLLOW_UP,
  COLUMN_STATUS,
  COLUMN_BUDGET,
  COLUMN_CO_FINANCING,
  N_COLUMNS
} Column;

/* The orders the sort menu offers, by the name of its target. */
static const struct
{
  const char *name;
  Column      column;
} sort_keys[] = {
  { "title", COLUMN_TITLE },
  { "priority", COLUMN_PRIORITY },
  { "status", COLUMN_STATUS },
  { "category", COLUMN_CATEGORY },
  { "body", COLUMN_BODY },
  { "follow-up", COLUMN_FOLLOW_UP },
  { "budget", COLUMN_BUDGET },
};

enum {
  PROP_0,
  PROP_SORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

struct _SamPlanPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  SamPlanChoice       *plan_choice;
  GtkLabel            *plan_summary;
  GtkStack            *main_stack;
  GtkListView         *list_view;
  GtkWidget           *side_pane;
  GtkWidget           *side_separator;
  GtkLabel            *side_title;
  GtkStack            *side_stack;
  AdwEntryRow         *plan_title_row;
  GtkSpinButton       *first_year_spin;
  GtkSpinButton       *last_year_spin;
  GtkSpinButton       *revised_year_spin;
  SamDateRow          *adopted_on_row;
  GtkTextView         *summary_view;
  GtkScrolledWindow   *activity_scroller;
  GtkBox              *areas_box;
  SamPlanAreas        *plan_areas;

  /* Owned */
  SamStore            *store;
  GListModel          *plans;
  GListModel          *activities;
  GtkSortListModel    *sorted;
  SamGrowingModel     *shown;
  GtkSingleSelection  *selection;
  char                *sort;
  SamActivityEditor   *editor;
  SamForm         *plan_form;
  GListModel          *questions;
  GListModel          *areas;
  GListModel          *bodies;
  GHashTable          *question_titles;
  GHashTable          *area_titles;
  GHashTable          *body_names;
  GHashTable          *bound_items;

  gint64               plan_id;
  gint64               activity_id;
};

G_DEFINE_FINAL_TYPE (SamPlanPage, sam_plan_page, GTK_TYPE_WIDGET)

/* Lookups of the names an activity points at */

static void
fill_names (GHashTable *names,
            GListModel *model)
{
  guint n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

  g_hash_table_remove_all (names);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamEntity) item = g_list_model_get_item (model, i);
      gint64 id = sam_entity_get_id (item);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), sam_plan_choice_entity_label (item));
    }
}

static const char *
lookup_name (GHashTable *names,
             gint64      id)
{
  if (id <= 0)
    return NULL;

  return g_hash_table_lookup (names, &id);
}

static char *
link_text (SamPlanPage *self,
           SamActivity *activity)
{
  const char *name = lookup_name (self->question_titles, sam_activity_get_focus_question_id (activity));

  if (name == NULL)
    name = lookup_name (self->area_titles, sam_activity_get_area_id (activity));

  return g_strdup (name != NULL ? name : "");
}

static char *
follow_up_text (SamActivity *activity)
{
  const char *on = sam_activity_get_follow_up_on (activity);
  const char *text = sam_activity_get_follow_up (activity);

  if (on != NULL && on[0] != '\0')
    return sam_plan_format_date (on);

  if (text == NULL)
    return g_strdup ("");

  /* The first line is what a table has room for. */
  return g_strndup (text, strcspn (text, "\n"));
}

static char *
cell_text (SamPlanPage *self,
           SamActivity *activity,
           Column       column)
{
  const char *name;

  switch (column)
    {
    case COLUMN_TITLE:
      return g_strdup (sam_activity_get_title (activity));

    case COLUMN_CATEGORY:
      return g_strdup (sam_plan_category_label (sam_activity_get_category (activity)));

    case COLUMN_LINK:
      return link_text (self, activity);

    case COLUMN_PRIORITY:
      if (sam_activity_get_priority (activity) <= 0)
        return g_strdup ("");
      return sam_plan_priority_label (sam_activity_get_priority (activity));

    case COLUMN_BODY:
      name = lookup_name (self->body_names, sam_activity_get_responsible_body_id (activity));
      return g_strdup (name != NULL ? name : "");

    case COLUMN_FOLLOW_UP:
      return follow_up_text (activity);

    case COLUMN_STATUS:
      return g_strdup (sam_plan_activity_status_label (sam_activity_get_status (activity)));

    case COLUMN_BUDGET:
      return sam_activity_get_budget (activity) > 0 ? sam_plan_format_sek (sam_activity_get_budget (activity))
                                                    : g_strdup ("");

    case COLUMN_CO_FINANCING:
      return sam_activity_get_co_financing (activity) > 0
             ? sam_plan_format_sek (sam_activity_get_co_financing (activity))
             : g_strdup ("");

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Rows */

static void
append_part (GString    *line,
             const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;

  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, part);
}

/* What the row says under the title: where the activity belongs, then
 * how it stands, each part only when it is set. */
static void
row_lines (SamPlanPage *self,
           SamActivity *activity,
           char       **where,
           char       **how)
{
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) second = g_string_new (NULL);
  Column first_parts[] = { COLUMN_CATEGORY, COLUMN_LINK, COLUMN_BODY };
  Column second_parts[] = { COLUMN_STATUS, COLUMN_PRIORITY, COLUMN_FOLLOW_UP };

  for (guint i = 0; i < G_N_ELEMENTS (first_parts); i++)
    {
      g_autofree char *text = cell_text (self, activity, first_parts[i]);

      append_part (first, text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (second_parts); i++)
    {
      g_autofree char *text = cell_text (self, activity, second_parts[i]);

      if (second_parts[i] == COLUMN_FOLLOW_UP && text[0] != '\0')
        {
          g_autofree char *follow_up = NULL;

          /* Translators: an activity's follow-up (a date or its first
           * line) in the list of activities. */
          follow_up = g_strdup_printf (_("follow-up %s"), text);
          append_part (second, follow_up);
        }
      else
        append_part (second, text);
    }

  if (sam_activity_get_co_financing (activity) > 0)
    {
      g_autofree char *amount = sam_plan_format_sek (sam_activity_get_co_financing (activity));
      g_autofree char *text = NULL;

      /* Translators: the co-financing of an activity, "co-financing 50000 kr". */
      text = g_strdup_printf (_("co-financing %s"), amount);
      append_part (second, text);
    }

  *where = g_string_free (g_steal_pointer (&first), FALSE);
  *how = g_string_free (g_steal_pointer (&second), FALSE);
}

static GtkWidget *
new_row_label (const char *css_class,
               float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = new_row_label ("heading", 0.0f);
  GtkWidget *budget = new_row_label ("numeric", 1.0f);
  GtkWidget *where = new_row_label ("dim-label", 0.0f);
  GtkWidget *how = new_row_label ("dim-label", 0.0f);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_valign (budget, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (budget), FALSE);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (how, "caption");

  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), budget);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), how);

  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "budget", budget);
  g_object_set_data (G_OBJECT (box), "where", where);
  g_object_set_data (G_OBJECT (box), "how", how);
  gtk_list_item_set_child (list_item, box);
}

static void
set_row_label (GtkWidget  *box,
               const char *key,
               const char *text)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (box), key);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, text != NULL && text[0] != '\0');
}

static void
update_row (SamPlanPage *self,
            GtkListItem *list_item)
{
  SamActivity *activity = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *where = NULL;
  g_autofree char *how = NULL;
  g_autofree char *budget = NULL;
  const char *title;

  if (activity == NULL || box == NULL)
    return;

  title = sam_activity_get_title (activity);
  if (title == NULL || title[0] == '\0')
    title = _("Untitled activity");

  row_lines (self, activity, &where, &how);
  budget = cell_text (self, activity, COLUMN_BUDGET);

  set_row_label (box, "title", title);
  set_row_label (box, "budget", budget);
  set_row_label (box, "where", where);
  set_row_label (box, "how", how);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  SamPlanPage *self = SAM_PLAN_PAGE (user_data);

  update_row (self, list_item);
  g_hash_table_add (self->bound_items, list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  SamPlanPage *self = SAM_PLAN_PAGE (user_data);

  g_hash_table_remove (self->bound_items, list_item);
}

static void
apply_sort (SamPlanPage *self);

/* A focus question, area or body was renamed: the rows that show it. */
static void
refresh_cells (SamPlanPage *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    update_row (self, key);

  if (g_strcmp0 (self->sort, "body") == 0)
    apply_sort (self);
}

static void
names_changed_cb (SamPlanPage *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *model)
{
  if (model == self->questions)
    fill_names (self->question_titles, model);
  else if (model == self->areas)
    fill_names (self->area_titles, model);
  else if (model == self->bodies)
    fill_names (self->body_names, model);

  refresh_cells (self);
}

/* Sorting */

static char *
sort_string_cb (SamActivity *activity,
                gpointer     user_data)
{
  gpointer *data = user_data;
  SamPlanPage *self = data[0];
  Column column = GPOINTER_TO_INT (data[1]);

  if (activity == NULL)
    return NULL;

  if (column == COLUMN_FOLLOW_UP)
    {
      /* Dates sort as written; a follow-up without a date comes after. */
      const char *on = sam_activity_get_follow_up_on (activity);

      if (on != NULL && on[0] != '\0')
        return g_strdup (on);

      return g_strconcat ("~", sam_activity_get_follow_up (activity), NULL);
    }

  return cell_text (self, activity, column);
}

static gint64
sort_number_cb (SamActivity *activity,
                gpointer     user_data)
{
  gpointer *data = user_data;
  Column column = GPOINTER_TO_INT (data[1]);

  if (activity == NULL)
    return 0;

  switch (column)
    {
    case COLUMN_CATEGORY:
      return sam_activity_get_category (activity);

    case COLUMN_PRIORITY:
      /* Priority 1 first; no priority last. */
      return sam_activity_get_priority (activity) > 0 ? sam_activity_get_priority (activity) : G_MAXINT;

    case COLUMN_STATUS:
      return sam_activity_get_status (activity);

    case COLUMN_BUDGET:
      return sam_activity_get_budget (activity);

    case COLUMN_CO_FINANCING:
      return sam_activity_get_co_financing (activity);

    case COLUMN_TITLE:
    case COLUMN_LINK:
    case COLUMN_BODY:
    case COLUMN_FOLLOW_UP:
    case N_COLUMNS:
    default:
      return 0;
    }
}

static void
free_sort_data (gpointer  data,
                GClosure *closure)
{
  g_free (data);
}

static GtkSorter *
create_sorter (SamPlanPage *self,
               Column       column)
{
  gpointer *data = g_new (gpointer, 2);
  GtkExpression *expression;

  data[0] = self;
  data[1] = GINT_TO_POINTER (column);

  switch (column)
    {
    case COLUMN_CATEGORY:
    case COLUMN_PRIORITY:
    case COLUMN_STATUS:
    case COLUMN_BUDGET:
    case COLUMN_CO_FINANCING:
      expression = gtk_cclosure_expression_new (G_TYPE_INT64, NULL, 0, NULL,
                                                G_CALLBACK (sort_number_cb), data, free_sort_data);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    case COLUMN_TITLE:
    case COLUMN_LINK:
    case COLUMN_BODY:
    case COLUMN_FOLLOW_UP:
    case N_COLUMNS:
    default:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (sort_string_cb), data, free_sort_data);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    }
}

static void
apply_sort (SamPlanPage *self)
{
  g_autoptr(GtkSorter) sorter = NULL;
  Column column = COLUMN_TITLE;

  for (guint i = 0; i < G_N_ELEMENTS (sort_keys); i++)
    if (g_strcmp0 (sort_keys[i].name, self->sort) == 0)
      column = sort_keys[i].column;

  sorter = create_sorter (self, column);

  /* The largest budget first; every other order from the lowest. */
  if (column == COLUMN_BUDGET)
    gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);

  if (column != COLUMN_TITLE)
    {
      /* Ties go by title. */
      GtkMultiSorter *multi = gtk_multi_sorter_new ();

      gtk_multi_sorter_append (multi, g_steal_pointer (&sorter));
      gtk_multi_sorter_append (multi, create_sorter (self, COLUMN_TITLE));
      sorter = GTK_SORTER (multi);
    }

  gtk_sort_list_model_set_sorter (self->sorted, sorter);
}

static void
set_sort (SamPlanPage *self,
          const char  *sort)
{
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sort_keys); i++)
    known |= g_strcmp0 (sort_keys[i].name, sort) == 0;
  if (!known)
    sort = "title";

  if (g_strcmp0 (self->sort, sort) == 0)
    return;

  g_free (self->sort);
  self->sort = g_strdup (sort);
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/* State */

static void
update_summary (SamPlanPage *self)
{
  g_autoptr(SamPlan) plan = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n_activities = self->activities != NULL ? g_list_model_get_n_items (self->activities) : 0;

  if (self->plan_id > 0)
    plan = sam_store_load (self->store, SAM_TYPE_PLAN, self->plan_id, NULL);

  if (plan != NULL)
    {
      g_autofree char *period = sam_plan_period_label (plan);
      const char *adopted = sam_plan_get_adopted_on (plan);

      g_string_append (summary, period);
      if (adopted != NULL && adopted[0] != '\0')
        {
          g_autofree char *date = sam_plan_format_date (adopted);

          /* Translators: appended to a plan's period: when it was adopted. */
          g_string_append_printf (summary, _(" · adopted %s"), date);
        }
      g_string_append (summary, " · ");
      g_string_append_printf (summary, ngettext ("%u activity", "%u activities", n_activities), n_activities);
    }

  gtk_label_set_label (self->plan_summary, summary->str);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_summary), plan != NULL);

  if (self->plan_id <= 0)
    gtk_stack_set_visible_child_name (self->main_stack, "no-plan");
  else if (n_activities == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "activities");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new-activity", self->plan_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit-plan", self->plan_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete-plan", self->plan_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete-activity", self->activity_id > 0);
}

static void
update_side_title (SamPlanPage *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->side_stack);

  if (g_strcmp0 (visible, "activity") == 0)
    {
      SamActivity *activity = sam_activity_editor_get_activity (self->editor);

      gtk_label_set_label (self->side_title, activity != NULL ? sam_activity_get_title (activity) : "");
    }
  else if (g_strcmp0 (visible, "plan") == 0)
    {
      SamPlan *plan = sam_form_get_entity (self->plan_form);

      gtk_label_set_label (self->side_title, plan != NULL ? sam_plan_get_title (plan) : "");
    }
  else
    {
      gtk_label_set_label (self->side_title, "");
    }
}

static void
select_current_activity (SamPlanPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; i < n_items && self->activity_id > 0; i++)
    {
      g_autoptr(SamActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (sam_entity_get_id (SAM_ENTITY (activity)) == self->activity_id)
        {
          sam_growing_model_reveal (self->shown, i);
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
sorted_changed_cb (SamPlanPage *self,
                   guint        position,
                   guint        removed,
                   guint        added,
                   GListModel  *model)
{
  update_summary (self);
  select_current_activity (self);
  update_side_title (self);
}

static void
show_side (SamPlanPage *self,
           const char  *name,
           gboolean     navigate)
{
  gboolean shown = g_strcmp0 (name, "none") != 0;

  /* With nothing to edit, the table takes the whole width. */
  gtk_widget_set_visible (self->side_pane, shown);
  gtk_widget_set_visible (self->side_separator, shown);
  gtk_stack_set_visible_child_name (self->side_stack, name);
  update_side_title (self);
  update_summary (self);

  if (navigate)
    adw_leaflet_set_visible_child_name (self->leaflet, "side");
}

static void
close_activity (SamPlanPage *self)
{
  sam_activity_editor_set_activity (self->editor, NULL);
  self->activity_id = 0;
  select_current_activity (self);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "activity") == 0)
    show_side (self, "none", FALSE);
}

static void
set_plan (SamPlanPage *self,
          gint64       plan_id)
{
  g_autoptr(SamPlan) plan = NULL;

  if (plan_id == self->plan_id && self->activities != NULL)
    return;

  sam_form_flush (self->plan_form);
  sam_activity_editor_flush (self->editor);

  self->plan_id = plan_id;

  g_clear_object (&self->activities);
  self->activities = sam_store_list_activities (self->store, plan_id);
  gtk_sort_list_model_set_model (self->sorted, self->activities);

  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_func (self->questions, names_changed_cb, self);
  g_clear_object (&self->questions);
  self->questions = sam_store_list_focus_questions (self->store, plan_id);
  g_signal_connect_object (self->questions, "items-changed", G_CALLBACK (names_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_names (self->question_titles, self->questions);

  if (self->areas != NULL)
    g_signal_handlers_disconnect_by_func (self->areas, names_changed_cb, self);
  g_clear_object (&self->areas);
  self->areas = sam_store_list_areas (self->store, plan_id);
  g_signal_connect_object (self->areas, "items-changed", G_CALLBACK (names_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_names (self->area_titles, self->areas);
  refresh_cells (self);

  if (plan_id > 0)
    plan = sam_store_load (self->store, SAM_TYPE_PLAN, plan_id, NULL);
  sam_form_set_entity (self->plan_form, plan);
  sam_plan_areas_set_plan_id (self->plan_areas, plan != NULL ? plan_id : 0);

  close_activity (self);
  if (plan == NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "plan") == 0)
    show_side (self, "none", FALSE);

  update_side_title (self);
  update_summary (self);
}

static void
plan_selected_cb (SamPlanPage   *self,
                  GParamSpec    *pspec,
                  SamPlanChoice *choice)
{
  set_plan (self, sam_plan_choice_get_selected_id (choice));
}

static void
open_activity (SamPlanPage *self,
               gint64       id,
               gboolean     navigate)
{
  g_autoptr(SamActivity) activity = NULL;

  sam_activity_editor_flush (self->editor);

  activity = id > 0 ? sam_store_load (self->store, SAM_TYPE_ACTIVITY, id, NULL) : NULL;
  if (activity == NULL)
    {
      close_activity (self);
      return;
    }

  if (sam_activity_get_plan_id (activity) != self->plan_id)
    {
      sam_plan_choice_set_selected_id (self->plan_choice, sam_activity_get_plan_id (activity));
      set_plan (self, sam_activity_get_plan_id (activity));
    }

  self->activity_id = id;
  sam_activity_editor_set_activity (self->editor, activity);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->activity_scroller), 0.0);
  select_current_activity (self);
  show_side (self, "activity", navigate);
}

static void
list_view_activate_cb (SamPlanPage *self,
                       guint        position,
                       GtkListView *list_view)
{
  g_autoptr(SamActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (activity != NULL)
    open_activity (self, sam_entity_get_id (SAM_ENTITY (activity)), TRUE);
}

static void
selection_changed_cb (SamPlanPage        *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  SamActivity *activity = gtk_single_selection_get_selected_item (selection);

  /* A click selects; opening follows, so that keyboard users get the same
   * with the arrow keys. Rows rebuilt after a save reselect the same id. */
  if (activity != NULL && sam_entity_get_id (SAM_ENTITY (activity)) != self->activity_id)
    open_activity (self, sam_entity_get_id (SAM_ENTITY (activity)), adw_leaflet_get_folded (self->leaflet));
}

static void
form_saved_cb (SamPlanPage *self,
               SamForm *form)
{
  update_side_title (self);
  update_summary (self);
}

static void
form_failed_cb (SamPlanPage *self,
                const char  *message,
                SamForm *form)
{
  sam_plan_show_message (GTK_WIDGET (self), message);
}

/* An empty year field means "no year". */
static gboolean
year_spin_output_cb (GtkSpinButton *spin,
                     gpointer       user_data)
{
  int value = (int)gtk_spin_button_get_value (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
year_spin_input_cb (GtkSpinButton *spin,
                    double        *value,
                    gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;
  gint64 year;

  if (stripped[0] == '\0')
    {
      *value = 0;
      return TRUE;
    }

  year = g_ascii_strtoll (stripped, &end, 10);
  if (end == NULL || *end != '\0' || year < 0 || year > 2200)
    return GTK_INPUT_ERROR;

  *value = (double)year;

  return TRUE;
}

/* Deleting with Undo */

typedef struct
{
  SamPlanPage     *page;
  SamDeletion     *deletion;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->page);
  g_clear_object (&undo->deletion);
  g_free (undo);
}

/* Brings the deletion back once; returns the restored row's id, or 0. */
static gint64
restore (UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->page->store == NULL || sam_deletion_get_undone (undo->deletion))
    return 0;

  if (!sam_store_undo_deletion (undo->page->store, undo->deletion, &error))
    {
      sam_plan_show_message (GTK_WIDGET (undo->page), error->message);
      return 0;
    }

  return sam_deletion_get_id (undo->deletion);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(SamEntity) entity = NULL;
  gint64 id = restore (undo);

  if (id == 0)
    return;

  entity = sam_store_load (undo->page->store, SAM_TYPE_ACTIVITY, id, NULL);
  if (entity != NULL && sam_activity_get_plan_id (SAM_ACTIVITY (entity)) == undo->page->plan_id)
    open_activity (undo->page, id, FALSE);
}

static void
undo_delete_plan (gpointer data)
{
  UndoDelete *undo = data;
  gint64 id = restore (undo);

  if (id != 0)
    sam_plan_choice_set_selected_id (undo->page->plan_choice, id);
}

static gboolean
delete_with_undo (SamPlanPage     *self,
                  gpointer         entity,
                  const char      *title,
                  SamPlanUndoFunc  undo_func)
{
  g_autoptr(GError) error = NULL;
  UndoDelete *undo = g_new0 (UndoDelete, 1);

  undo->page = g_object_ref (self);
  undo->deletion = sam_store_delete_with_undo (self->store, entity, &error);

  if (undo->deletion == NULL)
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      undo_delete_free (undo);
      return FALSE;
    }

  sam_plan_show_undo (GTK_WIDGET (self), title, undo_func, undo, undo_delete_free);

  return TRUE;
}

/* Actions */

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_plan_page_new_plan (SAM_PLAN_PAGE (widget));
}

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SamPlanPage *self = SAM_PLAN_PAGE (widget);

  if (self->plan_id <= 0)
    return;

  close_activity (self);
  show_side (self, "plan", TRUE);
}

static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SamPlanPage *self = SAM_PLAN_PAGE (widget);
  g_autoptr(SamPlan) plan = NULL;
  g_autofree char *title = NULL;

  if (sam_form_get_entity (self->plan_form) == NULL)
    return;

  sam_form_flush (self->plan_form);
  sam_activity_editor_flush (self->editor);
  plan = g_object_ref (sam_form_get_entity (self->plan_form));

  /* Translators: shown after a plan was deleted with its focus questions
   * and activities. */
  title = g_strdup_printf (_("“%s” deleted"), sam_plan_get_title (plan));

  close_activity (self);
  sam_form_set_entity (self->plan_form, NULL);
  show_side (self, "none", FALSE);
  adw_leaflet_set_visible_child_name (self->leaflet, "main");

  if (!delete_with_undo (self, plan, title, undo_delete_plan))
    sam_form_set_entity (self->plan_form, plan);
}

static void
new_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sam_plan_page_new_activity (SAM_PLAN_PAGE (widget));
}

static void
delete_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sam_plan_page_delete_activity (SAM_PLAN_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamPlanPage *self = SAM_PLAN_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  /* Folded, a tap on the same row must open it again. */
  close_activity (self);
}

/* Type */

static void
sam_plan_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SamPlanPage *self = SAM_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_plan_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SamPlanPage *self = SAM_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      set_sort (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_plan_page_unmap (GtkWidget *widget)
{
  SamPlanPage *self = SAM_PLAN_PAGE (widget);

  if (self->plan_form != NULL)
    sam_form_flush (self->plan_form);

  GTK_WIDGET_CLASS (sam_plan_page_parent_class)->unmap (widget);
}

static void
sam_plan_page_dispose (GObject *object)
{
  SamPlanPage *self = SAM_PLAN_PAGE (object);

  if (self->plan_form != NULL)
    sam_form_flush (self->plan_form);
  if (self->editor != NULL)
    sam_activity_editor_flush (self->editor);

  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->sorted, sorted_changed_cb, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PLAN_PAGE);
  self->editor = NULL;

  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->sorted);
  g_clear_object (&self->plan_form);
  g_clear_object (&self->plans);
  g_clear_object (&self->activities);
  g_clear_object (&self->questions);
  g_clear_object (&self->areas);
  g_clear_object (&self->bodies);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_plan_page_parent_class)->dispose (object);
}

static void
sam_plan_page_finalize (GObject *object)
{
  SamPlanPage *self = SAM_PLAN_PAGE (object);

  g_clear_pointer (&self->question_titles, g_hash_table_unref);
  g_clear_pointer (&self->area_titles, g_hash_table_unref);
  g_clear_pointer (&self->body_names, g_hash_table_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->sort, g_free);

  G_OBJECT_CLASS (sam_plan_page_parent_class)->finalize (object);
}

static void
sam_plan_page_class_init (SamPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_plan_page_dispose;
  object_class->finalize = sam_plan_page_finalize;
  object_class->get_property = sam_plan_page_get_property;
  object_class->set_property = sam_plan_page_set_property;
  widget_class->unmap = sam_plan_page_unmap;

  g_type_ensure (SAM_TYPE_PLAN_CHOICE);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/plan/"
                                               "sam-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, plan_choice);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, plan_summary);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, side_pane);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, side_separator);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, side_title);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, side_stack);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, plan_title_row);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, first_year_spin);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, last_year_spin);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, revised_year_spin);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, adopted_on_row);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, activity_scroller);
  gtk_widget_class_bind_template_child (widget_class, SamPlanPage, areas_box);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "plan.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-plan", NULL, edit_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-plan", NULL, delete_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.new-activity", NULL, new_activity_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-activity", NULL, delete_activity_action);
  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_action);

  /**
   * SamPlanPage:sort:
   *
   * The order of the activities: "title", "priority", "status",
   * "category", "body", "follow-up" or "budget" (the largest first).
   */
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "title",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "plan.sort", "sort");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planpage");
}

static void
sam_plan_page_init (SamPlanPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkSpinButton *year_spins[3];

  /* The sort menu reads the property as soon as the template is built. */
  self->sort = g_strdup ("title");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->question_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->area_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->body_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->bound_items = g_hash_table_new (NULL, NULL);

  year_spins[0] = self->first_year_spin;
  year_spins[1] = self->last_year_spin;
  year_spins[2] = self->revised_year_spin;
  for (guint i = 0; i < G_N_ELEMENTS (year_spins); i++)
    {
      g_signal_connect (year_spins[i], "output", G_CALLBACK (year_spin_output_cb), NULL);
      g_signal_connect (year_spins[i], "input", G_CALLBACK (year_spin_input_cb), NULL);
    }

  self->sorted = gtk_sort_list_model_new (NULL, NULL);
  /* Another plan shows its first rows in the next frame and the others
   * over the frames after it. */
  self->shown = sam_growing_model_new (G_LIST_MODEL (self->sorted), 14, 10);
  sam_growing_model_set_widget (self->shown, GTK_WIDGET (self->list_view));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  apply_sort (self);
}

static void
setup_store (SamPlanPage *self)
{
  GtkWidget *editor = sam_activity_editor_new (self->store);

  self->editor = SAM_ACTIVITY_EDITOR (editor);
  gtk_scrolled_window_set_child (self->activity_scroller, editor);

  self->plan_areas = SAM_PLAN_AREAS (sam_plan_areas_new (self->store));
  gtk_box_append (self->areas_box, GTK_WIDGET (self->plan_areas));

  self->plan_form = sam_form_new (self->store);
  sam_form_bind_editable (self->plan_form, GTK_EDITABLE (self->plan_title_row), "title", TRUE);
  sam_form_bind_spin (self->plan_form, self->first_year_spin, "first-year");
  sam_form_bind_spin (self->plan_form, self->last_year_spin, "last-year");
  sam_form_bind_spin (self->plan_form, self->revised_year_spin, "revised-year");
  sam_form_bind_date (self->plan_form, self->adopted_on_row, "adopted-on");
  sam_form_bind_text_view (self->plan_form, self->summary_view, "summary");
  g_signal_connect_object (self->plan_form, "saved", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_form, "reloaded", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_form, "failed", G_CALLBACK (form_failed_cb), self, G_CONNECT_SWAPPED);

  self->bodies = sam_store_list_bodies (self->store);
  g_signal_connect_object (self->bodies, "items-changed", G_CALLBACK (names_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_names (self->body_names, self->bodies);

  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (sorted_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->plans = sam_store_list_plans (self->store);
  g_signal_connect_object (self->plan_choice, "notify::selected-id",
                           G_CALLBACK (plan_selected_cb), self, G_CONNECT_SWAPPED);
  sam_plan_choice_set_source (self->plan_choice, self->plans, sam_plan_label, NULL);

  /* The newest plan comes first; a draft without activities yet is passed
   * over for the newest plan that has some. */
  for (guint i = 0; i < g_list_model_get_n_items (self->plans); i++)
    {
      g_autoptr(SamPlan) plan = g_list_model_get_item (self->plans, i);
      g_autoptr(GListModel) activities = sam_store_list_activities (self->store,
                                                                    sam_entity_get_id (SAM_ENTITY (plan)));

      if (g_list_model_get_n_items (activities) > 0)
        {
          sam_plan_choice_set_selected_id (self->plan_choice, sam_entity_get_id (SAM_ENTITY (plan)));
          break;
        }
    }

  set_plan (self, sam_plan_choice_get_selected_id (self->plan_choice));
}

/**
 * sam_plan_page_new:
 * @store: the store whose plans to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_plan_page_new (SamContext *context)
{
  SamStore *store;
  SamPlanPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_PLAN_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  setup_store (self);

  return GTK_WIDGET (self);
}

/**
 * sam_plan_page_open:
 * @page: a #SamPlanPage
 * @id: an activity's id
 *
 * Shows the activity's plan and the activity beside it.
 */
void
sam_plan_page_open (GtkWidget *page,
                    gint64     id)
{
  g_return_if_fail (SAM_IS_PLAN_PAGE (page));

  open_activity (SAM_PLAN_PAGE (page), id, TRUE);
}

gint64
sam_plan_page_get_plan_id (SamPlanPage *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), 0);

  return self->plan_id;
}

void
sam_plan_page_set_plan_id (SamPlanPage *self,
                           gint64       plan_id)
{
  g_return_if_fail (SAM_IS_PLAN_PAGE (self));

  sam_plan_choice_set_selected_id (self->plan_choice, plan_id);
}

/* The activity shown beside the table, or 0. */
gint64
sam_plan_page_get_activity_id (SamPlanPage *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), 0);

  return self->activity_id;
}

/**
 * sam_plan_page_get_sorted_model:
 *
 * Returns: (transfer none): the activities of the plan in the order shown
 */
GListModel *
sam_plan_page_get_sorted_model (SamPlanPage *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

/**
 * sam_plan_page_get_list_view:
 *
 * Returns: (transfer none): the list of activities
 */
GtkListView *
sam_plan_page_get_list_view (SamPlanPage *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), NULL);

  return self->list_view;
}

/**
 * sam_plan_page_new_plan:
 *
 * Adds a plan for the coming three years and shows its details.
 *
 * Returns: the new plan's id, or 0
 */
gint64
sam_plan_page_new_plan (SamPlanPage *self)
{
  g_autoptr(SamPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), 0);

  year = sam_plan_this_year (GTK_WIDGET (self)) + 1;
  plan = sam_plan_new ();
  sam_plan_set_title (plan, _("Operational plan"));
  sam_plan_set_first_year (plan, year);
  sam_plan_set_last_year (plan, year + 2);

  if (!sam_store_insert (self->store, plan, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return 0;
    }

  sam_plan_choice_set_selected_id (self->plan_choice, sam_entity_get_id (SAM_ENTITY (plan)));
  show_side (self, "plan", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_title_row));

  return sam_entity_get_id (SAM_ENTITY (plan));
}

/**
 * sam_plan_page_new_activity:
 *
 * Adds an activity to the plan shown and opens it with its title ready to
 * be typed over.
 *
 * Returns: the new activity's id, or 0
 */
gint64
sam_plan_page_new_activity (SamPlanPage *self)
{
  g_autoptr(SamActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), 0);

  if (self->plan_id <= 0)
    return 0;

  activity = sam_activity_new ();
  sam_activity_set_plan_id (activity, self->plan_id);
  sam_activity_set_title (activity, _("New activity"));

  if (!sam_store_insert (self->store, activity, &error))
    {
      sam_plan_show_message (GTK_WIDGET (self), error->message);
      return 0;
    }

  open_activity (self, sam_entity_get_id (SAM_ENTITY (activity)), TRUE);
  sam_activity_editor_focus_title (self->editor);

  return sam_entity_get_id (SAM_ENTITY (activity));
}

/**
 * sam_plan_page_delete_activity:
 *
 * Deletes the activity shown, with a toast to undo it.
 */
gboolean
sam_plan_page_delete_activity (SamPlanPage *self)
{
  g_autoptr(SamActivity) activity = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SAM_IS_PLAN_PAGE (self), FALSE);

  if (sam_activity_editor_get_activity (self->editor) == NULL)
    return FALSE;

  sam_activity_editor_flush (self->editor);
  activity = g_object_ref (sam_activity_editor_get_activity (self->editor));

  /* Translators: shown after an activity was deleted. */
  title = g_strdup_printf (_("“%s” deleted"), sam_activity_get_title (activity));

  close_activity (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "main");

  return delete_with_undo (self, activity, title, undo_delete);
}
