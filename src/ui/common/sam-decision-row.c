/* sam-decision-row.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-decision-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-decision-row.h"

#define SAVE_DELAY_MS 300

struct _SamDecisionRow
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkLabel    *meeting_label;
  GtkLabel    *outcome_label;
  GtkLabel    *item_label;
  GtkLabel    *text_label;
  GtkWidget   *open_button;
  GtkBox      *edit_box;
  GtkWidget   *follow_up_button;
  GtkLabel    *follow_up_label;
  GtkWidget   *note_button;
  GtkLabel    *note_label;

  /* Borrowed: the editing widgets, made when the row is first edited (a
   * list builds a couple of hundred rows, most never edited), children
   * of edit_box */
  GtkDropDown *follow_up_drop_down;
  GtkEntry    *note_entry;

  /* Owned */
  SamDecision *decision;
  gulong       notify_id;

  guint        save_id;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (SamDecisionRow, sam_decision_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * sam_enum_nick:
 *
 * Returns: the nick of @value in @enum_type ("approved"), usable as a CSS
 *   class, or "unknown"
 */
const char *
sam_enum_nick (GType enum_type,
               int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  /* The nick is a static string, so it outlives the class reference. */
  return enum_value != NULL ? enum_value->value_nick : "unknown";
}

/**
 * sam_format_date:
 * @iso_date: (nullable): a date as the store keeps it, "2019-01-29"
 *
 * Returns: (transfer full): the date as the user's locale writes it
 */
char *
sam_format_date (const char *iso_date)
{
  /* Translators: a date in the register of decisions and assignments. See
   * the format codes of g_date_time_format(). */
  char *text = sam_date_format_with (iso_date, _("%-d %B %Y"));

  return text != NULL ? text : g_strdup (iso_date != NULL ? iso_date : "");
}

/**
 * sam_today:
 * @from: (nullable): the widget that asks, for the clock of its page
 *
 * Returns: (transfer full): today's date as the store writes dates
 */
char *
sam_today (GtkWidget *from)
{
  return sam_context_today (sam_context_for_widget (from));
}


/**
 * sam_format_meeting_line:
 * @starts_at: (nullable): when a meeting starts, as the store keeps it
 * @body_name: (nullable): the body that met
 *
 * Returns: (transfer full): the meeting as a register row names it,
 *   "29 January 2019 · Director group"
 */
char *
sam_format_meeting_line (const char *starts_at,
                         const char *body_name)
{
  g_autofree char *date = NULL;

  if (starts_at != NULL && strlen (starts_at) >= 10)
    {
      g_autofree char *day = g_strndup (starts_at, 10);

      date = sam_format_date (day);
    }

  if (body_name != NULL && body_name[0] == '\0')
    body_name = NULL;

  if (date != NULL && body_name != NULL)
    /* Translators: the meeting a decision was made at: its date and
     * the body, for example "29 January 2019 · Director group". */
    return g_strdup_printf (_("%s · %s"), date, body_name);

  return g_strdup (date != NULL ? date : body_name != NULL ? body_name : "");
}

/* The row edits through the register's actions ("decisions.set-follow-up",
 * "decisions.set-note"), so that it can be built by a list item factory
 * without knowing the store. */
static gboolean
save_note (SamDecisionRow *self)
{
  const char *note;

  g_assert (SAM_IS_DECISION_ROW (self));

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->decision == NULL || self->note_entry == NULL)
    return G_SOURCE_REMOVE;

  note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  if (g_strcmp0 (sam_decision_get_follow_up_note (self->decision) ?: "", note) == 0)
    return G_SOURCE_REMOVE;

  gtk_widget_activate_action (GTK_WIDGET (self), "decisions.set-note", "(xs)",
                              sam_entity_get_id (SAM_ENTITY (self->decision)), note);

  return G_SOURCE_REMOVE;
}

static void
note_changed_cb (SamDecisionRow *self)
{
  g_assert (SAM_IS_DECISION_ROW (self));

  if (self->updating)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, (GSourceFunc)save_note, self);
}

static void
follow_up_selected_cb (SamDecisionRow *self)
{
  guint follow_up;

  g_assert (SAM_IS_DECISION_ROW (self));

  if (self->updating || self->decision == NULL)
    return;

  follow_up = gtk_drop_down_get_selected (self->follow_up_drop_down);
  if (follow_up == GTK_INVALID_LIST_POSITION || sam_decision_get_follow_up (self->decision) == follow_up)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "decisions.set-follow-up", "(xi)",
                              sam_entity_get_id (SAM_ENTITY (self->decision)), (gint32)follow_up);
}

static void
update_widgets (SamDecisionRow *self)
{
  SamDecisionOutcome outcome;
  g_auto(GStrv) classes = NULL;
  const char *note;
  gint64 item_id;

  g_assert (SAM_IS_DECISION_ROW (self));

  if (self->decision == NULL)
    return;

  self->updating = TRUE;

  item_id = sam_decision_get_agenda_item_id (self->decision);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x", item_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button),
                                  item_id > 0 ? "decisions.open-item" : NULL);
  gtk_widget_set_visible (self->open_button, sam_decision_get_meeting_id (self->decision) > 0);

  outcome = sam_decision_get_outcome (self->decision);
  gtk_label_set_label (self->outcome_label, sam_outcome_label (outcome));
  classes = g_strdupv ((char *[]) { (char *)"decision-outcome",
                                    (char *)sam_enum_nick (SAM_TYPE_DECISION_OUTCOME, outcome),
                                    NULL });
  gtk_widget_set_css_classes (GTK_WIDGET (self->outcome_label), (const char **)classes);

  gtk_label_set_label (self->follow_up_label,
                       sam_follow_up_label (sam_decision_get_follow_up (self->decision)));
  note = sam_decision_get_follow_up_note (self->decision);
  if (note != NULL && note[0] != '\0')
    {
      gtk_label_set_label (self->note_label, note);
      gtk_widget_remove_css_class (GTK_WIDGET (self->note_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->note_label, _("Follow-up note"));
      gtk_widget_add_css_class (GTK_WIDGET (self->note_label), "dim-label");
    }

  if (self->follow_up_drop_down != NULL)
    gtk_drop_down_set_selected (self->follow_up_drop_down, sam_decision_get_follow_up (self->decision));

  /* The note the user is typing is newer than the stored one. */
  if (self->note_entry != NULL && self->save_id == 0
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
                    sam_decision_get_follow_up_note (self->decision) ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry),
                           sam_decision_get_follow_up_note (self->decision) ?: "");

  self->updating = FALSE;
}

/* The drop-down and the entry replace the buttons that stand for them,
 * for as long as the row lives. */
static void
ensure_editors (SamDecisionRow *self)
{
  GtkStringList *follow_ups;
  GtkWidget *drop_down;
  GtkWidget *entry;

  g_assert (SAM_IS_DECISION_ROW (self));

  if (self->note_entry != NULL)
    return;

  follow_ups = gtk_string_list_new (NULL);
  for (SamFollowUp f = SAM_FOLLOW_UP_NOT_STARTED; f <= SAM_FOLLOW_UP_POSTPONED; f++)
    gtk_string_list_append (follow_ups, sam_follow_up_label (f));

  drop_down = gtk_drop_down_new (G_LIST_MODEL (follow_ups), NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (drop_down, _("Follow-up"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Follow-up"), -1);
  gtk_box_insert_child_after (self->edit_box, drop_down, self->follow_up_button);

  entry = gtk_entry_new ();
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Follow-up note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Follow-up note"), -1);
  gtk_box_insert_child_after (self->edit_box, entry, self->note_button);

  gtk_widget_set_visible (self->follow_up_button, FALSE);
  gtk_widget_set_visible (self->note_button, FALSE);

  self->follow_up_drop_down = GTK_DROP_DOWN (drop_down);
  self->note_entry = GTK_ENTRY (entry);
  update_widgets (self);

  g_signal_connect_object (self->note_entry, "changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->follow_up_drop_down, "notify::selected",
                           G_CALLBACK (follow_up_selected_cb), self, G_CONNECT_SWAPPED);
}

static void
follow_up_clicked_cb (SamDecisionRow *self)
{
  g_assert (SAM_IS_DECISION_ROW (self));

  ensure_editors (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->follow_up_drop_down));
  /* Opens its list, as the click would have. */
  gtk_widget_activate (GTK_WIDGET (self->follow_up_drop_down));
}

static void
note_clicked_cb (SamDecisionRow *self)
{
  g_assert (SAM_IS_DECISION_ROW (self));

  ensure_editors (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

/* What the labels show, from the decision's derived properties (see the
 * bindings in sam-decision-row.ui). */
static char *
meeting_line_cb (SamDecisionRow *self,
                 const char     *starts_at,
                 const char     *body_name)
{
  return sam_format_meeting_line (starts_at, body_name);
}

static char *
item_line_cb (SamDecisionRow *self,
              const char     *number,
              const char     *title)
{
  if (number != NULL && number[0] != '\0')
    /* Translators: an agenda item with its number, for example
     * "3. DUA agreement within MLR". */
    return g_strdup_printf (_("%s. %s"), number, title != NULL ? title : "");

  return g_strdup (title != NULL ? title : "");
}

/* A row shows one line: the start of a text that may run to pages, so
 * that measuring the row never lays out all of it. */
static char *
text_preview_cb (SamDecisionRow *self,
                 const char     *text)
{
  const char *end = text;

  if (text == NULL)
    return g_strdup ("");

  for (guint i = 0; i < 300 && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (*end != '\0')
    {
      g_autofree char *start = g_strndup (text, (gsize)(end - text));

      return g_strconcat (start, "…", NULL);
    }

  return g_strdup (text);
}

static void
sam_decision_row_unroot (GtkWidget *widget)
{
  /* Still in the page: the note can reach the register's action. */
  sam_decision_row_flush (SAM_DECISION_ROW (widget));

  GTK_WIDGET_CLASS (sam_decision_row_parent_class)->unroot (widget);
}

static void
sam_decision_row_dispose (GObject *object)
{
  SamDecisionRow *self = (SamDecisionRow *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->decision != NULL)
    g_clear_signal_handler (&self->notify_id, self->decision);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_DECISION_ROW);

  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->decision);

  G_OBJECT_CLASS (sam_decision_row_parent_class)->dispose (object);
}

static void
sam_decision_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SamDecisionRow *self = SAM_DECISION_ROW (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_object (value, self->decision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_decision_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SamDecisionRow *self = SAM_DECISION_ROW (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      sam_decision_row_set_decision (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_decision_row_class_init (SamDecisionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_decision_row_dispose;
  object_class->get_property = sam_decision_row_get_property;
  object_class->set_property = sam_decision_row_set_property;
  widget_class->unroot = sam_decision_row_unroot;

  properties[PROP_DECISION] =
    g_param_spec_object ("decision", NULL, NULL, SAM_TYPE_DECISION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/common/"
                                               "sam-decision-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, item_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, edit_box);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, SamDecisionRow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, meeting_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_preview_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decisionrow");
}

static void
sam_decision_row_init (SamDecisionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->follow_up_button, "clicked",
                           G_CALLBACK (follow_up_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_button, "clicked",
                           G_CALLBACK (note_clicked_cb), self, G_CONNECT_SWAPPED);
}

/**
 * sam_decision_row_new:
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
sam_decision_row_new (void)
{
  return g_object_new (SAM_TYPE_DECISION_ROW, NULL);
}

/**
 * sam_decision_row_get_decision:
 *
 * Returns: (transfer none) (nullable): the decision shown
 */
SamDecision *
sam_decision_row_get_decision (SamDecisionRow *self)
{
  g_return_val_if_fail (SAM_IS_DECISION_ROW (self), NULL);

  return self->decision;
}

/**
 * sam_decision_row_set_decision:
 * @decision: (nullable): the decision to show, with the derived properties
 *   of the register; its notifications keep the row up to date
 */
void
sam_decision_row_set_decision (SamDecisionRow *self,
                               SamDecision    *decision)
{
  g_return_if_fail (SAM_IS_DECISION_ROW (self));
  g_return_if_fail (decision == NULL || SAM_IS_DECISION (decision));

  if (self->decision == decision)
    return;

  sam_decision_row_flush (self);

  if (self->decision != NULL)
    g_clear_signal_handler (&self->notify_id, self->decision);
  g_set_object (&self->decision, decision);
  if (decision != NULL)
    self->notify_id = g_signal_connect_object (decision, "notify",
                                               G_CALLBACK (update_widgets), self,
                                               G_CONNECT_SWAPPED);

  update_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * sam_decision_row_flush:
 *
 * Saves a follow-up note that is still waiting for the typing to pause.
 */
void
sam_decision_row_flush (SamDecisionRow *self)
{
  g_return_if_fail (SAM_IS_DECISION_ROW (self));

  if (self->save_id != 0)
    save_note (self);
}
