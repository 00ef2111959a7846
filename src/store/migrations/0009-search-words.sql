-- 0009-search-words.sql: a smaller index of the titles' trigrams.
--
-- search_words (0002-search.sql) finds a word inside a compound title
-- ("mote" in "Kommundirektörsmöte"). It kept every trigram's positions
-- and every title's length, which the search never uses: it asks for all
-- the trigrams of a word (sam-store-search.c) and checks the title itself,
-- and orders the compounds by date, not by bm25. Without them the table
-- is less than half as large (tests/bench/bench-search.c prints it). The
-- triggers of 0002 write into it by name and stay as they are.

DROP TABLE search_words;

CREATE VIRTUAL TABLE search_words USING fts5 (
  title,
  content = '',
  columnsize = 0,
  detail = none,
  tokenize = 'trigram'
);

INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 1, sam_fold (coalesce (t.title, '')) FROM meeting AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 2, sam_fold (coalesce (t.title, '')) FROM agenda_item AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 4, sam_fold (coalesce (t.title, '')) FROM assignment AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 5, sam_fold (coalesce (t.title, '')) FROM focus_question AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 7, sam_fold (coalesce (t.title, '')) FROM activity AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 8, sam_fold (coalesce (t.name, '') || char (10) || coalesce (t.short_name, '')) FROM body AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 10, sam_fold (coalesce (t.city, '')) FROM destination AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 11, sam_fold (coalesce (t.title, '')) FROM programme_item AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 12, sam_fold (coalesce (t.title, '')) FROM study_trip AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 13, sam_fold (coalesce (t.title, '')) FROM attachment AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 16, sam_fold (coalesce (t.title, '')) FROM plan AS t;
INSERT INTO search_words (rowid, title) SELECT t.id * 32 + 17, sam_fold (coalesce (t.title, '')) FROM area AS t;
