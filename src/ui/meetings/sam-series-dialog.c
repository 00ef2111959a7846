/* sam-series-dialog.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-series-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-new-meeting-dialog.h"
#include "sam-series-dialog.h"

struct _SamSeriesDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  AdwComboRow         *body_row;
  GtkSpinButton       *year_spin;
  AdwPreferencesGroup *dates_group;
  AdwPreferencesGroup *items_group;

  /* Borrowed: the rows, which the groups own */
  GPtrArray           *date_rows;
  GPtrArray           *item_rows;

  /* Owned */
  SamContext          *context;
  SamStore            *store;
  GListModel          *bodies;
  gint64               body_id;
  int                  year;
};

G_DEFINE_FINAL_TYPE (SamSeriesDialog, sam_series_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTEXT,
  PROP_BODY_ID,
  N_PROPS
};

enum {
  PLANNED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The agenda most meetings of a director group start from (seeds 002 and
 * 003): procedure first, the plan and the assignments, then what comes
 * next. */
static const struct
{
  const char  *title;
  int          minutes;
  SamItemKind  kind;
} template_items[] = {
  { N_("Opening of the meeting"), 5, SAM_ITEM_KIND_PROCEDURE },
  { N_("Minutes of the previous meeting"), 5, SAM_ITEM_KIND_PROCEDURE },
  { N_("Implementation of the operational plan"), 45, SAM_ITEM_KIND_INFORMATION_DISCUSSION },
  { N_("Follow-up of assignments"), 15, SAM_ITEM_KIND_FOLLOW_UP },
  { N_("Agenda of the next meeting"), 10, SAM_ITEM_KIND_DISCUSSION },
  { N_("Any other business"), 10, SAM_ITEM_KIND_OTHER },
  { N_("Closing of the meeting"), 5, SAM_ITEM_KIND_PROCEDURE },
};

static gint64
selected_body_id (SamSeriesDialog *self)
{
  g_autoptr(SamBody) body = NULL;
  GListModel *model = adw_combo_row_get_model (self->body_row);
  guint selected = adw_combo_row_get_selected (self->body_row);

  if (model == NULL || selected == GTK_INVALID_LIST_POSITION)
    return 0;

  body = g_list_model_get_item (model, selected);

  return body != NULL ? sam_entity_get_id (SAM_ENTITY (body)) : 0;
}

static GtkWidget *
row_entry (GtkWidget  *row,
           const char *name)
{
  return g_object_get_data (G_OBJECT (row), name);
}

static char *
entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static GtkWidget *
new_entry (const char *text,
           const char *placeholder,
           int         width_chars,
           const char *accessible_label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  return entry;
}

static void
remove_row_clicked_cb (GtkButton *button,
                       GtkWidget *row)
{
  SamSeriesDialog *self = SAM_SERIES_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));

  g_assert (SAM_IS_SERIES_DIALOG (self));

  if (g_ptr_array_remove (self->date_rows, row))
    adw_preferences_group_remove (self->dates_group, row);
  else if (g_ptr_array_remove (self->item_rows, row))
    adw_preferences_group_remove (self->items_group, row);
}

static GtkWidget *
new_row (GtkWidget  *box,
         const char *remove_tooltip)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "activatable", FALSE,
                                 "focusable", FALSE,
                                 NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_tooltip,
                                  -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_row_clicked_cb), row);
  gtk_box_append (GTK_BOX (box), remove);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
show_error (SamSeriesDialog *self,
            const char      *message,
            GtkWidget       *widget)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), TRUE);

  if (widget != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget);
    }
}

static void
clear_errors (SamSeriesDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), FALSE);

  for (guint i = 0; i < self->date_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->date_rows, i);

      gtk_widget_remove_css_class (row_entry (row, "date-entry"), "error");
      gtk_widget_remove_css_class (row_entry (row, "start-entry"), "error");
      gtk_widget_remove_css_class (row_entry (row, "end-entry"), "error");
    }
}

static void
year_changed_cb (SamSeriesDialog *self,
                 GtkSpinButton   *spin)
{
  int year = gtk_spin_button_get_value_as_int (spin);

  g_assert (SAM_IS_SERIES_DIALOG (self));

  /* Dates already written move along to the new year. */
  for (guint i = 0; i < self->date_rows->len; i++)
    {
      GtkEditable *entry = GTK_EDITABLE (row_entry (g_ptr_array_index (self->date_rows, i),
                                                    "date-entry"));
      const char *text = gtk_editable_get_text (entry);

      if (strlen (text) >= 5 && text[4] == '-' && g_ascii_isdigit (text[0]))
        {
          g_autofree char *moved = g_strdup_printf ("%04d%s", year, text + 4);

          gtk_editable_set_text (entry, moved);
        }
    }

  self->year = year;
}

static void
add_date_clicked_cb (SamSeriesDialog *self,
                     GtkButton       *button)
{
  const char *starts = "09:00";
  const char *ends = "12:00";
  GtkWidget *date_entry;

  g_assert (SAM_IS_SERIES_DIALOG (self));

  /* A new date keeps the times of the one before. */
  if (self->date_rows->len > 0)
    {
      GtkWidget *last = g_ptr_array_index (self->date_rows, self->date_rows->len - 1);

      starts = gtk_editable_get_text (GTK_EDITABLE (row_entry (last, "start-entry")));
      ends = gtk_editable_get_text (GTK_EDITABLE (row_entry (last, "end-entry")));
    }

  sam_series_dialog_add_date (self, NULL, starts, ends);

  date_entry = row_entry (g_ptr_array_index (self->date_rows, self->date_rows->len - 1),
                          "date-entry");
  gtk_widget_grab_focus (date_entry);
  gtk_editable_set_position (GTK_EDITABLE (date_entry), -1);
}

static void
add_item_clicked_cb (SamSeriesDialog *self,
                     GtkButton       *button)
{
  g_assert (SAM_IS_SERIES_DIALOG (self));

  sam_series_dialog_add_item (self, NULL, 10);
  gtk_widget_grab_focus (row_entry (g_ptr_array_index (self->item_rows, self->item_rows->len - 1),
                                    "title-entry"));
}

typedef struct
{
  char *starts_at;
  char *ends_at;
} PlannedDate;

static void
planned_date_clear (gpointer data)
{
  PlannedDate *date = data;

  g_free (date->starts_at);
  g_free (date->ends_at);
}

/* Reads the dates; on the first problem, says what is wrong and how to put
 * it right, and returns NULL. Rows without a date are left out. */
static GArray *
collect_dates (SamSeriesDialog *self)
{
  g_autoptr(GArray) dates = g_array_new (FALSE, TRUE, sizeof (PlannedDate));
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  /* A date written without a year ("14/3") is in the series' year. */
  g_autofree char *in_year = g_strdup_printf ("%04d-01-01", year);

  g_array_set_clear_func (dates, planned_date_clear);

  for (guint i = 0; i < self->date_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->date_rows, i);
      GtkWidget *date_entry = row_entry (row, "date-entry");
      GtkWidget *start_entry = row_entry (row, "start-entry");
      GtkWidget *end_entry = row_entry (row, "end-entry");
      g_autofree char *text = entry_text (date_entry);
      const char *start_text = gtk_editable_get_text (GTK_EDITABLE (start_entry));
      const char *end_text = gtk_editable_get_text (GTK_EDITABLE (end_entry));
      g_autofree char *date = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      g_autoptr(GError) date_error = NULL;
      g_autoptr(GError) start_error = NULL;
      g_autoptr(GError) end_error = NULL;
      g_autofree char *message = NULL;
      GtkWidget *bad = NULL;
      PlannedDate planned;
      int date_year = 0;

      if (text[0] == '\0' || g_str_equal (text, "-"))
        continue;

      sam_time_parse (start_text, &start, &start_error);
      sam_time_parse (end_text, &end, &end_error);
      if (!sam_date_parse (text, in_year, &date, &date_error))
        {
          message = g_strdup (date_error->message);
          bad = date_entry;
        }
      else if (sam_date_split (date, &date_year, NULL, NULL) && date_year != year)
        {
          /* Translators: a date and the year of the series. */
          message = g_strdup_printf (_("%s is not in %d. Change the date, or the year of the "
                                       "series."),
                                     date, year);
          bad = date_entry;
        }
      else if (start == NULL && !g_error_matches (start_error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY))
        {
          message = g_strdup (start_error->message);
          bad = start_entry;
        }
      else if (end == NULL && !g_error_matches (end_error, SAM_DATE_ERROR, SAM_DATE_ERROR_EMPTY))
        {
          message = g_strdup (end_error->message);
          bad = end_entry;
        }
      else if (end != NULL && (start == NULL || strcmp (end, start) <= 0))
        {
          /* Translators: a date of the series. */
          message = g_strdup_printf (_("The meeting on %s must end after it starts."), date);
          bad = end_entry;
        }

      if (message != NULL)
        {
          show_error (self, message, bad);
          return NULL;
        }

      planned.starts_at = start != NULL ? g_strdup_printf ("%sT%s", date, start) : g_strdup (date);
      planned.ends_at = end != NULL ? g_strdup_printf ("%sT%s", date, end) : NULL;
      g_array_append_val (dates, planned);
    }

  if (dates->len == 0)
    {
      show_error (self, _("Add at least one date to the series."), NULL);
      return NULL;
    }

  return g_steal_pointer (&dates);
}

static gboolean
create_series (SamSeriesDialog  *self,
               GArray           *dates,
               GError          **error)
{
  gint64 body_id = selected_body_id (self);

  if (!sam_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < dates->len; i++)
    {
      PlannedDate *date = &g_array_index (dates, PlannedDate, i);
      g_autoptr(SamMeeting) meeting = sam_meeting_new ();
      gint64 meeting_id;

      sam_meeting_set_body_id (meeting, body_id);
      sam_meeting_set_kind (meeting, SAM_MEETING_KIND_MEETING);
      sam_meeting_set_status (meeting, SAM_MEETING_STATUS_PLANNED);
      sam_meeting_set_starts_at (meeting, date->starts_at);
      sam_meeting_set_ends_at (meeting, date->ends_at);

      /* Nobody is called, as with New Meeting: the attendance list offers
       * to add the body's members when the secretary wants them. */
      if (!sam_store_insert (self->store, meeting, error))
        goto failed;

      meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));

      for (guint j = 0; j < self->item_rows->len; j++)
        {
          GtkWidget *row = g_ptr_array_index (self->item_rows, j);
          GtkWidget *title_entry = row_entry (row, "title-entry");
          GtkWidget *spin = row_entry (row, "duration-spin");
          g_autofree char *title = entry_text (title_entry);
          g_autoptr(SamAgendaItem) item = NULL;

          if (title[0] == '\0')
            continue;

          item = sam_agenda_item_new ();
          sam_agenda_item_set_meeting_id (item, meeting_id);
          sam_agenda_item_set_kind (item,
                                    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind")));
          sam_agenda_item_set_title (item, title);
          sam_agenda_item_set_duration (item,
                                        gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)));
          sam_agenda_item_set_tentative (item, TRUE);

          if (!sam_store_insert (self->store, item, error))
            goto failed;
        }
    }

  if (!sam_store_commit (self->store, error))
    goto failed;

  return TRUE;

failed:
  sam_store_rollback (self->store);
  return FALSE;
}

static void
create_clicked_cb (SamSeriesDialog *self,
                   GtkButton       *button)
{
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (SAM_IS_SERIES_DIALOG (self));

  clear_errors (self);

  if (selected_body_id (self) <= 0)
    {
      show_error (self, _("Choose the body that meets. If there is none yet, add it under "
                          "Groups and networks first."),
                  GTK_WIDGET (self->body_row));
      return;
    }

  dates = collect_dates (self);
  if (dates == NULL)
    return;

  if (!create_series (self, dates, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The meetings could not be saved: %s"),
                                                  error->message);

      show_error (self, message, NULL);
      return;
    }

  g_signal_emit (self, signals[PLANNED], 0, dates->len);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sam_series_dialog_constructed (GObject *object)
{
  SamSeriesDialog *self = SAM_SERIES_DIALOG (object);
  g_autoptr(GDateTime) now = sam_context_now (self->context);

  G_OBJECT_CLASS (sam_series_dialog_parent_class)->constructed (object);

  if (self->context != NULL)
    sam_context_attach (self->context, GTK_WIDGET (self));

  self->year = g_date_time_get_year (now);
  gtk_spin_button_set_value (self->year_spin, self->year);

  if (self->store != NULL)
    {
      self->bodies = sam_store_list_bodies (self->store);
      adw_combo_row_set_expression (self->body_row,
                                    gtk_property_expression_new (SAM_TYPE_BODY, NULL, "name"));
      adw_combo_row_set_model (self->body_row, self->bodies);

      for (guint i = 0; self->body_id > 0 && i < g_list_model_get_n_items (self->bodies); i++)
        {
          g_autoptr(SamBody) body = g_list_model_get_item (self->bodies, i);

          if (sam_entity_get_id (SAM_ENTITY (body)) == self->body_id)
            adw_combo_row_set_selected (self->body_row, i);
        }
    }

  sam_series_dialog_add_date (self, NULL, "09:00", "12:00");

  for (guint i = 0; i < G_N_ELEMENTS (template_items); i++)
    {
      GtkWidget *row;

      sam_series_dialog_add_item (self, _(template_items[i].title), template_items[i].minutes);
      row = g_ptr_array_index (self->item_rows, self->item_rows->len - 1);
      g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (template_items[i].kind));
    }
}

static void
sam_series_dialog_dispose (GObject *object)
{
  SamSeriesDialog *self = SAM_SERIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_SERIES_DIALOG);

  g_clear_pointer (&self->date_rows, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_object (&self->bodies);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sam_series_dialog_parent_class)->dispose (object);
}

static void
sam_series_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SamSeriesDialog *self = SAM_SERIES_DIALOG (object);

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
sam_series_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamSeriesDialog *self = SAM_SERIES_DIALOG (object);

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
sam_series_dialog_class_init (SamSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sam_series_dialog_constructed;
  object_class->dispose = sam_series_dialog_dispose;
  object_class->get_property = sam_series_dialog_get_property;
  object_class->set_property = sam_series_dialog_set_property;

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
   * SamSeriesDialog::planned:
   * @self: the dialog
   * @n_meetings: how many meetings were created
   *
   * Emitted once the meetings are saved, just before the dialog closes.
   */
  signals[PLANNED] =
    g_signal_new ("planned",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/meetings/"
                                               "sam-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, body_row);
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, dates_group);
  gtk_widget_class_bind_template_child (widget_class, SamSeriesDialog, items_group);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_date_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_item_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_series_dialog_init (SamSeriesDialog *self)
{
  self->date_rows = g_ptr_array_new ();
  self->item_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sam_series_dialog_new:
 * @context: the store to plan in, the settings and the clock
 * @body_id: the body to suggest, or 0
 *
 * Returns: (transfer none): a new dialog; present it
 */
GtkWidget *
sam_series_dialog_new (SamContext *context,
                       gint64      body_id)
{
  g_return_val_if_fail (SAM_IS_CONTEXT (context), NULL);

  return g_object_new (SAM_TYPE_SERIES_DIALOG,
                       "context", context,
                       "body-id", body_id,
                       NULL);
}

/**
 * sam_series_dialog_add_date:
 * @self: a #SamSeriesDialog
 * @date: (nullable): a date as YYYY-MM-DD, or %NULL to start one in the
 *   series' year
 * @starts: (nullable): the start time, HH:MM
 * @ends: (nullable): the end time, HH:MM
 *
 * Adds a row for one more meeting, as "Add Date" does.
 */
void
sam_series_dialog_add_date (SamSeriesDialog *self,
                            const char      *date,
                            const char      *starts,
                            const char      *ends)
{
  g_autofree char *year_prefix = NULL;
  GtkWidget *box;
  GtkWidget *date_entry;
  GtkWidget *start_entry;
  GtkWidget *end_entry;
  GtkWidget *dash;
  GtkWidget *row;

  g_return_if_fail (SAM_IS_SERIES_DIALOG (self));

  year_prefix = g_strdup_printf ("%04d-", gtk_spin_button_get_value_as_int (self->year_spin));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  date_entry = new_entry (date != NULL ? date : year_prefix, _("Date"), 10, _("Date"));
  gtk_widget_set_tooltip_text (date_entry, sam_date_accepted_forms ());
  gtk_widget_set_hexpand (date_entry, TRUE);
  start_entry = new_entry (starts, _("Starts"), 5, _("Starts"));
  gtk_widget_set_tooltip_text (start_entry, sam_time_accepted_forms ());
  end_entry = new_entry (ends, _("Ends"), 5, _("Ends"));
  gtk_widget_set_tooltip_text (end_entry, sam_time_accepted_forms ());
  dash = gtk_label_new ("–");
  gtk_box_append (GTK_BOX (box), date_entry);
  gtk_box_append (GTK_BOX (box), start_entry);
  gtk_box_append (GTK_BOX (box), dash);
  gtk_box_append (GTK_BOX (box), end_entry);

  row = new_row (box, _("Remove This Date"));
  g_object_set_data (G_OBJECT (row), "date-entry", date_entry);
  g_object_set_data (G_OBJECT (row), "start-entry", start_entry);
  g_object_set_data (G_OBJECT (row), "end-entry", end_entry);

  g_ptr_array_add (self->date_rows, row);
  adw_preferences_group_add (self->dates_group, row);
}

/**
 * sam_series_dialog_add_item:
 * @self: a #SamSeriesDialog
 * @title: (nullable): the item's title
 * @minutes: its planned duration
 *
 * Adds an item to the template agenda, as "Add Item" does.
 */
void
sam_series_dialog_add_item (SamSeriesDialog *self,
                            const char      *title,
                            int              minutes)
{
  GtkWidget *box;
  GtkWidget *title_entry;
  GtkWidget *spin;
  GtkWidget *unit;
  GtkWidget *row;

  g_return_if_fail (SAM_IS_SERIES_DIALOG (self));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title_entry = new_entry (title, _("Item title"), 12, _("Item title"));
  gtk_editable_set_max_width_chars (GTK_EDITABLE (title_entry), -1);
  gtk_widget_set_hexpand (title_entry, TRUE);
  spin = gtk_spin_button_new_with_range (0, 600, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), minutes);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Duration in minutes"),
                                  -1);
  /* Translators: short for minutes, after an agenda item's duration. */
  unit = gtk_label_new (C_("duration", "min"));
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_box_append (GTK_BOX (box), title_entry);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), unit);

  row = new_row (box, _("Remove This Item"));
  g_object_set_data (G_OBJECT (row), "title-entry", title_entry);
  g_object_set_data (G_OBJECT (row), "duration-spin", spin);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (SAM_ITEM_KIND_OTHER));

  g_ptr_array_add (self->item_rows, row);
  adw_preferences_group_add (self->items_group, row);
}
