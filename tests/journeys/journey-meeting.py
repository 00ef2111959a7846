#!/usr/bin/python3
# journey-meeting.py: a meeting as the secretary keeps it, with the mouse
# and the keyboard: attendance, the agenda, points proposed for the next
# meeting, the minutes PDF, and the page at 360 px.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samjourney import Journey, contains, run, wait_for  # noqa: E402

# A director-group meeting of the example with nobody called yet, and a
# coming one, so that the journeys start where a secretary does.
MEETING_SQL = """
INSERT INTO meeting (uuid, created_at, updated_at, body_id, kind, title, starts_at, ends_at,
                     location, status, minutes_label)
SELECT '00000000-0000-4000-8000-0000000e0001', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',
       id, 'meeting', 'Resmöte i journeyn', '2026-03-10T09:00', '2026-03-10T12:00', 'Lomma',
       'planned', 'notes'
FROM body WHERE kind = 'director-group' ORDER BY id LIMIT 1;
"""

MEETING_UUID = "00000000-0000-4000-8000-0000000e0001"


def meeting_id(j):
    (mid,), = j.query("SELECT id FROM meeting WHERE uuid = ?", MEETING_UUID)
    return mid


def open_meeting(j, title="Resmöte i journeyn"):
    j.click(j.find("list item", "Meetings"))
    search = j.find("text", "Search meetings by title, theme or body")
    j.click(search)
    j.wait_focused(search)
    j.type(title)
    label = j.find("label", title)
    j.click(label)
    return j.find("push button", contains("Add Item"))


def visible_back_buttons(j):
    return [b for b in j.find_all("push button", within=j.window)
            if j.text_of(b).startswith("Back") or "Back" in (b.name or "")]


def narrow_meeting_and_back():
    with Journey("meeting-narrow", setup_sql=MEETING_SQL) as j:
        j.resize(360, 720)
        sections = j.find("list item", "Meetings")
        j.click(sections)
        search = j.find("text", "Search meetings by title, theme or body")
        j.click(search)
        j.wait_focused(search)
        j.type("Resmöte i journeyn")
        j.click(j.find("label", "Resmöte i journeyn"))
        j.find("push button", contains("Add Item"))

        # One way back, in the header bar, and it leads to the meetings.
        backs = wait_for(lambda: (lambda b: len(b) == 1 and b)(
            [b for b in j.find_all("push button", within=j.window) if "Back" in (b.name or "")]),
            "one back button")
        assert backs[0].name.startswith("Back to the list of meetings"), backs[0].name
        j.screenshot(os.path.join(os.environ.get("JOURNEY_OUTPUT_DIR", "/tmp"), "meeting-narrow.png"))
        j.click(backs[0])
        j.find("text", "Search meetings by title, theme or body")
        j.wait_gone("push button", contains("Add Item"))


def attendance_order():
    with Journey("meeting-attendance", setup_sql=MEETING_SQL) as j:
        open_meeting(j)
        mid = meeting_id(j)
        people = ["Britt Steiner", "Jesper Sahlin", "Ola Yndeheim"]
        for name in people:
            j.click(j.find("push button", "Add someone also attending"))
            search = j.find("text", contains("Search"))
            j.wait_focused(search)
            j.type(name)
            j.key("Return")
            j.wait_query("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id"
                         " WHERE a.meeting_id = ? AND p.name = ?", mid, name, expect=1)

        # In the order entered, not re-sorted.
        order = ("SELECT p.name FROM attendance a JOIN person p ON p.id = a.person_id"
                 " WHERE a.meeting_id = ? ORDER BY a.position, a.id")
        j.wait_query(order, mid, expect=lambda rows: [r[0] for r in rows] == people)

        attendance = j.find("list", "Attendance")
        first = j.find("label", "Britt Steiner", within=attendance)
        x_before = j.center(first)

        # The minutes taker: one at a time; the list stays where it was.
        j.click(j.find("push button", "Choose who takes the minutes"))
        search = j.find("text", contains("Search"))
        j.wait_focused(search)
        j.type("Jesper Sahlin")
        j.key("Return")
        j.wait_query("SELECT p.name FROM meeting m JOIN person p ON p.id = m.secretary_id WHERE m.id = ?",
                     mid, expect="Jesper Sahlin")
        assert j.center(j.find("label", "Britt Steiner", within=attendance)) == x_before, \
            "the attendance list moved"

        # Removing the minutes taker's row: nobody takes the minutes.
        (jesper,), = j.query("SELECT id FROM person WHERE name = 'Jesper Sahlin'")
        rows = [item for item in j.find_all("list item", within=attendance)
                if any(j.text_of(label).startswith("Jesper Sahlin")
                       for label in j.find_all("label", within=item))]
        assert rows, "no row of Jesper Sahlin"
        remove = j.find("push button", contains("Remove"), within=rows[0])
        j.click(remove)
        j.wait_query("SELECT count(*) FROM meeting WHERE id = ? AND secretary_id IS NULL", mid, expect=1)
        j.click(j.find("push button", contains("Undo"), within=j.window))
        j.wait_query("SELECT secretary_id FROM meeting WHERE id = ?", mid, expect=jesper)


if __name__ == "__main__":
    run([
        ("a meeting at 360 px, and back with one button", narrow_meeting_and_back),
        ("attendance in the order entered, one minutes taker", attendance_order),
    ])
