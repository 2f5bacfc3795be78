"""Which event a date in a sentence belongs to (read by :mod:`casus.news.dates`).

* a date in a participle that describes the pact, "the pact signed here on April 4, came into force today",
  "under a defence agreement signed in 1963": it dates the pact, not the event (:func:`describes_pact`);
* a day said with a verb of saying dates the saying, which is past whatever the tense of what is said: "Peru will
  sign the treaty, the minister said on Tuesday" is last Tuesday (:func:`said_on`);
* a news report's first sentence, after a dateline, that reports a past event and gives no time of its own reports
  the dateline's day ("BERLIN, March 3, 1910 - Germany and Austria-Hungary signed a defensive alliance."), unless
  the article is a retrospective ("on this day", "years ago", "anniversary") (:func:`lead_day`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .clauses import PACT_MAKING
from .cues import _W0

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["describes_pact", "said_on", "lead_day"]

_DESCRIBED = re.compile(rf"{PACT_MAKING}\s(?:[^\s,.;:]+\s){{0,7}}?(?:in|on|of)\s(?:the\s)?$")


def describes_pact(low: str, d_start: int, trig: Hit, s0: int = 0) -> bool:
    """True if the date starting at ``d_start`` belongs to a participle describing the pact ("the pact signed here
    on April 4"), the participle not being the event's own trigger; ``s0``: the date's sentence's start (a headline
    before it describes nothing in it)."""
    m = _DESCRIBED.search(low, max(s0, d_start - 120), d_start)
    return m is not None and not (m.start() <= trig.start < d_start)


#: a verb of saying right before a date: "said on Tuesday", "told reporters on Monday", "announced yesterday"
_SAID_ON = re.compile(rf"{_W0}(?:said|told\s(?:[a-z]+\s){{1,2}}|stated|added|announced|declared|confirmed|wrote)"
                   rf"\s(?:on\s)?$")


def said_on(low: str, start: int) -> bool:
    """True if the date at ``start`` follows a verb of saying in the past ("said on Tuesday"): it dates the
    saying, in the past, even in a sentence about the future."""
    return bool(_SAID_ON.search(low, max(0, start - 30), start))


#: A retrospective's words: its lead reports an old event, not the dateline's day.
_RETROSPECTIVE = ("on this day", "years ago", "anniversary", "वर्षगांठ", "वर्षगाँठ", "साल पहले", "वर्ष पहले",
                  "आज ही के दिन", "इसी दिन")
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


def lead_day(r: Any, sent: _Sentence, trig: Hit, find_dates: Callable) -> tuple[str, str, int] | None:
    """The dateline's day for an undated past event a report's lead sentence gives (see the module docstring), as
    (ISO date, basis, rank); None if ``sent`` is no lead, the trigger no past verb, or the article a retrospective.
    ``find_dates``: :func:`casus.news.dates.find_dates` (passed in: that module reads this one)."""
    if r.anchor is None or r.firm != r.anchor or sent.i > 3:
        return None
    if any(w in r.low for w in _RETROSPECTIVE):
        return None
    lead = _dateline_at(r, sent.start, sent.end, find_dates)
    if not lead and sent.i > 0:
        p0, p1 = r.spans[sent.i - 1]
        lead = r._dateline_sentence(p0, p1) and _dateline_at(r, p0, p1, find_dates)
    if not lead:
        return None
    return r.anchor.isoformat(), f"the lead of a report dated by its dateline: {r.anchor.isoformat()}", 6
