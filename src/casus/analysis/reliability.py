"""The reliability model fitted and cross-validated (``casus reliability``; needs the ``model`` extra).

A logistic regression with an L2 penalty (scikit-learn's ``LogisticRegression``, lbfgs) on the rows of
:mod:`casus.analysis.reliability_data`, the features standardised (mean 0, sd 1: the penalty treats them
alike, and a coefficient is the change in log-odds for one standard deviation).  Rows the fit cannot use:

* a commitment whose obligor was itself fighting the beneficiary on the day it was invoked (it attacked its
  own ally: casus reports that as a breach, never as a duty to defend, so the model is never asked about
  it) is left out of the model and of the figures, and counted;
* a row with a missing feature (an ATOP field left blank, a capability score not recorded) is left out of
  the fit; it is predicted as any answer is, the missing feature averaged over the fitted rows.

The penalty's strength ``C`` is chosen from :data:`C_GRID` by the log loss over :data:`TUNING_FOLDS`
folds of whole wars of the fitting rows — inside each fold of the cross-validation too, so the figures
are not tuned on the war they predict.  Fits run on one thread (``threadpoolctl``): on these small
matrices, threads cost ten times what they save.

**Leave-one-war-out cross-validation**: every row of a war is predicted by a model fitted (and tuned) on
the other wars.  Measured in the same run, on the same rows, three baselines:

* ``constant``: the honoured share of the other wars' rows (with a Beta(1, 1) prior);
* ``kind_era``: that share by kind (defence, offence) and era (before 1945, from 1945) — the rule
  ``casus simulate`` used before this model (:func:`casus.analysis.simulate.honour_probabilities`,
  computed there on commitments, here on the rows);
* ``every_ally``: every ally honours (p = 1): its log loss is infinite as soon as one ally did not.

Reported: log loss, Brier score, a calibration table (rows grouped by predicted probability: the mean
prediction against the honoured share), and the same figures on the rows the model would answer (the
support rules of :mod:`casus.engine.reliability` applied in each fold).

**The shipped fit** is on every row, with intervals from a bootstrap over wars (:data:`BOOTSTRAP` resamples
of the wars, with replacement, each refitted at the chosen ``C``): the 2.5th and 97.5th percentiles of
each coefficient and its standard deviation over the draws (the bootstrap standard error).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from ..engine.reliability import (
    COLUMNS,
    EXTRAPOLATE,
    FEATURE_TEXT,
    GROUPS,
    MIN_SUPPORT,
    MODEL_SCHEMA,
    model_from,
    point_probability,
)
from ..extras import MissingExtraError
from .reliability_data import Row

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["C_GRID", "BOOTSTRAP", "BASELINES", "need_model", "fit_doc", "cross_validate", "metrics",
           "calibration", "run", "modelled", "same_as_shipped"]

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)  # ascending: each tuning fit starts from the last
BOOTSTRAP = 400
TUNING_FOLDS = 5
SEED = 17
BASELINES = ("constant", "kind_era", "every_ally")
BINS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0)


def need_model(what: str) -> None:
    """Raise :class:`MissingExtraError` unless scikit-learn (the ``model`` extra) is installed."""
    from importlib.util import find_spec

    if find_spec("sklearn") is None:
        raise MissingExtraError(f"{what} needs the 'model' extra, which is not installed (no module 'sklearn'); "
                                "install it with: pip install 'casus-foederis[model]'")


def modelled(rows: list[Row]) -> tuple[list[Row], int]:
    """The rows the model speaks to, and how many were left out (the obligor fought its ally that day)."""
    keep = [r for r in rows if not r.obligor_fought_ally]
    return keep, len(rows) - len(keep)


def _matrix(rows: list[Row]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = np.array([[np.nan if v is None else v for v in r.design] for r in rows], float)
    y = np.array([r.y for r in rows], int)
    wars = np.array([r.war for r in rows], int)
    return x, y, wars


def _scale(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = np.nanmean(x, axis=0)
    sd = np.nanstd(x, axis=0)
    return mean, np.where(sd > 0, sd, 1.0)


def _fit_lr(z: np.ndarray, y: np.ndarray, c: float, lr=None) -> tuple[float, np.ndarray]:
    """Intercept and coefficients of the penalised fit (``lr``: a warm-started estimator to reuse)."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:  # a resample with one outcome only: the intercept alone says it
        p = (y.sum() + 0.5) / (len(y) + 1.0)
        return math.log(p / (1 - p)), np.zeros(z.shape[1])
    if lr is None:
        lr = LogisticRegression(max_iter=2000)  # lbfgs; the L2 penalty: the default of every version
    lr.set_params(C=c)
    lr.fit(z, y)
    return float(lr.intercept_[0]), lr.coef_[0].copy()


def _logloss(y: np.ndarray, p: np.ndarray) -> float:
    with np.errstate(divide="ignore"):
        terms = np.where(y == 1, -np.log(p), -np.log(1 - p))
    return float(terms.mean())


def _folds(wars: np.ndarray) -> np.ndarray:
    """Each row's tuning fold: the wars in order, dealt round-robin into :data:`TUNING_FOLDS` folds."""
    ids = np.unique(wars)
    fold_of = {int(w): i % TUNING_FOLDS for i, w in enumerate(ids)}
    return np.array([fold_of[int(w)] for w in wars])


def _choose_c(z: np.ndarray, y: np.ndarray, wars: np.ndarray) -> float:
    """The C of :data:`C_GRID` with the lowest log loss over :data:`TUNING_FOLDS` folds of whole wars, on
    complete rows (the smaller C on a tie)."""
    from sklearn.linear_model import LogisticRegression

    folds = _folds(wars)
    p = {c: np.empty(len(y)) for c in C_GRID}
    for k in np.unique(folds):
        test = folds == k
        lr = LogisticRegression(max_iter=2000, warm_start=True)  # each C starts from the last (C ascending)
        for c in C_GRID:
            b0, b = _fit_lr(z[~test], y[~test], c, lr)
            p[c][test] = 1 / (1 + np.exp(-(b0 + z[test] @ b)))
    best, best_loss = C_GRID[0], math.inf
    for c in C_GRID:
        loss = _logloss(y, np.clip(p[c], 1e-12, 1 - 1e-12))
        if loss < best_loss - 1e-9:
            best, best_loss = c, loss
    return best


def _support(rows: list[Row]) -> dict:
    cells: dict[str, int] = {}
    groups: dict[str, dict] = {}
    for r in rows:
        key = f"{r.x['offense']}{r.x['post_1945']}"
        cells[key] = cells.get(key, 0) + 1
    kinds = {g: k for _, g, k in COLUMNS}
    for g in GROUPS:
        vals = [r.x.get(g) for r in rows if r.x.get(g) is not None]
        if kinds[g] == "numeric":
            arr = np.array(vals, float)
            groups[g] = {"min": float(arr.min()), "max": float(arr.max()), "sd": float(arr.std())}
        else:
            counts: dict[str, int] = {}
            for v in vals:
                counts[str(v)] = counts.get(str(v), 0) + 1
            groups[g] = counts
    return {"cells": cells, "groups": groups}


def fit_doc(rows: list[Row], bootstrap: int = 0, c: float | None = None, seed: int = SEED) -> dict:
    """A model document (the shipped file's shape) fitted on ``rows`` (complete rows only); ``c`` None:
    chosen by :func:`_choose_c`; ``bootstrap``: that many war resamples for the intervals."""
    x, y, wars = _matrix(rows)
    mean, sd = _scale(x)
    complete = ~np.isnan(x).any(axis=1)
    z = (x[complete] - mean) / sd
    yc, wc = y[complete], wars[complete]
    c = _choose_c(z, yc, wc) if c is None else c
    b0, b = _fit_lr(z, yc, c)
    doc = {
        "schema": MODEL_SCHEMA,
        "columns": [{"name": n, "group": g, "kind": k, "mean": float(m), "sd": float(s)}
                    for (n, g, k), m, s in zip(COLUMNS, mean, sd, strict=True)],
        "intercept": b0, "coef": b.tolist(), "C": c,
        "support": _support(rows),
        "rows": [[None if math.isnan(v) else round(float(v), 6) for v in r] for r in x],
        "fitted_rows": int(complete.sum()),
    }
    if bootstrap:
        doc["draws"] = _bootstrap(z, yc, wc, c, bootstrap, seed)
    return doc


def _bootstrap(z: np.ndarray, y: np.ndarray, wars: np.ndarray, c: float, n: int, seed: int) -> list[list[float]]:
    rng = np.random.default_rng(seed)
    ids = np.unique(wars)
    by_war = {w: np.flatnonzero(wars == w) for w in ids}
    out = []
    for _ in range(n):
        pick = np.concatenate([by_war[w] for w in rng.choice(ids, size=len(ids), replace=True)])
        b0, b = _fit_lr(z[pick], y[pick], c)
        out.append([round(b0, 5), *(round(float(v), 5) for v in b)])
    return out


def _rate(ys, prior=(1.0, 1.0)) -> float:
    ys = list(ys)
    return (sum(ys) + prior[0]) / (len(ys) + prior[0] + prior[1])


def cross_validate(rows: list[Row], progress: Callable[[int, int], None] | None = None) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities of every row: the model (``model``), whether its fold would answer it
    (``supported``: 1/0), and the baselines; each war predicted by fits on the other wars only."""
    from ..engine.reliability import unsupported

    n = len(rows)
    out = {k: np.empty(n) for k in ("model", "supported", *BASELINES)}
    wars = np.array([r.war for r in rows])
    ids = np.unique(wars)
    for i, w in enumerate(ids, 1):
        test = np.flatnonzero(wars == w)
        train = [r for r, ww in zip(rows, wars, strict=True) if ww != w]
        model = model_from(fit_doc(train))
        everyone = _rate(r.y for r in train)
        cells: dict[tuple[int, int], list[int]] = {}
        for r in train:
            cells.setdefault((r.x["offense"], r.x["post_1945"]), []).append(r.y)
        for j in test:
            r = rows[j]
            out["model"][j] = point_probability(model, r.design)
            out["supported"][j] = float(unsupported(model, r.x) is None)
            out["constant"][j] = everyone
            out["kind_era"][j] = _rate(cells.get((r.x["offense"], r.x["post_1945"]), []))
            out["every_ally"][j] = 1.0
        if progress:
            progress(i, len(ids))
    return out


def metrics(y: np.ndarray, p: np.ndarray) -> dict:
    """Log loss (None when infinite: a certainty that was wrong) and Brier score."""
    loss = _logloss(y, p)
    return {"n": int(len(y)), "log_loss": None if math.isinf(loss) else round(loss, 4),
            "log_loss_infinite": math.isinf(loss), "brier": round(float(np.mean((p - y) ** 2)), 4)}


def calibration(y: np.ndarray, p: np.ndarray) -> list[dict]:
    """Rows grouped by predicted probability (:data:`BINS`): how many, the mean prediction, the honoured share."""
    out = []
    for lo, hi in zip(BINS[:-1], BINS[1:], strict=True):
        sel = (p >= lo) & ((p < hi) if hi < 1.0 else (p <= hi))
        n = int(sel.sum())
        out.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": n,
                    "mean_p": round(float(p[sel].mean()), 3) if n else None,
                    "honoured": round(float(y[sel].mean()), 3) if n else None})
    return out


def _coefficients(doc: dict) -> list[dict]:
    draws = np.array(doc["draws"], float)
    names = ["intercept", *(c["name"] for c in doc["columns"])]
    est = [doc["intercept"], *doc["coef"]]
    out = []
    for i, (name, b) in enumerate(zip(names, est, strict=True)):
        col = draws[:, i]
        lo, hi = np.quantile(col, [0.025, 0.975])
        out.append({"name": name, "coef": round(float(b), 3), "se": round(float(col.std()), 3),
                    "low": round(float(lo), 3), "high": round(float(hi), 3),
                    "odds_ratio": round(math.exp(b), 3)})
    return out


def run(corpus: Corpus | None = None, rows: list[Row] | None = None, bootstrap: int = BOOTSTRAP,
        progress: Callable[[str], None] | None = None) -> dict:
    """Build the rows (from the backtest, unless given), cross-validate, fit on every row with the
    bootstrap: ``{"model": the document to ship, "figures": ..., "oof": per-row table, "timing": ...}``."""
    need_model("casus reliability")
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return _run(corpus, rows, bootstrap, progress)


def _run(corpus, rows, bootstrap, progress) -> dict:
    import sklearn

    from .reliability_data import reliability_rows

    say = progress or (lambda m: None)
    t0 = time.perf_counter()
    c0 = time.process_time()
    if rows is None:
        say("building the rows from the backtest")
        rows = reliability_rows(corpus)
    t1, c1 = time.perf_counter(), time.process_time()
    used, left_out = modelled(rows)
    say(f"cross-validating on {len(used)} rows (leave one war out)")
    oof = cross_validate(used)
    t2 = time.perf_counter()
    say(f"fitting on every row, {bootstrap} bootstrap resamples of the wars")
    doc = fit_doc(used, bootstrap=bootstrap)
    t3, c3 = time.perf_counter(), time.process_time()
    y = np.array([r.y for r in used])
    sup = oof["supported"] == 1
    figures = {
        "rows": len(used), "left_out_obligor_fought_ally": left_out, "wars": len({r.war for r in used}),
        "honoured": int(y.sum()), "fitted_rows": doc["fitted_rows"], "C": doc["C"],
        "cv": {k: metrics(y, oof[k]) for k in ("model", *BASELINES)},
        "cv_supported": {k: metrics(y[sup], oof[k][sup]) for k in ("model", *BASELINES)} if sup.any() else {},
        "calibration": {k: calibration(y, oof[k]) for k in ("model", "constant", "kind_era")},
        "coefficients": _coefficients(doc),
    }
    doc["fitted"] = {"library": f"scikit-learn {sklearn.__version__}", "penalty": "l2", "C_grid": list(C_GRID),
                     "bootstrap": bootstrap, "seed": SEED, "min_support": MIN_SUPPORT, "extrapolate_sd": EXTRAPOLATE,
                     "rows": len(used), "wars": figures["wars"], "left_out_obligor_fought_ally": left_out,
                     "backtest": "casus backtest, default rules, memberships from signature"}
    doc["features"] = FEATURE_TEXT
    doc["figures"] = figures
    table = [{"alliance": r.alliance, "war": r.war, "war_name": r.war_name, "obligor": r.obligor,
              "treaty_id": r.treaty_id, "kind": r.kind, "date": r.date, "outcome": r.outcome,
              "p_oof": round(float(oof["model"][i]), 4), "supported": bool(oof["supported"][i]),
              "p_constant": round(float(oof["constant"][i]), 4), "p_kind_era": round(float(oof["kind_era"][i]), 4)}
             for i, r in enumerate(used)]
    timing = {"rows_s": round(t1 - t0, 2), "cv_s": round(t2 - t1, 2), "fit_bootstrap_s": round(t3 - t2, 2),
              "fit_and_cv_s": round(t3 - t1, 2), "fit_and_cv_cpu_s": round(c3 - c1, 2),
              "rows_cpu_s": round(c1 - c0, 2)}
    return {"model": doc, "figures": figures, "oof": table, "timing": timing}


def same_as_shipped(doc: dict, shipped: dict | None) -> bool | None:
    """Whether a fit's document is the shipped one (same rows, C, coefficients and bootstrap draws, to
    1e-6); None if nothing is shipped."""
    if shipped is None:
        return None
    if doc["rows"] != shipped.get("rows") or doc["C"] != shipped.get("C"):
        return False
    a = np.array([doc["intercept"], *doc["coef"]])
    b = np.array([shipped["intercept"], *shipped["coef"]])
    da, db = np.array(doc.get("draws", [])), np.array(shipped.get("draws", []))
    return bool(np.allclose(a, b, atol=1e-6) and da.shape == db.shape and np.allclose(da, db, atol=1e-4))
