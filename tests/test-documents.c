/* test-documents.c: the agenda, the minutes and the meeting pack, read
 * back with poppler as a reader would check them.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "sam-document.h"
#include "sam-document-hyphens.h"
#include "sam-exchange.h"
#include "sam-test-util.h"

#define MM(x) ((x) * 72.0 / 25.4)

/* Poppler 22 declares no autoptr cleanups; these names cannot clash with
 * those a newer poppler may declare. */
typedef PopplerDocument Pdf;
typedef PopplerPage PdfPage;
typedef PopplerFontInfo PdfFonts;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfFonts, g_object_unref)

/* The 2019-01-29 director-group meeting of the example dataset. */
#define EXAMPLE_MEETING "f1a696db-4522-54e4-b11a-0fab1f16fe0a"

#define N_LONG_SENTENCES 90

static const char * const sample_titles[] = {
  "Föregående protokoll (11 november 2018)",
  "Den regionala utvecklingsstrategin ”Det öppna Skåne 2030”",
  "Översiktsplanering och bostadsförsörjning i sydvästra Skåne",
  "Uppföljning av uppdrag",
  "Övriga frågor: Höör, Kävlinge och Lomma",
  NULL
};

typedef struct
{
  SamMeeting    *meeting;
  SamMeeting    *next;
  SamAgendaItem *items[5];
  gint64         id;
} Sample;

static void
sample_clear (Sample *sample)
{
  g_clear_object (&sample->meeting);
  g_clear_object (&sample->next);
  for (guint i = 0; i < G_N_ELEMENTS (sample->items); i++)
    g_clear_object (&sample->items[i]);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sample, sample_clear)

static void
insert (SamStore *store,
        gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_store_insert (store, entity, &error));
  g_assert_no_error (error);
}

static SamMunicipality *
add_municipality (SamStore   *store,
                  const char *name)
{
  SamMunicipality *municipality = sam_municipality_new ();

  sam_municipality_set_name (municipality, name);
  insert (store, municipality);

  return municipality;
}

static SamPerson *
add_person (SamStore        *store,
            const char      *name,
            SamMunicipality *municipality,
            const char      *title,
            const char      *organization)
{
  SamPerson *person = sam_person_new ();

  sam_person_set_name (person, name);
  if (municipality != NULL)
    sam_person_set_municipality_id (person, sam_entity_get_id (SAM_ENTITY (municipality)));
  sam_person_set_title (person, title);
  sam_person_set_organization (person, organization);
  insert (store, person);

  return person;
}

static void
add_attendance (SamStore          *store,
                SamMeeting        *meeting,
                SamPerson         *person,
                SamAttendanceRole  role,
                gboolean           present,
                gboolean           adjuster)
{
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();

  sam_attendance_set_meeting_id (attendance, sam_entity_get_id (SAM_ENTITY (meeting)));
  sam_attendance_set_person_id (attendance, sam_entity_get_id (SAM_ENTITY (person)));
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, present);
  sam_attendance_set_adjuster (attendance, adjuster);
  insert (store, attendance);
}

static char *
long_background (void)
{
  GString *text = g_string_new (NULL);

  for (int i = 1; i <= N_LONG_SENTENCES; i++)
    {
      g_string_append_printf (text, "Mening %d om bostäder, pendling och grönstruktur i de tolv kommunerna.", i);
      g_string_append (text, i % 6 == 0 ? "\n\n" : " ");
    }

  return g_string_free (text, FALSE);
}

/* A meeting like seed 003, with every kind of thing the documents show. */
static void
add_sample (SamStore *store,
            Sample   *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMunicipality) lund = add_municipality (store, "Lund");
  g_autoptr(SamMunicipality) malmo = add_municipality (store, "Malmö");
  g_autoptr(SamMunicipality) hoor = add_municipality (store, "Höör");
  g_autoptr(SamPerson) chair = add_person (store, "Christoffer Nilsson", lund, NULL, NULL);
  g_autoptr(SamPerson) member = add_person (store, "Andreas Norbrant", malmo, NULL, NULL);
  g_autoptr(SamPerson) absent = add_person (store, "Michael Andersson", hoor, NULL, NULL);
  g_autoptr(SamPerson) guest = add_person (store, "Ulrika Geeraedts", NULL, "regional utvecklingsdirektör",
                                           "Region Skåne");
  g_autoptr(SamPerson) secretary = add_person (store, "Britt Steiner", lund, NULL, NULL);
  g_autoptr(SamBody) body = sam_test_add_body (store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamAgendaItem) proposed = NULL;
  g_autoptr(SamAgendaItem) earlier_item = NULL;
  g_autoptr(SamMeeting) earlier = NULL;
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(SamAssignment) assignment = sam_assignment_new ();
  g_autoptr(SamAssignment) old_assignment = sam_assignment_new ();
  g_autofree char *background = long_background ();
  gint64 presenter = sam_entity_get_id (SAM_ENTITY (guest));

  g_assert_true (sam_store_set_setting (store, "organization-name", "MalmöLundregionen", &error));
  g_assert_no_error (error);

  earlier = sam_test_add_meeting (store, body, "2018-11-11T15:00", "Kommundirektörsmöte");
  earlier_item = sam_test_add_item (store, earlier, NULL, "Remissvar", 0);
  sam_assignment_set_agenda_item_id (old_assignment, sam_entity_get_id (SAM_ENTITY (earlier_item)));
  sam_assignment_set_title (old_assignment, "Sammanställa remissvar om trafikförsörjningsprogrammet");
  sam_assignment_set_owner_kind (old_assignment, SAM_OWNER_KIND_ALL_MEMBERS);
  sam_assignment_set_due_on (old_assignment, "2019-02-15");
  insert (store, old_assignment);

  sample->meeting = sam_test_add_meeting (store, body, "2019-01-29T15:00", "Kommundirektörsmöte");
  sample->id = sam_entity_get_id (SAM_ENTITY (sample->meeting));
  sam_meeting_set_ends_at (sample->meeting, "2019-01-29T17:00");
  sam_meeting_set_location (sample->meeting, "Bruksgatan 22, Lund");
  sam_meeting_set_chair_id (sample->meeting, sam_entity_get_id (SAM_ENTITY (chair)));
  sam_meeting_set_secretary_id (sample->meeting, sam_entity_get_id (SAM_ENTITY (secretary)));
  g_assert_true (sam_store_update (store, sample->meeting, &error));
  g_assert_no_error (error);

  add_attendance (store, sample->meeting, chair, SAM_ATTENDANCE_ROLE_CHAIR, TRUE, FALSE);
  add_attendance (store, sample->meeting, member, SAM_ATTENDANCE_ROLE_MEMBER, TRUE, TRUE);
  add_attendance (store, sample->meeting, absent, SAM_ATTENDANCE_ROLE_MEMBER, FALSE, FALSE);
  add_attendance (store, sample->meeting, guest, SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE, FALSE);
  add_attendance (store, sample->meeting, secretary, SAM_ATTENDANCE_ROLE_SECRETARY, TRUE, FALSE);

  for (guint i = 0; sample_titles[i] != NULL; i++)
    sample->items[i] = sam_test_add_item (store, sample->meeting, NULL, sample_titles[i], i == 2 ? 45 : 15);

  sam_agenda_item_set_kind (sample->items[0], SAM_ITEM_KIND_PROCEDURE);
  sam_agenda_item_set_kind (sample->items[1], SAM_ITEM_KIND_INFORMATION_DISCUSSION);
  sam_agenda_item_set_background (sample->items[1],
                                  "Under våren 2018 har Skånes regionala utvecklingsstrategi setts över.\n\n"
                                  "Frågor till diskussionen:\n"
                                  "• Är strategin lika aktuell i dag som 2014?\n"
                                  "  – Våga prioritera\n"
                                  "  – Stad och landsbygd\n"
                                  "• Hur kan samverkan utvecklas?");
  sam_agenda_item_set_minutes_text (sample->items[1], "Ulrika Geeraedts redovisade arbetet med att aktualisera strategin.");
  sam_agenda_item_set_remarks (sample->items[1], "Viktigt att gå från samtal till samverkan.");
  sam_agenda_item_set_kind (sample->items[2], SAM_ITEM_KIND_DECISION);
  sam_agenda_item_set_case_number (sample->items[2], "MLR 2019/3");
  sam_agenda_item_set_background (sample->items[2], background);
  sam_agenda_item_set_minutes_text (sample->items[2], background);
  sam_agenda_item_set_proposed_decision (sample->items[2],
                                         "Kommundirektörsgruppen godkänner förslaget och för det vidare till styrelsen.");
  sam_agenda_item_set_kind (sample->items[3], SAM_ITEM_KIND_FOLLOW_UP);
  sam_agenda_item_set_kind (sample->items[4], SAM_ITEM_KIND_OTHER);
  /* The sections the secretary named; item 2 continues the first. */
  sam_agenda_item_set_section_title (sample->items[0], "Informations- och diskussionspunkter");
  sam_agenda_item_set_section_title (sample->items[2], "Diskussions- och beslutspunkter");
  sam_agenda_item_set_section_title (sample->items[3], "Uppföljning av uppdrag");
  sam_agenda_item_set_section_title (sample->items[4], "Övriga frågor");
  for (guint i = 0; sample_titles[i] != NULL; i++)
    {
      g_assert_true (sam_store_update (store, sample->items[i], &error));
      g_assert_no_error (error);
    }

  g_assert_true (sam_store_set_presenter_ids (store, sam_entity_get_id (SAM_ENTITY (sample->items[1])),
                                              &presenter, 1, &error));
  g_assert_no_error (error);

  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (sample->items[2])));
  sam_decision_set_text (decision, "Kommundirektörsgruppen godkänner förslaget och för det vidare till styrelsen.");
  insert (store, decision);

  sam_assignment_set_agenda_item_id (assignment, sam_entity_get_id (SAM_ENTITY (sample->items[2])));
  sam_assignment_set_title (assignment, "Boka ett möte med Länsstyrelsen");
  sam_assignment_set_owner_kind (assignment, SAM_OWNER_KIND_PERSON);
  sam_assignment_set_owner_person_id (assignment, sam_entity_get_id (SAM_ENTITY (member)));
  sam_assignment_set_due_on (assignment, "2019-02-10");
  insert (store, assignment);

  proposed = sam_test_add_item (store, sample->meeting, NULL, "Studieresa till Tallinn", 0);
  sam_agenda_item_set_tentative (proposed, TRUE);
  g_assert_true (sam_store_update (store, proposed, &error));
  g_assert_no_error (error);

  sample->next = sam_test_add_meeting (store, body, "2019-04-23T15:00", "Kommundirektörsmöte");
  {
    g_autoptr(SamAgendaItem) next_item = sam_test_add_item (store, sample->next, NULL,
                                                            "Ny sekretariatsledare", 0);

    sam_agenda_item_set_tentative (next_item, TRUE);
    g_assert_true (sam_store_update (store, next_item, &error));
    g_assert_no_error (error);
  }
}

static char *
output_path (SamTestDb  *fixture,
             const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static PopplerDocument *
write_and_open (SamTestDb       *fixture,
                gint64           meeting_id,
                SamDocumentKind  kind,
                const char      *language,
                const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path (fixture, name);

  g_assert_true (sam_document_write_pdf (fixture->store, meeting_id, kind, language, path, &error));
  g_assert_no_error (error);

  /* SAMVERKAN_KEEP_DOCUMENTS=1 keeps a copy in the build folder, to look
   * at every page. */
  if (g_getenv ("SAMVERKAN_KEEP_DOCUMENTS") != NULL)
    {
      g_autofree char *copy = g_strconcat ("documents-", name, NULL);
      g_autofree char *to = g_test_build_filename (G_TEST_BUILT, copy, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
    }

  return open_pdf (path);
}

typedef struct
{
  double   x1, x2, yc, height;
  gunichar c;
} Glyph;

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->yc < gb->yc ? -1 : ga->yc > gb->yc ? 1 : (ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1);
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1;
}

/* The text of a page as a reader reads it: line by line, top to bottom,
 * left to right, whatever poppler makes of columns (a label beside its
 * value, an item's number beside its title). Words are told apart by the
 * gaps between the glyphs. Only glyphs above @bottom count. */
static void
read_page (PopplerPage *page,
           double       bottom,
           GString     *out)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  PopplerRectangle *boxes = NULL;
  guint n_boxes = 0;
  const char *p = text;
  guint start = 0;

  if (!poppler_page_get_text_layout (page, &boxes, &n_boxes))
    return;

  for (guint i = 0; i < n_boxes && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      Glyph glyph = { boxes[i].x1, boxes[i].x2, (boxes[i].y1 + boxes[i].y2) / 2.0,
                      boxes[i].y2 - boxes[i].y1, g_utf8_get_char (p) };

      if (!g_unichar_isspace (glyph.c) && glyph.yc < bottom)
        g_array_append_val (glyphs, glyph);
    }
  g_free (boxes);

  g_array_sort (glyphs, compare_y);
  while (start < glyphs->len)
    {
      Glyph *first = &g_array_index (glyphs, Glyph, start);
      guint end = start + 1;

      while (end < glyphs->len
             && g_array_index (glyphs, Glyph, end).yc - first->yc < MAX (first->height * 0.4, 2.5))
        end++;

      qsort (&g_array_index (glyphs, Glyph, start), end - start, sizeof (Glyph), compare_x);
      for (guint i = start; i < end; i++)
        {
          Glyph *glyph = &g_array_index (glyphs, Glyph, i);
          char buffer[8] = { 0 };

          if (i > start && glyph->x1 - g_array_index (glyphs, Glyph, i - 1).x2 > 1.6)
            g_string_append_c (out, ' ');
          g_unichar_to_utf8 (glyph->c, buffer);
          g_string_append (out, buffer);
        }
      g_string_append_c (out, '\n');
      start = end;
    }
}

/* The text of the pages' bodies (without the footers), whitespace
 * collapsed, so that a text that wraps or breaks across pages reads as
 * one. */
static char *
body_text (PopplerDocument *document,
           int              first,
           int              last)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  if (last < 0)
    last = poppler_document_get_n_pages (document) - 1;

  for (int i = first; i <= last; i++)
    {
      g_autoptr(PdfPage) page = poppler_document_get_page (document, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      read_page (page, height - MM (20) - 20.0, all);
    }

  /* A word hyphenated at a line's end reads as one word. */
  {
    g_autoptr(GRegex) hyphens = g_regex_new ("\xc2\xad\\s*", 0, 0, NULL);
    g_autofree char *joined = g_regex_replace_literal (hyphens, all->str, -1, 0, "", 0, NULL);

    return g_regex_replace_literal (spaces, joined, -1, 0, " ", 0, NULL);
  }
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(PdfPage) page = poppler_document_get_page (document, index);

  return poppler_page_get_text (page);
}

static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  const char *from = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (from, needles[i]);

      if (found == NULL)
        g_error ("“%s” is missing, or out of order, in: %s", needles[i], text);
      from = found + strlen (needles[i]);
    }
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is missing in: %s", needle, text);
}

static int
find_page (PopplerDocument *document,
           const char      *needle)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = body_text (document, i, i);

      if (strstr (text, needle) != NULL)
        return i;
    }

  return -1;
}

static void
render_png (PopplerDocument *document,
            int              index,
            const char      *name)
{
  g_autoptr(PdfPage) page = poppler_document_get_page (document, index);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  double width, height, scale = 1.5;
  cairo_surface_t *surface;
  cairo_t *cr;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)(width * scale), (int)(height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("Wrote %s", path);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GPtrArray        *titles,
                 int               depth)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        g_ptr_array_add (titles, g_strdup_printf ("%d:%s", depth, action->goto_dest.title));
      poppler_action_free (action);

      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          collect_outline (child, titles, depth + 1);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static GPtrArray *
outline_of (PopplerDocument *document)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  if (iter != NULL)
    {
      collect_outline (iter, titles, 0);
      poppler_index_iter_free (iter);
    }

  return titles;
}

/* Poppler 22's GLib structure text takes Cairo's UTF-8 strings for
 * PDFDocEncoding and converts them once more ("ö" comes back as "Ã¶").
 * This undoes that; text that is not doubly encoded (a fixed poppler)
 * comes back as it is. */
static char *
undo_pdfdoc (const char *text)
{
  static const gunichar high[] = {
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203a, 0x2212, 0x2030,
    0x201e, 0x201c, 0x201d, 0x2018, 0x2019, 0x201a, 0x2122, 0xfb01, 0xfb02, 0x0141, 0x0152, 0x0160,
    0x0178, 0x017d, 0x0131, 0x0142, 0x0153, 0x0161, 0x017e,
  };
  g_autoptr(GString) bytes = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint i;

      if (c < 0x80 || (c >= 0xa0 && c <= 0xff))
        {
          g_string_append_c (bytes, (char)c);
          continue;
        }

      for (i = 0; i < G_N_ELEMENTS (high) && high[i] != c; i++)
        ;
      if (i == G_N_ELEMENTS (high))
        return g_strdup (text);
      g_string_append_c (bytes, (char)(0x80 + i));
    }

  if (!g_utf8_validate (bytes->str, bytes->len, NULL))
    return g_strdup (text);

  return g_strdup (bytes->str);
}

static const char *
structure_name (PopplerStructureElementKind kind)
{
  switch (kind)
    {
    case POPPLER_STRUCTURE_ELEMENT_DOCUMENT: return "Document";
    case POPPLER_STRUCTURE_ELEMENT_PARAGRAPH: return "P";
    case POPPLER_STRUCTURE_ELEMENT_HEADING_1: return "H1";
    case POPPLER_STRUCTURE_ELEMENT_HEADING_2: return "H2";
    case POPPLER_STRUCTURE_ELEMENT_HEADING_3: return "H3";
    case POPPLER_STRUCTURE_ELEMENT_HEADING_4: return "H4";
    case POPPLER_STRUCTURE_ELEMENT_LIST: return "L";
    case POPPLER_STRUCTURE_ELEMENT_LIST_ITEM: return "LI";
    case POPPLER_STRUCTURE_ELEMENT_LIST_LABEL: return "Lbl";
    case POPPLER_STRUCTURE_ELEMENT_LIST_BODY: return "LBody";
    case POPPLER_STRUCTURE_ELEMENT_TABLE: return "Table";
    case POPPLER_STRUCTURE_ELEMENT_TABLE_ROW: return "TR";
    case POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING: return "TH";
    case POPPLER_STRUCTURE_ELEMENT_TABLE_DATA: return "TD";
    case POPPLER_STRUCTURE_ELEMENT_LINK: return "Link";
    case POPPLER_STRUCTURE_ELEMENT_FIGURE: return "Figure";
    default: return "?";
    }
}

/* The structure tree as a screen reader walks it. Poppler 22 reads an
 * element's text only up to the end of its first line (it stops at the
 * ActualText span Cairo writes for the space there), so the tests look
 * for a block's first line. One line per element:
 * "H2 Informationspunkter", with the text it holds (whitespace
 * collapsed); the containers ("Document", "Table", "TR", "L", "LI") as
 * their name only, their text being their children's. */
static void
collect_structure (PopplerStructureElementIter *iter,
                   GString                     *out)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementKind kind = poppler_structure_element_get_kind (element);
      PopplerStructureElementIter *child;

      if (kind != POPPLER_STRUCTURE_ELEMENT_CONTENT && kind != POPPLER_STRUCTURE_ELEMENT_OBJECT_REFERENCE)
        {
          gboolean container = kind == POPPLER_STRUCTURE_ELEMENT_DOCUMENT || kind == POPPLER_STRUCTURE_ELEMENT_TABLE
                               || kind == POPPLER_STRUCTURE_ELEMENT_TABLE_ROW || kind == POPPLER_STRUCTURE_ELEMENT_LIST
                               || kind == POPPLER_STRUCTURE_ELEMENT_LIST_ITEM;
          g_autofree char *text = container ? NULL
                                  : poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);
          g_autofree char *decoded = undo_pdfdoc (text != NULL ? text : "");
          g_autofree char *collapsed = g_regex_replace_literal (spaces, decoded, -1, 0, " ", 0, NULL);

          g_strstrip (collapsed);
          g_string_append (out, structure_name (kind));
          if (*collapsed != '\0')
            g_string_append_printf (out, " %s", collapsed);
          g_string_append_c (out, '\n');
        }

      child = poppler_structure_element_iter_get_child (iter);
      if (child != NULL)
        {
          collect_structure (child, out);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static int
count_of (const char *text,
          const char *needle)
{
  int n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static char *
structure_of (PopplerDocument *document)
{
  PopplerStructureElementIter *iter = poppler_structure_element_iter_new (document);
  GString *out = g_string_new (NULL);

  if (iter != NULL)
    {
      collect_structure (iter, out);
      poppler_structure_element_iter_free (iter);
    }

  return g_string_free (out, FALSE);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* A small PDF of @n_pages, made with Cairo, to attach. */
static GBytes *
make_pdf (int         n_pages,
          const char *label)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, 595, 842);
  cr = cairo_create (surface);
  for (int i = 1; i <= n_pages; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s, sida %d", label, i);

      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 24);
      cairo_move_to (cr, 72, 120);
      cairo_show_text (cr, line);
      cairo_rectangle (cr, 72, 160, 451, 600);
      cairo_stroke (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
add_attachment (SamStore      *store,
                Sample        *sample,
                SamAgendaItem *item,
                int            number,
                const char    *title,
                const char    *file_name,
                const char    *media_type,
                GBytes        *data)
{
  g_autoptr(SamAttachment) attachment = sam_attachment_new ();
  g_autoptr(GError) error = NULL;

  sam_attachment_set_meeting_id (attachment, sample->id);
  if (item != NULL)
    sam_attachment_set_agenda_item_id (attachment, sam_entity_get_id (SAM_ENTITY (item)));
  sam_attachment_set_number (attachment, number);
  sam_attachment_set_title (attachment, title);
  sam_attachment_set_file_name (attachment, file_name);
  sam_attachment_set_media_type (attachment, media_type);
  g_assert_true (sam_store_set_attachment_data (store, attachment, data, &error));
  g_assert_no_error (error);
}

static void
add_sample_attachments (SamStore *store,
                        Sample   *sample)
{
  g_autoptr(GBytes) first = make_pdf (2, "Underlag om översiktsplanering");
  g_autoptr(GBytes) second = make_pdf (1, "Strategins sammanfattning");
  g_autoptr(GBytes) sheet = g_bytes_new_static ("PK\3\4 not a pdf", 15);
  g_autoptr(GBytes) broken = g_bytes_new_static ("%PDF-1.5 broken", 15);

  add_attachment (store, sample, sample->items[2], 2, "Underlag om översiktsplanering",
                  "underlag.pdf", "application/pdf", first);
  add_attachment (store, sample, sample->items[1], 1, "Strategins sammanfattning",
                  "strategi.pdf", "application/pdf", second);
  add_attachment (store, sample, sample->items[2], 3, "Budget för 2019",
                  "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
  add_attachment (store, sample, sample->items[4], 4, "Trasig fil", "trasig.pdf", "application/pdf", broken);
}

/* Tests */

static void
test_agenda_titles_in_order (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;
  char *numbered[G_N_ELEMENTS (sample_titles)] = { NULL };

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "agenda.pdf");
  text = body_text (document, 0, -1);

  assert_in_order (text, sample_titles);

  /* Numbered 1, 2, 3… and the proposed item after them, unnumbered. */
  for (guint i = 0; sample_titles[i] != NULL; i++)
    numbered[i] = g_strdup_printf ("%u. %s", i + 1, sample_titles[i]);
  assert_in_order (text, (const char * const *)numbered);
  assert_in_order (text, (const char *[]) { sample_titles[4], "Föreslagna punkter",
                                            "Studieresa till Tallinn", NULL });
  g_assert_null (strstr (text, "6. Studieresa"));
  for (guint i = 0; numbered[i] != NULL; i++)
    g_free (numbered[i]);
}

/* The window adds attachments without a stored number and shows them as
 * their place in agenda order; the documents number them the same way
 * ("Bilaga 1", not "Bilaga 0"), whatever number is stored. */
static void
test_attachment_numbers (SamTestDb     *fixture,
                         gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) minutes = NULL;
  g_autoptr(GBytes) bytes = make_pdf (1, "Underlag");
  g_autofree char *agenda_text = NULL;
  g_autofree char *minutes_text = NULL;

  add_sample (fixture->store, &sample);
  add_attachment (fixture->store, &sample, sample.items[2], 0, "Underlag om översiktsplanering",
                  "underlag.pdf", "application/pdf", bytes);
  add_attachment (fixture->store, &sample, sample.items[1], 0, "Strategins sammanfattning",
                  "strategi.pdf", "application/pdf", bytes);

  agenda = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "numbers-agenda.pdf");
  minutes = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "sv", "numbers-minutes.pdf");
  agenda_text = body_text (agenda, 0, -1);
  minutes_text = body_text (minutes, 0, -1);

  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? agenda_text : minutes_text;

      assert_in_order (text, (const char *[]) { "Bilaga 1", "Strategins sammanfattning",
                                                "Bilaga 2", "Underlag om översiktsplanering", NULL });
      g_assert_null (strstr (text, "Bilaga 0"));
    }
}

/* An item about an external platform names the collaboration's
 * representative there, in the agenda and in the minutes. */
static void
test_representative (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(SamBody) platform = NULL;
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamMembership) membership = sam_membership_new ();
  g_autoptr(GError) error = NULL;

  add_sample (fixture->store, &sample);
  platform = sam_test_add_body (fixture->store, "Kommunernas samverkansplattform", SAM_BODY_KIND_EXTERNAL);
  sam_body_set_short_name (platform, "KoSS");
  g_assert_true (sam_store_update (fixture->store, platform, &error));
  g_assert_no_error (error);
  sam_person_set_name (person, "Fredrik Geijer");
  g_assert_true (sam_store_insert (fixture->store, person, &error));
  g_assert_no_error (error);
  sam_membership_set_body_id (membership, sam_entity_get_id (SAM_ENTITY (platform)));
  sam_membership_set_person_id (membership, sam_entity_get_id (SAM_ENTITY (person)));
  sam_membership_set_role (membership, SAM_MEMBERSHIP_ROLE_REPRESENTATIVE);
  g_assert_true (sam_store_insert (fixture->store, membership, &error));
  g_assert_no_error (error);
  sam_agenda_item_set_linked_body_id (sample.items[1], sam_entity_get_id (SAM_ENTITY (platform)));
  g_assert_true (sam_store_update (fixture->store, sample.items[1], &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      SamDocumentKind kind = i == 0 ? SAM_DOCUMENT_AGENDA : SAM_DOCUMENT_MINUTES;
      g_autoptr(Pdf) document = write_and_open (fixture, sample.id, kind, "sv",
                                                i == 0 ? "koss-agenda.pdf" : "koss-minutes.pdf");
      g_autofree char *text = body_text (document, 0, -1);

      assert_in_order (text, (const char *[]) { sample_titles[1], "Representant i KoSS: Fredrik Geijer",
                                                sample_titles[2], NULL });
    }
}

static void
test_agenda_swedish (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "agenda-sv.pdf");
  text = body_text (document, 0, -1);
  first = page_text (document, 0);

  assert_in_order (text, (const char *[]) {
                     "Kommundirektörsmöte MalmöLundregionen", "Dagordning",
                     "Datum och tid", "tisdag 29 januari 2019, kl. 15.00–17.00",
                     "Plats", "Bruksgatan 22, Lund",
                     "Kallade", "Christoffer Nilsson (Lund, ordförande)", "Andreas Norbrant (Malmö)",
                     "Övriga medverkande", "Ulrika Geeraedts, regional utvecklingsdirektör (Region Skåne)",
                     "Vid protokollet", "Britt Steiner (Lund)",
                     "Informations- och diskussionspunkter",
                     "kl. 15.15 (15 min)",
                     "Föredragande: Ulrika Geeraedts",
                     "Diskussions- och beslutspunkter",
                     "kl. 15.30 (45 min) · Dnr MLR 2019/3",
                     "Förslag till beslut: Kommundirektörsgruppen godkänner",
                     "Uppföljning av uppdrag", "Öppna uppdrag",
                     "Sammanställa remissvar om trafikförsörjningsprogrammet – Ansvarig: samtliga "
                     "medlemskommuner, senast 15 februari 2019",
                     "Övriga frågor",
                     NULL });
  g_assert_nonnull (strstr (first, "Sida 1 av "));
  g_assert_null (strstr (text, "Agenda"));
  g_assert_null (strstr (text, "Page "));
}

static void
test_agenda_english (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "en", "agenda-en.pdf");
  text = body_text (document, 0, -1);
  first = page_text (document, 0);

  assert_in_order (text, (const char *[]) {
                     "Director group meeting, MalmöLundregionen", "Agenda",
                     "Date and time", "Tuesday 29 January 2019, 15:00–17:00",
                     "Place", "Invited", "Christoffer Nilsson (Lund, chair)",
                     "Also attending", "Minutes taken by",
                     /* The headings are the secretary's own words. */
                     "Informations- och diskussionspunkter",
                     "15:15 (15 min)",
                     "Presenter: Ulrika Geeraedts",
                     "Diskussions- och beslutspunkter",
                     "Case no. MLR 2019/3",
                     "Proposed decision: ",
                     "Open assignments", "Responsible: all member municipalities, due 15 February 2019",
                     "Övriga frågor", "Proposed items", "The following items may be considered:",
                     NULL });
  g_assert_nonnull (strstr (first, "Page 1 of "));
  g_assert_null (strstr (text, "Dagordning"));
  g_assert_null (strstr (text, "Föredragande"));
  g_assert_null (strstr (text, "Sida "));
}

static void
test_agenda_swedish_letters (SamTestDb     *fixture,
                             gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "letters.pdf");
  text = body_text (document, 0, -1);

  /* Every å, ä, ö (and Å, Ä, Ö) comes back as the same character, not as
   * a base letter and a combining mark or a replacement. */
  g_assert_true (g_utf8_validate (text, -1, NULL));
  assert_contains (text, "Övriga frågor: Höör, Kävlinge och Lomma");
  assert_contains (text, "Översiktsplanering och bostadsförsörjning i sydvästra Skåne");
  assert_contains (text, "Under våren 2018 har Skånes regionala utvecklingsstrategi setts över.");
  assert_contains (text, "Malmö");
  g_assert_null (strstr (text, "\xef\xbf\xbd"));
  g_assert_null (strstr (text, "o\xcc\x88"));
}

static void
assert_inside_margins (PopplerDocument *document)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PdfPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      PopplerRectangle *boxes = NULL;
      guint n_boxes = 0;
      double width, height;
      const char *p = text;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
      g_assert_cmpuint (n_boxes, >, 0);

      for (guint j = 0; j < n_boxes && *p != '\0'; j++, p = g_utf8_next_char (p))
        {
          PopplerRectangle *box = &boxes[j];

          if (g_unichar_isspace (g_utf8_get_char (p)))
            continue;

          if (box->x1 < MM (20) - 0.5 || box->x2 > width - MM (20) + 0.5
              || box->y1 < MM (20) - 0.5 || box->y2 > height - MM (20) + 0.5)
            g_error ("Page %d: “%.20s” at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins",
                     i + 1, p, box->x1, box->y1, box->x2, box->y2);
        }
      g_free (boxes);
    }
}

static void
test_margins (SamTestDb     *fixture,
              gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) minutes = NULL;

  add_sample (fixture->store, &sample);
  agenda = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "margins-agenda.pdf");
  minutes = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "en", "margins-minutes.pdf");

  assert_inside_margins (agenda);
  assert_inside_margins (minutes);
}

static void
test_long_text (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;
  int first, last;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "long.pdf");
  text = body_text (document, 0, -1);

  first = find_page (document, "Mening 1 om bostäder");
  last = find_page (document, "Mening 90 om bostäder");
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (last, >, first);

  /* Every sentence once, whole, in order: nothing lost at the break. */
  for (int i = 1; i <= N_LONG_SENTENCES; i++)
    {
      g_autofree char *sentence = g_strdup_printf ("Mening %d om bostäder, pendling och grönstruktur i de tolv kommunerna.", i);
      const char *found = strstr (text, sentence);

      g_assert_nonnull (found);
      g_assert_null (strstr (found + 1, sentence));
    }

  /* The proposed decision follows the long text. */
  assert_in_order (text, (const char *[]) { "Mening 90 om", "Förslag till beslut", NULL });
}

static void
test_fonts_embedded (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autoptr(PdfFonts) info = NULL;
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;
  gboolean cantarell = FALSE;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "sv", "fonts.pdf");
  info = poppler_font_info_new (document);

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;

      do
        {
          g_test_message ("Font %s, embedded %d", poppler_fonts_iter_get_name (iter),
                          poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          if (strstr (poppler_fonts_iter_get_name (iter), "Cantarell") != NULL)
            cantarell = TRUE;
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }

  g_assert_cmpuint (n_fonts, >=, 2);
  if (g_file_test ("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf", G_FILE_TEST_EXISTS))
    g_assert_true (cantarell);
}

static void
test_metadata (SamTestDb     *fixture,
               gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) minutes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *minutes_title = NULL;

  add_sample (fixture->store, &sample);
  agenda = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "meta-agenda.pdf");
  minutes = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "en", "meta-minutes.pdf");

  title = poppler_document_get_title (agenda);
  author = poppler_document_get_author (agenda);
  subject = poppler_document_get_subject (agenda);
  creator = poppler_document_get_creator (agenda);
  g_assert_cmpstr (title, ==, "Dagordning – Kommundirektörsmöte MalmöLundregionen, 29 januari 2019");
  g_assert_cmpstr (author, ==, "MalmöLundregionen");
  g_assert_cmpstr (subject, ==, "Kommundirektörsgruppen, tisdag 29 januari 2019, kl. 15.00–17.00");
  g_assert_true (g_str_has_prefix (creator, "Samverkan "));

  minutes_title = poppler_document_get_title (minutes);
  g_assert_cmpstr (minutes_title, ==, "Minutes – Director group meeting, MalmöLundregionen, 29 January 2019");

  /* A4, every page. */
  for (int i = 0; i < poppler_document_get_n_pages (agenda); i++)
    {
      g_autoptr(PdfPage) page = poppler_document_get_page (agenda, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
    }
}

static void
test_outline (SamTestDb     *fixture,
              gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autoptr(GPtrArray) outline = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "outline.pdf");
  outline = outline_of (document);

  /* One entry per numbered item, in order; none for the proposed one. */
  g_assert_cmpuint (outline->len, ==, 5);
  for (guint i = 0; i < outline->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("0:%u. %s", i + 1, sample_titles[i]);

      g_assert_cmpstr (g_ptr_array_index (outline, i), ==, expected);
    }
}

static void
test_minutes_swedish (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autoptr(GPtrArray) outline = NULL;
  g_autofree char *text = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "sv", "minutes-sv.pdf");
  text = body_text (document, 0, -1);

  assert_in_order (text, (const char *[]) {
                     "Kommundirektörsmöte MalmöLundregionen", "Minnesanteckningar",
                     "Närvarande", "Christoffer Nilsson (Lund, ordförande), Andreas Norbrant (Malmö)",
                     "Frånvarande", "Michael Andersson (Höör)",
                     "Övriga medverkande", "Vid protokollet", "Britt Steiner",
                     sample_titles[1], "Ulrika Geeraedts redovisade arbetet",
                     "Medskick från diskussionen: Viktigt att gå från samtal till samverkan.",
                     sample_titles[2], "Mening 90 om",
                     "Beslut: Kommundirektörsgruppen godkänner förslaget och för det vidare till styrelsen.",
                     "Uppdrag", "Boka ett möte med Länsstyrelsen – Ansvarig: Andreas Norbrant (Malmö), "
                     "senast 10 februari 2019",
                     sample_titles[3], "Öppna uppdrag", "Sammanställa remissvar",
                     sample_titles[4],
                     "Dagordning nästa kommundirektörsmöte 23 april 2019",
                     "Följande punkter kan vara aktuella:", "Ny sekretariatsledare",
                     "Nästa kommundirektörsmöte är tisdag 23 april 2019, kl. 15.00.",
                     NULL });

  /* The minutes say nothing of what was only proposed, nor of times. */
  g_assert_null (strstr (text, "Studieresa till Tallinn"));
  g_assert_null (strstr (text, "Förslag till beslut"));
  g_assert_null (strstr (text, "kl. 15.15"));
  g_assert_null (strstr (text, "Justering"));

  outline = outline_of (document);
  g_assert_cmpuint (outline->len, ==, 5);
}

static void
test_minutes_english (SamTestDb     *fixture,
                      gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autofree char *text = NULL;

  add_sample (fixture->store, &sample);
  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "en", "minutes-en.pdf");
  text = body_text (document, 0, -1);

  assert_in_order (text, (const char *[]) {
                     "Director group meeting, MalmöLundregionen", "Minutes",
                     "Present", "Absent", "Also attending", "Minutes taken by",
                     "Input from the discussion: ", "Decision: ", "Assignments",
                     "Responsible: Andreas Norbrant (Malmö), due 10 February 2019",
                     "Agenda of the next director group meeting, 23 April 2019",
                     "The following items may be considered:",
                     "The next director group meeting is on Tuesday 23 April 2019, 15:00.",
                     NULL });
  g_assert_null (strstr (text, "Beslut"));
  g_assert_null (strstr (text, "Närvarande"));
}

static void
test_protocol (SamTestDb     *fixture,
               gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int last;

  add_sample (fixture->store, &sample);
  sam_meeting_set_minutes_label (sample.meeting, SAM_MINUTES_LABEL_PROTOCOL);
  sam_meeting_set_adjusted_on (sample.meeting, "2019-02-05");
  g_assert_true (sam_store_update (fixture->store, sample.meeting, &error));
  g_assert_no_error (error);

  document = write_and_open (fixture, sample.id, SAM_DOCUMENT_MINUTES, "sv", "protocol.pdf");
  text = body_text (document, 0, -1);
  last = poppler_document_get_n_pages (document) - 1;

  assert_in_order (text, (const char *[]) { "Protokoll", "Justering", "Justerat 5 februari 2019", NULL });

  /* The lines to sign with the names under them, on the last page. */
  {
    g_autofree char *end = body_text (document, last, last);

    assert_in_order (end, (const char *[]) { "Justering",
                                             "Christoffer Nilsson Britt Steiner",
                                             "Ordförande Sekreterare",
                                             "Andreas Norbrant", "Justerare", NULL });
  }
}

static void
test_pack (SamTestDb     *fixture,
           gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) pack = NULL;
  g_autoptr(GPtrArray) outline = NULL;
  g_autofree char *cover = NULL;
  int n_agenda, n_pack;

  add_sample (fixture->store, &sample);
  add_sample_attachments (fixture->store, &sample);

  agenda = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "pack-agenda.pdf");
  pack = write_and_open (fixture, sample.id, SAM_DOCUMENT_PACK, "sv", "pack.pdf");
  n_agenda = poppler_document_get_n_pages (agenda);
  n_pack = poppler_document_get_n_pages (pack);

  /* Cover, agenda, then the PDF attachments' pages in agenda order:
   * Bilaga 1 (item 2, one page) before Bilaga 2 (item 3, two pages). The
   * spreadsheet and the broken file are named on the cover only. */
  g_assert_cmpint (n_pack, ==, 1 + n_agenda + 1 + 2);

  cover = body_text (pack, 0, 0);
  assert_in_order (cover, (const char *[]) {
                     "Kommundirektörsmöte MalmöLundregionen", "Möteshandlingar", "Innehåll",
                     "Dagordning 2", "1. Föregående protokoll",
                     "Bilaga 1 – Strategins sammanfattning",
                     "Bilaga 2 – Underlag om översiktsplanering",
                     "Bilaga 3 – Budget för 2019", "budget.xlsx (ingår inte: inte en PDF-fil)",
                     "Bilaga 4 – Trasig fil", "trasig.pdf (ingår inte: filen kunde inte läsas)",
                     NULL });

  {
    g_autofree char *first_page = body_text (pack, 1, 1);
    g_autofree char *bilaga1 = page_text (pack, 1 + n_agenda);
    g_autofree char *bilaga2a = page_text (pack, 2 + n_agenda);
    g_autofree char *bilaga2b = page_text (pack, 3 + n_agenda);
    g_autofree char *footer = page_text (pack, n_pack - 1);
    g_autofree char *expected = g_strdup_printf ("Sida %d av %d", n_pack, n_pack);

    assert_in_order (first_page, (const char *[]) { "Dagordning", "Datum och tid", NULL });
    assert_contains (bilaga1, "Bilaga 1 – Strategins sammanfattning");
    assert_contains (bilaga2a, "Bilaga 2 – Underlag om översiktsplanering");
    assert_contains (bilaga2b, "Bilaga 2 – Underlag om översiktsplanering");
    g_assert_null (strstr (bilaga2b, "Bilaga 1"));
    assert_contains (footer, expected);
  }

  /* The agenda's items under "Dagordning", then one entry per attachment. */
  outline = outline_of (pack);
  g_assert_cmpuint (outline->len, ==, 1 + 1 + 5 + 2);
  g_assert_cmpstr (g_ptr_array_index (outline, 0), ==, "0:Innehåll");
  g_assert_cmpstr (g_ptr_array_index (outline, 1), ==, "0:Dagordning");
  g_assert_cmpstr (g_ptr_array_index (outline, 2), ==, "1:1. Föregående protokoll (11 november 2018)");
  g_assert_cmpstr (g_ptr_array_index (outline, 7), ==, "0:Bilaga 1 – Strategins sammanfattning");
  g_assert_cmpstr (g_ptr_array_index (outline, 8), ==, "0:Bilaga 2 – Underlag om översiktsplanering");
}

static void
test_file_names (SamTestDb     *fixture,
                 gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autofree char *agenda = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *pack = NULL;
  g_autofree char *english = NULL;
  g_autofree char *english_minutes = NULL;
  g_autofree char *unknown = NULL;

  add_sample (fixture->store, &sample);
  agenda = sam_document_default_file_name (fixture->store, sample.id, SAM_DOCUMENT_AGENDA, "sv");
  minutes = sam_document_default_file_name (fixture->store, sample.id, SAM_DOCUMENT_MINUTES, "sv");
  pack = sam_document_default_file_name (fixture->store, sample.id, SAM_DOCUMENT_PACK, "sv");
  english = sam_document_default_file_name (fixture->store, sample.id, SAM_DOCUMENT_AGENDA, "en");
  english_minutes = sam_document_default_file_name (fixture->store, sample.id, SAM_DOCUMENT_MINUTES, "en");
  unknown = sam_document_default_file_name (fixture->store, 9999, SAM_DOCUMENT_AGENDA, "sv");

  g_assert_cmpstr (agenda, ==, "Dagordning kommundirektörsmöte 2019-01-29.pdf");
  g_assert_cmpstr (minutes, ==, "Minnesanteckningar kommundirektörsmöte 2019-01-29.pdf");
  g_assert_cmpstr (pack, ==, "Möteshandlingar kommundirektörsmöte 2019-01-29.pdf");
  g_assert_cmpstr (english, ==, "Agenda director group meeting 2019-01-29.pdf");
  g_assert_cmpstr (english_minutes, ==, "Minutes director group meeting 2019-01-29.pdf");
  g_assert_null (unknown);
}

static void
test_errors (SamTestDb     *fixture,
             gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(GError) language = NULL;
  g_autoptr(GError) missing = NULL;
  g_autoptr(GError) folder = NULL;
  g_autofree char *path = output_path (fixture, "x.pdf");
  g_autofree char *bad = g_build_filename (fixture->dir, "no", "such", "folder", "x.pdf", NULL);

  add_sample (fixture->store, &sample);

  g_assert_false (sam_document_write_pdf (fixture->store, sample.id, SAM_DOCUMENT_AGENDA, "de", path, &language));
  g_assert_error (language, SAM_DOCUMENT_ERROR, SAM_DOCUMENT_ERROR_LANGUAGE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_false (sam_document_write_pdf (fixture->store, 9999, SAM_DOCUMENT_AGENDA, "sv", path, &missing));
  g_assert_error (missing, SAM_STORE_ERROR, SAM_STORE_ERROR_NOT_FOUND);

  g_assert_false (sam_document_write_pdf (fixture->store, sample.id, SAM_DOCUMENT_AGENDA, "sv", bad, &folder));
  g_assert_nonnull (folder);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!sam_document_write_pdf_finish (result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_async (SamTestDb     *fixture,
            gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autofree char *path = output_path (fixture, "async.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) result = NULL;
  g_autoptr(Pdf) document = NULL;

  add_sample (fixture->store, &sample);
  add_sample_attachments (fixture->store, &sample);
  sam_document_write_pdf_async (fixture->store, sample.id, SAM_DOCUMENT_PACK, "en", file, NULL,
                                write_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The callback marks success with this error. */
  g_assert_error (result, G_IO_ERROR, G_IO_ERROR_EXISTS);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 4);
}

/* The window prints through GtkPrintOperation, which hands over a Cairo
 * context of its own page size: here a US Letter image. */
static void
test_print_context (SamTestDb     *fixture,
                    gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SamDocumentLayout) layout = NULL;
  cairo_surface_t *surface;
  guint n_letter, n_a4;

  add_sample (fixture->store, &sample);
  layout = sam_document_layout_new (fixture->store, sample.id, SAM_DOCUMENT_MINUTES, "sv", &error);
  g_assert_no_error (error);

  sam_document_layout_paginate (layout, SAM_DOCUMENT_PAGE_WIDTH, SAM_DOCUMENT_PAGE_HEIGHT);
  n_a4 = sam_document_layout_get_n_pages (layout);
  sam_document_layout_paginate (layout, 612, 792);
  n_letter = sam_document_layout_get_n_pages (layout);
  g_assert_cmpuint (n_letter, >=, n_a4);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  for (guint i = 0; i < n_letter; i++)
    {
      cairo_t *cr = cairo_create (surface);

      sam_document_layout_draw_page (layout, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  g_assert_cmpstr (sam_document_layout_get_title (layout), ==,
                   "Minnesanteckningar – Kommundirektörsmöte MalmöLundregionen, 29 januari 2019");
}

static SamMeeting *
load_example (SamTestDb *fixture)
{
  g_autoptr(GError) error = NULL;
  SamMeeting *meeting;

  g_assert_true (sam_exchange_load_example (fixture->store, FALSE, NULL, &error));
  g_assert_no_error (error);
  meeting = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, EXAMPLE_MEETING, &error);
  g_assert_no_error (error);

  return meeting;
}

/* The example's 2019-01-29 meeting, as in seed 003; page 1 of the agenda
 * and of the minutes go to the build folder as PNG for people to look at. */
static void
test_example (SamTestDb     *fixture,
              gconstpointer  data)
{
  g_autoptr(SamMeeting) meeting = load_example (fixture);
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));
  g_autoptr(Pdf) agenda = write_and_open (fixture, id, SAM_DOCUMENT_AGENDA, "sv", "example-agenda.pdf");
  g_autoptr(Pdf) minutes = write_and_open (fixture, id, SAM_DOCUMENT_MINUTES, "sv", "example-minutes.pdf");
  g_autoptr(Pdf) english = write_and_open (fixture, id, SAM_DOCUMENT_MINUTES, "en", "example-minutes-en.pdf");
  g_autoptr(Pdf) pack = write_and_open (fixture, id, SAM_DOCUMENT_PACK, "sv", "example-pack.pdf");
  g_autoptr(GPtrArray) outline = outline_of (minutes);
  g_autofree char *agenda_text = body_text (agenda, 0, -1);
  g_autofree char *minutes_text = body_text (minutes, 0, -1);
  const char * const titles[] = {
    "1. Föregående protokoll (11 november 2018)",
    "2. Den Regionala Utvecklingsstrategin ”Det öppna Skåne 2030”",
    "3. DUA-överenskommelse inom MLR",
    "4. Region Skånes erbjudande att redovisa prioriteringar för Skåne",
    "5. Utkast till ny verksamhetsplan för MLR",
    "6. Internatresan 5-6 september",
    "7. Industrinatten 2019",
    "8. Gemensamt kunskapsunderlag inom transport- och mobilitetsområdet",
    "9. Verksamhetsberättelse 2018 för MLR",
    "10. Prel. dagordning för styrelsemötet 1 mars",
    "11. Dialog med Länsstyrelsen Skåne om anvisningstal",
    NULL
  };

  assert_in_order (agenda_text, titles);
  assert_in_order (minutes_text, titles);
  assert_in_order (minutes_text, (const char *[]) {
                     "Kommundirektörsmöte MalmöLundregionen", "Minnesanteckningar",
                     "tisdag 29 januari 2019, kl. 15.00–17.00", "Bruksgatan 22, Lund",
                     "Närvarande", "Christoffer Nilsson (Lund, ordförande)",
                     "Övriga medverkande", "Vid protokollet", "Britt Steiner",
                     "Beslut: Kommundirektörsgruppen godkänner rapportens förslag",
                     "Fredrik Geijer",
                     "Nästa kommundirektörsmöte är tisdag 23 april 2019, kl. 15.00.",
                     NULL });
  g_assert_cmpuint (outline->len, ==, 11);
  g_assert_cmpint (poppler_document_get_n_pages (pack), ==, 1 + poppler_document_get_n_pages (agenda));

  /* These minutes name no sections: a plain numbered list, whatever the
   * kinds of its items. */
  {
    g_autofree char *structure = structure_of (minutes);

    g_assert_null (strstr (minutes_text, "punkter"));
    g_assert_null (strstr (structure, "\nH3 "));
    assert_in_order (structure, (const char *[]) { "\nH2 1. Föregående protokoll", "\nH2 2. ", NULL });
  }

  /* An assignment owned by a role or an outside organisation says who. */
  assert_in_order (minutes_text, (const char *[]) {
                     "Göra ändringar i utkastet till verksamhetsplan utifrån dagens diskussion – "
                     "Ansvarig: sekretariatsledaren",
                     "Genomföra Industrinatten 2019 i Malmö – Ansvarig: IUC Syd", NULL });

  render_png (agenda, 0, "documents-example-agenda-page1.png");
  render_png (minutes, 0, "documents-example-minutes-page1.png");
}

/* The secretary names the sections: an item opens one with its heading, a
 * sub-item never does (even with a heading left from when it was an item of
 * its own), and the input block of an item can have its own heading. */
static void
test_named_sections (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Kommundirektörsgruppen",
                                               SAM_BODY_KIND_DIRECTOR_GROUP);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2020-05-14T09:00",
                                                        "Kommundirektörsmöte");
  g_autoptr(SamAgendaItem) first = sam_test_add_item (fixture->store, meeting, NULL, "Läget i kommunerna", 0);
  g_autoptr(SamAgendaItem) second = sam_test_add_item (fixture->store, meeting, NULL, "Översynen", 0);
  g_autoptr(SamAgendaItem) sub_a = sam_test_add_item (fixture->store, meeting, second, "Intervjuerna", 0);
  g_autoptr(SamAgendaItem) sub_b = sam_test_add_item (fixture->store, meeting, second, "Tidplanen", 0);
  g_autoptr(SamAgendaItem) third = sam_test_add_item (fixture->store, meeting, NULL, "Övrigt", 0);
  g_autoptr(SamDecision) decision = sam_decision_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));

  /* Without a named section there is no heading at all. */
  {
    g_autoptr(Pdf) plain = write_and_open (fixture, id, SAM_DOCUMENT_AGENDA, "sv", "plain.pdf");
    g_autofree char *structure = structure_of (plain);

    assert_in_order (structure, (const char *[]) { "\nH2 1. Läget i kommunerna", "\nH2 2. Översynen",
                                                   "\nH3 2a Intervjuerna", "\nH2 3. Övrigt", NULL });
    g_assert_cmpint (count_of (structure, "\nH2 "), ==, 3);
  }

  sam_agenda_item_set_kind (second, SAM_ITEM_KIND_DECISION);
  sam_agenda_item_set_section_title (second, "Diskussions- och beslutspunkt");
  sam_agenda_item_set_section_title (sub_b, "Informationspunkter");
  sam_agenda_item_set_kind (sub_b, SAM_ITEM_KIND_INFORMATION);
  sam_agenda_item_set_section_title (third, "Övriga informationspunkter");
  sam_agenda_item_set_remarks (second, "Gruppintervjuer förordas.");
  sam_agenda_item_set_remarks_heading (second, "Kommundirektörsgruppens reflektioner/inspel");
  sam_agenda_item_set_remarks (third, "Inget att tillägga.");
  for (guint i = 0; i < 3; i++)
    {
      SamAgendaItem *item = (SamAgendaItem *[]) { second, sub_b, third }[i];

      g_assert_true (sam_store_update (fixture->store, item, &error));
      g_assert_no_error (error);
    }
  sam_decision_set_agenda_item_id (decision, sam_entity_get_id (SAM_ENTITY (sub_b)));
  sam_decision_set_text (decision, "Tidplanen godkänns.");
  insert (fixture->store, decision);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(Pdf) document = write_and_open (fixture, id, i == 0 ? SAM_DOCUMENT_AGENDA : SAM_DOCUMENT_MINUTES,
                                                "sv", i == 0 ? "sections-agenda.pdf" : "sections-minutes.pdf");
      g_autofree char *structure = structure_of (document);
      g_autofree char *text = body_text (document, 0, -1);

      /* Item 1 comes before any section; the sub-item with a heading of
       * its own stays under its item. */
      assert_in_order (structure, (const char *[]) {
                         "\nH2 1. Läget i kommunerna", "\nH2 Diskussions- och beslutspunkt",
                         "\nH3 2. Översynen", "\nH4 2a Intervjuerna", "\nH4 2b Tidplanen",
                         "\nH2 Övriga informationspunkter", "\nH3 3. Övrigt", NULL });
      g_assert_null (strstr (text, "Informationspunkter"));
      g_assert_cmpint (count_of (structure, "\nH2 "), ==, 3);

      if (i == 1)
        {
          assert_in_order (text, (const char *[]) {
                             "Kommundirektörsgruppens reflektioner/inspel: Gruppintervjuer förordas.",
                             "Beslut: Tidplanen godkänns.",
                             "Medskick från diskussionen: Inget att tillägga.", NULL });
          g_assert_null (strstr (text, "Medskick från diskussionen: Gruppintervjuer"));
        }
    }
}

/* Headings stay with what follows them: with items of every length, no
 * item's title ends a page without the first line of its text, and no
 * group heading is left without its first item. */
static void
test_keep_with_next (SamTestDb     *fixture,
                     gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(Pdf) document = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = sam_entity_get_id (SAM_ENTITY (meeting));

  for (int i = 1; i <= 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Ärende %d om samverkan", i);
      g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, title, 10);
      g_autoptr(GString) background = g_string_new (NULL);

      g_string_append_printf (background, "Början på ärende %d.", i);
      for (int j = 0; j < (i * 7) % 11; j++)
        g_string_append (background, " Fler ord om kommunernas gemensamma arbete med planering.");
      sam_agenda_item_set_background (item, background->str);
      sam_agenda_item_set_kind (item, (i / 5) % 2 == 0 ? SAM_ITEM_KIND_INFORMATION : SAM_ITEM_KIND_DECISION);
      if (i == 1 || i % 5 == 0)
        sam_agenda_item_set_section_title (item, (i / 5) % 2 == 0 ? "Informationspunkter"
                                                                  : "Diskussions- och beslutspunkter");
      g_assert_true (sam_store_update (fixture->store, item, &error));
      g_assert_no_error (error);
    }

  document = write_and_open (fixture, id, SAM_DOCUMENT_AGENDA, "sv", "keep.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 3);

  for (int i = 1; i <= 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("%d. Ärende %d om samverkan", i, i);
      g_autofree char *start = g_strdup_printf ("Början på ärende %d.", i);
      int page = find_page (document, title);

      g_assert_cmpint (page, >=, 0);
      g_assert_cmpint (page, ==, find_page (document, start));

      /* Where a group begins, its heading is on the same page as the item. */
      if (i > 1 && i % 5 == 0)
        {
          g_autofree char *text = body_text (document, page, page);
          const char *heading = (i / 5) % 2 == 0 ? "Informationspunkter" : "Diskussions- och beslutspunkter";

          assert_in_order (text, (const char *[]) { heading, title, NULL });
        }
    }
}

/* Where the break marks go: soft hyphens in long lower-case words, none in
 * names, codes, tags or entities, nor in a range, a time or a date. */
static void
test_break_marks (void)
{
  g_autofree char *swedish = NULL;
  g_autofree char *english = NULL;
  g_autofree char *kept = NULL;
  const gboolean keep[] = { FALSE, TRUE };

  g_assert_true (sam_document_can_hyphenate (SAM_DOCUMENT_LANGUAGE_SV));
  g_assert_true (sam_document_can_hyphenate (SAM_DOCUMENT_LANGUAGE_EN));

  swedish = sam_document_mark_breaks (SAM_DOCUMENT_LANGUAGE_SV,
                                      "<b>Beslut:</b> kommundirektörsgruppens MalmöLundregionen B2Bmässa "
                                      "&amp; 2012–2018, kl. 15.00–17.00, 29 januari 2019, 22–23 mars");
  g_assert_true (g_str_has_prefix (swedish, "<b>Beslut:</b> kom\u00admun\u00addi\u00adrek\u00adtörs"));
  assert_contains (swedish, " MalmöLundregionen B2Bmässa &amp; ");
  assert_contains (swedish, " 2012–2018, kl. 15.00–17.00, 29 januari 2019, 22–23 mars");

  english = sam_document_mark_breaks (SAM_DOCUMENT_LANGUAGE_EN, "responsibilities on 29 January 2019");
  assert_contains (english, "re\u00adspon\u00adsi\u00adbil\u00adi\u00adties");
  assert_contains (english, " 29 January 2019");

  kept = sam_document_keep_hyphens ("<b>ab\u00adcd</b>ef\u00adgh", keep, G_N_ELEMENTS (keep));
  g_assert_cmpstr (kept, ==, "<b>abcd</b>ef\u00adgh");
}

/* In a printed paragraph: long Swedish compounds are hyphenated at a line's
 * end, names never, and no line breaks inside "2012–2018", "kl. 15.00" or
 * "29 januari 2019". Filler words of every length put each of them at a
 * line's end somewhere. */
static void
test_hyphenation (SamTestDb     *fixture,
                  gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, "Verksamhetsplanering", 0);
  g_autoptr(GString) background = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) document = NULL;
  guint n_hyphenated = 0;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (background, "%.*s kommundirektörsgruppens verksamhetsplanering ", 1 + i % 7,
                            "abababa");
  g_string_append (background, "\n\n");
  for (int i = 0; i < 40; i++)
    g_string_append_printf (background, "%.*s Kommundirektörsgruppen MalmöLundregionen ", 1 + i % 7, "abababa");

  /* Paragraphs of short words, each beginning with a word one letter
   * longer than the last, so that the range, the time and the date come
   * to a line's end in some of them. */
  for (int i = 1; i <= 30; i++)
    {
      g_string_append_printf (background, "\n\n%.*s", i, "iiiiiiiiiiiiiiiiiiiiiiiiiiiiii");
      for (int j = 0; j < 3; j++)
        g_string_append (background, " ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab"
                         " 2012–2018 ab kl. 15.00 ab ab ab ab ab ab 29 januari 2019");
    }
  sam_agenda_item_set_background (item, background->str);
  g_assert_true (sam_store_update (fixture->store, item, &error));
  g_assert_no_error (error);

  document = write_and_open (fixture, sam_entity_get_id (SAM_ENTITY (meeting)), SAM_DOCUMENT_AGENDA, "sv",
                             "hyphenation.pdf");
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = page_text (document, i);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          const char *line = lines[j];
          const char *next = lines[j + 1] != NULL ? lines[j + 1] : "";
          const char *word = strrchr (line, ' ') != NULL ? strrchr (line, ' ') + 1 : line;

          if (g_str_has_suffix (line, "\u00ad"))
            {
              n_hyphenated++;
              if (g_unichar_isupper (g_utf8_get_char (word)))
                g_error ("A name is hyphenated: “%s” / “%s”", line, next);
              g_autofree char *part = g_strndup (word, strlen (word) - strlen ("\u00ad"));

              g_assert_true (g_str_has_prefix ("kommundirektörsgruppens", part)
                             || g_str_has_prefix ("verksamhetsplanering", part));
            }

          if (g_str_has_suffix (line, "2012–") || g_str_has_suffix (line, "2012") || g_str_has_suffix (line, "kl.")
              || g_str_has_suffix (line, " 29") || g_str_has_suffix (line, "januari")
              || g_str_has_prefix (next, "2018") || g_str_has_prefix (next, "–2018")
              || g_str_has_prefix (next, "15.00") || g_str_has_prefix (next, "januari")
              || g_str_has_prefix (next, "2019"))
            g_error ("A line breaks inside a range, a time or a date: “%s” / “%s”", line, next);
        }
    }

  /* Of the 10 or so lines of long lower-case words, many end hyphenated. */
  g_assert_cmpuint (n_hyphenated, >=, 5);
}

/* Seed 002: the previous minutes "lades till handlingarna" is said in the
 * text, not set off as a decision ("Beslut:") the original does not have. */
static void
test_example_2018 (SamTestDb     *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(Pdf) minutes = NULL;
  g_autofree char *text = NULL;

  g_assert_true (sam_exchange_load_example (fixture->store, FALSE, NULL, &error));
  g_assert_no_error (error);
  meeting = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, "9297fd0d-1fab-51ea-a9ea-cb412bc85ac9", &error);
  g_assert_no_error (error);

  minutes = write_and_open (fixture, sam_entity_get_id (SAM_ENTITY (meeting)), SAM_DOCUMENT_MINUTES, "sv",
                            "example-2018.pdf");
  text = body_text (minutes, 0, -1);
  assert_in_order (text, (const char *[]) {
                     "1. Föregående protokoll Protokollet från kommundirektörmötet den 18 januari lades till "
                     "handlingarna.", "2. Genomförande av Verksamhetsplanen 2018",
                     "Beslut: Kommundirektörsgruppen godkände förslag till upplägg för översynen", NULL });
  g_assert_null (strstr (text, "Beslut: Protokollet"));

  /* The three sections the secretary named, each once, where the original
   * has them; the sub-items of item 2 open none. */
  {
    g_autofree char *structure = structure_of (minutes);

    assert_in_order (structure, (const char *[]) {
                       "\nH2 Informations- och diskussionspunkt", "\nH3 1. Föregående protokoll",
                       "\nH3 2. Genomförande av Verksamhetsplanen 2018", "\nH4 2a ",
                       "\nH2 Diskussions- och beslutspunkt", "\nH3 3. Översyn av MalmöLundregionens verksamhet",
                       "\nH2 Övriga informationspunkter", "\nH3 4. Rekrytering", "\nH3 5. ", "\nH3 6. ",
                       NULL });
    g_assert_cmpint (count_of (structure, "\nH2 "), ==, 3);
    g_assert_null (strstr (text, "Informationspunkter"));
  }

  /* Item 5 lists the points for the next meeting, which are also proposed
   * on it: the end of the minutes does not list them a second time. */
  {
    const char *first = strstr (text, "Avrapportering om arbetet med översynen");

    g_assert_nonnull (first);
    g_assert_null (strstr (first + 1, "Avrapportering om arbetet med översynen"));
  }
}

/* How much of a page's body the text fills, from 0 (empty) to 1 (down to
 * the footer): the lowest glyph above the footer. */
static double
page_fill (PopplerDocument *document,
           int              index)
{
  g_autoptr(PdfPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *boxes = NULL;
  guint n_boxes = 0;
  double width, height, lowest = MM (20);
  const char *p = text;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
  for (guint i = 0; i < n_boxes && *p != '\0'; i++, p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && boxes[i].y2 < height - MM (20) - 20.0)
      lowest = MAX (lowest, boxes[i].y2);
  g_free (boxes);

  return (lowest - MM (20)) / (height - MM (40) - 26.0);
}

static void
assert_pages_filled (PopplerDocument *document,
                     const char      *name)
{
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i + 1 < n_pages; i++)
    if (page_fill (document, i) < 0.5)
      g_error ("%s: page %d of %d is %.0f %% empty", name, i + 1, n_pages, 100 * (1 - page_fill (document, i)));
}

/* Keeping headings with what follows never leaves more than half a page
 * empty: not with a run of items that are titles only, and not in the
 * example's 2018-03-08 meeting, whose last three items once went to a
 * page of their own. */
static void
test_page_fill (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_autoptr(SamBody) body = sam_test_add_body (fixture->store, "Styrelsen", SAM_BODY_KIND_BOARD);
  g_autoptr(SamMeeting) meeting = sam_test_add_meeting (fixture->store, body, "2019-03-01T09:00", "Styrelsemöte");
  g_autoptr(SamMeeting) example = NULL;
  g_autoptr(Pdf) titles = NULL;
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) pack = NULL;
  g_autoptr(Pdf) minutes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda_text = NULL;
  gint64 id;

  for (int i = 1; i <= 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Ärende %d: en lång rubrik om kommunernas gemensamma arbete med "
                                                "översiktsplanering, bostadsförsörjning, kollektivtrafik och "
                                                "grönstruktur i hela sydvästra Skåne", i);
      g_autoptr(SamAgendaItem) item = sam_test_add_item (fixture->store, meeting, NULL, title, 0);
    }

  titles = write_and_open (fixture, sam_entity_get_id (SAM_ENTITY (meeting)), SAM_DOCUMENT_AGENDA, "sv",
                           "fill-titles.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (titles), >=, 2);
  assert_pages_filled (titles, "Titles only");

  g_assert_true (sam_exchange_load_example (fixture->store, TRUE, NULL, &error));
  g_assert_no_error (error);
  example = sam_store_load_by_uuid (fixture->store, SAM_TYPE_MEETING, "9297fd0d-1fab-51ea-a9ea-cb412bc85ac9", &error);
  g_assert_no_error (error);
  id = sam_entity_get_id (SAM_ENTITY (example));

  /* The agenda fits on one page, and the pack is its cover and that page
   * (the example's attachments have no files). */
  agenda = write_and_open (fixture, id, SAM_DOCUMENT_AGENDA, "sv", "fill-agenda.pdf");
  pack = write_and_open (fixture, id, SAM_DOCUMENT_PACK, "sv", "fill-pack.pdf");
  minutes = write_and_open (fixture, id, SAM_DOCUMENT_MINUTES, "sv", "fill-minutes.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (agenda), ==, 1);
  g_assert_cmpint (poppler_document_get_n_pages (pack), ==, 2);
  agenda_text = body_text (agenda, 0, 0);
  assert_in_order (agenda_text, (const char *[]) { "4. Rekrytering", "6. Dagordning nästa styrelsemöte 17 april",
                                                   NULL });
  assert_pages_filled (minutes, "Minutes of 2018-03-08");
  g_assert_cmpfloat (page_fill (minutes, poppler_document_get_n_pages (minutes) - 1), >, 0.25);
}

/* A screen reader follows the tagged structure: the heading, the head as
 * a table of labels and values, the groups and items as headings of the
 * right levels, lists as lists; and a reader copying text (pdftotext)
 * reads each label of the head before its value. */
static void
test_structure (SamTestDb     *fixture,
                gconstpointer  data)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(Pdf) agenda = NULL;
  g_autoptr(Pdf) pack = NULL;
  g_autofree char *structure = NULL;
  g_autofree char *pack_structure = NULL;
  g_autofree char *first = NULL;
  guint n_figures = 0;

  add_sample (fixture->store, &sample);
  add_sample_attachments (fixture->store, &sample);
  agenda = write_and_open (fixture, sample.id, SAM_DOCUMENT_AGENDA, "sv", "structure.pdf");
  structure = structure_of (agenda);
  if (g_getenv ("SAMVERKAN_KEEP_DOCUMENTS") != NULL)
    g_file_set_contents ("structure.txt", structure, -1, NULL);
  if (g_getenv ("SAMVERKAN_KEEP_DOCUMENTS") != NULL)
    g_file_set_contents ("structure-page.txt", page_text (agenda, 0), -1, NULL);

  g_assert_true (g_str_has_prefix (structure, "Document\n"));
  assert_in_order (structure, (const char *[]) {
                     "\nH1 Kommundirektörsmöte MalmöLundregionen", "\nP Dagordning",
                     "\nTable\nTR\nTH Datum och tid\nTD tisdag 29 januari 2019, kl. 15.00–17.00",
                     "\nTR\nTH Plats\nTD Bruksgatan 22, Lund",
                     "\nTR\nTH Kallade\nTD Christoffer Nilsson (Lund, ordförande), Andreas Norbrant (Malmö)",
                     "\nTR\nTH Vid protokollet\nTD Britt Steiner (Lund)",
                     "\nH2 Informations- och diskussionspunkter",
                     "\nH3 1. Föregående protokoll (11 november 2018)",
                     "\nH3 2. Den regionala utvecklingsstrategin ”Det öppna Skåne 2030”",
                     "\nP Under våren 2018 har Skånes regionala utvecklingsstrategi setts över.",
                     "\nL\nLI\nLbl •\nLBody Är strategin lika aktuell i dag som 2014?",
                     "LI\nLbl –\nLBody Våga prioritera",
                     "\nH2 Diskussions- och beslutspunkter",
                     "\nH3 3. Översiktsplanering och bostadsförsörjning i sydvästra Skåne",
                     "\nP Förslag till beslut: Kommundirektörsgruppen godkänner förslaget",
                     "\nH2 Uppföljning av uppdrag", "\nH3 4. Uppföljning av uppdrag",
                     "\nLBody Sammanställa remissvar om trafikförsörjningsprogrammet – Ansvarig: samtliga",
                     "\nH2 Föreslagna punkter", "\nLBody Studieresa till Tallinn",
                     NULL });
  /* No heading level is skipped: items under a group are H3, and the
   * footer is no heading. */
  g_assert_null (strstr (structure, "\nH4 "));
  g_assert_null (strstr (structure, "H1 Dagordning –"));

  /* Plain text extraction, as pdftotext does it, pairs labels and values. */
  first = page_text (agenda, 0);
  assert_in_order (first, (const char *[]) {
                     "Datum och tid", "tisdag 29 januari 2019", "Plats", "Bruksgatan 22, Lund",
                     "Kallade", "Christoffer Nilsson", "Övriga medverkande", "Ulrika Geeraedts",
                     "Vid protokollet", "Britt Steiner", NULL });

  /* In the meeting pack, each page of an attachment is a figure, and the
   * table of contents links to the pages. */
  pack = write_and_open (fixture, sample.id, SAM_DOCUMENT_PACK, "sv", "structure-pack.pdf");
  pack_structure = structure_of (pack);
  for (const char *p = strstr (pack_structure, "\nFigure"); p != NULL; p = strstr (p + 1, "\nFigure"))
    n_figures++;
  g_assert_cmpuint (n_figures, ==, 3);
  assert_in_order (pack_structure, (const char *[]) {
                     "\nH1 Kommundirektörsmöte MalmöLundregionen\n", "P Möteshandlingar\n",
                     "\nH2 Innehåll\n", "\nLink Dagordning", "\nH1 Kommundirektörsmöte MalmöLundregionen\n",
                     "\nP Bilaga 1 – Strategins sammanfattning\nFigure", NULL });
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/break-marks", test_break_marks);

#define ADD(path, func) g_test_add (path, SamTestDb, NULL, sam_test_db_setup, func, sam_test_db_teardown)
  ADD ("/documents/agenda/titles-in-order", test_agenda_titles_in_order);
  ADD ("/documents/agenda/swedish", test_agenda_swedish);
  ADD ("/documents/agenda/english", test_agenda_english);
  ADD ("/documents/agenda/swedish-letters", test_agenda_swedish_letters);
  ADD ("/documents/agenda/long-text", test_long_text);
  ADD ("/documents/agenda/outline", test_outline);
  ADD ("/documents/attachment-numbers", test_attachment_numbers);
  ADD ("/documents/representative", test_representative);
  ADD ("/documents/margins", test_margins);
  ADD ("/documents/keep-with-next", test_keep_with_next);
  ADD ("/documents/named-sections", test_named_sections);
  ADD ("/documents/hyphenation", test_hyphenation);
  ADD ("/documents/page-fill", test_page_fill);
  ADD ("/documents/fonts-embedded", test_fonts_embedded);
  ADD ("/documents/metadata", test_metadata);
  ADD ("/documents/structure", test_structure);
  ADD ("/documents/minutes/swedish", test_minutes_swedish);
  ADD ("/documents/minutes/english", test_minutes_english);
  ADD ("/documents/minutes/protocol", test_protocol);
  ADD ("/documents/pack", test_pack);
  ADD ("/documents/file-names", test_file_names);
  ADD ("/documents/errors", test_errors);
  ADD ("/documents/async", test_async);
  ADD ("/documents/print-context", test_print_context);
  ADD ("/documents/example", test_example);
  ADD ("/documents/example-2018", test_example_2018);
#undef ADD

  return g_test_run ();
}
