"""Whether a pact named where an event is read is a security pact (read by :mod:`casus.news.extract`, the learned
step and :mod:`casus.news.other_pacts`): the pact noun nearest the event's verb stands in the name of one
(:data:`casus.news.kinds.SECURITY`: "security agreement", "defence cooperation agreement", "status of forces
agreement"), or a protocol amends one, or the clause after it grants the other side's forces access; a treaty of peace
that settles a war is none.  (Split from :mod:`casus.news.kinds`.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kinds import SECURITY as _SECURITY
from .kinds_more import glossed
from .text import word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["security_pact"]


#: A pact that the clause after it says lets one side's forces onto the other's soil: "an agreement under which US
#: forces gain access to Kuwaiti bases", "समझौता, जिसके तहत अमेरिकी सैनिकों को ... सैन्य ठिकानों तक पहुँच मिलेगी",
#: "जिसके तहत अमेरिकी सैनिक डेनिश ज़मीन पर तैनात हो सकेंगे" (an access pact by its content)
_ACCESS_GIVEN = re.compile(
    r"[\s,]{1,3}(?:under\swhich|which\s(?:gives|grants|allows|lets)|giving|granting|allowing|letting|that\s(?:gives|"
    r"grants|allows|lets))\s[^.;:]{0,90}?(?:access\sto\s(?:[a-z]+\s){0,3}?(?:bases|ports|airfields|air\sbases|"
    r"facilities)|use\sof\s(?:[a-z]+\s){0,3}?(?:bases|airfields|air\sbases)"
    r"|(?:troops|forces)\s(?:[a-z]+\s){0,3}?(?:to\sbe\s)?(?:stationed|deployed|based))(?![a-z])"
    r"|[\s,]{1,3}(?:जिसके\s(?:तहत|जरिए|अंतर्गत)|जिससे)\s[^।]{0,120}?(?:(?:ठिकानों|अड्डों|बंदरगाहों|हवाई\sअड्डों)\sतक\s"
    r"(?:पहुंच|पहुँच)|(?:सैनिक|सैनिकों|सेना|सेनाएं|बल|बलों|फौज|फौजी)\s[^।]{0,40}?तैनात\s(?:हो|रह|किए|किया))")


def security_pact(low: str, sent: _Sentence, trig: Hit) -> bool:
    """True if the pact noun nearest ``trig`` in ``sent`` names a security pact ("security agreement"), or the
    clause after the verb or the noun grants the other side's forces access ("..., under which US forces gain access
    to its bases")."""
    nouns = [h for h in sent.hits if h.cat in ("N", "P")]
    if not nouns:
        return False
    near = min(nouns, key=lambda n: min(abs(n.start - trig.end), abs(trig.start - n.end)))
    named = glossed(low, near, nouns)  # (a second name in a bracket or a naming clause: the pact is the first's)
    if any(_names_security(low, sent, n) for n in (*_amended(low, near, nouns), *([named] if named else []))):
        return True
    at = max(near.end, trig.end)
    m = _ACCESS_GIVEN.search(low, at, sent.end)
    return m is not None and m.start() - at <= 40


def _names_security(low: str, sent: _Sentence, noun: Hit) -> bool:
    """Whether pact noun ``noun`` stands in the name of a security pact (:data:`_SECURITY`), not a peace settlement."""
    lo = max(sent.start, noun.start - 60)
    hi = min(sent.end, word_end(low, noun.end + 150))
    return any(m.start() <= noun.start and noun.end <= m.end() and not _peace_settlement(low, m, sent)
               for m in _SECURITY.finditer(low, lo, hi))


#: a protocol or amendment: the pact it amends or extends gives it its class ("a protocol amending the Treaty of
#: Friendship", "मैत्री और सहयोग संधि में बदलाव करने वाले प्रोटोकॉल", "... संधि के संशोधन प्रोटोकॉल")
_AMENDING = re.compile(r"(?:protocols?|amendments?|प्रोटोकॉल|संशोधन)$")
#: what joins a protocol to the pact it amends: English after it, Hindi before it
_EN_AMENDS = re.compile(r"\s(?:amending|extending|to\samend|to\sextend|to|of)\s(?:(?:the|their|its|a)\s)?")
_HI_AMENDS = re.compile(r"[\'\"‘’“”]?\s(?:में\s(?:बदलाव|संशोधन)\s(?:करने|लाने)\sवाले|के\s(?:संशोधन\s)?|का\s|को\s"
                        r"(?:बदलने|बढ़ाने|बढाने)\sवाले)\s?(?:संशोधन\s)?$")


def _amended(low: str, near: Hit, nouns: list[Hit]) -> list[Hit]:
    """``near``, and where it is a protocol or an amendment, the pact noun it amends: the next one in English, the one
    before in Hindi."""
    if not _AMENDING.search(low, near.start, near.end):
        return [near]
    after = [n for n in nouns if n.start >= near.end] if _EN_AMENDS.match(low, near.end) else []
    before = [n for n in nouns if n.end <= near.start and _HI_AMENDS.search(low[n.end:near.start])]
    return [near, *after[:1], *before[-1:]]


#: A peace treaty that settles a war, a quarrel or a frontier: "a Treaty of Peace, Friendship and Limits ..., bringing
#: to a formal close the war", "... bringing to a formal close the quarrel over the channel" (a settlement between
#: former belligerents or disputants, no pact of alliance by its name)
_PEACE_NAME = re.compile(r"(?:treaty|treaties|agreement|pact)\sof\speace|peace\sand\sfriendship")
_SETTLES = re.compile(r"(?<![a-z])(?:and\s(?:limits|boundaries|frontiers)|(?:close|end|ended|ending|ends|conclude[sd]?)"
                      r"\s(?:to\s)?(?:[^\s.;,]+\s){0,4}?(?:the\s|their\s)?(?:war|quarrel|dispute|conflict|controversy)"
                      r"|war\s(?:formally\s)?ended)(?![a-z])")

#: The next sentence's subject is the pact: "It brings to an end ... the War of the Pacific"
_PACT_SUBJECT = re.compile(r"(?:it|this|the\s(?:treaty|agreement|pact))\s")


def _peace_settlement(low: str, m: re.Match, sent: _Sentence) -> bool:
    """Whether the security pact name ``m`` is a peace treaty that the sentence, or the next one with the pact for
    its subject ("It brings to an end ... the War of the Pacific"), says ends a war or draws limits."""
    if _PEACE_NAME.match(low, m.start() + (low[m.start()] == " ")) is None:
        return False
    if _SETTLES.search(low, sent.start, sent.end) is not None:
        return True
    gap = low[sent.end:sent.end + 4]
    nxt = sent.end + len(gap) - len(gap.lstrip(" .!?\n"))  # the next sentence's start
    if not _PACT_SUBJECT.match(low, nxt):
        return False
    stop = low.find(".", nxt)
    return _SETTLES.search(low, nxt, stop if stop > 0 else nxt + 300) is not None
