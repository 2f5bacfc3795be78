"""``casus bench`` for two revisions in one session: a baseline revision and the working tree.

Checks the baseline out into a temporary git worktree, then runs ``casus bench --json`` for the
baseline and for the working tree, alternating, ``--rounds`` times each (so that both see the same
machine), each with its own cache folder (warmed by a first untimed run), and prints the median of
each figure, its best run (this machine is a shared VM: the best of several runs is the
steadiest reading), the ratio new/old of the medians and of the bests, and which way is better.

    .venv/bin/python benchmarks/compare_revisions.py --base 2870d6e [--rounds 3] [--quick] [--json]

Both revisions run in this virtual environment (``PYTHONPATH`` points at each ``src/``), so the
figures compare code, not installs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from revisions import side_by_side

#: figures where more is better (the others: less is better)
HIGHER_IS_BETTER = {"atlas_speedup", "simulate_draws_per_second", "atlas_pairs"}
SKIP = {"atlas_years", "atlas_pairs", "corpus_baseline_read_csv_seconds"}


def bench(src: Path, cache: Path, quick: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "CASUS_CACHE_DIR": str(cache)}
    code = "from casus.cli import main; main(['bench', '--json'" + (", '--quick'" if quick else "") + "])"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the baseline revision (a commit, tag or branch)")
    ap.add_argument("--new", default=None,
                    help="the new revision, checked out beside the base (same filesystem, same conditions); "
                         "default: the working tree")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="casus bench --quick (a smoke run)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with side_by_side(args.base, args.new, "casus-bench-") as (tmp, trees):
        caches = {k: tmp / f"cache-{k}" for k in trees}
        for k in trees:  # warm each cache (corpus, compiled arrays, calibration): not timed
            bench(trees[k], caches[k], quick=True)
        runs: dict[str, list[dict]] = {"old": [], "new": []}
        for i in range(args.rounds):
            for k in ("old", "new") if i % 2 == 0 else ("new", "old"):
                print(f"round {i + 1}/{args.rounds}: {k}", file=sys.stderr)
                runs[k].append(bench(trees[k], caches[k], args.quick))
    keys = [k for k in runs["new"][0] if k not in SKIP and isinstance(runs["new"][0][k], (int, float))]
    table = {}
    for k in keys:
        best = max if k in HIGHER_IS_BETTER else min
        olds, news = [r[k] for r in runs["old"] if k in r], [r[k] for r in runs["new"]]
        old, new = statistics.median(olds), statistics.median(news)
        ratio = new / old if old else float("nan")
        best_ratio = best(news) / best(olds) if best(olds) else float("nan")
        better = best_ratio >= 1 if k in HIGHER_IS_BETTER else best_ratio <= 1
        table[k] = {"old": old, "new": new, "new_over_old": round(ratio, 3), "old_best": best(olds),
                    "new_best": best(news), "best_new_over_old": round(best_ratio, 3), "no_worse": better}
    if args.json:
        print(json.dumps({"base": args.base, "rounds": args.rounds, "figures": table}, indent=2))
        return
    print(f"casus bench, {args.rounds} alternating runs each: base {args.base} vs {args.new or 'the working tree'}")
    print(f"{'figure':<32}{'old median':>12}{'new median':>12}{'ratio':>7}{'old best':>12}{'new best':>12}{'ratio':>7}")
    for k, v in table.items():
        flag = "" if v["no_worse"] else "  (worse)"
        print(f"{k:<32}{v['old']:>12}{v['new']:>12}{v['new_over_old']:>7}{v['old_best']:>12}{v['new_best']:>12}"
              f"{v['best_new_over_old']:>7}{flag}")


if __name__ == "__main__":
    main()
