/* sam-decisions-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-decisions-page"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sam-assignment-row.h"
#include "sam-decision-row.h"
#include "sam-decisions-page.h"
#include "sam-stable-model.h"

typedef enum
{
  SHOW_ALL,
  SHOW_OPEN,
  SHOW_OVERDUE,
  SHOW_MINE,
  SHOW_MUNICIPALITY,
} ShowAssignments;

/* What a decision or an assignment needs from its agenda item and meeting,
 * read once per item. */
typedef struct
{
  gint64  meeting_id;
  gint64  body_id;
  int     year;
  char   *meeting_line;
  char   *item_line;
  char   *number;
  char   *search_text;
} ItemInfo;

struct _SamDecisionsPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  AdwViewStack      *view_stack;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *body_drop_down;
  GtkDropDown       *year_drop_down;
  GtkDropDown       *status_drop_down;
  GtkStack          *decisions_stack;
  AdwStatusPage     *decisions_empty;
  GtkListView       *decisions_view;
  GtkToggleButton   *all_toggle;
  GtkToggleButton   *open_toggle;
  GtkToggleButton   *overdue_toggle;
  GtkToggleButton   *mine_toggle;
  GtkToggleButton   *municipality_toggle;
  GtkWidget         *who_box;
  GtkLabel          *who_label;
  GtkStack          *assignments_stack;
  AdwStatusPage     *assignments_empty;
  GtkWidget         *choose_user_button;
  GtkListView       *assignments_view;

  /* Owned */
  SamStore          *store;
  GHashTable        *item_infos;
  GListModel        *decisions;
  SamStableModel    *decisions_stable;
  GtkCustomFilter   *decision_filter;
  GtkFilterListModel *decisions_filtered;
  GtkSingleSelection *decisions_selection;
  GListModel        *bodies;
  GArray            *body_ids;
  GListModel        *meetings;
  GArray            *years;
  SamStableModel    *assignments_stable;
  GtkCustomFilter   *assignment_filter;
  GtkFilterListModel *assignments_filtered;
  char              *needle;
  GPtrArray         *rows;

  ShowAssignments    show;
  ShowAssignments    shown_before;
  gint64             user_id;
  gint64             user_municipality_id;
  gboolean           updating_filters;
};

G_DEFINE_FINAL_TYPE (SamDecisionsPage, sam_decisions_page, GTK_TYPE_WIDGET)

static void apply_show  (SamDecisionsPage *self);
static void update_user (SamDecisionsPage *self);

static void
item_info_free (gpointer data)
{
  ItemInfo *info = data;

  g_free (info->meeting_line);
  g_free (info->item_line);
  g_free (info->number);
  g_free (info->search_text);
  g_free (info);
}

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static const ItemInfo *
get_item_info (SamDecisionsPage *self,
               gint64            agenda_item_id)
{
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autofree char *date = NULL;
  g_autofree char *search = NULL;
  ItemInfo *info;
  const char *starts_at;
  const char *body_name;
  const char *number;
  const char *title;

  info = g_hash_table_lookup (self->item_infos, &agenda_item_id);
  if (info != NULL)
    return info;

  info = g_new0 (ItemInfo, 1);

  if (agenda_item_id > 0)
    item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, agenda_item_id, NULL);
  if (item != NULL)
    meeting = sam_store_load (self->store, SAM_TYPE_MEETING, sam_agenda_item_get_meeting_id (item), NULL);

  if (meeting != NULL)
    {
      starts_at = sam_meeting_get_starts_at (meeting);
      body_name = sam_meeting_get_body_name (meeting);
      info->meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
      info->body_id = sam_meeting_get_body_id (meeting);
      info->year = starts_at != NULL ? atoi (starts_at) : 0;
      if (starts_at != NULL && strlen (starts_at) >= 10)
        {
          g_autofree char *day = g_strndup (starts_at, 10);

          date = sam_format_date (day);
        }

      if (date != NULL && body_name != NULL)
        /* Translators: the meeting a decision was made at: its date and
         * the body, for example "29 January 2019 · Director group". */
        info->meeting_line = g_strdup_printf (_("%s · %s"), date, body_name);
      else
        info->meeting_line = g_strdup (date != NULL ? date : body_name);
    }

  if (item != NULL)
    {
      number = sam_agenda_item_get_number (item);
      title = sam_agenda_item_get_title (item);
      info->number = g_strdup (number);
      if (number != NULL && number[0] != '\0')
        /* Translators: an agenda item with its number, for example
         * "3. DUA agreement within MLR". */
        info->item_line = g_strdup_printf (_("%s. %s"), number, title != NULL ? title : "");
      else
        info->item_line = g_strdup (title);
    }

  search = g_strjoin (" ", info->meeting_line != NULL ? info->meeting_line : "",
                      info->item_line != NULL ? info->item_line : "", NULL);
  info->search_text = fold (search);

  g_hash_table_insert (self->item_infos, g_memdup2 (&agenda_item_id, sizeof agenda_item_id), info);

  return info;
}

static gint64
selected_id (GtkDropDown *drop_down,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;

  return g_array_index (ids, gint64, selected);
}

/* The register of decisions */

static gboolean
decision_filter_func (gpointer item,
                      gpointer user_data)
{
  SamDecisionsPage *self = user_data;
  SamDecision *decision = item;
  const ItemInfo *info = get_item_info (self, sam_decision_get_agenda_item_id (decision));
  gint64 body_id = selected_id (self->body_drop_down, self->body_ids);
  gint64 year = selected_id (self->year_drop_down, self->years);
  guint status = gtk_drop_down_get_selected (self->status_drop_down);

  if (body_id != 0 && info->body_id != body_id)
    return FALSE;

  if (year != 0 && info->year != year)
    return FALSE;

  if (status != 0 && status != GTK_INVALID_LIST_POSITION
      && sam_decision_get_follow_up (decision) != (SamFollowUp)(status - 1))
    return FALSE;

  if (self->needle != NULL && self->needle[0] != '\0')
    {
      g_autofree char *text = fold (sam_decision_get_text (decision));
      g_autofree char *note = fold (sam_decision_get_follow_up_note (decision));

      if (strstr (text, self->needle) == NULL
          && strstr (note, self->needle) == NULL
          && strstr (info->search_text, self->needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
update_decisions_empty (SamDecisionsPage *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->decisions_stable)) > 0;
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->decisions_filtered)) > 0;

  if (any)
    {
      adw_status_page_set_icon_name (self->decisions_empty, "edit-find-symbolic");
      adw_status_page_set_title (self->decisions_empty, _("No matching decisions"));
      adw_status_page_set_description (self->decisions_empty,
                                       _("Try another body, year, follow-up or search"));
    }
  else
    {
      adw_status_page_set_icon_name (self->decisions_empty, "emblem-ok-symbolic");
      adw_status_page_set_title (self->decisions_empty, _("No decisions yet"));
      adw_status_page_set_description (self->decisions_empty,
                                       _("Decisions written in the minutes of a meeting are collected "
                                         "here, so that their follow-up can be tracked"));
    }

  gtk_stack_set_visible_child_name (self->decisions_stack, shown ? "list" : "empty");
}

static void
refilter_decisions (SamDecisionsPage *self)
{
  g_assert (SAM_IS_DECISIONS_PAGE (self));

  if (self->updating_filters)
    return;

  gtk_filter_changed (GTK_FILTER (self->decision_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_decisions_empty (self);
}

static void
search_changed_cb (SamDecisionsPage *self)
{
  g_assert (SAM_IS_DECISIONS_PAGE (self));

  g_free (self->needle);
  self->needle = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  refilter_decisions (self);
}

static void
set_drop_down_strings (SamDecisionsPage *self,
                       GtkDropDown      *drop_down,
                       GArray           *ids,
                       GStrvBuilder     *labels,
                       gint64            keep_id)
{
  g_auto(GStrv) strings = g_strv_builder_end (labels);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *)strings);
  guint selected = 0;

  for (guint i = 1; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == keep_id)
      selected = i;

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (drop_down, selected);
  self->updating_filters = FALSE;
}

static void
bodies_changed_cb (SamDecisionsPage *self)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  gint64 keep = selected_id (self->body_drop_down, self->body_ids);
  gint64 none = 0;
  guint n = g_list_model_get_n_items (self->bodies);

  g_array_set_size (self->body_ids, 0);
  g_array_append_val (self->body_ids, none);
  g_strv_builder_add (labels, _("Every body"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (self->bodies, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (body));

      g_array_append_val (self->body_ids, id);
      g_strv_builder_add (labels, sam_body_get_name (body));
    }

  set_drop_down_strings (self, self->body_drop_down, self->body_ids, labels, keep);
  refilter_decisions (self);
}

static int
compare_years_desc (gconstpointer a,
                    gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
meetings_changed_cb (SamDecisionsPage *self)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 keep = selected_id (self->year_drop_down, self->years);
  gint64 none = 0;
  guint n = g_list_model_get_n_items (self->meetings);

  /* Agenda items and meetings may have changed: read them again. */
  g_hash_table_remove_all (self->item_infos);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (self->meetings, i);
      const char *starts_at = sam_meeting_get_starts_at (meeting);
      gint64 year = starts_at != NULL ? atoi (starts_at) : 0;
      gboolean seen = FALSE;

      for (guint j = 0; j < found->len && !seen; j++)
        seen = g_array_index (found, gint64, j) == year;
      if (year > 0 && !seen)
        g_array_append_val (found, year);
    }
  g_array_sort (found, compare_years_desc);

  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, none);
  g_strv_builder_add (labels, _("Every year"));
  for (guint i = 0; i < found->len; i++)
    {
      gint64 year = g_array_index (found, gint64, i);
      g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      g_array_append_val (self->years, year);
      g_strv_builder_add (labels, label);
    }

  set_drop_down_strings (self, self->year_drop_down, self->years, labels, keep);
  refilter_decisions (self);
}

static void
row_finalized_cb (gpointer  data,
                  GObject  *where_the_row_was)
{
  SamDecisionsPage *self = data;

  if (self->rows != NULL)
    g_ptr_array_remove_fast (self->rows, where_the_row_was);
}

static void
track_row (SamDecisionsPage *self,
           GtkWidget        *row)
{
  g_ptr_array_add (self->rows, row);
  g_object_weak_ref (G_OBJECT (row), row_finalized_cb, self);
}

static char *
origin_line (SamDecisionsPage *self,
             SamAssignment    *assignment)
{
  gint64 item_id = sam_assignment_get_agenda_item_id (assignment);
  const ItemInfo *info;

  if (item_id <= 0)
    return NULL;

  info = get_item_info (self, item_id);
  if (info->number != NULL && info->meeting_line != NULL)
    /* Translators: where an assignment was given: the meeting and the
     * agenda item number, "29 January 2019 · Director group, item 4". */
    return g_strdup_printf (_("%s, item %s"), info->meeting_line, info->number);

  return g_strdup (info->meeting_line);
}

/* A renamed body, a moved meeting or a retitled item changes what the
 * rows say around their decision or assignment; read it all again. */
static void
store_changed_cb (SamDecisionsPage *self,
                  const char       *table,
                  gint64            id,
                  SamStoreChange    kind,
                  SamStore         *store)
{
  const char * const context_tables[] = {
    "agenda_item", "meeting", "body", "person", "municipality", NULL
  };

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  /* Who the user is lives in the database's settings, beside others that
   * an import also fills in: only a new user changes "Mine". */
  if (g_str_equal (table, "setting"))
    {
      gint64 user_id = self->user_id;

      update_user (self);
      if (self->user_id != user_id)
        apply_show (self);
      return;
    }

  if (!g_strv_contains (context_tables, table))
    return;

  g_hash_table_remove_all (self->item_infos);
  if (g_str_equal (table, "person"))
    update_user (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (SAM_IS_DECISION_ROW (row))
        {
          SamDecision *decision = sam_decision_row_get_decision (SAM_DECISION_ROW (row));
          const ItemInfo *info;

          if (decision == NULL)
            continue;
          info = get_item_info (self, sam_decision_get_agenda_item_id (decision));
          sam_decision_row_set_decision (SAM_DECISION_ROW (row), decision, info->meeting_line, info->item_line);
        }
      else
        {
          SamAssignment *assignment = sam_assignment_row_get_assignment (SAM_ASSIGNMENT_ROW (row));
          g_autofree char *origin = NULL;

          if (assignment == NULL)
            continue;
          origin = origin_line (self, assignment);
          sam_assignment_row_set_assignment (SAM_ASSIGNMENT_ROW (row), assignment, origin);
        }
    }

  refilter_decisions (self);
}

static void
decision_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   SamDecisionsPage         *self)
{
  GtkWidget *row = sam_decision_row_new (self->store);

  track_row (self, row);
  gtk_list_item_set_child (list_item, row);
}

static void
decision_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SamDecisionsPage         *self)
{
  SamDecision *decision = gtk_list_item_get_item (list_item);
  const ItemInfo *info = get_item_info (self, sam_decision_get_agenda_item_id (decision));

  sam_decision_row_set_decision (SAM_DECISION_ROW (gtk_list_item_get_child (list_item)),
                                 decision, info->meeting_line, info->item_line);
}

static void
decision_unbind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    SamDecisionsPage         *self)
{
  sam_decision_row_set_decision (SAM_DECISION_ROW (gtk_list_item_get_child (list_item)),
                                 NULL, NULL, NULL);
}

static void
open_agenda_item (SamDecisionsPage *self,
                  gint64            agenda_item_id)
{
  const ItemInfo *info = get_item_info (self, agenda_item_id);

  /* The meeting, at the item that decided or gave the assignment. */
  if (info->meeting_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-item", "x", agenda_item_id);
}

static void
decision_activate_cb (SamDecisionsPage *self,
                      guint             position)
{
  g_autoptr(SamDecision) decision = g_list_model_get_item (G_LIST_MODEL (self->decisions_filtered), position);

  if (decision != NULL)
    open_agenda_item (self, sam_decision_get_agenda_item_id (decision));
}

/* Assignments */

static void
update_user (SamDecisionsPage *self)
{
  g_autofree char *uuid = sam_store_get_user_person (self->store);
  g_autoptr(SamPerson) person = NULL;

  if (uuid != NULL)
    person = sam_store_load_by_uuid (self->store, SAM_TYPE_PERSON, uuid, NULL);

  self->user_id = person != NULL ? sam_entity_get_id (SAM_ENTITY (person)) : 0;
  self->user_municipality_id = person != NULL ? sam_person_get_municipality_id (person) : 0;

  if (person != NULL)
    {
      g_autoptr(SamMunicipality) municipality = NULL;
      g_autofree char *label = NULL;

      if (self->user_municipality_id > 0)
        municipality = sam_store_load (self->store, SAM_TYPE_MUNICIPALITY, self->user_municipality_id, NULL);

      if (municipality != NULL)
        /* Translators: who the user said they are, with their municipality,
         * above their assignments: "You are Britt Steiner, Lund". */
        label = g_strdup_printf (_("You are %s, %s"), sam_person_get_name (person),
                                 sam_municipality_get_name (municipality));
      else
        /* Translators: who the user said they are, above their assignments. */
        label = g_strdup_printf (_("You are %s"), sam_person_get_name (person));

      gtk_label_set_label (self->who_label, label);
    }
}

static gboolean
assignment_filter_func (gpointer item,
                        gpointer user_data)
{
  SamDecisionsPage *self = user_data;
  SamAssignment *assignment = item;

  if (self->show != SHOW_MUNICIPALITY)
    return TRUE;

  switch (sam_assignment_get_owner_kind (assignment))
    {
    case SAM_OWNER_KIND_ALL_MEMBERS:
      return TRUE;

    case SAM_OWNER_KIND_MUNICIPALITY:
      return sam_assignment_get_owner_municipality_id (assignment) == self->user_municipality_id;

    case SAM_OWNER_KIND_PERSON:
      {
        g_autoptr(SamPerson) person = NULL;

        if (sam_assignment_get_owner_person_id (assignment) == self->user_id)
          return TRUE;
        person = sam_store_load (self->store, SAM_TYPE_PERSON,
                                 sam_assignment_get_owner_person_id (assignment), NULL);
        return person != NULL && self->user_municipality_id > 0
               && sam_person_get_municipality_id (person) == self->user_municipality_id;
      }

    case SAM_OWNER_KIND_NONE:
    case SAM_OWNER_KIND_BODY:
    default:
      return FALSE;
    }
}

static void
update_assignments_empty (SamDecisionsPage *self)
{
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->assignments_filtered)) > 0;
  gboolean unknown_user = self->user_id == 0 && (self->show == SHOW_MINE || self->show == SHOW_MUNICIPALITY);
  const char *title;

  switch (self->show)
    {
    case SHOW_OPEN:
      title = _("No open assignments");
      break;
    case SHOW_OVERDUE:
      title = _("Nothing is overdue");
      break;
    case SHOW_MINE:
      title = _("No assignments of yours");
      break;
    case SHOW_MUNICIPALITY:
      title = _("No assignments for your municipality");
      break;
    case SHOW_ALL:
    default:
      title = _("No assignments yet");
      break;
    }

  if (unknown_user)
    {
      adw_status_page_set_title (self->assignments_empty, _("Who are you?"));
      adw_status_page_set_description (self->assignments_empty,
                                       _("Choose yourself among the people to see the assignments "
                                         "that are yours and your municipality’s"));
    }
  else
    {
      adw_status_page_set_title (self->assignments_empty, title);
      adw_status_page_set_description (self->assignments_empty,
                                       _("Assignments given in the minutes of a meeting are followed up here"));
    }
  gtk_widget_set_visible (self->choose_user_button, unknown_user);
  gtk_stack_set_visible_child_name (self->assignments_stack, shown ? "list" : "empty");
}

static void
assignments_changed_cb (SamDecisionsPage *self)
{
  update_assignments_empty (self);
}

static void
assignment_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     SamDecisionsPage         *self)
{
  GtkWidget *row = sam_assignment_row_new (self->store);

  track_row (self, row);
  gtk_list_item_set_child (list_item, row);
}

static void
assignment_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    SamDecisionsPage         *self)
{
  SamAssignment *assignment = gtk_list_item_get_item (list_item);
  g_autofree char *origin = origin_line (self, assignment);

  sam_assignment_row_set_assignment (SAM_ASSIGNMENT_ROW (gtk_list_item_get_child (list_item)),
                                     assignment, origin);
}

static void
assignment_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      SamDecisionsPage         *self)
{
  sam_assignment_row_set_assignment (SAM_ASSIGNMENT_ROW (gtk_list_item_get_child (list_item)),
                                     NULL, NULL);
}

static void
assignment_activate_cb (SamDecisionsPage *self,
                        guint             position)
{
  g_autoptr(SamAssignment) assignment =
    g_list_model_get_item (G_LIST_MODEL (self->assignments_filtered), position);

  if (assignment != NULL && sam_assignment_get_agenda_item_id (assignment) > 0)
    open_agenda_item (self, sam_assignment_get_agenda_item_id (assignment));
}

static void
choose_user_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         SamDecisionsPage *self)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  SamEntity *person = gtk_drop_down_get_selected_item (drop_down);

  if (g_strcmp0 (response, "choose") == 0 && person != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!sam_store_set_user_person (self->store, sam_entity_get_uuid (person), &error))
        g_warning ("Could not remember who the user is: %s", error->message);
      return;
    }

  /* Without knowing who the user is, Mine cannot be shown. */
  if (self->user_id == 0 && (self->show == SHOW_MINE || self->show == SHOW_MUNICIPALITY))
    {
      GtkToggleButton *toggles[] = {
        self->all_toggle, self->open_toggle, self->overdue_toggle,
        self->mine_toggle, self->municipality_toggle,
      };
      ShowAssignments before = self->shown_before;

      if (before == SHOW_MINE || before == SHOW_MUNICIPALITY)
        before = SHOW_OPEN;
      gtk_toggle_button_set_active (toggles[before], TRUE);
    }
}

static char *
person_name_cb (SamPerson *person)
{
  return person != NULL ? g_strdup (sam_person_get_name (person)) : NULL;
}

static void
choose_user (SamDecisionsPage *self)
{
  g_autoptr(GListModel) people = sam_store_list_people (self->store);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkExpression *expression;
  GtkWidget *dialog;
  GtkWidget *drop_down;
  guint n = g_list_model_get_n_items (people);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Who are you?"),
                                   _("Choose yourself among the people, so that the assignments "
                                     "that are yours and your municipality’s can be shown"));

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (person_name_cb), NULL, NULL);
  drop_down = gtk_drop_down_new (g_object_ref (people), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Person"),
                                  -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamEntity) person = g_list_model_get_item (people, i);

      if (sam_entity_get_id (person) == self->user_id)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "choose", _("_Choose"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "choose", n > 0);

  g_signal_connect_object (dialog, "response", G_CALLBACK (choose_user_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_user_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_user (SAM_DECISIONS_PAGE (widget));
}

static void
open_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_agenda_item (SAM_DECISIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
apply_show (SamDecisionsPage *self)
{
  g_autoptr(GListModel) source = NULL;
  g_autofree char *today = sam_today ();

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  switch (self->show)
    {
    case SHOW_OPEN:
      source = sam_store_list_open_assignments (self->store);
      break;
    case SHOW_OVERDUE:
      source = sam_store_list_overdue_assignments (self->store, today);
      break;
    case SHOW_MINE:
      source = sam_store_list_assignments_by_owner (self->store, SAM_OWNER_KIND_PERSON, self->user_id);
      break;
    case SHOW_MUNICIPALITY:
    case SHOW_ALL:
    default:
      source = sam_store_list_assignments (self->store);
      break;
    }

  gtk_widget_set_visible (self->who_box, self->user_id != 0
                          && (self->show == SHOW_MINE || self->show == SHOW_MUNICIPALITY));

  sam_stable_model_set_source (self->assignments_stable, source);
  gtk_filter_changed (GTK_FILTER (self->assignment_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_assignments_empty (self);
}

static void
show_toggled_cb (SamDecisionsPage *self,
                 GtkToggleButton  *toggle)
{
  ShowAssignments show;

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  if (!gtk_toggle_button_get_active (toggle))
    return;

  if (toggle == self->all_toggle)
    show = SHOW_ALL;
  else if (toggle == self->overdue_toggle)
    show = SHOW_OVERDUE;
  else if (toggle == self->mine_toggle)
    show = SHOW_MINE;
  else if (toggle == self->municipality_toggle)
    show = SHOW_MUNICIPALITY;
  else
    show = SHOW_OPEN;

  if (show == self->show)
    return;

  self->shown_before = self->show;
  self->show = show;

  if ((show == SHOW_MINE || show == SHOW_MUNICIPALITY) && self->user_id == 0)
    choose_user (self);

  apply_show (self);
}

static void
stable_item_updated_cb (SamDecisionsPage *self)
{
  refilter_decisions (self);
}

static void
assignment_item_updated_cb (SamDecisionsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->assignment_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_assignments_empty (self);
}

static void
sam_decisions_page_dispose (GObject *object)
{
  SamDecisionsPage *self = (SamDecisionsPage *)object;
  GtkWidget *child;

  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_data (self->bodies, self);
  if (self->meetings != NULL)
    g_signal_handlers_disconnect_by_data (self->meetings, self);

  /* The rows go with the template; they need not tell us. */
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->rows, i), row_finalized_cb, self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_DECISIONS_PAGE);

  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->decisions_selection);
  g_clear_object (&self->decisions_filtered);
  g_clear_object (&self->decision_filter);
  g_clear_object (&self->decisions_stable);
  g_clear_object (&self->decisions);
  g_clear_object (&self->assignments_filtered);
  g_clear_object (&self->assignment_filter);
  g_clear_object (&self->assignments_stable);
  g_clear_object (&self->bodies);
  g_clear_object (&self->meetings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->item_infos, g_hash_table_unref);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (sam_decisions_page_parent_class)->dispose (object);
}

static void
sam_decisions_page_class_init (SamDecisionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_decisions_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/"
                                               "sam-decisions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, body_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, year_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, decisions_stack);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, decisions_empty);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, decisions_view);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, open_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, mine_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, municipality_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, who_box);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, who_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, assignments_stack);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, assignments_empty);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, choose_user_button);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionsPage, assignments_view);

  gtk_widget_class_install_action (widget_class, "decisions.choose-user", NULL, choose_user_action);
  gtk_widget_class_install_action (widget_class, "decisions.open-item", "x", open_item_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decisionspage");
}

static void
sam_decisions_page_init (SamDecisionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->item_infos = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, item_info_free);
  self->body_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->years = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->show = SHOW_OPEN;
  self->shown_before = SHOW_OPEN;
}

static void
setup (SamDecisionsPage *self)
{
  g_autoptr(GtkListItemFactory) decision_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) assignment_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) assignment_selection = NULL;
  GtkToggleButton *toggles[] = {
    self->all_toggle, self->open_toggle, self->overdue_toggle,
    self->mine_toggle, self->municipality_toggle,
  };

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  update_user (self);

  /* The register */
  self->decisions = sam_store_list_decisions (self->store);
  self->decisions_stable = sam_stable_model_new (self->decisions);
  self->decision_filter = gtk_custom_filter_new (decision_filter_func, self, NULL);
  self->decisions_filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->decisions_stable)),
                                                        g_object_ref (GTK_FILTER (self->decision_filter)));
  self->decisions_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->decisions_filtered)));
  gtk_single_selection_set_autoselect (self->decisions_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->decisions_selection, TRUE);
  gtk_single_selection_set_selected (self->decisions_selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (decision_factory, "setup", G_CALLBACK (decision_setup_cb), self);
  g_signal_connect (decision_factory, "bind", G_CALLBACK (decision_bind_cb), self);
  g_signal_connect (decision_factory, "unbind", G_CALLBACK (decision_unbind_cb), self);
  gtk_list_view_set_factory (self->decisions_view, decision_factory);
  gtk_list_view_set_model (self->decisions_view, GTK_SELECTION_MODEL (self->decisions_selection));

  g_signal_connect_object (self->decisions_stable, "item-updated",
                           G_CALLBACK (stable_item_updated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->decisions_filtered, "items-changed",
                           G_CALLBACK (update_decisions_empty), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->decisions_view, "activate",
                           G_CALLBACK (decision_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);

  self->bodies = sam_store_list_bodies (self->store);
  g_signal_connect_swapped (self->bodies, "items-changed", G_CALLBACK (bodies_changed_cb), self);
  bodies_changed_cb (self);

  self->meetings = sam_store_list_meetings (self->store);
  g_signal_connect_swapped (self->meetings, "items-changed", G_CALLBACK (meetings_changed_cb), self);
  meetings_changed_cb (self);

  /* Assignments */
  self->assignments_stable = sam_stable_model_new (NULL);
  self->assignment_filter = gtk_custom_filter_new (assignment_filter_func, self, NULL);
  self->assignments_filtered =
    gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->assignments_stable)),
                               g_object_ref (GTK_FILTER (self->assignment_filter)));
  assignment_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->assignments_filtered)));

  g_signal_connect (assignment_factory, "setup", G_CALLBACK (assignment_setup_cb), self);
  g_signal_connect (assignment_factory, "bind", G_CALLBACK (assignment_bind_cb), self);
  g_signal_connect (assignment_factory, "unbind", G_CALLBACK (assignment_unbind_cb), self);
  gtk_list_view_set_factory (self->assignments_view, assignment_factory);
  gtk_list_view_set_model (self->assignments_view, GTK_SELECTION_MODEL (assignment_selection));

  g_signal_connect_object (self->assignments_stable, "item-updated",
                           G_CALLBACK (assignment_item_updated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assignments_filtered, "items-changed",
                           G_CALLBACK (assignments_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assignments_view, "activate",
                           G_CALLBACK (assignment_activate_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    g_signal_connect_object (toggles[i], "toggled", G_CALLBACK (show_toggled_cb), self, G_CONNECT_SWAPPED);

  apply_show (self);
  update_decisions_empty (self);
}

/**
 * sam_decisions_page_new:
 * @store: the store whose decisions and assignments to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_decisions_page_new (SamStore *store)
{
  SamDecisionsPage *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_DECISIONS_PAGE, NULL);
  self->store = g_object_ref (store);
  setup (self);

  return GTK_WIDGET (self);
}

/**
 * sam_decisions_page_open:
 * @page: a #SamDecisionsPage
 * @decision_id: the decision to show
 *
 * Shows the register with every filter cleared and the decision selected.
 */
void
sam_decisions_page_open (GtkWidget *page,
                         gint64     decision_id)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (page);
  int position;

  g_return_if_fail (SAM_IS_DECISIONS_PAGE (page));

  adw_view_stack_set_visible_child_name (self->view_stack, "decisions");

  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->needle, g_free);
  gtk_drop_down_set_selected (self->body_drop_down, 0);
  gtk_drop_down_set_selected (self->year_drop_down, 0);
  gtk_drop_down_set_selected (self->status_drop_down, 0);
  self->updating_filters = FALSE;
  refilter_decisions (self);

  position = sam_stable_model_find (self->decisions_stable, decision_id);
  if (position < 0)
    return;

  gtk_single_selection_set_selected (self->decisions_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->decisions_view), "list.scroll-to-item", "u", position);
}

/**
 * sam_decisions_page_show_assignments:
 * @page: a #SamDecisionsPage
 *
 * Switches to the assignments, as the overview's "open assignments" does.
 */
void
sam_decisions_page_show_assignments (GtkWidget *page)
{
  g_return_if_fail (SAM_IS_DECISIONS_PAGE (page));

  adw_view_stack_set_visible_child_name (SAM_DECISIONS_PAGE (page)->view_stack, "assignments");
}

/**
 * sam_decisions_page_open_assignment:
 * @page: a #SamDecisionsPage
 * @assignment_id: the assignment to show
 *
 * Shows every assignment and scrolls to this one; what the overview, a
 * person's page and the year at a glance open.
 */
void
sam_decisions_page_open_assignment (GtkWidget *page,
                                    gint64     assignment_id)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (page);
  GListModel *shown;

  g_return_if_fail (SAM_IS_DECISIONS_PAGE (page));

  adw_view_stack_set_visible_child_name (self->view_stack, "assignments");
  gtk_toggle_button_set_active (self->all_toggle, TRUE);

  shown = G_LIST_MODEL (self->assignments_filtered);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SamEntity) assignment = g_list_model_get_item (shown, i);

      if (sam_entity_get_id (assignment) == assignment_id)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->assignments_view), "list.scroll-to-item", "u", i);
          break;
        }
    }
}

/**
 * sam_decisions_page_get_decisions:
 *
 * Returns: (transfer none): the decisions the register shows, filtered
 */
GListModel *
sam_decisions_page_get_decisions (SamDecisionsPage *self)
{
  g_return_val_if_fail (SAM_IS_DECISIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->decisions_filtered);
}

/**
 * sam_decisions_page_get_assignments:
 *
 * Returns: (transfer none): the assignments shown under the current filter
 */
GListModel *
sam_decisions_page_get_assignments (SamDecisionsPage *self)
{
  g_return_val_if_fail (SAM_IS_DECISIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->assignments_filtered);
}
