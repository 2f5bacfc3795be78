"""The one obligation expansion: clause × obligor × beneficiary × membership span.

Every path that asks "who owes whom what, when" starts here: the traced engine
(:mod:`casus.engine.evaluate`), the compiled engine (:mod:`casus.engine.compiled`),
the queries (allies, duties on a day, diff), the dyad-year tables and the
backtest.

An :class:`Obligation` is one clause of one treaty read from one obligor to
one beneficiary (a clause binding "every party" towards "every other party"
expands to every ordered pair of parties).  Whether it holds on a day is one
rule, :func:`state_on`: both must be members on that day on the chosen basis
(entry into force or signature), the clause's window (an ATOP phase, a
renewal) must cover it, and a frozen or suspended participation of either
leaves it open.  Each answer is YES, NO or UNKNOWN (a date known only to the
month); a frozen participation turns YES into UNKNOWN with its reason.

Bulk consumers need the same rule as intervals of days: :meth:`Obligation.segments`
evaluates :func:`state_on` once on each stretch between consecutive
*breakpoints* (every day on which one of the dates involved can change the
answer), so the intervals are exact by construction, whatever the shape of
the spans — several spells of membership, several frozen spells, month-only
days.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ..model.dates import Bound, Tri, tri_and
from ..model.treaty import Clause, Membership, PartyStatus, Treaty

__all__ = ["Obligation", "Segment", "State", "state_on", "participation_on", "expand", "ObligationIndex",
           "index_for", "FAR"]

#: An open end, as a day ordinal (after every real day).
FAR = date(9999, 12, 31).toordinal()


@dataclass(frozen=True)
class State:
    """How an obligation stands on one day."""

    tri: Tri  # YES: holds; UNKNOWN: may hold (month-only date, unconfirmed entry into force, frozen); NO
    month_only: bool = False  # a membership or window date known only to the month makes it uncertain
    statuses: tuple[tuple[int, PartyStatus], ...] = ()  # (party, its frozen/suspended status) on the day
    unconfirmed: tuple[Membership, ...] = ()  # memberships in force only if their entry into force is confirmed


NO_STATE = State(Tri.NO)
YES_STATE = State(Tri.YES)
MONTH_ONLY_STATE = State(Tri.UNKNOWN, month_only=True)


@dataclass(frozen=True)
class Segment:
    """A stretch of days ``[lo, hi)`` (ordinals) over which an obligation's state is constant."""

    lo: int
    hi: int
    state: State


def participation_on(t: Treaty, ccode: int, d: date, basis: str) -> PartyStatus | None:
    """A frozen or suspended participation of ``ccode`` in ``t`` on ``d`` (the member still a party)."""
    if not t.has_statuses:
        return None
    for m in t.memberships_of.get(ccode, ()):
        if m.statuses and m.holds(d, basis) is not Tri.NO:
            st = m.status_on(d)
            if st is not None:
                return st
    return None


def state_on(t: Treaty, clause: Clause, obligor: int, beneficiary: int, d: date, basis: str,
             otri: Tri | None = None, btri: Tri | None = None) -> State:
    """The rule: does ``clause`` of ``t`` bind ``obligor`` towards ``beneficiary`` on ``d``?

    ``otri`` / ``btri``: the two memberships on ``d``, if the caller already knows them
    (``t.membership_on(...)[0]``)."""
    if otri is None:
        otri = t.membership_on(obligor, d, basis)[0]
    if otri is Tri.NO:
        return NO_STATE
    if btri is None:
        btri = t.membership_on(beneficiary, d, basis)[0]
    if btri is Tri.NO:
        return NO_STATE
    window = clause.window
    if window is None and otri is Tri.YES and btri is Tri.YES and not t.has_statuses:
        return YES_STATE  # (the common case, without the general rule's work)
    wtri = window.contains(d) if window is not None else Tri.YES
    if wtri is Tri.NO:
        return NO_STATE
    tri = tri_and(otri, btri, wtri)
    unconfirmed: tuple[Membership, ...] = ()
    month_only = tri is Tri.UNKNOWN
    if tri is Tri.UNKNOWN and basis != "signed":
        used = [t.membership_on(c, d, basis)[1] for c in (obligor, beneficiary)]
        unconfirmed = tuple(m for m in used if m is not None and m.entry_unconfirmed)
        if unconfirmed:  # uncertain because of the entry into force, or (also) because of a date?
            month_only = wtri is Tri.UNKNOWN or any(
                m is not None and m.holds_by_dates(d, basis) is Tri.UNKNOWN for m in used)
    if not t.has_statuses and not unconfirmed:
        return YES_STATE if tri is Tri.YES else MONTH_ONLY_STATE
    statuses = tuple((who, st) for who in (obligor, beneficiary)
                     if (st := participation_on(t, who, d, basis)) is not None)
    return State(Tri.UNKNOWN if statuses else tri, month_only, statuses, unconfirmed)


def _bound_days(b: Bound | None) -> tuple[int, ...]:
    return () if b is None else (b.earliest.toordinal(), b.latest.toordinal())


def _membership_days(m: Membership, basis: str) -> Iterator[int]:
    start, _ = m.start(basis)
    yield from _bound_days(start)
    yield from _bound_days(m.end)
    for st in m.statuses:
        yield st.start.earliest.toordinal()
        if st.end is not None:
            yield st.end.latest.toordinal()


@dataclass(eq=False, slots=True)
class Obligation:
    """``clause`` of ``treaty`` read from ``obligor`` to ``beneficiary`` (compared by identity)."""

    treaty: Treaty
    clause: Clause
    obligor: int
    beneficiary: int
    _segments: dict[str, tuple[Segment, ...]] | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        return self.clause.kind

    def on(self, d: date, basis: str, otri: Tri | None = None, btri: Tri | None = None) -> State:
        """The state on ``d``: from the segments where they are built (bulk use), else by the rule
        itself (:func:`state_on`; ``otri``/``btri`` as there)."""
        segments = self._segments.get(basis) if self._segments is not None else None
        if segments is None:
            return state_on(self.treaty, self.clause, self.obligor, self.beneficiary, d, basis, otri, btri)
        x = d.toordinal()
        for seg in segments:
            if seg.lo <= x < seg.hi:
                return seg.state
        return NO_STATE

    def segments(self, basis: str) -> tuple[Segment, ...]:
        """The days on which the obligation may hold, as segments of constant state (NO left out)."""
        if self._segments is None:
            self._segments = {}
        hit = self._segments.get(basis)
        if hit is None:
            hit = self._segments[basis] = self._build(basis)
        return hit

    def _build(self, basis: str) -> tuple[Segment, ...]:
        t, c = self.treaty, self.clause
        days: set[int] = set()
        for who in (self.obligor, self.beneficiary):
            for m in t.memberships_of.get(who, ()):
                days.update(_membership_days(m, basis))
        if c.window is not None:
            days.update(_bound_days(c.window.start))
            days.update(_bound_days(c.window.end))
        points = sorted(x for x in days if x < FAR)
        out: list[Segment] = []
        for i, lo in enumerate(points):
            hi = points[i + 1] if i + 1 < len(points) else FAR
            st = state_on(t, c, self.obligor, self.beneficiary, date.fromordinal(lo), basis)
            if st.tri is Tri.NO:
                continue
            if out and out[-1].hi == lo and out[-1].state == st:
                out[-1] = Segment(out[-1].lo, hi, st)
            else:
                out.append(Segment(lo, hi, st))
        return tuple(out)


def expand(t: Treaty, kind: str | None = None, obligor: int | None = None,
           beneficiary: int | None = None) -> Iterator[Obligation]:
    """The obligations of ``t``: each clause (of ``kind``), from each obligor that is a party, to each
    party it protects — in clause order, then obligor, then beneficiary; ``obligor`` and
    ``beneficiary`` narrow the expansion to one state on either end."""
    parties = t.parties
    members = t.memberships_of
    for clause in (t.clauses_by_kind.get(kind, ()) if kind is not None else t.clauses):
        obligors = clause.obligors if clause.obligors is not None else parties
        if obligor is not None:
            obligors = (obligor,) if obligor in obligors else ()
        for o in obligors:
            if o not in members:
                continue
            if beneficiary is None:
                yield from (Obligation(t, clause, o, b) for b in parties if clause.protects(b, o))
            elif beneficiary in members and clause.protects(beneficiary, o):
                yield Obligation(t, clause, o, beneficiary)


class ObligationIndex:
    """The expansion of a whole corpus, built on first use: each treaty's whole expansion (kept), and
    its expansions narrowed to one state (kept up to :attr:`MAX_KEPT`, then let go)."""

    def __init__(self, treaties: Iterable[Treaty]):
        self._treaties = {t.id: t for t in treaties}
        self._all: dict[str, tuple[Treaty, tuple[Obligation, ...]]] = {}
        self._narrowed: dict[tuple[str, str | None, int | None, int | None],
                             tuple[Treaty, tuple[Obligation, ...]]] = {}

    #: how many narrowed expansions (one treaty, one kind or every kind, one state at either end or
    #: both) are kept before they are let go: a scenario needs a few hundred; a run over many random
    #: pairs would otherwise keep every state's
    MAX_KEPT = 4000

    def of(self, t: Treaty) -> tuple[Obligation, ...]:
        """Every obligation of ``t`` (expanded once, then kept)."""
        hit = self._all.get(t.id)
        if hit is None or hit[0] is not t:
            hit = self._all[t.id] = (t, tuple(expand(t)))
        return hit[1]

    def select(self, t: Treaty, kind: str | None = None, obligor: int | None = None,
               beneficiary: int | None = None) -> tuple[Obligation, ...]:
        """The obligations :func:`expand` gives for these filters (expanded on first use, then kept)."""
        key = (t.id, kind, obligor, beneficiary)
        hit = self._narrowed.get(key)
        if hit is not None and hit[0] is t:
            return hit[1]
        if len(self._narrowed) >= self.MAX_KEPT:
            self._narrowed.clear()  # memory stays bounded
        obs = () if kind is not None and kind not in t.clauses_by_kind else tuple(expand(t, kind, obligor, beneficiary))
        self._narrowed[key] = (t, obs)
        return obs

    def toward(self, t: Treaty, kind: str, beneficiary: int) -> tuple[Obligation, ...]:
        """Obligations of ``kind`` in ``t`` towards ``beneficiary``: the engines ask only for the
        treaties live on their date, so a state's past is never expanded."""
        return self.select(t, kind, beneficiary=beneficiary)

    def between(self, t: Treaty, obligor: int, beneficiary: int) -> tuple[Obligation, ...]:
        """Obligations in ``t`` of ``obligor`` towards ``beneficiary``, every kind."""
        return self.select(t, obligor=obligor, beneficiary=beneficiary)

    def all(self) -> Iterator[Obligation]:
        for t in self._treaties.values():
            yield from self.of(t)


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def index_for(corpus) -> ObligationIndex:
    """The obligation index of ``corpus`` (built once per corpus object)."""
    hit = _INDEXES.get(corpus)
    if hit is None:
        hit = _INDEXES[corpus] = ObligationIndex(corpus.treaties.values())
    return hit
