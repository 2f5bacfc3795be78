"""The reliability model as shipped (``casus/data/reliability/model.json``): the fit on every war, its
bootstrap draws and the rows it was fitted on, read once (:func:`load_model`), with what every answer shares
computed once per model (the coefficients as one matrix, the averages over missing features).

Fitted offline by :mod:`casus.analysis.reliability` (``data-raw/fit_reliability.py``); applied to duties by
:mod:`casus.engine.reliability`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from .reliability_features import COLUMNS

__all__ = ["MODEL_SCHEMA", "Model", "model_from", "load_model", "exp_neg"]

MODEL_SCHEMA = "casus.reliability/1"


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
    draw_margins: dict = field(default_factory=dict, compare=False, repr=False)  # missing columns → missing_part

    def coefficients(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        """Intercepts and coefficients (columns × fits) to apply at once: ``"fit"``, the fit on every war alone in
        double precision; ``"all"``, the fit then every bootstrap draw, in single precision (an interval rounded
        to three decimals needs no more, and it is twice as fast)."""
        hit = self.margins.get(("coefficients", which))
        if hit is None:
            if which == "fit":
                hit = (np.array([self.intercept]), self.coef[:, None].copy())
            else:
                both = np.vstack([[self.intercept, *self.coef], self.draws]).astype(np.float32)
                hit = (np.ascontiguousarray(both[:, 0]), np.ascontiguousarray(both[:, 1:].T))
            self.margins[("coefficients", which)] = hit
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

    def missing_part(self, miss: tuple[bool, ...], which: str) -> tuple[np.ndarray, np.ndarray]:
        """What the ``miss`` columns add to the log-odds under each of :meth:`coefficients` ``which`` at each of
        their distinct values in the fitted rows, as ``exp(-part)`` (fits × values), and the values' weights.  The
        same for every duty, so computed once: a duty's probability is then ``1 / (1 + exp(-eta) exp(-part))``
        averaged over the values, with no exponential per value."""
        key = (which, miss)
        hit = self.draw_margins.get(key)
        if hit is None:
            m = np.array(miss)
            values, weights = self.margin(m)
            _, coefs = self.coefficients(which)
            part = coefs[m].T @ values.T.astype(coefs.dtype)
            hit = self.draw_margins[key] = (exp_neg(part), weights.astype(coefs.dtype))
        return hit


#: log-odds beyond ±_CLIP are ±_CLIP (the probability is 0 or 1 to double precision long before): no overflow
_CLIP = 60.0


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



def exp_neg(a: np.ndarray) -> np.ndarray:
    """``exp(-a)`` of a fresh array, ``a`` held within ±:data:`_CLIP`, computed in its own memory."""
    np.minimum(a, _CLIP, out=a)
    np.maximum(a, -_CLIP, out=a)
    np.negative(a, out=a)
    return np.exp(a, out=a)
