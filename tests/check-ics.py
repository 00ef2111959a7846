#!/usr/bin/env python3
# tests/check-ics.py FILE EXPECTATIONS: reads an iCalendar file with an
# independent parser (python3-icalendar) and checks it against lines of
# "uid|local start|utc start" expectations; prints what it found.
import sys
from datetime import timezone

try:
    import icalendar
except ImportError:
    # 77: meson's and automake's "skipped". test-ical.c accepts it only in a
    # Flatpak build (SAMVERKAN_FLATPAK_BUILD); everywhere else it fails.
    print(f'{sys.executable} cannot import icalendar (python3-icalendar): '
          'the independent parser is not available')
    sys.exit(77)

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())

events = {str(e['UID']): e for e in calendar.walk('VEVENT')}
assert calendar.walk('VTIMEZONE'), 'no VTIMEZONE'
for line in sys.argv[2:]:
    uid, local, utc = line.split('|')
    event = events[uid]
    start = event.decoded('DTSTART')
    assert start.strftime('%Y-%m-%dT%H:%M') == local, (uid, start, local)
    got = start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M')
    assert got == utc, (uid, got, utc)
print(f'{len(events)} events read')
