"""Treaties of the participants that do not hold on the scenario's date, and instruments of the
targets that oblige no one to defend them: said beside the findings, with the reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ..model.dates import Tri
from ..model.findings import Inactive, Scenario, TreatyRef
from ..model.reasons import Reason, StateRef, Text, Word
from ..model.treaty import Treaty

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["inactive_treaties", "no_defence_instruments", "why_inactive", "host_not_engaged"]


def why_inactive(t: Treaty, p: int, d: date, basis: str) -> tuple[str, Reason, tuple[tuple[str, str], ...]] | None:
    """Why ``p``'s membership of ``t`` does not hold on ``d`` (None: it holds, or long ended)."""
    ms = t.memberships_of.get(p, ())
    if any(m.holds(d, basis) is not Tri.NO for m in ms):
        return None
    for m in ms:
        # (a membership whose entry into force is unconfirmed holds, conditionally, from signature)
        if m.signed is not None and m.signed.earliest <= d and (m.end is None or d < m.end.earliest):
            if m.in_force is not None and d < m.in_force.earliest:
                return ("not_yet_in_force", Reason.of("not_yet_in_force", signed=str(m.signed),
                                                      in_force=str(m.in_force)),
                        (("signed", str(m.signed)), ("in_force", str(m.in_force))))
        if m.end is not None and d >= m.end.earliest and t.replaced_by:
            return ("replaced", Reason.of("replaced", ended=str(m.end), replaced_by=t.replaced_by),
                    (("ended", str(m.end)), ("replaced_by", t.replaced_by)))
        if m.end is not None and d >= m.end.earliest and (d - m.end.latest).days <= 366:
            return ("ended", Reason.of("ended", ended=str(m.end)), (("ended", str(m.end)),))
    return None


def _ref(t: Treaty) -> TreatyRef:
    return TreatyRef(t.id, t.name, None, t.atopid, t.name if t.origin == "atop" else t.short_name)


def inactive_treaties(corpus: Corpus, sc: Scenario,
                      holds: Callable[[Treaty, int], bool] | None = None) -> list[Inactive]:
    """Treaties of the attackers and targets that do not hold on the date, and why (``holds``: a
    caller's quick answer to "does ``p``'s membership of ``t`` hold?", to skip those)."""
    out: list[Inactive] = []
    seen: set[str] = set()
    parts = list(sc.attackers) + list(sc.targets)
    for p in parts:
        for t in corpus.treaties_of(p):
            if t.id in seen or (holds is not None and holds(t, p)):
                continue
            found = why_inactive(t, p, sc.date, sc.basis)
            if found:
                seen.add(t.id)
                why, reason, dates = found
                holders = tuple(x for x in parts if x in t.parties)
                out.append(Inactive(_ref(t), holders, reason, why, dates))
    return out


def host_not_engaged(corpus: Corpus, sc: Scenario) -> list[Inactive]:
    """Defence pacts of the state on whose land the scenario's place lies without being its territory
    (the UK's Sovereign Base Areas on Cyprus): an attack there is not an attack on that state, so
    its pacts are not engaged — said, so that a reader need not wonder."""
    place = sc.where
    if place is None or place.host is None or place.host in sc.targets or place.host in sc.attackers:
        return []
    host = place.host
    out: list[Inactive] = []
    for t in corpus.treaties_of(host):
        if not any(c.kind == "defense" for c in t.clauses):
            continue
        if all(m.holds(sc.date, sc.basis) is Tri.NO for m in t.memberships_of.get(host, ())):
            continue
        reason = Reason.of("place_not_host_territory", place=place.named(),
                           host=StateRef(host, corpus.state_label(host)),
                           treaty=Text(t.short_name if t.origin != "atop" else t.name))
        out.append(Inactive(_ref(t), (host,), reason, "not_engaged", ()))
    return out


def no_defence_instruments(corpus: Corpus, sc: Scenario) -> list[Inactive]:
    """Hand-encoded instruments of the targets that hold on the date but oblige no one to defend them."""
    out: list[Inactive] = []
    d = sc.date
    for p in sc.targets:
        for t in corpus.treaties_of(p):
            if t.origin == "atop" or any(c.kind == "defense" for c in t.clauses):
                continue
            mine = t.memberships_of.get(p, ())
            if all(m.holds(d, sc.basis) is Tri.NO for m in mine) and not any(
                    m.signed and m.signed.earliest <= d for m in mine):
                continue
            kind = t.kind or ("consultation" if any(c.kind == "consultation" for c in t.clauses) else "none")
            reason = (Reason.of("instrument_note", text=Text(t.kind_note)) if t.kind_note
                      else Reason.of("no_defence_clause", kind=Word(kind)))
            ref = TreatyRef(t.id, t.name, None, t.atopid, t.short_name)
            parties = tuple(x for x in (*sc.attackers, *sc.targets) if x in t.parties)
            out.append(Inactive(ref, parties, reason, kind, ()))
    return out
