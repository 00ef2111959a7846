/* test-undo.c: deleting with undo gives back exactly what was there.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sam-exchange.h"
#include "sam-store-undo.h"
#include "sam-test-util.h"

#define ID(entity) ((gint64)sam_entity_get_id (SAM_ENTITY (entity)))

/* Everything the UI can delete: the sections' delete buttons and the
 * meeting page's rows. A meeting is not deleted from the UI today, but a
 * meeting's deletion takes the most along, so it is tested too. */
static const char * const deletable[] = {
  "meeting", "agenda_item", "decision", "assignment", "attachment", "attendance",
  "person", "municipality", "body", "membership", "plan", "area", "focus_question",
  "focus_year", "activity", "study_trip", "destination", "trip_participant",
  "programme_item",
};

/* A small world in which every reference of the schema is used at least
 * once, so that deleting any row of it has something to take along. */
typedef struct
{
  SamMunicipality *lund;
  SamMunicipality *malmo;
  SamPerson       *anna;
  SamPerson       *bo;
  SamPerson       *cecilia;
  SamPlan         *plan;
  SamArea         *area;
  SamFocusQuestion *question;
  SamActivity     *activity;
  SamBody         *board;
  SamBody         *group;
  SamMeeting      *meeting;
  SamMeeting      *next;
  SamAgendaItem   *item;
  SamAgendaItem   *sub_item;
  SamAgendaItem   *linked_item;
  SamAgendaItem   *proposed;
  SamAttachment   *attachment;
  SamDecision     *decision;
  SamAssignment   *assignment;
  SamStudyTrip    *trip;
} World;

typedef struct
{
  SamTestDb db;
  World     world;
} Fixture;

static gpointer
add (SamStore *store,
     gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);

  return entity;
}

static gpointer
add_new (SamStore   *store,
         GType       type,
         const char *first_property,
         ...)
{
  va_list args;
  GObject *entity;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  return add (store, entity);
}

static void
add_link (SamStore *store,
          GType     type,
          ...)
{
  va_list args;
  GObject *entity;
  const char *first;

  va_start (args, type);
  first = va_arg (args, const char *);
  entity = g_object_new_valist (type, first, args);
  va_end (args);

  g_object_unref (add (store, entity));
}

static void
build_world (SamStore *store,
             World    *w)
{
  g_autoptr(GError) error = NULL;
  static const char pdf_data[] = "%PDF-1.4\n\0binary\xff\xfe bytes\n%%EOF";
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_data, sizeof pdf_data - 1);
  g_autoptr(SamAttachment) empty = NULL;
  gint64 presenters[2];
  gint64 responsible[2];

  w->lund = add_new (store, SAM_TYPE_MUNICIPALITY, "name", "Lund", "short-name", "LU", NULL);
  w->malmo = add_new (store, SAM_TYPE_MUNICIPALITY, "name", "Malmö", NULL);
  w->anna = add_new (store, SAM_TYPE_PERSON, "name", "Anna Andersson", "municipality-id", ID (w->lund),
                     "email", "anna@example.org", NULL);
  w->bo = add_new (store, SAM_TYPE_PERSON, "name", "Bo Berg", "municipality-id", ID (w->malmo), NULL);
  w->cecilia = add_new (store, SAM_TYPE_PERSON, "name", "Cecilia Carlsson",
                        "organization", "Region Skåne", NULL);

  w->plan = add_new (store, SAM_TYPE_PLAN, "title", "Verksamhetsplan 2019–2022", "first-year", 2019,
                     "last-year", 2022, NULL);
  w->area = add_new (store, SAM_TYPE_AREA, "plan-id", ID (w->plan), "title", "Välfärd", NULL);
  add_link (store, SAM_TYPE_AREA, "plan-id", ID (w->plan), "title", "Tillväxt", NULL);
  w->question = add_new (store, SAM_TYPE_FOCUS_QUESTION, "plan-id", ID (w->plan), "area-id", ID (w->area),
                         "title", "Kompetensförsörjning", "long-term-goal", "Fler i arbete", NULL);
  add_link (store, SAM_TYPE_FOCUS_YEAR, "focus-question-id", ID (w->question), "year", 2019,
            "description", "Kartläggning", NULL);
  add_link (store, SAM_TYPE_FOCUS_YEAR, "focus-question-id", ID (w->question), "year", 2020,
            "implementation", "Pilot", NULL);
  responsible[0] = ID (w->lund);
  responsible[1] = ID (w->malmo);
  g_assert_true (sam_store_set_responsible_ids (store, ID (w->question), responsible, 2, &error));
  g_assert_no_error (error);

  w->board = add_new (store, SAM_TYPE_BODY, "name", "Styrelsen", "kind", SAM_BODY_KIND_BOARD, NULL);
  w->group = add_new (store, SAM_TYPE_BODY, "name", "HR-nätverket", "kind", SAM_BODY_KIND_NETWORK,
                      "reports-to-id", ID (w->board), "focus-question-id", ID (w->question),
                      "contact-person-id", ID (w->anna), NULL);
  add_link (store, SAM_TYPE_MEMBERSHIP, "body-id", ID (w->group), "person-id", ID (w->anna),
            "role", SAM_MEMBERSHIP_ROLE_CHAIR, "valid-from", "2019-01-01", NULL);
  add_link (store, SAM_TYPE_MEMBERSHIP, "body-id", ID (w->group), "municipality-id", ID (w->lund), NULL);
  add_link (store, SAM_TYPE_MEMBERSHIP, "body-id", ID (w->board), "person-id", ID (w->bo), NULL);

  w->activity = add_new (store, SAM_TYPE_ACTIVITY, "plan-id", ID (w->plan), "title", "Traineeprogram",
                         "focus-question-id", ID (w->question), "area-id", ID (w->area),
                         "responsible-body-id", ID (w->group), "budget", (gint64)250000, NULL);

  w->meeting = add_new (store, SAM_TYPE_MEETING, "body-id", ID (w->group), "title", "Nätverksmöte",
                        "starts-at", "2019-01-29T09:00", "ends-at", "2019-01-29T12:00",
                        "host-municipality-id", ID (w->lund), "chair-id", ID (w->anna),
                        "secretary-id", ID (w->bo), "sequence", 3, NULL);
  w->next = add_new (store, SAM_TYPE_MEETING, "body-id", ID (w->group), "starts-at", "2019-03-05T09:00",
                     "approves-minutes-of-id", ID (w->meeting), NULL);
  add_link (store, SAM_TYPE_ATTENDANCE, "meeting-id", ID (w->meeting), "person-id", ID (w->anna),
            "present", TRUE, NULL);
  add_link (store, SAM_TYPE_ATTENDANCE, "meeting-id", ID (w->meeting), "person-id", ID (w->bo),
            "role", SAM_ATTENDANCE_ROLE_SECRETARY, NULL);

  w->trip = add_new (store, SAM_TYPE_STUDY_TRIP, "title", "Studieresa 2019", "body-id", ID (w->group),
                     "deciding-meeting-id", ID (w->meeting), NULL);
  add_link (store, SAM_TYPE_DESTINATION, "study-trip-id", ID (w->trip), "city", "Bilbao", NULL);
  add_link (store, SAM_TYPE_DESTINATION, "study-trip-id", ID (w->trip), "city", "Tallinn",
            "chosen", TRUE, NULL);
  add_link (store, SAM_TYPE_TRIP_PARTICIPANT, "study-trip-id", ID (w->trip), "person-id", ID (w->anna), NULL);
  add_link (store, SAM_TYPE_TRIP_PARTICIPANT, "study-trip-id", ID (w->trip), "person-id", ID (w->cecilia), NULL);
  add_link (store, SAM_TYPE_PROGRAMME_ITEM, "study-trip-id", ID (w->trip), "day", "2019-05-06",
            "time", "10:00", "title", "Studiebesök", NULL);

  w->item = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "title", "Kompetens",
                     "duration", 30, "kind", SAM_ITEM_KIND_DECISION, NULL);
  w->sub_item = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "parent-id", ID (w->item),
                         "title", "Kartläggningen", NULL);
  add_link (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "parent-id", ID (w->sub_item),
            "title", "Enkäten", NULL);
  w->linked_item = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "title", "Resan",
                            "focus-question-id", ID (w->question), "activity-id", ID (w->activity),
                            "linked-body-id", ID (w->board), "study-trip-id", ID (w->trip), NULL);
  w->proposed = add_new (store, SAM_TYPE_AGENDA_ITEM, "body-id", ID (w->group), "title", "Förslag",
                         "tentative", TRUE, NULL);
  presenters[0] = ID (w->bo);
  presenters[1] = ID (w->anna);
  g_assert_true (sam_store_set_presenter_ids (store, ID (w->item), presenters, 2, &error));
  g_assert_true (sam_store_set_presenter_ids (store, ID (w->proposed), presenters + 1, 1, &error));
  g_assert_no_error (error);

  w->decision = add_new (store, SAM_TYPE_DECISION, "agenda-item-id", ID (w->item), "text", "Godkändes",
                         NULL);
  add_link (store, SAM_TYPE_DECISION, "agenda-item-id", ID (w->sub_item), "text", "Lades till handlingarna",
            "outcome", SAM_DECISION_OUTCOME_NOTED, NULL);
  w->assignment = add_new (store, SAM_TYPE_ASSIGNMENT, "agenda-item-id", ID (w->item), "title", "Rapportera",
                           "owner-kind", SAM_OWNER_KIND_PERSON, "owner-person-id", ID (w->anna),
                           "report-meeting-id", ID (w->next), "due-on", "2019-02-10", NULL);
  add_link (store, SAM_TYPE_ASSIGNMENT, "agenda-item-id", ID (w->linked_item), "title", "Boka",
            "owner-kind", SAM_OWNER_KIND_BODY, "owner-body-id", ID (w->group), NULL);
  add_link (store, SAM_TYPE_ASSIGNMENT, "title", "Svara", "owner-kind", SAM_OWNER_KIND_MUNICIPALITY,
            "owner-municipality-id", ID (w->malmo), NULL);

  w->attachment = sam_attachment_new ();
  g_object_set (w->attachment, "meeting-id", ID (w->meeting), "agenda-item-id", ID (w->item),
                "title", "Underlag", "file-name", "underlag.pdf", "media-type", "application/pdf", NULL);
  g_assert_true (sam_store_set_attachment_data (store, w->attachment, pdf, &error));
  g_assert_no_error (error);
  empty = g_object_new (SAM_TYPE_ATTACHMENT, "meeting-id", ID (w->meeting), "title", "Inbjudan", NULL);
  add (store, g_object_ref (empty));
}

static void
world_clear (World *w)
{
  GObject **fields = (GObject **)w;

  for (guint i = 0; i < sizeof *w / sizeof (GObject *); i++)
    g_clear_object (&fields[i]);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  sam_test_db_setup (&fixture->db, data);
  build_world (fixture->db.store, &fixture->world);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  world_clear (&fixture->world);
  sam_test_db_teardown (&fixture->db, data);
}

static char *
dump (SamStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = sam_store_dump_rows (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

static GArray *
ids_of (SamStore   *store,
        const char *table)
{
  GType type = sam_store_type_for_table (table);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = dump (store);
  g_autofree char *header = g_strdup_printf ("[%s]\n", table);
  const char *p;

  g_assert_true (type != G_TYPE_INVALID);

  /* The dump lists the rows of each table by id, "id=i<n>" first. */
  p = strstr (text, header);
  g_assert_nonnull (p);
  p += strlen (header);
  while (g_str_has_prefix (p, "id=i"))
    {
      gint64 id = g_ascii_strtoll (p + 4, NULL, 10);

      g_array_append_val (ids, id);
      p = strchr (p, '\n');
      g_assert_nonnull (p);
      p++;
    }

  return g_steal_pointer (&ids);
}

/* Deletes the row and undoes it, and checks that every table is as it
 * was. Returns what the deletion took, for the caller to look at. */
static SamDeletion *
delete_and_undo (SamStore   *store,
                 GType       type,
                 gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamEntity) entity = sam_store_load (store, type, id, &error);
  g_autoptr(SamEntity) back = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  before = dump (store);

  deletion = sam_store_delete_with_undo (store, entity, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_true (sam_deletion_get_entity_type (deletion) == type);
  g_assert_cmpint (sam_deletion_get_id (deletion), ==, id);
  g_assert_cmpstr (sam_deletion_get_uuid (deletion), ==, sam_entity_get_uuid (entity));
  g_assert_cmpuint (sam_deletion_get_n_rows (deletion), >=, 1);

  during = dump (store);
  g_assert_cmpstr (during, !=, before);
  g_assert_null (sam_store_load (store, type, id, NULL));

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  g_assert_true (sam_deletion_get_undone (deletion));
  g_assert_cmpint (sam_deletion_get_id (deletion), ==, id);

  after = dump (store);
  g_assert_cmpstr (after, ==, before);

  back = sam_store_load_by_uuid (store, type, sam_entity_get_uuid (entity), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_entity_get_id (back), ==, id);

  return g_steal_pointer (&deletion);
}

/* Every row of every table the UI deletes from, one at a time. */
static void
test_every_row (Fixture       *fixture,
                gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  const GType *types;
  guint n_types;

  /* Every kind of thing the store keeps can be deleted and brought back:
   * a new entity type must be added to the list (and to the world). */
  types = sam_store_get_entity_types (&n_types);
  g_assert_cmpuint (n_types, ==, G_N_ELEMENTS (deletable));
  for (guint i = 0; i < n_types; i++)
    {
      const char *table = sam_entity_class_get_table (g_type_class_peek (types[i]));

      g_assert_true (g_strv_contains (deletable, table));
    }

  for (guint i = 0; i < G_N_ELEMENTS (deletable); i++)
    {
      g_autoptr(GArray) ids = ids_of (store, deletable[i]);
      GType type = sam_store_type_for_table (deletable[i]);

      g_test_message ("%s: %u rows", deletable[i], ids->len);
      g_assert_cmpuint (ids->len, >, 0);

      for (guint j = 0; j < ids->len; j++)
        g_object_unref (delete_and_undo (store, type, g_array_index (ids, gint64, j)));
    }
}

/* What each kind of deletion takes along, as the schema says. */
static void
test_what_goes (Fixture       *fixture,
                gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(SamDeletion) meeting = NULL;
  g_autoptr(SamDeletion) item = NULL;
  g_autoptr(SamDeletion) person = NULL;
  g_autoptr(SamDeletion) municipality = NULL;
  g_autoptr(SamDeletion) plan = NULL;
  g_autoptr(SamDeletion) body = NULL;
  g_autoptr(SamDeletion) trip = NULL;
  g_autoptr(SamDeletion) area = NULL;

  meeting = delete_and_undo (store, SAM_TYPE_MEETING, ID (w->meeting));
  g_assert_cmpstr (sam_deletion_get_title (meeting), ==, "Nätverksmöte");
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "agenda_item"), ==, 4);
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "agenda_item_presenter"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "decision"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "assignment"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "attachment"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (meeting, "attendance"), ==, 2);
  /* The next meeting's approval, the trip's deciding meeting. */
  g_assert_cmpuint (sam_deletion_get_n_links (meeting), ==, 2);

  item = delete_and_undo (store, SAM_TYPE_AGENDA_ITEM, ID (w->item));
  g_assert_cmpuint (sam_deletion_count_rows (item, "agenda_item"), ==, 3);
  g_assert_cmpuint (sam_deletion_count_rows (item, "decision"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (item, "assignment"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (item, "agenda_item_presenter"), ==, 2);
  g_assert_cmpuint (sam_deletion_get_n_links (item), ==, 1); /* the attachment */

  person = delete_and_undo (store, SAM_TYPE_PERSON, ID (w->anna));
  g_assert_cmpuint (sam_deletion_count_rows (person, "membership"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (person, "attendance"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (person, "trip_participant"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (person, "agenda_item_presenter"), ==, 2);
  /* Contact of the group, chair of the meeting, owner of an assignment. */
  g_assert_cmpuint (sam_deletion_get_n_links (person), ==, 3);

  municipality = delete_and_undo (store, SAM_TYPE_MUNICIPALITY, ID (w->lund));
  g_assert_cmpuint (sam_deletion_count_rows (municipality, "focus_question_municipality"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (municipality, "membership"), ==, 1);
  g_assert_cmpuint (sam_deletion_get_n_links (municipality), ==, 2); /* Anna, the host */

  plan = delete_and_undo (store, SAM_TYPE_PLAN, ID (w->plan));
  g_assert_cmpuint (sam_deletion_count_rows (plan, "area"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (plan, "focus_question"), ==, 1);
  g_assert_cmpuint (sam_deletion_count_rows (plan, "focus_year"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (plan, "focus_question_municipality"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (plan, "activity"), ==, 1);
  /* The group's focus question, the item's focus question and activity. */
  g_assert_cmpuint (sam_deletion_get_n_links (plan), ==, 3);

  area = delete_and_undo (store, SAM_TYPE_AREA, ID (w->area));
  g_assert_cmpuint (sam_deletion_get_n_rows (area), ==, 1);
  g_assert_cmpuint (sam_deletion_get_n_links (area), ==, 2);

  body = delete_and_undo (store, SAM_TYPE_BODY, ID (w->board));
  g_assert_cmpuint (sam_deletion_count_rows (body, "membership"), ==, 1);
  g_assert_cmpuint (sam_deletion_get_n_links (body), ==, 2); /* reports to, linked item */

  trip = delete_and_undo (store, SAM_TYPE_STUDY_TRIP, ID (w->trip));
  g_assert_cmpuint (sam_deletion_count_rows (trip, "destination"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (trip, "trip_participant"), ==, 2);
  g_assert_cmpuint (sam_deletion_count_rows (trip, "programme_item"), ==, 1);
  g_assert_cmpuint (sam_deletion_get_n_links (trip), ==, 1);
}

/* The references the deletion cleared point at the row again. */
static void
test_references_relinked (Fixture       *fixture,
                          gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamBody) group = NULL;
  g_autoptr(SamAssignment) assignment = NULL;
  g_autoptr(GArray) presenters = NULL;

  deletion = sam_store_delete_with_undo (store, w->anna, &error);
  g_assert_no_error (error);

  meeting = sam_store_load (store, SAM_TYPE_MEETING, ID (w->meeting), &error);
  g_assert_cmpint (sam_meeting_get_chair_id (meeting), ==, 0);
  g_clear_object (&meeting);
  presenters = sam_store_get_presenter_ids (store, ID (w->item));
  g_assert_cmpuint (presenters->len, ==, 1);
  g_clear_pointer (&presenters, g_array_unref);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);

  meeting = sam_store_load (store, SAM_TYPE_MEETING, ID (w->meeting), &error);
  g_assert_cmpint (sam_meeting_get_chair_id (meeting), ==, ID (w->anna));
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (meeting)), ==,
                   sam_entity_get_updated_at (SAM_ENTITY (w->meeting)));
  group = sam_store_load (store, SAM_TYPE_BODY, ID (w->group), &error);
  g_assert_cmpint (sam_body_get_contact_person_id (group), ==, ID (w->anna));
  assignment = sam_store_load (store, SAM_TYPE_ASSIGNMENT, ID (w->assignment), &error);
  g_assert_cmpint (sam_assignment_get_owner_person_id (assignment), ==, ID (w->anna));
  presenters = sam_store_get_presenter_ids (store, ID (w->item));
  g_assert_cmpuint (presenters->len, ==, 2);
  g_assert_cmpint (g_array_index (presenters, gint64, 0), ==, ID (w->bo));
  g_assert_cmpint (g_array_index (presenters, gint64, 1), ==, ID (w->anna));
  g_assert_no_error (error);

  /* Once only. */
  g_assert_false (sam_store_undo_deletion (store, deletion, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
}

/* The objects on screen follow a deletion and its Undo without being read
 * again: the references it cleared are announced row by row, and the rows
 * it did not touch are known to be as they were. */
static void
test_live_objects (Fixture       *fixture,
                   gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(SamPerson) bo = NULL;
  guint64 before;

  deletion = sam_store_delete_with_undo (store, w->anna, &error);
  g_assert_no_error (error);

  /* The live meeting and group show the cleared chair and contact. */
  g_assert_cmpint (sam_meeting_get_chair_id (w->meeting), ==, 0);
  g_assert_cmpint (sam_body_get_contact_person_id (w->group), ==, 0);

  /* Someone the deletion did not touch is there without a statement. */
  before = sam_store_get_statement_count (store);
  bo = sam_store_load (store, SAM_TYPE_PERSON, ID (w->bo), &error);
  g_assert_no_error (error);
  g_assert_true (bo == w->bo);
  g_assert_cmpuint (sam_store_get_statement_count (store) - before, ==, 0);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sam_meeting_get_chair_id (w->meeting), ==, ID (w->anna));
  g_assert_cmpint (sam_body_get_contact_person_id (w->group), ==, ID (w->anna));
}

/* The attachment's bytes come back with it. */
static void
test_blob (Fixture       *fixture,
           gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GBytes) before = sam_store_load_attachment_data (store, ID (w->attachment), &error);
  g_autoptr(GBytes) after = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (before), ==, 30);

  deletion = sam_store_delete_with_undo (store, w->attachment, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_deletion_get_title (deletion), ==, "Underlag");
  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);

  after = sam_store_load_attachment_data (store, ID (w->attachment), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (before, after));
}

/* What the user changed between the deletion and Undo stays changed. */
static void
test_changed_since (Fixture       *fixture,
                    gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(SamMeeting) meeting = NULL;

  deletion = sam_store_delete_with_undo (store, w->anna, &error);
  g_assert_no_error (error);

  meeting = sam_store_load (store, SAM_TYPE_MEETING, ID (w->meeting), &error);
  sam_meeting_set_chair_id (meeting, ID (w->cecilia));
  g_assert_true (sam_store_update (store, meeting, &error));
  g_clear_object (&meeting);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);

  meeting = sam_store_load (store, SAM_TYPE_MEETING, ID (w->meeting), &error);
  g_assert_cmpint (sam_meeting_get_chair_id (meeting), ==, ID (w->cecilia));
  g_assert_cmpint (sam_meeting_get_secretary_id (meeting), ==, ID (w->bo));
}

/* A new row took the deleted row's id: the restored row gets another, and
 * what belongs to it follows. */
static void
test_id_taken (Fixture       *fixture,
               gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(SamAgendaItem) newcomer = NULL;
  g_autoptr(SamAgendaItem) back = NULL;
  g_autoptr(SamDecision) decision = NULL;
  g_autoptr(GListModel) decisions = NULL;
  gint64 id;

  /* The last item: a new one would get its id. */
  item = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "title", "Sist", NULL);
  decision = add_new (store, SAM_TYPE_DECISION, "agenda-item-id", ID (item), "text", "Beslut", NULL);
  id = ID (item);

  deletion = sam_store_delete_with_undo (store, item, &error);
  g_assert_no_error (error);
  newcomer = add_new (store, SAM_TYPE_AGENDA_ITEM, "meeting-id", ID (w->meeting), "title", "Ny", NULL);
  g_assert_cmpint (ID (newcomer), ==, id);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sam_deletion_get_id (deletion), !=, id);

  back = sam_store_load_by_uuid (store, SAM_TYPE_AGENDA_ITEM, sam_entity_get_uuid (SAM_ENTITY (item)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ID (back), ==, sam_deletion_get_id (deletion));
  g_assert_cmpstr (sam_agenda_item_get_title (back), ==, "Sist");
  decisions = sam_store_list_decisions_by_item (store, ID (back));
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 1);
  g_clear_object (&newcomer);
  newcomer = sam_store_load (store, SAM_TYPE_AGENDA_ITEM, id, &error);
  g_assert_cmpstr (sam_agenda_item_get_title (newcomer), ==, "Ny");
}

/* What the row belonged to was deleted since: it cannot come back; what it
 * pointed at without belonging to it is left empty. */
static void
test_parent_gone (Fixture       *fixture,
                  gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) decision = NULL;
  g_autoptr(SamDeletion) item = NULL;
  g_autoptr(SamDeletion) assignment = NULL;
  g_autoptr(SamDeletion) person = NULL;
  g_autoptr(SamAssignment) back = NULL;

  decision = sam_store_delete_with_undo (store, w->decision, &error);
  g_assert_no_error (error);
  item = sam_store_delete_with_undo (store, w->item, &error);
  g_assert_no_error (error);

  g_assert_false (sam_store_undo_deletion (store, decision, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sam_deletion_get_undone (decision));

  g_assert_true (sam_store_undo_deletion (store, item, &error));
  g_assert_no_error (error);
  g_assert_true (sam_store_undo_deletion (store, decision, &error));
  g_assert_no_error (error);

  assignment = sam_store_delete_with_undo (store, w->assignment, &error);
  g_assert_no_error (error);
  person = sam_store_delete_with_undo (store, w->anna, &error);
  g_assert_no_error (error);
  g_assert_true (sam_store_undo_deletion (store, assignment, &error));
  g_assert_no_error (error);
  back = sam_store_load (store, SAM_TYPE_ASSIGNMENT, ID (w->assignment), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_assignment_get_owner_person_id (back), ==, 0);
  g_assert_cmpint (sam_assignment_get_report_meeting_id (back), ==, ID (w->next));
}

typedef struct
{
  GPtrArray *tables;
  guint      deletes;
  guint      inserts;
} Changes;

static void
changed_cb (SamStore       *store,
            const char     *table,
            gint64          id,
            SamStoreChange  kind,
            Changes        *changes)
{
  g_ptr_array_add (changes->tables, g_strdup (table));
  if (kind == SAM_STORE_CHANGE_DELETE)
    changes->deletes++;
  else if (kind == SAM_STORE_CHANGE_INSERT)
    changes->inserts++;
}

static gpointer
find_item (GListModel *model,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamEntity) entity = g_list_model_get_item (model, i);

      if (sam_entity_get_id (entity) == id)
        return g_steal_pointer (&entity);
    }

  g_assert_not_reached ();
}

/* Live lists see the rows go and come back. */
static void
test_announced (Fixture       *fixture,
                gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GListModel) agenda = sam_store_list_agenda (store, ID (w->meeting));
  g_autoptr(GListModel) decisions = sam_store_list_decisions_by_meeting (store, ID (w->meeting));
  g_autoptr(GListModel) attachments = sam_store_list_attachments (store, ID (w->meeting));
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  Changes changes = { tables, 0, 0 };
  g_autoptr(SamAttachment) attachment = NULL;
  gulong handler;

  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);

  handler = g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changes);

  deletion = sam_store_delete_with_undo (store, w->item, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 0);
  g_assert_true (g_ptr_array_find_with_equal_func (tables, "decision", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (tables, "attachment", g_str_equal, NULL));
  attachment = find_item (attachments, ID (w->attachment));
  g_assert_cmpint (sam_attachment_get_agenda_item_id (attachment), ==, 0);
  g_clear_object (&attachment);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
  g_assert_cmpuint (changes.inserts, >, 0);
  attachment = find_item (attachments, ID (w->attachment));
  g_assert_cmpint (sam_attachment_get_agenda_item_id (attachment), ==, ID (w->item));

  g_signal_handler_disconnect (store, handler);
}

/* The example dataset: every row of every table the UI deletes from. */
static void
test_example (SamTestDb     *fixture,
              gconstpointer  data)
{
  SamStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;

  g_assert_true (sam_exchange_load_example (store, FALSE, &summary, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (deletable); i++)
    {
      g_autoptr(GArray) ids = ids_of (store, deletable[i]);
      GType type = sam_store_type_for_table (deletable[i]);
      guint step = MAX (ids->len / 8, 1);

      /* The example has no trip participants; the small world has. */
      g_test_message ("%s: %u rows", deletable[i], ids->len);
      if (ids->len == 0)
        continue;

      /* A sample through the table, the first and the last included. */
      for (guint j = 0; j < ids->len; j += step)
        g_object_unref (delete_and_undo (store, type, g_array_index (ids, gint64, j)));
      if ((ids->len - 1) % step != 0)
        g_object_unref (delete_and_undo (store, type, g_array_index (ids, gint64, ids->len - 1)));
    }
}

static gint64
load_id (SamStore   *store,
         GType       type,
         gint64      id,
         const char *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamEntity) entity = sam_store_load (store, type, id, &error);
  gint64 value = 0;

  g_assert_no_error (error);
  g_object_get (entity, property, &value, NULL);

  return value;
}

/* Two records of one person merged: everything that pointed at the one
 * removed points at the one kept, what would be there twice is there
 * once, and Undo gives back exactly what was there. */
static void
test_merge_people (Fixture       *fixture,
                   gconstpointer  data)
{
  SamStore *store = fixture->db.store;
  World *w = &fixture->world;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDeletion) deletion = NULL;
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GArray) presenters = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *user = NULL;
  g_autofree char *anna_uuid = g_strdup (sam_entity_get_uuid (SAM_ENTITY (w->anna)));

  g_assert_true (sam_store_set_user_person (store, anna_uuid, &error));
  g_assert_no_error (error);
  before = dump (store);

  /* Keep Bo, remove Anna. */
  deletion = sam_store_merge_people (store, w->bo, w->anna, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_null (sam_store_load (store, SAM_TYPE_PERSON, ID (w->anna), NULL));

  g_assert_cmpint (load_id (store, SAM_TYPE_BODY, ID (w->group), "contact-person-id"), ==, ID (w->bo));
  g_assert_cmpint (load_id (store, SAM_TYPE_MEETING, ID (w->meeting), "chair-id"), ==, ID (w->bo));
  g_assert_cmpint (load_id (store, SAM_TYPE_ASSIGNMENT, ID (w->assignment), "owner-person-id"), ==,
                   ID (w->bo));

  /* Both were at the meeting: Bo is there once, as he was (secretary). */
  attendance = sam_store_list_attendance (store, ID (w->meeting));
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 1);
  {
    g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, 0);

    g_assert_cmpint (sam_attendance_get_person_id (row), ==, ID (w->bo));
    g_assert_cmpint (sam_attendance_get_role (row), ==, SAM_ATTENDANCE_ROLE_SECRETARY);
  }

  /* Both presented the item: Bo once; Anna's other item is Bo's now. */
  presenters = sam_store_get_presenter_ids (store, ID (w->item));
  g_assert_cmpuint (presenters->len, ==, 1);
  g_assert_cmpint (g_array_index (presenters, gint64, 0), ==, ID (w->bo));
  g_clear_pointer (&presenters, g_array_unref);
  presenters = sam_store_get_presenter_ids (store, ID (w->proposed));
  g_assert_cmpuint (presenters->len, ==, 1);
  g_assert_cmpint (g_array_index (presenters, gint64, 0), ==, ID (w->bo));
  g_clear_pointer (&presenters, g_array_unref);

  user = sam_store_get_user_person (store);
  g_assert_cmpstr (user, ==, sam_entity_get_uuid (SAM_ENTITY (w->bo)));
  g_clear_pointer (&user, g_free);

  /* Merging a record with itself is refused, and changes nothing. */
  g_assert_null (sam_store_merge_people (store, w->bo, w->bo, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (sam_store_undo_deletion (store, deletion, &error));
  g_assert_no_error (error);
  after = dump (store);
  g_assert_cmpstr (after, ==, before);
  user = sam_store_get_user_person (store);
  g_assert_cmpstr (user, ==, anna_uuid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/undo/every-row", Fixture, NULL, fixture_setup, test_every_row, fixture_teardown);
  g_test_add ("/undo/what-goes", Fixture, NULL, fixture_setup, test_what_goes, fixture_teardown);
  g_test_add ("/undo/references-relinked", Fixture, NULL, fixture_setup, test_references_relinked,
              fixture_teardown);
  g_test_add ("/undo/live-objects", Fixture, NULL, fixture_setup, test_live_objects, fixture_teardown);
  g_test_add ("/undo/blob", Fixture, NULL, fixture_setup, test_blob, fixture_teardown);
  g_test_add ("/undo/changed-since", Fixture, NULL, fixture_setup, test_changed_since, fixture_teardown);
  g_test_add ("/undo/id-taken", Fixture, NULL, fixture_setup, test_id_taken, fixture_teardown);
  g_test_add ("/undo/parent-gone", Fixture, NULL, fixture_setup, test_parent_gone, fixture_teardown);
  g_test_add ("/undo/announced", Fixture, NULL, fixture_setup, test_announced, fixture_teardown);
  g_test_add ("/undo/merge-people", Fixture, NULL, fixture_setup, test_merge_people, fixture_teardown);
  g_test_add ("/undo/example", SamTestDb, NULL, sam_test_db_setup, test_example, sam_test_db_teardown);

  return g_test_run ();
}
