/* bench-window.c: main-thread time from an action in the window until the
 * next frame is painted, and the SQL statements the store ran for it, on a
 * copy of the 20-year database; printed, never asserted.
 *
 *   bench-window [--rounds N] [--timeout S] [--generate SAM-GENERATE] DATABASE
 *
 * For each action it takes the time and the store's statement count just
 * before the action, runs it, asks the window for a frame, and iterates the
 * main loop until the window's frame clock has emitted "after-paint"; it
 * then lets the main loop run until it has nothing left to do (at most two
 * seconds) and reports what ran after the frame separately. No fixed sleeps.
 *
 * Widgets are found generically (search entries and drop-downs under the
 * visible page, the meeting page by its type name, the toast's Undo button),
 * so that a restructured window gives "n/a (not found)" rows rather than a
 * failure. It needs a display (run it under xvfb-run).
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <time.h>

#include "bench-util.h"
#include "sam-store.h"
#include "sam-store-private.h"
#include "sam-window.h"

static const char * const section_ids[] = {
  "overview", "meetings", "focus-questions", "plan", "groups", "study-trips", "decisions",
  "people", "year",
};

typedef struct
{
  char    *action;
  gboolean done;
  char    *note;
  double   frame_ms;
  double   cpu_ms;
  guint64  statements;
  double   idle_ms;
  guint64  idle_statements;
} Row;

typedef void (*ActionFunc) (gpointer data);

static SamStore *store;
static GtkWidget *window;
static GPtrArray *rows;
static guint frames_painted;
static guint timeout_s = 600;
static GHashTable *traced;
static char *only;

/* With BENCH_TRACE_SQL set, the statements each action runs are counted by
 * their text and the most frequent printed under its row, to show where a
 * high count comes from. */
static int
trace_cb (unsigned int  type,
          void         *context,
          void         *p,
          void         *x)
{
  const char *sql = sqlite3_sql (p);

  if (traced != NULL && sql != NULL)
    g_hash_table_insert (traced, g_strdup (sql),
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (traced, sql)) + 1));

  return 0;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const char **)a));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const char **)b));

  return ca < cb ? 1 : ca > cb ? -1 : 0;
}

static void
print_traced (void)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (traced == NULL)
    return;

  g_hash_table_iter_init (&iter, traced);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort_with_data (keys, compare_counts, traced);
  for (guint i = 0; i < MIN (keys->len, 4); i++)
    {
      const char *sql = g_ptr_array_index (keys, i);

      printf ("      %6u × %.110s\n", GPOINTER_TO_UINT (g_hash_table_lookup (traced, sql)), sql);
    }
  g_hash_table_remove_all (traced);
}

/* With GOBJECT_DEBUG=instance-count, the instances of every object type,
 * to say which types the rounds of visits leave more of. */
static void
count_instances (GType       type,
                 GHashTable *counts)
{
  g_autofree GType *children = NULL;
  guint n_children;

  g_hash_table_insert (counts, GSIZE_TO_POINTER (type), GINT_TO_POINTER (g_type_get_instance_count (type)));
  children = g_type_children (type, &n_children);
  for (guint i = 0; i < n_children; i++)
    count_instances (children[i], counts);
}

static void
print_instance_growth (GHashTable *before,
                       GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int grown = GPOINTER_TO_INT (value) - GPOINTER_TO_INT (g_hash_table_lookup (before, key));

      if (grown >= 20)
        printf ("  %+6d %s\n", grown, g_type_name ((GType)GPOINTER_TO_SIZE (key)));
    }
}

/* Waiting */

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface != NULL && gdk_surface_get_mapped (surface))
    frames_painted++;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates until a frame after @seen has been painted. */
static gboolean
wait_for_frame (guint seen)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_s * G_USEC_PER_SEC;
  guint wake = g_timeout_add (100, wake_cb, NULL);

  while (frames_painted == seen && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);

  return frames_painted != seen;
}

/* Runs what is ready until nothing is, for at most two seconds. */
static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      {
        /* Nothing was ready; once more after a breath for a pending frame. */
        g_usleep (5000);
        if (!g_main_context_iteration (NULL, FALSE))
          break;
      }
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static Row *
add_row (const char *action)
{
  Row *row = g_new0 (Row, 1);

  row->action = g_strdup (action);
  g_ptr_array_add (rows, row);

  return row;
}

static void
not_found (const char *action,
           const char *why)
{
  Row *row = add_row (action);

  row->note = g_strdup (why != NULL ? why : "n/a (not found)");
  printf ("  %-52s %s\n", row->action, row->note);
  fflush (stdout);
}

static void
measure (const char *action,
         ActionFunc  func,
         gpointer    data)
{
  Row *row = add_row (action);
  guint64 statements = sam_store_get_statement_count (store);
  double cpu = thread_cpu_ms ();
  guint seen = frames_painted;
  gint64 start = g_get_monotonic_time ();
  gint64 painted;

  if (traced != NULL)
    g_hash_table_remove_all (traced);
  func (data);
  gtk_widget_queue_draw (window);
  if (!wait_for_frame (seen))
    {
      row->note = g_strdup_printf ("n/a (no frame within %u s)", timeout_s);
      printf ("  %-52s %s\n", row->action, row->note);
      return;
    }
  painted = g_get_monotonic_time ();
  row->done = TRUE;
  row->frame_ms = (painted - start) / 1e3;
  row->cpu_ms = thread_cpu_ms () - cpu;
  row->statements = sam_store_get_statement_count (store) - statements;

  statements = sam_store_get_statement_count (store);
  settle ();
  row->idle_ms = (g_get_monotonic_time () - painted) / 1e3;
  row->idle_statements = sam_store_get_statement_count (store) - statements;

  printf ("  %-52s %10.1f ms %10.1f ms CPU %9" G_GUINT64_FORMAT " statements"
          "   (then %.0f ms, %" G_GUINT64_FORMAT " statements to idle)\n",
          row->action, row->frame_ms, row->cpu_ms, row->statements, row->idle_ms, row->idle_statements);
  print_traced ();
  fflush (stdout);
}

/* Finding widgets */

static gboolean
in_list_row (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = G_OBJECT_TYPE_NAME (w);

      if (GTK_IS_LIST_BOX_ROW (w) || g_str_equal (name, "GtkListItemWidget")
          || g_str_equal (name, "GtkColumnViewRowWidget") || g_str_equal (name, "GtkColumnViewCell"))
        return TRUE;
    }

  return FALSE;
}

static gboolean
inside_type (GtkWidget *widget,
             GType      type)
{
  return gtk_widget_get_ancestor (gtk_widget_get_parent (widget), type) != NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && !in_list_row (widget))
    g_ptr_array_add (found, g_object_ref (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_by_type_name (GtkWidget  *widget,
                   const char *type_name)
{
  GType type = g_type_from_name (type_name);

  if (type == 0)
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type_name (child, type_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The name a widget has in its template, else its type. */
static const char *
widget_name (GtkWidget *widget)
{
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

  return id != NULL ? id : G_OBJECT_TYPE_NAME (widget);
}

static GtkWidget *
visible_page (const char *section)
{
  GtkWidget *page = sam_window_get_section_page (SAM_WINDOW (window), section);

  return page != NULL && gtk_widget_get_mapped (page) ? page : window;
}

/* Actions */

static void
set_section_action (gpointer data)
{
  sam_window_set_section (SAM_WINDOW (window), data);
}

static void
go_to (const char *section)
{
  guint seen = frames_painted;

  if (g_strcmp0 (sam_window_get_section (SAM_WINDOW (window)), section) == 0)
    return;

  sam_window_set_section (SAM_WINDOW (window), section);
  gtk_widget_queue_draw (window);
  wait_for_frame (seen);
  settle ();
}

typedef struct
{
  GtkWidget *widget;
  char      *text;
  guint      index;
} WidgetChange;

static void
set_text_action (gpointer data)
{
  WidgetChange *change = data;

  gtk_editable_set_text (GTK_EDITABLE (change->widget), change->text);
}

static void
set_selected_action (gpointer data)
{
  WidgetChange *change = data;

  gtk_drop_down_set_selected (GTK_DROP_DOWN (change->widget), change->index);
}

static void
set_active_action (gpointer data)
{
  WidgetChange *change = data;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (change->widget), TRUE);
}

typedef struct
{
  const char *name;
  GVariant   *parameter;
  GtkWidget  *target;
  gboolean    ok;
} ActionCall;

static void
activate_action (gpointer data)
{
  ActionCall *call = data;

  call->ok = gtk_widget_activate_action_variant (call->target, call->name, call->parameter);
}

static void
save_action (gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_update (store, data, &error))
    g_printerr ("bench-window: could not save: %s\n", error->message);
}

static void
insert_action (gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_insert (store, data, &error))
    g_printerr ("bench-window: could not add: %s\n", error->message);
}

static void
delete_action (gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_delete (store, data, &error))
    g_printerr ("bench-window: could not delete: %s\n", error->message);
}

static void
click_action (gpointer data)
{
  g_signal_emit_by_name (data, "clicked");
}

/* The benchmarks */

/* One letter typed in every search field under @page, then cleared. */
static void
bench_searches (const char *section,
                GtkWidget  *page,
                const char *view)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  collect (page, GTK_TYPE_SEARCH_ENTRY, entries);
  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *entry = entries->pdata[i];
      g_autofree char *old = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
      WidgetChange type = { entry, g_strconcat (old, "s", NULL), 0 };
      WidgetChange clear = { entry, old, 0 };
      g_autofree char *label = g_strdup_printf ("%s%s: type one letter in %s", section, view, widget_name (entry));
      g_autofree char *label_clear = g_strdup_printf ("%s%s: clear %s again", section, view, widget_name (entry));

      /* Without the entry's delay (150 ms by default) the search runs
       * before the next frame, so the frame shows its cost. */
      gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
      measure (label, set_text_action, &type);
      measure (label_clear, set_text_action, &clear);
      g_free (type.text);
    }
}

static gboolean
is_view_switcher_button (GtkWidget *widget)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwViewSwitcherButton");
}

/* Every drop-down under @page set to another item and back; on the
 * meetings and decisions pages also the toggle buttons that filter (All,
 * Open, Overdue…), not those of view switchers, drop-downs, menus or rows. */
static void
bench_filters (const char *section,
               GtkWidget  *page,
               const char *view)
{
  g_autoptr(GPtrArray) drop_downs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *was_active = NULL;

  collect (page, GTK_TYPE_DROP_DOWN, drop_downs);
  for (guint i = 0; i < drop_downs->len; i++)
    {
      GtkWidget *drop_down = drop_downs->pdata[i];
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down));
      guint old = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));
      WidgetChange change = { drop_down, NULL, old == 0 ? 1 : 0 };
      WidgetChange back = { drop_down, NULL, old };
      g_autofree char *label = g_strdup_printf ("%s%s: choose item %u in %s", section, view,
                                                change.index, widget_name (drop_down));
      g_autofree char *label_back = g_strdup_printf ("%s%s: %s back to item %u", section, view,
                                                     widget_name (drop_down), old);

      if (model == NULL || g_list_model_get_n_items (model) < 2)
        continue;

      measure (label, set_selected_action, &change);
      measure (label_back, set_selected_action, &back);
    }

  if (page == window || (!g_str_equal (section, "decisions") && !g_str_equal (section, "meetings")))
    return;

  collect (page, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = toggles->pdata[i];

      if (is_view_switcher_button (toggle) || inside_type (toggle, GTK_TYPE_DROP_DOWN)
          || inside_type (toggle, GTK_TYPE_MENU_BUTTON) || GTK_IS_CHECK_BUTTON (toggle))
        {
          g_ptr_array_remove_index (toggles, i--);
          continue;
        }
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)))
        {
          if (was_active == NULL)
            was_active = toggle;
          g_ptr_array_remove_index (toggles, i--);
        }
    }

  /* Toggles in a group: activating one deactivates the others; the one
   * that was active (still in the widget tree) comes back at the end. */
  for (guint i = 0; i < toggles->len; i++)
    {
      WidgetChange change = { toggles->pdata[i], NULL, 0 };
      g_autofree char *label = g_strdup_printf ("%s%s: toggle %s", section, view,
                                                widget_name (toggles->pdata[i]));

      measure (label, set_active_action, &change);
    }
  if (was_active != NULL && toggles->len > 0)
    {
      WidgetChange change = { was_active, NULL, 0 };
      g_autofree char *label = g_strdup_printf ("%s%s: toggle %s again", section, view,
                                                widget_name (was_active));

      measure (label, set_active_action, &change);
    }
}

static char *
switcher_label (GtkWidget *button)
{
  char *label = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (button), "label") != NULL)
    g_object_get (button, "label", &label, NULL);

  return label != NULL ? label : g_strdup (widget_name (button));
}

/* Search fields and filters of every section, in each of its views (the
 * decisions page shows decisions and assignments). */
static void
bench_controls (void)
{
  guint before = rows->len;

  for (guint s = 0; s < G_N_ELEMENTS (section_ids); s++)
    {
      const char *section = section_ids[s];
      g_autoptr(GPtrArray) switchers = g_ptr_array_new_with_free_func (g_object_unref);
      GtkWidget *page;
      GtkWidget *first_view = NULL;

      if (only != NULL && !g_str_equal (only, section))
        continue;

      go_to (section);
      page = visible_page (section);
      bench_searches (section, page, "");
      bench_filters (section, page, "");

      if (page == window)
        continue;

      collect (page, g_type_from_name ("AdwViewSwitcherButton") != 0
                     ? g_type_from_name ("AdwViewSwitcherButton") : GTK_TYPE_TOGGLE_BUTTON, switchers);
      for (guint i = 0; i < switchers->len; i++)
        {
          GtkWidget *button = switchers->pdata[i];
          g_autofree char *name = switcher_label (button);
          g_autofree char *view = g_strdup_printf (" (%s)", name);
          g_autofree char *label = g_strdup_printf ("%s: switch to the view %s", section, name);
          WidgetChange change = { button, NULL, 0 };

          if (!is_view_switcher_button (button))
            continue;
          if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
            {
              first_view = first_view != NULL ? first_view : button;
              continue;
            }

          measure (label, set_active_action, &change);
          bench_searches (section, page, view);
          bench_filters (section, page, view);
        }
      if (first_view != NULL && switchers->len > 1)
        {
          WidgetChange change = { first_view, NULL, 0 };
          g_autofree char *name = switcher_label (first_view);
          g_autofree char *label = g_strdup_printf ("%s: switch back to the view %s", section, name);

          measure (label, set_active_action, &change);
        }
    }

  if (rows->len == before)
    not_found ("search fields and filters", NULL);
}

static gint64
find_largest_meeting (guint *n_items)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings (store);
  gint64 best = 0;

  *n_items = 0;
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));
      g_autoptr(GListModel) agenda = sam_store_list_agenda (store, id);
      guint n = g_list_model_get_n_items (agenda);

      if (n > *n_items)
        {
          *n_items = n;
          best = id;
        }
    }

  return best;
}

static void
print_rss (const char *when)
{
  printf ("  RSS %s: %ld MiB\n", when, bench_current_rss_kib () / 1024);
  fflush (stdout);
}

int
main (int    argc,
      char **argv)
{
  int rounds = 10;
  int timeout_option = 600;
  g_autofree char *generator = NULL;
  const GOptionEntry entries[] = {
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Visits of every section for the memory figure (default 10)", "N" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_option, "Seconds to wait for a frame (default 600)", "S" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Of the search fields and filters only those of this section, and nothing after them", "SECTION" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generator,
      "Make DATABASE with this sam-generate first, unless it is current", "PATH" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DATABASE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *home = NULL;
  g_autofree char *database = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(SamAssignment) assignment = NULL;
  gint64 meeting_id;
  gint64 last_item_id = 0;
  guint n_items;
  gint64 start;
  guint64 statements;
  double cpu;
  long rss_first = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || rounds < 1)
    {
      g_printerr ("bench-window: %s\n", error != NULL ? error->message : "give DATABASE");
      return 2;
    }
  timeout_s = (guint)MAX (timeout_option, 1);

  database = g_canonicalize_filename (argv[1], NULL);
  if (!bench_ensure_database (generator, database))
    return 1;

  home = bench_make_home ();
  bench_use_home (home);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  /* The benchmark edits: it works on a copy. */
  copy_path = g_build_filename (home, "bench.db", NULL);
  source = g_file_new_for_path (database);
  copy = g_file_new_for_path (copy_path);
  if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    g_error ("could not copy %s: %s", database, error->message);

  gtk_init ();
  adw_init ();

  store = sam_store_open (copy_path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  if (g_getenv ("BENCH_TRACE_SQL") != NULL)
    {
      traced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      sqlite3_trace_v2 (sam_db_get_handle (sam_store_get_db (store)), SQLITE_TRACE_STMT,
                        trace_cb, NULL);
    }

  rows = g_ptr_array_new ();
  meeting_id = find_largest_meeting (&n_items);
  printf ("window actions on a copy of %s; the largest meeting has %u agenda items\n", database, n_items);
  printf ("  %-52s %13s %14s %20s\n", "action", "to next frame", "main thread", "store");
  fflush (stdout);

  /* The window, from construction to its first frame. */
  {
    Row *row = add_row ("open the window (construction to first frame)");

    statements = sam_store_get_statement_count (store);
    cpu = thread_cpu_ms ();
    start = g_get_monotonic_time ();
    window = GTK_WIDGET (sam_window_new (NULL, store));
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
    gtk_window_present (GTK_WINDOW (window));
    while (!gtk_widget_get_realized (window))
      g_main_context_iteration (NULL, TRUE);
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
    if (frames_painted == 0)
      wait_for_frame (0);
    row->done = TRUE;
    row->frame_ms = (g_get_monotonic_time () - start) / 1e3;
    row->cpu_ms = thread_cpu_ms () - cpu;
    row->statements = sam_store_get_statement_count (store) - statements;
    printf ("  %-52s %10.1f ms %10.1f ms CPU %9" G_GUINT64_FORMAT " statements\n",
            row->action, row->frame_ms, row->cpu_ms, row->statements);
    settle ();
  }

  /* Every section: the first visit, then the second. The window opens on
   * the overview, so its first visit here is a return to it. */
  /* BENCH_MEETING_ONLY=1: only the meeting page's actions, for quick
   * rounds while working on it. */
  for (guint round = 0; round < (g_getenv ("BENCH_MEETING_ONLY") != NULL ? 0 : 2); round++)
    for (guint i = 1; i <= G_N_ELEMENTS (section_ids); i++)
      {
        const char *id = section_ids[i % G_N_ELEMENTS (section_ids)];
        g_autofree char *label = g_strdup_printf ("%s visit of %s", round == 0 ? "first" : "second", id);

        measure (label, set_section_action, (gpointer)id);
        if (round == 0 && i == G_N_ELEMENTS (section_ids))
          rss_first = bench_current_rss_kib ();
      }
  print_rss ("after visiting every section twice");

  if (g_getenv ("BENCH_MEETING_ONLY") == NULL)
    bench_controls ();
  if (only != NULL)
    goto out;

  /* The largest meeting. */
  go_to ("meetings");
  {
    ActionCall call = { "win.open", g_variant_ref_sink (g_variant_new ("(sx)", "meetings", meeting_id)),
                        window, FALSE };
    g_autofree char *label = g_strdup_printf ("open the largest meeting (%u items, win.open)", n_items);

    measure (label, activate_action, &call);
    g_variant_unref (call.parameter);
    if (!call.ok)
      not_found ("  (win.open was not activated)", "n/a (action not found)");
  }
  {
    g_autoptr(GListModel) agenda = sam_store_list_agenda (store, meeting_id);
    guint n = g_list_model_get_n_items (agenda);

    if (n > 0)
      {
        g_autoptr(SamAgendaItem) last = g_list_model_get_item (agenda, n - 1);
        g_autoptr(SamAgendaItem) first = g_list_model_get_item (agenda, MIN (n - 1, 4));

        last_item_id = sam_entity_get_id (SAM_ENTITY (last));
        item = sam_store_load (store, SAM_TYPE_AGENDA_ITEM, sam_entity_get_id (SAM_ENTITY (first)), NULL);
      }
  }
  if (last_item_id > 0)
    {
      ActionCall call = { "win.open-item", g_variant_ref_sink (g_variant_new_int64 (last_item_id)),
                          window, FALSE };

      measure ("open its last item (win.open-item)", activate_action, &call);
      g_variant_unref (call.parameter);
    }

  /* Edits through the store; the cost is what the views do with them. */
  meeting = sam_store_load (store, SAM_TYPE_MEETING, meeting_id, NULL);
  if (meeting != NULL)
    {
      g_autofree char *title = g_strconcat (sam_meeting_get_title (meeting), " (ändrad)", NULL);

      sam_meeting_set_title (meeting, title);
      measure ("edit the meeting's title (store)", save_action, meeting);
    }
  else
    not_found ("edit the meeting's title (store)", NULL);

  if (item != NULL)
    {
      g_autofree char *title = g_strconcat (sam_agenda_item_get_title (item), " (ändrad)", NULL);

      sam_agenda_item_set_title (item, title);
      measure ("edit an agenda item's title (store)", save_action, item);
    }
  else
    not_found ("edit an agenda item's title (store)", NULL);

  {
    g_autoptr(GListModel) decisions = sam_store_list_decisions_by_meeting (store, meeting_id);
    gint64 id = 1;

    if (g_list_model_get_n_items (decisions) > 0)
      {
        g_autoptr(SamEntity) first = g_list_model_get_item (decisions, 0);

        id = sam_entity_get_id (first);
      }
    decision = sam_store_load (store, SAM_TYPE_DECISION, id, NULL);
  }
  if (decision != NULL)
    {
      g_autofree char *text = g_strconcat (sam_decision_get_text (decision), " Ändrat.", NULL);

      sam_decision_set_text (decision, text);
      measure ("edit a decision's text (store)", save_action, decision);
    }
  else
    not_found ("edit a decision's text (store)", NULL);

  assignment = sam_store_load (store, SAM_TYPE_ASSIGNMENT, 1, NULL);
  if (assignment != NULL)
    {
      sam_assignment_set_status (assignment, sam_assignment_get_status (assignment) == SAM_ASSIGNMENT_STATUS_OPEN
                                             ? SAM_ASSIGNMENT_STATUS_DONE : SAM_ASSIGNMENT_STATUS_OPEN);
      measure ("change an assignment's status (store)", save_action, assignment);
    }
  else
    not_found ("change an assignment's status (store)", NULL);

  /* Adding and deleting an agenda item, then deleting one on the meeting
   * page and undoing it with the toast's button. */
  {
    g_autoptr(SamAgendaItem) added = sam_agenda_item_new ();
    g_autoptr(SamAgendaItem) second = sam_agenda_item_new ();
    GtkWidget *meeting_page;
    GtkWidget *undo;

    sam_agenda_item_set_meeting_id (added, meeting_id);
    sam_agenda_item_set_title (added, "Ny punkt från benchmarken");
    measure ("add an agenda item (store)", insert_action, added);
    measure ("delete that agenda item (store)", delete_action, added);

    sam_agenda_item_set_meeting_id (second, meeting_id);
    sam_agenda_item_set_title (second, "Ännu en punkt från benchmarken");
    insert_action (second);
    go_to ("meetings");
    settle ();

    meeting_page = find_by_type_name (window, "SamMeetingPage");
    if (meeting_page != NULL)
      {
        ActionCall call = { "meeting.delete-item",
                            g_variant_ref_sink (g_variant_new_int64 (sam_entity_get_id (SAM_ENTITY (second)))),
                            meeting_page, FALSE };

        measure ("delete an agenda item (meeting.delete-item)", activate_action, &call);
        g_variant_unref (call.parameter);
        if (!call.ok)
          not_found ("  (meeting.delete-item was not activated)", "n/a (action not found)");
      }
    else
      not_found ("delete an agenda item (meeting.delete-item)", "n/a (no SamMeetingPage shown)");

    undo = find_button_with_label (window, "_Undo");
    if (undo == NULL)
      undo = find_button_with_label (window, "Undo");
    if (undo != NULL)
      measure ("undo it (the toast's Undo button)", click_action, undo);
    else
      not_found ("undo it (the toast's Undo button)", "n/a (no Undo button shown)");

    /* Adding an item on the page: the new row, selected, its title in
     * the editor. */
    meeting_page = find_by_type_name (window, "SamMeetingPage");
    if (meeting_page != NULL)
      {
        ActionCall call = { "meeting.add-item", NULL, meeting_page, FALSE };

        measure ("add an agenda item (meeting.add-item)", activate_action, &call);
        if (!call.ok)
          not_found ("  (meeting.add-item was not activated)", "n/a (action not found)");
      }
    else
      not_found ("add an agenda item (meeting.add-item)", "n/a (no SamMeetingPage shown)");
  }

  /* Memory: every section visited, again and again. */
  if (g_getenv ("BENCH_MEETING_ONLY") == NULL)
  {
    g_autoptr(GHashTable) before = g_hash_table_new (NULL, NULL);
    g_autoptr(GHashTable) after = g_hash_table_new (NULL, NULL);
    long rss_visits = 0;

    for (int round = 2; round < rounds; round++)
      {
        for (guint i = 0; i < G_N_ELEMENTS (section_ids); i++)
          go_to (section_ids[(i + 1) % G_N_ELEMENTS (section_ids)]);
        if (round == 2)
          {
            rss_visits = bench_current_rss_kib ();
            count_instances (G_TYPE_OBJECT, before);
          }
      }
    if (rounds > 3)
      {
        count_instances (G_TYPE_OBJECT, after);
        printf ("\nmemory over the last %d rounds of visits alone: %+ld MiB\n", rounds - 3,
                (bench_current_rss_kib () - rss_visits) / 1024);
        if (g_strrstr (g_getenv ("GOBJECT_DEBUG") ?: "", "instance-count") != NULL)
          print_instance_growth (before, after);
      }
  }
  printf ("\nmemory: %ld MiB RSS after visiting every section once, %ld MiB after %d times (%+ld MiB)\n",
          rss_first / 1024, bench_current_rss_kib () / 1024, MAX (rounds, 2),
          (bench_current_rss_kib () - rss_first) / 1024);

out:
  printf ("\n| action | ms to next frame | main-thread CPU ms | statements |\n| --- | ---: | ---: | ---: |\n");
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = rows->pdata[i];

      if (row->done)
        printf ("| %s | %.1f | %.1f | %" G_GUINT64_FORMAT " |\n",
                row->action, row->frame_ms, row->cpu_ms, row->statements);
      else
        printf ("| %s | %s | | |\n", row->action, row->note);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_clear_object (&store);
  bench_remove_tree (home);

  return 0;
}
