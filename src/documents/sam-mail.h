/* sam-mail.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-document.h"

G_BEGIN_DECLS

/* What an e-mail that sends a meeting's agenda (the kallelse) or minutes
 * holds: who it goes to, its subject and body in the document's language,
 * and the files it carries. The window hands it to the e-mail portal; it is
 * built here, without GTK, so that it can be tested. */

typedef struct
{
  SamDocumentKind   kind;
  char            **to;          /* the addresses, each once */
  char            **unreachable; /* the names of those without an address */
  char             *subject;
  char             *body;
  char            **attachments; /* the files' paths, once written */
} SamMailRequest;

SamMailRequest *sam_mail_request_new               (SamStore         *store,
                                                    gint64            meeting_id,
                                                    SamDocumentKind   kind,
                                                    const char       *language,
                                                    GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        sam_mail_request_write_attachments (SamMailRequest   *request,
                                                    SamStore         *store,
                                                    gint64            meeting_id,
                                                    const char       *language,
                                                    const char       *folder,
                                                    GError          **error);
void            sam_mail_request_free              (SamMailRequest   *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamMailRequest, sam_mail_request_free)

G_END_DECLS
