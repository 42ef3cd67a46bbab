#!/usr/bin/env bash
# Times `agora import comments.csv` against `sqlite3 DB ".import --csv comments.csv t"` on the
# same bench file, in the same run, alternating the two. Not part of `swift test`.
#
# Usage: Tests/Benchmarks/import.sh [N] [RUNS] [FILE]
#   (default N=100000, RUNS=5, FILE=comments.csv; FILE=comments.jsonl times JSON Lines, still
#   against sqlite3's CSV import of the same comments)
# Each agora run imports into a fresh copy of a store that holds only the survey (loading the
# survey is not timed); each sqlite3 run imports into a new database file.
# BASELINE=path/to/another/agora also times that binary in the same runs (e.g. one built from an
# earlier commit), for a before/after comparison under the same load.
# Needs: python3, sqlite3, /usr/bin/time (GNU).
# Prints per run the wall time (and max RSS) of both, then the medians and their ratio.
set -euo pipefail
N=${1:-100000}
RUNS=${2:-5}
FILE=${3:-comments.csv}
CORPUS=/tmp/agora-bench-$N
WORK=$(mktemp -d /tmp/agora-import-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cd "$(dirname "$0")/../.."
# The corpus generator lives beside the repository by default.
BENCH=${BENCH_DIR:-../shared/bench}

# Agora as it is shipped: a release build with the Swift runtime linked in (see the README).
swift build -c release --static-swift-stdlib --build-path .build/static >/dev/null
AGORA=$PWD/.build/static/release/agora
[ -f "$CORPUS/comments.csv" ] || python3 "$BENCH/gen_corpus.py" "$N" "$CORPUS" >/dev/null
# Each binary gets a store made by itself, with its own schema.
"$AGORA" survey add surveys/grok-3.yaml --db "$WORK/survey-agora.sqlite" >/dev/null
[ -z "${BASELINE:-}" ] ||
  "$BASELINE" survey add surveys/grok-3.yaml --db "$WORK/survey-baseline.sqlite" >/dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Imports with the agora binary $1 into a fresh copy of the store $2; prints "wall-seconds
# max-RSS-KB cpu-seconds" (user + system, both threads).
time_agora() {
  rm -f "$WORK"/run.sqlite*
  cp "$2" "$WORK/run.sqlite"
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$1" import "$CORPUS/$FILE" --survey grok-3 \
    --db "$WORK/run.sqlite" >"$WORK/out"
  # A run that did not store every comment is not a measurement.
  grep -q "new $N," "$WORK/out" || { cat "$WORK/out" >&2; exit 1; }
  awk '{ print $1, $2, $3 + $4 }' "$WORK/time"
}

agora_times=()
sqlite_times=()
baseline_times=()
for run in $(seq "$RUNS"); do
  read -r agora rss cpu < <(time_agora "$AGORA" "$WORK/survey-agora.sqlite") || exit 1
  rm -f "$WORK"/t.sqlite*
  /usr/bin/time -f '%e' -o "$WORK/time" sqlite3 "$WORK/t.sqlite" \
    ".import --csv $CORPUS/comments.csv t"
  read -r sqlite <"$WORK/time"
  line="run $run: agora ${agora} s (cpu ${cpu} s, max RSS $((rss / 1024)) MB), sqlite3 ${sqlite} s"
  if [ -n "${BASELINE:-}" ]; then
    read -r baseline _ baseline_cpu < <(time_agora "$BASELINE" "$WORK/survey-baseline.sqlite") ||
      exit 1
    baseline_times+=("$baseline")
    line="$line, baseline ${baseline} s (cpu ${baseline_cpu} s)"
  fi
  echo "$line"
  agora_times+=("$agora")
  sqlite_times+=("$sqlite")
done
agora=$(printf '%s\n' "${agora_times[@]}" | median)
sqlite=$(printf '%s\n' "${sqlite_times[@]}" | median)
echo "median of $RUNS, N=$N, $FILE: agora ${agora} s, sqlite3 ${sqlite} s," \
  "ratio $(python3 -c "print(round($agora / $sqlite, 2))")"
if [ -n "${BASELINE:-}" ]; then
  baseline=$(printf '%s\n' "${baseline_times[@]}" | median)
  echo "baseline ${baseline} s, ratio $(python3 -c "print(round($baseline / $sqlite, 2))")"
fi
