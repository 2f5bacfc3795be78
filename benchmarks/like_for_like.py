"""The one-scenario engine of two revisions on the same random attacks, timed where they give the same answer.

``casus bench`` compares whole figures, and a revision that answers more (a pact added to the data,
a duty read more finely) does more work for a reason. This benchmark separates the two: both
revisions evaluate the same random attacks (attacker, target, 1 July of a random year 1816–2026,
both states in the system), each attack's findings are compared (obligor, duty, beneficiary,
status, treaty), and the time is summed over the attacks whose answers are identical (the engine
compared like with like) and over all of them (the engine and the data together).

Each revision runs in its own process, alternating, ``--rounds`` times; each attack's time is the
best of its ``--repeats`` in a process and then the best over rounds (this machine is a shared
VM: the best reading is the steadiest).

    .venv/bin/python benchmarks/like_for_like.py --base 2870d6e --new HEAD [--pairs 600] [--rounds 2]

Run with ``--worker OUT`` it is the worker: it times the revision on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from revisions import side_by_side


def _corpus():
    import casus.corpus as corpus_module

    load = getattr(corpus_module, "load_corpus", None) or corpus_module.load  # the base's name: load()
    return load()


def worker(out: Path, seed: int, pairs: int, repeats: int) -> None:
    from casus.engine.evaluate import evaluate
    from casus.model.findings import Scenario

    corpus = _corpus()
    rng = random.Random(seed)
    sample = []
    for _ in range(pairs):
        d = dt.date(rng.randint(1816, 2026), 7, 1)
        members = [s.ccode for s in corpus.states.members_on(d)]
        sample.append((d, *rng.sample(members, 2)))
    best = [float("inf")] * pairs
    answers: list[list] = [[] for _ in range(pairs)]
    for _ in range(repeats):
        for i, (d, a, t) in enumerate(sample):
            t0 = time.perf_counter()
            ev = evaluate(corpus, Scenario((a,), (t,), d))
            best[i] = min(best[i], time.perf_counter() - t0)
            answers[i] = sorted([f.obligor, f.duty, f.beneficiary, f.status, f.treaty.id] for f in ev.findings)
    out.write_text(json.dumps([{"date": str(d), "attacker": a, "target": t, "seconds": s, "answer": ans}
                               for (d, a, t), s, ans in zip(sample, best, answers, strict=True)]))


def run(src: Path, cache: Path, out: Path, args) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{Path(__file__).parent}", "CASUS_CACHE_DIR": str(cache)}
    subprocess.run([sys.executable, __file__, "--worker", str(out), "--seed", str(args.seed), "--pairs",
                    str(args.pairs), "--repeats", str(args.repeats)], env=env, check=True)
    return json.loads(out.read_text())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="the baseline revision (a commit, tag or branch)")
    ap.add_argument("--new", default=None, help="the new revision (default: the working tree)")
    ap.add_argument("--pairs", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--same-out", type=Path, default=None,
                    help="write the attacks both revisions answer alike here (for instructions.py --pairs-file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.seed, args.pairs, args.repeats)
        return
    if not args.base:
        ap.error("--base is required (a commit, tag or branch to compare against)")
    best: dict[str, list[float]] = {}
    answers: dict[str, list] = {}
    with side_by_side(args.base, args.new, "casus-like-") as (tmp, trees):
        for i in range(args.rounds):
            for k in ("old", "new") if i % 2 == 0 else ("new", "old"):
                print(f"round {i + 1}/{args.rounds}: {k}", file=sys.stderr)
                rows = run(trees[k], tmp / f"cache-{k}", tmp / f"{k}.json", args)
                times = [r["seconds"] for r in rows]
                best[k] = [min(a, b) for a, b in zip(best[k], times, strict=True)] if k in best else times
                answers[k] = [r["answer"] for r in rows]
                attacks = [[r["date"], r["attacker"], r["target"]] for r in rows]
    same = [i for i in range(args.pairs) if answers["old"][i] == answers["new"][i]]
    if args.same_out:
        args.same_out.write_text(json.dumps([attacks[i] for i in same]))

    def total(k: str, idx) -> float:
        return sum(best[k][i] for i in idx) * 1e3

    every = range(args.pairs)
    res = {"base": args.base, "new": args.new or "working tree", "pairs": args.pairs, "same_answer": len(same),
           "same_ms": {"old": round(total("old", same), 1), "new": round(total("new", same), 1)},
           "all_ms": {"old": round(total("old", every), 1), "new": round(total("new", every), 1)}}
    res["same_new_over_old"] = round(res["same_ms"]["new"] / res["same_ms"]["old"], 3)
    res["all_new_over_old"] = round(res["all_ms"]["new"] / res["all_ms"]["old"], 3)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{args.pairs} random attacks, base {res['base']} vs {res['new']}; best of {args.repeats} repeats "
          f"x {args.rounds} alternating rounds, summed")
    print(f"  same answer ({len(same)}): old {res['same_ms']['old']} ms, new {res['same_ms']['new']} ms, "
          f"new/old {res['same_new_over_old']}")
    print(f"  all ({args.pairs}):          old {res['all_ms']['old']} ms, new {res['all_ms']['new']} ms, "
          f"new/old {res['all_new_over_old']}")


if __name__ == "__main__":
    main()
