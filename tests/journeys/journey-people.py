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

from samjourney import Journey, contains, run  # noqa: E402


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
        j.wait_query("SELECT count(*) FROM person WHERE id = ?", britt, expect=0)
        j.click(j.find("push button", contains("Undo")))
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
        j.wait_query("SELECT count(*) FROM municipality WHERE id = ?", lomma, expect=0)
        j.click(j.find("push button", contains("Undo")))
        j.wait_query("SELECT short_name FROM municipality WHERE id = ?", lomma,
                     expect="Lomma kommun, värd")
        # Its people are its people again.
        j.wait_query("SELECT count(*) FROM person WHERE municipality_id = ?", lomma,
                     expect=people_before)


if __name__ == "__main__":
    run([
        ("open, edit, delete and undo a person", edit_delete_undo_person),
        ("open, edit, delete and undo a municipality", edit_delete_undo_municipality),
    ])
