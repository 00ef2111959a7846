#!/usr/bin/env python3
# tests/check-po.py: the translation checks, each printed as a TAP line.
#
#   potfiles   every source file with a translatable string is listed in
#              po/POTFILES.in, and every listed file exists
#   sv-complete po/sv.po, merged with the strings of today's sources, has no
#              untranslated and no fuzzy entry, and msgfmt --check accepts it
#   sv-unused  po/sv.po has no msgid that no source uses any more (kept or
#              marked obsolete, it is dead weight a translator still reads)
import os
import re
import subprocess
import sys
import tempfile

srcdir = sys.argv[1]
results = []

MARKERS = re.compile(r'(\b_\(|\bC_\(|\bN_\(|\bNC_\(|\bngettext\s*\(|translatable="yes")')
SOURCE_SUFFIXES = ('.c', '.h', '.ui', '.xml.in', '.desktop.in', '.gschema.xml', '.metainfo.xml.in')

def listed_files():
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]

def check_potfiles():
    listed = set(listed_files())
    problems = []
    for path in sorted(listed):
        if not os.path.exists(os.path.join(srcdir, path)):
            problems.append(f'{path} is listed in po/POTFILES.in but does not exist')
    for top in ('src', 'data'):
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            for name in files:
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.relpath(os.path.join(root, name), srcdir)
                with open(os.path.join(root, name), encoding='utf-8', errors='replace') as f:
                    text = f.read()
                if name.endswith('.gschema.xml'):
                    marked = '<summary>' in text or '<description>' in text
                else:
                    marked = MARKERS.search(text) is not None
                if marked and path not in listed:
                    problems.append(f'{path} has translatable strings but is not in po/POTFILES.in')
    return problems

def merge_sv(tmp):
    """po/sv.po merged with the strings of today's sources; returns the path."""
    pot = os.path.join(tmp, 'samverkan.pot')
    merged = os.path.join(tmp, 'sv.po')
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments=Translators',
                    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                    '--keyword=g_dngettext:2,3', '--keyword=ngettext:1,2',
                    '--no-location',
                    '-f', os.path.join(srcdir, 'po', 'POTFILES.in'), '-D', srcdir,
                    '-o', pot], check=True)
    subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching',
                    os.path.join(srcdir, 'po', 'sv.po'), pot, '-o', merged], check=True)
    return merged

def check_sv_unused():
    with tempfile.TemporaryDirectory() as tmp:
        merged = merge_sv(tmp)
        listing = subprocess.run(['msgattrib', '--only-obsolete', merged],
                                 capture_output=True, text=True, check=True).stdout
    unused = re.findall(r'^#~ msgid "(.*)"$', listing, re.M)
    problems = []
    if unused:
        problems.append(f'po/sv.po has {len(unused)} msgids that no source uses'
                        ' (or marked obsolete with #~): remove them')
        problems.extend('  unused: ' + (i or '(a long msgid)') for i in unused[:40])
    return problems

def check_sv():
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        merged = merge_sv(tmp)
        out = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                             capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
        stats = out.stderr.strip()
        if out.returncode != 0:
            problems.append('msgfmt --check failed: ' + stats)
        elif 'untranslated' in stats or 'fuzzy' in stats:
            problems.append('po/sv.po is incomplete: ' + stats)
            listing = subprocess.run(['msgattrib', '--untranslated', '--no-obsolete', merged],
                                     capture_output=True, text=True).stdout
            ids = re.findall(r'^msgid "(.+)"$', listing, re.M)
            problems.extend('  untranslated: ' + i for i in ids[:40])
    return problems

checks = [('potfiles', check_potfiles), ('sv-complete', check_sv), ('sv-unused', check_sv_unused)]
print(f'1..{len(checks)}')
failed = 0
for n, (name, func) in enumerate(checks, 1):
    problems = func()
    if problems:
        failed += 1
        print(f'not ok {n} {name}')
        for p in problems:
            print('# ' + p)
    else:
        print(f'ok {n} {name}')
sys.exit(1 if failed else 0)
