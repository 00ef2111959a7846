#!/usr/bin/python3
# journey-search.py: the search from anywhere, with real key presses:
# Ctrl+F on several pages opens it, typing finds as you type, Down and
# Enter open a hit where it lives; the same at 360 px wide.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samjourney import Journey, contains, run  # noqa: E402

OUTPUT = os.environ.get("JOURNEY_OUTPUT_DIR", ".")


def open_search(j):
    """Ctrl+F, and the search's field with the keyboard focus."""
    j.key("ctrl+f")
    field = j.find("entry", "Search everything")
    j.wait_focused(field)
    return field


def ctrl_f_on_every_page():
    with Journey("search-pages") as j:
        for section in ["Overview", "Meetings", "Plan and activities",
                        "People and municipalities", "Year"]:
            j.click(j.find("list item", section, within=j.window))
            open_search(j)
            # Typed "mote" finds the "möte"s, grouped under their headings.
            j.type("mote")
            j.find("label", "Meetings", within=j.toplevels()[-1])
            if section == "Meetings":
                j.screenshot(os.path.join(OUTPUT, "search-1280.png"))
            j.key("Escape")
            j.wait_gone("entry", "Search everything")


def open_a_hit_with_the_keyboard():
    with Journey("search-open") as j:
        j.click(j.find("list item", "Plan and activities", within=j.window))
        open_search(j)
        j.type("mote")
        results = j.find("list", "Search results")
        j.find("label", "Meetings", within=results)
        # The best meeting, the first row of the results.
        rows = j.query("SELECT count(*) FROM meeting")
        assert rows[0][0] > 0
        j.key("Down", "Return")
        j.wait_gone("entry", "Search everything")
        # The meeting's page, with its way back to the list of meetings.
        j.find("push button", "Back to the list of meetings", within=j.window)


def narrow_window():
    with Journey("search-narrow") as j:
        j.resize(360, 720)
        open_search(j)
        j.type("budget")
        results = j.find("list", "Search results")
        j.find("label", contains("udget"), within=results)
        j.screenshot(os.path.join(OUTPUT, "search-360.png"))
        j.key("Down", "Return")
        j.wait_gone("entry", "Search everything")


if __name__ == "__main__":
    run([
        ("Ctrl+F opens the search on every page", ctrl_f_on_every_page),
        ("Down and Enter open a hit", open_a_hit_with_the_keyboard),
        ("the search in a 360 px window", narrow_window),
    ])
