"""Invocations of a pact in news text: who invoked which pact or article, against whom, or declined to.

Two event types (read by :mod:`casus.news.extract` beside the others):

* ``invoked``: a state invokes a pact or one of its articles ("Poland invoked Article 4", "पोलैंड ने नाटो के
  अनुच्छेद 4 के तहत परामर्श का अनुरोध किया"), asks its allies for help or consultations under it ("Armenia asked
  the CSTO for military help"), cites an article as its ground ("अनुच्छेद 4 का हवाला दिया"), decides to ask,
  has a meeting called at its request under an article, has forces come under a pact ("jets arrived in Saudi
  Arabia under the joint defence agreement": the state they went to, if none sent them), or a bloc declares
  an attack on a member an attack on all;
* ``declined``: the text says the pact or article was not invoked ("Manila was
  not yet invoking the treaty") or a request under it was refused ("the CSTO
  declined Armenia's request"), or, in an article that reports the request,
  refused in substance ("refrained from siding with Armenia", "सैन्य मदद के बजाय").

A war declared in the lead under an all-for-one pledge the article states, or beside an ally, is an invocation too
(:mod:`casus.news.war_pledges`).
The triggers are the lexicon's (:data:`casus.news.lexicon.INVOCATION_TRIGGERS`, class ``I``) and the phrasings
with words between their parts (:data:`~casus.news.invocation_parts.EXTRA`: "asked the CSTO for military help",
"declined Armenia's request").  A trigger counts only next to a pact name or noun or an article word (Hindi's everyday
verbs, "लागू किया", "का इस्तेमाल किया", only after an article word), and not when hypothetical ("NATO may invoke
Article 5 if ...", "लागू कर सकता है"), a question, or background ("has been invoked only once").  A negated
invocation is a refusal ("did not invoke").

An invocation's **parties** are the invoking states: the subject; for a refused
request or help, the state that asked or is left without help (else the
article's requester); for a bloc's declaration, the state attacked and the
members the article names; when the sentence names none, the authors a sentence
beside it gives ("The request, from Estonia, Latvia and ...").  A request the
article reports refused is never background, however old, and takes the day a
sentence gives the request itself ("the appeal was made on Tuesday").
**against** are the states it is directed at, the attacker the sentence (or the one before or after it) names:
"after Russian drones entered ..." → RUS (not the state whose forces come under the pact); **article** is the
article's number ("4", "42(7)").  Its kind comes later from the matched corpus pact's article
(:func:`casus.news.match.inherited_kind`), else from the sentence (military help: defense; consultations: consultation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import invocation_phrasings as phrasings
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
from .event_dates import DAY_RANK
from .index import Hit
from .invocation_parts import ANY_KEY, EXTRA, GROUPS
from .invocation_phrasings import HI_EARLIER, addressee, cited_by_text, hi_subject
from .other_pacts import economic_pact
from .parties import longest, role_after, role_before
from .retrospectives import own_days
from .text import phrase_alternation as _alt
from .text import word_end, word_start
from .war_pledges import declared_under_pledge

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

    _Reader = Any  # the reader (casus.news.extract._Reader): not imported, so the steps stay below it

__all__ = ["Invocation", "find_invocations"]



#: A decision before a Hindi future ("सरकार ने फैसला किया कि वह ... अनुरोध करेगी"): the decision is the invocation.
#: The future is any verb's ("करेगा", "भेजेगा", "हाथ बँटाएगा": what the pact will have a state do is no invocation).
_HI_DECIDED = re.compile(rf"{_W0}(?:फैसला|निर्णय|तय)\s(?:किया|लिया|कर\sलिया)\s(?:है\s)?(?:कि|की){_W1}")
_HI_FUTURE = re.compile(rf"{_W0}(?:करेगा|करेगी|करेंगे|करेंगी|मांगेगा|मांगेगी|मांगेंगे|होगा|होगी|होंगे|जाएगा|जाएगी|"
                        rf"जाएंगे|[\u0900-\u097f]+(?:एगा|एगी|एंगे|एंगी|ेगा|ेगी|ेंगे|ेंगी)){_W1}")
#: the Hindi phrasings that cite a pact as the ground of what follows ("समझौते के आधार पर", "संधि के तहत"): their verb
#: comes later in the clause
_HI_BY_PACT = ("आधार पर", "तहत", "अनुसार", "मुताबिक", "मुताबिक़")
#: "an attack on one (member) an attack on all": the principle restated, not a declaration about an attack.
_PRINCIPLE = re.compile(r"attack\s(?:on|against)\s(?:any\s)?one")
#: Hindi everyday verbs that invoke only an article ("अनुच्छेद 4 लागू किया", not "समझौता लागू किया").
_HI_GENERIC = re.compile(r"^(?:लागू|का इस्तेमाल|का उपयोग|का प्रयोग|का सहारा|सक्रिय)")
_EN_HYPOTHETICAL = re.compile(
    rf"{_W0}(?:(?<!\d\s)may(?!\s?\d)|might|could|would|will|shall|can|should|must|if|whether|unless|threaten\w*|"
    rf"consider\w*|ready|"
    rf"prepared|plans?|planning|urg\w+|wants?|likely|possible|possibly|expected|calls? on|called on|demand\w*|"
    rf"'ll|mull\w*|weigh\w*|option|set|due|poised|going|right|able){_W1}")
_EN_DECLINE_HYPOTHETICAL = re.compile(
    rf"{_W0}(?:(?<!\d\s)may(?!\s?\d)|might|could|would|if|whether|unless){_W1}")
_EN_BACKGROUND = re.compile(
    rf"{_W0}(?:only once|only one time|the only time|once before|in its history|ever been invoked|"
    rf"has been invoked|have been invoked|had been invoked|was invoked for the first|first and only){_W1}")
#: "Allies will meet on Tuesday after Romania requested ...": the trigger's clause starts after the conjunction.
_SUBORDINATE = re.compile(rf"{_W0}(?:after|because|since|following|when|as){_W1}")
_EN_PROGRESSIVE = re.compile(rf"{_W0}(?:is|are|was|were)\s(?:now\s|formally\s)?$")
#: The Hindi ergative after a state's name, its government's or its leadership's: "तुर्की ने", "ऑस्ट्रेलिया सरकार ने".
_HI_ERGATIVE = re.compile(r"^\s?(?:(?:सरकार|प्रशासन|नेतृत्व|की सरकार)\s)?ने(?![\u0900-\u0963\u0966-\u097f])")
_OWNER_EN = re.compile(r"^\s?'s\s(?:[^\s,.;:]+\s)?(?:request|appeal|plea|call)")
_OWNER_HI = re.compile(r"^\s?(?:का|के|की)\s(?:[^\s।.]+\s)?(?:अनुरोध|मांग|अपील|गुहार)")
#: a state's official who speaks for it: "फ़िलीपींस के सेना प्रमुख ने", "फिलीपींस के राष्ट्रीय सुरक्षा सलाहकार", "the
#: Philippines' army chief", "Poland's foreign minister"
_SPEAKER_HI = re.compile(r"^\s?(?:(?:का|के|की)\s)?(?:[^\s।.,]+\s){0,4}?(?:मंत्री|प्रमुख|राष्ट्रपति|प्रधानमंत्री|सलाहकार|"
                         r"प्रवक्ता)(?![\u0900-\u0963\u0966-\u097f])")
_SPEAKER_EN = re.compile(r"^\s?'s?\s(?:[^\s,.;:]+\s){0,3}?(?:minister|chief|president|prime\sminister|adviser|advisor|"
                         r"spokes(?:man|woman|person))(?![a-z])")
_BY_EN = re.compile(r"(?:request|appeal|plea|call)(?:s|ed)?\s(?:[^\s,.;:]+\s){0,3}?(?:from|by)\s(?:the\s)?$")
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
#: ... or a preposition before it: "attack by Azerbaijan", "aggression from", "against Russia", "war on Austria".
_ATTACKER_BEFORE_EN = re.compile(
    rf"(?:{_W0}(?:attack|attacks|attacked|aggression|invasion|incursion|strikes|shelling|fire|threat|threats)\s"
    rf"(?:[^\s,.;:]+\s){{0,2}}?(?:by|from)|{_W0}against|{_W0}war\s(?:on|upon))\s(?:the\s)?$")
_ATTACKER_AFTER_HI_PREP = re.compile(r"^\s?(?:के खिलाफ|के विरुद्ध|के विरोध)")
_DEFENCE_WORDS = re.compile(
    rf"{_W0}(?:military|troops|defen[cs]e|attack on all"
    rf"|(?:harm|threat|attack|aggression)\s(?:done\s)?(?:to|on|against)\s(?:the\s(?:security\sof\s)?)?all"
    rf"|{_alt('सैन्य|रक्षा|सेना|सभी पर हमला')}){_W1}")
_CONSULT_WORDS = re.compile(rf"{_W0}(?:consult\w*|{_alt('परामर्श|विचार विमर्श|सलाह मशविरा|बैठक')}){_W1}")
#: A request or appeal a sentence dates: "the appeal was made on ...", "सरकार ने यह अपील मंगलवार को की".
_REQUEST_DATED = re.compile(
    rf"{_W0}(?:the|this|that|its|their)\s(?:formal\s)?(?:request|appeal|plea)\s(?:[^\s.;:]+\s){{0,3}}?(?:was|were)\s"
    rf"(?:made|submitted|sent|lodged|filed|delivered)"
    rf"|{_W0}(?:यह|इस|ये|अपनी|उसने)\s(?:अपील|अनुरोध|मांग|गुहार)\s(?:[^\s।.]+\s){{0,6}}?(?:की|किया|भेजी|भेजा)(?:\sथी|\sथा|\sगई|"
    rf"\sगया)?{_W1}")
#: Sentences (with lexicon hits) searched for a bloc's members, and twice as many for a request's day.
_NEAR = 200
#: how far (characters) from a citation or from "at X's request" its article word may stand: a clause or two
#: ("met at Turkey's request and discussed the shelling of ... within the framework of Article 4")
_ARTICLE_REACH = 150
#: the words between a request and its maker: "at the request *of* Costa Rica"
_OF_REQUEST = re.compile(r"\sof\s(?:the\s)?")
#: A refusal that is a pact not invoked ("did not invoke", "लागू नहीं किया"), not a request refused: its subject acts.
_NOT_INVOKED = re.compile(r"invok|trigger|लागू|इस्तेमाल|सक्रिय|उपयोग|प्रयोग")
_TARGET_BEFORE_EN = re.compile(r"(?:attack|attacks|aggression|strike|strikes|raid|raids)\s(?:on|against)\s(?:the\s)?$")
_TARGET_AFTER_HI = re.compile(r"\s?पर\s(?:(?:हुए|हुआ|हुई|किए\sगए|की\sगई)\s)?(?:(?:आतंकी|सशस्त्र)\s)?(?:हमला|हमले|हमलों|आक्रमण)")
#: The state a refusal leaves without help: after "siding with", "helping"; before "का साथ देने से परहेज".
_EN_HELPED = re.compile(r"\s?(?:with\s|to\s)?(?:the\s)?$")
_HI_HELPED = re.compile(r"\s?(?:का|की|के|में)\s(?:[^\s।.,]+\s){0,2}$")
#: troops a bloc will not send (the "weak" phrasings of casus.news.invocation_parts): a refusal of its own, the state
#: they would go to its party, even where the article does not report the request
_NOT_SENT = re.compile(r"send|भेज")
_REQUEST_NOUN = re.compile(rf"{_W0}(?:request|requests|appeal|plea|अनुरोध|अपील|गुहार){_W1}")
_FROM_BEFORE = re.compile(r"(?:from|by)\s(?:the\s)?$")
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
    helped: list[int] = field(default_factory=list)  # forces sent under the pact: the states they went to



def _triggers(low: str, sent: _Sentence) -> list[Hit]:
    """The sentence's invocation triggers: the lexicon's (class I) and those of
    :data:`~casus.news.invocation_parts.EXTRA`, left to right."""
    out = longest(sent.cats("I"))
    found = [m for lang in ("en", "hi") if ANY_KEY[lang].search(low, sent.start, sent.end)
             for m in EXTRA[lang].finditer(low, sent.start, sent.end)]
    for m in sorted(found, key=lambda m: m.start()):
        kind, flag = GROUPS[m.lastgroup or "invoked"]
        if flag == "D" and _PRINCIPLE.search(low, max(sent.start, m.start() - 60), m.end()):
            continue  # "an attack against one member is considered an attack against all": the principle
        over = [h for h in out if h.start <= m.start() < h.end or m.start() <= h.start < m.end()]
        if all(m.start() <= h.start and h.end <= m.end() and (h.start, h.end) != m.span() for h in over):
            out = [h for h in out if h not in over]  # the longer phrasing holds the lexicon's ("मांगा ... परामर्श")
            out.append(Hit(m.start(), m.end(), "I", (kind, "past"), flag, m.group()))
    return sorted(out, key=lambda h: h.start)


def _declaration(h: Hit) -> bool:
    """A bloc's declaration that an attack is an attack on all (the group ``declared`` of
    :data:`~casus.news.invocation_parts.EXTRA`, or the lexicon's "declared the attack an attack on all")."""
    return h.flag == "D" or "attack on all" in h.key or "attack on one" in h.key


#: the genitive of a request's author inside a refusal: "ठुकराई रूस की मांग"
_HI_WHOSE = re.compile(r"\s(?:की|का|के)\s(?:मांग|माँग|अनुरोध|अपील|गुहार)")

#: the sentences (by index) an article's headline may be, after a line or two of a site's menu
_HEADLINE = 2


class _InvocationReader:
    def __init__(self, r: _Reader, sentences: list[_Sentence]) -> None:
        self.r = r
        self.low = r.low
        self.sentences = sentences
        self.members: list[int] | None = None
        #: whether the article names a pact or an alliance: its headline may then hold a refusal
        #: ("कज़ाख़स्तान ने ठुकराई रूस की मांग" over an article on the alliance both are in)
        #: (not on a retrospective's page, whose headline tells an earlier day's event)
        self.allied = any(h.cat == "P" or (h.cat == "N" and h.flag == "A") for s in sentences for h in s.hits) \
            and not own_days(r)
        #: each sentence's triggers (only sentences naming a pact or an article can hold an invocation, and a
        #: headline's refusal in an article that names the alliance)
        self.triggers = {s.i: _triggers(r.low, s) for s in sentences if any(h.cat in ("P", "N", "J") for h in s.hits)
                         or phrasings.NO_PACT.search(r.low, s.start, s.end) is not None
                         or (s.i <= _HEADLINE and self.allied)}
        self._answered: bool | None = None

    @property
    def answered(self) -> bool:
        """Whether the article reports a request refused ("declined Armenia's request"): the request is then its
        story, however old."""
        if self._answered is None:
            by_i = {s.i: s for s in self.sentences}
            self._answered = any(h.value[0] == "declined" and h.flag != "W" and not _NOT_INVOKED.search(h.key)
                                 and self._pact_near(by_i[i], h) and self._type(by_i[i], h) is not None
                                 for i, hs in self.triggers.items() for h in hs)
        return self._answered

    def _pact_near(self, sent: _Sentence, h: Hit) -> bool:
        """A pact name, noun or article word in the trigger's reach (an article word, for Hindi's everyday verbs
        and for a citation or a request an event is "at"); a Hindi future only after a decision."""
        if h.flag == "L":  # "ऑस्ट्रेलिया ने ANZUS संधि लागू की": a named pact, applied by a state (the ergative)
            return sent.has("P") and any(_HI_ERGATIVE.match(self.low[x.end:word_end(self.low, x.end + 14)])
                                         for x in sent.cats("S") if x.end <= h.start)
        if (_is_dev(h.key) and _HI_GENERIC.match(h.key) and h.flag != "F") or h.flag == "G":
            if h.value[0] == "declined" and _is_dev(h.key) and any(
                    (x.cat == "P" or x.cat == "N" and x.flag == "A") and h.start - _ARTICLE_REACH <= x.start < h.start
                    for x in sent.hits):
                return True  # "रक्षा संधि लागू करने से इनकार": a defence pact not applied is one not invoked
            if h.flag == "G" and sent.has("P") and phrasings.emergency_meeting(self.low, sent.start, sent.end) \
                    and self._requesters(sent, h, None):
                return True  # "तुर्की के अनुरोध पर नाटो की आपात बैठक": an alliance's emergency meeting at a state's request
            return any(j.cat == "J" and h.start - _ARTICLE_REACH <= j.start < h.end + _ARTICLE_REACH for j in sent.hits)
        if h.flag == "F" and not _HI_DECIDED.search(self.low, sent.start, h.start):
            return False
        if h.flag == "U":  # the guarantee named is the pact ("the powers that guarantee its neutrality")
            return True
        if sent.i <= _HEADLINE and self.allied and h.value[0] == "declined" and not any(
                x.cat in ("P", "N", "J") for x in sent.hits):
            return True  # a headline's refusal, the article naming the alliance
        return any(x.cat in ("P", "N", "J") for x in sent.hits) and not cited_by_text(self.low, h, sent.start)

    def _type(self, sent: _Sentence, h: Hit) -> tuple[str, str] | None:
        """(type, tense) of trigger ``h`` as the sentence reads it, or None if it reports no invocation."""
        low = self.low
        etype, tense = h.value
        if low[sent.end - 1:sent.end] == "?" or (_BACKGROUND.search(low, sent.start, sent.end)
                                                 and not phrasings.retrospective(self.r, sent)):
            return None
        if _is_dev(h.key):
            after = _clause_after(low, h.end, sent.end, 30)
            if _HI_IRREALIS.search(after) or _HI_IF.search(_clause_before(low, h.start, sent.start, 60)) or (
                    tense == "past" and HI_EARLIER.match(after)):  # "... की माँग की थी": an earlier request
                return None
            if etype == "invoked" and _HI_NEG_AFTER.search(after[:15]):
                etype = "declined"
            elif etype == "invoked" and _HI_FUTURE.search(
                    _clause_after(low, h.end, sent.end, 60) if h.key.endswith(_HI_BY_PACT) else after) \
                    and not _HI_DECIDED.search(low, sent.start, h.start):
                # "... के तहत परामर्श का अनुरोध करेगा": a future, unless a decision was taken; after "on the basis of
                # the pact" its verb may stand further ("समझौते के आधार पर मिस्र यमन की रक्षा में हाथ बँटाएगा")
                return None
            return None if tense == "noun" and etype == "invoked" and sent.i != 0 else (etype, tense)
        before = _SUBORDINATE.split(_clause_before(low, h.start, sent.start, 50))[-1]
        if _EN_BACKGROUND.search(low, max(sent.start, h.start - 30), min(sent.end, word_end(low, h.end + 40))):
            return None
        if etype == "declined":
            return None if _EN_DECLINE_HYPOTHETICAL.search(before) else (etype, tense)
        if _EN_NEG.search(before):
            return "declined", tense
        if _EN_HYPOTHETICAL.search(before):
            return None
        if tense == "noun" and not (sent.i == 0 or _EN_PROGRESSIVE.search(before)
                                    or phrasings.gerund(low, h, sent.start)):  # "..., invoking the treaty"
            return None
        return etype, tense

    def read(self, sent: _Sentence, prev: _Sentence | None, nxt: _Sentence | None) -> list[Invocation]:
        out: list[Invocation] = []
        triggers = self.triggers.get(sent.i) or []
        refused = any(h.value[0] == "declined" for h in triggers)
        for h in triggers:
            if any(o.type == h.value[0] for o in out) or not self._pact_near(sent, h):
                continue
            if economic_pact(self.low, sent, h):
                continue  # "no need to invoke the trade agreement": no pact of casus's kind
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
        # (a request answered is reported in reported speech, "said it had answered a request from ...": only an
        # old date makes it background)
        background = r._old(iso) if h.flag == "A" else r._background_date(sent, h, iso, dhits)
        if background and not (etype == "invoked" and (self.answered or iso in own_days(r)) and not r._relative(
                sent, h)):  # (a history column's day is its event's: "आज ही के दिन", "this day in history")
            return None  # (a request the article reports refused is its story, however old)
        on = r._day_or_anchor(iso)
        helpers = phrasings.senders(sent, h, lambda x: r.pf.states_of(x, on)) if h.flag == "T" else set()
        attackers = [c for c in self._against(sent, on) if c not in helpers]  # "Pakistani jets arrived ...": helpers
        parties = self._invokers(sent, h, on, attackers)
        went_to = phrasings.destination(self.low, h, longest(sent.cats("S")), lambda x: r.pf.states_of(x, on)) \
            if h.flag == "T" else []
        if not parties:  # forces sent under a pact by no state named: the state they went to
            parties = went_to
        if not parties and h.flag != "D":
            parties = next((a for a in (self._authors(o, on, attackers) for o in (nxt, prev) if o) if a), [])
        if not parties and etype != "declined":
            return None  # (a refusal without its requester takes the article's: see find_invocations)
        against = [c for c in attackers if c not in parties]
        for other in (prev, nxt):
            if not against and other is not None:
                against = [c for c in self._against(other, on, strict=True) if c not in parties and c not in helpers]
        others = [c for _, c in r.pf.party_hits(sent, on) if c not in parties and c not in against]
        pact_ids = [p.value for p in sent.pact_names() if p.value]
        if not pact_ids and prev is not None:
            pact_ids = [p.value for p in prev.pact_names() if p.value]
        if not pact_ids:
            pact_ids = r.article_pacts[:1]
        return Invocation(etype, tense, sent, h, parties, against, others, self._article(sent, h), pact_ids,
                          self._kind(sent), iso, basis, drank, [c for c in went_to if c not in parties])

    def _invokers(self, sent: _Sentence, h: Hit, on, attackers: list[int]) -> list[int]:
        """The invoking states: for a bloc's declaration, the state attacked and the members the article names;
        for a refused request or help, the state helped; else the subject; else the state that asked.

        A state named only as an attacker (``attackers``) is not one, unless it is the subject ("France
        invoked Article 42(7) after the Paris attacks"); a state named as the attack's target is one only of a
        declaration, a companion ("with Russia") never."""
        r = self.r
        low = self.low
        targets = self._targets(sent)
        if _declaration(h):
            attacked = [c for x in targets for c in r.pf.states_of(x, on)]
            return list(dict.fromkeys(attacked + [c for c in self._members(on) if c not in attackers]))
        if h.flag == "G":  # "at the request of Costa Rica", "at Turkey's request", "तुर्की के अनुरोध पर": the requester
            requesters = self._requesters(sent, h, on)
            if requesters:
                return requesters
        if h.flag == "A":  # "answered a request from Bahrain": the requester ("सोलोमन द्वीप सरकार की ... अर्ज़ी": before)
            before_it = _is_dev(h.key)
            return list(dict.fromkeys(
                c for x in longest(sent.cats("S"))
                if (h.start - 12 <= x.end <= h.start if before_it else h.end <= x.start <= h.end + 8)
                for c in r.pf.states_of(x, on)))
        if h.value[0] == "declined" and not _NOT_INVOKED.search(h.key):
            helped = self._helped(sent, h, on)
            if helped:
                return helped
        subject = [(x, c) for x, c in r.pf.party_hits(sent, on) if x.end <= h.start and x not in targets]
        hits = [(x, c) for x, c in r.pf.party_hits(sent, on)
                if x not in targets and (c not in attackers or (x, c) in subject[:1])]
        if _is_dev(h.key):
            # (a trigger holding its subject, "जापान के सहयोगी थाईलैंड ने ... युद्ध का एलान किया": up to its end)
            erg = hi_subject(low, [(x, c) for x, c in hits if x.end <= (h.end if h.flag == "U" else h.start)],
                             _HI_ERGATIVE)
            if erg:  # the subject of the trigger's own clause: "सीरिया ने गिराया ..., अंकारा ने ... बैठक मांगी"
                return erg
        before = [c for x, c in hits if x.end <= h.start and not r.pf.companion(sent, x)]
        if before:
            return list(dict.fromkeys(before))
        owners = []
        for x in longest(sent.cats("S")):
            tail = low[x.end:word_end(low, x.end + 30)]
            if _OWNER_EN.match(tail) or _OWNER_HI.match(tail) or _SPEAKER_HI.match(tail) or _SPEAKER_EN.match(tail) \
                    or _BY_EN.search(low[max(sent.start, word_start(low, x.start - 40)):x.start]):
                owners.extend(r.pf.states_of(x, on))
        if owners:
            return list(dict.fromkeys(owners))
        rest = list(dict.fromkeys(c for x, c in hits if not r.pf.companion(sent, x) and not addressee(low, h, x)))
        if not rest and targets:  # a bloc acting for the member attacked (phrasings.bloc_acts_for)
            rest = phrasings.bloc_acts_for(low, sent, h, targets, r.corpus, lambda x: r.pf.states_of(x, on), on)
        return rest

    def _requesters(self, sent: _Sentence, h: Hit, on) -> list[int]:
        """The state a request an event is "at" names as its maker, next to the words: "at the request of Costa
        Rica", "at Turkey's request" (inside them), "तुर्की के अनुरोध पर" (right before); none for a person's request
        ("मिस्र के राष्ट्रपति ... के अनुरोध पर")."""
        low = self.low
        return list(dict.fromkeys(
            c for x in longest(sent.cats("S"))
            if (h.start < x.start and x.end < h.end)
            or (h.end <= x.start and _OF_REQUEST.fullmatch(low, h.end, x.start))
            or (x.end <= h.start and not low[x.end:h.start].strip())
            for c in self.r.pf.states_of(x, on)))

    def _targets(self, sent: _Sentence) -> list[Hit]:
        """The state hits ``sent`` names as an attack's target: "the attacks on the United States", "कतर पर हमला"."""
        return [x for x in longest(sent.cats("S"))
                if _TARGET_BEFORE_EN.search(self.low, max(sent.start, x.start - 30), x.start)
                or _TARGET_AFTER_HI.match(self.low, x.end, word_end(self.low, x.end + 32))]

    def _helped(self, sent: _Sentence, h: Hit, on) -> list[int]:
        """The state a refusal leaves without help: "X का साथ देने से परहेज", "refrained from siding with X"."""
        low = self.low
        out: list[int] = []
        for x in longest(sent.cats("S")):
            if (x.end <= h.start and _HI_HELPED.match(low, x.end, h.start)) or \
                    (x.start >= h.end and _EN_HELPED.match(low, h.end, x.start)) or \
                    (h.start < x.start and x.end < h.end and _HI_WHOSE.match(low, x.end, h.end)):
                out.extend(self.r.pf.states_of(x, on))  # (the requester inside a headline's "ठुकराई रूस की मांग")
        return list(dict.fromkeys(out))

    def _authors(self, sent: _Sentence, on, attackers: list[int]) -> list[int]:
        """A request's authors, named in a sentence beside it: "The request, from Bulgaria, Estonia and ..."."""
        low = self.low
        if not _REQUEST_NOUN.search(low, sent.start, sent.end):
            return []
        out: list[int] = []
        pf = self.r.pf
        for x in longest(sent.cats("S")):
            if pf.dateline_city(sent, x) or role_after(low, x):
                continue
            if role_before(low, x, sent.start) and not _FROM_BEFORE.search(low, max(sent.start, x.start - 12),
                                                                             x.start):
                continue
            out.extend(c for c in pf.states_of(x, on) if c not in attackers)
        return list(dict.fromkeys(out))

    def _members(self, on) -> list[int]:
        """The states the article names as parties, but never as attackers: a bloc's members."""
        if self.members is None:
            r = self.r
            named: list[int] = []
            hostile: set[int] = set()
            for sent in self.sentences[:_NEAR]:
                named.extend(c for _, c in r.pf.party_hits(sent, on))
                hostile.update(self._against(sent, on, strict=True))
            self.members = [c for c in dict.fromkeys(named) if c not in hostile]
        return self.members

    def _against(self, sent: _Sentence, on, strict: bool = False) -> list[int]:
        """States ``sent`` names as attackers (``strict``: not merely "against X")."""
        low = self.low
        out: list[int] = []
        for x in longest(sent.cats("S")):
            tail = low[x.end:word_end(low, x.end + 40)]
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
        """The number of the numbered article nearest the trigger ("4", "42(7)"), or None."""
        words = [(j, n) for j in sent.cats("J") for n in [article_number(self.low, j)] if n is not None]
        if not words:
            return None
        j, n = min(words, key=lambda x: abs(x[0].start - h.start))
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
    """The invocations and refusals the article's sentences report (``sentences``: those with lexicon hits).

    A refusal in substance ("refrained from siding with", "instead of military aid") counts only in an article
    that reports the request; a refusal that names no requester takes the article's; an invocation takes the
    day a later sentence gives the request itself ("the appeal was made on Tuesday, 13 September")."""
    ir = _InvocationReader(r, sentences)
    by_i = {s.i: s for s in sentences}
    out: list[Invocation] = []
    for sent in sentences:
        if sent.i in ir.triggers:  # an invocation names its pact or article
            out.extend(ir.read(sent, by_i.get(sent.i - 1), by_i.get(sent.i + 1)))
    if not any(v.type == "invoked" for v in out):  # a war declared under a pledge the article states apart
        out.extend(declared_under_pledge(ir, sentences))
    asked = list(dict.fromkeys(c for v in out if v.type == "invoked" for c in v.parties))
    kept = []
    for v in out:
        if v.type == "declined" and (v.trigger.flag == "W" and not asked and not (
                v.parties and _NOT_SENT.search(v.trigger.key) and v.sentence.has("P")) or not (v.parties or asked)):
            continue
        if v.type == "declined" and not v.parties:
            v.parties = list(asked)
        kept.append(v)
    day = _request_day(r) if any(v.type == "invoked" for v in kept) else None
    for v in kept:
        if day is not None and v.type == "invoked" and v.sentence.i != day[3] and day[2] <= v.date_rank:
            v.date, v.basis, v.date_rank = day[0], day[1], day[2]
    return sorted(kept, key=lambda v: v.type == "declined")  # a request before its refusal


def _request_day(r: _Reader) -> tuple[str, str, int, int] | None:
    """The day the first sentence that dates a request gives it: (ISO date, basis, rank, sentence), or None."""
    for i, (s0, s1) in enumerate(r.spans[:_NEAR * 2]):
        if not _REQUEST_DATED.search(r.low, s0, s1):
            continue
        days = [d for d in r._usable_dates(s0, s1) if d.kind in DAY_RANK]
        if not days:
            continue
        d = min(days, key=lambda x: DAY_RANK[x.kind])
        iso, basis = r._resolve(d, "past")
        return None if iso is None else (iso, f"{basis}, in a sentence that dates the request", DAY_RANK[d.kind], i)
    return None
