"""The reliability model's data: one row per (alliance, obligor, war) commitment to defend or to join that
the backtest decided, with its outcome and its features.

The rows come from :func:`casus.analysis.backtest.backtest` (its default rules): every invoked commitment of
kind defence or offence whose outcome is honoured or violated.  The commitments of one obligor under one
alliance in one war (towards several beneficiaries, the Arab League's many) make one row: *violated* if it
violated any of them, else *honoured* (the pairs' rule of :mod:`casus.analysis.backtest_summary`, applied
to one member).  Its features are those of its first commitment (the earliest invoked; ties in the
backtest's order).

Features (:data:`casus.engine.reliability.FEATURE_TEXT`), each computed by
:func:`casus.engine.reliability.values_of`, the code that applies the model to a finding:

* the duty: its kind, its response grade, whether it names an adversary; the treaty: bilateral, its age
  on the day; ATOP 5.1's ``intcom``, ``base``, ``milcon``, ``organ1`` and ``asymm`` of the obligor's member
  row (missing where ATOP has no row or leaves the field blank: a hand-encoded treaty without an ATOP id);
* the situation, on the day the commitment was invoked: whether the obligor borders, and how far its
  capital is from, the beneficiary or one of the states fighting the beneficiary that day (its
  *enemies*; the obligor itself left out: whom it fought is the outcome); whether it is a COW major
  power; whether it is a strategic rival of an enemy; its share of its own and its enemies' CINC.

Contiguity, capital distance and minimum distance are also computed with the peacesciencer-style verbs
(:func:`~casus.analysis.peacescience.add_contiguity`, :func:`~casus.analysis.peacescience.add_capital_distance`,
:func:`~casus.analysis.peacescience.add_minimum_distance`) on the dyads (obligor, each such state, year):
the columns ``conttype_ps``, ``capdist_ps`` and ``mindist_ps``; the tests check that the verbs and the
model's own lookups agree on every row.  The minimum distance (CShapes, 1886–2019) is reported, not used
by the model: it is missing for the wars before 1886.  A nearest value is missing when the value of any
of the states is missing (the missing one might be the nearest), unless a known one cannot be beaten
(contiguity by land, a distance of 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..engine.obligations import index_for
from ..engine.reliability import COLUMNS, Situation, design_row, values_of
from ..engine.reliability_features import FEATURE_ORDER
from ..importers.cow_wars import read_wars
from ..session import corpus_of
from .backtest_rules import Commitment

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..corpus import Corpus
    from ..model.wars import War

__all__ = ["Row", "reliability_rows", "rows_frame", "group_commitments", "enemies_on"]


@dataclass(frozen=True)
class Row:
    """One (alliance, obligor, war) commitment with its outcome and features."""

    alliance: str
    war: int
    war_name: str
    obligor: int
    beneficiary: int  # of the first commitment
    treaty_id: str
    atopid: int | None
    kind: str  # defense | offense
    date: str  # the first invocation
    outcome: str  # honoured | violated
    commitments: int  # how many commitments of the group (beneficiaries, kinds)
    enemies: tuple[int, ...]
    x: dict[str, Any]  # the features (casus.engine.reliability.values_of)
    y: int  # 1 honoured, 0 violated
    obligor_fought_ally: bool = False  # it was fighting the beneficiary on the day: left out of the model

    @property
    def design(self) -> list[float | None]:
        return design_row(self.x)

    def key(self) -> tuple[str, int, int]:
        return (self.alliance, self.war, self.obligor)


def _alliance(c: Commitment) -> str:
    return f"atop-{c.atopid}" if c.atopid is not None else c.treaty_id


def group_commitments(commitments: list[Commitment]) -> dict[tuple[str, int, int], list[Commitment]]:
    """Decided commitments to defend or join, by (alliance, war, obligor), each group in the backtest's order."""
    out: dict[tuple[str, int, int], list[Commitment]] = {}
    for c in commitments:
        if c.kind in ("defense", "offense") and c.outcome in ("honoured", "violated"):
            out.setdefault((_alliance(c), c.war, c.obligor), []).append(c)
    return out


def enemies_on(war: War, beneficiary: int, obligor: int, d: dt.date) -> tuple[int, ...]:
    """The states fighting ``beneficiary`` on day ``d`` (Maoz dyads, else the other sides then), the obligor
    left out; if none that day, those it fought in that participation."""
    rows = [r for r in war.rows_of(beneficiary) if r.entry <= d <= r.exit] or list(war.rows_of(beneficiary))
    row = rows[0]
    today = war.opponents_between(beneficiary, d, d) - {obligor}
    if not today:
        today = war.opponents_between(beneficiary, row.entry, row.exit) - {obligor}
    return tuple(sorted(today))


def _clause_of(corpus, c: Commitment, basis: str):
    t = corpus.treaties[c.treaty_id]
    obs = index_for(corpus).select(t, c.kind, c.obligor, c.beneficiary)
    d = dt.date.fromisoformat(c.date)
    for day in (d, d - dt.timedelta(days=1)):  # the day before: an alliance ending on the day of outbreak
        for ob in obs:
            if ob.on(day, basis).tri.value > 0:
                return t, ob.clause
    return t, obs[0].clause


def reliability_rows(corpus: Corpus, commitments: list[Commitment] | None = None,
                     basis: str = "signed") -> list[Row]:
    """The rows (in order of war, alliance, obligor) from ``commitments`` (default: the backtest's)."""
    corpus = corpus_of(corpus)
    if commitments is None:
        from .backtest import backtest

        commitments = backtest(corpus, basis=basis, joiners=False)["commitments"]
    wars = {w.num: w for w in read_wars()}
    rows = []
    for (alliance, war_num, obligor), cs in sorted(group_commitments(commitments).items(),
                                                    key=lambda kv: (kv[0][1], kv[0][0], kv[0][2])):
        first = cs[0]
        d = dt.date.fromisoformat(first.date)
        t, clause = _clause_of(corpus, first, basis)
        war = wars[war_num]
        enemies = enemies_on(war, first.beneficiary, obligor, d)
        v = values_of(Situation(t, clause, obligor, first.beneficiary, enemies, d))
        violated = any(c.outcome == "violated" for c in cs)
        rows.append(Row(alliance, war_num, first.war_name, obligor, first.beneficiary, first.treaty_id,
                        first.atopid, first.kind, first.date, "violated" if violated else "honoured", len(cs),
                        enemies, v.x, 0 if violated else 1,
                        obligor in war.opponents_between(first.beneficiary, d, d)))
    return rows


def _nearest(frame: pd.DataFrame, col: str, best) -> dict[int, Any]:
    """Per row id: the minimum of ``col``; missing if any is missing, unless a known value equals ``best``."""
    import pandas as pd

    out: dict[int, Any] = {}
    for rid, g in frame.groupby("row", sort=False):
        vals = g[col]
        known = vals.dropna()
        if best is not None and (known == best).any():
            out[int(rid)] = best
        elif len(known) < len(vals) or known.empty:
            out[int(rid)] = pd.NA
        else:
            out[int(rid)] = known.min()
    return out


def _geography(rows: list[Row]) -> pd.DataFrame:
    """The verbs' contiguity, capital distance and minimum distance to the nearest of the beneficiary and
    the enemies, per row."""
    import pandas as pd

    from .peacescience import add_capital_distance, add_contiguity, add_minimum_distance

    dyads = [{"row": i, "ccode1": r.obligor, "ccode2": o, "year": int(r.date[:4])}
             for i, r in enumerate(rows) for o in sorted(({r.beneficiary} | set(r.enemies)) - {r.obligor})]
    f = add_minimum_distance(add_capital_distance(add_contiguity(pd.DataFrame(dyads))))
    # the closest contiguity: rank none (0) after the water types
    f["rank"] = f.conttype.astype("Float64").where(f.conttype != 0, 99)
    cont = _nearest(f, "rank", 1)
    out = pd.DataFrame({"conttype_ps": pd.Series(cont).replace(99, 0),
                        "capdist_ps": pd.Series(_nearest(f, "capdist", None)),
                        "mindist_ps": pd.Series(_nearest(f, "mindist", 0.0))})
    return out.reindex(range(len(rows)))


def rows_frame(rows: list[Row], name_of=str) -> pd.DataFrame:
    """The rows as a table: identifiers, outcome, raw features, the verbs' geography and the model's columns."""
    import pandas as pd

    recs = []
    for r in rows:
        rec = {"alliance": r.alliance, "war": r.war, "war_name": r.war_name, "obligor": r.obligor,
               "obligor_name": name_of(r.obligor), "beneficiary": r.beneficiary, "treaty_id": r.treaty_id,
               "atopid": r.atopid, "kind": r.kind, "date": r.date, "outcome": r.outcome, "y": r.y,
               "commitments": r.commitments, "enemies": " ".join(map(str, r.enemies)),
               "obligor_fought_ally": r.obligor_fought_ally}
        rec.update({k: r.x[k] for k in FEATURE_ORDER})
        rec.update({f"col_{c}": v for (c, _, _), v in zip(COLUMNS, r.design, strict=True)})
        recs.append(rec)
    df = pd.DataFrame(recs)
    geo = _geography(rows) if rows else pd.DataFrame(columns=["conttype_ps", "capdist_ps", "mindist_ps"])
    return pd.concat([df, geo.reset_index(drop=True)], axis=1)
