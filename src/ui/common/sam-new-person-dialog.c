/* sam-new-person-dialog.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-new-person-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-new-person-dialog.h"
#include "sam-person-picker.h"
#include "sam-store-people.h"

struct _SamNewPersonDialog
{
  AdwWindow    parent_instance;

  /* Owned */
  SamStore    *store;
  GListModel  *municipalities;
  GArray      *municipality_ids;
  GArray      *duplicate_ids;

  /* Borrowed */
  GtkWidget   *add_button;
  GtkWidget   *duplicate_box;
  GtkLabel    *duplicate_label;
  GtkListBox  *duplicate_list;
  GtkLabel    *error_label;
  AdwEntryRow *name_row;
  AdwComboRow *municipality_row;
  AdwEntryRow *organization_row;
  AdwEntryRow *title_row;
  AdwEntryRow *email_row;

  gint64       municipality_id;
  gboolean     done;
};

G_DEFINE_FINAL_TYPE (SamNewPersonDialog, sam_new_person_dialog, ADW_TYPE_WINDOW)

enum {
  PERSON_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gint64
selected_municipality (SamNewPersonDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->municipality_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->municipality_ids->len)
    return 0;

  return g_array_index (self->municipality_ids, gint64, selected);
}

/* "None" first, then every municipality in the store's (Swedish) order. */
static void
build_municipality_choices (SamNewPersonDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_items = g_list_model_get_n_items (self->municipalities);
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (self->municipality_ids, 0);
  gtk_string_list_append (names, C_("municipality", "None"));
  g_array_append_val (self->municipality_ids, none);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SamMunicipality) municipality = g_list_model_get_item (self->municipalities, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (municipality));

      gtk_string_list_append (names, sam_municipality_get_name (municipality));
      g_array_append_val (self->municipality_ids, id);
      if (id == self->municipality_id)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->municipality_row, selected);
}

static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');

  return email[0] == '\0'
         || (at != NULL && at != email && at[1] != '\0' && strchr (at + 1, '@') == NULL
             && strchr (email, ' ') == NULL);
}

static void
update_add_button (SamNewPersonDialog *self)
{
  g_autofree char *name = stripped_text (self->name_row);
  g_autofree char *email = stripped_text (self->email_row);
  gboolean email_ok = email_is_valid (email);

  if (email_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");

  if (!email_ok)
    {
      gtk_label_set_label (self->error_label,
                           _("The e-mail address is not complete: it needs a name, an @ and a domain, "
                             "as in britt.steiner@lund.se."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  else if (name[0] == '\0')
    {
      gtk_label_set_label (self->error_label, _("A new person needs a name."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_button_set_label (GTK_BUTTON (self->add_button),
                        self->duplicate_ids->len > 0 ? _("_Add Anyway") : _("_Add"));
  gtk_widget_set_sensitive (self->add_button, name[0] != '\0' && email_ok);
}

static void
choose (SamNewPersonDialog *self,
        gint64              person_id,
        gboolean            created)
{
  g_assert (SAM_IS_NEW_PERSON_DIALOG (self));

  if (self->done)
    return;

  self->done = TRUE;
  g_object_ref (self);
  g_signal_emit (self, signals[PERSON_CHOSEN], 0, person_id, created);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
use_clicked_cb (GtkButton          *button,
                SamNewPersonDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));

  choose (self, id, FALSE);
}

static GtkWidget *
duplicate_row_new (SamNewPersonDialog *self,
                   gint64              person_id)
{
  g_autoptr(SamPerson) person = sam_store_load (self->store, SAM_TYPE_PERSON, person_id, NULL);
  g_autofree char *described = sam_person_describe (self->store, person_id);
  /* Translators: a button beside a person already listed; %s is
   * "Britt Steiner (Lund)". */
  g_autofree char *accessible = g_strdup_printf (_("Use %s"), described);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Use This Person"));
  const char *title = person != NULL ? sam_person_get_title (person) : NULL;
  const char *email = person != NULL ? sam_person_get_email (person) : NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (title != NULL && title[0] != '\0')
    g_string_append (subtitle, title);
  if (email != NULL && email[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, ", ");
      g_string_append (subtitle, email);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), described);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (button, accessible);
  g_object_set_data (G_OBJECT (button), "person-id", GSIZE_TO_POINTER ((gsize)person_id));
  g_signal_connect (button, "clicked", G_CALLBACK (use_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

/* The warning lists everyone the new person would duplicate, so that the
 * user can take one of them instead of making a second record. */
static void
update_duplicates (SamNewPersonDialog *self)
{
  g_autofree char *name = stripped_text (self->name_row);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  ids = sam_store_find_people_named (self->store, name, &error);
  if (ids == NULL)
    {
      g_warning ("Could not look for people named %s: %s", name, error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  if (ids->len == self->duplicate_ids->len
      && memcmp (ids->data, self->duplicate_ids->data, ids->len * sizeof (gint64)) == 0)
    return;

  g_array_set_size (self->duplicate_ids, 0);
  g_array_append_vals (self->duplicate_ids, ids->data, ids->len);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->duplicate_list))) != NULL)
    gtk_list_box_remove (self->duplicate_list, child);

  for (guint i = 0; i < ids->len; i++)
    gtk_list_box_append (self->duplicate_list,
                         duplicate_row_new (self, g_array_index (ids, gint64, i)));

  if (ids->len == 1)
    {
      g_autofree char *text =
        g_strdup_printf (_("Someone named “%s” is already listed. Use that person, or add a new "
                           "one only if this is somebody else."),
                         name);

      gtk_label_set_label (self->duplicate_label, text);
    }
  else if (ids->len > 1)
    {
      g_autofree char *text =
        g_strdup_printf (_("Several people named “%s” are already listed. Use one of them, or add "
                           "a new one only if this is somebody else."),
                         name);

      gtk_label_set_label (self->duplicate_label, text);
    }

  gtk_widget_set_visible (self->duplicate_box, ids->len > 0);
}

static void
name_changed_cb (SamNewPersonDialog *self)
{
  update_duplicates (self);
  update_add_button (self);
}

static void
municipality_selected_cb (SamNewPersonDialog *self)
{
  gint64 id = selected_municipality (self);

  self->municipality_id = id;
  /* A municipality's people need no organisation; an outsider does. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->organization_row), id == 0);
}

static void
municipalities_changed_cb (SamNewPersonDialog *self)
{
  build_municipality_choices (self);
}

static void
cancel_clicked_cb (SamNewPersonDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_clicked_cb (SamNewPersonDialog *self)
{
  sam_new_person_dialog_add (self);
}

static void
entry_activated_cb (SamNewPersonDialog *self)
{
  if (gtk_widget_get_sensitive (self->add_button))
    sam_new_person_dialog_add (self);
}

static GtkWidget *
entry_row_new (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static void
sam_new_person_dialog_dispose (GObject *object)
{
  SamNewPersonDialog *self = (SamNewPersonDialog *)object;

  if (self->municipalities != NULL)
    g_signal_handlers_disconnect_by_data (self->municipalities, self);

  g_clear_object (&self->municipalities);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sam_new_person_dialog_parent_class)->dispose (object);
}

static void
sam_new_person_dialog_finalize (GObject *object)
{
  SamNewPersonDialog *self = (SamNewPersonDialog *)object;

  g_clear_pointer (&self->municipality_ids, g_array_unref);
  g_clear_pointer (&self->duplicate_ids, g_array_unref);

  G_OBJECT_CLASS (sam_new_person_dialog_parent_class)->finalize (object);
}

static void
sam_new_person_dialog_class_init (SamNewPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_new_person_dialog_dispose;
  object_class->finalize = sam_new_person_dialog_finalize;

  /**
   * SamNewPersonDialog::person-chosen:
   * @person_id: the new person, or the listed one the user took instead
   * @created: whether @person_id was added by this dialog
   */
  signals[PERSON_CHOSEN] = g_signal_new ("person-chosen",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_new_person_dialog_init (SamNewPersonDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *warning_title = gtk_label_new (_("Already Listed"));

  self->municipality_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->duplicate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 420, 540);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sam-new-person-dialog");

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->add_button);
  gtk_box_append (GTK_BOX (content), header);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* The warning comes first: it is what the user must see before Add. */
  self->duplicate_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_label_set_xalign (GTK_LABEL (warning_title), 0);
  gtk_widget_add_css_class (warning_title, "heading");
  gtk_widget_add_css_class (warning_title, "warning");
  gtk_box_append (GTK_BOX (self->duplicate_box), warning_title);
  self->duplicate_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->duplicate_label, TRUE);
  gtk_label_set_xalign (self->duplicate_label, 0);
  gtk_box_append (GTK_BOX (self->duplicate_box), GTK_WIDGET (self->duplicate_label));
  self->duplicate_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->duplicate_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->duplicate_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duplicate_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People already listed"),
                                  -1);
  gtk_box_append (GTK_BOX (self->duplicate_box), GTK_WIDGET (self->duplicate_list));
  gtk_widget_set_visible (self->duplicate_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->duplicate_box);

  self->name_row = ADW_ENTRY_ROW (entry_row_new (_("Name")));
  self->municipality_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->municipality_row), _("Municipality"));
  self->organization_row = ADW_ENTRY_ROW (entry_row_new (_("Organization (if not a municipality)")));
  /* Translators: a person's job title, such as “Municipal director”. */
  self->title_row = ADW_ENTRY_ROW (entry_row_new (_("Title")));
  self->email_row = ADW_ENTRY_ROW (entry_row_new (_("E-mail")));
  adw_entry_row_set_input_purpose (self->email_row, GTK_INPUT_PURPOSE_EMAIL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->municipality_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->organization_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->email_row));
  gtk_box_append (GTK_BOX (box), group);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 600);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);

  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);
  g_signal_connect_swapped (self->email_row, "changed", G_CALLBACK (update_add_button), self);
  g_signal_connect_swapped (self->municipality_row, "notify::selected",
                            G_CALLBACK (municipality_selected_cb), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->title_row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->email_row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->organization_row, "entry-activated",
                            G_CALLBACK (entry_activated_cb), self);
}

/**
 * sam_new_person_dialog_new:
 * @store: where the person is saved
 * @name: (nullable): the name typed so far
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
sam_new_person_dialog_new (SamStore   *store,
                           const char *name)
{
  SamNewPersonDialog *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  self = g_object_new (SAM_TYPE_NEW_PERSON_DIALOG, "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->municipalities = sam_store_list_municipalities (store);
  g_signal_connect_swapped (self->municipalities, "items-changed",
                            G_CALLBACK (municipalities_changed_cb), self);
  build_municipality_choices (self);
  municipality_selected_cb (self);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  name_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_set_position (GTK_EDITABLE (self->name_row), -1);

  return GTK_WIDGET (self);
}

/**
 * sam_new_person_dialog_present:
 * @store: where the person is saved
 * @parent: (nullable): a widget in the window the dialog belongs to
 * @name: (nullable): the name typed so far
 *
 * Makes the dialog, modal over @parent's window, and shows it.
 *
 * Returns: (transfer none): the dialog, to connect to "person-chosen"
 */
GtkWidget *
sam_new_person_dialog_present (SamStore   *store,
                               GtkWidget  *parent,
                               const char *name)
{
  GtkWidget *self = sam_new_person_dialog_new (store, name);
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/* Preselects a municipality (the one the user is looking at, say). */
void
sam_new_person_dialog_set_municipality_id (SamNewPersonDialog *self,
                                           gint64              municipality_id)
{
  g_return_if_fail (SAM_IS_NEW_PERSON_DIALOG (self));

  self->municipality_id = municipality_id;
  build_municipality_choices (self);
  municipality_selected_cb (self);
}

GtkEditable *
sam_new_person_dialog_get_name_editable (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), NULL);

  return GTK_EDITABLE (self->name_row);
}

GtkEditable *
sam_new_person_dialog_get_title_editable (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), NULL);

  return GTK_EDITABLE (self->title_row);
}

GtkEditable *
sam_new_person_dialog_get_email_editable (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), NULL);

  return GTK_EDITABLE (self->email_row);
}

GtkEditable *
sam_new_person_dialog_get_organization_editable (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), NULL);

  return GTK_EDITABLE (self->organization_row);
}

/* How many listed people have the name typed. */
guint
sam_new_person_dialog_get_n_duplicates (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), 0);

  return self->duplicate_ids->len;
}

/* Whether Add would save: a name, and an e-mail address that is empty or
 * complete. */
gboolean
sam_new_person_dialog_can_add (SamNewPersonDialog *self)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), FALSE);

  return gtk_widget_get_sensitive (self->add_button);
}

/**
 * sam_new_person_dialog_add:
 *
 * Saves the new person in one transaction, as Add does, emits
 * "person-chosen" and closes. When the store refuses, says why in the
 * dialog and keeps everything typed.
 *
 * Returns: whether the person was saved
 */
gboolean
sam_new_person_dialog_add (SamNewPersonDialog *self)
{
  g_autoptr(SamPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organization = NULL;
  g_autofree char *email = NULL;
  gint64 municipality_id;

  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), FALSE);

  if (self->done || !gtk_widget_get_sensitive (self->add_button))
    return FALSE;

  name = stripped_text (self->name_row);
  title = stripped_text (self->title_row);
  organization = stripped_text (self->organization_row);
  email = stripped_text (self->email_row);
  municipality_id = selected_municipality (self);

  person = sam_person_new ();
  sam_person_set_name (person, name);
  if (title[0] != '\0')
    sam_person_set_title (person, title);
  if (email[0] != '\0')
    sam_person_set_email (person, email);
  if (municipality_id > 0)
    sam_person_set_municipality_id (person, municipality_id);
  else if (organization[0] != '\0')
    sam_person_set_organization (person, organization);

  if (!sam_store_insert (self->store, person, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s could not be added: %s"), name, error->message);

      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  choose (self, sam_entity_get_id (SAM_ENTITY (person)), TRUE);

  return TRUE;
}

/* Takes the @index-th listed person of the warning instead, saving
 * nothing, as its Use This Person button does. */
gboolean
sam_new_person_dialog_pick_duplicate (SamNewPersonDialog *self,
                                      guint               index)
{
  g_return_val_if_fail (SAM_IS_NEW_PERSON_DIALOG (self), FALSE);

  if (self->done || index >= self->duplicate_ids->len)
    return FALSE;

  choose (self, g_array_index (self->duplicate_ids, gint64, index), FALSE);

  return TRUE;
}
