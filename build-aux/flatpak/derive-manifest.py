#!/usr/bin/python3
# build-aux/flatpak/derive-manifest.py MANIFEST OUTPUT MODULE...: writes to
# OUTPUT a copy of the Flatpak manifest without the named top-level modules
# (the third-party libraries the stand-in runtime already carries) and
# otherwise as written, except that
#   - relative source paths are made absolute (OUTPUT lives elsewhere), and
#   - a "dir" source also skips the build directories (_build*, _asan*) that
#     happen to exist in it: flatpak-builder's "skip" takes names, not
#     patterns, and developers' build trees have many names.
# Fails when a named module is not in the manifest, so that the list in
# build-aux/flatpak-check cannot go stale silently.
import fnmatch
import json
import os
import sys

manifest_path, output_path, *drop = sys.argv[1:]
manifest_dir = os.path.dirname(os.path.abspath(manifest_path))
with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)

names = [m['name'] for m in manifest['modules'] if isinstance(m, dict)]
unknown = [name for name in drop if name not in names]
if unknown:
    sys.exit(f'derive-manifest: no module {", ".join(unknown)} in {manifest_path}')
manifest['modules'] = [m for m in manifest['modules']
                       if not (isinstance(m, dict) and m['name'] in drop)]


def absolute(path):
    return os.path.normpath(os.path.join(manifest_dir, path))


def fix_sources(module):
    for source in module.get('sources', []):
        if not isinstance(source, dict):
            continue
        if 'path' in source:
            source['path'] = absolute(source['path'])
        if 'paths' in source:
            source['paths'] = [absolute(p) for p in source['paths']]
        if source.get('type') == 'dir':
            skip = source.setdefault('skip', [])
            for entry in sorted(os.listdir(source['path'])):
                if (fnmatch.fnmatch(entry, '_build*') or fnmatch.fnmatch(entry, '_asan*')) \
                        and entry not in skip:
                    skip.append(entry)
    for sub in module.get('modules', []):
        if isinstance(sub, dict):
            fix_sources(sub)


for module in manifest['modules']:
    if isinstance(module, dict):
        fix_sources(module)

with open(output_path, 'w', encoding='utf-8') as f:
    json.dump(manifest, f, indent=2, ensure_ascii=False)
    f.write('\n')

kept = [m['name'] for m in manifest['modules'] if isinstance(m, dict)]
print(f'modules kept: {" ".join(kept)}; dropped: {" ".join(drop)}')
