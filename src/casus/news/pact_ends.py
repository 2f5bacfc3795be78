"""A pact that ends of itself, told with words between the pact and its verb: "the 1950 treaty ... शुक्रवार, 11 अप्रैल
को अपनी तीस साल की अवधि पूरी होने के साथ ही खत्म हो गई", "the treaty, signed in Moscow in 1950, expired on Friday".
The adjacent forms ("संधि खत्म हो गई", "the treaty expired") are triggers of the lexicon
(:data:`casus.news.lexicon12.PACT_ENDINGS`); this step reads the pact as the verb's subject across a time phrase, a
clause of its term or an apposition, and gives the sentence the same trigger, so that its parties are read as those
triggers' are (the states named with the pact).  The pact must stand as the subject: in Hindi with no postposition
after it ("संधि के तहत ... खत्म हो गए" ends something else), with no finite verb or conjunction between it and the
verb ("समझौता हुआ और युद्ध खत्म हो गया" ends a war); in English as the head of the clause, with an apposition between
commas or a time phrase only.  (A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import re
from typing import Any

from .cues import hindi_sentence
from .index import Hit
from .text import fold_phrase

__all__ = ["pacts_ended"]

_HI_NOUN = r"(?:संधि|समझौता|करार|गठबंधन)"
#: "<pact> <up to 14 words, no finite verb, conjunction or postposition right after the pact> खत्म हो गई"
_HI = re.compile(
    rf"(?<![\u0900-\u0963\u0966-\u097f])(?P<n>{_HI_NOUN})(?P<gap>[,']?\s(?!(?:की|के|का|को|में|पर|से|ने|और|तथा|या)"
    r"(?![\u0900-\u0963\u0966-\u097f]))[^\s।,]+(?:,?\s[^\s।,]+){0,13}?)\s"
    r"(?P<v>(?:खत्म|समाप्त)\s(?:हो\sगई|हो\sगयी|हो\sगया))(?![\u0900-\u0963\u0966-\u097f])")
#: ... the finite verbs and conjunctions that make the words between another clause
_HI_CLAUSE = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:और|तथा|लेकिन|जबकि|हुआ|हुई|हुए|किया|किए|गया|गई|गए|है|हैं|"
                        r"था|थी|थे|जो|जिसे|जिसने)(?![\u0900-\u0963\u0966-\u097f])")
#: "the treaty, signed in Moscow in 1950, expired", "the alliance treaty on Friday formally came to an end"
_EN = re.compile(r"(?<![a-z])(?P<n>treaty|alliance|pact|agreement|accord)(?P<gap>,\s[^,.;:]{3,80},|\s(?:on|last|this)\s"
                 r"[a-z]+(?:\s\d{1,2})?)\s(?:formally\s|officially\s|finally\s)?"
                 r"(?P<v>expired|lapsed|came\sto\san\send|ran\sout|ceased\sto\sbe\sin\sforce)(?![a-z])")
#: the trigger each verb stands for (a key of the lexicon's pact endings)
_KEYS = {"खत्म": "संधि खत्म हो गई", "समाप्त": "संधि समाप्त हो गई"}
_GATE = ("खत्म हो ग", "समाप्त हो ग", "expired", "lapsed", "came to an end", "ran out", "ceased to be in force")


def pacts_ended(r: Any, sentences: list, cands: list) -> list:
    """``cands`` and, for each sentence that tells it, the end of a pact told with words between it and its verb (see
    the module docstring), in place of what the words between read ("the treaty, concluded for thirty years, lapsed":
    the participle is no signing)."""
    out = list(cands)
    for sent in sentences:
        if not any(g in r.low[sent.start:sent.end] for g in _GATE):
            continue
        found = _ended(r, sent)
        if found is None:
            continue
        c, (lo, hi) = found
        mine = [k for k, d in enumerate(out) if d.sentence.i == sent.i]
        if all(lo <= out[k].trigger.start and out[k].trigger.end <= hi for k in mine):
            out = [d for k, d in enumerate(out) if k not in mine] + [c]
    return out


def _ended(r: Any, sent: Any) -> tuple[Any, tuple[int, int]] | None:
    """The end of a pact the sentence tells, and the span of the words between the pact and its verb; None if none."""
    low = r.low
    hindi = hindi_sentence(low, sent.start, sent.end)
    m = (_HI if hindi else _EN).search(low, sent.start, sent.end)
    if m is None or (hindi and _HI_CLAUSE.search(m.group("gap"))):
        return None
    verb = m.group("v")
    key = _KEYS[verb.split()[0]] if hindi else f"treaty {verb}"
    h = Hit(m.start(), m.end(), "T", ("withdrew", "past"), "", fold_phrase(key))
    c = r._build(sent, "withdrew", h, "past")
    return (c, m.span("gap")) if c is not None and c.parties else None
