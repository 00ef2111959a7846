/* sam-plan-snapshot.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-plan-snapshot"

#include "config.h"

#include "sam-plan-snapshot.h"

/* Deleting a plan takes its areas, focus questions (with their years and
 * responsible municipalities) and activities with it, and leaves agenda
 * items, bodies and activities that pointed at a focus question pointing at
 * nothing. A snapshot copies all of that before the deletion, and Undo
 * saves the copies again under their own uuids, in one transaction, with
 * the links pointing at the new rows. Deleting an activity leaves the
 * agenda items that belonged to it with none; Undo links them again, as it
 * does for the agenda items of the activities of a deleted plan. */

typedef struct
{
  SamFocusQuestion *question;
  GPtrArray        *years;
  GArray           *responsible;
  GArray           *item_ids;
  GArray           *body_ids;
  GArray           *activity_ids;
} QuestionSnapshot;

struct _SamPlanSnapshot
{
  SamStore  *store;
  SamEntity *root;
  GPtrArray *areas;
  GPtrArray *questions;
  GPtrArray *activities;
  GPtrArray *activities_item_ids; /* a GArray of agenda item ids per activity */
  GArray    *activity_item_ids;
};

static void
question_snapshot_free (gpointer data)
{
  QuestionSnapshot *snapshot = data;

  g_clear_object (&snapshot->question);
  g_clear_pointer (&snapshot->years, g_ptr_array_unref);
  g_clear_pointer (&snapshot->responsible, g_array_unref);
  g_clear_pointer (&snapshot->item_ids, g_array_unref);
  g_clear_pointer (&snapshot->body_ids, g_array_unref);
  g_clear_pointer (&snapshot->activity_ids, g_array_unref);
  g_free (snapshot);
}

static GPtrArray *
copy_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static GArray *
copy_ids (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SamEntity) item = g_list_model_get_item (model, i);
      gint64 id = sam_entity_get_id (item);

      g_array_append_val (ids, id);
    }

  return ids;
}

static QuestionSnapshot *
take_question (SamStore         *store,
               SamFocusQuestion *question,
               gboolean          with_activities)
{
  QuestionSnapshot *snapshot = g_new0 (QuestionSnapshot, 1);
  gint64 id = sam_entity_get_id (SAM_ENTITY (question));
  g_autoptr(GListModel) years = sam_store_list_focus_years (store, id);
  g_autoptr(GListModel) items = sam_store_list_items_by_focus_question (store, id);
  g_autoptr(GListModel) bodies = sam_store_list_bodies (store);

  snapshot->question = g_object_ref (question);
  snapshot->years = copy_items (years);
  snapshot->responsible = sam_store_get_responsible_ids (store, id);
  snapshot->item_ids = copy_ids (items);
  snapshot->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);

      if (sam_body_get_focus_question_id (body) == id)
        {
          gint64 body_id = sam_entity_get_id (SAM_ENTITY (body));

          g_array_append_val (snapshot->body_ids, body_id);
        }
    }

  if (with_activities)
    {
      g_autoptr(GListModel) activities = sam_store_list_activities_by_focus_question (store, id);

      snapshot->activity_ids = copy_ids (activities);
    }

  return snapshot;
}

/**
 * sam_plan_snapshot_new:
 * @entity: a plan, a focus question, or any other entity about to be deleted
 *
 * Copies @entity and what its deletion would take with it.
 */
SamPlanSnapshot *
sam_plan_snapshot_new (SamStore *store,
                       gpointer  entity)
{
  SamPlanSnapshot *self;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_ENTITY (entity), NULL);

  self = g_new0 (SamPlanSnapshot, 1);
  self->store = g_object_ref (store);
  self->root = g_object_ref (entity);
  self->areas = g_ptr_array_new_with_free_func (g_object_unref);
  self->questions = g_ptr_array_new_with_free_func (question_snapshot_free);
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->activities_item_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  if (SAM_IS_PLAN (entity))
    {
      gint64 plan_id = sam_entity_get_id (SAM_ENTITY (entity));
      g_autoptr(GListModel) areas = sam_store_list_areas (store, plan_id);
      g_autoptr(GListModel) questions = sam_store_list_focus_questions (store, plan_id);
      g_autoptr(GListModel) activities = sam_store_list_activities (store, plan_id);

      g_ptr_array_unref (self->areas);
      self->areas = copy_items (areas);
      g_ptr_array_unref (self->activities);
      self->activities = copy_items (activities);

      for (guint i = 0; i < self->activities->len; i++)
        {
          SamEntity *activity = g_ptr_array_index (self->activities, i);
          g_autoptr(GListModel) items = sam_store_list_items_by_activity (store, sam_entity_get_id (activity));

          g_ptr_array_add (self->activities_item_ids, copy_ids (items));
        }

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(SamFocusQuestion) question = g_list_model_get_item (questions, i);

          g_ptr_array_add (self->questions, take_question (store, question, FALSE));
        }
    }
  else if (SAM_IS_FOCUS_QUESTION (entity))
    {
      g_ptr_array_add (self->questions, take_question (store, entity, TRUE));
    }
  else if (SAM_IS_ACTIVITY (entity))
    {
      g_autoptr(GListModel) items = sam_store_list_items_by_activity (store, sam_entity_get_id (entity));

      self->activity_item_ids = copy_ids (items);
    }

  return self;
}

static gint64
map_id (GHashTable *map,
        gint64      old_id)
{
  gpointer new_id;

  if (old_id == 0 || map == NULL)
    return old_id;

  if (g_hash_table_lookup_extended (map, &old_id, NULL, &new_id))
    return *(gint64 *)new_id;

  return old_id;
}

static void
map_insert (GHashTable *map,
            gint64      old_id,
            gint64      new_id)
{
  g_hash_table_insert (map, g_memdup2 (&old_id, sizeof old_id), g_memdup2 (&new_id, sizeof new_id));
}

/* Points the rows in @ids of @type at @target_id again through
 * @property, unless they point at something else by now. */
static gboolean
relink_property (SamStore    *store,
                 GType        type,
                 GArray      *ids,
                 const char  *property,
                 gint64       target_id,
                 GError     **error)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(GObject) entity = sam_store_load (store, type, g_array_index (ids, gint64, i), NULL);
      gint64 current = 0;

      /* Deleted in the meantime: nothing to point back. */
      if (entity == NULL)
        continue;

      g_object_get (entity, property, &current, NULL);
      if (current != 0)
        continue;

      g_object_set (entity, property, target_id, NULL);
      if (!sam_store_update (store, entity, error))
        return FALSE;
    }

  return TRUE;
}

/* Points the rows in @ids of @type at the focus question again. */
static gboolean
relink (SamStore  *store,
        GType      type,
        GArray    *ids,
        gint64     question_id,
        GError   **error)
{
  return relink_property (store, type, ids, "focus-question-id", question_id, error);
}

static gboolean
restore_question (SamPlanSnapshot  *self,
                  QuestionSnapshot *snapshot,
                  gint64            plan_id,
                  GHashTable       *areas,
                  GHashTable       *questions,
                  GError          **error)
{
  SamFocusQuestion *question = snapshot->question;
  gint64 old_id = sam_entity_get_id (SAM_ENTITY (question));
  gint64 new_id;

  /* When only the focus question was deleted, it is the root and is saved
   * already. */
  if (SAM_ENTITY (question) != self->root)
    {
      sam_focus_question_set_plan_id (question, plan_id);
      sam_focus_question_set_area_id (question, map_id (areas, sam_focus_question_get_area_id (question)));

      if (!sam_store_save_as_is (self->store, question, error))
        return FALSE;
    }

  new_id = sam_entity_get_id (SAM_ENTITY (question));
  map_insert (questions, old_id, new_id);

  for (guint i = 0; i < snapshot->years->len; i++)
    {
      SamFocusYear *year = g_ptr_array_index (snapshot->years, i);

      sam_focus_year_set_focus_question_id (year, new_id);
      if (!sam_store_save_as_is (self->store, year, error))
        return FALSE;
    }

  return sam_store_set_responsible_ids (self->store, new_id,
                                        (const gint64 *)(gpointer)snapshot->responsible->data,
                                        snapshot->responsible->len, error)
         && relink (self->store, SAM_TYPE_AGENDA_ITEM, snapshot->item_ids, new_id, error)
         && relink (self->store, SAM_TYPE_BODY, snapshot->body_ids, new_id, error)
         && relink (self->store, SAM_TYPE_ACTIVITY, snapshot->activity_ids, new_id, error);
}

static gboolean
restore_all (SamPlanSnapshot  *self,
             GError          **error)
{
  g_autoptr(GHashTable) areas = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) questions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gint64 plan_id = 0;

  if (!sam_store_save_as_is (self->store, self->root, error))
    return FALSE;

  if (SAM_IS_PLAN (self->root))
    plan_id = sam_entity_get_id (self->root);

  for (guint i = 0; i < self->areas->len; i++)
    {
      SamArea *area = g_ptr_array_index (self->areas, i);
      gint64 old_id = sam_entity_get_id (SAM_ENTITY (area));

      sam_area_set_plan_id (area, plan_id);
      if (!sam_store_save_as_is (self->store, area, error))
        return FALSE;
      map_insert (areas, old_id, sam_entity_get_id (SAM_ENTITY (area)));
    }

  for (guint i = 0; i < self->questions->len; i++)
    {
      QuestionSnapshot *snapshot = g_ptr_array_index (self->questions, i);

      if (!restore_question (self, snapshot, plan_id, areas, questions, error))
        return FALSE;
    }

  for (guint i = 0; i < self->activities->len; i++)
    {
      SamActivity *activity = g_ptr_array_index (self->activities, i);

      sam_activity_set_plan_id (activity, plan_id);
      sam_activity_set_area_id (activity, map_id (areas, sam_activity_get_area_id (activity)));
      sam_activity_set_focus_question_id (activity,
                                          map_id (questions, sam_activity_get_focus_question_id (activity)));
      if (!sam_store_save_as_is (self->store, activity, error))
        return FALSE;

      if (i < self->activities_item_ids->len
          && !relink_property (self->store, SAM_TYPE_AGENDA_ITEM,
                               g_ptr_array_index (self->activities_item_ids, i),
                               "activity-id", sam_entity_get_id (SAM_ENTITY (activity)), error))
        return FALSE;
    }

  if (SAM_IS_ACTIVITY (self->root)
      && !relink_property (self->store, SAM_TYPE_AGENDA_ITEM, self->activity_item_ids,
                           "activity-id", sam_entity_get_id (self->root), error))
    return FALSE;

  return TRUE;
}

/**
 * sam_plan_snapshot_restore:
 *
 * Saves everything the snapshot holds again, in one transaction.
 */
gboolean
sam_plan_snapshot_restore (SamPlanSnapshot  *self,
                           GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sam_store_begin (self->store, error))
    return FALSE;

  if (!restore_all (self, error))
    {
      sam_store_rollback (self->store);
      return FALSE;
    }

  return sam_store_commit (self->store, error);
}

/* The id the root entity has after sam_plan_snapshot_restore(). */
gint64
sam_plan_snapshot_get_restored_id (SamPlanSnapshot *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sam_entity_get_id (self->root);
}

void
sam_plan_snapshot_free (SamPlanSnapshot *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->store);
  g_clear_object (&self->root);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->activities_item_ids, g_ptr_array_unref);
  g_clear_pointer (&self->activity_item_ids, g_array_unref);
  g_free (self);
}
