"""Tenth round of general forms, read by :mod:`casus.news.extract` and :mod:`casus.news.invocations`; the words
are :mod:`casus.news.lexicon10`'s.

* the signing (the verbal noun) that "took place" is the signing: "the signing of a treaty ... took place here today"
  (:func:`noun_as_act`);
* a feminine pact and Hindi's bare light verb at the clause's end is a pact concluded: "सोवियत संघ और मंगोलिया ने ...
  नई संधि की।" (the bare "की" is otherwise the genitive: read only there) (:func:`tenth_forms`);
* Hindi "पुष्टि" (confirmation) is a ratification only by a legislature ("रूस की संसद ने ... संधि की पुष्टि कर दी");
  a war joined is no pact joined ("लड़ाई में शामिल हो गया": under a pact, its invocation); a Hindi state named with
  the genitive before the subject of a leaving is none of its parties ("तुर्की की सैन्य कार्रवाई से नाराज़ यूनान ने")
  (:func:`tenth_forms`);
* invocations whose parts have words between them (:data:`INVOCATION_PARTS_10`, read by
  :mod:`casus.news.invocations`): a war joined under a pact, a call on an ally under the alliance ("called on
  Portugal, under the ancient alliance, to ..."), war declared in fulfilment of a guarantee, a bloc's decision that
  an attack "would be regarded as an attack on all", an appeal under a pact declined ("declining the British and
  French appeal under the treaty"), war declared under a pact in Hindi ("संधि के तहत ... युद्ध की घोषणा कर दी").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .cues import _is_dev
from .index import Hit
from .lexicon10 import HI_CONFIRM
from .text import fold_phrase

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

__all__ = ["noun_as_act", "tenth_forms", "INVOCATION_PARTS_10", "INVOCATION_KEYS_10"]

_TOOK_PLACE = re.compile(r"(?:took|has\staken|was\sheld)\splace(?![a-z])")


def noun_as_act(low: str, h: Hit, s0: int) -> bool:
    """:func:`casus.news.forms5.noun_as_act`, and "the signing of ... took place": the signing itself."""
    from .forms5 import noun_as_act as _noun_as_act  # (forms5 reads the dates, which read this module)

    if _noun_as_act(low, h, s0):
        return True
    if h.key != "signing" or not low.startswith(" of ", h.end):
        return False
    end = low.find(".", h.end)
    return _TOOK_PLACE.search(low, h.end, end if end > 0 else len(low)) is not None


#: A feminine pact, the bare light verb and the clause's end: "... की नई संधि की।"; or a pact's quoted name and the
#: light verb after the quote: "... के बीच 'सामरिक पारस्परिक रक्षा समझौता' हुआ।"
_HI_CONCLUDED = re.compile(r"(?:संधि|सन्धि|डील)\sकी(?:\s(?:है|हैं))?\s?(?:[।.!]|$)"
                           r"|(?:संधि|समझौता|समझौते|करार|पैक्ट|एग्रीमेंट)\s?['\"’”]\s?(?P<q>हुआ|हुई|हुए|हो\sगया|हो\sगई|"
                           r"हो\sगए)(?:\s(?:है|हैं))?\s?(?:[।.!]|$)")
_QUOTES = ("'", '"', "’", "”")
_HI_ERGATIVE = re.compile(r"(?<![\u0900-\u097f])ने(?![\u0900-\u097f])")
_HI_NOT = re.compile(r"(?<![\u0900-\u097f])(?:नहीं|न)\s(?:[^\s]+\s)?$")
#: A legislature: its confirmation ratifies ("संसद ने ... संधि की पुष्टि कर दी")
_LEGISLATURE = re.compile(r"संसद|सीनेट|ड्यूमा|असेंबली|असेम्बली|विधायिका|लोकसभा|राज्यसभा|नेशनल\sकांग्रेस|मजलिस|प्रेसीडियम")
_CONFIRM = frozenset(fold_phrase(c) for c in HI_CONFIRM)
#: A war joined (under a pact: its invocation, :data:`INVOCATION_PARTS_10`), not a pact: "... के तहत इसराइल के ख़िलाफ़
#: लड़ाई में शामिल हो गया", "joined the war under its defence pact"
_WAR_JOINED = re.compile(r"(?:युद्ध|लडाई|लड़ाई|जंग)\s(?:में\s)?$|(?<![a-z])(?:the\s)?(?:war|fighting|hostilities)\s?$")
#: A Hindi state named with the genitive before a noun ("तुर्की की सैन्य कार्रवाई से नाराज़ यूनान ने"): a modifier
_HI_GENITIVE = re.compile(r"\s?(?:की|के|का)(?![\u0900-\u097f])")
_HI_ERG_AFTER = re.compile(r"\s?(?:(?:सरकार|प्रशासन)\s)?ने(?![\u0900-\u097f])")


def _concluded(r: Any, sent: _Sentence, have: set[int]) -> list:
    """The signing a Hindi sentence reports with a feminine pact and the bare "की" at its clause's end."""
    if sent.i in have or not sent.has("N") or not _is_dev(r.low[sent.start:sent.start + 4] or "x"):
        return []
    m = _HI_CONCLUDED.search(r.low, sent.start, sent.end)
    if m is None or (m.group("q") is None and _HI_ERGATIVE.search(r.low, sent.start, m.start()) is None) \
            or _HI_NOT.search(r.low, max(sent.start, m.start() - 20), m.start()):
        return []
    at, end = m.span("q") if m.group("q") else (m.start() + m.group().index(" की") + 1,) * 2
    end = end if m.group("q") else at + 2
    h = Hit(at, end, "T", ("signed", "past"), "", r.low[at:end])
    c = r._build(sent, "signed", h, "past")
    return [c] if c is not None and c.parties else []


def _kept(r: Any, c: Any) -> bool:
    """False for a "पुष्टि" without a legislature and for leaving a pact's integrated command."""
    s = c.sentence
    if c.type == "ratified" and c.trigger.key in _CONFIRM:
        return _LEGISLATURE.search(r.low, s.start, c.trigger.start) is not None
    if c.type == "joined":
        return _WAR_JOINED.search(r.low, max(s.start, c.trigger.start - 20), c.trigger.start) is None \
            and not r.low.startswith(" the war", c.trigger.end)
    return True


def _subject_only(r: Any, c: Any) -> Any:
    """A Hindi leaving (joining, suspending) candidate without the states named with the genitive before its
    subject (the one with the ergative): "तुर्की की सैन्य कार्रवाई से नाराज़ यूनान ने ... अलग होने का फ़ैसला किया"."""
    if c.type not in ("withdrew", "joined", "suspended") or len(c.parties) < 2 or not _is_dev(c.trigger.key):
        return c
    hits = [(x, st) for x, st in r._party_hits(c.sentence, r._day_or_anchor(c.date)) if x.end <= c.trigger.start]
    if not any(_HI_ERG_AFTER.match(r.low, x.end) for x, _ in hits):
        return c
    drop = {st for x, st in hits if _HI_GENITIVE.match(r.low, x.end)} - {
        st for x, st in hits if _HI_ERG_AFTER.match(r.low, x.end)}
    return replace(c, parties=[p for p in c.parties if p not in drop]) if drop else c


def tenth_forms(r: Any, sentences: list, cands: list) -> list:
    """The candidates read with this round's forms (see the module docstring)."""
    out = [_subject_only(r, c) for c in cands if _kept(r, c)]
    have = {c.sentence.i for c in cands}
    for sent in sentences:
        seg = r.low[sent.start:sent.end]
        if "की" in seg or any(q in seg for q in _QUOTES):
            out.extend(_concluded(r, sent, have))
    return out


_PACTS = r"(?:alliance|treaty|pact|agreement|guarantee|guarantees|obligations|pledge|convention)"
#: Invocations whose parts have words between them, by the group of :mod:`casus.news.invocations`' phrasings they
#: join, and by language.
INVOCATION_PARTS_10: dict[str, dict[str, list[str]]] = {
    "en": {
        "invoked": [
            # "joined the war under its defence pact with Egypt"
            r"(?:joined|entered)\s(?:the\s)?(?:war|fighting|hostilities)\s(?:[^\s.;]+\s){0,6}?under\s(?:the|its|their)\s"
            r"(?:[^\s.;,]+\s){0,3}?" + _PACTS,
            # "called on Portugal, under the ancient alliance between the two countries, to ..."
            r"call(?:ed|s)?\son\s(?:[^\s.;]+\s){1,4}?under\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,3}?" + _PACTS],
        "guarantee": [
            # "declared war on Germany, fulfilling its guarantee to Poland"
            r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,12}?(?:fulfil+ing|honou?ring|keeping|meeting|"
            r"discharging|redeeming|in\sfulfil+ment\sof)\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,2}?"
            r"(?:guarantee|guarantees|pledge|obligations?)"],
        "declared": [
            # "NATO allies agreed today that the attack on the United States would be regarded as an attack on all"
            r"(?:agreed|decided|determined|concluded|declared)\s(?:[^\s.;]+\s){0,2}?that\s(?:[^\s.;]+\s){1,12}?"
            r"(?:would|will|is\sto|was\sto|should|must)\sbe\s(?:regarded|treated|considered|deemed|seen)\sas\san\s"
            r"attack\s(?:on|against)\s(?:all|every|each|them\sall)"],
        "declined": [
            r"(?:declining|refusing|rejecting|turning\sdown|rebuffing)\s(?:[^\s,.;:]+\s){0,6}?"
            r"(?:request|requests|appeal|appeals|plea|pleas)\sunder\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,3}?"
            + _PACTS],
    },
    "hi": {
        "invoked": [
            # "पोलैंड के साथ अपनी संधि के तहत ब्रिटेन ने आज जर्मनी के विरुद्ध युद्ध की घोषणा कर दी"
            r"(?:संधि|समझौते|करार|गठबंधन|गारंटी|वचन)\s(?:के\sतहत|के\sअनुसार|के\sमुताबिक|का\sपालन\sकरते\sहुए)\s"
            r"(?:[^\s।.;]+\s){0,10}?(?:युद्ध|जंग)\sकी\sघोषणा\s(?:कर\sदी|की)",
            # "मिस्र के साथ अपने रक्षा-समझौते के तहत इसराइल के ख़िलाफ़ लड़ाई में शामिल हो गया"
            r"(?:संधि|समझौते|करार|गठबंधन)\s(?:के\sतहत|के\sअनुसार|के\sमुताबिक)\s(?:[^\s।.;]+\s){0,10}?"
            r"(?:युद्ध|जंग|लडाई|लड़ाई)\sमें\s(?:शामिल|कूद)\s(?:हो\sगया|हो\sगई|हो\sगए|हुआ|हुई|हुए|पड़ा|पडा)"],
    },
}
#: Words one of :data:`INVOCATION_PARTS_10`'s phrasings holds (a sentence with none is not searched for them).
INVOCATION_KEYS_10: dict[str, tuple[str, ...]] = {
    "en": ("agreed", "decided", "determined", "concluded", "joined", "entered"),
    "hi": tuple(fold_phrase(w) for w in ("युद्ध", "जंग", "लड़ाई"))}


def more_parts(parts: dict[str, list[str]], lang: str) -> dict[str, list[str]]:
    """``parts`` (a group → phrasings table of :mod:`casus.news.invocations`) with this round's phrasings added."""
    more = INVOCATION_PARTS_10[lang]
    return {**{g: [*alts, *more.get(g, [])] for g, alts in parts.items()},
            **{g: alts for g, alts in more.items() if g not in parts}}

