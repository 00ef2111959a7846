/* sam-document-text.c
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-document"

#include "config.h"

#include <string.h>

#include "sam-agenda.h"
#include "sam-document-text.h"

/* Swedish first, then English. "{1}" and "{2}" stand for the arguments of
 * sam_document_expand(); the strings are never used as printf formats. */
static const char * const texts[SAM_N_TEXTS][2] = {
  [SAM_TEXT_AGENDA] = { "Dagordning", "Agenda" },
  [SAM_TEXT_MINUTES_NOTES] = { "Minnesanteckningar", "Minutes" },
  [SAM_TEXT_MINUTES_MEETING_NOTES] = { "Mötesanteckningar", "Meeting notes" },
  [SAM_TEXT_MINUTES_PROTOCOL] = { "Protokoll", "Minutes" },
  [SAM_TEXT_PACK] = { "Möteshandlingar", "Meeting pack" },
  [SAM_TEXT_CONTENTS] = { "Innehåll", "Contents" },
  [SAM_TEXT_DATE] = { "Datum", "Date" },
  [SAM_TEXT_DATE_AND_TIME] = { "Datum och tid", "Date and time" },
  [SAM_TEXT_PLACE] = { "Plats", "Place" },
  [SAM_TEXT_ONLINE] = { "Digitalt möte", "Online meeting" },
  [SAM_TEXT_THEME] = { "Tema", "Theme" },
  [SAM_TEXT_CALLED] = { "Kallade", "Invited" },
  [SAM_TEXT_PRESENT] = { "Närvarande", "Present" },
  [SAM_TEXT_ABSENT] = { "Frånvarande", "Absent" },
  [SAM_TEXT_ALSO_ATTENDING] = { "Övriga medverkande", "Also attending" },
  [SAM_TEXT_MINUTES_TAKER] = { "Vid protokollet", "Minutes taken by" },
  [SAM_TEXT_CHAIR] = { "ordförande", "chair" },
  [SAM_TEXT_PRESENTER] = { "Föredragande", "Presenter" },
  [SAM_TEXT_PRESENTERS] = { "Föredragande", "Presenters" },
  [SAM_TEXT_ATTACHMENTS] = { "Bilagor", "Attachments" },
  [SAM_TEXT_ATTACHMENT_N] = { "Bilaga {1}", "Attachment {1}" },
  [SAM_TEXT_ATTACHMENT_STAMP] = { "Bilaga {1} – {2}", "Attachment {1} – {2}" },
  [SAM_TEXT_PROPOSED_DECISION] = { "Förslag till beslut", "Proposed decision" },
  [SAM_TEXT_DECISION] = { "Beslut", "Decision" },
  [SAM_TEXT_REMARKS] = { "Medskick från diskussionen", "Input from the discussion" },
  [SAM_TEXT_ASSIGNMENTS] = { "Uppdrag", "Assignments" },
  [SAM_TEXT_OWNER] = { "Ansvarig", "Responsible" },
  [SAM_TEXT_DUE] = { "senast {1}", "due {1}" },
  [SAM_TEXT_ALL_MEMBERS] = { "samtliga medlemskommuner", "all member municipalities" },
  [SAM_TEXT_OPEN_ASSIGNMENTS] = { "Öppna uppdrag", "Open assignments" },
  [SAM_TEXT_NO_OPEN_ASSIGNMENTS] = { "Det finns inga öppna uppdrag.", "There are no open assignments." },
  [SAM_TEXT_GIVEN_AT] = { "givet {1}", "given {1}" },
  [SAM_TEXT_CASE_NUMBER] = { "Dnr {1}", "Case no. {1}" },
  [SAM_TEXT_REPRESENTATIVE_IN] = { "Representant i {1}", "Representative in {1}" },
  [SAM_TEXT_REPRESENTATIVES_IN] = { "Representanter i {1}", "Representatives in {1}" },
  [SAM_TEXT_TIME_PREFIX] = { "kl. {1}", "{1}" },
  [SAM_TEXT_MINUTES_DURATION] = { "{1} min", "{1} min" },
  [SAM_TEXT_PROPOSED_ITEMS] = { "Föreslagna punkter", "Proposed items" },
  [SAM_TEXT_MAY_BE_CONSIDERED] = { "Följande punkter kan vara aktuella:",
                                   "The following items may be considered:" },
  [SAM_TEXT_NEXT_AGENDA] = { "Dagordning nästa {1} {2}", "Agenda of the next {1}, {2}" },
  [SAM_TEXT_NEXT_MEETING] = { "Nästa {1} är {2}.", "The next {1} is on {2}." },
  [SAM_TEXT_NO_ITEMS] = { "Dagordningen har inga punkter ännu.", "The agenda has no items yet." },
  [SAM_TEXT_PAGE_N_OF_M] = { "Sida {1} av {2}", "Page {1} of {2}" },
  [SAM_TEXT_SIGNATURES] = { "Justering", "Signatures" },
  [SAM_TEXT_SIGN_CHAIR] = { "Ordförande", "Chair" },
  [SAM_TEXT_SIGN_SECRETARY] = { "Sekreterare", "Secretary" },
  [SAM_TEXT_SIGN_ADJUSTER] = { "Justerare", "Adjuster" },
  [SAM_TEXT_ADJUSTED_ON] = { "Justerat {1}", "Approved {1}" },
  [SAM_TEXT_NOT_INCLUDED] = { "ingår inte: {1}", "not included: {1}" },
  [SAM_TEXT_NOT_PDF] = { "inte en PDF-fil", "not a PDF file" },
  [SAM_TEXT_NO_FILE] = { "ingen fil", "no file" },
  [SAM_TEXT_UNREADABLE] = { "filen kunde inte läsas", "the file could not be read" },
  [SAM_TEXT_DIRECTOR_GROUP_MEETING] = { "kommundirektörsmöte", "director group meeting" },
  [SAM_TEXT_BOARD_MEETING] = { "styrelsemöte", "board meeting" },
  [SAM_TEXT_BODY_MEETING] = { "möte med {1}", "{1} meeting" },
  [SAM_TEXT_ORGANIZATION_MEETING] = { "möte", "meeting" },
  [SAM_TEXT_POSTPONED] = { "bordlagt", "postponed" },
  [SAM_TEXT_REJECTED] = { "avslaget", "rejected" },
  [SAM_TEXT_REFERRED] = { "återremitterat", "referred back" },
};

static const char * const weekdays[2][7] = {
  { "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag" },
  { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
};

static const char * const months[2][12] = {
  { "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december" },
  { "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December" },
};

/**
 * sam_document_language_parse:
 * @text: (nullable): "sv" or "en", or a locale name such as "sv_SE.UTF-8";
 *   %NULL or "" means Swedish, the language of the documents in the seeds
 *
 * Returns: whether @text names a document language
 */
gboolean
sam_document_language_parse (const char          *text,
                             SamDocumentLanguage *language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      *language = SAM_DOCUMENT_LANGUAGE_SV;
      return TRUE;
    }

  if (g_ascii_strncasecmp (text, "sv", 2) == 0 && (text[2] == '\0' || strchr ("_-.", text[2])))
    {
      *language = SAM_DOCUMENT_LANGUAGE_SV;
      return TRUE;
    }

  if (g_ascii_strncasecmp (text, "en", 2) == 0 && (text[2] == '\0' || strchr ("_-.", text[2])))
    {
      *language = SAM_DOCUMENT_LANGUAGE_EN;
      return TRUE;
    }

  return FALSE;
}

const char *
sam_document_language_code (SamDocumentLanguage language)
{
  return language == SAM_DOCUMENT_LANGUAGE_EN ? "en" : "sv";
}

const char *
sam_document_text (SamDocumentLanguage language,
                   SamText             key)
{
  g_return_val_if_fail (key < SAM_N_TEXTS, "");
  g_return_val_if_fail (language <= SAM_DOCUMENT_LANGUAGE_EN, "");

  return texts[key][language];
}

/**
 * sam_document_expand:
 * @first: (nullable): what "{1}" stands for
 * @second: (nullable): what "{2}" stands for
 *
 * Returns: (transfer full): the text of @key with its placeholders filled
 */
char *
sam_document_expand (SamDocumentLanguage  language,
                     SamText              key,
                     const char          *first,
                     const char          *second)
{
  const char *text = sam_document_text (language, key);
  GString *result = g_string_sized_new (strlen (text) + 32);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '{' && (p[1] == '1' || p[1] == '2') && p[2] == '}')
        {
          const char *value = p[1] == '1' ? first : second;

          g_string_append (result, value != NULL ? value : "");
          p += 2;
        }
      else
        g_string_append_c (result, *p);
    }

  return g_string_free (result, FALSE);
}

/**
 * sam_document_format_date:
 * @iso: (nullable): YYYY-MM-DD, possibly followed by a time
 * @weekday: whether to begin with the day of the week
 *
 * Returns: (transfer full): "tisdag 29 januari 2019" or "Tuesday 29 January
 *   2019"; @iso itself when it is not a date
 */
char *
sam_document_format_date (SamDocumentLanguage  language,
                          const char          *iso,
                          gboolean             weekday)
{
  int year, month, day, hour, minute;
  GDate date;

  if (iso == NULL)
    return g_strdup ("");

  if (strlen (iso) < 10)
    return g_strdup (iso);

  {
    g_autofree char *day_part = g_strndup (iso, 10);

    if (!sam_parse_local_datetime (day_part, &year, &month, &day, &hour, &minute))
      return g_strdup (iso);
  }

  if (!weekday)
    return g_strdup_printf ("%d %s %d", day, months[language][month - 1], year);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_strdup_printf ("%s %d %s %d",
                          weekdays[language][g_date_get_weekday (&date) - G_DATE_MONDAY],
                          day, months[language][month - 1], year);
}

/* Swedish writes "15.00", English "15:00". */
char *
sam_document_format_time (SamDocumentLanguage language,
                          int                 hour,
                          int                 minute)
{
  return g_strdup_printf (language == SAM_DOCUMENT_LANGUAGE_SV ? "%02d.%02d" : "%02d:%02d",
                          hour, minute);
}

static gboolean
parse (const char *text,
       int        *year,
       int        *month,
       int        *day,
       int        *hour,
       int        *minute)
{
  return text != NULL && *text != '\0'
         && sam_parse_local_datetime (text, year, month, day, hour, minute);
}

/* "tisdag 29 januari 2019, kl. 15.00", or only the date. */
static char *
format_moment (SamDocumentLanguage  language,
               const char          *iso,
               int                  hour,
               int                  minute)
{
  g_autofree char *date = sam_document_format_date (language, iso, TRUE);
  g_autofree char *time = NULL;
  g_autofree char *prefixed = NULL;

  if (hour < 0)
    return g_steal_pointer (&date);

  time = sam_document_format_time (language, hour, minute);
  prefixed = sam_document_expand (language, SAM_TEXT_TIME_PREFIX, time, NULL);

  return g_strdup_printf ("%s, %s", date, prefixed);
}

/**
 * sam_document_format_when:
 * @starts_at: a local date or date-time
 * @ends_at: (nullable): a local date or date-time
 *
 * Returns: (transfer full): "tisdag 29 januari 2019, kl. 15.00–17.00" or
 *   "Tuesday 29 January 2019, 15:00–17:00"; a meeting that ends on another
 *   day gets both dates
 */
char *
sam_document_format_when (SamDocumentLanguage  language,
                          const char          *starts_at,
                          const char          *ends_at)
{
  int y1, mo1, d1, h1, mi1;
  int y2 = 0, mo2 = 0, d2 = 0, h2 = -1, mi2 = -1;
  g_autofree char *date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *range = NULL;
  gboolean has_end;

  if (!parse (starts_at, &y1, &mo1, &d1, &h1, &mi1))
    return g_strdup (starts_at != NULL ? starts_at : "");

  has_end = parse (ends_at, &y2, &mo2, &d2, &h2, &mi2);
  date = sam_document_format_date (language, starts_at, TRUE);

  if (has_end && (y2 != y1 || mo2 != mo1 || d2 != d1))
    {
      g_autofree char *first = format_moment (language, starts_at, h1, mi1);
      g_autofree char *second = format_moment (language, ends_at, h2, mi2);

      return g_strdup_printf ("%s – %s", first, second);
    }

  if (h1 < 0)
    return g_steal_pointer (&date);

  start = sam_document_format_time (language, h1, mi1);
  if (has_end && h2 >= 0)
    {
      g_autofree char *end = sam_document_format_time (language, h2, mi2);

      range = g_strdup_printf ("%s–%s", start, end);
    }
  else
    range = g_strdup (start);

  {
    g_autofree char *prefixed = sam_document_expand (language, SAM_TEXT_TIME_PREFIX, range, NULL);

    return g_strdup_printf ("%s, %s", date, prefixed);
  }
}
