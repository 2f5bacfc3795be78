"""The plumbing of :mod:`casus.analysis.peacescience`: which datasets a verb cites, reading the bundled
tables, and keying any pandas frame on its ``ccode1``/``ccode2``/``year`` (or ``ccode``/``year``) columns.

Nothing here depends on a frame's ``attrs``: a frame read from CSV, merged, or exported by peacesciencer
works as well as one from :func:`~casus.analysis.dyad_years.create_dyad_years`.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["SOURCES", "source_label", "read_upstream", "frame_kind", "codes", "dyad_keys", "state_keys",
           "finish", "nullable", "expand_years", "lookup", "DYAD", "STATE"]

DYAD = ("ccode1", "ccode2", "year")
STATE = ("ccode", "year")


def _atop_label() -> str:
    from ..importers.atop import ATOP_SOURCE

    return str(ATOP_SOURCE.dataset)  # "ATOP 5.1": the version is read where the importer keeps it


#: key → (the label put in ``df.attrs["casus_sources"]``: dataset name and version, the ids of its
#: entries in ``casus/data/sources.yaml``, whose citations :func:`casus.analysis.peacescience.cite` prints)
SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "cow_states": ("COW State System Membership v2024", ("cow-states",)),
    "gw_states": ("Gleditsch-Ward state list (peacesciencer gw_states, to 2017)", ("gw-states", "peacesciencer")),
    "atop": ("", ("atop",)),  # label filled by source_label() from the ATOP importer
    "cow_alliance": ("COW Formal Alliances v4.1", ("cow-alliance",)),
    "cow_wars": ("COW Inter-State War v4.0", ("cow-wars",)),
    "maoz": ("Maoz Directed Dyadic War (Dyadic MID 3.0)", ("maoz-dyadic-war",)),
    "gml": ("GML MID 2.1", ("gml-mid",)),
    "contdir": ("COW Direct Contiguity v3.2 (peacesciencer cow_contdir)", ("cow-contdir", "peacesciencer")),
    "capitals": ("peacesciencer cow_capitals (capitals with coordinates)", ("capitals", "peacesciencer")),
    "mindist": ("CShapes 2.0 minimum distance (peacesciencer cow_mindist)", ("cshapes-mindist", "peacesciencer")),
}


def source_label(key: str) -> str:
    """The ``casus_sources`` label of a dataset key of :data:`SOURCES`."""
    return _atop_label() if key == "atop" else SOURCES[key][0]


def source_ids(label: str) -> tuple[str, ...]:
    """The ``sources.yaml`` ids of a ``casus_sources`` label (empty if the label is not one of ours)."""
    for key, (_, ids) in SOURCES.items():
        if source_label(key) == label:
            return ids
    return ()


# -- reading the bundled tables -------------------------------------------------

def read_upstream(folder: str, name: str, **kwargs) -> pd.DataFrame:
    """A bundled CSV (gzip when ``name`` ends in ``.gz``) under ``casus/data/upstream/<folder>/``."""
    import pandas as pd

    path = resources.files("casus").joinpath("data", "upstream", folder, name)
    with path.open("rb") as fh:
        if name.endswith(".gz"):
            with gzip.open(fh) as gz:
                return pd.read_csv(gz, **kwargs)
        return pd.read_csv(fh, **kwargs)


# -- frames ---------------------------------------------------------------------

def frame_kind(df: pd.DataFrame, verb: str, allowed: tuple[str, ...] = ("dyad", "state")) -> str:
    """``"dyad"`` (columns ccode1, ccode2, year) or ``"state"`` (ccode, year); ValueError naming what is needed."""
    cols = set(df.columns)
    if "dyad" in allowed and set(DYAD) <= cols:
        return "dyad"
    if "state" in allowed and set(STATE) <= cols:
        return "state"
    want = " or ".join({"dyad": "ccode1, ccode2, year (dyad-years)", "state": "ccode, year (state-years)"}[k]
                       for k in allowed)
    raise ValueError(f"{verb}() needs a frame with columns {want}; this one has {sorted(map(str, cols))[:12]}")


def codes(df: pd.DataFrame, col: str) -> tuple[np.ndarray, np.ndarray]:
    """(int64 values, valid) of a code or year column; missing or non-whole values are not valid."""
    import pandas as pd

    vals = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    ok = np.isfinite(vals) & (vals == np.round(vals)) & (vals >= 0) & (vals < 10000)
    return np.where(ok, vals, 0).astype(np.int64), ok


def dyad_keys(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(ccode1, ccode2, year, valid) as int64 arrays, in the frame's row order."""
    c1, ok1 = codes(df, "ccode1")
    c2, ok2 = codes(df, "ccode2")
    y, oky = codes(df, "year")
    return c1, c2, y, ok1 & ok2 & oky & (c1 < 1000) & (c2 < 1000)


def state_keys(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ccode, year, valid) as int64 arrays, in the frame's row order."""
    c, okc = codes(df, "ccode")
    y, oky = codes(df, "year")
    return c, y, okc & oky & (c < 1000)


def nullable(values: np.ndarray, missing: np.ndarray, dtype: str = "Int8"):
    """A pandas nullable array (``Int8``, ``Int16``, ``Int64`` or ``Float64``): ``values``, NA where ``missing``."""
    import pandas as pd

    if dtype == "Float64":
        return pd.arrays.FloatingArray(np.where(missing, 0.0, values).astype("float64"), missing.copy())
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(dtype.lower()), missing.copy())


def finish(df: pd.DataFrame, columns: dict[str, object], source_keys: tuple[str, ...]) -> pd.DataFrame:
    """A copy of ``df`` (rows, order and index kept) with ``columns`` set and the sources recorded: labels
    (name and version) in ``attrs["casus_sources"]``, ``sources.yaml`` ids in ``attrs["casus_datasets"]``."""
    out = df.copy()
    for name, values in columns.items():
        out[name] = values
    out.attrs = dict(df.attrs)
    before = list(df.attrs.get("casus_sources") or [])
    out.attrs["casus_sources"] = list(dict.fromkeys(before + [source_label(k) for k in source_keys]))
    # the same as ids of casus/data/sources.yaml, the key add_obligations() records too
    ids = list(df.attrs.get("casus_datasets") or []) + [i for k in source_keys for i in SOURCES[k][1]]
    out.attrs["casus_datasets"] = list(dict.fromkeys(ids))
    return out


# -- year spells and lookups --------------------------------------------------------

def expand_years(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row index, year) for every year from ``lo[i]`` to ``hi[i]`` (inclusive); empty rows skipped."""
    lo, hi = np.asarray(lo, np.int64), np.asarray(hi, np.int64)
    n = np.maximum(hi - lo + 1, 0)
    rows = np.repeat(np.arange(len(lo)), n)
    offs = np.arange(int(n.sum()), dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
    return rows, lo[rows] + offs


def lookup(sorted_keys: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position, hit) of each query in ``sorted_keys`` (unique, ascending)."""
    if len(sorted_keys) == 0:
        return np.zeros(len(queries), np.int64), np.zeros(len(queries), bool)
    pos = np.minimum(np.searchsorted(sorted_keys, queries), len(sorted_keys) - 1)
    return pos, sorted_keys[pos] == queries


def ordinal_years(ordinals: np.ndarray) -> np.ndarray:
    """The years of day ordinals (``date.toordinal()``)."""
    days = (np.asarray(ordinals, np.int64) - 719163).astype("timedelta64[D]")  # 719163: 1970-01-01
    return (np.datetime64("1970-01-01") + days).astype("datetime64[Y]").astype(np.int64) + 1970


def pair_year_key(a: np.ndarray, b: np.ndarray, year: np.ndarray) -> np.ndarray:
    return (np.asarray(a, np.int64) * 1000 + np.asarray(b, np.int64)) * 10000 + np.asarray(year, np.int64)


@lru_cache(maxsize=1)
def cow_member_years() -> np.ndarray:
    """Sorted unique ``ccode * 10000 + year`` of COW system membership (any day of the year)."""
    import datetime as dt

    from ..importers.cow_states import system_spells

    today = dt.date.today()
    spells = system_spells()
    lo = np.array([s.year for _, s, _ in spells], np.int64)
    hi = np.array([(e or today).year for _, _, e in spells], np.int64)
    rows, years = expand_years(lo, hi)
    c = np.array([c for c, _, _ in spells], np.int64)
    return np.unique(c[rows] * 10000 + years)
