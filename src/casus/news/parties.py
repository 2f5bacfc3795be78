"""Which states a sentence names as parties to a pact event, and which it names in other roles.

A state named in a sentence is a *party* unless the sentence uses it in
another role:

* a place or an adversary, after a preposition ("in Pyongyang", "against the
  US", "मॉस्को में", "यूक्रेन पर") — :mod:`casus.news.cues`;
* a modifier of an institution, a force or a place ("the US State Department
  said", "Russian drones", "अमेरिका के विदेश विभाग", "रूस का पड़ोसी देश") or the
  object of a conflict or place noun ("the invasion of Ukraine", "the border
  with Russia") — here;
* a dateline's city ("ABUJA — ...").

Leaders stay parties ("Russian President Putin and Kim signed", "रूस के
राष्ट्रपति"), and so do states named as companions ("with Finland", "रूस के
साथ") where the event type has no subject.  Used by :mod:`casus.news.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..model.dates import Tri
from .comparisons import compared
from .cues import (
    _DATELINE_PREFIX,
    _EN_RELATIVE,
    _EN_ROLE_AFTER,
    _EN_ROLE_BEFORE,
    _HI_ROLE_AFTER,
    _W0,
    _W1,
    HI_DEPOSITARY,
    _clause_before,
    _is_dev,
)
from .date_context import HI_NUMBERS, NUMERAL, en_number
from .party_places import capital_place, not_belligerents
from .text import phrase_alternation as _alt
from .text import word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit, Index
    from .sentence import Sentence as _Sentence
    from .text import Folded

#: The COW state system's first day: a state named on an earlier day is taken as at this one.
_SYSTEM_START = date(1816, 1, 1)
#: A state about to enter the system (PartyFinder._about_to_enter): it enters within three years, after ten years
#: out (a mandate's or dominion's treaty before its independence: the Anglo-Iraqi treaty of 1930, ATOP's too).
_ENTRY_WINDOW, _ABSENT_BEFORE = timedelta(days=1097), timedelta(days=3653)

#: A context that makes "Georgia" the state, not the US state: the CIS or CSTO, Tbilisi, the Caucasus, the former
#: Soviet Union, its leaders or regions, or a post-Soviet neighbour (a pact with Russia, Armenia or Azerbaijan).
_GEORGIA_CONTEXT = re.compile(
    r"(?<![a-z])(?:cis|csto|commonwealth\sof\sindependent\sstates|collective\ssecurity\streaty|tbilisi|caucas[a-z]*|"
    r"(?:post|former)\s?soviet|soviet\srepublics?|shevardnadze|saakashvili|abkhaz[a-z]*|(?:south\s)?ossetia[a-z]*|"
    r"armenia|azerbaijan|kazakhstan|kyrgyzstan|tajikistan|uzbekistan|turkmenistan|belarus|moldova)(?![a-z])")


def georgia_stands(low: str) -> bool:
    """True if the article's ``low`` text reads "Georgia" as the state (GRG): a post-Soviet context."""
    return _GEORGIA_CONTEXT.search(low) is not None


__all__ = ["PartyFinder", "role_after", "role_before", "longest", "clause_parties", "envoy_signs", "hi_target",
           "georgia_stands", "in_gap", "AFTER_CLAUSE", "group_count", "original_signatories", "listed_parties"]

#: A subordinate clause after the verb: "(weeks / less than a month) after", "following", "before", ", as ...",
#: ", while ..." (not "as did", "as well as").
AFTER_CLAUSE = r"(?:(?:days|weeks|months|shortly|soon|just|only|a\sday|a\sweek|a\sfortnight|a\smonth|less\sthan\s" \
               r"(?:a|two|three)\s(?:day|days|week|weeks|fortnight|month|months))\s)?(?:after|following|before)"

_CONNECTOR = re.compile(rf"{_W0}{AFTER_CLAUSE}{_W1}|,\s(?:as|while|even\sas|just\sas)\s(?!(?:did|does|do|well|had|has|"
                        rf"have|is|was|were|are|part|a|an|the)\s)")

#: A report's verb and its "that": the states before it report, the states after it act ("Italy said that Spain ...")
_REPORTED_THAT = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:कहा|बताया|लिखा|ऐलान\sकिया|घोषणा\sकी|दर्ज\sकिया|"
                            r"पुष्टि\sकी|स्पष्ट\sकिया|साफ\sकिया|जानकारी\sदी)\sकि(?![\u0900-\u0963\u0966-\u097f])"
                            r"|(?<![a-z])(?:said|says|announced|reported|stated|confirmed|recorded|noted|wrote|added)"
                            r"\s(?:on\s[a-z]+\s)?that\s")


#: A pronoun subject before a passive event verb: the pact the sentence before names ("It was signed ...")
#: A relative clause of place after the verb: "signed on the eve of the Congress, where the powers revised the terms
#: Russia had imposed" (its states are no parties)
_WHERE = re.compile(r",\s(?:where|whereupon|at\swhich|in\swhich)\s")
#: A relative clause that tells the pact's terms: "signed an accord, under which, should Austria attack either, ...",
#: "... समझौते पर हस्ताक्षर किए, जिसके तहत अगर ऑस्ट्रिया ... हमला करता है" (its states are no parties where two are named
#: before it)
_UNDER_WHICH = re.compile(r",\s(?:under\swhich|by\swhich|whereby)\s|,\s?(?:जिसके|जिनके)\s(?:तहत|अनुसार|मुताबिक)\s")
_IT_WAS = re.compile(r"(?<![a-z])(?:it|they)\s(?:was|were|had\sbeen|has\sbeen|have\sbeen)\s(?:[a-z]+ly\s)?$")


def clause_parties(low: str, h: Hit, hits: list) -> list:
    """The (hit, state) pairs of ``hits`` in trigger ``h``'s clause: none past a semicolon between them ("U.S. SIGNS
    PACT WITH PERU; MINISTER WARNS CHILE"); after a report's "that", only the states after it ("इटली ने कहा कि स्पेन
    ने ...", "Italy said that Spain ...": Spain acts), unless "that" is followed by the reporter itself ("... ने कहा
    कि वह ..."); in English none past a subordinate connector after the verb
    ("Poland signed an alliance with Romania, weeks after a pact with France", "..., as Germany opened its attack"),
    if a state is left before it."""
    ph = [(x, c) for x, c in hits if ";" not in low[min(x.end, h.end):max(x.start, h.start)]]
    said = [m.end() for m in _REPORTED_THAT.finditer(low, min((x.start for x, _ in ph), default=h.start), h.start)]
    if said and any(said[-1] <= x.start < h.start for x, _ in ph) and not _ITSELF.match(low, said[-1]):
        ph = [(x, c) for x, c in ph if not x.end <= said[-1]]
    ph = not_belligerents(low, ph)
    if len(ph) > 1 and (others := [(x, c) for x, c in ph if not capital_place(low, x)]):
        ph = others
    if len({c for x, c in ph if x.start < h.end}) >= 2:
        ph = [(x, c) for x, c in ph if x.start < h.end or not _UNDER_WHICH.search(low, h.end, x.start)]
    if _is_dev(h.key) or not ph:
        return ph
    ph = [(x, c) for x, c in ph if x.start < h.end or not _WHERE.search(low, h.end, x.start)]
    kept = [(x, c) for x, c in ph if x.start < h.end or not _CONNECTOR.search(low, h.end, x.start)]
    if not kept and _IT_WAS.search(low, max(0, h.start - 24), h.start):
        return []  # "It was signed in Sofia ..., weeks after Bulgaria had reached its own understanding with Serbia"
    return kept if kept else ph


#: ... unless the report's subject after "that" is the reporter itself ("अज़रबैजान ने कहा कि वह ...", "said that it")
_ITSELF = re.compile(r"\s?(?:वह|वे|it|they)\s")


#: After "ambassador" / "envoy": a post ("in Lima", "to Chile"), a name in commas, then "and" (a co-signer) or the
#: signing verb.
_ENVOY_SIGNS = re.compile(
    r"(?:\s(?:in|at|to)\s[a-z]+(?:\s[a-z]+)?)?(?:\s?,\s[^,;.]{2,50},)?\s"
    rf"(?:and|signed|put\s(?:their|his|her)\snames?\sto|initial(?:l)?ed|inked){_W1}")


def envoy_signs(low: str, mod: str, end: int) -> bool:
    """True if the state modifier ``mod`` ("ambassador", "envoy") ends at ``end`` where its bearer signs (or is
    coordinated with another who does): "the Peruvian ambassador in Lima, Juan Soto, and ...", "Nepal's ambassador to
    China, Mahesh Maskey, and ..."."""
    noun = mod.strip().removeprefix("'s ")
    return noun in ("ambassador", "envoy") and _ENVOY_SIGNS.match(low, end, word_end(low, end + 120)) is not None


_HI_TARGET = re.compile(r"(?:निशाने|निशाना)\s(?:पर\s)?$")


def hi_target(low: str, h: Hit, s0: int) -> bool:
    """Whether Hindi state hit ``h`` is named as a target ("निशाने पर चीन": China in the crosshairs), no party."""
    return _HI_TARGET.search(low, max(s0, h.start - 16), h.start) is not None


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


#: Nouns a state can modify without being a party: institutions that speak for it, its forces and
#: weapons, its places, and acts of war ("the US State Department", "Russian drones").
_EN_MODIFIED = _alt(
    "state department|foreign ministry|foreign office|defence ministry|defense ministry|ministry|department|"
    "embassy|embassies|ambassador|envoy|officials|official|spokesman|spokeswoman|spokesperson|media|state media|"
    "news agency|press|analysts|analyst|intelligence|forces|force|troops|soldiers|military|army|armies|navy|navies|"
    "naval|fleet|fleets|squadron|squadrons|air force|"
    "drones|drone|missiles|missile|rockets|rocket|jets|jet|warplanes|aircraft|vessels|vessel|ships|warships|"
    "coast guard|border|borders|airspace|territory|soil|waters|neighbour|neighbor|neighbours|neighbors|"
    "invasion|aggression|attack|attacks|incursion|incursions|shelling|offensive|threat|"
    # a meeting held there ("on the sidelines of the Singapore forum")
    "forum|forums|"
    # its political parties ("the Yemeni Socialist Party")
    "communist party|socialist party|workers party|labour party|labor party|"
    # its language ("known by its Spanish initials as CONDECA")
    "initials|acronym|abbreviation|language|speaking|"
    # the republics of a union ("the former Yugoslav republics"; one republic only after "former": "the Polish Republic"
    # is Poland, see role_after)
    "republics")
#: a republic of a union that was: "the former Soviet republic"
_EN_FORMER = re.compile(r"(?<![a-z])former\s$")
_EN_REPUBLIC = re.compile(r"\s?republic(?![a-z])")
#: (a news agency with its name between: "Bahrain's GNA news agency reported")
_EN_MOD_AFTER = re.compile(rf"^\s?(?:'s\s)?(?:(?:[a-z.]+\s)?(?:news\sagency|press\sagency|news\sservice)|"
                           rf"{_EN_MODIFIED}){_W1}")
#: "the invasion of Ukraine", "the border with Russia", "sanctions on Iran": a state after such a noun.
_EN_OF_NOUNS = _alt(
    "invasion|war|wars|aggression|occupation|annexation|bombing|shelling|sanctions|threat|threats|"
    "pressure|neighbour|neighbor|neighbours|neighbors|border|borders|territory|airspace|coast|waters|soil|capital|"
    "embassy|settlement|peace settlement|dispute|conflict|tensions|rivalry|feud|quarrel")
_EN_OF_BEFORE = re.compile(rf"{_W0}(?:{_EN_OF_NOUNS})\s(?:of|on|with|against|by|from|to)\s(?:the\s)?$")
_HI_MODIFIED = _alt(
    "पड़ोसी|पड़ोसी देश|विदेश विभाग|विदेश मंत्रालय|रक्षा मंत्रालय|मंत्रालय|विभाग|प्रवक्ता|अधिकारी|अधिकारियों|"
    "दूतावास|राजदूत|मीडिया|सरकारी मीडिया|समाचार एजेंसी|विशेषज्ञ|विशेषज्ञों|सेना|सेनाओं|सैनिक|सैनिकों|फौज|"
    "नौसेना|नौसेनाओं|वायुसेना|वायु सेना|बेड़ा|बेड़े|बेड़ों|स्क्वाड्रन|टुकड़ी|टुकड़ियों|"
    "ड्रोन|मिसाइल|मिसाइलों|रॉकेट|लड़ाकू विमान|विमान|विमानों|जहाज|जहाजों|युद्धपोत|तटरक्षक|हमले|हमला|हमलों|"
    "आक्रमण|घुसपैठ|गोलाबारी|खिलाफ|विरुद्ध|सीमा|सीमाओं|क्षेत्र|हवाई क्षेत्र|इलाके|धरती|जमीन|खतरे|खतरा|"
    "कम्युनिस्ट पार्टी|सोशलिस्ट पार्टी|वर्कर्स पार्टी")
_HI_MOD_AFTER = re.compile(rf"^\s?(?:(?:का|के|की)\s)?(?:{_HI_MODIFIED}){_W1}")

#: A pact noun right after a modified noun: "the US military alliance", "सैन्य गठबंधन" name the pact itself.
_PACT_WORDS = _alt("alliance|pact|treaty|agreement|accord|deal|partnership|cooperation|गठबंधन|संधि|समझौता|समझौते|"
                   "करार|साझेदारी|सहयोग")
_PACT_NEXT = re.compile(rf"^\s?(?:[^\s]+\s)?(?:{_PACT_WORDS}){_W1}")

#: A capital right before a pact noun names the pact by a place: "the Paris agreements", "पेरिस समझौतों".
_PACT_NOUN_WORDS = _alt("agreement|agreements|treaty|treaties|pact|pacts|accord|accords|संधि|संधियों|समझौता|समझौते|"
                        "समझौतों|करार|पैक्ट|एग्रीमेंट")
_PLACE_NAMES_PACT = re.compile(rf"\s?(?:{_PACT_NOUN_WORDS}){_W1}")


#: The rest of a list whose last state is an adversary: "जर्मनी, इटली और जापान के ख़िलाफ़" (each one is)
_HI_ITEM = r"(?:(?!(?:ने|का|की|के|को|से|में|पर)(?:\s|$))[^\s,।]+)(?:\s(?!(?:ने|का|की|के|को|से|में|पर)(?:\s|$))[^\s,।]+)?"
_HI_LISTED_AGAINST = re.compile(rf"(?:\s?,\s?{_HI_ITEM})*\s?,?\s(?:और|तथा|एवं)\s{_HI_ITEM}\s(?:के\sखिलाफ|के\sविरुद्ध)"
                                r"(?![\u0900-\u0963\u0966-\u097f])")


def role_after(low: str, h: Hit) -> bool:
    """True if the words after state hit ``h`` make it a modifier, a place or an adversary."""
    if h.flag == "C" and _PLACE_NAMES_PACT.match(low, h.end, word_end(low, h.end + 12)):
        return True
    after = low[h.end:word_end(low, h.end + 30)]
    if _is_dev(h.key):
        if _HI_ROLE_AFTER.match(after) or HI_DEPOSITARY.match(low, h.end, word_end(low, h.end + 120)) or (
                "के" in low[h.end:word_end(low, h.end + 70)] and _HI_LISTED_AGAINST.match(low, h.end)):
            return True
        m = _HI_MOD_AFTER.match(after)
    else:
        if _EN_ROLE_AFTER.match(after) or _EN_REPUBLIC.match(after) and _EN_FORMER.search(low, max(0, h.start - 8),
                                                                                               h.start):
            return True
        m = _EN_MOD_AFTER.match(after)
    return m is not None and not _PACT_NEXT.match(low[h.end + m.end():h.end + m.end() + 30]) and not (
        envoy_signs(low, m.group(), h.end + m.end()))


#: The agent of a passive event verb, after words of place and time: "signed here today by", "was formally
#: ratified in Paris on Monday by" (a party, not a place or an adversary).
_EN_AGENT = re.compile(rf"{_W0}(?:signed|ratified|inked|concluded|sealed|initialled|initialed)\s"
                       r"(?:[a-z]+\s){0,4}by\s?$")


def role_before(low: str, h: Hit, s0: int) -> bool:
    """True if the words before state hit ``h`` (an English one) make it a place, an object or an adversary."""
    if _is_dev(h.key):
        return hi_target(low, h, s0)
    before = _clause_before(low, h.start, s0, 40)
    if before.endswith("the "):  # "against the United States", "in the Philippines"
        before = before[:-4]
    if _EN_ROLE_BEFORE.search(before[-20:]):
        return not (before.endswith("by ") or before.endswith("by")) or not _EN_AGENT.search(before)
    return bool(_EN_OF_BEFORE.search(before))


def longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits of one class that lie inside a longer hit of the same class."""
    out = []
    for h in hits:
        if any(o is not h and o.cat == h.cat and o.start <= h.start and h.end <= o.end
               and (o.end - o.start) > (h.end - h.start) for o in hits):
            continue
        out.append(h)
    return out


#: A companion, or one of two coordinated companions: "रूस के साथ", "ब्रिटेन और फ्रांस के साथ", "with Britain and
#: France" (the second state: a name of at most three words before it after "with").
_HI_COMPANION = re.compile(r"\s?(?:(?:और|तथा|एवं|व)\s(?:\S+\s){1,3}?(?:के साथ|के संग)|के साथ|के संग|से)"
                           r"(?![\u0900-\u0963\u0966-\u097f])")
#: ... and the members of a pact the sentence describes: "the pact between Germany, Italy and Japan", "जर्मनी, इटली और
#: जापान के बीच हुई संधि" (not the state that joins or leaves it)
_EN_COMPANION = re.compile(rf"{_W0}(?:with|alongside|and not|between)\s(?:the\s)?(?:[a-z.]+,?\s){{0,4}}?and\s"
                           rf"(?:the\s)?$|{_W0}(?:with|alongside|and not|between)\s(?:the\s)?$")
#: (only a list of names between the state and "के बीच", each of at most three words, then at most two words, "की
#: सरकारों", before it: not "ब्रिटेन आज ... तुर्की और इराक़ के बीच हुए समझौते का सदस्य बन गया", Britain the joiner)
_HI_BETWEEN = re.compile(r"(?:(?:,|\sऔर|\sतथा|\sएवं|\sव)\s[^\s,।.:;]+(?:\s(?!ने\s|को\s)[^\s,।.:;]+){0,2}?){0,6}"
                         r"(?:\s(?!ने\s|को\s)[^\s,।.:;]+){0,2}?\sके\sबीच(?![\u0900-\u0963\u0966-\u097f])")
#: ... and the states whose pact one joins, named in the genitive: "जर्मनी, इटली और जापान की त्रिपक्षीय संधि में शामिल
#: हुआ" (a list of names before की / का / के, then the pact noun and में)
_HI_OWNERS = re.compile(r"(?:,\s[^\s,।]+(?:\s[^\s,।]+)?){0,5}(?:,?\s(?:और|तथा|एवं)\s[^\s,।]+(?:\s[^\s,।]+)?)?"
                        r"\s(?:की|का|के)\s(?:[^\s,.;:।]+\s){0,3}?(?:संधि|समझौते|समझौता|करार|गठबंधन|पैक्ट|प्रोटोकॉल)"
                        r"\sमें(?![\u0900-\u0963\u0966-\u097f])")


#: The one told, not the one that acts: "formally notified the United States that it is terminating the agreement"
_EN_TOLD = re.compile(rf"{_W0}(?:notified|informed|told|advised|warned|assured)\s(?:the\s)?$")

#: A state that leads a bloc: "Soviet-led", "US-led", "सोवियत नेतृत्व वाले", "अमेरिका की अगुवाई वाले"
_LED = re.compile(r"\s(?:led|dominated)(?![a-z])"
                  r"|\s(?:(?:के|की)\s)?(?:नेतृत्व|अगुवाई)\s(?:वाले|वाला|वाली)(?![\u0900-\u0963\u0966-\u097f])")

#: A state in a comparison's compound: "a Franco-German-style framework" (a model, not a party)
_STYLE = re.compile(r"\s?(?:[a-z]+\s)?style(?![a-z])")

#: A state called a government or a republic: "the Polish Government", "the Polish Republic", "पोलैंड की सरकार"
_GOVERNMENT_AFTER = re.compile(r"\s(?:government|republic)s?(?![a-z])"
                               r"|\s(?:की\s)?(?:सरकार|सरकारों|सरकारें|गणराज्य)(?![\u0900-\u0963\u0966-\u097f])"
                               # ... the first of two states whose governments are named together: "the Georgian and
                               # Azerbaijani governments", "जॉर्जिया और अज़रबैजान की सरकारों"
                               r"|\s(?:and|or)\s[a-z'-]+(?:\s[a-z'-]+)?\sgovernments(?![a-z])"
                               r"|\s(?:और|तथा)\s\S+(?:\s\S+)?\s(?:की\s)?(?:सरकारों|सरकारें)(?![\u0900-\u0963\u0966-\u097f])")
#: "the Government of (the Oriental Republic of) (the) ..."
_GOVERNMENT_BEFORE = re.compile(r"(?<![a-z])governments?\sof\s(?:the\s)?(?:[a-z]+\s)?(?:(?:republic|kingdom|empire)\s"
                                r"of\s(?:the\s)?)?"
                                # ... the second of two states ("the governments of Georgia and Azerbaijan")
                                r"(?:[a-z'-]+(?:\s[a-z'-]+)?\s(?:and|or)\s)?$")



#: a city that names a gathering or a document, not a party: "the Vienna Convention on the Law of Treaties", "the
#: Geneva Conventions", "the Paris conference", "the Manila meeting", "मनीला बैठक", "दिल्ली घोषणापत्र"
_CITY_NAMES = re.compile(r"\s(?:convention|conventions|conference|congress|declaration|summit|meeting|talks|forum"
                         r"|बैठक|सम्मेलन|शिखर|घोषणापत्र|समिट|वार्ता)(?![a-z\u0900-\u097f])")


#: the corpus last asked about and, for each state, the spans of its memberships of the corpus's pacts
_PACT_MEMBERS: list[Any] = [None, {}]


def pact_member_spans(corpus: Any) -> dict[int, list[tuple[date, date | None]]]:
    """For each state, the spans (from its signing, to its membership's end or None) in which the corpus holds it a
    party of a pact; ATOP records states as parties outside the COW state system (China in 1846, Kiribati in 1979)."""
    if _PACT_MEMBERS[0] is not corpus:
        spans: dict[int, list[tuple[date, date | None]]] = {}
        for t in corpus.treaties.values():
            for m in t.memberships:
                if m.signed is not None and m.signed.earliest is not None:
                    end = m.end.latest if m.end is not None else None
                    spans.setdefault(m.ccode, []).append((m.signed.earliest, end))
        _PACT_MEMBERS[:] = [corpus, spans]
    return _PACT_MEMBERS[1]


class PartyFinder:
    """States in a sentence, in the role of parties (see the module docstring).  ``corpus`` (optional) names as
    parties, outside the COW state system, states the corpus holds parties of a pact on the day (see
    :meth:`state_ok`)."""

    def __init__(self, f: Folded, index: Index, corpus: Any = None) -> None:
        self.f = f
        self.low = f.low
        self.index = index
        self.corpus = corpus

    def state_ok(self, ccode: int, on: date | None) -> bool:
        """Whether state ``ccode`` may be a party on ``on``: a member of the COW state system that day, or (outside
        it) a party the corpus holds of a pact that day, signed by then or within the year after."""
        st = self.index.states.get(ccode)
        if on is None:
            return st.is_current
        if st.is_member(max(on, _SYSTEM_START)):  # (a day before the system's first is read at its start: "Prussia")
            return True
        if self.corpus is None:
            return False
        return any(start <= on + timedelta(days=366) and (end is None or on <= end)
                   for start, end in pact_member_spans(self.corpus).get(ccode, ()))

    def _about_to_enter(self, h: Hit, on: date | None) -> list[int]:
        """A state its name alone gives (not its adjective) on the eve of its independence: outside the state
        system on ``on`` and for the ten years before, a member within a year after (Egypt in 1936, a member in
        1937); not a state out of the system for an occupation (Japan in 1952, out since 1945)."""
        if on is None or len(h.value) != 1 or h.flag != "N":
            return []
        spans = self.index.states.get(h.value[0]).spans
        enters = any(on < sp.start <= on + _ENTRY_WINDOW for sp in spans)
        absent = not any(sp.end is None or sp.end > on - _ABSENT_BEFORE for sp in spans if sp.start <= on)
        return list(h.value) if enters and absent else []

    def states_of(self, h: Hit, on: date | None) -> list[int]:
        """The state(s) a state hit names on day ``on`` (one, where the name is ambiguous; a day before the COW system's
        first is read at its start)."""
        on = max(on, _SYSTEM_START) if on is not None else None
        ok = [c for c in h.value if self.state_ok(c, on)] or self._about_to_enter(h, on) or (
            list(h.value) if in_gap(self.index.states, h, on) or self.named_government(h, on) else [])
        if len(ok) > 1:
            try:
                best = self.index.states.resolve(h.key).ccode
                if best in ok:
                    return [best]
            except Exception:  # noqa: BLE001
                pass
            return ok[:1]
        return ok

    def named_government(self, h: Hit, on: date | None) -> bool:
        """A state the text calls a government (or a republic) on ``on``, out of the state system that day before
        its first entry or in a gap (:func:`in_gap`): "the Polish Government" (in exile, 1941), "the Government of
        the Polish Republic", "the Government of the Oriental Republic of the Uruguay" (1851), "पोलैंड की सरकार";
        not a state gone for decades (the German Reich in 1954: "संघीय जर्मन गणराज्य" is another state's name)."""
        if on is None or len(h.value) != 1 or not (_GOVERNMENT_AFTER.match(self.low, h.end,
                                                                           word_end(self.low, h.end + 40))
                                                   or _GOVERNMENT_BEFORE.search(self.low, max(0, h.start - 60),
                                                                                h.start)):
            return False
        spans = self.index.states.get(h.value[0]).spans
        return all(on < sp.start for sp in spans) or in_gap(self.index.states, replace(h, flag="N"), on)

    def dateline_city(self, sent: _Sentence, h: Hit) -> bool:
        """A dateline's city: "ABUJA — ...", "कैनबरा. ...", "FASANO, Italy — ..."."""
        if (h.flag == "C" and not self.low[sent.start:h.start].strip()
                and re.match(r"^\s?[-,.:]", self.f.base[h.end:h.end + 3])):
            return True
        dl = _DATELINE_PREFIX.match(self.f.base, sent.start, min(sent.end, word_end(self.f.base, sent.start + 60)))
        return dl is not None and h.end <= dl.end()

    def party_hits(self, sent: _Sentence, on: date | None) -> list[tuple[Hit, int]]:
        """(hit, ccode) of the states ``sent`` names as parties (not a name inside a pact's name: "बग़दाद पैक्ट", nor
        a city that names a convention or a conference: "the Vienna Convention", nor a state named as a comparison:
        "like Latvia", :func:`casus.news.comparisons.compared`)."""
        out = []
        names = [(p.start, p.end) for p in sent.cats("P")]
        for h in longest(sent.cats("S")):
            if self.dateline_city(sent, h) or role_after(self.low, h) or role_before(self.low, h, sent.start) \
                    or _STYLE.match(self.low, h.end) or any(a <= h.start and h.end <= b for a, b in names) \
                    or compared(self.low, h.start, h.end, sent.start) \
                    or (h.flag == "C" and _CITY_NAMES.match(self.low, h.end)):
                continue
            for c in self.states_of(h, on):
                out.append((h, c))
        return out

    def companion(self, sent: _Sentence, h: Hit) -> bool:
        """A state named as a companion, not a subject: "with Finland", "रूस के साथ", the one told ("notified the
        United States that"), as the owner of the pact
        joined ("जापान की संधि में"), or as the leader of the bloc joined or left ("the Soviet-led Warsaw Pact",
        "सोवियत नेतृत्व वाले वारसॉ संधि संगठन से")."""
        if _LED.match(self.low, h.end):
            return True
        if _is_dev(h.key):
            low = self.low
            return bool(_HI_COMPANION.match(low, h.end, word_end(low, h.end + 40))
                        or _HI_BETWEEN.match(low, h.end, word_end(low, h.end + 70))
                        or _HI_OWNERS.match(low, h.end, word_end(low, h.end + 120)))
        before = _clause_before(self.low, h.start, sent.start, 40)
        return bool(_EN_COMPANION.search(before) or _EN_TOLD.search(before))

    def more_parties(self, own: _Sentence, subject_type: bool, etype: str, parties: list[int], need: int,
                     on: date | None, sentences: list[_Sentence], reach: int = 6) -> list[_Sentence]:
        """Add to ``parties`` (in place) the states the article's first ``reach`` sentences name, until there are
        ``need``; a state named as the city where something happened ("नाइजीरिया की राजधानी अबूजा में", "in the Sudanese
        capital") only while ``parties`` is empty.

        Returns the sentences that gave new parties.  ``own`` is the event's sentence, skipped; a sentence counts if
        it names a pact, or if it is the headline and names a party already found ("Britain and China settle Chusan
        handover" for a convention whose lead names only the British governor's side).  ``subject_type``: only states
        before a trigger of type ``etype`` count.
        """
        extra_sents: list[_Sentence] = []
        for sent in sentences[:reach]:
            if sent.i == own.i or not (sent.has("N") or sent.has("P") or sent.i == 0 and parties):
                continue
            ph = self.party_hits(sent, on)
            more = [c for _, c in ph]
            if not (sent.has("N") or sent.has("P") or any(c in parties for c in more)):
                continue
            if subject_type:
                trig = [h for h in sent.cats("T") if h.value[0] == etype]
                if not trig or _EN_RELATIVE.search(_clause_before(self.low, trig[0].start, sent.start, 30)):
                    continue  # (not the states a relative clause tells of: "Hungary, which adhered to it last week")
                more = [c for h, c in ph if h.end <= trig[0].start]
            new = [c for c in more if c not in parties]
            if parties:
                places = {c for h, c in ph if capital_place(self.low, h)}
                new = [c for c in new if c not in places]
            if new:
                parties.extend(new)
                extra_sents.append(sent)
            if len(parties) >= need:
                break
        return extra_sents


#: the Hindi numbers a group of states is counted with ("आठ देशों ने"): those to twenty
_HI_NUMBERS = {w: n for w, n in HI_NUMBERS.items() if n <= 20}
#: A group of states counted, not named: "eight nations", "twelve countries", "seven east european states", "all
#: eight signatories", "आठ देशों ने", "बारह राष्ट्रों"; ``and`` before it adds the states named before it ("the Soviet
#: Union and seven East European states", "सोवियत संघ और पूर्वी यूरोप के सात देशों"), as ``with`` adds the event's own
#: ("an alliance with eleven nations")
_GROUP = re.compile(rf"(?P<and>(?:and|with)\s(?:the\s)?)?{_W0}(?P<n>(?:(?:all|the|its)\s)?(?:{NUMERAL}))\s"
                    r"(?:[a-z]+\s){0,3}?"
                    r"(?:nations|countries|states|governments|powers|signatories|members|monarchies|kingdoms|republics)(?![a-z])"
                    rf"|(?P<hand>और\s(?:[^\s]+\s){{0,4}}?)?{_W0}(?P<h>{'|'.join(_HI_NUMBERS)})\s(?:[^\s]+\s){{0,2}}?"
                    rf"(?:देशों|राष्ट्रों|देश|राष्ट्र){_W1}")


def _counted_number(words: list[str]) -> int | None:
    """The number of "all eight", "seventy eight", "12"; None if none."""
    if words[0] in ("all", "the", "its"):
        words = words[1:]
    return en_number(" ".join(words)) if words else None


def group_count(low: str, s0: int, s1: int) -> list[tuple[int, int | None]]:
    """The groups of states sentence ``[s0, s1)`` counts without naming them (see :data:`_GROUP`): each one's number
    and where the "and" that adds it to the states named before it stands (None: no "and")."""
    found = []
    for m in _GROUP.finditer(low, s0, s1):
        n = _HI_NUMBERS[m.group("h")] if m.group("h") else _counted_number(m.group("n").split())
        if n is not None and n > 1:
            found.append((n, m.start() if m.group("and") or m.group("hand") else None))
    return found


def original_signatories(corpus: Any, pact_id: str) -> tuple[str, list[int]] | None:
    """The day (ISO) a corpus pact was signed and the states that signed it that day (its original members), or
    None if the corpus gives no single day."""
    t = corpus.treaties.get(pact_id) if corpus is not None else None
    day = t.signed.day if t is not None and t.signed is not None else None
    if t is None or day is None or day.earliest != day.latest:
        return None
    states = sorted({m.ccode for m in t.memberships if m.signed is not None and m.signed.earliest == day.earliest
                     and m.signed.latest == day.earliest})
    return (day.earliest.isoformat(), states) if states else None


def signed_on(corpus: Any, day: str | None) -> list[str]:
    """The corpus pacts signed on ``day`` (ISO, a full date): whose counted signatories a text may mean."""
    if corpus is None or day is None or len(day) != 10:
        return []
    return [pid for pid, t in corpus.treaties.items() if t.signed is not None and t.signed.day is not None
            and t.signed.day.earliest.isoformat() == day == t.signed.day.latest.isoformat()]


def members_on(corpus: Any, pact_id: str, day: str) -> list[int]:
    """The states a corpus pact binds, by their signatures, on the eve of ``day`` (ISO, a full date): its members
    when an event of that day (its dissolution, say) takes place."""
    t = corpus.treaties.get(pact_id) if corpus is not None and len(day) == 10 else None
    if t is None:
        return []
    d = date.fromisoformat(day) - timedelta(days=1)
    return sorted({m.ccode for m in t.memberships if m.holds_by_dates(d, "signed") is Tri.YES})


#: A sentence that lists a pact's parties: "The parties are Albania, Bulgaria, ... and the Soviet Union."
_LISTING = re.compile(r"\s?(?:the|its)\s(?:parties|signatories|members|signatory\sstates)\s(?:are|were)\s"
                      # "हस्ताक्षर करने वाले देश थे ...", "इसके हस्ताक्षरकर्ता देश हैं ...", "संधि के पक्षकार थे ..."
                      r"|\s?(?:(?:इस|इसके|उसके|संधि\sके|समझौते\sके)\s)?(?:हस्ताक्षर\sकरने\sवाले|हस्ताक्षरकर्ता|"
                      r"हस्ताक्षरकर्त्ता|दस्तखत\sकरने\sवाले|पक्षकार|सदस्य)\s(?:देश\s|राष्ट्र\s)?(?:थे|हैं|थे:|हैं:)\s")


#: ... or names them after their count and a colon or dash: "among the six monarchies: Bahrain, Kuwait, ...",
#: "चार देशों — तुर्की, ईरान, ..."
_COUNTED_LIST = re.compile(r"[:\u2014\u2013-]\s?(?=[^\s])")


#: ... or lists the others than those the event names: "the other signatories were ...", "बाक़ी हस्ताक्षरकर्ता ... हैं"
_OTHERS_LISTED = re.compile(r"\s?(?:the\s)?(?:other|remaining)\s(?:signatories|parties|signatory\sstates)\s"
                            r"(?:are|were)\s|\s?(?:बाकी|शेष|अन्य)\s(?:हस्ताक्षरकर्ता|हस्ताक्षरकर्त्ता|दस्तखतकर्ता)\s")


def listed_parties(pf: Any, sentences: list, n: int, on: date | None, named: Sequence[int] = ()) -> list[int]:
    """The ``n`` states a sentence of ``sentences`` lists as a pact's parties (see :data:`_LISTING`), or those a
    sentence names after a count of ``n`` and a colon or dash ("the six monarchies: Bahrain, ..."), or the states
    ``named`` with the others a sentence lists (:data:`_OTHERS_LISTED`), or []."""
    low = pf.f.low
    for sent in sentences:
        if named and _OTHERS_LISTED.match(low, sent.start, sent.end):
            others = [c for _, c in pf.party_hits(sent, on) if c not in named]
            if len(set(others)) + len(set(named)) == n:
                return list(dict.fromkeys([*named, *others]))
        after = None
        if not _LISTING.match(low, sent.start, sent.end):
            counted = [m for m in _GROUP.finditer(low, sent.start, sent.end) if n in _count_of(m)]
            after = next((c.end() for m in counted if (c := _COUNTED_LIST.match(low, m.end() + (low[m.end()] == " ")))),
                         None) if counted else None
            if after is None:
                continue
        states = list(dict.fromkeys(c for x, c in pf.party_hits(sent, on) if after is None or x.start >= after))
        if len(states) == n:
            return states
    return []


def _count_of(m: re.Match) -> tuple[int, ...]:
    n = _HI_NUMBERS[m.group("h")] if m.group("h") else _counted_number(m.group("n").split())
    return () if n is None else (n,)


#: Hindi auxiliaries after a verb: "सदस्य बना था", "शामिल हो गया है"
_HI_AUX_AFTER = re.compile(r"(?:\s(?:था|थी|थे|है|हैं|गया|गई|गए))*\s")
_HI_CLAUSE_END = re.compile(r"\s?(?:[,।:;|-]|$)")  # (folded: dashes are "-")


def hi_subject_after(low: str, h: Hit, ph: list, s1: int) -> list:
    """The state a Hindi verb-first clause names after its verb ("आज ही के दिन अरब लीग का सदस्य बना था कुवैत, ...":
    Kuwait joined), if no state before the verb does: the state right after the verb and its auxiliaries, ending the
    clause.  ``ph``: the sentence's (hit, ccode) party hits."""
    if not _is_dev(h.key) or any(x.end <= h.start for x, _ in ph):
        return []
    m = _HI_AUX_AFTER.match(low, h.end)
    if m is None:
        return []
    return [(x, c) for x, c in ph if x.start == m.end() and _HI_CLAUSE_END.match(low, x.end, s1)]
