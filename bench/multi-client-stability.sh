#!/usr/bin/env bash
# Stability check: the multi-client spec files (pub/sub and keyspace notifications, blocking
# commands, transactions, scripting, connection, server) run N times in a row, both protocols;
# prints one line per run and the number of runs with a failure (a flake, when the corpus passes
# otherwise). Meant for a loaded machine (a parallel build is the load). Asserts nothing.
#
#   bench/multi-client-stability.sh [RUNS=20] [`redspec run` options…]   (default --target embedded:7.0)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=20
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs="$1"; shift; fi
[ $# -eq 0 ] && set -- --target embedded:7.0
files=(spec/pubsub spec/transactions spec/scripting spec/connection spec/server
  spec/list/blmove.yaml spec/list/blmpop.yaml spec/list/blpop.yaml spec/list/brpop.yaml spec/list/brpoplpush.yaml
  spec/sorted_set/bzmpop.yaml spec/sorted_set/bzpopmax.yaml spec/sorted_set/bzpopmin.yaml
  spec/stream/xread.yaml spec/stream/xreadgroup.yaml)
./redspec --version >/dev/null   # builds the jar once
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
flaky=0
for i in $(seq 1 "$runs"); do
  log="$out/run$i.log"
  timeout 600 ./redspec run --spec "${files[@]}" --protocol both -o "$out/run$i" "$@" >"$log" 2>&1
  rc=$?
  [ $rc -ne 0 ] && flaky=$((flaky + 1))
  echo "run $i rc=$rc $(grep -E 'passed.*failed' "$log") $(grep -E '^FAIL .*\[RESP' "$log" | tr '\n' ' ')"
done
echo "runs with a failure: $flaky of $runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
