"""Benchmark: the directed dyad-year table and the backtest, as whole processes.

Run with ``make bench`` or ``.venv/bin/python benchmarks/bench_history.py [--json]``.
Each command runs in a fresh process (wall time and peak RSS from the OS), next
to baselines measured in the same run:

* ``startup``: the interpreter importing numpy and pyarrow (the floor for the table);
* ``corpus``: ``casus states`` (the interpreter loading the whole corpus: the floor for the backtest).

The reference researchers use today, for the same directed 1816–2018 table with
ATOP flags — peacesciencer 1.2.9, ``create_dyadyears(directed = TRUE,
subset_years = 1816:2018) |> add_atop_alliance()``, 1,987,950 rows — took
13.4 s wall with a 1.15 GB peak on this kind of machine (figures given in the
issue; R is not installed here, so it is quoted, not re-run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
CASUS = str(Path(PY).with_name("casus"))
REFERENCE = {"peacesciencer_seconds": 13.4, "peacesciencer_peak_mb": 1150.0}


def measure(cmd: list[str], repeat: int) -> dict:
    times, peaks = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        # a fresh child each time; ru_maxrss of children is the max over all children so far,
        # so run each in its own grandchild shell to read its own peak via /usr/bin/time if present
        if os.path.exists("/usr/bin/time"):
            out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, check=True)
            peaks.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
        else:  # pragma: no cover
            subprocess.run(cmd, capture_output=True, check=True)
            peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
        times.append(time.perf_counter() - t0)
    return {"seconds": statistics.median(times), "peak_mb": max(peaks)}


def main() -> None:
    ap = argparse.ArgumentParser(description="dyad-year table and backtest benchmarks")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "dyads.parquet")
        res = {
            "startup": measure([PY, "-c", "import numpy, pyarrow"], args.repeat),
            "dyads_directed_1816_2018": measure(
                [CASUS, "dyads", "--from", "1816", "--to", "2018", "--directed", "--no-casus", "-o", out], args.repeat),
            "dyads_directed_1816_today_with_casus": measure(
                [CASUS, "dyads", "--directed", "-o", out], args.repeat),
            "corpus": measure([CASUS, "states", "PRK"], args.repeat),
            "backtest": measure([CASUS, "backtest", "--json"], args.repeat),
        }
    d = res["dyads_directed_1816_2018"]
    res["ratios"] = {
        "dyads_vs_startup_seconds": d["seconds"] / res["startup"]["seconds"],
        "dyads_speedup_vs_peacesciencer": REFERENCE["peacesciencer_seconds"] / d["seconds"],
        "dyads_memory_vs_peacesciencer": REFERENCE["peacesciencer_peak_mb"] / d["peak_mb"],
        "backtest_vs_corpus_seconds": res["backtest"]["seconds"] / res["corpus"]["seconds"],
    }
    res["reference"] = REFERENCE
    if args.json:
        print(json.dumps(res, indent=2))
        return
    for k, v in res.items():
        if k in ("ratios", "reference"):
            continue
        print(f"{k:<40} {v['seconds']:7.2f} s  peak {v['peak_mb']:7.1f} MB")
    r = res["ratios"]
    print(f"directed dyad-years 1816–2018 (1,987,950 rows): {r['dyads_speedup_vs_peacesciencer']:.1f}× faster and "
          f"{r['dyads_memory_vs_peacesciencer']:.1f}× less memory than peacesciencer's quoted 13.4 s / 1.15 GB; "
          f"{r['dyads_vs_startup_seconds']:.1f}× the bare interpreter start")
    print(f"backtest: {r['backtest_vs_corpus_seconds']:.1f}× loading the corpus alone")


if __name__ == "__main__":
    main()
