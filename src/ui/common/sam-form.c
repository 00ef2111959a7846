/* sam-form.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-form"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-form.h"
#include "sam-groups-util.h"
#include "sam-toast.h"
#include "sam-window.h"

/* Binds the widgets of an editing pane to the properties of one entity and
 * saves as the user types: text after a short pause, choices at once. A
 * value the store would refuse (an empty title, a date that does not
 * exist) marks its widget and is not saved, so nothing the user typed is
 * lost and nothing wrong is written. An edit the store did not take (the
 * database locked by another program, or read-only) stays in the widgets,
 * marked as unsaved, and is tried again until it is saved. A change made
 * elsewhere (an import, another page) shows in the widgets when the user is
 * not typing.
 *
 * A page whose rows each edit their own entity (the members of a group, the
 * destinations of a trip) gives every row a form of its own and adds it to
 * the page's form as a child: flushing the page's form flushes the rows'. */

#define SAVE_DELAY_MS 300

/* A save that met a lock (another program writing, or the quick check
 * still running) is tried again after this, doubling up to the maximum.
 * Any other failure (a read-only file) is tried again at the maximum and
 * with the next edit. */
#define RETRY_FIRST_MS 500
#define RETRY_MAX_MS 30000

typedef enum
{
  BINDING_EDITABLE,
  BINDING_DATE,
  BINDING_TIME,
  BINDING_TEXT_VIEW,
  BINDING_SPIN,
  BINDING_DROP_DOWN,
  BINDING_CHOICE,
  BINDING_COMBO_CHOICE,
  BINDING_CHECK,
  BINDING_MARK,
} BindingKind;

typedef struct
{
  SamForm     *form;
  GtkWidget   *widget;
  GParamSpec  *pspec;
  const char  *property;
  BindingKind  kind;
  gboolean     required;
} Binding;

struct _SamForm
{
  GObject    parent_instance;

  /* Owned */
  SamStore  *store;
  SamEntity *entity;
  SamEntity *saved;
  GPtrArray *bindings;

  /* Borrowed (weak) */
  GPtrArray *children;
  GtkWidget *owner;

  guint      save_source;
  guint      retry_delay_ms;
  gulong     changed_id;
  gboolean   unsaved;
  gboolean   loading;
  guint      refilling;
  gboolean   saving;
};

G_DEFINE_FINAL_TYPE (SamForm, sam_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNSAVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  FAILED,
  RELOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading and writing widgets */

char *
sam_text_view_get_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sam_text_view_set_text (GtkTextView *text_view,
                        const char  *text)
{
  g_autofree char *current = sam_text_view_get_text (text_view);

  if (g_strcmp0 (current, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), text != NULL ? text : "", -1);
}

/* Leaves the text alone where it only differs by the spaces around it,
 * which are not saved, so that typing a space is not undone. */
static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
mark_invalid (Binding    *binding,
              const char *message)
{
  /* A date or time row marks itself and says what it accepts. */
  if (binding->kind == BINDING_DATE || binding->kind == BINDING_TIME)
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
load_binding (SamForm *self,
              Binding *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;

  /* A widget the owner fills and reads itself is only marked. */
  if (binding->kind == BINDING_MARK)
    return;

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

    case BINDING_TIME:
      sam_time_row_set_value (SAM_TIME_ROW (binding->widget), g_value_get_string (&value));
      break;

    case BINDING_TEXT_VIEW:
      sam_text_view_set_text (GTK_TEXT_VIEW (binding->widget), g_value_get_string (&value));
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
      /* An enum, or a small number such as a priority: the position, in a
       * GtkDropDown or an AdwComboRow. */
      g_object_set (binding->widget, "selected",
                    G_VALUE_HOLDS_ENUM (&value) ? (guint)g_value_get_enum (&value)
                                                : (guint)MAX (0, g_value_get_int (&value)),
                    NULL);
      break;

    case BINDING_CHOICE:
      sam_plan_choice_set_selected_id (SAM_PLAN_CHOICE (binding->widget), g_value_get_int64 (&value));
      break;

    case BINDING_COMBO_CHOICE:
      {
        AdwComboRow *row = ADW_COMBO_ROW (binding->widget);
        guint position = sam_groups_choices_find (adw_combo_row_get_model (row),
                                                  g_value_get_int64 (&value));

        if (position != GTK_INVALID_LIST_POSITION)
          adw_combo_row_set_selected (row, position);
      }
      break;

    case BINDING_CHECK:
      g_object_set (binding->widget, "active", g_value_get_boolean (&value), NULL);
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

    case BINDING_TIME:
      if (!sam_time_row_get_valid (SAM_TIME_ROW (binding->widget)))
        {
          *message = g_strdup (gtk_widget_get_tooltip_text (binding->widget));
          return FALSE;
        }
      g_value_set_string (value, sam_time_row_get_value (SAM_TIME_ROW (binding->widget)));
      return TRUE;

    case BINDING_TEXT_VIEW:
      {
        g_autofree char *text = sam_text_view_get_text (GTK_TEXT_VIEW (binding->widget));

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
        guint selected = GTK_INVALID_LIST_POSITION;

        g_object_get (binding->widget, "selected", &selected, NULL);
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

    case BINDING_COMBO_CHOICE:
      {
        AdwComboRow *row = ADW_COMBO_ROW (binding->widget);
        guint position = adw_combo_row_get_selected (row);

        if (position == GTK_INVALID_LIST_POSITION)
          return FALSE;
        g_value_set_int64 (value, sam_groups_choices_get_id (adw_combo_row_get_model (row), position));
      }
      return TRUE;

    case BINDING_CHECK:
      {
        gboolean active = FALSE;

        g_object_get (binding->widget, "active", &active, NULL);
        g_value_set_boolean (value, active);
      }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Marks every bound widget while what it shows is not in the database
 * (@message says why), or clears the mark (%NULL). */
static void
mark_unsaved (SamForm    *self,
              const char *message)
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

static void
set_unsaved (SamForm  *self,
             gboolean  unsaved)
{
  if (self->unsaved == unsaved)
    return;

  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

/* Remembers what the store holds, so that a value the store would refuse
 * can be taken back to it. */
static void
remember_saved (SamForm *self)
{
  g_clear_object (&self->saved);

  if (self->entity == NULL)
    return;

  self->saved = g_object_new (G_OBJECT_TYPE (self->entity), NULL);
  sam_entity_copy_fields (self->saved, self->entity);
}

/* Edits whose form went away (another entity shown, the page closed) while
 * the store refused them: they are kept here and tried again until saved,
 * so that what the toast called kept is not lost. */
typedef struct
{
  SamStore  *store;
  SamEntity *entity;
} Orphan;

static GPtrArray *orphans;
static guint orphans_source;
static guint orphans_delay_ms;

static void
orphan_free (gpointer data)
{
  Orphan *orphan = data;

  g_object_unref (orphan->store);
  g_object_unref (orphan->entity);
  g_free (orphan);
}

static gboolean
orphans_retry_cb (gpointer data)
{
  orphans_source = 0;

  for (guint i = orphans->len; i > 0; i--)
    {
      Orphan *orphan = g_ptr_array_index (orphans, i - 1);
      g_autoptr(GError) error = NULL;

      if (sam_entity_get_id (orphan->entity) <= 0
          || sam_store_update (orphan->store, orphan->entity, &error))
        g_ptr_array_remove_index (orphans, i - 1);
      else
        g_debug ("An earlier edit is still not saved: %s", error->message);
    }

  if (orphans->len > 0)
    {
      orphans_delay_ms = MIN (orphans_delay_ms * 2, RETRY_MAX_MS);
      orphans_source = g_timeout_add (orphans_delay_ms, orphans_retry_cb, NULL);
    }

  return G_SOURCE_REMOVE;
}

static void
keep_orphan (SamStore  *store,
             SamEntity *entity)
{
  Orphan *orphan = g_new0 (Orphan, 1);

  if (orphans == NULL)
    orphans = g_ptr_array_new_with_free_func (orphan_free);

  orphan->store = g_object_ref (store);
  orphan->entity = g_object_ref (entity);
  g_ptr_array_add (orphans, orphan);

  if (orphans_source == 0)
    {
      orphans_delay_ms = RETRY_FIRST_MS;
      orphans_source = g_timeout_add (orphans_delay_ms, orphans_retry_cb, NULL);
    }
}

/* Hands an edit the store has not taken to the orphans, and clears the
 * marks of the widgets, which will show something else. */
static void
let_go (SamForm *self)
{
  if (!self->unsaved)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->retry_delay_ms = 0;
  if (self->entity != NULL && self->store != NULL)
    keep_orphan (self->store, self->entity);
  mark_unsaved (self, NULL);
  set_unsaved (self, FALSE);
}

/* Saving */

static gboolean
save_timeout_cb (gpointer data)
{
  SamForm *self = data;

  self->save_source = 0;
  sam_form_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (SamForm  *self,
               gboolean  delayed)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (delayed)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  else
    sam_form_save (self);
}

static void
widget_changed (Binding *binding)
{
  SamForm *self = binding->form;
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) old = G_VALUE_INIT;
  g_autofree char *message = NULL;

  if (self->loading || self->refilling > 0 || self->entity == NULL || binding->pspec == NULL)
    return;

  g_value_init (&value, binding->pspec->value_type);
  if (!read_binding (binding, &value, &message))
    {
      mark_invalid (binding, message);

      /* A valid edit still waiting for the pause (a new name, before the
       * field was emptied) is the user's and is saved first; an empty
       * field on the way (a text replaced at once) is not worth saving. */
      if (self->save_source != 0)
        {
          g_auto(GValue) pending = G_VALUE_INIT;

          g_value_init (&pending, binding->pspec->value_type);
          g_object_get_property (G_OBJECT (self->entity), binding->property, &pending);
          if (!G_VALUE_HOLDS_STRING (&pending) || g_value_get_string (&pending) != NULL)
            sam_form_save (self);
        }

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

  schedule_save (self, binding->kind == BINDING_EDITABLE
                       || binding->kind == BINDING_DATE
                       || binding->kind == BINDING_TIME
                       || binding->kind == BINDING_TEXT_VIEW
                       || binding->kind == BINDING_SPIN);
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
store_changed_cb (SamForm    *self,
                  const char *table,
                  gint64      id,
                  int         kind,
                  SamStore   *store)
{
  g_autoptr(SamEntity) fresh = NULL;

  if (self->entity == NULL || self->saving
      || kind != SAM_STORE_CHANGE_UPDATE
      || id != sam_entity_get_id (self->entity)
      || g_strcmp0 (table, sam_entity_class_get_table (SAM_ENTITY_GET_CLASS (self->entity))) != 0)
    return;

  fresh = sam_store_load (self->store, G_OBJECT_TYPE (self->entity), id, NULL);
  if (fresh == NULL)
    return;

  /* Someone else wrote the very object the form edits: the widgets show
   * what it holds now, and a pending save writes the same. */
  if (fresh == self->entity && (self->save_source != 0 || self->unsaved))
    {
      sam_form_reload (self);
      g_signal_emit (self, signals[RELOADED], 0);
      return;
    }

  /* What the user typed and the store has not taken is newer. */
  if (self->save_source != 0 || self->unsaved)
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
  sam_form_reload (self);
  g_signal_emit (self, signals[RELOADED], 0);
}

/* Binding */

static Binding *
add_binding (SamForm     *self,
             GtkWidget   *widget,
             const char  *property,
             BindingKind  kind)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->form = self;
  binding->widget = g_object_ref (widget);
  binding->property = property != NULL ? g_intern_string (property) : NULL;
  binding->kind = kind;
  g_ptr_array_add (self->bindings, binding);

  return binding;
}

/* A widget bound while an entity is shown starts with its value. */
static void
load_new_binding (SamForm *self,
                  Binding *binding)
{
  if (self->entity == NULL || binding->kind == BINDING_MARK)
    return;

  binding->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->entity), binding->property);
  g_return_if_fail (binding->pspec != NULL);

  self->loading = TRUE;
  load_binding (self, binding);
  self->loading = FALSE;
}

void
sam_form_bind_editable (SamForm     *self,
                        GtkEditable *editable,
                        const char  *property,
                        gboolean     required)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));

  binding = add_binding (self, GTK_WIDGET (editable), property, BINDING_EDITABLE);
  binding->required = required;
  load_new_binding (self, binding);
  g_signal_connect (editable, "changed", G_CALLBACK (editable_changed_cb), binding);
}

/* The row is optional: an empty row saves no date. Its own "changed"
 * handler runs first, so its value and validity are current here. */
void
sam_form_bind_date (SamForm    *self,
                    SamDateRow *row,
                    const char *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (SAM_IS_DATE_ROW (row));

  sam_date_row_set_optional (row, TRUE);
  binding = add_binding (self, GTK_WIDGET (row), property, BINDING_DATE);
  load_new_binding (self, binding);
  g_signal_connect (row, "changed", G_CALLBACK (editable_changed_cb), binding);
}

/* A time of day, "HH:MM"; the row marks what is no time. */
void
sam_form_bind_time (SamForm    *self,
                    SamTimeRow *row,
                    const char *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (SAM_IS_TIME_ROW (row));

  binding = add_binding (self, GTK_WIDGET (row), property, BINDING_TIME);
  load_new_binding (self, binding);
  g_signal_connect (row, "changed", G_CALLBACK (editable_changed_cb), binding);
}

void
sam_form_bind_text_view (SamForm     *self,
                         GtkTextView *text_view,
                         const char  *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));

  binding = add_binding (self, GTK_WIDGET (text_view), property, BINDING_TEXT_VIEW);
  load_new_binding (self, binding);
  g_signal_connect (gtk_text_view_get_buffer (text_view), "changed",
                    G_CALLBACK (buffer_changed_cb), binding);
}

void
sam_form_bind_spin (SamForm       *self,
                    GtkSpinButton *spin,
                    const char    *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));

  binding = add_binding (self, GTK_WIDGET (spin), property, BINDING_SPIN);
  load_new_binding (self, binding);
  g_signal_connect (spin, "value-changed", G_CALLBACK (spin_changed_cb), binding);
}

/* A GtkDropDown or an AdwComboRow whose positions are the values of an
 * enum or a small number. */
void
sam_form_bind_drop_down (SamForm    *self,
                         GtkWidget  *drop_down,
                         const char *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down) || ADW_IS_COMBO_ROW (drop_down));

  binding = add_binding (self, drop_down, property, BINDING_DROP_DOWN);
  load_new_binding (self, binding);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (notify_cb), binding);
}

/* An AdwComboRow over a registered enum's values, labelled by @label_func. */
void
sam_form_bind_enum (SamForm      *self,
                    AdwComboRow  *row,
                    const char   *property,
                    const char * (*label_func) (int value),
                    guint         n_values)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_return_if_fail (SAM_IS_FORM (self));

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (labels, label_func ((int)i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  sam_form_bind_drop_down (self, GTK_WIDGET (row), property);
}

void
sam_form_bind_choice (SamForm       *self,
                      SamPlanChoice *choice,
                      const char    *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));

  binding = add_binding (self, GTK_WIDGET (choice), property, BINDING_CHOICE);
  load_new_binding (self, binding);
  g_signal_connect (choice, "notify::selected-id", G_CALLBACK (notify_cb), binding);
}

/* An AdwComboRow over sam_groups_choices_new() choices, to an id property. */
void
sam_form_bind_combo_choice (SamForm     *self,
                            AdwComboRow *row,
                            const char  *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));

  binding = add_binding (self, GTK_WIDGET (row), property, BINDING_COMBO_CHOICE);
  load_new_binding (self, binding);
  g_signal_connect (row, "notify::selected", G_CALLBACK (notify_cb), binding);
}

/* A GtkCheckButton, GtkSwitch or GtkToggleButton, to a boolean property. */
void
sam_form_bind_check (SamForm    *self,
                     GtkWidget  *check,
                     const char *property)
{
  Binding *binding;

  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (check), "active") != NULL);

  binding = add_binding (self, check, property, BINDING_CHECK);
  load_new_binding (self, binding);
  g_signal_connect (check, "notify::active", G_CALLBACK (notify_cb), binding);
}

/**
 * sam_form_add_mark:
 * @widget: a field its owner fills and applies to the entity itself (a
 *   date and a time joined into one value), then calls sam_form_changed()
 *
 * The field is marked with the bound ones while an edit is not saved.
 */
void
sam_form_add_mark (SamForm   *self,
                   GtkWidget *widget)
{
  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_binding (self, widget, NULL, BINDING_MARK);
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
child_gone_cb (gpointer  data,
               GObject  *where_the_child_was)
{
  SamForm *self = data;

  g_ptr_array_remove (self->children, where_the_child_was);
}

static void
sam_form_dispose (GObject *object)
{
  SamForm *self = SAM_FORM (object);

  sam_form_flush (self);
  /* A save that failed again is tried again without the form. */
  let_go (self);

  for (guint i = 0; i < self->children->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->children, i), child_gone_cb, self);
  g_ptr_array_set_size (self->children, 0);
  sam_form_set_owner (self, NULL);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->entity);
  g_clear_object (&self->saved);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_form_parent_class)->dispose (object);
}

static void
sam_form_finalize (GObject *object)
{
  SamForm *self = SAM_FORM (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_form_parent_class)->finalize (object);
}

static void
sam_form_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SamForm *self = SAM_FORM (object);

  switch (prop_id)
    {
    case PROP_UNSAVED:
      g_value_set_boolean (value, sam_form_get_unsaved (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_form_class_init (SamFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_form_dispose;
  object_class->finalize = sam_form_finalize;
  object_class->get_property = sam_form_get_property;

  /* Whether the widgets show an edit the store has not taken yet. */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After the entity was written to the store. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* When the store first refused the entity: the message says why, that
   * the edit is kept and when it is tried again. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* After a change made elsewhere was shown in the widgets. */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sam_form_init (SamForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (disconnect_binding);
  self->children = g_ptr_array_new ();
}

SamForm *
sam_form_new (SamStore *store)
{
  SamForm *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_FORM, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_object (store, "changed",
                                              G_CALLBACK (store_changed_cb), self,
                                              G_CONNECT_SWAPPED);

  return self;
}

/**
 * sam_form_set_entity:
 * @entity: (nullable): the entity to edit; the form keeps a reference
 *
 * Saves what is pending for the previous entity and shows @entity.
 */
void
sam_form_set_entity (SamForm  *self,
                     gpointer  entity)
{
  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (entity == NULL || SAM_IS_ENTITY (entity));

  sam_form_flush (self);
  if (self->entity != entity)
    let_go (self);
  g_set_object (&self->entity, entity);

  for (guint i = 0; entity != NULL && i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->kind == BINDING_MARK)
        continue;
      binding->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), binding->property);
      g_return_if_fail (binding->pspec != NULL);
    }

  sam_form_reload (self);
}

/**
 * sam_form_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity being edited
 */
gpointer
sam_form_get_entity (SamForm *self)
{
  g_return_val_if_fail (SAM_IS_FORM (self), NULL);

  return self->entity;
}

static void
owner_gone_cb (gpointer  data,
               GObject  *where_the_owner_was)
{
  SamForm *self = data;

  self->owner = NULL;
}

/**
 * sam_form_set_owner:
 * @owner: (nullable): the widget whose window shows the form's messages
 *
 * When the store refuses an edit, a toast in @owner's window says so (the
 * marked fields say it too); without a window the message is logged.
 */
void
sam_form_set_owner (SamForm   *self,
                    GtkWidget *owner)
{
  g_return_if_fail (SAM_IS_FORM (self));

  if (self->owner == owner)
    return;
  if (self->owner != NULL)
    g_object_weak_unref (G_OBJECT (self->owner), owner_gone_cb, self);
  self->owner = owner;
  if (owner != NULL)
    g_object_weak_ref (G_OBJECT (owner), owner_gone_cb, self);
}

/**
 * sam_form_add_child:
 * @child: a form that edits part of what @self shows (a row's entity)
 *
 * Flushing @self flushes @child, and @self is unsaved while @child is.
 * @self does not keep @child alive: the row that owns it does.
 */
void
sam_form_add_child (SamForm *self,
                    SamForm *child)
{
  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (SAM_IS_FORM (child));

  g_ptr_array_add (self->children, child);
  g_object_weak_ref (G_OBJECT (child), child_gone_cb, self);
  if (child->owner == NULL)
    sam_form_set_owner (child, self->owner);
}

/**
 * sam_form_add_row:
 * @entity: what the row edits
 * @row: the row; the new form lives as long as it does
 *
 * Makes a child form for one row of a list of entities (a group's members),
 * with @self's store and owner.
 *
 * Returns: (transfer none): the row's form, to bind the row's widgets to
 */
SamForm *
sam_form_add_row (SamForm   *self,
                  gpointer   entity,
                  GtkWidget *row)
{
  SamForm *child;

  g_return_val_if_fail (SAM_IS_FORM (self), NULL);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  child = sam_form_new (self->store);
  sam_form_set_entity (child, entity);
  sam_form_add_child (self, child);
  g_object_set_data_full (G_OBJECT (row), "sam-form", child, g_object_unref);

  return child;
}

/**
 * sam_form_refill_begin:
 *
 * Says that the choices of bound drop-downs are being replaced (a list of
 * municipalities changed): what they select meanwhile is not an edit.
 */
void
sam_form_refill_begin (SamForm *self)
{
  g_return_if_fail (SAM_IS_FORM (self));

  self->refilling++;
}

/**
 * sam_form_refill_end:
 *
 * Selects the entity's values in the refilled drop-downs again.
 */
void
sam_form_refill_end (SamForm *self)
{
  g_return_if_fail (SAM_IS_FORM (self));
  g_return_if_fail (self->refilling > 0);

  if (--self->refilling > 0 || self->entity == NULL)
    return;

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->pspec != NULL
          && (binding->kind == BINDING_DROP_DOWN || binding->kind == BINDING_CHOICE
              || binding->kind == BINDING_COMBO_CHOICE))
        load_binding (self, binding);
    }
  self->loading = FALSE;
}

/**
 * sam_form_clear:
 *
 * Saves what is pending, lets go of the entity and unbinds every widget,
 * for a pane that is built again for another entity.
 */
void
sam_form_clear (SamForm *self)
{
  g_return_if_fail (SAM_IS_FORM (self));

  sam_form_flush (self);
  let_go (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->entity);
  g_clear_object (&self->saved);
}

/* Shows the entity's values in the widgets. */
void
sam_form_reload (SamForm *self)
{
  g_return_if_fail (SAM_IS_FORM (self));

  if (self->entity == NULL)
    return;

  remember_saved (self);

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    load_binding (self, g_ptr_array_index (self->bindings, i));
  self->loading = FALSE;
}

/**
 * sam_form_changed:
 * @at_once: whether to save now rather than after the typing pause
 *
 * Saves the entity after its owner changed a property itself (a field the
 * form does not bind), with the same marks and retries.
 */
void
sam_form_changed (SamForm  *self,
                  gboolean  at_once)
{
  g_return_if_fail (SAM_IS_FORM (self));

  if (self->entity == NULL)
    return;

  schedule_save (self, !at_once);
}

static void
show_failure (SamForm    *self,
              const char *message)
{
  GtkRoot *root;

  g_signal_emit (self, signals[FAILED], 0, message);

  if (self->owner == NULL)
    return;

  root = gtk_widget_get_root (self->owner);
  if (SAM_IS_WINDOW (root))
    sam_toast_show (self->owner, adw_toast_new (message));
  else
    g_message ("%s", message);
}

/**
 * sam_form_save:
 *
 * Writes the entity now, in one transaction.
 *
 * Returns: whether the store took it
 */
gboolean
sam_form_save (SamForm *self)
{
  g_autoptr(GError) error = NULL;
  gboolean busy;
  gboolean ok;

  g_return_val_if_fail (SAM_IS_FORM (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->entity == NULL || self->store == NULL || sam_entity_get_id (self->entity) <= 0)
    return FALSE;

  self->saving = TRUE;
  ok = sam_store_update (self->store, self->entity, &error);
  self->saving = FALSE;

  if (ok)
    {
      self->retry_delay_ms = 0;
      if (self->unsaved)
        {
          mark_unsaved (self, NULL);
          set_unsaved (self, FALSE);
        }
      remember_saved (self);
      g_signal_emit (self, signals[SAVED], 0);
      return TRUE;
    }

  /* What was typed stays in the widgets and in the entity, marked as not
   * saved, and is tried again on a timer: soon after a lock, which goes
   * away, and at the longest interval after anything else. */
  busy = g_error_matches (error, SAM_STORE_ERROR, SAM_STORE_ERROR_BUSY);
  mark_unsaved (self, error->message);
  if (busy)
    self->retry_delay_ms = self->retry_delay_ms == 0
                           ? RETRY_FIRST_MS
                           : MIN (self->retry_delay_ms * 2, RETRY_MAX_MS);
  else
    self->retry_delay_ms = RETRY_MAX_MS;
  self->save_source = g_timeout_add (self->retry_delay_ms, save_timeout_cb, self);

  if (!self->unsaved)
    {
      g_autofree char *message = NULL;

      set_unsaved (self, TRUE);
      if (busy)
        /* Translators: a toast when an edit met a locked database; %s is the store's reason. */
        message = g_strdup_printf (_("Not saved yet: %s. The edit is kept and saved as soon as "
                                     "the database allows it."), error->message);
      else
        /* Translators: a toast when the database refused an edit; %s is the store's reason. */
        message = g_strdup_printf (_("Could not save: %s. The edit is kept, marked, and tried "
                                     "again."), error->message);
      show_failure (self, message);
    }

  return FALSE;
}

/* Saves a change still waiting for the typing pause or for a retry, in
 * this form and its children. */
void
sam_form_flush (SamForm *self)
{
  g_return_if_fail (SAM_IS_FORM (self));

  if (self->save_source != 0)
    sam_form_save (self);

  for (guint i = 0; i < self->children->len; i++)
    sam_form_flush (g_ptr_array_index (self->children, i));
}

/**
 * sam_form_get_unsaved:
 *
 * Returns: whether the widgets of this form or of a child show an edit the
 *   store has not taken yet
 */
gboolean
sam_form_get_unsaved (SamForm *self)
{
  g_return_val_if_fail (SAM_IS_FORM (self), FALSE);

  if (self->unsaved)
    return TRUE;

  for (guint i = 0; i < self->children->len; i++)
    if (sam_form_get_unsaved (g_ptr_array_index (self->children, i)))
      return TRUE;

  return FALSE;
}
