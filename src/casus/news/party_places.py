"""States a clause names that are no parties of its event: the sides of a war named between them ("the war between
Russia and Turkey", "रूस और तुर्की के बीच छिड़े युद्ध"), and the state of a city where something happened ("सूडान की राजधानी
ख़ार्तूम में", "the capital of Sudan") where another state is named (read by :mod:`casus.news.parties`); and a pact's
members named all together, who stand for its states ("the three member states", "तीनों देशों ने")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["capital_place", "not_belligerents", "all_members_named"]


#: A state named for the city where something happened: "सूडान की राजधानी ख़ार्तूम में", "मेक्सिको के बंदरगाह शहर
#: वेराक्रूज़", "the Sudanese capital, Khartoum", "Sudan's capital", "the capital of Sudan"; or for its island, city or
#: province named before the place's noun: "यूनान के रोड्स द्वीप पर", "फ्रांस के ब्रेस्ट शहर में"
_CAPITAL_AFTER = re.compile(r"\s?(?:(?:की|के)\s(?:राजधानी|बंदरगाह(?:\sशहर)?|शहर)(?![\u0900-\u0963\u0966-\u097f])"
                            r"|के\s(?:[^\s।,]+\s){1,2}?(?:द्वीप|शहर|नगर|बंदरगाह|प्रांत)\s(?:में|पर)"
                            r"(?![\u0900-\u0963\u0966-\u097f])"
                            r"|(?:'s)?\s(?:capital|port\scity|port\sof)(?![a-z]))")
_CAPITAL_BEFORE = re.compile(r"(?<![a-z])(?:capital|port\scity|port)\s(?:city\s)?of\s(?:the\s)?$")


def capital_place(low: str, h: Hit) -> bool:
    """Whether state hit ``h`` names the state of a city where something happened (see :data:`_CAPITAL_AFTER`): a
    place, a party only where no other state is named."""
    return _CAPITAL_AFTER.match(low, h.end) is not None or \
        _CAPITAL_BEFORE.search(low, max(0, h.start - 24), h.start) is not None


#: A war between states, the background of an event: "in the shadow of the war between Russia and Turkey, ...",
#: "रूस और तुर्की के बीच छिड़े युद्ध के साये में ..." (folded: no nukta)
_WAR_BETWEEN_EN = re.compile(r"(?<![a-z])(?:war|conflict|fighting|hostilities)\s(?:between|among)\s[^,;.]*")
_WAR_BETWEEN_HI = re.compile(r"के\sबीच\s(?:(?:छिडे|छिडी|छिडा|चल\sरहे|चल\sरही|चले|हुए|हुई|हुआ)\s)?(?:युद्ध|जंग|लडाई|संघर्ष)")


def not_belligerents(low: str, ph: list) -> list:
    """``ph`` without the states of a war named between them ("the war between Russia and Turkey", "रूस और तुर्की के
    बीच छिड़े युद्ध"), if any other is left: the war's sides, not the event's parties."""
    if len(ph) < 2 or not ("between" in low or "बीच" in low):
        return ph
    lo, hi = ph[0][0].start, ph[-1][0].end
    spans = [m.span() for m in _WAR_BETWEEN_EN.finditer(low, max(0, lo - 40), hi)]
    spans += [(max(0, m.start() - 60), m.start()) for m in _WAR_BETWEEN_HI.finditer(low, lo, hi + 40)]
    out = [(x, c) for x, c in ph if not any(a <= x.start and x.end <= b and "ने " not in low[x.end:b]
                                            for a, b in spans)]
    return out if out else ph


#: a pact's members, all of them, as the doers of a step: "the three states", "its member states", "तीनों देशों ने",
#: "सभी सदस्य देशों ने"
_ALL_MEMBERS = re.compile(r"(?<![a-z])(?:the|its|all)\s(?:three|four|five|six|member)\s(?:member\s)?"
                          r"(?:states|countries|nations|leaders|heads\sof\sstate)(?![a-z])"
                          r"|(?<!\S)(?:तीनों|चारों|पांचों|पाँचों|छहों|सभी\sसदस्य|सदस्य)\s(?:देशों|राष्ट्रों|नेताओं|राष्ट्राध्यक्षों)(?!\S)")


def all_members_named(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` names a pact's members all together as the doers of its step ("the three member
    states signed", "तीनों देशों ने ... हस्ताक्षर किए"): its members that day are the parties."""
    return _ALL_MEMBERS.search(low, start, end) is not None
