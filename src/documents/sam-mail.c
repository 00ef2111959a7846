/* sam-mail.c: the e-mail that sends a meeting's agenda or minutes.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-mail"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <string.h>

#include "sam-document-private.h"
#include "sam-ical.h"
#include "sam-mail.h"

/* The e-mail is written in the document's language, not the window's, so
 * its words sit here beside the documents' own (sam-document-text.c). */
typedef enum
{
  MAIL_GREETING,
  MAIL_AGENDA_INTRO,
  MAIL_MINUTES_INTRO,
  MAIL_WHEN,
  MAIL_WHERE,
  MAIL_THEME,
  MAIL_REGARDS,
  MAIL_CALENDAR_SUFFIX,
  N_MAIL_TEXTS
} MailText;

static const char *const mail_texts[2][N_MAIL_TEXTS] = {
  [SAM_DOCUMENT_LANGUAGE_SV] = {
    "Hej,",
    "Välkommen till mötet. Kallelsen med dagordningen bifogas, tillsammans med en kalenderinbjudan.",
    "Här kommer anteckningarna från mötet; de bifogas som PDF.",
    "Tid",
    "Plats",
    "Tema",
    "Med vänliga hälsningar",
    "Kalenderinbjudan",
  },
  [SAM_DOCUMENT_LANGUAGE_EN] = {
    "Hello,",
    "You are invited to the meeting. The agenda is attached, together with a calendar invitation.",
    "Please find the minutes of the meeting attached as a PDF.",
    "When",
    "Where",
    "Theme",
    "Kind regards",
    "Calendar invitation",
  },
};

typedef struct
{
  GPtrArray  *to;
  GPtrArray  *unreachable;
  GHashTable *seen;      /* person ids (gint64 *) already taken */
  gint64      sender_id;
} Recipients;

static void
add_person (SamStore   *store,
            Recipients *recipients,
            gint64      person_id)
{
  g_autoptr(SamPerson) person = NULL;
  const char *email;

  if (person_id == 0 || person_id == recipients->sender_id
      || g_hash_table_contains (recipients->seen, &person_id))
    return;
  g_hash_table_add (recipients->seen, g_memdup2 (&person_id, sizeof person_id));

  person = sam_store_load (store, SAM_TYPE_PERSON, person_id, NULL);
  if (person == NULL)
    return;

  email = sam_person_get_email (person);
  if (sam_is_empty (email))
    {
      g_ptr_array_add (recipients->unreachable, g_strdup (sam_person_get_name (person)));
      return;
    }

  /* Two people may share an address (a shared mailbox): it is written once. */
  for (guint i = 0; i < recipients->to->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (recipients->to, i), email) == 0)
      return;
  g_ptr_array_add (recipients->to, g_strdup (email));
}

/* The secretary, who sends the e-mail and signs it. */
static gint64
sender_of (SamMeeting *meeting,
           GListModel *attendance)
{
  if (sam_meeting_get_secretary_id (meeting) != 0)
    return sam_meeting_get_secretary_id (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        return sam_attendance_get_person_id (row);
    }

  return 0;
}

/* The same people the document names: for the agenda those called (the
 * attendance, or the body's members on the day when there is none yet),
 * for the minutes those present once presence is recorded. */
static void
collect_recipients (SamStore        *store,
                    SamMeeting      *meeting,
                    SamDocumentKind  kind,
                    Recipients      *recipients)
{
  g_autoptr(GListModel) attendance = sam_store_list_attendance (store, sam_entity_get_id (SAM_ENTITY (meeting)));
  guint n = g_list_model_get_n_items (attendance);
  gboolean anyone_present = FALSE;

  recipients->sender_id = sender_of (meeting, attendance);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_role (row) != SAM_ATTENDANCE_ROLE_SECRETARY && sam_attendance_get_present (row))
        anyone_present = TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamAttendance) row = g_list_model_get_item (attendance, i);

      if (sam_attendance_get_role (row) == SAM_ATTENDANCE_ROLE_SECRETARY)
        continue;
      if (kind == SAM_DOCUMENT_MINUTES && anyone_present && !sam_attendance_get_present (row))
        continue;
      add_person (store, recipients, sam_attendance_get_person_id (row));
    }

  if (n == 0)
    {
      g_autoptr(GListModel) memberships = sam_store_list_memberships (store, sam_meeting_get_body_id (meeting));
      g_autofree char *day = g_strndup (sam_meeting_get_starts_at (meeting), 10);

      for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
        {
          g_autoptr(SamMembership) membership = g_list_model_get_item (memberships, i);
          SamMembershipRole role = sam_membership_get_role (membership);
          const char *from = sam_membership_get_valid_from (membership);
          const char *until = sam_membership_get_valid_until (membership);

          if ((role != SAM_MEMBERSHIP_ROLE_MEMBER && role != SAM_MEMBERSHIP_ROLE_CHAIR
               && role != SAM_MEMBERSHIP_ROLE_VICE_CHAIR)
              || (!sam_is_empty (from) && g_strcmp0 (from, day) > 0)
              || (!sam_is_empty (until) && g_strcmp0 (until, day) < 0))
            continue;
          add_person (store, recipients, sam_membership_get_person_id (membership));
        }
    }
}

static char *
place_of (SamStore            *store,
          SamMeeting          *meeting,
          SamDocumentLanguage  language)
{
  GString *place = g_string_new (sam_meeting_get_location (meeting));

  if (sam_meeting_get_online (meeting))
    g_string_append_printf (place, "%s%s", place->len > 0 ? ", " : "",
                            sam_document_text (language, SAM_TEXT_ONLINE));
  if (place->len == 0 && sam_meeting_get_host_municipality_id (meeting) != 0)
    {
      g_autoptr(SamMunicipality) host = sam_store_load (store, SAM_TYPE_MUNICIPALITY,
                                                        sam_meeting_get_host_municipality_id (meeting), NULL);

      if (host != NULL)
        g_string_append (place, sam_municipality_get_name (host));
    }

  return g_string_free (place, FALSE);
}

static char *
compose_body (SamStore            *store,
              SamMeeting          *meeting,
              SamDocumentKind      kind,
              SamDocumentLanguage  language,
              gint64               sender_id)
{
  const char *const *texts = mail_texts[language];
  g_autofree char *when = sam_document_format_when (language, sam_meeting_get_starts_at (meeting),
                                                    sam_meeting_get_ends_at (meeting));
  g_autofree char *place = place_of (store, meeting, language);
  GString *body = g_string_new (NULL);

  g_string_append_printf (body, "%s\n\n%s\n\n", texts[MAIL_GREETING],
                          texts[kind == SAM_DOCUMENT_MINUTES ? MAIL_MINUTES_INTRO : MAIL_AGENDA_INTRO]);
  g_string_append_printf (body, "%s: %s\n", texts[MAIL_WHEN], when);
  if (*place != '\0')
    g_string_append_printf (body, "%s: %s\n", texts[MAIL_WHERE], place);
  if (!sam_is_empty (sam_meeting_get_theme (meeting)))
    g_string_append_printf (body, "%s: %s\n", texts[MAIL_THEME], sam_meeting_get_theme (meeting));
  g_string_append_printf (body, "\n%s\n", texts[MAIL_REGARDS]);

  if (sender_id != 0)
    {
      g_autoptr(SamPerson) sender = sam_store_load (store, SAM_TYPE_PERSON, sender_id, NULL);

      if (sender != NULL)
        g_string_append_printf (body, "%s\n", sam_person_get_name (sender));
    }

  return g_string_free (body, FALSE);
}

/**
 * sam_mail_request_new:
 * @kind: %SAM_DOCUMENT_AGENDA or %SAM_DOCUMENT_MINUTES
 * @language: "sv" or "en", the document's language
 *
 * Builds the e-mail without its files; sam_mail_request_write_attachments()
 * writes them.
 *
 * Returns: (transfer full) (nullable): the e-mail
 */
SamMailRequest *
sam_mail_request_new (SamStore         *store,
                      gint64            meeting_id,
                      SamDocumentKind   kind,
                      const char       *language,
                      GError          **error)
{
  g_autoptr(SamDocumentLayout) layout = NULL;
  g_autoptr(SamMeeting) meeting = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  Recipients recipients = { 0 };
  SamDocumentLanguage code;
  SamMailRequest *request;

  g_return_val_if_fail (SAM_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == SAM_DOCUMENT_AGENDA || kind == SAM_DOCUMENT_MINUTES, NULL);

  /* The layout checks the language and the meeting, and names the
   * document: its title is the subject. */
  layout = sam_document_layout_new (store, meeting_id, kind, language, error);
  if (layout == NULL)
    return NULL;
  meeting = sam_store_load (store, SAM_TYPE_MEETING, meeting_id, error);
  if (meeting == NULL || !sam_document_language_parse (language, &code))
    return NULL;

  recipients.to = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  recipients.unreachable = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  recipients.seen = seen;
  collect_recipients (store, meeting, kind, &recipients);

  request = g_new0 (SamMailRequest, 1);
  request->kind = kind;
  request->to = (char **)g_ptr_array_free (recipients.to, FALSE);
  request->unreachable = (char **)g_ptr_array_free (recipients.unreachable, FALSE);
  request->subject = g_strdup (sam_document_layout_get_title (layout));
  request->body = compose_body (store, meeting, kind, code, recipients.sender_id);
  request->attachments = g_new0 (char *, 1);

  return request;
}

/**
 * sam_mail_request_write_attachments:
 * @folder: where to write the files; made when missing
 *
 * Writes the document as a PDF and, with the agenda, the meeting as a
 * calendar invitation (.ics), and lists their paths in @request.
 */
gboolean
sam_mail_request_write_attachments (SamMailRequest  *request,
                                    SamStore        *store,
                                    gint64           meeting_id,
                                    const char      *language,
                                    const char      *folder,
                                    GError         **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  g_autofree char *name = NULL;
  g_autofree char *pdf = NULL;
  SamDocumentLanguage code;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (SAM_IS_STORE (store), FALSE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not make the folder “%s”: %s"), folder, g_strerror (saved));
      return FALSE;
    }

  name = sam_document_default_file_name (store, meeting_id, request->kind, language);
  if (name == NULL || !sam_document_language_parse (language, &code))
    {
      g_set_error (error, SAM_DOCUMENT_ERROR, SAM_DOCUMENT_ERROR_FAILED,
                   _("The meeting or the document language is unknown"));
      return FALSE;
    }
  pdf = g_build_filename (folder, name, NULL);
  if (!sam_document_write_pdf (store, meeting_id, request->kind, language, pdf, error))
    return FALSE;
  g_ptr_array_add (paths, g_steal_pointer (&pdf));

  if (request->kind == SAM_DOCUMENT_AGENDA)
    {
      g_autofree char *text = sam_ical_export_meeting (store, meeting_id, error);
      g_autofree char *base = NULL;
      g_autofree char *ics = NULL;

      if (text == NULL)
        return FALSE;
      /* "Dagordning kommundirektörsmöte 2019-01-29.pdf" becomes
       * "Kalenderinbjudan kommundirektörsmöte 2019-01-29.ics". */
      base = g_strndup (name, strlen (name) - strlen (".pdf"));
      ics = g_strdup_printf ("%s%s.ics", mail_texts[code][MAIL_CALENDAR_SUFFIX],
                             strchr (base, ' ') != NULL ? strchr (base, ' ') : "");
      g_free (base);
      base = g_build_filename (folder, ics, NULL);
      if (!g_file_set_contents_full (base, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
        return FALSE;
      g_ptr_array_add (paths, g_steal_pointer (&base));
    }

  g_strfreev (request->attachments);
  request->attachments = (char **)g_ptr_array_free (g_steal_pointer (&paths), FALSE);

  return TRUE;
}

void
sam_mail_request_free (SamMailRequest *request)
{
  if (request == NULL)
    return;

  g_strfreev (request->to);
  g_strfreev (request->unreachable);
  g_free (request->subject);
  g_free (request->body);
  g_strfreev (request->attachments);
  g_free (request);
}
