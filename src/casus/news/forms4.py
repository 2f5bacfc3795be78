"""Fourth round of general forms (read by :mod:`casus.news.extract`, :mod:`casus.news.clauses` and
:mod:`casus.news.dates`); the words are :mod:`casus.news.lexicon_more`'s fourth-round tables.

* a gerund after a main clause reports the main clause's act: "the four powers today renewed their alliance,
  signing treaties of alliance in Paris" (:func:`gerund_after_clause`);
* a verb that reports a pact event only with a pact for its object: "entered into an agreement", "are prepared to
  enter into a permanent agreement", not "entered into a war" (:func:`needs_pact_object`);
* a date in a participle that describes the pact, "the pact signed here on April 4, came into force today",
  "under a defence agreement signed in 1963": it dates the pact, not the event (:func:`describes_pact`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import _EN_FUTURE, _EN_IRREALIS, _EN_NEG, _W0, _W1

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["gerund_after_clause", "needs_pact_object", "describes_pact", "participle_between"]

_PACT = r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|alliances?|protocols?|conventions?|charters?|deals?)"
#: the gerunds of the event verbs, as the lexicon keys them
_GERUNDS = frozenset({"signing", "ratifying", "joining"})
#: a gerund's object: a pact noun within a few words ("signing treaties of alliance", "signing a defence pact")
_GERUND_OBJECT = re.compile(rf"\s(?:[^\s,.;:]+\s){{0,3}}?{_PACT}{_W1}")
#: the main clause before the comma: up to the sentence's start or an earlier clause break
_MAIN_CLAUSE = re.compile(r"[^;:(]{8,200},\s?$")
#: verbs that report an event only with a pact for their object (lexicon_more.TRIGGERS_4)
_OBJECT_KEYS = frozenset({"entered into a", "entered into an", "enter into a", "enter into an", "enters into a",
                          "enters into an"})
_PACT_OBJECT = re.compile(rf"\s?(?:(?:an?|the|its|their)\s)?(?:[^\s,.;:]+\s){{0,4}}?{_PACT}{_W1}")
#: a pact noun and a participle of its making ("the agreement ... concluded by Germany and Japan"); then where or
#: when, up to a date: "the pact signed here on", "a joint defense agreement signed in"
_MAKING = (rf"{_W0}{_PACT}\s(?:(?!(?:they|it|we|he|she|both|which|that)\s)[^\s.;:]+\s){{0,4}}?"
           r"(?:(?:was|were)\s)?(?:signed|concluded|ratified|agreed|drawn\sup)")
_PARTICIPLE = re.compile(rf"{_MAKING}{_W1}")
_DESCRIBED = re.compile(rf"{_MAKING}\s(?:[^\s,.;:]+\s){{0,7}}?(?:in|on|of)\s(?:the\s)?$")


def participle_between(low: str, start: int, end: int) -> bool:
    """True if a participle describing the pact stands in ``low[start:end]`` ("the agreement ... concluded by
    Germany and Japan"): what follows it (a date, "last year") is the pact's, not the event's."""
    return bool(_PARTICIPLE.search(low, start, end))


def gerund_after_clause(low: str, h: Hit, s0: int) -> bool:
    """True if gerund ``h`` ("signing") follows a main clause after a comma and takes a pact for its object: it
    reports the main clause's act, in its tense, unless that clause is negated, hypothetical or future."""
    if h.key not in _GERUNDS or not _GERUND_OBJECT.match(low, h.end, h.end + 50):
        return False
    m = _MAIN_CLAUSE.search(low, max(s0, h.start - 200), h.start)
    if m is None:
        return False
    main = m.group()
    return not (_EN_NEG.search(main) or _EN_IRREALIS.search(main) or _EN_FUTURE.search(main))


def needs_pact_object(low: str, h: Hit) -> bool:
    """True if trigger ``h`` reports an event only with a pact for its object and none follows it."""
    return h.key in _OBJECT_KEYS and not _PACT_OBJECT.match(low, h.end, h.end + 60)


def describes_pact(low: str, d_start: int, trig: Hit, s0: int = 0) -> bool:
    """True if the date starting at ``d_start`` belongs to a participle describing the pact ("the pact signed here
    on April 4"), the participle not being the event's own trigger; ``s0``: the date's sentence's start (a headline
    before it describes nothing in it)."""
    m = _DESCRIBED.search(low, max(s0, d_start - 120), d_start)
    return m is not None and not (m.start() <= trig.start < d_start)


#: A signing in the passive with the pact as its subject: "The treaty was signed by ...", "was drawn up at the
#: conference and signed by", "(aid that ended) when the treaty was signed".
_PASSIVE_SIGNING = re.compile(rf"{_W0}(?:the|this|that)\s(?:[^\s,.;:]+\s){{0,3}}?{_PACT}\s(?:was|were|had\sbeen)\s"
                              r"(?:[^.;]{0,120}?\sand\s)?(?:[a-z]+ly\s)?$")
#: event types that report a later step of a pact (its parties are the pact's, but for the subject types)
_LATER = ("ratified", "entered_into_force", "joined", "withdrew", "suspended", "invoked", "declined")
_PACT_PARTIES = ("ratified", "entered_into_force")


def background_signings(low: str, cands: list) -> list:
    """The candidates without the signings that only describe the pact of another step the article reports: an
    undated passive signing ("The treaty was signed by Belgium, Canada, ...") in an article that reports the pact's
    ratification, entry into force, an accession, a withdrawal or an invocation (its parties become those of a
    ratification or entry into force that names fewer); and an announcement that names no party there, the
    earlier step of the same act ("completes a step announced on October 8 by the Prime Minister")."""
    later = [c for c in cands if c.type in _LATER]
    if not later:
        return cands
    out = []
    for c in cands:
        h = c.trigger
        if c.type == "announced" and not c.parties:
            continue  # "The move completes a step announced on October 8 by the Prime Minister": the same step
        if c.type == "signed" and c.date_rank >= 3 and _PASSIVE_SIGNING.search(
                low, max(c.sentence.start, h.start - 200), h.start):
            for o in later:
                if o.type in _PACT_PARTIES and len(o.parties) < len(c.parties):
                    o.parties[:] = list(dict.fromkeys(o.parties + c.parties))
            continue
        out.append(c)
    return out
