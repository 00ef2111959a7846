#!/usr/bin/env python3
# tests/check-ics.py FILE EXPECTATION...: reads an iCalendar file with an
# independent parser (python3-icalendar) and checks it against
# expectations; prints what it found. An expectation is one of
#   uid|local start|utc start        the event's DTSTART, local and in UTC
#   uid|LOCATION=text                the event's LOCATION
#   uid|ORGANIZER=uri                the event's ORGANIZER
#   uid|ATTENDEE=uri uri ...         the event's ATTENDEEs, in any order
#   *|TZID=name                      the calendar's one VTIMEZONE
#   *|NAME=text                      a property of the calendar itself
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
zones = calendar.walk('VTIMEZONE')
assert zones, 'no VTIMEZONE'


def values(event, name):
    value = event.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        value = [value]
    return sorted(str(v) for v in value)


for line in sys.argv[2:]:
    uid, what = line.split('|', 1)
    if uid == '*':
        name, expected = what.split('=', 1)
        if name != 'TZID':
            got = str(calendar.get(name))
            assert got == expected, (name, got, expected)
            continue
        got = [str(z['TZID']) for z in zones]
        assert got == [expected], (got, expected)
        continue
    event = events[uid]
    if '=' in what and '|' not in what:
        name, expected = what.split('=', 1)
        got = values(event, name)
        want = sorted(expected.split(' ')) if name == 'ATTENDEE' else [expected]
        assert got == want, (uid, name, got, want)
        continue
    local, utc = what.split('|')
    start = event.decoded('DTSTART')
    assert start.strftime('%Y-%m-%dT%H:%M') == local, (uid, start, local)
    got = start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M')
    assert got == utc, (uid, got, utc)
print(f'{len(events)} events read')
