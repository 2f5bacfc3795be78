"""More of the kind an article states for its pact (read by :mod:`casus.news.kinds`).

* a pact made *against* a named state, "a treaty of alliance against Paraguay", "पराग्वे के खिलाफ एक गठबंधन संधि",
  or binding the parties to act together against one, "सर्बिया के विरुद्ध मिलकर कार्रवाई", "to act jointly against
  Serbia": a pact for a war, an offensive alliance (:func:`against_state`) — a defence clause stated in the
  article still wins (a defensive alliance "against" the state it fears is a defence pact: see
  :func:`casus.news.kinds._pick_kind`);
* a pact that a clause after it says lets the other side's forces in, "a security treaty that allows Australian police
  and soldiers to deploy quickly", "an agreement under which US forces gain access to its bases", "समझौता, जिसके तहत
  अमेरिकी सैनिक ... तैनात हो सकेंगे": a pact of access, with no defence duty of its own (``none``, unless a defence
  clause is stated) (:data:`LETS_IN`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

__all__ = ["against_state", "LETS_IN", "LETS_IN_NEEDS", "is_pact_name"]

_EN_PACT = r"(?:alliance|pact|treaty|coalition|convention)"
_HI_PACT = r"(?:गठबंधन|संधि|समझौता|समझौते|समझौतों|करार|मोर्चा|मोर्चे)"
#: after the state: "(Paraguay) के खिलाफ (एक) गठबंधन संधि", "... के विरुद्ध मिलकर कार्रवाई"
_HI_AFTER = re.compile(rf"\s?(?:के\sखिलाफ|के\sविरुद्ध|के\sविरूद्ध)\s(?:(?:एक|यह|इस|नई|नया|नए)\s)?"
                       rf"(?:{_HI_PACT}|(?:मिलकर|साझा|संयुक्त)\s(?:कार्रवाई|युद्ध|लड़ाई|लडाई|हमला))(?![\u0900-\u097f])")
#: before the state: "an alliance against (Paraguay)", "(to act) jointly against (Serbia)"
_EN_BEFORE = re.compile(rf"(?<![a-z])(?:{_EN_PACT}|jointly|together|in\scommon|(?:joint|common)\s(?:action|war|"
                        r"operations?|campaign))\s(?:[a-z]+\s)?against\s(?:the\s)?$")


def against_state(low: str, sent: _Sentence) -> bool:
    """Whether ``sent`` names a pact made against a state it names, or joint war on one (see the module docstring)."""
    for h in sent.hits:
        if h.cat != "S":
            continue
        if _HI_AFTER.match(low, h.end, min(sent.end, h.end + 40)):
            return True
        if _EN_BEFORE.search(low, max(sent.start, h.start - 50), h.start):
            return True
    return False


_LET = r"(?:under\swhich|(?:which|that)\s(?:gives|grants|allows|lets|will\sallow|will\sgive)|giving|granting|" \
       r"allowing|letting)"
_IN = r"(?:access\sto\s(?:[a-z]+\s){0,3}?(?:bases|ports|airfields|air\sbases|facilities)" \
      r"|(?:troops|forces|soldiers|police|personnel)\s(?:[a-z,]+\s){0,6}?(?:to\s(?:be\s)?)?(?:deploy|deployed|stationed|based)(?![a-z]))"
_HI_LET = r"(?:जिसके\s(?:तहत|जरिए|अंतर्गत)|जिससे)"
_HI_IN = r"(?:(?:ठिकानों|अड्डों|बंदरगाहों|हवाई\sअड्डों)\sतक\s(?:पहुंच|पहुँच)|(?:सैनिक|सैनिकों|सेना|सेनाएं|सेनाओं|बल|बलों|फौज|" \
         r"फौजी|पुलिस)\s[^।]{0,40}?(?:तैनात|तैनाती))"
#: A pact that lets the other side's forces in (see the module docstring)
LETS_IN = re.compile(rf"(?:treaty|agreement|pact|accord|deal|arrangement)s?[\s,][^.;:]{{0,80}}?{_LET}\s"
                     rf"[^.;:]{{0,100}}?{_IN}"
                     rf"|(?:समझौता|समझौते|समझौतों|संधि|करार)[\s,][^।]{{0,60}}?{_HI_LET}\s[^।]{{0,120}}?{_HI_IN}")
#: words without which :data:`LETS_IN` cannot match
LETS_IN_NEEDS = ("access to", "deploy", "stationed", "based", "तैनात", "पहुंच", "पहुँच")


#: A weak defence cue that is only a pact's name: its last word a pact noun ("defence agreement", "defense alliance",
#: "रक्षा समझौता"), not a duty ("mutual assistance", "collective security"), nor a name that states one ("mutual
#: assistance treaty", "पारस्परिक सहायता संधि")
_PACT_END = re.compile(r"(?:agreements?|pacts?|treaty|treaties|alliances?|accords?|समझौता|समझौते|समझौतों|संधि|संधियों|करार|"
                       r"गठबंधन)$")


def is_pact_name(key: str) -> bool:
    """Whether the kind cue ``key`` (folded) ends in a pact noun: it names a pact rather than states a duty."""
    return _PACT_END.search(key) is not None and _DUTY.search(key) is None


_DUTY = re.compile(r"assistance|(?<![a-z])aid(?![a-z])|सहायता|मदद")
