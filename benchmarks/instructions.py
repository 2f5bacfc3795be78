"""Instructions executed by the engine's workloads, for two revisions: a reading this noisy VM cannot blur.

Wall-clock figures on a shared VM swing by a factor of two from one minute to the next
(``compare_revisions.py`` prints how much).  Instruction counts do not: this script runs each
revision's workloads under ``valgrind --tool=cachegrind`` (no cache simulation) and reports the
instructions one unit of each workload costs — the difference between a run with ``2n`` units and
one with ``n``, so that start-up and corpus loading cancel out:

* ``scenario``: one attack (USA → PRK, 2025-01-01), traced, presented as JSON (``casus bench``'s
  ``scenario_p50_ms``);
* ``same_answer``: the traced engine alone (no presentation) on two attacks whose findings the
  base revision (2870d6e) and this one agree on — Russia → USA and USA → North Korea on
  2015-01-01 (1,972 and 7 findings): the engine compared like with like;
* ``pair``: the traced engine's counts for one (attacker, target, day), averaged over a fixed sample
  of ten drawn like ``casus bench``'s (``one_scenario_seconds_per_pair``);
* ``atlas_years``: the atlas of five years across its span, 1850, 1914, 1950, 1990 and 2020 (every
  ordered pair, cascade included; ``casus bench``'s ``atlas_seconds`` covers every year);
* ``fresh_pairs``: the traced engine on 50 attacks seen once each (cold, as ``casus bench`` draws them),
  or on the attacks listed in ``--pairs-file`` (as ``like_for_like.py --same-out`` writes them: the
  attacks both revisions answer alike);
* ``draws``: 1,000 simulation draws of the USA → PRK war;
* ``atlas_full``: the whole atlas, 1816–2025, as ``casus bench`` times it (slow under valgrind: about
  half an hour a revision; leave it out with ``--only``).

    .venv/bin/python benchmarks/instructions.py --base 2870d6e [--new REV] [--json]

Needs ``valgrind`` (Debian package ``valgrind``).  Both revisions run in this virtual environment
(``PYTHONPATH`` points at each ``src/``); each has its own warmed cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from revisions import side_by_side

#: BLAS threads spin while they wait, and valgrind counts the spinning: one thread, so the count is the work
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: units per run (pair: a multiple of its sample of ten)
UNITS = {"scenario": 10, "same_answer": 4, "pair": 10, "fresh_pairs": 2, "atlas_years": 1, "draws": 5, "atlas_full": 1}

WORKLOAD = r'''
import datetime as dt, json, os, random, sys
import casus
corpus = casus.load()
corpus = getattr(corpus, "corpus", corpus)
from casus.engine.evaluate import evaluate
from casus.engine.compiled import full_engine_counts, compile_corpus
from casus.model.findings import Scenario
try:
    from casus.present.result import AttackResult
except ImportError:
    from casus.result import AttackResult
from casus.analysis.atlas import atlas_table
from casus.analysis.simulate import simulate
what, k = sys.argv[1], int(sys.argv[2])
sc = Scenario((2,), (731,), dt.date(2025, 1, 1))
rng = random.Random(1)
sample = []
for _ in range(10):
    d = dt.date(rng.randint(1816, 2025), 7, 1)
    mem = [s.ccode for s in corpus.states.members_on(d)]
    sample.append((d, *rng.sample(mem, 2)))
# warm what the workload uses (indexes built on first use), not counted: the 2k run and the k run
# both do it, so it cancels out
if what == "scenario":
    AttackResult(corpus, evaluate(corpus, sc)).to_dict()
    for _ in range(k):
        AttackResult(corpus, evaluate(corpus, sc)).to_dict()
elif what == "same_answer":
    same = [Scenario((365,), (2,), dt.date(2015, 1, 1)), Scenario((2,), (731,), dt.date(2015, 1, 1))]
    for s in same:
        evaluate(corpus, s)
    for _ in range(k):
        for s in same:
            evaluate(corpus, s)
elif what == "pair":
    for d, a, t in sample:
        full_engine_counts(corpus, a, t, d)
    for d, a, t in sample * (k // len(sample)):
        full_engine_counts(corpus, a, t, d)
elif what == "fresh_pairs":
    # units of 50 distinct attacks; the k-unit run does the first 50k, the 2k-unit run the first 100k:
    # the difference is attacks the process has not seen before
    listed = os.environ.get("CASUS_PAIRS")
    if listed:
        fresh = [(dt.date.fromisoformat(d), a, t) for d, a, t in json.load(open(listed))]
    else:
        fresh = []
        for _ in range(400):
            d = dt.date(rng.randint(1816, 2025), 7, 1)
            mem = [s.ccode for s in corpus.states.members_on(d)]
            fresh.append((d, *rng.sample(mem, 2)))
    if len(fresh) < 50 * k:
        raise SystemExit(f"fresh_pairs needs {50 * k} attacks, the list has {len(fresh)}")
    for d, a, t in fresh[:50 * k]:
        evaluate(corpus, Scenario((a,), (t,), d))
elif what == "atlas_years":
    years = (1850, 1914, 1950, 1990, 2020)
    compile_corpus(corpus)
    atlas_table(corpus, 1990, 1990)
    for _ in range(k):
        for y in years:
            atlas_table(corpus, y, y)
elif what == "atlas_full":
    compile_corpus(corpus)
    atlas_table(corpus, 1990, 1990)
    for _ in range(k):
        atlas_table(corpus, 1816, 2025)
elif what == "draws":
    simulate(corpus, 2, 731, dt.date(2025, 1, 1), draws=1000, seed=0)
    simulate(corpus, 2, 731, dt.date(2025, 1, 1), draws=1000 * k, seed=1)
'''


def instructions(src: Path, cache: Path, what: str, k: int, pairs: Path | None = None) -> int:
    env = {**os.environ, **ONE_THREAD, "PYTHONPATH": str(src), "CASUS_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0",
           **({"CASUS_PAIRS": str(pairs)} if pairs else {})}
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out.name}",
                              sys.executable, "-c", WORKLOAD, what, str(k)],
                             env=env, capture_output=True, text=True, check=True)
        m = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
        if not m:
            raise RuntimeError(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
        return int(m.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the baseline revision")
    ap.add_argument("--new", default=None, help="the new revision (default: the working tree)")
    ap.add_argument("--only", default="scenario,pair,atlas_years,draws",
                    help=f"workloads, comma-separated (of {', '.join(UNITS)})")
    ap.add_argument("--pairs-file", type=Path, default=None,
                    help="fresh_pairs: the attacks to run, a JSON list of [date, attacker, target]")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    chosen = [w for w in args.only.split(",") if w]
    unknown = [w for w in chosen if w not in UNITS]
    if unknown:
        ap.error(f"--only: unknown workload {', '.join(unknown)}; choose from {', '.join(UNITS)}")
    with side_by_side(args.base, args.new, "casus-instr-") as (tmp, trees):
        result: dict[str, dict[str, int]] = {}
        for name, src in trees.items():
            cache = tmp / f"cache-{name}"
            env = {**os.environ, "PYTHONPATH": str(src), "CASUS_CACHE_DIR": str(cache),
                   **({"CASUS_PAIRS": str(args.pairs_file)} if args.pairs_file else {})}
            for what in chosen:  # warm the on-disk caches (corpus, compiled arrays, calibration) outside valgrind
                subprocess.run([sys.executable, "-c", WORKLOAD, what, str(UNITS[what])], env=env, check=True,
                               capture_output=True)
            result[name] = {}
            for what in chosen:
                k = UNITS[what]
                one = instructions(src, cache, what, k, args.pairs_file)
                two = instructions(src, cache, what, 2 * k, args.pairs_file)
                result[name][what] = (two - one) // k
                print(f"{name} {what}: {result[name][what]:,} instructions per unit", file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"instructions per unit (valgrind cachegrind): base {args.base} vs {args.new or 'working tree'}")
    print(f"{'workload':<12}{'old':>16}{'new':>16}{'ratio':>8}")
    for what in chosen:
        o, n = result["old"][what], result["new"][what]
        print(f"{what:<12}{o:>16,}{n:>16,}{n / o:>8.3f}")


if __name__ == "__main__":
    main()
