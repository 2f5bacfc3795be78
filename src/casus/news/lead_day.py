"""The day of a report's lead: a news report's first sentence, after a dateline, that reports a past event and
gives no time of its own reports the dateline's day ("BERLIN, March 3, 1910 - Germany and Austria-Hungary signed
a defensive alliance."), unless the article is a retrospective ("on this day", "years ago", "anniversary").
Read by :mod:`casus.news.dates` (:meth:`~casus.news.dates.EventDates._date_for`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["lead_day"]

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
