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

Then a varied load (issue 15): 5,000 distinct scenarios (two states that both existed on a random day
1816–2026, one in five in Hindi), read twice over with 64 connections: the first pass computes every
answer, the second is served from the response cache; and a memory run over 20,000 distinct requests, 1% of
them the largest a request may ask (6 × 6 states, escalation, every finding).

Targets: ≥ 1,500 requests/s on the varied load, p99 ≤ 100 ms, zero errors; server RSS ≤ 300 MB after the
memory run; on a 2-core machine.
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


LUA_LIST = """
-- the paths of a file, in turn, each wrk thread from its own starting point
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  paths = {}
  for line in io.lines("%s") do paths[#paths + 1] = line end
  counter = id * math.floor(#paths / 2)
end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def varied_paths(n: int, seed: int, hostile_share: float = 0.0) -> list[str]:
    """``n`` distinct attack scenarios: two states that were both members on a random day 1816–2026, one in
    five in Hindi, some with a place, policy or fact; ``hostile_share`` of them the largest a request may ask
    (6 × 6 states, escalation, every finding)."""
    import random
    from datetime import date

    from casus.corpus import load_corpus

    states = list(load_corpus().states)
    rnd = random.Random(seed)
    lo, hi = date(1816, 1, 1).toordinal(), date(2026, 11, 1).toordinal()
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        d = date.fromordinal(rnd.randint(lo, hi))
        alive = [s for s in states if s.is_member(d)]
        if len(alive) < 12:
            continue
        hostile = rnd.random() < hostile_share
        k = 6 if hostile else 1
        picked = rnd.sample(alive, 2 * k)
        by = ",".join(s.abbrev_on(d) for s in picked[:k])
        on = ",".join(s.abbrev_on(d) for s in picked[k:])
        q = f"/api/attack?by={by}&on={on}&date={d.isoformat()}"
        if hostile:
            q += "&policy=escalation&detail=full"
        elif rnd.random() < 0.2:
            q += "&lang=hi"
        if not hostile and rnd.random() < 0.1:
            q += rnd.choice(["&policy=escalation", "&requested=true", "&basis=signed", "&policy=strict"])
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


def first_pass(base: str, paths: list[str], workers: int = 8) -> dict:
    """Every path asked once (8 at a time): the server computes each answer. Requests/s, p50/p99, errors."""
    from concurrent.futures import ThreadPoolExecutor

    def one(path: str) -> tuple[float, bool]:
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=60) as r:
                r.read()
                ok = r.status == 200
        except OSError:
            ok = False
        return time.perf_counter() - t, ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        got = list(pool.map(one, paths))
    wall = time.perf_counter() - t0
    lat = sorted(x for x, _ in got)
    return {"requests": len(got), "requests_per_second": len(got) / wall, "p50_ms": 1000 * lat[len(lat) // 2],
            "p99_ms": 1000 * lat[int(len(lat) * 0.99)], "errors": sum(not ok for _, ok in got), "wall_s": wall}


def run_list(base: str, paths: list[str], seconds: int, connections: int, tag: str) -> dict:
    listing = Path(f"/tmp/casus-wrk-{tag}.txt")
    listing.write_text("\n".join(paths) + "\n")
    return run_wrk(base, seconds, connections, LUA_LIST % listing)


def main() -> None:
    ap = argparse.ArgumentParser(description="load benchmark of /api/attack")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--baseline-seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--varied", type=int, default=5000, help="distinct scenarios in the varied load")
    ap.add_argument("--memory-requests", type=int, default=20000,
                    help="distinct requests (1%% of them the largest allowed) before the memory reading")
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
        # the varied load: 5,000 distinct scenarios; the first pass computes each, later passes are answered from
        # the (compressed, byte-bounded) response cache
        paths = varied_paths(args.varied, seed=1)
        varied_cold = first_pass(base, paths)
        varied_warm = run_list(base, paths, args.seconds, args.connections, "varied")
        # memory after many distinct requests, the hostile large ones included
        many = varied_paths(args.memory_requests, seed=2, hostile_share=0.01)
        t0 = time.monotonic()
        memory_load = first_pass(base, many, workers=16)  # every one of them asked, none skipped for time
        rss_after_many = rss_mb(server.pid)
        memory_load["wall_s"] = time.monotonic() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {"attack": result, "attack_distinct_scenarios": distinct, "baseline_i18n": baseline,
              "server_rss_mb_before": rss_before, "server_rss_mb_after_distinct": rss_after_distinct,
              "server_rss_mb_after": rss_after,
              "ratio_rps_attack_to_baseline": result["requests_per_second"] / baseline["requests_per_second"],
              "connections": args.connections, "seconds": args.seconds,
              "varied_cold": varied_cold, "varied_warm": varied_warm, "varied_scenarios": len(paths),
              "memory_load": memory_load, "memory_distinct_requests": len(many),
              "server_rss_mb_after_many": rss_after_many}
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
    for name, v in (("first pass (each computed once, 8 clients)", varied_cold),
                    (f"then {args.connections} connections for {args.seconds} s", varied_warm)):
        print(f"varied load, {len(paths)} distinct scenarios (20% Hindi), {name}: {v['requests_per_second']:.0f} "
              f"req/s, p50 {v['p50_ms']:.2f} ms, p99 {v['p99_ms']:.2f} ms, {v['errors']} errors, "
              f"{v['requests']} requests")
    print(f"server memory: {rss_before:.1f} MB before, {rss_after:.1f} MB after the {args.seconds} s run, "
          f"{rss_after_distinct:.1f} MB after the distinct-scenario run, {rss_after_many:.1f} MB after "
          f"{memory_load['requests']} requests over {len(many)} distinct ones (1% of them 6 × 6 states, escalation, "
          f"every finding) — target ≤ 300 MB; caches: responses ≤ 24 MB compressed, answers ≤ 16 MB")


if __name__ == "__main__":
    main()
