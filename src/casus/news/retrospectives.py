"""Of a retrospective ("On this day in 1882, ...", "Seventy-eight years ago today, ...", "आज ही के दिन 1949 में ..."):
its own event is the article's subject, however old, dated by the cue (:func:`casus.news.date_context.retro_cue`)
unless the sentence gives a day; a sentence without the cue reports it if it gives the day a cue of the article names
("On this day in 1894: ..." over "On 4 January 1894 ... became binding"), as does a history column's ("This Week in
History", "आज का इतिहास") day within a week of the article's (:func:`retrospectives`, :func:`column_days`).
A history column with no date of its own tells its event in the past perfect: a sentence with a full date reports
it ("... ने 8 जुलाई 1937 को ... समझौता किया था"), and an undated step told as coming later ("was later ratified",
"बाद में अनुमोदित किया") is background (:func:`undated_column`).
On a page with one day of its own, an undated sentence that opens on "the agreement" ("यह समझौता") and names no state
and no year tells the page's pact, on that day ("The agreement was concluded by word of mouth").
Also: an article celebrating an old pact's anniversary reports the celebration, not the old event.
(A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .clauses import background
from .date_context import NUMERAL, WORDED_RETRO, celebrated, en_number, retro_cue, retro_days, retrospective_page
from .dates import find_dates
from .parties import longest

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

__all__ = ["retrospectives", "column_days", "undated_column", "narrative_day", "own_days", "years_ago_days"]

_INVOKED = ("invoked", "declined")


def _retrospective(r: Any, sent: _Sentence, days: set[str]) -> Any:
    """The event a retrospective's sentence reports (see :func:`retrospectives`), or None."""
    triggers = longest(sent.cats("T"))
    pact_here = sent.has("P") or sent.has("N")
    if not triggers or not pact_here or r._kind_of_pact(sent):
        return None
    chosen = r._event_trigger(sent, triggers, pact_here)
    if chosen is None or chosen[0] == "announced" or chosen[2] not in ("past", "present"):
        return None
    etype, h, tense = chosen
    own = retro_cue(r.low, sent.start, sent.end, r.anchor)
    if own is None and len(days) == 1 and WORDED_RETRO.search(r.low, sent.start, sent.end):
        own = date.fromisoformat(next(iter(days)))  # the cue in words: the day the article's other cue names
    if (tense == "past" and r._relative(sent, h)) or (own is None and background(r.low, sent.start, sent.end, h)):
        return None
    iso, basis, rank, _ = r._date_for(sent, h, tense)
    if not (iso is not None and len(iso) == 10 and (iso in days or own is not None and (
            iso[:4] == str(own.year) or _own_full_date(r, sent, iso, own)))):
        if own is None:
            return None
        iso, basis, rank = own.isoformat(), f"a retrospective's day (its cue against the article's date): {own}", 1
    return r._build(sent, etype, h, tense, (iso, basis, rank))


def _written_days(r: Any, s0: int = 0, s1: int | None = None) -> list[str]:
    """The full dates (ISO) written out in ``r``'s text between ``s0`` and ``s1`` (the whole text by default)."""
    return [h.day.isoformat() for h in find_dates(r.f, s0, s1) if h.kind == "day" and h.day is not None]


def _own_full_date(r: Any, sent: _Sentence, iso: str, own: date) -> bool:
    """Whether ``iso`` is a full date ``sent`` writes out, of an earlier year, on the day and month of the cue's day
    ``own``: the event's, whatever year the cue counts back to (the article's only date may be that very date)."""
    return iso[5:] == own.isoformat()[5:] and iso in _written_days(r, sent.start, sent.end)


#: a sentence that opens on the day the one before names: "उस दिन ...", "इसी दिन ...", "On that day, ...", "That
#: day ..."
_THAT_DAY = re.compile(r"\s?(?:(?:on\s)?that\sday|उस\sदिन|उसी\sदिन|इसी\sदिन)(?![a-z\u0900-\u097f])")


def _that_day(r: Any, i: int, days: set[str]) -> str | None:
    """The article's own day (of ``days``) that sentence ``i - 1`` writes out, if sentence ``i`` opens on "that
    day" ("विजय दिवस, 9 मई 1946। उस दिन ... संधि पर हस्ताक्षर किए थे")."""
    if i < 1 or not _THAT_DAY.match(r.low, r.spans[i][0], r.spans[i][0] + 16):
        return None
    return next((d for d in _written_days(r, *r.spans[i - 1]) if d in days), None)


def _after_cue(r: Any, i: int) -> bool:
    """True if sentence ``i`` or one of the two before it gives a retrospective's cue in words ("एक सौ तीस साल
    पहले आज ही के दिन ... दस्तख़त हुए। ... उन्होंने ... पर मुहर लगाई": the day is the account's that follows)."""
    return any(0 <= j < len(r.spans) and WORDED_RETRO.search(r.low, *r.spans[j]) for j in range(i - 2, i + 1))


#: An anniversary celebrated, in an article's first sentences: "today celebrated the 650th anniversary of the
#: Anglo-Portuguese Alliance", "mark 650 years of", "संधि की 50वीं वर्षगांठ मनाई"
_ANNIVERSARY = re.compile(r"(?:celebrat|commemorat|(?<![a-z])mark)\w*\s(?:[^\s.;:]+\s){0,4}?(?:\d+(?:st|nd|rd|th)\s"
                          r"anniversary|anniversary|\d+\syears\sof)|(?:वर्षगांठ|वर्षगाँठ|सालगिरह)\s(?:\S+\s)?(?:मनाई|मनाया|मना)")


def _celebrated_past(r: Any, c: Any) -> bool:
    """True if candidate ``c`` is the old event an article celebrating its anniversary tells of: undated or dated
    before the article's year (the celebration, not the event, is the story)."""
    if r.firm is None or not any(w in r.low for w in ("anniversar", "years of", "वर्षगांठ", "वर्षगाँठ", "सालगिरह")):
        return False
    if c.date is not None and c.date[:4] >= str(r.firm.year):
        return False
    return any(_ANNIVERSARY.search(r.low, *r.spans[i]) for i in range(min(4, len(r.spans))))


#: A history page's column: "This Week in History", "Today in History", "This Day in History", "आज का इतिहास",
#: "इतिहास में आज", "इतिहास के पन्नों से"
_HISTORY_COLUMN = re.compile(r"(?<![a-z])(?:this\sweek|this\sday|today)\sin\shistory(?![a-z])"
                             r"|आज\sका\sइतिहास|इतिहास\sमें\sआज|इतिहास\sके\sपन्न(?:ों|े)")


def undated_column(r: Any) -> bool:
    """Whether the article is a history column ("इतिहास के पन्नों से", "This Day in History") with no date of its own:
    its narrative is told in the past perfect ("... ने 8 जुलाई 1937 को ... समझौता किया था", "had signed on ..."),
    which then reports its event when the sentence gives a full date (:func:`narrative_day`)."""
    if r.firm is not None or ("in history" not in r.low and "इतिहास" not in r.low):
        return False
    head = r.spans[min(3, len(r.spans) - 1)][1] if r.spans else 0
    return _HISTORY_COLUMN.search(r.low, 0, head) is not None


def narrative_day(r: Any, s0: int, s1: int) -> bool:
    """Whether ``[s0, s1)`` gives a full date in an undated history column (see :func:`undated_column`), or opens on
    "that day" after a sentence that writes out a day of the article's own in an earlier year (:func:`own_days`:
    "विजय दिवस, 9 मई 1946। उस दिन ... संधि पर हस्ताक्षर किए थे": the anniversary's event told in the past perfect)."""
    if r.narrative and any(h.kind == "day" for h in find_dates(r.f, s0, s1)):
        return True
    days = own_days(r)
    if not days:
        return False
    # on a retrospective's page, a full date that is one of the article's own days ("आज के दिन: 13 मई" over "13 मई
    # 1981 को ... हस्ताक्षर हुए थे"): its event, told in the past perfect as Hindi pages tell it (the English past
    # perfect tells an earlier event: :func:`column_days`)
    if retrospective_page(r.low) and not celebrated(r.low, s0, s1) and not _HAD.search(r.low, s0, s1) and any(
            h.kind == "day" and h.day is not None and h.day.isoformat() in days for h in find_dates(r.f, s0, s1)):
        return True
    return _that_day(r, bisect.bisect_right(r.starts, s0) - 1, days) is not None



#: English past perfect: "had declared", "had been signed"
_HAD = re.compile(r"(?<![a-z])had\s(?:been\s|already\s)?[a-z]+(?:ed|en|ne|ht|ng)(?![a-z])")


def _told_as_before(r: Any, at: int) -> bool:
    """Whether the sentence holding offset ``at`` tells its event in the English past perfect."""
    i = bisect.bisect_right(r.starts, at) - 1
    return i >= 0 and _HAD.search(r.low, *r.spans[i]) is not None


def column_days(r: Any) -> set[str]:
    """The full dates of an earlier year, within a week of the article's day of the year, that a history column
    (English or Hindi) names ("THIS WEEK IN HISTORY ... Published Monday, June 1, 2026 ... On June 4, 1878, ...",
    "आज का इतिहास"): its own events'; on any other page, the full dates on the article's own day and month in an
    earlier year (published 24 January 2019, "On January 24, 1859, ... concluded a secret treaty of alliance": an
    anniversary's subject)."""
    if r.firm is None or r.firm != r.anchor:
        return set()
    # a history column: its days within a week; any other page: its own day and month, to the day (and only if its
    # day of the month stands near a year: the dates are not read otherwise)
    week = 7 if ("history" in r.low or "इतिहास" in r.low) and _HISTORY_COLUMN.search(r.low) else 0
    day, year, years = r.firm.day, r.firm.year, r"(?:1[5-9]\d\d|20\d\d)"
    if week == 0 and not re.search(rf"(?<!\d)0?{day}(?!\d)\D{{1,20}}?(?!{year}){years}(?!\d)"
                                   rf"|(?!{year}){years}-\d\d-0?{day}(?!\d)", r.low):
        return set()  # (not the article's own year: its dateline's day stands next to it)
    days = set()
    for h in find_dates(r.f):
        if h.kind == "day" and h.day is not None and h.day.year < r.firm.year:
            try:
                near = abs((h.day.replace(year=r.firm.year) - r.firm).days) <= week
            except ValueError:  # 29 February
                continue
            # (outside a column, "On May 6, 1950, Britain had declared war ...": an earlier event, told)
            if near and not (week == 0 and _told_as_before(r, h.start)):
                days.add(h.day.isoformat())
    return days


#: A step told as coming later, in a narrative: "was later ratified", "संधि को बाद में ... अनुमोदित किया", "आगे चलकर"
_LATER = re.compile(r"(?<![a-z])(?:later|subsequently|afterwards)(?![a-z])"
                    r"|(?<![\u0900-\u0963\u0966-\u097f])(?:बाद\sमें|आगे\sचलकर)"
                    r"(?![\u0900-\u0963\u0966-\u097f])")


#: a year written out
#: a sentence that opens on the pact the page is about: "The agreement was concluded ...", "यह समझौता ..."
_THE_PACT = re.compile(r"(?:the|this)\s(?:agreement|treaty|pact|accord|understanding|convention|alliance|protocol)\s"
                       r"|(?:यह|इस)\s(?:समझौत[ाे]|संधि|करार|गठबंधन|प्रोटोकॉल)\s")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def _later_step(r: Any, c: Any) -> bool:
    """Whether ``c``, undated in an undated history column, is told as a later step ("later ratified"): background
    to the column's dated event."""
    return r.narrative and c.date is None and _LATER.search(r.low, c.sentence.start, c.trigger.start) is not None


#: "70 years ago", "सत्तर साल पहले" without "today": a retrospective's cue only where the article writes out the day
#: it counts back to (:func:`years_ago_days`)
_YEARS_AGO = re.compile(rf"(?<![a-z])(?P<n>{NUMERAL})\syears\sago(?!\stoday)(?![a-z])"
                        r"|(?<![\u0900-\u097f\d])(?P<hn>\d{1,3})\s(?:साल|वर्ष|बरस)\sपहले")


def years_ago_days(r: Any) -> set[str]:
    """The full dates the article writes out that fall exactly N years before its own day, for each "N years ago" it
    says ("70 years ago: ..." over "On 12 November 1949 Yugoslavia denounced ...", published 12 November 2019)."""
    if r.firm is None or r.firm != r.anchor or ("years ago" not in r.low and "पहले" not in r.low):
        return set()
    counts = set()
    for m in _YEARS_AGO.finditer(r.low):
        n = en_number(m.group("n")) if m.group("n") else int(m.group("hn"))
        if n is not None and 0 < n < 600:
            counts.add(n)
    if not counts:
        return set()
    written = set(_written_days(r))
    out = set()
    for n in counts:
        try:
            day = r.firm.replace(year=r.firm.year - n).isoformat()
        except ValueError:  # 29 February
            continue
        if day in written:
            out.add(day)
    return out


def own_days(r: Any) -> set[str]:
    """The earlier days an article tells as its own events: its retrospective cues' (:func:`retro_days`), its
    anniversary's (:func:`column_days`), its "N years ago"'s (:func:`years_ago_days`); read once per article."""
    days = getattr(r, "_own_days", None)
    if days is None:
        days = r._own_days = retro_days(r) | column_days(r) | years_ago_days(r)
    return days


def retrospectives(r: Any, sentences: list, cands: list) -> list:
    """``cands`` and the events a retrospective's sentences report (see the module docstring)."""
    if r.narrative:
        cands = [c for c in cands if not _later_step(r, c)]
    days = own_days(r)
    if not days:
        return [c for c in cands if not _celebrated_past(r, c)]
    out = []
    for c in cands:  # a candidate dated otherwise than by its sentence's cue ("आज ही के दिन": not today) re-read
        if _LATER.search(r.low, c.sentence.start, c.trigger.start) and not _YEAR.search(r.low, c.sentence.start,
                                                                                        c.sentence.end):
            continue  # a later step the page tells without its year ("बाद में ... भी इस प्रोटोकॉल में शामिल हुए")
        own = retro_cue(r.low, c.sentence.start, c.sentence.end, r.anchor)
        if own is None and c.date is None and len(days) == 1 and _after_cue(r, c.sentence.i):
            out.append(replace(c, date=next(iter(days)), date_rank=1,
                               basis="a retrospective's day (the sentence before names it in words)"))
        elif own is None and c.date is None and len(days) == 1 and not c.parties and _THE_PACT.match(
                r.low, c.sentence.start) and not _YEAR.search(r.low, c.sentence.start, c.sentence.end):
            # a sentence that names no state and no year tells of the pact the page is about ("The agreement was
            # concluded by word of mouth"): the page's one day
            out.append(replace(c, date=next(iter(days)), date_rank=2,
                               basis="a retrospective's day (the event's sentence names no state: the page's pact)"))
        elif own is None and c.date is None and (day := _that_day(r, c.sentence.i, days)) is not None:
            # (built again on that day: its states are read on it, "चेकोस्लोवाकिया" in 1946)
            basis = "the article's own day, which the sentence before writes out ('that day')"
            out.append(r._build(c.sentence, c.type, c.trigger, c.tense, (day, basis, 1)) or replace(c, date=day))
        elif own is None or (c.date or "")[:4] == str(own.year) or c.type in _INVOKED:
            out.append(c)
        elif (c := _retrospective(r, c.sentence, days)) is not None:
            out.append(c)
    have = {c.sentence.i for c in cands}
    extra = [_retrospective(r, s, days) for s in sentences if s.i not in have]
    return out + [c for c in extra if c is not None]
