"""A pact that enters into force on its signature: the signing and the entry into force are two events of one day.

An article may report a signing and say, in the same sentence or a later one, that the pact took effect the moment it
was signed ("which entered into force upon signature", "the agreement took effect the moment it was signed", "हस्ताक्षर
के साथ ही लागू हो गया").  Annotators list both steps, each on the day of the signing; the reader's sentences give one of
them, or the entry into force with no day.  :func:`in_force_on_signature` completes the pair:

* a signing with a day and no entry into force of the same states: the entry into force, on the signing's day;
* an entry into force of the same states with no day: the signing's day;
* an entry into force the sentence also calls a signing ("signed an agreement, which entered into force upon
  signature"), with no signing of those states: the signing, on the entry into force's day.

The sentence that says so is the pair's evidence.  Nothing is added where the sentence does not follow the signing it
speaks of (a later sentence on another pact is tied to the signing nearest before it, within a few sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .events import Event, Evidence

__all__ = ["ON_SIGNATURE", "in_force_on_signature"]

_EN_STEP = r"(?:enter(?:ed|s)?|c(?:o|a)me|comes|w(?:e|a)nt|goes)\sinto\s(?:force|effect)|t(?:oo|a)k(?:es)?\seffect" \
           r"|became\seffective|becomes\seffective|(?:is|was|are|were)\s(?:in\sforce|effective)"
#: the pact in force from its signature
ON_SIGNATURE = re.compile(
    rf"(?<![a-z])(?:{_EN_STEP})\s(?:at\sonce\s|immediately\s)?(?:(?:up)?on|from|with|at)\s"
    r"(?:the\s(?:date|day|moment)\sof\s)?(?:its\s)?"
    r"(?:signature|signing)(?![a-z])"
    rf"|(?<![a-z])(?:{_EN_STEP})\s(?:the\s(?:moment|day|instant)|as\ssoon\sas|once|when)\s(?:it|they)\s(?:was|were)\s"
    r"signed(?![a-z])"
    r"|(?<![a-z])(?:in\sforce|effective)\s(?:(?:up)?on|from)\s(?:the\s(?:date|day|moment)\sof\s)?(?:its\s)?"
    r"(?:signature|signing)(?![a-z])"
    r"|(?<!\S)(?:हस्ताक्षर|दस्तखत)\s(?:के\sसाथ\s(?:ही\s)?|होते\sही\s(?:उसी\sदिन\sसे\s)?|के\sदिन\sसे\s(?:ही\s)?"
    r"|की\s(?:तारीख|तिथि)\sसे\s(?:ही\s)?)(?:[^\s।]+\s){0,3}?(?:लागू|प्रभावी)(?!\S)")
#: a signing said in the sentence ("signed an agreement, which entered into force upon signature")
_SIGNED = re.compile(r"(?<![a-z])(?:signed|inked)(?![a-z])|हस्ताक्षर\s(?:किए|किये|किया)|दस्तखत\s(?:किए|किये|किया)")
#: what every :data:`ON_SIGNATURE` phrasing holds: a sentence without it is not searched
_SIGN_WORDS = re.compile("sign|हस्ताक्षर|दस्तखत")
#: how many sentences after a signing's the sentence that puts it in force may stand ("the treaty's last article says
#: it takes effect on the day of signing", a few paragraphs on)
_NEAR = 6


def _key(ev: Event) -> tuple[str, ...]:
    return ev.parties


def in_force_on_signature(low: str, spans: list[tuple[int, int]], to_text: Callable[[int, int], tuple[int, int]],
                          text: str, events: list[Event], marks: tuple[set[int], ...] = ()) -> list[Event]:
    """``events`` with the pairs of a pact in force on its signature completed (see the module docstring); ``low``:
    the folded text, ``spans`` its sentences, ``to_text`` maps a folded span to the text's, ``text`` the text;
    ``marks``: the reader's sets of events' ids (unconfirmed, of cooperation) that an event made from another joins
    where its source is in them."""

    def made(new: Event, source: Event) -> None:
        for ids in marks:
            if id(source) in ids:
                ids.add(id(new))

    if not events or ("sign" not in low and "हस्ताक्षर" not in low and "दस्तखत" not in low):
        return events
    found = [(i, a, b) for i, (a, b) in enumerate(spans)
             if _SIGN_WORDS.search(low, a, b) and ON_SIGNATURE.search(low, a, b)]
    if not found:
        return events
    starts = [[e.start for e in ev.evidence if e.role == "event"] for ev in events]
    out = list(events)
    for i, a, b in found:
        s, e = to_text(a, b)
        here = Evidence(text[s:e], s, e, "event")
        signed = _signing_before(events, starts, to_text(*spans[max(0, i - _NEAR)])[0], s)
        if signed is not None:
            _complete_from_signing(out, signed, here, made)
        elif _SIGNED.search(low, a, b):
            _complete_from_entry(out, events, starts, s, e, here, made)
    return out


def _signing_before(events: list[Event], starts: list[list[int]], near: int, s: int) -> Event | None:
    """The dated signing reported nearest before the text offset ``s`` (one of its sentences at or before it), and
    not before the text offset ``near`` (:data:`_NEAR` sentences back)."""
    best = None
    for ev, own in zip(events, starts, strict=True):
        last = max((x for x in own if near <= x <= s), default=None)
        if ev.type == "signed" and ev.date is not None and last is not None and (best is None or last > best[1]):
            best = (ev, last)
    return best[0] if best is not None else None


def _complete_from_signing(out: list[Event], signed: Event, here: Evidence,
                           made: Callable[[Event, Event], None]) -> None:
    entry = next((ev for ev in out if ev.type == "entered_into_force" and _key(ev) == _key(signed)), None)
    if entry is None:
        new = replace(signed, type="entered_into_force", date_basis=f"in force on its signature: {signed.date_basis}",
                      evidence=[*signed.evidence, here], match=None)
        made(new, signed)
        out.insert(out.index(signed) + 1, new)
    elif entry.date is None:
        entry.date, entry.date_basis = signed.date, f"in force on its signature: {signed.date_basis}"


def _complete_from_entry(out: list[Event], events: list[Event], starts: list[list[int]], s: int, e: int,
                         here: Evidence, made: Callable[[Event, Event], None]) -> None:
    entry = next((ev for ev, own in zip(events, starts, strict=True)
                  if ev.type == "entered_into_force" and any(s <= x < e for x in own)), None)
    if entry is None or any(ev.type == "signed" and _key(ev) == _key(entry) for ev in out):
        return
    new = replace(entry, type="signed", date_basis=f"signed the day it entered into force: {entry.date_basis}",
                  evidence=[here], match=None)
    made(new, entry)
    out.insert(out.index(entry), new)
