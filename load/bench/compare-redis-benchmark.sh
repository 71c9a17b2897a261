#!/usr/bin/env bash
# Compares redis-benchmark with Redspec's baseline simulation against the same local server, at
# the same concurrency: 50 requests in flight without pipelining, then 50 connections x 16
# pipelined. Redspec runs twice per setting: its default connection strategy (users multiplexed
# on shared connections) and one connection per user (redis-benchmark's own model).
#
#   load/bench/compare-redis-benchmark.sh [seconds-per-run (default 10)]
#
# Environment: PORT (7122), REDIS_SERVER (path to a redis-server binary; default: the 7.0.15
# binary the conformance build unpacks), JAVA_OPTS (-Xmx1g), KEEP (1: keep the report folders).
# Loopback only; the server is started here and stopped on exit.
set -euo pipefail

SECONDS_PER_RUN="${1:-10}"
PORT="${PORT:-7122}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/load/target/redspec-load.jar"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
REDIS_SERVER="${REDIS_SERVER:-$ROOT/conformance/target/classes/redspec/servers/redis-server-7.0.15-linux-amd64}"
WORK="$(mktemp -d /tmp/redspec-bench.XXXXXX)"
USERS=50
KEYSPACE=10000
VALUE_SIZE=3

die() { echo "compare-redis-benchmark: $*" >&2; exit 2; }

if ! command -v redis-benchmark >/dev/null 2>&1; then
  echo "redis-benchmark not found: installing Debian's redis-tools" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y redis-tools >/dev/null || { apt-get update >/dev/null && apt-get install -y redis-tools >/dev/null; }
  else sudo apt-get install -y redis-tools >/dev/null; fi
fi
[ -f "$JAR" ] || die "$JAR missing: run ./mvnw -B -q -pl conformance,load package -DskipTests first"
[ -x "$REDIS_SERVER" ] || REDIS_SERVER="$(command -v redis-server || true)"
[ -n "$REDIS_SERVER" ] && [ -x "$REDIS_SERVER" ] || die "no redis-server binary (set REDIS_SERVER)"

"$REDIS_SERVER" --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no --dir "$WORK" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
cleanup() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] && echo "reports kept in $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 50); do redis-cli -p "$PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$PORT" ping >/dev/null || die "server did not start on port $PORT"

# redis-benchmark has no duration option: size -n so that SET and GET each take about half a run.
probe_rps() {
  redis-benchmark -h 127.0.0.1 -p "$PORT" -c "$USERS" -P "$1" -n 100000 -r "$KEYSPACE" -d "$VALUE_SIZE" -t get -q --csv \
    | awk -F'"' '/GET/ {print int($4)}'
}

# Prints combined SET+GET requests/s (total requests / total time, i.e. a 50/50 mix).
redis_benchmark_rps() {
  local pipeline=$1 n out set get
  n=$(( $(probe_rps "$pipeline") * SECONDS_PER_RUN / 2 ))
  out="$(redis-benchmark -h 127.0.0.1 -p "$PORT" -c "$USERS" -P "$pipeline" -n "$n" -r "$KEYSPACE" -d "$VALUE_SIZE" -t set,get -q --csv)"
  set=$(echo "$out" | awk -F'"' '/"SET"/ {print $4}')
  get=$(echo "$out" | awk -F'"' '/"GET"/ {print $4}')
  awk -v s="$set" -v g="$get" 'BEGIN { printf "%.0f", 2 / (1 / s + 1 / g) }'
}

# Prints "rps heap_peak_mb p50_ms p99_ms" of one baseline run.
redspec_rps() {
  local pipeline=$1 connections=$2 dir="$WORK/redspec-$1-${2/:/-}"
  java $JAVA_OPTS -jar "$JAR" load baseline --target "redis://127.0.0.1:$PORT" --users "$USERS" \
    --duration "${SECONDS_PER_RUN}s" --pipeline "$pipeline" --connections "$connections" \
    --key-space "$KEYSPACE" --value-size "$VALUE_SIZE" --report-dir "$dir" --quiet >"$dir.log" 2>&1 \
    || { cat "$dir.log" >&2; die "redspec baseline run failed"; }
  python3 - "$dir/summary.json" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"{s['rps']:.0f} {s['heap_peak_mb']:.0f} {s['p50_ms']} {s['p99_ms']}")
EOF
}

echo "machine: $(nproc) cores, $(uname -sr); server: $("$REDIS_SERVER" --version | awk '{print $3}'); redis-benchmark $(redis-benchmark --version | awk '{print $2}')"
echo "runs of ${SECONDS_PER_RUN}s, $USERS connections/users, keyspace $KEYSPACE, ${VALUE_SIZE}-byte values, 50% GET / 50% SET"
printf '%-10s %-26s %12s %12s %8s %10s %10s %10s\n' pipeline redspec-connections benchmark-rps redspec-rps ratio heap-MB p50-ms p99-ms
for pipeline in 1 16; do
  bench=$(redis_benchmark_rps "$pipeline")
  for connections in shared:4 per-user; do
    read -r rps heap p50 p99 <<<"$(redspec_rps "$pipeline" "$connections")"
    ratio=$(awk -v a="$rps" -v b="$bench" 'BEGIN { printf "%.2f", a / b }')
    printf '%-10s %-26s %12s %12s %8s %10s %10s %10s\n' "$pipeline" "$connections" "$bench" "$rps" "$ratio" "$heap" "$p50" "$p99"
  done
done
