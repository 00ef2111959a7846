/* sam-municipality.h
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

#define SAM_TYPE_MUNICIPALITY (sam_municipality_get_type ())

G_DECLARE_FINAL_TYPE (SamMunicipality, sam_municipality, SAM, MUNICIPALITY, SamEntity)

SamMunicipality *sam_municipality_new (void) G_GNUC_WARN_UNUSED_RESULT;

const char *sam_municipality_get_name         (SamMunicipality *self);
void        sam_municipality_set_name         (SamMunicipality *self, const char *name);
const char *sam_municipality_get_short_name   (SamMunicipality *self);
void        sam_municipality_set_short_name   (SamMunicipality *self, const char *short_name);
const char *sam_municipality_get_member_from  (SamMunicipality *self);
void        sam_municipality_set_member_from  (SamMunicipality *self, const char *member_from);
const char *sam_municipality_get_member_until (SamMunicipality *self);
void        sam_municipality_set_member_until (SamMunicipality *self, const char *member_until);
const char *sam_municipality_get_note         (SamMunicipality *self);
void        sam_municipality_set_note         (SamMunicipality *self, const char *note);

G_END_DECLS
