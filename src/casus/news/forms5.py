"""Fifth round of general forms (Hindi), read by :mod:`casus.news.extract`; the words are
:mod:`casus.news.lexicon_hi5`'s.

* a decision to end a pact, reported as taken, is the act: "संधि को खत्म करने का फैसला किया", "संधि का विस्तार न करने
  का निर्णय लिया" (the verbal noun of a withdrawal or suspension, then a decision in the past;
  :func:`noun_as_act`, which also reads :func:`casus.news.forms4.gerund_after_clause`);
* one state's separate bilateral pacts with several others, signed together, are one pact each: "अमेरिका ने
  पाकिस्तान, ईरान और तुर्की के साथ तीन अलग-अलग द्विपक्षीय समझौतों पर हस्ताक्षर किए" (:func:`separate_pacts`, applied
  with :func:`casus.news.forms4.background_signings` by :func:`step_candidates`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .cues import _W0, _W1, _is_dev
from .forms4 import background_signings, gerund_after_clause
from .forms6 import SEPARATE_EN, earlier_steps
from .forms8 import on_signature

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["noun_as_act", "separate_pacts", "step_candidates"]

#: A decision, taken: "का फैसला किया (है)", "का निर्णय लिया", "का औपचारिक फैसला कर लिया"
_DECIDED = re.compile(rf"\s?(?:का|की)\s(?:(?:औपचारिक|आधिकारिक|अंतिम)\s)?(?:फैसला|निर्णय)\s"
                      rf"(?:किया|लिया|कर\sलिया|ले\sलिया){_W1}")
_ENDING = ("withdrew", "suspended")


def noun_as_act(low: str, h: Hit, s0: int) -> bool:
    """True if the verbal noun ``h`` (tense "noun") reports an act: a gerund after a main clause ("..., signing a
    treaty of alliance"), or a Hindi withdrawal or suspension followed by a decision taken ("संधि को खत्म करने का
    फैसला किया")."""
    if gerund_after_clause(low, h, s0):
        return True
    return _is_dev(h.key) and h.value[0] in _ENDING and bool(_DECIDED.match(low, h.end, h.end + 40))


#: Separate bilateral pacts: "तीन अलग-अलग (द्विपक्षीय) समझौतों", "separate bilateral agreements"
_SEPARATE = re.compile(rf"{_W0}(?:अलग\sअलग|पृथक)\s(?:\S+\s){{0,3}}?(?:समझौतों|संधियों|करारों){_W1}{SEPARATE_EN}")
#: the one state that signs them all: the subject before the ergative ("अमेरिका ने")
_ERGATIVE = re.compile(r"\s?(?:(?:सरकार|प्रशासन)\s)?ने(?![\u0900-\u097f])")


def separate_pacts(low: str, cands: list, states_of) -> list:
    """The candidates with a signing of separate bilateral pacts split, one per partner: the state named with
    the ergative (in English, before the verb) signs with each of the others (``states_of(hit)``: the states a hit
    names); another signing by the same states (a headline's) is split the same way."""
    split: dict[frozenset, int] = {}
    for c in cands:
        s = c.sentence
        if c.type != "signed" or len(c.parties) < 3 or not _SEPARATE.search(low, s.start, s.end):
            continue
        subject = [x for x in s.cats("S") if _ERGATIVE.match(low, x.end, x.end + 14)
                   or (not _is_dev(c.trigger.key) and x.end <= c.trigger.start)]
        own = list(dict.fromkeys(st for x in subject for st in states_of(x) if st in c.parties))
        if len(own) == 1:
            split[frozenset(c.parties)] = own[0]
    out = []
    for c in cands:
        own_state = split.get(frozenset(c.parties)) if c.type == "signed" else None
        if own_state is None:
            out.append(c)
            continue
        out.extend(replace(c, parties=[own_state, p]) for p in c.parties if p != own_state)
    return out


def step_candidates(low: str, cands: list, states_of) -> list:
    """The candidates without the signings that only describe a later step's pact
    (:func:`casus.news.forms4.background_signings`) and the ratifications that led to a reported entry into force
    (:func:`casus.news.forms6.earlier_steps`) and the entries into force at signature
    (:func:`casus.news.forms8.on_signature`), separate bilateral pacts split (:func:`separate_pacts`)."""
    return separate_pacts(low, on_signature(low, earlier_steps(background_signings(low, cands))), states_of)
