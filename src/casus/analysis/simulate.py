"""Probabilistic war expansion (``casus simulate``).

Each binding, unconflicted duty to defend or to join is honoured with its own
probability: the reliability model's estimate for that duty
(:mod:`casus.engine.reliability`, ``casus reliability``; the ``honour`` of the
finding in ``casus attack``).  The duties are those the traced engine finds for
the whole cascade (:func:`duty_probabilities`); a state drawn in by several of
them honours with the highest probability among those whose beneficiary is in
the war in that draw.  Where the model gives no probability (``unsupported``),
or for a duty the whole cascade does not show (a state conflicted there but not
in a draw where an ally declined), the duty is drawn with the backtest's rate
for its kind (defence, offence) and era (before 1945 / from 1945), with a
uniform Beta(1, 1) prior (:func:`honour_probabilities`, the rule before the
model), and the answer lists it so.  Passing ``probabilities`` (that rate's
shape) draws every duty with those rates instead.  A state that
honours its duty enters the war and may draw in its own partners (the compiled
cascade is followed draw by draw); a state that declines stays out for the
rest of that draw.  N draws give the distribution of war size, each state's
probability of joining each side, and the most likely coalitions.
Reproducible with a seed (NumPy's PCG64); draws can be split into chunks, each
with its own seed derived from the seed and the chunk number, so that a Dask
cluster gives exactly the single-machine answer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..cache import cache_dir
from ..engine.compiled import compile_corpus
from ..session import corpus_of

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["honour_probabilities", "duty_probabilities", "simulate", "simulate_chunk", "simulate_task", "Simulation",
           "PRIOR", "CHUNK"]

PRIOR = (1.0, 1.0)  # Beta(alpha, beta) added to the honoured / violated counts
CHUNK = 250_000  # draws per chunk (each chunk has its own seed: SeedSequence(seed).spawn)


def honour_probabilities(corpus: Corpus) -> dict[str, dict[str, float]]:
    """{kind: {era: p, era_n: cases}} from the backtest (cached beside the compiled corpus)."""
    corpus = corpus_of(corpus)
    comp = compile_corpus(corpus)
    path = cache_dir() / f"honour-{comp.fingerprint}.json"
    if corpus.cache_key is not None and path.exists():
        return json.loads(path.read_text())
    from .backtest import backtest

    res = backtest(corpus)
    out: dict[str, dict[str, float]] = {}
    for kind in ("defense", "offense"):
        out[kind] = {}
        for era, early in (("before_1945", True), ("from_1945", False)):
            cs = [c for c in res["commitments"] if c.kind == kind and c.outcome != "undecidable"
                  and (int(c.date[:4]) < 1945) == early]
            h = sum(c.outcome == "honoured" for c in cs)
            out[kind][era] = (h + PRIOR[0]) / (len(cs) + PRIOR[0] + PRIOR[1])
            out[kind][f"{era}_n"] = len(cs)
    if corpus.cache_key is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(out))
        except OSError:
            pass
    return out


def duty_probabilities(corpus: Corpus, attacker: int, target: int, d: dt.date) -> list[dict]:
    """Every duty to defend or join in the cascade of ``attacker`` on ``target`` (the traced engine, to
    closure, defensive policy, home territory): obligor, side, beneficiary, treaty and the reliability
    model's ``honour`` of the duty read as binding (``p`` None where the model gives none)."""
    from dataclasses import replace

    from ..engine.evaluate import evaluate
    from ..engine.reliability import honours_of
    from ..model.findings import Scenario

    corpus = corpus_of(corpus)
    sc = Scenario((attacker,), (target,), d)
    ev = evaluate(corpus, sc)
    # a conditional duty is never drawn: the cascade follows binding ones only
    drawn = [replace(f, status="binding") for f in ev.findings
             if f.duty in ("defend", "join") and f.status != "conditional" and ev.side.get(f.beneficiary) is not None
             and f.obligor not in (attacker, target)]
    out = []
    for f, h in zip(drawn, honours_of(corpus, sc, drawn), strict=True):
        side = ev.side[f.beneficiary]
        assert h is not None
        out.append({"ccode": f.obligor, "side": side, "beneficiary": f.beneficiary, "treaty": f.treaty.id,
                    "p": h["p"], "low": h["low"], "high": h["high"], "unsupported": h["unsupported"],
                    "drivers": [f"{x['says']} {'↑' if x['effect'] > 0 else '↓'}" for x in h["drivers"]]})
    return sorted(out, key=lambda e: (e["side"], e["ccode"], e["beneficiary"], e["treaty"]))


def _duty_table(duties: list[dict]) -> dict[tuple[int, str], list[tuple[int, float]]]:
    """(obligor, side) → [(beneficiary, p)] of the duties the model answers."""
    table: dict[tuple[int, str], list[tuple[int, float]]] = {}
    for e in duties:
        if e["p"] is not None:
            table.setdefault((e["ccode"], e["side"]), []).append((e["beneficiary"], float(e["p"])))
    return table


@dataclass
class Simulation:
    attacker: int
    target: int
    date: dt.date
    draws: int
    seed: int
    probabilities: dict
    outcomes: Counter = field(default_factory=Counter)  # frozenset of (ccode, side) entered -> draws

    @property
    def war_size(self) -> dict[int, float]:
        c: Counter = Counter()
        for st, n in self.outcomes.items():
            c[2 + len(st)] += n
        return {k: v / self.draws for k, v in sorted(c.items())}

    @property
    def join_probability(self) -> dict[int, dict[str, float]]:
        out: dict[int, dict[str, float]] = {}
        for st, n in self.outcomes.items():
            for code, s in st:
                out.setdefault(code, {"A": 0.0, "D": 0.0})[s] += n / self.draws
        return out

    def coalitions(self, k: int = 10) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
        out = []
        for st, n in self.outcomes.most_common(k):
            att = tuple(sorted([self.attacker] + [c for c, s in st if s == "A"]))
            dfn = tuple(sorted([self.target] + [c for c, s in st if s == "D"]))
            out.append((att, dfn, n / self.draws))
        return out

    def duty_lines(self, name=str) -> list[str]:
        """Each duty's probability as drawn, one line each (the text of ``casus simulate``)."""
        duties = self.probabilities.get("duties")
        if duties is None:
            return [f"  every duty drawn with the given rates: {self.probabilities}"]
        era = "before_1945" if self.date.year < 1945 else "from_1945"
        out = []
        for e in duties:
            side = "attacker's side" if e["side"] == "A" else "defender's side"
            if e["p"] is None:
                kind = "offense" if e["side"] == "A" else "defense"
                rate = self.probabilities[kind][era]
                said = f"{rate:.2f}, the backtest's rate for its kind and era (the model: {e['unsupported']})"
            else:
                said = f"{e['p']:.2f} ({e['low']:.2f}–{e['high']:.2f})" + (
                    f": {', '.join(e['drivers'])}" if e["drivers"] else "")
            out.append(f"  {name(e['ccode'])} for {name(e['beneficiary'])} ({side}, {e['treaty']}): {said}")
        return out

    def to_dict(self, name=str) -> dict:
        return {
            "schema": "casus.simulate/1", "attacker": self.attacker, "target": self.target,
            "date": self.date.isoformat(), "draws": self.draws, "seed": self.seed,
            "honour_probabilities": self.probabilities,
            "war_size": {str(k): v for k, v in self.war_size.items()},
            "join_probability": [{"ccode": c, "name": name(c), "attacker_side": v["A"], "defender_side": v["D"]}
                                 for c, v in sorted(self.join_probability.items(),
                                                    key=lambda kv: (-sum(kv[1].values()), kv[0]))],
            "coalitions": [{"attackers": list(a), "defenders": list(d), "probability": p}
                           for a, d, p in self.coalitions()],
        }


def _probs_for(probs: dict, d: dt.date) -> dict[str, float]:
    era = "before_1945" if d.year < 1945 else "from_1945"
    return {"D": float(probs["defense"][era]), "A": float(probs["offense"][era])}


def _p_of(o: int, side: str, entered: frozenset, a: int, t: int, p_side: dict[str, float],
          p_duty: dict[tuple[int, str], list[tuple[int, float]]] | None) -> float:
    """The probability that ``o`` honours its duty to join ``side`` in a draw that has ``entered``: the
    highest of its duties' towards a state of that side in the war; else the side's rate."""
    if p_duty is not None:
        there = {a if side == "A" else t} | {c for c, s in entered if s == side}
        ps = [p for b, p in p_duty.get((o, side), ()) if b in there]
        if ps:
            return max(ps)
    return p_side[side]


def simulate_chunk(view, a: int, t: int, draws: int, rng: np.random.Generator,
                   p_side: dict[str, float], p_duty: dict | None = None) -> Counter:
    """``draws`` cascades of ``a`` (ccode) attacking ``t`` from the compiled view, each duty honoured with
    its probability (``p_duty``: (obligor, side) → [(beneficiary, p)]; else, and for a duty it lacks, the
    side's rate ``p_side``); returns {frozenset((ccode, side)): count}."""
    memo: dict[frozenset, list[tuple[int, str]]] = {}

    def candidates(entered: frozenset) -> list[tuple[int, str]]:
        if entered not in memo:
            memo[entered] = view.step(a, t, entered)
        return memo[entered]

    # a state of a draw: (entered, considered) as frozensets of (index, side) / index
    states: list[tuple[frozenset, frozenset]] = [(frozenset(), frozenset())]
    key: dict[tuple[frozenset, frozenset], int] = {states[0]: 0}
    state_of = np.zeros(draws, np.int64)
    active = np.ones(draws, bool)
    while active.any():
        for sid in np.unique(state_of[active]):
            rows = np.flatnonzero(active & (state_of == sid))
            entered, considered = states[sid]
            cand = [c for c in candidates(entered) if c[0] not in considered]
            if not cand:
                active[rows] = False
                continue
            p = np.array([_p_of(c, s, entered, a, t, p_side, p_duty) for c, s in cand])
            hits = rng.random((len(rows), len(cand))) < p
            code = hits.astype(np.int64) @ (np.int64(1) << np.arange(len(cand), dtype=np.int64))
            seen = considered | {c[0] for c in cand}
            for value in np.unique(code):
                nxt = (entered | {cand[k] for k in range(len(cand)) if value >> k & 1}, seen)
                nid = key.get(nxt)
                if nid is None:
                    nid = key[nxt] = len(states)
                    states.append(nxt)
                state_of[rows[code == value]] = nid
    out: Counter = Counter()
    for sid, n in zip(*np.unique(state_of, return_counts=True), strict=True):
        out[frozenset((int(x), s) for x, s in states[sid][0])] += int(n)
    return out


def simulate_task(attacker: int, target: int, d: dt.date, n: int, seed, p_side: dict,
                  p_duty: dict | None = None) -> Counter:
    """One chunk of draws on a worker (which loads the bundled corpus itself)."""
    from ..corpus import load_corpus

    view = compile_corpus(load_corpus()).date_view(d)
    return simulate_chunk(view, attacker, target, n, np.random.Generator(np.random.PCG64(seed)), p_side, p_duty)


def simulate(corpus: Corpus, attacker: int, target: int, d: dt.date, draws: int = 100_000, seed: int = 0,
             probabilities: dict | None = None, scheduler: str | None = None) -> Simulation:
    """Draw the cascade ``draws`` times (in chunks of CHUNK, each seeded from ``seed``), each duty with the
    reliability model's probability (``probabilities``: {kind: {era: p}} rates for every duty instead)."""
    corpus = corpus_of(corpus)
    p_duty = None
    if probabilities:
        probs = probabilities
    else:
        probs = dict(honour_probabilities(corpus))  # the rate for a duty the model does not answer
        probs["duties"] = duty_probabilities(corpus, attacker, target, d)
        p_duty = _duty_table(probs["duties"])
    p_side = _probs_for(probs, d)
    sizes = [min(CHUNK, draws - i) for i in range(0, draws, CHUNK)]
    seeds = np.random.SeedSequence(seed).spawn(len(sizes))
    if scheduler:
        from .parallel import executor

        n = len(sizes)
        with executor(scheduler) as ex:
            parts = list(ex.map(simulate_task, [attacker] * n, [target] * n, [d] * n, sizes, seeds, [p_side] * n,
                                [p_duty] * n))
    else:
        view = compile_corpus(corpus).date_view(d)
        parts = [simulate_chunk(view, attacker, target, n, np.random.Generator(np.random.PCG64(s)), p_side, p_duty)
                 for n, s in zip(sizes, seeds, strict=True)]
    total: Counter = Counter()
    for part in parts:
        total.update(part)
    return Simulation(attacker, target, d, draws, seed, probs, total)
