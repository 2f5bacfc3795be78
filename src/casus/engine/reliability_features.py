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
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from . import reliability_data as tables

if TYPE_CHECKING:  # pragma: no cover
    from ..model.treaty import Clause, Treaty

__all__ = ["Situation", "Values", "values_of", "features_of_many", "design_row", "design_rows", "treaty_features",
           "atop_features", "state_features", "tables_read_as_of", "said_of", "COLUMNS", "GROUPS",
           "CONTIGUOUS_TYPES", "FEATURE_TEXT", "GRADES", "Part", "PART_COLUMNS", "PART_FEATURES", "PARTS",
           "state_features_many", "Batch", "batch_of", "batch_of_values", "design_matrix", "parts_of"]

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


class Situation(NamedTuple):
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


#: the features each part gives (:attr:`Part.x`): its columns' features and what their readings say
PART_FEATURES: dict[str, tuple[str, ...]] = {
    "treaty": ("offense", "post_1945", "grade", "adversary_named", "bilateral", "age", "log_age"),
    "atop": ("intcom", "base", "milcon", "organ1", "asymmetric"),
    "state": ("conttype", "contiguous", "capdist", "log_capdist", "major_power", "rival", "capability_share"),
}
PARTS = tuple(PART_FEATURES)


def _part(name: str, x: dict[str, Any]) -> Part:
    nan = math.nan
    if name == "treaty":
        grade = x.get("grade")
        levels = [nan] * len(_LEVELS) if grade is None else [float(grade == lv) for lv in _LEVELS]
        cols = [nan if (v := x.get(c)) is None else float(v) for c in ("offense", "post_1945")]
        cols += [*levels, *(nan if (v := x.get(c)) is None else float(v)
                            for c in ("adversary_named", "bilateral", "log_age"))]
    else:
        cols = [nan if (v := x.get(c)) is None else float(v) for c in PART_COLUMNS[name]]
    return Part(name, x, tuple(cols))


def parts_of(x: dict[str, Any]) -> tuple[Part, Part, Part]:
    """A situation's features (:attr:`Values.x`) split into its three parts (:data:`PARTS`)."""
    treaty, atop, state = (_part(name, {f: x.get(f) for f in PART_FEATURES[name]}) for name in PARTS)
    return treaty, atop, state


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
    return dict(_atop_part(atopid, obligor, tables.month_of(day)).x)


#: ATOP's part of each member row read so far (the row's identity → the row and its part): the table's rows
#: live as long as the table, so this index holds at most one part per row of ATOP's member file; rows that
#: give the same features share one part (:data:`_ATOP_BY_FEATURES`, at most one per combination of values)
_ATOP_PARTS: dict[int, tuple[Mapping[str, int | None], Part]] = {}
_ATOP_BY_FEATURES: dict[tuple, Part] = {}
_NO_ATOP: dict[str, int | None] = {}


def _atop_part(atopid: int | None, obligor: int, month: int) -> Part:
    """ATOP's part of ``obligor`` in ``atopid`` on a day given as :func:`reliability_data.month_of` it."""
    row = (tables.atop_row_in(atopid, obligor, month) if atopid is not None else None) or _NO_ATOP
    hit = _ATOP_PARTS.get(id(row))
    if hit is None or hit[0] is not row:
        x = _atop_of_fields(row)
        key = tuple(x.values())
        part = _ATOP_BY_FEATURES.get(key)
        if part is None:
            part = _ATOP_BY_FEATURES[key] = _part("atop", x)
        hit = _ATOP_PARTS[id(row)] = (row, part)
    return hit[1]


def state_features(obligor: int, beneficiary: int, enemies: tuple[int, ...],
                   day: date) -> tuple[dict[str, Any], dict[str, int]]:
    """The obligor's situation in the war: its features, and the states two of them name (the neighbour it
    is contiguous with, the rival among its enemies)."""
    return state_features_many([obligor], beneficiary, enemies, day)[0]


class _War:
    """What every obligor of one side of a war (a beneficiary, its enemies, a day) is measured against, read
    from the tables once: the tables' years, the capitals and the enemies' capabilities; each obligor's
    situation is then read for all of them at once (:meth:`features_of`)."""

    def __init__(self, beneficiary: int, enemies: tuple[int, ...], day: date) -> None:
        year = day.year
        self.day, self.enemies = day, enemies
        self.others = sorted({beneficiary} | set(enemies))
        y_cont = tables.covered_year("contiguity", year)
        #: each other state's contiguities in the year (None: a year before the table, every pair unknown)
        self.contiguous = None if y_cont is None else [tables.contiguous_to(c, y_cont) for c in self.others]
        self.y_cap = tables.covered_year("capitals", year)
        self.capitals = [tables.capital_at(c, self.y_cap) for c in self.others] if self.y_cap is not None else None
        self.rivals = [tables.rivals_of(e, year) or {} for e in enemies] if tables.covered_year("rivalries", year) \
            is not None and enemies else None
        self.majors = tables.majors_on(day)
        known = [c for e in enemies if (c := tables.cinc(e, year)) is not None]
        #: the enemies' capabilities summed, if every one is known (else no obligor's share is)
        self.enemies_cinc = sum(known) if enemies and len(known) == len(enemies) else None

    def near(self, obligor: int) -> tuple[int | None, float | None, int | None]:
        """The closest contiguity type of ``obligor`` to the others (0: none), the nearest capital distance, and
        the state it is contiguous with (if any); None where unknown (a year before a table, a capital not in
        it, no others)."""
        conttype = capdist = neighbour = None
        contiguous, capitals = self.contiguous, self.capitals or []
        own = tables.capital_at(obligor, self.y_cap) if self.y_cap is not None and capitals else None
        for k, c in enumerate(self.others):
            if c == obligor:
                continue
            if contiguous is not None:
                t = contiguous[k].get(obligor, 0)
                if conttype is None or (t > 0 and (conttype == 0 or t < conttype)):
                    conttype = t
                if neighbour is None and t in CONTIGUOUS_TYPES:
                    neighbour = c
            if own is not None:  # every distance known so far
                theirs = capitals[k]
                if theirs is None:  # an other's capital not in the table: the nearest is unknown
                    own = capdist = None
                else:
                    km = tables.sphere_distance(own, theirs)
                    if capdist is None or km < capdist:
                        capdist = km
        return conttype, capdist, neighbour

    def rival(self, obligor: int) -> tuple[int | None, int | None]:
        if self.rivals is None:
            return None, None
        for e, theirs in zip(self.enemies, self.rivals, strict=True):
            if theirs.get(obligor):
                return 1, e
        return 0, None

    def share(self, obligor: int) -> float | None:
        theirs = self.enemies_cinc
        own = tables.cinc(obligor, self.day.year) if theirs is not None else None
        if own is None or theirs is None:
            return None
        total = own + theirs
        return own / total if total > 0 else None

    def features_of(self, obligors: Sequence[int]) -> list[tuple[dict[str, Any], dict[str, int]]]:
        """Each obligor's situation: its features, and the states two of them name (the neighbour it is
        contiguous with, the rival among its enemies)."""
        majors = self.majors
        out = []
        for obligor in obligors:
            conttype, capdist, neighbour = self.near(obligor)
            rival, rival_state = self.rival(obligor)
            x = {"conttype": conttype, "contiguous": None if conttype is None else int(conttype in CONTIGUOUS_TYPES),
                 "capdist": capdist, "log_capdist": math.log1p(capdist) if capdist is not None else None,
                 "major_power": None if majors is None else int(obligor in majors), "rival": rival,
                 "capability_share": self.share(obligor)}
            named = {}
            if neighbour is not None:
                named["contiguous"] = neighbour
            if rival_state is not None:
                named["rival"] = rival_state
            out.append((x, named))
        return out


def state_features_many(obligors: Sequence[int], beneficiary: int, enemies: tuple[int, ...],
                        day: date) -> list[tuple[dict[str, Any], dict[str, int]]]:
    """:func:`state_features` of each obligor of one side of a war, the war's side of the tables read once."""
    return _War(beneficiary, enemies, day).features_of(obligors)


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


@dataclass
class Batch:
    """Situations' features as the distinct parts they are made of (:data:`PARTS`: ``treaty``, ``atop``, ``state``,
    each a list of :class:`Part`) and, per situation, the place of each of its parts in those lists (``rows``).
    Per state part: the states its readings name (``named``), its readings in words if any (``said``) and the
    tables read at a closed year on its day (``as_of``)."""

    treaty: list[Part] = field(default_factory=list)
    atop: list[Part] = field(default_factory=list)
    state: list[Part] = field(default_factory=list)
    rows: list[tuple[int, int, int]] = field(default_factory=list)
    named: list[dict[str, int]] = field(default_factory=list)
    said: list[dict[str, str]] = field(default_factory=list)
    as_of: list[dict[str, int]] = field(default_factory=list)

    def part(self, kind: int, row: tuple[int, int, int]) -> Part:
        """The part of kind ``kind`` (its place in :data:`PARTS`) of the situation in ``row``."""
        return (self.treaty, self.atop, self.state)[kind][row[kind]]

    def add_state(self, part: Part, named: dict[str, int], said: dict[str, str], as_of: dict[str, int]) -> int:
        self.state.append(part)
        self.named.append(named)
        self.said.append(said)
        self.as_of.append(as_of)
        return len(self.state) - 1


def batch_of(sits: Sequence[Situation], name_of: Callable[[int], str] | None = None) -> Batch:
    """The features of each situation as a :class:`Batch`: each part computed once for the situations that share
    it (the obligors of one side of a war together).  With ``name_of`` the readings that name a state are
    written (:attr:`Batch.said`); without, they are left to the caller (:func:`said_of`)."""
    b = Batch()
    treaty_at: dict[tuple, int] = {}
    atop_at: dict[int, int] = {}
    days: dict[date, tuple[int, dict[str, int]]] = {}  # day → its month (ATOP's rows) and its tables' years
    wars: dict[tuple, dict[int, int]] = {}  # a side of a war → its obligors → their state part's place
    rows: list[tuple[int, int, tuple, int]] = []
    for treaty, clause, obligor, beneficiary, enemies, day in sits:
        treaty_key = (id(treaty), id(clause), day)
        ti = treaty_at.get(treaty_key)
        if ti is None:
            ti = treaty_at[treaty_key] = len(b.treaty)
            b.treaty.append(_part("treaty", treaty_features(treaty, clause, day)))
        of_day = days.get(day)
        if of_day is None:
            of_day = days[day] = (tables.month_of(day), tables_read_as_of(day))
        ap = _atop_part(treaty.atopid, obligor, of_day[0])
        ai = atop_at.get(id(ap))
        if ai is None:
            ai = atop_at[id(ap)] = len(b.atop)
            b.atop.append(ap)
        war_key = (beneficiary, enemies, day)
        wars.setdefault(war_key, {}).setdefault(obligor, -1)
        rows.append((ti, ai, war_key, obligor))
    for war_key, obligors in wars.items():  # each side of a war read once, for all its obligors together
        as_of = days[war_key[2]][1]
        for obligor, (sx, named) in zip(obligors, _War(*war_key).features_of(list(obligors)), strict=True):
            said = {g: w for g in ("contiguous", "rival")
                    if (w := said_of(g, sx, named, name_of)) is not None} if name_of is not None else {}
            obligors[obligor] = b.add_state(_part("state", sx), named, said, as_of)
    b.rows = [(ti, ai, wars[war_key][obligor]) for ti, ai, war_key, obligor in rows]
    return b


def batch_of_values(many: Sequence[Values]) -> Batch:
    """Situations' features given as :class:`Values` as a :class:`Batch` (the parts they share, by identity,
    kept once; the features of a :class:`Values` made without its parts split into parts)."""
    b = Batch()
    at: tuple[dict[int, int], dict[int, int], dict[int, int]] = ({}, {}, {})
    for v in many:
        treaty, atop, state = v.parts or parts_of(v.x)
        for parts, place, part in ((b.treaty, at[0], treaty), (b.atop, at[1], atop)):
            if id(part) not in place:
                place[id(part)] = len(parts)
                parts.append(part)
        si = at[2].get(id(state))
        if si is None:
            si = at[2][id(state)] = b.add_state(state, v.named, v.said, v.as_of)
        b.rows.append((at[0][id(treaty)], at[1][id(atop)], si))
    return b


def features_of_many(sits: list[Situation], name_of: Callable[[int], str] | None = str) -> list[Values]:
    """The features of each situation (:func:`batch_of`, each part computed once for the situations that
    share it), one :class:`Values` per situation."""
    b = batch_of(sits, name_of)
    out = []
    for ti, ai, si in b.rows:
        tp, ap, sp = b.treaty[ti], b.atop[ai], b.state[si]
        out.append(Values({**tp.x, **ap.x, **sp.x}, said=dict(b.said[si]), as_of=b.as_of[si], named=b.named[si],
                          parts=(tp, ap, sp)))
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


#: where each of the model's columns (:data:`COLUMNS`) stands among the parts' columns laid side by side
_ORDER = np.array([[c for name in PARTS for c in PART_COLUMNS[name]].index(c) for c, _, _ in COLUMNS])


def design_matrix(b: Batch, which: Sequence[int] | None = None) -> np.ndarray:
    """The model's columns (:data:`COLUMNS`, NaN where missing) of the situations of ``b`` (those at ``which``
    only, if given): each situation's parts' columns side by side, put in the model's order."""
    treaty, atop, state = ([p.columns for p in parts] for parts in (b.treaty, b.atop, b.state))
    rows = b.rows if which is None else [b.rows[i] for i in which]
    side_by_side = np.array([treaty[t] + atop[a] + state[s] for t, a, s in rows], dtype=float)
    return side_by_side.reshape(len(rows), len(COLUMNS))[:, _ORDER]


def design_row(x: dict[str, Any]) -> list[float | None]:
    """The model's columns (:data:`COLUMNS`) from a situation's features; None where missing."""
    return [None if v != v else float(v) for v in design_rows([x])[0]]
