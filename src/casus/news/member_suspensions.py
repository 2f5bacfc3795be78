"""A member suspended by its pact: "The Arab League today suspended Syria", "ECOWAS suspended Guinea from all of its
decision-making bodies", "the alliance voted to suspend Turkey's membership", "अरब लीग ने सीरिया की सदस्यता निलंबित कर
दी", "संगठन ने गिनी को निलंबित कर दिया".  The pact (by its name) does the suspending and the state it suspends follows
the verb (in Hindi it comes before, with को or की सदस्यता); annotators list the suspended member as the event's party,
as they do for "Syria was suspended from the Arab League".  Only a suspension said done (not threatened, asked for
or to come).  (A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .cues import added_per_sentence, hindi_sentence, undone_before
from .index import Hit
from .parties import longest

__all__ = ["members_suspended"]

#: the verb, after the pact's name: "today suspended", "has suspended", "voted to suspend", "decided to suspend"
_EN_VERB = re.compile(r"\s(?:[a-z,]+\s){0,4}?(?P<v>suspended|suspends|(?:voted|decided|agreed)\sto\ssuspend|"
                      # ... or expels it, as annotators code an expulsion: "expelled", "declared the Soviet Union
                      # expelled from the League" (:data:`_EN_DECLARED_AFTER`)
                      r"expelled|expels|(?:voted|decided|agreed)\sto\sexpel|declared)\s(?:the\s)?$")
#: what follows the state after "declared": the expulsion
_EN_DECLARED_AFTER = re.compile(r"\s(?:expelled|excluded)\s(?:from|for)(?![a-z])")
#: what may stand between the state and the end of its phrase: "'s membership", "from"
_EN_AFTER = re.compile(r"(?:'s)?\s(?:membership|participation|from|over|after|for|until|with|in|on|,)(?![a-z])"
                       r"|\s?[.,;]")
#: Hindi: "<pact> ने <state> की सदस्यता ... निलंबित कर दी", "<pact> ने <state> को ... निलंबित कर दिया"
_HI_OBJECT = re.compile(r"\s(?:की\s(?:सदस्यता|भागीदारी)|को)\s(?:[^\s।]+\s){0,6}?(?P<v>निलंबित|निष्कासित)\s"
                        r"(?:कर\sदी|कर\sदिया|"
                        r"करने\sका\s(?:फैसला|निर्णय)\s(?:किया|लिया))(?![\u0900-\u0963\u0966-\u097f])")
#: between the pact's name and the state: its ergative, after a bracket that closes an initialism, and up to three
#: words of time ("(इकोवास) ने शुक्रवार को गिनी को ...")
_HI_AGENT = re.compile(r"^\s?[)\]]?\s?ने(?:\s[^\s।,]+){0,3}?\s?$")
_NOT_DONE = undone_before(r"threat\w*|plans?|could|may|might|would", 3)
_GATE = ("suspend", "निलंबित", "expel", "निष्कासित")


def members_suspended(r: Any, sentences: list, cands: list) -> list:
    """``cands`` with a member's suspension for each sentence that reports one: added where the sentence has no
    candidate, in place of its suspension by no state (the pact, no state, stands before the verb)."""
    empty = {c.sentence.i: k for k, c in enumerate(cands) if c.type == "suspended" and not c.parties}
    if not empty:
        return added_per_sentence(r, sentences, cands, _GATE, _suspension)
    out = list(cands)
    for sent in sentences:
        if sent.i in empty and (c := _suspension(r, sent)) is not None:
            out[empty[sent.i]] = c
    return added_per_sentence(r, sentences, out, _GATE, _suspension)


def _suspension(r: Any, sent: Any) -> Any:
    low = r.low
    pacts = sent.cats("P")
    if not pacts:
        return None
    states = longest(sent.cats("S"))
    hindi = hindi_sentence(low, sent.start, sent.end)
    for p in pacts:
        found = _hindi_member(low, p, states) if hindi else _english_member(low, sent, p, states)
        if found is None:
            continue
        state, at, end, tense = found
        h = Hit(at, end, "T", ("suspended", tense), "", low[at:end])
        c = r._build(sent, "suspended", h, tense)
        members = r.pf.states_of(state, r._day_or_anchor(c.date if c is not None else None))
        if c is None or not members:
            return None
        # (the pact's own name makes it one of casus's kind where the corpus holds it)
        return replace(c, parties=list(dict.fromkeys(members)), alliance=bool(p.value) or c.alliance)
    return None


def _english_member(low: str, sent: Any, p: Hit, states: list[Hit]) -> tuple[Hit, int, int, str] | None:
    """The state the pact ``p`` suspends in an English sentence: the first state right after the verb that follows
    the pact's name, with the verb's span and tense."""
    for x in states:
        if x.start <= p.end or x.start - p.end > 80:
            continue
        m = _EN_VERB.search(low, p.end, x.start)
        if m is None or m.end() != x.start or _NOT_DONE.search(low, max(sent.start, m.start("v") - 40), m.start("v")):
            return None
        declared = m.group("v") == "declared"
        if declared and not _EN_DECLARED_AFTER.match(low, x.end, min(sent.end, x.end + 20)):
            return None
        if not declared and not _EN_AFTER.match(low, x.end, min(sent.end, x.end + 20)) and x.end != sent.end:
            return None
        tense = "present" if m.group("v") in ("suspends", "expels") else "past"
        return x, m.start("v"), m.end("v"), tense
    return None


def _hindi_member(low: str, p: Hit, states: list[Hit]) -> tuple[Hit, int, int, str] | None:
    """The state the pact ``p`` suspends in a Hindi sentence: "<pact> ने <state> की सदस्यता ... निलंबित कर दी"."""
    for x in states:
        if x.start <= p.end or not _HI_AGENT.match(low[p.end:x.start]):
            continue
        m = _HI_OBJECT.match(low, x.end)
        if m is not None:
            return x, m.start("v"), m.end(), "past"
    return None
