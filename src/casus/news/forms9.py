"""Ninth round of general forms, read by :mod:`casus.news.extract` and :mod:`casus.news.parties`; the words are
:mod:`casus.news.lexicon9`'s.

* a state named before a report's "that" ("इटली ने कहा कि स्पेन ने ...", "Italy said that Spain ...") reports the act
  of the states named after it (:func:`clause_parties`);
* a state named after a subordinate connector that follows the verb is no party of the pact the verb reports:
  "Poland signed an alliance with Romania, weeks after a pact with France", "..., as Germany opened its attack"
  (:func:`clause_parties`);
* a second pact an "after" clause reports with its own signing and its own day is an event of its own: "..., after
  a political agreement with France signed in Paris on February 19" (:func:`after_pacts`, through
  :func:`later_forms`);
* the signing of a protocol of a state's adherence or accession is that state's accession: "the protocol of
  Spain's adherence was signed at Burgos" (:func:`later_forms`);
* a Hindi verb negated by "न" before its object ("न युद्धविराम या शांति संधि करेगा": nor conclude a peace) reports
  nothing, and raising relations to a partnership's level is no pact ("संबंधों को रणनीतिक साझेदारी के स्तर पर ले
  जाने का ऐलान", "elevated ties to a strategic partnership") (:func:`later_forms`);
* war declared under a pact, a request made in its name, are its invocation: "Italy declared war on Austria ..., in
  keeping with the alliance", "a request from the British government, made in the name of the alliance"
  (:data:`EN_INVOKED_9`, read by :mod:`casus.news.invocations`);
* a state its name gives that is out of the state system for a few years (occupied, its government in exile) is
  still the state: "चेकोस्लोवाकिया" in 1943 (:func:`in_gap`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .cues import _W0, _W1, _is_dev
from .forms6 import clause_parties as _clause_parties
from .forms6 import pact_object as _pact_object

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["EN_INVOKED_9", "pact_object", "clause_parties", "after_pacts", "later_forms", "in_gap", "hi_target"]

#: A subordinate clause after the verb: "(weeks / less than a month) after", "following", "before", ", as ...",
#: ", while ..." (not "as did", "as well as").
_AFTER = r"(?:(?:days|weeks|months|shortly|soon|just|only|a\sday|a\sweek|a\sfortnight|a\smonth|less\sthan\s" \
         r"(?:a|two|three)\s(?:day|days|week|weeks|fortnight|month|months))\s)?(?:after|following|before)"
_CONNECTOR = re.compile(rf"{_W0}{_AFTER}{_W1}|,\s(?:as|while|even\sas|just\sas)\s(?!(?:did|does|do|well|had|has|"
                        rf"have|is|was|were|are|part|a|an|the)\s)")
#: A report's verb and its "that": the states before it report, the states after it act ("Italy said that Spain ...")
_SAID = re.compile(r"(?<![\u0900-\u097f])(?:कहा|बताया|ऐलान\sकिया|घोषणा\sकी)\sकि(?![\u0900-\u097f])"
                   r"|(?<![a-z])(?:said|says|announced|reported|stated|confirmed)\s(?:on\s[a-z]+\s)?that\s")
_AFTER_ONLY = re.compile(rf"{_W0}{_AFTER}{_W1}")


def clause_parties(low: str, h: Hit, hits: list) -> list:
    """The (hit, state) pairs of ``hits`` in trigger ``h``'s clause (:func:`casus.news.forms6.clause_parties`),
    in English without those past a subordinate connector after the verb, if a state is left before it."""
    ph = _clause_parties(low, h, hits)
    said = [m.end() for m in _SAID.finditer(low, min((x.start for x, _ in ph), default=h.start), h.start)]
    if said and any(said[-1] <= x.start < h.start for x, _ in ph):  # "इटली ने कहा कि स्पेन ने ...": Spain acts
        ph = [(x, c) for x, c in ph if not x.end <= said[-1]]
    if _is_dev(h.key) or not ph:
        return ph
    kept = [(x, c) for x, c in ph if x.start < h.end or not _CONNECTOR.search(low, h.end, x.start)]
    return kept if kept else ph


def after_pacts(r: Any, c: Any) -> list:
    """The signing an English "after" clause past candidate ``c``'s verb reports with its own verb, pact and day
    ("after a political agreement with France signed in Paris on February 19"): the clause's states (with ``c``'s
    first party, if the clause names one), on the clause's day; [] if there is none."""
    sent, h, low = c.sentence, c.trigger, r.low
    if c.type != "signed" or _is_dev(h.key) or not c.parties:
        return []
    m = _AFTER_ONLY.search(low, h.end, sent.end)
    if m is None:
        return []
    inside = [x for x in sent.hits if x.start >= m.end()]
    verbs = [x for x in inside if x.cat == "T" and x.value[0] == "signed"]
    if not verbs or not any(x.cat in ("P", "N") for x in inside):
        return []
    iso, basis, drank, _ = r._date_for(sent, verbs[0], "past")
    if iso is None or len(iso) != 10 or iso == c.date or drank > 1 or r._old(iso):
        return []
    states = list(dict.fromkeys(s for x, s in r._party_hits(sent, date.fromisoformat(iso)) if x.start >= m.end()))
    if not states:
        return []
    if len(states) == 1 and c.parties[0] not in states:
        states = [c.parties[0], *states]
    return [replace(c, trigger=verbs[0], tense="past", parties=states, date=iso, basis=basis, date_rank=drank)]


#: The protocol of a state's accession: "the protocol of Spain's adherence", "the instrument of Greece's accession".
_ADHERENCE = re.compile(r"(?:protocol|instrument|act)s?\s(?:of|on|for)\s(?:the\s)?(?:[^\s,.;:]+\s){0,3}?"
                        r"(?:accession|adherence|adhesion)")
_POSSESSIVE = re.compile(r"'s?\s(?:formal\s)?(?:accession|adherence|adhesion)")
#: Hindi "न" before a verb's object ("न ... संधि करेगा": nor conclude), not "न केवल" (not only)
_HI_NOR = re.compile(r"(?<![\u0900-\u097f])न\s(?!केवल|सिर्फ|सिर्फ़)")
#: Relations raised to a partnership's level: no pact
_UPGRADE = re.compile(
    r"(?:elevat|upgrad|rais)\w*\s(?:[^\s.;]+\s){0,3}?(?:ties|relations|relationship)\s(?:[^\s.;]+\s){0,2}?to\s"
    r"|(?:ties|relations|relationship)\s(?:[^\s.;]+\s){0,3}?(?:elevated|upgraded|raised)\sto\s"
    r"|(?:संबंधों|रिश्तों|संबंध|रिश्ते)\s(?:को\s)?(?:[^\s।]+\s){0,8}?स्तर\s(?:पर|तक)\s"
    r"(?:ले\sजाने|ले\sजाया|बढ़ाने|पहुंचाने|पहुँचाने)")
_PARTNERSHIP = re.compile(r"partnership|साझेदारी|पार्टनरशिप")


def _upgrade(low: str, c: Any) -> bool:
    s = c.sentence
    nouns = s.cats("N")
    return (not s.has("P") and bool(nouns) and all(_PARTNERSHIP.search(n.key) for n in nouns)
            and _UPGRADE.search(low, s.start, s.end) is not None)


def _nor(low: str, c: Any) -> bool:
    h = c.trigger
    if not _is_dev(h.key):
        return False
    start = max(c.sentence.start, h.start - 40)
    start = max(start, low.rfind(",", start, h.start) + 1)
    return _HI_NOR.search(low, start, h.start) is not None  # (the look-behind sees the word before ``start``)


def _adherence(r: Any, c: Any) -> Any:
    """``c`` as the accession of the states whose adherence the signed protocol records, or ``c`` itself."""
    s, low = c.sentence, r.low
    if c.type != "signed" or _ADHERENCE.search(low, max(s.start, c.trigger.start - 80),
                                               min(s.end, c.trigger.end + 80)) is None:
        return c
    on = r._day_or_anchor(c.date)
    own = list(dict.fromkeys(st for x, st in r._party_hits(s, on) if _POSSESSIVE.match(low, x.end, x.end + 30)))
    named = c.alliance or any(x.cat == "P" for hs in r.by_sent.values() for x in hs)  # the pact the article names
    return replace(c, type="joined", parties=own, alliance=named) if own else c


_PROTOCOL = re.compile(r"protocol|प्रोटोकॉल")


def later_forms(r: Any, cands: list) -> list:
    """The candidates read with this round's forms (see the module docstring): an "after" clause's own signing
    added, an adherence protocol's signing an accession, a Hindi "न" verb and a partnership upgrade dropped; and
    the signing of a protocol by states the article reports joining (the protocol is their accession's)."""
    out = []
    for c in cands:
        if _nor(r.low, c) or (c.type in ("announced", "signed") and _upgrade(r.low, c)):
            continue
        out.append(_adherence(r, c))
        out.extend(after_pacts(r, c))
    joining = {p for c in out if c.type == "joined" for p in c.parties}
    return [c for c in out if not (c.type == "signed" and joining and c.parties and set(c.parties) <= joining
                                   and _PROTOCOL.search(r.low, c.sentence.start, c.sentence.end))]


_HI_TARGET = re.compile(r"(?:निशाने|निशाना)\s(?:पर\s)?$")


def hi_target(low: str, h: Hit, s0: int) -> bool:
    """Whether Hindi state hit ``h`` is named as a target ("निशाने पर चीन": China in the crosshairs), no party."""
    return _HI_TARGET.search(low, max(s0, h.start - 16), h.start) is not None


#: Invocations whose parts have words between them (:mod:`casus.news.invocations`' group ``invoked``): war declared in
#: keeping with a pact, a request or appeal made in a pact's name.
EN_INVOKED_9 = [
    r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,25}?(?:in\skeeping\swith|in\saccordance\swith|"
    r"in\sfulfil+ment\sof|honou?ring|to\shonou?r|true\sto|as\srequired\sby|in\sthe\sname\sof|under)\s(?:the|its|their)",
    r"(?:request|appeal|demand|call)s?\s(?:[^\s.;]+\s){0,12}?in\sthe\sname\sof\s(?:the|its|their)"]

#: Hindi's ablative: "... से" (from) after the pact left, before the verb
_HI_FROM = re.compile(r"(?<![\u0900-\u097f])से(?![\u0900-\u097f])")


def pact_object(low: str, sent: Any, h: Hit) -> bool:
    """:func:`casus.news.forms6.pact_object`, and in Hindi a pact named before a leaving verb with the ablative
    between, however far: "जी5 साहेल समूह के सभी अंगों से, जिनमें ..., हटने का ऐलान किया"."""
    if _pact_object(low, sent, h):
        return True
    return _is_dev(h.key) and h.value[0] == "withdrew" and any(
        x.end <= h.start and _HI_FROM.search(low, x.end, h.start) for x in sent.cats("P"))


#: A gap in a state's membership of the system read as the state's: at most this long
_GAP = timedelta(days=3653)


def in_gap(states: Any, h: Hit, on: date | None) -> bool:
    """Whether the state its name ``h`` gives (not its adjective) is out of the state system on ``on`` only for a
    gap: a member before, a member again within ten years ("चेकोस्लोवाकिया" in 1943, out from 1939 to 1945);
    ``states``: the registry."""
    if on is None or len(h.value) != 1 or h.flag != "N":
        return False
    spans = states.get(h.value[0]).spans
    before = any(sp.end is not None and on - _GAP <= sp.end <= on for sp in spans)
    return before and any(on < sp.start <= on + _GAP for sp in spans)
