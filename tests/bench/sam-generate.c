/* sam-generate.c: a seeded generator of a large, realistic dataset for the
 * benchmarks (by default twenty years of a collaboration like MLR's).
 *
 *   sam-generate [--years N] [--seed S] [--force] [--reuse] -o FILE
 *
 * Every year adds the same amounts: 124 meetings over 11 bodies, about
 * 2,035 agenda items (sub-items included), 500 decisions, 250 assignments,
 * 30 people, 320 attendance rows, 100 PDF attachments of 50–200 KB, a study
 * trip; every fourth year a plan with its areas, focus questions and
 * activities. The years end with next year, whose meetings are planned.
 * The same seed, year count and day give the same data.
 *
 * It writes through the store's public API only, in one transaction, into
 * FILE.tmp, renamed to FILE when done.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-generate"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "sam-store.h"

/* Bump when the data it writes changes, so that a benchmark regenerates
 * its database instead of reusing an old one. */
#define GENERATOR_VERSION 1
#define VERSION_SETTING "benchmark-generator"

#define MEETINGS_PER_YEAR 124
#define ITEMS_PER_20_YEARS 40698
#define DECISIONS_PER_YEAR 500
#define ASSIGNMENTS_PER_YEAR 250
#define PEOPLE_PER_YEAR 30
#define ATTENDANCE_PER_YEAR 320
#define ATTACHMENTS_PER_YEAR 100
#define PLAN_YEARS 4
#define N_BASE_PDFS 8

/* Words */

static const char * const municipality_names[] = {
  "Burlöv", "Eslöv", "Höör", "Kävlinge", "Lomma", "Lund",
  "Malmö", "Skurup", "Staffanstorp", "Svedala", "Trelleborg", "Vellinge",
};

static const char * const organizations[] = {
  "Region Skåne", "Länsstyrelsen Skåne", "Sveriges Kommuner och Regioner", "Skånes Kommuner",
  "Lunds universitet", "Malmö universitet", "Trafikverket", "Boverket", "Familjen Helsingborg",
  "Sydsvenska Industri- och Handelskammaren",
};

static const char * const first_names[] = {
  "Anna", "Åsa", "Björn", "Göran", "Jörgen", "Märta", "Örjan", "Karin", "Lars", "Eva",
  "Håkan", "Kjell", "Maria", "Per", "Sören", "Ingrid", "Mårten", "Lena", "Bengt", "Ulla",
  "Ängla", "Olof", "Sofia", "Johan", "Birgitta", "Gösta", "Elin", "Anders", "Linnéa", "Stefan",
  "Malin", "Torbjörn", "Helén", "Jöns", "Agneta", "Mats", "Cecilia", "Åke", "Katarina", "Pär",
  "Annika", "Fredrik", "Märit", "Henrik", "Ylva", "Nils", "Therése", "Magnus", "Susanne", "Björn-Åke",
};

static const char * const last_names[] = {
  "Åberg", "Öberg", "Ström", "Lindqvist", "Håkansson", "Sjöström", "Ängström", "Nilsson",
  "Persson", "Jönsson", "Larsson", "Mårtensson", "Bengtsson", "Svensson", "Olsson", "Göransson",
  "Hägg", "Löfgren", "Björk", "Ek", "Nordström", "Wikström", "Sandén", "Dahlén", "Forsén",
  "Åkesson", "Önnerfors", "Kjellberg", "Fält", "Blomqvist", "Lundgren", "Strömberg", "Hellström",
  "Sköld", "Östberg", "Rosén", "Mattsson", "Palmér", "Ågren", "Wallén",
};

static const char * const person_titles[] = {
  "kommundirektör", "stadsdirektör", "biträdande kommundirektör", "HR-chef", "ekonomichef",
  "planeringschef", "näringslivschef", "kommunikationschef", "utredare", "strateg",
  "controller", "digitaliseringsstrateg", "miljöchef", "socialchef", "förvaltningschef",
};

typedef struct
{
  SamBodyKind  kind;
  const char  *name;
  const char  *short_name;
  guint        meetings;   /* a year */
  double       weight;     /* of its agendas */
} BodySpec;

static const BodySpec body_specs[] = {
  { SAM_BODY_KIND_BOARD, "Styrelsen för MalmöLundregionen", "Styrelsen", 6, 1.1 },
  { SAM_BODY_KIND_DIRECTOR_GROUP, "Kommundirektörsgruppen", "KDG", 22, 1.5 },
  { SAM_BODY_KIND_WORKING_GROUP, "Arbetsgruppen för mark och bostäder", "Mark och bostäder", 12, 0.8 },
  { SAM_BODY_KIND_WORKING_GROUP, "Arbetsgruppen för näringsliv och besöksnäring", "Näringsliv", 12, 0.8 },
  { SAM_BODY_KIND_WORKING_GROUP, "Arbetsgruppen för kommunikation", "Kommunikation", 12, 0.8 },
  { SAM_BODY_KIND_WORKING_GROUP, "Arbetsgruppen för välfärd och hälsa", "Välfärd", 12, 0.8 },
  { SAM_BODY_KIND_WORKING_GROUP, "Arbetsgruppen för kompetensförsörjning", "Kompetens", 12, 0.8 },
  { SAM_BODY_KIND_NETWORK, "HR-chefsnätverket", "HR", 10, 0.6 },
  { SAM_BODY_KIND_NETWORK, "Ekonomichefsnätverket", "Ekonomi", 10, 0.6 },
  { SAM_BODY_KIND_NETWORK, "Nätverket för digitalisering", "Digitalisering", 10, 0.6 },
  { SAM_BODY_KIND_EXTERNAL, "Kommunala samverkansforumet i Skåne (KoSS)", "KoSS", 6, 0.5 },
};

static const char * const topics[] = {
  "Bostadsförsörjning i delregionen", "Kompetensförsörjning inom äldreomsorgen",
  "Regional utvecklingsstrategi för Skåne", "Gemensam översiktsplanering", "Trafik och kollektivtrafik",
  "Skånebanan och Öresundståg", "Näringslivsklimat och företagsservice", "Digital förvaltning",
  "Gemensam e-arkivlösning", "Upphandlingssamverkan", "Integration och arbetsmarknad",
  "Barn och ungas psykiska hälsa", "Klimatanpassning längs kusten", "Vattenförsörjning och VA-samverkan",
  "Besöksnäring och evenemang", "Kulturstrategi för delregionen", "Folkhälsa och välfärd",
  "Säkerhet och krisberedskap", "Civilt försvar", "Föräldraskapsstöd", "Gymnasiesamverkan",
  "Yrkesvux och lärcentra", "Energiomställning och solenergi", "Cykelvägar mellan kommunerna",
  "Mark för verksamhetsetableringar", "Öresundsregionens arbetsmarknad", "Lönebildning och HR-frågor",
  "Ekonomiska förutsättningar och skatteunderlag", "Kommunikationsplan för året",
  "Studieresa och internat", "Årsredovisning och verksamhetsberättelse", "Medlemsavgift och budget",
};

static const char * const qualifiers[] = {
  "lägesrapport", "beslut om inriktning", "återrapport från arbetsgruppen", "information",
  "diskussion", "förslag till yttrande", "uppföljning", "remiss från Region Skåne",
  "fördjupning", "redovisning av uppdrag", "planering för nästa år", "dialog med gäster",
};

static const char * const opening_items[] = {
  "Mötets öppnande", "Val av justerare", "Godkännande av dagordningen",
  "Föregående mötes minnesanteckningar",
};

static const char * const closing_items[] = {
  "Uppföljning av uppdrag", "Information från sekretariatet", "Övriga frågor", "Mötet avslutas",
};

static const char * const places[] = {
  "Stadshuset, Lund", "Rådhuset, Malmö", "Kommunhuset i Höör", "Kommunhuset i Lomma",
  "Kävlinge kommunhus", "Stadshuset i Trelleborg", "Staffanstorps kommunhus", "Eslövs stadshus",
  "Burlövs kommunhus, Arlöv", "Vellinge kommunhus", "Svedala kommunhus", "Skurups kommunhus",
  "Hotell Öresund, Ystad", "Kungsgården på Östarp",
};

static const char * const sentences[] = {
  "Sekretariatet redogör för läget och de frågor som återstår.",
  "Arbetsgruppen har träffats fyra gånger sedan förra mötet.",
  "Frågan har beretts i kommundirektörsgruppen och lyfts nu för beslut.",
  "Kommunerna har olika förutsättningar, och en gemensam väg behöver förankras.",
  "Region Skåne önskar ett samlat yttrande från delregionen före sommaren.",
  "Förslaget innebär inga ökade kostnader för medlemskommunerna.",
  "Underlaget bifogas och presenteras muntligt på mötet.",
  "Diskussionen förs vidare i nätverket under hösten.",
  "Det finns ett stort intresse från näringslivet att delta i arbetet.",
  "Ärendet följs upp vid årets sista möte.",
};

static const char * const cities[][2] = {
  { "Köpenhamn", "Danmark" }, { "Aarhus", "Danmark" }, { "Göteborg", "Sverige" },
  { "Umeå", "Sverige" }, { "Åbo", "Finland" }, { "Helsingfors", "Finland" }, { "Tallinn", "Estland" },
  { "Hamburg", "Tyskland" }, { "Rotterdam", "Nederländerna" }, { "Wien", "Österrike" },
  { "Bryssel", "Belgien" }, { "Oslo", "Norge" }, { "Bergen", "Norge" }, { "Freiburg", "Tyskland" },
  { "Malaga", "Spanien" }, { "Edinburgh", "Storbritannien" },
};

static const char * const months[] = {
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
};

/* The generator's state */

typedef struct
{
  gint64   id;
  gint64   meeting_id;
  gboolean decision;
  gboolean past;
  char     date[11];
} ItemRef;

typedef struct
{
  gint64 id;
  gint64 body_index;
  gboolean past;
  char date[11];
} MeetingRef;

typedef struct
{
  SamStore *store;
  GRand    *rand;
  int       first_year;
  int       last_year;
  char      today[11];

  gint64    municipalities[G_N_ELEMENTS (municipality_names)];
  gint64    bodies[G_N_ELEMENTS (body_specs)];
  GArray   *people;        /* gint64 */
  GArray   *focus_questions;
  GArray   *activities;
  GArray   *trips;
  gint64    item_count;    /* agenda items so far, for the rate */

  GBytes   *pdfs[N_BASE_PDFS];
  gsize     pdf_stamp[N_BASE_PDFS];  /* where the unique number goes */
  guint     n_attachments;

  GHashTable *counts;      /* table → rows written */
} Gen;

static const char *
pick (Gen                *gen,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (gen->rand, 0, (gint32)n)];
}

#define PICK(gen, list) pick ((gen), (list), G_N_ELEMENTS (list))

static gboolean
chance (Gen    *gen,
        double  p)
{
  return g_rand_double (gen->rand) < p;
}

static void
count_row (Gen        *gen,
           const char *table)
{
  gpointer n = g_hash_table_lookup (gen->counts, table);

  g_hash_table_insert (gen->counts, (gpointer)table, GSIZE_TO_POINTER (GPOINTER_TO_SIZE (n) + 1));
}

static gint64
insert (Gen        *gen,
        const char *table,
        gpointer    entity)
{
  g_autoptr(GError) error = NULL;

  if (!sam_store_insert (gen->store, entity, &error))
    {
      g_printerr ("sam-generate: could not add a %s: %s\n", table, error->message);
      exit (1);
    }
  count_row (gen, table);

  return sam_entity_get_id (SAM_ENTITY (entity));
}

static gint64
random_person (Gen *gen)
{
  /* The people of recent years take part more than those long gone. */
  guint n = gen->people->len;
  guint recent = MIN (n, PEOPLE_PER_YEAR * 5);

  if (n == 0)
    return 0;

  if (chance (gen, 0.85))
    return g_array_index (gen->people, gint64, n - 1 - (guint)g_rand_int_range (gen->rand, 0, (gint32)recent));

  return g_array_index (gen->people, gint64, (guint)g_rand_int_range (gen->rand, 0, (gint32)n));
}

static char *
sentences_text (Gen   *gen,
                guint  n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, PICK (gen, sentences));
    }

  return g_string_free (text, FALSE);
}

static void
date_add_days (const char *date,
               int         days,
               char        out[11])
{
  int y, m, d;
  g_autoptr(GDate) g = NULL;

  sscanf (date, "%d-%d-%d", &y, &m, &d);
  g = g_date_new_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y);
  if (days >= 0)
    g_date_add_days (g, (guint)days);
  else
    g_date_subtract_days (g, (guint)-days);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (g), g_date_get_month (g), g_date_get_day (g));
}

/* PDFs: a few real documents made once, each copy given its own number
 * inside the PDF (so that every attachment's SHA-256 differs) by writing
 * digits of the same length over a placeholder in its title. */

#define STAMP "0000000000"

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_pdf (Gen   *gen,
          guint  pages,
          gsize  padding)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  PangoFontDescription *font;
  /* The image of "scanned" noise pads the document to its size. */
  int side = (int)MAX (16.0, sqrt ((double)padding / 3.0));
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, side, side);
  unsigned char *pixels = cairo_image_surface_get_data (image);

  for (int i = 0; i < cairo_image_surface_get_stride (image) * side; i++)
    pixels[i] = (unsigned char)g_rand_int_range (gen->rand, 0, 256);
  cairo_surface_mark_dirty (image);

  surface = cairo_pdf_surface_create_for_stream (write_to_array, bytes, 595.2756, 841.8898);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "Samverkan bilaga " STAMP);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("DejaVu Sans 11");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 480 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  for (guint page = 0; page < pages; page++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "%s – %s\n\n", PICK (gen, topics), PICK (gen, qualifiers));
      for (guint p = 0; p < 12; p++)
        {
          g_autofree char *paragraph = sentences_text (gen, 4);

          g_string_append_printf (text, "%s\n\n", paragraph);
        }
      g_string_append_printf (text, "Sida %u av %u", page + 1, pages);

      cairo_move_to (cr, 57, 57);
      pango_layout_set_text (layout, text->str, -1);
      pango_cairo_show_layout (cr, layout);

      if (page == 0)
        {
          cairo_save (cr);
          cairo_translate (cr, 57, 600);
          cairo_scale (cr, 180.0 / side, 180.0 / side);
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      cairo_show_page (cr);
    }

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  cairo_surface_destroy (image);

  return g_byte_array_free_to_bytes (bytes);
}

static void
make_pdfs (Gen *gen)
{
  for (guint i = 0; i < N_BASE_PDFS; i++)
    {
      gsize target = 56 * 1024 + i * (140 * 1024) / (N_BASE_PDFS - 1);
      gsize size;
      const char *data;

      /* Once to measure the text, once padded to the size. */
      gen->pdfs[i] = make_pdf (gen, 1 + i % 6, 0);
      size = g_bytes_get_size (gen->pdfs[i]);
      g_bytes_unref (gen->pdfs[i]);
      gen->pdfs[i] = make_pdf (gen, 1 + i % 6, target > size + 2048 ? target - size - 2048 : 0);
      data = g_bytes_get_data (gen->pdfs[i], &size);
      gen->pdf_stamp[i] = G_MAXSIZE;
      for (gsize at = 0; at + strlen (STAMP) <= size; at++)
        if (memcmp (data + at, STAMP, strlen (STAMP)) == 0)
          {
            gen->pdf_stamp[i] = at;
            break;
          }
    }
}

static GBytes *
unique_pdf (Gen  *gen,
            guint base)
{
  gsize size;
  const char *data = g_bytes_get_data (gen->pdfs[base], &size);
  char *copy;
  char number[16];

  g_snprintf (number, sizeof number, "%010u", ++gen->n_attachments);

  if (gen->pdf_stamp[base] == G_MAXSIZE)
    {
      /* No placeholder found: a comment after the end still makes it unique. */
      g_autofree char *tail = g_strdup_printf ("%%sam-unique %s\n", number);

      copy = g_malloc (size + strlen (tail));
      memcpy (copy, data, size);
      memcpy (copy + size, tail, strlen (tail));
      return g_bytes_new_take (copy, size + strlen (tail));
    }

  copy = g_memdup2 (data, size);
  memcpy (copy + gen->pdf_stamp[base], number, strlen (STAMP));

  return g_bytes_new_take (copy, size);
}

/* What stays through the years */

static void
add_municipalities (Gen *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (municipality_names); i++)
    {
      g_autoptr(SamMunicipality) municipality = sam_municipality_new ();
      g_autofree char *from = g_strdup_printf ("%d-01-01", g_str_equal (municipality_names[i], "Skurup")
                                                           ? gen->first_year + 3 : gen->first_year);

      sam_municipality_set_name (municipality, municipality_names[i]);
      sam_municipality_set_short_name (municipality, municipality_names[i]);
      sam_municipality_set_member_from (municipality, from);
      gen->municipalities[i] = insert (gen, "municipality", municipality);
    }
}

static void
add_bodies (Gen *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_specs); i++)
    {
      g_autoptr(SamBody) body = sam_body_new ();
      g_autofree char *started = g_strdup_printf ("%d-01-01", gen->first_year);
      g_autofree char *purpose = sentences_text (gen, 2);

      sam_body_set_kind (body, body_specs[i].kind);
      sam_body_set_name (body, body_specs[i].name);
      sam_body_set_short_name (body, body_specs[i].short_name);
      sam_body_set_purpose (body, purpose);
      sam_body_set_started_on (body, started);
      if (i >= 2)
        sam_body_set_reports_to_id (body, gen->bodies[1]);
      else if (i == 1)
        sam_body_set_reports_to_id (body, gen->bodies[0]);
      gen->bodies[i] = insert (gen, "body", body);
    }
}

static void
add_people (Gen *gen,
            int  year)
{
  for (guint i = 0; i < PEOPLE_PER_YEAR; i++)
    {
      g_autoptr(SamPerson) person = sam_person_new ();
      const char *first = PICK (gen, first_names);
      const char *last = PICK (gen, last_names);
      g_autofree char *name = g_strdup_printf ("%s %s", first, last);
      g_autofree char *email = NULL;
      g_autofree char *phone = g_strdup_printf ("0%d-%03d %02d %02d", g_rand_int_range (gen->rand, 40, 47),
                                                g_rand_int_range (gen->rand, 100, 999),
                                                g_rand_int_range (gen->rand, 10, 99),
                                                g_rand_int_range (gen->rand, 10, 99));
      gint64 id;

      sam_person_set_name (person, name);
      sam_person_set_title (person, PICK (gen, person_titles));
      if (i % 5 == 4)
        {
          sam_person_set_organization (person, PICK (gen, organizations));
          email = g_strdup_printf ("person%u.%d@example.org", i, year);
        }
      else
        {
          guint m = (i + (guint)year) % G_N_ELEMENTS (municipality_names);

          sam_person_set_municipality_id (person, gen->municipalities[m]);
          email = g_strdup_printf ("person%u.%d@%s.example.se", i, year, "kommun");
        }
      sam_person_set_email (person, email);
      sam_person_set_phone (person, phone);
      id = insert (gen, "person", person);
      g_array_append_val (gen->people, id);
    }
}

static void
add_memberships (Gen *gen,
                 int  year)
{
  g_autofree char *from = g_strdup_printf ("%d-01-01", year);
  g_autofree char *until = g_strdup_printf ("%d-12-31", year);

  for (guint b = 0; b < G_N_ELEMENTS (body_specs); b++)
    {
      guint n_members = b <= 1 ? 2 : 3;

      /* The chair rotates every year. */
      {
        g_autoptr(SamMembership) chair = sam_membership_new ();

        sam_membership_set_body_id (chair, gen->bodies[b]);
        sam_membership_set_person_id (chair, random_person (gen));
        sam_membership_set_role (chair, SAM_MEMBERSHIP_ROLE_CHAIR);
        sam_membership_set_valid_from (chair, from);
        sam_membership_set_valid_until (chair, until);
        insert (gen, "membership", chair);
      }

      for (guint i = 0; i < n_members; i++)
        {
          g_autoptr(SamMembership) member = sam_membership_new ();
          g_autofree char *to = g_strdup_printf ("%d-12-31", year + 3);

          sam_membership_set_body_id (member, gen->bodies[b]);
          sam_membership_set_person_id (member, random_person (gen));
          sam_membership_set_role (member, i == 0 && b >= 2 ? SAM_MEMBERSHIP_ROLE_SECRETARY
                                                             : SAM_MEMBERSHIP_ROLE_MEMBER);
          sam_membership_set_valid_from (member, from);
          sam_membership_set_valid_until (member, to);
          insert (gen, "membership", member);
        }

      /* The member municipalities, once. */
      if (year == gen->first_year && b <= 1)
        for (guint m = 0; m < G_N_ELEMENTS (municipality_names); m++)
          {
            g_autoptr(SamMembership) member = sam_membership_new ();

            sam_membership_set_body_id (member, gen->bodies[b]);
            sam_membership_set_municipality_id (member, gen->municipalities[m]);
            sam_membership_set_valid_from (member, from);
            insert (gen, "membership", member);
          }
    }
}

static void
add_plan (Gen *gen,
          int  year)
{
  g_autoptr(SamPlan) plan = sam_plan_new ();
  g_autofree char *title = g_strdup_printf ("Verksamhetsplan %d–%d", year, year + PLAN_YEARS - 1);
  g_autofree char *adopted = g_strdup_printf ("%d-11-%02d", year - 1, 10 + g_rand_int_range (gen->rand, 0, 15));
  g_autofree char *summary = sentences_text (gen, 3);
  gboolean over = year + PLAN_YEARS - 1 < gen->last_year - 1;
  gint64 plan_id;
  gint64 areas[4];

  sam_plan_set_title (plan, title);
  sam_plan_set_first_year (plan, year);
  sam_plan_set_last_year (plan, year + PLAN_YEARS - 1);
  sam_plan_set_adopted_on (plan, adopted);
  sam_plan_set_summary (plan, summary);
  plan_id = insert (gen, "plan", plan);

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      g_autoptr(SamArea) area = sam_area_new ();
      g_autofree char *description = sentences_text (gen, 2);

      sam_area_set_plan_id (area, plan_id);
      sam_area_set_title (area, PICK (gen, topics));
      sam_area_set_description (area, description);
      areas[a] = insert (gen, "area", area);
    }

  for (guint f = 0; f < 8; f++)
    {
      g_autoptr(SamFocusQuestion) question = sam_focus_question_new ();
      g_autofree char *question_title = g_strdup_printf ("Hur stärker vi %s?", PICK (gen, topics));
      g_autofree char *goal = sentences_text (gen, 2);
      gint64 responsible[3];
      guint n_responsible = 1 + (guint)g_rand_int_range (gen->rand, 0, 3);
      gint64 question_id;
      g_autoptr(GError) error = NULL;

      question_title[strlen ("Hur stärker vi ")] = g_ascii_tolower (question_title[strlen ("Hur stärker vi ")]);
      sam_focus_question_set_plan_id (question, plan_id);
      sam_focus_question_set_area_id (question, areas[f % G_N_ELEMENTS (areas)]);
      sam_focus_question_set_title (question, question_title);
      sam_focus_question_set_long_term_goal (question, goal);
      if (over || chance (gen, 0.1))
        {
          g_autofree char *concluded = g_strdup_printf ("%d-12-15", MIN (year + PLAN_YEARS - 1, gen->last_year - 1));

          sam_focus_question_set_status (question, SAM_FOCUS_STATUS_CONCLUDED);
          sam_focus_question_set_concluded_on (question, concluded);
          sam_focus_question_set_outcome (question, "Målbilden är nådd och arbetet går över i ordinarie verksamhet.");
        }
      question_id = insert (gen, "focus_question", question);
      g_array_append_val (gen->focus_questions, question_id);

      for (guint r = 0; r < n_responsible; r++)
        responsible[r] = gen->municipalities[(f * 5 + r * 7 + (guint)year) % G_N_ELEMENTS (municipality_names)];
      if (!sam_store_set_responsible_ids (gen->store, question_id, responsible, n_responsible, &error))
        g_error ("responsible municipalities: %s", error->message);

      for (int y = year; y < year + PLAN_YEARS && y <= gen->last_year; y++)
        {
          g_autoptr(SamFocusYear) focus_year = sam_focus_year_new ();
          g_autofree char *description = sentences_text (gen, 2);
          g_autofree char *implementation = sentences_text (gen, 2);

          sam_focus_year_set_focus_question_id (focus_year, question_id);
          sam_focus_year_set_year (focus_year, y);
          sam_focus_year_set_description (focus_year, description);
          sam_focus_year_set_implementation (focus_year, implementation);
          insert (gen, "focus_year", focus_year);
        }
    }

  for (guint i = 0; i < 25; i++)
    {
      g_autoptr(SamActivity) activity = sam_activity_new ();
      g_autofree char *activity_title = g_strdup_printf ("%s: %s", PICK (gen, topics), PICK (gen, qualifiers));
      g_autofree char *description = sentences_text (gen, 3);
      g_autofree char *follow_up_on = g_strdup_printf ("%d-%02d-15", year + 1, 1 + g_rand_int_range (gen->rand, 0, 12));
      gint64 id;

      sam_activity_set_plan_id (activity, plan_id);
      sam_activity_set_category (activity, (SamActivityCategory)(i % 5));
      sam_activity_set_kind (activity, i % 3 == 0 ? SAM_ACTIVITY_KIND_RECURRING : SAM_ACTIVITY_KIND_PROJECT);
      sam_activity_set_focus_question_id (activity, g_array_index (gen->focus_questions, gint64,
                                                                   gen->focus_questions->len - 1 - i % 8));
      sam_activity_set_area_id (activity, areas[i % G_N_ELEMENTS (areas)]);
      sam_activity_set_title (activity, activity_title);
      sam_activity_set_description (activity, description);
      sam_activity_set_goals (activity, "Fler gemensamma lösningar och ett enklare vardagsarbete i kommunerna.");
      sam_activity_set_governance (activity, "Kommundirektörsgruppen styr; arbetsgruppen genomför.");
      sam_activity_set_follow_up_on (activity, follow_up_on);
      sam_activity_set_priority (activity, g_rand_int_range (gen->rand, 0, 4));
      sam_activity_set_responsible_body_id (activity, gen->bodies[2 + i % (G_N_ELEMENTS (body_specs) - 2)]);
      sam_activity_set_budget (activity, 50000 * g_rand_int_range (gen->rand, 0, 20));
      sam_activity_set_co_financing (activity, 25000 * g_rand_int_range (gen->rand, 0, 4));
      sam_activity_set_status (activity, over ? SAM_ACTIVITY_STATUS_DONE
                                              : (SamActivityStatus)g_rand_int_range (gen->rand, 0, 4));
      id = insert (gen, "activity", activity);
      g_array_append_val (gen->activities, id);
    }
}

static void
add_trip (Gen *gen,
          int  year)
{
  g_autoptr(SamStudyTrip) trip = sam_study_trip_new ();
  guint c = (guint)g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (cities));
  g_autofree char *title = g_strdup_printf ("Studieresa %d", year);
  g_autofree char *starts = g_strdup_printf ("%d-09-%02d", year, 10 + g_rand_int_range (gen->rand, 0, 10));
  char ends[11];
  gboolean past = year < gen->last_year - 1;
  guint first_person;
  gint64 trip_id;

  date_add_days (starts, 2, ends);
  sam_study_trip_set_title (trip, title);
  sam_study_trip_set_body_id (trip, gen->bodies[1]);
  sam_study_trip_set_starts_on (trip, starts);
  sam_study_trip_set_ends_on (trip, ends);
  sam_study_trip_set_status (trip, past ? SAM_TRIP_STATUS_COMPLETED : SAM_TRIP_STATUS_SHORTLISTED);
  sam_study_trip_set_purpose (trip, "Att lära av andra regioners samverkan kring bostäder, trafik och kompetens.");
  sam_study_trip_set_budget (trip, 300000);
  trip_id = insert (gen, "study_trip", trip);
  g_array_append_val (gen->trips, trip_id);

  for (guint d = 0; d < 5; d++)
    {
      g_autoptr(SamDestination) destination = sam_destination_new ();
      guint k = (c + d * 3) % G_N_ELEMENTS (cities);

      sam_destination_set_study_trip_id (destination, trip_id);
      sam_destination_set_city (destination, cities[k][0]);
      sam_destination_set_country (destination, cities[k][1]);
      sam_destination_set_rationale (destination, "Har arbetat länge med mellankommunal samverkan.");
      sam_destination_set_themes (destination, "bostäder; kollektivtrafik; näringsliv");
      sam_destination_set_proposed_by (destination, municipality_names[(d + (guint)year) % 12]);
      sam_destination_set_shortlisted (destination, d < 3);
      sam_destination_set_chosen (destination, past && d == 0);
      insert (gen, "destination", destination);
    }

  first_person = gen->people->len - MIN (gen->people->len, 60);
  for (guint p = 0; p < 12 && first_person + p * 4 < gen->people->len; p++)
    {
      g_autoptr(SamTripParticipant) participant = sam_trip_participant_new ();

      sam_trip_participant_set_study_trip_id (participant, trip_id);
      sam_trip_participant_set_person_id (participant,
                                          g_array_index (gen->people, gint64, first_person + p * 4));
      sam_trip_participant_set_role (participant, p == 0 ? "reseledare" : "deltagare");
      insert (gen, "trip_participant", participant);
    }

  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(SamProgrammeItem) item = sam_programme_item_new ();
      char day[11];
      g_autofree char *time = g_strdup_printf ("%02u:00", 9 + (i % 3) * 3);
      g_autofree char *item_title = g_strdup_printf ("Studiebesök: %s", PICK (gen, topics));

      date_add_days (starts, (int)(i / 3), day);
      sam_programme_item_set_study_trip_id (item, trip_id);
      sam_programme_item_set_day (item, day);
      sam_programme_item_set_time (item, time);
      sam_programme_item_set_title (item, item_title);
      sam_programme_item_set_place (item, cities[c][0]);
      insert (gen, "programme_item", item);
    }
}

/* One year of meetings */

static guint
items_in_year (Gen *gen,
               int  index)
{
  /* The rate is fixed, so N years hold N/20 of the 20-year total. */
  gint64 before = (gint64)index * ITEMS_PER_20_YEARS / 20;
  gint64 after = (gint64)(index + 1) * ITEMS_PER_20_YEARS / 20;

  return (guint)(after - before);
}

static gint64
add_item (Gen           *gen,
          GArray        *items,
          MeetingRef    *meeting,
          gint64         parent_id,
          const char    *title,
          SamItemKind    kind,
          gboolean       tentative)
{
  g_autoptr(SamAgendaItem) item = sam_agenda_item_new ();
  ItemRef ref = { 0 };

  sam_agenda_item_set_meeting_id (item, meeting->id);
  sam_agenda_item_set_parent_id (item, parent_id);
  sam_agenda_item_set_kind (item, kind);
  sam_agenda_item_set_title (item, title);
  sam_agenda_item_set_duration (item, kind == SAM_ITEM_KIND_PROCEDURE ? 5 : 5 * g_rand_int_range (gen->rand, 2, 10));
  sam_agenda_item_set_tentative (item, tentative);
  if (kind != SAM_ITEM_KIND_PROCEDURE)
    {
      g_autofree char *background = sentences_text (gen, 2 + (guint)g_rand_int_range (gen->rand, 0, 3));

      sam_agenda_item_set_background (item, background);
      if (chance (gen, 0.3))
        {
          g_autofree char *case_number = g_strdup_printf ("MLR %.4s/%03d", meeting->date,
                                                          g_rand_int_range (gen->rand, 1, 999));

          sam_agenda_item_set_case_number (item, case_number);
        }
      if (kind == SAM_ITEM_KIND_DECISION)
        sam_agenda_item_set_proposed_decision (item, "Att godkänna förslaget enligt underlaget.");
      if (meeting->past)
        {
          g_autofree char *minutes = sentences_text (gen, 2);

          sam_agenda_item_set_minutes_text (item, minutes);
          if (chance (gen, 0.3))
            sam_agenda_item_set_remarks (item, "Gruppen betonade vikten av tidig förankring i kommunerna.");
        }
      if (chance (gen, 0.1) && gen->focus_questions->len > 0)
        sam_agenda_item_set_focus_question_id (item, g_array_index (gen->focus_questions, gint64,
                                                                    gen->focus_questions->len - 1
                                                                    - (guint)g_rand_int_range (gen->rand, 0, 8)));
      else if (chance (gen, 0.1) && gen->activities->len > 0)
        sam_agenda_item_set_activity_id (item, g_array_index (gen->activities, gint64,
                                                              gen->activities->len - 1
                                                              - (guint)g_rand_int_range (gen->rand, 0, 25)));
      else if (chance (gen, 0.05))
        sam_agenda_item_set_linked_body_id (item, gen->bodies[2 + g_rand_int_range (gen->rand, 0, 9)]);
      else if (chance (gen, 0.03) && gen->trips->len > 0)
        sam_agenda_item_set_study_trip_id (item, g_array_index (gen->trips, gint64, gen->trips->len - 1));
    }

  ref.id = insert (gen, "agenda_item", item);
  ref.meeting_id = meeting->id;
  ref.decision = kind == SAM_ITEM_KIND_DECISION;
  ref.past = meeting->past;
  memcpy (ref.date, meeting->date, sizeof ref.date);
  g_array_append_val (items, ref);
  gen->item_count++;

  if (kind != SAM_ITEM_KIND_PROCEDURE && chance (gen, 0.5))
    {
      gint64 presenters[2] = { random_person (gen), random_person (gen) };
      guint n = presenters[0] != presenters[1] && chance (gen, 0.2) ? 2 : 1;
      g_autoptr(GError) error = NULL;

      if (!sam_store_set_presenter_ids (gen->store, ref.id, presenters, n, &error))
        g_error ("presenters: %s", error->message);
      count_row (gen, "agenda_item_presenter");
    }

  return ref.id;
}

static void
add_agenda (Gen        *gen,
            GArray     *items,
            MeetingRef *meeting,
            guint       n_items)
{
  guint n_open = G_N_ELEMENTS (opening_items);
  guint n_close = G_N_ELEMENTS (closing_items);
  guint added = 0;

  if (n_items < n_open + n_close + 1)
    {
      n_open = MIN (2u, n_items);
      n_close = n_items > n_open ? 1 : 0;
    }

  for (guint i = 0; i < n_open; i++, added++)
    add_item (gen, items, meeting, 0, opening_items[i], SAM_ITEM_KIND_PROCEDURE, FALSE);

  while (added < n_items - n_close)
    {
      g_autofree char *title = g_strdup_printf ("%s – %s", PICK (gen, topics), PICK (gen, qualifiers));
      SamItemKind kind = chance (gen, 0.35) ? SAM_ITEM_KIND_DECISION
                                            : (SamItemKind)g_rand_int_range (gen->rand, 1, 4);
      guint remaining = n_items - n_close - added - 1;
      guint wanted = 2 + (guint)g_rand_int_range (gen->rand, 0, 3);
      guint n_sub = remaining >= 2 && chance (gen, 0.2) ? MIN (remaining, wanted) : 0;
      gint64 parent = add_item (gen, items, meeting, 0, title, kind, !meeting->past && chance (gen, 0.1));

      added++;
      for (guint s = 0; s < n_sub; s++, added++)
        {
          g_autofree char *sub = g_strdup_printf ("%s i %s", PICK (gen, qualifiers),
                                                  municipality_names[g_rand_int_range (gen->rand, 0, 12)]);

          sub[0] = g_ascii_toupper (sub[0]);
          add_item (gen, items, meeting, parent, sub, SAM_ITEM_KIND_INFORMATION, FALSE);
        }
    }

  for (guint i = G_N_ELEMENTS (closing_items) - n_close; i < G_N_ELEMENTS (closing_items); i++, added++)
    add_item (gen, items, meeting, 0, closing_items[i],
              i == 0 ? SAM_ITEM_KIND_FOLLOW_UP : SAM_ITEM_KIND_PROCEDURE, FALSE);
}

static void
add_year (Gen *gen,
          int  year)
{
  int index = year - gen->first_year;
  guint n_items = items_in_year (gen, index);
  g_autoptr(GArray) meetings = g_array_new (FALSE, TRUE, sizeof (MeetingRef));
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItemRef));
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) attended = g_array_new (FALSE, TRUE, sizeof (guint));
  double total_weight = 0;
  guint assigned = 0;
  guint decision_items = 0;

  add_people (gen, year);
  add_memberships (gen, year);
  if (index % PLAN_YEARS == 0)
    add_plan (gen, year);
  add_trip (gen, year);

  /* The meetings, spread over the year body by body; the director group's
   * autumn meeting is a two-day retreat with the longest agenda. */
  for (guint b = 0; b < G_N_ELEMENTS (body_specs); b++)
    for (guint k = 0; k < body_specs[b].meetings; k++)
      {
        g_autoptr(SamMeeting) meeting = sam_meeting_new ();
        MeetingRef ref = { 0 };
        int day_of_year = 8 + (int)((k * 350 + b * 11) / body_specs[b].meetings) + g_rand_int_range (gen->rand, 0, 5);
        g_autoptr(GDate) date = g_date_new_dmy (1, 1, (GDateYear)year);
        g_autofree char *starts = NULL;
        g_autofree char *ends = NULL;
        g_autofree char *title = NULL;
        gboolean retreat = b == 1 && k == body_specs[b].meetings * 3 / 4;
        int hour = 9 + g_rand_int_range (gen->rand, 0, 6);
        double weight;

        g_date_add_days (date, (guint)MIN (day_of_year, 360));
        g_snprintf (ref.date, sizeof ref.date, "%04d-%02d-%02d",
                    g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
        starts = g_strdup_printf ("%sT%02d:00", ref.date, hour);
        if (retreat)
          {
            char next[11];

            date_add_days (ref.date, 1, next);
            ends = g_strdup_printf ("%sT15:00", next);
            title = g_strdup_printf ("Internat i %s", PICK (gen, places));
          }
        else
          {
            ends = g_strdup_printf ("%sT%02d:00", ref.date, hour + 2 + (b <= 1));
            title = g_strdup_printf ("%s %d %s", body_specs[b].short_name, g_date_get_day (date),
                                     months[g_date_get_month (date) - 1]);
          }
        ref.past = strcmp (ref.date, gen->today) < 0;
        ref.body_index = b;

        sam_meeting_set_body_id (meeting, gen->bodies[b]);
        sam_meeting_set_kind (meeting, retreat ? SAM_MEETING_KIND_RETREAT
                                               : k % 7 == 3 ? SAM_MEETING_KIND_WORKSHOP
                                                            : SAM_MEETING_KIND_MEETING);
        sam_meeting_set_title (meeting, title);
        sam_meeting_set_starts_at (meeting, starts);
        sam_meeting_set_ends_at (meeting, ends);
        if (chance (gen, 0.15))
          sam_meeting_set_online (meeting, TRUE);
        else
          sam_meeting_set_location (meeting, PICK (gen, places));
        sam_meeting_set_theme (meeting, PICK (gen, topics));
        sam_meeting_set_host_municipality_id (meeting, gen->municipalities[(k + b) % 12]);
        sam_meeting_set_chair_id (meeting, random_person (gen));
        sam_meeting_set_secretary_id (meeting, random_person (gen));
        if (ref.past)
          sam_meeting_set_status (meeting, chance (gen, 0.03) ? SAM_MEETING_STATUS_CANCELLED
                                           : chance (gen, 0.8) ? SAM_MEETING_STATUS_MINUTES_APPROVED
                                                               : SAM_MEETING_STATUS_HELD);
        else
          sam_meeting_set_status (meeting, chance (gen, 0.2) ? SAM_MEETING_STATUS_AGENDA_SENT
                                                             : SAM_MEETING_STATUS_PLANNED);
        sam_meeting_set_minutes_label (meeting, b == 0 ? SAM_MINUTES_LABEL_PROTOCOL
                                                       : b == 1 ? SAM_MINUTES_LABEL_NOTES
                                                                : SAM_MINUTES_LABEL_MEETING_NOTES);
        if (b == 0 && ref.past)
          {
            char adjusted[11];

            date_add_days (ref.date, 7, adjusted);
            sam_meeting_set_adjusted_on (meeting, adjusted);
          }
        if (meetings->len > 0 && g_array_index (meetings, MeetingRef, meetings->len - 1).body_index == b)
          sam_meeting_set_approves_minutes_of_id (meeting, g_array_index (meetings, MeetingRef, meetings->len - 1).id);
        ref.id = insert (gen, "meeting", meeting);
        g_array_append_val (meetings, ref);

        weight = retreat ? 2.6 : body_specs[b].weight * (0.7 + 0.6 * g_rand_double (gen->rand));
        g_array_append_val (weights, weight);
        total_weight += weight;
      }

  /* The year's agenda items shared by weight (largest remainder left to
   * the last meetings), a few kept as proposals not yet placed. */
  for (guint m = 0; m < meetings->len; m++)
    {
      MeetingRef *meeting = &g_array_index (meetings, MeetingRef, m);
      double share = g_array_index (weights, double, m) / total_weight * (n_items - 10);
      guint n = m + 1 == meetings->len ? n_items - 10 - assigned : (guint)(share + 0.5);

      n = MIN (n, n_items - 10 - assigned);
      assigned += n;
      add_agenda (gen, items, meeting, n);
    }

  for (guint p = 0; p < 10; p++)
    {
      g_autoptr(SamAgendaItem) proposed = sam_agenda_item_new ();
      g_autofree char *title = g_strdup_printf ("%s – %s", PICK (gen, topics), "förslag till kommande möte");

      sam_agenda_item_set_body_id (proposed, gen->bodies[p % G_N_ELEMENTS (body_specs)]);
      sam_agenda_item_set_title (proposed, title);
      sam_agenda_item_set_tentative (proposed, TRUE);
      sam_agenda_item_set_kind (proposed, SAM_ITEM_KIND_DISCUSSION);
      insert (gen, "agenda_item", proposed);
      gen->item_count++;
    }

  /* Decisions on the decision items first, then on others. */
  for (guint i = 0; i < items->len; i++)
    decision_items += g_array_index (items, ItemRef, i).decision;

  for (guint d = 0, i = 0; d < DECISIONS_PER_YEAR; i++)
    {
      ItemRef *item = &g_array_index (items, ItemRef, (i * 7) % items->len);
      g_autoptr(SamDecision) decision = sam_decision_new ();
      g_autofree char *text = NULL;

      if (!item->decision && i < items->len * 2 && decision_items > 0)
        continue;

      text = g_strdup_printf ("%s beslutar att %s.", "Mötet",
                              chance (gen, 0.5) ? "godkänna förslaget" : "ge sekretariatet i uppdrag att gå vidare");
      if (chance (gen, 0.3))
        {
          g_free (text);
          text = g_strdup ("Informationen lades till handlingarna.");
        }
      sam_decision_set_agenda_item_id (decision, item->id);
      sam_decision_set_text (decision, text);
      sam_decision_set_outcome (decision, chance (gen, 0.25) ? SAM_DECISION_OUTCOME_NOTED
                                         : chance (gen, 0.9) ? SAM_DECISION_OUTCOME_APPROVED
                                                             : (SamDecisionOutcome)g_rand_int_range (gen->rand, 1, 5));
      sam_decision_set_follow_up (decision, item->past ? (chance (gen, 0.7) ? SAM_FOLLOW_UP_DONE
                                                                            : (SamFollowUp)g_rand_int_range (gen->rand, 0, 4))
                                                       : SAM_FOLLOW_UP_NOT_STARTED);
      insert (gen, "decision", decision);
      d++;
    }

  /* Assignments, with owners of every kind and due dates after the
   * meeting; those due before today are mostly done, some still open. */
  for (guint a = 0; a < ASSIGNMENTS_PER_YEAR; a++)
    {
      ItemRef *item = &g_array_index (items, ItemRef, (a * 13 + 5) % items->len);
      g_autoptr(SamAssignment) assignment = sam_assignment_new ();
      g_autofree char *title = g_strdup_printf ("Ta fram underlag om %s", PICK (gen, topics));
      char due[11];
      SamOwnerKind owner = (SamOwnerKind)(a % 5);

      title[strlen ("Ta fram underlag om ")] = g_ascii_tolower (title[strlen ("Ta fram underlag om ")]);
      date_add_days (item->date, 30 + g_rand_int_range (gen->rand, 0, 150), due);
      sam_assignment_set_agenda_item_id (assignment, item->id);
      sam_assignment_set_title (assignment, title);
      sam_assignment_set_description (assignment, "Redovisas för kommundirektörsgruppen senast på angivet datum.");
      sam_assignment_set_owner_kind (assignment, owner);
      if (owner == SAM_OWNER_KIND_PERSON)
        sam_assignment_set_owner_person_id (assignment, random_person (gen));
      else if (owner == SAM_OWNER_KIND_BODY)
        sam_assignment_set_owner_body_id (assignment, gen->bodies[g_rand_int_range (gen->rand, 0, 11)]);
      else if (owner == SAM_OWNER_KIND_MUNICIPALITY)
        sam_assignment_set_owner_municipality_id (assignment, gen->municipalities[g_rand_int_range (gen->rand, 0, 12)]);
      if (!chance (gen, 0.1))
        sam_assignment_set_due_on (assignment, due);
      if (strcmp (due, gen->today) < 0)
        {
          double r = g_rand_double (gen->rand);

          if (r < 0.75)
            {
              sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_DONE);
              sam_assignment_set_completed_on (assignment, due);
            }
          else if (r < 0.85)
            sam_assignment_set_status (assignment, SAM_ASSIGNMENT_STATUS_CANCELLED);
        }
      insert (gen, "assignment", assignment);
    }

  /* Attendance at the board's and the director group's held meetings. */
  for (guint m = 0; m < meetings->len; m++)
    if (g_array_index (meetings, MeetingRef, m).body_index <= 1)
      g_array_append_val (attended, m);

  for (guint r = 0, i = 0; i < attended->len; i++)
    {
      MeetingRef *meeting = &g_array_index (meetings, MeetingRef, g_array_index (attended, guint, i));
      guint n = (ATTENDANCE_PER_YEAR * (i + 1)) / attended->len - r;
      guint first = gen->people->len - MIN (gen->people->len, 120);
      guint pool = MIN (gen->people->len, 120);
      guint step = pool >= n * 5 ? 1 + (guint)g_rand_int_range (gen->rand, 0, 5) : 1;

      for (guint p = 0; p < n; p++, r++)
        {
          g_autoptr(SamAttendance) attendance = sam_attendance_new ();
          guint person = first + (p * step + i) % pool;

          sam_attendance_set_meeting_id (attendance, meeting->id);
          sam_attendance_set_person_id (attendance, g_array_index (gen->people, gint64, person));
          sam_attendance_set_role (attendance, p == 0 ? SAM_ATTENDANCE_ROLE_CHAIR
                                               : p == 1 ? SAM_ATTENDANCE_ROLE_SECRETARY
                                               : p > n - 3 ? SAM_ATTENDANCE_ROLE_ALSO_ATTENDING
                                                           : SAM_ATTENDANCE_ROLE_MEMBER);
          sam_attendance_set_present (attendance, meeting->past && !chance (gen, 0.1));
          sam_attendance_set_adjuster (attendance, meeting->body_index == 0 && (p == 2 || p == 3));
          insert (gen, "attendance", attendance);
        }
    }

  /* Attachments, numbered per meeting, on the board's and the director
   * group's items. */
  {
    g_autoptr(GHashTable) numbers = g_hash_table_new (g_int64_hash, g_int64_equal);

    for (guint a = 0; a < ATTACHMENTS_PER_YEAR; a++)
      {
        ItemRef *item = &g_array_index (items, ItemRef, (a * 37 + 11) % items->len);
        g_autoptr(SamAttachment) attachment = sam_attachment_new ();
        g_autoptr(GBytes) pdf = unique_pdf (gen, (guint)g_rand_int_range (gen->rand, 0, N_BASE_PDFS));
        g_autoptr(GError) error = NULL;
        guint number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, &item->meeting_id)) + 1;
        g_autofree char *title = g_strdup_printf ("Bilaga %u – %s", number, PICK (gen, topics));
        g_autofree char *file_name = g_strdup_printf ("bilaga-%u-%s.pdf", number, item->date);

        g_hash_table_insert (numbers, &item->meeting_id, GUINT_TO_POINTER (number));
        sam_attachment_set_meeting_id (attachment, item->meeting_id);
        sam_attachment_set_agenda_item_id (attachment, item->id);
        sam_attachment_set_number (attachment, (int)number);
        sam_attachment_set_title (attachment, title);
        sam_attachment_set_file_name (attachment, file_name);
        sam_attachment_set_media_type (attachment, "application/pdf");
        if (!sam_store_set_attachment_data (gen->store, attachment, pdf, &error))
          g_error ("attachment: %s", error->message);
        count_row (gen, "attachment");
      }
  }
}

/* The command line */

static gboolean
existing_is_current (const char *path,
                     const char *signature)
{
  g_autoptr(SamStore) store = NULL;
  g_autofree char *value = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;

  store = sam_store_open (path, NULL);
  if (store == NULL)
    return FALSE;

  value = sam_store_get_setting (store, VERSION_SETTING);

  return g_strcmp0 (value, signature) == 0;
}

static int
compare_tables (gconstpointer a,
                gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

int
main (int    argc,
      char **argv)
{
  int years = 20;
  gint64 seed = 1;
  int last_year = 0;
  gboolean force = FALSE;
  gboolean reuse = FALSE;
  gboolean quiet = FALSE;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "years", 'y', 0, G_OPTION_ARG_INT, &years, "Years of history (default 20)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the random choices (default 1)", "S" },
    { "last-year", 0, 0, G_OPTION_ARG_INT, &last_year, "The last year (default: next year)", "YYYY" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The database to write", "FILE" },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, "Replace FILE if it exists", NULL },
    { "reuse", 0, 0, G_OPTION_ARG_NONE, &reuse,
      "Keep FILE if this generator version made it with the same options", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only errors", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write a large benchmark database");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *today = NULL;
  GHashTableIter iter;
  gpointer key, value;
  Gen gen = { 0 };
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  GStatBuf st;

  setlocale (LC_ALL, "");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("sam-generate: %s\n", error->message);
      return 2;
    }
  if (output == NULL || years < 1 || years > 200)
    {
      g_printerr ("sam-generate: give the database with -o FILE (and --years between 1 and 200)\n");
      return 2;
    }

  if (last_year == 0)
    last_year = g_date_time_get_year (now) + 1;
  today = g_date_time_format (now, "%Y-%m-%d");
  signature = g_strdup_printf ("version=%d years=%d seed=%" G_GINT64_FORMAT " last-year=%d",
                               GENERATOR_VERSION, years, seed, last_year);

  if (reuse && existing_is_current (output, signature))
    {
      if (!quiet)
        g_print ("sam-generate: %s is current (%s)\n", output, signature);
      return 0;
    }

  if (g_file_test (output, G_FILE_TEST_EXISTS) && !force && !reuse)
    {
      g_printerr ("sam-generate: %s exists; give --force to replace it\n", output);
      return 1;
    }

  tmp = g_strconcat (output, ".tmp", NULL);
  for (const char *suffix = ""; suffix != NULL; suffix = g_str_equal (suffix, "") ? "-wal"
                                                         : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (tmp, suffix, NULL);

      g_unlink (file);
    }

  gen.store = sam_store_open (tmp, &error);
  if (gen.store == NULL)
    {
      g_printerr ("sam-generate: %s\n", error->message);
      return 1;
    }
  gen.rand = g_rand_new_with_seed_array ((const guint32 *)&seed, 2);
  gen.first_year = last_year - years + 1;
  gen.last_year = last_year;
  g_strlcpy (gen.today, today, sizeof gen.today);
  gen.people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.focus_questions = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.activities = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.trips = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.counts = g_hash_table_new (g_str_hash, g_str_equal);

  make_pdfs (&gen);

  if (!sam_store_begin (gen.store, &error))
    g_error ("begin: %s", error->message);

  add_municipalities (&gen);
  add_bodies (&gen);
  for (int year = gen.first_year; year <= gen.last_year; year++)
    add_year (&gen, year);

  if (!sam_store_set_setting (gen.store, VERSION_SETTING, signature, &error)
      || !sam_store_commit (gen.store, &error))
    {
      g_printerr ("sam-generate: %s\n", error->message);
      return 1;
    }

  g_clear_object (&gen.store);
  if (g_rename (tmp, output) != 0)
    {
      g_printerr ("sam-generate: could not rename %s to %s: %s\n", tmp, output, g_strerror (errno));
      return 1;
    }

  if (!quiet)
    {
      tables = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, gen.counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_ptr_array_add (tables, key);
      g_ptr_array_sort (tables, compare_tables);

      g_print ("sam-generate: %s, %d years (%d–%d), seed %" G_GINT64_FORMAT "\n",
               output, years, gen.first_year, gen.last_year, seed);
      for (guint i = 0; i < tables->len; i++)
        g_print ("  %-22s %7zu\n", (const char *)tables->pdata[i],
                 GPOINTER_TO_SIZE (g_hash_table_lookup (gen.counts, tables->pdata[i])));
      getrusage (RUSAGE_SELF, &usage);
      g_stat (output, &st);
      g_print ("  %.1f s wall, %.1f s CPU, %.0f MiB file, %ld MiB peak RSS\n",
               (g_get_monotonic_time () - start) / 1e6,
               usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
               + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
               st.st_size / 1048576.0, usage.ru_maxrss / 1024);
    }

  for (guint i = 0; i < N_BASE_PDFS; i++)
    g_bytes_unref (gen.pdfs[i]);
  g_hash_table_unref (gen.counts);
  g_array_unref (gen.people);
  g_array_unref (gen.focus_questions);
  g_array_unref (gen.activities);
  g_array_unref (gen.trips);
  g_rand_free (gen.rand);

  return 0;
}
