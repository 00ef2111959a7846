-- 0005-uuid-registry.sql: a uuid is unique across every table.
--
-- Each table's uuid column is unique within the table; the exchange format
-- merges by uuid alone, so a person and a municipality with the same uuid
-- made the database's own export impossible to import. The registry holds
-- every uuid once, kept by triggers on insert, uuid change and delete.

CREATE TABLE uuid_registry (
  uuid       TEXT PRIMARY KEY NOT NULL,
  table_name TEXT NOT NULL
) WITHOUT ROWID;

-- The rows there are; where two tables share a uuid the first keeps it.

INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'municipality' FROM municipality;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'person' FROM person;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'plan' FROM plan;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'area' FROM area;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'focus_question' FROM focus_question;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'focus_year' FROM focus_year;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'body' FROM body;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'membership' FROM membership;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'activity' FROM activity;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'meeting' FROM meeting;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'attendance' FROM attendance;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'study_trip' FROM study_trip;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'agenda_item' FROM agenda_item;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'attachment' FROM attachment;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'decision' FROM decision;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'assignment' FROM assignment;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'destination' FROM destination;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'trip_participant' FROM trip_participant;
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'programme_item' FROM programme_item;

-- Any other row that shared it gets a new random (version 4) uuid.
UPDATE municipality SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = municipality.uuid AND r.table_name <> 'municipality');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'municipality' FROM municipality;
UPDATE person SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = person.uuid AND r.table_name <> 'person');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'person' FROM person;
UPDATE plan SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = plan.uuid AND r.table_name <> 'plan');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'plan' FROM plan;
UPDATE area SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = area.uuid AND r.table_name <> 'area');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'area' FROM area;
UPDATE focus_question SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = focus_question.uuid AND r.table_name <> 'focus_question');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'focus_question' FROM focus_question;
UPDATE focus_year SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = focus_year.uuid AND r.table_name <> 'focus_year');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'focus_year' FROM focus_year;
UPDATE body SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = body.uuid AND r.table_name <> 'body');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'body' FROM body;
UPDATE membership SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = membership.uuid AND r.table_name <> 'membership');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'membership' FROM membership;
UPDATE activity SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = activity.uuid AND r.table_name <> 'activity');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'activity' FROM activity;
UPDATE meeting SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = meeting.uuid AND r.table_name <> 'meeting');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'meeting' FROM meeting;
UPDATE attendance SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = attendance.uuid AND r.table_name <> 'attendance');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'attendance' FROM attendance;
UPDATE study_trip SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = study_trip.uuid AND r.table_name <> 'study_trip');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'study_trip' FROM study_trip;
UPDATE agenda_item SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = agenda_item.uuid AND r.table_name <> 'agenda_item');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'agenda_item' FROM agenda_item;
UPDATE attachment SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = attachment.uuid AND r.table_name <> 'attachment');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'attachment' FROM attachment;
UPDATE decision SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = decision.uuid AND r.table_name <> 'decision');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'decision' FROM decision;
UPDATE assignment SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = assignment.uuid AND r.table_name <> 'assignment');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'assignment' FROM assignment;
UPDATE destination SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = destination.uuid AND r.table_name <> 'destination');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'destination' FROM destination;
UPDATE trip_participant SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = trip_participant.uuid AND r.table_name <> 'trip_participant');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'trip_participant' FROM trip_participant;
UPDATE programme_item SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE EXISTS (SELECT 1 FROM uuid_registry r WHERE r.uuid = programme_item.uuid AND r.table_name <> 'programme_item');
INSERT OR IGNORE INTO uuid_registry (uuid, table_name) SELECT uuid, 'programme_item' FROM programme_item;

CREATE TRIGGER municipality_uuid_insert AFTER INSERT ON municipality BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'municipality');
END;
CREATE TRIGGER municipality_uuid_update AFTER UPDATE OF uuid ON municipality WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'municipality');
END;
CREATE TRIGGER municipality_uuid_delete AFTER DELETE ON municipality BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER person_uuid_insert AFTER INSERT ON person BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'person');
END;
CREATE TRIGGER person_uuid_update AFTER UPDATE OF uuid ON person WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'person');
END;
CREATE TRIGGER person_uuid_delete AFTER DELETE ON person BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER plan_uuid_insert AFTER INSERT ON plan BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'plan');
END;
CREATE TRIGGER plan_uuid_update AFTER UPDATE OF uuid ON plan WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'plan');
END;
CREATE TRIGGER plan_uuid_delete AFTER DELETE ON plan BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER area_uuid_insert AFTER INSERT ON area BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'area');
END;
CREATE TRIGGER area_uuid_update AFTER UPDATE OF uuid ON area WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'area');
END;
CREATE TRIGGER area_uuid_delete AFTER DELETE ON area BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER focus_question_uuid_insert AFTER INSERT ON focus_question BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'focus_question');
END;
CREATE TRIGGER focus_question_uuid_update AFTER UPDATE OF uuid ON focus_question WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'focus_question');
END;
CREATE TRIGGER focus_question_uuid_delete AFTER DELETE ON focus_question BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER focus_year_uuid_insert AFTER INSERT ON focus_year BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'focus_year');
END;
CREATE TRIGGER focus_year_uuid_update AFTER UPDATE OF uuid ON focus_year WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'focus_year');
END;
CREATE TRIGGER focus_year_uuid_delete AFTER DELETE ON focus_year BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER body_uuid_insert AFTER INSERT ON body BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'body');
END;
CREATE TRIGGER body_uuid_update AFTER UPDATE OF uuid ON body WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'body');
END;
CREATE TRIGGER body_uuid_delete AFTER DELETE ON body BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER membership_uuid_insert AFTER INSERT ON membership BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'membership');
END;
CREATE TRIGGER membership_uuid_update AFTER UPDATE OF uuid ON membership WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'membership');
END;
CREATE TRIGGER membership_uuid_delete AFTER DELETE ON membership BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER activity_uuid_insert AFTER INSERT ON activity BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'activity');
END;
CREATE TRIGGER activity_uuid_update AFTER UPDATE OF uuid ON activity WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'activity');
END;
CREATE TRIGGER activity_uuid_delete AFTER DELETE ON activity BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER meeting_uuid_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'meeting');
END;
CREATE TRIGGER meeting_uuid_update AFTER UPDATE OF uuid ON meeting WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'meeting');
END;
CREATE TRIGGER meeting_uuid_delete AFTER DELETE ON meeting BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER attendance_uuid_insert AFTER INSERT ON attendance BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'attendance');
END;
CREATE TRIGGER attendance_uuid_update AFTER UPDATE OF uuid ON attendance WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'attendance');
END;
CREATE TRIGGER attendance_uuid_delete AFTER DELETE ON attendance BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER study_trip_uuid_insert AFTER INSERT ON study_trip BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'study_trip');
END;
CREATE TRIGGER study_trip_uuid_update AFTER UPDATE OF uuid ON study_trip WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'study_trip');
END;
CREATE TRIGGER study_trip_uuid_delete AFTER DELETE ON study_trip BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER agenda_item_uuid_insert AFTER INSERT ON agenda_item BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'agenda_item');
END;
CREATE TRIGGER agenda_item_uuid_update AFTER UPDATE OF uuid ON agenda_item WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'agenda_item');
END;
CREATE TRIGGER agenda_item_uuid_delete AFTER DELETE ON agenda_item BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER attachment_uuid_insert AFTER INSERT ON attachment BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'attachment');
END;
CREATE TRIGGER attachment_uuid_update AFTER UPDATE OF uuid ON attachment WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'attachment');
END;
CREATE TRIGGER attachment_uuid_delete AFTER DELETE ON attachment BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER decision_uuid_insert AFTER INSERT ON decision BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'decision');
END;
CREATE TRIGGER decision_uuid_update AFTER UPDATE OF uuid ON decision WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'decision');
END;
CREATE TRIGGER decision_uuid_delete AFTER DELETE ON decision BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER assignment_uuid_insert AFTER INSERT ON assignment BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'assignment');
END;
CREATE TRIGGER assignment_uuid_update AFTER UPDATE OF uuid ON assignment WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'assignment');
END;
CREATE TRIGGER assignment_uuid_delete AFTER DELETE ON assignment BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER destination_uuid_insert AFTER INSERT ON destination BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'destination');
END;
CREATE TRIGGER destination_uuid_update AFTER UPDATE OF uuid ON destination WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'destination');
END;
CREATE TRIGGER destination_uuid_delete AFTER DELETE ON destination BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER trip_participant_uuid_insert AFTER INSERT ON trip_participant BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'trip_participant');
END;
CREATE TRIGGER trip_participant_uuid_update AFTER UPDATE OF uuid ON trip_participant WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'trip_participant');
END;
CREATE TRIGGER trip_participant_uuid_delete AFTER DELETE ON trip_participant BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
CREATE TRIGGER programme_item_uuid_insert AFTER INSERT ON programme_item BEGIN
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'programme_item');
END;
CREATE TRIGGER programme_item_uuid_update AFTER UPDATE OF uuid ON programme_item WHEN NEW.uuid IS NOT OLD.uuid BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
  INSERT INTO uuid_registry (uuid, table_name) VALUES (NEW.uuid, 'programme_item');
END;
CREATE TRIGGER programme_item_uuid_delete AFTER DELETE ON programme_item BEGIN
  DELETE FROM uuid_registry WHERE uuid = OLD.uuid;
END;
