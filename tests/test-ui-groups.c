/* test-ui-groups.c: the section "Groups and networks", under Xvfb.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-groups"

#include "config.h"

#include <adwaita.h>

#include "sam-groups-page.h"
#include "sam-date-row.h"
#include "sam-groups-util.h"
#include "sam-time-row.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"

/* Unlike find_mapped_label(), the label's text must equal @text. */
static GtkWidget *
find_exact_label (GtkWidget  *widget,
                  const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_exact_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
exact_label_is_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_exact_label (query->root, query->text) != NULL;
}

static gboolean
wait_for_exact_label (GtkWidget  *root,
                      const char *text)
{
  LabelQuery query = { root, text };

  return wait_for (exact_label_is_shown, &query);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
get_named (GtkWidget  *widget,
           const char *name)
{
  GtkWidget *found = find_named (widget, name);

  g_assert_nonnull (found);

  return found;
}

static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static SamMunicipality *
add_municipality (SamStore   *store,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  SamMunicipality *municipality = sam_municipality_new ();

  sam_municipality_set_name (municipality, name);
  g_assert_true (sam_store_insert (store, municipality, &error));
  g_assert_no_error (error);

  return municipality;
}

static SamPerson *
add_person (SamStore        *store,
            const char      *name,
            SamMunicipality *municipality)
{
  g_autoptr(GError) error = NULL;
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  if (municipality != NULL)
    sam_person_set_municipality_id (person, sam_entity_get_id (SAM_ENTITY (municipality)));
  g_assert_true (sam_store_insert (store, person, &error));
  g_assert_no_error (error);

  return person;
}

static void
add_hosted_meeting (SamStore        *store,
                    SamBody         *body,
                    const char      *starts_at,
                    SamMunicipality *host)
{
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (store, body, starts_at, NULL);
  g_autoptr(GError) error = NULL;

  sam_meeting_set_host_municipality_id (meeting, sam_entity_get_id (SAM_ENTITY (host)));
  g_assert_true (sam_store_update (store, meeting, &error));
  g_assert_no_error (error);
}

typedef struct
{
  SamTestDb        db;
  SamMunicipality *malmo;
  SamMunicipality *lund;
  SamMunicipality *eslov;
  SamPerson       *anna;
  SamBody         *board;
  SamBody         *directors;
  SamBody         *planning;
  SamBody         *network;
  GtkWindow       *window;
  SamGroupsPage   *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  sam_test_db_setup (&fixture->db, data);
  fixture->malmo = add_municipality (fixture->db.store, "Malmö");
  fixture->lund = add_municipality (fixture->db.store, "Lund");
  fixture->eslov = add_municipality (fixture->db.store, "Eslöv");
  fixture->anna = add_person (fixture->db.store, "Anna Andersson", fixture->lund);
  fixture->board = sam_test_add_body (fixture->db.store, "Styrelsen", SAM_BODY_KIND_BOARD);
  fixture->directors = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen",
                                          SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->planning = sam_test_add_body (fixture->db.store, "ÖP-gruppen", SAM_BODY_KIND_WORKING_GROUP);
  fixture->network = sam_test_add_body (fixture->db.store, "HR-chefsnätverket", SAM_BODY_KIND_NETWORK);
}

static void
open_window (Fixture *fixture,
             SamBody *body)
{
  /* The page on its own in a window, as the window's section shows it. */
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  g_autoptr(SamContext) page_context = sam_test_context_new (fixture->db.store, NULL);
  fixture->page = SAM_GROUPS_PAGE (sam_groups_page_new (page_context));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page));

  if (body != NULL)
    sam_groups_page_open (GTK_WIDGET (fixture->page), sam_entity_get_id (SAM_ENTITY (body)));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  settle ();

  g_clear_object (&fixture->malmo);
  g_clear_object (&fixture->lund);
  g_clear_object (&fixture->eslov);
  g_clear_object (&fixture->anna);
  g_clear_object (&fixture->board);
  g_clear_object (&fixture->directors);
  g_clear_object (&fixture->planning);
  g_clear_object (&fixture->network);
  sam_test_db_teardown (&fixture->db, data);
}

static void
test_kind_headers (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page;

  open_window (fixture, NULL);
  page = GTK_WIDGET (fixture->page);

  /* Each body under the heading of its kind. */
  g_assert_true (wait_for_exact_label (page, "Board"));
  g_assert_true (wait_for_exact_label (page, "Director Group"));
  g_assert_true (wait_for_exact_label (page, "Working Groups"));
  g_assert_true (wait_for_exact_label (page, "Networks"));
  g_assert_true (wait_for_exact_label (page, "Styrelsen"));
  g_assert_true (wait_for_exact_label (page, "ÖP-gruppen"));
  g_assert_true (wait_for_exact_label (page, "HR-chefsnätverket"));

  /* No external body: no heading for them. */
  g_assert_null (find_exact_label (page, "External Bodies"));
}

static void
test_year_plan_add (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  GtkWidget *page;
  GtkDropDown *host;
  guint position;

  open_window (fixture, fixture->planning);
  page = GTK_WIDGET (fixture->page);
  g_assert_cmpint (sam_groups_page_get_body_id (fixture->page), ==,
                   sam_entity_get_id (SAM_ENTITY (fixture->planning)));

  /* The form is rows that stay put: a date row and a time row. */
  g_assert_true (SAM_IS_DATE_ROW (get_named (page, "year-plan-date")));
  g_assert_true (SAM_IS_TIME_ROW (get_named (page, "year-plan-time")));
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-date")), "2031-03-08");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-time")), "13.00");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-theme")), "Demografisk analys");
  host = GTK_DROP_DOWN (get_named (page, "year-plan-host"));
  position = sam_groups_choices_find (gtk_drop_down_get_model (host),
                                      sam_entity_get_id (SAM_ENTITY (fixture->lund)));
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (host, position);
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-place")), "Stadshuset");

  /* Enter in the row adds the meeting. */
  g_signal_emit_by_name (get_named (page, "year-plan-date"), "entry-activated");

  meetings = sam_store_list_meetings_by_body (fixture->db.store,
                                              sam_entity_get_id (SAM_ENTITY (fixture->planning)));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (sam_meeting_get_starts_at (meeting), ==, "2031-03-08T13:00");
  g_assert_cmpstr (sam_meeting_get_theme (meeting), ==, "Demografisk analys");
  g_assert_cmpstr (sam_meeting_get_location (meeting), ==, "Stadshuset");
  g_assert_cmpint (sam_meeting_get_host_municipality_id (meeting), ==,
                   sam_entity_get_id (SAM_ENTITY (fixture->lund)));
  g_assert_cmpint (sam_meeting_get_status (meeting), ==, SAM_MEETING_STATUS_PLANNED);

  /* It shows in the year plan of its year, and the row is empty again. */
  g_assert_true (wait_for_exact_label (page, "Demografisk analys"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (page, "year-plan-date"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (page, "year-plan-time"))), ==, "");
  if (g_getenv ("SAM_SHOT_DIR") != NULL)
    {
      GtkWidget *form = get_named (page, "year-plan-form");
      GtkWidget *scrolled = gtk_widget_get_ancestor (form, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      graphene_point_t point;

      for (int width = 1280; width >= 360; width -= 920)
        {
          g_autofree char *name = g_strdup_printf ("year-plan-form-%d", width);

          gtk_window_set_default_size (fixture->window, width, 800);
          spin (300);
          g_assert_true (gtk_widget_compute_point (form, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                   &GRAPHENE_POINT_INIT (0, 0), &point));
          gtk_adjustment_set_value (adjustment, point.y - 240);
          maybe_screenshot (GTK_WIDGET (fixture->window), name);
        }
      gtk_window_set_default_size (fixture->window, 1280, 800);
      spin (300);
    }

  /* A date that is no date is refused and the text stays. */
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-date")), "30 feb");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-theme")), "Kompetens");
  g_signal_emit_by_name (get_named (page, "year-plan-theme"), "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (page, "year-plan-theme"))), ==, "Kompetens");
  g_assert_true (gtk_widget_has_css_class (get_named (page, "year-plan-date"), "error"));
  g_assert_true (wait_for_label (page, "There is no day 30 in February 2031"));

  /* Written the Swedish way, without a year: the year shown. */
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-date")), "9 mars");
  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-time")), "kl. 10.00");
  g_signal_emit_by_name (get_named (page, "year-plan-theme"), "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_false (gtk_widget_has_css_class (get_named (page, "year-plan-date"), "error"));
  {
    g_autoptr(SamMeeting) second = g_list_model_get_item (meetings, 1);
    g_autoptr(SamMeeting) first = g_list_model_get_item (meetings, 0);

    g_assert_true (g_strcmp0 (sam_meeting_get_starts_at (first), "2031-03-09T10:00") == 0
                   || g_strcmp0 (sam_meeting_get_starts_at (second), "2031-03-09T10:00") == 0);
  }
}

static GtkWidget *
first_host_row (GtkWidget *page)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (get_named (page, "host-counts")), 0);

  g_assert_nonnull (row);

  return GTK_WIDGET (row);
}

static void
test_host_counts (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *page;
  GtkDropDown *host;
  GtkWidget *row;

  add_hosted_meeting (fixture->db.store, fixture->planning, "2029-02-01T09:00", fixture->malmo);
  add_hosted_meeting (fixture->db.store, fixture->planning, "2030-02-01T09:00", fixture->malmo);
  add_hosted_meeting (fixture->db.store, fixture->planning, "2030-05-01T09:00", fixture->lund);

  open_window (fixture, fixture->planning);
  page = GTK_WIDGET (fixture->page);

  row = first_host_row (page);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Malmö");
  g_assert_nonnull (find_exact_label (row, "2 meetings"));
  g_assert_true (wait_for_exact_label (page, "Not yet hosted"));
  g_assert_true (wait_for_exact_label (page, "Eslöv"));

  /* Two more hosted by Lund in the year plan: Lund goes first. */
  host = GTK_DROP_DOWN (get_named (page, "year-plan-host"));
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *date = g_strdup_printf ("2031-0%d-10", i + 3);

      gtk_editable_set_text (GTK_EDITABLE (get_named (page, "year-plan-date")), date);
      gtk_drop_down_set_selected (host, sam_groups_choices_find (gtk_drop_down_get_model (host),
                                                                 sam_entity_get_id (SAM_ENTITY (fixture->lund))));
      g_signal_emit_by_name (get_named (page, "year-plan-date"), "entry-activated");
    }

  settle ();
  row = first_host_row (page);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Lund");
  g_assert_true (wait_for_exact_label (row, "3 meetings"));
}

/* An external body meets at its own places: no host counts for it, while
 * a working group has them. */
static void
test_external_no_hosts (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamBody) koss = sam_test_add_body (fixture->db.store, "KoSS", SAM_BODY_KIND_EXTERNAL);
  GtkWidget *page;

  open_window (fixture, fixture->planning);
  page = GTK_WIDGET (fixture->page);
  g_assert_true (wait_for_exact_label (page, "Hosts Over the Years"));

  sam_groups_page_open (page, sam_entity_get_id (SAM_ENTITY (koss)));
  g_assert_true (wait_for_exact_label (page, "Year Plan"));
  g_assert_true (wait_for_no_label (page, "Hosts Over the Years"));
  g_assert_null (find_named (page, "host-counts"));
  g_assert_null (find_exact_label (page, "Not yet hosted"));
}

static void
test_add_member (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(SamMembership) membership = NULL;
  GtkWidget *page;
  GtkDropDown *who;
  guint position;

  open_window (fixture, fixture->directors);
  page = GTK_WIDGET (fixture->page);

  who = GTK_DROP_DOWN (get_named (page, "member-who"));
  /* People are told apart from municipalities by a negated id. */
  position = sam_groups_choices_find (gtk_drop_down_get_model (who),
                                      -sam_entity_get_id (SAM_ENTITY (fixture->anna)));
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (who, position);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (get_named (page, "member-role")), SAM_MEMBERSHIP_ROLE_CHAIR);
  /* The form is rows that stay where they are while a date is typed. */
  {
    GtkWidget *form = get_named (page, "member-form");
    GtkWidget *add = get_named (page, "member-add");
    graphene_point_t before, after;
    int height;

    g_assert_true (wait_for (is_mapped, form));
    settle ();
    height = gtk_widget_get_height (form);
    g_assert_true (gtk_widget_compute_point (add, page, &GRAPHENE_POINT_INIT (0, 0), &before));
    gtk_editable_set_text (GTK_EDITABLE (get_named (page, "member-from")), "2019-01-01");
    gtk_editable_set_text (GTK_EDITABLE (get_named (page, "member-until")), "31 december 2019");
    settle ();
    g_assert_cmpint (gtk_widget_get_height (form), ==, height);
    g_assert_true (gtk_widget_compute_point (add, page, &GRAPHENE_POINT_INIT (0, 0), &after));
    g_assert_cmpfloat (before.x, ==, after.x);
    g_assert_cmpfloat (before.y, ==, after.y);
    gtk_widget_grab_focus (add);
    maybe_screenshot (GTK_WIDGET (fixture->window), "groups-member-form");
  }
  g_signal_emit_by_name (get_named (page, "member-add"), "clicked");

  memberships = sam_store_list_memberships (fixture->db.store,
                                            sam_entity_get_id (SAM_ENTITY (fixture->directors)));
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, 1);
  membership = g_list_model_get_item (memberships, 0);
  g_assert_cmpint (sam_membership_get_person_id (membership), ==, sam_entity_get_id (SAM_ENTITY (fixture->anna)));
  g_assert_cmpint (sam_membership_get_municipality_id (membership), ==,
                   sam_entity_get_id (SAM_ENTITY (fixture->lund)));
  g_assert_cmpint (sam_membership_get_role (membership), ==, SAM_MEMBERSHIP_ROLE_CHAIR);
  g_assert_cmpstr (sam_membership_get_valid_from (membership), ==, "2019-01-01");
  g_assert_cmpstr (sam_membership_get_valid_until (membership), ==, "2019-12-31");

  /* The member shows, and as the chair of 2019. */
  g_assert_true (wait_for_exact_label (get_named (page, "members"), "Anna Andersson, Lund"));
  g_assert_true (wait_for_exact_label (get_named (page, "chairs"), "2019"));
  g_assert_true (wait_for_exact_label (get_named (page, "chairs"), "Anna Andersson (Lund)"));
}

typedef struct
{
  SamStore *store;
  gint64    id;
  const char *name;
} NameQuery;

static gboolean
body_has_name (gpointer data)
{
  NameQuery *query = data;
  g_autoptr(SamBody) body = sam_store_load (query->store, SAM_TYPE_BODY, query->id, NULL);

  return body != NULL && g_strcmp0 (sam_body_get_name (body), query->name) == 0;
}

static void
test_edit_saves (Fixture       *fixture,
                 gconstpointer  data)
{
  NameQuery query = { fixture->db.store, sam_entity_get_id (SAM_ENTITY (fixture->planning)), "Planeringsgruppen" };
  GtkWidget *page;

  open_window (fixture, fixture->planning);
  page = GTK_WIDGET (fixture->page);

  gtk_editable_set_text (GTK_EDITABLE (get_named (page, "body-name")), "Planeringsgruppen");
  /* Saved a moment after typing, without a Save button; the list follows. */
  g_assert_true (wait_for (body_has_name, &query));
  g_assert_true (wait_for_exact_label (page, "Planeringsgruppen"));
}

static void
test_create_and_delete (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamBody) board = NULL;
  gint64 id;

  open_window (fixture, NULL);

  id = sam_groups_page_create_body (fixture->page, SAM_BODY_KIND_EXTERNAL);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sam_groups_page_get_body_id (fixture->page), ==, id);
  g_assert_true (wait_for_exact_label (GTK_WIDGET (fixture->page), "External Bodies"));

  sam_groups_page_delete_body (fixture->page);
  body = sam_store_load (fixture->db.store, SAM_TYPE_BODY, id, NULL);
  g_assert_null (body);
  g_assert_cmpint (sam_groups_page_get_body_id (fixture->page), ==, 0);

  /* A body with meetings is not deleted with a click. */
  g_object_unref (sam_test_add_meeting (fixture->db.store, fixture->board, "2031-03-01T09:00", "Styrelsemöte"));
  sam_groups_page_open (GTK_WIDGET (fixture->page), sam_entity_get_id (SAM_ENTITY (fixture->board)));
  sam_groups_page_delete_body (fixture->page);
  board = sam_store_load (fixture->db.store, SAM_TYPE_BODY, sam_entity_get_id (SAM_ENTITY (fixture->board)), NULL);
  g_assert_nonnull (board);
}

static gpointer
insert (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);

  return entity;
}

static gint64
int_property (SamStore   *store,
              GType       type,
              gint64      id,
              const char *property)
{
  g_autoptr(GObject) entity = sam_store_load (store, type, id, NULL);
  gint64 value = -1;

  g_assert_nonnull (entity);
  g_object_get (entity, property, &value, NULL);

  return value;
}

/* Undo of a deletion points the activities, assignments and agenda items
 * that belonged to the body at it again. */
static void
test_delete_undo_relinks (Fixture       *fixture,
                          gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  gint64 planning_id = sam_entity_get_id (SAM_ENTITY (fixture->planning));
  gint64 directors_id = sam_entity_get_id (SAM_ENTITY (fixture->directors));
  g_autoptr(SamPlan) plan = sam_plan_new ();
  g_autoptr(SamActivity) activity = sam_activity_new ();
  g_autoptr(SamActivity) other = sam_activity_new ();
  g_autoptr(SamAssignment) assignment = sam_assignment_new ();
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(GListModel) items = sam_store_list_items_by_linked_body (store, planning_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamBody) gone = NULL;
  g_autoptr(SamBody) restored = NULL;
  g_autofree char *uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (fixture->planning)));
  AdwToast *toast;
  gint64 restored_id;

  sam_plan_set_title (plan, "Verksamhetsplan 2015");
  insert (store, plan);
  sam_activity_set_plan_id (activity, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_activity_set_title (activity, "Strukturplan");
  sam_activity_set_responsible_body_id (activity, planning_id);
  insert (store, activity);
  sam_activity_set_plan_id (other, sam_entity_get_id (SAM_ENTITY (plan)));
  sam_activity_set_title (other, "Ledarskap");
  sam_activity_set_responsible_body_id (other, directors_id);
  insert (store, other);
  sam_assignment_set_title (assignment, "Ta fram en karta");
  sam_assignment_set_owner_kind (assignment, SAM_OWNER_KIND_BODY);
  sam_assignment_set_owner_body_id (assignment, planning_id);
  insert (store, assignment);
  meeting = sam_test_add_meeting (store, fixture->board, "2015-03-10T13:00", "Styrelsemöte");
  item = sam_test_add_item (store, meeting, NULL, "Rapport från ÖP-gruppen", 15);
  sam_agenda_item_set_linked_body_id (item, planning_id);
  g_assert_true (sam_store_update (store, item, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);

  open_window (fixture, fixture->planning);
  sam_groups_page_delete_body (fixture->page);
  gone = sam_store_load (store, SAM_TYPE_BODY, planning_id, NULL);
  g_assert_null (gone);
  g_assert_cmpint (int_property (store, SAM_TYPE_ACTIVITY, sam_entity_get_id (SAM_ENTITY (activity)),
                                 "responsible-body-id"), ==, 0);
  g_assert_cmpint (int_property (store, SAM_TYPE_ASSIGNMENT, sam_entity_get_id (SAM_ENTITY (assignment)),
                                 "owner-body-id"), ==, 0);
  g_assert_cmpint (int_property (store, SAM_TYPE_AGENDA_ITEM, sam_entity_get_id (SAM_ENTITY (item)),
                                 "linked-body-id"), ==, 0);

  toast = g_object_get_data (G_OBJECT (fixture->page), "sam-undo-toast");
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  settle ();

  restored = sam_store_load_by_uuid (store, SAM_TYPE_BODY, uuid, NULL);
  g_assert_nonnull (restored);
  restored_id = sam_entity_get_id (SAM_ENTITY (restored));
  g_assert_cmpint (restored_id, ==, planning_id);
  g_assert_cmpint (sam_groups_page_get_body_id (fixture->page), ==, restored_id);
  g_assert_cmpint (int_property (store, SAM_TYPE_ACTIVITY, sam_entity_get_id (SAM_ENTITY (activity)),
                                 "responsible-body-id"), ==, restored_id);
  g_assert_cmpint (int_property (store, SAM_TYPE_ACTIVITY, sam_entity_get_id (SAM_ENTITY (other)),
                                 "responsible-body-id"), ==, directors_id);
  g_assert_cmpint (int_property (store, SAM_TYPE_ASSIGNMENT, sam_entity_get_id (SAM_ENTITY (assignment)),
                                 "owner-body-id"), ==, restored_id);
  g_assert_cmpint (int_property (store, SAM_TYPE_AGENDA_ITEM, sam_entity_get_id (SAM_ENTITY (item)),
                                 "linked-body-id"), ==, restored_id);
}

static void
add_membership (SamStore   *store,
                SamBody    *body,
                SamPerson  *person,
                const char *valid_until)
{
  g_autoptr(SamMembership) membership = sam_membership_new ();
  g_autoptr(GError) error = NULL;

  sam_membership_set_body_id (membership, sam_entity_get_id (SAM_ENTITY (body)));
  sam_membership_set_person_id (membership, sam_entity_get_id (SAM_ENTITY (person)));
  sam_membership_set_valid_until (membership, valid_until);
  g_assert_true (sam_store_insert (store, membership, &error));
  g_assert_no_error (error);
}

static char *
choice_labels (GListModel *choices)
{
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    g_string_append_printf (labels, "%s%s", i > 0 ? "|" : "",
                            gtk_string_list_get_string (GTK_STRING_LIST (choices), i));

  return g_string_free (labels, FALSE);
}

typedef struct
{
  SamStore *store;
  gint64    body_id;
  gint64    person_id;
} ContactQuery;

static gboolean
body_has_contact (gpointer data)
{
  ContactQuery *query = data;
  g_autoptr(SamBody) body = sam_store_load (query->store, SAM_TYPE_BODY, query->body_id, NULL);

  return body != NULL && sam_body_get_contact_person_id (body) == query->person_id;
}

/* The contact in the director group is chosen among the people who are or
 * were in a director group; the current contact stays offered although
 * they are not. */
static void
test_contact_choices (Fixture       *fixture,
                      gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  g_autoptr(SamPerson) bo = add_person (store, "Bo Berg", fixture->malmo);
  g_autoptr(SamPerson) cilla = add_person (store, "Cilla Carlsson", fixture->eslov);
  g_autoptr(SamPerson) dan = add_person (store, "Dan Dahl", fixture->malmo);
  g_autoptr(SamBody) other_directors = sam_test_add_body (store, "Direktörsgruppen 2010",
                                                          SAM_BODY_KIND_DIRECTOR_GROUP);
  ContactQuery query = { store, sam_entity_get_id (SAM_ENTITY (fixture->planning)), 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *labels = NULL;
  AdwComboRow *row;
  GListModel *choices;
  guint position;

  /* Anna was in the director group; Dan is in another one; Bo is in a
   * working group only; Cilla is the contact but in no director group. */
  add_membership (store, fixture->directors, fixture->anna, "2012-12-31");
  add_membership (store, other_directors, dan, NULL);
  add_membership (store, fixture->planning, bo, NULL);
  sam_body_set_contact_person_id (fixture->planning, sam_entity_get_id (SAM_ENTITY (cilla)));
  g_assert_true (sam_store_update (store, fixture->planning, &error));
  g_assert_no_error (error);

  open_window (fixture, fixture->planning);
  row = ADW_COMBO_ROW (get_named (GTK_WIDGET (fixture->page), "body-contact"));
  choices = adw_combo_row_get_model (row);
  labels = choice_labels (choices);
  g_assert_cmpstr (labels, ==, "None|Anna Andersson|Cilla Carlsson|Dan Dahl");
  g_assert_cmpint (sam_groups_choices_get_id (choices, adw_combo_row_get_selected (row)), ==,
                   sam_entity_get_id (SAM_ENTITY (cilla)));

  /* Choosing another saves by id. */
  position = sam_groups_choices_find (choices, sam_entity_get_id (SAM_ENTITY (dan)));
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (row, position);
  query.person_id = sam_entity_get_id (SAM_ENTITY (dan));
  g_assert_true (wait_for (body_has_contact, &query));

  /* And "None" clears it. */
  adw_combo_row_set_selected (row, 0);
  query.person_id = 0;
  g_assert_true (wait_for (body_has_contact, &query));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/groups/kind-headers", Fixture, NULL, fixture_setup, test_kind_headers, fixture_teardown);
  g_test_add ("/ui/groups/year-plan-add", Fixture, NULL, fixture_setup, test_year_plan_add, fixture_teardown);
  g_test_add ("/ui/groups/host-counts", Fixture, NULL, fixture_setup, test_host_counts, fixture_teardown);
  g_test_add ("/ui/groups/external-no-hosts", Fixture, NULL, fixture_setup, test_external_no_hosts,
              fixture_teardown);
  g_test_add ("/ui/groups/add-member", Fixture, NULL, fixture_setup, test_add_member, fixture_teardown);
  g_test_add ("/ui/groups/edit-saves", Fixture, NULL, fixture_setup, test_edit_saves, fixture_teardown);
  g_test_add ("/ui/groups/create-delete", Fixture, NULL, fixture_setup, test_create_and_delete, fixture_teardown);
  g_test_add ("/ui/groups/delete-undo-relinks", Fixture, NULL, fixture_setup, test_delete_undo_relinks, fixture_teardown);
  g_test_add ("/ui/groups/contact-choices", Fixture, NULL, fixture_setup, test_contact_choices, fixture_teardown);

  return g_test_run ();
}
