/* sam-overview-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-overview-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-overview-page.h"
#include "sam-labels.h"

/* How many coming meetings of one body the overview shows, and how many in
 * all: enough to see what is next without turning into the meetings list. */
#define MEETINGS_PER_BODY 2
#define MAX_MEETINGS      12
#define DUE_WITHIN_DAYS   30
/* Twenty years leave hundreds of overdue assignments; the overview shows
 * the most pressing and leads to the register for the rest. */
#define MAX_ASSIGNMENTS   10

struct _SamOverviewPage
{
  AdwBin      parent_instance;

  /* Template widgets */
  GtkListBox *meetings_list;
  GtkListBox *assignments_list;
  GtkListBox *focus_list;
  GtkListBox *trip_list;
  GtkListBox *groups_list;
  AdwPreferencesGroup *assignments_group;
  AdwPreferencesGroup *focus_group;
  GtkDropDown *user_drop_down;

  /* Owned */
  SamStore   *store;
  GListModel *people;
  char       *user_person;
  char       *today;
  gulong      store_changed_id;
  guint       rebuild_id;
  guint       midnight_id;
  gboolean    dirty;
  gboolean    pinned_today;
  gboolean    updating_user;
};

G_DEFINE_FINAL_TYPE (SamOverviewPage, sam_overview_page, ADW_TYPE_BIN)

static void rebuild (SamOverviewPage *self);

/* Dates */

static char *
compute_today (SamOverviewPage *self)
{
  return sam_context_today (sam_context_for_widget (GTK_WIDGET (self)));
}

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (!sam_date_split (iso, &year, &month, &day))
    return FALSE;

  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

/* Days from @today to @iso: negative in the past. */
static gboolean
days_until (const char *today,
            const char *iso,
            int        *days)
{
  GDate from, to;

  if (!parse_date (today, &from) || !parse_date (iso, &to))
    return FALSE;

  *days = g_date_days_between (&from, &to);

  return TRUE;
}

static char *
relative_day (int days)
{
  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days == -1)
    return g_strdup (_("yesterday"));
  if (days > 0)
    return g_strdup_printf (ngettext ("in %d day", "in %d days", days), days);

  return g_strdup_printf (ngettext ("%d day ago", "%d days ago", -days), -days);
}

/* The tag beside an open assignment: how soon it is due, or since when
 * it is overdue. */
static char *
relative_due (int         days,
              const char *due_on,
              const char *today)
{
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days == 1)
    return g_strdup (_("Due tomorrow"));
  if (days > 0)
    return g_strdup_printf (ngettext ("Due in %d day", "Due in %d days", days), days);

  return sam_overdue_label (due_on, today);
}

/* Local wall-clock times are formatted as they are (in UTC), so no time
 * zone rule can move them. */
static char *
format_date_time (const char *iso)
{
  g_autoptr(GDateTime) date_time = NULL;
  int hour = -1;

  if (iso == NULL || iso[0] == '\0')
    return g_strdup (_("No date set"));

  date_time = sam_date_time_from_iso (iso);
  if (date_time == NULL || !sam_date_time_split (iso, NULL, NULL, NULL, &hour, NULL))
    return g_strdup (iso);

  if (hour < 0)
    /* Translators: a date on the overview. See g_date_time_format(). */
    return g_date_time_format (date_time, _("%a %-d %b %Y"));

  /* Translators: a date and time on the overview. See g_date_time_format(). */
  return g_date_time_format (date_time, _("%a %-d %b %Y, %H:%M"));
}

/* Rows */

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "overview-placeholder");
  gtk_list_box_set_placeholder (list, label);
}

/* Every row stands for one thing elsewhere and opens it through win.open. */
static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         GtkWidget  *suffix,
         const char *section,
         gint64      id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data (G_OBJECT (row), "sam-section", (gpointer)section);
  g_object_set_data_full (G_OBJECT (row), "sam-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_list_box_append (list, row);

  return row;
}

static GtkWidget *
make_tag (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "overview-tag");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static char *
entity_name (SamStore *store,
             GType     type,
             gint64    id)
{
  g_autoptr(SamEntity) entity = NULL;
  const char *name = NULL;

  if (id <= 0)
    return NULL;

  entity = sam_store_load (store, type, id, NULL);
  if (entity == NULL)
    return NULL;

  if (SAM_IS_PERSON (entity))
    name = sam_person_get_name (SAM_PERSON (entity));
  else if (SAM_IS_BODY (entity))
    name = sam_body_get_name (SAM_BODY (entity));
  else if (SAM_IS_MUNICIPALITY (entity))
    name = sam_municipality_get_name (SAM_MUNICIPALITY (entity));

  return g_strdup (name);
}

static const char *
meeting_title (SamMeeting *meeting)
{
  const char *title = sam_meeting_get_title (meeting);

  if (title == NULL || title[0] == '\0')
    title = sam_meeting_get_theme (meeting);
  if (title == NULL || title[0] == '\0')
    title = sam_meeting_get_body_name (meeting);
  if (title == NULL || title[0] == '\0')
    title = _("Untitled meeting");

  return title;
}

static char *
meeting_subtitle (SamOverviewPage *self,
                  SamMeeting      *meeting,
                  gboolean         with_body)
{
  g_autofree char *when = format_date_time (sam_meeting_get_starts_at (meeting));
  g_autofree char *relative = NULL;
  GString *text = g_string_new (NULL);
  const char *body_name = sam_meeting_get_body_name (meeting);
  const char *location = sam_meeting_get_location (meeting);
  int days;

  if (with_body && body_name != NULL && body_name[0] != '\0'
      && g_strcmp0 (body_name, meeting_title (meeting)) != 0)
    {
      g_string_append (text, body_name);
      g_string_append (text, " · ");
    }

  g_string_append (text, when);
  if (days_until (self->today, sam_meeting_get_starts_at (meeting), &days))
    {
      relative = relative_day (days);
      /* Translators: a date followed by how far away it is, such as
       * "Tue 5 Mar 2019 (in 3 days)". */
      g_string_append_printf (text, _(" (%s)"), relative);
    }

  if (sam_meeting_get_online (meeting))
    g_string_append_printf (text, " · %s", _("Online"));
  else if (location != NULL && location[0] != '\0')
    g_string_append_printf (text, " · %s", location);

  return g_string_free (text, FALSE);
}

static void
add_meeting_row (SamOverviewPage *self,
                 GtkListBox      *list,
                 SamMeeting      *meeting,
                 gboolean         agenda_button)
{
  g_autofree char *subtitle = meeting_subtitle (self, meeting, TRUE);
  g_autofree char *escaped_title = g_markup_escape_text (meeting_title (meeting), -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));
  GtkWidget *button = NULL;

  if (agenda_button)
    {
      button = gtk_button_new_with_label (_("Agenda"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Open the meeting and its agenda"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(sx)", "meetings", id);
      gtk_widget_add_css_class (button, "flat");
    }

  add_row (list, escaped_title, escaped_subtitle, button, "meetings", id);
}

/* Coming meetings: the next few of every body. */
static void
build_meetings (SamOverviewPage *self)
{
  g_autoptr(GListModel) upcoming = sam_store_list_upcoming_meetings (self->store, self->today);
  g_autoptr(GHashTable) per_body = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n_items = g_list_model_get_n_items (upcoming);
  guint shown = 0;

  clear_list (self->meetings_list);

  for (guint i = 0; i < n_items && shown < MAX_MEETINGS; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (upcoming, i);
      gint64 body_id = sam_meeting_get_body_id (meeting);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_body, &body_id));

      if (count >= MEETINGS_PER_BODY)
        continue;

      g_hash_table_insert (per_body, g_memdup2 (&body_id, sizeof body_id), GUINT_TO_POINTER (count + 1));
      add_meeting_row (self, self->meetings_list, meeting, TRUE);
      shown++;
    }
}

/* Assignments: whose they are, and whether they are the user's own. */
typedef struct
{
  gint64 person_id;
  gint64 municipality_id;
} Me;

static gboolean
assignment_is_mine (SamAssignment *assignment,
                    const Me      *me)
{
  switch (sam_assignment_get_owner_kind (assignment))
    {
    case SAM_OWNER_KIND_PERSON:
      return me->person_id > 0 && sam_assignment_get_owner_person_id (assignment) == me->person_id;
    case SAM_OWNER_KIND_MUNICIPALITY:
      return me->municipality_id > 0
             && sam_assignment_get_owner_municipality_id (assignment) == me->municipality_id;
    case SAM_OWNER_KIND_ALL_MEMBERS:
      return me->municipality_id > 0;
    case SAM_OWNER_KIND_NONE:
    case SAM_OWNER_KIND_BODY:
    default:
      return FALSE;
    }
}

static char *
assignment_owner (SamOverviewPage *self,
                  SamAssignment   *assignment)
{
  switch (sam_assignment_get_owner_kind (assignment))
    {
    case SAM_OWNER_KIND_PERSON:
      return entity_name (self->store, SAM_TYPE_PERSON,
                          sam_assignment_get_owner_person_id (assignment));
    case SAM_OWNER_KIND_BODY:
      return entity_name (self->store, SAM_TYPE_BODY,
                          sam_assignment_get_owner_body_id (assignment));
    case SAM_OWNER_KIND_MUNICIPALITY:
      return entity_name (self->store, SAM_TYPE_MUNICIPALITY,
                          sam_assignment_get_owner_municipality_id (assignment));
    case SAM_OWNER_KIND_ALL_MEMBERS:
      return g_strdup (_("All member municipalities"));
    case SAM_OWNER_KIND_NONE:
      /* A role or an outside organisation, written out. */
      return sam_assignment_get_owner_text (assignment) != NULL
             && sam_assignment_get_owner_text (assignment)[0] != '\0'
             ? g_strdup (sam_assignment_get_owner_text (assignment))
             : NULL;
    default:
      return NULL;
    }
}

static void
find_me (SamOverviewPage *self,
         Me              *me)
{
  g_autofree char *uuid = sam_store_get_user_person (self->store);
  g_autoptr(SamPerson) person = NULL;

  me->person_id = 0;
  me->municipality_id = 0;

  if (uuid == NULL || uuid[0] == '\0')
    return;

  person = sam_store_load_by_uuid (self->store, SAM_TYPE_PERSON, uuid, NULL);
  if (person == NULL)
    return;

  me->person_id = sam_entity_get_id (SAM_ENTITY (person));
  me->municipality_id = sam_person_get_municipality_id (person);
}

static void
add_assignment_row (SamOverviewPage *self,
                    SamAssignment   *assignment,
                    int              days,
                    gboolean         mine)
{
  g_autofree char *owner = assignment_owner (self, assignment);
  g_autofree char *due = relative_due (days, sam_assignment_get_due_on (assignment), self->today);
  g_autofree char *date = format_date_time (sam_assignment_get_due_on (assignment));
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  const char *text = sam_assignment_get_title (assignment);
  GtkWidget *row;

  if (text == NULL || text[0] == '\0')
    text = _("Untitled assignment");

  if (owner != NULL && owner[0] != '\0')
    /* Translators: who an assignment is for, and its due date. */
    subtitle = g_strdup_printf (_("%s · due %s"), owner, date);
  else
    subtitle = g_strdup_printf (_("Due %s"), date);

  title = g_markup_escape_text (text, -1);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

    row = add_row (self->assignments_list, title, escaped,
                   make_tag (due, days < 0 ? "overdue" : (days <= 7 ? "soon" : NULL)),
                   "assignment", sam_entity_get_id (SAM_ENTITY (assignment)));
  }

  if (mine)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_tag (_("Yours"), "mine"));
}

static void
build_assignments (SamOverviewPage *self)
{
  GDate last;
  char last_day[16];
  g_autoptr(GListModel) open = NULL;
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;
  guint n_shown = 0;
  Me me;

  clear_list (self->assignments_list);
  find_me (self, &me);

  if (!parse_date (self->today, &last))
    return;
  g_date_add_days (&last, DUE_WITHIN_DAYS);
  g_snprintf (last_day, sizeof last_day, "%04d-%02d-%02d",
              g_date_get_year (&last), g_date_get_month (&last), g_date_get_day (&last));
  open = sam_store_list_open_assignments_due_by (self->store, last_day);
  n_items = g_list_model_get_n_items (open);

  /* Enough of the user's own and of the others to fill the list. */
  for (guint i = 0;
       i < n_items && (others->len < MAX_ASSIGNMENTS || (me.person_id > 0 && mine->len < MAX_ASSIGNMENTS));
       i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (open, i);

      if (assignment_is_mine (assignment, &me))
        g_ptr_array_add (mine, g_steal_pointer (&assignment));
      else
        g_ptr_array_add (others, g_steal_pointer (&assignment));
    }

  /* The store lists them by due date; the user's own come first. */
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *assignments = pass == 0 ? mine : others;

      for (guint i = 0; i < assignments->len; i++)
        {
          SamAssignment *assignment = g_ptr_array_index (assignments, i);
          int days = 0;

          if (n_shown >= MAX_ASSIGNMENTS)
            break;
          days_until (self->today, sam_assignment_get_due_on (assignment), &days);
          add_assignment_row (self, assignment, days, pass == 0);
          n_shown++;
        }
    }

  if (n_items > n_shown)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (ngettext ("%u more is overdue or due within a month",
                                        "%u more are overdue or due within a month",
                                        n_items - n_shown),
                              n_items - n_shown);
      add_row (self->assignments_list, more, _("Show them in Decisions and assignments"),
               NULL, "decisions", 0);
    }
}

static guint
add_focus_rows (SamOverviewPage *self,
                SamPlan         *plan)
{
  g_autoptr(GListModel) questions = NULL;
  guint n_items, n_shown = 0;

  questions = sam_store_list_focus_questions (self->store, sam_entity_get_id (SAM_ENTITY (plan)));
  n_items = g_list_model_get_n_items (questions);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamFocusQuestion) question = g_list_model_get_item (questions, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (question));
      g_autoptr(GArray) responsible = NULL;
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (sam_focus_question_get_status (question) != SAM_FOCUS_STATUS_ACTIVE)
        continue;

      responsible = sam_store_get_responsible_ids (self->store, id);
      for (guint j = 0; responsible != NULL && j < responsible->len; j++)
        {
          g_autofree char *name = entity_name (self->store, SAM_TYPE_MUNICIPALITY,
                                               g_array_index (responsible, gint64, j));

          if (name == NULL)
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, name);
        }

      title = g_markup_escape_text (sam_focus_question_get_title (question) != NULL
                                    ? sam_focus_question_get_title (question) : "", -1);
      if (names->len > 0)
        {
          /* Translators: the municipalities responsible for a focus question. */
          g_autofree char *text = g_strdup_printf (_("Responsible: %s"), names->str);

          subtitle = g_markup_escape_text (text, -1);
        }
      else
        subtitle = g_strdup (_("No responsible municipality yet"));

      add_row (self->focus_list, title, subtitle, NULL, "focus-questions", id);
      n_shown++;
    }

  return n_shown;
}

/* The active focus questions of the newest plan. A newer plan that is
 * still a draft without focus questions does not hide those of the plan in
 * force, so the first plan that has active ones is shown. */
static void
build_focus_questions (SamOverviewPage *self)
{
  g_autoptr(GListModel) plans = sam_store_list_plans (self->store);
  guint n_plans = g_list_model_get_n_items (plans);

  clear_list (self->focus_list);
  adw_preferences_group_set_description (self->focus_group, NULL);

  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(SamPlan) plan = g_list_model_get_item (plans, i);

      if (add_focus_rows (self, plan) > 0)
        {
          adw_preferences_group_set_description (self->focus_group, sam_plan_get_title (plan));
          break;
        }
    }
}

/* The current study trip: the newest one. */
static void
build_trip (SamOverviewPage *self)
{
  g_autoptr(GListModel) trips = sam_store_list_study_trips (self->store);
  g_autoptr(SamStudyTrip) trip = NULL;
  g_autoptr(GListModel) destinations = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  const char *chosen = NULL;
  g_autoptr(SamDestination) chosen_destination = NULL;
  guint n_destinations, n_shortlisted = 0;
  GtkWidget *row;

  clear_list (self->trip_list);

  if (g_list_model_get_n_items (trips) == 0)
    return;

  trip = g_list_model_get_item (trips, 0);
  destinations = sam_store_list_destinations (self->store, sam_entity_get_id (SAM_ENTITY (trip)));
  n_destinations = g_list_model_get_n_items (destinations);

  for (guint i = 0; i < n_destinations; i++)
    {
      g_autoptr(SamDestination) destination = g_list_model_get_item (destinations, i);

      if (sam_destination_get_shortlisted (destination))
        n_shortlisted++;
      if (sam_destination_get_chosen (destination) && chosen_destination == NULL)
        chosen_destination = g_steal_pointer (&destination);
    }

  if (chosen_destination != NULL)
    chosen = sam_destination_get_city (chosen_destination);

  if (sam_study_trip_get_starts_on (trip) != NULL && sam_study_trip_get_starts_on (trip)[0] != '\0')
    {
      g_autofree char *date = format_date_time (sam_study_trip_get_starts_on (trip));

      g_string_append (subtitle, date);
      g_string_append (subtitle, " · ");
    }

  if (chosen != NULL && chosen[0] != '\0')
    /* Translators: the destination chosen for a study trip. */
    g_string_append_printf (subtitle, _("Going to %s"), chosen);
  else if (n_destinations == 0)
    g_string_append (subtitle, _("No destinations proposed yet"));
  else
    {
      g_autofree char *proposed = g_strdup_printf (ngettext ("%u destination proposed",
                                                             "%u destinations proposed",
                                                             n_destinations),
                                                   n_destinations);
      g_string_append (subtitle, proposed);
      g_string_append (subtitle, ", ");
      g_string_append_printf (subtitle, ngettext ("%u shortlisted", "%u shortlisted", n_shortlisted),
                              n_shortlisted);
    }

  title = g_markup_escape_text (sam_study_trip_get_title (trip) != NULL
                                ? sam_study_trip_get_title (trip) : _("Study trip"), -1);
  escaped = g_markup_escape_text (subtitle->str, -1);
  row = add_row (self->trip_list, title, escaped, NULL, "study-trips",
                 sam_entity_get_id (SAM_ENTITY (trip)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             make_tag (sam_trip_status_label (sam_study_trip_get_status (trip)), "trip"));
}

/* This month's meetings of the working groups and the networks. */
static void
build_group_meetings (SamOverviewPage *self)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GHashTable) group_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  char month[8];
  int year = 0;
  guint n_items;

  clear_list (self->groups_list);

  if (!sam_date_split (self->today, &year, NULL, NULL))
    return;
  g_strlcpy (month, self->today, sizeof month);

  for (guint pass = 0; pass < 2; pass++)
    {
      SamBodyKind kind = pass == 0 ? SAM_BODY_KIND_WORKING_GROUP : SAM_BODY_KIND_NETWORK;
      g_autoptr(GListModel) bodies = sam_store_list_bodies_by_kind (self->store, kind);

      for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
        {
          g_autoptr(SamEntity) body = g_list_model_get_item (bodies, i);
          gint64 id = sam_entity_get_id (body);

          g_hash_table_add (group_ids, g_memdup2 (&id, sizeof id));
        }
    }

  meetings = sam_store_list_meetings_by_year (self->store, year);
  n_items = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 body_id = sam_meeting_get_body_id (meeting);
      const char *starts_at = sam_meeting_get_starts_at (meeting);

      if (starts_at == NULL || strncmp (starts_at, month, 7) != 0)
        continue;
      if (!g_hash_table_contains (group_ids, &body_id))
        continue;
      if (sam_meeting_get_status (meeting) == SAM_MEETING_STATUS_CANCELLED)
        continue;

      add_meeting_row (self, self->groups_list, meeting, FALSE);
    }
}

/* The user: a person in the database, chosen once. */
static void
build_user_choices (SamOverviewPage *self)
{
  g_autofree char *uuid = sam_store_get_user_person (self->store);
  gint64 id = uuid != NULL ? sam_store_find_id (self->store, SAM_TYPE_PERSON, uuid) : 0;
  int position = id > 0 ? sam_store_view_find (self->people, id) : -1;

  g_free (self->user_person);
  self->user_person = g_strdup (uuid);

  /* The people are only read as the menu shows them. */
  self->updating_user = TRUE;
  gtk_drop_down_set_selected (self->user_drop_down, position >= 0 ? (guint)position + 1 : 0);
  self->updating_user = FALSE;
}

static void
rebuild (SamOverviewPage *self)
{
  self->dirty = FALSE;

  build_meetings (self);
  build_assignments (self);
  build_focus_questions (self);
  build_trip (self);
  build_group_meetings (self);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  SamOverviewPage *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Many changes arrive at once (an import, a moved item): build once after
 * them, and only while the overview is shown. */
static void
queue_rebuild (SamOverviewPage *self)
{
  self->dirty = TRUE;

  if (self->rebuild_id != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, self, NULL);
}

static gboolean
update_today (SamOverviewPage *self)
{
  g_autofree char *today = NULL;

  if (self->pinned_today)
    return FALSE;

  today = compute_today (self);
  if (g_strcmp0 (today, self->today) == 0)
    return FALSE;

  g_free (self->today);
  self->today = g_steal_pointer (&today);

  return TRUE;
}

static void schedule_midnight (SamOverviewPage *self);

static gboolean
midnight_cb (gpointer user_data)
{
  SamOverviewPage *self = user_data;

  self->midnight_id = 0;
  if (update_today (self))
    queue_rebuild (self);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_midnight (SamOverviewPage *self)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (GTK_WIDGET (self)));
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) start = NULL;
  GTimeSpan until;

  g_clear_handle_id (&self->midnight_id, g_source_remove);

  start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  midnight = g_date_time_add_days (start, 1);
  until = g_date_time_difference (midnight, now);

  self->midnight_id = g_timeout_add_seconds ((guint)(until / G_TIME_SPAN_SECOND) + 1, midnight_cb, self);
}

/* Callbacks */

static void
store_changed_cb (SamStore        *store,
                  const char      *table,
                  gint64           id,
                  int              kind,
                  SamOverviewPage *self)
{
  /* Who the user is lives in the database's settings, beside others that
   * an import fills in: only a new user changes the choices. */
  if (g_strcmp0 (table, "setting") == 0)
    {
      g_autofree char *uuid = sam_store_get_user_person (self->store);

      if (g_strcmp0 (uuid, self->user_person) != 0)
        build_user_choices (self);
    }
  queue_rebuild (self);
}

static void
people_changed_cb (GListModel      *model,
                   guint            position,
                   guint            removed,
                   guint            added,
                   SamOverviewPage *self)
{
  build_user_choices (self);
}

static void
user_selected_cb (SamOverviewPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->user_drop_down);
  g_autofree char *uuid = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->updating_user || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The first choice is "Who are you?", then the people. */
  id = selected > 0 ? sam_store_view_get_id (self->people, selected - 1) : 0;
  if (id > 0)
    uuid = sam_store_find_uuid (self->store, SAM_TYPE_PERSON, id);

  if (!sam_store_set_user_person (self->store, uuid, &error))
    g_warning ("Could not remember who the user is: %s", error->message);
}

static void
row_activated_cb (SamOverviewPage *self,
                  GtkListBoxRow   *row)
{
  const char *section = g_object_get_data (G_OBJECT (row), "sam-section");
  gint64 *id = g_object_get_data (G_OBJECT (row), "sam-id");

  if (section == NULL || id == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(sx)", section, *id);
}

/* GtkWidget */

static void
sam_overview_page_map (GtkWidget *widget)
{
  SamOverviewPage *self = SAM_OVERVIEW_PAGE (widget);
  gboolean changed_day = update_today (self);

  GTK_WIDGET_CLASS (sam_overview_page_parent_class)->map (widget);

  if (changed_day || self->dirty)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
}

/* GObject */

static void
sam_overview_page_dispose (GObject *object)
{
  SamOverviewPage *self = (SamOverviewPage *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_OVERVIEW_PAGE);

  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_overview_page_parent_class)->dispose (object);
}

static void
sam_overview_page_finalize (GObject *object)
{
  SamOverviewPage *self = (SamOverviewPage *)object;

  g_clear_pointer (&self->user_person, g_free);
  g_free (self->today);

  G_OBJECT_CLASS (sam_overview_page_parent_class)->finalize (object);
}

static void
sam_overview_page_class_init (SamOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_overview_page_dispose;
  object_class->finalize = sam_overview_page_finalize;
  widget_class->map = sam_overview_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/overview/sam-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, assignments_list);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, focus_list);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, trip_list);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, assignments_group);
  gtk_widget_class_bind_template_child (widget_class, SamOverviewPage, focus_group);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sam_overview_page_init (SamOverviewPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = compute_today (self);

  set_placeholder (self->meetings_list, _("No meetings are planned. New meetings will show here."));
  set_placeholder (self->assignments_list, _("Nothing is overdue or due within a month."));
  set_placeholder (self->focus_list, _("No active focus questions in the current plan."));
  set_placeholder (self->trip_list, _("No study trip is being planned."));
  set_placeholder (self->groups_list, _("No working-group or network meetings this month."));

  /* Who the user is, so that their own assignments come first. */
  expression = gtk_property_expression_new (SAM_TYPE_PERSON, NULL, "name");
  self->user_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, g_steal_pointer (&expression)));
  gtk_drop_down_set_enable_search (self->user_drop_down, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->user_drop_down), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->user_drop_down),
                               _("Choose who you are to see your own assignments first"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->user_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who you are"),
                                  -1);
  g_signal_connect_swapped (self->user_drop_down, "notify::selected",
                            G_CALLBACK (user_selected_cb), self);
  adw_preferences_group_set_header_suffix (self->assignments_group,
                                           GTK_WIDGET (self->user_drop_down));
}

GtkWidget *
sam_overview_page_new (SamContext *context)
{
  SamStore *store;
  SamOverviewPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_OVERVIEW_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  g_free (self->today);
  self->today = compute_today (self);
  self->store = g_object_ref (store);
  self->people = sam_store_list_people_view (store, NULL);
  {
    g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
    g_autoptr(GListStore) nobody = g_list_store_new (SAM_TYPE_PERSON);
    g_autoptr(SamPerson) placeholder = sam_person_new ();
    g_autoptr(GtkFlattenListModel) choices = NULL;

    /* Translators: the choice in the overview's "who are you" menu when the
     * user has not said which person they are. */
    sam_person_set_name (placeholder, _("Who are you?"));
    g_list_store_append (nobody, placeholder);
    g_list_store_append (parts, nobody);
    g_list_store_append (parts, self->people);
    choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
    gtk_drop_down_set_model (self->user_drop_down, G_LIST_MODEL (choices));
  }

  g_signal_connect (self->people, "items-changed", G_CALLBACK (people_changed_cb), self);
  self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);

  build_user_choices (self);
  rebuild (self);
  schedule_midnight (self);

  return GTK_WIDGET (self);
}

/**
 * sam_overview_page_get_today:
 *
 * Returns: the date (YYYY-MM-DD) the overview counts from
 */
const char *
sam_overview_page_get_today (SamOverviewPage *self)
{
  g_return_val_if_fail (SAM_IS_OVERVIEW_PAGE (self), NULL);

  return self->today;
}

/**
 * sam_overview_page_set_today:
 * @today: (nullable): a date (YYYY-MM-DD), or %NULL for the real today
 *
 * Lets a test (or a "what did it look like then" view) pretend that today
 * is another day. The page goes back to the real date at the next midnight
 * or map only when @today is %NULL.
 */
void
sam_overview_page_set_today (SamOverviewPage *self,
                             const char      *today)
{
  g_return_if_fail (SAM_IS_OVERVIEW_PAGE (self));

  g_free (self->today);
  self->today = today != NULL ? g_strdup (today) : compute_today (self);
  self->pinned_today = today != NULL;
  rebuild (self);
}

void
sam_overview_page_open (GtkWidget *page,
                        gint64     id)
{
  /* The overview shows many things and no one in particular. */
}
