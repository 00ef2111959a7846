-- 0008-named-sections.sql: headings the secretary names.
--
-- An agenda is either a plain numbered list or divided into sections the
-- secretary names ("Informations- och diskussionspunkt", "Övriga
-- informationspunkter"): a top-level item may open a section under the
-- heading it carries, which then runs to the next item that opens one.
-- The documents no longer group items under their kind.
--
-- The input from the discussion of an item is headed "Medskick från
-- diskussionen" unless the secretary names it otherwise for that item
-- ("Kommundirektörsgruppens reflektioner/inspel").
--
-- An assignment may be owned by someone who is no record of the database,
-- a role or an outside organisation ("sekretariatsledaren", "IUC Syd"),
-- written as the minutes name them.

ALTER TABLE agenda_item ADD COLUMN section_title TEXT;
ALTER TABLE agenda_item ADD COLUMN remarks_heading TEXT;
ALTER TABLE assignment ADD COLUMN owner_text TEXT;
