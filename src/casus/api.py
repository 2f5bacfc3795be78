"""casus from Python, with one calling convention (``import casus``):

* states by any name or code (COW code or abbreviation, ISO3, English or Hindi name), as for the CLI;
* dates as ``"YYYY-MM-DD"`` strings or :class:`datetime.date` (years as ints);
* options by keyword only, with the CLI's defaults;
* the corpus last and optional (``corpus=``: a :class:`~casus.session.Session`, a
  :class:`~casus.corpus.Corpus`, or None for the bundled one);
* every table-like result has ``to_frame()`` (a pandas DataFrame) and ``to_dict()`` (the CLI's JSON).

>>> import casus
>>> casus.attack("USA", "PRK", "2025-01-01").summary()[0]["states"][0]["state"]
'CHN'
>>> round(casus.similarity("USA", "UKG", 2000).s_score, 3) > 0.5
True
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .session import Session, corpus_of

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .analysis.similarity import Similarity
    from .analysis.simulate import Simulation
    from .present.pair import PairResult
    from .present.result import AlliesResult, AttackResult, DiffResult

__all__ = ["attack", "allies", "pair", "diff", "similarity", "simulate", "backtest", "treaties", "BacktestResult"]


def _session(corpus) -> Session:
    return corpus if isinstance(corpus, Session) else Session(corpus_of(corpus))


def attack(by, on, date: str | dt.date | None = None, *, where: str | None = None, basis: str = "in-force",
           policy: str = "defensive", provoked: bool | None = None, requested: bool | None = None,
           joint_finding: bool | None = None, corpus=None) -> AttackResult:
    """Who must defend, join, stay neutral or consult if ``by`` attacks ``on`` on ``date`` (default today);
    ``by`` and ``on`` take one state or a list.  ``.to_dict(detail="summary")`` is the CLI's JSON.

    >>> res = attack("USA", "PRK", "2025-01-01")
    >>> sorted(s["state"] for g in res.summary() for s in g["states"])
    ['CHN', 'CUB', 'RUS']
    """
    return _session(corpus).attack(by, on, date, where=where, basis=basis, policy=policy, provoked=provoked,
                                   requested=requested, joint_finding=joint_finding)


def allies(state, date: str | dt.date | None = None, *, basis: str = "in-force", corpus=None) -> AlliesResult:
    """Whom ``state`` must defend and who must defend it on ``date``.

    >>> sorted(r["state"] for r in allies("PRK", "2025-01-01").owed_by)
    ['CHN', 'CUB', 'RUS']
    """
    return _session(corpus).allies(state, date, basis)


def pair(a, b, *, basis: str = "in-force", corpus=None) -> PairResult:
    """When ``a`` and ``b`` were bound to defend, join, stay neutral towards, not attack or consult each other.

    >>> [(s["start"], s["treaty"]["id"]) for s in pair("RUS", "PRK").to_dict()["spans"]
    ...  if s["obligor"] == "RUS" and s["duty"] == "defend"]
    [('1961-07-06', 'atop-3440'), ('2024-12-04', 'rus-prk-2024')]
    """
    return _session(corpus).pair(a, b, basis)


def diff(start, end, *, state=None, basis: str = "in-force", corpus=None) -> DiffResult:
    """Pacts, memberships and duties that changed between two dates.

    >>> [j["state"] for j in diff("2024-01-01", "2024-12-31").to_dict()["members_joined"]
    ...  if j["treaty"]["id"] == "north-atlantic-1949"]
    ['SWD']
    """
    return _session(corpus).diff(start, end, state, basis)


def similarity(a, b, year: int, *, source: str = "atop", corpus=None) -> Similarity:
    """S score and kappa of ``a``'s and ``b``'s alliance portfolios in ``year`` (Signorino & Ritter).

    >>> similarity("USA", "Canada", 2000).s_score > similarity("USA", "North Korea", 2000).s_score
    True
    """
    from .analysis.similarity import similarity as _similarity

    s = _session(corpus)
    return _similarity(s.state(a, "a").ccode, s.state(b, "b").ccode, int(year), source, s.corpus)


def simulate(by, on, date: str | dt.date | None = None, *, draws: int = 100_000, seed: int = 0,
             probabilities: dict | None = None, scheduler: str | None = None, corpus=None) -> Simulation:
    """Draw the cascade of ``by`` attacking ``on`` ``draws`` times, each duty honoured with its probability.

    >>> sim = simulate("USA", "PRK", "2025-01-01", draws=1000, seed=1)
    >>> sim.draws, sim.target
    (1000, 731)
    """
    from .analysis.simulate import simulate as _simulate

    s = _session(corpus)
    sc = s.scenario(by, on, date)
    return _simulate(s.corpus, sc.attackers[0], sc.targets[0], sc.date, draws=draws, seed=seed,
                     probabilities=probabilities, scheduler=scheduler)


class BacktestResult:
    """The backtest over every COW interstate war: ``summary`` (the figures), and the rows as DataFrames."""

    def __init__(self, raw: dict):
        self.raw = raw
        self.summary: dict = raw["summary"]

    def to_dict(self) -> dict:
        """The CLI's ``casus backtest --json`` document (without rule effects)."""
        r = self.raw
        return {"schema": r["schema"], "basis": r["basis"], "rules": r["rules"], "summary": r["summary"],
                "pairs": [p.to_dict() for p in r["pairs"]],
                "pairs_by_kind": [p.to_dict() for p in r["pairs_by_kind"]],
                "commitments": [x.to_dict() for x in r["commitments"]], "joiners": r["joiners"]}

    def to_frame(self, rows: str = "pairs") -> pd.DataFrame:
        """One table: ``pairs`` (alliance–war pairs, the published studies' unit), ``pairs_by_kind``,
        ``commitments`` (one per member commitment) or ``joiners``."""
        import pandas as pd

        if rows not in ("pairs", "pairs_by_kind", "commitments", "joiners"):
            raise ValueError(f"rows is one of pairs, pairs_by_kind, commitments, joiners; not {rows!r}")
        items = self.to_dict()[rows]
        return pd.DataFrame(items)

    def __repr__(self) -> str:
        o = self.summary["overall"]
        return f"<BacktestResult: {o['honoured']}/{o['invoked']} alliance–war pairs honoured>"


def backtest(*, basis: str = "signed", resolve_open_by_conduct: bool = False, late_join_days: int | None = None,
             joiners: bool = True, progress=None, corpus=None) -> BacktestResult:
    """Every COW interstate war against the commitments it invoked (``casus backtest``).

    >>> res = backtest(joiners=False)
    >>> res.summary["overall"]["invoked"] > 100 and "outcome" in res.to_frame("pairs").columns
    True
    """
    from dataclasses import replace

    from .analysis.backtest import backtest as _backtest
    from .analysis.backtest_rules import DEFAULT_RULES

    rules = replace(DEFAULT_RULES, resolve_open_by_conduct=resolve_open_by_conduct, late_join_days=late_join_days)
    return BacktestResult(_backtest(corpus_of(corpus), basis, progress=progress, rules=rules, joiners=joiners))


def treaties(query: str | None = None, *, state=None, date: str | dt.date | None = None, kind: str | None = None,
             corpus=None) -> pd.DataFrame:
    """The treaties casus holds, one row each (id, names, ATOP id, signed, in force, ended, kinds, parties),
    filtered by a text ``query`` (in the names or id), a party ``state``, a ``date`` on which it held, an
    obligation ``kind`` (defense, offense, neutrality, nonaggression, consultation).

    >>> treaties("nato")["id"].tolist()
    ['north-atlantic-1949']
    """
    import pandas as pd

    rows: list[dict[str, Any]] = _session(corpus).treaties_table(query, state, date, kind)
    return pd.DataFrame(rows)
