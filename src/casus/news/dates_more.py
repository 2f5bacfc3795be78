"""More of the dates :mod:`casus.news.dates` reads: a day that is no event's — a pact's, named by a genitive, or a
meeting's (:func:`other_day`); a signing's day told in a relative clause (:func:`signed_in_relative`); and more of an
article's own date in its first lines (:func:`more_header_rank`, read by
:func:`casus.news.header_dates.header_date` when a line's date is neither labelled before it, nor opens a short
line, nor follows a dateline):

* a date a label *after* it names as the issue's: "(यह ख़बर हमारे 27 अप्रैल 1985 के अंक में प्रकाशित हुई थी)", "12 मार्च
  1971 को प्रकाशित" — the article's own date, as a "Published:" label before it (rank 0);
* a masthead's date: a section name, then a column gap or a separator, then the date (a weekday before it allowed) and
  nothing after it but a few words and a time — "World | Eastern Europe            Thursday, May 7, 1970", "Europe
  Briefing — 22/01/2026", "अंतरराष्ट्रीय | गुरुवार, 16 अक्टूबर 2025 | अपडेट 11:20 IST":
  the article's own date, as a dateline's (rank 2).
"""

from __future__ import annotations

import re
from typing import Any

from .text import Folded, word_end

__all__ = ["genitive_names", "more_header_rank", "other_day", "signed_in_relative"]

#: a label after the date: "... के अंक में", "... के संस्करण में", "... को प्रकाशित"
_LABEL_AFTER = re.compile(r"\s?(?:(?:के|की)\s(?:अंक|संस्करण)(?![\u0900-\u0963\u0966-\u097f])|को\sप्रकाशित)")
#: a weekday just before the date ("Thursday, ", "गुरुवार, ")
_WEEKDAY_BEFORE = re.compile(r"(?:(?<![a-z])[a-z]{3,6}day|[\u0900-\u097f]{2,5}वार),?\s?$")
#: the gap or separator a masthead puts before its date, on the original line
_GAP_BEFORE = re.compile(r"[^\s|—–-](?:\s{3,}|\t|\s(?:\||—|–|-)\s+)$")
#: what may follow a masthead's date on its line: nothing, or after a separator a few words ("| e-Paper | Sign in"),
#: perhaps with the time of an update ("| अपडेट 11:20 IST", "| Updated 09:45")
_TAIL = re.compile(r"[\s.)\]]*(?:(?:\s\|\s|\s{3,})(?:[^\d\n]|\d{1,2}[:.]\d{2}){0,40})?$")


def more_header_rank(f: Folded, h: Any) -> int | None:
    """0 for a date a label after it names the issue's, 2 for a masthead's date, else None (see the module
    docstring); ``f``: the folded line, ``h``: a date found in it (a :class:`casus.news.dates.DateHit`)."""
    if _LABEL_AFTER.match(f.low, h.end):
        return 0
    if h.kind != "day" or not _TAIL.fullmatch(f.low, h.end):
        return None
    m = _WEEKDAY_BEFORE.search(f.low, 0, h.start)
    at = m.start() if m else h.start
    return 2 if at > 0 and _GAP_BEFORE.search(f.text, 0, f.orig(at)) else None


_GENITIVE = re.compile(r"\s?(?:की|के|का)\s")


def genitive_names(low: str, end: int, pact_after: re.Pattern) -> bool:
    """Whether the day ending at ``end`` names a pact by a genitive ("12 मई की ब्रिटेन-तुर्की संधि", "21 अगस्त की संधि"):
    the pact's day, not the event's; ``pact_after``: the pattern of a pact noun after a date
    (:data:`casus.news.event_dates._YEAR_BEFORE_PACT`)."""
    return _GENITIVE.match(low, end) is not None and pact_after.match(low, end) is not None


#: the words of a signing, in a relative clause after a signing event's verb
_SIGNING = re.compile(r"(?<![a-z])(?:signed|initialled|initialed)(?![a-z])|हस्ताक्षर|दस्तखत")


def signed_in_relative(low: str, trig: Any, h: Any, s1: int) -> bool:
    """Whether date ``h``, after the signing event's verb ``trig`` in a relative clause, tells the day of the signing
    ("China has concluded a pact with the Soviet Union, which was signed on 21 August", "संधि कर ली है, जिस पर 21
    अगस्त को दस्तख़त हुए थे"): it dates the event, where a relative clause's date otherwise dates only the pact
    ("ends the agreement, which was signed in 2019"); ``s1``: the sentence's end."""
    if trig.cat != "T" or trig.value[0] != "signed" or h.start < trig.end or h.kind not in ("day", "daymonth"):
        return False
    return _SIGNING.search(low, max(trig.end, h.start - 30), min(s1, word_end(low, h.end + 30))) is not None


#: a meeting's day, the clause ending there or going on in the future: "..., मंगलवार को बैठक", "सोमवार को बैठक होगी"
_MEETING = re.compile(r"\s?को\s(?:(?:एक|आपात|आपातकालीन|विशेष)\s)?(?:बैठक|वार्ता|मुलाकात)(?:\s(?:होगी|होगा|होंगी|होंगे))?"
                      r"\s?(?:[,;:।|\n]|\Z)")


def other_day(low: str, end: int, pact_after: re.Pattern) -> bool:
    """Whether the day ending at ``end`` is another thing's than an event's: a pact's, by a genitive
    (:func:`genitive_names`), or a meeting's ("पोलैंड ने परामर्श मांगा, मंगलवार को बैठक")."""
    return genitive_names(low, end, pact_after) or _MEETING.match(low, end) is not None
