/* test-entity.c: the model's properties, without a database.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sam-model.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_entity_notify_only_on_change (void)
{
  g_autoptr(SamMeeting) meeting = sam_meeting_new ();
  guint count = 0;

  g_signal_connect (meeting, "notify::title", G_CALLBACK (count_notify), &count);

  sam_meeting_set_title (meeting, "Kommundirektörsmöte");
  g_assert_cmpuint (count, ==, 1);
  sam_meeting_set_title (meeting, "Kommundirektörsmöte");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (meeting, "title", "Kommundirektörsmöte", NULL);
  g_assert_cmpuint (count, ==, 1);
  sam_meeting_set_title (meeting, "Workshop");
  g_assert_cmpuint (count, ==, 2);
}

static void
test_entity_empty_is_null (void)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  guint count = 0;

  g_signal_connect (person, "notify::email", G_CALLBACK (count_notify), &count);
  sam_person_set_email (person, "");
  g_assert_null (sam_person_get_email (person));
  g_assert_cmpuint (count, ==, 0);
}

static void
test_entity_clamps (void)
{
  g_autoptr(SamActivity) activity = sam_activity_new ();

  /* Out of range input never leaves an entity invalid. */
  sam_activity_set_priority (activity, 7);
  g_assert_cmpint (sam_activity_get_priority (activity), ==, 3);
}

static void
test_entity_copy_and_equal (void)
{
  g_autoptr(SamAgendaItem) a = sam_agenda_item_new ();
  g_autoptr(SamAgendaItem) b = sam_agenda_item_new ();

  sam_agenda_item_set_title (a, "Fokusfrågor 2019");
  sam_agenda_item_set_kind (a, SAM_ITEM_KIND_DECISION);
  sam_agenda_item_set_duration (a, 30);
  sam_agenda_item_set_tentative (a, TRUE);
  sam_entity_set_uuid (SAM_ENTITY (a), "0b4f6a5e-1111-4c1e-9a44-2a6a0c6b1f00");

  g_assert_false (sam_entity_fields_equal (SAM_ENTITY (a), SAM_ENTITY (b)));
  sam_entity_copy_fields (SAM_ENTITY (b), SAM_ENTITY (a));
  g_assert_true (sam_entity_fields_equal (SAM_ENTITY (a), SAM_ENTITY (b)));
  g_assert_cmpstr (sam_entity_get_uuid (SAM_ENTITY (b)), ==, sam_entity_get_uuid (SAM_ENTITY (a)));
  g_assert_cmpint (sam_agenda_item_get_kind (b), ==, SAM_ITEM_KIND_DECISION);

  /* Derived fields do not make two items different. */
  sam_agenda_item_set_number (b, "3a");
  g_assert_true (sam_entity_fields_equal (SAM_ENTITY (a), SAM_ENTITY (b)));
}

static void
test_entity_enums_registered (void)
{
  g_autoptr(GEnumClass) status = g_type_class_ref (SAM_TYPE_MEETING_STATUS);
  g_autoptr(GEnumClass) outcome = g_type_class_ref (SAM_TYPE_DECISION_OUTCOME);

  g_assert_nonnull (g_enum_get_value_by_nick (status, "minutes-approved"));
  g_assert_nonnull (g_enum_get_value_by_nick (outcome, "referred"));
  g_assert_cmpstr (g_enum_get_value (status, SAM_MEETING_STATUS_CANCELLED)->value_nick, ==, "cancelled");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity/notify-only-on-change", test_entity_notify_only_on_change);
  g_test_add_func ("/entity/empty-is-null", test_entity_empty_is_null);
  g_test_add_func ("/entity/clamps", test_entity_clamps);
  g_test_add_func ("/entity/copy-and-equal", test_entity_copy_and_equal);
  g_test_add_func ("/entity/enums-registered", test_entity_enums_registered);

  return g_test_run ();
}
