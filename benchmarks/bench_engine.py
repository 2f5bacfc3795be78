"""Benchmark: corpus load time and one attack with full trace.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/bench_engine.py [--json]``).
Each figure is reported with a baseline measured in the same run, so that the
ratio, not the absolute time, is what to compare across machines:

* corpus load (ATOP import + hand-encoded files + states + areas, uncached)
  against reading the raw ATOP member CSV with pandas;
* one ``attack`` evaluated and turned into the JSON dict (the full trace)
  against validating the same scenario's input (state lookup, date parsing).

Benchmarks never fail; the test suite never times anything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from importlib import resources
from typing import Any


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--repeat", type=int, default=300, help="attack evaluations to time")
    args = ap.parse_args()

    import pandas as pd

    from casus.corpus import build_corpus
    from casus.session import Session

    def read_raw():
        with resources.files("casus.data.upstream.atop").joinpath("atop5_1m.csv").open("rb") as fh:
            pd.read_csv(fh)

    load_times = _time(build_corpus, 5)
    raw_times = _time(read_raw, 5)
    corpus = build_corpus()
    session = Session(corpus)

    scenarios = [("USA", "PRK", "2025-01-01"), ("JPN", "RUS", "2025-06-01"), ("RUS", "FIN", "2024-01-01")]
    results: dict[str, dict[str, float]] = {}
    for by, on, day in scenarios:
        attack = _time(lambda by=by, on=on, day=day: session.attack(by=by, on=on, date=day).to_dict(), args.repeat)
        base = _time(lambda by=by, on=on, day=day: session.scenario(by, on, day), args.repeat)
        res = session.attack(by=by, on=on, date=day)
        results[f"{by}->{on} {day}"] = {
            "findings": len(res.findings),
            "attack_p50_ms": statistics.median(attack) * 1e3,
            "attack_p99_ms": sorted(attack)[int(0.99 * (len(attack) - 1))] * 1e3,
            "baseline_validate_p50_ms": statistics.median(base) * 1e3,
            "ratio_attack_to_validate": statistics.median(attack) / statistics.median(base),
        }
    report: dict[str, Any] = {
        "python": sys.version.split()[0],
        "corpus_load_seconds": statistics.median(load_times),
        "baseline_read_atop_csv_seconds": statistics.median(raw_times),
        "ratio_load_to_csv": statistics.median(load_times) / statistics.median(raw_times),
        "treaties": len(corpus.treaties),
        "attack": results,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"corpus load: {report['corpus_load_seconds']:.3f} s (median of 5; {report['treaties']} treaties) — "
          f"{report['ratio_load_to_csv']:.1f}× reading the raw ATOP member CSV "
          f"({report['baseline_read_atop_csv_seconds'] * 1e3:.1f} ms)")
    for name, r in results.items():
        print(f"attack {name}: p50 {r['attack_p50_ms']:.2f} ms, p99 {r['attack_p99_ms']:.2f} ms "
              f"({r['findings']} findings, full trace) — {r['ratio_attack_to_validate']:.0f}× validating the input "
              f"({r['baseline_validate_p50_ms'] * 1e3:.0f} µs)")


if __name__ == "__main__":
    main()
