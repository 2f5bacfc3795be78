"""Which of a sentence's event verbs tells its event, by tense (read by
:meth:`casus.news.extract._Reader._event_trigger`).

A verb in the pluperfect beside one that is not tells what came before the sentence's event: "संधि जुलाई 1929 में लागू
हो चुकी थी, और 3 अगस्त को यूनान ने ... दस्तावेज़ जमा कराया" reports Greece's joining, not the pact's entry into force
(:func:`past_over_pluperfect`).  A pluperfect with a day of the week after it is the news, backshifted
(:func:`recent_pluperfect`); a Hindi past followed by the auxiliary of a passive future is a future
(:func:`hindi_future_after`).  Where the clauses of time put a verb before the main one, see
:func:`casus.news.clauses.main_clause_first`.
"""

from __future__ import annotations

import re

from .cues import _W1, _is_dev
from .text import word_end

__all__ = ["past_over_pluperfect", "recent_pluperfect", "hindi_future_after"]

#: a pluperfect right after a Hindi verb ("लागू हो चुकी थी") or "had" right before an English one ("had entered into
#: force")
_HI_PLUPERFECT = re.compile(rf"\s?(?:था|थे|थी|थीं){_W1}")
_EN_HAD = re.compile(r"(?<![a-z])had\s(?:already\s|just\s|been\s)?$")


def past_over_pluperfect(low: str, verbs: list) -> list:
    """``verbs`` (``(trigger, tense)``) without those in the pluperfect when a verb beside them is not: the pluperfect
    tells what came before the sentence's event ("संधि जुलाई में लागू हो चुकी थी, और 3 अगस्त को यूनान ने ... दस्तावेज़
    जमा कराया": Greece's joining, not the pact's entry into force)."""
    if len(verbs) < 2:
        return verbs

    def pluperfect(h) -> bool:
        if _is_dev(h.key):
            return _HI_PLUPERFECT.match(low, h.end, word_end(low, h.end + 6)) is not None
        return _EN_HAD.search(low[max(0, h.start - 20):h.start]) is not None

    kept = [v for v in verbs if not pluperfect(v[0])]
    return kept or verbs


#: a verb of saying in the past and "that" before the trigger ("said today that ... had signed")
_REPORTED_THAT = re.compile(r"(?<![a-z])(?:said|announced|reported|confirmed|disclosed|stated|revealed)\s"
                            r"(?:[a-z]+\s){0,3}?that\s[^.;:]{0,90}$")
#: ... and a recent day after it ("had signed an agreement in Brussels yesterday", "had ratified it on Monday")
_RECENT_DAY_AFTER = re.compile(r"[^.;:]{0,70}?(?<![a-z])(?:yesterday|today|tonight|last\snight|this\s(?:morning|week)|"
                               r"on\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])")


def recent_pluperfect(low: str, h, s0: int, s1: int) -> bool:
    """Whether English trigger ``h`` (in a sentence ``[s0, s1)``) is in the pluperfect with a recent day: the news told
    after "said that", backshifted, or a step of the week told before the one the story reports ("Israel's parliament
    had approved the text on Wednesday"), not an earlier event."""
    if _EN_HAD.search(low[max(s0, h.start - 20):h.start]) is None or _RECENT_DAY_AFTER.match(low, h.end, s1) is None:
        return False
    # (a step of a pact told alone; an announcement so told may be of anything: "had announced on Sunday that he would
    # travel")
    return h.value[0] in _STEPS or _REPORTED_THAT.search(low, max(s0, h.start - 160), h.start) is not None


_STEPS = ("signed", "ratified", "entered_into_force", "joined", "withdrew", "suspended")


#: the auxiliary of a Hindi passive future right after a trigger that reads as a past ("कर दी जाएगी")
_HI_FUTURE_AUX = re.compile(r"\s?(?:जाएगी|जाएगा|जाएंगे|जाएँगे|जाएंगी|जायेगी|जायेगा|जायेंगे)(?![\u0900-\u0963\u0966-\u097f])")


def hindi_future_after(low: str, end: int) -> bool:
    """Whether a Hindi trigger ending at ``end`` that reads as a past is the first part of a passive future ("संधि ख़त्म
    कर दी जाएगी": it will be ended)."""
    return _HI_FUTURE_AUX.match(low, end) is not None
