"""Which event a date in a sentence belongs to (read by :mod:`casus.news.dates`).

* a date in a participle that describes the pact, "the pact signed here on April 4, came into force today",
  "under a defence agreement signed in 1963": it dates the pact, not the event (:func:`describes_pact`);
* a day said with a verb of saying dates the saying, which is past whatever the tense of what is said: "Peru will
  sign the treaty, the minister said on Tuesday" is last Tuesday (:func:`said_on`);
* a news report's first sentence, after a dateline, that reports a past event and gives no time of its own reports
  the dateline's day ("BERLIN, March 3, 1910 - Germany and Austria-Hungary signed a defensive alliance."), unless
  the article is a retrospective ("on this day", "years ago", "anniversary") (:func:`lead_day`);
* a retrospective's own event: "On this day in 1882, ... signed" is the article's month and day in 1882, "Fifty-one
  years ago today, ... signed" the article's date fifty-one years back, "आज ही के दिन 1949 में ... हस्ताक्षर किए थे"
  likewise (an explicit day in the sentence wins); an anniversary marked or celebrated is no such cue
  (:func:`retro_cue`, :func:`retro_days`);
* an event a headline reports, its sentence giving no day: the report's lead tells the same event, and its day is the
  event's ("Pakistan quits CENTO" / "Pakistan on Monday announced that it was ending its membership ..."; "... ने
  अमेरिका को क़रार की याद दिलाई" / "राजदूत ने बुधवार को ...") — the first day the first two sentences of the body
  name (a weekday, "today", a day and month), not a background day nor a day that describes a pact ("the pact the
  two governments signed on Thursday") nor one in the past perfect (:func:`headline_day`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .clauses import PACT_MAKING
from .cues import _W0
from .text import word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["DAY_KINDS", "describes_pact", "period_only", "retrospective_page", "celebrated",
           "said_on", "lead_day", "retro_cue", "retro_days", "en_number", "NUMERAL",
           "headline_day"]

#: A period after a relative clause's verb, not a day: "Hungary, which adhered to the pact earlier this week", "...,
#: which joined it last month", "जो पिछले हफ़्ते इसमें शामिल हुए"
_PERIOD = re.compile(r"(?<![a-z])(?:earlier\sthis|last|the\sprevious)\s(?:week|month|year)(?![a-z])"
                     r"|(?<![\u0900-\u0963\u0966-\u097f])(?:पिछले|बीते)\s(?:हफ्ते|सप्ताह|महीने|साल)(?![\u0900-\u0963\u0966-\u097f])")


def period_only(low: str, at: int, end: int) -> bool:
    """Whether a period ("earlier this week", "पिछले हफ़्ते") stands in ``[at, end)`` (a relative clause's rest):
    its event has no day of its own, whatever day a neighbouring sentence gives (background)."""
    return _PERIOD.search(low, at, end) is not None


_DESCRIBED = re.compile(rf"{PACT_MAKING}\s(?:[^\s,.;:]+\s){{0,7}}?(?:in|on|of)\s(?:the\s)?$")


def describes_pact(low: str, d_start: int, trig: Hit, s0: int = 0) -> bool:
    """True if the date starting at ``d_start`` belongs to a participle describing the pact ("the pact signed here
    on April 4"), the participle not being the event's own trigger; ``s0``: the date's sentence's start (a headline
    before it describes nothing in it)."""
    m = _DESCRIBED.search(low, max(s0, d_start - 120), d_start)
    return m is not None and not (m.start() <= trig.start < d_start)


#: a verb of saying right before a date: "said on Tuesday", "told reporters on Monday", "announced yesterday"
_SAID_ON = re.compile(rf"{_W0}(?:said|told\s(?:[a-z]+\s){{1,2}}|stated|added|announced|declared|confirmed|wrote)"
                   r"(?:\sin\s(?:a|an|its|their)\s(?:[a-z]+\s){0,2}?(?:statements?|releases?|communiqu[eé]s?|posts?)"
                   r"(?:\s(?:issued|released|published|posted)"
                   r"(?:\s(?:on|to)\s(?:its|their|the)\s(?:[a-z]+\s)?(?:website|site|page|account|channel))?)?)?"
                   # "said in a statement on Saturday", "... in a statement posted on its website on Saturday"
                   rf"\s(?:on\s)?$")


def said_on(low: str, start: int) -> bool:
    """True if the date at ``start`` follows a verb of saying in the past ("said on Tuesday"): it dates the
    saying, in the past, even in a sentence about the future."""
    return bool(_SAID_ON.search(low, max(0, start - 80), start))


#: A retrospective's words: its lead reports an old event, not the dateline's day.
_RETROSPECTIVE = ("on this day", "years ago", "anniversary", "वर्षगांठ", "वर्षगाँठ", "साल पहले", "वर्ष पहले",
                  "आज के दिन", "आज का इतिहास", "today in history", "this day in history",
                  "आज ही के दिन", "आज के ही दिन", "इसी दिन", "इतिहास में आज")


@lru_cache(maxsize=8)
def retrospective_page(low: str) -> bool:
    """Whether the (folded) text has a retrospective's words ("on this day", "years ago", "आज के दिन", ...); asked by
    several steps of one reading, so answered once per text."""
    return any(w in low for w in _RETROSPECTIVE)


#: A dateline's place before its date, at a sentence's start: "BERLIN, ", "नई दिल्ली, "
_DATELINE = re.compile(r"\s?[^\n,.:|।]{2,40}(?:,|\s?\|)\s?")
_DATELINE_AFTER = re.compile(r"\s?(?:—|-|–|:|\(|।|\.|$)")


def _dateline_at(r: Any, s0: int, s1: int, find_dates: Callable) -> bool:
    """Whether the sentence ``[s0, s1)`` opens with a dateline whose day is the reader's anchor (``find_dates``:
    :func:`casus.news.dates.find_dates`, which reads this module)."""
    m = _DATELINE.match(r.f.base, s0, min(s1, s0 + 44))
    if m is None:
        return False
    hits = find_dates(r.f, m.end(), min(s1, m.end() + 40))
    return bool(hits) and hits[0].start == m.end() and hits[0].kind == "day" and hits[0].day == r.anchor \
        and _DATELINE_AFTER.match(r.f.base, hits[0].end) is not None


#: A day of the article's own month: "the 25th of this month", "the 3rd instant", "इस महीने की 12 तारीख़ को" (folded,
#: nukta dropped); or of the month before: "the 21st ultimo"
_THIS_MONTH = re.compile(r"(?<![a-z\d])(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s(?:of\s(?:this|the\ssame)\smonth|"
                         r"inst(?:ant|\.))"
                         r"|(?<![a-z\d])(?P<u>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\sult(?:imo|\.)"
                         r"|(?:इस|इसी)\s(?:महीने|माह)\s(?:की\s)?(?P<h>[1-9]|[12]\d|3[01])\s(?:तारीख|तिथि)")


def lead_day(r: Any, sent: _Sentence, trig: Hit, find_dates: Callable, tense: str = "past"
             ) -> tuple[str, str, int] | None:
    """The dateline's day for an undated past event a report's lead sentence gives (see the module docstring), as
    (ISO date, basis, rank); None if ``sent`` is no lead, the trigger no past verb, or the article a retrospective.
    ``find_dates``: :func:`casus.news.dates.find_dates` (passed in: that module reads this one).  A headline's
    event in the present ("Pakistan quits CENTO") or past: the day of the lead after it (:func:`headline_day`); any
    undated past event of a live report ("LIVE | ...", "अपडेट 2"): the report's day (:func:`_live_day`)."""
    if tense == "future":
        return None
    if tense != "past":
        return headline_day(r, sent, "past")
    return _lead_day(r, sent, trig, find_dates) or _live_day(r) or headline_day(r, sent, "past")


#: A live report's mark, at its head: "LIVE | ...", "LIVE: Crisis in Laos", "लाइव अपडेट्स", "LIVE अपडेट्स", "Update 2"
_LIVE = re.compile(r"(?<![a-z])live\s?(?:[:|]|updates?(?![a-z])|अपडेट)|लाइव\sअपडेट|(?:^|\n)\s?(?:update|अपडेट)\s[1-9]")


def _live_day(r: Any) -> tuple[str, str, int] | None:
    """The day of a live report (a running report of one day, dated by its dateline or its own date: "LIVE | ...",
    "अपडेट 2"), for an undated past event it reports: that day; None in any other article, or in a retrospective."""
    if r.anchor is None or r.firm != r.anchor or not any(_LIVE.search(ln.lower()) for ln in r.c.header_lines[:4]):
        return None
    if retrospective_page(r.low):
        return None
    return r.anchor.isoformat(), f"a live report's day: {r.anchor.isoformat()}", 6


#: A period, not a day: "has this month also concluded pacts of non-aggression with Britain and France", "signed in
#: Peking this month", "इसी महीने ... हस्ताक्षर किए हैं" (not a day of the month: "the 25th of this month", "इस महीने की 12
#: तारीख़", :data:`_THIS_MONTH`; nor a thing of the period: "this year's drills", "इस साल के अभ्यास"); beside
#: :data:`_PERIOD`, a relative clause's period, which counts weeks too)
_IN_PERIOD = re.compile(r"(?<![a-z])(?<!of\s)(?:(?:earlier\s|later\s)?this\s(?:month|year)|last\s(?:month|year)"
                        r"|in\srecent\s(?:weeks|months))(?![a-z])(?!'s)"
                        r"|(?<!\S)(?:इसी|इस|पिछले)\s(?:महीने|माह|साल|वर्ष)(?!\S)(?!\s(?:की|के|का)\s)")


def names_period(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` places its event in a period, not on a day ("this month", "इसी महीने")."""
    return _IN_PERIOD.search(low, s0, s1) is not None


def _lead_day(r: Any, sent: _Sentence, trig: Hit, find_dates: Callable) -> tuple[str, str, int] | None:
    if r.anchor is not None and (m := _THIS_MONTH.search(r.low, sent.start, sent.end)) is not None:
        try:  # "on the 25th of this month", "इस महीने की 12 तारीख़ को": a day of the article's month (or the last's)
            month = r.anchor.replace(day=1) - timedelta(days=1) if m.group("u") else r.anchor
            day = month.replace(day=int(m.group("d") or m.group("h") or m.group("u")))
        except ValueError:
            return None
        return day.isoformat(), f"a day of the article's month: {day.isoformat()}", 2
    if r.anchor is None or r.firm != r.anchor or sent.i > 3:
        return None
    if retrospective_page(r.low):
        return None
    lead = _dateline_at(r, sent.start, sent.end, find_dates)
    if not lead and sent.i > 0:
        p0, p1 = r.spans[sent.i - 1]
        lead = r._dateline_sentence(p0, p1) and _dateline_at(r, p0, p1, find_dates)
    if not lead:
        return None
    return r.anchor.isoformat(), f"the lead of a report dated by its dateline: {r.anchor.isoformat()}", 6


_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split(), 1)}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}


def en_number(words: str) -> int | None:
    """The number an English numeral of up to two words names ("seventy eight", "fifty", "12"), or None; "a
    hundred", "two hundred and ten" (hundreds and up to two words more) too."""
    if words.isdigit():
        return int(words)
    parts = words.split()
    if len(parts) >= 2 and parts[1] == "hundred" and (parts[0] == "a" or parts[0] in _UNITS):
        rest = parts[3:] if parts[2:3] == ["and"] else parts[2:]
        more = en_number(" ".join(rest)) if rest else 0
        return None if more is None else 100 * (1 if parts[0] == "a" else _UNITS[parts[0]]) + more
    if len(parts) == 1:
        return _UNITS.get(parts[0], _TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


#: an English numeral of up to two words: "12", "seventy eight", "fifty"
_SMALL = r"(?:" + "|".join(_TENS) + r")(?:\s(?:" + "|".join(_UNITS) + "))?|" + "|".join(
    sorted(_UNITS, key=len, reverse=True))
NUMERAL = r"(?:a|one|two|three|four|five)\shundred(?:\s(?:and\s)?(?:" + _SMALL + "))?|" \
    + r"\d{1,3}|(?:" + "|".join(_TENS) + r")(?:\s(?:" + "|".join(_UNITS) + "))?|" + "|".join(
    sorted(_UNITS, key=len, reverse=True))
#: Hindi numbers in words (folded: no nukta), to twenty and then the round ones years are counted back in ("पांच साल
#: पहले", "पचास साल पहले"); :mod:`casus.news.parties` counts groups of states with those to twenty
HI_NUMBERS = {"दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
              "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17,
              "अठारह": 18, "उन्नीस": 19, "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60,
              "सत्तर": 70, "पचहत्तर": 75, "अस्सी": 80, "नब्बे": 90, "सौ": 100}
#: hundreds: "दो सौ" (200), "डेढ सौ" (150, folded: no nukta), "सवा सौ" (125)
_HI_HUNDREDS = {"डेढ": 150, "सवा": 125, "ढाई": 250, "दो": 200, "तीन": 300, "चार": 400, "पांच": 500, "पाँच": 500}
_HI_NUMBER_WORDS = "|".join([*(f"{w} सौ" for w in _HI_HUNDREDS), *sorted(HI_NUMBERS, key=len, reverse=True)])


def _hi_number(words: str) -> int | None:
    """A Hindi number in words or digits ("पांच", "दो सौ", "75"), or None."""
    if words.isdigit():
        return int(words)
    if words.endswith(" सौ"):
        return _HI_HUNDREDS.get(words[:-3])
    return HI_NUMBERS.get(words)

#: A retrospective's cue: "on this day in 1882", "on this date in 1949", "seventy eight years ago today", "exactly 90
#: years ago", "आज ही के दिन 1949 में", "आज ही के दिन, 1905 में", "आज से (ठीक) 75 साल पहले", "ठीक 90 साल पहले"
#: (folded: a hyphen is a space)
_RETRO = re.compile(rf"{_W0}(?:on\sthis\s(?:day|date),?\s(?:in\s|(?:[a-z]+\.?\s\d{{1,2}}|\d{{1,2}}\s[a-z]+),?\s)"
                    rf"(?P<y>1[5-9]\d\d|20\d\d)(?!\d)"
                    rf"|(?P<n>{NUMERAL})\syears\sago\stoday"
                    # "exactly 90 years ago", "ठीक 90 साल पहले": the article's day
                    rf"|exactly\s(?P<nx>{NUMERAL})\syears\sago"
                    # the years ago and the day written out: "fifty years ago, on 9 August 1965" (the article's day,
                    # in that year; as "50 साल पहले, 9 अगस्त 1965 को")
                    rf"|(?P<nc>{NUMERAL})\syears\sago,?\s(?:on\s)?(?=(?:[a-z]+,?\s)?(?:\d{{1,2}}\s[a-z]+|[a-z]+\s"
                    rf"\d{{1,2}}),?\s(?:1[5-9]\d\d|20\d\d)(?!\d)))"
                    # (the English cues, each beginning a word, after one test of the word's start, and the Hindi
                    # ones, each beginning with a Devanagari letter or a digit, after one test of that: a faster
                    # scan.  No English cue and Hindi one can match at one place: the matches are the same.)
                    r"|(?=[\u0900-\u097f\d])(?:(?<![\u0900-\u0963\u0966-\u097f])ठीक\s(?P<hx>\d{1,3})\s(?:साल|वर्ष|बरस)\sपहले"
                    # (its day and month may stand before the year: "आज ही के दिन, 11 जुलाई 1974 को")
                    r"|(?:आज\sही\sके|आज\sके\sही|इसी)\sदिन,?\s(?:सन\s)?(?:\d{1,2}\s[^\s\d,।]+\s)?(?P<hy>1[5-9]\d\d|20\d\d)"
                    r"\s?(?:में|को)"
                    # (the year first: "साल 1849 में आज ही के दिन", "सन 1849 में आज के दिन")
                    r"|(?:साल|सन|वर्ष)\s(?P<hy2>1[5-9]\d\d|20\d\d)\sमें\s(?:आज\sही|आज)\sके\sदिन"
                    r"|आज\sसे\s(?:ठीक\s|पूरे\s)?(?P<hn>\d{1,3})\s(?:साल|वर्ष|बरस)\sपहले"
                    # "today" and the years completed: "आज ही के दिन ... सदस्य बना था कुवैत, 55 साल पूरे"
                    r"|(?:आज\sही\sके|आज\sके\sही|आज\sके)\sदिन\s[^।|]*?(?<![\u0900-\u097f\d])(?P<hp>\d{1,3})\s"
                    r"(?:साल|वर्ष|बरस)\sपूरे"
                    r"|(?<!\d)(?P<hm>\d{1,3})\s(?:साल|वर्ष|बरस)\sपहले\sआज(?:\sही)?(?:\sके\sदिन|(?![\u0900-\u0963\u0966-\u097f]))"
                    # the years ago and the day written out: "50 साल पहले, 9 अगस्त 1965 को" (the article's day, in
                    # that year)
                    r"|(?<![\u0900-\u097f\d])(?P<hc>\d{1,3}|" + _HI_NUMBER_WORDS + r")\s(?:साल|वर्ष|बरस)\sपहले,?\s"
                    r"(?=\d{1,2}\s[^\s\d,।]+\s(?:1[5-9]\d\d|20\d\d)\s))")
#: What every :data:`_RETRO` cue holds (its "on this", "years", "पहले" or "दिन"): a text without it holds no cue, which
#: this finds out faster
_RETRO_HINT = re.compile(r"on\sthis\s|years|पहले|दिन")
#: The same cue with its number in words ("एक सौ तीस साल पहले आज ही के दिन"): the day another cue names
WORDED_RETRO = re.compile(r"(?<![a-z])years\sago\stoday|(?:साल|वर्ष|बरस)\sपहले\sआज(?:\sही)?\sके\sदिन")
#: An anniversary marked or celebrated: a sentence about it reports no event of its own
_CELEBRATED = re.compile(r"anniversar|celebrat|commemorat|(?<![a-z])mark(?:s|ed|ing)?\s|वर्षगांठ|वर्षगाँठ|सालगिरह|"
                         r"जयंती|मनाई|मनाया|मनाते|मना\sरहे")


def celebrated(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` speaks of an anniversary marked or celebrated (it then reports no event of its own)."""
    return _CELEBRATED.search(low, s0, s1) is not None


def retro_cue(low: str, s0: int, s1: int, anchor: date | None) -> date | None:
    """The day a retrospective's cue in ``low[s0:s1]`` names against the article's date ``anchor`` (see the module
    docstring); None without a cue, without an anchor, or in a sentence about an anniversary marked."""
    if anchor is None:
        return None
    m = _RETRO.search(low, s0, s1) if _RETRO_HINT.search(low, s0, s1) else None
    if m is None or celebrated(low, s0, s1):
        return None
    year = m.group("y") or m.group("hy") or m.group("hy2")
    if year is not None:
        y = int(year)
    else:
        worded = m.group("n") or m.group("nx") or m.group("nc")
        hindi = m.group("hn") or m.group("hm") or m.group("hx") or m.group("hc") or m.group("hp") or ""
        n = en_number(worded) if worded else _hi_number(hindi)
        if n is None or not 0 < n < 600:
            return None
        y = anchor.year - n
    try:
        return anchor.replace(year=y)
    except ValueError:  # 29 February
        return None


def retro_days(r: Any) -> set[str]:
    """The days (ISO) the article's retrospective cues name (``r``: the reader, its text and firm date), anywhere in
    it: a headline's "On this day in 1894: ..." makes the body's "On 4 January 1894 ..." the article's event."""
    if r.firm is None or r.firm != r.anchor or not _RETRO_HINT.search(r.low):
        return set()
    days = set()
    for m in _RETRO.finditer(r.low):
        i = bisect.bisect_right(r.starts, m.start()) - 1
        if i >= 0 and (d := retro_cue(r.low, r.spans[i][0], r.spans[i][1], r.anchor)) is not None:
            days.add(d.isoformat())
    return days


#: A date given in the old (Julian) calendar beside the new one: the cue after the date ("16 June (Old Style)", "16
#: June by the old calendar") or before it ("पुराने कैलेंडर के हिसाब से 16 जून को")
_OLD_STYLE_AFTER = re.compile(r"\s?[(,]?\s?(?:o\.?\s?s\.?(?![a-z])|old\sstyle|"
                              r"(?:by|in|according\sto)\sthe\s(?:old|julian|russian)\scalendar|julian|"
                              r"(?:पुराने|रूसी|जूलियन)\s(?:कैलेंडर|पंचांग)\s(?:से|में|के\s(?:हिसाब|अनुसार|मुताबिक)))")
_OLD_STYLE_BEFORE = re.compile(r"(?:(?:by|in|according\sto)\sthe\s(?:old|julian|russian)\scalendar|old\sstyle|"
                               r"(?:पुराने|जूलियन|रूसी)\s(?:कैलेंडर|पंचांग)\s(?:के\s(?:हिसाब|अनुसार|मुताबिक)\s?(?:से\s)?|से\s|में\s))"
                               r"\s?,?\s?$")


#: "आज के दिन", "आज ही के दिन", "आज का इतिहास", "today in history": "on this day" (of some year), a retrospective's
#: cue or a column's name, not today
_THIS_DAY = re.compile(r"\s(?:(?:ही\s)?के\s(?:ही\s)?दिन|(?:का|के|में)\sइतिहास)(?![\u0900-\u0963\u0966-\u097f])"
                       r"|\sin\shistory(?![a-z])")


def new_style(low: str, hits: list) -> list:
    """Date hits ``hits`` without those the text gives in the old calendar beside another ("28 June 1881 - 16 June
    by the old calendar"): all of them if every one is old style; and without the "आज" of "आज के दिन", "आज का
    इतिहास", "today in history" (a retrospective's cue, which :func:`retro_cue` reads when it gives a year)."""
    kept = [h for h in hits if not (_OLD_STYLE_AFTER.match(low, h.end, word_end(low, h.end + 30))
                                    or _OLD_STYLE_BEFORE.search(low, max(0, h.start - 40), h.start))]
    return [h for h in (kept if kept else hits) if not (h.kind == "relative" and _THIS_DAY.match(low, h.end))]


#: A day in a relative clause that tells the pact's making dates the pact, not a headline's event: "the pact which the
#: two governments signed in Baghdad on Thursday", "वह संधि, जिस पर दोनों ने गुरुवार को ..."
_RELATIVE_MAKING = re.compile(r"(?<![a-z])(?:which|that|whom)\s(?:[^\s.;:,]+\s){0,6}?(?:signed|concluded|ratified|"
                              r"joined|founded|formed|agreed|initialled|initialed)\s(?:[^\s.;:,]+\s){0,4}?$"
                              r"|(?:जिस|जिसे|जिन|जिन्हें)\s(?:पर\s)?(?:[^\s।,]+\s){0,4}?$")
#: A lead's day in the past perfect tells what came before the event ("had arrested the president on Monday night",
#: "सोमवार रात ... गिरफ़्तार कर लिया था"): background.  English: "had" and a participle before the day in its clause;
#: Hindi: था/थे/थी closing the day's clause.
_EN_PAST_PERFECT = re.compile(r"(?<![a-z])had\s(?:[a-z]+\s)?(?:been\s)?[a-z]+(?:ed|en|wn|un|ne|ought|aught)\s"
                              r"(?:[^\s,;:]+\s){0,6}?$")
_HI_PAST_PERFECT = re.compile(r"(?:(?!\sकि\s)[^।,;])*?\s(?:था|थे|थी|थीं)\s?(?:[।,;]|$)")  # (not past a "कि")


def _past_perfect(low: str, h: Any, s0: int, s1: int) -> bool:
    """Whether the day ``h`` of sentence ``[s0, s1)`` sits in a clause in the past perfect."""
    return bool(_EN_PAST_PERFECT.search(low, max(s0, h.start - 70), h.start)
                or _HI_PAST_PERFECT.match(low, h.end, s1 + 1))


#: the kinds of date expression that name a day: a date, a day and month, a day of the article's month, a weekday, a
#: relative day (casus.news.dates ranks them: DAY_RANK)
DAY_KINDS = ("day", "daymonth", "thismonth", "weekday", "relative")

_NO_TRIGGER: Any = SimpleNamespace(start=-1)  # (the lead's participle is never the headline's trigger)

#: A body sentence ends with a full stop ("." "।" "?" "!", a closing quote after it)
_BODY_END = re.compile(r"[.।?!][\"'”’)]?\s*$")
#: ... and has words enough (a lead, not a caption, a byline or a published-on line)
_BODY_WORDS = 6
#: How far after the headline its lead may start (a dateline, a section line, a byline between), in sentences
_LEAD_WITHIN = 6


def headline(r: Any, sent: Any) -> bool:
    """Whether ``sent`` is a headline: one of the article's first lines, with no full stop at its end."""
    base = r.f.base
    text = base[sent.start:sent.end]
    return sent.i <= 10 and not _BODY_END.search(text) and base[sent.end:sent.end + 2].lstrip(" ")[:1] in ("\n", "")


def headline_day(r: Any, sent: _Sentence, tense: str) -> tuple[str, str, int] | None:
    """The day of a headline's event from the report's lead (see the module docstring), as (ISO date, basis, rank);
    None if ``sent`` is no headline or the first two body sentences after it name no day of the article's time.
    ``r``: the reader (:class:`casus.news.event_dates.EventDates`)."""
    if r.anchor is None or not headline(r, sent):
        return None
    base = r.f.base
    body = 0
    retro = retrospective_page(r.low)  # (a retrospective tells its event in the past perfect)
    for k in range(sent.i + 1, min(len(r.spans), sent.i + 1 + _LEAD_WITHIN)):
        s0, s1 = r.spans[k]
        text = base[s0:s1]
        if not _BODY_END.search(text) or len(text.split()) < _BODY_WORDS or r._dateline_sentence(s0, s1):
            continue
        span = SimpleNamespace(start=s0, end=s1)
        days = [h for h in r._usable_dates(s0, s1) if h.kind in DAY_KINDS and not r._future_clause(h, span)
                and (retro or not _past_perfect(r.low, h, s0, s1))
                and not describes_pact(r.low, h.start, _NO_TRIGGER, s0)  # "the pact signed on Thursday"
                and not _RELATIVE_MAKING.search(r.low, max(s0, h.start - 100), h.start)]
        if days:
            iso, basis = r._resolve(days[0], tense)
            # (an old day is background, but for a retrospective's headline: "आज के दिन: जब ..." / "8 जुलाई 1833 को")
            if iso is None or r._old(iso) and not (retro and days[0].kind == "day"):
                return None
            return iso, f"{basis}, in the lead after the headline", 5
        body += 1
        if body == 2:
            return None
    return None
