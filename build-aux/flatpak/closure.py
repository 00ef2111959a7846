#!/usr/bin/python3
# build-aux/flatpak/closure.py SEED...: prints, one a line, the installed
# Debian packages that the seeds need: the seeds themselves and the closure
# of their Depends and Pre-Depends among the packages installed on this
# machine (an alternative "a | b" is satisfied by the first installed one; a
# virtual package by one installed package that provides it).
#
# Exits 1, naming them, when a seed is not installed: the stand-in runtime
# would silently lack it otherwise.
import re
import subprocess
import sys

native = subprocess.run(['dpkg', '--print-architecture'], capture_output=True,
                        text=True, check=True).stdout.strip()
query = subprocess.run(
    ['dpkg-query', '-W', '-f',
     '${Package}\t${Architecture}\t${Status}\t${Provides}\t${Depends}\t${Pre-Depends}\n'],
    capture_output=True, text=True, check=True).stdout

depends = {}    # package -> "Depends, Pre-Depends"
providers = {}  # virtual package -> [installed packages that provide it]
for line in query.splitlines():
    name, arch, status, provides, deps, predeps = line.split('\t')
    if status.split()[-1:] != ['installed'] or arch not in (native, 'all'):
        continue
    depends[name] = deps + ',' + predeps
    for item in provides.split(','):
        virtual = item.strip().split(' ')[0]
        if virtual:
            providers.setdefault(virtual, []).append(name)


def groups(field):
    """Each comma-separated dependency as its list of alternatives."""
    for group in field.split(','):
        group = group.strip()
        if group:
            yield [re.split(r'[\s(:]', alt.strip())[0] for alt in group.split('|')]


def resolve(name):
    if name in depends:
        return name
    if name in providers:
        return sorted(providers[name])[0]
    return None


missing = [seed for seed in sys.argv[1:] if resolve(seed) is None]
if missing:
    print('closure.py: not installed: ' + ' '.join(missing), file=sys.stderr)
    sys.exit(1)

seen = set()
stack = [resolve(seed) for seed in sys.argv[1:]]
while stack:
    package = stack.pop()
    if package in seen:
        continue
    seen.add(package)
    for alternatives in groups(depends[package]):
        for alt in alternatives:
            found = resolve(alt)
            if found is not None:
                stack.append(found)
                break

print('\n'.join(sorted(seen)))
