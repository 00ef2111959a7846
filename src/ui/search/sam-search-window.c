/* sam-search-window.c: search from anywhere (Ctrl+F).
 *
 * One search over every text of the store, opened from every page. Each
 * change of the text or a filter starts a query in a worker thread
 * (sam_store_search_async()) and cancels the one before; a result that
 * comes back for an older query than the newest is dropped (the
 * generation), so the list only ever shows what the field says now. The
 * hits are grouped by kind in the order of sam_search_get_kinds(), the
 * best first within a kind, and a recycling list view shows them.
 * Opening a hit closes the search and shows the thing where it lives,
 * through the window's win.open and win.open-item actions.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-search"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-meeting-page.h"
#include "sam-meetings-page.h"
#include "sam-model.h"
#include "sam-pdf-preview.h"
#include "sam-search-result.h"
#include "sam-search-window.h"
#include "sam-store-search.h"
#include "sam-window.h"

/* Enough for a screenful of every kind; the best come first. */
#define MAX_RESULTS 100

/* GTK 4.8's list view makes and lays out a row for every item it is given
 * (up to 200): the hits go in this many at a time, one batch per main-loop
 * turn, into the rows already there where it can, so that neither a turn
 * nor the frame that lays out the new rows takes more than a frame
 * (tests/bench/bench-search-window.c). */
#define BATCH 10

struct _SamSearchWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  GtkSearchEntry *entry;
  GtkDropDown    *kind_drop_down;
  GtkDropDown    *body_drop_down;
  GtkDropDown    *year_drop_down;
  GtkStack       *stack;
  AdwStatusPage  *none_page;
  GtkWidget      *clear_button;
  GtkListView    *list_view;

  /* Owned */
  SamStore       *store;
  GListStore     *results;
  GCancellable   *cancellable;
  GArray         *body_ids;
  GArray         *years;
  GPtrArray      *to_add;
  guint           add_id;
  guint           next;
  guint           generation;
  gboolean        busy;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (SamSearchWindow, sam_search_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  SamSearchWindow *self;
  guint            generation;
} Pending;

static void search (SamSearchWindow *self);

static gboolean
filters_set (SamSearchWindow *self)
{
  return gtk_drop_down_get_selected (self->kind_drop_down) > 0
         || gtk_drop_down_get_selected (self->body_drop_down) > 0
         || gtk_drop_down_get_selected (self->year_drop_down) > 0;
}

static guint
selected (GtkDropDown *drop_down)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  return position == GTK_INVALID_LIST_POSITION ? 0 : position;
}

static void
fill_kinds (SamSearchWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *kinds = sam_search_get_kinds ();

  gtk_string_list_append (labels, _("Every kind"));
  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (labels, sam_search_kind_heading (kinds[i]));
  gtk_drop_down_set_model (self->kind_drop_down, G_LIST_MODEL (labels));
}

/* The bodies and years to filter by, as they are now; a filter that is
 * set stays on its body or year. */
static void
fill_bodies_and_years (SamSearchWindow *self)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GtkStringList) body_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) year_labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) years = NULL;
  g_autoptr(GError) error = NULL;
  gint64 body_id = g_array_index (self->body_ids, gint64, selected (self->body_drop_down));
  int year = g_array_index (self->years, int, selected (self->year_drop_down));
  guint keep_body = 0, keep_year = 0;
  gint64 none = 0;
  int no_year = 0;

  self->filling = TRUE;

  g_array_set_size (self->body_ids, 0);
  g_array_append_val (self->body_ids, none);
  gtk_string_list_append (body_labels, _("Every body"));
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (body));

      if (id == body_id)
        keep_body = self->body_ids->len;
      g_array_append_val (self->body_ids, id);
      gtk_string_list_append (body_labels, sam_body_get_name (body));
    }
  gtk_drop_down_set_model (self->body_drop_down, G_LIST_MODEL (body_labels));
  gtk_drop_down_set_selected (self->body_drop_down, keep_body);

  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, no_year);
  gtk_string_list_append (year_labels, _("Every year"));
  years = sam_store_list_meeting_years (self->store, &error);
  if (years == NULL)
    g_warning ("Could not list the years: %s", error->message);
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      int y = g_array_index (years, int, i);
      g_autofree char *label = g_strdup_printf ("%d", y);

      if (y == year)
        keep_year = self->years->len;
      g_array_append_val (self->years, y);
      gtk_string_list_append (year_labels, label);
    }
  gtk_drop_down_set_model (self->year_drop_down, G_LIST_MODEL (year_labels));
  gtk_drop_down_set_selected (self->year_drop_down, keep_year);

  self->filling = FALSE;
}

/* The hits grouped by kind, in the order of the kinds, each kind's best
 * first (the store's order), its heading on its first row. */
static GPtrArray *
group_hits (GPtrArray *hits)
{
  const char * const *kinds = sam_search_get_kinds ();
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gboolean *placed = g_new0 (gboolean, hits->len + 1);

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < hits->len; i++)
        {
          const SamSearchHit *hit = g_ptr_array_index (hits, i);

          if (placed[i] || g_strcmp0 (hit->kind, kinds[k]) != 0)
            continue;
          placed[i] = TRUE;
          g_ptr_array_add (items, sam_search_result_new (hit, first ? sam_search_kind_heading (hit->kind)
                                                                    : NULL));
          first = FALSE;
        }
    }

  /* A kind the list of kinds does not know yet still shows. */
  for (guint i = 0; i < hits->len; i++)
    if (!placed[i])
      {
        const SamSearchHit *hit = g_ptr_array_index (hits, i);

        g_ptr_array_add (items, sam_search_result_new (hit, sam_search_kind_heading (hit->kind)));
      }

  return items;
}

/* Shows the next batch of the hits: the rows already there take the new
 * hits in place (GTK 4.8's list view builds a row in about a millisecond,
 * and changing the labels of one costs a fraction of that), new rows are
 * added for the rest, and at the end the rows left over go. */
static gboolean
add_batch (SamSearchWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint end = MIN (self->next + BATCH, self->to_add->len);
  guint i = self->next;

  for (; i < end && i < shown; i++)
    {
      g_autoptr(SamSearchResult) row = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      sam_search_result_update (row, g_ptr_array_index (self->to_add, i));
    }
  if (i < end)
    g_list_store_splice (self->results, shown, 0, self->to_add->pdata + i, end - i);
  self->next = end;

  if (end < self->to_add->len)
    return G_SOURCE_CONTINUE;

  shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  if (shown > self->to_add->len)
    g_list_store_splice (self->results, self->to_add->len, shown - self->to_add->len, NULL, 0);
  g_ptr_array_set_size (self->to_add, 0);
  self->next = 0;
  self->add_id = 0;

  return G_SOURCE_REMOVE;
}

static gboolean
add_batch_cb (gpointer data)
{
  return add_batch (data);
}

static void
stop_adding (SamSearchWindow *self)
{
  g_clear_handle_id (&self->add_id, g_source_remove);
  g_ptr_array_set_size (self->to_add, 0);
  self->next = 0;
}

static void
show_results (SamSearchWindow *self,
              GPtrArray       *hits,
              const GError    *error)
{
  g_autoptr(GPtrArray) items = hits != NULL ? group_hits (hits) : NULL;

  /* The first batch at once, the rest a batch a main-loop turn. */
  stop_adding (self);
  if (items != NULL && items->len > 0)
    {
      g_ptr_array_extend_and_steal (self->to_add, g_steal_pointer (&items));
      if (add_batch (self) == G_SOURCE_CONTINUE)
        self->add_id = g_idle_add (add_batch_cb, self);
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }
  g_list_store_remove_all (self->results);

  if (error != NULL)
    {
      adw_status_page_set_title (self->none_page, _("The Search Failed"));
      adw_status_page_set_description (self->none_page, error->message);
    }
  else
    {
      g_autofree char *description = NULL;

      adw_status_page_set_title (self->none_page, _("No Results"));
      if (filters_set (self))
        description = g_strdup (_("Nothing matches the words with these filters. Clear the filters "
                                  "to search everything."));
      else
        description = g_strdup (_("Nothing matches all of the words. Try fewer words or the "
                                  "beginning of a word."));
      adw_status_page_set_description (self->none_page, description);
    }
  gtk_widget_set_visible (self->clear_button, filters_set (self));
  gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(SamSearchWindow) self = pending->self;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  guint generation = pending->generation;

  g_free (pending);
  hits = sam_store_search_finish (SAM_STORE (source), result, &error);

  /* A newer query is on its way: this one's hits are stale. */
  if (generation != self->generation)
    return;

  self->busy = FALSE;
  if (hits == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (hits == NULL)
    g_warning ("Search failed: %s", error->message);

  show_results (self, hits, error);
}

static void
search (SamSearchWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  const char * const *kinds = sam_search_get_kinds ();
  guint kind = selected (self->kind_drop_down);
  SamSearchFilter filter = {
    kind > 0 ? kinds[kind - 1] : NULL,
    g_array_index (self->body_ids, gint64, selected (self->body_drop_down)),
    g_array_index (self->years, int, selected (self->year_drop_down)),
  };
  Pending *pending;

  g_assert (SAM_IS_SEARCH_WINDOW (self));

  self->generation++;
  stop_adding (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    {
      self->busy = FALSE;
      g_list_store_remove_all (self->results);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->busy = TRUE;
  self->cancellable = g_cancellable_new ();
  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (self);
  pending->generation = self->generation;
  sam_store_search_async (self->store, text, &filter, MAX_RESULTS, self->cancellable,
                          search_done_cb, pending);
}

static void
search_changed_cb (SamSearchWindow *self)
{
  search (self);
}

static void
filter_changed_cb (SamSearchWindow *self)
{
  if (self->filling)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.clear-filters", filters_set (self));
  search (self);
}

static void
stop_search_cb (SamSearchWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
entry_activate_cb (SamSearchWindow *self)
{
  /* Enter in the field opens the best hit, when what it shows is for
   * the text in the field. */
  if (!self->busy && g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    sam_search_window_open (self, 0);
}

static gboolean
entry_key_pressed_cb (SamSearchWindow       *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
      && g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
list_activate_cb (SamSearchWindow *self,
                  guint            position)
{
  sam_search_window_open (self, position);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (widget);

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->kind_drop_down, 0);
  gtk_drop_down_set_selected (self->body_drop_down, 0);
  gtk_drop_down_set_selected (self->year_drop_down, 0);
  self->filling = FALSE;
  filter_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static gint64
find_id (SamSearchWindow *self,
         GType            type,
         const char      *uuid)
{
  return uuid != NULL ? sam_store_find_id (self->store, type, uuid) : 0;
}

static void
sam_search_window_dispose (GObject *object)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->add_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_SEARCH_WINDOW);

  G_OBJECT_CLASS (sam_search_window_parent_class)->dispose (object);
}

static void
sam_search_window_finalize (GObject *object)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->results);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->to_add, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_search_window_parent_class)->finalize (object);
}

static void
sam_search_window_constructed (GObject *object)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (object);

  G_OBJECT_CLASS (sam_search_window_parent_class)->constructed (object);

  fill_kinds (self);
  fill_bodies_and_years (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.clear-filters", FALSE);
}

static void
sam_search_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_search_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SamSearchWindow *self = SAM_SEARCH_WINDOW (object);

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
sam_search_window_class_init (SamSearchWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sam_search_window_constructed;
  object_class->dispose = sam_search_window_dispose;
  object_class->finalize = sam_search_window_finalize;
  object_class->get_property = sam_search_window_get_property;
  object_class->set_property = sam_search_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SAM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SAM_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samverkan/Samverkan/search/sam-search-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, entry);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, body_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, year_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, none_page);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SamSearchWindow, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "search.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sam_search_window_init (SamSearchWindow *self)
{
  gint64 none = 0;
  int no_year = 0;

  self->results = g_list_store_new (SAM_TYPE_SEARCH_RESULT);
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->to_add = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_append_val (self->body_ids, none);
  g_array_append_val (self->years, no_year);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results)))));
}

/**
 * sam_search_window_new:
 * @parent: the window whose pages the search opens things on
 * @store: the open database
 *
 * Returns: (transfer full): a new search window, transient for @parent
 */
SamSearchWindow *
sam_search_window_new (GtkWindow *parent,
                       SamStore  *store)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SAM_IS_STORE (store), NULL);

  return g_object_new (SAM_TYPE_SEARCH_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

/**
 * sam_search_window_present:
 *
 * Shows the search with its text selected, as big as fits over its
 * window (the whole window when it is narrow).
 */
void
sam_search_window_present (SamSearchWindow *self)
{
  GtkWindow *parent;

  g_return_if_fail (SAM_IS_SEARCH_WINDOW (self));

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (parent));
      int height = gtk_widget_get_height (GTK_WIDGET (parent));

      gtk_window_set_default_size (GTK_WINDOW (self), MIN (720, width), MIN (600, MAX (360, height - 40)));
    }

  fill_bodies_and_years (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);

  /* What changed since the search was last open shows at once. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] != '\0')
    search (self);
}

/**
 * sam_search_window_get_results:
 *
 * Returns: (transfer none): the results shown, grouped by kind
 */
GListModel *
sam_search_window_get_results (SamSearchWindow *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_WINDOW (self), NULL);

  return G_LIST_MODEL (self->results);
}

/* Whether a query is running whose results are not all shown yet. */
gboolean
sam_search_window_is_busy (SamSearchWindow *self)
{
  g_return_val_if_fail (SAM_IS_SEARCH_WINDOW (self), FALSE);

  return self->busy || self->add_id != 0;
}

/**
 * sam_search_window_open:
 * @position: a position in the results
 *
 * Closes the search and shows the result where it lives: a meeting on its
 * page, an agenda item, a decision, an assignment or an attachment in its
 * meeting at its item, a focus question, an activity, a person, a group, a
 * study trip or a municipality on its section's page. An item's texts
 * show the words found marked; an attachment opens in a preview at the
 * page they are on, over its meeting.
 */
void
sam_search_window_open (SamSearchWindow *self,
                        guint            position)
{
  g_autoptr(SamSearchResult) result = NULL;
  g_autofree char *query = NULL;
  GtkWidget *target;
  const char *kind;
  const char *uuid;
  gint64 item_id = 0;
  const char *section = NULL;
  gint64 id = 0;

  g_return_if_fail (SAM_IS_SEARCH_WINDOW (self));

  result = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  target = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self)));
  if (result == NULL || target == NULL)
    return;

  kind = sam_search_result_get_kind (result);
  uuid = sam_search_result_get_uuid (result);

  if (g_str_equal (kind, "agenda-item"))
    item_id = find_id (self, SAM_TYPE_AGENDA_ITEM, uuid);
  else if (g_str_equal (kind, "decision") || g_str_equal (kind, "assignment")
           || g_str_equal (kind, "attachment"))
    item_id = find_id (self, SAM_TYPE_AGENDA_ITEM, sam_search_result_get_parent_uuid (result));

  if (item_id == 0)
    {
      if (g_str_equal (kind, "assignment"))
        section = "assignment", id = find_id (self, SAM_TYPE_ASSIGNMENT, uuid);
      else if (sam_search_result_get_meeting_uuid (result) != NULL)
        section = "meetings",
        id = find_id (self, SAM_TYPE_MEETING, sam_search_result_get_meeting_uuid (result));
      else if (g_str_equal (kind, "focus-question"))
        section = "focus-questions", id = find_id (self, SAM_TYPE_FOCUS_QUESTION, uuid);
      else if (g_str_equal (kind, "activity"))
        section = "plan", id = find_id (self, SAM_TYPE_ACTIVITY, uuid);
      else if (g_str_equal (kind, "person"))
        section = "people", id = find_id (self, SAM_TYPE_PERSON, uuid);
      else if (g_str_equal (kind, "group"))
        section = "groups", id = find_id (self, SAM_TYPE_BODY, uuid);
      else if (g_str_equal (kind, "trip"))
        section = "study-trips", id = find_id (self, SAM_TYPE_STUDY_TRIP, uuid);
      else if (g_str_equal (kind, "municipality"))
        section = "municipality", id = find_id (self, SAM_TYPE_MUNICIPALITY, uuid);
      else if (g_str_equal (kind, "plan"))
        section = "plan-document", id = find_id (self, SAM_TYPE_PLAN, uuid);
    }

  query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  gtk_window_close (GTK_WINDOW (self));

  if (item_id != 0)
    gtk_widget_activate_action (target, "win.open-item", "x", item_id);
  else if (section != NULL)
    gtk_widget_activate_action (target, "win.open", "(sx)", section, id);

  /* The words found, marked in the item's texts. */
  if (item_id != 0 && g_str_equal (kind, "agenda-item") && SAM_IS_WINDOW (target))
    {
      GtkWidget *meetings = sam_window_get_section_page (SAM_WINDOW (target), "meetings");
      GtkWidget *page = SAM_IS_MEETINGS_PAGE (meetings)
                        ? sam_meetings_page_get_meeting_page (SAM_MEETINGS_PAGE (meetings))
                        : NULL;

      if (page != NULL)
        sam_meeting_page_show_match (SAM_MEETING_PAGE (page), item_id, query);
    }

  /* An attachment at the page the words are on, over its meeting. */
  if (g_str_equal (kind, "attachment"))
    {
      gint64 attachment_id = find_id (self, SAM_TYPE_ATTACHMENT, uuid);

      if (attachment_id != 0)
        gtk_window_present (GTK_WINDOW (sam_pdf_preview_new (GTK_WINDOW (target), self->store, attachment_id,
                                                             MAX (1, sam_search_result_get_page (result)),
                                                             query)));
    }
}
