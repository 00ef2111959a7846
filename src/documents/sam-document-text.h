/* sam-document-text.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fixed words of the documents in each document language. They do not
 * go through gettext: a document's language is chosen per document and can
 * differ from the language of the user interface, and dates are written
 * from these tables so that no installed locale is needed. */

typedef enum
{
  SAM_DOCUMENT_LANGUAGE_SV,
  SAM_DOCUMENT_LANGUAGE_EN,
} SamDocumentLanguage;

typedef enum
{
  SAM_TEXT_AGENDA,
  SAM_TEXT_MINUTES_NOTES,
  SAM_TEXT_MINUTES_MEETING_NOTES,
  SAM_TEXT_MINUTES_PROTOCOL,
  SAM_TEXT_PACK,
  SAM_TEXT_CONTENTS,
  SAM_TEXT_DATE,
  SAM_TEXT_DATE_AND_TIME,
  SAM_TEXT_PLACE,
  SAM_TEXT_ONLINE,
  SAM_TEXT_THEME,
  SAM_TEXT_CALLED,
  SAM_TEXT_PRESENT,
  SAM_TEXT_ABSENT,
  SAM_TEXT_ALSO_ATTENDING,
  SAM_TEXT_MINUTES_TAKER,
  SAM_TEXT_CHAIR,
  SAM_TEXT_PRESENTER,
  SAM_TEXT_PRESENTERS,
  SAM_TEXT_ATTACHMENTS,
  SAM_TEXT_ATTACHMENT_N,
  SAM_TEXT_ATTACHMENT_STAMP,
  SAM_TEXT_PROPOSED_DECISION,
  SAM_TEXT_DECISION,
  SAM_TEXT_REMARKS,
  SAM_TEXT_ASSIGNMENTS,
  SAM_TEXT_OWNER,
  SAM_TEXT_DUE,
  SAM_TEXT_ALL_MEMBERS,
  SAM_TEXT_OPEN_ASSIGNMENTS,
  SAM_TEXT_NO_OPEN_ASSIGNMENTS,
  SAM_TEXT_GIVEN_AT,
  SAM_TEXT_CASE_NUMBER,
  SAM_TEXT_REPRESENTATIVE_IN,
  SAM_TEXT_REPRESENTATIVES_IN,
  SAM_TEXT_TIME_PREFIX,
  SAM_TEXT_MINUTES_DURATION,
  SAM_TEXT_PROPOSED_ITEMS,
  SAM_TEXT_MAY_BE_CONSIDERED,
  SAM_TEXT_NEXT_AGENDA,
  SAM_TEXT_NEXT_MEETING,
  SAM_TEXT_NO_ITEMS,
  SAM_TEXT_PAGE_N_OF_M,
  SAM_TEXT_SIGNATURES,
  SAM_TEXT_SIGN_CHAIR,
  SAM_TEXT_SIGN_SECRETARY,
  SAM_TEXT_SIGN_ADJUSTER,
  SAM_TEXT_ADJUSTED_ON,
  SAM_TEXT_NOT_INCLUDED,
  SAM_TEXT_NOT_PDF,
  SAM_TEXT_NO_FILE,
  SAM_TEXT_UNREADABLE,
  SAM_TEXT_DIRECTOR_GROUP_MEETING,
  SAM_TEXT_BOARD_MEETING,
  SAM_TEXT_BODY_MEETING,
  SAM_TEXT_ORGANIZATION_MEETING,
  SAM_TEXT_POSTPONED,
  SAM_TEXT_REJECTED,
  SAM_TEXT_REFERRED,

  SAM_N_TEXTS
} SamText;

gboolean    sam_document_language_parse     (const char          *text,
                                             SamDocumentLanguage *language);
const char *sam_document_language_code      (SamDocumentLanguage  language);

const char *sam_document_text               (SamDocumentLanguage  language,
                                             SamText              key);
char       *sam_document_expand             (SamDocumentLanguage  language,
                                             SamText              key,
                                             const char          *first,
                                             const char          *second) G_GNUC_WARN_UNUSED_RESULT;

char       *sam_document_format_date        (SamDocumentLanguage  language,
                                             const char          *iso,
                                             gboolean             weekday) G_GNUC_WARN_UNUSED_RESULT;
char       *sam_document_format_time        (SamDocumentLanguage  language,
                                             int                  hour,
                                             int                  minute) G_GNUC_WARN_UNUSED_RESULT;
char       *sam_document_format_when        (SamDocumentLanguage  language,
                                             const char          *starts_at,
                                             const char          *ends_at) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
