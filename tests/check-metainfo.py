#!/usr/bin/env python3
# tests/check-metainfo.py METAINFO DESKTOP NEWS VERSION: what GNOME Software,
# Flathub and the About window show, as TAP.
#
# - `appstreamcli validate --pedantic --no-net` reports nothing but the two
#   hints that cannot go away: the upper-case letters of the reverse-DNS ID,
#   and, on AppStream before 1.0 (Debian 12 has 0.16), the <developer> tag
#   it does not know yet. Anything else, of any severity, fails.
# - The metainfo has what the stores show (developer, links, keywords,
#   categories, content rating, offline-only, display and input, binaries,
#   screenshots with Swedish captions, the gettext domain).
# - The version comes from one place: the newest <release> is meson.build's
#   version, with a date and notes, and NEWS begins with the same release.
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

metainfo, desktop, news, version = sys.argv[1:5]
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
n = 0
failed = False


def check(what, ok, detail=''):
    global n, failed
    n += 1
    print(f'{"ok" if ok else "not ok"} {n} {what}')
    if not ok:
        failed = True
        for line in str(detail).splitlines():
            print(f'# {line}')


root = ET.parse(metainfo).getroot()
app_id = root.findtext('id')

report = subprocess.run(['appstreamcli', 'validate', '--no-net', '--pedantic', '--format', 'yaml',
                         metainfo], capture_output=True, text=True)
issues = re.findall(r'^- tag: (\S+)\n(?:  .*\n)*?  hint: (.*)$', report.stdout, re.M)
allowed = {('cid-contains-uppercase-letter', app_id), ('unknown-tag', 'developer')}
unexpected = [i for i in issues if i not in allowed]
check('appstreamcli validate --pedantic: nothing but ' + ', '.join(sorted(t for t, _ in allowed)),
      report.returncode == 0 and not unexpected and 'Passed: yes' in report.stdout, report.stdout)

check('<developer id> with a <name>',
      root.find('developer') is not None and root.find('developer').get('id')
      and root.findtext('developer/name'))
check('<developer_name> for AppStream 0.16 (GNOME Software on Debian 12)',
      bool(root.findtext('developer_name')))
urls = {u.get('type'): u.text for u in root.findall('url')}
for kind in ('homepage', 'bugtracker', 'translate', 'vcs-browser'):
    check(f'<url type="{kind}">', bool(urls.get(kind)), urls)
check('<keywords>', len(root.findall('keywords/keyword')) >= 3)
check('<categories>', len(root.findall('categories/category')) >= 1)
check('<content_rating type="oars-1.1">', root.find('content_rating[@type="oars-1.1"]') is not None)
check('<internet>offline-only</internet>',
      [e.text for e in root.iter('internet')] == ['offline-only'])
check('<requires> a display of 360 px or more',
      root.findtext('requires/display_length[@compare="ge"]') == '360')
check('<supports> keyboard, pointing and touch',
      {c.text for c in root.findall('supports/control')} >= {'keyboard', 'pointing', 'touch'})
check('<provides> both binaries',
      {b.text for b in root.findall('provides/binary')} == {'samverkan', 'samverkan-cli'})
check('<provides> the exchange file type',
      [m.text for m in root.findall('provides/mediatype')] == ['application/x-samverkan+xml'])
shots = root.findall('screenshots/screenshot')
check('screenshots, one of them the default', len(shots) >= 3
      and sum(1 for s in shots if s.get('type') == 'default') == 1)
check('every screenshot has a caption in English and in Swedish',
      all(s.find('caption') is not None and s.find(f'caption[@{XML_LANG}="sv"]') is not None
          for s in shots))
check('<translation type="gettext">samverkan</translation>',
      root.findtext('translation[@type="gettext"]') == 'samverkan')
check('<launchable> is the desktop file', root.findtext('launchable') == f'{app_id}.desktop'
      and desktop.endswith(f'/{app_id}.desktop'))

releases = root.findall('releases/release')
newest = releases[0] if releases else None
check(f'the newest <release> is version {version}, the version in meson.build',
      newest is not None and newest.get('version') == version,
      newest.attrib if newest is not None else 'no release')
date = newest.get('date') if newest is not None else None
check('the release has a date', bool(date and re.fullmatch(r'\d{4}-\d\d-\d\d', date)))
notes = newest.findall('description/*') if newest is not None else []
check('the release has notes', len(notes) >= 1)
with open(news, encoding='utf-8') as f:
    first = f.readline().strip()
check(f'NEWS begins with "Samverkan {version} ({date})"', first == f'Samverkan {version} ({date})',
      first)

with open(desktop, encoding='utf-8') as f:
    entry = f.read()
check('the desktop file is D-Bus activatable', 'DBusActivatable=true' in entry.splitlines())
check('the desktop file opens what it says it opens (Exec has %U, MimeType the exchange type)',
      re.search(r'^Exec=samverkan %U$', entry, re.M) is not None
      and 'MimeType=application/x-samverkan+xml;' in entry.splitlines())
check('the desktop file has Keywords in English and Swedish',
      re.search(r'^Keywords=.+;$', entry, re.M) is not None
      and re.search(r'^Keywords\[sv\]=.+;$', entry, re.M) is not None)

print(f'1..{n}')
sys.exit(1 if failed else 0)
