"""Invocations of a pact in news text: who invoked which pact or article, against whom, or declined to.

Two event types (read by :mod:`casus.news.extract` beside the others):

* ``invoked``: a state invokes a pact or one of its articles ("Poland invoked
  Article 4", "पोलैंड ने नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया"), asks
  its allies for help or consultations under it ("Armenia asked the CSTO for
  military help"), or a body declares an attack on one an attack on all;
* ``declined``: the text says the pact or article was not invoked ("Manila was
  not yet invoking the treaty") or a request under it was refused ("the CSTO
  declined Armenia's request").

The triggers are the lexicon's (:data:`casus.news.lexicon.INVOCATION_TRIGGERS`,
class ``I``) and the phrasings with words between their parts matched here
(:data:`_EXTRA`: "asked the CSTO for military help", "declined Armenia's
request").  A trigger counts only next to a pact name or noun or an article
word (Hindi's everyday verbs, "लागू किया", "का इस्तेमाल किया", only after an
article word), and not when hypothetical ("NATO may invoke Article 5 if ...",
"लागू कर सकता है"), a question, or background ("has been invoked only once").
A negated invocation is a refusal ("did not invoke").

An invocation's **parties** are the invoking states (the subject; for a refused
request, the state that asked; for a body's declaration, the state attacked);
**against** are the states it is directed at, the attacker the sentence (or
the one before or after it) names: "after Russian drones entered ..." → RUS;
**article** is the article's number ("4", "42(7)").  Its kind comes later from
the matched corpus pact's article (:func:`casus.news.match.inherited_kind`),
else from the sentence (military help: defense; consultations: consultation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cues import (
    _BACKGROUND,
    _EN_NEG,
    _HI_IF,
    _HI_IRREALIS,
    _HI_NEG_AFTER,
    _W0,
    _W1,
    _clause_after,
    _clause_before,
    _is_dev,
    article_number,
)
from .index import Hit
from .parties import longest
from .text import fold_phrase

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

    _Reader = Any  # the reader (casus.news.extract._Reader): not imported, so the steps stay below it

__all__ = ["Invocation", "find_invocations"]


def _alt(words: str) -> str:
    ws = {fold_phrase(w) for w in words.split("|") if w.strip()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(ws, key=len, reverse=True))


_HELP = r"(?:urgent\s|immediate\s|direct\s|collective\s)?(?:military\s)?(?:help|assistance|aid|support|intervention)"
_OBJ = r"(?:[^\s,.;:]+\s){0,4}?"
#: Invocations and refusals whose parts have words between them (the lexicon holds the fixed phrases).
_EXTRA = re.compile(
    rf"(?P<invoked>{_W0}(?:ask(?:ed|s)?|urged|call(?:ed|s)? on|turned to|appeal(?:ed|s)? to)\s{_OBJ}for\s"
    rf"(?:{_HELP}|consultations?)"
    rf"|{_W0}(?:request(?:ed|s)?|sought|seeks|appeal(?:ed|s)? for)\s{_HELP}\s(?:from|under)"
    rf"|{_W0}(?:is|are|was|were)\s(?:now\s|formally\s)?invoking"
    rf"|{_W0}declared\s(?:[^\s,.;:]+\s){{0,8}}?an\sattack\s(?:on|against)\sall"
    rf"|{_W0}सभी\s(?:सदस्यों\s|सहयोगियों\s|देशों\s)?पर\s(?:हमला|हमले)\s(?:घोषित|करार)"
    rf"|{_W0}(?:{_alt('सैन्य मदद|सैन्य सहायता|मदद|सहायता|हस्तक्षेप')})\s(?:की\s|के\sलिए\s)?(?:गुहार|अपील)){_W1}"
    rf"|(?P<declined>{_W0}(?:not|n't|never)\s(?:yet\s|immediately\s|formally\s|be\s)?invok(?:ing|ed|e)"
    rf"|{_W0}no\s(?:need|plan|plans|intention|reason)\s(?:yet\s|for\snow\s)?to\sinvoke"
    rf"|{_W0}(?:declined|refused|rejected|turned\sdown|rebuffed|denied|ignored)\s{_OBJ}"
    rf"(?:request|requests|appeal|appeals|plea|pleas)"
    rf"|{_W0}(?:request|appeal|plea)s?\s(?:[^\s,.;:]+\s){{0,8}}?(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s"
    rf"(?:turned\sdown|rejected|refused|declined|denied|ignored|rebuffed)"
    rf"|{_W0}refused\sto\s(?:help|assist|intervene|send\stroops|come\sto)"
    rf"|{_W0}(?:अनुरोध|मांग|अपील|गुहार)\s(?:को\s)?(?:ठुकरा|अस्वीकार|खारिज|नामंजूर)"
    rf"|{_W0}(?:मदद|सहायता|हस्तक्षेप)\s(?:करने\s)?से\s(?:इनकार|इंकार|मना)"
    rf"|{_W0}लागू\sकरने\sकी\s(?:जरूरत|आवश्यकता)\sनहीं){_W1}")
#: Hindi everyday verbs that invoke only an article ("अनुच्छेद 4 लागू किया", not "समझौता लागू किया").
_HI_GENERIC = re.compile(r"^(?:लागू|का इस्तेमाल|का उपयोग|का प्रयोग|का सहारा|सक्रिय)")
_EN_HYPOTHETICAL = re.compile(
    rf"{_W0}(?:may|might|could|would|will|shall|can|should|must|if|whether|unless|threaten\w*|consider\w*|ready|"
    rf"prepared|plans?|planning|urg\w+|wants?|likely|possible|possibly|expected|calls? on|called on|demand\w*|"
    rf"'ll|mull\w*|weigh\w*|option|set|due|poised|going|right|able){_W1}")
_EN_DECLINE_HYPOTHETICAL = re.compile(rf"{_W0}(?:may|might|could|would|if|whether|unless){_W1}")
_EN_BACKGROUND = re.compile(
    rf"{_W0}(?:only once|only one time|the only time|once before|in its history|ever been invoked|"
    rf"has been invoked|have been invoked|had been invoked|was invoked for the first|first and only){_W1}")
_EN_PROGRESSIVE = re.compile(rf"{_W0}(?:is|are|was|were)\s(?:now\s|formally\s)?$")
_HI_ERGATIVE = re.compile(r"^\s?ने(?![\u0900-\u097f])")
_OWNER_EN = re.compile(r"^\s?'s\s(?:[^\s,.;:]+\s)?(?:request|appeal|plea|call)")
_OWNER_HI = re.compile(r"^\s?(?:का|के|की)\s(?:[^\s।.]+\s)?(?:अनुरोध|मांग|अपील|गुहार)")
_BY_EN = re.compile(r"(?:request|appeal|plea|call)s?\s(?:[^\s,.;:]+\s){0,3}?(?:from|by)\s(?:the\s)?$")
#: What marks an attacker: its forces or acts after its name ("Russian drones", "रूस के ड्रोन") ...
_ATTACK_MARKS_EN = _alt(
    "drones|drone|missiles|missile|rockets|rocket|forces|troops|soldiers|army|military|navy|jets|warplanes|aircraft|"
    "fighter jets|vessels|ships|warships|coast guard|attack|attacks|strike|strikes|aggression|invasion|incursion|"
    "incursions|shelling|bombardment|offensive|attacked|invaded|shelled|struck|bombed|launched|fired|violated|entered|"
    "crossed|seized|had attacked|has attacked")
_ATTACKER_AFTER_EN = re.compile(rf"^\s?(?:'s\s)?(?:{_ATTACK_MARKS_EN}){_W1}")
_ATTACK_MARKS_HI = _alt(
    "ड्रोन|ड्रोनों|मिसाइल|मिसाइलों|रॉकेट|सेना|सेनाओं|सैनिकों|सैनिक|फौज|लड़ाकू विमानों|विमानों|जहाजों|तटरक्षक|हमले|हमला|"
    "हमलों|आक्रमण|घुसपैठ|गोलाबारी")
_ATTACKER_AFTER_HI = re.compile(
    rf"^\s?(?:(?:का|के|की|ने|द्वारा|की ओर से)\s)?(?:[^\s।.]+\s)?(?:{_ATTACK_MARKS_HI}){_W1}")
#: ... or a preposition before it: "attack by Azerbaijan", "aggression from", "against Russia".
_ATTACKER_BEFORE_EN = re.compile(
    rf"(?:{_W0}(?:attack|attacks|attacked|aggression|invasion|incursion|strikes|shelling|fire|threat|threats)\s"
    rf"(?:[^\s,.;:]+\s){{0,2}}?(?:by|from)|{_W0}against)\s(?:the\s)?$")
_ATTACKER_AFTER_HI_PREP = re.compile(r"^\s?(?:के खिलाफ|के विरुद्ध|के विरोध)")
_DEFENCE_WORDS = re.compile(
    rf"{_W0}(?:military|troops|defen[cs]e|attack on all|{_alt('सैन्य|रक्षा|सेना|सभी पर हमला')}){_W1}")
_CONSULT_WORDS = re.compile(rf"{_W0}(?:consult\w*|{_alt('परामर्श|विचार विमर्श|सलाह मशविरा|बैठक')}){_W1}")
_PARAGRAPH = re.compile(r"\s?(?:\((\d{1,2})\)|\.(\d{1,2})(?!\d))")


@dataclass
class Invocation:
    """One invocation (or refusal) a sentence reports; see the module docstring."""

    type: str  # "invoked" | "declined"
    tense: str
    sentence: _Sentence
    trigger: Hit
    parties: list[int]
    against: list[int]
    others: list[int]
    article: str | None
    pact_ids: list[str]
    kind: str | None
    date: str | None = None
    basis: str = ""
    date_rank: int = 9


#: Words one of :data:`_EXTRA`'s phrasings holds: a sentence with none of them is not searched.
_EXTRA_KEYS = tuple(fold_phrase(w) for w in (
    "ask", "urged", "call", "turned", "appeal", "request", "sought", "seek", "invok", "declared", "declin", "refus",
    "reject", "rebuff", "denied", "ignored", "सभी", "गुहार", "अपील", "अनुरोध", "मांग", "मदद", "सहायता", "हस्तक्षेप",
    "लागू"))


def _triggers(low: str, sent: _Sentence) -> list[Hit]:
    """The sentence's invocation triggers: the lexicon's (class I) and :data:`_EXTRA`'s, left to right."""
    out = longest(sent.cats("I"))
    seg = low[sent.start:sent.end]
    if not any(k in seg for k in _EXTRA_KEYS):
        return out
    for m in _EXTRA.finditer(low, sent.start, sent.end):
        kind = m.lastgroup or "invoked"
        if not any(h.start <= m.start() < h.end or m.start() <= h.start < m.end() for h in out):
            out.append(Hit(m.start(), m.end(), "I", (kind, "past"), "", m.group()))
    return sorted(out, key=lambda h: h.start)


class _InvocationReader:
    def __init__(self, r: _Reader) -> None:
        self.r = r
        self.low = r.low

    def _pact_near(self, sent: _Sentence, h: Hit) -> bool:
        """A pact name, noun or article word in the trigger's reach (an article word, for Hindi's everyday verbs)."""
        if _is_dev(h.key) and _HI_GENERIC.match(h.key):
            return any(j.cat == "J" and h.start - 50 <= j.start < h.start for j in sent.hits)
        return any(x.cat in ("P", "N", "J") for x in sent.hits)

    def _type(self, sent: _Sentence, h: Hit) -> tuple[str, str] | None:
        """(type, tense) of trigger ``h`` as the sentence reads it, or None if it reports no invocation."""
        low = self.low
        etype, tense = h.value
        if low[sent.end - 1:sent.end] == "?" or _BACKGROUND.search(low, sent.start, sent.end):
            return None
        if _is_dev(h.key):
            after = _clause_after(low, h.end, sent.end, 30)
            if _HI_IRREALIS.search(after) or _HI_IF.search(_clause_before(low, h.start, sent.start, 60)):
                return None
            if etype == "invoked" and _HI_NEG_AFTER.search(after[:15]):
                etype = "declined"
            return None if tense == "noun" and etype == "invoked" and sent.i != 0 else (etype, tense)
        before = _clause_before(low, h.start, sent.start, 50)
        if _EN_BACKGROUND.search(low, max(sent.start, h.start - 30), min(sent.end, h.end + 40)):
            return None
        if etype == "declined":
            return None if _EN_DECLINE_HYPOTHETICAL.search(before) else (etype, tense)
        if _EN_NEG.search(before):
            return "declined", tense
        if _EN_HYPOTHETICAL.search(before):
            return None
        if tense == "noun" and not (sent.i == 0 or _EN_PROGRESSIVE.search(before)):
            return None
        return etype, tense

    def read(self, sent: _Sentence, prev: _Sentence | None, nxt: _Sentence | None) -> list[Invocation]:
        out: list[Invocation] = []
        triggers = _triggers(self.low, sent)
        refused = any(h.value[0] == "declined" for h in triggers)
        for h in triggers:
            if any(o.type == h.value[0] for o in out) or not self._pact_near(sent, h):
                continue
            if refused and h.value == ("invoked", "noun"):
                continue  # "declined Armenia's request for help": the request is the refusal's object
            got = self._type(sent, h)
            if got is None:
                continue
            inv = self._invocation(sent, h, got, prev, nxt)
            if inv is not None and not any(o.type == inv.type for o in out):
                out.append(inv)
        return out

    def _invocation(self, sent: _Sentence, h: Hit, got: tuple[str, str], prev: _Sentence | None,
                    nxt: _Sentence | None) -> Invocation | None:
        r = self.r
        etype, tense = got
        iso, basis, drank, dhits = r._date_for(sent, h, tense)
        if r._background_date(sent, h, iso, dhits):
            return None
        on = r._day_or_anchor(iso)
        attackers = self._against(sent, on)
        parties = self._invokers(sent, h, on, attackers)
        if not parties:
            return None
        against = [c for c in attackers if c not in parties]
        for other in (prev, nxt):
            if not against and other is not None:
                against = [c for c in self._against(other, on, strict=True) if c not in parties]
        others = [c for _, c in r.pf.party_hits(sent, on) if c not in parties and c not in against]
        pact_ids = [p.value for p in sent.cats("P") if p.value]
        if not pact_ids and prev is not None:
            pact_ids = [p.value for p in prev.cats("P") if p.value]
        if not pact_ids:
            pact_ids = r.article_pacts[:1]
        return Invocation(etype, tense, sent, h, parties, against, others, self._article(sent, h), pact_ids,
                          self._kind(sent), iso, basis, drank)

    def _invokers(self, sent: _Sentence, h: Hit, on, attackers: list[int]) -> list[int]:
        """The invoking states: the subject; else the state that asked; else the state attacked.

        A state named only as an attacker (``attackers``) is not one, unless it is the subject ("France
        invoked Article 42(7) after the Paris attacks")."""
        r = self.r
        low = self.low
        subject = [(x, c) for x, c in r.pf.party_hits(sent, on) if x.end <= h.start]
        hits = [(x, c) for x, c in r.pf.party_hits(sent, on) if c not in attackers or (x, c) in subject[:1]]
        if _is_dev(h.key):
            erg = [c for x, c in hits if x.end <= h.start and _HI_ERGATIVE.match(low[x.end:x.end + 4])]
            if erg:
                return list(dict.fromkeys(erg))
        before = [c for x, c in hits if x.end <= h.start and not r.pf.companion(sent, x)]
        if before:
            return list(dict.fromkeys(before))
        owners = []
        for x in longest(sent.cats("S")):
            tail = low[x.end:x.end + 30]
            if _OWNER_EN.match(tail) or _OWNER_HI.match(tail) or _BY_EN.search(low[max(sent.start, x.start - 40):
                                                                                  x.start]):
                owners.extend(r.pf.states_of(x, on))
        if owners:
            return list(dict.fromkeys(owners))
        targets = []
        for x in longest(sent.cats("S")):
            if re.search(r"(?:attack|attacks|aggression)\s(?:on|against)\s(?:the\s)?$",
                         low[max(sent.start, x.start - 30):x.start]) or re.match(r"^\s?पर\s(?:हमला|हमले)",
                                                                               low[x.end:x.end + 12]):
                targets.extend(r.pf.states_of(x, on))
        return list(dict.fromkeys(targets or [c for _, c in hits]))

    def _against(self, sent: _Sentence, on, strict: bool = False) -> list[int]:
        """States ``sent`` names as attackers (``strict``: not merely "against X")."""
        low = self.low
        out: list[int] = []
        for x in longest(sent.cats("S")):
            tail = low[x.end:x.end + 40]
            if _is_dev(x.key):
                hit = bool(_ATTACKER_AFTER_HI.match(tail) or (not strict and _ATTACKER_AFTER_HI_PREP.match(tail)))
            else:
                before = _clause_before(low, x.start, sent.start, 50)
                if strict and before.rstrip().endswith("against"):
                    continue
                hit = bool(_ATTACKER_AFTER_EN.match(tail) or _ATTACKER_BEFORE_EN.search(before))
            if hit:
                out.extend(self.r.pf.states_of(x, on))
        return list(dict.fromkeys(out))

    def _article(self, sent: _Sentence, h: Hit) -> str | None:
        """The number of the article nearest the trigger ("4", "42(7)"), or None."""
        words = sent.cats("J")
        if not words:
            return None
        j = min(words, key=lambda x: abs(x.start - h.start))
        n = article_number(self.low, j)
        if n is None:
            return None
        m = re.compile(r"\d+").search(self.low, j.end, j.end + 12)
        par = _PARAGRAPH.match(self.low, m.end(), m.end() + 6) if m else None
        return f"{n}({par.group(1) or par.group(2)})" if par else str(n)

    def _kind(self, sent: _Sentence) -> str | None:
        seg = self.low[sent.start:sent.end]
        if _CONSULT_WORDS.search(seg) and not re.search(r"military|सैन्य", seg):
            return "consultation"
        if _DEFENCE_WORDS.search(seg):
            return "defense"
        return None


def find_invocations(r: _Reader, sentences: list[_Sentence]) -> list[Invocation]:
    """The invocations and refusals the article's sentences report (``sentences``: those with lexicon hits)."""
    ir = _InvocationReader(r)
    by_i = {s.i: s for s in sentences}
    out: list[Invocation] = []
    for sent in sentences:
        if not any(h.cat in ("P", "N", "J") for h in sent.hits):
            continue  # an invocation names its pact or article
        out.extend(ir.read(sent, by_i.get(sent.i - 1), by_i.get(sent.i + 1)))
    return out
