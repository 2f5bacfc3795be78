"""More of the kind an article states for its pact (read by :mod:`casus.news.kinds`).

* a pact made *against* a named state, "a treaty of alliance against Paraguay", "पराग्वे के खिलाफ एक गठबंधन संधि",
  or binding the parties to act together against one, "सर्बिया के विरुद्ध मिलकर कार्रवाई", "to act jointly against
  Serbia": a pact for a war, an offensive alliance (:func:`against_state`) — a defence clause stated in the
  article still wins (a defensive alliance "against" the state it fears is a defence pact: see
  :func:`casus.news.kinds._pick_kind`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

__all__ = ["against_state"]

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
