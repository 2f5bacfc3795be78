"""Backtest: every COW interstate war against the commitments it invoked.

The rules that decide each commitment are in :mod:`casus.analysis.backtest_rules`; the figures
(alliance–war pairs, the published studies' unit, as the headline; member commitments beside them)
in :mod:`casus.analysis.backtest_summary`; who joins each war, against two naive baselines, in
:mod:`casus.analysis.joiners`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from ..importers.cow_wars import read_wars
from ..model.wars import War
from ..session import corpus_of
from .backtest_rules import DEFAULT_RULES, SCORED, Commitment, Rules, invoked_commitments, theatre_tags, war_place
from .backtest_summary import PUBLISHED, Pair, pairs_of, summary
from .joiners import joiner_figures, predict_joiners

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["Commitment", "Pair", "Rules", "backtest", "rule_effects", "invoked_commitments", "predict_joiners",
           "PUBLISHED", "SCORED", "war_place", "theatre_tags"]

SCHEMA = "casus.backtest/2"


def backtest(corpus: Corpus, basis: str = "signed", progress: Callable[[int, int, War], None] | None = None,
             rules: Rules = DEFAULT_RULES, joiners: bool = True) -> dict:
    """Run over every war: ``{"commitments": [...], "pairs": [...], "pairs_by_kind": [...],
    "joiners": [...], "summary": {...}}`` (``joiners=False`` leaves the cascade out)."""
    corpus = corpus_of(corpus)
    wars = read_wars()
    commitments: list[Commitment] = []
    predictions: list[dict] = []
    for i, w in enumerate(wars, 1):
        if progress:
            progress(i, len(wars), w)
        commitments += invoked_commitments(corpus, w, basis, rules)
        if joiners:
            predictions.append(predict_joiners(corpus, w, basis))
    pairs, by_kind = pairs_of(commitments, by_kind=False), pairs_of(commitments, by_kind=True)
    return {"schema": SCHEMA, "basis": basis, "rules": rules.describe(), "commitments": commitments, "pairs": pairs,
            "pairs_by_kind": by_kind, "joiners": predictions,
            "summary": summary(commitments, pairs, by_kind, joiner_figures(predictions) if joiners else {},
                               rules.describe())}


def rule_effects(corpus: Corpus, basis: str = "signed", rules: Rules = DEFAULT_RULES) -> list[dict]:
    """The pair figures as run, then with each rule switched (a rule on switched off; the replication
    option switched on): how each rule moves them.  One backtest per rule (no joiners)."""
    corpus = corpus_of(corpus)

    def row(name: str, r: Rules) -> dict:
        s = backtest(corpus, basis, rules=r, joiners=False)["summary"]
        return {"rule": name, "overall": s["overall"]["rate"], "before_1945": s["before_1945"]["rate"],
                "1945_2003": s["1945_2003"]["rate"], "invoked": s["overall"]["invoked"],
                "by_kind": {k: v["rate"] for k, v in s["by_kind"].items()}}

    out = [row("as run", rules)]
    for f in fields(Rules):
        value = getattr(rules, f.name)
        if isinstance(value, bool):
            out.append(row(f"{f.name} {'off' if value else 'on'}", replace(rules, **{f.name: not value})))
    return out
