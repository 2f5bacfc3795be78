"""Old spellings of relative days (read by :mod:`casus.news.dates`): one counts only as written ("to-day",
"to-morrow"), never the words of another phrase that fold the same ("from day to day", "day-to-day", "up to
night")."""

from __future__ import annotations

import re

from .text import Folded

__all__ = ["old_spelling"]

_HYPHENED = re.compile(r"to-(?:day|morrow|night)", re.IGNORECASE)


def old_spelling(f: Folded, s: int, e: int) -> bool:
    """True unless folded span ``[s, e)`` is an old relative day's folding ("to day") that the original text does
    not write with its hyphen, or that ends "day-to-day" / "day to day"."""
    if f.base[s:s + 3].lower() not in ("to ", "to-"):
        return True
    o0, o1 = f.span(s, e)
    return bool(_HYPHENED.fullmatch(f.text[o0:o1])) and not f.base[max(0, s - 4):s].lower().startswith("day")
