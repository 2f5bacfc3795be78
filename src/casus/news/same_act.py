"""Two candidates of one act: an announcement of the pact the article reports signed ("सोवियत संघ और मिस्र ने ... संधि
पर हस्ताक्षर कर दिए। ... बातचीत के अंत में इस समझौते की घोषणा की गई", "The two leaders signed the treaty. It was announced
after three days of talks") is that signing, not an event of its own, when it is undated or dated on or after the
signing's day (an announcement days before a signing stays its own event); an announcement in the sentence of an
invocation ("मिस्र और सूडान ने ... रक्षा समझौते को सक्रिय करने की घोषणा की": the pact activated) is that invocation.  (A
step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

from typing import Any

__all__ = ["announced_signings"]


def announced_signings(cands: list) -> list:
    """``cands`` without the announcements of a signing or an invocation they report (see the module docstring)."""
    invoked = {c.sentence.i for c in cands if c.type == "invoked"}
    if invoked:
        cands = [c for c in cands if not (c.type == "announced" and c.sentence.i in invoked)]
    signed = [c for c in cands if c.type == "signed" and c.parties]
    if not signed:
        return cands
    return [c for c in cands if not (c.type == "announced" and _of_signing(c, signed))]


def _of_signing(c: Any, signed: list) -> bool:
    return bool(c.parties) and any(set(c.parties) <= set(s.parties) and (
        c.date is None or (s.date is not None and len(s.date) == len(c.date) and c.date >= s.date)) for s in signed)
