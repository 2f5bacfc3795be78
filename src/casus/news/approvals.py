"""Approvals of a pact: which approval is a ratification (a legislature's or a head of state's, of a pact), and which
is not (a cabinet's, a draft's, two governments' green light); the signature of a head of state that ratifies (accession
protocols); a Hindi seal that approves.  (Read by :mod:`casus.news.clauses` and the reader's steps.)
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from .cues import _W0, _W1, HI_LEGISLATURES, _is_dev
from .lexicon6 import APPROVAL_KEYS
from .lexicon12 import HI_HEADLINE_APPROVALS
from .sentence import Sentence
from .text import word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["approval_without_legislature", "document_signed", "head_of_state_signs_accession", "seal_approves",
           "legislature_home"]


#: (the European Constitution is a treaty by name: casus.news.lexicon)
_APPROVED_PACT_NOUN = (r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|alliances?|protocols?|conventions?|charters?|"
                       # (the pact's text: "the Knesset had approved the text on Wednesday")
                       r"(?:european|eu)\sconstitution|text(?!\sof\s(?:a|the)\s(?:resolution|motion|bill|law|statement)))")

#: a legislature (or its members) as the subject before the verb, in the same clause
_EN_LEGISLATURE = re.compile(
    rf"{_W0}(?:parliament|parliaments|senate|senators|lawmakers|legislators|legislature|assembly|congress|duma|"
    rf"rada|knesset|majlis|sejm|bundestag|bundesrat|diet|deputies|mps|(?:federation|federal)\scouncil|house\sof\s(?:representatives|commons|lords|councill?ors|peers|delegates|assembly|nationalities|(?:the\s)?people)|"
    rf"(?:upper|lower)\s(?:house|chamber)|national\scouncil|storting|riksdag|eduskunta|folketing|cortes|sabor|seimas|"
    rf"saeima|riigikogu|althing|sobranie|chamber\sof\sdeputies|states\sgeneral|supreme\ssoviet)"
    # its full name: "the Assembly of the Republic", "the Grand National Assembly of Turkey"
    rf"(?:\sof\s(?:the\s)?(?:republic|nation|people|[a-z]+))?"
    # an apposition naming it: "Slovakia's parliament, the National Council, on Tuesday approved ..."
    rf"(?:,\s(?:the\s|its\s)?[^,.;:]{{3,60}},)?"
    rf"(?:\s(?:also|today|yesterday|overwhelmingly|unanimously|formally|on\s[a-z]+|finally|has|have|had))*\s?$")

#: the pact as the verb's object: "approved a security agreement", "approved the 2010 treaty of alliance"
_APPROVED_PACT = re.compile(rf"\s?(?:(?:an?|the|its|their|two)\s)?"
                            # (an owner's name before it: "the Commonwealth of Independent States' collective security
                            # treaty")
                            rf"(?:(?:[^\s,.;:]+\s){{0,4}}?[^\s,.;:]+'s?\s)?"
                            rf"(?:[^\s,.;:]+\s){{0,4}}?{_APPROVED_PACT_NOUN}{_W1}")


#: a head of state (and the name after the title) as the subject before the verb: "President Alexander Stubb has
#: approved the agreement", "the King formally approved the treaty" (the state's ratification)
_EN_HEAD_OF_STATE = re.compile(
    rf"{_W0}(?:president|king|queen|emperor|monarch|sultan|emir|grand\sduke|head\sof\sstate)(?:\s[a-z.'-]+){{0,3}}?"
    rf"(?:\s(?:has|have|also|today|yesterday|formally|finally|on\s[a-z]+))*\s?$"
    # the title after the name: "Liu Shaoqi, then Chairman of the People's Republic of China, approved ..."
    rf"|,\s(?:then\s|the\s|its\s)?(?:president|king|queen|emperor|monarch|sultan|emir|chairman|head\sof\sstate)\s"
    rf"(?:of\s)?(?:[^\s,.;:]+\s){{0,6}}?[^\s,.;:]+,\s?$")


#: a Hindi head of state as the subject (with the ergative) before the verb: "फ्रांस के राष्ट्रपति ... ने"
_HI_HEADS = r"(?:राष्ट्रपति|राजा|रानी|महारानी|सम्राट|सुल्तान|अमीर)"
_HI_HEAD_OF_STATE = re.compile(rf"{_HI_HEADS}\s(?:[^\s।.]+\s){{0,5}}?ने\s")
#: ... one head of state himself (not his envoys, "राजा के प्रतिनिधियों ने", nor two of them, "सम्राट और ... राजा ने"), the
#: subject of a seal
_HI_HEAD_SEALS = re.compile(rf"{_HI_HEADS}\s(?:(?!प्रतिनिधि|दूत|और\s)[^\s।.]+\s){{0,5}}?ने\s")
#: accession protocols or papers: "the protocols on the accession of", "accession protocols", "his country's accession
#: document", "प्रवेश से जुड़े प्रोटोकॉल"
_ACCESSION_PROTOCOL = re.compile(r"(?<![a-z])(?:accession\s(?:protocols?|documents?|instruments?|papers)|"
                                 r"protocols?\s(?:on|for|of)\s(?:the\s)?accession)"
                                 r"|(?:प्रोटोकॉल|प्रोटोकोल)(?=[^।]{0,160}(?:प्रवेश|सदस्य|शामिल|एक्सेशन))"
                                 r"|(?:प्रवेश|सदस्यता|एक्सेशन)\s(?:[^\s।]+\s){0,3}?(?:प्रोटोकॉल|प्रोटोकोल)")


def head_of_state_signs_accession(low: str, h: Hit, s0: int, s1: int) -> bool:
    """True if a head of state signs accession protocols ("Czech President Milos Zeman on Wednesday signed the
    protocols on the accession of ...", "फ्रांस के राष्ट्रपति ... ने ... प्रोटोकॉल पर हस्ताक्षर कर दिए जिनके ज़रिये ... सदस्य
    बनाए जाने"): the state's ratification, the protocols having been signed for every member by its envoy."""
    if _ACCESSION_PROTOCOL.search(low, s0, s1) is None:
        return False
    return (_EN_HEAD_OF_STATE.search(low, max(s0, h.start - 60), h.start) is not None
            or _HI_HEAD_OF_STATE.search(low, s0, h.start) is not None)


def approval_without_legislature(low: str, h: Hit, s0: int) -> bool:
    """True if approval verb ``h`` ("approved") does not report a ratification: no legislature (or head of state)
    as its subject right before it, or no pact as its object right after it; a Hindi headline's approval, the verb
    first ("संसद ने दी मंजूरी"), needs a legislature as its subject."""
    if h.key in HI_HEADLINE_APPROVALS:
        return _HI_LEGISLATURE_SUBJECT.search(low, s0, h.start) is None
    if h.key not in APPROVAL_KEYS:
        return False
    return not ((_EN_LEGISLATURE.search(low, max(s0, h.start - 110), h.start)
                 or _EN_HEAD_OF_STATE.search(low, max(s0, h.start - 60), h.start))
                and _APPROVED_PACT.match(low, h.end, word_end(low, h.end + 90)))


#: a Hindi legislature, or several, as the subject ("फ्रांस की सीनेट ने", "संसद ने", "... की संसदों ने")
_HI_LEGISLATURE_SUBJECT = re.compile(rf"(?:{HI_LEGISLATURES}|बुंडेसटाग|प्रतिनिधि\sसभा)(?:ों)?\s(?:[^\s।]+\s)?ने"
                                     r"(?![\u0900-\u0963\u0966-\u097f])")


#: a lone state opening the sentence as the subject ("कजाखस्तान ने ... समझौते पर मुहर लगाई"), with no partner after it
_HI_LONE_SUBJECT = re.compile(r"\s?(?:[^\s।,]+\s){1,2}ने\s")
_HI_PARTNER = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:और|के\sसाथ|के\sबीच|से)(?![\u0900-\u0963\u0966-\u097f])")


def seal_approves(low: str, h: Hit, s0: int) -> bool:
    """Whether a Hindi seal put on a pact ("... पर मुहर लगाई", "... पर लगाई मुहर") has a legislature for its subject
    ("फ्रांस की सीनेट ने आखेन संधि पर लगाई मुहर"), a head of state ("... के राष्ट्रपति ने ... समझौते पर लगाई मुहर"), or a
    lone state with no partner ("कजाखस्तान ने ... समझौते पर मुहर लगाई"): its approval, a ratification, not a signing."""
    if "मुहर" not in h.key:
        return False
    if _HI_LEGISLATURE_SUBJECT.search(low, max(s0, h.start - 120), h.start) is not None:
        return True
    if _HI_HEAD_SEALS.search(low, max(s0, h.start - 120), h.start) is not None:
        return True  # "अल्बानिया के राष्ट्रपति ने तुर्की के साथ ... समझौते पर लगाई मुहर": the head of state's approval
    if _HI_APPROVED.search(low) is not None:
        return True  # "इराक ने सोवियत संघ के साथ संधि पर लगाई मुहर" over "... संधि का अनुमोदन कर दिया": that approval
    return _HI_LONE_SUBJECT.match(low, s0, h.start) is not None and _HI_PARTNER.search(low, s0, h.start) is None


#: an approval the article reports in so many words ("... संधि का अनुमोदन कर दिया", "अनुसमर्थन किया")
_HI_APPROVED = re.compile(r"(?:अनुमोदन|अनुसमर्थन)\s(?:कर\s(?:दिया|दी|दिए)|किया|किए)(?![\u0900-\u0963\u0966-\u097f])")


#: a document that is no pact right before "signed by": "The resolution, signed by the Assembly's president, ...",
#: "a decree signed by the king", "the law, signed by President X on Monday"
_DOCUMENT_BEFORE = re.compile(rf"{_W0}(?:the|a|this|that|its|his|her)\s(?:resolution|decree|law|bill|ordinance|motion|"
                              r"order|letter|petition|budget)\s?,?\s?$")


def document_signed(low: str, h: Hit, s0: int) -> bool:
    """True if "signed" is a participle that describes a document, not a pact, signed by someone ("The resolution,
    signed by Assembly President Jaime Gama, approves the treaty"): no pact is signed."""
    return h.key == "signed" and low.startswith(" by ", h.end) \
        and _DOCUMENT_BEFORE.search(low, max(s0, h.start - 30), h.start) is not None


def _stateless_legislature(low: str, s0: int, h: Hit, ph: list) -> bool:
    """Whether the subject of ratification ``h`` is a legislature named without its state ("The House of Councillors on
    Friday approved ...", "संसद ने ... मंज़ूरी दी"): no state named before the verb's subject ends (``ph``: the clause's
    party hits)."""
    if _is_dev(h.key):
        subjects = list(_HI_LEGISLATURE_SUBJECT.finditer(low, s0, h.start))
        m = subjects[-1] if subjects else None
    else:
        m = _EN_LEGISLATURE.search(low, max(s0, h.start - 110), h.start)
    return m is not None and not any(x.start < m.end() for x, _ in ph)


def legislature_home(r: Any, sent: Sentence, h: Hit, ph: list, on: date | None) -> list[int]:
    """The state a legislature named without its state ratifies for (:func:`_stateless_legislature`): the state of the
    article's dateline city ("TOKYO - The House of Councillors on Friday approved ..."), where its first sentences
    open with one; else none.  ``r``: the reader (its sentences' spans and hits, its party finder)."""
    if not _stateless_legislature(r.low, sent.start, h, ph):
        return []
    for i in range(min(sent.i + 1, 4)):
        s0, s1 = r.spans[i]
        opening = Sentence(i, s0, s1, r.by_sent.get(i, []))
        for x in opening.cats("S"):
            if r.pf.dateline_city(opening, x):
                return list(r.pf.states_of(x, on))
    return []
