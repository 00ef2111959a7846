#!/usr/bin/env python3
# tests/check-layers.py: the core's layering (DESIGN.md, "Architecture"),
# each layer printed as a TAP line.
#
# Each of model, store, exchange and documents is its own static library
# with only its own folder and the layers below it on the include path, so
# that "sam-document.h" in a store file fails to build. What the include path
# cannot stop is a path: "../documents/sam-document.h" is found beside the
# file, and "src/documents/sam-document.h" through the project root (where
# config.h is looked for). This check refuses both, and GTK in the core.
import os
import re
import sys

srcdir = sys.argv[1]
LAYERS = ['model', 'store', 'exchange', 'documents']
ABOVE = ['ui', 'app']
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
TOOLKITS = ('gtk/', 'gdk/', 'adwaita.h', 'gsk/')

def headers(folder):
    names = set()
    for root, _dirs, files in os.walk(os.path.join(srcdir, 'src', folder)):
        names.update(f for f in files if f.endswith('.h'))
    return names

by_layer = {layer: headers(layer) for layer in LAYERS + ABOVE}
results = []
for index, layer in enumerate(LAYERS):
    allowed = set().union(*(by_layer[l] for l in LAYERS[:index + 1]))
    forbidden = set().union(*(by_layer[l] for l in LAYERS[index + 1:] + ABOVE)) - allowed
    problems = []
    folder = os.path.join(srcdir, 'src', layer)
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, srcdir)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            for kind, target in INCLUDE.findall(text):
                if kind == '<':
                    if target.startswith(TOOLKITS):
                        problems.append(f'{rel} includes <{target}>: the core has no GTK')
                    continue
                if '/' in target:
                    problems.append(f'{rel} includes "{target}": a path, which the include '
                                    'directories cannot check; name the header alone')
                elif target in forbidden:
                    problems.append(f'{rel} includes "{target}", which is in a layer above {layer}')
    results.append((layer, problems))

print(f'1..{len(results)}')
for number, (layer, problems) in enumerate(results, 1):
    if problems:
        print(f'not ok {number} - src/{layer} includes only its own and lower layers')
        for problem in problems:
            print(f'# {problem}')
    else:
        print(f'ok {number} - src/{layer} includes only its own and lower layers')
