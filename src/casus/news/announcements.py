"""What an announcement reports (read by :meth:`casus.news.extract._Reader._event_trigger`).

An announcement whose complement clause tells a past step ("the United States and Poland announced on 15 September
that their missile defence agreement had entered into force that day") reports that step; one whose sentence names
another event by a noun ("announced the signing of ...") reports that event; a notice of nothing the text names as a
pact event ("..., the ministry announced today.") reports none; otherwise it is an announcement of a step to come.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .clauses import trailing_report
from .lexicon import NOTICE_VERBS
from .text import fold_phrase, word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence

__all__ = ["announced_event", "what_announced"]

_NOTICES = frozenset(fold_phrase(v) for v in NOTICE_VERBS)
#: the types an announcement may tell in its complement clause
_TOLD_TYPES = ("entered_into_force", "ratified", "signed", "joined", "withdrew", "suspended")
_THAT = re.compile(r"\sthat\s|\sकि\s")


#: opposition announced, no pact: "that they would vote against (approval of) the treaty", "would oppose it", "कि वे
#: संधि के खिलाफ वोट देंगे", "विरोध करेंगे"
_OPPOSED = re.compile(r"(?<![a-z])(?:would|will|to|shall)\s(?:(?:all|also|not)\s)?(?:vote\sagainst|oppose|reject|block)"
                      r"(?![a-z])|(?:के\s(?:खिलाफ|विरोध\sमें)\s(?:वोट|मतदान)\s(?:देंगे|करेंगे|देगी|करेगी|देगा|करेगा)|"
                      r"का\sविरोध\s(?:करेंगे|करेगी|करेगा))(?![\u0900-\u0963\u0966-\u097f])")


def announced_event(low: str, h: Hit, triggers: list, s1: int) -> str | None:
    """The type of the past step an announcement ``h`` tells in its complement clause ("announced ... that their
    agreement had entered into force"); None when the complement tells none ("announced that it would withdraw")."""
    m = _THAT.search(low, h.end, min(s1, word_end(low, h.end + 80)))
    if m is None:
        return None
    told = [t for t in triggers if m.end() <= t.start < s1 and t.value[0] in _TOLD_TYPES and t.value[1] == "past"]
    return told[0].value[0] if told else None


def what_announced(low: str, sent: Sentence, h: Hit, nouns: list, verbs: list, triggers: list,
                   priority: Mapping[str, int]) -> tuple[str, Hit] | None:
    """(type, trigger) of what announcement ``h`` reports (see the module docstring), or None for a notice of nothing;
    ``nouns`` and ``verbs`` are the sentence's triggers read as nouns and verbs, ``priority`` the order of types."""
    told = announced_event(low, h, triggers, sent.end)
    if told is not None:
        return told, h
    if _OPPOSED.search(low, h.end, min(sent.end, word_end(low, h.end + 150))):
        return None  # "rose to announce that they would vote against approval of the treaty": opposition, no pact
    for nh, _ in sorted(nouns, key=lambda x: priority[x[0].value[0]]):
        if nh.value[0] != "announced" and nh.value[0] not in ("signed",):
            return nh.value[0], nh
    if fold_phrase(h.key) in _NOTICES or (len(verbs) == 1 and trailing_report(low, h, sent.start)):
        return None
    return "announced", h
