#!/usr/bin/env bash
# Benchmark: the full corpus, both protocols, against the embedded default server — wall time with
# JVM start-up, and case runs per second. Prints the figures; asserts nothing.
#
#   bench/conformance.sh [runs=3] [extra `redspec run` options…]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${1:-3}"; shift || true
./redspec --version >/dev/null   # builds the jar once, outside the timing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ./redspec run --report-dir "$out/$i" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  wall_ms=$(( (end - start) / 1000000 ))
  python3 - "$out/$i/summary.json" "$wall_ms" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); wall = int(sys.argv[2]) / 1000
ran = s["passed"] + s["failed"]
print(f"{s['total']} case runs ({ran} ran, {s['skipped']} skipped, {s['failed']} failed) on {s['server']['flavour']} {s['server']['version']}: "
      f"wall {wall:.1f} s with JVM start, engine {s['duration_ms']/1000:.1f} s, {ran/wall:.0f} case runs/s overall, "
      f"{ran/(s['duration_ms']/1000):.0f}/s in the engine")
PY
done
