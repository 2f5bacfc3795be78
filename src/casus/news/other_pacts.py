"""Pacts that are no pact event of casus's kind though a sentence reports them signed: an economic pact (a minerals
deal, a free trade agreement, a border treaty, civil nuclear cooperation) and a settlement after a war.  Read by
:mod:`casus.news.extract` beside :mod:`casus.news.kinds`' security pacts, which win where both are named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import _W0, _W1
from .security_pacts import security_pact
from .text import phrase_alternation as _alt
from .text import word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["economic_pact", "settlement"]

_ECONOMIC = re.compile(
    rf"{_W0}(?:economic|commercial|trade|free[\s-]trade|investment|minerals?|mineral\sresources|energy|tax|aviation|fisheries|"
    rf"{_alt('आर्थिक|व्यापार|व्यापारिक|मुक्त व्यापार|खनिज|निवेश|ऊर्जा|कारोबारी')})\s(?:[^\s]+\s)?"
    rf"(?:(?:and\s|और\s)?(?:partnership|cooperation|साझेदारी|सहयोग)\s)?"
    rf"(?:agreement|pact|treaty|accord|deal|partnership|{_alt('समझौता|समझौते|समझौतों|करार|डील|संधि|साझेदारी')}){_W1}"
    # the subject after the noun or before a postposition: "an agreement on trade and transit", "व्यापार और आवागमन से
    # जुड़ा समझौता"
    rf"|{_W0}(?:agreement|pact|treaty|accord|deal)\s(?:on|for|covering)\s(?:the\s)?(?:trade|commerce|investment|"
    rf"economic|fisheries|tariffs?)"
    rf"|{_W0}(?:व्यापार|व्यापारिक|आर्थिक|निवेश|कारोबार)\s(?:\S+\s){{0,3}}?(?:से\sजुडे|से\sजुडा|से\sजुडी|संबंधी|"
    rf"सम्बन्धी)\s(?:समझौते|समझौता|करार|संधि)"
    # civil nuclear cooperation: "the civil nuclear agreement", "असैन्य परमाणु सहयोग के '123 समझौते'"
    rf"|{_W0}civil(?:ian)?\snuclear\s(?:[^\s]+\s){{0,3}}?(?:agreement|pact|treaty|accord|deal){_W1}"
    rf"|{_W0}(?:असैन्य|नागरिक)\sपरमाणु\s(?:\S+\s){{0,4}}?(?:समझौते|समझौता|करार|संधि){_W1}"
    # a pact that draws a border: "the land and sea border treaty", "a maritime boundary agreement", "a treaty fixing
    # permanent maritime boundaries", "समुद्री सीमा के निर्धारण ... पर समझौता", "सीमा सीमांकन समझौता"
    rf"|{_W0}(?:(?:land|sea|maritime)\s(?:and\s(?:sea|maritime)\s)?)?(?:border|boundary|boundaries|frontier)\s"
    rf"(?:demarcation\s|delimitation\s)?(?:agreement|pact|treaty|accord|deal){_W1}"
    rf"|{_W0}(?:agreement|pact|treaty|accord|deal)\s(?:[a-z]+\s){{0,2}}?(?:fixing|establishing|delimiting|demarcating|"
    rf"on\sthe\sdemarcation\sof|on\sthe\sdelimitation\sof)\s(?:[a-z]+\s){{0,3}}?(?:boundary|boundaries|border|borders)"
    rf"|{_W0}(?:समुद्री|जमीनी|भू)?\s?सीमा\s(?:के\s)?(?:निर्धारण|सीमांकन|रेखांकन)\s(?:[^\s।,]+\s){{0,8}}?"
    rf"(?:समझौता|समझौते|संधि|करार){_W1}"
    # ... and the border treaty by its name: "सीमा संधि", "सीमा समझौता"
    rf"|{_W0}(?:समुद्री\s|जमीनी\s)?सीमा\s(?:संधि|समझौता|समझौते|करार){_W1}")


def economic_pact(low: str, sent: _Sentence, trig: Hit) -> bool:
    """True if the pact noun nearest ``trig`` in ``sent`` names an economic pact ("minerals deal", "आर्थिक
    साझेदारी समझौता", "free trade agreement") and no security pact: not a pact event of casus's kind."""
    nouns = [h for h in sent.hits if h.cat in ("N", "P")]
    if not nouns or security_pact(low, sent, trig):
        return False
    near = min(nouns, key=lambda n: min(abs(n.start - trig.end), abs(trig.start - n.end)))
    lo = max(sent.start, near.start - 40)
    hi = min(sent.end, word_end(low, near.end + 50))
    return any(m.start() <= near.start < m.end() + 1 for m in _ECONOMIC.finditer(low, lo, hi))


#: A settlement after a war, by what its sentence says it does: "ending 30 years of war", "to normalise relations
#: after last year's war", "जिसे पिछले साल के युद्ध के बाद रिश्ते सामान्य बनाने की दिशा में ... माना जा रहा है"
_SETTLEMENT = re.compile(
    r"(?<![a-z])(?:ending|ended|ends|end)\s(?:\d+|[a-z]+)\syears\sof\s(?:war|hostilities|conflict)(?![a-z])"
    r"|(?<![a-z])normali[sz](?:e|es|ed|ing)\s(?:[a-z]+\s){0,3}?relations\s(?:[a-z']+\s){0,3}?after\s(?:[a-z']+\s){0,3}?"
    r"war(?![a-z])"
    r"|(?:युद्ध|लडाई|जंग)\s(?:के\s)?बाद\s(?:[^\s।]+\s){0,4}?(?:रिश्ते|रिश्तों|संबंध|संबंधों)\s(?:को\s)?सामान्य")


def settlement(low: str, sent: _Sentence) -> bool:
    """True if ``sent`` says the pact it reports settles a war ("..., ending 30 years of war", "पिछले साल के युद्ध के
    बाद रिश्ते सामान्य बनाने ..."): a settlement between former belligerents, no pact event of casus's kind."""
    return ("war" in low[sent.start:sent.end] or "बाद" in low[sent.start:sent.end]) and \
        _SETTLEMENT.search(low, sent.start, sent.end) is not None
