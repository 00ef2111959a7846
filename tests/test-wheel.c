/* test-wheel.c: the year at a glance, drawn and hit-tested without a
 * display, on the example data.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <stdlib.h>
#include <cairo-pdf.h>
#include <poppler.h>
#include <string.h>

#include "sam-exchange.h"
#include "sam-test-util.h"
#include "sam-wheel.h"

#define SIZE 800.0

static void
load_example (SamTestDb     *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sam_test_db_setup (fixture, data);
  g_assert_true (sam_exchange_load_example (fixture->store, FALSE, NULL, &error));
  g_assert_no_error (error);
}

static SamMeeting *
find_meeting (SamStore   *store,
              const char *starts_at)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings (store);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_strcmp0 (sam_meeting_get_starts_at (meeting), starts_at) == 0)
        return g_steal_pointer (&meeting);
    }

  return NULL;
}

static void
test_wheel_every_meeting_marked (SamTestDb     *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  g_autoptr(GListModel) meetings = sam_store_list_meetings_by_year (fixture->store, 2019);
  guint found = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), >=, 3);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      for (guint j = 0; j < sam_wheel_get_n_marks (wheel); j++)
        {
          const SamWheelMark *mark = sam_wheel_get_mark (wheel, j);
          double x, y;

          if (mark->kind != SAM_WHEEL_MARK_MEETING || mark->id != sam_entity_get_id (SAM_ENTITY (meeting)))
            continue;

          /* The mark sits at its date's angle, and hit-testing there finds it. */
          g_assert_true (strncmp (mark->date, sam_meeting_get_starts_at (meeting), 10) == 0);
          sam_wheel_get_mark_position (wheel, SIZE, SIZE, j, &x, &y);
          g_assert_cmpint (sam_wheel_hit (wheel, SIZE, SIZE, x, y), >=, 0);
          g_assert_cmpint (sam_wheel_get_mark (wheel, sam_wheel_hit (wheel, SIZE, SIZE, x, y))->day, ==, mark->day);
          found++;
        }
    }

  g_assert_cmpuint (found, ==, g_list_model_get_n_items (meetings));
}

static void
test_wheel_angle_of_a_date (SamTestDb     *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  g_autoptr(SamMeeting) meeting = find_meeting (fixture->store, "2019-01-29T15:00");
  double angle = sam_wheel_angle_for_day (wheel, 28.5);
  double radius, x, y;
  gint64 body_id = 0;
  int index;

  g_assert_nonnull (meeting);

  /* 29 January is day 28 of 365: a little under a twelfth of the way round,
   * clockwise from the top. Walk outwards along that angle until the
   * director group's ring, where the mark must be that meeting. */
  g_assert_cmpfloat_with_epsilon (angle, 2 * G_PI * 28.5 / 365, 1e-9);
  for (radius = 10; radius < SIZE / 2; radius += 0.5)
    {
      x = SIZE / 2 + radius * sin (angle);
      y = SIZE / 2 - radius * cos (angle);
      if (sam_wheel_ring_at (wheel, SIZE, SIZE, x, y, &body_id) >= 0
          && body_id == sam_meeting_get_body_id (meeting))
        break;
    }
  g_assert_cmpint (body_id, ==, sam_meeting_get_body_id (meeting));
  radius += 2;
  x = SIZE / 2 + radius * sin (angle);
  y = SIZE / 2 - radius * cos (angle);

  /* Search the ring's width for the mark. */
  index = -1;
  for (double r = radius; r < radius + 60 && index < 0; r += 1)
    index = sam_wheel_hit (wheel, SIZE, SIZE, SIZE / 2 + r * sin (angle), SIZE / 2 - r * cos (angle));
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (sam_wheel_get_mark (wheel, index)->id, ==, sam_entity_get_id (SAM_ENTITY (meeting)));
  g_assert_cmpint (sam_wheel_get_mark (wheel, index)->kind, ==, SAM_WHEEL_MARK_MEETING);
}

static void
test_wheel_hide_body (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  guint before = sam_wheel_get_n_marks (wheel);
  gint64 hidden;
  guint n_hidden = 0;

  g_assert_cmpuint (sam_wheel_get_n_bodies (wheel), >=, 2);
  hidden = sam_wheel_get_body_id (wheel, 0);
  for (guint i = 0; i < before; i++)
    n_hidden += sam_wheel_get_mark (wheel, i)->body_id == hidden ? 1 : 0;
  g_assert_cmpuint (n_hidden, >, 0);

  sam_wheel_set_body_visible (wheel, hidden, FALSE);
  g_assert_cmpuint (sam_wheel_get_n_marks (wheel), ==, before - n_hidden);
  for (guint i = 0; i < sam_wheel_get_n_marks (wheel); i++)
    g_assert_cmpint (sam_wheel_get_mark (wheel, i)->body_id, !=, hidden);

  sam_wheel_set_body_visible (wheel, hidden, TRUE);
  g_assert_cmpuint (sam_wheel_get_n_marks (wheel), ==, before);
}

static void
test_wheel_date_order (SamTestDb     *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  g_autofree char *first = NULL;

  /* Keyboard users visit the marks in this order: by date. */
  for (guint i = 1; i < sam_wheel_get_n_marks (wheel); i++)
    g_assert_cmpstr (sam_wheel_get_mark (wheel, i - 1)->date, <=, sam_wheel_get_mark (wheel, i)->date);

  /* What a screen reader hears names the date and the thing. */
  {
    static const char * const months[] = { "januari", "februari", "mars", "april", "maj", "juni", "juli",
                                           "augusti", "september", "oktober", "november", "december" };
    const SamWheelMark *mark = sam_wheel_get_mark (wheel, 0);
    int month = atoi (mark->date + 5);

    first = sam_wheel_describe_mark (wheel, 0, "sv");
    g_assert_nonnull (strstr (first, months[month - 1]));
    g_assert_nonnull (strstr (first, mark->title));
  }
}

static void
check_pdf (const char *path,
           const char *language,
           const char *month,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GObject) document = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_autoptr(GObject) page = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_title = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (POPPLER_DOCUMENT (document)), ==, 1);
  page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), 0));
  text = poppler_page_get_text (POPPLER_PAGE (page));
  g_assert_nonnull (strstr (text, month));
  pdf_title = poppler_document_get_title (POPPLER_DOCUMENT (document));
  g_assert_cmpstr (pdf_title, ==, title);
}

static void
test_wheel_pdf (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  g_autofree char *sv = g_build_filename (fixture->dir, "arshjul.pdf", NULL);
  g_autofree char *en = g_build_filename (fixture->dir, "wheel.pdf", NULL);
  g_autofree char *keep = g_test_build_filename (G_TEST_BUILT, "year-2019.pdf", NULL);

  g_assert_true (sam_wheel_write_pdf (wheel, sv, FALSE, "sv", &error));
  g_assert_no_error (error);
  check_pdf (sv, "sv", "september", "Årshjul 2019");

  g_assert_true (sam_wheel_write_pdf (wheel, en, TRUE, "en", &error));
  check_pdf (en, "en", "September", "Year at a glance 2019");

  /* For people to look at, not asserted. */
  sam_wheel_write_pdf (wheel, keep, FALSE, "sv", NULL);
}

/* A wheel drawn by itself onto a PDF page of @size × @size, read back. */
static PopplerPage *
draw_to_pdf (SamWheel   *wheel,
             const char *path,
             double      size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, size, size);
  cairo_t *cr = cairo_create (surface);
  PopplerDocument *document;
  PopplerPage *page;

  sam_wheel_draw (wheel, cr, size, size, "sv", NULL, -1, FALSE);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  g_object_unref (document);

  return page;
}

/* Each ring's name, where it is drawn, lies inside its ring: every corner
 * of every glyph's box is between the ring's inner and outer circle. A
 * name that does not fit is not drawn (the page's legend names it), and
 * the board's short name does fit. */
static void
test_wheel_labels_fit (SamTestDb     *fixture,
                       gconstpointer  data)
{
  static const double sizes[] = { 420.0, SIZE };
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2018, &error);

  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "labels.pdf", NULL);
      g_autoptr(GObject) page = G_OBJECT (draw_to_pdf (wheel, path, sizes[s]));
      g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));
      PopplerRectangle *boxes = NULL;
      guint n_boxes = 0;
      guint n_drawn = 0;

      g_assert_true (poppler_page_get_text_layout (POPPLER_PAGE (page), &boxes, &n_boxes));
      for (guint ring = 0; ring < sam_wheel_get_n_bodies (wheel); ring++)
        {
          const char *name = sam_wheel_get_body_name (wheel, ring);
          const char *found = strstr (text, name);
          double cx, cy, inner, outer;
          glong first;

          if (found == NULL)
            continue;

          n_drawn++;
          sam_wheel_get_ring_bounds (wheel, sizes[s], sizes[s], ring, &cx, &cy, &inner, &outer);
          first = g_utf8_pointer_to_offset (text, found);
          for (glong i = first; i < first + g_utf8_strlen (name, -1) && i < (glong)n_boxes; i++)
            {
              PopplerRectangle *box = &boxes[i];
              double corners[4][2] = { { box->x1, box->y1 }, { box->x2, box->y1 },
                                       { box->x1, box->y2 }, { box->x2, box->y2 } };

              for (guint c = 0; c < 4; c++)
                {
                  double r = hypot (corners[c][0] - cx, corners[c][1] - cy);

                  if (r < inner - 0.5 || r > outer + 0.5)
                    g_error ("At %.0f pt, “%s” leaves its ring (%.1f–%.1f): a corner at %.1f",
                             sizes[s], name, inner, outer, r);
                }
            }
        }
      g_free (boxes);

      g_assert_nonnull (strstr (text, "Styrelsen"));
      g_assert_cmpuint (n_drawn, >=, 1);
    }
}

/* Two meetings a week apart on one ring do not overlap, on the innermost
 * ring of a small wheel too. */
static void
test_wheel_marks_apart (SamTestDb     *fixture,
                        gconstpointer  data)
{
  static const double sizes[] = { 300.0, SIZE };
  g_autoptr(SamBody) group = sam_test_add_body (fixture->store, "Veckogruppen", SAM_BODY_KIND_NETWORK);
  g_autoptr(SamMeeting) first = sam_test_add_meeting (fixture->store, group, "2019-03-05T10:00", "Möte");
  g_autoptr(SamMeeting) second = sam_test_add_meeting (fixture->store, group, "2019-03-12T10:00", "Möte");
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2019, &error);
  guint n_pairs = 0;

  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint i = 0; i < sam_wheel_get_n_marks (wheel); i++)
      for (guint j = i + 1; j < sam_wheel_get_n_marks (wheel); j++)
        {
          const SamWheelMark *a = sam_wheel_get_mark (wheel, i);
          const SamWheelMark *b = sam_wheel_get_mark (wheel, j);
          double ax, ay, bx, by;

          if (a->kind != SAM_WHEEL_MARK_MEETING || b->kind != SAM_WHEEL_MARK_MEETING
              || a->body_id != b->body_id || abs (a->day - b->day) < 7)
            continue;

          sam_wheel_get_mark_position (wheel, sizes[s], sizes[s], i, &ax, &ay);
          sam_wheel_get_mark_position (wheel, sizes[s], sizes[s], j, &bx, &by);
          if (hypot (ax - bx, ay - by) < sam_wheel_get_mark_radius (wheel, sizes[s], sizes[s], i)
                                          + sam_wheel_get_mark_radius (wheel, sizes[s], sizes[s], j))
            g_error ("At %.0f pt, the marks of %s and %s overlap", sizes[s], a->date, b->date);
          if (a->body_id == sam_entity_get_id (SAM_ENTITY (group)))
            n_pairs++;
        }

  g_assert_cmpuint (n_pairs, ==, 2);
}

/* Deadlines on one day are one mark with their count beside it; the
 * legend shows only what the year has. */
static void
test_wheel_count_and_legend (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamWheel) wheel = sam_wheel_new (fixture->store, 2018, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "count.pdf", NULL);
  g_autofree char *page_path = g_build_filename (fixture->dir, "legend.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (page_path, NULL, NULL);
  g_autoptr(GObject) page = NULL;
  g_autoptr(GObject) document = NULL;
  g_autoptr(GObject) legend_page = NULL;
  g_autoptr(GRegex) lone_count = g_regex_new ("(^|\\s)2(\\s|$)", 0, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *legend = NULL;
  guint n_trips = 0, n_deadlines = 0;
  gboolean same_day = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < sam_wheel_get_n_marks (wheel); i++)
    {
      const SamWheelMark *mark = sam_wheel_get_mark (wheel, i);

      n_trips += mark->kind == SAM_WHEEL_MARK_TRIP;
      n_deadlines += mark->kind == SAM_WHEEL_MARK_DEADLINE;
      if (i > 0 && mark->kind == SAM_WHEEL_MARK_DEADLINE
          && sam_wheel_get_mark (wheel, i - 1)->kind == SAM_WHEEL_MARK_DEADLINE
          && sam_wheel_get_mark (wheel, i - 1)->day == mark->day)
        same_day = TRUE;
    }
  /* The example's 2018 has two assignments due on one day, and no trip. */
  g_assert_true (same_day);
  g_assert_cmpuint (n_trips, ==, 0);

  page = G_OBJECT (draw_to_pdf (wheel, path, SIZE));
  text = poppler_page_get_text (POPPLER_PAGE (page));
  g_assert_true (g_regex_match (lone_count, text, 0, NULL));

  g_assert_true (sam_wheel_write_pdf (wheel, page_path, FALSE, "sv", &error));
  g_assert_no_error (error);
  document = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  legend_page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), 0));
  legend = poppler_page_get_text (POPPLER_PAGE (legend_page));
  g_assert_nonnull (strstr (legend, "Kommundirektörsgruppen"));
  g_assert_nonnull (strstr (legend, "Uppdrag: sista dag"));
  g_assert_null (strstr (legend, "Studieresa"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, load_example, func, sam_test_db_teardown)
  ADD ("/wheel/labels-fit", test_wheel_labels_fit);
  ADD ("/wheel/marks-apart", test_wheel_marks_apart);
  ADD ("/wheel/count-and-legend", test_wheel_count_and_legend);
  ADD ("/wheel/every-meeting-marked", test_wheel_every_meeting_marked);
  ADD ("/wheel/angle-of-a-date", test_wheel_angle_of_a_date);
  ADD ("/wheel/hide-body", test_wheel_hide_body);
  ADD ("/wheel/date-order", test_wheel_date_order);
  ADD ("/wheel/pdf", test_wheel_pdf);
#undef ADD

  return g_test_run ();
}
