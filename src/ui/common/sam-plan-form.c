/* sam-plan-form.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-context.h"
#include "sam-plan-form.h"
#include "sam-toast.h"
#include "sam-window.h"

/* Binds the widgets of an editing pane to the properties of one entity and
 * saves as the user types: text after a short pause, choices at once. A
 * value the store would refuse (an empty title, a date that does not
 * exist) marks its widget and is not saved, so nothing the user typed is
 * lost and nothing wrong is written. A change made elsewhere (an import,
 * another page) shows in the widgets when the user is not typing. */

#define SAVE_DELAY_MS 300

/* A save that met a lock (another program writing, or the quick check
 * still running) is tried again after this, doubling up to the maximum. */
#define RETRY_FIRST_MS 500
#define RETRY_MAX_MS 30000

typedef enum
{
  BINDING_EDITABLE,
  BINDING_DATE,
  BINDING_TEXT_VIEW,
  BINDING_SPIN,
  BINDING_DROP_DOWN,
  BINDING_CHOICE,
} BindingKind;

typedef struct
{
  SamPlanForm *form;
  GtkWidget   *widget;
  GParamSpec  *pspec;
  const char  *property;
  BindingKind  kind;
  gboolean     required;
} Binding;

struct _SamPlanForm
{
  GObject    parent_instance;

  SamStore  *store;
  SamEntity *entity;
  SamEntity *saved;
  GPtrArray *bindings;

  guint      save_source;
  guint      retry_delay_ms;
  gulong     changed_id;
  gboolean   unsaved;
  gboolean   loading;
  gboolean   saving;
};

G_DEFINE_FINAL_TYPE (SamPlanForm, sam_plan_form, G_TYPE_OBJECT)

enum {
  SAVED,
  FAILED,
  RELOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading and writing widgets */

char *
sam_plan_text_view_get_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sam_plan_text_view_set_text (GtkTextView *text_view,
                             const char  *text)
{
  g_autofree char *current = sam_plan_text_view_get_text (text_view);

  if (g_strcmp0 (current, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), text != NULL ? text : "", -1);
}

static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
mark_invalid (Binding    *binding,
              const char *message)
{
  /* A date row marks itself and says what it accepts. */
  if (binding->kind == BINDING_DATE)
    return;

  if (message != NULL)
    {
      gtk_widget_add_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, message);
    }
  else if (gtk_widget_has_css_class (binding->widget, "error"))
    {
      gtk_widget_remove_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, NULL);
    }
}

static void
load_binding (SamPlanForm *self,
              Binding     *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, binding->pspec->value_type);
  g_object_get_property (G_OBJECT (self->entity), binding->property, &value);

  switch (binding->kind)
    {
    case BINDING_EDITABLE:
      set_editable_text (GTK_EDITABLE (binding->widget), g_value_get_string (&value));
      break;

    case BINDING_DATE:
      sam_date_row_set_value (SAM_DATE_ROW (binding->widget), g_value_get_string (&value));
      break;

    case BINDING_TEXT_VIEW:
      sam_plan_text_view_set_text (GTK_TEXT_VIEW (binding->widget), g_value_get_string (&value));
      break;

    case BINDING_SPIN:
      {
        g_auto(GValue) number = G_VALUE_INIT;

        g_value_init (&number, G_TYPE_DOUBLE);
        g_value_transform (&value, &number);
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (binding->widget), g_value_get_double (&number));
      }
      break;

    case BINDING_DROP_DOWN:
      /* An enum, or a small number such as a priority: the position. */
      gtk_drop_down_set_selected (GTK_DROP_DOWN (binding->widget),
                                  G_VALUE_HOLDS_ENUM (&value) ? (guint)g_value_get_enum (&value)
                                                              : (guint)MAX (0, g_value_get_int (&value)));
      break;

    case BINDING_CHOICE:
      sam_plan_choice_set_selected_id (SAM_PLAN_CHOICE (binding->widget), g_value_get_int64 (&value));
      break;

    default:
      g_assert_not_reached ();
    }

  mark_invalid (binding, NULL);
}

/* Reads the widget into @value; FALSE with a message if the store would
 * refuse it. */
static gboolean
read_binding (Binding  *binding,
              GValue   *value,
              char    **message)
{
  switch (binding->kind)
    {
    case BINDING_EDITABLE:
      {
        g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (binding->widget))));

        if (binding->required && text[0] == '\0')
          {
            *message = g_strdup (_("This cannot be empty; the last text is kept until you type a new one"));
            return FALSE;
          }
        g_value_set_string (value, text[0] != '\0' ? text : NULL);
      }
      return TRUE;

    case BINDING_DATE:
      if (!sam_date_row_get_valid (SAM_DATE_ROW (binding->widget)))
        {
          *message = g_strdup (gtk_widget_get_tooltip_text (binding->widget));
          return FALSE;
        }
      g_value_set_string (value, sam_date_row_get_value (SAM_DATE_ROW (binding->widget)));
      return TRUE;

    case BINDING_TEXT_VIEW:
      {
        g_autofree char *text = sam_plan_text_view_get_text (GTK_TEXT_VIEW (binding->widget));

        g_value_set_string (value, text[0] != '\0' ? text : NULL);
      }
      return TRUE;

    case BINDING_SPIN:
      {
        g_auto(GValue) number = G_VALUE_INIT;

        g_value_init (&number, G_TYPE_DOUBLE);
        g_value_set_double (&number, gtk_spin_button_get_value (GTK_SPIN_BUTTON (binding->widget)));
        g_value_transform (&number, value);
      }
      return TRUE;

    case BINDING_DROP_DOWN:
      {
        guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (binding->widget));

        if (selected == GTK_INVALID_LIST_POSITION)
          return FALSE;
        if (G_VALUE_HOLDS_ENUM (value))
          g_value_set_enum (value, (int)selected);
        else
          g_value_set_int (value, (int)selected);
      }
      return TRUE;

    case BINDING_CHOICE:
      g_value_set_int64 (value, sam_plan_choice_get_selected_id (SAM_PLAN_CHOICE (binding->widget)));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Marks every bound widget while what it shows is not in the database
 * (@message says why), or clears the mark (%NULL). */
static void
mark_unsaved (SamPlanForm *self,
              const char  *message)
{
  g_autofree char *tooltip = NULL;

  if (message != NULL)
    /* Translators: the tooltip of a field whose edit is not saved yet; %s says why. */
    tooltip = g_strdup_printf (_("Not saved yet: %s"), message);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (message != NULL)
        {
          gtk_widget_add_css_class (binding->widget, "unsaved");
          gtk_widget_set_tooltip_text (binding->widget, tooltip);
        }
      else if (gtk_widget_has_css_class (binding->widget, "unsaved"))
        {
          gtk_widget_remove_css_class (binding->widget, "unsaved");
          gtk_widget_set_tooltip_text (binding->widget, NULL);
        }
    }
}

/* Remembers what the store holds, so that a value the store would refuse
 * can be taken back to it. */
static void
remember_saved (SamPlanForm *self)
{
  g_clear_object (&self->saved);

  if (self->entity == NULL)
    return;

  self->saved = g_object_new (G_OBJECT_TYPE (self->entity), NULL);
  sam_entity_copy_fields (self->saved, self->entity);
}

/* Saving */

static gboolean
save_timeout_cb (gpointer data)
{
  SamPlanForm *self = data;

  self->save_source = 0;
  sam_plan_form_save (self);

  return G_SOURCE_REMOVE;
}

static void
widget_changed (Binding *binding)
{
  SamPlanForm *self = binding->form;
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) old = G_VALUE_INIT;
  g_autofree char *message = NULL;
  gboolean delayed;

  if (self->loading || self->entity == NULL)
    return;

  g_value_init (&value, binding->pspec->value_type);
  if (!read_binding (binding, &value, &message))
    {
      mark_invalid (binding, message);

      /* What was typed on the way here (an empty field before a new date)
       * must not be saved either: the entity keeps the stored value. */
      if (self->saved != NULL)
        {
          g_auto(GValue) stored = G_VALUE_INIT;

          g_value_init (&stored, binding->pspec->value_type);
          g_object_get_property (G_OBJECT (self->saved), binding->property, &stored);
          g_object_set_property (G_OBJECT (self->entity), binding->property, &stored);
        }
      return;
    }
  mark_invalid (binding, NULL);

  g_value_init (&old, binding->pspec->value_type);
  g_object_get_property (G_OBJECT (self->entity), binding->property, &old);
  if (g_param_values_cmp (binding->pspec, &old, &value) == 0)
    return;

  g_object_set_property (G_OBJECT (self->entity), binding->property, &value);

  delayed = binding->kind == BINDING_EDITABLE
            || binding->kind == BINDING_DATE
            || binding->kind == BINDING_TEXT_VIEW
            || binding->kind == BINDING_SPIN;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (delayed)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  else
    sam_plan_form_save (self);
}

static void
editable_changed_cb (GtkEditable *editable,
                     Binding     *binding)
{
  widget_changed (binding);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Binding       *binding)
{
  widget_changed (binding);
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 Binding       *binding)
{
  widget_changed (binding);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Binding    *binding)
{
  widget_changed (binding);
}

static void
store_changed_cb (SamPlanForm *self,
                  const char  *table,
                  gint64       id,
                  int          kind,
                  SamStore    *store)
{
  g_autoptr(SamEntity) fresh = NULL;

  if (self->entity == NULL || self->saving || self->save_source != 0
      || kind != SAM_STORE_CHANGE_UPDATE
      || id != sam_entity_get_id (self->entity)
      || g_strcmp0 (table, sam_entity_class_get_table (SAM_ENTITY_GET_CLASS (self->entity))) != 0)
    return;

  fresh = sam_store_load (self->store, G_OBJECT_TYPE (self->entity), id, NULL);
  if (fresh == NULL)
    return;

  /* The store's identity map brings the live object up to date itself;
   * only the fields need to show it. */
  if (fresh != self->entity)
    {
      if (sam_entity_fields_equal (fresh, self->entity))
        return;

      sam_entity_copy_fields (self->entity, fresh);
      sam_entity_set_updated_at (self->entity, sam_entity_get_updated_at (fresh));
    }
  sam_plan_form_reload (self);
  g_signal_emit (self, signals[RELOADED], 0);
}

/* Binding */

static Binding *
add_binding (SamPlanForm *self,
             GtkWidget   *widget,
             const char  *property,
             BindingKind  kind)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->form = self;
  binding->widget = g_object_ref (widget);
  binding->property = g_intern_string (property);
  binding->kind = kind;
  g_ptr_array_add (self->bindings, binding);

  return binding;
}

void
sam_plan_form_bind_editable (SamPlanForm *self,
                             GtkEditable *editable,
                             const char  *property,
                             gboolean     required)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  binding = add_binding (self, GTK_WIDGET (editable), property, BINDING_EDITABLE);
  binding->required = required;
  g_signal_connect (editable, "changed", G_CALLBACK (editable_changed_cb), binding);
}

/* The row is optional: an empty row saves no date. Its own "changed"
 * handler runs first, so its value and validity are current here. */
void
sam_plan_form_bind_date (SamPlanForm *self,
                         SamDateRow  *row,
                         const char  *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));
  g_return_if_fail (SAM_IS_DATE_ROW (row));

  sam_date_row_set_optional (row, TRUE);
  binding = add_binding (self, GTK_WIDGET (row), property, BINDING_DATE);
  g_signal_connect (row, "changed", G_CALLBACK (editable_changed_cb), binding);
}

void
sam_plan_form_bind_text_view (SamPlanForm *self,
                              GtkTextView *text_view,
                              const char  *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  binding = add_binding (self, GTK_WIDGET (text_view), property, BINDING_TEXT_VIEW);
  g_signal_connect (gtk_text_view_get_buffer (text_view), "changed",
                    G_CALLBACK (buffer_changed_cb), binding);
}

void
sam_plan_form_bind_spin (SamPlanForm   *self,
                         GtkSpinButton *spin,
                         const char    *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  binding = add_binding (self, GTK_WIDGET (spin), property, BINDING_SPIN);
  g_signal_connect (spin, "value-changed", G_CALLBACK (spin_changed_cb), binding);
}

void
sam_plan_form_bind_drop_down (SamPlanForm *self,
                              GtkDropDown *drop_down,
                              const char  *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  binding = add_binding (self, GTK_WIDGET (drop_down), property, BINDING_DROP_DOWN);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (notify_cb), binding);
}

void
sam_plan_form_bind_choice (SamPlanForm   *self,
                           SamPlanChoice *choice,
                           const char    *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  binding = add_binding (self, GTK_WIDGET (choice), property, BINDING_CHOICE);
  g_signal_connect (choice, "notify::selected-id", G_CALLBACK (notify_cb), binding);
}

/* Type */

static void
disconnect_binding (gpointer data)
{
  Binding *binding = data;

  if (binding->kind == BINDING_TEXT_VIEW)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                          binding);
  else
    g_signal_handlers_disconnect_by_data (binding->widget, binding);

  g_object_unref (binding->widget);
  g_free (binding);
}

static void
sam_plan_form_dispose (GObject *object)
{
  SamPlanForm *self = SAM_PLAN_FORM (object);

  sam_plan_form_flush (self);
  /* A save that failed again is not retried once the form is gone. */
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->entity);
  g_clear_object (&self->saved);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_plan_form_parent_class)->dispose (object);
}

static void
sam_plan_form_finalize (GObject *object)
{
  SamPlanForm *self = SAM_PLAN_FORM (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_plan_form_parent_class)->finalize (object);
}

static void
sam_plan_form_class_init (SamPlanFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_plan_form_dispose;
  object_class->finalize = sam_plan_form_finalize;

  /* After the entity was written to the store. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* When the store refused the entity: the message says why. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* After a change made elsewhere was shown in the widgets. */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sam_plan_form_init (SamPlanForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (disconnect_binding);
}

SamPlanForm *
sam_plan_form_new (SamStore *store)
{
  SamPlanForm *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_PLAN_FORM, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_object (store, "changed",
                                              G_CALLBACK (store_changed_cb), self,
                                              G_CONNECT_SWAPPED);

  return self;
}

/**
 * sam_plan_form_set_entity:
 * @entity: (nullable): the entity to edit; the form keeps a reference
 *
 * Saves what is pending for the previous entity and shows @entity.
 */
void
sam_plan_form_set_entity (SamPlanForm *self,
                          gpointer     entity)
{
  g_return_if_fail (SAM_IS_PLAN_FORM (self));
  g_return_if_fail (entity == NULL || SAM_IS_ENTITY (entity));

  sam_plan_form_flush (self);
  g_set_object (&self->entity, entity);

  for (guint i = 0; entity != NULL && i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      binding->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), binding->property);
      g_return_if_fail (binding->pspec != NULL);
    }

  sam_plan_form_reload (self);
}

/**
 * sam_plan_form_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity being edited
 */
gpointer
sam_plan_form_get_entity (SamPlanForm *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_FORM (self), NULL);

  return self->entity;
}

/* Shows the entity's values in the widgets. */
void
sam_plan_form_reload (SamPlanForm *self)
{
  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  if (self->entity == NULL)
    return;

  remember_saved (self);

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    load_binding (self, g_ptr_array_index (self->bindings, i));
  self->loading = FALSE;
}

/**
 * sam_plan_form_save:
 *
 * Writes the entity now, in one transaction.
 *
 * Returns: whether the store took it
 */
gboolean
sam_plan_form_save (SamPlanForm *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_PLAN_FORM (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->entity == NULL || self->store == NULL || sam_entity_get_id (self->entity) == 0)
    return FALSE;

  self->saving = TRUE;
  ok = sam_store_update (self->store, self->entity, &error);
  self->saving = FALSE;

  if (ok)
    {
      self->retry_delay_ms = 0;
      if (self->unsaved)
        {
          self->unsaved = FALSE;
          mark_unsaved (self, NULL);
        }
      remember_saved (self);
      g_signal_emit (self, signals[SAVED], 0);
      return TRUE;
    }

  /* What was typed stays in the widgets and in the entity, marked as not
   * saved; a lock goes away, so the save is tried again on a timer, and
   * any other failure is tried again with the next edit. */
  mark_unsaved (self, error->message);
  if (g_error_matches (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY))
    {
      self->retry_delay_ms = self->retry_delay_ms == 0
                             ? RETRY_FIRST_MS
                             : MIN (self->retry_delay_ms * 2, RETRY_MAX_MS);
      self->save_source = g_timeout_add (self->retry_delay_ms, save_timeout_cb, self);
    }
  if (!self->unsaved)
    {
      self->unsaved = TRUE;
      g_signal_emit (self, signals[FAILED], 0, error->message);
    }

  return FALSE;
}

/* Saves a change still waiting for the typing pause. */
void
sam_plan_form_flush (SamPlanForm *self)
{
  g_return_if_fail (SAM_IS_PLAN_FORM (self));

  if (self->save_source != 0)
    sam_plan_form_save (self);
}

/* Shared helpers */

/* A date as people read it, in the user's language. */
char *
sam_plan_format_date (const char *iso)
{
  /* Translators: a date, for example when a plan was adopted. See the
   * format codes of g_date_time_format(). */
  char *text = sam_date_format_with (iso, _("%-d %B %Y"));

  return text != NULL ? text : g_strdup (iso != NULL ? iso : "");
}

/* A meeting's local start, shown as it is, without any time zone. */
char *
sam_plan_format_datetime (const char *iso)
{
  char *text;

  if (iso == NULL)
    return g_strdup (_("No date set"));

  /* Translators: the date of a meeting in a focus question's history. See
   * the format codes of g_date_time_format(). */
  text = sam_date_format_with (iso, _("%a %-d %b %Y"));

  return text != NULL ? text : g_strdup (iso);
}

char *
sam_plan_today (GtkWidget *from)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (from));

  return g_date_time_format (now, "%Y-%m-%d");
}

int
sam_plan_this_year (GtkWidget *from)
{
  g_autoptr(GDateTime) now = sam_context_now (sam_context_for_widget (from));

  return g_date_time_get_year (now);
}

/* An amount in Swedish kronor, grouped by the locale's rules. */
char *
sam_plan_format_sek (gint64 amount)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GINT64_FORMAT, amount);

  /* Translators: an amount of money in Swedish kronor (SEK). */
  return g_strdup_printf (_("%s kr"), number);
}

const char *
sam_plan_category_label (SamActivityCategory category)
{
  switch (category)
    {
    case SAM_ACTIVITY_CATEGORY_FOCUS_AREA:
      return C_("activity category", "Focus area");
    case SAM_ACTIVITY_CATEGORY_CORE:
      return C_("activity category", "Core activity");
    case SAM_ACTIVITY_CATEGORY_PRACTICAL:
      return C_("activity category", "Practical collaboration");
    case SAM_ACTIVITY_CATEGORY_COMMUNICATION:
      return C_("activity category", "Communication");
    case SAM_ACTIVITY_CATEGORY_HORIZONTAL:
      return C_("activity category", "Horizontal");
    default:
      return "";
    }
}

const char *
sam_plan_activity_kind_label (SamActivityKind kind)
{
  switch (kind)
    {
    case SAM_ACTIVITY_KIND_PROJECT:
      return C_("activity kind", "Project");
    case SAM_ACTIVITY_KIND_RECURRING:
      return C_("activity kind", "Recurring");
    default:
      return "";
    }
}

const char *
sam_plan_activity_status_label (SamActivityStatus status)
{
  switch (status)
    {
    case SAM_ACTIVITY_STATUS_PLANNED:
      return C_("activity status", "Planned");
    case SAM_ACTIVITY_STATUS_ONGOING:
      return C_("activity status", "Ongoing");
    case SAM_ACTIVITY_STATUS_DONE:
      return C_("activity status", "Done");
    case SAM_ACTIVITY_STATUS_CANCELLED:
      return C_("activity status", "Cancelled");
    default:
      return "";
    }
}

const char *
sam_plan_focus_status_label (SamFocusStatus status)
{
  switch (status)
    {
    case SAM_FOCUS_STATUS_ACTIVE:
      return C_("focus question status", "Active");
    case SAM_FOCUS_STATUS_CONCLUDED:
      return C_("focus question status", "Concluded");
    default:
      return "";
    }
}

char *
sam_plan_priority_label (int priority)
{
  if (priority <= 0)
    return g_strdup (C_("priority", "None"));

  /* Translators: the priority of an activity; 1 is the highest. */
  return g_strdup_printf (C_("priority", "Priority %d"), priority);
}

/* "2016–2018, revised for 2018". */
char *
sam_plan_period_label (SamPlan *plan)
{
  int first = sam_plan_get_first_year (plan);
  int last = sam_plan_get_last_year (plan);
  int revised = sam_plan_get_revised_year (plan);
  g_autofree char *period = NULL;

  if (first <= 0)
    period = g_strdup (_("No period set"));
  else if (last <= first)
    period = g_strdup_printf ("%d", first);
  else
    period = g_strdup_printf ("%d–%d", first, last);

  if (revised > 0)
    /* Translators: a plan's period and the year it was revised for, for
     * example "2016–2018, revised for 2018". */
    return g_strdup_printf (_("%s, revised for %d"), period, revised);

  return g_steal_pointer (&period);
}

/* How a plan is named in a drop-down: its title and, unless the title
 * says it already ("Verksamhetsplan 2016–2018"), its period. */
char *
sam_plan_label (gpointer item)
{
  SamPlan *plan = SAM_PLAN (item);
  g_autofree char *period = NULL;
  g_autofree char *first = g_strdup_printf ("%d", sam_plan_get_first_year (plan));
  const char *title = sam_plan_get_title (plan) != NULL ? sam_plan_get_title (plan) : "";

  if (sam_plan_get_first_year (plan) > 0 && strstr (title, first) != NULL)
    {
      if (sam_plan_get_revised_year (plan) <= 0)
        return g_strdup (title);

      /* Translators: a plan in the list of plans whose title names its
       * period: its title, then the year it was revised for. */
      return g_strdup_printf (_("%s, revised for %d"), title, sam_plan_get_revised_year (plan));
    }

  period = sam_plan_period_label (plan);

  /* Translators: a plan in the list of plans: its title, then its period. */
  return g_strdup_printf (_("%s (%s)"), title, period);
}

/* Tells the user something in a toast, or the log in a test without a
 * window. */
void
sam_plan_show_message (GtkWidget  *widget,
                       const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (SAM_IS_WINDOW (root))
    sam_toast_show (widget, adw_toast_new (message));
  else
    g_message ("%s", message);
}

typedef struct
{
  SamPlanUndoFunc undo;
  gpointer        data;
  GDestroyNotify  destroy;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  if (undo->destroy != NULL)
    undo->destroy (undo->data);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  undo->undo (undo->data);
}

/* Shows that something was deleted, with a way to undo it. The toast owns
 * @data. Without a window (in a test) the toast is given to the widget's
 * "sam-undo-toast" data so that the test can click it. */
void
sam_plan_show_undo (GtkWidget       *widget,
                    const char      *title,
                    SamPlanUndoFunc  undo,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast = adw_toast_new (title);
  UndoData *undo_data = g_new0 (UndoData, 1);

  undo_data->undo = undo;
  undo_data->data = data;
  undo_data->destroy = destroy;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "sam-undo", undo_data, undo_data_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo_data);

  g_object_set_data_full (G_OBJECT (widget), "sam-undo-toast", g_object_ref (toast), g_object_unref);

  if (SAM_IS_WINDOW (root))
    sam_toast_show (widget, toast);
  else
    g_object_unref (toast);
}

/* Opens a thing on another section's page. */
void
sam_plan_activate_open (GtkWidget  *widget,
                        const char *section,
                        gint64      id)
{
  if (!gtk_widget_activate_action (widget, "win.open", "(sx)", section, id))
    g_debug ("No window to open %s %" G_GINT64_FORMAT " in", section, id);
}

/**
 * sam_plan_form_get_unsaved:
 *
 * Returns: whether the widgets show an edit the store has not taken yet
 */
gboolean
sam_plan_form_get_unsaved (SamPlanForm *self)
{
  g_return_val_if_fail (SAM_IS_PLAN_FORM (self), FALSE);

  return self->unsaved;
}
