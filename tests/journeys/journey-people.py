#!/usr/bin/python3
# journey-people.py: People and municipalities on the example database,
# with the mouse and the keyboard: open, edit, delete, undo, merge.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samjourney import Journey, contains, run, wait_for  # noqa: E402


def open_people(j):
    j.click(j.find("list item", "People and municipalities"))
    return j.find("list", "People")


def person_id(j, name):
    rows = j.query("SELECT id FROM person WHERE name = ?", name)
    assert len(rows) == 1, f"{len(rows)} people called {name}"
    return rows[0][0]


def edit_delete_undo_person():
    with Journey("people-person") as j:
        people = open_people(j)
        britt = person_id(j, "Britt Steiner")

        # A single click on the row opens the person.
        j.click(j.find("label", "Britt Steiner", within=people))
        name = j.find("text", "Name")
        j.wait_text(name, "Britt Steiner")

        # Typed into the title, saved as typed, å ä ö included.
        j.click(j.find("text", "Title"))
        j.key("ctrl+a")
        j.type("Kommunsekreterare på Lunds kommun")
        j.wait_query("SELECT title FROM person WHERE id = ?", britt,
                     expect="Kommunsekreterare på Lunds kommun")

        # Deleted with the button, and back with the toast's Undo.
        delete = j.find("push button", contains("Delete Person"))
        j.reveal(delete)
        j.click(delete)
        undo = j.find("push button", contains("Undo"), within=j.window)
        j.wait_query("SELECT count(*) FROM person WHERE id = ?", britt, expect=0)
        j.click(undo)
        j.wait_query("SELECT title FROM person WHERE id = ?", britt,
                     expect="Kommunsekreterare på Lunds kommun")
        j.wait_text(j.find("text", "Name"), "Britt Steiner")


def edit_delete_undo_municipality():
    with Journey("people-municipality") as j:
        open_people(j)
        j.click(j.find("page tab", "Municipalities"))
        municipalities = j.find("list", "Municipalities")
        (lomma,), = j.query("SELECT id FROM municipality WHERE name = 'Lomma'")
        (people_before,), = j.query("SELECT count(*) FROM person WHERE municipality_id = ?", lomma)

        j.click(j.find("label", "Lomma", within=municipalities))
        j.wait_text(j.find("text", "Name"), "Lomma")

        j.click(j.find("text", "Short name"))
        j.key("ctrl+a")
        j.type("Lomma kommun, värd")
        j.wait_query("SELECT short_name FROM municipality WHERE id = ?", lomma,
                     expect="Lomma kommun, värd")

        delete = j.find("push button", contains("Delete Municipality"))
        j.reveal(delete)
        j.click(delete)
        undo = j.find("push button", contains("Undo"), within=j.window)
        j.wait_query("SELECT count(*) FROM municipality WHERE id = ?", lomma, expect=0)
        j.click(undo)
        j.wait_query("SELECT short_name FROM municipality WHERE id = ?", lomma,
                     expect="Lomma kommun, värd")
        # Its people are its people again.
        j.wait_query("SELECT count(*) FROM person WHERE municipality_id = ?", lomma,
                     expect=people_before)


# A second record of Britt Steiner, saved with a picker's "Add as a New
# Person" before there was a warning, at a meeting the first was not at.
DUPLICATE = """
INSERT INTO person (uuid, created_at, updated_at, name, email)
VALUES ('00000000-0000-4000-8000-00000000b217', '2020-01-01T00:00:00Z',
        '2020-01-01T00:00:00Z', 'Britt Steiner', 'britt@example.org');
INSERT INTO attendance (uuid, created_at, updated_at, meeting_id, person_id, present)
SELECT '00000000-0000-4000-8000-00000000a217', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z',
       min(id), (SELECT id FROM person WHERE uuid = '00000000-0000-4000-8000-00000000b217'), 1
FROM meeting WHERE id NOT IN (SELECT meeting_id FROM attendance a JOIN person p
                              ON p.id = a.person_id WHERE p.name = 'Britt Steiner');
"""


def merge_two_records():
    with Journey("people-merge", setup_sql=DUPLICATE) as j:
        people = open_people(j)
        (meeting,), = j.query("SELECT a.meeting_id FROM attendance a JOIN person p ON p.id = a.person_id"
                              " WHERE p.uuid = '00000000-0000-4000-8000-00000000b217'")
        (kept,), = j.query("SELECT p.id FROM person p JOIN municipality m ON m.id = p.municipality_id"
                           " WHERE p.name = 'Britt Steiner' AND m.name = 'Lund'")

        # Open the record of Lund's Britt Steiner (the row that says Lund).
        rows = [item for item in j.find_all("list item", within=people)
                if [j.text_of(label) for label in j.find_all("label", within=item)]
                == ["Britt Steiner", "Lund"]]
        assert len(rows) == 1, f"{len(rows)} rows of Britt Steiner in Lund"
        j.click(j.find("label", "Britt Steiner", within=rows[0]))
        j.wait_text(j.find("text", "Name"), "Britt Steiner")
        merge = j.find("push button", contains("Merge With Another Record"))
        j.reveal(merge)
        j.click(merge)

        # The dialog proposes the other record of the same name.
        dialog = wait_for(lambda: len(j.toplevels()) > 1 and j.toplevels()[-1], "the merge dialog")
        j.find("combo box", "Record to merge into this one", within=dialog)
        j.click(j.find("push button", contains("Merge"), within=dialog))
        j.wait_query("SELECT count(*) FROM person WHERE name = 'Britt Steiner'", expect=1)
        j.wait_query("SELECT person_id FROM attendance WHERE meeting_id = ? AND person_id = ?",
                     meeting, kept, expect=kept)

        # The merge's toast stays until dismissed.
        j.click(j.find("push button", contains("Undo"), within=j.window))
        j.wait_query("SELECT count(*) FROM person WHERE name = 'Britt Steiner'", expect=2)
        j.wait_query("SELECT p.uuid FROM attendance a JOIN person p ON p.id = a.person_id"
                     " WHERE a.meeting_id = ? AND p.name = 'Britt Steiner'", meeting,
                     expect="00000000-0000-4000-8000-00000000b217")


def open_a_meeting(j):
    """Opens the latest meeting of the example through the Meetings search,
    and returns its id."""
    (meeting, title), = j.query("SELECT id, title FROM meeting WHERE title <> ''"
                                " ORDER BY starts_at DESC, id DESC LIMIT 1")
    j.click(j.find("list item", "Meetings"))
    search = j.find("entry", "Search meetings by title, theme or body")
    j.click(search)
    j.wait_focused(search)
    j.type(title)
    j.click(j.find("label", title, within=j.find("list", "Meetings")))
    j.find("push button", "Show the attendance list")
    return meeting


def open_also_attending_picker(j):
    also = j.find(None, "Add someone also attending")
    j.reveal(also)
    j.click(also)
    # The picker is the menu button's child on the accessibility bus, and
    # GTK 4.8 gives a popover's widgets no size and no focus state there:
    # look inside the button, among the widgets without a size. The picker
    # focuses its search as it opens; what is typed is checked by the
    # button that names it.
    entry = wait_for(lambda: j.find_all("entry", "Search people by name", within=also, showing=False),
                     "the picker's search")[0]
    # The focus is on the search entry's text inside it.
    focused = [entry] + j.find_all(None, None, within=entry, showing=False)
    wait_for(lambda: any(j.has_state(acc, "focused") for acc in focused),
             "the picker's search to have the focus")
    return also


def new_person_from_picker():
    with Journey("people-picker") as j:
        meeting = open_a_meeting(j)
        (lomma,), = j.query("SELECT id FROM municipality WHERE name = 'Lomma'")
        names = [name for (name,) in j.query("SELECT name FROM municipality ORDER BY name COLLATE sam_name")]
        if not j.find_all(None, "Add someone also attending"):
            j.click(j.find("push button", "Show the attendance list"))

        # Typed into the picker, nobody by that name: Enter asks for more.
        picker = open_also_attending_picker(j)
        j.type("Kerstin Åkesson")
        wait_for(lambda: j.find_all("push button", "Add “Kerstin Åkesson” as a New Person",
                                    within=picker, showing=False),
                 "the picker to offer adding Kerstin Åkesson")
        j.key("Return")
        dialog = j.find(None, "New Person")
        name = j.find("text", "Name", within=dialog)
        j.wait_text(name, "Kerstin Åkesson")
        assert j.query("SELECT count(*) FROM person WHERE name = 'Kerstin Åkesson'") == [(0,)]

        # The municipality from its list, with the keyboard: "None" comes
        # first, then the municipalities in Swedish order.
        j.click(j.find(None, "Municipality", within=dialog))
        j.key(*(["Down"] * (names.index("Lomma") + 1)), "Return")
        title = j.find("text", "Title", within=dialog)
        j.click(title)
        j.type("Kommundirektör")
        j.wait_text(title, "Kommundirektör")
        j.click(j.find("push button", contains("Add"), within=dialog))
        j.wait_query("SELECT municipality_id || ' ' || title FROM person WHERE name = 'Kerstin Åkesson'",
                     expect=f"{lomma} Kommundirektör")
        (kerstin,), = j.query("SELECT id FROM person WHERE name = 'Kerstin Åkesson'")
        j.wait_query("SELECT count(*) FROM attendance WHERE meeting_id = ? AND person_id = ?",
                     meeting, kerstin, expect=1)

        # The same name typed without accents: the picker, which does not
        # offer her again (she is on the list), asks, and the dialog warns.
        open_also_attending_picker(j)
        j.type("kerstin akesson")
        j.key("Return")
        dialog = j.find(None, "New Person")
        j.find("label", contains("is already listed"), within=dialog)
        j.find("push button", contains("Use Kerstin Åkesson (Lomma)"), within=dialog)
        shots = os.environ.get("JOURNEY_OUTPUT_DIR", j.tmp)
        os.makedirs(shots, exist_ok=True)
        j.screenshot(os.path.join(shots, "people-picker-duplicate.png"))
        # Cancel saves nothing.
        j.click(j.find("push button", contains("Cancel"), within=dialog))
        j.wait_gone(None, "New Person")
        j.wait_query("SELECT count(*) FROM person WHERE name LIKE 'kerstin%'", expect=1)


if __name__ == "__main__":
    run([
        ("open, edit, delete and undo a person", edit_delete_undo_person),
        ("open, edit, delete and undo a municipality", edit_delete_undo_municipality),
        ("merge two records of a person, and undo", merge_two_records),
        ("a new person from a picker, with a municipality and a namesake warning",
         new_person_from_picker),
    ])
