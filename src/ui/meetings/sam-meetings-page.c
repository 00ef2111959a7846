/* sam-meetings-page.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-meetings-page"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sam-growing-model.h"
#include "sam-meeting-page.h"
#include "sam-meetings-page.h"
#include "sam-new-meeting-dialog.h"
#include "sam-series-dialog.h"
#include "sam-window.h"


struct _SamMeetingsPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *nav_stack;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *body_dropdown;
  GtkListView        *list_view;
  AdwBin             *meeting_bin;

  /* Owned */
  SamContext         *context;
  SamStore           *store;
  GListModel         *model;
  GListModel         *view;
  SamGrowingModel    *shown;
  GListModel         *bodies;
  char               *today;
  char               *search_text;
  gint64              body_id;
  gint64              meeting_id;
};

G_DEFINE_FINAL_TYPE (SamMeetingsPage, sam_meetings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTEXT,
  PROP_MODEL,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parses the store's local wall-clock text, "2019-01-29" or
 * "2019-01-29T15:00", into a UTC date-time, so that no time zone or
 * daylight-saving rule can move it when it is formatted. */
static GDateTime *
parse_local (const char *text,
             gboolean   *has_time)
{
  int hour = -1;

  *has_time = FALSE;

  if (!sam_date_time_split (text, NULL, NULL, NULL, &hour, NULL))
    return NULL;

  *has_time = hour >= 0;

  return sam_date_time_from_iso (text);
}

static const char *
status_nick (SamMeetingStatus status)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_MEETING_STATUS);
  GEnumValue *value = g_enum_get_value (enum_class, status);

  /* The nick is a static string, so it outlives the class reference. */
  return value != NULL ? value->value_nick : "unknown";
}

/* The row's closures (sam-meetings-page.ui). Each gets the list item and
 * the meeting's properties that it shows, so that it runs again when one
 * of them changes. */

static char *
meeting_row_name (GtkListItem *item,
                  gint64       id)
{
  /* Names the row after its meeting, so that coming back from a meeting
   * can find the row and give it the focus. */
  return g_strdup_printf ("meeting-%" G_GINT64_FORMAT, id);
}

static char *
meeting_group_title (GtkListItem *item,
                     const char  *group)
{
  if (g_strcmp0 (group, "upcoming") == 0)
    return g_strdup (_("Upcoming"));
  if (g_strcmp0 (group, "undated") == 0)
    return g_strdup (_("No Date Set"));

  /* A year. */
  return g_strdup (group != NULL ? group : "");
}

static char **
meeting_card_classes (GtkListItem *item,
                      gboolean     first,
                      gboolean     last)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "meeting-card");
  if (first)
    g_strv_builder_add (builder, "group-first");
  if (last)
    g_strv_builder_add (builder, "group-last");

  return g_strv_builder_end (builder);
}

static char *
meeting_row_title (GtkListItem    *item,
                   const char     *title,
                   const char     *theme,
                   SamMeetingKind  kind)
{
  if (title != NULL && title[0] != '\0')
    return g_strdup (title);
  if (theme != NULL && theme[0] != '\0')
    return g_strdup (theme);

  return g_strdup (sam_meeting_kind_label (kind));
}

static char *
meeting_row_when (GtkListItem *item,
                  GObject     *meeting,
                  const char  *starts_at,
                  const char  *ends_at)
{
  if (!SAM_IS_MEETING (meeting))
    return g_strdup ("");

  return sam_meeting_format_when (SAM_MEETING (meeting));
}

static char *
meeting_row_place (GtkListItem *item,
                   const char  *body_name,
                   gboolean     online,
                   const char  *location)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *place = online ? _("Online") : location;

  if (body_name != NULL && body_name[0] != '\0')
    g_string_append (text, body_name);

  if (place != NULL && place[0] != '\0')
    {
      if (text->len > 0)
        /* Translators: separates the body and the place of a meeting in
         * the list of meetings, as in "Director group · Lund City Hall". */
        g_string_append (text, _(" · "));
      g_string_append (text, place);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
meeting_status_text (GtkListItem      *item,
                     SamMeetingStatus  status)
{
  return g_strdup (sam_meeting_status_label (status));
}

static char **
meeting_status_classes (GtkListItem      *item,
                        SamMeetingStatus  status)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "meeting-status");
  g_strv_builder_add (builder, status_nick (status));

  return g_strv_builder_end (builder);
}

static void
update_list_state (SamMeetingsPage *self)
{
  const char *name;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    name = "empty";
  else if (g_list_model_get_n_items (self->view) == 0)
    name = "no-results";
  else
    name = "list";

  gtk_stack_set_visible_child_name (self->stack, name);
}

/* The store filters, orders and groups the meetings in SQL; the page only
 * says by what. */
static void
refilter (SamMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  if (self->view == NULL)
    return;

  if (!sam_store_meetings_view_set_filter (self->view, self->today, self->body_id,
                                           self->search_text, &error))
    g_warning ("Could not filter the meetings: %s", error->message);
}

static void
list_activate_cb (SamMeetingsPage *self,
                  guint            position,
                  GtkListView     *list_view)
{
  gint64 meeting_id;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  meeting_id = sam_store_view_get_id (self->view, position);
  if (meeting_id > 0)
    sam_meetings_page_open (GTK_WIDGET (self), meeting_id);
}

static void
model_items_changed_cb (SamMeetingsPage *self,
                        guint            position,
                        guint            removed,
                        guint            added,
                        GListModel      *model)
{
  g_assert (SAM_IS_MEETINGS_PAGE (self));

  update_list_state (self);
}

static void
search_changed_cb (SamMeetingsPage *self,
                   GtkSearchEntry  *entry)
{
  const char *text;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  text = gtk_editable_get_text (GTK_EDITABLE (entry));
  if (g_strcmp0 (text, self->search_text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  refilter (self);
}

static void
body_selected_cb (SamMeetingsPage *self,
                  GParamSpec      *pspec,
                  GtkDropDown     *dropdown)
{
  g_autoptr(SamBody) body = NULL;
  gint64 body_id = 0;
  guint selected;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  selected = gtk_drop_down_get_selected (dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && gtk_drop_down_get_model (dropdown) != NULL)
    body = g_list_model_get_item (gtk_drop_down_get_model (dropdown), selected);
  if (body != NULL)
    body_id = sam_entity_get_id (SAM_ENTITY (body));

  if (body_id == self->body_id)
    return;

  self->body_id = body_id;
  refilter (self);
}

/* The bodies come back as fresh objects after every change, so the
 * selection follows the body's id rather than the object. */
static void
bodies_changed_cb (SamMeetingsPage *self,
                   guint            position,
                   guint            removed,
                   guint            added,
                   GListModel      *model)
{
  guint n_items;
  guint found = 0;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  n_items = g_list_model_get_n_items (model);
  for (guint i = 1; i < n_items && self->body_id > 0; i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (model, i);

      if (sam_entity_get_id (SAM_ENTITY (body)) == self->body_id)
        {
          found = i;
          break;
        }
    }

  if (gtk_drop_down_get_selected (self->body_dropdown) != found)
    gtk_drop_down_set_selected (self->body_dropdown, found);
}

static void
setup_body_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (GPOINTER_TO_INT (user_data))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      /* Room for "All Bodies" in full at 360 px; the search field gives
       * way instead. */
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_body_item_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  SamBody *body = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), sam_body_get_name (body));
}

static GtkListItemFactory *
create_body_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_body_item_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_body_item_cb), NULL);

  return factory;
}

static void
setup_body_filter (SamMeetingsPage *self)
{
  g_autoptr(GListStore) all = g_list_store_new (SAM_TYPE_BODY);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(SamBody) all_bodies = sam_body_new ();
  g_autoptr(GtkListItemFactory) factory = create_body_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = create_body_factory (FALSE);
  g_autoptr(GtkFlattenListModel) flat = NULL;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  /* "All bodies" is a body that is not in the database (id 0). */
  sam_body_set_name (all_bodies, _("All Bodies"));
  g_list_store_append (all, all_bodies);
  g_list_store_append (parts, all);
  g_list_store_append (parts, self->bodies);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));

  gtk_drop_down_set_factory (self->body_dropdown, factory);
  gtk_drop_down_set_list_factory (self->body_dropdown, list_factory);
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (flat));
  g_signal_connect_object (flat, "items-changed", G_CALLBACK (bodies_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static GtkWidget *
find_named_widget (GtkWidget  *widget,
                   const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named_widget (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The list view builds rows only for what is in view: the meeting is
 * scrolled into view first, and its row focused once it exists. */
static gboolean
focus_row_cb (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (widget);
  g_autofree char *name = g_strdup_printf ("meeting-%" G_GINT64_FORMAT,
                                           (gint64)GPOINTER_TO_SIZE (user_data));
  GtkWidget *row;

  /* The row's parent is the list's focusable item. */
  row = find_named_widget (GTK_WIDGET (self->list_view), name);
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (row));

  return G_SOURCE_REMOVE;
}

static void
focus_meeting_row (SamMeetingsPage *self,
                   gint64           meeting_id)
{
  int position;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  position = self->view != NULL ? sam_store_view_find (self->view, meeting_id) : -1;
  if (position < 0)
    return;

  if (self->shown != NULL)
    sam_growing_model_reveal (self->shown, (guint)position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              (guint)position);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_row_cb,
                                GSIZE_TO_POINTER ((gsize)meeting_id), NULL);
}

/* The meeting page goes away once the list has slid back in, so that it
 * saves what was typed and stops following the store. */
static void
nav_transition_running_cb (SamMeetingsPage *self,
                           GParamSpec      *pspec,
                           GtkStack        *stack)
{
  g_assert (SAM_IS_MEETINGS_PAGE (self));

  if (gtk_stack_get_transition_running (stack))
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "list") == 0)
    adw_bin_set_child (self->meeting_bin, NULL);
}

static void
show_list (SamMeetingsPage *self)
{
  gint64 meeting_id;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  meeting_id = self->meeting_id;
  self->meeting_id = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.back", FALSE);
  gtk_stack_set_visible_child_name (self->nav_stack, "list");

  if (!gtk_stack_get_transition_running (self->nav_stack))
    adw_bin_set_child (self->meeting_bin, NULL);

  if (meeting_id > 0)
    focus_meeting_row (self, meeting_id);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
store_changed_cb (SamMeetingsPage *self,
                  const char      *table,
                  gint64           id,
                  int              kind,
                  SamStore        *store)
{
  g_assert (SAM_IS_MEETINGS_PAGE (self));

  /* The meeting shown was deleted (perhaps in another window). */
  if (kind == SAM_STORE_CHANGE_DELETE && id == self->meeting_id &&
      g_strcmp0 (table, "meeting") == 0)
    show_list (self);
}

static void
meeting_created_cb (SamMeetingsPage *self,
                    gint64           meeting_id,
                    GtkWidget       *dialog)
{
  g_assert (SAM_IS_MEETINGS_PAGE (self));

  sam_meetings_page_open (GTK_WIDGET (self), meeting_id);
}

static void
meetings_planned_cb (SamMeetingsPage *self,
                     guint            n_meetings,
                     GtkWidget       *dialog)
{
  GtkRoot *root;
  AdwToast *toast;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (!SAM_IS_WINDOW (root))
    return;

  toast = adw_toast_new_format (ngettext ("%u meeting planned", "%u meetings planned", n_meetings),
                                n_meetings);
  sam_window_add_toast (SAM_WINDOW (root), toast);
}

static void
present_dialog (SamMeetingsPage *self,
                GtkWidget       *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = sam_new_meeting_dialog_new (self->context, self->body_id);
  g_signal_connect_object (dialog, "created", G_CALLBACK (meeting_created_cb), self,
                           G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

static void
plan_series_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = sam_series_dialog_new (self->context, self->body_id);
  g_signal_connect_object (dialog, "planned", G_CALLBACK (meetings_planned_cb), self,
                           G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (widget);
  GtkWidget *meeting_page = sam_meetings_page_get_meeting_page (self);

  if (meeting_page != NULL && sam_meeting_page_navigate_back (SAM_MEETING_PAGE (meeting_page)))
    return;

  show_list (self);
}

static void
meeting_title_cb (SamMeetingsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
sam_meetings_page_map (GtkWidget *widget)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (widget);
  g_autofree char *today = sam_context_today (self->context);

  GTK_WIDGET_CLASS (sam_meetings_page_parent_class)->map (widget);

  /* Past midnight yesterday's upcoming meeting belongs to the past. */
  if (g_strcmp0 (today, self->today) != 0)
    {
      g_free (self->today);
      self->today = g_steal_pointer (&today);
      refilter (self);
    }
}

static void
sam_meetings_page_constructed (GObject *object)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  G_OBJECT_CLASS (sam_meetings_page_parent_class)->constructed (object);

  if (self->context != NULL)
    sam_context_attach (self->context, GTK_WIDGET (self));
  self->today = sam_context_today (self->context);

  if (self->store != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->model = sam_store_list_meetings (self->store);
      self->view = sam_store_list_meetings_view (self->store, self->today, 0, NULL);
      self->bodies = sam_store_list_bodies (self->store);

      /* A new filter or search shows its first rows in the next frame,
       * the others over the frames after it. */
      self->shown = sam_growing_model_new (self->view, 16, 12);
      sam_growing_model_set_widget (self->shown, GTK_WIDGET (self->list_view));
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->view, "items-changed",
                               G_CALLBACK (model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "changed",
                               G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);

      setup_body_filter (self);
    }
  else
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.new", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.plan-series", FALSE);
    }

  update_list_state (self);
}

static void
sam_meetings_page_dispose (GObject *object)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_MEETINGS_PAGE);

  g_clear_object (&self->shown);
  g_clear_object (&self->view);
  g_clear_object (&self->model);
  g_clear_object (&self->bodies);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_meetings_page_parent_class)->dispose (object);
}

static void
sam_meetings_page_finalize (GObject *object)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  g_free (self->today);
  g_free (self->search_text);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sam_meetings_page_parent_class)->finalize (object);
}

static void
sam_meetings_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_TITLE:
      g_value_set_string (value, sam_meetings_page_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_meetings_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (self->store == NULL)
        self->store = g_value_dup_object (value);
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL && self->store == NULL)
        self->store = g_object_ref (sam_context_get_store (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_meetings_page_class_init (SamMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sam_meetings_page_constructed;
  object_class->dispose = sam_meetings_page_dispose;
  object_class->finalize = sam_meetings_page_finalize;
  object_class->get_property = sam_meetings_page_get_property;
  object_class->set_property = sam_meetings_page_set_property;

  widget_class->map = sam_meetings_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The store, settings and clock the window shares. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SAM_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * SamMeetingsPage:title:
   *
   * The title of the meeting shown, or %NULL while the list is shown:
   * what the window's header bar says, with a back button beside it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The rows' template looks up the meetings' properties by type name. */
  g_type_ensure (SAM_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meetings/"
                                               "sam-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, nav_stack);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, meeting_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, nav_transition_running_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_row_name);
  gtk_widget_class_bind_template_callback (widget_class, meeting_group_title);
  gtk_widget_class_bind_template_callback (widget_class, meeting_card_classes);
  gtk_widget_class_bind_template_callback (widget_class, meeting_row_title);
  gtk_widget_class_bind_template_callback (widget_class, meeting_row_when);
  gtk_widget_class_bind_template_callback (widget_class, meeting_row_place);
  gtk_widget_class_bind_template_callback (widget_class, meeting_status_text);
  gtk_widget_class_bind_template_callback (widget_class, meeting_status_classes);

  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "meetings.plan-series", NULL, plan_series_action);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "meetings.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "meetings.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0,
                                       "meetings.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingspage");
}

static void
sam_meetings_page_init (SamMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.back", FALSE);
}

/**
 * sam_meetings_page_new:
 * @context: the store whose meetings to show, the settings and the clock
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_meetings_page_new (SamContext *context)
{
  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  return g_object_new (SAM_TYPE_MEETINGS_PAGE,
                       "context", context,
                       NULL);
}

/**
 * sam_meetings_page_get_store:
 * @self: a #SamMeetingsPage
 *
 * Returns: (transfer none): the store
 */
SamStore *
sam_meetings_page_get_store (SamMeetingsPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETINGS_PAGE (self), NULL);

  return self->store;
}

/**
 * sam_meetings_page_get_model:
 * @self: a #SamMeetingsPage
 *
 * Gets the live list of every meeting, before the page's filters, for
 * tests and for pages that want to follow the same list.
 *
 * Returns: (transfer none) (nullable): a #GListModel of #SamMeeting
 */
GListModel *
sam_meetings_page_get_model (SamMeetingsPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETINGS_PAGE (self), NULL);

  return self->model;
}

/**
 * sam_meetings_page_get_meeting_page:
 * @self: a #SamMeetingsPage
 *
 * Gets the page of the meeting shown, for example to show one of its
 * agenda items with sam_meeting_page_show_item().
 *
 * Returns: (transfer none) (nullable): the #SamMeetingPage shown, or %NULL
 *   while the list is shown
 */
GtkWidget *
sam_meetings_page_get_meeting_page (SamMeetingsPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETINGS_PAGE (self), NULL);

  if (self->meeting_id == 0)
    return NULL;

  return adw_bin_get_child (self->meeting_bin);
}

/**
 * sam_meetings_page_open:
 * @page: a #SamMeetingsPage
 * @meeting_id: the meeting to show
 *
 * Shows the page of one meeting in place of the list, with a way back.
 * This is what win.open ("meetings", id) runs.
 */
void
sam_meetings_page_open (GtkWidget *page,
                        gint64     meeting_id)
{
  SamMeetingsPage *self;
  g_autoptr(SamMeeting) meeting = NULL;
  GtkWidget *meeting_page;

  g_return_if_fail (SAM_IS_MEETINGS_PAGE (page));

  self = SAM_MEETINGS_PAGE (page);
  if (self->store == NULL || meeting_id <= 0)
    return;

  if (meeting_id == self->meeting_id && adw_bin_get_child (self->meeting_bin) != NULL)
    {
      gtk_stack_set_visible_child_name (self->nav_stack, "meeting");
      return;
    }

  meeting = sam_store_load (self->store, SAM_TYPE_MEETING, meeting_id, NULL);
  if (meeting == NULL)
    {
      g_debug ("No meeting has the id %" G_GINT64_FORMAT, meeting_id);
      return;
    }

  meeting_page = sam_meeting_page_new (self->context, meeting_id);
  g_signal_connect_object (meeting_page, "notify::title", G_CALLBACK (meeting_title_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->meeting_bin, meeting_page);
  self->meeting_id = meeting_id;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.back", TRUE);
  gtk_stack_set_visible_child_name (self->nav_stack, "meeting");

  /* The row that was activated is gone from view: keep the keyboard focus
   * on this page rather than letting it fall back to the window. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_widget_child_focus (meeting_page, GTK_DIR_TAB_FORWARD);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * sam_meetings_page_get_title:
 * @self: a #SamMeetingsPage
 *
 * Returns: (nullable): the title of the meeting shown, or %NULL while the
 *   list is shown
 */
const char *
sam_meetings_page_get_title (SamMeetingsPage *self)
{
  GtkWidget *meeting_page;

  g_return_val_if_fail (SAM_IS_MEETINGS_PAGE (self), NULL);

  meeting_page = sam_meetings_page_get_meeting_page (self);

  return meeting_page != NULL ? sam_meeting_page_get_title (SAM_MEETING_PAGE (meeting_page)) : NULL;
}

/**
 * sam_meeting_kind_label:
 * @kind: a #SamMeetingKind
 *
 * Returns: the kind's name, for the user
 */
const char *
sam_meeting_kind_label (SamMeetingKind kind)
{
  switch (kind)
    {
    case SAM_MEETING_KIND_MEETING:
      return C_("meeting kind", "Meeting");
    case SAM_MEETING_KIND_WORKSHOP:
      return C_("meeting kind", "Workshop");
    case SAM_MEETING_KIND_RETREAT:
      return C_("meeting kind", "Retreat");
    case SAM_MEETING_KIND_EVENT:
      return C_("meeting kind", "Event");
    default:
      return C_("meeting kind", "Meeting");
    }
}

/**
 * sam_meeting_status_label:
 * @status: a #SamMeetingStatus
 *
 * Returns: the status's name, for the user
 */
const char *
sam_meeting_status_label (SamMeetingStatus status)
{
  switch (status)
    {
    case SAM_MEETING_STATUS_PLANNED:
      return C_("meeting status", "Planned");
    case SAM_MEETING_STATUS_AGENDA_SENT:
      return C_("meeting status", "Agenda sent");
    case SAM_MEETING_STATUS_HELD:
      return C_("meeting status", "Held");
    case SAM_MEETING_STATUS_MINUTES_APPROVED:
      return C_("meeting status", "Minutes approved");
    case SAM_MEETING_STATUS_CANCELLED:
      return C_("meeting status", "Cancelled");
    default:
      return "";
    }
}

/**
 * sam_meeting_format_when:
 * @meeting: a #SamMeeting
 *
 * Formats the date and times of a meeting by the locale, such as
 * "Tue 29 Jan 2019, 15:00–17:00" ("tis 29 jan 2019, 15:00–17:00").
 *
 * Returns: (transfer full): the text
 */
char *
sam_meeting_format_when (SamMeeting *meeting)
{
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  gboolean start_has_time;
  gboolean end_has_time;

  g_return_val_if_fail (SAM_IS_MEETING (meeting), NULL);

  starts = parse_local (sam_meeting_get_starts_at (meeting), &start_has_time);
  if (starts == NULL)
    {
      const char *text = sam_meeting_get_starts_at (meeting);

      return g_strdup (text != NULL && text[0] != '\0' ? text : _("No date set"));
    }

  if (!start_has_time)
    /* Translators: the date of a meeting that has no start time yet. See
     * the format codes of g_date_time_format(). */
    return g_date_time_format (starts, _("%a %-d %b %Y"));

  /* Translators: the date and start time of a meeting, as in "Tue 29 Jan
   * 2019, 15:00". See the format codes of g_date_time_format(). */
  start_text = g_date_time_format (starts, _("%a %-d %b %Y, %H:%M"));

  ends = parse_local (sam_meeting_get_ends_at (meeting), &end_has_time);
  if (ends == NULL || !end_has_time || g_date_time_compare (ends, starts) <= 0)
    return g_steal_pointer (&start_text);

  if (g_date_time_get_year (ends) == g_date_time_get_year (starts) &&
      g_date_time_get_day_of_year (ends) == g_date_time_get_day_of_year (starts))
    {
      /* Translators: the end time of a meeting that ends on the day it
       * starts. See the format codes of g_date_time_format(). */
      end_text = g_date_time_format (ends, _("%H:%M"));
      /* Translators: a meeting's start and end on one day, as in "Tue 29
       * Jan 2019, 15:00–17:00". */
      return g_strdup_printf (_("%s–%s"), start_text, end_text);
    }

  end_text = g_date_time_format (ends, _("%a %-d %b %Y, %H:%M"));
  /* Translators: a meeting's start and end on different days, as in "Tue
   * 29 Jan 2019, 15:00 – Wed 30 Jan 2019, 12:00". */
  return g_strdup_printf (_("%s – %s"), start_text, end_text);
}
