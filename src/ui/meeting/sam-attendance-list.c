/* sam-attendance-list.c: who is called to a meeting, who came, who
 * chairs, who else attends and who takes the minutes.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page-private.h"
#include "sam-person-picker.h"

static const SamAttendanceRole roles[] = {
  SAM_ATTENDANCE_ROLE_MEMBER,
  SAM_ATTENDANCE_ROLE_CHAIR,
  SAM_ATTENDANCE_ROLE_ALSO_ATTENDING,
  SAM_ATTENDANCE_ROLE_SECRETARY,
};

static const char *
role_label (SamAttendanceRole role)
{
  switch (role)
    {
    case SAM_ATTENDANCE_ROLE_CHAIR:
      return C_("attendance role", "Chair");
    case SAM_ATTENDANCE_ROLE_ALSO_ATTENDING:
      return C_("attendance role", "Also attending");
    case SAM_ATTENDANCE_ROLE_SECRETARY:
      return C_("attendance role", "Minutes taken by");
    case SAM_ATTENDANCE_ROLE_MEMBER:
    default:
      return C_("attendance role", "Member");
    }
}

static SamAttendance *
load_attendance (SamMeetingPage *self,
                 GtkWidget      *widget)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "attendance-id"));

  return sam_store_load (self->store, SAM_TYPE_ATTENDANCE, id, NULL);
}

static void
save_attendance (SamMeetingPage *self,
                 SamAttendance  *attendance)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_update (self->store, attendance, &error))
    sam_meeting_page_show_error (self, _("Could not save the attendance"), error);
}

static void
present_toggled_cb (GtkCheckButton *check,
                    SamMeetingPage *self)
{
  g_autoptr(SamAttendance) attendance = load_attendance (self, GTK_WIDGET (check));

  if (attendance == NULL || sam_attendance_get_present (attendance) == gtk_check_button_get_active (check))
    return;

  sam_attendance_set_present (attendance, gtk_check_button_get_active (check));
  if (!sam_attendance_get_present (attendance))
    sam_attendance_set_adjuster (attendance, FALSE);
  save_attendance (self, attendance);
}

static void
adjuster_toggled_cb (GtkToggleButton *toggle,
                     SamMeetingPage  *self)
{
  g_autoptr(SamAttendance) attendance = load_attendance (self, GTK_WIDGET (toggle));

  if (attendance == NULL || sam_attendance_get_adjuster (attendance) == gtk_toggle_button_get_active (toggle))
    return;

  sam_attendance_set_adjuster (attendance, gtk_toggle_button_get_active (toggle));
  save_attendance (self, attendance);
}

/* The chair and the minutes taker are also kept on the meeting, where the
 * documents and the calendar find them; both change in one transaction. */
static gboolean
set_role (SamMeetingPage    *self,
          SamAttendance     *attendance,
          SamAttendanceRole  role,
          GError           **error)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, error);
  gint64 person_id = sam_attendance_get_person_id (attendance);
  SamAttendanceRole old_role = sam_attendance_get_role (attendance);
  gboolean ok;

  if (meeting == NULL)
    return FALSE;

  sam_attendance_set_role (attendance, role);
  if (role == SAM_ATTENDANCE_ROLE_CHAIR)
    sam_meeting_set_chair_id (meeting, person_id);
  else if (old_role == SAM_ATTENDANCE_ROLE_CHAIR && sam_meeting_get_chair_id (meeting) == person_id)
    sam_meeting_set_chair_id (meeting, 0);
  /* Whoever takes the minutes can also be among those also attending
   * (as on 29 January 2019); becoming a member or the chair ends it. */
  if (old_role == SAM_ATTENDANCE_ROLE_SECRETARY && role != SAM_ATTENDANCE_ROLE_ALSO_ATTENDING
      && sam_meeting_get_secretary_id (meeting) == person_id)
    sam_meeting_set_secretary_id (meeting, 0);

  if (!sam_store_begin (self->store, error))
    return FALSE;

  if (sam_entity_get_id (SAM_ENTITY (attendance)) > 0)
    ok = sam_store_update (self->store, attendance, error);
  else
    ok = sam_store_insert (self->store, attendance, error);

  ok = ok && sam_store_update (self->store, meeting, error);
  /* One minutes taker: the one before leaves the list. */
  if (role == SAM_ATTENDANCE_ROLE_SECRETARY)
    ok = ok && sam_store_set_minutes_taker (self->store, self->meeting_id, person_id, error);

  if (!ok)
    {
      sam_store_rollback (self->store);
      return FALSE;
    }

  return sam_store_commit (self->store, error);
}

static void
role_selected_cb (GtkDropDown    *dropdown,
                  GParamSpec     *pspec,
                  SamMeetingPage *self)
{
  g_autoptr(SamAttendance) attendance = load_attendance (self, GTK_WIDGET (dropdown));
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (attendance == NULL || selected >= G_N_ELEMENTS (roles)
      || sam_attendance_get_role (attendance) == roles[selected])
    return;

  if (!set_role (self, attendance, roles[selected], &error))
    sam_meeting_page_show_error (self, _("Could not save the attendance"), error);
}

static gboolean
restore_attendance (SamMeetingPage *self,
                    gpointer        data,
                    GError        **error)
{
  gint64 secretary_id = GPOINTER_TO_SIZE (g_object_get_data (data, "sam-secretary-id"));
  g_autoptr(SamMeeting) meeting = NULL;

  if (secretary_id <= 0)
    return sam_store_undo_deletion (self->store, data, error);

  /* The minutes taker comes back as the meeting's secretary too. */
  if (!sam_store_begin (self->store, error))
    return FALSE;
  meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, error);
  if (meeting != NULL)
    sam_meeting_set_secretary_id (meeting, secretary_id);
  if (meeting == NULL
      || !sam_store_undo_deletion (self->store, data, error)
      || !sam_store_update (self->store, meeting, error)
      || !sam_store_commit (self->store, error))
    {
      sam_store_rollback (self->store);
      return FALSE;
    }

  return TRUE;
}

/* Removes a row; whoever took the minutes no longer does, in the same
 * transaction. */
static SamDeletion *
remove_attendance (SamMeetingPage  *self,
                   SamAttendance   *attendance,
                   GError         **error)
{
  gint64 person_id = sam_attendance_get_person_id (attendance);
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamDeletion) deletion = NULL;

  if (!sam_store_begin (self->store, error))
    return NULL;

  meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, error);
  if (meeting == NULL)
    goto failed;

  deletion = sam_store_delete_with_undo (self->store, attendance, error);
  if (deletion == NULL)
    goto failed;

  if (sam_meeting_get_secretary_id (meeting) == person_id)
    {
      sam_meeting_set_secretary_id (meeting, 0);
      if (!sam_store_update (self->store, meeting, error))
        goto failed;
      g_object_set_data (G_OBJECT (deletion), "sam-secretary-id", GSIZE_TO_POINTER ((gsize)person_id));
    }

  if (!sam_store_commit (self->store, error))
    goto failed;

  return g_steal_pointer (&deletion);

failed:
  sam_store_rollback (self->store);
  return NULL;
}

static void
remove_clicked_cb (GtkButton      *button,
                   SamMeetingPage *self)
{
  g_autoptr(SamAttendance) attendance = load_attendance (self, GTK_WIDGET (button));
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (attendance == NULL)
    return;

  name = sam_person_get_display_name (self->store, sam_attendance_get_person_id (attendance));
  deletion = remove_attendance (self, attendance, &error);
  if (deletion == NULL)
    {
      sam_meeting_page_show_error (self, _("Could not remove the person"), error);
      return;
    }

  /* Translators: a toast; %s is a person. */
  text = g_strdup_printf (_("%s removed from the attendance"), name);
  sam_meeting_page_offer_undo (self, text, restore_attendance, g_steal_pointer (&deletion), g_object_unref);
}

static void
update_row (SamMeetingPage *self,
            GtkWidget      *row,
            SamAttendance  *attendance)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "present");
  GtkWidget *dropdown = g_object_get_data (G_OBJECT (row), "role");
  GtkWidget *adjuster = g_object_get_data (G_OBJECT (row), "adjuster");
  g_autofree char *name = sam_person_describe (self->store, sam_attendance_get_person_id (attendance));
  gboolean takes_minutes = self->meeting != NULL
                           && sam_attendance_get_role (attendance) != SAM_ATTENDANCE_ROLE_SECRETARY
                           && sam_meeting_get_secretary_id (self->meeting) == sam_attendance_get_person_id (attendance);

  /* Setting what the widgets already show emits nothing, and what a
   * toggle emits finds the store as it is: nothing saves twice. */
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), takes_minutes ? _("Takes the minutes") : "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), sam_attendance_get_present (attendance));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] == sam_attendance_get_role (attendance))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (adjuster), sam_attendance_get_adjuster (attendance));
  gtk_widget_set_visible (adjuster, sam_meeting_page_is_protocol (self)
                                    && g_strcmp0 (sam_meeting_page_get_mode (self), "minutes") == 0
                                    && sam_attendance_get_present (attendance));
}

static GtkWidget *
create_row (SamMeetingPage *self,
            SamAttendance  *attendance)
{
  gsize id = (gsize)sam_entity_get_id (SAM_ENTITY (attendance));
  g_autoptr(GtkStringList) role_names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *adjuster = gtk_toggle_button_new_with_label (_("Adjuster"));
  GtkWidget *dropdown;
  GtkWidget *remove;
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data (G_OBJECT (row), "attendance-id", GSIZE_TO_POINTER (id));

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Present"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Present"), -1);
  g_object_set_data (G_OBJECT (check), "attendance-id", GSIZE_TO_POINTER (id));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (role_names, role_label (roles[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (role_names)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dropdown, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role"), -1);
  g_object_set_data (G_OBJECT (dropdown), "attendance-id", GSIZE_TO_POINTER (id));

  gtk_widget_set_valign (adjuster, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (adjuster, _("Adjusts (justerar) the protocol"));
  g_object_set_data (G_OBJECT (adjuster), "attendance-id", GSIZE_TO_POINTER (id));

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the attendance"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove from the attendance"), -1);
  g_object_set_data (G_OBJECT (remove), "attendance-id", GSIZE_TO_POINTER (id));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);

  gtk_box_append (GTK_BOX (suffix), adjuster);
  gtk_box_append (GTK_BOX (suffix), dropdown);
  gtk_box_append (GTK_BOX (suffix), remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  g_object_set_data (G_OBJECT (row), "present", check);
  g_object_set_data (G_OBJECT (row), "role", dropdown);
  g_object_set_data (G_OBJECT (row), "adjuster", adjuster);
  update_row (self, row, attendance);

  /* Connected once the widgets show the stored state. */
  g_signal_connect (check, "toggled", G_CALLBACK (present_toggled_cb), self);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (role_selected_cb), self);
  g_signal_connect (adjuster, "toggled", G_CALLBACK (adjuster_toggled_cb), self);

  return row;
}

/* Brings the rows in line with the list: a row that stays is updated where
 * it is, so that neither the focus nor the scroll position moves, and the
 * next click lands on the person the secretary meant. */
static void
sync_rows (SamMeetingPage *self)
{
  guint n = g_list_model_get_n_items (self->attendance);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) attendance = g_list_model_get_item (self->attendance, i);

      g_hash_table_add (wanted, GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (attendance))));
    }

  g_hash_table_iter_init (&iter, self->attendance_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (wanted, key))
      {
        gtk_list_box_remove (self->attendance_list, value);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) attendance = g_list_model_get_item (self->attendance, i);
      gpointer id = GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (attendance)));
      GtkWidget *row = g_hash_table_lookup (self->attendance_rows, id);

      if (row == NULL)
        {
          row = create_row (self, attendance);
          g_hash_table_insert (self->attendance_rows, id, row);
          gtk_list_box_insert (self->attendance_list, row, (int)i);
          continue;
        }

      update_row (self, row, attendance);
      if (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) != (int)i)
        {
          /* Only an undo or another window moves a row. */
          g_object_ref (row);
          gtk_list_box_remove (self->attendance_list, row);
          gtk_list_box_insert (self->attendance_list, row, (int)i);
          g_object_unref (row);
        }
    }
}

static void
update_summary (SamMeetingPage *self)
{
  guint n = g_list_model_get_n_items (self->attendance);
  guint present = 0, also = 0;
  gint64 secretary_id = self->meeting != NULL ? sam_meeting_get_secretary_id (self->meeting) : 0;
  g_autofree char *secretary = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) attendance = g_list_model_get_item (self->attendance, i);

      if (sam_attendance_get_role (attendance) == SAM_ATTENDANCE_ROLE_ALSO_ATTENDING)
        also++;
      else if (sam_attendance_get_role (attendance) == SAM_ATTENDANCE_ROLE_SECRETARY)
        {
          if (secretary_id <= 0)
            secretary_id = sam_attendance_get_person_id (attendance);
        }
      else if (sam_attendance_get_present (attendance))
        present++;
    }

  if (secretary_id > 0)
    secretary = sam_person_get_display_name (self->store, secretary_id);

  if (n == 0)
    g_string_append (text, _("Nobody called yet"));
  else
    {
      g_string_append_printf (text, ngettext ("%u present", "%u present", present), present);
      if (also > 0)
        {
          /* Translators: a count, "5 also attending". */
          g_autofree char *also_text = g_strdup_printf (ngettext ("%u also attending",
                                                                  "%u also attending", also), also);

          g_string_append_printf (text, " · %s", also_text);
        }
    }
  if (secretary != NULL && *secretary != '\0')
    /* Translators: vid protokollet. */
    g_string_append_printf (text, " · %s %s", _("minutes taken by"), secretary);

  adw_preferences_group_set_description (self->attendance_group, text->str);
}

static void
update_call_button (SamMeetingPage *self)
{
  const char *body = self->meeting != NULL ? sam_meeting_get_body_name (self->meeting) : NULL;
  g_autofree char *label = NULL;

  if (self->call_members_button == NULL)
    return;

  gtk_widget_set_visible (self->call_members_button, body != NULL && *body != '\0');
  if (body == NULL)
    return;

  /* Translators: a button; %s is a body, "Add the Members of Kommundirektörsgruppen". */
  label = g_strdup_printf (_("Add the Members of %s"), body);
  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->call_members_button))), label);
}

static void
attendance_changed_cb (SamMeetingPage *self)
{
  sync_rows (self);
  update_summary (self);
}

/* Adds a person at the end of the list, or gives a person already called
 * the role. */
static void
add_person (SamMeetingPage    *self,
            gint64             person_id,
            SamAttendanceRole  role)
{
  g_autoptr(SamAttendance) attendance = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (self->attendance);

  for (guint i = 0; i < n && attendance == NULL; i++)
    {
      g_autoptr(SamAttendance) existing = g_list_model_get_item (self->attendance, i);

      if (sam_attendance_get_person_id (existing) == person_id)
        attendance = g_steal_pointer (&existing);
    }

  if (attendance == NULL)
    {
      attendance = sam_attendance_new ();
      sam_attendance_set_meeting_id (attendance, self->meeting_id);
      sam_attendance_set_person_id (attendance, person_id);
      sam_attendance_set_present (attendance, TRUE);
    }

  if (!set_role (self, attendance, role, &error))
    sam_meeting_page_show_error (self, _("Could not save the attendance"), error);

  gtk_toggle_button_set_active (self->attendance_toggle, TRUE);
}

/* The people already on the attendance list, whom the picker leaves out. */
static GArray *
listed_people_cb (gpointer user_data)
{
  SamMeetingPage *self = user_data;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = self->attendance != NULL ? g_list_model_get_n_items (self->attendance) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (self->attendance, i);
      gint64 id = sam_attendance_get_person_id (row);

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
also_picked_cb (SamPersonPicker *picker,
                gint64           person_id,
                SamMeetingPage  *self)
{
  add_person (self, person_id, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING);
}

static void
secretary_picked_cb (SamPersonPicker *picker,
                     gint64           person_id,
                     SamMeetingPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_set_minutes_taker (self->store, self->meeting_id, person_id, &error))
    sam_meeting_page_show_error (self, _("Could not save the attendance"), error);

  gtk_toggle_button_set_active (self->attendance_toggle, TRUE);
}

/* Calls the members of the body on the day of the meeting, at the
 * secretary's request: a new meeting calls nobody by itself. */
static void
call_members_clicked_cb (SamMeetingPage *self)
{
  g_autoptr(SamMeeting) meeting = sam_store_load (self->store, SAM_TYPE_MEETING, self->meeting_id, NULL);
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  if (meeting == NULL)
    return;

  if (!sam_store_call_members (self->store, meeting, &n_added, &error))
    sam_meeting_page_show_error (self, _("Could not add the members"), error);
  else if (n_added == 0)
    {
      /* Translators: a toast after "Add the Members of …". */
      sam_meeting_page_add_toast (self, adw_toast_new (_("The body has no members to add; add them under Groups and networks")));
    }

  gtk_toggle_button_set_active (self->attendance_toggle, TRUE);
}

static GtkWidget *
placeholder_new (SamMeetingPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Nobody is called to this meeting yet"));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *button_label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A long body's name wraps rather than widening the page past 360 px. */
  gtk_label_set_wrap (GTK_LABEL (button_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (button_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (button_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (button_label), 60);
  gtk_button_set_child (GTK_BUTTON (button), button_label);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (call_members_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  self->call_members_button = button;
  update_call_button (self);

  return box;
}

void
sam_attendance_list_setup (SamMeetingPage *self)
{
  GtkWidget *picker;

  self->attendance_rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->attendance = sam_store_list_attendance (self->store, self->meeting_id);
  gtk_list_box_set_placeholder (self->attendance_list, placeholder_new (self));
  g_signal_connect_swapped (self->attendance, "items-changed", G_CALLBACK (attendance_changed_cb), self);
  sync_rows (self);

  picker = sam_person_picker_new (self->store);
  sam_person_picker_set_allow_create (SAM_PERSON_PICKER (picker), TRUE);
  sam_person_picker_set_listed_func (SAM_PERSON_PICKER (picker), listed_people_cb, self, NULL);
  g_signal_connect (picker, "person-picked", G_CALLBACK (also_picked_cb), self);
  gtk_menu_button_set_popover (self->also_button, picker);

  picker = sam_person_picker_new (self->store);
  sam_person_picker_set_allow_create (SAM_PERSON_PICKER (picker), TRUE);
  g_signal_connect (picker, "person-picked", G_CALLBACK (secretary_picked_cb), self);
  gtk_menu_button_set_popover (self->secretary_button, picker);

  /* An empty list opens by itself, so that the way to fill it shows. */
  gtk_toggle_button_set_active (self->attendance_toggle, g_list_model_get_n_items (self->attendance) == 0);

  update_summary (self);
}

/* Updates the rows where they are: whether adjusters show depends on the
 * minutes, who takes the minutes on the meeting. */
void
sam_attendance_list_refresh (SamMeetingPage *self)
{
  if (self->attendance == NULL)
    return;

  sync_rows (self);
  update_summary (self);
  update_call_button (self);
}
