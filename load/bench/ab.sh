#!/usr/bin/env bash
# Side by side, about 2 minutes: the working tree's load generator against a reference build
# (a commit, built once in a scratch worktree, or a jar), alternating run by run against one
# server on loopback, for the baseline's four settings: shared:4 and per-user connections,
# without pipelining and with 16 commands per pipeline (50 users, 10000 keys, 3-byte values,
# half GETs). Each build runs the way users run it: through its own ./redspec launcher (the JVM
# flags the launcher picks are part of the speed: C1-only cost the generator 2.6x once), or, for a
# jar given as REF, java -jar. Prints each run's req/s, p50 and p99, then per setting the medians
# and the ratio working/ref of the median req/s. Use it before a change to the load path lands: the machine
# it runs on is shared and drifts, so only the ratio of runs alternated in one sitting means
# anything.
#
#   load/bench/ab.sh [REF]          REF: a commit (default 220816f) or a path to a redspec-load.jar
#
# Environment: ROUNDS (3), SECONDS_PER_RUN (4), PORT (7123), REDIS_SERVER (default: the 7.0.15
# binary the core build unpacks), JAVA_OPTS (extra JVM options for both, e.g. a JFR recording),
# SETTINGS (e.g. "1:shared:4 16:per-user" to run fewer). Exit 2 on bad input.
set -euo pipefail

REF="${1:-220816f}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-7123}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-4}"
JAVA_OPTS="${JAVA_OPTS:-}"
SETTINGS="${SETTINGS:-1:shared:4 1:per-user 16:shared:4 16:per-user}"
REDIS_SERVER="${REDIS_SERVER:-$ROOT/core/target/classes/redspec/servers/redis-server-7.0.15-linux-amd64}"
WORK="$(mktemp -d /tmp/redspec-ab.XXXXXX)"
SERVER_PID=""
cleanup() {
  [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; } || true
  rm -rf "$WORK"
}
trap cleanup EXIT

die() { echo "ab: $*" >&2; exit 2; }

# How to start a build: a jar as given (java -jar), or a commit checked out once in
# /tmp/redspec-ab-<commit> and started through its launcher (which builds it on first use).
REF_CMD=() REF_DESC=""
if [ -f "$REF" ]; then
  REF_CMD=(java $JAVA_OPTS -jar "$REF") REF_DESC="$REF"
else
  sha="$(git -C "$ROOT" rev-parse --verify -q "$REF^{commit}")" || die "REF '$REF' is neither a jar nor a commit"
  dir="/tmp/redspec-ab-${sha:0:12}"
  [ -d "$dir" ] || git -C "$ROOT" worktree add --detach "$dir" "$sha" >/dev/null 2>&1 || die "cannot check out $sha in $dir"
  REF_CMD=("$dir/redspec" load) REF_DESC="$sha ($dir)"
fi
WORK_CMD=("$ROOT/redspec" load)
export REDSPEC_JAVA_OPTS="$JAVA_OPTS"
# the launchers build what is missing or stale now, not inside a timed run
for cmd in REF_CMD WORK_CMD; do
  declare -n c=$cmd
  "${c[@]}" --help >/dev/null 2>"$WORK/build.log" || { tail -20 "$WORK/build.log" >&2; die "${c[0]} does not start"; }
done
[ -x "$REDIS_SERVER" ] || REDIS_SERVER="$(command -v redis-server || true)"
[ -n "$REDIS_SERVER" ] && [ -x "$REDIS_SERVER" ] || die "no redis-server binary (set REDIS_SERVER)"

"$REDIS_SERVER" --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no --dir "$WORK" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || die "server did not start on port $PORT"

# One baseline run; prints "rps p50_ms p99_ms cpu_us_per_request": the last is the whole process's
# CPU time (user + system, JVM start and JIT included) over its requests, the generator's own cost.
run() {
  local build=$1 pipeline=$2 connections=$3 dir="$WORK/run-$RANDOM$RANDOM"
  if [ "$build" = ref ]; then local -n cmd=REF_CMD; else local -n cmd=WORK_CMD; fi
  /usr/bin/time -f '%U %S' -o "$dir.time" "${cmd[@]}" baseline --target "redis://127.0.0.1:$PORT" --users 50 \
    --duration "${SECONDS_PER_RUN}s" --pipeline "$pipeline" --connections "$connections" \
    --key-space 10000 --value-size 3 --report-dir "$dir" --quiet >"$dir.log" 2>&1 \
    || { tail -5 "$dir.log" >&2; die "a run of the $build build failed"; }
  python3 - "$dir/summary.json" "$dir.time" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
user, system = (float(x) for x in open(sys.argv[2]).read().split()[-2:])
print(s['rps'], s['p50_ms'], s['p99_ms'], f"{(user + system) * 1e6 / max(1, s['requests']):.2f}")
EOF
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server: $("$REDIS_SERVER" --version | awk '{print $3}')"
echo "ref: $REF_DESC"
echo "working: $ROOT ($(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . || echo ', modified'))"
echo "${SECONDS_PER_RUN}s per run, $ROUNDS rounds, 50 users, baseline defaults (half GETs)"
printf '%-5s %-8s %-9s %-7s %10s %8s %8s %10s\n' round pipeline conns build req/s p50-ms p99-ms cpu-us/req
declare -A ROWS
for setting in $SETTINGS; do
  pipeline="${setting%%:*}"; connections="${setting#*:}"
  case "$pipeline" in ''|*[!0-9]*) die "bad setting '$setting' (want PIPELINE:CONNECTIONS)";; esac
  for round in $(seq "$ROUNDS"); do
    # alternate which build goes first, so neither always runs on the warmer server
    if [ $((round % 2)) = 1 ]; then order="ref working"; else order="working ref"; fi
    for build in $order; do
      read -r rps p50 p99 cpu <<<"$(run "$build" "$pipeline" "$connections")"
      ROWS[$setting-$build]+="$rps $p50 $p99 $cpu"$'\n'
      printf '%-5s %-8s %-9s %-7s %10s %8s %8s %10s\n' "$round" "$pipeline" "$connections" "$build" "$rps" "$p50" "$p99" "$cpu"
    done
  done
done
col() { awk -v c="$1" 'NF { print $c }' <<<"$2" | median; }
echo "medians, load average now $(cut -d' ' -f1-3 /proc/loadavg):"
printf '%-8s %-9s %12s %12s %7s %14s %14s %16s\n' pipeline conns ref-req/s working-req/s ratio p50-ref/work p99-ref/work cpu-us-ref/work
for setting in $SETTINGS; do
  r="${ROWS[$setting-ref]}"; w="${ROWS[$setting-working]}"
  rr=$(col 1 "$r"); wr=$(col 1 "$w")
  printf '%-8s %-9s %12.0f %12.0f %6.2fx %14s %14s %16s\n' "${setting%%:*}" "${setting#*:}" "$rr" "$wr" \
    "$(awk -v a="$wr" -v b="$rr" 'BEGIN { print a / b }')" "$(col 2 "$r")/$(col 2 "$w")" "$(col 3 "$r")/$(col 3 "$w")" \
    "$(col 4 "$r")/$(col 4 "$w")"
done
