"""Treaties as data: memberships with dated spans, directed clauses, conditions.

Pure, frozen value types; no I/O.  Importers (``casus.importers``) build them
from ATOP and from the hand-encoded treaty files; the engine reads them.

Vocabulary (see ``../../README.md`` and the design notes):

* a :class:`Treaty` has :class:`Membership` spans (who is a party, from when to
  when, on the signature and on the entry-into-force basis) and
  :class:`Clause` objects;
* a clause is *directed*: its ``obligors`` owe its duty to its ``beneficiaries``.
  ``None`` means "every party" (for beneficiaries: every *other* party);
* a clause's :class:`Condition` objects limit when it is triggered; the engine
  decides the ones it can and leaves the others open, making the finding
  *conditional*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from .dates import Bound, Span, Tri

__all__ = [
    "KINDS",
    "DUTY_OF_KIND",
    "Basis",
    "Source",
    "DateFact",
    "Condition",
    "Clause",
    "Article",
    "Membership",
    "PartyStatus",
    "Treaty",
]

Kind = Literal["defense", "offense", "neutrality", "nonaggression", "consultation"]
#: ATOP's five obligation kinds, in ATOP's order.
KINDS: tuple[str, ...] = ("defense", "offense", "neutrality", "nonaggression", "consultation")
#: The duty a clause of each kind imposes on its obligor in a war.
DUTY_OF_KIND = {
    "defense": "defend",
    "offense": "join",
    "neutrality": "neutral",
    "nonaggression": "nonaggression",
    "consultation": "consult",
}

Basis = Literal["in-force", "signed"]


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: a dataset record, a document or a web page."""

    id: str
    title: str
    url: str | None = None
    dataset: str | None = None  # e.g. "ATOP 5.1"
    note: str | None = None
    kind: str | None = None  # primary (text, party, depositary) | agency (official body, news agency) | secondary

    def cite(self) -> str:
        parts = [self.title]
        if self.url:
            parts.append(self.url)
        return " — ".join(parts) + (" [secondary source]" if self.kind == "secondary" else "")


#: How close a source is to the fact: the document or its party's or depositary's own publication; the report
#: of an official body (a government, parliament or international organisation) or of a news agency; anything
#: else (newspapers' own reporting, reference works, blogs, aggregators)
SOURCE_KINDS = ("primary", "agency", "secondary")


@dataclass(frozen=True)
class DateFact:
    """A dated event (signature, entry into force, end) with its sources.

    ``day`` is None when the event has not happened or is unknown; then
    ``confirmed`` says which: ``confirmed=False`` marks what a source calls
    UNCONFIRMED.
    """

    day: Bound | None
    confirmed: bool = True
    sources: tuple[str, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        if self.day is None:
            return "unconfirmed" if not self.confirmed else "none"
        return str(self.day) + ("" if self.confirmed else " (unconfirmed)")


@dataclass(frozen=True)
class Condition:
    """One limit on when a clause applies.

    kind:
        ``adversary`` (only against ``states``; ``exhaustive`` says whether the
        list is the complete scope or only ATOP's named threats), ``location``
        (only in ``area``; None = area not encoded), ``conflict``, ``number``,
        ``demands``, ``nonprovocation``, ``request`` (victim must ask),
        ``joint_finding`` (parties must jointly find an attack),
        ``obligations_vary`` (ATOP obvary: partner-specific scope not encoded),
        ``other`` (ATOP olimob or a limit stated in the text), ``attacked``
        (neutrality only if the partner is attacked, not if it attacks).
    """

    kind: str
    text: str
    states: tuple[int, ...] = ()
    exhaustive: bool = False
    area: str | None = None
    source: str | None = None
    min_adversaries: int | None = None  # kind "number": at least this many attackers
    max_adversaries: int | None = None  # kind "number": at most this many attackers


#: How strong a duty to defend or join is — one vocabulary for the treaty files and the ATOP grades
#: (:mod:`casus.importers.response_grades`): automatic (bound to assist, means not left open),
#: discretionary (what it does is its own or a later common choice), consult_first (its first duty is
#: to consult), unspecified (not graded).
RESPONSES = ("automatic", "discretionary", "consult_first", "unspecified")

#: Who may make the attack that triggers a duty, as the text (or an authoritative reading of it) says:
#: ``any`` (an armed attack whoever makes it: a group, an unknown sender), ``state`` (only an attack by a
#: state: "an armed invasion from an individual state or several states"), ``not-stated`` (the text does
#: not say; for an attacker that is not a state the finding is conditional on a reading that admits it).
AGGRESSORS = ("any", "state", "not-stated")


@dataclass(frozen=True, eq=False)
class Clause:
    """One directed obligation (compared and hashed by identity: clauses are unique objects of
    their treaty; ``id`` names them)."""

    id: str
    kind: str
    obligors: tuple[int, ...] | None = None  # None: every party
    beneficiaries: tuple[int, ...] | None = None  # None: every other party
    conditions: tuple[Condition, ...] = ()
    article: str | None = None
    no_article_reason: str | None = None
    quote: str | None = None
    quote_source: str | None = None
    quote_note: str | None = None  # e.g. "English rendering reported by ...; not an official text"
    response: str = "unspecified"  # automatic | discretionary | consult_first | unspecified (RESPONSES)
    response_phrase: str | None = None  # the words of the text that decide the grade
    response_basis: str | None = None  # who graded it, from what (None: the treaty file's own reading)
    trigger: str = "armed-attack"  # armed-attack | aggression | threat | attack-or-threat | war
    aggressor: str = "not-stated"  # who may make the attack that triggers the duty (AGGRESSORS)
    aggressor_phrase: str | None = None  # the words of the text that decide ``aggressor``
    aggressor_source: str | None = None  # the source of an authoritative reading (e.g. a council's decision)
    note: str | None = None
    window: Span | None = None  # e.g. an ATOP phase; None = the treaty's whole life
    phase: int | None = None
    atop_member: int | None = None  # the ATOP member row this clause comes from

    def binds(self, ccode: int) -> bool:
        return self.obligors is None or ccode in self.obligors

    def protects(self, ccode: int, obligor: int) -> bool:
        if ccode == obligor:
            return False
        return self.beneficiaries is None or ccode in self.beneficiaries


@dataclass(frozen=True)
class Article:
    number: str
    text: str | None = None
    title: str | None = None
    source: str | None = None
    text_note: str | None = None


@dataclass(frozen=True)
class PartyStatus:
    """A change in how a member takes part without leaving (e.g. participation frozen)."""

    status: str  # "frozen" | "suspended"
    start: Bound
    end: Bound | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Membership:
    """A state's party-ship in a treaty over one span.

    ``signed`` and ``in_force`` are the two possible starts; ``end`` is
    exclusive (the first day it no longer holds), None while it holds.
    """

    ccode: int
    signed: Bound | None
    in_force: Bound | None
    end: Bound | None = None
    in_force_confirmed: bool = True
    phase: int | None = None
    end_note: str | None = None
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    statuses: tuple[PartyStatus, ...] = ()

    def status_on(self, d: date) -> PartyStatus | None:
        """The participation status (e.g. frozen) holding on ``d``, if any."""
        for st in self.statuses:
            if Span(st.start, st.end).contains(d) is not Tri.NO:
                return st
        return None

    @property
    def entry_unconfirmed(self) -> bool:
        """Signed, but whether (and when) it entered into force is unconfirmed."""
        return self.in_force is None and not self.in_force_confirmed

    def start(self, basis: str) -> tuple[Bound | None, str]:
        """The start on ``basis`` and a phrase saying which date was used.  On the in-force basis a
        membership whose entry into force is unconfirmed starts, at most *possibly*, at signature."""
        if basis == "signed":
            if self.signed is not None:
                return self.signed, "signature"
            return self.in_force, "entry into force (signature date not recorded)"
        if self.in_force is not None:
            return self.in_force, "entry into force"
        if not self.in_force_confirmed:
            return self.signed, "signature (entry into force unconfirmed)"
        return self.signed, "signature (entry into force not recorded)"

    def holds(self, d: date, basis: str) -> Tri:
        """Does the membership hold on ``d``?  UNKNOWN where a date is known only to the month, and,
        on the in-force basis, from signature while entry into force is unconfirmed."""
        tri = self.holds_by_dates(d, basis)
        if tri is Tri.YES and basis != "signed" and self.entry_unconfirmed:
            return Tri.UNKNOWN
        return tri

    def holds_by_dates(self, d: date, basis: str) -> Tri:
        """:meth:`holds` by the dates alone (an unconfirmed entry into force not taken into account)."""
        start, _ = self.start(basis)
        if start is None or d < start.earliest:
            return Tri.NO
        end = self.end
        if end is not None and d >= end.latest:
            return Tri.NO
        if d < start.latest or (end is not None and d >= end.earliest):
            return Tri.UNKNOWN
        return Tri.YES


@dataclass(frozen=True)
class AfterEvent:
    """Something that happened to an ATOP alliance after ATOP 5.1's last day (2018-12-31)."""

    day: Bound
    kind: str  # see casus.importers.atop_after.EVENT_KINDS
    members: tuple[int, ...]  # empty: the whole alliance
    confirmed: bool
    text: str
    sources: tuple[Source, ...] = ()
    until: Bound | None = None  # a suspension lifted on this day

    def __str__(self) -> str:
        who = f" ({', '.join(str(m) for m in self.members)})" if self.members else ""
        return f"{self.day}: {self.kind.replace('_', ' ')}{who}" + ("" if self.confirmed else " (UNCONFIRMED)")


@dataclass(frozen=True)
class AfterAtop:
    """What casus found about an ATOP alliance after 2018: the events, or that it found none."""

    outcome: str  # changed | no_change_found | covered_by_treaty_file
    checked: str  # the day it was checked
    checked_where: str  # what was searched
    events: tuple[AfterEvent, ...] = ()
    name: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Treaty:
    id: str
    name: str
    short_name: str
    signed: DateFact
    in_force: DateFact
    ended: DateFact | None = None
    memberships: tuple[Membership, ...] = ()
    clauses: tuple[Clause, ...] = ()
    articles: tuple[Article, ...] = ()
    sources: tuple[Source, ...] = ()
    atopid: int | None = None
    origin: str = "atop"  # "atop" | "hand" | "hand+atop"
    kind_note: str | None = None  # e.g. "not a defence pact: visiting-forces agreement"
    kind: str | None = None  # the instrument's kind as the research gives it (defence, consultation, none, ...)
    instrument: str = "treaty"  # treaty | agreement | declaration | executive-order | charter | ...
    legal_status: str = "treaty"  # treaty (binding in law) | political | executive (unilateral, revocable)
    duration: str | None = None
    superseded: tuple[tuple[str, str], ...] = ()  # (treaty id, day) this one replaced
    replaced_by: str | None = None
    file: str | None = None
    notes: tuple[str, ...] = field(default=())
    short_name_hi: str | None = None  # the short name in Hindi (hand-encoded treaties)
    after_atop: AfterAtop | None = None  # ATOP alliances: what casus found after 2018-12-31

    @cached_property
    def clause_index(self) -> dict[tuple[str, int | None], tuple[Clause, ...]]:
        """Clauses by (kind, obligor); obligor None for clauses binding every party."""
        out: dict[tuple[str, int | None], list[Clause]] = {}
        for c in self.clauses:
            for o in (c.obligors if c.obligors is not None else (None,)):
                out.setdefault((c.kind, o), []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def clause_by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses}

    @cached_property
    def clauses_by_kind(self) -> dict[str, tuple[Clause, ...]]:
        out: dict[str, list[Clause]] = {}
        for c in self.clauses:
            out.setdefault(c.kind, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def memberships_of(self) -> dict[int, tuple[Membership, ...]]:
        out: dict[int, list[Membership]] = {}
        for m in self.memberships:
            out.setdefault(m.ccode, []).append(m)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def has_statuses(self) -> bool:
        return any(m.statuses for m in self.memberships)

    @cached_property
    def parties(self) -> tuple[int, ...]:
        seen: dict[int, None] = {}
        for m in self.memberships:
            seen.setdefault(m.ccode, None)
        return tuple(seen)

    def source(self, source_id: str | None) -> Source | None:
        for s in self.sources:
            if s.id == source_id:
                return s
        return None

    def membership_on(self, ccode: int, d: date, basis: str) -> tuple[Tri, Membership | None]:
        """Best membership status of ``ccode`` on ``d`` (YES beats UNKNOWN beats NO)."""
        best: tuple[Tri, Membership | None] = (Tri.NO, None)
        for m in self.memberships_of.get(ccode, ()):
            t = m.holds(d, basis)
            if t is Tri.YES:
                return t, m
            if t is Tri.UNKNOWN and best[0] is Tri.NO:
                best = (t, m)
        return best

    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k in KINDS if any(c.kind == k for c in self.clauses))
