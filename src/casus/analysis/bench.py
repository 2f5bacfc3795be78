"""``casus bench``: the engine's figures, each against a baseline measured in the same run.

* ``atlas_seconds``, ``atlas_pairs``: the whole atlas 1816–today (all ordered member pairs, cascade included);
* ``atlas_speedup``: per pair, the one-scenario engine (full trace) over the bulk path, on the same sample;
* ``scenario_p50_ms`` / ``scenario_p99_ms``: one attack (USA → PRK, 2025-01-01) with the full trace;
* ``simulate_draws_per_second``: cascade draws for that scenario (one core);
* ``corpus_load_seconds``: building the corpus from the bundled files (uncached), and its baseline
  ``corpus_baseline_read_csv_seconds`` (reading the ATOP member file with pandas);
* ``peak_rss_mb``: the process's peak resident memory.
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import statistics
import time

__all__ = ["run_bench"]


def run_bench(corpus, quick: bool = False, progress=lambda m: None) -> dict:
    from ..session import corpus_of

    corpus = corpus_of(corpus)
    from ..corpus import build_corpus
    from ..engine.compiled import compile_corpus
    from ..engine.compiled_atlas import full_engine_counts
    from ..engine.evaluate import evaluate
    from ..importers.atop import read_atop_members
    from ..model.findings import Scenario
    from ..present.result import AttackResult
    from .atlas import atlas_table
    from .simulate import simulate

    out: dict = {}
    progress("corpus load")
    t0 = time.perf_counter()
    build_corpus()
    out["corpus_load_seconds"] = round(time.perf_counter() - t0, 3)
    read_atop_members.cache_clear()
    t0 = time.perf_counter()
    read_atop_members()
    out["corpus_baseline_read_csv_seconds"] = round(time.perf_counter() - t0, 4)

    progress("one scenario with full trace")
    sc = Scenario((2,), (731,), dt.date(2025, 1, 1))
    times = []
    for _ in range(50 if quick else 400):
        t0 = time.perf_counter()
        AttackResult(corpus, evaluate(corpus, sc)).to_dict()
        times.append(time.perf_counter() - t0)
    times.sort()
    out["scenario_p50_ms"] = round(statistics.median(times) * 1e3, 3)
    out["scenario_p99_ms"] = round(times[int(0.99 * (len(times) - 1))] * 1e3, 3)

    progress("atlas 1816–today")
    compile_corpus(corpus)  # compiled (or loaded from the cache) before the atlas is timed
    y2 = 1850 if quick else dt.date.today().year
    t0 = time.perf_counter()
    tab = atlas_table(corpus, 1816, y2)
    out["atlas_seconds"] = round(time.perf_counter() - t0, 2)
    out["atlas_pairs"] = tab.num_rows
    out["atlas_years"] = f"1816-{y2}"

    progress("atlas speed-up on a sample of pairs")
    rng = random.Random(1)
    sample = []
    for _ in range(30 if quick else 200):
        y = rng.randint(1816, y2)
        d = dt.date(y, 7, 1)
        mem = [s.ccode for s in corpus.states.members_on(d)]
        sample.append((d, *rng.sample(mem, 2)))
    t0 = time.perf_counter()
    for d, a, t in sample:
        full_engine_counts(corpus, a, t, d)
    one = (time.perf_counter() - t0) / len(sample)
    out["atlas_speedup"] = round(one / (out["atlas_seconds"] / out["atlas_pairs"]), 1)
    out["one_scenario_seconds_per_pair"] = round(one, 6)

    progress("simulate draws")
    draws = 200_000 if quick else 2_000_000
    simulate(corpus, 2, 731, dt.date(2025, 1, 1), draws=1000, seed=0)  # warm: calibration and compile
    t0 = time.perf_counter()
    simulate(corpus, 2, 731, dt.date(2025, 1, 1), draws=draws, seed=1)
    out["simulate_draws_per_second"] = int(draws / (time.perf_counter() - t0))
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    return out
