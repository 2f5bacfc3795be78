"""What happened after ATOP 5.1's last day (2018-12-31) to the alliances it records in force.

``data/atop_after_2018/*.yaml`` holds, for every ATOP alliance in force on
2018-12-31 with a defence, offence or neutrality obligation, what casus found
since — members that left, were suspended or joined, ends, renewals — each with
its sources, or "no later change found" with the day it was checked and what was
searched.  :func:`apply_after_2018` writes the events into the ATOP treaties
(hand-encoded treaty files that replace an ATOP record keep their own account):

* ``member_left`` / ``ended`` (confirmed): the membership ends that day;
  unconfirmed: a *possibly ended* participation from that day, so the duty is
  conditional and the answer names it;
* ``member_suspended``: a *suspended* participation (to ``until``, if lifted);
* ``member_joined``: a new membership from that day (unconfirmed: its entry is
  unconfirmed), with the duties ATOP codes for the member's own earlier spell,
  or else for the alliance's other members — casus's extension, said on the clause;
* ``denounced`` (notice given), ``renewed``, ``amended``, ``replaced``,
  ``other``: recorded and shown, memberships unchanged.

Every treaty keeps the record (:class:`casus.model.treaty.AfterAtop`), which
answers cite instead of the generic "no later change is recorded" note.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from importlib import resources

from ..model.dates import Bound, Span
from ..model.treaty import AfterAtop, AfterEvent, Clause, Membership, PartyStatus, Source, Treaty
from ..yamlfiles import load_yaml

__all__ = ["read_after_2018", "apply_after_2018", "EVENT_KINDS"]

_DATA = "casus.data.atop_after_2018"
EVENT_KINDS = ("ended", "denounced", "member_left", "member_suspended", "member_joined", "renewed", "replaced",
               "amended", "other")
OUTCOMES = ("changed", "no_change_found", "covered_by_treaty_file")


def _source(atopid: int, i: int, j: int, s: dict) -> Source:
    title = s.get("title") or "untitled"
    parts = [title] + [x for x in (s.get("publisher"), s.get("date")) if x]
    return Source(id=f"after2018-{atopid}-{i}-{j}", title=", ".join(str(p) for p in parts), url=s.get("url"),
                  note="researched for casus, 2026-11-28 (data/atop_after_2018)")


@functools.cache
def read_after_2018() -> dict[int, AfterAtop]:
    """Every record, by ATOP id (the files are checked: outcome and event kinds from the vocabulary,
    dates parseable, every event sourced)."""
    out: dict[int, AfterAtop] = {}
    folder = resources.files(_DATA)
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        for rec in load_yaml(entry.read_text(encoding="utf-8")) or []:
            atopid = int(rec["atopid"])
            where = f"{entry.name}, ATOP {atopid}"
            if rec["outcome"] not in OUTCOMES:
                raise ValueError(f"{where}: outcome {rec['outcome']!r} is not one of {', '.join(OUTCOMES)}")
            events = []
            for i, e in enumerate(rec.get("events") or ()):
                if e["kind"] not in EVENT_KINDS:
                    raise ValueError(f"{where}: event kind {e['kind']!r} is not one of {', '.join(EVENT_KINDS)}")
                sources = tuple(_source(atopid, i, j, s) for j, s in enumerate(e.get("sources") or ()))
                if not sources:
                    raise ValueError(f"{where}: event {i} ({e['kind']}) has no source")
                until = Bound.parse(str(e["until"])) if e.get("until") else None
                events.append(AfterEvent(day=Bound.parse(str(e["date"])), kind=e["kind"],
                                         members=tuple(int(m) for m in e.get("members") or ()),
                                         confirmed=bool(e.get("confirmed", True)), text=e["text"],
                                         sources=sources, until=until))
            out[atopid] = AfterAtop(outcome=rec["outcome"], checked=str(rec["checked"]),
                                    checked_where=rec.get("checked_where") or "", events=tuple(events),
                                    name=rec.get("name"), note=rec.get("note") or None)
    return out


def _end(m: Membership, e: AfterEvent) -> Membership:
    if m.end is not None and m.end.latest <= e.day.earliest:
        return m  # already over
    if e.confirmed:
        return replace(m, end=e.day, end_note=e.text, sources=m.sources + tuple(s.id for s in e.sources))
    status = PartyStatus("possibly_ended", e.day, None, e.text, tuple(s.id for s in e.sources))
    return replace(m, statuses=m.statuses + (status,))


def _suspend(m: Membership, e: AfterEvent) -> Membership:
    if m.end is not None and m.end.latest <= e.day.earliest:
        return m
    status = PartyStatus("suspended", e.day, e.until, e.text, tuple(s.id for s in e.sources))
    return replace(m, statuses=m.statuses + (status,))


def _joined_clauses(t: Treaty, ccode: int, e: AfterEvent) -> list[Clause]:
    """The duties of a member that joined after 2018: those ATOP codes for its own last spell, else
    those of the alliance's members in its last phase (one member's set)."""
    def latest(cs: list[Clause]) -> list[Clause]:
        top = max((c.phase or 0) for c in cs)
        return [c for c in cs if (c.phase or 0) == top]

    own = [c for c in t.clauses if c.obligors == (ccode,)]
    if own:
        model, how = latest(own), "as ATOP codes its earlier membership"
    else:
        others = latest([c for c in t.clauses if c.obligors is not None and len(c.obligors) == 1])
        first = others[0].obligors if others else None
        model, how = [c for c in others if c.obligors == first], "as ATOP codes the other members' duties"
    note = f"casus: member again or anew from {e.day} ({e.text[:160]}); duties {how}"
    return [replace(c, id=f"{c.id}-after2018-{ccode}", obligors=(ccode,), window=Span(e.day, None), atop_member=None,
                    note=note) for c in model]


def _apply(t: Treaty, rec: AfterAtop) -> Treaty:
    memberships = list(t.memberships)
    clauses = list(t.clauses)
    for e in rec.events:
        if e.kind in ("member_left", "ended", "member_suspended"):
            change = _suspend if e.kind == "member_suspended" else _end
            memberships = [change(m, e) if (not e.members or m.ccode in e.members) else m for m in memberships]
        elif e.kind == "member_joined":
            for c in e.members:
                if any(m.ccode == c and m.end is None for m in memberships):
                    continue  # already a member on ATOP's last day
                memberships.append(Membership(ccode=c, signed=e.day, in_force=None, in_force_confirmed=e.confirmed,
                                              sources=tuple(s.id for s in e.sources), notes=(e.text,)))
                clauses += _joined_clauses(t, c, e)
    sources = t.sources + tuple(s for e in rec.events for s in e.sources)
    return replace(t, memberships=tuple(memberships), clauses=tuple(clauses), sources=sources, after_atop=rec)


def apply_after_2018(treaties: dict[str, Treaty], records: dict[int, AfterAtop] | None = None) -> dict[str, Treaty]:
    """The ATOP treaties with what happened after 2018 written in (see the module docstring)."""
    records = read_after_2018() if records is None else records
    out = dict(treaties)
    for tid, t in treaties.items():
        if t.origin == "atop" and t.atopid in records:
            out[tid] = _apply(t, records[t.atopid])
    return out
