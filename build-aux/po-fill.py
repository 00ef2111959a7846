#!/usr/bin/env python3
# build-aux/po-fill.py PO JSON: fills untranslated entries of a po file
# from a JSON object {msgid: msgstr, or [singular, plural] for plurals}.
# A helper for translators; po/sv.po stays the source of truth.
import json
import re
import sys

po_path, json_path = sys.argv[1], sys.argv[2]
translations = json.load(open(json_path, encoding='utf-8'))

def unquote(lines):
    return ''.join(json.loads(l) for l in lines)

def quote(text):
    return json.dumps(text, ensure_ascii=False)

entries = open(po_path, encoding='utf-8').read().split('\n\n')
out = []
filled = 0
for entry in entries:
    lines = entry.split('\n')
    msgid = []
    current = None
    for line in lines:
        if line.startswith('msgid '):
            current = msgid
            current.append(line[6:])
        elif line.startswith('msgid_plural') or line.startswith('msgstr'):
            current = None
        elif line.startswith('"') and current is not None:
            current.append(line)
    key = unquote(msgid) if msgid else None
    if key and key in translations and re.search(r'^msgstr(\[0\])? ""$', entry, re.M) and \
            not re.search(r'^"', entry.split('msgstr', 1)[1], re.M):
        value = translations[key]
        head = entry.split('\nmsgstr', 1)[0]
        if isinstance(value, list):
            entry = head + '\nmsgstr[0] ' + quote(value[0]) + '\nmsgstr[1] ' + quote(value[1])
        else:
            entry = head + '\nmsgstr ' + quote(value)
        filled += 1
    out.append(entry)
open(po_path, 'w', encoding='utf-8').write('\n\n'.join(out))
print(f'{filled} entries filled')
