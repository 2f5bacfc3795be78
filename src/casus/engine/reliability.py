"""Will the ally come?  The reliability model applied to duties to defend or to join (numpy only).

The model is a regularised logistic regression fitted offline on every commitment to defend or to join
that the backtest decided (:mod:`casus.analysis.reliability`, ``casus reliability``); its coefficients,
their bootstrap draws and the rows it was fitted on ship in ``casus/data/reliability/model.json``.
The features of a duty come from :mod:`casus.engine.reliability_features`, computed exactly as the fitting
did; this module applies the shipped model to them:

* ``p``: the probability that the obligor honours the duty (fights on its partner's side), from the fit
  on every war; ``low``–``high``: the 2.5th and 97.5th percentiles over the bootstrap draws (wars
  resampled);
* ``drivers``: the two or three features that move ``p`` most away from an average commitment of the
  data (their log-odds effect, the coefficient times the standardised value);
* ``unsupported`` instead, with the reason, where the data give the model too little to stand on
  (:mod:`casus.engine.reliability_support`): a feature value fewer than :data:`MIN_SUPPORT` commitments
  had, a number outside the range the data cover, an era and kind with too few commitments, a duty that is
  not in a treaty in law, a conflicted duty, a day before the tables begin;
* ``notes``: what the answer assumes — a feature the data do not give for this duty (ATOP's institutions of
  a treaty ATOP does not record) is averaged over the commitments of the data, and a table closed
  before the day is read at its last year (:data:`casus.engine.reliability_data.COVERAGE`).

Every rule is written for many duties at once (:func:`predict_batch`, :func:`honours_of`: an answer's duties are
a :class:`casus.engine.reliability_features.Batch` of the distinct parts of their features, one design matrix, and
one matrix product for the fit and its bootstrap); one duty is a batch of one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..model.actors import is_actor
from . import reliability_data as tables
from .reliability_features import (
    COLUMNS,
    CONTIGUOUS_TYPES,
    FEATURE_TEXT,
    GRADES,
    GROUPS,
    PART_COLUMNS,
    PARTS,
    Batch,
    Situation,
    Values,
    batch_of,
    batch_of_values,
    design_matrix,
    design_row,
    said_of,
    values_of,
)
from .reliability_model import MODEL_SCHEMA, Model, exp_neg, load_model, model_from
from .reliability_support import EXTRAPOLATE, MIN_SUPPORT, said_range, unsupported, unsupported_of_batch

if TYPE_CHECKING:  # pragma: no cover
    from ..model.findings import Finding, Scenario

__all__ = ["Situation", "Values", "values_of", "design_row", "COLUMNS", "GROUPS", "GRADES", "MIN_SUPPORT",
           "load_model", "predict", "predict_many", "predict_batch", "honour_of", "honours_of", "situation_of",
           "MODEL_SCHEMA",
           "CONTIGUOUS_TYPES", "Model", "point_probability", "standardised", "model_from", "EXTRAPOLATE",
           "FEATURE_TEXT", "unsupported", "situations_of"]

#: the interval's percentiles over the bootstrap draws
INTERVAL = (0.025, 0.975)


def _matrix(rows: Sequence[Sequence[float | None]]) -> np.ndarray:
    """Design rows as a float matrix, NaN where a value is missing."""
    nan = math.nan
    return np.array([[nan if v is None else v for v in r] for r in rows], dtype=float).reshape(len(rows), len(COLUMNS))


def standardised(model: Model, row: list[float | None]) -> tuple[np.ndarray, np.ndarray]:
    """A design row standardised as the model was fitted, and which of its columns are missing."""
    z = (_matrix([row])[0] - model.mean) / model.sd
    return z, np.isnan(z)


#: a column's bit in the code of a pattern of missing columns
_BITS = 1 << np.arange(len(COLUMNS), dtype=np.int64)


def _pattern_codes(miss: np.ndarray) -> list[int]:
    """Each row's pattern of missing columns as a number (the bits of the missing columns)."""
    return (miss @ _BITS).tolist()


def _patterns(codes: list[int]) -> dict[tuple[bool, ...], list[int]]:
    """The rows of each pattern of missing columns (which columns are missing → the rows' indices), given the
    rows' :func:`_pattern_codes`."""
    rows: dict[int, list[int]] = {}
    for i, code in enumerate(codes):
        rows.setdefault(code, []).append(i)
    return {tuple(bool(code >> k & 1) for k in range(len(COLUMNS))): r for code, r in rows.items()}


def _logistic_of_exp(exp_neg: np.ndarray) -> np.ndarray:
    """``1 / (1 + exp(-eta))`` given ``exp(-eta)`` (a fresh array, computed in its own memory)."""
    exp_neg += 1.0
    return np.reciprocal(exp_neg, out=exp_neg)


def _probabilities_many(model: Model, z: np.ndarray, miss: np.ndarray, which: str,
                        codes: list[int] | None = None) -> np.ndarray:
    """Each row's probability under each of :meth:`Model.coefficients` ``which`` (rows × fits).  A missing
    column is averaged over the fitted rows (:meth:`Model.margin`): the mean of the probabilities, each fitted
    row's values standing in for the missing ones.  ``codes``: the rows' :func:`_pattern_codes`, if known."""
    intercepts, coefs = model.coefficients(which)
    eta = np.where(miss, 0.0, z).astype(coefs.dtype) @ coefs  # the known columns' log-odds
    eta += intercepts
    e = exp_neg(eta)
    patterns = _patterns(_pattern_codes(miss) if codes is None else codes)
    if len(patterns) == 1:  # one pattern for every row: no rows to pick
        return _averaged(model, e, next(iter(patterns)), which)
    out = np.empty_like(e)
    for key, rows in patterns.items():
        out[rows] = _averaged(model, e[rows], key, which)
    return out


def _averaged(model: Model, e: np.ndarray, miss: tuple[bool, ...], which: str) -> np.ndarray:
    """The probabilities of rows missing the ``miss`` columns, given ``exp(-eta)`` of their known columns
    (consumed): averaged over the values the fitted rows give the missing columns."""
    if not any(miss):
        return _logistic_of_exp(e)
    part, weights = model.missing_part(miss, which)
    return _logistic_of_exp(e[:, :, None] * part) @ weights


def point_probability(model: Model, row: list[float | None]) -> float:
    """The fitted probability of a design row; a missing column averaged over the fitted rows that have it
    (the mean of the probabilities, each fitted row's values standing in for the missing ones)."""
    z, miss = standardised(model, row)
    return float(_probabilities_many(model, z[None, :], miss[None, :], "fit")[0, 0])


def _intervals(drawn: np.ndarray) -> np.ndarray:
    """The :data:`INTERVAL` percentiles of each row (linear interpolation, as ``numpy.quantile``): rows × 2.
    (A sort of a few hundred draws per row is faster than a partition at four order statistics.)"""
    lo, hi, frac = _interpolation(drawn.shape[1])
    ordered = np.sort(drawn, axis=1)
    low = ordered[:, lo]
    return low + frac * (ordered[:, hi] - low)


@lru_cache(maxsize=4)
def _interpolation(b: int) -> tuple[list[int], list[int], np.ndarray]:
    """For ``b`` draws: the order statistics each :data:`INTERVAL` percentile lies between, and how far."""
    pos = [q * (b - 1) for q in INTERVAL]
    lo = [int(x) for x in pos]
    return lo, [min(k + 1, b - 1) for k in lo], np.array([x - k for x, k in zip(pos, lo, strict=True)],
                                                         dtype=np.float32)


def _reading(group: str, x: dict[str, Any], said: dict[str, str], named: dict[str, int],
             name_of: Callable[[int], str]) -> str:
    """How the feature ``group`` of a part's features ``x`` reads."""
    value = x.get(group)
    if group in said:
        return said[group]
    words = said_of(group, x, named, name_of)
    if words is not None:
        return words
    if group == "grade":
        return str(value).replace("_", " ")
    if group == "log_age":
        return f"pact {x['age']:.0f} years old"
    if group == "log_capdist":
        return f"capital {x['capdist']:,.0f} km from the war"
    if group == "capability_share":
        return f"{value:.0%} of its and its enemies' capabilities"
    return (_YES if value else _NO).get(group, f"{group} = {value}")


#: how a true and a false feature read
_YES = {"offense": "duty to join", "post_1945": "after 1945", "intcom": "integrated command",
        "base": "troops stationed", "milcon": "peacetime military coordination", "organ1": "an organisation",
        "adversary_named": "names the adversary", "bilateral": "bilateral", "asymmetric": "asymmetric",
        "major_power": "major power"}
_NO = {"offense": "duty to defend", "post_1945": "before 1945", "intcom": "no integrated command",
       "base": "no troops stationed", "milcon": "no peacetime military coordination",
       "organ1": "no organisation", "adversary_named": "no named adversary", "bilateral": "multilateral",
       "asymmetric": "symmetric", "major_power": "not a major power"}


#: feature (its place in :data:`GROUPS`) → the place in :data:`PARTS` of the part that gives it (treaty, ATOP,
#: the obligor's situation)
_PART_OF_GROUP = [next(k for k, name in enumerate(PARTS) if any(c in PART_COLUMNS[name] for c, g2, _ in COLUMNS
                                                               if g2 == g)) for g in GROUPS]
_PART_OF = dict(zip(GROUPS, _PART_OF_GROUP, strict=True))
_STATE = PARTS.index("state")


def _driver(b: Batch, row: tuple[int, int, int], j: int, effect: float, name_of: Callable[[int], str]) -> dict:
    """Feature ``j`` of the situation in ``row`` as a driver: the feature, its value, how it reads, the state it
    names, its effect on the log-odds."""
    group, kind = GROUPS[j], _PART_OF_GROUP[j]
    x = b.part(kind, row).x
    si = row[_STATE]
    named, said = (b.named[si], b.said[si]) if kind == _STATE else ({}, {})
    return {"feature": group, "value": _json_value(x.get(group)), "says": _reading(group, x, said, named, name_of),
            "effect": round(effect, 2), **({"state": named[group]} if group in named else {})}


#: column-group starts (the columns of one feature are adjacent), for summing a row's effects per feature
_GROUP_STARTS = np.array([[g for _, g, _ in COLUMNS].index(g) for g in GROUPS])
assert all(GROUPS[k] == COLUMNS[i][1] for k, i in enumerate(_GROUP_STARTS)) and \
    [g for _, g, _ in COLUMNS] == sorted((g for _, g, _ in COLUMNS), key=GROUPS.index)


def _driver_said(b: Batch, row: tuple[int, int, int], j: int) -> tuple:
    """What the driver of feature ``j`` of the situation in ``row`` depends on: the feature's value (its effect
    and its reading follow from it), and for the obligor's situation the state it names and any reading given."""
    kind = _PART_OF_GROUP[j]
    group = GROUPS[j]
    value = b.part(kind, row).x.get(group)
    if kind != _STATE:
        return j, value
    si = row[_STATE]
    return j, value, b.named[si].get(group), b.said[si].get(group)


def _notes(b: Batch, row: tuple[int, int, int], missing: Sequence[str], beyond: Sequence[str], model: Model,
           said: dict) -> tuple[str, ...]:
    """What an answer assumes; ``said`` keeps the notes many duties share (one day, one pattern of missing
    features) so that each is written once."""
    notes = []
    as_of = b.as_of[row[_STATE]]
    if as_of:
        key = ("as_of", id(as_of))  # the features of one day share their table years
        if key not in said:
            said[key] = ("tables that end before the day, read at their last year: "
                         + ", ".join(f"{tables.COVERAGE[t][2]} ({y})" for t, y in as_of.items()))
        notes.append(said[key])
    if missing:
        gone = ("missing", *missing)
        if gone not in said:
            said[gone] = "not known for this duty, so averaged over the commitments of the data: " + ", ".join(missing)
        notes.append(said[gone])
    for group in beyond:
        value = b.part(_PART_OF[group], row).x[group]
        far = ("beyond", group, value)
        if far not in said:
            what, span = said_range(group, value, model.support["groups"][group])
            said[far] = (f"{what} lies beyond the data's range ({span}): extrapolated by at most {EXTRAPOLATE} "
                         f"standard deviation ({group})")
        notes.append(said[far])
    return tuple(notes)


_COLUMN_GROUPS = [g for _, g, _ in COLUMNS]


def predict_batch(model: Model, b: Batch, name_of: Callable[[int], str] = str) -> list[dict]:
    """``{p, low, high, drivers, unsupported, notes}`` for each situation of a batch of features (``p`` None and
    the reason in ``unsupported`` where the model does not answer); ``name_of`` names the states readings name.
    Each answer has its own dicts and lists (a driver shared by situations is copied for each)."""
    if not b.rows:
        return []
    reasons, beyond = unsupported_of_batch(model, b)
    said: dict = {}
    out: list[dict] = [{"p": None, "low": None, "high": None, "drivers": [], "unsupported": r,
                        "notes": list(_notes(b, row, (), (), model, said))} if r is not None else {}
                       for row, r in zip(b.rows, reasons, strict=True)]
    ok = [i for i, r in enumerate(reasons) if r is None]
    if not ok:
        return out
    z = design_matrix(b, ok)
    z -= model.mean
    z /= model.sd
    miss = np.isnan(z)
    codes = _pattern_codes(miss)
    probabilities = _probabilities_many(model, z, miss, "all", codes)  # the fit, then each draw
    intervals = _intervals(probabilities[:, 1:]).tolist()
    effects = np.add.reduceat(np.where(miss, 0.0, z) * model.coef, _GROUP_STARTS, axis=1)
    order = np.argsort(-np.abs(effects), axis=1, kind="stable")[:, :3].tolist()
    names: dict[int, str] = {}

    def named(c: int) -> str:
        if c not in names:
            names[c] = name_of(c)
        return names[c]

    # a driver is a function of the feature and of the part that gives it (a feature's columns all come from
    # one part), found once per (feature, part) for the situations that share them, and made once per what it
    # says (parts with the same value of the feature share it)
    drivers: dict[tuple[int, int], dict] = {}
    said_drivers: dict[tuple, dict] = {}
    noted: dict[tuple, tuple[str, ...]] = {}
    missing_of: dict[int, Sequence[str]] = {}
    for i, p_k, (low, high), top, e, pattern in zip(ok, probabilities[:, 0].tolist(), intervals, order,
                                                    effects.tolist(), codes, strict=True):
        row = b.rows[i]
        mine = []
        for j in top:  # the (up to) three features whose effect on the log-odds is largest, from 0.05 up
            if -0.05 < e[j] < 0.05:
                continue
            key = (j, row[_PART_OF_GROUP[j]])
            driver = drivers.get(key)
            if driver is None:
                what = _driver_said(b, row, j)
                driver = said_drivers.get(what)
                if driver is None:
                    driver = said_drivers[what] = _driver(b, row, j, e[j], named)
                drivers[key] = driver
            mine.append(dict(driver))
        far = beyond[i]
        # a number beyond the data's range: its note names the value, so the note is its part's
        said_key = (id(b.as_of[row[_STATE]]), pattern, far, tuple(row[_PART_OF[g]] for g in far) if far else ())
        notes = noted.get(said_key)
        if notes is None:
            missing = missing_of.get(pattern)
            if missing is None:
                missing = missing_of[pattern] = sorted({g for k, g in enumerate(_COLUMN_GROUPS) if pattern >> k & 1})
            notes = noted[said_key] = _notes(b, row, missing, far, model, said)
        out[i] = {"p": round(p_k, 3), "low": round(low, 3), "high": round(high, 3), "drivers": mine,
                  "unsupported": None, "notes": list(notes)}
    return out


def predict_many(model: Model, many: Sequence[Values], name_of: Callable[[int], str] = str) -> list[dict]:
    """:func:`predict_batch` of situations' features given one by one (the parts they share read once)."""
    return predict_batch(model, batch_of_values(many), name_of)


def predict(model: Model, values: Values, name_of: Callable[[int], str] = str) -> dict:
    """``{p, low, high, drivers, notes}`` or ``{unsupported, notes}`` for one situation's features."""
    return predict_many(model, [values], name_of)[0]


def _json_value(v):
    if isinstance(v, float):
        return round(v, 3)
    return v


# -- findings' honour ------------------------------------------------------------------------------

def situation_of(corpus, scenario: Scenario, f: Finding) -> Situation | str:
    """The situation of a defend/join finding, or why the model does not speak to it."""
    return situations_of(corpus, scenario, [f])[0]


def _none(reason: str) -> dict:
    return {"p": None, "low": None, "high": None, "drivers": [], "unsupported": reason, "notes": []}


def situations_of(corpus, scenario: Scenario, findings: Sequence[Finding]) -> list[Situation | str]:
    """:func:`situation_of` of each finding, what the findings share (a clause, their enemies) read once."""
    clauses: dict[tuple, tuple] = {}
    enemies_of: dict[tuple, tuple[int, ...]] = {}
    early = scenario.date < date(tables.COVERAGE["majors"][0], 1, 1)
    out: list[Situation | str] = []
    for f in findings:
        key = (f.treaty.id, f.clause)
        hit = clauses.get(key)
        if hit is None:
            t = corpus.treaties.get(f.treaty.id)
            clause = t.clause_by_id.get(f.clause) if t is not None else None
            hit = clauses[key] = (t, clause, _clause_unsupported(t, clause))
        t, clause, why = hit
        if why is None and f.status == "conflicted":
            why = "a conflicted duty: the model says how likely an ally honours a duty, not which of two it picks"
        if why is None and early:
            why = "a day before 1816, where the tables the model reads begin"
        if why is not None:
            out.append(why)
            continue
        side = (f.adversaries, f.duty)
        states = enemies_of.get(side)
        if states is None:
            enemies = f.adversaries or (scenario.attackers if f.duty == "defend" else scenario.targets)
            # a group beside a state: the war is the state's
            states = enemies_of[side] = tuple(sorted(e for e in enemies if not is_actor(e)))
        if not states:
            out.append("an attack by an attacker that is not a state: the model was fitted on wars between states")
            continue
        out.append(Situation(t, clause, f.obligor, f.beneficiary, states, scenario.date))
    return out


def _clause_unsupported(t, clause) -> str | None:
    """Why the model does not speak to a clause's duties (None: it does)."""
    if t is None or clause is None or clause.kind not in ("defense", "offense"):
        return "not a duty to defend or to join in the corpus"
    if t.legal_status != "treaty":
        return f"not a treaty in law ({t.legal_status}): the model was fitted on treaties' commitments only"
    return None


def honours_of(corpus, scenario: Scenario, findings: Sequence[Finding]) -> list[dict | None]:
    """The ``honour`` of each finding (None for a duty other than to defend or join), the answer's duties
    computed together (an answer keeps what it computed: :class:`casus.present.result.Result`)."""
    duties = [f for f in findings if f.duty in _DUTIES]
    model = load_model()
    if model is None:
        honours = iter([_none("no reliability model is shipped with this installation") for _ in duties])
    else:
        sits = situations_of(corpus, scenario, duties)
        answers = iter(predict_batch(model, batch_of([s for s in sits if not isinstance(s, str)]),
                                     lambda c: corpus.state_label(c, "en", scenario.date)))
        honours = iter([_none(s) if isinstance(s, str) else next(answers) for s in sits])
    return [next(honours) if f.duty in _DUTIES else None for f in findings]


_DUTIES = ("defend", "join")


def honour_of(corpus, scenario: Scenario, f: Finding) -> dict | None:
    """The ``honour`` of one defend/join finding (None for any other duty): :func:`honours_of` of one."""
    return honours_of(corpus, scenario, [f])[0]
