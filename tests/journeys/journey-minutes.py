#!/usr/bin/python3
# journey-minutes.py: from an empty database to the exported minutes, with
# the mouse and the keyboard, as a secretary does it the first time: the
# body and the municipalities, the people added from the pickers, a
# director-group meeting with its attendance in the order given, an agenda
# with a named section, an item with two sub-items, a presenter and an
# attachment, the minutes with the input and its heading, a decision
# approved and one rejected, an assignment with its owner and due date,
# points proposed for a coming meeting; then the minutes PDF, read back.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# NOT YET A TEST: these are the steps' helpers, each tried by hand on the
# live window (empty database: body, municipalities, New Meeting with a
# new secretary, people from pickers with the New Person dialog, items,
# sub-items by a real click on "Add Sub-item" and typing, the section
# heading, a presenter, an attachment through the file chooser, decisions
# approved and rejected). The journey function, the owner/due date,
# "Propose for a Coming Meeting", the PDF export and its pdftotext checks
# are still to be written; it is not in tests/meson.build until it runs.

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samjourney import Journey, contains, run, wait_for  # noqa: E402

OUT = os.environ.get("JOURNEY_OUTPUT_DIR", "/tmp")
os.makedirs(OUT, exist_ok=True)


def shot(j, name):
    """The window at a key step, to look at (kept in the output folder)."""
    j.screenshot(os.path.join(OUT, f"minutes-{name}.png"))


def dialog(j, title):
    """The newest window once it is the one called title."""
    return wait_for(lambda: (lambda top: top if top.get_name() == title else None)(j.toplevels()[-1]),
                    f"the {title} window")


def windows(j, n):
    wait_for(lambda: len(j.toplevels()) == n, f"{n} window(s) shown")


def type_into(j, entry, text, replace=False):
    """Clicks an entry (an entry row), types, and waits until it shows the text."""
    j.click(entry)
    if replace:
        j.key("ctrl+a")
    j.type(text)
    wait_for(lambda: j.text_of(entry).endswith(text), f"{text!r} typed")


def choose_in_list(j, combo, steps, shown):
    """Opens a combo row's list and moves down steps times with the keys
    (its popover is a window of its own), then takes the choice."""
    j.click(combo)
    j.key(*(["Down"] * steps), "Return")
    wait_for(lambda: shown in [j.text_of(label) for label in j.find_all("label", within=combo)],
             f"{shown!r} chosen")


def open_popover(j, button, role, name):
    """Clicks a menu button until its popover shows the widget (role,
    name), and returns it. A popover's widgets have no size of their own
    on GTK 4.8: they are searched below the button without that filter."""
    def shown():
        found = [acc for acc in j.find_all(role, name, within=button, showing=False)
                 if j.has_state(acc, "visible")]
        return found[0] if found else None

    for _ in range(3):
        j.click(button)
        try:
            return wait_for(shown, f"{name!r} in the popover", timeout=5)
        except Exception:
            continue
    return wait_for(shown, f"{name!r} in the popover")


def item_menu(j, number, entry):
    """Chooses entry in the menu of the agenda row that starts with number,
    with a real click on the menu item."""
    agenda = j.find("list", "Agenda")
    row = j.find("list item", lambda name: name.startswith(f"{number} "), within=agenda)
    j.click_in_popover(open_popover(j, j.find("push button", "Item menu", within=row), "menu item", entry))


def pick_new_person(j, button, name, municipality_steps, municipality):
    """Adds someone new from a person picker: types the name, takes "Add
    'name' as a New Person" with Enter, and in the New Person dialog
    chooses the municipality (steps down its list) and adds."""
    search = open_popover(j, button, "entry", "Search people by name")
    j.wait_focused(search)
    j.type(name)
    j.wait_text(search, name)
    # The button to add the name shows once the list has found nobody.
    wait_for(lambda: [b for b in j.find_all("push button", contains("as a New Person"), within=button,
                                            showing=False) if name in b.get_name()],
             f"Add {name!r} as a New Person")
    j.key("Return")
    person = dialog(j, "New Person")
    j.wait_text(j.find("text", "Name", within=person), name)
    choose_in_list(j, j.find("combo box", "Municipality", within=person), municipality_steps, municipality)
    count = len(j.toplevels())
    j.click(j.find("push button", contains("Add"), within=person))
    windows(j, count - 1)
    return j.wait_query("SELECT id FROM person WHERE name = ?", name, expect=lambda rows: rows)[0][0]


def make_pdf(path, text):
    """A one-page PDF with a line of text: the presentation to attach."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as pdf:
        pdf.write(data)


def choose_file(j, title, path):
    """In the file chooser called title, writes the path (Ctrl+L opens the
    location entry) and takes it with Enter."""
    chooser = dialog(j, title)
    j.key("ctrl+l")
    location = j.find("text", None, within=chooser)
    j.wait_focused(location)
    j.type(path)
    j.wait_text(location, path)
    count = len(j.toplevels())
    j.key("Return")
    windows(j, count - 1)
