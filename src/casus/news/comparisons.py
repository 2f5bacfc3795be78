"""A state named as a comparison is no party of the event: "Estonia, like Latvia and Lithuania, has joined the plan",
"एस्टोनिया भी लातविया और लिथुआनिया की तरह योजना में शामिल हो गया", nor the party of a pact the event's is compared with ("an
agreement like the one with Japan", "जापान के साथ हुए समझौते जैसा") (read by :class:`casus.news.parties.PartyFinder`); and a
sentence that names only a kind of pact, and the pacts it compares it with, reports no event (:func:`kind_of_pact`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence

__all__ = ["compared", "kind_of_pact"]

#: English: "like" before the state, perhaps after another state of the list ("like Latvia and Lithuania"; not after a
#: comma: "just like Poland, Estonia signed ..." names Estonia as the subject)
_EN_LIKE = re.compile(r"(?:^|\s)(?:just\s|much\s)?like\s(?:the\s)?(?:[a-z-]+(?:\s[a-z-]+)?\sand\s)?$")
#: Hindi: "की तरह" (or "की भांति") after the state, perhaps after other states of the list ("लातविया और लिथुआनिया की
#: तरह")
_HI_LIKE = re.compile(r"(?:\s?(?:,|और)\s?[^\s।,]+(?:\s[^\s।,]+)?){0,3}?\sकी\s(?:तरह|भांति|भाँति)"
                      r"(?![\u0900-\u0963\u0966-\u097f])")


#: ... or as the party of a pact the event's is compared with: "जापान के साथ हुए समझौते जैसा", "like the one with Japan",
#: "similar to the agreements signed with Japan and France"
_HI_AS = r"(?:जैसा|जैसे|जैसी|की\sतरह|की\sभांति)(?![\u0900-\u0963\u0966-\u097f])"
_HI_LIKE_PACT_OF = re.compile(r"(?:\s?(?:,|और)\s?[^\s।,]+(?:\s[^\s।,]+)?){0,3}?\sके\sसाथ\s(?:(?:हुए|हुई|हुआ|किए\sगए|किया"
                              r"\sगया)\s)?(?:[^\s।,]+\s){0,2}?(?:समझौते|समझौतों|संधि|संधियों|करार|करारों)\s" + _HI_AS)
_EN_LIKE_PACT_OF = re.compile(r"(?:^|\s)(?:like|similar\sto)\s(?:the\s|those\s|that\s)?(?:one|ones|agreements?|pacts?|"
                              r"treat(?:y|ies)|accords?|deals?)?\s?(?:(?:already\s)?(?:signed|concluded|reached)\s)?"
                              r"with\s(?:the\s)?(?:[a-z-]+(?:\s[a-z-]+)?(?:,\s|\sand\s))*$")


def compared(low: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the state at ``[start, end)`` is named as a comparison ("like Latvia", "लातविया की तरह"), or as the party
    of a pact compared with ("जापान के साथ हुए समझौते जैसा", "like the one with Japan")."""
    if _HI_LIKE.match(low, end, min(len(low), end + 60)) or _HI_LIKE_PACT_OF.match(low, end, min(len(low), end + 90)):
        return True
    return _EN_LIKE.search(low, max(sent_start, start - 50), start) is not None or \
        _EN_LIKE_PACT_OF.search(low, max(sent_start, start - 80), start) is not None


#: "such an (access) agreement", "similar pacts", "ऐसा (रक्षा) समझौता": a kind of pact, not one pact.
_SUCH = re.compile(r"(?:(?<![a-z])such\s(?:an?\s)?|(?<![a-z])similar\s|(?:ऐसा|ऐसे|ऐसी|इस\sतरह\sका|इस\sतरह\sके)\s)"
                   r"(?:[^\s]+\s)?$")
#: ... but a Hindi correlative names one pact (or pacts): "एक ऐसे समझौते पर हस्ताक्षर किए जिसके तहत ..." (under which;
#: not past a participle: "ऐसा समझौता करने वाला तीसरा देश जो ...")
_HI_CORRELATIVE = re.compile(r"(?:(?!वाला|वाले|वाली)[^।,]){0,40}?(?<![\u0900-\u0963\u0966-\u097f])"
                             r"(?:जिसके|जिसमें|जिसकी|जिसका|जिससे|"
                             r"जिस\sपर|जिसे|जो|जिनके|जिनमें|जिनकी|जिनका|जिनसे|जिन\sपर|जिन्हें)(?![\u0900-\u0963\u0966-\u097f])")


#: pacts named to compare: "... के साथ हुए समझौतों जैसे हैं" (are like the agreements with ...)
_HI_LIKE_PACTS = re.compile(r"\s?" + _HI_AS)


def kind_of_pact(low: str, sent: Sentence) -> bool:
    """True if the sentence names no pact but a kind of pact: "the third country to sign such an agreement",
    "ऐसा समझौता करने वाला तीसरा देश" (a comparison with other pacts, not an event), or pacts it compares with
    ("... इस तरह का समझौता किया है; इसके प्रावधान ... समझौतों जैसे हैं")."""
    if sent.has("P"):
        return False
    nouns = sent.cats("N")
    such = [n for n in nouns if _SUCH.search(low, max(sent.start, n.start - 30), n.start)
            and not _HI_CORRELATIVE.match(low, n.end, sent.end)]
    return bool(such) and all(n in such or _HI_LIKE_PACTS.match(low, n.end) for n in nouns)
