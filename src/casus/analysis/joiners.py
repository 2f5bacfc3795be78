"""Who joins each COW interstate war: the cascade's prediction against two naive baselines.

From each war's first attack (COW initiators against the states they fought on the war's first
day), the cascade (:func:`casus.engine.evaluate.evaluate`) predicts who joins.  Alliances made or
joined during the war count too: the cascade is run again on each day of the war on which a
membership of a belligerent (one of the first day, or one the cascade drew in) begins, and every
state it draws in on any of those days is predicted to join.

Two baselines are measured in the same run, so a reader sees what the treaties explain:

* **every ally joins** — every state that shares a treaty in force with a first-day belligerent
  (any obligation kind) on the first day joins;
* **no one joins** — nobody beyond the first-day belligerents (precision undefined, recall 0).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.wars import War
from ..session import corpus_of
from .backtest_rules import theatre_tags

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["predict_joiners", "joiner_figures", "BASELINES"]

BASELINES = ("cascade", "every_ally", "no_one")


def _first_day(corpus, war: War) -> tuple[tuple[int, ...], tuple[int, ...]]:
    start, init = war.start, war.initiating_side
    first = [p for p in war.participants if p.entry == start]
    members = {s.ccode for s in corpus.states.members_on(start)}
    attackers = tuple(sorted({p.ccode for p in first if p.side == init} & members))
    targets = tuple(sorted({p.ccode for p in first if p.side != init} & members - set(attackers)))
    return attackers, targets


def _allies(corpus, states: Iterable[int], d: date, basis: str) -> set[int]:
    """Every state sharing a treaty in force on ``d`` with one of ``states`` (any obligation kind)."""
    out: set[int] = set()
    for s in states:
        for t in corpus.treaties_maybe_holding(s, d, basis):
            if t.legal_status != "treaty" or t.membership_on(s, d, basis)[0] is Tri.NO:
                continue
            out.update(c for c in t.parties if t.membership_on(c, d, basis)[0] is not Tri.NO)
    return out


def _wartime_days(corpus, states: Iterable[int], lo: date, hi: date, basis: str) -> list[date]:
    """Days in ``(lo, hi]`` on which a membership of one of ``states`` (of a treaty in law) begins."""
    days: set[date] = set()
    for s in states:
        for t in corpus.treaties_of(s):
            if t.legal_status != "treaty":
                continue
            for m in t.memberships_of.get(s, ()):
                start, _ = m.start(basis)
                if start is not None and lo < start.latest <= hi:
                    days.add(start.latest)
    return sorted(days)


def predict_joiners(corpus: Corpus, war: War, basis: str = "signed", policy: str = "defensive",
                    wartime: bool = True) -> dict:
    """The cascade from the war's first attack (and, with ``wartime``, on each day a belligerent's
    alliance begins) against who actually joined, with the baselines' predictions."""
    corpus = corpus_of(corpus)
    from ..engine.evaluate import evaluate
    from ..model.areas import Place

    attackers, targets = _first_day(corpus, war)
    actual = war.states() - set(attackers) - set(targets)
    base = {"war": war.num, "war_name": war.name, "actual": sorted(actual)}
    if not attackers or not targets:
        return {**base, "skipped": "no initial attacker and target in the state system", "predicted": [], "hits": []}
    where = None
    if war.where and any(corpus.geo.region_of(t) not in war.where for t in targets):
        where = Place(id=f"war-{war.num}", name=f"the {war.name} theatre", name_hi=None, sovereign=None,
                      kind="theatre", tags=theatre_tags(corpus, war, targets))
    first = set(attackers) | set(targets)

    def drawn_in(d: date) -> dict[int, str]:
        ev = evaluate(corpus, Scenario(attackers, targets, d, where=where, basis=basis, policy=policy))
        return {c: s for c, s in ev.side.items() if c not in first}

    side = drawn_in(war.start)
    from_start = set(side)
    if wartime:
        end = max(p.exit for p in war.participants)
        for d in _wartime_days(corpus, first | set(side), war.start, end, basis):
            for c, s in drawn_in(d).items():
                side.setdefault(c, s)
    predicted = set(side)
    init = war.initiating_side
    side_ok = {c for c in predicted & actual if (side[c] == "A") == (war.side_of(c) == init)}
    every_ally = _allies(corpus, first, war.start, basis) - first
    return {**base, "date": war.start.isoformat(), "attackers": list(attackers), "targets": list(targets),
            "predicted": sorted(predicted), "predicted_wartime": sorted(predicted - from_start),
            "hits": sorted(predicted & actual), "side_correct": sorted(side_ok),
            "missed": sorted(actual - predicted), "false_alarms": sorted(predicted - actual),
            "baselines": {"every_ally": sorted(every_ally), "no_one": []}}


def _pr(pred: int, act: int, hits: int) -> dict:
    return {"predicted": pred, "actual": act, "hits": hits,
            "precision": round(hits / pred, 3) if pred else None, "recall": round(hits / act, 3) if act else None}


def joiner_figures(joiners: list[dict]) -> dict:
    """Precision and recall of the cascade and of each baseline, over the wars with a first attack."""
    scored = [j for j in joiners if "skipped" not in j]
    act = sum(len(j["actual"]) for j in scored)
    out = {"wars": len(scored),
           **_pr(sum(len(j["predicted"]) for j in scored), act, sum(len(j["hits"]) for j in scored)),
           "side_correct": sum(len(j["side_correct"]) for j in scored),
           "from_wartime_alliances": sum(len(j["predicted_wartime"]) for j in scored)}
    out["baselines"] = {}
    for name in ("every_ally", "no_one"):
        pred = [set(j["baselines"][name]) for j in scored]
        out["baselines"][name] = _pr(sum(map(len, pred)), act,
                                     sum(len(p & set(j["actual"])) for p, j in zip(pred, scored, strict=True)))
    return out
