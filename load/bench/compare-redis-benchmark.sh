#!/usr/bin/env bash
# Compares redis-benchmark with Redspec's baseline simulation against the same local server, at
# the same concurrency: 50 requests in flight without pipelining, then 50 connections x 16
# pipelined. Redspec runs twice per setting: its default connection strategy (users multiplexed
# on shared connections) and one connection per user (redis-benchmark's own model). Both do the
# same work: a SET test, then a GET test (redis-benchmark -t set,get; the baseline with
# --read-ratio 0, then 1), each half of the time, combined as total requests / total time; 3-byte
# values on 10000 keys shaped like the baseline's (redspec:load:baseline:<run>:key:000000001234).
# Both matter: the key length alone moves the server's rate by about 15 %, and so does mixing GETs
# and SETs (a 50/50 mix goes slower than separate SET and GET tests, combined). Each setting
# runs ROUNDS times, alternating the tools, and the median ratio is printed: the machines this
# runs on are shared and drift. Redspec's figures cover whole runs, JVM warm-up included (about
# 1.5 s to full rate), so runs should not be short: 30 s per setting by default.
#
#   load/bench/compare-redis-benchmark.sh [seconds-per-setting (default 30)]
#
# Environment: ROUNDS (3), PORT (7122), REDIS_SERVER (path to a redis-server binary; default: the
# 7.0.15 binary the conformance build unpacks), JAVA_OPTS (-Xmx1g), KEEP (1: keep the report
# folders). Loopback only; the server is started here and stopped on exit.
set -euo pipefail

SECONDS_PER_RUN="${1:-30}"
PORT="${PORT:-7122}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/load/target/redspec-load.jar"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
REDIS_SERVER="${REDIS_SERVER:-$ROOT/core/target/classes/redspec/servers/redis-server-7.0.15-linux-amd64}"
WORK="$(mktemp -d /tmp/redspec-bench.XXXXXX)"
ROUNDS="${ROUNDS:-3}"
USERS=50
KEYSPACE=10000
VALUE_SIZE=3
VALUE="$(printf '%*s' "$VALUE_SIZE" '' | tr ' ' x)"
# The baseline's key shape: its prefix (22 characters, a 12-digit hex run id, ':'), then key:NNNNNNNNNNNN.
KEY="redspec:load:baseline:000000000000:key:__rand_int__"

die() { echo "compare-redis-benchmark: $*" >&2; exit 2; }

if ! command -v redis-benchmark >/dev/null 2>&1; then
  echo "redis-benchmark not found: installing Debian's redis-tools" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y redis-tools >/dev/null || { apt-get update >/dev/null && apt-get install -y redis-tools >/dev/null; }
  else sudo apt-get install -y redis-tools >/dev/null; fi
fi
[ -f "$JAR" ] || die "$JAR missing: run ./mvnw -B -q -pl core,load package -DskipTests first"
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

# One redis-benchmark test (a command line with __rand_int__), prints its requests/s.
benchmark_test() {
  local pipeline=$1 n=$2; shift 2
  redis-benchmark -h 127.0.0.1 -p "$PORT" -c "$USERS" -P "$pipeline" -n "$n" -r "$KEYSPACE" -q --csv "$@" \
    | awk -F'"' '$2 != "test" && $4 != "" {print int($4); exit}'
}

# Prints combined SET+GET requests/s (total requests / total time; both tests send n requests).
# redis-benchmark has no duration option: -n is sized so that SET and GET each take about half a run.
redis_benchmark_rps() {
  local pipeline=$1 n set get
  n=$(( $(benchmark_test "$pipeline" 100000 GET "$KEY") * SECONDS_PER_RUN / 2 ))
  set=$(benchmark_test "$pipeline" "$n" SET "$KEY" "$VALUE")
  get=$(benchmark_test "$pipeline" "$n" GET "$KEY")
  awk -v s="$set" -v g="$get" 'BEGIN { printf "%.0f", 2 / (1 / s + 1 / g) }'
}

# Runs the baseline for half a setting with one read ratio; prints the report folder.
redspec_run() {
  local pipeline=$1 connections=$2 read_ratio=$3 dir="$WORK/redspec-$1-${2/:/-}-$3-$RANDOM"
  java $JAVA_OPTS -jar "$JAR" load baseline --target "redis://127.0.0.1:$PORT" --users "$USERS" \
    --duration "$(( SECONDS_PER_RUN / 2 ))s" --pipeline "$pipeline" --connections "$connections" \
    --read-ratio "$read_ratio" --key-space "$KEYSPACE" --value-size "$VALUE_SIZE" --report-dir "$dir" \
    --quiet >"$dir.log" 2>&1 || { cat "$dir.log" >&2; die "redspec baseline run failed"; }
  echo "$dir"
}

# Prints "rps heap_peak_mb p50_ms p99_ms" of a SET run then a GET run (rates combined as total
# requests / total time; heap the larger; p50 and p99 as SET/GET).
redspec_rps() {
  local set get
  set=$(redspec_run "$1" "$2" 0)
  get=$(redspec_run "$1" "$2" 1)
  python3 - "$set/summary.json" "$get/summary.json" <<'EOF'
import json, sys
s, g = (json.load(open(f)) for f in sys.argv[1:3])
rps = (s['requests'] + g['requests']) / (s['requests'] / s['rps'] + g['requests'] / g['rps'])
print(f"{rps:.0f} {max(s['heap_peak_mb'], g['heap_peak_mb']):.0f} {s['p50_ms']}/{g['p50_ms']} {s['p99_ms']}/{g['p99_ms']}")
EOF
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg); server: $("$REDIS_SERVER" --version | awk '{print $3}'); redis-benchmark $(redis-benchmark --version | awk '{print $2}')"
echo "${SECONDS_PER_RUN}s per setting and tool (SET then GET, half each), $ROUNDS rounds, $USERS connections/users, keyspace $KEYSPACE, ${VALUE_SIZE}-byte values, keys like $KEY"
printf '%-6s %-9s %-10s %12s %12s %8s %8s %14s %14s\n' round pipeline redspec benchmark-rps redspec-rps ratio heap-MB p50-ms-set/get p99-ms-set/get
declare -A RATIOS
for pipeline in 1 16; do
  for round in $(seq "$ROUNDS"); do
    bench=$(redis_benchmark_rps "$pipeline")
    for connections in shared:4 per-user; do
      read -r rps heap p50 p99 <<<"$(redspec_rps "$pipeline" "$connections")"
      ratio=$(awk -v a="$rps" -v b="$bench" 'BEGIN { printf "%.2f", a / b }')
      RATIOS[$pipeline-$connections]+="$ratio "
      printf '%-6s %-9s %-10s %12s %12s %8s %8s %14s %14s\n' "$round" "$pipeline" "$connections" "$bench" "$rps" "$ratio" "$heap" "$p50" "$p99"
    done
  done
done
echo "median ratio (Redspec / redis-benchmark), load average now $(cut -d' ' -f1-3 /proc/loadavg):"
for pipeline in 1 16; do
  for connections in shared:4 per-user; do
    printf '  pipeline %-3s %-9s %s   (rounds: %s)\n' "$pipeline" "$connections" \
      "$(tr ' ' '\n' <<<"${RATIOS[$pipeline-$connections]}" | grep . | median)" "${RATIOS[$pipeline-$connections]% }"
  done
done
