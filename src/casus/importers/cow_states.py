"""Build the :class:`~casus.model.states.StateRegistry` from the bundled files.

Reads, through :mod:`importlib.resources` (package data of ``casus``):

* ``data/states/statelist2024.csv`` — COW State System Membership v2024.
  A spell ending on 2024-12-31 (the censoring date) is open: ``end=None``;
* ``data/states/state_codes.csv`` — COW ccode -> ISO 3166-1 codes;
* ``data/states/historical_names.yaml`` — curated names of former states and periods;
* ``data/states/aliases.yaml`` — curated aliases;

and the Unicode CLDR territory names in English and Hindi shipped with babel.
See ``data/states/PROVENANCE.md``.  :func:`load_states` caches its result: the
files are read once per process.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
from importlib import resources
from typing import Any

import babel
import yaml
from babel import Locale

from ..model.states import DatedName, State, StateRegistry, StateSpan, normalize_query

__all__ = ["load_states", "system_spells", "COW_CENSOR_DATE", "COW_CITATION", "CLDR_SOURCE"]

#: COW v2024 is censored here; a spell ending on this day continues to today.
COW_CENSOR_DATE = _dt.date(2024, 12, 31)
COW_CITATION = "Correlates of War Project. 2024. State System Membership List, v2024."
#: ``source`` of every name taken from CLDR.
CLDR_SOURCE = f"CLDR via babel {babel.__version__}"

_HINDI = range(0x0900, 0x0980)  # the Devanagari block


def _read_text(name: str) -> str:
    return resources.files("casus").joinpath("data").joinpath("states").joinpath(name).read_text(
        encoding="utf-8"
    )


def _csv_rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read_text(name))))


def _as_date(value: Any, where: str) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not an ISO date") from None


def _is_devanagari(text: str) -> bool:
    return any(ord(ch) in _HINDI for ch in text)


def _spans(rows: list[dict[str, str]]) -> dict[int, list[tuple[StateSpan, str]]]:
    """ccode -> [(span, COW name)] in order of start."""
    out: dict[int, list[tuple[StateSpan, str]]] = {}
    for r in rows:
        start = _dt.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"]))
        end: _dt.date | None = _dt.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))
        if end == COW_CENSOR_DATE:
            end = None
        span = StateSpan(start=start, end=end, abbrev=r["stateabb"].strip())
        out.setdefault(int(r["ccode"]), []).append((span, r["statenme"].strip()))
    for spells in out.values():
        spells.sort(key=lambda sp: sp[0].start)
    return out


def system_spells() -> list[tuple[int, _dt.date, _dt.date | None]]:
    """(ccode, first day, last day) of every COW membership spell; a spell open at COW's censor
    date (:data:`COW_CENSOR_DATE`) has no last day (it runs to today).  Light: no names, no CLDR."""
    return [(ccode, span.start, span.end) for ccode, spells in _spans(_csv_rows("statelist2024.csv")).items()
            for span, _ in spells]


def _historical(known: set[int]) -> dict[int, list[tuple[DatedName, list[str]]]]:
    """ccode -> [(curated name, its aliases)] in file order; validates every entry."""
    entries = yaml.safe_load(_read_text("historical_names.yaml")) or []
    out: dict[int, list[tuple[DatedName, list[str]]]] = {}
    for i, e in enumerate(entries):
        where = f"historical_names.yaml entry {i + 1}"
        if not isinstance(e, dict):
            raise ValueError(f"{where}: not a mapping")
        ccode = e.get("ccode")
        if ccode not in known:
            raise ValueError(f"{where}: ccode {ccode!r} is not a COW state")
        for field in ("en", "hi", "source"):
            if not isinstance(e.get(field), str) or not e[field].strip():
                raise ValueError(f"{where} ({ccode}): missing {field!r}")
        if not _is_devanagari(e["hi"]):
            raise ValueError(f"{where} ({ccode}): hi {e['hi']!r} is not Devanagari")
        start, end = _as_date(e.get("from"), where), _as_date(e.get("to"), where)
        if start and end and end < start:
            raise ValueError(f"{where} ({ccode}): 'to' {end} is before 'from' {start}")
        aliases = e.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{where} ({ccode}): aliases must be a list of strings")
        name = DatedName(start, end, e["en"].strip(), e["hi"].strip(), e["source"].strip())
        out.setdefault(ccode, []).append((name, [a.strip() for a in aliases]))
    return out


def _aliases(known: set[int]) -> dict[int, list[str]]:
    """ccode -> aliases from aliases.yaml; an alias may name only one ccode."""
    data = yaml.safe_load(_read_text("aliases.yaml")) or {}
    out: dict[int, list[str]] = {}
    owner: dict[str, int] = {}
    for ccode, names in data.items():
        if ccode not in known:
            raise ValueError(f"aliases.yaml: {ccode!r} is not a COW ccode")
        if not isinstance(names, list) or not all(isinstance(a, (str, int)) for a in names):
            raise ValueError(f"aliases.yaml: {ccode}: expected a list of names")
        for a in names:
            a = str(a).strip()
            key = normalize_query(a)
            if owner.setdefault(key, ccode) != ccode:
                raise ValueError(f"aliases.yaml: {a!r} names both {owner[key]} and {ccode}")
            out.setdefault(ccode, []).append(a)
    return out


@functools.cache
def load_states() -> StateRegistry:
    """The registry of all 217 COW states (v2024), loaded once per process.

    Returns
    -------
    StateRegistry
        States with COW spells, ISO codes, English and Hindi names (CLDR for
        states with an ISO code, curated names for former states and periods)
        and aliases.
    """
    spells = _spans(_csv_rows("statelist2024.csv"))
    known = set(spells)
    codes = {int(r["ccode"]): r for r in _csv_rows("state_codes.csv")}
    if set(codes) != known:
        raise ValueError("state_codes.csv does not list exactly the COW ccodes")
    curated = _historical(known)
    extra = _aliases(known)
    en, hi = Locale.parse("en").territories, Locale.parse("hi").territories

    states = []
    for ccode, sp in spells.items():
        iso2 = codes[ccode]["iso2"].strip() or None
        iso3 = codes[ccode]["iso3"].strip() or None
        names: list[DatedName] = []
        if iso2 and iso2 in en:
            names.append(DatedName(None, None, en[iso2], hi.get(iso2), CLDR_SOURCE))
        aliases: list[str] = []
        for name, more in curated.get(ccode, []):
            names.append(name)
            aliases.extend(more)
        aliases.extend(extra.get(ccode, []))
        latest_name = sp[-1][1]
        aliases.extend(n for _, n in sp if n != latest_name)  # e.g. 345's "Yugoslavia"
        states.append(
            State(
                ccode=ccode,
                abbrev=sp[-1][0].abbrev,
                name=latest_name,
                iso2=iso2,
                iso3=iso3,
                spans=tuple(s for s, _ in sp),
                names=tuple(names),
                aliases=tuple(dict.fromkeys(aliases)),
                iso_num=(codes[ccode].get("iso_num") or "").strip() or None,
            )
        )
    return StateRegistry(states)
