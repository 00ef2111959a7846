/* sam-new-meeting-dialog.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-new-meeting-dialog"

#include "config.h"


#include <glib/gi18n.h>

#include "sam-meetings-page.h"
#include "sam-new-meeting-dialog.h"
#include "sam-date-row.h"
#include "sam-person-picker.h"
#include "sam-time-row.h"

struct _SamNewMeetingDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  AdwComboRow         *body_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *title_row;
  SamDateRow          *date_row;
  SamTimeRow          *start_row;
  SamTimeRow          *end_row;
  GtkSwitch           *online_switch;
  AdwEntryRow         *place_row;
  AdwComboRow         *chair_row;
  AdwActionRow        *secretary_row;
  GtkMenuButton       *secretary_button;
  GtkWidget           *secretary_clear_button;

  /* Owned */
  SamContext          *context;
  SamStore            *store;
  GListModel          *bodies;
  GListModel          *people;
  gint64               body_id;
  gint64               meeting_id;
  gint64               secretary_id;
  guint                attempted : 1;
};

G_DEFINE_FINAL_TYPE (SamNewMeetingDialog, sam_new_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTEXT,
  PROP_BODY_ID,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];

/* The store's setting that remembers the body of the last new meeting. */
#define LAST_BODY_KEY "new-meeting-body"
static guint signals[N_SIGNALS];

static const SamMeetingKind kinds[] = {
  SAM_MEETING_KIND_MEETING,
  SAM_MEETING_KIND_WORKSHOP,
  SAM_MEETING_KIND_RETREAT,
  SAM_MEETING_KIND_EVENT,
};

static char *
today_text (SamNewMeetingDialog *self)
{
  return sam_context_today (self->context);
}

static gint64
selected_id (AdwComboRow *row)
{
  g_autoptr(SamEntity) entity = NULL;
  GListModel *model = adw_combo_row_get_model (row);
  guint selected = adw_combo_row_get_selected (row);

  if (model == NULL || selected == GTK_INVALID_LIST_POSITION)
    return 0;

  entity = g_list_model_get_item (model, selected);

  return entity != NULL ? sam_entity_get_id (entity) : 0;
}

static void
select_id (AdwComboRow *row,
           gint64       id)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (model, i);

      if (sam_entity_get_id (entity) == id)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
}

/* A membership counts on a date when it has begun and not yet ended. */
static gboolean
membership_valid_on (SamMembership *membership,
                     const char    *date)
{
  const char *from = sam_membership_get_valid_from (membership);
  const char *until = sam_membership_get_valid_until (membership);

  if (from != NULL && from[0] != '\0' && strncmp (from, date, 10) > 0)
    return FALSE;
  if (until != NULL && until[0] != '\0' && strncmp (until, date, 10) < 0)
    return FALSE;

  return TRUE;
}

/* The chair and secretary of the body on a date, to suggest them. */
static void
find_officers (SamStore   *store,
               gint64      body_id,
               const char *date,
               gint64     *chair_id,
               gint64     *secretary_id)
{
  g_autoptr(GListModel) memberships = sam_store_list_memberships (store, body_id);
  guint n_items = g_list_model_get_n_items (memberships);

  *chair_id = 0;
  *secretary_id = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
      gint64 person_id = sam_membership_get_person_id (membership);

      if (person_id <= 0 || !membership_valid_on (membership, date))
        continue;

      if (sam_membership_get_role (membership) == SAM_MEMBERSHIP_ROLE_CHAIR && *chair_id == 0)
        *chair_id = person_id;
      else if (sam_membership_get_role (membership) == SAM_MEMBERSHIP_ROLE_SECRETARY &&
               *secretary_id == 0)
        *secretary_id = person_id;
    }
}

static void
show_error (SamNewMeetingDialog *self,
            const char          *message,
            GtkWidget           *row)
{
  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), TRUE);

  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
hide_error (SamNewMeetingDialog *self)
{
  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->error_group), FALSE);
  gtk_label_set_label (self->error_label, "");
}

static void
mark_row (GtkWidget *row,
          gboolean   bad)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Checks every field; on the first problem, says what is wrong and how to
 * put it right, and returns FALSE. Nothing the user typed is changed. */
static gboolean
validate (SamNewMeetingDialog  *self,
          gboolean              report,
          char                **starts_at,
          char                **ends_at)
{
  const char *date = sam_date_row_get_value (self->date_row);
  const char *start = sam_time_row_get_value (self->start_row);
  const char *end = sam_time_row_get_value (self->end_row);
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *message = NULL;
  GtkWidget *bad_row = NULL;
  gboolean date_ok = sam_date_row_get_valid (self->date_row) && date != NULL;
  gboolean start_ok = sam_time_row_get_valid (self->start_row);
  gboolean end_ok = sam_time_row_get_valid (self->end_row);

  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  if (selected_id (self->body_row) <= 0)
    {
      message = g_strdup (_("Choose the body that meets. If there is none yet, add it under "
                            "Groups and networks first."));
      bad_row = GTK_WIDGET (self->body_row);
    }
  else if (!date_ok && date_text[0] == '\0')
    {
      message = g_strdup (_("Write the date of the meeting, for example 29/1 2019, or choose it "
                            "in the calendar."));
      bad_row = GTK_WIDGET (self->date_row);
    }
  else if (!date_ok)
    {
      /* The row's tooltip says what is wrong with what was typed. */
      message = g_strdup_printf ("%s %s",
                                 gtk_widget_get_tooltip_text (GTK_WIDGET (self->date_row)),
                                 _("Or choose the date in the calendar."));
      bad_row = GTK_WIDGET (self->date_row);
    }
  else if (!start_ok)
    {
      message = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (self->start_row)));
      bad_row = GTK_WIDGET (self->start_row);
    }
  else if (!end_ok)
    {
      message = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (self->end_row)));
      bad_row = GTK_WIDGET (self->end_row);
    }
  else if (end != NULL && start == NULL)
    {
      message = g_strdup (_("Give the start time too, or leave the end time empty."));
      bad_row = GTK_WIDGET (self->start_row);
    }
  else if (end != NULL && strcmp (end, start) <= 0)
    {
      /* Translators: the end and start times, as in "The meeting must end
       * after it starts: 12:00 is not after 15:00." */
      message = g_strdup_printf (_("The meeting must end after it starts: %s is not after %s."),
                                 end, start);
      bad_row = GTK_WIDGET (self->end_row);
      mark_row (bad_row, TRUE);
    }

  if (message != NULL)
    {
      if (report)
        show_error (self, message, bad_row);
      return FALSE;
    }

  hide_error (self);

  if (starts_at != NULL)
    *starts_at = start != NULL ? g_strdup_printf ("%sT%s", date, start) : g_strdup (date);
  if (ends_at != NULL)
    *ends_at = end != NULL ? g_strdup_printf ("%sT%s", date, end) : NULL;

  return TRUE;
}

static void
field_changed_cb (SamNewMeetingDialog *self,
                  GtkEditable         *editable)
{
  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  /* After a refused Create, the message follows the corrections. */
  validate (self, self->attempted, NULL, NULL);
}

/* The secretary is found by name with the person picker, which can also
 * add someone new; the button says who it is. */
static void
set_secretary (SamNewMeetingDialog *self,
               gint64               person_id)
{
  g_autofree char *name = NULL;

  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  self->secretary_id = person_id;
  if (person_id > 0 && self->store != NULL)
    name = sam_person_get_display_name (self->store, person_id);
  gtk_menu_button_set_label (self->secretary_button,
                             name != NULL && *name != '\0' ? name : C_("person", "None"));
  gtk_widget_set_visible (self->secretary_clear_button, person_id > 0);
}

static void
secretary_picked_cb (SamPersonPicker     *picker,
                     gint64               person_id,
                     SamNewMeetingDialog *self)
{
  set_secretary (self, person_id);
}

static void
secretary_clear_clicked_cb (SamNewMeetingDialog *self)
{
  set_secretary (self, 0);
}

static void
suggest_officers (SamNewMeetingDialog *self)
{
  const char *date = sam_date_row_get_value (self->date_row);
  g_autofree char *today = today_text (self);
  gint64 chair_id;
  gint64 secretary_id;

  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  if (self->store == NULL || selected_id (self->body_row) <= 0)
    return;

  find_officers (self->store, selected_id (self->body_row),
                 date != NULL ? date : today,
                 &chair_id, &secretary_id);
  select_id (self->chair_row, chair_id);
  set_secretary (self, secretary_id);
}

static void
body_changed_cb (SamNewMeetingDialog *self,
                 GParamSpec          *pspec,
                 AdwComboRow         *row)
{
  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  suggest_officers (self);
  if (self->attempted)
    validate (self, TRUE, NULL, NULL);
}

static char *
text_or_null (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
create_meeting (SamNewMeetingDialog  *self,
                const char           *starts_at,
                const char           *ends_at,
                GError              **error)
{
  g_autoptr(SamMeeting) meeting = sam_meeting_new ();
  g_autofree char *title = text_or_null (self->title_row);
  g_autofree char *place = text_or_null (self->place_row);
  gboolean online = gtk_switch_get_active (self->online_switch);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  char body_text[32];

  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  sam_meeting_set_body_id (meeting, selected_id (self->body_row));
  sam_meeting_set_kind (meeting, kind < G_N_ELEMENTS (kinds) ? kinds[kind] : kinds[0]);
  sam_meeting_set_title (meeting, title);
  sam_meeting_set_starts_at (meeting, starts_at);
  sam_meeting_set_ends_at (meeting, ends_at);
  sam_meeting_set_online (meeting, online);
  /* An online meeting keeps its place: "Digitalt Teams-möte". */
  sam_meeting_set_location (meeting, place);
  sam_meeting_set_chair_id (meeting, selected_id (self->chair_row));
  sam_meeting_set_secretary_id (meeting, self->secretary_id);
  sam_meeting_set_status (meeting, SAM_MEETING_STATUS_PLANNED);

  if (!sam_store_begin (self->store, error))
    return FALSE;

  /* Nobody is called yet but the secretary, who is on the attendance
   * list as the minutes taker ("Vid protokollet"): the list offers to add
   * the body's members, so that no absentee prints who was never called.
   * The body is remembered for the next new meeting. */
  g_snprintf (body_text, sizeof body_text, "%" G_GINT64_FORMAT, sam_meeting_get_body_id (meeting));
  if (!sam_store_insert (self->store, meeting, error) ||
      (self->secretary_id > 0 &&
       !sam_store_set_minutes_taker (self->store, sam_entity_get_id (SAM_ENTITY (meeting)),
                                     self->secretary_id, error)) ||
      !sam_store_set_setting (self->store, LAST_BODY_KEY, body_text, error) ||
      !sam_store_commit (self->store, error))
    {
      sam_store_rollback (self->store);
      return FALSE;
    }

  self->meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));

  return TRUE;
}

static void
create_clicked_cb (SamNewMeetingDialog *self,
                   GtkButton           *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *ends_at = NULL;

  g_assert (SAM_IS_NEW_MEETING_DIALOG (self));

  self->attempted = TRUE;
  if (!validate (self, TRUE, &starts_at, &ends_at))
    return;

  if (!create_meeting (self, starts_at, ends_at, &error))
    {
      /* Translators: %s is the reason from the database. */
      g_autofree char *message = g_strdup_printf (_("The meeting could not be saved: %s"),
                                                  error->message);

      show_error (self, message, NULL);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, self->meeting_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The body of the last new meeting, or else the director group: the
 * collaboration's main body, which meets most often. */
static gint64
default_body (SamNewMeetingDialog *self)
{
  g_autofree char *last = sam_store_get_setting (self->store, LAST_BODY_KEY);
  gint64 last_id = last != NULL ? g_ascii_strtoll (last, NULL, 10) : 0;
  gint64 director_group = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (self->bodies, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (body));

      if (id == last_id)
        return id;
      if (director_group == 0 && sam_body_get_kind (body) == SAM_BODY_KIND_DIRECTOR_GROUP)
        director_group = id;
    }

  return director_group;
}

static GListModel *
with_none (GListModel *model,
           GType       type,
           const char *none_label)
{
  g_autoptr(GListStore) none = g_list_store_new (type);
  g_autoptr(GObject) item = g_object_new (type, "name", none_label, NULL);
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (none, item);
  g_list_store_append (parts, none);
  g_list_store_append (parts, model);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static void
sam_new_meeting_dialog_constructed (GObject *object)
{
  SamNewMeetingDialog *self = SAM_NEW_MEETING_DIALOG (object);
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) chairs = NULL;
  GtkWidget *picker;
  g_autofree char *today = today_text (self);

  G_OBJECT_CLASS (sam_new_meeting_dialog_parent_class)->constructed (object);

  if (self->context != NULL)
    sam_context_attach (self->context, GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, sam_meeting_kind_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));

  sam_date_row_set_today (self->date_row, today);
  sam_date_row_set_value (self->date_row, today);
  sam_time_row_set_value (self->start_row, "09:00");
  sam_time_row_set_value (self->end_row, "12:00");

  if (self->store == NULL)
    return;

  self->bodies = sam_store_list_bodies (self->store);
  self->people = sam_store_list_people (self->store);

  adw_combo_row_set_expression (self->body_row,
                                gtk_property_expression_new (SAM_TYPE_BODY, NULL, "name"));
  adw_combo_row_set_model (self->body_row, self->bodies);

  /* Translators: the choice of no chair (or no secretary) for a meeting. */
  chairs = with_none (self->people, SAM_TYPE_PERSON, C_("person", "None"));
  adw_combo_row_set_expression (self->chair_row,
                                gtk_property_expression_new (SAM_TYPE_PERSON, NULL, "name"));
  adw_combo_row_set_model (self->chair_row, chairs);
  picker = sam_person_picker_new (self->store);
  sam_person_picker_set_allow_create (SAM_PERSON_PICKER (picker), TRUE);
  g_signal_connect (picker, "person-picked", G_CALLBACK (secretary_picked_cb), self);
  gtk_menu_button_set_popover (self->secretary_button, picker);
  set_secretary (self, 0);

  select_id (self->body_row, self->body_id > 0 ? self->body_id : default_body (self));
  suggest_officers (self);
}

static void
sam_new_meeting_dialog_dispose (GObject *object)
{
  SamNewMeetingDialog *self = SAM_NEW_MEETING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_NEW_MEETING_DIALOG);

  g_clear_object (&self->bodies);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sam_new_meeting_dialog_parent_class)->dispose (object);
}

static void
sam_new_meeting_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SamNewMeetingDialog *self = SAM_NEW_MEETING_DIALOG (object);

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

    case PROP_BODY_ID:
      self->body_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_new_meeting_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SamNewMeetingDialog *self = SAM_NEW_MEETING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_BODY_ID:
      g_value_set_int64 (value, self->body_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_new_meeting_dialog_class_init (SamNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sam_new_meeting_dialog_constructed;
  object_class->dispose = sam_new_meeting_dialog_dispose;
  object_class->get_property = sam_new_meeting_dialog_get_property;
  object_class->set_property = sam_new_meeting_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The store, settings and clock the window shares. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SAM_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY_ID] =
    g_param_spec_int64 ("body-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SamNewMeetingDialog::created:
   * @self: the dialog
   * @meeting_id: the new meeting
   *
   * Emitted once the meeting and its attendance list are saved, just
   * before the dialog closes.
   */
  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SAM_TYPE_DATE_ROW);
  g_type_ensure (SAM_TYPE_TIME_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meetings/"
                                               "sam-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, body_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, online_switch);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, chair_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, secretary_row);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, secretary_button);
  gtk_widget_class_bind_template_child (widget_class, SamNewMeetingDialog, secretary_clear_button);
  gtk_widget_class_bind_template_callback (widget_class, secretary_clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_new_meeting_dialog_init (SamNewMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sam_new_meeting_dialog_new:
 * @context: the store to add the meeting to, the settings and the clock
 * @body_id: the body to suggest, or 0
 *
 * Returns: (transfer none): a new dialog; present it
 */
GtkWidget *
sam_new_meeting_dialog_new (SamContext *context,
                            gint64      body_id)
{
  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  return g_object_new (SAM_TYPE_NEW_MEETING_DIALOG,
                       "context", context,
                       "body-id", body_id,
                       NULL);
}

/**
 * sam_new_meeting_dialog_get_meeting_id:
 * @self: a #SamNewMeetingDialog
 *
 * Returns: the meeting created, or 0 before Create succeeded
 */
gint64
sam_new_meeting_dialog_get_meeting_id (SamNewMeetingDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_MEETING_DIALOG (self), 0);

  return self->meeting_id;
}
