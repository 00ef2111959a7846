-- 0002-search.sql: full-text search over every text, and the text of the
-- PDF attachments.
--
-- search is one FTS5 index over the rows of every table that holds text.
-- Its rowid is the row's id times 32 plus the table's kind (1 meeting,
-- 2 agenda_item, 3 decision, 4 assignment, 5 focus_question, 6 focus_year,
-- 7 activity, 8 body, 9 person, 10 destination, 11 programme_item,
-- 12 study_trip, 13 attachment, 14 attachment_text, 15 municipality,
-- 16 plan, 17 area; sam-store-search.c names them). Three columns: the
-- name or title, the other texts, and the internal notes (searchable,
-- never printed). It is contentless: the texts stay in their own tables,
-- the store makes the snippets from them, and a deletion tells the index
-- the old values, which the triggers below do with the same expressions
-- as the insertion. The tokenizer folds case and diacritics, so "mote"
-- and "möte" are one word; the store ranks the exact form first.
--
-- search_words holds the folded titles (sam_fold) as trigrams, so that a
-- word inside a compound is found: "mote" finds "Kommundirektörsmöte".
-- People's and municipalities' names are left out of it: a name part is
-- found from its start only ("Lund" does not find Björklund).
--
-- The triggers keep both current in the transaction of every change, so
-- imports, deletions (with what cascades) and undo (which inserts rows
-- again) are covered. A migration that rebuilds one of these tables has
-- to create its triggers again.
--
-- attachment_text is the text of an attachment's PDF, one row a page,
-- extracted in the background (sam-store-search.c); attachment_extraction
-- records which attachments have been read (the sha256 read), so that an
-- interrupted pass resumes. A new file for an attachment drops both.

CREATE TABLE attachment_text (
  id            INTEGER PRIMARY KEY,
  attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
  page          INTEGER NOT NULL CHECK (page >= 1),
  text          TEXT NOT NULL,
  UNIQUE (attachment_id, page)
);

CREATE TABLE attachment_extraction (
  id            INTEGER PRIMARY KEY,
  attachment_id INTEGER NOT NULL UNIQUE REFERENCES attachment (id) ON DELETE CASCADE,
  sha256        TEXT,
  n_pages       INTEGER NOT NULL DEFAULT 0,
  error         TEXT
);

CREATE TRIGGER attachment_text_reset AFTER UPDATE OF data, sha256 ON attachment
WHEN old.sha256 IS NOT new.sha256 OR old.size IS NOT new.size BEGIN
  DELETE FROM attachment_text WHERE attachment_id = new.id;
  DELETE FROM attachment_extraction WHERE attachment_id = new.id;
END;

CREATE VIRTUAL TABLE search USING fts5 (
  title, text, note,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_words USING fts5 (
  title,
  content = '',
  tokenize = 'trigram'
);

-- meeting (kind 1)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 1, coalesce (t.title, ''), coalesce (t.theme, '') || char (10) || coalesce (t.location, ''), coalesce (t.note, '') FROM meeting AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 1, sam_fold (coalesce (t.title, '')) FROM meeting AS t;
CREATE TRIGGER meeting_search_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 1, coalesce (new.title, ''), coalesce (new.theme, '') || char (10) || coalesce (new.location, ''), coalesce (new.note, ''));
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 1, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER meeting_search_delete AFTER DELETE ON meeting BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 1, coalesce (old.title, ''), coalesce (old.theme, '') || char (10) || coalesce (old.location, ''), coalesce (old.note, ''));
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 1, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER meeting_search_update AFTER UPDATE OF title, theme, location, note ON meeting BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 1, coalesce (old.title, ''), coalesce (old.theme, '') || char (10) || coalesce (old.location, ''), coalesce (old.note, ''));
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 1, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 1, coalesce (new.title, ''), coalesce (new.theme, '') || char (10) || coalesce (new.location, ''), coalesce (new.note, ''));
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 1, sam_fold (coalesce (new.title, '')));
END;

-- agenda_item (kind 2)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 2, coalesce (t.title, ''), coalesce (t.case_number, '') || char (10) || coalesce (t.background, '') || char (10) || coalesce (t.proposed_decision, '') || char (10) || coalesce (t.minutes_text, '') || char (10) || coalesce (t.remarks, ''), coalesce (t.internal_note, '') FROM agenda_item AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 2, sam_fold (coalesce (t.title, '')) FROM agenda_item AS t;
CREATE TRIGGER agenda_item_search_insert AFTER INSERT ON agenda_item BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 2, coalesce (new.title, ''), coalesce (new.case_number, '') || char (10) || coalesce (new.background, '') || char (10) || coalesce (new.proposed_decision, '') || char (10) || coalesce (new.minutes_text, '') || char (10) || coalesce (new.remarks, ''), coalesce (new.internal_note, ''));
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 2, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER agenda_item_search_delete AFTER DELETE ON agenda_item BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 2, coalesce (old.title, ''), coalesce (old.case_number, '') || char (10) || coalesce (old.background, '') || char (10) || coalesce (old.proposed_decision, '') || char (10) || coalesce (old.minutes_text, '') || char (10) || coalesce (old.remarks, ''), coalesce (old.internal_note, ''));
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 2, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER agenda_item_search_update AFTER UPDATE OF title, case_number, background, proposed_decision, minutes_text, remarks, internal_note ON agenda_item BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 2, coalesce (old.title, ''), coalesce (old.case_number, '') || char (10) || coalesce (old.background, '') || char (10) || coalesce (old.proposed_decision, '') || char (10) || coalesce (old.minutes_text, '') || char (10) || coalesce (old.remarks, ''), coalesce (old.internal_note, ''));
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 2, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 2, coalesce (new.title, ''), coalesce (new.case_number, '') || char (10) || coalesce (new.background, '') || char (10) || coalesce (new.proposed_decision, '') || char (10) || coalesce (new.minutes_text, '') || char (10) || coalesce (new.remarks, ''), coalesce (new.internal_note, ''));
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 2, sam_fold (coalesce (new.title, '')));
END;

-- decision (kind 3)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 3, '', coalesce (t.text, '') || char (10) || coalesce (t.follow_up_note, ''), '' FROM decision AS t;
CREATE TRIGGER decision_search_insert AFTER INSERT ON decision BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 3, '', coalesce (new.text, '') || char (10) || coalesce (new.follow_up_note, ''), '');
END;
CREATE TRIGGER decision_search_delete AFTER DELETE ON decision BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 3, '', coalesce (old.text, '') || char (10) || coalesce (old.follow_up_note, ''), '');
END;
CREATE TRIGGER decision_search_update AFTER UPDATE OF text, follow_up_note ON decision BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 3, '', coalesce (old.text, '') || char (10) || coalesce (old.follow_up_note, ''), '');
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 3, '', coalesce (new.text, '') || char (10) || coalesce (new.follow_up_note, ''), '');
END;

-- assignment (kind 4)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 4, coalesce (t.title, ''), coalesce (t.description, ''), '' FROM assignment AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 4, sam_fold (coalesce (t.title, '')) FROM assignment AS t;
CREATE TRIGGER assignment_search_insert AFTER INSERT ON assignment BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 4, coalesce (new.title, ''), coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 4, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER assignment_search_delete AFTER DELETE ON assignment BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 4, coalesce (old.title, ''), coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 4, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER assignment_search_update AFTER UPDATE OF title, description ON assignment BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 4, coalesce (old.title, ''), coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 4, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 4, coalesce (new.title, ''), coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 4, sam_fold (coalesce (new.title, '')));
END;

-- focus_question (kind 5)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 5, coalesce (t.title, ''), coalesce (t.long_term_goal, '') || char (10) || coalesce (t.outcome, ''), '' FROM focus_question AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 5, sam_fold (coalesce (t.title, '')) FROM focus_question AS t;
CREATE TRIGGER focus_question_search_insert AFTER INSERT ON focus_question BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 5, coalesce (new.title, ''), coalesce (new.long_term_goal, '') || char (10) || coalesce (new.outcome, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 5, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER focus_question_search_delete AFTER DELETE ON focus_question BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 5, coalesce (old.title, ''), coalesce (old.long_term_goal, '') || char (10) || coalesce (old.outcome, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 5, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER focus_question_search_update AFTER UPDATE OF title, long_term_goal, outcome ON focus_question BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 5, coalesce (old.title, ''), coalesce (old.long_term_goal, '') || char (10) || coalesce (old.outcome, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 5, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 5, coalesce (new.title, ''), coalesce (new.long_term_goal, '') || char (10) || coalesce (new.outcome, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 5, sam_fold (coalesce (new.title, '')));
END;

-- focus_year (kind 6)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 6, '', coalesce (t.description, '') || char (10) || coalesce (t.implementation, ''), '' FROM focus_year AS t;
CREATE TRIGGER focus_year_search_insert AFTER INSERT ON focus_year BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 6, '', coalesce (new.description, '') || char (10) || coalesce (new.implementation, ''), '');
END;
CREATE TRIGGER focus_year_search_delete AFTER DELETE ON focus_year BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 6, '', coalesce (old.description, '') || char (10) || coalesce (old.implementation, ''), '');
END;
CREATE TRIGGER focus_year_search_update AFTER UPDATE OF description, implementation ON focus_year BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 6, '', coalesce (old.description, '') || char (10) || coalesce (old.implementation, ''), '');
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 6, '', coalesce (new.description, '') || char (10) || coalesce (new.implementation, ''), '');
END;

-- activity (kind 7)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 7, coalesce (t.title, ''), coalesce (t.description, '') || char (10) || coalesce (t.goals, '') || char (10) || coalesce (t.governance, '') || char (10) || coalesce (t.follow_up, ''), '' FROM activity AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 7, sam_fold (coalesce (t.title, '')) FROM activity AS t;
CREATE TRIGGER activity_search_insert AFTER INSERT ON activity BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 7, coalesce (new.title, ''), coalesce (new.description, '') || char (10) || coalesce (new.goals, '') || char (10) || coalesce (new.governance, '') || char (10) || coalesce (new.follow_up, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 7, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER activity_search_delete AFTER DELETE ON activity BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 7, coalesce (old.title, ''), coalesce (old.description, '') || char (10) || coalesce (old.goals, '') || char (10) || coalesce (old.governance, '') || char (10) || coalesce (old.follow_up, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 7, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER activity_search_update AFTER UPDATE OF title, description, goals, governance, follow_up ON activity BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 7, coalesce (old.title, ''), coalesce (old.description, '') || char (10) || coalesce (old.goals, '') || char (10) || coalesce (old.governance, '') || char (10) || coalesce (old.follow_up, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 7, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 7, coalesce (new.title, ''), coalesce (new.description, '') || char (10) || coalesce (new.goals, '') || char (10) || coalesce (new.governance, '') || char (10) || coalesce (new.follow_up, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 7, sam_fold (coalesce (new.title, '')));
END;

-- body (kind 8)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 8, coalesce (t.name, '') || char (10) || coalesce (t.short_name, ''), coalesce (t.purpose, ''), '' FROM body AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 8, sam_fold (coalesce (t.name, '') || char (10) || coalesce (t.short_name, '')) FROM body AS t;
CREATE TRIGGER body_search_insert AFTER INSERT ON body BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 8, coalesce (new.name, '') || char (10) || coalesce (new.short_name, ''), coalesce (new.purpose, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 8, sam_fold (coalesce (new.name, '') || char (10) || coalesce (new.short_name, '')));
END;
CREATE TRIGGER body_search_delete AFTER DELETE ON body BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 8, coalesce (old.name, '') || char (10) || coalesce (old.short_name, ''), coalesce (old.purpose, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 8, sam_fold (coalesce (old.name, '') || char (10) || coalesce (old.short_name, '')));
END;
CREATE TRIGGER body_search_update AFTER UPDATE OF name, short_name, purpose ON body BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 8, coalesce (old.name, '') || char (10) || coalesce (old.short_name, ''), coalesce (old.purpose, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 8, sam_fold (coalesce (old.name, '') || char (10) || coalesce (old.short_name, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 8, coalesce (new.name, '') || char (10) || coalesce (new.short_name, ''), coalesce (new.purpose, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 8, sam_fold (coalesce (new.name, '') || char (10) || coalesce (new.short_name, '')));
END;

-- person (kind 9)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 9, coalesce (t.name, ''), coalesce (t.title, '') || char (10) || coalesce (t.organization, ''), coalesce (t.note, '') FROM person AS t;
CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 9, coalesce (new.name, ''), coalesce (new.title, '') || char (10) || coalesce (new.organization, ''), coalesce (new.note, ''));
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 9, coalesce (old.name, ''), coalesce (old.title, '') || char (10) || coalesce (old.organization, ''), coalesce (old.note, ''));
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, title, organization, note ON person BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 9, coalesce (old.name, ''), coalesce (old.title, '') || char (10) || coalesce (old.organization, ''), coalesce (old.note, ''));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 9, coalesce (new.name, ''), coalesce (new.title, '') || char (10) || coalesce (new.organization, ''), coalesce (new.note, ''));
END;

-- destination (kind 10)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 10, coalesce (t.city, ''), coalesce (t.country, '') || char (10) || coalesce (t.rationale, '') || char (10) || coalesce (t.themes, '') || char (10) || coalesce (t.proposed_by, ''), '' FROM destination AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 10, sam_fold (coalesce (t.city, '')) FROM destination AS t;
CREATE TRIGGER destination_search_insert AFTER INSERT ON destination BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 10, coalesce (new.city, ''), coalesce (new.country, '') || char (10) || coalesce (new.rationale, '') || char (10) || coalesce (new.themes, '') || char (10) || coalesce (new.proposed_by, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 10, sam_fold (coalesce (new.city, '')));
END;
CREATE TRIGGER destination_search_delete AFTER DELETE ON destination BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 10, coalesce (old.city, ''), coalesce (old.country, '') || char (10) || coalesce (old.rationale, '') || char (10) || coalesce (old.themes, '') || char (10) || coalesce (old.proposed_by, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 10, sam_fold (coalesce (old.city, '')));
END;
CREATE TRIGGER destination_search_update AFTER UPDATE OF city, country, rationale, themes, proposed_by ON destination BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 10, coalesce (old.city, ''), coalesce (old.country, '') || char (10) || coalesce (old.rationale, '') || char (10) || coalesce (old.themes, '') || char (10) || coalesce (old.proposed_by, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 10, sam_fold (coalesce (old.city, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 10, coalesce (new.city, ''), coalesce (new.country, '') || char (10) || coalesce (new.rationale, '') || char (10) || coalesce (new.themes, '') || char (10) || coalesce (new.proposed_by, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 10, sam_fold (coalesce (new.city, '')));
END;

-- programme_item (kind 11)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 11, coalesce (t.title, ''), coalesce (t.place, '') || char (10) || coalesce (t.description, ''), '' FROM programme_item AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 11, sam_fold (coalesce (t.title, '')) FROM programme_item AS t;
CREATE TRIGGER programme_item_search_insert AFTER INSERT ON programme_item BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 11, coalesce (new.title, ''), coalesce (new.place, '') || char (10) || coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 11, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER programme_item_search_delete AFTER DELETE ON programme_item BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 11, coalesce (old.title, ''), coalesce (old.place, '') || char (10) || coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 11, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER programme_item_search_update AFTER UPDATE OF title, place, description ON programme_item BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 11, coalesce (old.title, ''), coalesce (old.place, '') || char (10) || coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 11, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 11, coalesce (new.title, ''), coalesce (new.place, '') || char (10) || coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 11, sam_fold (coalesce (new.title, '')));
END;

-- study_trip (kind 12)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 12, coalesce (t.title, ''), coalesce (t.purpose, ''), '' FROM study_trip AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 12, sam_fold (coalesce (t.title, '')) FROM study_trip AS t;
CREATE TRIGGER study_trip_search_insert AFTER INSERT ON study_trip BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 12, coalesce (new.title, ''), coalesce (new.purpose, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 12, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER study_trip_search_delete AFTER DELETE ON study_trip BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 12, coalesce (old.title, ''), coalesce (old.purpose, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 12, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER study_trip_search_update AFTER UPDATE OF title, purpose ON study_trip BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 12, coalesce (old.title, ''), coalesce (old.purpose, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 12, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 12, coalesce (new.title, ''), coalesce (new.purpose, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 12, sam_fold (coalesce (new.title, '')));
END;

-- attachment (kind 13)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 13, coalesce (t.title, ''), coalesce (t.file_name, ''), '' FROM attachment AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 13, sam_fold (coalesce (t.title, '')) FROM attachment AS t;
CREATE TRIGGER attachment_search_insert AFTER INSERT ON attachment BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 13, coalesce (new.title, ''), coalesce (new.file_name, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 13, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER attachment_search_delete AFTER DELETE ON attachment BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 13, coalesce (old.title, ''), coalesce (old.file_name, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 13, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER attachment_search_update AFTER UPDATE OF title, file_name ON attachment BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 13, coalesce (old.title, ''), coalesce (old.file_name, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 13, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 13, coalesce (new.title, ''), coalesce (new.file_name, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 13, sam_fold (coalesce (new.title, '')));
END;

-- attachment_text (kind 14)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 14, '', coalesce (t.text, ''), '' FROM attachment_text AS t;
CREATE TRIGGER attachment_text_search_insert AFTER INSERT ON attachment_text BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 14, '', coalesce (new.text, ''), '');
END;
CREATE TRIGGER attachment_text_search_delete AFTER DELETE ON attachment_text BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 14, '', coalesce (old.text, ''), '');
END;
CREATE TRIGGER attachment_text_search_update AFTER UPDATE OF text ON attachment_text BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 14, '', coalesce (old.text, ''), '');
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 14, '', coalesce (new.text, ''), '');
END;

-- municipality (kind 15)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 15, coalesce (t.name, '') || char (10) || coalesce (t.short_name, ''), '', coalesce (t.note, '') FROM municipality AS t;
CREATE TRIGGER municipality_search_insert AFTER INSERT ON municipality BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 15, coalesce (new.name, '') || char (10) || coalesce (new.short_name, ''), '', coalesce (new.note, ''));
END;
CREATE TRIGGER municipality_search_delete AFTER DELETE ON municipality BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 15, coalesce (old.name, '') || char (10) || coalesce (old.short_name, ''), '', coalesce (old.note, ''));
END;
CREATE TRIGGER municipality_search_update AFTER UPDATE OF name, short_name, note ON municipality BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 15, coalesce (old.name, '') || char (10) || coalesce (old.short_name, ''), '', coalesce (old.note, ''));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 15, coalesce (new.name, '') || char (10) || coalesce (new.short_name, ''), '', coalesce (new.note, ''));
END;

-- plan (kind 16)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 16, coalesce (t.title, ''), coalesce (t.summary, ''), '' FROM plan AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 16, sam_fold (coalesce (t.title, '')) FROM plan AS t;
CREATE TRIGGER plan_search_insert AFTER INSERT ON plan BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 16, coalesce (new.title, ''), coalesce (new.summary, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 16, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER plan_search_delete AFTER DELETE ON plan BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 16, coalesce (old.title, ''), coalesce (old.summary, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 16, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER plan_search_update AFTER UPDATE OF title, summary ON plan BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 16, coalesce (old.title, ''), coalesce (old.summary, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 16, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 16, coalesce (new.title, ''), coalesce (new.summary, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 16, sam_fold (coalesce (new.title, '')));
END;

-- area (kind 17)
INSERT INTO search (rowid, title, text, note) SELECT t.id * 32 + 17, coalesce (t.title, ''), coalesce (t.description, ''), '' FROM area AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 17, sam_fold (coalesce (t.title, '')) FROM area AS t;
CREATE TRIGGER area_search_insert AFTER INSERT ON area BEGIN
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 17, coalesce (new.title, ''), coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 17, sam_fold (coalesce (new.title, '')));
END;
CREATE TRIGGER area_search_delete AFTER DELETE ON area BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 17, coalesce (old.title, ''), coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 17, sam_fold (coalesce (old.title, '')));
END;
CREATE TRIGGER area_search_update AFTER UPDATE OF title, description ON area BEGIN
  INSERT INTO search (search, rowid, title, text, note) VALUES ('delete', old.id * 32 + 17, coalesce (old.title, ''), coalesce (old.description, ''), '');
  INSERT INTO search_words (search_words, rowid, title) VALUES ('delete', old.id * 32 + 17, sam_fold (coalesce (old.title, '')));
  INSERT INTO search (rowid, title, text, note) VALUES (new.id * 32 + 17, coalesce (new.title, ''), coalesce (new.description, ''), '');
  INSERT INTO search_words (rowid, title) VALUES (new.id * 32 + 17, sam_fold (coalesce (new.title, '')));
END;

