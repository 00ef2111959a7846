/* sam-wheel.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-wheel"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sam-pdf-file.h"
#include "sam-wheel.h"

typedef struct
{
  gint64    id;
  char     *name;
  char     *color;
  gboolean  visible;
} Ring;

struct _SamWheel
{
  int     year;
  int     n_days;
  GArray *rings;     /* Ring, board first */
  GArray *all_marks; /* SamWheelMark, by date */
  GArray *marks;     /* pointers into all_marks: the visible ones */
};

/* Where things go, in fractions of the wheel's outer radius. */
#define INNER_FRACTION 0.30
#define LABEL_SPACE    34.0

static const char * const months_sv[] = {
  "januari", "februari", "mars", "april", "maj", "juni", "juli",
  "augusti", "september", "oktober", "november", "december",
};
static const char * const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

static const char * const palette[] = {
  "#c01c28", "#1c71d8", "#2ec27e", "#e5a50a", "#9141ac", "#e66100", "#865e3c", "#26a269",
  "#0d7377", "#a51d2d",
};

static void
ring_clear (gpointer data)
{
  Ring *ring = data;

  g_free (ring->name);
  g_free (ring->color);
}

static void
mark_clear (gpointer data)
{
  SamWheelMark *mark = data;

  g_free (mark->date);
  g_free (mark->title);
}

static int
day_of_year (int         year,
             const char *date,
             int        *parsed_year)
{
  int y, m, d, hour, minute;
  GDate value;

  if (!sam_parse_local_datetime (date, &y, &m, &d, &hour, &minute))
    return -1;

  g_date_clear (&value, 1);
  g_date_set_dmy (&value, d, m, y);
  *parsed_year = y;

  return (int)g_date_get_day_of_year (&value) - 1;
}

static void
add_mark (SamWheel         *self,
          SamWheelMarkKind  kind,
          gint64            id,
          gint64            body_id,
          const char       *date,
          int               days,
          const char       *title)
{
  SamWheelMark mark = { 0 };
  int year = 0;

  mark.day = day_of_year (self->year, date, &year);
  if (mark.day < 0 || year != self->year)
    return;

  mark.kind = kind;
  mark.id = id;
  mark.body_id = body_id;
  mark.days = MAX (days, 1);
  mark.date = g_strndup (date, 10);
  mark.title = g_strdup (title);
  g_array_append_val (self->all_marks, mark);
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const SamWheelMark *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;

  return x->id < y->id ? -1 : x->id > y->id;
}

static void
update_visible (SamWheel *self)
{
  g_array_set_size (self->marks, 0);

  for (guint i = 0; i < self->all_marks->len; i++)
    {
      SamWheelMark *mark = &g_array_index (self->all_marks, SamWheelMark, i);

      if (mark->kind != SAM_WHEEL_MARK_MEETING || sam_wheel_get_body_visible (self, mark->body_id))
        g_array_append_val (self->marks, mark);
    }
}

static int
trip_days (const char *starts_on,
           const char *ends_on)
{
  int y1, m1, d1, y2, m2, d2, h, min;
  GDate a, b;

  if (ends_on == NULL
      || !sam_parse_local_datetime (starts_on, &y1, &m1, &d1, &h, &min)
      || !sam_parse_local_datetime (ends_on, &y2, &m2, &d2, &h, &min))
    return 1;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);

  return CLAMP (g_date_days_between (&a, &b) + 1, 1, 366);
}

/**
 * sam_wheel_new:
 * @store: a store
 * @year: the year to show
 * @error: return location for a #GError
 *
 * Reads the year's meetings, deadlines and study trips.
 *
 * Returns: (transfer full): the wheel
 */
SamWheel *
sam_wheel_new (SamStore  *store,
               int        year,
               GError   **error)
{
  g_autoptr(SamWheel) self = g_new0 (SamWheel, 1);
  g_autoptr(GListModel) bodies = sam_store_list_bodies (store);
  /* Only this year's: what the wheel reads does not grow with history. */
  g_autoptr(GListModel) meetings = sam_store_list_meetings_in_year (store, year);
  g_autoptr(GListModel) assignments = sam_store_list_assignments_due_in_year (store, year);
  g_autoptr(GListModel) trips = sam_store_list_study_trips (store);
  g_autoptr(GHashTable) with_meetings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GDate first, last;

  self->year = year;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, year);
  g_date_set_dmy (&last, 31, 12, year);
  self->n_days = g_date_days_between (&first, &last) + 1;

  self->rings = g_array_new (FALSE, TRUE, sizeof (Ring));
  g_array_set_clear_func (self->rings, ring_clear);
  self->all_marks = g_array_new (FALSE, TRUE, sizeof (SamWheelMark));
  g_array_set_clear_func (self->all_marks, mark_clear);
  self->marks = g_array_new (FALSE, FALSE, sizeof (SamWheelMark *));

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *title = NULL;
      gint64 *body_id = g_new (gint64, 1);

      *body_id = sam_meeting_get_body_id (meeting);
      g_hash_table_add (with_meetings, body_id);

      if (sam_meeting_get_title (meeting) != NULL)
        title = g_strdup_printf ("%s: %s", sam_meeting_get_body_name (meeting), sam_meeting_get_title (meeting));
      else if (sam_meeting_get_theme (meeting) != NULL)
        title = g_strdup_printf ("%s: %s", sam_meeting_get_body_name (meeting), sam_meeting_get_theme (meeting));
      else
        title = g_strdup (sam_meeting_get_body_name (meeting));

      add_mark (self, SAM_WHEEL_MARK_MEETING, sam_entity_get_id (SAM_ENTITY (meeting)),
                *body_id, sam_meeting_get_starts_at (meeting), 1, title);
    }

  /* One ring per body that meets this year, in the store's order: the
   * board, the director group, the working groups, the networks. */
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      gint64 id = sam_entity_get_id (SAM_ENTITY (body));
      Ring ring = { 0 };

      if (!g_hash_table_contains (with_meetings, &id))
        continue;

      ring.id = id;
      ring.name = g_strdup (sam_body_get_short_name (body) != NULL ? sam_body_get_short_name (body)
                                                                  : sam_body_get_name (body));
      ring.color = g_strdup (sam_body_get_color (body) != NULL ? sam_body_get_color (body)
                                                              : palette[self->rings->len % G_N_ELEMENTS (palette)]);
      ring.visible = TRUE;
      g_array_append_val (self->rings, ring);
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(SamAssignment) assignment = g_list_model_get_item (assignments, i);

      if (sam_assignment_get_due_on (assignment) != NULL
          && sam_assignment_get_status (assignment) != SAM_ASSIGNMENT_STATUS_CANCELLED)
        add_mark (self, SAM_WHEEL_MARK_DEADLINE, sam_entity_get_id (SAM_ENTITY (assignment)), 0,
                  sam_assignment_get_due_on (assignment), 1, sam_assignment_get_title (assignment));
    }

  for (guint i = 0; i < g_list_model_get_n_items (trips); i++)
    {
      g_autoptr(SamStudyTrip) trip = g_list_model_get_item (trips, i);

      if (sam_study_trip_get_starts_on (trip) != NULL)
        add_mark (self, SAM_WHEEL_MARK_TRIP, sam_entity_get_id (SAM_ENTITY (trip)), 0,
                  sam_study_trip_get_starts_on (trip),
                  trip_days (sam_study_trip_get_starts_on (trip), sam_study_trip_get_ends_on (trip)),
                  sam_study_trip_get_title (trip));
    }

  g_array_sort (self->all_marks, compare_marks);
  update_visible (self);

  return g_steal_pointer (&self);
}

void
sam_wheel_free (SamWheel *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->all_marks, g_array_unref);
  g_clear_pointer (&self->rings, g_array_unref);
  g_free (self);
}

int
sam_wheel_get_year (SamWheel *self)
{
  return self->year;
}

guint
sam_wheel_get_n_bodies (SamWheel *self)
{
  return self->rings->len;
}

gint64
sam_wheel_get_body_id (SamWheel *self,
                       guint     index)
{
  g_return_val_if_fail (index < self->rings->len, 0);

  return g_array_index (self->rings, Ring, index).id;
}

const char *
sam_wheel_get_body_name (SamWheel *self,
                         guint     index)
{
  g_return_val_if_fail (index < self->rings->len, NULL);

  return g_array_index (self->rings, Ring, index).name;
}

void
sam_wheel_set_body_visible (SamWheel *self,
                            gint64    body_id,
                            gboolean  visible)
{
  for (guint i = 0; i < self->rings->len; i++)
    if (g_array_index (self->rings, Ring, i).id == body_id)
      g_array_index (self->rings, Ring, i).visible = visible;

  update_visible (self);
}

gboolean
sam_wheel_get_body_visible (SamWheel *self,
                            gint64    body_id)
{
  for (guint i = 0; i < self->rings->len; i++)
    if (g_array_index (self->rings, Ring, i).id == body_id)
      return g_array_index (self->rings, Ring, i).visible;

  return FALSE;
}

guint
sam_wheel_get_n_marks (SamWheel *self)
{
  return self->marks->len;
}

const SamWheelMark *
sam_wheel_get_mark (SamWheel *self,
                    guint     index)
{
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_array_index (self->marks, SamWheelMark *, index);
}

static char *
format_date (const char *date,
             const char *language)
{
  int y, m, d, h, min;

  if (!sam_parse_local_datetime (date, &y, &m, &d, &h, &min))
    return g_strdup (date);

  if (g_strcmp0 (language, "sv") == 0)
    return g_strdup_printf ("%d %s", d, months_sv[m - 1]);
  if (g_strcmp0 (language, "en") == 0)
    return g_strdup_printf ("%d %s", d, months_en[m - 1]);

  {
    g_autoptr(GDateTime) time = g_date_time_new_local (y, m, d, 12, 0, 0);

    /* Translators: a day in the year at a glance, as in "29 January";
     * see g_date_time_format() for the codes. */
    return g_date_time_format (time, _("%-d %B"));
  }
}

/**
 * sam_wheel_describe_mark:
 * @language: "sv", "en", or %NULL for the user interface's language
 *
 * Returns: what a mark is, for a tooltip and for screen readers
 */
char *
sam_wheel_describe_mark (SamWheel   *self,
                         guint       index,
                         const char *language)
{
  const SamWheelMark *mark = sam_wheel_get_mark (self, index);
  g_autofree char *date = NULL;

  g_return_val_if_fail (mark != NULL, NULL);

  date = format_date (mark->date, language);

  switch (mark->kind)
    {
    case SAM_WHEEL_MARK_DEADLINE:
      /* Translators: an assignment's due date on the year at a glance:
       * "<date>: deadline for <assignment>". */
      return g_strdup_printf (_("%s: deadline for %s"), date, mark->title);

    case SAM_WHEEL_MARK_TRIP:
      /* Translators: "<date>: study trip <title>". */
      return g_strdup_printf (_("%s: study trip %s"), date, mark->title);

    case SAM_WHEEL_MARK_MEETING:
    default:
      return g_strdup_printf ("%s: %s", date, mark->title);
    }
}

/* Geometry */

typedef struct
{
  double cx, cy;
  double outer, inner;
  double ring_width;
  guint  n_rings;     /* visible bodies, plus the deadline ring */
} Geometry;

static guint
visible_rings (SamWheel *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rings->len; i++)
    n += g_array_index (self->rings, Ring, i).visible ? 1 : 0;

  return n;
}

static void
compute_geometry (SamWheel *self,
                  double    width,
                  double    height,
                  Geometry *g)
{
  /* Room for the month names: wide at the sides, one line above and below. */
  double radius = MIN (width / 2.0 - 2.2 * LABEL_SPACE, height / 2.0 - LABEL_SPACE);

  g->cx = width / 2.0;
  g->cy = height / 2.0;
  g->outer = MAX (radius, 40.0);
  g->inner = g->outer * INNER_FRACTION;
  g->n_rings = visible_rings (self) + 1;
  g->ring_width = (g->outer - g->inner) / g->n_rings;
}

/* The ring a body's marks sit on, counted from the outside; the deadlines
 * and trips take the innermost. */
static int
ring_index (SamWheel *self,
            gint64    body_id)
{
  int n = 0;

  for (guint i = 0; i < self->rings->len; i++)
    {
      Ring *ring = &g_array_index (self->rings, Ring, i);

      if (!ring->visible)
        continue;
      if (ring->id == body_id)
        return n;
      n++;
    }

  return n;
}

/**
 * sam_wheel_angle_for_day:
 *
 * Returns: the angle of a day of the year (0-based, fractions allowed) in
 *   radians, clockwise from the top
 */
double
sam_wheel_angle_for_day (SamWheel *self,
                         double    day)
{
  return 2.0 * G_PI * day / self->n_days;
}

/* Cairo's angles run clockwise from three o'clock. */
static double
cairo_angle (SamWheel *self,
             double    day)
{
  return sam_wheel_angle_for_day (self, day) - G_PI / 2.0;
}

static double
ring_radius (const Geometry *g,
             int             ring)
{
  return g->outer - (ring + 0.5) * g->ring_width;
}

static int
mark_ring (SamWheel           *self,
           const Geometry     *g,
           const SamWheelMark *mark)
{
  return mark->kind == SAM_WHEEL_MARK_MEETING ? ring_index (self, mark->body_id) : (int)g->n_rings - 1;
}

/* A mark is as large as its ring allows, but small enough that two marks
 * a week apart on it stay apart: the inner rings are shorter. */
static double
mark_radius (SamWheel       *self,
             const Geometry *g,
             int             ring)
{
  double week = ring_radius (g, ring) * 2.0 * G_PI * 7.0 / self->n_days;

  return MAX (MIN (g->ring_width * 0.32, MIN (9.0, (week - 1.5) / 2.0)), 1.5);
}

static void
mark_center (SamWheel           *self,
             const Geometry     *g,
             const SamWheelMark *mark,
             double             *x,
             double             *y)
{
  double r = ring_radius (g, mark_ring (self, g, mark));
  double angle = cairo_angle (self, mark->day + 0.5);

  *x = g->cx + r * cos (angle);
  *y = g->cy + r * sin (angle);
}

void
sam_wheel_get_mark_position (SamWheel *self,
                             double    width,
                             double    height,
                             guint     index,
                             double   *x,
                             double   *y)
{
  Geometry g;

  compute_geometry (self, width, height, &g);
  mark_center (self, &g, sam_wheel_get_mark (self, index), x, y);
}

/**
 * sam_wheel_get_mark_radius:
 *
 * Returns: the radius of mark @index in a wheel drawn at @width × @height
 */
double
sam_wheel_get_mark_radius (SamWheel *self,
                           double    width,
                           double    height,
                           guint     index)
{
  Geometry g;

  compute_geometry (self, width, height, &g);

  return mark_radius (self, &g, mark_ring (self, &g, sam_wheel_get_mark (self, index)));
}

/**
 * sam_wheel_get_ring_bounds:
 * @index: a visible ring, from the outside; the last is the deadlines'
 *
 * Gets the centre of a wheel drawn at @width × @height and the inner and
 * outer radius of a ring.
 */
void
sam_wheel_get_ring_bounds (SamWheel *self,
                           double    width,
                           double    height,
                           guint     index,
                           double   *cx,
                           double   *cy,
                           double   *inner,
                           double   *outer)
{
  Geometry g;

  compute_geometry (self, width, height, &g);
  *cx = g.cx;
  *cy = g.cy;
  *outer = g.outer - index * g.ring_width;
  *inner = *outer - g.ring_width;
}

/**
 * sam_wheel_hit:
 *
 * Returns: the index of the mark at (@x, @y) in a wheel drawn at @width ×
 *   @height, or -1
 */
int
sam_wheel_hit (SamWheel *self,
               double    width,
               double    height,
               double    x,
               double    y)
{
  Geometry g;
  double best = G_MAXDOUBLE;
  int found = -1;
  double reach;

  compute_geometry (self, width, height, &g);

  for (guint i = 0; i < self->marks->len; i++)
    {
      double mx, my, distance;

      reach = mark_radius (self, &g, mark_ring (self, &g, sam_wheel_get_mark (self, i))) + 3.0;
      mark_center (self, &g, sam_wheel_get_mark (self, i), &mx, &my);
      distance = hypot (mx - x, my - y);
      if (distance <= reach && distance < best)
        {
          best = distance;
          found = (int)i;
        }
    }

  return found;
}

/**
 * sam_wheel_ring_at:
 * @body_id: (out) (optional): the ring's body, 0 for the deadline ring
 *
 * Returns: the day of the year under (@x, @y) when it is on a ring, or -1
 */
int
sam_wheel_ring_at (SamWheel *self,
                   double    width,
                   double    height,
                   double    x,
                   double    y,
                   gint64   *body_id)
{
  Geometry g;
  double r, angle;
  int ring, n = 0;

  compute_geometry (self, width, height, &g);
  r = hypot (x - g.cx, y - g.cy);
  if (r > g.outer || r < g.inner)
    return -1;

  ring = (int)((g.outer - r) / g.ring_width);
  if (body_id != NULL)
    {
      *body_id = 0;
      for (guint i = 0; i < self->rings->len; i++)
        {
          Ring *item = &g_array_index (self->rings, Ring, i);

          if (item->visible && n++ == ring)
            *body_id = item->id;
        }
    }

  angle = atan2 (y - g.cy, x - g.cx) + G_PI / 2.0;
  if (angle < 0)
    angle += 2.0 * G_PI;

  return CLAMP ((int)(angle / (2.0 * G_PI) * self->n_days), 0, self->n_days - 1);
}

/* Drawing */

static void
set_color (cairo_t    *cr,
           const char *spec,
           double      alpha)
{
  unsigned int r = 0x77, g = 0x76, b = 0x7b;

  if (spec != NULL && spec[0] == '#' && strlen (spec) == 7)
    sscanf (spec + 1, "%02x%02x%02x", &r, &g, &b);

  cairo_set_source_rgba (cr, r / 255.0, g / 255.0, b / 255.0, alpha);
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    bold,
           double      align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans");
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
text_size (cairo_t    *cr,
           const char *text,
           double      size,
           gboolean    bold,
           double     *width,
           double     *height)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans");
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;

  pango_font_description_free (font);
  g_object_unref (layout);
}

/* The largest size, down to 6 points, at which a ring's name fits inside
 * its ring when it ends just left of the top; 0 when it does not fit at
 * all (the page's legend names every ring). */
static double
label_size (cairo_t        *cr,
            const Geometry *g,
            int             ring,
            const char     *name)
{
  double r = ring_radius (g, ring);
  double outer = r + g->ring_width / 2.0 - 1.0;
  double inner = r - g->ring_width / 2.0 + 1.0;

  for (double size = CLAMP (g->ring_width * 0.45, 7.0, 12.0); size >= 6.0; size -= 0.5)
    {
      double w, h;

      text_size (cr, name, size, TRUE, &w, &h);
      /* The corner farthest out is the top left, the nearest the bottom
       * right (the text is straight, the ring curves away from it). */
      if (hypot (6.0 + w, r + h / 2.0) <= outer && r - h / 2.0 >= inner)
        return size;
    }

  return 0.0;
}

static const char *
month_name (int         month,
            const char *language,
            char       *buffer,
            gsize       size)
{
  if (g_strcmp0 (language, "sv") == 0)
    return months_sv[month];
  if (g_strcmp0 (language, "en") == 0)
    return months_en[month];

  {
    g_autoptr(GDateTime) time = g_date_time_new_local (2001, month + 1, 1, 12, 0, 0);
    g_autofree char *name = g_date_time_format (time, "%B");

    g_strlcpy (buffer, name, size);
    return buffer;
  }
}

void
sam_wheel_draw (SamWheel   *self,
                cairo_t    *cr,
                double      width,
                double      height,
                const char *language,
                const char *today,
                int         focused,
                gboolean    dark)
{
  const char *ink = dark ? "#ffffff" : "#241f31";
  Geometry g;
  GDate date;
  int n = 0;

  compute_geometry (self, width, height, &g);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The rings, lightly tinted in their body's colour. */
  for (guint i = 0; i < self->rings->len; i++)
    {
      Ring *ring = &g_array_index (self->rings, Ring, i);
      double r;

      if (!ring->visible)
        continue;

      r = g.outer - (n + 0.5) * g.ring_width;
      set_color (cr, ring->color, dark ? 0.22 : 0.13);
      cairo_set_line_width (cr, g.ring_width - 1.0);
      cairo_new_path (cr);
      cairo_arc (cr, g.cx, g.cy, r, 0, 2 * G_PI);
      cairo_stroke (cr);
      n++;
    }

  {
    double r = g.outer - (g.n_rings - 0.5) * g.ring_width;

    set_color (cr, ink, 0.05);
    cairo_set_line_width (cr, g.ring_width - 1.0);
    cairo_new_path (cr);
    cairo_arc (cr, g.cx, g.cy, r, 0, 2 * G_PI);
    cairo_stroke (cr);
  }

  /* Month sectors and names; the year starts at the top. */
  g_date_clear (&date, 1);
  for (int month = 0; month < 12; month++)
    {
      char buffer[64];
      double start, middle, end;
      int days;

      g_date_set_dmy (&date, 1, month + 1, self->year);
      start = g_date_get_day_of_year (&date) - 1;
      days = g_date_get_days_in_month (month + 1, self->year);
      end = start + days;
      middle = (start + end) / 2.0;

      set_color (cr, ink, 0.35);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, g.cx + g.inner * cos (cairo_angle (self, start)),
                     g.cy + g.inner * sin (cairo_angle (self, start)));
      cairo_line_to (cr, g.cx + (g.outer + 6) * cos (cairo_angle (self, start)),
                     g.cy + (g.outer + 6) * sin (cairo_angle (self, start)));
      cairo_stroke (cr);

      /* Names lean outwards: left of the wheel they end at the circle,
       * right of it they start there. */
      set_color (cr, ink, 0.85);
      draw_text (cr, month_name (month, language, buffer, sizeof buffer),
                 g.cx + (g.outer + 10.0) * cos (cairo_angle (self, middle)),
                 g.cy + (g.outer + LABEL_SPACE / 2.0) * sin (cairo_angle (self, middle)),
                 CLAMP (g.outer / 22.0, 8.0, 14.0), FALSE,
                 0.5 * (1.0 - cos (cairo_angle (self, middle))));
    }

  /* Week ticks on the outer edge, at every Monday. */
  set_color (cr, ink, 0.45);
  cairo_set_line_width (cr, 1.0);
  for (int day = 0; day < self->n_days; day++)
    {
      g_date_set_dmy (&date, 1, 1, self->year);
      g_date_add_days (&date, day);
      if (g_date_get_weekday (&date) != G_DATE_MONDAY)
        continue;

      cairo_move_to (cr, g.cx + g.outer * cos (cairo_angle (self, day)),
                     g.cy + g.outer * sin (cairo_angle (self, day)));
      cairo_line_to (cr, g.cx + (g.outer - 4) * cos (cairo_angle (self, day)),
                     g.cy + (g.outer - 4) * sin (cairo_angle (self, day)));
      cairo_stroke (cr);
    }

  /* The rings' names, just after the top. */
  n = 0;
  for (guint i = 0; i < self->rings->len; i++)
    {
      Ring *ring = &g_array_index (self->rings, Ring, i);
      double r;

      if (!ring->visible)
        continue;

      double size = label_size (cr, &g, n, ring->name);

      r = ring_radius (&g, n);
      if (size > 0.0)
        {
          set_color (cr, ring->color, 1.0);
          draw_text (cr, ring->name, g.cx - 6, g.cy - r, size, TRUE, 1.0);
        }
      n++;
    }

  /* The marks: a dot per meeting, a diamond per deadline, an arc per trip.
   * Marks of one kind on one day and ring are drawn once, with their
   * count beside them. */
  for (guint i = 0; i < self->marks->len; i++)
    {
      const SamWheelMark *mark = sam_wheel_get_mark (self, i);
      int ring = mark_ring (self, &g, mark);
      double x, y, radius = mark_radius (self, &g, ring);
      guint same = 1;
      gboolean drawn = FALSE;

      for (guint j = 0; j < self->marks->len; j++)
        {
          const SamWheelMark *other = sam_wheel_get_mark (self, j);

          if (j == i || other->kind != mark->kind || other->day != mark->day
              || mark_ring (self, &g, other) != ring || mark->kind == SAM_WHEEL_MARK_TRIP)
            continue;
          same++;
          if (j < i)
            drawn = TRUE;
        }
      if (drawn && (int)i != focused)
        continue;

      mark_center (self, &g, mark, &x, &y);

      if (mark->kind == SAM_WHEEL_MARK_MEETING)
        {
          int visible = 0;

          for (guint j = 0; j < self->rings->len; j++)
            {
              Ring *item = &g_array_index (self->rings, Ring, j);

              if (item->visible && visible++ == ring)
                set_color (cr, item->color, 1.0);
            }
          cairo_new_path (cr);
          cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, 1, 1, 1, dark ? 0.4 : 0.9);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
      else if (mark->kind == SAM_WHEEL_MARK_DEADLINE)
        {
          set_color (cr, "#e01b24", 1.0);
          cairo_new_path (cr);
          cairo_move_to (cr, x, y - radius);
          cairo_line_to (cr, x + radius * 0.8, y);
          cairo_line_to (cr, x, y + radius);
          cairo_line_to (cr, x - radius * 0.8, y);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      else
        {
          double r = ring_radius (&g, (int)g.n_rings - 1);

          set_color (cr, "#2ec27e", 1.0);
          cairo_set_line_width (cr, radius * 1.6);
          cairo_new_path (cr);
          cairo_arc (cr, g.cx, g.cy, r, cairo_angle (self, mark->day),
                     cairo_angle (self, mark->day + mark->days));
          cairo_stroke (cr);
        }

      if (same > 1 && !drawn)
        {
          g_autofree char *count = g_strdup_printf ("%u", same);
          double outward = cairo_angle (self, mark->day + 0.5);

          set_color (cr, ink, 0.9);
          draw_text (cr, count, x + (radius + 4.0) * cos (outward + G_PI / 2.0),
                     y + (radius + 4.0) * sin (outward + G_PI / 2.0), MAX (radius * 1.6, 6.0), TRUE, 0.5);
        }

      if ((int)i == focused)
        {
          set_color (cr, dark ? "#78aeed" : "#1c71d8", 1.0);
          cairo_set_line_width (cr, 2.5);
          cairo_new_path (cr);
          cairo_arc (cr, x, y, radius + 4.0, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }

  /* Today. */
  if (today != NULL)
    {
      int year = 0;
      int day = day_of_year (self->year, today, &year);

      if (day >= 0 && year == self->year)
        {
          set_color (cr, "#e01b24", 0.9);
          cairo_set_line_width (cr, 2.0);
          cairo_move_to (cr, g.cx + (g.inner - 4) * cos (cairo_angle (self, day + 0.5)),
                         g.cy + (g.inner - 4) * sin (cairo_angle (self, day + 0.5)));
          cairo_line_to (cr, g.cx + (g.outer + 4) * cos (cairo_angle (self, day + 0.5)),
                         g.cy + (g.outer + 4) * sin (cairo_angle (self, day + 0.5)));
          cairo_stroke (cr);
        }
    }

  /* The year in the middle. */
  {
    g_autofree char *year = g_strdup_printf ("%d", self->year);

    set_color (cr, ink, 0.9);
    draw_text (cr, year, g.cx, g.cy, CLAMP (g.inner * 0.42, 12.0, 40.0), TRUE, 0.5);
  }

  cairo_restore (cr);
}

static gboolean
has_kind (SamWheel         *self,
          SamWheelMarkKind  kind)
{
  for (guint i = 0; i < self->marks->len; i++)
    if (sam_wheel_get_mark (self, i)->kind == kind)
      return TRUE;

  return FALSE;
}

/* Structure tags, on a PDF surface only. */
static void
tag_begin (cairo_t    *cr,
           const char *name)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_begin (cr, name, NULL);
}

static void
tag_end (cairo_t    *cr,
         const char *name)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_end (cr, name);
}

/**
 * sam_wheel_draw_page:
 * @cr: a Cairo context of @width × @height points (a PDF page, a printer)
 * @language: "sv" or "en"
 *
 * Draws the wheel as a page: a title, a legend and the wheel.
 */
void
sam_wheel_draw_page (SamWheel   *self,
                     cairo_t    *cr,
                     double      width,
                     double      height,
                     const char *language)
{
  double margin = 56.7; /* 20 mm */
  gboolean sv = g_strcmp0 (language, "en") != 0;
  g_autofree char *title = g_strdup_printf (sv ? "Årshjul %d" : "Year at a glance %d", self->year);
  double legend_y;

  cairo_save (cr);
  tag_begin (cr, "Document");
  tag_begin (cr, "H1");
  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  draw_text (cr, title, margin, margin + 10, 22, TRUE, 0.0);
  tag_end (cr, "H1");

  /* The legend: one line per ring, then the deadlines and trips. */
  legend_y = margin + 50;
  for (guint i = 0; i < self->rings->len; i++)
    {
      Ring *ring = &g_array_index (self->rings, Ring, i);

      if (!ring->visible)
        continue;

      tag_begin (cr, "P");
      set_color (cr, ring->color, 1.0);
      cairo_new_path (cr);
      cairo_arc (cr, margin + 6, legend_y, 5, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      draw_text (cr, ring->name, margin + 18, legend_y, 10, FALSE, 0.0);
      tag_end (cr, "P");
      legend_y += 18;
    }
  if (has_kind (self, SAM_WHEEL_MARK_DEADLINE))
    {
      tag_begin (cr, "P");
      set_color (cr, "#e01b24", 1.0);
      cairo_new_path (cr);
      cairo_move_to (cr, margin + 6, legend_y - 5);
      cairo_line_to (cr, margin + 10, legend_y);
      cairo_line_to (cr, margin + 6, legend_y + 5);
      cairo_line_to (cr, margin + 2, legend_y);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      draw_text (cr, sv ? "Uppdrag: sista dag" : "Assignments due", margin + 18, legend_y, 10, FALSE, 0.0);
      tag_end (cr, "P");
      legend_y += 18;
    }
  if (has_kind (self, SAM_WHEEL_MARK_TRIP))
    {
      tag_begin (cr, "P");
      set_color (cr, "#2ec27e", 1.0);
      cairo_new_path (cr);
      cairo_rectangle (cr, margin, legend_y - 3, 12, 6);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      draw_text (cr, sv ? "Studieresa" : "Study trip", margin + 18, legend_y, 10, FALSE, 0.0);
      tag_end (cr, "P");
    }

  /* The wheel fills the rest, right of the legend. */
  /* Cairo 1.16 cannot give the figure its alternative text; the legend
   * and the month names inside it are its text. */
  tag_begin (cr, "Figure");
  cairo_translate (cr, width * 0.25, margin);
  sam_wheel_draw (self, cr, width * 0.75 - margin, height - 2 * margin, sv ? "sv" : "en", NULL, -1, FALSE);
  tag_end (cr, "Figure");
  tag_end (cr, "Document");
  cairo_restore (cr);
}

typedef struct
{
  SamWheel   *wheel;
  const char *language;
  double      width;
  double      height;
} WheelPage;

static void
draw_wheel_page (cairo_t  *cr,
                 guint     page,
                 gpointer  data)
{
  WheelPage *wheel_page = data;

  sam_wheel_draw_page (wheel_page->wheel, cr, wheel_page->width, wheel_page->height, wheel_page->language);
}

/**
 * sam_wheel_write_pdf:
 * @a3: A3 rather than A4, both landscape
 * @language: "sv" or "en"
 *
 * Writes the wheel as a one-page PDF with a title and a legend; like the
 * documents, the file is 0600 and replaced only once it is complete.
 */
gboolean
sam_wheel_write_pdf (SamWheel    *self,
                     const char  *path,
                     gboolean     a3,
                     const char  *language,
                     GError     **error)
{
  WheelPage wheel_page = { self, language, a3 ? 1190.55 : 841.89, a3 ? 841.89 : 595.28 };
  gboolean sv = g_strcmp0 (language, "en") != 0;
  g_autofree char *title = g_strdup_printf (sv ? "Årshjul %d" : "Year at a glance %d", self->year);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamPdfFile pdf = { wheel_page.width, wheel_page.height, title, NULL, NULL, 1, draw_wheel_page, &wheel_page };

  return sam_pdf_file_write (&pdf, file, NULL, error);
}
