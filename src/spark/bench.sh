#!/usr/bin/env bash
# The scale-out benchmark: the same articles through 'parley ingest' and through the Spark job in local mode on 1 and
# 2 cores, then the job's shards through 'parley load' into an empty store (the TDB2 bulk loader) and again into the
# filled store (replacing every graph). Prints each command's wall-clock time and articles/s or quads/s, and the ratios.
#   src/spark/bench.sh [ARTICLES]      (default 400; copies of samples/wire-feed.jsonl, each under its own URL)
# Work folder: target/spark-bench/ (emptied first).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
articles=${1:-400}
work="$root/target/spark-bench"
parley="$root/parley"
feed="$root/samples/wire-feed.jsonl"

rm -rf "$work"
mkdir -p "$work/in"
# ARTICLES articles in 8 files, so that both cores read; copy N of an article gets /copy-N/ in its URL
per_copy=$(grep -c . "$feed")
for ((copy = 0; copy * per_copy < articles; copy++)); do
  sed "s#\"url\": \"https://example.org/#\"url\": \"https://example.org/copy-$copy/#" "$feed" >>"$work/in/feed-$((copy % 8)).jsonl"
done
articles=$(cat "$work"/in/*.jsonl | grep -c .)
# build both first, so that no timing includes a build
"$parley" --version >/dev/null
"$parley" spark-ingest --version >/dev/null

now() { date +%s.%N; }
declare -A seconds
# timed NAME COMMAND...: runs it, its stderr into NAME.log, and keeps its wall-clock seconds
timed() {
  local name=$1 start
  shift
  start=$(now)
  "$@" 2>"$work/$name.log" >/dev/null
  seconds[$name]=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
  grep -E '^parley: (stored|extracted|loaded)|Bulk-loaded' "$work/$name.log" | sed "s/^/  $name: /" >&2 || true
}

timed ingest-1 "$parley" ingest --threads 1 --store "$work/ingest-1" "$work/in"
timed ingest-2 "$parley" ingest --threads 2 --store "$work/ingest-2" "$work/in"
timed spark-1 "$parley" spark-ingest --master 'local[1]' --out "$work/shards-1" "$work/in"
timed spark-2 "$parley" spark-ingest --master 'local[2]' --out "$work/shards-2" "$work/in"
timed load-empty "$parley" load --store "$work/loaded" "$work/shards-2"
timed load-again "$parley" load --store "$work/loaded" "$work/shards-2"
quads=$(grep -o '"quads" : [0-9]*' "$work/shards-2/summary.json" | grep -o '[0-9]*$')

rate() { awk -v n="$1" -v s="${seconds[$2]}" 'BEGIN { printf "%.1f", n / s }'; }
# ratio A B: the rate of A over the rate of B (the same work, so B's seconds over A's)
ratio() { awk -v a="${seconds[$1]}" -v b="${seconds[$2]}" 'BEGIN { printf "%.2f", b / a }'; }
echo "$articles articles, $quads article quads; wall-clock seconds of each command, JVM start and model loading included"
printf '%-12s %8s %12s\n' command seconds rate
for n in ingest-1 ingest-2 spark-1 spark-2; do
  printf '%-12s %8.1f %9s a/s\n' "$n" "${seconds[$n]}" "$(rate "$articles" "$n")"
done
for n in load-empty load-again; do
  printf '%-12s %8.1f %9s q/s\n' "$n" "${seconds[$n]}" "$(rate "$quads" "$n")"
done
echo "spark-1 / ingest-1 articles/s: $(ratio spark-1 ingest-1); spark-2 / ingest-2: $(ratio spark-2 ingest-2)"
echo "spark-2 / spark-1 articles/s: $(ratio spark-2 spark-1)"
