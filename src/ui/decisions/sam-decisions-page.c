/* sam-decisions-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-decisions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-assignment-row.h"
#include "sam-decision-row.h"
#include "sam-decisions-page.h"
#include "sam-growing-model.h"
#include "sam-kept-items.h"

/* The register of decisions and the assignments. Both lists are the
 * store's registers, filtered in SQL: a filter or a keystroke in the
 * search changes the query's parameters, and a row shows what the query
 * derived for it. While the page is not shown its lists stop following
 * the store and catch up when it is shown again. */

typedef enum
{
  SHOW_ALL,
  SHOW_OPEN,
  SHOW_OVERDUE,
  SHOW_MINE,
  SHOW_MUNICIPALITY,
} ShowAssignments;

struct _SamDecisionsPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwViewStack       *view_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *body_drop_down;
  GtkDropDown        *year_drop_down;
  GtkDropDown        *status_drop_down;
  GtkStack           *decisions_stack;
  AdwStatusPage      *decisions_empty;
  GtkListView        *decisions_view;
  GtkToggleButton    *all_toggle;
  GtkToggleButton    *open_toggle;
  GtkToggleButton    *overdue_toggle;
  GtkToggleButton    *mine_toggle;
  GtkToggleButton    *municipality_toggle;
  GtkWidget          *who_box;
  GtkLabel           *who_label;
  GtkStack           *assignments_stack;
  AdwStatusPage      *assignments_empty;
  GtkWidget          *choose_user_button;
  GtkListView        *assignments_view;

  /* Owned */
  SamStore           *store;
  GListModel         *decisions;
  SamKeptItems       *decisions_kept;
  SamGrowingModel    *decisions_shown;
  GtkSingleSelection *decisions_selection;
  GListModel         *bodies;
  GArray             *body_ids;
  GArray             *years;
  GListModel         *assignments;
  SamKeptItems       *assignments_kept;
  SamGrowingModel    *assignments_shown;
  char               *today;

  ShowAssignments     show;
  ShowAssignments     shown_before;
  gint64              user_id;
  gint64              user_municipality_id;
  gboolean            updating_filters;
  gboolean            years_stale;
  gboolean            user_stale;
};

/* The rows a list shows in the frame after a new filter, and how many
 * more in each frame after that: about a screenful of these rows. */
#define FIRST_ROWS 12
#define MORE_ROWS 8

G_DEFINE_FINAL_TYPE (SamDecisionsPage, sam_decisions_page, GTK_TYPE_WIDGET)

static void apply_show  (SamDecisionsPage *self);
static void update_user     (SamDecisionsPage *self);
static void user_changed_cb (SamDecisionsPage *self);
static void choose_user (SamDecisionsPage *self);

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

static void
update_decisions_empty (SamDecisionsPage *self)
{
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->decisions_kept)) > 0;

  /* Only an empty list asks whether there are any decisions at all. */
  if (!shown && sam_store_count (self->store, SAM_TYPE_DECISION) > 0)
    {
      adw_status_page_set_icon_name (self->decisions_empty, "edit-find-symbolic");
      adw_status_page_set_title (self->decisions_empty, _("No matching decisions"));
      adw_status_page_set_description (self->decisions_empty,
                                       _("Try another body, year, follow-up or search"));
    }
  else if (!shown)
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
  g_autoptr(GError) error = NULL;
  SamDecisionFilter filter = { 0 };
  guint status;

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  if (self->updating_filters || self->decisions == NULL)
    return;

  status = gtk_drop_down_get_selected (self->status_drop_down);
  filter.body_id = selected_id (self->body_drop_down, self->body_ids);
  filter.year = (int)selected_id (self->year_drop_down, self->years);
  filter.follow_up = status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int)status - 1;
  filter.text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (!sam_store_filter_decision_register (self->decisions, &filter, &error))
    g_warning ("Could not filter the decisions: %s", error->message);
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

  /* A body that went away no longer filters. */
  if (keep != 0 && selected_id (self->body_drop_down, self->body_ids) != keep)
    refilter_decisions (self);
}

/* The years that have meetings, asked of the store in one query. */
static void
update_years (SamDecisionsPage *self)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep = selected_id (self->year_drop_down, self->years);
  gint64 none = 0;

  self->years_stale = FALSE;
  found = sam_store_list_meeting_years (self->store, &error);
  if (found == NULL)
    {
      g_warning ("Could not list the years: %s", error->message);
      return;
    }

  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, none);
  g_strv_builder_add (labels, _("Every year"));
  for (guint i = 0; i < found->len; i++)
    {
      gint64 year = g_array_index (found, int, i);
      g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      g_array_append_val (self->years, year);
      g_strv_builder_add (labels, label);
    }

  set_drop_down_strings (self, self->year_drop_down, self->years, labels, keep);

  if (keep != 0 && selected_id (self->year_drop_down, self->years) != keep)
    refilter_decisions (self);
}

/* The registers follow the store by themselves; what the page reads around
 * them (the years, who the user is) it reads again here, or when it is
 * shown next if it is hidden now. */
static void
store_changed_cb (SamDecisionsPage *self,
                  const char       *table,
                  gint64            id,
                  SamStoreChange    kind,
                  SamStore         *store)
{
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self));

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  /* Who the user is lives in the database's settings, beside others that
   * an import also fills in: only a new user changes "Mine". */
  if (g_str_equal (table, "setting"))
    {
      gint64 user_id = self->user_id;

      update_user (self);
      if (self->user_id != user_id)
        user_changed_cb (self);
      return;
    }

  if (g_str_equal (table, "meeting"))
    {
      if (mapped)
        update_years (self);
      else
        self->years_stale = TRUE;
    }
  else if (g_str_equal (table, "person") || g_str_equal (table, "municipality"))
    {
      if (mapped)
        update_user (self);
      else
        self->user_stale = TRUE;
    }
}

static void
open_agenda_item (SamDecisionsPage *self,
                  gint64            agenda_item_id)
{
  /* The meeting, at the item that decided or gave the assignment. */
  if (agenda_item_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-item", "x", agenda_item_id);
}

static void
decision_activate_cb (SamDecisionsPage *self,
                      guint             position)
{
  g_autoptr(SamDecision) decision = g_list_model_get_item (G_LIST_MODEL (self->decisions_kept), position);

  if (decision != NULL && sam_decision_get_meeting_id (decision) > 0)
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

static void
update_assignments_empty (SamDecisionsPage *self)
{
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->assignments_kept)) > 0;
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
assignment_activate_cb (SamDecisionsPage *self,
                        guint             position)
{
  g_autoptr(SamAssignment) assignment =
    g_list_model_get_item (G_LIST_MODEL (self->assignments_kept), position);

  if (assignment != NULL && sam_assignment_get_meeting_id (assignment) > 0)
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

/* The rows edit through these, so that they need not know the store. */
static void
set_follow_up_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (widget);
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  gint32 follow_up;

  g_variant_get (parameter, "(xi)", &id, &follow_up);
  decision = sam_store_load (self->store, SAM_TYPE_DECISION, id, &error);
  if (decision == NULL || sam_decision_get_follow_up (decision) == (SamFollowUp)follow_up)
    return;

  sam_decision_set_follow_up (decision, follow_up);
  if (!sam_store_update (self->store, decision, &error))
    g_warning ("Could not save the follow-up: %s", error->message);
}

static void
set_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (widget);
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  const char *note;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &note);
  decision = sam_store_load (self->store, SAM_TYPE_DECISION, id, &error);
  if (decision == NULL)
    {
      g_warning ("Could not save the follow-up note: %s", error->message);
      return;
    }

  if (g_strcmp0 (sam_decision_get_follow_up_note (decision) ?: "", note) == 0)
    return;

  sam_decision_set_follow_up_note (decision, note[0] != '\0' ? note : NULL);
  if (!sam_store_update (self->store, decision, &error))
    g_warning ("Could not save the follow-up note: %s", error->message);
}

/* Marking done records the day; unmarking opens it again. */
static void
mark_done_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (widget);
  g_autoptr(SamAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;
  gint64 id;

  g_variant_get (parameter, "(xb)", &id, &done);
  assignment = sam_store_load (self->store, SAM_TYPE_ASSIGNMENT, id, &error);
  if (assignment == NULL)
    {
      g_warning ("Could not mark the assignment: %s", error->message);
      return;
    }

  if (done)
    {
      sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_DONE);
      sam_assignment_set_completed_on (assignment, self->today);
    }
  else
    {
      sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_OPEN);
      sam_assignment_set_completed_on (assignment, NULL);
    }

  if (!sam_store_update (self->store, assignment, &error))
    g_warning ("Could not mark the assignment: %s", error->message);
}

static void
apply_show (SamDecisionsPage *self)
{
  g_autoptr(GError) error = NULL;
  SamAssignmentFilter filter = { 0 };
  /* Someone unknown owns nothing. */
  gint64 user = self->user_id != 0 ? self->user_id : -1;

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  g_free (self->today);
  self->today = sam_today (GTK_WIDGET (self));

  filter.today = self->today;
  filter.status = -1;
  switch (self->show)
    {
    case SHOW_OPEN:
      filter.status = SAM_ASSIGNMENT_STATUS_OPEN;
      break;
    case SHOW_OVERDUE:
      filter.overdue = TRUE;
      break;
    case SHOW_MINE:
      filter.person_id = user;
      break;
    case SHOW_MUNICIPALITY:
      filter.person_id = user;
      filter.with_municipality = TRUE;
      filter.municipality_id = self->user_municipality_id;
      break;
    case SHOW_ALL:
    default:
      break;
    }

  gtk_widget_set_visible (self->who_box, self->user_id != 0
                          && (self->show == SHOW_MINE || self->show == SHOW_MUNICIPALITY));

  if (self->assignments == NULL)
    {
      self->assignments = sam_store_list_assignment_register (self->store, &filter);
      return;
    }

  if (!sam_store_filter_assignment_register (self->assignments, &filter, &error))
    g_warning ("Could not filter the assignments: %s", error->message);
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
user_changed_cb (SamDecisionsPage *self)
{
  g_assert (SAM_IS_DECISIONS_PAGE (self));

  update_user (self);
  apply_show (self);
}

static void
set_frozen (SamDecisionsPage *self,
            gboolean          frozen)
{
  sam_store_register_set_frozen (self->decisions, frozen);
  sam_store_register_set_frozen (self->assignments, frozen);
  sam_store_register_set_frozen (self->bodies, frozen);
}

static void
sam_decisions_page_map (GtkWidget *widget)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (widget);

  /* Catch up with what changed while hidden: one query per list. */
  if (self->years_stale)
    update_years (self);
  if (self->user_stale)
    {
      self->user_stale = FALSE;
      update_user (self);
    }
  set_frozen (self, FALSE);

  GTK_WIDGET_CLASS (sam_decisions_page_parent_class)->map (widget);
}

static void
sam_decisions_page_unmap (GtkWidget *widget)
{
  SamDecisionsPage *self = SAM_DECISIONS_PAGE (widget);

  GTK_WIDGET_CLASS (sam_decisions_page_parent_class)->unmap (widget);

  set_frozen (self, TRUE);
}

static void
sam_decisions_page_dispose (GObject *object)
{
  SamDecisionsPage *self = (SamDecisionsPage *)object;
  GtkWidget *child;

  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_data (self->bodies, self);

  /* The lists let go of their rows before they go: a list still growing
   * must not build rows into a list view that is being disposed. */
  if (self->decisions_view != NULL)
    gtk_list_view_set_model (self->decisions_view, NULL);
  if (self->assignments_view != NULL)
    gtk_list_view_set_model (self->assignments_view, NULL);
  if (self->decisions_shown != NULL)
    sam_growing_model_set_widget (self->decisions_shown, NULL);
  if (self->assignments_shown != NULL)
    sam_growing_model_set_widget (self->assignments_shown, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_DECISIONS_PAGE);

  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->decisions_selection);
  g_clear_object (&self->decisions_shown);
  g_clear_object (&self->decisions_kept);
  g_clear_object (&self->decisions);
  g_clear_object (&self->assignments_shown);
  g_clear_object (&self->assignments_kept);
  g_clear_object (&self->assignments);
  g_clear_object (&self->bodies);
  g_clear_object (&self->store);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (sam_decisions_page_parent_class)->dispose (object);
}

static void
sam_decisions_page_class_init (SamDecisionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_decisions_page_dispose;
  widget_class->map = sam_decisions_page_map;
  widget_class->unmap = sam_decisions_page_unmap;

  /* The list item factories in the template build these. */
  g_type_ensure (SAM_TYPE_DECISION_ROW);
  g_type_ensure (SAM_TYPE_ASSIGNMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/decisions/"
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
  gtk_widget_class_install_action (widget_class, "decisions.set-follow-up", "(xi)", set_follow_up_action);
  gtk_widget_class_install_action (widget_class, "decisions.set-note", "(xs)", set_note_action);
  gtk_widget_class_install_action (widget_class, "decisions.mark-done", "(xb)", mark_done_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decisionspage");
}

static void
sam_decisions_page_init (SamDecisionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->body_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->years = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->show = SHOW_OPEN;
  self->shown_before = SHOW_OPEN;
}

/* The list of assignments gets its rows once its tab is first shown: a
 * list view builds a couple of hundred rows, which a visit to the
 * decisions need not pay for. */
static void
attach_assignments (SamDecisionsPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_assert (SAM_IS_DECISIONS_PAGE (self));

  if (gtk_list_view_get_model (self->assignments_view) != NULL
      || g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "assignments") != 0)
    return;

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->assignments_shown)));
  gtk_list_view_set_model (self->assignments_view, GTK_SELECTION_MODEL (selection));
}

static void
setup (SamDecisionsPage *self)
{
  GtkToggleButton *toggles[] = {
    self->all_toggle, self->open_toggle, self->overdue_toggle,
    self->mine_toggle, self->municipality_toggle,
  };

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  update_user (self);

  /* The register */
  self->bodies = sam_store_list_bodies (self->store);
  g_signal_connect_swapped (self->bodies, "items-changed", G_CALLBACK (bodies_changed_cb), self);
  bodies_changed_cb (self);
  update_years (self);

  self->decisions = sam_store_list_decision_register (self->store, NULL);
  self->decisions_kept = sam_kept_items_new (self->decisions);
  /* A new filter or search shows its first rows in the frame that follows
   * it and the others over the next frames: a row is a dozen widgets. */
  self->decisions_shown = sam_growing_model_new (G_LIST_MODEL (self->decisions_kept), FIRST_ROWS, MORE_ROWS);
  sam_growing_model_set_widget (self->decisions_shown, GTK_WIDGET (self->decisions_view));
  self->decisions_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->decisions_shown)));
  gtk_single_selection_set_autoselect (self->decisions_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->decisions_selection, TRUE);
  gtk_single_selection_set_selected (self->decisions_selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->decisions_view, GTK_SELECTION_MODEL (self->decisions_selection));

  g_signal_connect_object (self->decisions_kept, "items-changed",
                           G_CALLBACK (update_decisions_empty), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->decisions_view, "activate",
                           G_CALLBACK (decision_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_drop_down, "notify::selected",
                           G_CALLBACK (refilter_decisions), self, G_CONNECT_SWAPPED);

  /* Assignments */
  apply_show (self);
  self->assignments_kept = sam_kept_items_new (self->assignments);
  self->assignments_shown = sam_growing_model_new (G_LIST_MODEL (self->assignments_kept), FIRST_ROWS, MORE_ROWS);
  sam_growing_model_set_widget (self->assignments_shown, GTK_WIDGET (self->assignments_view));
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (attach_assignments), self, G_CONNECT_SWAPPED);
  attach_assignments (self);

  g_signal_connect_object (self->assignments_kept, "items-changed",
                           G_CALLBACK (assignments_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assignments_view, "activate",
                           G_CALLBACK (assignment_activate_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    g_signal_connect_object (toggles[i], "toggled", G_CALLBACK (show_toggled_cb), self, G_CONNECT_SWAPPED);

  update_decisions_empty (self);
  update_assignments_empty (self);

  /* Not shown yet: the lists wait for the first map. */
  set_frozen (self, TRUE);
}

/**
 * sam_decisions_page_new:
 * @store: the store whose decisions and assignments to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_decisions_page_new (SamContext *context)
{
  SamStore *store;
  SamDecisionsPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_DECISIONS_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
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
  gtk_drop_down_set_selected (self->body_drop_down, 0);
  gtk_drop_down_set_selected (self->year_drop_down, 0);
  gtk_drop_down_set_selected (self->status_drop_down, 0);
  self->updating_filters = FALSE;

  /* Opened from elsewhere, the page may not be shown yet: catch up first. */
  sam_store_register_set_frozen (self->decisions, FALSE);
  refilter_decisions (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    sam_store_register_set_frozen (self->decisions, TRUE);

  position = sam_store_register_find (self->decisions, decision_id);
  if (position < 0)
    return;

  sam_growing_model_reveal (self->decisions_shown, (guint)position);
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
  int position;

  g_return_if_fail (SAM_IS_DECISIONS_PAGE (page));

  adw_view_stack_set_visible_child_name (self->view_stack, "assignments");
  gtk_toggle_button_set_active (self->all_toggle, TRUE);

  sam_store_register_set_frozen (self->assignments, FALSE);
  apply_show (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    sam_store_register_set_frozen (self->assignments, TRUE);

  position = sam_store_register_find (self->assignments, assignment_id);
  if (position < 0)
    return;

  sam_growing_model_reveal (self->assignments_shown, (guint)position);
  gtk_widget_activate_action (GTK_WIDGET (self->assignments_view), "list.scroll-to-item", "u", position);
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

  return G_LIST_MODEL (self->decisions_kept);
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

  return G_LIST_MODEL (self->assignments_kept);
}
