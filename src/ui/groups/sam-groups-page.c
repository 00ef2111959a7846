/* sam-groups-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-groups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-body-members.h"
#include "sam-body-year-plan.h"
#include "sam-groups-page.h"
#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-store-undo.h"

/* The section "Groups and networks": the bodies of the collaboration by
 * kind on the left, the chosen body's page on the right (one above the
 * other on a narrow window). */

struct _SamGroupsPage
{
  GtkWidget       parent_instance;

  /* Template widgets */
  AdwLeaflet     *leaflet;
  GtkWidget      *list_pane;
  GtkListBox     *body_list;
  GtkWidget      *detail_pane;
  GtkLabel       *detail_title;
  GtkWidget      *delete_button;
  GtkStack       *detail_stack;
  GtkScrolledWindow *detail_scroller;

  /* Owned */
  SamStore       *store;
  GListModel     *bodies;
  SamBody        *body;
  SamForm        *form;
  GtkWidget      *name_row;
};

G_DEFINE_FINAL_TYPE (SamGroupsPage, sam_groups_page, GTK_TYPE_WIDGET)

static void show_body (SamGroupsPage *self,
                       gint64         id);

static gint64
row_body_id (GtkListBoxRow *row)
{
  return (gint64)GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "body-id"));
}

static GtkWidget *
create_body_row (gpointer item,
                 gpointer user_data)
{
  SamBody *body = item;
  const char *short_name = sam_body_get_short_name (body);
  const char *name = sam_body_get_name (body);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  if (name == NULL || name[0] == '\0')
    name = _("Untitled");

  label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  if (short_name != NULL && short_name[0] != '\0')
    {
      label = gtk_label_new (short_name);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, name);
  g_object_set_data (G_OBJECT (row), "body-id", GSIZE_TO_POINTER ((gsize)sam_entity_get_id (SAM_ENTITY (body))));
  g_object_set_data (G_OBJECT (row), "body-kind", GINT_TO_POINTER (sam_body_get_kind (body)));

  return row;
}

static void
body_header_func (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "body-kind"));
  GtkWidget *header;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "body-kind")) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (sam_groups_body_kind_heading (kind));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static void
select_current_row (SamGroupsPage *self)
{
  gint64 id = self->body != NULL ? sam_entity_get_id (SAM_ENTITY (self->body)) : 0;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->body_list, i)) != NULL; i++)
    if (row_body_id (row) == id)
      {
        gtk_list_box_select_row (self->body_list, row);
        return;
      }

  gtk_list_box_unselect_all (self->body_list);
}

static void
bodies_changed_cb (SamGroupsPage *self)
{
  select_current_row (self);
}

static void
body_row_activated_cb (SamGroupsPage *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list_box)
{
  show_body (self, row_body_id (row));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
back_clicked_cb (SamGroupsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
delete_clicked_cb (SamGroupsPage *self)
{
  sam_groups_page_delete_body (self);
}

static void
name_changed_cb (SamGroupsPage *self)
{
  const char *name = self->body != NULL ? sam_body_get_name (self->body) : NULL;

  gtk_label_set_label (self->detail_title, name != NULL ? name : "");
}

static char *
rgba_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int)(CLAMP (rgba->red, 0.0, 1.0) * 255.0 + 0.5),
                          (int)(CLAMP (rgba->green, 0.0, 1.0) * 255.0 + 0.5),
                          (int)(CLAMP (rgba->blue, 0.0, 1.0) * 255.0 + 0.5));
}

static void
color_set_cb (SamGroupsPage  *self,
              GParamSpec     *pspec,
              GtkColorButton *button)
{
  GdkRGBA rgba;
  g_autofree char *hex = NULL;

  if (self->body == NULL)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = rgba_to_hex (&rgba);
  if (g_strcmp0 (hex, sam_body_get_color (self->body)) == 0)
    return;

  sam_body_set_color (self->body, hex);
  sam_form_changed (self->form, FALSE);
}

static GtkWidget *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
new_date_row (const char *title)
{
  GtkWidget *row = sam_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
new_combo_row (const char *title,
               const char *subtitle,
               GListModel *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);

  return row;
}

static GListModel *
focus_question_choices (SamGroupsPage *self)
{
  g_autoptr(GListModel) plans = sam_store_list_plans (self->store);
  GListModel *choices = sam_groups_choices_new (_("None"));
  guint n = g_list_model_get_n_items (plans);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GListModel) questions = sam_store_list_focus_questions (self->store,
                                                                        sam_entity_get_id (SAM_ENTITY (plan)));

      sam_groups_choices_add_all (choices, questions, sam_groups_entity_name, NULL);
    }

  return choices;
}

static void
add_person_id (GHashTable *ids,
               gint64      id)
{
  if (id > 0)
    g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
}

/* The people who are or were members of a director group, and @body's
 * contact, whoever that is, so that the choice shown is not lost. */
static GListModel *
contact_choices (SamGroupsPage *self,
                 SamBody       *body)
{
  g_autoptr(GListModel) groups = sam_store_list_bodies_by_kind (self->store, SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(GListModel) people = sam_store_list_people (self->store);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *choices = sam_groups_choices_new (_("None"));

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(SamBody) group = g_list_model_get_item (groups, i);
      g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store,
                                                                      sam_entity_get_id (SAM_ENTITY (group)));

      for (guint j = 0; j < g_list_model_get_n_items (memberships); j++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, j);

          add_person_id (ids, sam_membership_get_person_id (membership));
        }
    }

  add_person_id (ids, sam_body_get_contact_person_id (body));

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SamPerson) person = g_list_model_get_item (people, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (person));
      g_autofree char *name = NULL;

      if (!g_hash_table_contains (ids, &id))
        continue;

      name = sam_groups_entity_name (person, NULL);
      sam_groups_choices_add (choices, id, name);
    }

  return choices;
}

static GtkWidget *
build_about (SamGroupsPage *self)
{
  SamBody *body = self->body;
  gint64 body_id = sam_entity_get_id (SAM_ENTITY (body));
  g_autoptr(GListModel) reports_to = sam_groups_choices_new (_("None"));
  g_autoptr(GListModel) questions = focus_question_choices (self);
  g_autoptr(GListModel) contacts = contact_choices (self, body);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row;
  GtkWidget *button;
  guint n;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("About"));

  row = new_entry_row (_("Name"));
  gtk_widget_set_name (row, "body-name");
  sam_form_bind_editable (self->form, GTK_EDITABLE (row), "name", TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->name_row = row;

  row = new_entry_row (_("Short name"));
  sam_form_bind_editable (self->form, GTK_EDITABLE (row), "short-name", FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_combo_row (_("Kind"), NULL, NULL);
  sam_form_bind_enum (self->form, ADW_COMBO_ROW (row), "kind",
                        sam_body_kind_label, SAM_BODY_KIND_EXTERNAL + 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_date_row (_("Started"));
  sam_form_bind_date (self->form, SAM_DATE_ROW (row), "started-on");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_date_row (_("Ended"));
  sam_form_bind_date (self->form, SAM_DATE_ROW (row), "ended-on");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  n = g_list_model_get_n_items (self->bodies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamBody) other = g_list_model_get_item (self->bodies, i);

      if (sam_entity_get_id (SAM_ENTITY (other)) != body_id)
        sam_groups_choices_add (reports_to, sam_entity_get_id (SAM_ENTITY (other)),
                                sam_body_get_name (other));
    }
  row = new_combo_row (_("Reports to"), NULL, reports_to);
  sam_form_bind_combo_choice (self->form, ADW_COMBO_ROW (row), "reports-to-id");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_combo_row (_("Focus question"), NULL, questions);
  sam_form_bind_combo_choice (self->form, ADW_COMBO_ROW (row), "focus-question-id");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = new_combo_row (_("Contact in the director group"), NULL, contacts);
  gtk_widget_set_name (row, "body-contact");
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  sam_form_bind_combo_choice (self->form, ADW_COMBO_ROW (row), "contact-person-id");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Colour"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Used for the body in the year at a glance"));
  button = gtk_color_button_new ();
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (sam_body_get_color (body) != NULL)
    {
      GdkRGBA rgba;

      if (gdk_rgba_parse (&rgba, sam_body_get_color (body)))
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button), &rgba);
    }
  g_signal_connect_object (button, "notify::rgba", G_CALLBACK (color_set_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return group;
}

static GtkWidget *
build_purpose (SamGroupsPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *text_view = gtk_text_view_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Purpose"));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_widget_set_size_request (text_view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Purpose"),
                                  -1);
  sam_form_bind_text_view (self->form, GTK_TEXT_VIEW (text_view), "purpose");
  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);

  return group;
}

static void
show_body (SamGroupsPage *self,
           gint64         id)
{
  g_autoptr(SamBody) body = NULL;
  GtkWidget *clamp;
  GtkWidget *box;

  sam_form_clear (self->form);

  if (self->body != NULL)
    g_signal_handlers_disconnect_by_func (self->body, name_changed_cb, self);
  g_clear_object (&self->body);
  self->name_row = NULL;

  if (id > 0)
    body = sam_store_load (self->store, SAM_TYPE_BODY, id, NULL);

  if (body == NULL)
    {
      gtk_scrolled_window_set_child (self->detail_scroller, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      gtk_label_set_label (self->detail_title, "");
      gtk_widget_set_sensitive (self->delete_button, FALSE);
      select_current_row (self);
      return;
    }

  self->body = g_steal_pointer (&body);
  sam_form_set_entity (self->form, self->body);
  g_signal_connect_swapped (self->body, "notify::name", G_CALLBACK (name_changed_cb), self);
  name_changed_cb (self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_about (self));
  gtk_box_append (GTK_BOX (box), build_purpose (self));
  gtk_box_append (GTK_BOX (box), sam_body_members_new (self->store, self->body));
  gtk_box_append (GTK_BOX (box), sam_body_year_plan_new (self->store, self->body));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->detail_scroller, clamp);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0.0);

  gtk_stack_set_visible_child_name (self->detail_stack, "body");
  gtk_widget_set_sensitive (self->delete_button, TRUE);
  select_current_row (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SamGroupsPage *self = SAM_GROUPS_PAGE (widget);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_BODY_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, g_variant_get_string (parameter, NULL));

  if (value != NULL && sam_groups_page_create_body (self, value->value) > 0 && self->name_row != NULL)
    gtk_widget_grab_focus (self->name_row);
}

static void
sam_groups_page_unmap (GtkWidget *widget)
{
  sam_form_flush (SAM_GROUPS_PAGE (widget)->form);

  GTK_WIDGET_CLASS (sam_groups_page_parent_class)->unmap (widget);
}

static void
sam_groups_page_dispose (GObject *object)
{
  SamGroupsPage *self = SAM_GROUPS_PAGE (object);

  g_clear_object (&self->form);
  if (self->body != NULL)
    g_signal_handlers_disconnect_by_func (self->body, name_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_GROUPS_PAGE);

  g_clear_object (&self->body);
  g_clear_object (&self->bodies);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_groups_page_parent_class)->dispose (object);
}

static void
sam_groups_page_class_init (SamGroupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_groups_page_dispose;
  widget_class->unmap = sam_groups_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/groups/sam-groups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, body_list);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SamGroupsPage, detail_scroller);
  gtk_widget_class_bind_template_callback (widget_class, body_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_install_action (widget_class, "groups.new", "s", new_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "groupspage");
}

static void
sam_groups_page_init (SamGroupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->body_list, body_header_func, NULL, NULL);
}

/**
 * sam_groups_page_new:
 * @store: the store whose bodies to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_groups_page_new (SamContext *context)
{
  SamStore *store;
  SamGroupsPage *self;

  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  store = sam_context_get_store (context);

  self = g_object_new (SAM_TYPE_GROUPS_PAGE, NULL);
  sam_context_attach (context, GTK_WIDGET (self));
  self->store = g_object_ref (store);
  self->form = sam_form_new (store);
  sam_form_set_owner (self->form, GTK_WIDGET (self));
  self->bodies = sam_store_list_bodies (store);
  gtk_list_box_bind_model (self->body_list, self->bodies, create_body_row, self, NULL);
  g_signal_connect_object (self->bodies, "items-changed",
                           G_CALLBACK (bodies_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

void
sam_groups_page_open (GtkWidget *page,
                      gint64     id)
{
  SamGroupsPage *self = SAM_GROUPS_PAGE (page);

  g_return_if_fail (SAM_IS_GROUPS_PAGE (page));

  show_body (self, id);
  if (self->body != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

gint64
sam_groups_page_get_body_id (SamGroupsPage *self)
{
  g_return_val_if_fail (SAM_IS_GROUPS_PAGE (self), 0);

  return self->body != NULL ? sam_entity_get_id (SAM_ENTITY (self->body)) : 0;
}

gint64
sam_groups_page_create_body (SamGroupsPage *self,
                             SamBodyKind    kind)
{
  g_autoptr(SamBody) body = sam_body_new ();
  g_autoptr(GError) error = NULL;
  const char *name;

  g_return_val_if_fail (SAM_IS_GROUPS_PAGE (self), 0);

  switch (kind)
    {
    case SAM_BODY_KIND_BOARD:
      name = _("New board");
      break;
    case SAM_BODY_KIND_DIRECTOR_GROUP:
      name = _("New director group");
      break;
    case SAM_BODY_KIND_NETWORK:
      name = _("New network");
      break;
    case SAM_BODY_KIND_EXTERNAL:
      name = _("New external body");
      break;
    case SAM_BODY_KIND_WORKING_GROUP:
    default:
      name = _("New working group");
      break;
    }

  sam_body_set_kind (body, kind);
  sam_body_set_name (body, name);
  if (!sam_store_insert (self->store, body, &error))
    {
      sam_groups_show_error (GTK_WIDGET (self), error);
      return 0;
    }

  sam_groups_page_open (GTK_WIDGET (self), sam_entity_get_id (SAM_ENTITY (body)));

  return sam_entity_get_id (SAM_ENTITY (body));
}

/* What a deletion took with it, to put back on Undo. */
typedef struct
{
  SamStore    *store;
  SamDeletion *deletion;
  GtkWidget   *page;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->store);
  g_clear_object (&deleted->deletion);
  g_clear_weak_pointer (&deleted->page);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast *toast,
                Deleted  *deleted)
{
  g_autoptr(GError) error = NULL;

  if (sam_deletion_get_undone (deleted->deletion))
    return;

  if (!sam_store_undo_deletion (deleted->store, deleted->deletion, &error))
    {
      g_warning ("Could not undo the deletion: %s", error->message);
      if (deleted->page != NULL)
        sam_groups_show_error (deleted->page, error);
      return;
    }

  if (deleted->page != NULL)
    sam_groups_page_open (deleted->page, sam_deletion_get_id (deleted->deletion));
}

void
sam_groups_page_delete_body (SamGroupsPage *self)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(SamBody) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;
  AdwToast *toast;
  gint64 id;
  guint n_meetings;

  g_return_if_fail (SAM_IS_GROUPS_PAGE (self));

  if (self->body == NULL)
    return;

  sam_form_flush (self->form);
  id = sam_entity_get_id (SAM_ENTITY (self->body));

  /* A body's meetings hold agendas, minutes and decisions: those are not
   * thrown away with a click. */
  meetings = sam_store_list_meetings_by_body (self->store, id);
  n_meetings = g_list_model_get_n_items (meetings);
  if (n_meetings > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "“%s” has %u meeting. Delete it on the Meetings page first.",
                                      "“%s” has %u meetings. Delete them on the Meetings page first.",
                                      n_meetings),
                         sam_body_get_name (self->body), n_meetings);
      AdwToast *refusal = adw_toast_new (message);

      adw_toast_set_priority (refusal, ADW_TOAST_PRIORITY_HIGH);
      sam_toast_show (GTK_WIDGET (self), refusal);
      return;
    }

  deleted = g_new0 (Deleted, 1);
  deleted->store = g_object_ref (self->store);
  body = sam_store_load (self->store, SAM_TYPE_BODY, id, NULL);
  if (body != NULL)
    deleted->deletion = sam_store_delete_with_undo (self->store, body, &error);
  g_set_weak_pointer (&deleted->page, GTK_WIDGET (self));

  if (deleted->deletion == NULL)
    {
      if (error != NULL)
        sam_groups_show_error (GTK_WIDGET (self), error);
      deleted_free (deleted);
      return;
    }

  /* Translators: a toast after deleting a group, network or body. */
  title = g_strdup_printf (_("Deleted “%s”"), sam_body_get_name (body));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         deleted, (GClosureNotify)(void (*) (void))deleted_free, 0);
  /* Kept for the last deletion only, so that a test can click Undo. */
  g_object_set_data_full (G_OBJECT (self), "sam-undo-toast", g_object_ref (toast), g_object_unref);

  show_body (self, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  sam_toast_show (GTK_WIDGET (self), toast);
}
