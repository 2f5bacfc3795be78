"""Sixth round of general forms (English), read by :mod:`casus.news.clauses`, :mod:`casus.news.dates` and
:mod:`casus.news.forms5`; the words are :mod:`casus.news.lexicon6`'s.

* a legislature's approval of a pact is its ratification ("Chile's parliament approved the defence treaty with
  Peru"), but not a cabinet's approval of a draft nor a parliament's approval of anything but a pact
  (:func:`approval_without_legislature`);
* a day said with a verb of saying dates the saying, which is past whatever the tense of what is said: "Peru will
  sign the treaty, the minister said on Tuesday" is last Tuesday (:func:`said_on`);
* a trigger's own negation ("decided not to renew its alliance with Chile") does not negate the pact it takes
  for its object (:func:`negation_start`);
* an event verb whose object is a pronoun for the pact the sentence names ("signed the treaty, becoming the
  fifth country to join it") has the pact for its object (:func:`pact_object`);
* a ratification reported before the entry into force it led to is a step of that event, not one of its own:
  "The treaty came into force today. The Senate approved it on July 21" (:func:`earlier_steps`);
* a state named past a semicolon is another clause's, not the event's: "U.S. SIGNS PACT WITH PERU; MINISTER
  WARNS CHILE" (:func:`clause_parties`);
* one state's separate (or bilateral) pacts with several others, in English: "Peru signed bilateral defence
  agreements with Chile, Bolivia and Ecuador" (:data:`SEPARATE_EN`, read by
  :func:`casus.news.forms5.separate_pacts`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import _W0, _W1, _is_dev
from .lexicon6 import APPROVAL_KEYS

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence

__all__ = ["approval_without_legislature", "said_on", "SEPARATE_EN", "negation_start", "pact_object",
           "earlier_steps", "clause_parties"]

_PACT = r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|alliances?|protocols?|conventions?|charters?)"
#: a legislature (or its members) as the subject before the verb, in the same clause
_LEGISLATURE = re.compile(
    rf"{_W0}(?:parliament|parliaments|senate|senators|lawmakers|legislators|legislature|assembly|congress|duma|"
    rf"rada|knesset|majlis|sejm|bundestag|diet|deputies|mps|house\sof\s(?:representatives|commons|lords)|"
    rf"(?:upper|lower)\s(?:house|chamber))(?:\s(?:also|today|yesterday|overwhelmingly|unanimously|formally|"
    rf"on\s[a-z]+|finally))*\s?$")
#: the pact as the verb's object: "approved a security agreement", "approved the 2010 treaty of alliance"
_PACT_OBJECT = re.compile(rf"\s?(?:(?:an?|the|its|their|two)\s)?(?:[^\s,.;:]+\s){{0,4}}?{_PACT}{_W1}")


def approval_without_legislature(low: str, h: Hit, s0: int) -> bool:
    """True if approval verb ``h`` ("approved") does not report a ratification: no legislature as its subject
    right before it, or no pact as its object right after it."""
    if h.key not in APPROVAL_KEYS:
        return False
    return not (_LEGISLATURE.search(low, max(s0, h.start - 60), h.start)
                and _PACT_OBJECT.match(low, h.end, h.end + 60))


#: a verb of saying right before a date: "said on Tuesday", "told reporters on Monday", "announced yesterday"
_SAID = re.compile(rf"{_W0}(?:said|told\s(?:[a-z]+\s){{1,2}}|stated|added|announced|declared|confirmed|wrote)"
                   rf"\s(?:on\s)?$")


def said_on(low: str, start: int) -> bool:
    """True if the date at ``start`` follows a verb of saying in the past ("said on Tuesday"): it dates the
    saying, in the past, even in a sentence about the future."""
    return bool(_SAID.search(low, max(0, start - 30), start))


#: Separate pacts in English: "separate defence agreements", "bilateral security agreements", "three individual
#: treaties" (a plural pact noun)
SEPARATE_EN = (rf"|{_W0}(?:separate|bilateral|individual)\s(?:[^\s,.;:]+\s){{0,2}}?"
               rf"(?:agreements|treaties|pacts|accords){_W1}")


def negation_start(h: Hit, noun: Hit, sent: Sentence) -> int:
    """Where a negation of pact noun ``noun`` may start: after trigger ``h`` when ``h`` stands before the noun (a
    negation inside the trigger, "decided not to renew", is the trigger's own), else at the sentence's start."""
    return h.end if h.end <= noun.start else sent.start


#: a pronoun for the pact as the verb's object: "to join it", "to accede to it"
_PRONOUN_OBJECT = re.compile(rf"\s?(?:it|them){_W1}")
_HI_PRONOUNS = ("इससे", "उससे", "इनसे")


def pact_object(low: str, sent: Sentence, h: Hit) -> bool:
    """True if a pact noun or name stands near trigger ``h`` (40 characters before it to 60 after), or a pronoun
    standing for the pact the sentence names follows it: the pact is the verb's object ("joined NATO", "नाटो में
    शामिल", "becoming the fifth country to join it"; not "joined the drills")."""
    lo, hi = h.start - 40, h.end + 60
    if any(lo <= x.start and x.end <= hi for x in sent.hits if x.cat in ("P", "N")):
        return True
    if _is_dev(h.key):
        return h.key.startswith(_HI_PRONOUNS)  # "इससे बाहर हो गए": left it
    return bool(_PRONOUN_OBJECT.match(low, h.end, sent.end))


def earlier_steps(cands: list) -> list:
    """The candidates without the ratifications that are steps towards an entry into force the article reports:
    of the same states (or naming none), dated before it or undated."""
    force = [c for c in cands if c.type == "entered_into_force" and c.date]
    if not force:
        return cands

    def step(c) -> bool:
        return c.type == "ratified" and any(
            (not c.parties or set(c.parties) <= set(f.parties) or set(f.parties) <= set(c.parties))
            and (not c.date or c.date < f.date) for f in force)

    return [c for c in cands if not step(c)]


def clause_parties(low: str, h: Hit, hits: list) -> list:
    """The (hit, state) pairs of ``hits`` in trigger ``h``'s clause: none past a semicolon between them."""
    return [(x, c) for x, c in hits if ";" not in low[min(x.end, h.end):max(x.start, h.start)]]
