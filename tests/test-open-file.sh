#!/bin/bash
# tests/test-open-file.sh APP DESKTOP MIME CLI EXAMPLE DATA_DIRNAME: opens a Samverkan
# file the way Files does, with `gio open`, in a D-Bus session of its own,
# and checks that Samverkan starts by D-Bus activation and shows what the
# file would change without merging it yet. Runs under Xvfb (suite ui).
#
# The desktop file, the D-Bus service and the MIME type are "installed" into
# a scratch XDG_DATA_HOME that points at the build tree's binary, so the
# chain is the real one: the file's type from shared-mime-info, the
# application from the desktop file's MimeType=, its start through the
# session bus (DBusActivatable=true), and GApplication's "open".
#
# What it cannot see from outside the process is the dialog itself; the
# window logs the dialog's text with g_debug when it presents it, and that
# line is what this waits for. tests/test-ui.c (/ui/window/open-file)
# checks the dialog's buttons in-process.
set -uo pipefail

app=$1 desktop=$2 mime=$3 cli=$4 example=$5 data_dirname=$6
app_id=$(basename "$desktop" .desktop)
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n $*"; }
not_ok() { n=$((n + 1)); failed=1; echo "not ok $n $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_DATA_HOME"/{applications,dbus-1/services,mime/packages} "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The default database, in the scratch XDG_DATA_HOME: what a D-Bus
# activated Samverkan opens.
unset SAMVERKAN_DATABASE
database=$XDG_DATA_HOME/$data_dirname/samverkan.db

sed "s|^Exec=samverkan|Exec=$app|" "$desktop" > "$XDG_DATA_HOME/applications/$app_id.desktop"
printf '[D-BUS Service]\nName=%s\nExec=%s --gapplication-service\n' "$app_id" "$app" \
  > "$XDG_DATA_HOME/dbus-1/services/$app_id.service"
cp "$mime" "$XDG_DATA_HOME/mime/packages/$app_id.xml"
update-mime-database "$XDG_DATA_HOME/mime"
# What installing does (gnome.post_install): GIO finds applications by type
# through this cache.
update-desktop-database "$XDG_DATA_HOME/applications"

file=$scratch/MLR.samverkan
cp "$example" "$file"
type=$(gio info -a standard::content-type "$file" | sed -n 's/^ *standard::content-type: //p')
check "the file is a Samverkan file to GIO (content type '$type')" \
  test "$type" = application/x-samverkan+xml
# Without a name that says it (an attachment saved as "bilaga"), the root
# element and its namespace (the magic) say it.
cp "$example" "$scratch/bilaga"
sniffed=$(gio info -a standard::content-type "$scratch/bilaga" | sed -n 's/^ *standard::content-type: //p')
check "a file without extension is a Samverkan file by its namespace ('$sniffed')" \
  test "$sniffed" = application/x-samverkan+xml
default_app=$(gio mime application/x-samverkan+xml | head -n1)
check "Samverkan is the application for the type ($default_app)" \
  grep -q "$app_id.desktop" <<< "$default_app"

# In the session: gio open, then wait (up to a minute) for the window to
# ask about the file, then check the database has not been touched, then
# quit the application through its own D-Bus action.
export G_MESSAGES_DEBUG=sam-window
log=$scratch/session.log
dbus-run-session -- bash -c '
  set -u
  gio open "$1"
  echo "gio open exited with $?"
  for _ in $(seq 600); do
    grep -q "Asking whether to merge MLR.samverkan" "$2" && break
    # Condition polling, not a fixed wait: the app starts, opens the
    # database and previews the file in a worker thread.
    sleep 0.1
  done
  grep -q "Asking whether to merge MLR.samverkan" "$2" && echo "asked"
  object=/$(echo "$3" | tr . /)
  gdbus call --session --dest "$3" --object-path "$object" \
    --method org.freedesktop.Application.ActivateAction quit "[]" "{}" >/dev/null
  for _ in $(seq 100); do
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.NameHasOwner "$3" | grep -q false && break
    sleep 0.1
  done
' bash "$file" "$log" "$app_id" > "$log" 2>&1

check "gio open returned 0" grep -q "gio open exited with 0" "$log"
check "Samverkan, started by D-Bus activation, shows the import summary of the file" \
  grep -q "^asked$" "$log"
counts_municipalities() {
  grep -A3 "Asking whether to merge MLR.samverkan:" "$log" | grep -q "^  Municipalities: 12 added"
}
check "the summary counts the file's 12 municipalities" counts_municipalities
meetings=$("$cli" --database "$database" meetings 2>&1)
check "nothing was merged before the user said Merge (the database has no meetings)" \
  test -f "$database" -a -z "$meetings"

if [ "$failed" -ne 0 ]; then
  echo "# session log:"
  sed 's/^/# /' "$log"
fi
echo "1..$n"
exit "$failed"
