#!/usr/bin/env bash
# Opens a run's pages as a person would, in headless Chromium: matrix.html, each target's report.html
# and, when `./redspec report` made one, its Allure report (served on loopback: Allure's page loads its
# data with fetch). Fails when a page logs a console error or an uncaught exception, or when the figures
# it shows differ from matrix.json / summary.json. With --screenshots DIR, writes PNGs of the pages.
#
#   reports/check-pages.sh RUN_DIR [--screenshots docs/img] [--port 7801]
#
# RUN_DIR is a multi-target run (matrix.json at its top, a sub-directory per target).
set -euo pipefail

usage() { echo "usage: $0 RUN_DIR [--screenshots DIR] [--port N]" >&2; exit 2; }
[ $# -ge 1 ] || usage
run="$(cd "$1" 2>/dev/null && pwd)" || { echo "check-pages: no directory $1" >&2; exit 2; }
shift
shots=""; port=7801
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshots) shots="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$run/matrix.json" ] || { echo "check-pages: no matrix.json in $run (a run with several --target writes one)" >&2; exit 2; }
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "check-pages: no chromium on PATH; install it with: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi
[ -z "$shots" ] || { mkdir -p "$shots"; shots="$(cd "$shots" && pwd)"; }
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# One page: DOM to $work/NAME.html, Chromium's log to $work/NAME.log; console errors fail the check.
failures=0
open_page() {
  local name="$1" url="$2" shot="${3:-}"
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$name" --enable-logging=stderr --v=0
    --virtual-time-budget=5000 --window-size=1400,1000)
  timeout 90 "$chromium" "${flags[@]}" --dump-dom "$url" >"$work/$name.html" 2>"$work/$name.log" || {
    echo "FAIL $name: chromium could not open $url (see $work/$name.log)"; failures=$((failures + 1)); return; }
  # Chromium writes a page's console lines as …:CONSOLE(…)] "text", source: …; ours log nothing at all
  if grep -E 'CONSOLE' "$work/$name.log" | grep -Eiq 'uncaught|error|failed'; then
    echo "FAIL $name: console errors:"; grep -E 'CONSOLE' "$work/$name.log" | grep -Ei 'uncaught|error|failed' | head -5
    failures=$((failures + 1))
  else
    echo "ok   $name: rendered ($(wc -c <"$work/$name.html") bytes of DOM), no console error"
  fi
  if [ -n "$shot" ]; then
    timeout 90 "$chromium" "${flags[@]}" --screenshot="$shot" "$url" >/dev/null 2>&1 && echo "     screenshot $shot"
  fi
}

figures() { # python3 compares what a dumped page shows with the JSON it was made from
  python3 - "$@" <<'PY'
import html, json, re, sys
kind, dom_file, json_file = sys.argv[1:4]
dom = open(dom_file, encoding="utf-8").read()
data = json.load(open(json_file, encoding="utf-8"))
MATCH = re.compile(r" on 127\.0\.0\.1:\d+$")
def pct(p): return "—" if p is None else ("%g%%" % float("%.1f" % p)) if p != 100 else "100%"
bad = []
if kind == "matrix":
    table = dom[dom.index('<table id="targets">'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td><td[^>]*>(.*?)</td></tr>", table)
    if len(rows) != len(data["targets"]):
        bad.append("matrix.html shows %d targets, matrix.json has %d" % (len(rows), len(data["targets"])))
    for (name, server, p, f, s, rate), t in zip(rows, data["targets"]):
        shown = (html.unescape(name), int(p), int(f), int(s), html.unescape(rate))
        want = (t["target"], t["passed"], t["failed"], t["skipped"], pct(t.get("pass_percent")))
        if shown != want:
            bad.append("targets row %s, matrix.json %s" % (shown, want))
    # per group, each target's pass % in the group's heading
    for g in sorted({g for t in data["targets"] for g in t["groups"]}):
        m = re.search(r"<summary><b>%s</b>(.*?)</summary>" % re.escape(g), dom)
        if not m:
            bad.append("group %s missing from matrix.html" % g); continue
        shown = [html.unescape(x) for x in re.findall(r"<span[^>]*>(.*?)</span>", m.group(1))]
        for t, text in zip(data["targets"], shown):
            if not text.endswith(" " + pct(t["groups"].get(g))):
                bad.append("group %s: shows '%s', matrix.json %s" % (g, text, pct(t["groups"].get(g))))
    # each target's failures by command and kind: as many rows, and the same first row
    for t in data["targets"]:
        fc = t.get("failing_commands") or []
        if not fc:
            continue
        short = t["target"].split(" on ")[0]
        m = re.search(r"failures of %s by command and kind \((\d+) rows\)</summary><table>.*?</tr><tr><td>(.*?)</td><td>(.*?)</td><td[^>]*>(\d+)</td>" % re.escape(html.escape(short)), dom)
        shown = (int(m.group(1)), html.unescape(m.group(2)), html.unescape(m.group(3)), int(m.group(4))) if m else None
        want = (len(fc), fc[0]["command"], fc[0]["label"], fc[0]["case_runs"])
        if shown != want:
            bad.append("rollup of %s: shows %s, matrix.json %s" % (short, shown, want))
        else:
            print("     rollup of %s: %d rows, first %s: %s → %d case runs" % ((short,) + want))
    print("     figures: %d targets, %d groups compared with matrix.json" % (len(rows), len({g for t in data["targets"] for g in t["groups"]})))
elif kind == "sorted":
    table = dom[dom.index('<table id="targets"'):]
    table = table[:table.index("</table>")]
    shown = [html.unescape(x) for x in re.findall(r"<tr><td[^>]*>(.*?)</td>", table)]
    key = lambda t: (t.get("pass_percent") is None, t.get("pass_percent") or 0)
    want = [t["target"] for t in sorted(data["targets"], key=key)]
    if shown != want:
        bad.append("sorted by pass %%: shows %s, expected %s" % (shown, want))
    else:
        print("     sorted by pass %%: %s" % " < ".join(MATCH.sub("", n) for n in shown))
elif kind == "report":
    m = re.search(r"(\d+) passed</span><span[^>]*>(\d+) failed</span><span[^>]*>(\d+) skipped</span> of (\d+) case runs", dom)
    shown = tuple(int(x) for x in m.groups()) if m else None
    want = (data["passed"], data["failed"], data["skipped"], data["total"])
    if shown != want:
        bad.append("report.html totals %s, summary.json %s" % (shown, want))
    print("     figures: passed/failed/skipped/total %s as in summary.json" % (want,) if not bad else "")
elif kind == "allure":
    # Allure's overview widget: the number of test cases, as many as case runs in summary.json
    total = data["total"]
    if not re.search(r">\s*%d\s*<" % total, dom):
        bad.append("Allure overview does not show %d test cases" % total)
    else:
        print("     figures: Allure shows %d test cases, as summary.json" % total)
for b in bad:
    print("FAIL " + b)
sys.exit(1 if bad else 0)
PY
}

open_page matrix "file://$run/matrix.html" "${shots:+$shots/matrix.png}"
figures matrix "$work/matrix.html" "$run/matrix.json" || failures=$((failures + 1))
# sorting, as a click on "pass %" does: #sort=5:asc sorts the targets table on load
open_page matrix-sorted "file://$run/matrix.html#sort=5:asc"
figures sorted "$work/matrix-sorted.html" "$run/matrix.json" || failures=$((failures + 1))

for sub in "$run"/*/; do
  sub="${sub%/}"; name="$(basename "$sub")"
  [ -f "$sub/report.html" ] || continue
  open_page "report-$name" "file://$sub/report.html" "${shots:+$shots/report-$name.png}"
  figures report "$work/report-$name.html" "$sub/summary.json" || failures=$((failures + 1))
  if [ -f "$sub/allure-report/index.html" ]; then
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$sub/allure-report" >/dev/null 2>&1 &
    server_pid=$!
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    open_page "allure-$name" "http://127.0.0.1:$port/index.html" "${shots:+$shots/allure-$name.png}"
    figures allure "$work/allure-$name.html" "$sub/summary.json" || failures=$((failures + 1))
    kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "check-pages: $failures problem(s)"; exit 1
fi
echo "check-pages: every page rendered without console errors and shows the figures of its JSON"
