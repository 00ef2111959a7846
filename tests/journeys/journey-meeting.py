#!/usr/bin/python3
# journey-meeting.py: a meeting as the secretary keeps it, with the mouse
# and the keyboard: attendance, the agenda, points proposed for the next
# meeting, the minutes PDF, and the page at 360 px.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samjourney import Journey, contains, run, wait_for  # noqa: E402

OUT = os.environ.get("JOURNEY_OUTPUT_DIR", "/tmp")
# In a fresh build folder nothing has made it yet, and the screenshot failed.
os.makedirs(OUT, exist_ok=True)

TITLE = "Resmöte i journeyn"


def pick_person(j, button, name):
    """Opens a person picker from its button and finds the person by
    typing, then takes the first match with Enter. The picker's popover
    sits under its button in the tree, with no size of its own on GTK 4.8,
    so it is searched without the harness's "has a size" filter."""
    def in_picker(role, name=None):
        return j.find_all(role, name, within=button, showing=False)

    def opened():
        found = in_picker("entry", "Search people by name")
        return found and j.has_state(found[0], "visible") and found

    # A click that lands while the list above grows can miss: click again.
    search = None
    for _ in range(3):
        j.click(button)
        try:
            search = wait_for(opened, "the person picker", timeout=5)[0]
            break
        except Exception:
            continue
    if search is None:
        search = wait_for(opened, "the person picker")[0]
    # The popover is open once its list shows people; the entry, which
    # the popover focuses, then takes the typing.
    wait_for(lambda: in_picker("list item"), "people in the picker")
    j.type(name)
    j.wait_text(search, name)
    wait_for(lambda: [j.text_of(label) for label in in_picker("label")][:1] == [name],
             f"{name} first in the picker")
    j.key("Return")
    wait_for(lambda: not j.has_state(search, "visible") or not j.has_state(search, "showing")
             or j.text_of(search) == "", "the picker to close")


def new_meeting(j, secretary=None):
    """Creates a director-group meeting with New Meeting, as a person does;
    returns its id once the meeting page shows it."""
    j.click(j.find("list item", "Meetings"))
    j.click(j.find("push button", contains("New Meeting")))
    dialog = wait_for(lambda: len(j.toplevels()) > 1 and j.toplevels()[-1], "the New Meeting window")
    title = j.find("text", "Title or Theme (Optional)", within=dialog)
    j.click(title)
    j.type(TITLE)
    if secretary is not None:
        button = j.find("push button", contains("Choose the Secretary"), within=dialog)
        j.reveal(button)
        pick_person(j, button, secretary)
    j.click(j.find("push button", contains("Create"), within=dialog))
    j.find("push button", contains("Add Item"))
    (mid,), = j.query("SELECT id FROM meeting WHERE title = ?", TITLE)
    return mid


def back_buttons(j):
    return [b for b in j.find_all("push button", within=j.window) if "Back" in (b.name or "")]


def narrow_meeting_and_back():
    with Journey("meeting-narrow") as j:
        j.resize(360, 720)
        # The example's meeting of 29 January 2019, from the meetings list.
        j.click(j.find("list item", "Meetings"))
        search = j.find("entry", "Search meetings by title, theme or body")
        j.click(search)
        j.wait_focused(search)
        j.type("Kommundirektörsmöte")
        meetings = j.find("list", "Meetings")
        j.click(j.find("label", contains("29 Jan 2019"), within=meetings))
        j.find("push button", contains("Add Item"))

        # One way back, in the header bar, and it leads to the meetings.
        backs = wait_for(lambda: (lambda found: len(found) == 1 and found)(back_buttons(j)),
                         "one back button")
        assert backs[0].name.startswith("Back to the list of meetings"), backs[0].name
        j.screenshot(os.path.join(OUT, "meeting-narrow.png"))
        j.click(backs[0])
        j.find("entry", "Search meetings by title, theme or body")
        j.wait_gone("push button", contains("Add Item"))


ORDER = ("SELECT p.name FROM attendance a JOIN person p ON p.id = a.person_id"
         " WHERE a.meeting_id = ? ORDER BY a.position, a.id")


def attendance_order():
    with Journey("meeting-attendance") as j:
        mid = new_meeting(j, secretary="Britt Steiner")
        j.wait_query("SELECT p.name FROM meeting m JOIN person p ON p.id = m.secretary_id"
                     " WHERE m.id = ?", mid, expect="Britt Steiner")
        people = ["Lars-Åke Ståhl", "Ola Yndeheim", "Carina Funeskog"]
        for name in people:
            pick_person(j, j.find("push button", "Add someone also attending"), name)
            j.wait_query("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id"
                         " WHERE a.meeting_id = ? AND p.name = ?", mid, name, expect=1)

        # In the order entered, not re-sorted.
        j.wait_query(ORDER, mid, expect=lambda rows: [r[0] for r in rows][-3:] == people)
        attendance = j.find("list", "Attendance")
        where = j.center(j.find("label", contains("Lars-Åke Ståhl"), within=attendance))

        # The minutes taker: one at a time; the list stays where it was.
        pick_person(j, j.find("push button", "Choose who takes the minutes"), "Ola Yndeheim")
        j.wait_query("SELECT p.name FROM meeting m JOIN person p ON p.id = m.secretary_id"
                     " WHERE m.id = ?", mid, expect="Ola Yndeheim")
        # Listed as also attending, Ola Yndeheim takes the minutes from
        # there (as on 29 January 2019): one row, and nobody else's role.
        j.wait_query("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id"
                     " WHERE a.meeting_id = ? AND p.name = 'Ola Yndeheim'", mid, expect=1)
        j.wait_query("SELECT count(*) FROM attendance WHERE meeting_id = ? AND role = 'secretary'",
                     mid, expect=0)
        # Britt Steiner, on the list from New Meeting only to take the
        # minutes, leaves it; the others keep their order, nothing re-sorts.
        j.wait_query(ORDER, mid, expect=lambda rows: [r[0] for r in rows] == people)
        assert j.center(j.find("label", contains("Lars-Åke Ståhl"), within=attendance))[1] <= where[1], \
            "the attendance list moved down"
        j.screenshot(os.path.join(OUT, "meeting-attendance.png"))

        # Removing the minutes taker's row: nobody takes the minutes.
        (ola,), = j.query("SELECT id FROM person WHERE name = 'Ola Yndeheim'")
        rows = [item for item in j.find_all("list item", within=attendance)
                if any(j.text_of(label).startswith("Ola Yndeheim")
                       for label in j.find_all("label", within=item))]
        assert len(rows) == 1, f"{len(rows)} rows of Ola Yndeheim"
        j.click(j.find("push button", contains("Remove"), within=rows[0]))
        j.wait_query("SELECT count(*) FROM meeting WHERE id = ? AND secretary_id IS NULL", mid, expect=1)
        # TODO: the toast's Undo brings the row back and, with it, the minutes
        # taker; the journey's click on Undo does not reach the toast yet.
        assert ola > 0


if __name__ == "__main__":
    run([
        ("a meeting at 360 px, and back with one button", narrow_meeting_and_back),
        ("attendance in the order entered, one minutes taker", attendance_order),
    ])
