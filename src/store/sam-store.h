/* sam-store.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sam-model.h"

G_BEGIN_DECLS

#define SAM_STORE_ERROR (sam_store_error_quark ())

typedef enum
{
  SAM_STORE_ERROR_FAILED,
  SAM_STORE_ERROR_NOT_DATABASE,
  SAM_STORE_ERROR_TOO_NEW,
  SAM_STORE_ERROR_NOT_FOUND,
  SAM_STORE_ERROR_CONSTRAINT,
  SAM_STORE_ERROR_BUSY,
  SAM_STORE_ERROR_READ_ONLY,
  SAM_STORE_ERROR_EMPTY_FILE,
} SamStoreError;

/* How sam_store_open_full() opens a database. */
typedef enum
{
  SAM_STORE_OPEN_DEFAULT     = 0,
  /* Run SQLite's quick check first; a damaged file opens read-only. */
  SAM_STORE_OPEN_CHECK       = 1 << 0,
  /* Refuse a missing file instead of creating it. */
  SAM_STORE_OPEN_EXISTING    = 1 << 1,
  /* The connection of the window or the command line: writes that meet a
   * lock fail soon rather than waiting on the main thread (the caller
   * keeps the edit and retries). */
  SAM_STORE_OPEN_INTERACTIVE = 1 << 2,
  /* Open at once and leave the quick check to sam_store_check_async();
   * writes are refused with %SAM_STORE_ERROR_BUSY until it is done. A file
   * that needs migrating is still checked first. */
  SAM_STORE_OPEN_CHECK_LATER = 1 << 3,
} SamStoreOpenFlags;

/* Why a store is read-only. */
typedef enum
{
  SAM_STORE_WRITABLE,
  SAM_STORE_READ_ONLY_DAMAGED,
  SAM_STORE_READ_ONLY_FILE,
  SAM_STORE_READ_ONLY_FOLDER,
} SamStoreReadOnly;

typedef enum
{
  SAM_STORE_CHANGE_INSERT,
  SAM_STORE_CHANGE_UPDATE,
  SAM_STORE_CHANGE_DELETE,
} SamStoreChange;

/* The result of sam_store_check(): one row per table. */
typedef struct
{
  const char *table;
  gint64      rows;
} SamTableCount;

#define SAM_TYPE_STORE (sam_store_get_type ())

G_DECLARE_FINAL_TYPE (SamStore, sam_store, SAM, STORE, GObject)

GQuark        sam_store_error_quark               (void);

char         *sam_store_default_path              (void) G_GNUC_WARN_UNUSED_RESULT;
SamStore     *sam_store_open                      (const char     *path,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
SamStore     *sam_store_open_full                 (const char     *path,
                                                   SamStoreOpenFlags flags,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
void          sam_store_open_async                (const char     *path,
                                                   SamStoreOpenFlags flags,
                                                   GCancellable   *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer        user_data);
SamStore     *sam_store_open_finish               (GAsyncResult   *result,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
SamStoreReadOnly sam_store_get_read_only          (SamStore       *self);
const char   *sam_store_get_damage                (SamStore       *self);
gboolean      sam_store_get_check_pending         (SamStore       *self);
void          sam_store_check_async               (SamStore       *self,
                                                   GCancellable   *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer        user_data);
gboolean      sam_store_check_finish              (SamStore       *self,
                                                   GAsyncResult   *result,
                                                   GError        **error);
gboolean      sam_store_has_changes_since         (SamStore       *self,
                                                   guint64         mark);
guint64       sam_store_get_change_mark           (SamStore       *self);
const char   *sam_store_get_path                  (SamStore       *self);
int           sam_store_get_schema_version        (SamStore       *self);
int           sam_store_get_latest_schema_version (void);
const GType  *sam_store_get_entity_types          (guint          *n_types);
GType         sam_store_type_for_table            (const char     *table);

gboolean      sam_store_begin                     (SamStore       *self,
                                                   GError        **error);
gboolean      sam_store_commit                    (SamStore       *self,
                                                   GError        **error);
void          sam_store_rollback                  (SamStore       *self);

gboolean      sam_store_insert                    (SamStore       *self,
                                                   gpointer        entity,
                                                   GError        **error);
gboolean      sam_store_update                    (SamStore       *self,
                                                   gpointer        entity,
                                                   GError        **error);
gboolean      sam_store_delete                    (SamStore       *self,
                                                   gpointer        entity,
                                                   GError        **error);
gboolean      sam_store_save_as_is                (SamStore       *self,
                                                   gpointer        entity,
                                                   GError        **error);
gpointer      sam_store_load                      (SamStore       *self,
                                                   GType           type,
                                                   gint64          id,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gpointer      sam_store_load_by_uuid              (SamStore       *self,
                                                   GType           type,
                                                   const char     *uuid,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gint64        sam_store_find_id                   (SamStore       *self,
                                                   GType           type,
                                                   const char     *uuid);
char         *sam_store_find_uuid                 (SamStore       *self,
                                                   GType           type,
                                                   gint64          id) G_GNUC_WARN_UNUSED_RESULT;
gint64        sam_store_count                     (SamStore       *self,
                                                   GType           type);
gboolean      sam_store_is_empty                  (SamStore       *self);
guint64       sam_store_get_statement_count       (SamStore       *self);

char         *sam_store_get_setting               (SamStore       *self,
                                                   const char     *key) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_set_setting               (SamStore       *self,
                                                   const char     *key,
                                                   const char     *value,
                                                   GError        **error);

char         *sam_store_get_user_person           (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_set_user_person           (SamStore       *self,
                                                   const char     *uuid,
                                                   GError        **error);

GArray       *sam_store_get_presenter_ids         (SamStore       *self,
                                                   gint64          agenda_item_id) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_set_presenter_ids         (SamStore       *self,
                                                   gint64          agenda_item_id,
                                                   const gint64   *person_ids,
                                                   guint           n_ids,
                                                   GError        **error);
GArray       *sam_store_get_responsible_ids       (SamStore       *self,
                                                   gint64          focus_question_id) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_set_responsible_ids       (SamStore       *self,
                                                   gint64          focus_question_id,
                                                   const gint64   *municipality_ids,
                                                   guint           n_ids,
                                                   GError        **error);

GBytes       *sam_store_load_attachment_data      (SamStore       *self,
                                                   gint64          attachment_id,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_set_attachment_data       (SamStore       *self,
                                                   SamAttachment  *attachment,
                                                   GBytes         *data,
                                                   GError        **error);

GArray       *sam_store_compute_agenda            (SamStore       *self,
                                                   gint64          meeting_id,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_place_agenda_item         (SamStore       *self,
                                                   SamAgendaItem  *item,
                                                   gint64          parent_id,
                                                   guint           index,
                                                   GError        **error);
gboolean      sam_store_move_agenda_item          (SamStore       *self,
                                                   SamAgendaItem  *item,
                                                   int             delta,
                                                   GError        **error);

GPtrArray    *sam_store_check                     (SamStore       *self,
                                                   GArray        **counts,
                                                   GError        **error) G_GNUC_WARN_UNUSED_RESULT;

GListModel   *sam_store_list_meetings             (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_meetings_by_body     (SamStore       *self,
                                                   gint64          body_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_meetings_by_year     (SamStore       *self,
                                                   int             year) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_upcoming_meetings    (SamStore       *self,
                                                   const char     *today) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_agenda               (SamStore       *self,
                                                   gint64          meeting_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_decisions            (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_decisions_by_meeting (SamStore       *self,
                                                   gint64          meeting_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_assignments          (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_open_assignments     (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_open_assignments_due_by (SamStore     *self,
                                                   const char     *last_day) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_overdue_assignments  (SamStore       *self,
                                                   const char     *today) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_assignments_by_owner (SamStore       *self,
                                                   SamOwnerKind    owner_kind,
                                                   gint64          owner_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_focus_questions      (SamStore       *self,
                                                   gint64          plan_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_plans                (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_bodies               (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_bodies_by_kind       (SamStore       *self,
                                                   SamBodyKind     kind) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_municipalities       (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_people               (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_study_trips          (SamStore       *self) G_GNUC_WARN_UNUSED_RESULT;

/* sam-store-attendance.c: calling the members, the minutes taker */
gboolean      sam_store_call_members              (SamStore       *self,
                                                   SamMeeting     *meeting,
                                                   guint          *n_added,
                                                   GError        **error);
gboolean      sam_store_set_minutes_taker         (SamStore       *self,
                                                   gint64          meeting_id,
                                                   gint64          person_id,
                                                   GError        **error);

/* sam-store-lists.c: what belongs to one thing */
GListModel   *sam_store_list_attendance           (SamStore       *self,
                                                   gint64          meeting_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_attachments          (SamStore       *self,
                                                   gint64          meeting_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_decisions_by_item    (SamStore       *self,
                                                   gint64          agenda_item_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_assignments_by_item  (SamStore       *self,
                                                   gint64          agenda_item_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_open_assignments_of_body (SamStore   *self,
                                                   gint64          body_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_proposed_items       (SamStore       *self,
                                                   gint64          body_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_items_by_focus_question (SamStore    *self,
                                                   gint64          focus_question_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_items_by_activity    (SamStore       *self,
                                                   gint64          activity_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_items_by_linked_body (SamStore       *self,
                                                   gint64          body_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_items_by_presenter   (SamStore       *self,
                                                   gint64          person_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_memberships          (SamStore       *self,
                                                   gint64          body_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_areas                (SamStore       *self,
                                                   gint64          plan_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_activities           (SamStore       *self,
                                                   gint64          plan_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_activities_by_focus_question (SamStore *self,
                                                   gint64          focus_question_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_focus_years          (SamStore       *self,
                                                   gint64          focus_question_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_destinations         (SamStore       *self,
                                                   gint64          study_trip_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_trip_participants    (SamStore       *self,
                                                   gint64          study_trip_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_programme            (SamStore       *self,
                                                   gint64          study_trip_id) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_people_of_municipality (SamStore     *self,
                                                   gint64          municipality_id) G_GNUC_WARN_UNUSED_RESULT;
gint64        sam_store_find_next_meeting         (SamStore       *self,
                                                   gint64          body_id,
                                                   const char     *after);

/* sam-store-views.c: lists for the pages, filtered in SQL */
GListModel   *sam_store_list_meetings_view        (SamStore       *self,
                                                   const char     *today,
                                                   gint64          body_id,
                                                   const char     *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_meetings_view_set_filter  (GListModel     *view,
                                                   const char     *today,
                                                   gint64          body_id,
                                                   const char     *text,
                                                   GError        **error);
GListModel   *sam_store_list_people_view          (SamStore       *self,
                                                   const char     *text) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_municipalities_view  (SamStore       *self,
                                                   const char     *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_names_view_set_text       (GListModel     *view,
                                                   const char     *text,
                                                   GError        **error);
int           sam_store_view_find                 (GListModel     *view,
                                                   gint64          id);
gint64        sam_store_view_get_id               (GListModel     *view,
                                                   guint           position);

/* sam-store-registers.c: the registers, filtered in SQL */

/* Which decisions the register shows. */
typedef struct
{
  gint64      body_id;     /* made at this body's meetings; 0 for every body */
  int         year;        /* at meetings in this year; 0 for every year */
  int         follow_up;   /* a SamFollowUp, or -1 for any */
  const char *text;        /* the search: words in the text, the note, the item's title or
                            * the body's name (sam-store-search-private.h) */
} SamDecisionFilter;

/* Which assignments the register shows. */
typedef struct
{
  const char *today;             /* YYYY-MM-DD: open ones due before it are overdue */
  int         status;            /* a SamAssignmentStatus, or -1 for any */
  gboolean    overdue;           /* only the overdue ones */
  gint64      person_id;         /* only this person's; 0 for everyone's */
  gboolean    with_municipality; /* and those of the person's municipality, its people and
                                  * every member municipality */
  gint64      municipality_id;   /* the person's municipality, with with_municipality */
  const char *text;              /* the search: words in the title, the description or the
                                  * owner's name; NULL for any */
} SamAssignmentFilter;

GListModel   *sam_store_list_decision_register    (SamStore                   *self,
                                                   const SamDecisionFilter    *filter) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_filter_decision_register  (GListModel                 *model,
                                                   const SamDecisionFilter    *filter,
                                                   GError                    **error);
GListModel   *sam_store_list_assignment_register  (SamStore                   *self,
                                                   const SamAssignmentFilter  *filter) G_GNUC_WARN_UNUSED_RESULT;
gboolean      sam_store_filter_assignment_register (GListModel                *model,
                                                   const SamAssignmentFilter  *filter,
                                                   GError                    **error);
void          sam_store_register_set_frozen       (GListModel                 *model,
                                                   gboolean                    frozen);
int           sam_store_register_find             (GListModel                 *model,
                                                   gint64                      id);
char         *sam_store_like_pattern              (const char                 *text) G_GNUC_WARN_UNUSED_RESULT;
GArray       *sam_store_list_meeting_years        (SamStore                   *self,
                                                   GError                    **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_meetings_in_year     (SamStore                   *self,
                                                   int                         year) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *sam_store_list_assignments_due_in_year (SamStore                *self,
                                                   int                         year) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
