"""Clauses around a trigger that say it reports no pact event (read by :mod:`casus.news.extract`).

* a condition under a future main clause: "the treaty will come into force once two thirds of the signatories
  have ratified it", "... will take effect when both parliaments have approved it": the ratifying is a
  condition, not an event;
* a withdrawal of forces, not from a pact: "withdrew its armed forces from the alliance's command",
  "pulled its troops out of the region" (the verb's object is the forces);
* a pact's making given as the reason for an act: "activated the accords because they were concluded for such
  times" (a description of the pact, not its signing);
* an accession or withdrawal the sentence announces as decided or to come: "has decided to accede to the pact",
  "announced that it will join" (read as announced, :func:`announced_future`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import _BACKGROUND, _W0, _W1, _is_dev
from .forms4 import needs_pact_object, participle_between
from .forms6 import approval_without_legislature

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["not_an_event", "announced_future", "background"]

#: A future main clause, then a subordinate clause of condition or time up to the trigger.
_EN_FUTURE_CONDITION = re.compile(
    rf"{_W0}(?:will|shall|'ll)\s[^.;:]*?{_W0}(?:once|until|till|unless|as\ssoon\sas|after|when|provided)\s[^.;:,]*$")
#: Forces, troops, diplomats: what a withdrawal verb may take (or have as its passive subject) that is no pact.
_FORCE_NOUNS = (r"(?:forces|troops|soldiers|units|contingents?|personnel|garrisons?|ambassadors?|envoys?|diplomats|"
                r"advisers|advisors|warships|aircraft|navy|army|air\sforce|fleet)")
_FORCES = (r"(?:(?:all|some|most|part\sof)\s)?(?:(?:its|their|his|her|the|all|(?:[a-z]+'s))\s)?"
           rf"(?:(?:remaining|last|armed|military|combat|naval|air|ground|[a-z]+ian|[a-z]+ish)\s){{0,2}}{_FORCE_NOUNS}")
_EN_WITHDRAW_FORCES = re.compile(rf"\s?{_FORCES}{_W1}")
#: A causal clause whose subject is the pact (a pronoun or "the treaty"): "because they were concluded".
_EN_BECAUSE = re.compile(rf"{_W0}(?:because|as|since)\s(?:they|it|the\s[a-z]+)\s(?:were|was|had\sbeen|have\sbeen|"
                         r"has\sbeen)\s(?:[a-z]+ly\s)?$")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")
#: ... or the forces as the subject of the passive: "all units of the army are withdrawn from".
_EN_FORCES_PASSIVE = re.compile(
    rf"{_W0}{_FORCE_NOUNS}\s(?:[^.;:]*?\s)?(?:are|were|is|was|have\sbeen|has\sbeen|had\sbeen|being)\s"
    r"(?:[a-z]+ly\s)?$")
_WITHDRAW_VERBS = frozenset({"withdrew", "withdraws", "withdraw", "withdrawn", "pulled out", "pulls out", "pull out",
                             "withdrawing from", "pulling out of"})


def not_an_event(low: str, h: Hit, s0: int) -> bool:
    """True if the clause around trigger ``h`` (in a sentence starting at ``s0``) says it reports no pact event:
    a condition of a future main clause, or a withdrawal of forces (see the module docstring)."""
    if _is_dev(h.key):
        return False
    if needs_pact_object(low, h) or approval_without_legislature(low, h, s0):
        return True  # "entered into Belgium", "the talks concluded": no pact entered into; "the cabinet approved"
    if _EN_FUTURE_CONDITION.search(low, max(s0, h.start - 100), h.start) or _EN_BECAUSE.search(
            low, max(s0, h.start - 40), h.start):
        return True
    if h.key == "withdrawn" and _EN_FORCES_PASSIVE.search(low, max(s0, h.start - 120), h.start):
        return True
    return h.key in _WITHDRAW_VERBS and bool(_EN_WITHDRAW_FORCES.match(low, h.end, h.end + 60))


def announced_future(etype: str, verbs: list) -> bool:
    """Whether a future event of type ``etype`` is read as announced: a signing always ("will sign"), any other
    event when the sentence also has an announcing verb ("announced that it has decided to accede")."""
    return etype in ("signed", "announced") or any(v.value[0] == "announced" and t != "future" for v, t in verbs)


def background(low: str, s0: int, s1: int, h: Hit) -> bool:
    """True if sentence ``[s0, s1)`` puts the event of trigger ``h`` in the background ("on the anniversary of",
    "years ago"): a background word after the trigger and past a clause break dates something else ("joined NATO
    yesterday, just days before the alliance marks its 60th anniversary")."""
    for m in _BACKGROUND.finditer(low[s0:s1]):  # (a slice: its rules anchor at the sentence's start)
        if s0 + m.start() >= h.end and (_CLAUSE_BREAK.search(low, h.end, s0 + m.start())
                                        or participle_between(low, h.end, s0 + m.start())):
            continue  # (another clause's, or the pact's: "the agreement concluded ... last year")
        return True
    return False
