"""Load benchmark of the REST API's attack endpoint (wrk on loopback).

Starts ``casus serve`` on a free 127.0.0.1 port, warms it, then runs wrk with
64 connections for ``--seconds`` (default 60) against
``/api/attack?by=USA&on=PRK&date=2025-01-01`` and, for ``--baseline-seconds``
in the same run, against ``/api/i18n/en`` (a small fixed document: the
server's floor).  Reports requests/s, p50/p99 latency, errors (non-2xx and
socket errors) and the server's resident memory before and after.
A third run (``--baseline-seconds``) asks a different scenario on every
request (the date walks through 1950–2025), so that no answer comes from the
server's response cache: that is the engine's own speed.
Bounded: wrk stops after the given time; the server is killed at the end.
Needs Debian's ``wrk`` (installed by .ci/run; the benchmark is not a test).

Target (issue "Web page and REST API"): ≥ 1,000 requests/s, p99 < 50 ms,
zero errors, flat memory, on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CASUS = str(Path(sys.executable).with_name("casus"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v


LUA_DISTINCT = """
-- a different scenario on every request: the date walks through 1950-01-01 .. 2025-12-31,
-- each wrk thread on its own stretch of dates
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  counter = id * 13000
end
request = function()
  counter = counter + 1
  local day = counter % 27759
  local y = 1950 + math.floor(day / 366)
  local m = 1 + (day % 12)
  local d = 1 + (day % 28)
  return wrk.format("GET", string.format("/api/attack?by=USA&on=PRK&date=%04d-%02d-%02d", y, m, d))
end
"""


def run_wrk(url: str, seconds: int, connections: int, script: str | None = None) -> dict:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        path = Path(f"/tmp/casus-wrk-{connections}.lua")
        path.write_text(script)
        cmd += ["-s", str(path)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(x) for x in sock.groups()) if sock else 0)
    return {"requests": total, "requests_per_second": rps, "p50_ms": _ms(lat["50"]), "p99_ms": _ms(lat["99"]),
            "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description="load benchmark of /api/attack")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--baseline-seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian package wrk)")
    port = free_port()
    server = subprocess.Popen([CASUS, "serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    attack = f"{base}/api/attack?by=USA&on=PRK&date=2025-01-01"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(attack, timeout=5).read()
                break
            except OSError:
                time.sleep(0.25)
        rss_before = rss_mb(server.pid)
        baseline = run_wrk(f"{base}/api/i18n/en", args.baseline_seconds, args.connections)
        result = run_wrk(attack, args.seconds, args.connections)
        rss_after = rss_mb(server.pid)
        distinct = run_wrk(base, args.baseline_seconds, args.connections, LUA_DISTINCT)
        rss_after_distinct = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {"attack": result, "attack_distinct_scenarios": distinct, "baseline_i18n": baseline,
              "server_rss_mb_before": rss_before, "server_rss_mb_after_distinct": rss_after_distinct,
              "server_rss_mb_after": rss_after,
              "ratio_rps_attack_to_baseline": result["requests_per_second"] / baseline["requests_per_second"],
              "connections": args.connections, "seconds": args.seconds}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    r = result
    print(f"/api/attack (USA→PRK, full trace) with {args.connections} connections for {args.seconds} s: "
          f"{r['requests_per_second']:.0f} req/s, p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, "
          f"{r['errors']} errors, {r['requests']} requests")
    d = distinct
    print(f"/api/attack with a different date on every request (no cache hits, {args.baseline_seconds} s): "
          f"{d['requests_per_second']:.0f} req/s, p50 {d['p50_ms']:.2f} ms, p99 {d['p99_ms']:.2f} ms, "
          f"{d['errors']} errors")
    print(f"baseline /api/i18n/en: {baseline['requests_per_second']:.0f} req/s "
          f"(attack = {report['ratio_rps_attack_to_baseline']:.2f}× baseline)")
    print(f"server memory: {rss_before:.1f} MB before, {rss_after:.1f} MB after the {args.seconds} s run, "
          f"{rss_after_distinct:.1f} MB after the distinct-scenario run "
          "(response caches are bounded: 64 MB + 256 answers)")


if __name__ == "__main__":
    main()
