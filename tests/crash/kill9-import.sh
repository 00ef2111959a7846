#!/bin/sh
# tests/crash/kill9-import.sh: kill -9 during imports, then see what survived.
#
# Not run by the test suite. Usage:
#   tests/crash/kill9-import.sh _build/src/app/samverkan-cli [TRIALS] [MAX_DELAY_MS]
#
# Each trial imports the example dataset into a fresh database, kills the
# CLI with SIGKILL after a random delay, then checks the file: the
# integrity check must pass and the import must be wholly in or wholly
# out (the number of meetings is 0 or the full count). It prints one line
# per trial and a summary; it exits non-zero if any trial left a broken or
# half-imported database.
set -u
CLI=${1:?usage: kill9-import.sh SAMVERKAN_CLI [TRIALS] [MAX_DELAY_MS]}
TRIALS=${2:-20}
MAX_DELAY=${3:-400}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
export SAMVERKAN_DATABASE="$DIR/unused.db"

"$CLI" -d "$DIR/full.db" example >/dev/null
FULL=$("$CLI" -d "$DIR/full.db" meetings | wc -l)
"$CLI" -d "$DIR/full.db" export -o "$DIR/export.xml"

whole=0 empty=0 broken=0 finished=0
i=1
while [ "$i" -le "$TRIALS" ]; do
  db="$DIR/trial-$i.db"
  "$CLI" -d "$db" meetings >/dev/null          # an empty database, schema made
  delay=$(awk -v max="$MAX_DELAY" -v seed="$i$$" 'BEGIN { srand(seed); printf "%.3f", rand() * max / 1000 }')
  "$CLI" -d "$db" import "$DIR/export.xml" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then killed=yes; else killed=no; fi
  wait "$pid" 2>/dev/null
  if ! "$CLI" -d "$db" check >"$DIR/check.out" 2>&1; then
    state="BROKEN (integrity check failed)"
    broken=$((broken + 1))
  else
    n=$("$CLI" -d "$db" meetings | wc -l)
    if [ "$n" -eq "$FULL" ]; then state="whole ($n meetings)"; whole=$((whole + 1))
    elif [ "$n" -eq 0 ]; then state="nothing (0 meetings)"; empty=$((empty + 1))
    else state="HALF ($n of $FULL meetings)"; broken=$((broken + 1)); fi
  fi
  [ "$killed" = no ] && finished=$((finished + 1))
  echo "trial $i: killed after ${delay}s (kill landed: $killed): $state"
  rm -f "$db" "$db-wal" "$db-shm"
  i=$((i + 1))
done

echo "kill9-import: $TRIALS trials: $whole wholly in, $empty wholly out, $broken broken or half; $finished finished before the kill"
[ "$broken" -eq 0 ]
