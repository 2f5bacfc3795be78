"""The anchor a dateline gives that names a month but no day ("PARIS, April 1856.", "लंदन, अगस्त 1936"): read by
:mod:`casus.news.extract` when the article gives no date of its own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .dates import _DATELINE, find_dates
from .text import fold

__all__ = ["month_dateline"]

_DIGIT = re.compile(r"[0-9\u0966-\u096f]")
_DASH = re.compile(r"\s?(?:—|-|–|:|\u0964)\s")


def month_dateline(lines: list[str]) -> tuple[date, str] | None:
    """The last day of the month an article's dateline gives without a day ("PARIS, April 1856.", "लंदन, अगस्त
    1936"): the anchor its days without a year ("Wednesday, 26 August") resolve against; None without one."""
    for line in lines:
        long = len(line) > 80  # a lead opening with its dateline: "CONAKRY, January 1980 - Guinea and ..."
        if not _DIGIT.search(line[:60] if long else line):
            continue
        f = fold(line[:60] if long else line)
        for h in find_dates(f):
            if long and not _DASH.match(f.base, h.end):
                continue
            if h.kind == "month" and h.day is not None and (not f.base[:h.start].strip()
                                                             or _DATELINE.match(f.base[:h.start])):
                last = monthrange(h.day.year, h.day.month)[1]
                return h.day.replace(day=last), f"the article's dateline month ({line.strip()[:60]})"
    return None
