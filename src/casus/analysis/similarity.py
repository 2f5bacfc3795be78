"""Alliance-portfolio similarity: Signorino & Ritter's S and a Cohen's-kappa variant.

A state's portfolio in a year is its tie with every system member (itself
included): 3 for a defence or offence pact, 2 for neutrality or
non-aggression, 1 for consultation only, 0 for none (the ordinal coding of
COW-style S scores, applied to ATOP's obligations; undirected: a tie exists if
either state owes the other).  A state's tie with itself is 3.

* ``s_score``: Signorino & Ritter (1999), unweighted:
  S = 1 − 2·Σ_k |x_ik − x_jk| / (N·d_max), with d_max = 3; in [−1, 1].
* ``kappa``: Häge's (2011) chance-corrected variant, Cohen's kappa for
  ordinal (absolute-distance) disagreement:
  κ = 1 − D_obs / D_exp, D_obs = Σ_k |x_ik − x_jk| / N and
  D_exp = Σ_k Σ_l |x_ik − x_jl| / N² (disagreement expected from the two
  portfolios' marginal distributions).  1 for identical portfolios, 0 for
  agreement at chance.

References: Signorino, Curtis S. and Jeffrey M. Ritter. 1999. "Tau-b or Not
Tau-b: Measuring the Similarity of Foreign Policy Positions." International
Studies Quarterly 43(1): 115–144.  Häge, Frank M. 2011. "Choice or Circumstance?
Adjusting Measures of Foreign Policy Similarity for Chance Agreement."
Political Analysis 19(3): 287–305.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dyad_years import KINDS, dyad_year_table

__all__ = ["portfolios", "similarity", "Similarity", "D_MAX"]

D_MAX = 3


def _tie(flags: np.ndarray) -> np.ndarray:
    """Ordinal tie from (defense, offense, neutral, nonagg, consul) flag columns."""
    d, o, n, na, c = (flags[:, i] for i in range(len(KINDS)))
    return np.where((d > 0) | (o > 0), 3, np.where((n > 0) | (na > 0), 2, np.where(c > 0, 1, 0))).astype(np.int8)


def portfolios(year: int, source: str = "atop", corpus=None) -> tuple[np.ndarray, np.ndarray]:
    """(ccodes, matrix) of ties among the system members of ``year`` (matrix[i, j] = tie of i with j)."""
    if source not in ("atop", "casus"):
        raise ValueError("source must be 'atop' or 'casus'")
    if source == "casus" and corpus is None:
        from ..session import corpus_of

        corpus = corpus_of(None)
    tab = dyad_year_table(year, year, directed=False, atop=source == "atop",
                          corpus=corpus if source == "casus" else None)
    c1 = tab.column("ccode1").to_numpy().astype(np.int64)
    c2 = tab.column("ccode2").to_numpy().astype(np.int64)
    codes = np.unique(np.concatenate([c1, c2]))
    idx = {c: i for i, c in enumerate(codes.tolist())}
    flags = np.stack([tab.column(f"{source}_{k}").to_numpy(zero_copy_only=False) for k in KINDS], axis=1)
    flags = np.nan_to_num(flags.astype(np.float64)).astype(np.int8)
    ties = _tie(flags)
    m = np.zeros((len(codes), len(codes)), np.int8)
    ia = np.array([idx[c] for c in c1.tolist()], np.int64)
    ib = np.array([idx[c] for c in c2.tolist()], np.int64)
    m[ia, ib] = ties
    m[ib, ia] = ties
    np.fill_diagonal(m, D_MAX)
    return codes, m


@dataclass(frozen=True)
class Similarity:
    ccode1: int
    ccode2: int
    year: int
    source: str
    s_score: float
    kappa: float
    n: int

    def to_dict(self) -> dict:
        return {"schema": "casus.similarity/1", **self.__dict__}


def similarity(a: int, b: int, year: int, source: str = "atop", corpus=None) -> Similarity:
    """S and kappa for states ``a`` and ``b`` (COW codes) in ``year``.

    >>> usa_can = similarity(2, 20, 2000)    # NATO allies
    >>> usa_prk = similarity(2, 731, 2000)
    >>> usa_can.s_score > usa_prk.s_score and usa_can.kappa > usa_prk.kappa
    True
    """
    codes, m = portfolios(year, source, corpus)
    pos = {c: i for i, c in enumerate(codes.tolist())}
    for c in (a, b):
        if c not in pos:
            raise ValueError(f"state {c} is not a member of the state system in {year}")
    x, y = m[pos[a]].astype(np.int64), m[pos[b]].astype(np.int64)
    n = len(x)
    d_obs = np.abs(x - y).sum() / n
    s = 1 - 2 * d_obs / D_MAX
    d_exp = np.abs(x[:, None] - y[None, :]).sum() / (n * n)
    kappa = 1.0 if d_exp == 0 else 1 - d_obs / d_exp
    return Similarity(a, b, year, source, float(s), float(kappa), n)


