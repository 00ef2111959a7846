#!/bin/bash
# build-aux/flatpak/make-runtime.sh BRANCH WORKDIR: assembles a stand-in
# org.gnome.Sdk and org.gnome.Platform (one tree, exported twice) from the
# Debian packages installed on this machine, and installs both under BRANCH
# into $FLATPAK_USER_DIR, which must be set: the user's own Flatpak
# installation is never touched.
#
# Debian 12 has GTK 4.8 and libadwaita 1.2 (GNOME 43), not what the real
# runtime of BRANCH carries; the stand-in lets flatpak-builder run offline
# on the real manifest. It carries libical and poppler-glib, which the real
# runtime lacks (the manifest builds those), and, like the real Sdk, no
# python3-icalendar. Used by build-aux/flatpak-check.
set -euo pipefail

branch=${1:?usage: make-runtime.sh BRANCH WORKDIR}
work=${2:?usage: make-runtime.sh BRANCH WORKDIR}
: "${FLATPAK_USER_DIR:?make-runtime.sh: set FLATPAK_USER_DIR to an isolated directory}"
here=$(cd "$(dirname "$0")" && pwd)
arch=$(flatpak --default-arch)
tree=$work/tree
repo=$work/repo

say() { echo "make-runtime: $*"; }

# The seed packages (see seeds.txt); the closure of their dependencies
# follows.
mapfile -t seeds < <(sed 's/#.*//' "$here/seeds.txt" | tr -s ' \t' '\n' | grep .)

rm -rf "$tree" "$repo"
mkdir -p "$tree/files/etc"

say "computing the closure of ${#seeds[@]} seed packages"
/usr/bin/python3 "$here/closure.py" "${seeds[@]}" > "$work/packages.txt"
say "$(wc -l < "$work/packages.txt") packages"

# Their files, without documentation, /bin /lib /sbin mapped into /usr
# (Debian 12 is merged-/usr), only those that exist.
native=$(dpkg --print-architecture)
while read -r package; do
  dpkg -L "$package" 2>/dev/null || dpkg -L "$package:$native"
done < "$work/packages.txt" \
  | grep -vE '^/usr/share/(doc|man|info|lintian|bug|doc-base|gtk-doc|help)/' \
  | sed -E 's#^/(bin|sbin|lib|lib32|lib64|libx32)/#/usr/\1/#' \
  | sort -u \
  | /usr/bin/python3 -c 'import os, sys
for path in sys.stdin.read().splitlines():
    if os.path.lexists(path):
        print(path)' > "$work/files.txt"
say "$(wc -l < "$work/files.txt") files and directories"

grep '^/usr/' "$work/files.txt" | sed 's#^/usr/##' \
  | tar -C /usr --no-recursion -cf - -T - | tar -C "$tree/files" -xf -
grep '^/etc/' "$work/files.txt" | sed 's#^/etc/##' \
  | tar -C /etc --no-recursion -cf - -T - | tar -C "$tree/files/etc" -xf -

# What the maintainer scripts made rather than dpkg installed: the
# alternatives (cc, c++, …) and the caches.
cp -a /etc/alternatives "$tree/files/etc/"
while read -r link; do
  rel=${link#/usr/}
  if [ ! -e "$tree/files/$rel" ] && [ ! -L "$tree/files/$rel" ]; then
    cp -a "$link" "$tree/files/$rel"
  fi
done < <(find /usr/bin /usr/sbin -maxdepth 1 -type l -lname '/etc/alternatives/*')
multiarch=$(gcc -dumpmachine)
for cache in share/glib-2.0/schemas/gschemas.compiled \
             "lib/$multiarch/gdk-pixbuf-2.0/2.10.0/loaders.cache" \
             "lib/$multiarch/gio/modules/giomodule.cache" \
             share/icons/hicolor/icon-theme.cache \
             share/icons/Adwaita/icon-theme.cache \
             lib/locale/locale-archive; do
  if [ -e "/usr/$cache" ]; then
    mkdir -p "$tree/files/$(dirname "$cache")"
    cp -a "/usr/$cache" "$tree/files/$cache"
  fi
done
mkdir -p "$tree/files/share/mime"
cp -a /usr/share/mime/. "$tree/files/share/mime/"
ln -sf ../sbin/ldconfig "$tree/files/bin/ldconfig"
say "tree: $(du -sh "$tree/files" | cut -f1)"

for kind in Sdk Platform; do
  printf '[Runtime]\nname=org.gnome.%s\nruntime=org.gnome.Platform/%s/%s\nsdk=org.gnome.Sdk/%s/%s\n' \
    "$kind" "$arch" "$branch" "$arch" "$branch" > "$tree/metadata.$kind"
  say "exporting org.gnome.$kind//$branch"
  flatpak build-export --runtime --disable-fsync --no-update-summary \
    --files=files --metadata="metadata.$kind" \
    --subject="Stand-in org.gnome.$kind from Debian packages" \
    "$repo" "$tree" "$branch" >/dev/null
done
flatpak build-update-repo "$repo" >/dev/null
rm -rf "$tree"

say "installing into $FLATPAK_USER_DIR"
flatpak --user remote-add --if-not-exists --no-gpg-verify stand-in-gnome "file://$repo"
flatpak --user install -y --noninteractive stand-in-gnome \
  "org.gnome.Sdk//$branch" "org.gnome.Platform//$branch" >/dev/null
say "done"
