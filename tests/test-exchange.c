/* test-exchange.c: the XML exchange format, export and import.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sam-exchange.h"
#include "sam-test-util.h"

#define MEETING_2019_01_29 "f1a696db-4522-54e4-b11a-0fab1f16fe0a"
#define MEETING_2018_03_08 "9297fd0d-1fab-51ea-a9ea-cb412bc85ac9"

#define HEADER \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">\n"

#define MALMO \
  "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n" \
  "    <name>Malmö</name>\n" \
  "  </municipality>\n"

static SamStore *
open_other (SamTestDb  *fixture,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  SamStore *store = sam_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static void
load_example (SamStore *store)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_exchange_load_example (store, FALSE, &summary, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
}

static GBytes *
export (SamStore   *store,
        const char *meeting_uuid)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = sam_exchange_export_bytes (store, meeting_uuid, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static SamExchangeSummary *
import_text (SamStore    *store,
             const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return sam_exchange_import_bytes (store, bytes, NULL, NULL, NULL, error);
}

static void
assert_same_counts (SamStore *a,
                    SamStore *b)
{
  const GType *types;
  guint n_types;

  types = sam_store_get_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_test_message ("%s", g_type_name (types[i]));
      g_assert_cmpint (sam_store_count (a, types[i]), ==, sam_store_count (b, types[i]));
    }
}

/* Two records in two databases are the same: every stored field is equal,
 * references compared by the uuid they point at. */
static void
assert_same_entity (SamStore  *store_a,
                    SamEntity *a,
                    SamStore  *store_b,
                    SamEntity *b)
{
  GParamSpec **fields;
  guint n_fields;

  g_assert_cmpstr (sam_entity_get_uuid (a), ==, sam_entity_get_uuid (b));
  g_assert_cmpstr (sam_entity_get_updated_at (a), ==, sam_entity_get_updated_at (b));

  fields = sam_entity_class_get_fields (SAM_ENTITY_GET_CLASS (a), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = fields[i];

      if (pspec->flags & SAM_PARAM_DERIVED)
        continue;

      g_test_message ("field %s", pspec->name);
      if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64 && g_str_has_suffix (pspec->name, "-id"))
        {
          gint64 id_a = sam_entity_get_int64 (a, pspec);
          gint64 id_b = sam_entity_get_int64 (b, pspec);
          g_autofree char *table = NULL;
          GType target;

          g_assert_cmpint (id_a == 0, ==, id_b == 0);
          if (id_a == 0)
            continue;

          /* Where the field is named after its table (body-id), compare
           * the uuids it points at; the byte-identical export covers the
           * others (reports-to-id). */
          table = g_strndup (pspec->name, strlen (pspec->name) - 3);
          g_strdelimit (table, "-", '_');
          target = sam_store_type_for_table (table);
          if (target != G_TYPE_INVALID)
            {
              g_autofree char *uuid_a = sam_store_find_uuid (store_a, target, id_a);
              g_autofree char *uuid_b = sam_store_find_uuid (store_b, target, id_b);

              g_assert_cmpstr (uuid_a, ==, uuid_b);
            }
        }
      else
        {
          g_assert_cmpint (g_param_values_cmp (pspec, sam_entity_peek_value (a, pspec),
                                               sam_entity_peek_value (b, pspec)), ==, 0);
        }
    }
}

static gint64
total_count (SamStore *store)
{
  const GType *types;
  guint n_types;
  gint64 total = 0;

  types = sam_store_get_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    total += sam_store_count (store, types[i]);

  return total;
}

/* The database's contents, as a whole export sees them, to show that a
 * refused import changed nothing. */
static void
assert_unchanged (SamStore *store,
                  GBytes   *before)
{
  g_autoptr(GBytes) after = export (store, NULL);

  g_assert_true (g_bytes_equal (before, after));
}

/* The schema in data/ judged by another validator than the one inside. */
static void
assert_xmllint_valid (SamTestDb *fixture,
                      GBytes    *bytes)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "samverkan-exchange.rng", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "export.xml", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  if (xmllint == NULL || !g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_message ("No xmllint or no schema at %s; skipping the check by xmllint", schema);
      return;
    }

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize)g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL,
                               (char *[]) { xmllint, (char *)"--noout", (char *)"--relaxng", schema, path, NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_nonnull (strstr (err, "validates"));
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_example_loads (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(SamFocusQuestion) housing = NULL;
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(GListModel) trips = NULL;
  g_autoptr(GArray) responsible = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  const char * const titles[] = {
    "Föregående protokoll (11 november 2018)",
    "Den Regionala Utvecklingsstrategin ”Det öppna Skåne 2030”",
    "DUA-överenskommelse inom MLR",
    "Region Skånes erbjudande att redovisa prioriteringar för Skåne",
    "Utkast till ny verksamhetsplan för MLR",
    "Internatresan 5-6 september",
    "Industrinatten 2019",
    "Gemensamt kunskapsunderlag inom transport- och mobilitetsområdet",
    "Verksamhetsberättelse 2018 för MLR",
    "Prel. dagordning för styrelsemötet 1 mars",
    "Dialog med Länsstyrelsen Skåne om anvisningstal",
  };
  const char * const expected_responsible[] = { "Kävlinge", "Malmö", "Staffanstorp", "Vellinge" };
  SamStudyTrip *trip;
  guint shortlisted = 0;
  gint64 trip_id;

  g_assert_true (sam_store_is_empty (fixture->store));
  g_assert_true (sam_exchange_load_example (fixture->store, FALSE, &summary, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 12);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MEETING), ==, 15);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_AGENDA_ITEM), ==, 37);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_DESTINATION), ==, 7);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_MUNICIPALITY), ==, 12);
  g_assert_cmpuint (sam_exchange_summary_get_unchanged (summary, G_TYPE_INVALID), ==, 0);
  g_assert_cmpuint (sam_exchange_summary_get_settings (summary), ==, 3);

  name = sam_store_get_setting (fixture->store, "organization-name");
  g_assert_cmpstr (name, ==, "MalmöLundregionen");

  /* The director group's meeting of 29 January 2019: eleven items in order. */
  meeting = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, MEETING_2019_01_29, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_meeting_get_starts_at (meeting), ==, "2019-01-29T15:00");
  agenda = sam_store_list_agenda (fixture->store, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (sam_agenda_item_get_title (item), ==, titles[i]);
      g_assert_cmpstr (sam_agenda_item_get_number (item), ==, number);
    }

  /* The study trip: seven destinations, three shortlisted. */
  trips = sam_store_list_study_trips (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (trips), ==, 1);
  trip = g_list_model_get_item (trips, 0);
  trip_id = sam_entity_get_id (SAM_ENTITY (trip));
  g_assert_cmpstr (sam_study_trip_get_starts_on (trip), ==, "2019-09-05");
  g_object_unref (trip);
  for (gint64 id = 1; id <= sam_store_count (fixture->store, SAM_TYPE_DESTINATION); id++)
    {
      g_autoptr(SamDestination) destination = sam_store_load (fixture->store, SAM_TYPE_DESTINATION, id, &error);

      g_assert_no_error (error);
      g_assert_cmpint (sam_destination_get_study_trip_id (destination), ==, trip_id);
      if (sam_destination_get_shortlisted (destination))
        shortlisted++;
    }
  g_assert_cmpuint (shortlisted, ==, 3);

  /* "Stimulera ökat bostadsbyggande" and its responsible municipalities. */
  for (gint64 id = 1; id <= sam_store_count (fixture->store, SAM_TYPE_FOCUS_QUESTION); id++)
    {
      g_autoptr(SamFocusQuestion) question = sam_store_load (fixture->store, SAM_TYPE_FOCUS_QUESTION, id, &error);

      g_assert_no_error (error);
      if (g_strcmp0 (sam_focus_question_get_title (question), "Stimulera ökat bostadsbyggande") == 0)
        housing = g_steal_pointer (&question);
    }
  g_assert_nonnull (housing);
  responsible = sam_store_get_responsible_ids (fixture->store, sam_entity_get_id (SAM_ENTITY (housing)));
  g_assert_cmpuint (responsible->len, ==, G_N_ELEMENTS (expected_responsible));
  for (guint i = 0; i < responsible->len; i++)
    {
      g_autoptr(SamMunicipality) municipality = NULL;

      municipality = sam_store_load (fixture->store, SAM_TYPE_MUNICIPALITY,
                                     g_array_index (responsible, gint64, i), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (sam_municipality_get_name (municipality), ==, expected_responsible[i]);
    }

  text = sam_exchange_summary_format (summary);
  g_assert_true (g_str_has_prefix (text, "Imported records: "));
  g_assert_nonnull (strstr (text, "Municipalities: 12 added, 0 updated, 0 unchanged\n"));
}

static void
test_example_validates (void)
{
  g_autoptr(GBytes) example = sam_exchange_get_example ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_exchange_validate (example, &error));
  g_assert_no_error (error);
}

static void
test_example_refuses_non_empty (SamTestDb     *fixture,
                                gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) before = export (fixture->store, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sam_exchange_load_example (fixture->store, FALSE, &summary, &error));
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "merge"));
  g_assert_null (summary);
  assert_unchanged (fixture->store, before);
  g_clear_error (&error);

  /* Merging is allowed, and a second merge adds nothing. */
  g_assert_true (sam_exchange_load_example (fixture->store, TRUE, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_BODY), ==, 12);
  g_clear_pointer (&summary, sam_exchange_summary_free);

  g_assert_true (sam_exchange_load_example (fixture->store, TRUE, &summary, &error));
  g_assert_no_error (error);
  g_assert_false (sam_exchange_summary_has_changes (summary));
}

static void
test_round_trip (SamTestDb     *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(SamMeeting) original = NULL;
  g_autoptr(SamMeeting) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  load_example (fixture->store);
  first = export (fixture->store, NULL);
  g_assert_true (sam_exchange_validate (first, &error));
  g_assert_no_error (error);

  assert_xmllint_valid (fixture, first);

  summary = sam_exchange_import_bytes (other, first, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, G_TYPE_INVALID), ==, total_count (fixture->store));
  assert_same_counts (fixture->store, other);

  /* The copy is the same, down to the bytes of a second export. */
  second = export (other, NULL);
  g_assert_cmpuint (g_bytes_get_size (first), ==, g_bytes_get_size (second));
  g_assert_true (g_bytes_equal (first, second));

  original = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, MEETING_2018_03_08, &error);
  g_assert_no_error (error);
  copy = sam_store_load_by_uuid (other, SAM_TYPE_MEETING, MEETING_2018_03_08, &error);
  g_assert_no_error (error);
  assert_same_entity (fixture->store, SAM_ENTITY (original), other, SAM_ENTITY (copy));
  g_assert_cmpstr (sam_meeting_get_location (original), ==, sam_meeting_get_location (copy));
  g_assert_cmpstr (sam_meeting_get_body_name (copy), ==, sam_meeting_get_body_name (original));
  g_assert_cmpint (sam_meeting_get_status (copy), ==, sam_meeting_get_status (original));
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (copy)), ==, "2019-01-29T17:00:00Z");

  /* The sections the secretary named and the owner written as the minutes
   * name it come across. */
  {
    g_autoptr(SamAgendaItem) item = sam_store_load_by_uuid (other, SAM_TYPE_AGENDA_ITEM,
                                                            "c3da4bca-8bc4-5699-93fe-f6f11086c99c", NULL);
    g_autoptr(SamAssignment) assignment = sam_store_load_by_uuid (other, SAM_TYPE_ASSIGNMENT,
                                                                  "fc367415-59f7-51d7-92d9-c0fd37949cfd", NULL);

    g_assert_nonnull (item);
    g_assert_cmpstr (sam_agenda_item_get_section_title (item), ==, "Diskussions- och beslutspunkt");
    g_assert_nonnull (assignment);
    g_assert_cmpstr (sam_assignment_get_owner_text (assignment), ==, "IUC Syd");
    g_assert_nonnull (strstr ((const char *)g_bytes_get_data (first, NULL),
                              "<section-title>Övriga informationspunkter</section-title>"));
  }

  text = bytes_to_string (first);
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">\n"
                                         "  <setting key=\"organization-name\">MalmöLundregionen</setting>\n"));
  g_assert_true (g_str_has_suffix (text, "  </programme-item>\n</samverkan>\n")
                 || g_str_has_suffix (text, "  </destination>\n</samverkan>\n"));
}

static void
test_import_twice (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  load_example (fixture->store);
  bytes = export (fixture->store, NULL);

  summary = sam_exchange_import_bytes (other, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sam_exchange_summary_has_changes (summary));
  g_clear_pointer (&summary, sam_exchange_summary_free);
  before = export (other, NULL);

  summary = sam_exchange_import_bytes (other, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sam_exchange_summary_has_changes (summary));
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, G_TYPE_INVALID), ==, 0);
  g_assert_cmpuint (sam_exchange_summary_get_updated (summary, G_TYPE_INVALID), ==, 0);
  g_assert_cmpuint (sam_exchange_summary_get_unchanged (summary, G_TYPE_INVALID), ==, total_count (other));
  assert_same_counts (fixture->store, other);
  assert_unchanged (other, before);

  text = sam_exchange_summary_format (summary);
  g_assert_nonnull (strstr (text, "Meetings: 0 added, 0 updated, 15 unchanged\n"));
}

static void
test_newer_wins (SamTestDb     *fixture,
                 gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamMunicipality) malmo = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store, HEADER MALMO "</samverkan>\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_MUNICIPALITY), ==, 1);
  g_clear_pointer (&summary, sam_exchange_summary_free);

  /* Newer in the file: it wins. */
  summary = import_text (fixture->store,
                         HEADER
                         "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2020-02-01T08:00:00Z\">\n"
                         "    <name>Malmö stad</name>\n"
                         "    <short-name>MAL</short-name>\n"
                         "  </municipality>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_updated (summary, SAM_TYPE_MUNICIPALITY), ==, 1);
  g_clear_pointer (&summary, sam_exchange_summary_free);

  malmo = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MUNICIPALITY,
                                  "ab523591-7f97-5901-8ce4-4680e4086e69", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_municipality_get_name (malmo), ==, "Malmö stad");
  g_assert_cmpstr (sam_municipality_get_short_name (malmo), ==, "MAL");
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (malmo)), ==, "2020-02-01T08:00:00Z");
  g_clear_object (&malmo);

  /* Older in the file: the database's version is kept. */
  summary = import_text (fixture->store, HEADER MALMO "</samverkan>\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_updated (summary, SAM_TYPE_MUNICIPALITY), ==, 0);
  g_assert_cmpuint (sam_exchange_summary_get_unchanged (summary, SAM_TYPE_MUNICIPALITY), ==, 1);

  malmo = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MUNICIPALITY,
                                  "ab523591-7f97-5901-8ce4-4680e4086e69", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_municipality_get_name (malmo), ==, "Malmö stad");
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (malmo)), ==, "2020-02-01T08:00:00Z");
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 1);
}

static void
test_same_municipality_other_uuid (SamTestDb     *fixture,
                                   gconstpointer  data)
{
  g_autoptr(SamMunicipality) local = sam_municipality_new ();
  g_autoptr(SamPerson) person = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = HEADER MALMO
                     "  <person uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                     "    <name>Andreas Norbrant</name>\n"
                     "    <municipality ref=\"ab523591-7f97-5901-8ce4-4680e4086e69\"/>\n"
                     "  </person>\n"
                     "</samverkan>\n";

  /* This installation typed in Malmö itself, so it has another uuid. */
  sam_municipality_set_name (local, "Malmö");
  g_assert_true (sam_store_insert (fixture->store, local, &error));
  g_assert_no_error (error);

  summary = import_text (fixture->store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 1);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_MUNICIPALITY), ==, 0);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_PERSON), ==, 1);

  person = sam_store_load_by_uuid (fixture->store, SAM_TYPE_PERSON, "00000000-0000-4000-8000-000000000002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_person_get_municipality_id (person), ==, sam_entity_get_id (SAM_ENTITY (local)));
  g_assert_null (sam_store_load_by_uuid (fixture->store, SAM_TYPE_MUNICIPALITY,
                                         "ab523591-7f97-5901-8ce4-4680e4086e69", NULL));
  g_clear_pointer (&summary, sam_exchange_summary_free);

  summary = import_text (fixture->store, text, &error);
  g_assert_no_error (error);
  g_assert_false (sam_exchange_summary_has_changes (summary));
}

static void
test_text_round_trip (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamPerson) copy = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) refused = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = "Åsa Öberg & \"Söner\" <AB> 'citat' ✓ 👍";
  const char *note = "  Första raden\r\nandra\traden\n\n]]> &amp; slut  ";

  sam_person_set_name (person, name);
  sam_person_set_note (person, note);
  g_assert_true (sam_store_insert (fixture->store, person, &error));
  g_assert_no_error (error);

  first = export (fixture->store, NULL);
  summary = sam_exchange_import_bytes (other, first, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  copy = sam_store_load_by_uuid (other, SAM_TYPE_PERSON, sam_entity_get_uuid (SAM_ENTITY (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_person_get_name (copy), ==, name);
  g_assert_cmpstr (sam_person_get_note (copy), ==, note);
  second = export (other, NULL);
  g_assert_true (g_bytes_equal (first, second));

  /* A control character cannot be written in XML 1.0: the export says so. */
  sam_person_set_note (person, "Bell\a");
  g_assert_true (sam_store_update (fixture->store, person, &error));
  g_assert_no_error (error);
  refused = sam_exchange_export_bytes (fixture->store, NULL, NULL, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "note"));
  g_assert_null (refused);
}

static void
test_settings_fill_in (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *zone = NULL;

  g_assert_true (sam_store_set_setting (fixture->store, "organization-name", "Nordvästra Skåne", &error));
  g_assert_no_error (error);

  load_example (fixture->store);
  name = sam_store_get_setting (fixture->store, "organization-name");
  zone = sam_store_get_setting (fixture->store, "time-zone");
  g_assert_cmpstr (name, ==, "Nordvästra Skåne");
  g_assert_cmpstr (zone, ==, "Europe/Stockholm");
}

static void
test_doctype_refused (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  load_example (fixture->store);
  before = export (fixture->store, NULL);

  summary = import_text (fixture->store,
                         "<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE samverkan>\n"
                         "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\"/>\n",
                         &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_UNSAFE);
  g_assert_true (g_str_has_prefix (error->message, "line 2: "));
  g_assert_null (summary);
  assert_unchanged (fixture->store, before);
}

static void
test_external_entity_refused (SamTestDb     *fixture,
                              gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  load_example (fixture->store);
  before = export (fixture->store, NULL);

  summary = import_text (fixture->store,
                         "<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE samverkan [\n"
                         "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
                         "]>\n"
                         "<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">\n"
                         "  <municipality uuid=\"5e1865a9-a365-5387-be7c-d85ead44d846\" updated=\"2030-01-01T00:00:00Z\">\n"
                         "    <name>&xxe;</name>\n"
                         "  </municipality>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_UNSAFE);
  g_assert_null (summary);
  g_assert_null (strstr (error->message, "root:"));
  assert_unchanged (fixture->store, before);

  after = export (fixture->store, NULL);
  text = bytes_to_string (after);
  g_assert_null (strstr (text, "root:"));
}

static void
test_billion_laughs_refused (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                                          "  <!ENTITY lol \"lol\">\n");
  g_autoptr(GError) error = NULL;
  gint64 start;

  for (int i = 1; i <= 9; i++)
    {
      g_autofree char *previous = i == 1 ? g_strdup ("") : g_strdup_printf ("%d", i - 1);

      g_string_append_printf (text, "  <!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (text, "&lol%s;", previous);
      g_string_append (text, "\">\n");
    }
  g_string_append (text, "]>\n<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"1\">"
                         "<setting key=\"organization-name\">&lol9;</setting></samverkan>\n");

  start = g_get_monotonic_time ();
  summary = import_text (fixture->store, text->str, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_UNSAFE);
  g_assert_null (summary);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_true (sam_store_is_empty (fixture->store));
}

static void
test_missing_uuid (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store,
                         HEADER
                         MALMO
                         "  <municipality updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <name>Lund</name>\n"
                         "  </municipality>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "line 6: element <municipality> lacks the attribute uuid");
  g_assert_null (summary);
  g_assert_true (sam_store_is_empty (fixture->store));
}

static void
test_broken_files (SamTestDb     *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *text;
    int         code;
    const char *message_start;
  } cases[] = {
    /* Truncated. */
    { HEADER MALMO "  <municipality uuid=\"87e12d8e-f151-5eae-a4f2-9273d6c4e9f0\"",
      SAM_EXCHANGE_ERROR_INVALID, "line 6: the file is not well-formed XML" },
    /* Not a Samverkan file. */
    { "<?xml version=\"1.0\"?>\n<html><body/></html>\n",
      SAM_EXCHANGE_ERROR_INVALID, "The file is not a Samverkan export: the root element is <html>" },
    { "<?xml version=\"1.0\"?>\n<samverkan version=\"1\"/>\n",
      SAM_EXCHANGE_ERROR_INVALID, "The file is not a Samverkan export: its root element is not in" },
    { "<?xml version=\"1.0\"?>\n<samverkan xmlns=\"urn:samverkan:exchange:1\" version=\"2\"/>\n",
      SAM_EXCHANGE_ERROR_INVALID, "The file is in version 2 of the exchange format" },
    /* Invalid UTF-8. */
    { HEADER "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n"
      "    <name>Malm\xf6</name>\n  </municipality>\n</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 4: the file is not well-formed XML" },
    /* Not XML at all. */
    { "%PDF-1.7\n", SAM_EXCHANGE_ERROR_INVALID, "line 1: the file is not well-formed XML" },
    /* Valid XML that breaks the schema: a bad date, a missing title. */
    { HEADER "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n"
      "    <name>Malmö</name>\n    <member-from>2019-13-01</member-from>\n  </municipality>\n</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 3: the file does not follow the exchange format" },
    { HEADER "  <plan uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n"
      "    <summary>Utan titel</summary>\n  </plan>\n</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 3: the file does not follow the exchange format" },
    /* A uuid in capitals, an updated time without a zone. */
    { HEADER "  <municipality uuid=\"AB523591-7F97-5901-8CE4-4680E4086E69\" updated=\"2019-01-29T17:00:00Z\">\n"
      "    <name>Malmö</name>\n  </municipality>\n</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 3: element <municipality> has the uuid" },
    { HEADER "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00\">\n"
      "    <name>Malmö</name>\n  </municipality>\n</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 3: element <municipality> has the time" },
    /* The same uuid twice. */
    { HEADER MALMO MALMO "</samverkan>\n",
      SAM_EXCHANGE_ERROR_INVALID, "line 6: the uuid ab523591-7f97-5901-8ce4-4680e4086e69 is given a second time" },
    /* An empty file. */
    { "", SAM_EXCHANGE_ERROR_INVALID, "The file is empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SamExchangeSummary) summary = NULL;
      g_autoptr(GError) error = NULL;

      summary = import_text (fixture->store, cases[i].text, &error);
      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_error (error, SAM_EXCHANGE_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message_start));
      g_assert_null (summary);
      g_assert_true (sam_store_is_empty (fixture->store));
    }
}

static void
test_dangling_reference (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  load_example (fixture->store);
  before = export (fixture->store, NULL);

  /* A new municipality and person come first; the person's meeting refers
   * to a body that exists nowhere, so none of it may stay. */
  summary = import_text (fixture->store,
                         HEADER
                         "  <municipality uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <name>Höganäs</name>\n"
                         "  </municipality>\n"
                         "  <person uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <name>Ny Person</name>\n"
                         "    <municipality ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                         "  </person>\n"
                         "  <meeting uuid=\"00000000-0000-4000-8000-000000000003\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <body ref=\"00000000-0000-4000-8000-0000000000ff\"/>\n"
                         "    <starts-at>2019-05-01</starts-at>\n"
                         "  </meeting>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE);
  g_assert_true (g_str_has_prefix (error->message, "line 11: <body> refers to the <body> "
                                                   "00000000-0000-4000-8000-0000000000ff"));
  g_assert_null (summary);
  assert_unchanged (fixture->store, before);
  g_clear_error (&error);

  /* A reference to a record of the wrong type. */
  summary = import_text (fixture->store,
                         HEADER
                         MALMO
                         "  <person uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <name>Ny Person</name>\n"
                         "  </person>\n"
                         "  <meeting uuid=\"00000000-0000-4000-8000-000000000003\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <body ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                         "    <starts-at>2019-05-01</starts-at>\n"
                         "  </meeting>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_REFERENCE);
  g_assert_true (g_str_has_prefix (error->message, "line 10: <body> should refer to a <body>"));
  assert_unchanged (fixture->store, before);
}

static void
test_meeting_export (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamStore) third = open_other (fixture, "third.db");
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  load_example (fixture->store);
  bytes = export (fixture->store, MEETING_2019_01_29);
  g_assert_true (sam_exchange_validate (bytes, &error));
  g_assert_no_error (error);
  assert_xmllint_valid (fixture, bytes);

  text = bytes_to_string (bytes);
  /* Its eleven items and no other meeting's; the meetings it refers to
   * (the one whose minutes it approves) come without their agendas. */
  g_assert_cmpuint (count_occurrences (text, "<agenda-item uuid="), ==, 11);
  g_assert_null (strstr (text, "<destination uuid="));
  g_assert_null (strstr (text, "<membership uuid="));
  g_assert_nonnull (strstr (text, "<attendance "));
  g_assert_nonnull (strstr (text, "<decision "));
  g_assert_nonnull (strstr (text, "<assignment "));
  g_assert_nonnull (strstr (text, "<name>Fredrik Geijer</name>"));

  /* Into an empty database: the meeting arrives with its people and bodies. */
  summary = sam_exchange_import_bytes (other, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_unchanged (summary, G_TYPE_INVALID), ==, 0);
  g_assert_cmpint (sam_store_count (other, SAM_TYPE_AGENDA_ITEM), ==, 11);
  g_assert_cmpint (sam_store_count (other, SAM_TYPE_PERSON), >, 0);
  g_assert_cmpint (sam_store_count (other, SAM_TYPE_PERSON), <, sam_store_count (fixture->store, SAM_TYPE_PERSON));
  g_assert_cmpint (sam_store_count (other, SAM_TYPE_BODY), >, 0);
  g_assert_cmpint (sam_store_count (other, SAM_TYPE_MEMBERSHIP), ==, 0);
  meeting = sam_store_load_by_uuid (other, SAM_TYPE_MEETING, MEETING_2019_01_29, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_meeting_get_body_name (meeting), ==, "Kommundirektörsgruppen");
  agenda = sam_store_list_agenda (other, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 11);
  g_clear_pointer (&summary, sam_exchange_summary_free);

  /* Exported again from there, it is the same file. */
  again = export (other, MEETING_2019_01_29);
  g_assert_true (g_bytes_equal (bytes, again));

  /* Into a database that has everything: nothing is duplicated. */
  load_example (third);
  summary = sam_exchange_import_bytes (third, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sam_exchange_summary_has_changes (summary));
  assert_same_counts (fixture->store, third);
}

static void
test_meeting_export_unknown (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  load_example (fixture->store);
  bytes = sam_exchange_export_bytes (fixture->store, "00000000-0000-4000-8000-000000000009", NULL, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_FOUND);
  g_assert_null (bytes);
}

static void
test_attachment_data (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(SamAttachment) copy = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GByteArray) content = g_byte_array_new ();
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tampered = NULL;
  char *p;

  /* Every byte value, and enough of them for several encoding chunks. */
  for (guint i = 0; i < 200 * 1024; i++)
    {
      guint8 b = (guint8)((i * 7 + i / 256) & 0xff);

      g_byte_array_append (content, &b, 1);
    }
  original = g_byte_array_free_to_bytes (g_steal_pointer (&content));

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attachment_set_number (attachment, 1);
  sam_attachment_set_title (attachment, "Bilaga 1");
  sam_attachment_set_file_name (attachment, "bilaga-1.pdf");
  sam_attachment_set_media_type (attachment, "application/pdf");
  g_assert_true (sam_store_set_attachment_data (fixture->store, attachment, original, &error));
  g_assert_no_error (error);

  first = export (fixture->store, NULL);
  g_assert_true (sam_exchange_validate (first, &error));
  g_assert_no_error (error);
  assert_xmllint_valid (fixture, first);

  summary = sam_exchange_import_bytes (other, first, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, SAM_TYPE_ATTACHMENT), ==, 1);

  copy = sam_store_load_by_uuid (other, SAM_TYPE_ATTACHMENT,
                                 sam_entity_get_uuid (SAM_ENTITY (attachment)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_attachment_get_size (copy), ==, g_bytes_get_size (original));
  g_assert_cmpstr (sam_attachment_get_sha256 (copy), ==, sam_attachment_get_sha256 (attachment));
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (copy)), ==,
                   sam_entity_get_updated_at (SAM_ENTITY (attachment)));
  loaded = sam_store_load_attachment_data (other, sam_entity_get_id (SAM_ENTITY (copy)), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (original, loaded));

  second = export (other, NULL);
  g_assert_true (g_bytes_equal (first, second));
  g_clear_pointer (&summary, sam_exchange_summary_free);

  /* A damaged attachment is refused: change one base64 letter. */
  text = bytes_to_string (first);
  tampered = g_strdup (text);
  p = strstr (tampered, "<data>") + strlen ("<data>") + 100;
  *p = *p == 'A' ? 'B' : 'A';
  g_clear_object (&other);
  other = open_other (fixture, "tampered.db");
  summary = import_text (other, tampered, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "SHA-256"));
  g_assert_true (sam_store_is_empty (other));
}

static void
test_attachment_too_large (SamTestDb     *fixture,
                           gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  content = g_bytes_new_take (g_malloc0 (SAM_EXCHANGE_MAX_ATTACHMENT_SIZE + 1),
                              SAM_EXCHANGE_MAX_ATTACHMENT_SIZE + 1);
  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attachment_set_title (attachment, "Stor bilaga");
  g_assert_true (sam_store_set_attachment_data (fixture->store, attachment, content, &error));
  g_assert_no_error (error);

  /* Refused when written, since no import could read it. */
  bytes = sam_exchange_export_bytes (fixture->store, NULL, NULL, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "“Stor bilaga”"));
  g_assert_null (bytes);
}

static void
test_forward_references (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamBody) group = NULL;
  g_autoptr(SamAgendaItem) child = NULL;
  g_autoptr(GError) error = NULL;
  gint64 parent_id;

  /* The group reports to a body, and the sub-item belongs to an item, that
   * both come later in the file (records are ordered by uuid). */
  summary = import_text (fixture->store,
                         HEADER
                         "  <body uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <kind>working-group</kind>\n"
                         "    <name>ÖP-gruppen</name>\n"
                         "    <reports-to ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                         "  </body>\n"
                         "  <body uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <kind>director-group</kind>\n"
                         "    <name>Kommundirektörsgruppen</name>\n"
                         "  </body>\n"
                         "  <meeting uuid=\"00000000-0000-4000-8000-000000000003\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <body ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                         "    <starts-at>2019-05-01T09:00</starts-at>\n"
                         "  </meeting>\n"
                         "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000004\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <meeting ref=\"00000000-0000-4000-8000-000000000003\"/>\n"
                         "    <parent ref=\"00000000-0000-4000-8000-000000000005\"/>\n"
                         "    <position>1</position>\n"
                         "    <title>Delpunkt</title>\n"
                         "  </agenda-item>\n"
                         "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000005\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <meeting ref=\"00000000-0000-4000-8000-000000000003\"/>\n"
                         "    <position>1</position>\n"
                         "    <title>Huvudpunkt</title>\n"
                         "  </agenda-item>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_added (summary, G_TYPE_INVALID), ==, 5);

  group = sam_store_load_by_uuid (fixture->store, SAM_TYPE_BODY, "00000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_body_get_reports_to_id (group), ==,
                   sam_store_find_id (fixture->store, SAM_TYPE_BODY, "00000000-0000-4000-8000-000000000002"));
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (group)), ==, "2019-01-29T17:00:00Z");

  child = sam_store_load_by_uuid (fixture->store, SAM_TYPE_AGENDA_ITEM, "00000000-0000-4000-8000-000000000004", &error);
  g_assert_no_error (error);
  parent_id = sam_store_find_id (fixture->store, SAM_TYPE_AGENDA_ITEM, "00000000-0000-4000-8000-000000000005");
  g_assert_cmpint (sam_agenda_item_get_parent_id (child), ==, parent_id);
  g_assert_cmpstr (sam_agenda_item_get_number (child), ==, "1a");
}

static void
test_too_large (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new (HEADER "<setting key=\"organization-name\">");
  int fd;

  /* A sparse file just over the limit costs no disk and is never read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)SAM_EXCHANGE_MAX_SIZE + 1), ==, 0);
  close (fd);

  summary = sam_exchange_import_file (fixture->store, file, NULL, NULL, NULL, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_null (summary);
  g_clear_error (&error);

  /* Elements nested deeper than the XML reader allows. */
  for (int i = 0; i < 1000; i++)
    g_string_append (deep, "<x>");
  summary = import_text (fixture->store, deep->str, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "line 3: "));
  g_assert_true (sam_store_is_empty (fixture->store));
}

static void
test_cancelled (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) example = sam_exchange_get_example ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  summary = sam_exchange_import_bytes (fixture->store, example, NULL, NULL, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (summary);
  g_assert_true (sam_store_is_empty (fixture->store));
}

typedef struct
{
  GMainLoop          *loop;
  SamExchangeSummary *summary;
  GError             *error;
  double              last_fraction;
  guint               n_progress;
  guint               n_changed;
  gboolean            done;
} AsyncState;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_false (state->done);
  g_assert_cmpfloat (fraction, >=, state->last_fraction);
  state->last_fraction = fraction;
  state->n_progress++;
}

static void
changed_cb (SamStore   *store,
            const char *table,
            gint64      id,
            int         kind,
            AsyncState *state)
{
  state->n_changed++;
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->summary = sam_exchange_import_file_finish (SAM_STORE (object), result, &state->error);
  state->done = TRUE;
  g_main_loop_quit (state->loop);
}

static void
test_import_async (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "example.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) example = sam_exchange_get_example ();
  g_autoptr(GError) error = NULL;
  AsyncState state = { 0 };
  gulong handler;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (example, NULL),
                                      (gssize)g_bytes_get_size (example), &error));
  g_assert_no_error (error);

  state.loop = g_main_loop_new (NULL, FALSE);
  handler = g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &state);

  sam_exchange_import_file_async (fixture->store, file, progress_cb, &state, NULL, NULL,
                                  imported_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_nonnull (state.summary);
  g_assert_cmpuint (sam_exchange_summary_get_added (state.summary, SAM_TYPE_MUNICIPALITY), ==, 12);
  g_assert_cmpuint (state.n_progress, >, 0);
  g_assert_cmpfloat (state.last_fraction, ==, 1.0);
  /* The import ran on another connection; the store announced it. */
  g_assert_cmpuint (state.n_changed, >, 0);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 12);

  g_signal_handler_disconnect (fixture->store, handler);
  sam_exchange_summary_free (state.summary);
  g_main_loop_unref (state.loop);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  g_assert_true (sam_exchange_export_file_finish (SAM_STORE (object), result, &state->error));
  g_main_loop_quit (state->loop);
}

static void
test_export_file_async (SamTestDb     *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "export.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  AsyncState state = { 0 };

  load_example (fixture->store);
  expected = export (fixture->store, NULL);

  state.loop = g_main_loop_new (NULL, FALSE);
  sam_exchange_export_file_async (fixture->store, NULL, file, NULL, exported_cb, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_main_loop_unref (state.loop);

  written = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (expected, written));
}

/* Accepted records that would break the app later are refused, by the
 * import and by the store. */

#define BOARD \
  "  <body uuid=\"00000000-0000-4000-8000-0000000000b0\" updated=\"2019-01-29T17:00:00Z\">\n" \
  "    <kind>board</kind>\n" \
  "    <name>Styrelsen</name>\n" \
  "  </body>\n"

static void
assert_refused (SamStore   *store,
                const char *text,
                const char *message_part)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = export (store, NULL);

  summary = import_text (store, text, &error);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_null (summary);
  assert_unchanged (store, before);
}

static void
test_guard_lengths (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_meeting_new ();
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Characters, not bytes: 500 letters å fit, 501 do not. */
  for (guint i = 0; i < SAM_FIELD_MAX_LINE; i++)
    g_string_append (name, "å");
  text = g_strdup_printf (HEADER
                          "  <municipality uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                          "    <name>%s</name>\n"
                          "  </municipality>\n"
                          "</samverkan>\n", name->str);
  summary = import_text (fixture->store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MUNICIPALITY), ==, 1);

  g_string_append (name, "x");
  g_free (text);
  text = g_strdup_printf (HEADER
                          "  <municipality uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                          "    <name>%s</name>\n"
                          "  </municipality>\n"
                          "</samverkan>\n", name->str);
  assert_refused (fixture->store, text, "line 3: ");
  assert_refused (fixture->store, text, "at most 500 characters");

  /* The store refuses it too, from the window or the command line. */
  sam_meeting_set_body_id (meeting, sam_entity_get_id (SAM_ENTITY (body)));
  sam_meeting_set_starts_at (meeting, "2019-03-01T09:00");
  sam_meeting_set_title (meeting, name->str);
  g_assert_false (sam_store_insert (fixture->store, meeting, &error));
  g_assert_error (error, SAM_FIELD_ERROR, SAM_FIELD_ERROR_TOO_LONG);
  g_assert_cmpint (sam_store_count (fixture->store, SAM_TYPE_MEETING), ==, 0);
}

static void
test_guard_shared_uuid (SamTestDb     *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store, HEADER MALMO "</samverkan>\n", &error);
  g_assert_no_error (error);
  g_clear_pointer (&summary, sam_exchange_summary_free);

  /* A person with the municipality's uuid, from a file ... */
  assert_refused (fixture->store,
                  HEADER
                  "  <person uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n"
                  "    <name>Anna Andersson</name>\n"
                  "  </person>\n"
                  "</samverkan>\n",
                  "already belongs to a municipality");

  /* ... or through the store. */
  sam_entity_set_uuid (SAM_ENTITY (person), "ab523591-7f97-5901-8ce4-4680e4086e69");
  sam_person_set_name (person, "Anna Andersson");
  g_assert_false (sam_store_insert (fixture->store, person, &error));
  g_assert_error (error, SAM_STORE_ERROR, SAM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Deleting a row frees its uuid. */
  {
    g_autoptr(SamMunicipality) malmo = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MUNICIPALITY,
                                                               "ab523591-7f97-5901-8ce4-4680e4086e69", &error);

    g_assert_no_error (error);
    g_assert_true (sam_store_delete (fixture->store, malmo, &error));
    g_assert_no_error (error);
    sam_entity_set_id (SAM_ENTITY (person), 0);
    g_assert_true (sam_store_insert (fixture->store, person, &error));
    g_assert_no_error (error);
  }

  /* And the database's own export always imports. */
  load_example (other);
  bytes = export (other, NULL);
  g_clear_object (&other);
  other = open_other (fixture, "third.db");
  summary = sam_exchange_import_bytes (other, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_guard_dates (SamTestDb     *fixture,
                  gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store, HEADER BOARD "</samverkan>\n", &error);
  g_assert_no_error (error);

  assert_refused (fixture->store,
                  HEADER
                  "  <meeting uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                  "    <body ref=\"00000000-0000-4000-8000-0000000000b0\"/>\n"
                  "    <starts-at>2019-02-30T10:00</starts-at>\n"
                  "  </meeting>\n"
                  "</samverkan>\n",
                  "“2019-02-30T10:00” is not a real date");
  assert_refused (fixture->store,
                  HEADER
                  "  <meeting uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                  "    <body ref=\"00000000-0000-4000-8000-0000000000b0\"/>\n"
                  "    <starts-at>2019-02-28T10:00</starts-at>\n"
                  "    <ends-at>2019-02-28T09:00</ends-at>\n"
                  "  </meeting>\n"
                  "</samverkan>\n",
                  "The ends-at comes before the starts-at");
  assert_refused (fixture->store,
                  HEADER
                  "  <study-trip uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                  "    <title>Studieresa</title>\n"
                  "    <starts-on>2019-05-02</starts-on>\n"
                  "    <ends-on>2019-05-01</ends-on>\n"
                  "  </study-trip>\n"
                  "</samverkan>\n",
                  "The ends-on comes before the starts-on");

  /* A date alone for the end stands for the whole day. */
  g_clear_pointer (&summary, sam_exchange_summary_free);
  summary = import_text (fixture->store,
                         HEADER
                         "  <meeting uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <body ref=\"00000000-0000-4000-8000-0000000000b0\"/>\n"
                         "    <starts-at>2019-02-28T10:00</starts-at>\n"
                         "    <ends-at>2019-02-28</ends-at>\n"
                         "  </meeting>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_no_error (error);

  /* The store refuses an end before the start from the window too. */
  meeting = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING,
                                    "00000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  sam_meeting_set_ends_at (meeting, "2019-02-27T12:00");
  g_assert_false (sam_store_update (fixture->store, meeting, &error));
  g_assert_error (error, SAM_FIELD_ERROR, SAM_FIELD_ERROR_ORDER);
}

static void
test_guard_cycles (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamAgendaItem) first = NULL;
  g_autoptr(SamAgendaItem) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *meeting =
    "  <meeting uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
    "    <body ref=\"00000000-0000-4000-8000-0000000000b0\"/>\n"
    "    <starts-at>2019-02-28T10:00</starts-at>\n"
    "  </meeting>\n";
  g_autofree char *own = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *chain = NULL;

  summary = import_text (fixture->store, HEADER BOARD "</samverkan>\n", &error);
  g_assert_no_error (error);

  own = g_strconcat (HEADER, meeting,
                     "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                     "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                     "    <parent ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                     "    <title>Sin egen</title>\n"
                     "  </agenda-item>\n"
                     "</samverkan>\n", NULL);
  assert_refused (fixture->store, own, "cannot be a sub-item of itself");

  pair = g_strconcat (HEADER, meeting,
                      "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                      "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                      "    <parent ref=\"00000000-0000-4000-8000-000000000003\"/>\n"
                      "    <title>Den ena</title>\n"
                      "  </agenda-item>\n"
                      "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000003\" updated=\"2019-01-29T17:00:00Z\">\n"
                      "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                      "    <parent ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                      "    <title>Den andra</title>\n"
                      "  </agenda-item>\n"
                      "</samverkan>\n", NULL);
  assert_refused (fixture->store, pair, "cannot be a sub-item of itself");

  /* A sub-item and its item import; the item cannot then go under its sub-item. */
  chain = g_strconcat (HEADER, meeting,
                       "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                       "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                       "    <title>Huvudpunkt</title>\n"
                       "  </agenda-item>\n"
                       "  <agenda-item uuid=\"00000000-0000-4000-8000-000000000003\" updated=\"2019-01-29T17:00:00Z\">\n"
                       "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                       "    <parent ref=\"00000000-0000-4000-8000-000000000002\"/>\n"
                       "    <title>Delpunkt</title>\n"
                       "  </agenda-item>\n"
                       "</samverkan>\n", NULL);
  g_clear_pointer (&summary, sam_exchange_summary_free);
  summary = import_text (fixture->store, chain, &error);
  g_assert_no_error (error);

  first = sam_store_load_by_uuid (fixture->store, SAM_TYPE_AGENDA_ITEM, "00000000-0000-4000-8000-000000000002", &error);
  second = sam_store_load_by_uuid (fixture->store, SAM_TYPE_AGENDA_ITEM, "00000000-0000-4000-8000-000000000003", &error);
  g_assert_no_error (error);
  g_assert_false (sam_store_place_agenda_item (fixture->store, first,
                                               sam_entity_get_id (SAM_ENTITY (second)), 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  sam_agenda_item_set_parent_id (first, sam_entity_get_id (SAM_ENTITY (second)));
  g_assert_false (sam_store_update (fixture->store, first, &error));
  g_assert_nonnull (strstr (error->message, "cannot be a sub-item of itself"));
}

static void
test_guard_future (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamMunicipality) malmo = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_minutes (now, 30);
  g_autofree char *soon_text = g_date_time_format (soon, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store, HEADER MALMO "</samverkan>\n", &error);
  g_assert_no_error (error);

  assert_refused (fixture->store,
                  HEADER
                  "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"9999-12-31T23:59:59Z\">\n"
                  "    <name>Malmö för evigt</name>\n"
                  "  </municipality>\n"
                  "</samverkan>\n",
                  "lies in the future");

  /* Half an hour ahead is a clock that is a little wrong: it imports, and
   * a local edit after it is still stamped later. */
  text = g_strdup_printf (HEADER
                          "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"%s\">\n"
                          "    <name>Malmö stad</name>\n"
                          "  </municipality>\n"
                          "</samverkan>\n", soon_text);
  g_clear_pointer (&summary, sam_exchange_summary_free);
  summary = import_text (fixture->store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_updated (summary, SAM_TYPE_MUNICIPALITY), ==, 1);

  malmo = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MUNICIPALITY,
                                  "ab523591-7f97-5901-8ce4-4680e4086e69", &error);
  g_assert_no_error (error);
  sam_municipality_set_name (malmo, "Malmö");
  g_assert_true (sam_store_update (fixture->store, malmo, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sam_entity_get_updated_at (SAM_ENTITY (malmo)), >, soon_text);

  /* The same file again does not undo the local edit. */
  g_clear_pointer (&summary, sam_exchange_summary_free);
  summary = import_text (fixture->store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sam_exchange_summary_get_unchanged (summary, SAM_TYPE_MUNICIPALITY), ==, 1);
}

static void
test_guard_empty_data (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(SamAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;

  summary = import_text (fixture->store,
                         HEADER BOARD
                         "  <meeting uuid=\"00000000-0000-4000-8000-000000000001\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <body ref=\"00000000-0000-4000-8000-0000000000b0\"/>\n"
                         "    <starts-at>2019-02-28T10:00</starts-at>\n"
                         "  </meeting>\n"
                         "  <attachment uuid=\"00000000-0000-4000-8000-000000000002\" updated=\"2019-01-29T17:00:00Z\">\n"
                         "    <meeting ref=\"00000000-0000-4000-8000-000000000001\"/>\n"
                         "    <title>Tom bilaga</title>\n"
                         "    <data/>\n"
                         "  </attachment>\n"
                         "</samverkan>\n",
                         &error);
  g_assert_no_error (error);
  attachment = sam_store_load_by_uuid (fixture->store, SAM_TYPE_ATTACHMENT,
                                       "00000000-0000-4000-8000-000000000002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sam_attachment_get_size (attachment), ==, 0);
}

/* Attachments travel in <data> chunks of 768 KiB; a file with one <data>
 * (as older versions wrote) still imports. */
static void
test_attachment_chunks (SamTestDb     *fixture,
                        gconstpointer  data)
{
  g_autoptr(SamStore) other = open_other (fixture, "other.db");
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint8 *content = g_malloc (2 * 1000 * 1000);

  for (guint i = 0; i < 2 * 1000 * 1000; i++)
    content[i] = (guint8)(g_random_int () & 0xff);
  original = g_bytes_new_take (content, 2 * 1000 * 1000);

  sam_attachment_set_meeting_id (attachment, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attachment_set_title (attachment, "Bilaga");
  g_assert_true (sam_store_set_attachment_data (fixture->store, attachment, original, &error));
  g_assert_no_error (error);

  bytes = export (fixture->store, NULL);
  text = bytes_to_string (bytes);
  g_assert_cmpuint (count_occurrences (text, "<data>"), ==, 3);

  summary = sam_exchange_import_bytes (other, bytes, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  loaded = sam_store_load_attachment_data (other, sam_store_find_id (other, SAM_TYPE_ATTACHMENT,
                                                                    sam_entity_get_uuid (SAM_ENTITY (attachment))),
                                           &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (original, loaded));
}

static SamExchangeSummary *
import_timed (SamStore    *store,
              const char  *text,
              gsize        length,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, length);
  gint64 start = g_get_monotonic_time ();
  SamExchangeSummary *summary = sam_exchange_import_bytes (store, bytes, NULL, NULL, NULL, error);

  /* Refused at once, not after the parser has chewed through it all. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);

  return summary;
}

static void
test_reader_limits (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (HEADER "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SamExchangeSummary) summary = NULL;
  g_autofree char *path = NULL;

  /* 200,000 attributes on one element (quadratic in libxml2 2.9). */
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, " a%u=\"\"", i);
  g_string_append (text, "><name>Malmö</name></municipality></samverkan>\n");
  summary = import_timed (fixture->store, text->str, text->len, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "attributes"));
  g_assert_null (summary);
  g_clear_error (&error);

  /* A 20 MB title. */
  g_string_assign (text, HEADER "  <municipality uuid=\"ab523591-7f97-5901-8ce4-4680e4086e69\" updated=\"2019-01-29T17:00:00Z\">\n    <name>");
  for (guint i = 0; i < 20 * 1000 * 1000 / 16; i++)
    g_string_append (text, "Malmö Malmö Mal");
  g_string_append (text, "</name>\n  </municipality>\n</samverkan>\n");
  summary = import_timed (fixture->store, text->str, text->len, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "line 4: "));
  g_assert_null (summary);
  g_clear_error (&error);

  /* 100 MB of space between two records. */
  g_string_assign (text, HEADER MALMO);
  g_string_set_size (text, text->len + 100 * 1000 * 1000);
  memset (text->str + text->len - 100 * 1000 * 1000, ' ', 100 * 1000 * 1000);
  g_string_append (text, "</samverkan>\n");
  summary = import_timed (fixture->store, text->str, text->len, &error);
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_null (summary);
  g_clear_error (&error);
  g_assert_true (sam_store_is_empty (fixture->store));

  /* A device that never ends. */
  path = g_strdup ("/dev/zero");
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      summary = sam_exchange_import_file (fixture->store, file, NULL, NULL, NULL, &error);
      g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_INVALID);
      g_assert_null (summary);
    }
}

/* An export streams into the file, readable by its owner only, and one
 * that fails leaves the previous export as it was. */
static void
test_export_file_kept_on_error (SamTestDb     *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "export.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  load_example (fixture->store);
  g_assert_true (sam_exchange_export_file (fixture->store, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (path, "previous", -1, &error));
  g_assert_false (sam_exchange_export_file (fixture->store, "00000000-0000-4000-8000-00000000dead",
                                            file, NULL, &error));
  g_assert_error (error, SAM_EXCHANGE_ERROR, SAM_EXCHANGE_ERROR_NOT_FOUND);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)

  ADD ("/exchange/example/loads", test_example_loads);
  g_test_add_func ("/exchange/example/validates", test_example_validates);
  ADD ("/exchange/example/refuses-non-empty", test_example_refuses_non_empty);
  ADD ("/exchange/round-trip", test_round_trip);
  ADD ("/exchange/import-twice", test_import_twice);
  ADD ("/exchange/newer-wins", test_newer_wins);
  ADD ("/exchange/settings-fill-in", test_settings_fill_in);
  ADD ("/exchange/same-municipality-other-uuid", test_same_municipality_other_uuid);
  ADD ("/exchange/text-round-trip", test_text_round_trip);
  ADD ("/exchange/hostile/doctype", test_doctype_refused);
  ADD ("/exchange/hostile/external-entity", test_external_entity_refused);
  ADD ("/exchange/hostile/billion-laughs", test_billion_laughs_refused);
  ADD ("/exchange/hostile/too-large", test_too_large);
  ADD ("/exchange/broken/missing-uuid", test_missing_uuid);
  ADD ("/exchange/broken/files", test_broken_files);
  ADD ("/exchange/broken/dangling-reference", test_dangling_reference);
  ADD ("/exchange/meeting/export", test_meeting_export);
  ADD ("/exchange/meeting/unknown", test_meeting_export_unknown);
  ADD ("/exchange/attachment-data", test_attachment_data);
  ADD ("/exchange/attachment-too-large", test_attachment_too_large);
  ADD ("/exchange/forward-references", test_forward_references);
  ADD ("/exchange/cancelled", test_cancelled);
  ADD ("/exchange/async/import", test_import_async);
  ADD ("/exchange/async/export", test_export_file_async);
  ADD ("/exchange/attachment-chunks", test_attachment_chunks);
  ADD ("/exchange/export-file-kept-on-error", test_export_file_kept_on_error);
  ADD ("/exchange/hostile/reader-limits", test_reader_limits);
  ADD ("/exchange/guards/lengths", test_guard_lengths);
  ADD ("/exchange/guards/shared-uuid", test_guard_shared_uuid);
  ADD ("/exchange/guards/dates", test_guard_dates);
  ADD ("/exchange/guards/cycles", test_guard_cycles);
  ADD ("/exchange/guards/future", test_guard_future);
  ADD ("/exchange/guards/empty-data", test_guard_empty_data);

#undef ADD

  return g_test_run ();
}
