"""The anchor a dateline gives that names a month but no day ("PARIS, April 1856.", "लंदन, अगस्त 1936"): read by
:mod:`casus.news.extract` when the article gives no date of its own; and the date that ends a page's section line
("World | Eastern Europe        Thursday, May 7, 1970"), the article's own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .dates import WEEKDAY_FIRST, find_dates
from .header_dates import _DATELINE
from .text import fold

__all__ = ["month_dateline", "section_date"]

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


#: a page's section path before a date on the same line: "World | Eastern Europe", "अंतरराष्ट्रीय » यूरोप", or a wide gap
_SECTION = re.compile(r"[|»›>]|\S\s{3,}\S")


def section_date(lines: list[str]) -> tuple[date, str] | None:
    """The full date that ends a short section line ("World | Eastern Europe      Thursday, May 7, 1970"): the
    article's own date, as :func:`casus.news.header_dates.header_date` reads a line that begins with one; None
    without."""
    for line in lines:
        line = line.rstrip()
        if len(line) > 160 or not _DIGIT.search(line[-6:]) or not _SECTION.search(line):
            continue
        f = fold(line)
        hits = find_dates(f)
        if not hits or hits[-1].kind != "day" or hits[-1].day is None or f.base[hits[-1].end:].strip(" .") \
                or hits[-1].start > 80:
            continue
        m = _SECTION.search(line)
        if m is not None and m.start() < len(line) - len(hits[-1].text):
            return hits[-1].day, f"the article's own date ({line.strip()[:60]})"
    return _field_date(lines) or _issue_date(lines)


#: the dashes or bars between a masthead's fields: "THE EVENING DISPATCH -- Foreign News -- Thursday, June 21, 1973"
_FIELDS = re.compile(r"\s(?:--|—|–|\|)\s")


def _field_date(lines: list[str]) -> tuple[date, str] | None:
    """A full date that is a whole field of a masthead line of three or more fields, perhaps after its weekday ("THE
    EVENING DISPATCH -- Foreign News -- Thursday, June 21, 1973 -- Page 7"): the article's own date; None without."""
    for line in lines:
        if len(line) > 160 or not _DIGIT.search(line):
            continue
        fields = _FIELDS.split(line.strip())
        if len(fields) < 3:
            continue
        for field in fields:
            f = fold(field.strip())
            hits = find_dates(f)
            if len(hits) == 1 and hits[0].kind == "day" and hits[0].day is not None \
                    and not f.base[hits[0].end:].strip(" .") \
                    and (not f.base[:hits[0].start].strip() or WEEKDAY_FIRST.match(f.base[:hits[0].start])):
                return hits[0].day, f"the article's own date ({line.strip()[:60]})"
    return None


#: a paper's issue the story appeared in, after its date: "(यह ख़बर हमारे 27 अप्रैल 1985 के अंक में प्रकाशित हुई थी)",
#: "(This story appeared in our issue of April 27, 1985)" (folded: no nukta)
_ISSUE_AFTER = re.compile(r"\s?(?:के|वाले)\s(?:[^\s]+\s)?(?:अंक|संस्करण)\s(?:में\s)?(?:प्रकाशित|छपी|छपा|छपे)")
_ISSUE_BEFORE = re.compile(r"(?:issue|edition)\s(?:of|dated)\s$", re.IGNORECASE)


def _issue_date(lines: list[str]) -> tuple[date, str] | None:
    """The date of the paper's issue a republished story says it first appeared in, or None."""
    for line in lines:
        if len(line) > 200 or not _DIGIT.search(line) or not any(w in line for w in ("अंक", "संस्करण", "issue",
                                                                                      "edition")):
            continue
        f = fold(line)
        for h in find_dates(f):
            if h.kind == "day" and h.day is not None and (_ISSUE_AFTER.match(f.base, h.end)
                                                          or _ISSUE_BEFORE.search(f.base[:h.start])):
                return h.day, f"the date of the issue the story appeared in ({line.strip()[:60]})"
    return None
