/* sam-people-undo.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-people-undo"

#include "config.h"

#include "sam-people-undo.h"

/* A row that points at the deleted thing through @property. */
typedef struct
{
  SamEntity  *entity;
  const char *property;
} Reference;

/* A link list (presenters of an item, municipalities responsible for a
 * focus question) that held the deleted thing at @index. */
typedef struct
{
  gint64 owner_id;
  guint  index;
} Link;

struct _SamPeopleUndo
{
  SamStore  *store;
  SamEntity *entity;
  GArray    *children;   /* Reference: deleted with it, inserted again */
  GArray    *pointers;   /* Reference: set to NULL by the deletion */
  GArray    *presenters; /* Link */
  GArray    *responsible; /* Link */
};

static void
reference_clear (gpointer data)
{
  Reference *reference = data;

  g_clear_object (&reference->entity);
}

static void
add_reference (GArray     *references,
               gpointer    entity,
               const char *property)
{
  Reference reference = { g_object_ref (entity), property };

  g_array_append_val (references, reference);
}

static gint64
get_int64 (gpointer    entity,
           const char *property)
{
  gint64 value = 0;

  g_object_get (entity, property, &value, NULL);

  return value;
}

static int
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return (int)i;

  return -1;
}

static void
take_memberships (SamPeopleUndo *self,
                  const char    *property,
                  gint64         id)
{
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamEntity) body = g_list_model_get_item (bodies, i);
      g_autoptr(GListModel) memberships = sam_store_list_memberships (self->store,
                                                                       sam_entity_get_id (body));

      for (guint j = 0; j < g_list_model_get_n_items (memberships); j++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, j);

          if (get_int64 (membership, property) == id)
            add_reference (self->children, membership, property);
        }
    }
}

static void
take_item_presenters (SamPeopleUndo *self,
                      SamAgendaItem *item,
                      gint64         id)
{
  gint64 item_id = sam_entity_get_id (SAM_ENTITY (item));
  g_autoptr(GArray) ids = sam_store_get_presenter_ids (self->store, item_id);
  int index = find_id (ids, id);

  if (index >= 0)
    {
      Link link = { item_id, (guint)index };

      g_array_append_val (self->presenters, link);
    }
}

static void
take_person (SamPeopleUndo *self,
             gint64         id)
{
  g_autoptr(GListModel) meetings = sam_store_list_meetings (self->store);
  g_autoptr(GListModel) bodies = sam_store_list_bodies (self->store);
  g_autoptr(GListModel) trips = sam_store_list_study_trips (self->store);
  g_autoptr(GListModel) assignments = sam_store_list_assignments_by_owner (self->store,
                                                                           SAM_OWNER_KIND_PERSON, id);

  take_memberships (self, "person-id", id);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 meeting_id = sam_entity_get_id (SAM_ENTITY (meeting));
      g_autoptr(GListModel) attendance = sam_store_list_attendance (self->store, meeting_id);
      g_autoptr(GListModel) agenda = sam_store_list_agenda (self->store, meeting_id);

      if (sam_meeting_get_chair_id (meeting) == id)
        add_reference (self->pointers, meeting, "chair-id");
      if (sam_meeting_get_secretary_id (meeting) == id)
        add_reference (self->pointers, meeting, "secretary-id");

      for (guint j = 0; j < g_list_model_get_n_items (attendance); j++)
        {
          g_autoptr(SamAttendance) attendee = g_list_model_get_item (attendance, j);

          if (sam_attendance_get_person_id (attendee) == id)
            add_reference (self->children, attendee, "person-id");
        }

      for (guint j = 0; j < g_list_model_get_n_items (agenda); j++)
        {
          g_autoptr(SamAgendaItem) item = g_list_model_get_item (agenda, j);

          take_item_presenters (self, item, id);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SamBody) body = g_list_model_get_item (bodies, i);
      g_autoptr(GListModel) proposed = sam_store_list_proposed_items (self->store,
                                                                      sam_entity_get_id (SAM_ENTITY (body)));

      if (sam_body_get_contact_person_id (body) == id)
        add_reference (self->pointers, body, "contact-person-id");

      for (guint j = 0; j < g_list_model_get_n_items (proposed); j++)
        {
          g_autoptr(SamAgendaItem) item = g_list_model_get_item (proposed, j);

          /* Proposed items that are already placed were seen above. */
          if (sam_agenda_item_get_meeting_id (item) == 0)
            take_item_presenters (self, item, id);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (trips); i++)
    {
      g_autoptr(SamEntity) trip = g_list_model_get_item (trips, i);
      g_autoptr(GListModel) participants = sam_store_list_trip_participants (self->store,
                                                                             sam_entity_get_id (trip));

      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr(SamTripParticipant) participant = g_list_model_get_item (participants, j);

          if (sam_trip_participant_get_person_id (participant) == id)
            add_reference (self->children, participant, "person-id");
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(SamEntity) assignment = g_list_model_get_item (assignments, i);

      add_reference (self->pointers, assignment, "owner-person-id");
    }
}

static void
take_municipality (SamPeopleUndo *self,
                   gint64         id)
{
  g_autoptr(GListModel) people = sam_store_list_people_of_municipality (self->store, id);
  g_autoptr(GListModel) meetings = sam_store_list_meetings (self->store);
  g_autoptr(GListModel) plans = sam_store_list_plans (self->store);
  g_autoptr(GListModel) assignments = sam_store_list_assignments_by_owner (self->store,
                                                                           SAM_OWNER_KIND_MUNICIPALITY,
                                                                           id);

  take_memberships (self, "municipality-id", id);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SamEntity) person = g_list_model_get_item (people, i);

      add_reference (self->pointers, person, "municipality-id");
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SamMeeting) meeting = g_list_model_get_item (meetings, i);

      if (sam_meeting_get_host_municipality_id (meeting) == id)
        add_reference (self->pointers, meeting, "host-municipality-id");
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(SamEntity) assignment = g_list_model_get_item (assignments, i);

      add_reference (self->pointers, assignment, "owner-municipality-id");
    }

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(SamEntity) plan = g_list_model_get_item (plans, i);
      g_autoptr(GListModel) questions = sam_store_list_focus_questions (self->store,
                                                                         sam_entity_get_id (plan));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(SamEntity) question = g_list_model_get_item (questions, j);
          gint64 question_id = sam_entity_get_id (question);
          g_autoptr(GArray) ids = sam_store_get_responsible_ids (self->store, question_id);
          int index = find_id (ids, id);

          if (index >= 0)
            {
              Link link = { question_id, (guint)index };

              g_array_append_val (self->responsible, link);
            }
        }
    }
}

/**
 * sam_people_undo_take:
 * @entity: a #SamPerson or a #SamMunicipality, before it is deleted
 *
 * Returns: (transfer full): what Undo needs to bring @entity back
 */
SamPeopleUndo *
sam_people_undo_take (SamStore  *store,
                      SamEntity *entity)
{
  SamPeopleUndo *self;
  gint64 id;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (SAM_IS_PERSON (entity) || SAM_IS_MUNICIPALITY (entity), NULL);

  self = g_new0 (SamPeopleUndo, 1);
  self->store = g_object_ref (store);
  self->entity = g_object_ref (entity);
  self->children = g_array_new (FALSE, TRUE, sizeof (Reference));
  self->pointers = g_array_new (FALSE, TRUE, sizeof (Reference));
  self->presenters = g_array_new (FALSE, TRUE, sizeof (Link));
  self->responsible = g_array_new (FALSE, TRUE, sizeof (Link));
  g_array_set_clear_func (self->children, reference_clear);
  g_array_set_clear_func (self->pointers, reference_clear);

  id = sam_entity_get_id (entity);
  if (SAM_IS_PERSON (entity))
    take_person (self, id);
  else
    take_municipality (self, id);

  return self;
}

SamEntity *
sam_people_undo_get_entity (SamPeopleUndo *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->entity;
}

static gboolean
restore_links (SamPeopleUndo  *self,
               GArray         *links,
               gboolean        presenters,
               gint64          new_id,
               GError        **error)
{
  for (guint i = 0; i < links->len; i++)
    {
      Link *link = &g_array_index (links, Link, i);
      g_autoptr(GArray) ids = presenters
        ? sam_store_get_presenter_ids (self->store, link->owner_id)
        : sam_store_get_responsible_ids (self->store, link->owner_id);
      gboolean ok;

      g_array_insert_val (ids, MIN (link->index, ids->len), new_id);

      if (presenters)
        ok = sam_store_set_presenter_ids (self->store, link->owner_id,
                                          (const gint64 *)ids->data, ids->len, error);
      else
        ok = sam_store_set_responsible_ids (self->store, link->owner_id,
                                            (const gint64 *)ids->data, ids->len, error);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/**
 * sam_people_undo_restore:
 *
 * Inserts the deleted person or municipality again (with its uuid) and
 * everything that pointed at it, in one transaction.
 *
 * Returns: the restored row's new id, or 0 with @error set
 */
gint64
sam_people_undo_restore (SamPeopleUndo  *self,
                         GError        **error)
{
  g_autoptr(SamEntity) copy = NULL;
  gint64 new_id;

  g_return_val_if_fail (self != NULL, 0);

  if (!sam_store_begin (self->store, error))
    return 0;

  copy = g_object_new (G_OBJECT_TYPE (self->entity), NULL);
  sam_entity_copy_fields (copy, self->entity);
  sam_entity_set_uuid (copy, sam_entity_get_uuid (self->entity));
  sam_entity_set_created_at (copy, sam_entity_get_created_at (self->entity));
  sam_entity_set_updated_at (copy, sam_entity_get_updated_at (self->entity));

  if (!sam_store_save_as_is (self->store, copy, error))
    goto failed;
  new_id = sam_entity_get_id (copy);

  for (guint i = 0; i < self->children->len; i++)
    {
      Reference *reference = &g_array_index (self->children, Reference, i);

      g_object_set (reference->entity, reference->property, new_id, NULL);
      if (!sam_store_save_as_is (self->store, reference->entity, error))
        goto failed;
    }

  for (guint i = 0; i < self->pointers->len; i++)
    {
      Reference *reference = &g_array_index (self->pointers, Reference, i);
      g_autoptr(SamEntity) current = NULL;

      /* The row as it is now, so that nothing edited since is undone. */
      current = sam_store_load (self->store, G_OBJECT_TYPE (reference->entity),
                                sam_entity_get_id (reference->entity), NULL);
      if (current == NULL || get_int64 (current, reference->property) != 0)
        continue;

      g_object_set (current, reference->property, new_id, NULL);
      if (!sam_store_update (self->store, current, error))
        goto failed;
    }

  if (!restore_links (self, self->presenters, TRUE, new_id, error)
      || !restore_links (self, self->responsible, FALSE, new_id, error))
    goto failed;

  if (!sam_store_commit (self->store, error))
    return 0;

  return new_id;

failed:
  sam_store_rollback (self->store);
  return 0;
}

void
sam_people_undo_free (SamPeopleUndo *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->store);
  g_clear_object (&self->entity);
  g_clear_pointer (&self->children, g_array_unref);
  g_clear_pointer (&self->pointers, g_array_unref);
  g_clear_pointer (&self->presenters, g_array_unref);
  g_clear_pointer (&self->responsible, g_array_unref);
  g_free (self);
}
