#!/usr/bin/env bash
# Gate a Redis-compatible server's CI on Redspec.
#
#   ci/redspec-gate.sh redis://127.0.0.1:6379 [extra `redspec run` options…]
#
# Runs the whole corpus under RESP2 and RESP3 against the server at the URI (which your job has
# started), writes reports into reports/gate/ and exits 0 only when no case failed:
#   0 all ran cases passed · 1 some case failed · 2 spec, usage or connection error.
# Exclusive (server-wide) cases are skipped unless you add --allow-destructive, which is safe only on
# a throw-away server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:?usage: ci/redspec-gate.sh redis://host:port [redspec run options]}"
shift
exec "$here/redspec" run --target "$target" --report-dir "${REDSPEC_REPORT_DIR:-reports/gate}" "$@"
