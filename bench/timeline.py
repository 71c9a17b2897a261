"""Reads one run's summary.json and timings.json; prints wall, case runs/s, start-up phases, the
exclusive phase and the critical path. Used by bench/conformance.sh."""
import json, sys

rep, wall_ms, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = json.load(open(f"{rep}/summary.json"))
t = json.load(open(f"{rep}/timings.json"))
wall = wall_ms / 1000
ran = s["passed"] + s["failed"]
print(f"run {label}: {s['total']} case runs ({ran} ran, {s['skipped']} skipped, {s['failed']} failed) on "
      f"{s['server']['flavour']} {s['server']['version']}: wall {wall:.1f} s with JVM start, "
      f"engine {s['duration_ms'] / 1000:.1f} s, {ran / wall:.0f} case runs/s overall")
p = t["phases"]
accounted = sum(v for v in p.values())
print("  phases: " + ", ".join(f"{k[:-3]} {v / 1000:.2f} s" for k, v in p.items())
      + f"; JVM start before main + exit {max(0, wall_ms - accounted) / 1000:.2f} s")
cases = [c for c in t["cases"] if c["status"] != "skipped"]
if not cases:
    sys.exit(0)
ran_ms = lambda c: c["end_ms"] - c["start_ms"] - c["waited_ms"]
excl = [c for c in cases if c["exclusive"]]
shared = [c for c in cases if not c["exclusive"]]
shared_end = max((c["end_ms"] for c in shared), default=0)
if excl:
    excl_end = max(c["end_ms"] for c in excl)
    print(f"  exclusive: {len(excl)} runs, {sum(map(ran_ms, excl)) / 1000:.2f} s running in total; "
          f"{max(0, excl_end - shared_end) / 1000:.2f} s of the run after the last shared case")
first = min(c["start_ms"] for c in cases)
alone = [c for c in cases if c.get("alone", c["exclusive"])]
if alone:
    print(f"  run alone (whole-server exclusive): {len(alone)} runs, {sum(map(ran_ms, alone)) / 1000:.2f} s")
print(f"  shared: {len(shared)} runs in {(shared_end - first) / 1000:.2f} s")
top = sorted(cases, key=ran_ms, reverse=True)[:5]
print("  longest: " + ", ".join(f"{c['name']} {ran_ms(c) / 1000:.2f} s" for c in top))
ends = sorted(c["end_ms"] for c in cases)
p95 = ends[int(len(ends) * 0.95) - 1]
print(f"  tail: the last 5% of case runs ended {(ends[-1] - p95) / 1000:.2f} s after the first 95%")
