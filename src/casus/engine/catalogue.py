"""The treaties casus holds, as a catalogue: searched by words of their names, filtered by party, date and
obligation kind (``casus treaties``, :func:`casus.treaties`; ``casus treaty nato`` finds the North Atlantic
Treaty by its short name)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..model.dates import Tri

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus
    from ..model.treaty import Treaty

__all__ = ["search_treaties", "treaty_row", "KIND_NAMES"]

KIND_NAMES = ("defense", "offense", "neutrality", "nonaggression", "consultation")


def _words(text: str) -> str:
    return " " + re.sub(r"[^\w]+", " ", text.casefold()).strip() + " "


def _rank(t: Treaty, q: str) -> int | None:
    """How well ``q`` (folded) names ``t``: 0 its id, 1 whole words of its short name or name, 2 a part of a
    word; None if not at all."""
    if q == t.id or (t.atopid is not None and q in (str(t.atopid), f"atop-{t.atopid}")):
        return 0
    names = _words(f"{t.short_name} {t.name} {t.id}")
    if _words(q) in names:
        return 1
    return 2 if q in names else None


def _holds(t: Treaty, d: date, basis: str) -> bool:
    return any(m.holds(d, basis) is not Tri.NO for m in t.memberships)


def search_treaties(corpus: Corpus, query: str | None = None, state: int | None = None, on: date | None = None,
                    kind: str | None = None, basis: str = "in-force") -> list[Treaty]:
    """Treaties matching every filter given, best name match first, then by date of signature."""
    q = query.casefold().strip() if query else ""
    pool = corpus.treaties_of(state) if state is not None else list(corpus.treaties.values())
    found: list[tuple[int, str, Treaty]] = []
    for t in pool:
        rank = _rank(t, q) if q else 1
        if rank is None or (kind is not None and kind not in t.kinds()):
            continue
        if on is not None and not _holds(t, on, basis):
            continue
        found.append((rank, str(t.signed), t))
    found.sort(key=lambda x: (x[0], x[1], x[2].id))
    return [t for _, _, t in found]


def treaty_row(corpus: Corpus, t: Treaty, on: date | None = None) -> dict:
    """One catalogue row: id, names, ATOP id, dates, kinds, parties (COW abbreviations)."""
    def abbrev(c: int) -> str:
        return corpus.states.get(c).abbrev_on(on)

    return {"id": t.id, "short_name": t.short_name, "name": t.name, "atopid": t.atopid, "origin": t.origin,
            "signed": str(t.signed), "in_force": str(t.in_force), "ended": str(t.ended) if t.ended else None,
            "kinds": list(t.kinds()), "instrument": t.instrument, "legal_status": t.legal_status,
            "parties": [abbrev(c) for c in t.parties]}
