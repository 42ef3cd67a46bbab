#!/usr/bin/env bash
# Times `agora analyze` on the bench corpus against the reference pipeline (scikit-learn TF-IDF
# + k-means, vaderSentiment), in the same run. Not part of `swift test`.
#
# Usage: Tests/Benchmarks/analyze.sh [N] [RUNS]     (default N=100000, RUNS=3)
#   REFERENCE=0 skips the reference pipeline (e.g. for N=1000000, where only time and memory
#   count: under 60 s and 1.5 GB). The corpus and imported store are kept in /tmp between runs.
# Needs: python3 with scikit-learn and vaderSentiment, /usr/bin/time (GNU).
# Prints per run the wall time and max RSS of `agora analyze` and the reference's
# vectorize + cluster + sentiment seconds, then the medians and their ratio.
set -euo pipefail
N=${1:-100000}
RUNS=${2:-3}
CORPUS=/tmp/agora-bench-$N
DB=/tmp/agora-bench-$N.sqlite
cd "$(dirname "$0")/../.."
# The corpus generator and reference pipeline live beside the repository by default.
BENCH=${BENCH_DIR:-../shared/bench}

# Agora as it is shipped: a release build with the Swift runtime linked in (see the README).
swift build -c release --static-swift-stdlib --build-path .build/static >/dev/null
AGORA=.build/static/release/agora
[ -f "$CORPUS/comments.csv" ] || python3 "$BENCH/gen_corpus.py" "$N" "$CORPUS" >/dev/null
if [ ! -f "$DB" ]; then
  "$AGORA" import "$CORPUS/comments.csv" --survey grok-3 --db "$DB.importing" >/dev/null
  mv "$DB.importing" "$DB"
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
agora_times=()
agora_rss=()
reference_times=()
for run in $(seq "$RUNS"); do
  # Every run analyses a fresh copy of the imported store, so that all texts are read anew.
  rm -f "$DB.run" "$DB.run"-*
  cp "$DB" "$DB.run"
  /usr/bin/time -f '%e %M' -o /tmp/agora-bench-time "$AGORA" analyze grok-3 --db "$DB.run" \
    >/dev/null
  read -r wall rss </tmp/agora-bench-time
  reference=NaN
  [ "${REFERENCE:-1}" = 0 ] || reference=$(python3 "$BENCH/reference.py" "$CORPUS" | python3 -c '
import json, sys
stages = {row["stage"]: row["seconds"] for row in map(json.loads, sys.stdin)}
print(round(stages["vectorize"] + stages["cluster"] + stages["sentiment"], 3))')
  echo "run $run: agora analyze ${wall} s, max RSS $((rss / 1024)) MB;" \
    "reference vectorize+cluster+sentiment ${reference} s"
  agora_times+=("$wall")
  agora_rss+=("$rss")
  reference_times+=("$reference")
done
agora=$(printf '%s\n' "${agora_times[@]}" | median)
rss=$(printf '%s\n' "${agora_rss[@]}" | median)
reference=$(printf '%s\n' "${reference_times[@]}" | median)
echo "median of $RUNS, N=$N: agora ${agora} s (max RSS $((rss / 1024)) MB)," \
  "reference ${reference} s, ratio $(python3 -c "print(round($agora / float('$reference'), 3))")"
rm -f "$DB.run" "$DB.run"-*
