/* sam-body-members.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-groups"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-body-members.h"
#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-stable-model.h"
#include "sam-store-undo.h"

/* The "who" choices hold municipalities and people in one list; a person's
 * id is stored negated so that one id tells both. */
#define PERSON_CHOICE(id) (-(id))

struct _SamBodyMembers
{
  GtkWidget       parent_instance;

  SamStore       *store;
  gint64          body_id;
  SamStableModel *model;
  SamForm        *form;
  GHashTable     *municipality_names;  /* id → name */

  GtkListBox     *list;
  GListModel     *who_choices;
  GtkDropDown    *who_drop_down;
  GtkDropDown    *role_drop_down;
  GtkWidget      *from_entry;
  GtkWidget      *until_entry;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (SamBodyMembers, sam_body_members, GTK_TYPE_WIDGET)

static char *
member_name (SamBodyMembers *self,
             SamMembership  *membership)
{
  g_autofree char *person = sam_groups_load_name (self->store, SAM_TYPE_PERSON,
                                                  sam_membership_get_person_id (membership));
  gint64 municipality_id = sam_membership_get_municipality_id (membership);
  const char *municipality = g_hash_table_lookup (self->municipality_names, &municipality_id);

  if (person != NULL && municipality != NULL)
    /* Translators: a member of a body: a person and their municipality. */
    return g_strdup_printf (_("%s, %s"), person, municipality);
  if (person != NULL)
    return g_steal_pointer (&person);
  if (municipality != NULL)
    return g_strdup (municipality);

  return g_strdup (_("Unknown member"));
}

static char *
member_subtitle (SamMembership *membership)
{
  g_autofree char *period = sam_groups_format_period (sam_membership_get_valid_from (membership),
                                                      sam_membership_get_valid_until (membership));
  const char *role = sam_membership_role_label (sam_membership_get_role (membership));

  if (period == NULL)
    return g_strdup (role);

  /* Translators: a member's role and period, "Chair · 1 Jan 2019 – 31 Dec 2019". */
  return g_strdup_printf (_("%s · %s"), role, period);
}

static void
membership_notify_cb (SamMembership  *membership,
                      GParamSpec     *pspec,
                      AdwExpanderRow *row)
{
  g_autofree char *subtitle = member_subtitle (membership);

  adw_expander_row_set_subtitle (row, subtitle);
}

static void
remove_undo_cb (AdwToast    *toast,
                SamDeletion *deletion)
{
  SamStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (deletion))
    return;

  if (!sam_store_undo_deletion (store, deletion, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
remove_clicked_cb (GtkButton *button,
                   gpointer   user_data)
{
  SamBodyMembers *self = g_object_get_data (G_OBJECT (button), "members");
  SamMembership *membership = user_data;
  g_autoptr(SamMembership) copy = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = member_name (self, membership);
  g_autofree char *title = NULL;
  AdwToast *toast;

  sam_form_flush (self->form);

  copy = sam_store_load (self->store, SAM_TYPE_MEMBERSHIP,
                         sam_entity_get_id (SAM_ENTITY (membership)), &error);
  if (copy != NULL)
    deletion = sam_store_delete_with_undo (self->store, copy, &error);
  if (deletion == NULL)
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: a toast after removing a member from a body. */
  title = g_strdup_printf (_("Removed %s"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (remove_undo_cb),
                         g_steal_pointer (&deletion), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  sam_toast_show (GTK_WIDGET (self), toast);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  SamBodyMembers *self = user_data;
  SamMembership *membership = item;
  g_autofree char *name = member_name (self, membership);
  g_autofree char *subtitle = member_subtitle (membership);
  GtkWidget *row = adw_expander_row_new ();
  SamForm *form = sam_form_add_row (self->form, membership, row);
  GtkWidget *child;
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_signal_connect_object (membership, "notify", G_CALLBACK (membership_notify_cb), row, 0);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Member"));
  g_object_set_data (G_OBJECT (button), "members", self);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), membership, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  child = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Role"));
  sam_form_bind_enum (form, ADW_COMBO_ROW (child), "role",
                      sam_membership_role_label, SAM_MEMBERSHIP_ROLE_CO_OPTED + 1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = sam_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("From"));
  sam_form_bind_date (form, SAM_DATE_ROW (child), "valid-from");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = sam_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Until"));
  sam_form_bind_date (form, SAM_DATE_ROW (child), "valid-until");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Note"));
  sam_form_bind_editable (form, GTK_EDITABLE (child), "note", FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  return row;
}

static void
set_error (SamBodyMembers *self,
           const char     *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
read_date (SamBodyMembers  *self,
           GtkWidget       *entry,
           char           **iso)
{
  g_autoptr(GError) error = NULL;

  *iso = NULL;
  if (sam_date_parse (gtk_editable_get_text (GTK_EDITABLE (entry)), NULL, iso, &error))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      return TRUE;
    }

  if (g_error_matches (error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY))
    return TRUE;

  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  set_error (self, error->message);
  gtk_widget_grab_focus (GTK_WIDGET (entry));

  return FALSE;
}

static void
add_clicked_cb (SamBodyMembers *self)
{
  g_autoptr(SamMembership) membership = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  gint64 who = sam_groups_choices_get_id (self->who_choices,
                                          gtk_drop_down_get_selected (self->who_drop_down));

  if (who == 0)
    {
      set_error (self, _("Choose the person or municipality to add"));
      gtk_widget_grab_focus (GTK_WIDGET (self->who_drop_down));
      return;
    }

  if (!read_date (self, self->from_entry, &from) || !read_date (self, self->until_entry, &until))
    return;

  membership = sam_membership_new ();
  sam_membership_set_body_id (membership, self->body_id);
  if (who < 0)
    {
      g_autoptr(SamPerson) person = sam_store_load (self->store, SAM_TYPE_PERSON, -who, NULL);

      sam_membership_set_person_id (membership, -who);
      if (person != NULL)
        sam_membership_set_municipality_id (membership, sam_person_get_municipality_id (person));
    }
  else
    sam_membership_set_municipality_id (membership, who);
  sam_membership_set_role (membership, gtk_drop_down_get_selected (self->role_drop_down));
  sam_membership_set_valid_from (membership, from);
  sam_membership_set_valid_until (membership, until);

  if (!sam_store_insert (self->store, membership, &error))
    {
      set_error (self, error->message);
      return;
    }

  set_error (self, NULL);
  gtk_drop_down_set_selected (self->who_drop_down, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->until_entry), "");
}

static char *
person_label (gpointer entity,
              gpointer user_data)
{
  SamBodyMembers *self = user_data;
  gint64 municipality_id = sam_person_get_municipality_id (entity);
  const char *municipality = g_hash_table_lookup (self->municipality_names, &municipality_id);
  const char *organization = sam_person_get_organization (entity);

  if (municipality == NULL)
    municipality = organization;
  if (municipality == NULL || municipality[0] == '\0')
    return g_strdup (sam_person_get_name (entity));

  return g_strdup_printf (_("%s, %s"), sam_person_get_name (entity), municipality);
}

static void
build (SamBodyMembers *self)
{
  g_autoptr(GListModel) municipalities = sam_store_list_municipalities (self->store);
  g_autoptr(GListModel) people = sam_store_list_people (self->store);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store, self->body_id);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *form;
  GtkWidget *row;
  GtkWidget *button;
  guint n;

  gtk_widget_set_parent (group, GTK_WIDGET (self));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Members"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("People or municipalities, their role and period"));

  self->who_choices = sam_groups_choices_new (_("Choose…"));
  n = g_list_model_get_n_items (municipalities);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (municipalities, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (municipality));

      g_hash_table_insert (self->municipality_names, g_memdup2 (&id, sizeof id),
                           g_strdup (sam_municipality_get_name (municipality)));
      sam_groups_choices_add (self->who_choices, id, sam_municipality_get_name (municipality));
    }
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamPerson) person = g_list_model_get_item (people, i);
      g_autofree char *label = person_label (person, self);

      sam_groups_choices_add (self->who_choices, PERSON_CHOICE (sam_entity_get_id (SAM_ENTITY (person))),
                              label);
    }

  self->model = sam_stable_model_new (memberships);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "members");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_placeholder (self->list, sam_groups_placeholder_new (_("No members yet")));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->model), create_member_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list));

  /* Adding a member is a small form of its own under the list: one row
   * per field, so that nothing moves while a date is typed. */
  form = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  gtk_widget_set_margin_top (form, 18);
  gtk_widget_set_name (form, "member-form");

  self->who_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (self->who_choices), NULL));
  gtk_drop_down_set_enable_search (self->who_drop_down, TRUE);
  gtk_drop_down_set_expression (self->who_drop_down,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_name (GTK_WIDGET (self->who_drop_down), "member-who");
  gtk_widget_set_valign (GTK_WIDGET (self->who_drop_down), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->who_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Person or municipality"), -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New member"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->who_drop_down));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->who_drop_down));
  gtk_list_box_append (GTK_LIST_BOX (form), row);

  for (int role = 0; role <= SAM_MEMBERSHIP_ROLE_CO_OPTED; role++)
    gtk_string_list_append (roles, sam_membership_role_label (role));
  self->role_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&roles)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->role_drop_down), "member-role");
  gtk_widget_set_valign (GTK_WIDGET (self->role_drop_down), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->role_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Role"), -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Role"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->role_drop_down));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->role_drop_down));
  gtk_list_box_append (GTK_LIST_BOX (form), row);

  self->from_entry = sam_date_row_new ();
  sam_date_row_set_optional (SAM_DATE_ROW (self->from_entry), TRUE);
  gtk_widget_set_name (self->from_entry, "member-from");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->from_entry), _("From"));
  g_signal_connect_swapped (self->from_entry, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->from_entry);

  self->until_entry = sam_date_row_new ();
  sam_date_row_set_optional (SAM_DATE_ROW (self->until_entry), TRUE);
  gtk_widget_set_name (self->until_entry, "member-until");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->until_entry), _("Until"));
  g_signal_connect_swapped (self->until_entry, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (form), self->until_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form);

  button = gtk_button_new_with_mnemonic (_("Add _Member"));
  gtk_widget_set_name (button, "member-add");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));
}

static void
sam_body_members_unmap (GtkWidget *widget)
{
  sam_form_flush (SAM_BODY_MEMBERS (widget)->form);

  GTK_WIDGET_CLASS (sam_body_members_parent_class)->unmap (widget);
}

static void
sam_body_members_dispose (GObject *object)
{
  SamBodyMembers *self = SAM_BODY_MEMBERS (object);
  GtkWidget *child;

  g_clear_object (&self->form);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->model);
  g_clear_object (&self->who_choices);
  g_clear_object (&self->store);
  g_clear_pointer (&self->municipality_names, g_hash_table_unref);

  G_OBJECT_CLASS (sam_body_members_parent_class)->dispose (object);
}

static void
sam_body_members_class_init (SamBodyMembersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_body_members_dispose;
  widget_class->unmap = sam_body_members_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sam_body_members_init (SamBodyMembers *self)
{
  self->municipality_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

GtkWidget *
sam_body_members_new (SamStore *store,
                      SamBody  *body)
{
  SamBodyMembers *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_BODY (body), NULL);

  self = g_object_new (SAM_TYPE_BODY_MEMBERS, NULL);
  self->store = g_object_ref (store);
  self->body_id = sam_entity_get_id (SAM_ENTITY (body));
  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));

  build (self);

  return GTK_WIDGET (self);
}

void
sam_body_members_flush (SamBodyMembers *self)
{
  g_return_if_fail (SAM_IS_BODY_MEMBERS (self));

  sam_form_flush (self->form);
}
