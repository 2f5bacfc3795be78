"""Dates in news text: find them, parse them, resolve weekdays and "yesterday".

Candidates are located by one regular expression over the folded text (see
:mod:`casus.news.text`) built from the month and weekday names of the
``dateparser`` package's English and Hindi locale data; each absolute
candidate is then parsed by ``dateparser`` from the original wording (it reads
Devanagari numerals, "Sept.", "24th", ...).  Weekdays and relative words
("yesterday", "कल") are resolved against an anchor date — the article's own
date, ``--date``, or the date of an embedded tweet (a hint) — and every
resolved date says how it was found (its *basis*).

All patterns are bounded: no nested quantifiers, no backtracking blow-up.

>>> hits = find_dates(fold("उत्तर कोरिया और रूस ने बुधवार को हस्ताक्षर किए"))
>>> [(h.kind, h.weekday) for h in hits]
[('weekday', 2)]
>>> resolve(hits[0], date(2024, 6, 19), "an embedded tweet's date (a hint)", "past")
('2024-06-19', "weekday 'बुधवार' resolved against an embedded tweet's date (a hint) 2024-06-19")
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .text import WORD_CHARS, Folded, fold, fold_phrase

__all__ = ["DateHit", "find_dates", "resolve", "parse_date_text", "header_date", "precision_of"]

_B = rf"(?<![{WORD_CHARS}])"
_E = rf"(?![{WORD_CHARS}])"
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(month name -> 1..12, weekday name -> 0..6, relative word -> days), folded."""
    from dateparser.languages.loader import default_loader

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for lang in ("en", "hi"):
        info = default_loader.get_locale(lang).info
        for i, k in enumerate(_MONTH_KEYS):
            for name in info.get(k, []):
                n = fold_phrase(str(name)).rstrip(".॰")
                if (len(n) >= 3 or (lang == "hi" and len(n) >= 2)) and not n.endswith("॰"):
                    months.setdefault(n, i + 1)
        for i, k in enumerate(_DAY_KEYS):
            for name in info.get(k, []):
                n = fold_phrase(str(name))
                if (lang == "en" and len(n) >= 6) or (lang == "hi" and n.endswith("वार")):
                    days.setdefault(n, i)
    months.update({"sept": 9, "sep": 9})
    days.update({"tues": 1, "thurs": 3, fold_phrase("बृहस्पतिवार"): 3, fold_phrase("इतवार"): 6})
    rel = {"yesterday": -1, "today": 0, "tomorrow": 1, "कल": -1, "आज": 0, "परसों": -2}
    return months, days, {fold_phrase(k): v for k, v in rel.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    months, days, rel = _vocab()
    mon = rf"(?:{_alt(months)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    parts = [
        rf"(?P<iso>{_B}{year}-\d{{1,2}}-\d{{1,2}}{_E})",
        rf"(?P<dmy>{_B}{day}\s(?:of\s)?{mon},?\s{year}{_E})",
        rf"(?P<mdy>{_B}{mon}\s{day},?\s{year}{_E})",
        rf"(?P<num>{_B}\d{{1,2}}[./]\d{{1,2}}[./]{year}{_E})",
        rf"(?P<my>{_B}{mon},?\s{year}{_E})",
        rf"(?P<dm>{_B}{day}\s{mon}{_E}|{_B}{mon}\s{day}{_E})",
        rf"(?P<mo>{_B}(?:in|since|early|late|mid|last|this|next|by|until|from|of)\s{mon}{_E}(?!,?\s(?:\d))"
        rf"|{_B}{mon}(?=\s(?:में|को|महीने|माह|से|तक){_E}))",
        rf"(?P<wd>{_B}(?:{_alt(days)}){_E})",
        rf"(?P<rel>{_B}(?:{_alt(rel)}){_E})",
        rf"(?P<yr>{_B}{year}{_E})",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    """A date expression at folded offsets ``[start, end)``.

    ``kind``: ``day`` (a full date), ``daymonth`` (no year), ``month`` (month
    and year), ``monthonly``, ``year``, ``weekday`` or ``relative``.
    """

    start: int
    end: int
    kind: str
    text: str
    day: date | None = None  # full dates; month/year: the first day
    month: int | None = None
    dom: int | None = None  # day of month (daymonth)
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None  # relative: days from the anchor (sign fixed by tense)


_MONTH_WORD = re.compile(r"[\u0900-\u097f]+|[^\W\d_]+")


def _month_of(s: str) -> int | None:
    months = _vocab()[0]
    low = fold_phrase(s)
    for w in _MONTH_WORD.findall(low):
        w = w.rstrip(".")
        if w in months:
            return months[w]
    return None


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en", "hi"], settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


@lru_cache(maxsize=8192)
def parse_date_text(s: str) -> tuple[date, str] | None:
    """``dateparser``'s reading of an absolute date: (date, period) or None.

    >>> parse_date_text("१९ जून २०२४")
    (datetime.date(2024, 6, 19), 'day')
    >>> parse_date_text("June 19, 2024")
    (datetime.date(2024, 6, 19), 'day')
    """
    if not s or len(s) > 60:
        return None
    try:
        r = _parser().get_date_data(s)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    if r is None or r.date_obj is None:
        return None
    d = r.date_obj.date() if isinstance(r.date_obj, _dt.datetime) else r.date_obj
    return d, (r.period or "day")


def _int(s: str) -> int | None:
    m = re.search(r"\d+", s)
    return int(m.group()) if m else None


def find_dates(f: Folded, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Date expressions in folded text (``f.base``), left to right."""
    months, days, rel = _vocab()
    out: list[DateHit] = []
    base = f.base
    end = len(base) if end is None else end
    for m in _pattern().finditer(base, start, end):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        txt = m.group()
        if kind in ("iso", "dmy", "mdy", "num", "my"):
            o0, o1 = f.span(s, e)
            got = parse_date_text(f.text[o0:o1]) or parse_date_text(txt)
            if got is None:
                continue
            d, period = got
            if kind == "my" or period == "month":
                out.append(DateHit(s, e, "month", txt, day=d.replace(day=1), month=d.month, year=d.year))
            else:
                out.append(DateHit(s, e, "day", txt, day=d, month=d.month, year=d.year))
        elif kind == "dm":
            mon = _month_of(txt)
            dom = _int(txt)
            if mon is None or dom is None or not 1 <= dom <= 31:
                continue
            if txt.strip().lower().startswith("may") and not txt.strip().startswith("May"):
                continue  # "may 2 ..." as a verb
            out.append(DateHit(s, e, "daymonth", txt, month=mon, dom=dom))
        elif kind == "mo":
            mon = _month_of(txt.split()[-1] if " " in txt else txt)
            if mon is None:
                continue
            word = txt.split()[-1]
            if fold_phrase(word).rstrip(".") in ("may", "march") and not word[:1].isupper():
                continue
            out.append(DateHit(s, e, "monthonly", txt, month=mon))
        elif kind == "wd":
            out.append(DateHit(s, e, "weekday", txt, weekday=days[fold_phrase(txt)]))
        elif kind == "rel":
            out.append(DateHit(s, e, "relative", txt, offset=rel[fold_phrase(txt)]))
        elif kind == "yr":
            out.append(DateHit(s, e, "year", txt, year=int(txt)))
    return out


def precision_of(iso: str | None) -> str | None:
    if iso is None:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(iso))


def _nearest_day(month: int, dom: int, anchor: date) -> date | None:
    """The day ``dom`` of ``month`` nearest ``anchor`` (last, this or next year), or None if there is none."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, dom)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


def resolve(hit: DateHit, anchor: date | None, anchor_basis: str | None, tense: str = "past",
            year_shift: int = 0) -> tuple[str | None, str]:
    """ISO date (day, ``YYYY-MM`` or ``YYYY``) of ``hit`` and the basis of it.

    ``anchor`` resolves weekdays, relative words and missing years; ``tense``
    (``past`` or ``future``) says which way a weekday or "कल" points.
    ``year_shift`` is -1 for "last year", +1 for "next year".
    """
    future = tense == "future"
    if hit.kind == "day":
        assert hit.day is not None  # each kind sets its own fields (see DateHit)
        return hit.day.isoformat(), f"date in the text ({hit.text.strip()})"
    if hit.kind == "month":
        return f"{hit.year:04d}-{hit.month:02d}", f"only the month is given ({hit.text.strip()})"
    if hit.kind == "year":
        return f"{hit.year:04d}", f"only the year is given ({hit.text.strip()})"
    what = {"daymonth": "day and month", "monthonly": "month", "weekday": "weekday",
            "relative": "relative day"}[hit.kind]
    if anchor is None:
        return None, f"{what} '{hit.text.strip()}' with no date to resolve it against (give --date)"
    against = f"{anchor_basis} {anchor.isoformat()}"
    if hit.kind == "weekday":
        assert hit.weekday is not None
        if future:
            d = anchor + timedelta(days=(hit.weekday - anchor.weekday()) % 7)
        else:
            d = anchor - timedelta(days=(anchor.weekday() - hit.weekday) % 7)
        return d.isoformat(), f"weekday '{hit.text.strip()}' resolved against {against}"
    if hit.kind == "relative":
        assert hit.offset is not None
        word = hit.text.strip().lower()
        if word in ("yesterday", "tomorrow", "today"):
            off = hit.offset
        else:  # Hindi "कल" is yesterday or tomorrow, "परसों" two days either way: the verb decides
            off = abs(hit.offset) * (1 if future else -1)
        d = anchor + timedelta(days=off)
        return d.isoformat(), f"'{hit.text.strip()}' resolved against {against}"
    if hit.kind == "daymonth":
        assert hit.month is not None and hit.dom is not None
        best = _nearest_day(hit.month, hit.dom, anchor)
        if best is None:
            return None, f"'{hit.text.strip()}' is not a real day"
        return best.isoformat(), f"day and month in the text ({hit.text.strip()}), year from {against}"
    # month only
    assert hit.month is not None
    y = anchor.year + year_shift
    if not year_shift:
        if future and hit.month < anchor.month:
            y += 1
        elif not future and hit.month > anchor.month:
            y -= 1
    return f"{y:04d}-{hit.month:02d}", f"month '{hit.text.strip()}' in the text, year from {against}"


_DIGIT = re.compile(r"[0-9\u0966-\u096f]")
_LABEL = re.compile(
    r"(?:published|updated|last updated|first published|posted|date|dated|प्रकाशित|अपडेटेड|अपडेट|दिनांक|तारीख)"
    r"(?:\s(?:on|at))?\s?[:|-]?\s?$", re.IGNORECASE)
_DATELINE = re.compile(r"^\s?[^\n,.:]{2,40},\s?$")


def _header_rank(f: Folded, h: DateHit) -> int | None:
    """0 for a labelled date, 1 for a short line that begins with it, 2 after a dateline, else None."""
    prefix = f.base[:h.start]
    if _LABEL.search(prefix[-40:]):
        return 0
    if not prefix.strip() and len(f.base.strip()) <= 80:
        return 1
    if _DATELINE.match(prefix):
        return 2
    return None


def header_date(lines: list[str], fallback_year: int | None, meta: Sequence[str] = ()) -> tuple[date, str] | None:
    """The article's own date from its first (and last) lines, or None.

    A date labelled "Published:"/"Updated:"/"प्रकाशित:" wins; then a short line
    that begins with a date; then a dateline ("MOSCOW, Oct 24 —").  A dateline
    without a year takes ``fallback_year`` (from --date or a tweet), or is
    not used.  ``meta`` lines (an HTML page's byline and ``<time>``) count as
    labelled.
    """
    found: list[tuple[int, date, str]] = []
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
            elif h.kind == "daymonth" and fallback_year is not None:
                assert h.month is not None and h.dom is not None
                try:
                    d = date(fallback_year, h.month, h.dom)
                except ValueError:
                    continue
                found.append((rank + 3, d, f"the article's dateline ({h.text.strip()}), year from the reference"))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    return found[0][1], found[0][2]
