/* sam-window.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-backup.h"
#include "sam-backups-window.h"
#include "sam-decisions-page.h"
#include "sam-focus-page.h"
#include "sam-groups-page.h"
#include "sam-meeting-page.h"
#include "sam-meetings-page.h"
#include "sam-overview-page.h"
#include "sam-people-page.h"
#include "sam-plan-page.h"
#include "sam-search-window.h"
#include "sam-trips-page.h"
#include "sam-year-page.h"
#include "sam-window.h"

struct _SamWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkWidget            *content_box;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkStack             *section_stack;
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  GtkWidget            *banner_button;

  /* Owned */
  SamContext           *context;
  SamStore             *store;
  SamSearchWindow      *search;
  GSettings            *settings;
  GCancellable         *backup_search;
  gulong                store_changed_id;
};

typedef GtkWidget *(*SamPageFactory) (SamContext *context);

/* Shows one thing (a meeting, a body…) on a section's page. */
typedef void (*SamPageOpen) (GtkWidget *page,
                             gint64     id);

/* One entry of the sidebar. A section without a page factory shows an
 * empty state until its issue gives it a real page. */
typedef struct
{
  const char     *id;
  const char     *icon_name;
  const char     *title;
  const char     *description;
  SamPageFactory  create_page;
  SamPageOpen     open;
} SamSection;

G_DEFINE_FINAL_TYPE (SamWindow, sam_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const SamSection sections[] = {
  {
    "overview", "view-grid-symbolic",
    N_("Overview"),
    N_("Coming meetings, open assignments and what needs attention soon will be shown here"),
    sam_overview_page_new,
    sam_overview_page_open,
  },
  {
    "meetings", "x-office-calendar-symbolic",
    N_("Meetings"),
    N_("Meetings of the board, the director group, the working groups and the networks "
       "will be listed here"),
    sam_meetings_page_new,
    sam_meetings_page_open,
  },
  {
    "focus-questions", "find-location-symbolic",
    N_("Focus questions"),
    N_("Focus questions of the operational plan will be listed here"),
    sam_focus_page_new,
    sam_focus_page_open,
  },
  {
    "plan", "view-list-bullet-symbolic",
    N_("Plan and activities"),
    N_("The operational plan, its development areas and its activities will be shown here"),
    sam_plan_page_new,
    sam_plan_page_open,
  },
  {
    "groups", "system-users-symbolic",
    N_("Groups and networks"),
    N_("The board, the director group, the working groups and the networks will be listed here"),
    sam_groups_page_new,
    sam_groups_page_open,
  },
  {
    "study-trips", "airplane-mode-symbolic",
    N_("Study trips"),
    N_("Study trips, their destinations and their programmes will be planned here"),
    sam_trips_page_new,
    sam_trips_page_open,
  },
  {
    "decisions", "checkbox-checked-symbolic",
    N_("Decisions and assignments"),
    N_("Decisions from the minutes and the assignments that follow from them will be tracked here"),
    sam_decisions_page_new,
    sam_decisions_page_open,
  },
  {
    "people", "avatar-default-symbolic",
    N_("People and municipalities"),
    N_("The member municipalities and the people who take part will be listed here"),
    sam_people_page_new,
    sam_people_page_open,
  },
  {
    "year", "emoji-recent-symbolic",
    /* Translators: the section that shows the year at a glance (årshjul). */
    N_("Year"),
    N_("The year at a glance will show every meeting, deadline and study trip here"),
    sam_year_page_new,
    sam_year_page_open,
  },
};

static int
find_section (const char *id)
{
  if (id == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_str_equal (sections[i].id, id))
      return (int)i;

  return -1;
}

static GtkWidget *
create_sidebar_row (const SamSection *section)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *image;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  image = gtk_image_new_from_icon_name (section->icon_name);
  gtk_box_append (GTK_BOX (box), image);

  label = gtk_label_new (_(section->title));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, section->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(section->title),
                                  -1);

  return row;
}

static GtkWidget *
create_empty_page (const SamSection *section)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), section->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _(section->title));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), _(section->description));

  return page;
}

/* Each section's place in the stack holds a bin, and its page is built on
 * the section's first visit: a start builds only the page it shows. */
static void
build_sections (SamWindow *self)
{
  g_assert (SAM_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const SamSection *section = &sections[i];
      GtkStackPage *stack_page;

      gtk_list_box_append (self->sidebar, create_sidebar_row (section));

      stack_page = gtk_stack_add_titled (self->section_stack, adw_bin_new (),
                                         section->id, _(section->title));
      gtk_stack_page_set_icon_name (stack_page, section->icon_name);
    }
}

static GtkWidget *
ensure_page (SamWindow *self,
             int        index)
{
  const SamSection *section = &sections[index];
  AdwBin *bin;
  GtkWidget *page;

  g_assert (SAM_IS_WINDOW (self));

  bin = ADW_BIN (gtk_stack_get_child_by_name (self->section_stack, section->id));
  page = adw_bin_get_child (bin);
  if (page != NULL)
    return page;

  if (section->create_page != NULL && self->context != NULL)
    page = section->create_page (self->context);
  if (page == NULL)
    page = create_empty_page (section);

  adw_bin_set_child (bin, page);

  return page;
}

static void
update_welcome_icon (SamWindow *self)
{
  GtkIconTheme *icon_theme;

  g_assert (SAM_IS_WINDOW (self));

  /* The application icon is installed with the desktop files; when running
   * from the build tree it may be missing, and a broken image would greet
   * the user. */
  icon_theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  if (gtk_icon_theme_has_icon (icon_theme, APPLICATION_ID))
    adw_status_page_set_icon_name (self->welcome_page, APPLICATION_ID);
}

static void
show_main_page (SamWindow  *self,
                const char *name)
{
  g_assert (SAM_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->main_stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty",
                                 g_str_equal (name, "welcome"));
}

static void
store_changed_cb (SamWindow  *self,
                  const char *table,
                  gint64      id,
                  int         kind,
                  SamStore   *store)
{
  g_assert (SAM_IS_WINDOW (self));
  g_assert (SAM_IS_STORE (store));

  /* Data arrived some other way than "Start Empty" (the example dataset,
   * an import): the welcome has done its job. */
  if (sam_window_get_welcome_shown (self) && !sam_store_is_empty (store))
    sam_window_dismiss_welcome (self);
}

static void
sidebar_row_selected_cb (SamWindow     *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list_box)
{
  g_assert (SAM_IS_WINDOW (self));

  if (row != NULL)
    sam_window_set_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
sidebar_row_activated_cb (SamWindow     *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list_box)
{
  g_assert (SAM_IS_WINDOW (self));
  g_assert (GTK_IS_LIST_BOX_ROW (row));

  sam_window_set_section (self, gtk_widget_get_name (GTK_WIDGET (row)));

  /* On a narrow window the sidebar fills it: go on to the page. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sam_window_dismiss_welcome (SAM_WINDOW (widget));
}

static void
load_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sam_window_load_example (SAM_WINDOW (widget));
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  sam_window_set_section (self, g_variant_get_string (parameter, NULL));
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sam_window_import (SAM_WINDOW (widget));
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sam_window_export_all (SAM_WINDOW (widget));
}

static void
export_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sam_window_export_meeting (SAM_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* win.open (section, id): shows the section and, on its page, one thing.
 * Every row that stands for something elsewhere activates this. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  const char *section;
  gint64 id;
  int index;

  g_variant_get (parameter, "(&sx)", &section, &id);

  /* "assignment" is not a section: it is the assignments of the
   * "decisions" section, at one of them. */
  if (g_str_equal (section, "assignment"))
    {
      sam_window_dismiss_welcome (self);
      sam_window_set_section (self, "decisions");
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
      sam_decisions_page_open_assignment (sam_window_get_section_page (self, "decisions"), id);
      return;
    }

  /* The search opens these two on their sections' pages as well: a
   * municipality among the people, a plan (or its area) on the Plan. */
  if (g_str_equal (section, "municipality") || g_str_equal (section, "plan-document"))
    {
      gboolean municipality = g_str_equal (section, "municipality");
      const char *page_section = municipality ? "people" : "plan";
      GtkWidget *page;

      sam_window_dismiss_welcome (self);
      sam_window_set_section (self, page_section);
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
      page = sam_window_get_section_page (self, page_section);
      if (id > 0 && municipality)
        sam_people_page_open_municipality (page, id);
      else if (id > 0 && SAM_IS_PLAN_PAGE (page))
        sam_plan_page_set_plan_id (SAM_PLAN_PAGE (page), id);
      return;
    }

  index = find_section (section);
  if (index < 0)
    return;

  sam_window_dismiss_welcome (self);
  sam_window_set_section (self, section);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);

  if (sections[index].open != NULL && id > 0)
    sections[index].open (sam_window_get_section_page (self, section), id);
}

/* win.search: the search over everything, from every page (Ctrl+F). The
 * pages' own search fields stay where they are, a click away. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  if (self->store == NULL)
    return;
  if (self->search == NULL)
    self->search = sam_search_window_new (GTK_WINDOW (self), self->store);
  sam_search_window_present (self->search);
}

/* win.open-item (id): the meeting of an agenda item, at that item; what a
 * decision or an assignment opens. */
static void
open_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  gint64 item_id = g_variant_get_int64 (parameter);
  g_autoptr(SamAgendaItem) item = NULL;
  GtkWidget *meetings;
  GtkWidget *meeting_page;

  item = sam_store_load (self->store, SAM_TYPE_AGENDA_ITEM, item_id, NULL);
  if (item == NULL || sam_agenda_item_get_meeting_id (item) == 0)
    return;

  gtk_widget_activate_action (widget, "win.open", "(sx)", "meetings", sam_agenda_item_get_meeting_id (item));
  meetings = sam_window_get_section_page (self, "meetings");
  meeting_page = sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (meetings));
  if (meeting_page != NULL)
    sam_meeting_page_show_item (SAM_MEETING_PAGE (meeting_page), item_id);
}

/* The page's own way back (a meeting back to the list of meetings) comes
 * before the way back to the sections, so that the header bar has one
 * back button at any width. */
static GtkWidget *
meetings_with_meeting (SamWindow *self)
{
  GtkWidget *bin = gtk_stack_get_child_by_name (self->section_stack, "meetings");
  GtkWidget *page = bin != NULL ? adw_bin_get_child (ADW_BIN (bin)) : NULL;

  if (g_strcmp0 (sam_window_get_section (self), "meetings") != 0
      || page == NULL || !SAM_IS_MEETINGS_PAGE (page)
      || sam_meetings_page_get_title (SAM_MEETINGS_PAGE (page)) == NULL)
    return NULL;

  return page;
}

static void
update_header (SamWindow *self)
{
  GtkWidget *meetings = meetings_with_meeting (self);
  int index = find_section (sam_window_get_section (self));

  if (meetings != NULL)
    adw_window_title_set_title (self->content_title,
                                sam_meetings_page_get_title (SAM_MEETINGS_PAGE (meetings)));
  else if (index >= 0)
    adw_window_title_set_title (self->content_title, _(sections[index].title));

  gtk_widget_set_visible (self->back_button, meetings != NULL || adw_leaflet_get_folded (self->leaflet));
  if (meetings != NULL)
    {
      gtk_widget_set_tooltip_text (self->back_button, _("Back to the Meetings (Alt+Left)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Back to the list of meetings"), -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (self->back_button, _("Back"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Back to the list of sections"), -1);
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  GtkWidget *meetings = meetings_with_meeting (self);

  if (meetings != NULL)
    gtk_widget_activate_action (meetings, "meetings.back", NULL);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_window_state (SamWindow *self)
{
  g_assert (SAM_IS_WINDOW (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (SamWindow *self)
{
  int width;
  int height;

  g_assert (SAM_IS_WINDOW (self));

  /* A maximized window keeps its last unmaximized size as default size,
   * which is what should come back when it is unmaximized next time. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
sam_window_close_request (GtkWindow *window)
{
  SamWindow *self = SAM_WINDOW (window);

  save_window_state (self);

  return GTK_WINDOW_CLASS (sam_window_parent_class)->close_request (window);
}

static void
sam_window_constructed (GObject *object)
{
  SamWindow *self = SAM_WINDOW (object);
  g_autofree char *last_section = NULL;

  G_OBJECT_CLASS (sam_window_parent_class)->constructed (object);

  /* The window makes the context its pages share, unless it was given
   * one (a test that fixes the clock). */
  if (self->context == NULL && self->store != NULL)
    self->context = sam_context_new (self->store);
  if (self->context != NULL)
    {
      if (self->store == NULL)
        self->store = g_object_ref (sam_context_get_store (self->context));
      self->settings = g_object_ref (sam_context_get_settings (self->context));
      sam_context_attach (self->context, GTK_WIDGET (self));
    }

  build_sections (self);
  update_welcome_icon (self);
  restore_window_state (self);

  last_section = g_settings_get_string (self->settings, "last-section");
  sam_window_set_section (self, find_section (last_section) >= 0 ? last_section : sections[0].id);

  if (self->store != NULL)
    {
      self->store_changed_id =
        g_signal_connect_object (self->store, "changed",
                                 G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  show_main_page (self,
                  self->store != NULL && sam_store_is_empty (self->store) ? "welcome" : "sections");
  if (self->store != NULL)
    sam_window_update_banner (self);
}

static void
show_backups_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  SamBackupsWindow *backups = sam_backups_window_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (backups));
}

static void
sam_window_dispose (GObject *object)
{
  SamWindow *self = SAM_WINDOW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);

  g_cancellable_cancel (self->backup_search);
  g_clear_object (&self->backup_search);

  if (self->search != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->search)));
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_WINDOW);

  G_OBJECT_CLASS (sam_window_parent_class)->dispose (object);
}

static void
sam_window_finalize (GObject *object)
{
  SamWindow *self = SAM_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sam_window_parent_class)->finalize (object);
}

static void
sam_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SamWindow *self = SAM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SECTION:
      g_value_set_string (value, sam_window_get_section (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SamWindow *self = SAM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      sam_window_set_section (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_window_class_init (SamWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sam_window_constructed;
  object_class->dispose = sam_window_dispose;
  object_class->finalize = sam_window_finalize;
  object_class->get_property = sam_window_get_property;
  object_class->set_property = sam_window_set_property;

  window_class->close_request = sam_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SAM_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/window/sam-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SamWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, banner_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL, load_example_action);
  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.open", "(sx)", open_action);
  gtk_widget_class_install_action (widget_class, "win.open-item", "x", open_item_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, export_all_action);
  gtk_widget_class_install_action (widget_class, "win.export-meeting", "x", export_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-backups", NULL, show_backups_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);

  /* Alt+1 … Alt+9 go to the sections in sidebar order. */
  G_STATIC_ASSERT (G_N_ELEMENTS (sections) <= 9);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.section", "s", sections[i].id);
}

static void
sam_window_init (SamWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_header), self);
}

/**
 * sam_window_new:
 * @application: (nullable): the application, or %NULL in tests
 * @store: the open database
 *
 * Returns: (transfer none): a new window, owned by GTK's window list
 */
SamWindow *
sam_window_new (GtkApplication *application,
                SamStore       *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  return g_object_new (SAM_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * sam_window_new_with_context:
 * @application: (nullable): the application, or %NULL in tests
 * @context: the store, settings and clock the window's pages share
 *
 * Returns: (transfer none): a new window, owned by GTK's window list
 */
SamWindow *
sam_window_new_with_context (GtkApplication *application,
                             SamContext     *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  return g_object_new (SAM_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * sam_window_get_context:
 *
 * Returns: (transfer none): the store, settings and clock the pages share
 */
SamContext *
sam_window_get_context (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * sam_window_get_store:
 * @self: a #SamWindow
 *
 * Returns: (transfer none): the store the window shows
 */
SamStore *
sam_window_get_store (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * sam_window_get_section:
 * @self: a #SamWindow
 *
 * Returns: the id of the section shown, such as "meetings"
 */
const char *
sam_window_get_section (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->section_stack);
}

/**
 * sam_window_set_section:
 * @self: a #SamWindow
 * @section: a section id: "overview", "meetings", "focus-questions",
 *   "plan", "groups", "study-trips", "decisions", "people" or "year"
 *
 * Shows a section, selects it in the sidebar and remembers it for the next
 * start.
 */
void
sam_window_set_section (SamWindow  *self,
                        const char *section)
{
  GtkListBoxRow *row;
  GtkWidget *page;
  int index;

  g_return_if_fail (SAM_IS_WINDOW (self));

  index = find_section (section);
  if (index < 0)
    {
      g_warning ("No section is called “%s”", section ? section : "(null)");
      return;
    }

  /* Selecting the row runs sidebar_row_selected_cb(), which comes back
   * here with the row already selected. */
  row = gtk_list_box_get_row_at_index (self->sidebar, index);
  if (gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);

  page = ensure_page (self, index);
  if (SAM_IS_MEETINGS_PAGE (page) && !g_object_get_data (G_OBJECT (page), "sam-window-header"))
    {
      g_signal_connect_object (page, "notify::title", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (page), "sam-window-header", GINT_TO_POINTER (1));
    }

  if (g_strcmp0 (sam_window_get_section (self), section) == 0)
    {
      update_header (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->section_stack, section);
  update_header (self);
  g_settings_set_string (self->settings, "last-section", section);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * sam_window_get_section_page:
 * @self: a #SamWindow
 * @section: a section id
 *
 * The page is built when it is first asked for.
 *
 * Returns: (transfer none) (nullable): the page of @section
 */
GtkWidget *
sam_window_get_section_page (SamWindow  *self,
                             const char *section)
{
  int index;

  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (section != NULL, NULL);

  index = find_section (section);
  if (index < 0)
    return NULL;

  return ensure_page (self, index);
}

/**
 * sam_window_get_welcome_shown:
 * @self: a #SamWindow
 *
 * Returns: whether the window shows the welcome of an empty database
 */
gboolean
sam_window_get_welcome_shown (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

/**
 * sam_window_dismiss_welcome:
 * @self: a #SamWindow
 *
 * Leaves the welcome and shows the sections.
 */
void
sam_window_dismiss_welcome (SamWindow *self)
{
  g_return_if_fail (SAM_IS_WINDOW (self));

  show_main_page (self, "sections");
}

/**
 * sam_window_add_toast:
 * @self: a #SamWindow
 * @toast: (transfer full): the toast to show
 */
void
sam_window_add_toast (SamWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (SAM_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * sam_window_get_sidebar:
 *
 * Returns: (transfer none): the list of sections
 */
GtkListBox *
sam_window_get_sidebar (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);

  return self->sidebar;
}

/* The damaged database's banner names the newest backup that passes the
 * same check a restore makes, found in a worker thread: a backup can be
 * damaged too, and the banner must not offer one a restore would refuse. */
typedef struct
{
  SamBackup *good;
  guint      n_damaged;
} BackupSearch;

static void
backup_search_free (BackupSearch *search)
{
  g_clear_object (&search->good);
  g_free (search);
}

static void
search_backups_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const char *database_path = task_data;
  g_autoptr(GListModel) backups = sam_backup_list (database_path);
  BackupSearch *search = g_new0 (BackupSearch, 1);

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(SamBackup) backup = g_list_model_get_item (backups, i);
      g_autoptr(GError) error = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (sam_backup_verify (sam_backup_get_path (backup), &error))
        {
          search->good = g_steal_pointer (&backup);
          break;
        }

      g_message ("The backup %s cannot be restored: %s", sam_backup_get_path (backup),
                 error->message);
      search->n_damaged++;
    }

  g_task_return_pointer (task, search, (GDestroyNotify)backup_search_free);
}

static void
show_banner (SamWindow  *self,
             const char *text)
{
  g_message ("%s", text);
  gtk_label_set_text (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->banner, TRUE);
}

static void
backups_searched_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SamWindow *self = SAM_WINDOW (object);
  BackupSearch *search = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autofree char *text = NULL;

  if (search == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&search, backup_search_free);
      return;
    }

  if (search->good != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (sam_backup_get_created (search->good));
      g_autofree char *when = g_date_time_format (local, "%x %X");

      if (search->n_damaged == 0)
        /* Translators: %s is the date and time of the newest backup. */
        text = g_strdup_printf (_("The database is damaged, so it was opened read-only: nothing "
                                  "can be saved. The newest backup is from %s."), when);
      else if (search->n_damaged == 1)
        /* Translators: %s is the date and time of the newest backup that
         * can be restored. */
        text = g_strdup_printf (_("The database is damaged, so it was opened read-only: nothing "
                                  "can be saved. The newest backup is damaged too; the newest "
                                  "sound one is from %s."), when);
      else
        /* Translators: %u is a number of backups (2 or more), %s the date
         * and time of the newest backup that can be restored. */
        text = g_strdup_printf (ngettext ("The database is damaged, so it was opened read-only: "
                                          "nothing can be saved. The %u newest backup is "
                                          "damaged too; the newest sound one is from %s.",
                                          "The database is damaged, so it was opened read-only: "
                                          "nothing can be saved. The %u newest backups are "
                                          "damaged too; the newest sound one is from %s.",
                                          search->n_damaged),
                                search->n_damaged, when);
    }
  else if (search->n_damaged > 0)
    text = g_strdup (_("The database is damaged, so it was opened read-only: nothing can be "
                       "saved, and none of its backups can be restored."));
  else
    text = g_strdup (_("The database is damaged, so it was opened read-only: nothing can be "
                       "saved, and there is no backup of it."));

  show_banner (self, text);
  backup_search_free (search);
}

static void
search_backups (SamWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->backup_search);
  g_clear_object (&self->backup_search);
  self->backup_search = g_cancellable_new ();

  task = g_task_new (self, self->backup_search, backups_searched_cb, NULL);
  g_task_set_source_tag (task, search_backups);
  g_task_set_task_data (task, g_strdup (sam_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, search_backups_thread);
}

/**
 * sam_window_update_banner:
 *
 * Shows above every page why nothing can be saved, when the store is
 * read-only (a damaged file offers the newest backup), and hides the
 * banner when it is writable.
 */
void
sam_window_update_banner (SamWindow *self)
{
  g_autofree char *text = NULL;
  SamStoreReadOnly read_only;

  g_return_if_fail (SAM_IS_WINDOW (self));

  read_only = sam_store_get_read_only (self->store);
  if (read_only == SAM_STORE_WRITABLE)
    {
      gtk_revealer_set_reveal_child (self->banner, FALSE);
      return;
    }

  if (read_only == SAM_STORE_READ_ONLY_DAMAGED)
    {
      /* Said at once; the backup the banner names follows the search. */
      text = g_strdup (_("The database is damaged, so it was opened read-only: nothing can be "
                         "saved. Checking its backups…"));
      gtk_button_set_label (GTK_BUTTON (self->banner_button), _("_Restore a Backup…"));
      search_backups (self);
    }
  else
    {
      if (read_only == SAM_STORE_READ_ONLY_FILE)
        text = g_strdup (_("The database file cannot be written to, so it was opened read-only: "
                           "nothing can be saved. Check the file's permissions."));
      else
        text = g_strdup (_("The folder that holds the database cannot be written to, so it was "
                           "opened read-only: nothing can be saved. Check the folder's "
                           "permissions."));
      gtk_button_set_label (GTK_BUTTON (self->banner_button), _("_Backups…"));
    }

  show_banner (self, text);
}

/**
 * sam_window_get_banner:
 *
 * Returns: (nullable): the text of the banner when it shows
 */
const char *
sam_window_get_banner (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner))
    return NULL;

  return gtk_label_get_text (self->banner_label);
}
