/* sam-person.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-entity.h"
#include "sam-enums.h"
#include "sam-enum-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_PERSON (sam_person_get_type ())

G_DECLARE_FINAL_TYPE (SamPerson, sam_person, SAM, PERSON, SamEntity)

SamPerson *sam_person_new (void) G_GNUC_WARN_UNUSED_RESULT;

const char *sam_person_get_name            (SamPerson *self);
void        sam_person_set_name            (SamPerson *self, const char *name);
const char *sam_person_get_title           (SamPerson *self);
void        sam_person_set_title           (SamPerson *self, const char *title);
gint64      sam_person_get_municipality_id (SamPerson *self);
void        sam_person_set_municipality_id (SamPerson *self, gint64 municipality_id);
const char *sam_person_get_organization    (SamPerson *self);
void        sam_person_set_organization    (SamPerson *self, const char *organization);
const char *sam_person_get_email           (SamPerson *self);
void        sam_person_set_email           (SamPerson *self, const char *email);
const char *sam_person_get_phone           (SamPerson *self);
void        sam_person_set_phone           (SamPerson *self, const char *phone);
const char *sam_person_get_note            (SamPerson *self);
void        sam_person_set_note            (SamPerson *self, const char *note);
const char *sam_person_get_municipality_name (SamPerson *self);

G_END_DECLS
