/* sam-wheel.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "sam-store.h"

G_BEGIN_DECLS

/* The year at a glance (årshjul): twelve month sectors with the year
 * starting at the top, one ring per body (the board outermost, then the
 * director group, then the working groups and networks), a mark for every
 * meeting, every assignment's due date and the study trip's days. The same
 * drawing goes to a widget, a PDF and a printer; it needs only Cairo. */

typedef enum
{
  SAM_WHEEL_MARK_MEETING,
  SAM_WHEEL_MARK_DEADLINE,
  SAM_WHEEL_MARK_TRIP,
} SamWheelMarkKind;

typedef struct
{
  SamWheelMarkKind  kind;
  gint64            id;        /* the meeting, assignment or study trip */
  gint64            body_id;   /* the ring's body; 0 for deadlines and trips */
  int               day;       /* day of the year, 0-based */
  int               days;      /* how many days it lasts (a trip), at least 1 */
  char             *date;      /* YYYY-MM-DD */
  char             *title;     /* what it is, for hover and screen readers */
} SamWheelMark;

typedef struct _SamWheel SamWheel;

SamWheel           *sam_wheel_new              (SamStore     *store,
                                                int           year,
                                                GError      **error);
void                sam_wheel_free             (SamWheel     *self);
int                 sam_wheel_get_year         (SamWheel     *self);

guint               sam_wheel_get_n_bodies     (SamWheel     *self);
gint64              sam_wheel_get_body_id      (SamWheel     *self,
                                                guint         index);
const char         *sam_wheel_get_body_name    (SamWheel     *self,
                                                guint         index);
void                sam_wheel_set_body_visible (SamWheel     *self,
                                                gint64        body_id,
                                                gboolean      visible);
gboolean            sam_wheel_get_body_visible (SamWheel     *self,
                                                gint64        body_id);

/* The visible marks, in date order: the order keyboard users visit. */
guint               sam_wheel_get_n_marks      (SamWheel     *self);
const SamWheelMark *sam_wheel_get_mark         (SamWheel     *self,
                                                guint         index);
char               *sam_wheel_describe_mark    (SamWheel     *self,
                                                guint         index,
                                                const char   *language) G_GNUC_WARN_UNUSED_RESULT;

double              sam_wheel_angle_for_day    (SamWheel     *self,
                                                double        day);
void                sam_wheel_get_mark_position (SamWheel    *self,
                                                 double       width,
                                                 double       height,
                                                 guint        index,
                                                 double      *x,
                                                 double      *y);
double              sam_wheel_get_mark_radius  (SamWheel     *self,
                                                double        width,
                                                double        height,
                                                guint         index);
void                sam_wheel_get_ring_bounds  (SamWheel     *self,
                                                double        width,
                                                double        height,
                                                guint         index,
                                                double       *cx,
                                                double       *cy,
                                                double       *inner,
                                                double       *outer);
int                 sam_wheel_hit              (SamWheel     *self,
                                                double        width,
                                                double        height,
                                                double        x,
                                                double        y);
int                 sam_wheel_ring_at          (SamWheel     *self,
                                                double        width,
                                                double        height,
                                                double        x,
                                                double        y,
                                                gint64       *body_id);

/* @language: "sv" or "en" for the words drawn, or NULL for the locale's;
 * @today: YYYY-MM-DD or NULL; @focused: a mark index to highlight, or -1. */
void                sam_wheel_draw             (SamWheel     *self,
                                                cairo_t      *cr,
                                                double        width,
                                                double        height,
                                                const char   *language,
                                                const char   *today,
                                                int           focused,
                                                gboolean      dark);
void                sam_wheel_draw_page        (SamWheel     *self,
                                                cairo_t      *cr,
                                                double        width,
                                                double        height,
                                                const char   *language);
gboolean            sam_wheel_write_pdf        (SamWheel     *self,
                                                const char   *path,
                                                gboolean      a3,
                                                const char   *language,
                                                GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamWheel, sam_wheel_free)

G_END_DECLS
