#!/usr/bin/python3
# build-aux/flatpak/derive-manifest.py [--app-archive TARBALL] MANIFEST OUTPUT
# MODULE...: writes to OUTPUT a copy of the Flatpak manifest without the
# named top-level modules (the third-party libraries the stand-in runtime
# already carries) and otherwise as written, except that
#   - with --app-archive, the last module (Samverkan) is built from TARBALL
#     (a local `meson dist` tarball, with its sha256) instead of the release
#     URL, which does not exist before the release is uploaded,
#   - relative source paths are made absolute (OUTPUT lives elsewhere), and
#   - a "dir" source also skips the build directories (_build*, _asan*) that
#     happen to exist in it: flatpak-builder's "skip" takes names, not
#     patterns, and developers' build trees have many names.
# Fails when a named module is not in the manifest, so that the list in
# build-aux/flatpak-check cannot go stale silently.
import fnmatch
import hashlib
import json
import os
import sys

args = sys.argv[1:]
app_archive = None
if args and args[0] == '--app-archive':
    app_archive = os.path.abspath(args[1])
    args = args[2:]
manifest_path, output_path, *drop = args
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

replaced = ''
if app_archive is not None:
    with open(app_archive, 'rb') as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()
    app = manifest['modules'][-1]
    old = [s for s in app['sources'] if isinstance(s, dict) and s.get('type') == 'archive']
    if len(old) != 1:
        sys.exit(f'derive-manifest: {app["name"]} has no single archive source to replace')
    old[0].pop('url', None)
    old[0].pop('x-checker-data', None)
    old[0]['path'] = app_archive
    old[0]['sha256'] = sha256
    replaced = f'; {app["name"]} from {os.path.basename(app_archive)} (sha256 {sha256[:12]}…)'

with open(output_path, 'w', encoding='utf-8') as f:
    json.dump(manifest, f, indent=2, ensure_ascii=False)
    f.write('\n')

kept = [m['name'] for m in manifest['modules'] if isinstance(m, dict)]
print(f'modules kept: {" ".join(kept)}; replaced by the stand-in runtime\'s: {" ".join(drop)}'
      f'{replaced}')
