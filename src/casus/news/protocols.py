"""One event per accession protocol, or per document an act signs: a signing, ratification or entry into force of "the
protocols on the accession of Finland and Sweden" (each candidate's accession is its own protocol, a treaty of its own)
is one event per acceding state, and a report of several documents signed together ("signed two memoranda", "signed an
agreement on military cooperation and a separate deal on classified information") one event per document
(:mod:`casus.news.documents`).

Read from the sentences of an event's candidates: the states named after "accession of" ("entry of", "admission of",
"accession protocols for") up to the clause's end, or those named with "'s" before it ("Finland's and Sweden's
accession"), or, in Hindi, the two states joined by "और" before "के"/"को"/"की" in a
sentence that names the protocols and an accession ("फ़िनलैंड और स्वीडन के ... प्रवेश से जुड़े प्रोटोकॉल").  Each event keeps
its other parties (the state that ratifies) and one acceding state.  (A step of :meth:`casus.news.extract._Reader.run`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .documents import copies, documents
from .parties import longest

__all__ = ["one_per_protocol"]

#: the types whose object may be several accession protocols
_TYPES = ("signed", "ratified", "entered_into_force")
_PROTOCOLS = re.compile(r"(?<![a-z])protocols(?![a-z])|प्रोटोकॉल|प्रोटोकोल")
_EN_ACCEDERS = re.compile(r"(?<![a-z])(?:accession|entry|admission)\s(?:protocols?\s)?(?:of|for)\s")
_EN_END = re.compile(r"\s(?:to|into|in)\s|[,;:(]")
_EN_POSSESSIVE_ACCESSION = re.compile(r"'s\s(?:nato\s)?(?:accession|entry|admission)(?![a-z])")  # (folded: ’ is ')
_HI_ACCESSION = re.compile(r"प्रवेश|सदस्यता|सदस्य\sबना|एक्सेशन|शामिल")


def _acceders(r: Any, sent: Any) -> list[int]:
    """The acceding states a sentence about several accession protocols names (see the module docstring)."""
    low = r.low
    if not _PROTOCOLS.search(low, sent.start, sent.end):
        return []
    on = r._day_or_anchor(None)
    hits = longest(sent.cats("S"))
    m = _EN_ACCEDERS.search(low, sent.start, sent.end)
    if m is not None:
        end = _EN_END.search(low, m.end(), sent.end)
        hi = end.start() if end else sent.end
        return list(dict.fromkeys(c for x in hits if m.end() <= x.start < hi for c in r.pf.states_of(x, on)))
    m = _EN_POSSESSIVE_ACCESSION.search(low, sent.start, sent.end)
    if m is not None:  # "the protocols on Finland's and Sweden's accession"
        return list(dict.fromkeys(c for x in hits if m.start() - 60 <= x.start < m.start()
                                  and low.startswith("'s", x.end) for c in r.pf.states_of(x, on)))
    if not _HI_ACCESSION.search(low, sent.start, sent.end):
        return []
    for a, b in zip(hits, hits[1:], strict=False):
        if low[a.end:b.start] == " और " and low.startswith((" के ", " को ", " की "), b.end):
            return list(dict.fromkeys(c for x in (a, b) for c in r.pf.states_of(x, on)))
    return []


def one_per_protocol(r: Any, group: list, ev: Any, groups: list[list]) -> list:
    """``ev`` (the event of candidates ``group``, one of the article's ``groups``), or one event per accession
    protocol it reports, or one per document its act covers (:func:`casus.news.documents.documents`)."""
    if ev.type not in _TYPES:
        return [ev]
    n = documents(r, group, ev, [g for g in groups if g is not group])
    if n > 1:
        return copies(r, ev, n)
    for c in group:
        acceders = [a for a in dict.fromkeys(r._abbrev(x) for x in _acceders(r, c.sentence)) if a in ev.parties]
        if len(acceders) >= 2:
            rest = [p for p in ev.parties if p not in acceders]
            out = [replace(ev, parties=tuple(sorted([*rest, a]))) for a in acceders]
            if id(ev) in r.unconfirmed:  # (each kept only if the corpus confirms it, as the event was)
                r.unconfirmed.update(id(x) for x in out)
            return out
    return [ev]
