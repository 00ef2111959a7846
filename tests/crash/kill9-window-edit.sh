#!/bin/sh
# tests/crash/kill9-window-edit.sh: kill -9 while the window saves edits,
# then see what survived.
#
# Not run by the test suite. Needs a display (run it under xvfb-run). Usage:
#   tests/crash/kill9-window-edit.sh _build [TRIALS] [MAX_DELAY_MS]
#
# Each trial makes a small database, starts _build/tests/crash-window-edit
# on it (an entry bound through the pages' form binding, typing a new name
# every few milliseconds and printing "saved N" when the store took edit N),
# kills it with SIGKILL after a random delay, then checks the file: the
# integrity check must pass, and the name must be the last acknowledged edit
# or the one after it (typed, committed, killed before it was printed).
# Anything older is an acknowledged edit lost. It prints one line per trial
# and a summary, and exits non-zero if any trial lost an edit or broke the
# file.
set -u
BUILD=${1:?usage: kill9-window-edit.sh BUILD_DIR [TRIALS] [MAX_DELAY_MS]}
TRIALS=${2:-20}
MAX_DELAY=${3:-3000}
CLI="$BUILD/src/app/samverkan-cli"
EDIT="$BUILD/tests/crash-window-edit"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
export SAMVERKAN_DATABASE="$DIR/unused.db"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$BUILD/data" GTK_A11Y=none

"$CLI" -d "$DIR/base.db" example >/dev/null

kept=0 lost=0 broken=0 total=0
i=1
while [ "$i" -le "$TRIALS" ]; do
  db="$DIR/trial-$i.db"
  cp "$DIR/base.db" "$db"
  delay=$(awk -v max="$MAX_DELAY" -v seed="$i$$" 'BEGIN { srand(seed); printf "%.3f", 1.5 + rand() * max / 1000 }')
  "$EDIT" "$db" >"$DIR/out" 2>"$DIR/err" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  acked=$(grep '^saved ' "$DIR/out" | tail -n 1 | cut -d' ' -f2)
  acked=${acked:-0}
  total=$((total + acked))
  if ! "$CLI" -d "$db" check >"$DIR/check.out" 2>&1; then
    state="BROKEN (integrity check failed)"
    broken=$((broken + 1))
  else
    name=$(sqlite3 "$db" "SELECT name FROM municipality WHERE id = 1")
    n=${name#edit }
    if [ "$acked" -eq 0 ] && [ "$n" = "$name" ]; then
      state="no edit acknowledged, name unchanged"; kept=$((kept + 1))
    elif [ "$n" = "$name" ]; then
      state="LOST: $acked acknowledged, name is '$name'"; lost=$((lost + 1))
    elif [ "$n" -eq "$acked" ] || [ "$n" -eq $((acked + 1)) ]; then
      state="kept: edit $n in the file, $acked acknowledged"; kept=$((kept + 1))
    else
      state="LOST: edit $n in the file, $acked acknowledged"; lost=$((lost + 1))
    fi
  fi
  echo "trial $i: killed after ${delay}s: $state"
  rm -f "$db" "$db-wal" "$db-shm"
  i=$((i + 1))
done

echo "kill9-window-edit: $TRIALS trials, $total edits acknowledged in all: $kept kept every acknowledged edit, $lost lost one, $broken broken"
[ "$lost" -eq 0 ] && [ "$broken" -eq 0 ]
