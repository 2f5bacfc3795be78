"""An article's own date, read from its first (and last) lines and its page's metadata (:func:`header_date`):
a labelled date, a short line that begins with one, a dateline's ("MOSCOW, Oct 24 —"), with the dates
:mod:`casus.news.dates` finds in a line and the ranks :mod:`casus.news.dates_more` adds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .dates import _DAY_KEYS, CLOCK, WEEKDAY_FIRST, DateHit, _day, find_dates
from .dates_more import more_header_rank
from .text import Folded, fold

__all__ = ["header_date"]

_DIGIT = re.compile(r"[0-9\u0966-\u096f]")
_LABEL = re.compile(
    r"(?:published|updated|last updated|first published|posted|date|dated|प्रकाशित|अपडेटेड|अपडेट|दिनांक|तारीख)"
    r"(?:\s(?:on|at))?\s?[:|-]?\s?"
    r"(?:[a-z\u0900-\u097f]{3,12}\.?,?\s?)?$",  # a weekday before the date: "Published: Wednesday, June 18, 2014"
    re.IGNORECASE)
#: A dateline's place before its date (a city, perhaps with its island or region), and the weekday it may name first:
#: "MOSCOW, ", "DENPASAR, Bali, ", "ब्रसेल्स/अंकारा | ", "BANGKOK, Wednesday, ", "LISBON (" (an archive's "LISBON (Dec. 7,
#: 2005) -")
_DATELINE = re.compile(rf"^\s?(?:[^\n,.:|]{{2,40}}(?:,\s?[^\n,.:|\d]{{2,24}})?(?:,|\s?\|)"
                       rf"|(?-i:[A-Z][A-Z .'/-]{{1,40}})\s\()\s?"  # (the bracket after a place in capitals only)
                       rf"(?:(?:{'|'.join(_DAY_KEYS)}),?\s?)?$", re.IGNORECASE)


def _header_rank(f: Folded, h: DateHit) -> int | None:
    """0 for a labelled date, 1 for a short line that begins with it, 2 after a dateline or a masthead, else None."""
    prefix = f.base[:h.start]
    if _LABEL.search(prefix[-40:]):
        return 0
    if (not prefix.strip() or WEEKDAY_FIRST.match(prefix) or CLOCK.fullmatch(prefix.strip(" ,|-"))) \
            and len(f.base.strip()) <= 80:
        return 1  # (a weekday or a time of day may come first: "Monday 5 December 2022", "00:09 24/07/2025")
    if not prefix.strip() and h.kind == "day" and _OWN_SENTENCE_AFTER.match(f.base, h.end):
        return 2  # a dateline that is a date alone, its own sentence before the lead: "9 अप्रैल 1959। ... ने आज ..."
    if _DATELINE.match(prefix):
        return 2
    return more_header_rank(f, h)  # (a label after the date, a masthead's date: casus.news.dates_more)


def _nearest(month: int, dom: int, ref: date) -> date | None:
    """The day ``dom`` of ``month`` nearest ``ref`` (last, this or next year)."""
    days = [d for d in (_day(y, month, dom) for y in (ref.year - 1, ref.year, ref.year + 1)) if d is not None]
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def header_date(lines: list[str], fallback_year: int | None, meta: Sequence[str] = (),
                reference: date | None = None) -> tuple[date, str] | None:
    """The article's own date from its first (and last) lines, or None.

    A date labelled "Published:"/"Updated:"/"प्रकाशित:" wins; then a short line
    that begins with a date; then a dateline ("MOSCOW, Oct 24 —").  A dateline
    without a year takes the year that puts it nearest ``reference`` (--date
    or a tweet's date), else ``fallback_year``, or is not used.  ``meta``
    lines (an HTML page's byline and ``<time>``) count as labelled.
    """
    found: list[tuple[int, date, str]] = []
    datelines: list[DateHit] = []  # a dateline's day and month without a year ("DENPASAR, Feb 24 —")
    for line in meta:
        f = fold(line[:400])
        for h in find_dates(f):
            if h.kind == "day":
                assert h.day is not None
                found.append((0, h.day, f"the article's own date ({line.strip()[:60]})"))
    for line in lines:
        if len(line) > 400:
            line = line[:400]
        if not _DIGIT.search(line):
            continue  # an article's own date always has numerals
        f = fold(line)
        for h in find_dates(f):
            rank = _header_rank(f, h)
            if rank is None:
                continue
            if h.kind == "day":
                assert h.day is not None
                found.append((rank, h.day, f"the article's own date ({line.strip()[:60]})"))
            elif h.kind == "daymonth" and rank == 2 and _LEAD_AFTER.match(f.base, h.end):
                datelines.append(h)  # (a dateline that opens the lead, not a link's title at the page's foot)
            if h.kind == "daymonth" and (fallback_year is not None or reference is not None):
                assert h.month is not None and h.dom is not None
                got = _nearest(h.month, h.dom, reference) if reference is not None \
                    else _day(fallback_year or 0, h.month, h.dom)
                if got is None:
                    continue
                d = got
                found.append((rank + 3, d, f"the article's dateline ({h.text.strip()}), year from the reference"))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    return _own_or_written(found[0], datelines, lines)


def _own_or_written(first: tuple[int, date, str], datelines: Sequence[DateHit], lines: list[str]) -> tuple[date, str]:
    """The article's own date ``first`` (its rank, day and basis), or the day a dateline under it says the report was
    written (:func:`_written_on`, :func:`_written_on_weekday`)."""
    rank, day, basis = first
    if rank <= 1 and (written := _written_on(datelines, day)) is not None:
        return written
    if rank <= 2 and (written := _written_on_weekday(_weekday_datelines(lines), day)) is not None:
        return written
    return day, basis


def _weekday_datelines(lines: list[str]) -> list[tuple[int, str]]:
    """The datelines of a place and a weekday alone on their line ("ANKARA, Wednesday."): the weekday (Monday 0) and
    the line."""
    out = []
    for line in lines:
        if (wd := _WEEKDAY_DATELINE.fullmatch(line[:80].strip())) is not None:
            out.append((_DAY_KEYS.index(wd.group(1).lower()), line.strip()))
    return out


#: a dateline of a place in capitals and a weekday, alone on its line: "ANKARA, Wednesday.", "From Our Own
#: Correspondent" papers' style (the weekday the report was written)
_WEEKDAY_DATELINE = re.compile(r"[A-Z][A-Z.' -]{2,30}(?:,\s[A-Za-z.' ]{2,25})?,\s(" + "|".join(
    w.capitalize() for w in _DAY_KEYS) + r")[.:]?(?:\s?(?:—|–|-))?")


def _written_on_weekday(weekdays: Sequence[tuple[int, str]], published: date) -> tuple[date, str] | None:
    """The day a weekday dateline names ("ANKARA, Wednesday."), when it falls in the few days before the publication
    date: the report was written that day, and its "today" is that day; else None."""
    for wd, line in weekdays:
        back = (published.weekday() - wd) % 7
        if 0 < back <= _WRITTEN_BEFORE:
            d = date.fromordinal(published.toordinal() - back)
            weekday = _DAY_KEYS[wd].capitalize()
            return d, f"the article's dateline ({line[:40]}), the {weekday} before its date {published}"
    return None


#: the stop after a full date that opens a line as its own sentence: "9 अप्रैल 1959। पश्चिम अफ्रीकी ...", "April 9, 1959.
#: Liberia and ..."
_OWN_SENTENCE_AFTER = re.compile(r"\s?[।.]\s\S")
#: the dash or colon between a dateline and the lead it opens: "DENPASAR, Bali, Feb 24 — The heads of government"
_LEAD_AFTER = re.compile(r"\s?(?:—|–|-|:)\s?\S")
#: the most days a report's dateline may precede its labelled publication date and still be the day it was written
_WRITTEN_BEFORE = 3


def _written_on(datelines: Sequence[DateHit], published: date) -> tuple[date, str] | None:
    """The day a dateline without a year names, when it falls in the few days before the publication date, labelled
    or on a line of its own ("Published: February 25, 1976" or "Wednesday, November 14, 1990" over "DENPASAR, Feb 24
    —"): the report was written that day, and its "today" is that day; else None."""
    for h in datelines:
        assert h.month is not None and h.dom is not None
        d = _nearest(h.month, h.dom, published)
        if d is not None and 0 < (published - d).days <= _WRITTEN_BEFORE:
            return d, f"the article's dateline ({h.text.strip()}), year from its publication date {published}"
    return None
