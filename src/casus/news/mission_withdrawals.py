"""A state's forces withdrawn from a military mission, coalition or operation, or its part in one ended: "Norway ended
its air mission over Libya", "Australia is ending its air strikes in Iraq and Syria", "Uganda has pulled its troops
out of South Sudan", "युगांडा ने दक्षिण सूडान से अपनी सेना वापस बुलानी शुरू की", "फ्रांस ने ... मिशन ख़त्म किया" report the
withdrawal, by the state that withdraws, from the arrangement its forces served under, though no pact noun is named (the
writers of the labelled sets code it so, of kind "none"). Only forces, a military mission, operation or campaign, or a
part in one count, and only a withdrawal said done or decided (not threatened, denied or conditional).
(A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .cues import added_per_sentence, search_by_script, undone_before
from .index import Hit

__all__ = ["forces_withdrawn", "withdrawals_from_missions"]

#: what a state ends: its air strikes, its air or combat mission, its part in a military operation
_EN_ENDED = (r"(?:air\s?strikes|air\s(?:mission|campaign|operations)|bombing\s(?:campaign|missions?)|"
             r"combat\s(?:mission|operations)|military\s(?:mission|operations?)|training\smission|"
             r"(?:participation|part)\sin\s(?:the\s)?(?:[a-z'-]+\s){0,4}?(?:coalition|operations?|mission|campaign))")
_EN = re.compile(
    rf"(?<![a-z])(?P<v>ended|ends|ending|halted|halts|stopped|stops|(?<=to\s)end|(?<=will\s)end|(?<=to\s)stop|"
    rf"(?<=will\s)stop|terminated)\s(?:its|their)\s"
    rf"(?:[a-z-]+\s){{0,3}}?{_EN_ENDED}(?![a-z])")
#: "... से अपनी सेना वापस बुलानी शुरू की", "... मिशन ख़त्म किया", "... अभियान से हटने का फैसला किया" (folded: no nukta)
_HI = re.compile(
    r"(?:सेना|सेनाएं|सैनिकों|सैनिक|फौज|टुकडी|टुकडियां|लडाकू\sविमान|लडाकू\sविमानों)\s(?:को\s)?वापस\s"
    r"(?P<v>बुला\sली|बुला\sलिए|बुला\sलीं|बुलाई|बुलाए|बुलानी\sशुरू\sकी|बुलाना\sशुरू\sकिया|बुलाने\sका\s(?:फैसला|निर्णय|ऐलान)\s"
    r"(?:किया|लिया))"
    r"|(?:सैन्य\s|हवाई\s|प्रशिक्षण\s)?(?:मिशन|अभियान|ऑपरेशन)\s(?:को\s)?(?P<v2>खत्म\sकिया|खत्म\sकर\sदिया|समाप्त\sकिया|"
    r"समाप्त\sकर\sदिया|बंद\sकिया|बंद\sकर\sदिया|खत्म\sकरने\sका\s(?:फैसला|निर्णय|ऐलान)\s(?:किया|लिया))"
    r"|(?:हवाई\sहमले|हवाई\sहमलों)\s(?:को\s)?(?P<v3>बंद\sकर\sदिए|रोक\sदिए|खत्म\sकर\sदिए)"
    r"|(?:मिशन|अभियान|ऑपरेशन|सैन्य\sगठबंधन|शांति\sसेना)\sसे\s(?P<v4>हटने|बाहर\sनिकलने)\sका\s(?:फैसला|निर्णय|ऐलान)\s"
    r"(?:किया|लिया)")
#: not done: denied, threatened, conditional ("has not withdrawn", "threatened to pull", "could end")
_NOT_DONE = undone_before(r"threat\w*|refused|declined|urged|asked", 3)
_GATE = ("ended", "ends", "ending", "halt", "end ", "terminated", "stop", "वापस", "खत्म", "समाप्त", "बंद",
         "हटने", "बाहर निकलने")
#: the English verbs in the present
_PRESENT = ("ends", "ending", "halts", "stops", "end", "stop")


def withdrawals_from_missions(r: Any, sentences: list, cands: list) -> list:
    """``cands`` and a withdrawal for each sentence without a candidate that reports a state's forces withdrawn from
    a military mission or its part in one ended."""
    return added_per_sentence(r, sentences, cands, _GATE, _withdrawal)


def _withdrawal(r: Any, sent: Any) -> Any:
    m = search_by_script(r.low, sent, _HI, _EN)
    if m is None:
        return None
    hindi = m.re is _HI
    if not hindi and _NOT_DONE.search(r.low, max(sent.start, m.start() - 40), m.start()):
        return None
    verb = m.lastgroup or "v"
    at, end = m.span(verb)
    tense = "present" if not hindi and m.group(verb) in _PRESENT else "past"
    h = Hit(at, end, "T", ("withdrew", tense), "", r.low[at:end])
    c = r._build(sent, "withdrew", h, tense)
    # (the forces' mission is what makes it a step of casus's kind)
    return replace(c, alliance=True) if c is not None and c.parties else None


def forces_withdrawn(low: str, sentences: list) -> bool:
    """Whether one of ``sentences`` reports a state's forces withdrawn from a military mission or its part in one
    ended (see the module docstring): a withdrawal of kind "none" where the article states none."""
    return any(search_by_script(low, s, _HI, _EN) is not None for s in sentences)
