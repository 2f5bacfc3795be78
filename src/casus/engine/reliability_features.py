"""What the reliability model reads about one duty: its features, computed from the corpus and the bundled
tables (:mod:`casus.engine.reliability_data`), the same way for the fit (:mod:`casus.analysis.reliability_data`)
and for an answer (:mod:`casus.engine.reliability`).

A duty's features come in three parts, each a function of fewer things than the duty, so that an answer with
many duties computes each part once (:func:`features_of_many`):

* the treaty's and the clause's (:func:`treaty_features`): the kind, the era, the response grade, a named
  adversary, two parties or more, the treaty's age on the day;
* ATOP's record of the obligor in the alliance (:func:`atop_features`): integrated command, bases, military
  coordination, an organisation, asymmetric obligations;
* the obligor's situation in the war (:func:`state_features`): contiguity with and capital distance to the
  target or an enemy, major power, a strategic rival among the enemies, its share of capabilities.

A value the tables do not give is missing (None), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from . import reliability_data as tables

if TYPE_CHECKING:  # pragma: no cover
    from ..model.treaty import Clause, Treaty

__all__ = ["Situation", "Values", "values_of", "features_of_many", "design_row", "design_rows", "treaty_features",
           "atop_features", "state_features", "tables_read_as_of", "said_of", "COLUMNS", "GROUPS",
           "CONTIGUOUS_TYPES", "FEATURE_TEXT", "GRADES", "Part", "PART_COLUMNS", "design_rows_of",
           "state_features_many"]

#: COW contiguity types counted as contiguous: land, or water of 24 miles or less
CONTIGUOUS_TYPES = (1, 2, 3)
GRADES = ("automatic", "discretionary", "consult_first", "unspecified")  # automatic: the reference level

#: the model's columns, in order: (column, group, kind); a group is one feature (the grade has three columns)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("offense", "offense", "binary"),
    ("post_1945", "post_1945", "binary"),
    ("grade_discretionary", "grade", "level"),
    ("grade_consult_first", "grade", "level"),
    ("grade_unspecified", "grade", "level"),
    ("intcom", "intcom", "binary"),
    ("base", "base", "binary"),
    ("milcon", "milcon", "binary"),
    ("organ1", "organ1", "binary"),
    ("adversary_named", "adversary_named", "binary"),
    ("bilateral", "bilateral", "binary"),
    ("asymmetric", "asymmetric", "binary"),
    ("log_age", "log_age", "numeric"),
    ("contiguous", "contiguous", "binary"),
    ("log_capdist", "log_capdist", "numeric"),
    ("major_power", "major_power", "binary"),
    ("rival", "rival", "binary"),
    ("capability_share", "capability_share", "numeric"),
)
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(g for _, g, _ in COLUMNS))
#: a situation's features (:attr:`Values.x`), in the order the tables of fitted rows show them
FEATURE_ORDER = ("offense", "post_1945", "grade", "intcom", "base", "milcon", "organ1", "asymmetric",
                 "adversary_named", "bilateral", "age", "log_age", "conttype", "contiguous", "capdist", "log_capdist",
                 "major_power", "rival", "capability_share")

#: what each feature is, for the report and the documentation
FEATURE_TEXT: dict[str, str] = {
    "offense": "a duty to join an attack (offence), not to defend",
    "post_1945": "the war (the day asked about) is in 1945 or later",
    "grade": "the duty's response grade: automatic (reference), discretionary, consult first, unspecified",
    "intcom": "ATOP intcom = 1: an integrated command in peace and war",
    "base": "ATOP base > 0: troops stationed or placed jointly",
    "milcon": "ATOP milcon >= 2: military coordination in peacetime",
    "organ1": "ATOP organ1 > 0: the pact creates an organisation (regular meetings or more)",
    "adversary_named": "the duty is limited to a named adversary (or type of adversary)",
    "bilateral": "the treaty has two parties",
    "asymmetric": "ATOP asymm = 1: obligations differ among members",
    "log_age": "log(1 + the treaty's age in years on the day)",
    "contiguous": "the obligor borders the target or an enemy (COW contiguity: land or water <= 24 miles)",
    "log_capdist": "log(1 + km) from the obligor's capital to the nearest capital of the target or an enemy",
    "major_power": "the obligor is a COW major power",
    "rival": "the obligor is a strategic rival (Thompson & Dreyer) of a state its duty is against",
    "capability_share": "the obligor's CINC over its own and its enemies' CINC",
}


@dataclass(frozen=True)
class Situation:
    """One duty as the model sees it: ``clause`` of ``treaty`` binds ``obligor`` to defend (kind defense)
    or join (offense) ``beneficiary`` against ``enemies`` on ``day``."""

    treaty: Treaty
    clause: Clause
    obligor: int
    beneficiary: int
    enemies: tuple[int, ...]
    day: date

    @property
    def kind(self) -> str:
        return self.clause.kind


@dataclass
class Values:
    """A situation's features (None: missing), readings given in words (``said``), the years a closed table
    was read at, and the state a reading names (contiguous with, rival of); ``parts`` are the three parts it
    was made of (:class:`Part`: the treaty's, ATOP's, the obligor's situation), shared with the situations
    that share them."""

    x: dict[str, Any]
    said: dict[str, str] = field(default_factory=dict)
    as_of: dict[str, int] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)
    parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Part:
    """One part of a situation's features: the features (``x``) and the model's columns they give
    (``columns``: :data:`PART_COLUMNS` of the part, NaN where missing), computed once for the situations that
    share the part."""

    name: str  # treaty | atop | state (:data:`PART_COLUMNS`)
    x: dict[str, Any]
    columns: tuple[float, ...]


#: the model's columns each part gives, in the order :attr:`Part.columns` holds them
PART_COLUMNS: dict[str, tuple[str, ...]] = {
    "treaty": ("offense", "post_1945", "grade_discretionary", "grade_consult_first", "grade_unspecified",
               "adversary_named", "bilateral", "log_age"),
    "atop": ("intcom", "base", "milcon", "organ1", "asymmetric"),
    "state": ("contiguous", "log_capdist", "major_power", "rival", "capability_share"),
}


def _part(name: str, x: dict[str, Any]) -> Part:
    nan = math.nan
    if name == "treaty":
        grade = x["grade"]
        levels = [nan] * len(_LEVELS) if grade is None else [float(grade == lv) for lv in _LEVELS]
        cols = [float(x["offense"]), float(x["post_1945"]), *levels, float(x["adversary_named"]),
                float(x["bilateral"]), nan if x["log_age"] is None else x["log_age"]]
    else:
        cols = [nan if (v := x[c]) is None else float(v) for c in PART_COLUMNS[name]]
    return Part(name, x, tuple(cols))


def treaty_features(treaty: Treaty, clause: Clause, day: date) -> dict[str, Any]:
    """The features of the treaty and the clause on ``day``."""
    signed = treaty.signed.day
    age = (day - signed.earliest).days / 365.25 if signed is not None else None
    return {"offense": int(clause.kind == "offense"), "post_1945": int(day.year >= 1945), "grade": clause.response,
            "adversary_named": int(any(c.kind == "adversary" for c in clause.conditions)),
            "bilateral": int(len(treaty.parties) <= 2),
            "age": age, "log_age": math.log1p(max(age, 0.0)) if age is not None else None}


def _atop_of_fields(atop: Mapping[str, int | None]) -> dict[str, int | None]:
    intcom, base, milcon, organ1, asymm = (atop.get(f) for f in ("intcom", "base", "milcon", "organ1", "asymm"))
    return {"intcom": None if intcom is None else int(intcom == 1), "base": None if base is None else int(base > 0),
            "milcon": None if milcon is None else int(milcon >= 2),
            "organ1": None if organ1 is None else int(organ1 > 0),
            "asymmetric": None if asymm is None else int(asymm == 1)}


def atop_features(atopid: int | None, obligor: int, day: date) -> dict[str, int | None]:
    """ATOP 5.1's institutions of ``obligor`` in alliance ``atopid`` (all missing if ATOP does not record it)."""
    return dict(_atop_part(atopid, obligor, day).x)


#: ATOP's part of each member row read so far (the row's identity → the row and its part): the table's rows
#: live as long as the table, so this index holds at most one part per row of ATOP's member file
_ATOP_PARTS: dict[int, tuple[Mapping[str, int | None], Part]] = {}
_NO_ATOP: dict[str, int | None] = {}


def _atop_part(atopid: int | None, obligor: int, day: date) -> Part:
    row = (tables.atop_row(atopid, obligor, day) if atopid is not None else None) or _NO_ATOP
    hit = _ATOP_PARTS.get(id(row))
    if hit is None or hit[0] is not row:
        hit = _ATOP_PARTS[id(row)] = (row, _part("atop", _atop_of_fields(row)))
    return hit[1]


def state_features(obligor: int, beneficiary: int, enemies: tuple[int, ...],
                   day: date) -> tuple[dict[str, Any], dict[str, int]]:
    """The obligor's situation in the war: its features, and the states two of them name (the neighbour it
    is contiguous with, the rival among its enemies)."""
    return state_features_many([obligor], beneficiary, enemies, day)[0]


class _War:
    """What every obligor of one side of a war (a beneficiary, its enemies, a day) is measured against, read
    from the tables once: the tables' years, the capitals and the enemies' capabilities."""

    def __init__(self, beneficiary: int, enemies: tuple[int, ...], day: date) -> None:
        year = day.year
        self.day, self.enemies = day, enemies
        self.others = sorted({beneficiary} | set(enemies))
        self.y_cont = tables.covered_year("contiguity", year)
        self.y_cap = tables.covered_year("capitals", year)
        self.y_riv = tables.covered_year("rivalries", year)
        self.capitals = {c: tables.capital_at(c, self.y_cap) for c in self.others} if self.y_cap is not None else {}
        self.enemy_cinc = [tables.cinc(e, year) for e in enemies]

    def near(self, obligor: int) -> tuple[int | None, float | None, int | None]:
        """The closest contiguity type of ``obligor`` to the others, the nearest capital distance, and the
        state it is contiguous with (if any)."""
        others = [c for c in self.others if c != obligor]
        y = self.y_cont
        closest, neighbour, land = 0, None, False
        if y is not None:
            for c in others:
                t = tables.contiguity_in(obligor, c, y)
                if t > 0 and (closest == 0 or t < closest):
                    closest = t
                if neighbour is None and t in CONTIGUOUS_TYPES:
                    neighbour = c
                land = land or t == 1
        # a year before the table: every pair unknown (missing, not guessed); no others: nothing known
        conttype = closest if (y is not None and others) else None
        if y is None:
            neighbour = None
        capdist: float | None = None
        own = tables.capital_at(obligor, self.y_cap) if self.y_cap is not None else None
        for c in others:
            theirs = self.capitals.get(c)
            if own is None or theirs is None:
                return conttype, None, neighbour
            d = tables.sphere_distance(own, theirs)
            if capdist is None or d < capdist:
                capdist = d
        return conttype, capdist, neighbour

    def rival(self, obligor: int) -> tuple[int | None, int | None]:
        if self.y_riv is None or not self.enemies:
            return None, None
        for e in self.enemies:
            if tables.rivals(obligor, e, self.day.year):
                return 1, e
        return 0, None

    def share(self, obligor: int) -> float | None:
        own = tables.cinc(obligor, self.day.year)
        theirs = self.enemy_cinc
        if own is None or not theirs or any(t is None for t in theirs):
            return None
        total = own + sum(t for t in theirs if t is not None)
        return own / total if total > 0 else None

    def of(self, obligor: int) -> tuple[dict[str, Any], dict[str, int]]:
        conttype, capdist, neighbour = self.near(obligor)
        rival, rival_state = self.rival(obligor)
        major = tables.major_power(obligor, self.day)
        x = {"conttype": conttype, "contiguous": None if conttype is None else int(conttype in CONTIGUOUS_TYPES),
             "capdist": capdist, "log_capdist": math.log1p(capdist) if capdist is not None else None,
             "major_power": None if major is None else int(major), "rival": rival,
             "capability_share": self.share(obligor)}
        named = {k: v for k, v in (("contiguous", neighbour), ("rival", rival_state)) if v is not None}
        return x, named


def state_features_many(obligors: Sequence[int], beneficiary: int, enemies: tuple[int, ...],
                        day: date) -> list[tuple[dict[str, Any], dict[str, int]]]:
    """:func:`state_features` of each obligor of one side of a war, the war's side of the tables read once."""
    war = _War(beneficiary, enemies, day)
    return [war.of(o) for o in obligors]


def tables_read_as_of(day: date) -> dict[str, int]:
    """The tables that end before ``day``'s year → the last year they are read at."""
    out = {}
    for table in ("majors", "rivalries", "nmc", "contiguity", "capitals"):
        hi = tables.COVERAGE[table][1]
        if day.year > hi:
            out[table] = hi
    return out


def said_of(group: str, x: dict[str, Any], named: dict[str, int], name_of: Callable[[int], str]) -> str | None:
    """How the contiguity or rivalry of a duty reads ("contiguous with Finland", "rivalry unknown"); None for
    any other feature."""
    if group == "contiguous":
        value, yes, no, unknown = x.get("contiguous"), "contiguous with", "not contiguous", "contiguity unknown"
    elif group == "rival":
        value, yes, no, unknown = x.get("rival"), "rival of", "no rival among its enemies", "rivalry unknown"
    else:
        return None
    if value is None:
        return unknown
    if not value:
        return no
    return f"{yes} {name_of(named[group])}" if group in named else None


def values_of(sit: Situation, name_of: Callable[[int], str] = str) -> Values:
    """The features of ``sit`` (``name_of`` names states in the readings)."""
    return features_of_many([sit], name_of)[0]


def features_of_many(sits: list[Situation], name_of: Callable[[int], str] | None = str) -> list[Values]:
    """The features of each situation; each part computed once for the situations that share it (the
    obligors of one side of a war together).  With ``name_of`` None the readings that name a state are left
    to the caller (:func:`said_of`)."""
    by_treaty: dict[tuple, Part] = {}
    by_war: dict[tuple, _War] = {}
    by_state: dict[tuple, tuple[Part, dict[str, int]]] = {}
    by_day: dict[date, dict[str, int]] = {}
    out = []
    for s in sits:
        treaty_key = (id(s.treaty), id(s.clause), s.day)
        tp = by_treaty.get(treaty_key)
        if tp is None:
            tp = by_treaty[treaty_key] = _part("treaty", treaty_features(s.treaty, s.clause, s.day))
        ap = _atop_part(s.treaty.atopid, s.obligor, s.day)
        war_key = (s.beneficiary, s.enemies, s.day)
        state_key = (s.obligor, *war_key)
        sp = by_state.get(state_key)
        if sp is None:
            war = by_war.get(war_key)
            if war is None:
                war = by_war[war_key] = _War(*war_key)
            sx, named = war.of(s.obligor)
            sp = by_state[state_key] = (_part("state", sx), named)
        as_of = by_day.get(s.day)
        if as_of is None:
            as_of = by_day[s.day] = tables_read_as_of(s.day)
        v = Values({**tp.x, **ap.x, **sp[0].x}, as_of=as_of, named=sp[1], parts=(tp, ap, sp[0]))
        if name_of is not None:
            for group in ("contiguous", "rival"):
                said = said_of(group, v.x, v.named, name_of)
                if said is not None:
                    v.said[group] = said
        out.append(v)
    return out


_LEVELS = tuple(c.removeprefix("grade_") for c, g, _ in COLUMNS if g == "grade")
_AFTER_GRADE = tuple(c for c, g, _ in COLUMNS if g != "grade")[2:]
assert [c for c, _, _ in COLUMNS] == ["offense", "post_1945", *(f"grade_{lv}" for lv in _LEVELS), *_AFTER_GRADE]


def design_rows(xs: Sequence[dict[str, Any]]) -> list[list[float]]:
    """The model's columns (:data:`COLUMNS`) of each situation's features: the grade as one indicator per level
    but the reference (automatic), NaN where a value is missing."""
    nan = math.nan
    out = []
    for x in xs:
        grade = x.get("grade")
        levels = [nan] * len(_LEVELS) if grade is None else [float(grade == lv) for lv in _LEVELS]
        out.append([nan if (v := x.get("offense")) is None else v, nan if (v := x.get("post_1945")) is None else v,
                    *levels, *(nan if (v := x.get(c)) is None else v for c in _AFTER_GRADE)])
    return out


def _assembled(t: tuple, a: tuple, s: tuple) -> tuple:
    """A situation's design row (:data:`COLUMNS`) from its parts' columns (:data:`PART_COLUMNS`)."""
    return t[:5] + a[:4] + t[5:7] + a[4:] + t[7:] + s


assert list(_assembled(*(PART_COLUMNS[k] for k in ("treaty", "atop", "state")))) == [c for c, _, _ in COLUMNS]


def design_rows_of(many: Sequence[Values]) -> list[tuple[float, ...]]:
    """:func:`design_rows` of situations' features, from their parts (each part's columns computed once)."""
    return [_assembled(*(p.columns for p in v.parts)) if v.parts else tuple(design_rows([v.x])[0]) for v in many]


def design_row(x: dict[str, Any]) -> list[float | None]:
    """The model's columns (:data:`COLUMNS`) from a situation's features; None where missing."""
    return [None if v != v else float(v) for v in design_rows([x])[0]]
