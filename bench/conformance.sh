#!/usr/bin/env bash
# Benchmark: the corpus, both protocols, against the embedded default server or any --target — wall
# time with JVM start-up, case runs per second, the start-up phases, the serial exclusive phase and
# the critical path (longest case runs, the tail). Prints figures; asserts nothing.
#
#   bench/conformance.sh [RUNS=3] [--redis-tree DIR] [`redspec run` options…]
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
./redspec --version >/dev/null   # builds the jar once, outside the timing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
walls=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  rc=0; timeout 900 ./redspec run --report-dir "$out/$i" "$@" >"$out/$i.log" 2>&1 || rc=$?
  end=$(date +%s%N)
  wall_ms=$(( (end - start) / 1000000 ))
  if [ ! -f "$out/$i/summary.json" ]; then
    echo "run $i: no summary (exit $rc):" >&2; tail -5 "$out/$i.log" >&2; exit 1
  fi
  python3 "$here/bench/timeline.py" "$out/$i" "$wall_ms" "$i"
  walls+=("$wall_ms")
done
median_ms=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median wall of $runs: $(awk "BEGIN {printf \"%.1f\", $median_ms/1000}") s (runs: $(printf '%s ' "${walls[@]}")ms)"

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
