-- 0007-attendance-order.sql: the attendance list keeps the order in which
-- the secretary entered the people, and the documents print it so.
--
-- Copyright 2026 The Samverkan developers
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Rows already numbered keep their order; rows that were never numbered
-- (position 0) follow in the order the list used to show: the chair, the
-- members, those also attending, the minutes taker, each by name. Every
-- meeting's rows are then numbered 1, 2, 3… without gaps or ties.

UPDATE attendance
SET position = (
  SELECT o.rank
  FROM (SELECT a.id AS id,
               row_number () OVER (
                 PARTITION BY a.meeting_id
                 ORDER BY a.position = 0, a.position,
                          CASE a.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1
                                      WHEN 'also-attending' THEN 2 ELSE 3 END,
                          p.name, a.id) AS rank
        FROM attendance a JOIN person p ON p.id = a.person_id) o
  WHERE o.id = attendance.id);

CREATE INDEX attendance_order ON attendance (meeting_id, position);
