"""The eighth round's date gate: an old spelling of a relative day counts only as written ("to-day", "to-morrow"),
never the words of another phrase that fold the same ("from day to day", "day-to-day", "up to night"); a dateline
that gives a month and year but no day anchors the article's days at that month's end."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .text import Folded, fold

__all__ = ["old_spelling", "month_dateline"]

_DIGIT = re.compile(r"[0-9\u0966-\u096f]")

_HYPHENED = re.compile(r"to-(?:day|morrow|night)", re.IGNORECASE)


def old_spelling(f: Folded, s: int, e: int) -> bool:
    """True unless folded span ``[s, e)`` is an old relative day's folding ("to day") that the original text does
    not write with its hyphen, or that ends "day-to-day" / "day to day"."""
    if f.base[s:s + 3].lower() not in ("to ", "to-"):
        return True
    o0, o1 = f.span(s, e)
    return bool(_HYPHENED.fullmatch(f.text[o0:o1])) and not f.base[max(0, s - 4):s].lower().startswith("day")


def month_dateline(lines: list[str]) -> tuple[date, str] | None:
    """The last day of the month an article's dateline gives without a day ("PARIS, April 1856.", "लंदन, अगस्त
    1936"): the anchor its days without a year ("Wednesday, 26 August") resolve against; None without one."""
    from .dates import _DATELINE, find_dates

    for line in lines:
        if len(line) > 80 or not _DIGIT.search(line):
            continue
        f = fold(line)
        for h in find_dates(f):
            if h.kind == "month" and h.day is not None and (not f.base[:h.start].strip()
                                                             or _DATELINE.match(f.base[:h.start])):
                last = monthrange(h.day.year, h.day.month)[1]
                return h.day.replace(day=last), f"the article's dateline month ({line.strip()[:60]})"
    return None
