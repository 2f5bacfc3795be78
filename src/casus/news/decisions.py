"""A step to come that a sentence reports: announced, a decision to leave, or no event.

A future step is an event only as what a state announces (:func:`casus.news.clauses.announced_future`: "will conclude
a treaty", "announced that it has decided to accede" are the pact announced).  One kind of future is a step of its
own: a state's decision to leave a pact, told as decided or said ("decided on Thursday to terminate its defence
treaty", "said it will terminate its defence treaty", "announced that it would withdraw from the treaty") is its
withdrawal on the day of the decision, as the labelled sets count it; a threat, a plan, a condition ("threatened to
withdraw", "could quit", "will withdraw if ...") or a bare future with no decision or statement before it stays no
event (or, with an announcing verb, the announcement it was).  (A step of
:meth:`casus.news.extract._Reader._event_trigger`.)
"""

from __future__ import annotations

import re
from typing import Any

from .clauses import announced_future, pact_agreed

__all__ = ["future_step"]

#: what makes a future withdrawal a decision told: "decided to", "said (Thursday) (that) it will", "announced that
#: the country would"
_DECIDED = re.compile(
    r"(?<![a-z])(?:decided|resolved)\s(?:[a-z]+\s){0,3}?to\s(?:formally\s)?$"
    r"|(?<![a-z])(?:said|announced|declared|confirmed|stated|told\s[a-z]+)\s(?:[a-z]+\s){0,3}?(?:that\s)?"
    r"(?:it|they|the\scountry|the\sgovernment|[a-z]+)\s(?:will|would|is\sto|was\sto)\s(?:formally\s)?$")
#: a threat, a plan or a wish, not a decision ("threatened to", "might", "is considering")
_NOT_DECIDED = re.compile(r"(?<![a-z])(?:threat\w*|warn\w*|could|might|may|consider\w*|plans?|wants?|hopes?|"
                          r"seeks?|if|unless)(?![a-z])")
#: a condition after the step ("... if Tokyo does not lift the curbs")
_CONDITION_AFTER = re.compile(r"(?<![a-z])(?:if|unless|should|once|provided)(?![a-z])")


def future_step(low: str, sent: Any, h: Any, etype: str, verbs: list) -> tuple[str, str] | None:
    """The type and tense of future trigger ``h`` (of type ``etype``) in ``sent``: a decision to leave a pact is the
    withdrawal ("past": the day of the decision), an announced step the announcement ("future"), else None."""
    if etype == "withdrew" and _decision(low, sent, h):
        return "withdrew", "past"
    if announced_future(etype, h.key, verbs, pact_agreed(low, sent.end)):
        return "announced", "future"
    return None


def _decision(low: str, sent: Any, h: Any) -> bool:
    start = max(sent.start, h.start - 90)
    m = _DECIDED.search(low, start, h.start)
    return m is not None and not _NOT_DECIDED.search(low, start, h.start) \
        and not _CONDITION_AFTER.search(low, h.end, sent.end)
