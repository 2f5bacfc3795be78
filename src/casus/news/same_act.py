"""Two candidates of one act: an announcement of the pact the article reports signed ("सोवियत संघ और मिस्र ने ... संधि
पर हस्ताक्षर कर दिए। ... बातचीत के अंत में इस समझौते की घोषणा की गई", "The two leaders signed the treaty. It was announced
after three days of talks") is that signing, not an event of its own, when it is undated or dated on or after the
signing's day (an announcement days before a signing stays its own event); an announcement in the sentence of an
invocation ("मिस्र और सूडान ने ... रक्षा समझौते को सक्रिय करने की घोषणा की": the pact activated) is that invocation.  (A
step of :func:`casus.news.candidates.revised`.)

A cabinet's approval of a pact whose signing the article says is still to come ("PNG's cabinet approved the treaty; it
will be signed next month", "कैबिनेट ने ... संधि को दी मंजूरी, ऑस्ट्रेलिया के साथ हस्ताक्षर जल्द") is the pact agreed and
announced, not ratified (:func:`cabinet_approvals`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

__all__ = ["announced_signings", "cabinet_approvals"]

_CABINET = re.compile(r"(?<![a-z])cabinet(?![a-z])|कैबिनेट|मंत्रिमंडल|मंत्रिपरिषद")
#: the signing still to come: "will be signed", "to be signed next month", "हस्ताक्षर जल्द", "अगले महीने होंगे औपचारिक
#: हस्ताक्षर"
_SIGNING_TO_COME = re.compile(
    r"(?<![a-z])(?:(?:will|is\sto|are\sto|to)\sbe\s(?:formally\s)?signed|(?:will|would)\s(?:formally\s)?sign"
    r"|signing\s(?:is\s)?(?:expected|due|planned|set|scheduled))(?![a-z])"
    r"|हस्ताक्षर\s(?:जल्द|होंगे|किए\sजाएंगे|किए\sजाएँगे|किये\sजायेंगे|होने\sहैं)|होंगे\s(?:औपचारिक\s)?हस्ताक्षर")


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


def cabinet_approvals(r: Any, cands: list) -> list:
    """``cands`` with a cabinet's approval of a pact still to be signed read as the pact announced (see the module
    docstring)."""
    if not any(c.type == "ratified" for c in cands) or not _SIGNING_TO_COME.search(r.low):
        return cands
    return [replace(c, type="announced") if c.type == "ratified"
            and _CABINET.search(r.low, c.sentence.start, c.trigger.start) else c for c in cands]
