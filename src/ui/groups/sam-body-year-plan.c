/* sam-body-year-plan.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-groups"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "sam-body-year-plan.h"
#include "sam-context.h"
#include "sam-ical.h"
#include "sam-date-row.h"
#include "sam-groups-util.h"
#include "sam-time-row.h"

struct _SamBodyYearPlan
{
  GtkWidget           parent_instance;

  SamStore           *store;
  gint64              body_id;
  SamBodyKind         body_kind;

  GListModel         *meetings;        /* every meeting of the body */
  GListModel         *memberships;
  GtkCustomFilter    *year_filter;
  GHashTable         *municipality_names;  /* id → name */
  int                 year;

  GtkSpinButton      *year_spin;
  GtkListBox         *meeting_list;
  GtkWidget          *date_entry;
  GtkWidget          *time_entry;
  GtkWidget          *theme_entry;
  GtkDropDown        *host_drop_down;
  GtkWidget          *place_entry;
  GtkLabel           *error_label;
  GtkListBox         *host_list;
  GtkListBox         *chair_list;
  GListModel         *host_choices;
};

G_DEFINE_FINAL_TYPE (SamBodyYearPlan, sam_body_year_plan, GTK_TYPE_WIDGET)

static int
year_of (const char *iso)
{
  if (iso == NULL || strlen (iso) < 4)
    return 0;

  return (int)g_ascii_strtoll (iso, NULL, 10);
}

static gboolean
meeting_in_year_cb (gpointer item,
                    gpointer user_data)
{
  SamBodyYearPlan *self = user_data;

  return year_of (sam_meeting_get_starts_at (item)) == self->year;
}

static const char *
municipality_name (SamBodyYearPlan *self,
                   gint64           id)
{
  return g_hash_table_lookup (self->municipality_names, &id);
}

static void
meeting_row_activated_cb (AdwActionRow *row,
                          gpointer      user_data)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id"));

  gtk_widget_activate_action (GTK_WIDGET (row), "win.open", "(sx)", "meetings", id);
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  SamBodyYearPlan *self = user_data;
  SamMeeting *meeting = item;
  const char *starts_at = sam_meeting_get_starts_at (meeting);
  const char *theme = sam_meeting_get_theme (meeting);
  const char *place = sam_meeting_get_location (meeting);
  const char *host = municipality_name (self, sam_meeting_get_host_municipality_id (meeting));
  g_autofree char *day = starts_at != NULL ? g_strndup (starts_at, 10) : NULL;
  g_autofree char *date = sam_groups_format_date (day);
  g_autoptr(GString) subtitle = g_string_new (date);
  GtkWidget *row = adw_action_row_new ();

  if (starts_at != NULL && strlen (starts_at) >= 16)
    g_string_append_printf (subtitle, ", %s", starts_at + 11);
  if (host != NULL)
    /* Translators: the host municipality of a meeting in a year plan. */
    g_string_append_printf (subtitle, _(" · hosted by %s"), host);
  if (place != NULL && place[0] != '\0')
    g_string_append_printf (subtitle, " · %s", place);

  if (theme == NULL || theme[0] == '\0')
    theme = sam_meeting_get_title (meeting);
  if (theme == NULL || theme[0] == '\0')
    theme = _("Meeting");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), theme);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "meeting-id",
                     GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (meeting))));
  g_signal_connect (row, "activated", G_CALLBACK (meeting_row_activated_cb), NULL);

  return row;
}

typedef struct
{
  gint64      id;
  const char *name;
  guint       count;
} HostCount;

static int
compare_host_counts (gconstpointer a,
                     gconstpointer b)
{
  const HostCount *x = a;
  const HostCount *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;

  return g_utf8_collate (x->name, y->name);
}

static void
update_host_counts (SamBodyYearPlan *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (HostCount));
  g_autoptr(GString) never = g_string_new (NULL);
  guint n = g_list_model_get_n_items (self->meetings);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  if (self->host_list == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (self->meetings, i);
      gint64 host = sam_meeting_get_host_municipality_id (meeting);
      guint count;

      if (host <= 0 || sam_meeting_get_status (meeting) == SAM_MEETING_STATUS_CANCELLED)
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &host));
      g_hash_table_insert (counts, g_memdup2 (&host, sizeof host), GUINT_TO_POINTER (count + 1));
    }

  g_hash_table_iter_init (&iter, self->municipality_names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      HostCount host = { *(gint64 *)key, value, GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) };

      g_array_append_val (sorted, host);
    }
  g_array_sort (sorted, compare_host_counts);

  sam_groups_clear_list (self->host_list);
  for (guint i = 0; i < sorted->len; i++)
    {
      HostCount *host = &g_array_index (sorted, HostCount, i);
      g_autofree char *times = NULL;
      GtkWidget *row;
      GtkWidget *label;

      if (host->count == 0)
        {
          if (never->len > 0)
            g_string_append (never, ", ");
          g_string_append (never, host->name);
          continue;
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host->name);
      times = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", host->count),
                               host->count);
      label = gtk_label_new (times);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_widget_set_name (row, "host-count");
      gtk_list_box_append (self->host_list, row);
    }

  if (never->len > 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not yet hosted"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), never->str);
      gtk_list_box_append (self->host_list, row);
    }
}

static void
add_chair (GTree      *years,
           int         year,
           const char *name)
{
  GPtrArray *names;

  if (year <= 0 || name == NULL)
    return;

  names = g_tree_lookup (years, GINT_TO_POINTER (year));
  if (names == NULL)
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_tree_insert (years, GINT_TO_POINTER (year), names);
    }

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;

  g_ptr_array_add (names, g_strdup (name));
}

static int
compare_years_descending (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  return GPOINTER_TO_INT (b) - GPOINTER_TO_INT (a);
}

static gboolean
append_chair_row (gpointer key,
                  gpointer value,
                  gpointer data)
{
  SamBodyYearPlan *self = data;
  GPtrArray *names = value;
  g_autofree char *year = g_strdup_printf ("%d", GPOINTER_TO_INT (key));
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), year);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text->str);
  gtk_list_box_append (self->chair_list, row);

  return FALSE;
}

static char *
person_name (SamBodyYearPlan *self,
             gint64           person_id)
{
  g_autoptr(SamPerson) person = NULL;
  const char *municipality;

  if (person_id <= 0 || (person = sam_store_load (self->store, SAM_TYPE_PERSON, person_id, NULL)) == NULL)
    return NULL;

  municipality = municipality_name (self, sam_person_get_municipality_id (person));
  if (municipality == NULL)
    return g_strdup (sam_person_get_name (person));

  return g_strdup_printf ("%s (%s)", sam_person_get_name (person), municipality);
}

static char *
membership_name (SamBodyYearPlan *self,
                 SamMembership   *membership)
{
  if (sam_membership_get_person_id (membership) > 0)
    return person_name (self, sam_membership_get_person_id (membership));

  return g_strdup (municipality_name (self, sam_membership_get_municipality_id (membership)));
}

/* The chair rotates yearly: from the chair memberships' periods, and from
 * who chaired the meetings of each year. */
static void
update_chairs (SamBodyYearPlan *self)
{
  g_autoptr(GTree) years = NULL;
  guint n;

  if (self->chair_list == NULL)
    return;

  years = g_tree_new_full (compare_years_descending, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);

  n = g_list_model_get_n_items (self->memberships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMembership) membership = g_list_model_get_item (self->memberships, i);
      g_autofree char *name = NULL;
      int from;
      int until;

      if (sam_membership_get_role (membership) != SAM_MEMBERSHIP_ROLE_CHAIR)
        continue;

      from = year_of (sam_membership_get_valid_from (membership));
      until = year_of (sam_membership_get_valid_until (membership));
      if (from == 0)
        from = until;
      if (until == 0)
        until = from;
      if (from == 0 || until - from > 50)
        continue;

      name = membership_name (self, membership);
      for (int year = from; year <= until; year++)
        add_chair (years, year, name);
    }

  n = g_list_model_get_n_items (self->meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (self->meetings, i);
      g_autofree char *name = person_name (self, sam_meeting_get_chair_id (meeting));

      add_chair (years, year_of (sam_meeting_get_starts_at (meeting)), name);
    }

  sam_groups_clear_list (self->chair_list);
  g_tree_foreach (years, append_chair_row, self);
}

static void
meetings_changed_cb (SamBodyYearPlan *self)
{
  update_host_counts (self);
  update_chairs (self);
}

static void
set_error (SamBodyYearPlan *self,
           const char      *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

gboolean
sam_body_year_plan_add (SamBodyYearPlan *self,
                        const char      *date,
                        const char      *theme,
                        gint64           host_municipality_id,
                        const char      *place)
{
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *in_year = NULL;

  g_return_val_if_fail (SAM_IS_BODY_YEAR_PLAN (self), FALSE);

  /* A date written without a year ("8 mars 13.00") is in the year shown. */
  in_year = g_strdup_printf ("%04d-01-01", self->year);
  if (!sam_date_time_parse (date, in_year, &starts_at, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: the first %s says what is wrong with the date. */
      message = g_strdup_printf (_("%s A time may follow the date: 8/3 2019 13.00."), error->message);
      set_error (self, message);
      gtk_widget_add_css_class (self->date_entry, "error");
      return FALSE;
    }

  meeting = sam_meeting_new ();
  sam_meeting_set_body_id (meeting, self->body_id);
  sam_meeting_set_kind (meeting, SAM_MEETING_KIND_MEETING);
  sam_meeting_set_status (meeting, SAM_MEETING_STATUS_PLANNED);
  sam_meeting_set_starts_at (meeting, starts_at);
  if (theme != NULL && theme[0] != '\0')
    sam_meeting_set_theme (meeting, theme);
  if (host_municipality_id > 0)
    sam_meeting_set_host_municipality_id (meeting, host_municipality_id);
  if (place != NULL && place[0] != '\0')
    sam_meeting_set_location (meeting, place);

  if (!sam_store_insert (self->store, meeting, &error))
    {
      set_error (self, error->message);
      return FALSE;
    }

  set_error (self, NULL);
  gtk_widget_remove_css_class (self->date_entry, "error");
  sam_body_year_plan_set_year (self, year_of (starts_at));

  return TRUE;
}

static void
quick_add_cb (SamBodyYearPlan *self)
{
  g_autofree char *theme = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->theme_entry))));
  g_autofree char *place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_entry))));
  g_autofree char *when = NULL;
  gint64 host = sam_groups_choices_get_id (self->host_choices,
                                           gtk_drop_down_get_selected (self->host_drop_down));
  const char *day = sam_date_row_get_value (SAM_DATE_ROW (self->date_entry));
  const char *time = sam_time_row_get_value (SAM_TIME_ROW (self->time_entry));

  /* The rows read what is typed and say in their tooltip what they could
   * not read; nothing is added in its place. */
  if (!sam_date_row_get_valid (SAM_DATE_ROW (self->date_entry)) || day == NULL)
    {
      g_autofree char *message =
        day == NULL && sam_date_row_get_valid (SAM_DATE_ROW (self->date_entry))
          ? g_strdup (_("A meeting needs a date, such as 8/3 or 8 mars."))
          : g_strdup (gtk_widget_get_tooltip_text (self->date_entry));

      set_error (self, message);
      gtk_widget_add_css_class (self->date_entry, "error");
      gtk_widget_grab_focus (self->date_entry);
      return;
    }
  if (!sam_time_row_get_valid (SAM_TIME_ROW (self->time_entry)))
    {
      set_error (self, gtk_widget_get_tooltip_text (self->time_entry));
      gtk_widget_grab_focus (self->time_entry);
      return;
    }

  when = time != NULL ? g_strdup_printf ("%s %s", day, time) : g_strdup (day);
  if (!sam_body_year_plan_add (self, when, theme, host, place))
    {
      gtk_widget_grab_focus (self->date_entry);
      return;
    }

  sam_date_row_set_value (SAM_DATE_ROW (self->date_entry), NULL);
  sam_time_row_set_value (SAM_TIME_ROW (self->time_entry), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->theme_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), "");
  gtk_drop_down_set_selected (self->host_drop_down, 0);
  gtk_widget_grab_focus (self->date_entry);
}

/* A date typed without a year is in the year shown, never a year long
 * past, and the calendar opens there. */
static void
update_date_placeholder (SamBodyYearPlan *self)
{
  g_autofree char *in_year = g_strdup_printf ("%04d-01-01", self->year);

  if (self->date_entry != NULL)
    sam_date_row_set_today (SAM_DATE_ROW (self->date_entry), in_year);
}

static void
year_changed_cb (SamBodyYearPlan *self)
{
  int year = gtk_spin_button_get_value_as_int (self->year_spin);

  if (year == self->year)
    return;

  self->year = year;
  update_date_placeholder (self);
  gtk_filter_changed (GTK_FILTER (self->year_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWidget *
new_row (GtkWidget  *row,
         const char *name,
         const char *title)
{
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

static GtkWidget *
new_boxed_list (const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (placeholder != NULL)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), sam_groups_placeholder_new (placeholder));

  return list;
}

static int
default_year (SamBodyYearPlan *self)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (GTK_WIDGET (self)));
  int this_year = g_date_time_get_year (now);
  int latest = 0;
  guint n = g_list_model_get_n_items (self->meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (self->meetings, i);
      int year = year_of (sam_meeting_get_starts_at (meeting));

      if (year == this_year)
        return this_year;
      if (year < this_year)
        latest = MAX (latest, year);
    }

  return latest > 0 ? latest : this_year;
}


/* The body's meetings of the shown year as an iCalendar publication. */
static void
export_year_plan_response (GtkNativeDialog *dialog,
                           int              response,
                           SamBodyYearPlan *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = sam_ical_export_year (self->store, self->year, self->body_id, &error);

      if (text == NULL || !g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not save: %s"), error->message);

          sam_toast_show (GTK_WIDGET (self), adw_toast_new (message));
        }
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

          sam_toast_show (GTK_WIDGET (self), adw_toast_new (message));
        }
    }

  g_object_unref (dialog);
}

static void
export_year_plan_cb (SamBodyYearPlan *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* Translators: the file name of a body's exported year plan; %d is the year. */
  g_autofree char *name = g_strdup_printf (_("Year plan %d.ics"), self->year);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export the Year Plan"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (export_year_plan_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
build (SamBodyYearPlan *self)
{
  g_autoptr(GListModel) municipalities = sam_store_list_municipalities (self->store);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group;
  GtkWidget *form;
  GtkWidget *widget;
  guint n;

  gtk_widget_set_parent (box, GTK_WIDGET (self));

  n = g_list_model_get_n_items (municipalities);
  self->host_choices = sam_groups_choices_new (_("No host"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (municipalities, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (municipality));

      g_hash_table_insert (self->municipality_names, g_memdup2 (&id, sizeof id),
                           g_strdup (sam_municipality_get_name (municipality)));
      sam_groups_choices_add (self->host_choices, id, sam_municipality_get_name (municipality));
    }

  /* The year plan */
  group = new_group (_("Year Plan"), _("The meetings of one year; add one with the form below"));
  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1990, 2100, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->year_spin), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->year_spin), "year-plan-year");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"),
                                  -1);
  {
    GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *export = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");

    gtk_widget_set_valign (export, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (export, _("Export Year Plan…"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (export), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Export Year Plan…"), -1);
    g_signal_connect_swapped (export, "clicked", G_CALLBACK (export_year_plan_cb), self);
    gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->year_spin));
    gtk_box_append (GTK_BOX (suffix), export);
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);
  }
  gtk_box_append (GTK_BOX (box), group);

  self->year = default_year (self);
  gtk_spin_button_set_value (self->year_spin, self->year);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (year_changed_cb), self);

  self->year_filter = gtk_custom_filter_new (meeting_in_year_cb, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (self->meetings),
                                        g_object_ref (GTK_FILTER (self->year_filter)));
  self->meeting_list = GTK_LIST_BOX (new_boxed_list (_("No meetings this year")));
  gtk_widget_set_name (GTK_WIDGET (self->meeting_list), "year-plan-meetings");
  gtk_list_box_bind_model (self->meeting_list, G_LIST_MODEL (filtered), create_meeting_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->meeting_list));

  /* Adding a meeting is a small form of rows under the list, so that
   * nothing moves while a date is typed. */
  form = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  gtk_widget_set_margin_top (form, 18);
  gtk_widget_set_name (form, "year-plan-form");
  self->date_entry = new_row (sam_date_row_new (), "year-plan-date", _("Date"));
  sam_date_row_set_optional (SAM_DATE_ROW (self->date_entry), TRUE);
  update_date_placeholder (self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->date_entry);
  self->time_entry = new_row (sam_time_row_new (), "year-plan-time", _("Time"));
  sam_time_row_set_optional (SAM_TIME_ROW (self->time_entry), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (form), self->time_entry);
  self->theme_entry = new_row (adw_entry_row_new (), "year-plan-theme", _("Theme"));
  gtk_list_box_append (GTK_LIST_BOX (form), self->theme_entry);
  self->host_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (self->host_choices), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->host_drop_down), "year-plan-host");
  gtk_widget_set_valign (GTK_WIDGET (self->host_drop_down), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->host_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Host municipality"), -1);
  widget = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), _("Host municipality"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), GTK_WIDGET (self->host_drop_down));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), GTK_WIDGET (self->host_drop_down));
  gtk_list_box_append (GTK_LIST_BOX (form), widget);
  self->place_entry = new_row (adw_entry_row_new (), "year-plan-place", _("Place"));
  gtk_list_box_append (GTK_LIST_BOX (form), self->place_entry);
  for (GtkWidget *row = gtk_widget_get_first_child (form); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ENTRY_ROW (row))
      g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (quick_add_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form);

  widget = gtk_button_new_with_mnemonic (_("_Add Meeting"));
  gtk_widget_set_name (widget, "year-plan-add");
  gtk_widget_set_halign (widget, GTK_ALIGN_END);
  gtk_widget_set_margin_top (widget, 12);
  gtk_widget_add_css_class (widget, "suggested-action");
  g_signal_connect_swapped (widget, "clicked", G_CALLBACK (quick_add_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  /* Hosts: an external body (a platform the collaboration sends a
   * representative to) meets at its own places, not at the members' in
   * turn, so it has no hosts to count. */
  if (self->body_kind != SAM_BODY_KIND_EXTERNAL)
    {
      group = new_group (_("Hosts Over the Years"),
                         _("How often each municipality has hosted, so that the next host is easy to pick"));
      self->host_list = GTK_LIST_BOX (new_boxed_list (_("No meeting has had a host yet")));
      gtk_widget_set_name (GTK_WIDGET (self->host_list), "host-counts");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->host_list));
      gtk_box_append (GTK_BOX (box), group);
    }

  /* Chairs */
  if (self->body_kind == SAM_BODY_KIND_BOARD || self->body_kind == SAM_BODY_KIND_DIRECTOR_GROUP)
    {
      group = new_group (_("Chair by Year"),
                         _("From the chair members and their periods, and from who chaired the meetings"));
      self->chair_list = GTK_LIST_BOX (new_boxed_list (_("No chair recorded yet")));
      gtk_widget_set_name (GTK_WIDGET (self->chair_list), "chairs");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->chair_list));
      gtk_box_append (GTK_BOX (box), group);
    }

  g_signal_connect_object (self->meetings, "items-changed",
                           G_CALLBACK (meetings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->memberships, "items-changed",
                           G_CALLBACK (update_chairs), self, G_CONNECT_SWAPPED);
  meetings_changed_cb (self);
}

static void
sam_body_year_plan_dispose (GObject *object)
{
  SamBodyYearPlan *self = SAM_BODY_YEAR_PLAN (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->year_filter);
  g_clear_object (&self->meetings);
  g_clear_object (&self->memberships);
  g_clear_object (&self->host_choices);
  g_clear_object (&self->store);
  g_clear_pointer (&self->municipality_names, g_hash_table_unref);

  G_OBJECT_CLASS (sam_body_year_plan_parent_class)->dispose (object);
}

static void
sam_body_year_plan_class_init (SamBodyYearPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_body_year_plan_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sam_body_year_plan_init (SamBodyYearPlan *self)
{
  self->municipality_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

GtkWidget *
sam_body_year_plan_new (SamStore *store,
                        SamBody  *body)
{
  SamBodyYearPlan *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_BODY (body), NULL);

  self = g_object_new (SAM_TYPE_BODY_YEAR_PLAN, NULL);
  self->store = g_object_ref (store);
  self->body_id = sam_entity_get_id (SAM_ENTITY (body));
  self->body_kind = sam_body_get_kind (body);
  self->meetings = sam_store_list_meetings_by_body (store, self->body_id);
  self->memberships = sam_store_list_memberships (store, self->body_id);

  build (self);

  return GTK_WIDGET (self);
}

int
sam_body_year_plan_get_year (SamBodyYearPlan *self)
{
  g_return_val_if_fail (SAM_IS_BODY_YEAR_PLAN (self), 0);

  return self->year;
}

void
sam_body_year_plan_set_year (SamBodyYearPlan *self,
                             int              year)
{
  g_return_if_fail (SAM_IS_BODY_YEAR_PLAN (self));

  gtk_spin_button_set_value (self->year_spin, year);
  year_changed_cb (self);
}
