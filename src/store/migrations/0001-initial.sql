-- 0001-initial.sql: the first schema of Samverkan.
--
-- Every entity table has id, uuid, created_at and updated_at; its other
-- columns are named after the entity's properties ("member-from" is
-- member_from). Dates are ISO 8601 text, local wall-clock times ISO 8601
-- without an offset. Enumerations are stored by their nick.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT
);

CREATE TABLE municipality (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  name         TEXT NOT NULL UNIQUE COLLATE sam_name CHECK (name <> ''),
  short_name   TEXT,
  member_from  TEXT,
  member_until TEXT,
  note         TEXT
);

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  name            TEXT NOT NULL COLLATE sam_name CHECK (name <> ''),
  title           TEXT,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  organization    TEXT,
  email           TEXT,
  phone           TEXT,
  note            TEXT
);
CREATE INDEX person_municipality ON person (municipality_id);

CREATE TABLE plan (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  title        TEXT NOT NULL CHECK (title <> ''),
  first_year   INTEGER NOT NULL DEFAULT 0,
  last_year    INTEGER NOT NULL DEFAULT 0,
  revised_year INTEGER NOT NULL DEFAULT 0,
  adopted_on   TEXT,
  summary      TEXT
);

CREATE TABLE area (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  plan_id     INTEGER REFERENCES plan (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  title       TEXT NOT NULL CHECK (title <> ''),
  description TEXT
);
CREATE INDEX area_plan ON area (plan_id);

CREATE TABLE focus_question (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  plan_id        INTEGER REFERENCES plan (id) ON DELETE CASCADE,
  area_id        INTEGER REFERENCES area (id) ON DELETE SET NULL,
  position       INTEGER NOT NULL DEFAULT 0,
  title          TEXT NOT NULL CHECK (title <> ''),
  long_term_goal TEXT,
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'concluded')),
  concluded_on   TEXT,
  outcome        TEXT
);
CREATE INDEX focus_question_plan ON focus_question (plan_id);

-- The municipalities responsible for a focus question. A relation, not an
-- entity: the exchange format carries it inside the focus question.
CREATE TABLE focus_question_municipality (
  focus_question_id INTEGER NOT NULL REFERENCES focus_question (id) ON DELETE CASCADE,
  municipality_id   INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  PRIMARY KEY (focus_question_id, municipality_id)
) WITHOUT ROWID;
CREATE INDEX focus_question_municipality_m ON focus_question_municipality (municipality_id);

CREATE TABLE focus_year (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  focus_question_id INTEGER NOT NULL REFERENCES focus_question (id) ON DELETE CASCADE,
  year              INTEGER NOT NULL DEFAULT 0,
  description       TEXT,
  implementation    TEXT,
  UNIQUE (focus_question_id, year)
);

CREATE TABLE body (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  kind              TEXT NOT NULL DEFAULT 'working-group'
                    CHECK (kind IN ('board', 'director-group', 'working-group', 'network', 'external')),
  name              TEXT NOT NULL COLLATE sam_name CHECK (name <> ''),
  short_name        TEXT,
  purpose           TEXT,
  started_on        TEXT,
  ended_on          TEXT,
  reports_to_id     INTEGER REFERENCES body (id) ON DELETE SET NULL,
  focus_question_id INTEGER REFERENCES focus_question (id) ON DELETE SET NULL,
  contact_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  color             TEXT
);

CREATE TABLE membership (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  body_id         INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person (id) ON DELETE CASCADE,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE CASCADE,
  role            TEXT NOT NULL DEFAULT 'member'
                  CHECK (role IN ('member', 'chair', 'vice-chair', 'secretary', 'contact',
                                  'representative', 'co-opted')),
  valid_from      TEXT,
  valid_until     TEXT,
  note            TEXT,
  CHECK (person_id IS NOT NULL OR municipality_id IS NOT NULL)
);
CREATE INDEX membership_body ON membership (body_id);
CREATE INDEX membership_person ON membership (person_id);
CREATE INDEX membership_municipality ON membership (municipality_id);

CREATE TABLE activity (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  plan_id             INTEGER REFERENCES plan (id) ON DELETE CASCADE,
  category            TEXT NOT NULL DEFAULT 'focus-area'
                      CHECK (category IN ('focus-area', 'core', 'practical', 'communication',
                                          'horizontal')),
  kind                TEXT NOT NULL DEFAULT 'project' CHECK (kind IN ('project', 'recurring')),
  focus_question_id   INTEGER REFERENCES focus_question (id) ON DELETE SET NULL,
  area_id             INTEGER REFERENCES area (id) ON DELETE SET NULL,
  position            INTEGER NOT NULL DEFAULT 0,
  title               TEXT NOT NULL CHECK (title <> ''),
  description         TEXT,
  goals               TEXT,
  governance          TEXT,
  follow_up           TEXT,
  follow_up_on        TEXT,
  priority            INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
  responsible_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  budget              INTEGER NOT NULL DEFAULT 0,
  co_financing        INTEGER NOT NULL DEFAULT 0,
  status              TEXT NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled'))
);
CREATE INDEX activity_plan ON activity (plan_id);

CREATE TABLE meeting (
  id                     INTEGER PRIMARY KEY,
  uuid                   TEXT NOT NULL UNIQUE,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  body_id                INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
  kind                   TEXT NOT NULL DEFAULT 'meeting'
                         CHECK (kind IN ('meeting', 'workshop', 'retreat', 'event')),
  title                  TEXT,
  starts_at              TEXT NOT NULL CHECK (starts_at <> ''),
  ends_at                TEXT,
  location               TEXT,
  online                 INTEGER NOT NULL DEFAULT 0,
  theme                  TEXT,
  host_municipality_id   INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  chair_id               INTEGER REFERENCES person (id) ON DELETE SET NULL,
  secretary_id           INTEGER REFERENCES person (id) ON DELETE SET NULL,
  status                 TEXT NOT NULL DEFAULT 'planned'
                         CHECK (status IN ('planned', 'agenda-sent', 'held', 'minutes-approved',
                                           'cancelled')),
  approves_minutes_of_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  minutes_label          TEXT NOT NULL DEFAULT 'notes'
                         CHECK (minutes_label IN ('notes', 'meeting-notes', 'protocol')),
  adjusted_on            TEXT,
  sequence               INTEGER NOT NULL DEFAULT 0,
  note                   TEXT
);
CREATE INDEX meeting_body ON meeting (body_id, starts_at);
CREATE INDEX meeting_starts ON meeting (starts_at);

CREATE TABLE attendance (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role       TEXT NOT NULL DEFAULT 'member'
             CHECK (role IN ('member', 'chair', 'also-attending', 'secretary')),
  present    INTEGER NOT NULL DEFAULT 0,
  adjuster   INTEGER NOT NULL DEFAULT 0,
  position   INTEGER NOT NULL DEFAULT 0,
  note       TEXT,
  UNIQUE (meeting_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE study_trip (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  title               TEXT NOT NULL CHECK (title <> ''),
  body_id             INTEGER REFERENCES body (id) ON DELETE SET NULL,
  starts_on           TEXT,
  ends_on             TEXT,
  status              TEXT NOT NULL DEFAULT 'collecting'
                      CHECK (status IN ('collecting', 'shortlisted', 'decided', 'planned',
                                        'completed', 'cancelled')),
  purpose             TEXT,
  budget              INTEGER NOT NULL DEFAULT 0,
  deciding_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL
);

CREATE TABLE agenda_item (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  meeting_id        INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
  body_id           INTEGER REFERENCES body (id) ON DELETE CASCADE,
  parent_id         INTEGER REFERENCES agenda_item (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL DEFAULT 0,
  kind              TEXT NOT NULL DEFAULT 'information'
                    CHECK (kind IN ('procedure', 'information', 'discussion',
                                    'information-discussion', 'decision', 'follow-up', 'other')),
  title             TEXT NOT NULL CHECK (title <> ''),
  case_number       TEXT,
  background        TEXT,
  proposed_decision TEXT,
  duration          INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),
  internal_note     TEXT,
  minutes_text      TEXT,
  remarks           TEXT,
  tentative         INTEGER NOT NULL DEFAULT 0,
  focus_question_id INTEGER REFERENCES focus_question (id) ON DELETE SET NULL,
  activity_id       INTEGER REFERENCES activity (id) ON DELETE SET NULL,
  linked_body_id    INTEGER REFERENCES body (id) ON DELETE SET NULL,
  study_trip_id     INTEGER REFERENCES study_trip (id) ON DELETE SET NULL,
  -- A proposed item not yet placed on a meeting still belongs to a body.
  CHECK (meeting_id IS NOT NULL OR body_id IS NOT NULL)
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, parent_id, position);
CREATE INDEX agenda_item_parent ON agenda_item (parent_id);

CREATE TABLE agenda_item_presenter (
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agenda_item_id, person_id)
) WITHOUT ROWID;
CREATE INDEX agenda_item_presenter_person ON agenda_item_presenter (person_id);

CREATE TABLE attachment (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  number         INTEGER NOT NULL DEFAULT 0,
  title          TEXT NOT NULL CHECK (title <> ''),
  file_name      TEXT,
  media_type     TEXT,
  size           INTEGER NOT NULL DEFAULT 0,
  sha256         TEXT,
  data           BLOB
);
CREATE INDEX attachment_meeting ON attachment (meeting_id, number);
CREATE INDEX attachment_item ON attachment (agenda_item_id);

CREATE TABLE decision (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  text           TEXT NOT NULL CHECK (text <> ''),
  outcome        TEXT NOT NULL DEFAULT 'approved'
                 CHECK (outcome IN ('approved', 'rejected', 'noted', 'postponed', 'referred')),
  follow_up      TEXT NOT NULL DEFAULT 'not-started'
                 CHECK (follow_up IN ('not-started', 'in-progress', 'done', 'postponed')),
  follow_up_note TEXT
);
CREATE INDEX decision_item ON decision (agenda_item_id, position);

CREATE TABLE assignment (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  agenda_item_id        INTEGER REFERENCES agenda_item (id) ON DELETE CASCADE,
  title                 TEXT NOT NULL CHECK (title <> ''),
  description           TEXT,
  owner_kind            TEXT NOT NULL DEFAULT 'none'
                        CHECK (owner_kind IN ('none', 'person', 'body', 'municipality',
                                              'all-members')),
  owner_person_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
  owner_body_id         INTEGER REFERENCES body (id) ON DELETE SET NULL,
  owner_municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  due_on                TEXT,
  status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  completed_on          TEXT,
  report_meeting_id     INTEGER REFERENCES meeting (id) ON DELETE SET NULL
);
CREATE INDEX assignment_item ON assignment (agenda_item_id);
CREATE INDEX assignment_due ON assignment (status, due_on);

CREATE TABLE destination (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  study_trip_id INTEGER NOT NULL REFERENCES study_trip (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  city          TEXT NOT NULL CHECK (city <> ''),
  country       TEXT,
  rationale     TEXT,
  themes        TEXT,
  proposed_by   TEXT,
  shortlisted   INTEGER NOT NULL DEFAULT 0,
  chosen        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX destination_trip ON destination (study_trip_id, position);

CREATE TABLE trip_participant (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  study_trip_id INTEGER NOT NULL REFERENCES study_trip (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role          TEXT,
  note          TEXT,
  UNIQUE (study_trip_id, person_id)
);

CREATE TABLE programme_item (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  study_trip_id INTEGER NOT NULL REFERENCES study_trip (id) ON DELETE CASCADE,
  day           TEXT,
  time          TEXT,
  title         TEXT NOT NULL CHECK (title <> ''),
  place         TEXT,
  description   TEXT
);
CREATE INDEX programme_item_trip ON programme_item (study_trip_id, day, time);
