/* test-ui-send.c: Send Agenda… and Send Minutes… on the meeting page, under
 * Xvfb: the e-mail they build (recipients, subject, the files written),
 * seen through the test hook where the window would call the portal.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ui-send"

#include "config.h"

#include <adwaita.h>

#include "sam-meeting-documents.h"
#include "sam-meeting-page.h"
#include "sam-test-ui.h"
#include "sam-test-util.h"
#include "sam-window.h"

typedef struct
{
  SamTestDb   db;
  SamMeeting *meeting;
  GtkWindow  *window;
  GtkWidget  *page;

  /* What the hook received */
  guint       n_sent;
  char      **to;
  char       *subject;
  char      **attachments;
  char       *first_bytes;
} Fixture;

static void
add_attendee (Fixture           *fixture,
              const char        *name,
              const char        *email,
              SamAttendanceRole  role,
              gboolean           present)
{
  g_autoptr(SamPerson) person = sam_person_new ();
  g_autoptr(SamAttendance) attendance = sam_attendance_new ();
  g_autoptr(GError) error = NULL;

  sam_person_set_name (person, name);
  sam_person_set_email (person, email);
  g_assert_true (sam_store_insert (fixture->db.store, person, &error));
  sam_attendance_set_meeting_id (attendance, sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  sam_attendance_set_person_id (attendance, sam_entity_get_id (SAM_ENTITY (person)));
  sam_attendance_set_role (attendance, role);
  sam_attendance_set_present (attendance, present);
  g_assert_true (sam_store_insert (fixture->db.store, attendance, &error));
  g_assert_no_error (error);
}

static void
sent_cb (const SamMailRequest *request,
         gpointer              user_data)
{
  Fixture *fixture = user_data;

  fixture->n_sent++;
  g_clear_pointer (&fixture->to, g_strfreev);
  g_clear_pointer (&fixture->subject, g_free);
  g_clear_pointer (&fixture->attachments, g_strfreev);
  g_clear_pointer (&fixture->first_bytes, g_free);
  fixture->to = g_strdupv (request->to);
  fixture->subject = g_strdup (request->subject);
  fixture->attachments = g_strdupv (request->attachments);
  /* The files are read while they are there: the window leaves them in the
   * cache for the e-mail program. */
  if (request->attachments != NULL && request->attachments[0] != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (request->attachments[0], &contents, &length, NULL))
        fixture->first_bytes = g_strndup (contents, MIN (length, 5));
    }
}

static GtkWidget *
find_page (GtkWidget *widget)
{
  if (SAM_IS_MEETING_PAGE (widget) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
page_shown (gpointer data)
{
  Fixture *fixture = data;

  fixture->page = find_page (GTK_WIDGET (fixture->window));

  return fixture->page != NULL;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SamBody) body = NULL;
  g_autoptr(SamAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  sam_test_db_setup (&fixture->db, NULL);
  body = sam_test_add_body (fixture->db.store, "Kommundirektörsgruppen", SAM_BODY_KIND_DIRECTOR_GROUP);
  fixture->meeting = sam_test_add_meeting (fixture->db.store, body, "2019-01-29T15:00", NULL);
  sam_meeting_set_ends_at (fixture->meeting, "2019-01-29T17:00");
  sam_meeting_set_location (fixture->meeting, "Stadshuset, Lund");
  g_assert_true (sam_store_update (fixture->db.store, fixture->meeting, &error));
  g_assert_no_error (error);
  item = sam_test_add_item (fixture->db.store, fixture->meeting, NULL, "Fokusfrågor 2019", 30);

  add_attendee (fixture, "Åsa Ödman", "asa.odman@lund.se", SAM_ATTENDANCE_ROLE_CHAIR, TRUE);
  add_attendee (fixture, "Bo Borta", "bo.borta@eslov.se", SAM_ATTENDANCE_ROLE_MEMBER, FALSE);
  add_attendee (fixture, "Gäst från Region Skåne", "gast@skane.se", SAM_ATTENDANCE_ROLE_ALSO_ATTENDING, TRUE);

  sam_meeting_documents_set_send_hook (sent_cb, fixture);

  /* The real window, which gives the page its store, opened on the meeting
   * as the Meetings section does. */
  fixture->window = GTK_WINDOW (sam_window_new (NULL, fixture->db.store));
  gtk_window_set_default_size (fixture->window, 1100, 800);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open", "(sx)", "meetings",
                              sam_entity_get_id (SAM_ENTITY (fixture->meeting)));
  g_assert_true (wait_for (page_shown, fixture));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  sam_meeting_documents_set_send_hook (NULL, NULL);
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_pointer (&fixture->to, g_strfreev);
  g_clear_pointer (&fixture->subject, g_free);
  g_clear_pointer (&fixture->attachments, g_strfreev);
  g_clear_pointer (&fixture->first_bytes, g_free);
  g_clear_object (&fixture->meeting);
  sam_test_db_teardown (&fixture->db, NULL);
}

static gboolean
sent (gpointer data)
{
  Fixture *fixture = data;

  return fixture->n_sent > 0;
}

/* The meeting page's menu offers both, enabled. */
static gboolean
menu_offers (const char *action)
{
  g_autoptr(GMenuModel) menu = sam_meeting_documents_menu ();

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
              && g_str_equal (name, action))
            return TRUE;
        }
    }

  return FALSE;
}

/* Send Agenda… goes to everyone called, present or not, with the agenda's
 * PDF and the calendar invitation; the subject names the date. */
static void
test_send_agenda (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *to[] = { "asa.odman@lund.se", "bo.borta@eslov.se", "gast@skane.se", NULL };

  g_assert_true (menu_offers ("meeting.send-agenda"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.send-agenda", NULL));
  g_assert_true (wait_for (sent, fixture));

  g_assert_cmpuint (fixture->n_sent, ==, 1);
  g_assert_cmpstrv (fixture->to, to);
  g_assert_nonnull (fixture->subject);
  g_assert_true (strstr (fixture->subject, "29 January 2019") != NULL
                 || strstr (fixture->subject, "29 januari 2019") != NULL);
  g_assert_cmpuint (g_strv_length (fixture->attachments), ==, 2);
  g_assert_true (g_str_has_suffix (fixture->attachments[0], ".pdf"));
  g_assert_true (g_str_has_suffix (fixture->attachments[1], ".ics"));
  g_assert_cmpstr (fixture->first_bytes, ==, "%PDF-");
}

/* Send Minutes… goes to those present, with the minutes' PDF only. */
static void
test_send_minutes (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *to[] = { "asa.odman@lund.se", "gast@skane.se", NULL };

  g_assert_true (menu_offers ("meeting.send-minutes"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "meeting.send-minutes", NULL));
  g_assert_true (wait_for (sent, fixture));

  g_assert_cmpuint (fixture->n_sent, ==, 1);
  g_assert_cmpstrv (fixture->to, to);
  g_assert_false (g_strv_contains ((const char * const *)fixture->to, "bo.borta@eslov.se"));
  g_assert_cmpuint (g_strv_length (fixture->attachments), ==, 1);
  g_assert_true (g_str_has_suffix (fixture->attachments[0], ".pdf"));
  g_assert_cmpstr (fixture->first_bytes, ==, "%PDF-");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/send/agenda", test_send_agenda);
  ADD ("/ui/send/minutes", test_send_minutes);
#undef ADD

  return g_test_run ();
}
