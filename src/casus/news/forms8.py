"""Eighth round of general forms, read by :mod:`casus.news.extract` (through
:func:`casus.news.forms5.step_candidates`); the words are :mod:`casus.news.lexicon8`'s.

* a pact that takes effect on its signature ("The accord takes effect at once", "is to enter into force upon
  signature") reports no step of its own in an article that reports the signing: the entry into force is the
  signing's (:func:`on_signature`);
* a state's envoy who signs signs for it: "the Peruvian ambassador, Juan Soto, and the Chilean foreign minister
  signed the treaty" (:func:`envoy_signs`, read by :func:`casus.news.parties.role_after`: a state before
  "ambassador" or "envoy" is otherwise no party).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .cues import _W1
from .dates import _DATELINE, find_dates
from .text import fold

__all__ = ["on_signature", "envoy_signs", "month_dateline"]

#: Right after an entry into force: at once, immediately, on (its) signature / signing, on the day of signature.
_AT_SIGNATURE = re.compile(
    rf"\s?(?:at\sonce|immediately|forthwith|(?:up)?on\s(?:its\s|their\s)?(?:signature|signing)|"
    rf"(?:on|from)\sthe\s(?:day|date)\sof\s(?:its\s)?(?:signature|signing)){_W1}")


def on_signature(low: str, cands: list) -> list:
    """The candidates without an entry into force "at once" / "on signature" when a signing is among them."""
    if not any(c.type == "signed" for c in cands):
        return cands
    return [c for c in cands if not (c.type == "entered_into_force"
                                     and _AT_SIGNATURE.match(low, c.trigger.end, c.sentence.end))]


#: After "ambassador" / "envoy": a post ("in Lima", "to Chile"), a name in commas, then "and" (a co-signer) or the
#: signing verb.
_ENVOY_SIGNS = re.compile(
    r"(?:\s(?:in|at|to)\s[a-z]+(?:\s[a-z]+)?)?(?:\s?,\s[^,;.]{2,50},)?\s"
    rf"(?:and|signed|put\s(?:their|his|her)\snames?\sto|initial(?:l)?ed|inked){_W1}")


def envoy_signs(low: str, mod: str, end: int) -> bool:
    """True if the state modifier ``mod`` ("ambassador", "envoy") ends at ``end`` where its bearer signs (or is
    coordinated with another who does): "the Peruvian ambassador in Lima, Juan Soto, and ..."."""
    return mod.strip() in ("ambassador", "envoy") and _ENVOY_SIGNS.match(low, end, end + 120) is not None


_DIGIT = re.compile(r"[0-9\u0966-\u096f]")


def month_dateline(lines: list[str]) -> tuple[date, str] | None:
    """The last day of the month an article's dateline gives without a day ("PARIS, April 1856.", "लंदन, अगस्त
    1936"): the anchor its days without a year ("Wednesday, 26 August") resolve against; None without one."""
    for line in lines:
        if len(line) > 80 or not _DIGIT.search(line):
            continue
        f = fold(line)
        for h in find_dates(f):
            if h.kind == "month" and h.day is not None and (not f.base[:h.start].strip()
                                                             or _DATELINE.match(f.base[:h.start])):
                last = monthrange(h.day.year, h.day.month)[1]
                return h.day.replace(day=last), f"the article's dateline month ({line.strip()[:60]})"
    return None
