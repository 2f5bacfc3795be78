"""Will the ally come?  The reliability model applied to one duty to defend or to join (numpy only).

The model is a regularised logistic regression fitted offline on every commitment to defend or to join
that the backtest decided (:mod:`casus.analysis.reliability`, ``casus reliability``); its coefficients,
their bootstrap draws and the rows it was fitted on ship in ``casus/data/reliability/model.json``.
This module computes a duty's features from the corpus and the bundled tables
(:mod:`casus.engine.reliability_data`) exactly as the fitting did, and applies the shipped model:

* ``p``: the probability that the obligor honours the duty (fights on its partner's side), from the fit
  on every war; ``low``–``high``: the 2.5th and 97.5th percentiles over the bootstrap draws (wars
  resampled);
* ``drivers``: the two or three features that move ``p`` most away from an average commitment of the
  data (their log-odds effect, the coefficient times the standardised value);
* ``unsupported`` instead, with the reason, where the data give the model too little to stand on: a
  feature value fewer than :data:`MIN_SUPPORT` commitments had, a number outside the range the data
  cover, an era and kind with too few commitments, a duty that is not in a treaty in law, a conflicted
  duty, a day before the tables begin;
* ``notes``: what the answer assumes — a feature the data do not give for this duty (ATOP's institutions of
  a treaty ATOP does not record) is averaged over the commitments of the data, and a table closed
  before the day is read at its last year (:data:`casus.engine.reliability_data.COVERAGE`).
"""

from __future__ import annotations

import json
import math
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from ..model.actors import is_actor
from . import reliability_data as tables

if TYPE_CHECKING:  # pragma: no cover
    from ..model.findings import Finding, Scenario
    from ..model.treaty import Clause, Treaty

__all__ = ["Situation", "Values", "values_of", "design_row", "COLUMNS", "GROUPS", "GRADES", "MIN_SUPPORT",
           "load_model", "predict", "honour_of", "situation_of", "MODEL_SCHEMA", "CONTIGUOUS_TYPES", "Model",
           "point_probability", "standardised", "model_from", "EXTRAPOLATE", "FEATURE_TEXT"]

MODEL_SCHEMA = "casus.reliability/1"
#: a feature value (or an era and kind) fewer commitments of the data had is not enough to answer from
MIN_SUPPORT = 5
#: COW contiguity types counted as contiguous: land, or water of 24 miles or less
CONTIGUOUS_TYPES = (1, 2, 3)
#: how far (in standard deviations of the data) beyond the data's range a number is still answered for, said so
EXTRAPOLATE = 0.25
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
    """A situation's features (None: missing), how each reads, and the years a closed table was read at."""

    x: dict[str, Any]
    said: dict[str, str] = field(default_factory=dict)
    as_of: dict[str, int] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)  # the state a reading names (contiguous with, rival of)


def _near(sit: Situation, name_of) -> tuple[int | None, str, float | None, int | None]:
    """The closest contiguity type, how it reads, the nearest capital distance of the obligor to the target or an
    enemy, and the state it is contiguous with (if any)."""
    others = sorted(({sit.beneficiary} | set(sit.enemies)) - {sit.obligor})
    year = sit.day.year
    types = {c: tables.contiguity(sit.obligor, c, year) for c in others}
    known = {c: t for c, t in types.items() if t is not None}
    conttype, said, neighbour = None, "contiguity unknown", None
    if known:
        near = [c for c, t in known.items() if t in CONTIGUOUS_TYPES]
        conttype = min((t for t in known.values() if t > 0), default=0)
        said = f"contiguous with {name_of(near[0])}" if near else "not contiguous"
        neighbour = near[0] if near else None
    if len(known) < len(others) and not any(t == 1 for t in known.values()):
        # a missing pair might be the closer: missing, not guessed
        conttype, said, neighbour = None, "contiguity unknown", None
    dists = [tables.capital_distance(sit.obligor, c, year) for c in others]
    capdist = min(d for d in dists if d is not None) if dists and None not in dists else None
    return conttype, said, capdist, neighbour


def _atop(sit: Situation) -> dict[str, int | None]:
    fields = tables.atop_fields(sit.treaty.atopid, sit.obligor, sit.day) if sit.treaty.atopid is not None else None
    return fields or {}


def _flag(value: int | None, test) -> int | None:
    return None if value is None else int(test(value))


def values_of(sit: Situation, name_of=str) -> Values:
    """The features of ``sit`` (``name_of`` names states in the readings)."""
    d, o = sit.day, sit.obligor
    v = Values({})
    x = v.x
    x["offense"] = int(sit.kind == "offense")
    x["post_1945"] = int(d.year >= 1945)
    x["grade"] = sit.clause.response
    atop = _atop(sit)
    x["intcom"] = _flag(atop.get("intcom"), lambda a: a == 1)
    x["base"] = _flag(atop.get("base"), lambda a: a > 0)
    x["milcon"] = _flag(atop.get("milcon"), lambda a: a >= 2)
    x["organ1"] = _flag(atop.get("organ1"), lambda a: a > 0)
    x["asymmetric"] = _flag(atop.get("asymm"), lambda a: a == 1)
    x["adversary_named"] = int(any(c.kind == "adversary" for c in sit.clause.conditions))
    x["bilateral"] = int(len(sit.treaty.parties) <= 2)
    signed = sit.treaty.signed.day
    age = (d - signed.earliest).days / 365.25 if signed is not None else None
    x["age"] = age
    x["log_age"] = math.log1p(max(age, 0.0)) if age is not None else None
    conttype, v.said["contiguous"], capdist, neighbour = _near(sit, name_of)
    if neighbour is not None:
        v.named["contiguous"] = neighbour
    x["conttype"] = conttype
    x["contiguous"] = None if conttype is None else int(conttype in CONTIGUOUS_TYPES)
    x["capdist"] = capdist
    x["log_capdist"] = math.log1p(capdist) if capdist is not None else None
    x["major_power"] = _flag(tables.major_power(o, d), bool)
    x["rival"], v.said["rival"], rival = _rival(sit, name_of)
    if rival is not None:
        v.named["rival"] = rival
    x["capability_share"] = _share(sit)
    for table in ("majors", "rivalries", "nmc", "contiguity", "capitals"):
        lo, hi, _ = tables.COVERAGE[table]
        if d.year > hi:
            v.as_of[table] = hi
    return v


def _rival(sit: Situation, name_of) -> tuple[int | None, str, int | None]:
    names = [(e, tables.rivals(sit.obligor, e, sit.day.year)) for e in sit.enemies]
    if any(n is None for _, n in names) or not names:
        return None, "rivalry unknown", None
    hits = [e for e, n in names if n]
    return (1, f"rival of {name_of(hits[0])}", hits[0]) if hits else (0, "no rival among its enemies", None)


def _share(sit: Situation) -> float | None:
    year = sit.day.year
    own = tables.cinc(sit.obligor, year)
    theirs = [tables.cinc(e, year) for e in sit.enemies]
    if own is None or not theirs or any(t is None for t in theirs):
        return None
    total = own + sum(t for t in theirs if t is not None)
    return own / total if total > 0 else None


def design_row(x: dict[str, Any]) -> list[float | None]:
    """The model's columns (:data:`COLUMNS`) from a situation's features; None where missing."""
    out: list[float | None] = []
    for col, group, _ in COLUMNS:
        if group == "grade":
            grade = x.get("grade")
            out.append(None if grade is None else float(grade == col.removeprefix("grade_")))
        else:
            value = x.get(col)
            out.append(None if value is None else float(value))
    return out


# -- the shipped model ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Model:
    """The shipped fit (``casus/data/reliability/model.json``)."""

    doc: dict
    mean: np.ndarray
    sd: np.ndarray
    intercept: float
    coef: np.ndarray
    draws: np.ndarray  # (B, 1 + k): bootstrap intercepts and coefficients
    background: np.ndarray  # (n, k): the fitted rows, standardised (NaN: missing)
    margins: dict = field(default_factory=dict, compare=False, repr=False)  # missing columns → (values, weights)
    draw_margins: dict = field(default_factory=dict, compare=False, repr=False)  # missing columns → (B, m) log-odds

    @property
    def draws32(self) -> np.ndarray:
        hit = self.margins.get("draws32")
        if hit is None:
            hit = self.margins["draws32"] = np.ascontiguousarray(self.draws, dtype=np.float32)
        return hit

    @property
    def support(self) -> dict:
        return self.doc["support"]

    def margin(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The distinct values the fitted rows give the ``miss`` columns (standardised; rows that lack one left
        out) and each one's share of those rows: averaging over them is averaging over the rows."""
        key = tuple(np.flatnonzero(miss).tolist())
        hit = self.margins.get(key)
        if hit is None:
            bg = self.background[:, miss]
            bg = bg[~np.isnan(bg).any(axis=1)]
            values, counts = np.unique(bg, axis=0, return_counts=True)
            hit = self.margins[key] = (values, counts / counts.sum())
        return hit


def model_from(doc: dict) -> Model:
    """A :class:`Model` from a model document (the shipped file, or a fit of the cross-validation)."""
    mean = np.array([c["mean"] for c in doc["columns"]], float)
    sd = np.array([c["sd"] for c in doc["columns"]], float)
    raw = np.array([[np.nan if v is None else v for v in r] for r in doc["rows"]], float)
    draws = np.array(doc.get("draws") or [[doc["intercept"], *doc["coef"]]], float)
    return Model(doc, mean, sd, float(doc["intercept"]), np.array(doc["coef"], float), draws, (raw - mean) / sd)


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None if none is shipped."""
    path = resources.files("casus").joinpath("data", "reliability", "model.json")
    if not path.is_file():
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("schema") != MODEL_SCHEMA or [c["name"] for c in doc["columns"]] != [c for c, _, _ in COLUMNS]:
        return None  # made for other columns: not applied
    return model_from(doc)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _sigmoid_inplace(a: np.ndarray) -> np.ndarray:
    """The logistic function of a fresh array, computed in its own memory (no temporaries)."""
    np.negative(a, out=a)
    np.exp(a, out=a)
    a += 1.0
    return np.reciprocal(a, out=a)


def standardised(model: Model, row: list[float | None]) -> tuple[np.ndarray, np.ndarray]:
    """A design row standardised as the model was fitted, and which of its columns are missing."""
    xr = np.array([np.nan if v is None else v for v in row], float)
    z = (xr - model.mean) / model.sd
    return z, np.isnan(z)


def _probabilities(model: Model, z: np.ndarray, miss: np.ndarray, b0, b: np.ndarray):
    """The probability under intercept ``b0`` and coefficients ``b``; missing columns averaged over the
    fitted rows (:meth:`Model.margin`)."""
    if not miss.any():
        return _sigmoid(b0 + b @ z)
    seen = ~miss
    values, weights = model.margin(miss)
    return _sigmoid(b0 + b[seen] @ z[seen] + values @ b[miss]) @ weights


def _draw_probabilities(model: Model, z: np.ndarray, miss: np.ndarray) -> np.ndarray:
    """The probability under each bootstrap draw, as :func:`_probabilities` (in single precision: an
    interval rounded to three decimals needs no more, and it is three times faster)."""
    d = model.draws32
    if not miss.any():
        return _sigmoid_inplace(d[:, 0] + d[:, 1:] @ z.astype(np.float32))
    key = tuple(np.flatnonzero(miss).tolist())
    hit = model.draw_margins.get(key)
    if hit is None:  # each draw's log-odds from the missing columns, per distinct value: the same every time
        values, weights = model.margin(miss)
        hit = model.draw_margins[key] = ((d[:, 1:][:, miss] @ values.T.astype(np.float32)).astype(np.float32),
                                         weights.astype(np.float32))
    part, weights = hit
    eta = part + (d[:, 0] + d[:, 1:] @ np.where(miss, 0.0, z).astype(np.float32))[:, None]
    return _sigmoid_inplace(eta) @ weights


def point_probability(model: Model, row: list[float | None]) -> float:
    """The fitted probability of a design row; a missing column averaged over the fitted rows that have it
    (the mean of the probabilities, each fitted row's values standing in for the missing ones)."""
    z, miss = standardised(model, row)
    return float(_probabilities(model, z, miss, model.intercept, model.coef))


def _interval(ps: np.ndarray) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles (linear interpolation, as ``numpy.quantile``)."""
    s = np.sort(ps)
    out = []
    for q in (0.025, 0.975):
        pos = q * (len(s) - 1)
        lo = int(pos)
        hi = min(lo + 1, len(s) - 1)
        out.append(float(s[lo] + (pos - lo) * (s[hi] - s[lo])))
    return out[0], out[1]


def _span(seen: dict) -> tuple[float, float]:
    """The range a numeric feature is answered for: the data's, widened by :data:`EXTRAPOLATE` of its
    standard deviation on either side."""
    pad = EXTRAPOLATE * seen["sd"]
    return seen["min"] - pad, seen["max"] + pad


_UNLOG = {"log_age": ("the treaty's age", "years"), "log_capdist": ("the capital distance", "km")}


def _said_range(group: str, value: float, seen: dict) -> tuple[str, str]:
    """A number and the data's range as a reader reads them (years and km, not their logarithms)."""
    if group in _UNLOG:
        what, unit = _UNLOG[group]
        return (f"{what}, {math.expm1(value):,.0f} {unit},",
                f"{math.expm1(seen['min']):,.0f} to {math.expm1(seen['max']):,.0f} {unit}")
    return f"{group} = {value:.3g}", f"{seen['min']:.3g} to {seen['max']:.3g}"


def _extrapolated(model: Model, x: dict[str, Any]) -> list[str]:
    out = []
    for group, seen in model.support["groups"].items():
        value = x.get(group)
        if "min" in seen and value is not None and not seen["min"] <= value <= seen["max"]:
            what, span = _said_range(group, value, seen)
            out.append(f"{what} lies beyond the data's range ({span}): extrapolated by at most {EXTRAPOLATE} "
                       f"standard deviation ({group})")
    return out


def _unsupported(model: Model, x: dict[str, Any], row: list[float | None]) -> str | None:
    sup = model.support
    era = "from 1945" if x["post_1945"] else "before 1945"
    kind = "join" if x["offense"] else "defend"
    cell = sup["cells"].get(f"{x['offense']}{x['post_1945']}", 0)
    if cell < MIN_SUPPORT:
        return f"only {cell} decided commitments to {kind} {era} in the data (fewer than {MIN_SUPPORT})"
    for group in GROUPS:
        value = x.get(group)
        if value is None or group in ("offense", "post_1945"):
            continue
        seen = sup["groups"][group]
        if "min" in seen:
            lo, hi = _span(seen)
            if not lo <= value <= hi:
                what, span = _said_range(group, value, seen)
                return (f"{what} lies outside the range the data cover ({span}, give or take {EXTRAPOLATE} "
                        f"standard deviation of {group})")
        elif seen.get(str(value), 0) < MIN_SUPPORT:
            return (f"{group} = {value}: {seen.get(str(value), 0)} decided commitments in the data had it "
                    f"(fewer than {MIN_SUPPORT})")
    return None


def _reading(group: str, x: dict[str, Any], said: dict[str, str]) -> str:
    value = x.get(group)
    if group in said:
        return said[group]
    if group == "grade":
        return str(value).replace("_", " ")
    if group == "log_age":
        return f"pact {x['age']:.0f} years old"
    if group == "log_capdist":
        return f"capital {x['capdist']:,.0f} km from the war"
    if group == "capability_share":
        return f"{value:.0%} of its and its enemies' capabilities"
    yes = {"offense": "duty to join", "post_1945": "after 1945", "intcom": "integrated command",
           "base": "troops stationed", "milcon": "peacetime military coordination", "organ1": "an organisation",
           "adversary_named": "names the adversary", "bilateral": "bilateral", "asymmetric": "asymmetric",
           "major_power": "major power"}
    no = {"offense": "duty to defend", "post_1945": "before 1945", "intcom": "no integrated command",
          "base": "no troops stationed", "milcon": "no peacetime military coordination",
          "organ1": "no organisation", "adversary_named": "no named adversary", "bilateral": "multilateral",
          "asymmetric": "symmetric", "major_power": "not a major power"}
    return (yes if value else no).get(group, f"{group} = {value}")


def predict(model: Model, values: Values) -> dict:
    """``{p, low, high, drivers, notes}`` or ``{unsupported, notes}`` for a situation's features."""
    x = values.x
    row = design_row(x)
    notes = []
    if values.as_of:
        notes.append("tables that end before the day, read at their last year: "
                     + ", ".join(f"{tables.COVERAGE[t][2]} ({y})" for t, y in values.as_of.items()))
    reason = _unsupported(model, x, row)
    if reason is not None:
        return {"p": None, "low": None, "high": None, "drivers": [], "unsupported": reason, "notes": notes}
    z, miss = standardised(model, row)
    p = float(_probabilities(model, z, miss, model.intercept, model.coef))
    low, high = _interval(_draw_probabilities(model, z, miss))
    if miss.any():
        gone = sorted({g for (_, g, _), m in zip(COLUMNS, miss.tolist(), strict=True) if m})
        notes.append("not known for this duty, so averaged over the commitments of the data: " + ", ".join(gone))
    notes += _extrapolated(model, x)
    effects: dict[str, float] = {}
    for (_, group, _), e, m in zip(COLUMNS, (model.coef * z).tolist(), miss.tolist(), strict=True):
        if not m:
            effects[group] = effects.get(group, 0.0) + e
    top = sorted(effects.items(), key=lambda kv: -abs(kv[1]))[:3]
    drivers = [{"feature": g, "value": _json_value(x.get(g)), "says": _reading(g, x, values.said),
                "effect": round(e, 2), **({"state": values.named[g]} if g in values.named else {})}
               for g, e in top if abs(e) >= 0.05]
    return {"p": round(p, 3), "low": round(low, 3), "high": round(high, 3), "drivers": drivers,
            "unsupported": None, "notes": notes}


def _json_value(v):
    if isinstance(v, float):
        return round(v, 3)
    return v


# -- a finding's honour ----------------------------------------------------------------------------

def situation_of(corpus, scenario: Scenario, f: Finding) -> Situation | str:
    """The situation of a defend/join finding, or why the model does not speak to it."""
    t = corpus.treaties.get(f.treaty.id)
    clause = t.clause_by_id.get(f.clause) if t is not None else None
    if t is None or clause is None or clause.kind not in ("defense", "offense"):
        return "not a duty to defend or to join in the corpus"
    if t.legal_status != "treaty":
        return (f"not a treaty in law ({t.legal_status}): the model was fitted on treaties' commitments only")
    if f.status == "conflicted":
        return "a conflicted duty: the model says how likely an ally honours a duty, not which of two it picks"
    if scenario.date < date(tables.COVERAGE["majors"][0], 1, 1):
        return "a day before 1816, where the tables the model reads begin"
    enemies = f.adversaries or (scenario.attackers if f.duty == "defend" else scenario.targets)
    states = tuple(sorted(e for e in enemies if not is_actor(e)))  # a group beside a state: the war is the state's
    if not states:
        return "an attack by an attacker that is not a state: the model was fitted on wars between states"
    return Situation(t, clause, f.obligor, f.beneficiary, states, scenario.date)


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: how many answers the memo keeps per corpus, least recently used dropped first: about 5 kB each, so
#: a long-running server holds at most ~10 MB of them however many distinct questions it is asked
MEMO_ENTRIES = 2_048


def honour_of(corpus, scenario: Scenario, f: Finding) -> dict | None:
    """The ``honour`` of a defend/join finding (None for any other duty); computed once per corpus and
    question."""
    if f.duty not in ("defend", "join"):
        return None
    memo = _CACHE.get(corpus)
    if memo is None:
        memo = _CACHE[corpus] = OrderedDict()
    key = (f.key, f.status, f.adversaries, scenario.date, scenario.attackers, scenario.targets)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _honour(corpus, scenario, f)
        while len(memo) > MEMO_ENTRIES:
            memo.popitem(last=False)
    else:
        memo.move_to_end(key)
    return {**hit, "drivers": [dict(d) for d in hit["drivers"]], "notes": list(hit["notes"])}


def _honour(corpus, scenario: Scenario, f: Finding) -> dict:
    model = load_model()
    if model is None:
        return {"p": None, "low": None, "high": None, "drivers": [], "notes": [],
                "unsupported": "no reliability model is shipped with this installation"}
    sit = situation_of(corpus, scenario, f)
    if isinstance(sit, str):
        return {"p": None, "low": None, "high": None, "drivers": [], "unsupported": sit, "notes": []}
    return predict(model, values_of(sit, lambda c: corpus.state_label(c, "en", scenario.date)))
