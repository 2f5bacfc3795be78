"""Dates in news text: find them, parse them, resolve weekdays and "yesterday".

Candidates are located by one regular expression over the folded text (see :mod:`casus.news.text`) built from
the month and weekday names of the ``dateparser`` package's English and Hindi locale data; each absolute candidate
is then parsed by ``dateparser`` from the original wording (it reads Devanagari numerals, "Sept.", "24th", ...).
Weekdays and relative words ("yesterday", "कल") are resolved against an anchor date — the article's own date,
``--date``, or the date of an embedded tweet (a hint) — and every resolved date says how it was found (its *basis*).

All patterns are bounded: no nested quantifiers, no backtracking blow-up.
>>> from casus.news.text import fold
>>> hits = find_dates(fold("उत्तर कोरिया और रूस ने बुधवार को हस्ताक्षर किए"))
>>> [(h.kind, h.weekday) for h in hits]
[('weekday', 2)]
>>> resolve(hits[0], date(2024, 6, 19), "an embedded tweet's date (a hint)", "past")
('2024-06-19', "weekday 'बुधवार' resolved against an embedded tweet's date (a hint) 2024-06-19")
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lexicon9 import RELATIVE_DAYS_9 as OLD_RELATIVE_DAYS  # (the old spellings, and "last night")
from .old_spellings import old_spelling
from .text import WORD_CHARS, Folded, fold_phrase, trie_alternation

__all__ = ["DateHit", "find_dates", "resolve", "month_only", "parse_date_text", "precision_of",
           "recent_day", "WEEKDAY_FIRST", "CLOCK"]

_B = rf"(?<![{WORD_CHARS}])"
_E = rf"(?![{WORD_CHARS}])"
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a page's weekday before its date, alone before it on the line: "Monday 5 December 2022", "Wednesday, 26 March 2025"
WEEKDAY_FIRST = re.compile(rf"^\s?(?:{'|'.join(_DAY_KEYS)}),?\s?$", re.IGNORECASE)
#: a time of day beside a page's date, perhaps with its zone ("Wednesday, 21 March 2018  07:55", "09 September 2020 |
#: 10:12 IST", "08:15 WIB", "GMT+7", "00:09 24/07/2025")
CLOCK = re.compile(r"(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?"
                   r"(?:\s?\(?[a-z]{2,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?", re.IGNORECASE)


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
    rel = {"yesterday": -1, "today": 0, "tomorrow": 1, "कल": -1, "आज": 0, "परसों": -2, **{w: 0 for w in _SAME_DAY},
           **OLD_RELATIVE_DAYS}
    return months, days, {fold_phrase(k): v for k, v in rel.items()}


#: English words for the day itself besides "today"
_SAME_DAY = ("this morning", "this afternoon", "this evening", "tonight", "earlier today")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The date expressions, one named group each (tried in this order at each place).  Every one begins a word: the
    word's start is tested once, before them all, and the names are tries (:func:`casus.news.text.trie_alternation`),
    which makes the scan three times faster than each part's own test and names tried longest first; the matches
    are the same."""
    months, days, rel = _vocab()
    mon = rf"(?:{trie_alternation(months)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    parts = [
        rf"(?P<iso>{year}-\d{{1,2}}-\d{{1,2}}{_E})",
        rf"(?P<dmy>{day}\s(?:of\s)?{mon},?\s{year}{_E})",
        rf"(?P<mdy>{mon}\s{day},?\s{year}{_E})",
        rf"(?P<num>\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep){year}{_E})",  # (day first: "03-07-2018", 3 July)
        rf"(?P<my>{mon},?\s{year}{_E})",
        rf"(?P<dm>{day}\s{mon}{_E}|{mon}\s{day}{_E})",
        # a day of the article's month, or of the one before: "इस महीने की 4 तारीख़", "the 4th of this month", and as
        # old dispatches write it, "the 20th instant" ("inst."), "the 28th ultimo" ("ult.")
        rf"(?P<tm>(?:इस|पिछले)\s(?:महीने|माह)\s(?:की\s)?\d{{1,2}}\s?(?:तारीख़|तारीख|तारीखों)?{_E}"
        rf"|the\s\d{{1,2}}(?:st|nd|rd|th)\sof\s(?:this|last)\smonth{_E}"
        rf"|the\s\d{{1,2}}(?:st|nd|rd|th)?\s(?:instant{_E}|inst\.|inst{_E}|ultimo{_E}|ult\.|ult{_E}))",
        rf"(?P<mo>(?:in|since|early|late|mid|last|this|next|by|until|from|of)\s{mon}{_E}(?!,?\s(?:\d))"
        rf"|{mon}(?=\s(?:में|को|महीने|माह|से|तक){_E}))",
        rf"(?P<wd>(?:{trie_alternation(days)}){_E})",
        rf"(?P<rel>(?:{trie_alternation([*rel, *OLD_RELATIVE_DAYS])}){_E})",
        rf"(?P<yr>{year}{_E})",
    ]
    return re.compile(_B + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    """A date expression at folded offsets ``[start, end)``.

    ``kind``: ``day`` (a full date), ``daymonth`` (no year), ``month`` (month
    and year), ``monthonly``, ``year``, ``weekday``, ``relative`` or ``thismonth`` (a day of the article's month,
    ``offset`` -1 for the month before).
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
    """Date expressions in folded text (``f.base``), left to right (the whole text's, and each part's, read once per
    text: the reader's steps ask for them several times)."""
    if start == 0 and end is None:
        if f.dates is None:
            f.dates = _find_dates(f, 0, None)
        return list(f.dates)
    key = (start, len(f.base) if end is None else end)
    hits = f.part_dates.get(key)
    if hits is None:
        hits = f.part_dates[key] = _find_dates(f, start, end)
    return list(hits)


#: "(आज का कोलंबिया)", "(today's Colombia)": a present-day name glossed in brackets, not a day
_GLOSS_OPEN = re.compile(r"\(\s?$")
_GLOSS_OF = re.compile(r"\s?(?:का|की|के|'s)\s")


def _present_day_gloss(base: str, s: int, e: int) -> bool:
    return _GLOSS_OPEN.search(base, max(0, s - 2), s) is not None and _GLOSS_OF.match(base, e) is not None


def _find_dates(f: Folded, start: int, end: int | None) -> list[DateHit]:
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
        elif kind in ("dm", "tm"):
            hit = _day_of_month(kind, s, e, txt)
            if hit is not None:
                out.append(hit)
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
        elif kind == "rel" and old_spelling(f, s, e) and not _present_day_gloss(base, s, e):
            out.append(DateHit(s, e, "relative", txt, offset=rel[fold_phrase(txt)]))
        elif kind == "yr":
            out.append(DateHit(s, e, "year", txt, year=int(txt)))
    return _with_bracketed_years(_with_weekdays(out, base), base)


#: a year in brackets right after a day and month: "MOSCOW, July 29 (1991) -", "मॉस्को, 29 जुलाई (1991)"
_BRACKET_OPEN, _BRACKET_CLOSE = re.compile(r"^\s?\(\s?$"), re.compile(r"\s?\)")


def _merged(hits: list[DateHit], base: str,
            join: Callable[[DateHit, DateHit, str], DateHit | None]) -> list[DateHit]:
    """``hits`` with each pair of neighbours that ``join(a, b, base)`` makes one date (a :class:`DateHit`, else None)
    replaced by it, from the left."""
    out: list[DateHit] = []
    k = 0
    while k < len(hits):
        one = join(hits[k], hits[k + 1], base) if k + 1 < len(hits) else None
        out.append(hits[k] if one is None else one)
        k += 1 if one is None else 2
    return out


def _bracketed_year(a: DateHit, b: DateHit, base: str) -> DateHit | None:
    """A day and month followed by its year in brackets (an archive's dateline: "July 29 (1991)"): one full date."""
    close = _BRACKET_CLOSE.match(base, b.end)
    if close is None or (a.kind, b.kind) != ("daymonth", "year") or not _BRACKET_OPEN.match(base[a.end:b.start]) \
            or a.month is None or a.dom is None or b.year is None or (d := _day(b.year, a.month, a.dom)) is None:
        return None
    return DateHit(a.start, close.end(), "day", base[a.start:close.end()], day=d, month=d.month, year=d.year,
                   weekday=a.weekday)


def _with_bracketed_years(hits: list[DateHit], base: str) -> list[DateHit]:
    return _merged(hits, base, _bracketed_year)


def _day_of_month(kind: str, s: int, e: int, txt: str) -> DateHit | None:
    """A day and month without a year ("12 September"; ``dm``), or a day of the article's month or the one before
    ("इस महीने की 4 तारीख़"; ``tm``); None if it is no day."""
    dom = _int(txt)
    if dom is None or not 1 <= dom <= 31:
        return None
    if kind == "tm":
        return DateHit(s, e, "thismonth", txt, dom=dom, offset=-1 if re.search(r"पिछले|last|ult", txt) else 0)
    mon = _month_of(txt)
    if mon is None or txt.strip().lower().startswith("may") and not txt.strip().startswith("May"):
        return None  # ("may 2 ..." as a verb)
    return DateHit(s, e, "daymonth", txt, month=mon, dom=dom)


_WD_GLUE = re.compile(r"^\s?(?:,|\(|,\s?the)?\s?$")
#: between a full date and the weekday it fell on: "19 नवंबर 2015 को, गुरुवार के दिन", "May 16, 2019, a Thursday"
#: (not a page's "22 जुलाई 2012, रविवार": a dateline's parts are read apart)
_FULL_WD_GLUE = re.compile(r"^\s?(?:को\s?,?|,\s?(?:a|the))\s?$")
#: between a weekday and the full date it names, in a sentence: "on Thursday, August 26, 1993", "गुरुवार, 26 अगस्त 1993 को"
_WD_FULL_GLUE = re.compile(r"^,\s?$")


def _with_weekdays(hits: list[DateHit], base: str) -> list[DateHit]:
    """A weekday right before a day and month ("Tuesday, 12 September", "मंगलवार, 12 सितंबर", "Tuesday (Sept.
    12)") or after it ("12 September, Tuesday") joins it: the weekday then pins the year (see :func:`resolve`); a
    weekday named beside the full date it fell on adds nothing (the full date alone)."""
    hits = [h for k, h in enumerate(hits)
            if not (k + 1 < len(hits) and _weekday_before_full_date(h, hits[k + 1], base))]
    return _merged(hits, base, _weekday_joined)


def _weekday_joined(a: DateHit, b: DateHit, base: str) -> DateHit | None:
    """The one date a neighbouring weekday and date make (see :func:`_with_weekdays`), or None."""
    if _weekday_of_full_date(a, b, base):
        return a
    if {a.kind, b.kind} == {"weekday", "daymonth"} and _WD_GLUE.match(base[a.end:b.start]) and b.start - a.end <= 6:
        wd, dm = (a, b) if a.kind == "weekday" else (b, a)
        return DateHit(a.start, b.end, "daymonth", base[a.start:b.end], month=dm.month, dom=dm.dom,
                       weekday=wd.weekday)
    if (a.kind, b.kind) == ("weekday", "thismonth") and _WD_FULL_GLUE.match(base[a.end:b.start]):
        # "On Monday, the 20th instant": the day of the month, the weekday beside it naming the same day
        return DateHit(a.start, b.end, "thismonth", base[a.start:b.end], dom=b.dom, offset=b.offset)
    return None


def _weekday_of_full_date(a: DateHit, b: DateHit, base: str) -> bool:
    """Whether of two adjacent date expressions the first is a full date and the second, glued to it, the weekday it
    fell on ("19 नवंबर 2015 को, गुरुवार के दिन", "on May 16, 2019, a Thursday"): one day, named twice."""
    if (a.kind, b.kind) != ("day", "weekday") or b.start - a.end > 8 or not _FULL_WD_GLUE.match(base[a.end:b.start]):
        return False
    return a.day is not None and a.day.weekday() == b.weekday


def _weekday_before_full_date(a: DateHit, b: DateHit, base: str) -> bool:
    """Whether of two adjacent date expressions the first is a weekday and the second the full date, right after a
    comma, that fell on it ("on Thursday, August 26, 1993"): one day, named twice, read as the full date (which
    dates the event better than the weekday, the nearer of the two to a verb before them)."""
    if (a.kind, b.kind) != ("weekday", "day") or not _WD_FULL_GLUE.match(base[a.end:b.start]):
        return False
    return b.day is not None and b.day.weekday() == a.weekday


def precision_of(iso: str | None) -> str | None:
    if iso is None:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(iso))


def _day(y: int, month: int, dom: int) -> date | None:
    try:
        return date(y, month, dom)
    except ValueError:
        return None


def recent_day(month: int, dom: int, anchor: date, future: bool = False, weekday: int | None = None) -> date | None:
    """The most recent day ``dom`` of ``month`` not after ``anchor`` (``future``: the first not before it).

    With ``weekday`` (0 = Monday), the most recent (first) such day that fell on that weekday, up to 28
    years back (forward): the calendar repeats every 28 years.  None if there is no such day.

    >>> recent_day(12, 30, date(2025, 1, 2)), recent_day(1, 5, date(2024, 12, 30), future=True)
    (datetime.date(2024, 12, 30), datetime.date(2025, 1, 5))
    >>> recent_day(9, 12, date(2025, 6, 1), weekday=1)  # a Tuesday, 12 September
    datetime.date(2023, 9, 12)
    """
    step = 1 if future else -1
    for k in range(29 if weekday is not None else 2):
        d = _day(anchor.year + step * k, month, dom)
        if d is None or (d < anchor if future else d > anchor):
            continue
        if weekday is None or d.weekday() == weekday:
            return d
    return None


#: how :func:`resolve` begins the basis of a date read from a month named without a year or a day
_MONTH_ONLY = "month"


def month_only(basis: str) -> bool:
    """True if :func:`resolve` read a date from a month named without a year or a day ("last November", "in
    August", "फरवरी में"): the precision the earlier sets give a background event, not the news."""
    return basis.startswith(f"{_MONTH_ONLY} '")


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
    what = {"daymonth": "day and month", "monthonly": _MONTH_ONLY, "weekday": "weekday",
            "relative": "relative day", "thismonth": "day of the month"}[hit.kind]
    if hit.kind == "daymonth":
        return _resolve_daymonth(hit, anchor, anchor_basis, future)
    if anchor is None:
        return None, f"{what} '{hit.text.strip()}' with no date to resolve it against (give --date)"
    against = f"{anchor_basis} {anchor.isoformat()}"
    if hit.kind == "thismonth":  # the article's month, or the one before ("पिछले महीने की 28 तारीख़")
        assert hit.dom is not None and hit.offset is not None
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + hit.offset, 12)
        d = _day(y, m + 1, hit.dom)
        if d is None:
            return None, f"{what} '{hit.text.strip()}' is no day of that month"
        return d.isoformat(), f"{what} '{hit.text.strip()}', the month from {against}"
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
        if word in ("yesterday", "tomorrow", "today", *_SAME_DAY):
            off = hit.offset
        else:  # Hindi "कल" is yesterday or tomorrow, "परसों" two days either way: the verb decides
            off = abs(hit.offset) * (1 if future else -1)
        d = anchor + timedelta(days=off)
        return d.isoformat(), f"'{hit.text.strip()}' resolved against {against}"
    # month only
    assert hit.month is not None
    y = anchor.year + year_shift
    if not year_shift:
        if future and hit.month < anchor.month:
            y += 1
        elif not future and hit.month > anchor.month:
            y -= 1
    return f"{y:04d}-{hit.month:02d}", f"{_MONTH_ONLY} '{hit.text.strip()}' in the text, year from {against}"


def _resolve_daymonth(hit: DateHit, anchor: date | None, anchor_basis: str | None,
                      future: bool) -> tuple[str | None, str]:
    """A day and month without a year: the most recent such day up to the anchor (the first from it, for the
    future); with a weekday, the most recent year in which that day fell on it (up to today, if no anchor)."""
    assert hit.month is not None and hit.dom is not None
    text = hit.text.strip()
    if anchor is None:
        if hit.weekday is not None:
            today = date.today()
            got = recent_day(hit.month, hit.dom, today, weekday=hit.weekday)
            if got is not None:
                return got.isoformat(), (f"'{text}': the most recent year up to today ({today.isoformat()}) "
                                         "in which that day fell on that weekday (the article gives no date)")
        return None, f"day and month '{text}' with no date to resolve it against (give --date)"
    best = recent_day(hit.month, hit.dom, anchor, future, hit.weekday)
    if best is None and hit.weekday is not None:  # a weekday that never fits: trust the day and month
        best = recent_day(hit.month, hit.dom, anchor, future)
    if best is None:
        return None, f"'{text}' is not a real day"
    how = "the most recent year" if not future else "the first year"
    if hit.weekday is not None and best.weekday() == hit.weekday:
        how += " in which that day fell on that weekday"
    return best.isoformat(), (f"day and month in the text ({text}), year: {how}, "
                              f"{'from' if future else 'up to'} {anchor_basis} {anchor.isoformat()}")
