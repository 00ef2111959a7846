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

#include "sam-meetings-page.h"

struct _SamMeetingsPage
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkListView   *list_view;

  /* Owned */
  SamStore      *store;
  GListModel    *model;
  gulong         items_changed_id;
};

G_DEFINE_FINAL_TYPE (SamMeetingsPage, sam_meetings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
kind_label (SamMeetingKind kind)
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

static const char *
status_label (SamMeetingStatus status)
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

/* The store keeps local wall-clock times ("2026-03-01T09:00"). They are
 * formatted as they are, in UTC, so that no time zone or daylight-saving
 * rule can move them. */
static char *
format_starts_at (const char *starts_at)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;
  int hour = 0;
  int minute = 0;
  int n_fields;

  if (starts_at == NULL || starts_at[0] == '\0')
    return g_strdup (_("No date set"));

  n_fields = sscanf (starts_at, "%4d-%2d-%2dT%2d:%2d", &year, &month, &day, &hour, &minute);
  if (n_fields != 3 && n_fields != 5)
    return g_strdup (starts_at);

  date_time = g_date_time_new_utc (year, month, day, hour, minute, 0);
  if (date_time == NULL)
    return g_strdup (starts_at);

  if (n_fields == 3)
    /* Translators: the date of a meeting that has no start time yet, in the
     * list of meetings. See the format codes of g_date_time_format(). */
    return g_date_time_format (date_time, _("%a %-d %b %Y"));

  /* Translators: the date and start time of a meeting in the list of
   * meetings. See the format codes of g_date_time_format(). */
  return g_date_time_format (date_time, _("%a %-d %b %Y, %H:%M"));
}

static const char *
status_nick (SamMeetingStatus status)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SAM_TYPE_MEETING_STATUS);
  GEnumValue *value = g_enum_get_value (enum_class, status);

  /* The nick is a static string, so it outlives the class reference. */
  return value != NULL ? value->value_nick : "unknown";
}

static void
update_empty_state (SamMeetingsPage *self)
{
  gboolean empty;

  g_assert (SAM_IS_MEETINGS_PAGE (self));

  empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
model_items_changed_cb (SamMeetingsPage *self,
                        guint            position,
                        guint            removed,
                        guint            added,
                        GListModel      *model)
{
  g_assert (SAM_IS_MEETINGS_PAGE (self));

  update_empty_state (self);
}

static char *
meeting_title_cb (gpointer    this_object,
                  SamMeeting *meeting)
{
  const char *text;

  if (meeting == NULL)
    return NULL;

  text = sam_meeting_get_title (meeting);
  if (text == NULL || text[0] == '\0')
    text = sam_meeting_get_theme (meeting);
  if (text == NULL || text[0] == '\0')
    text = kind_label (sam_meeting_get_kind (meeting));

  return g_strdup (text);
}

static char *
meeting_subtitle_cb (gpointer    this_object,
                     SamMeeting *meeting)
{
  g_autofree char *date = NULL;
  const char *body_name;

  if (meeting == NULL)
    return NULL;

  date = format_starts_at (sam_meeting_get_starts_at (meeting));
  body_name = sam_meeting_get_body_name (meeting);

  if (body_name == NULL || body_name[0] == '\0')
    return g_steal_pointer (&date);

  /* Translators: the second line of a meeting in the list: its date and
   * time, then the body that meets, for example "Sun 1 Mar 2026, 09:00 ·
   * Director group". */
  return g_strdup_printf (_("%s · %s"), date, body_name);
}

static char *
meeting_status_cb (gpointer    this_object,
                   SamMeeting *meeting)
{
  if (meeting == NULL)
    return NULL;

  return g_strdup (status_label (sam_meeting_get_status (meeting)));
}

static char **
meeting_status_classes_cb (gpointer    this_object,
                           SamMeeting *meeting)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "meeting-status");
  if (meeting != NULL)
    g_strv_builder_add (builder, status_nick (sam_meeting_get_status (meeting)));

  return g_strv_builder_end (builder);
}

static void
sam_meetings_page_constructed (GObject *object)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  G_OBJECT_CLASS (sam_meetings_page_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->model = sam_store_list_meetings (self->store);
      self->items_changed_id =
        g_signal_connect_object (self->model, "items-changed",
                                 G_CALLBACK (model_items_changed_cb), self,
                                 G_CONNECT_SWAPPED);

      selection = gtk_no_selection_new (g_object_ref (self->model));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }

  update_empty_state (self);
}

static void
sam_meetings_page_dispose (GObject *object)
{
  SamMeetingsPage *self = SAM_MEETINGS_PAGE (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_MEETINGS_PAGE);

  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_meetings_page_parent_class)->dispose (object);
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

    case PROP_MODEL:
      g_value_set_object (value, self->model);
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
      self->store = g_value_dup_object (value);
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
  object_class->get_property = sam_meetings_page_get_property;
  object_class->set_property = sam_meetings_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/"
                                               "sam-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SamMeetingsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, meeting_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_status_classes_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingspage");
}

static void
sam_meetings_page_init (SamMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sam_meetings_page_new:
 * @store: the store whose meetings to show
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
sam_meetings_page_new (SamStore *store)
{
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  return g_object_new (SAM_TYPE_MEETINGS_PAGE,
                       "store", store,
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
 * Gets the live list of meetings the page shows, for tests and for pages
 * that want to follow the same list.
 *
 * Returns: (transfer none) (nullable): a #GListModel of #SamMeeting
 */
GListModel *
sam_meetings_page_get_model (SamMeetingsPage *self)
{
  g_return_val_if_fail (SAM_IS_MEETINGS_PAGE (self), NULL);

  return self->model;
}

/* PLACEHOLDER until the meetings issue: shows the meeting's page. */
void
sam_meetings_page_open (GtkWidget *page,
                        gint64     meeting_id)
{
}
