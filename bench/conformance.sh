#!/usr/bin/env bash
# Benchmark: the corpus, both protocols, against the embedded default server or any --target — wall
# time with JVM start-up, case runs per second, the start-up phases, the serial exclusive phase and
# the critical path (longest case runs, the tail). Prints figures; asserts nothing.
#
#   bench/conformance.sh [RUNS=3] [--redis-tree DIR | --ref REF] [`redspec run` options…]
#
# --ref REF: side by side with a reference build, REF a commit (checked out once in
# /tmp/redspec-ab-<commit> and run through its own launcher, which builds it) or a conformance jar
# (java -jar). A commit runs its own corpus (its checkout's spec/), so the figures compare the
# builds as they were. The two alternate run by run (which goes first alternates too), and the medians and
# the ratio reference/working of the wall times are printed: above 1 the working tree is faster.
#
# --redis-tree DIR: a Redis source tree with src/redis-server built; its Tcl suite's core units are
# run too (ports 7500-7599) and both tests/s figures printed side by side. Needs tclsh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs="$1"; shift; fi
tree=""
if [ "${1:-}" = "--redis-tree" ]; then
  tree="${2:?--redis-tree needs a directory}"; shift 2
  if ! command -v tclsh >/dev/null; then
    echo "bench: --redis-tree needs tclsh (the Redis test suite is Tcl); install tcl, e.g. apt-get install tcl" >&2; exit 2
  fi
  if [ ! -x "$tree/runtest" ] || [ ! -x "$tree/src/redis-server" ]; then
    echo "bench: $tree is not a built Redis source tree (needs runtest and src/redis-server: make -C $tree)" >&2; exit 2
  fi
fi
ref=()
if [ "${1:-}" = "--ref" ]; then
  r="${2:?--ref needs a commit or a jar}"; shift 2
  if [ -f "$r" ]; then
    ref=(java -jar "$r")
  else
    sha="$(git rev-parse --verify -q "$r^{commit}")" || { echo "bench: --ref $r is neither a jar nor a commit" >&2; exit 2; }
    dir="/tmp/redspec-ab-${sha:0:12}"
    [ -d "$dir" ] || git worktree add --detach "$dir" "$sha" >/dev/null 2>&1 || { echo "bench: cannot check out $sha in $dir" >&2; exit 2; }
    ref=(env -C "$dir" "$dir/redspec")   # from its own checkout: its own spec/ corpus
  fi
  "${ref[@]}" --version >/dev/null   # builds the reference once, outside the timing
fi
./redspec --version >/dev/null   # builds the jar once, outside the timing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# One timed run of a build ("$@" after the label: its command); prints its wall time in ms.
timed_run() {
  local label=$1; shift
  local start end rc=0
  start=$(date +%s%N)
  timeout 900 "$@" >"$out/$label.log" 2>&1 || rc=$?
  end=$(date +%s%N)
  if [ ! -f "$out/$label/summary.json" ]; then
    echo "run $label: no summary (exit $rc):" >&2; tail -5 "$out/$label.log" >&2; exit 1
  fi
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

walls=() ref_walls=()
for i in $(seq 1 "$runs"); do
  # with a reference, odd runs start with it and even runs with the working tree
  if [ ${#ref[@]} -gt 0 ] && [ $((i % 2)) = 1 ]; then
    ref_walls+=("$(timed_run "ref$i" "${ref[@]}" run --report-dir "$out/ref$i" "$@")")
  fi
  wall_ms="$(timed_run "$i" ./redspec run --report-dir "$out/$i" "$@")"
  python3 "$here/bench/timeline.py" "$out/$i" "$wall_ms" "$i"
  walls+=("$wall_ms")
  if [ ${#ref[@]} -gt 0 ] && [ $((i % 2)) = 0 ]; then
    ref_walls+=("$(timed_run "ref$i" "${ref[@]}" run --report-dir "$out/ref$i" "$@")")
  fi
done
median_ms=$(median "${walls[@]}")
echo "median wall of $runs: $(awk "BEGIN {printf \"%.1f\", $median_ms/1000}") s (runs: $(printf '%s ' "${walls[@]}")ms)"
if [ ${#ref[@]} -gt 0 ]; then
  ref_ms=$(median "${ref_walls[@]}")
  echo "reference ${ref[*]}: median wall $(awk "BEGIN {printf \"%.1f\", $ref_ms/1000}") s (runs: $(printf '%s ' "${ref_walls[@]}")ms)"
  echo "ratio reference/working: $(awk "BEGIN {printf \"%.2f\", $ref_ms/$median_ms}")x (above 1: the working tree is faster)"
fi

if [ -n "$tree" ]; then
  # the core units: data types, keyspace, expiry, the same ground as the Redspec corpus
  units=(unit/type/string unit/type/incr unit/type/list unit/type/hash unit/type/set unit/type/zset
         unit/keyspace unit/expire unit/type/stream unit/pubsub)
  args=(); for u in "${units[@]}"; do args+=(--single "$u"); done
  start=$(date +%s%N)
  (cd "$tree" && timeout 1800 ./runtest "${args[@]}" --baseport 7500 --portcount 100 --clients 4) >"$out/tcl.log" 2>&1 || true
  end=$(date +%s%N)
  tcl_ms=$(( (end - start) / 1000000 ))
  # the suite colours its [ok]/[err] tags: strip the escapes before counting
  sed 's/\x1b\[[0-9;]*m//g' "$out/tcl.log" >"$out/tcl.txt"
  ok=$(grep -c '^\[ok\]:' "$out/tcl.txt" || true); err=$(grep -c '^\[err\]:\|^\[exception\]:' "$out/tcl.txt" || true)
  python3 - "$out/1/summary.json" "$median_ms" "$tcl_ms" "$ok" "$err" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); wall, tcl = int(sys.argv[2]) / 1000, int(sys.argv[3]) / 1000
ok, err = int(sys.argv[4]), int(sys.argv[5]); ran = s["passed"] + s["failed"]
print(f"side by side: Redspec {ran} case runs in {wall:.1f} s = {ran / wall:.0f}/s · "
      f"Redis Tcl core units {ok + err} tests ({err} failed) in {tcl:.1f} s = {(ok + err) / tcl:.1f}/s")
PY
fi
