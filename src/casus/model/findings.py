"""Scenarios in, findings out: the engine's value types (pure, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .areas import Place
from .reasons import Reason

__all__ = ["POLICIES", "Scenario", "TreatyRef", "Finding", "Inactive", "Excluded", "SideMember", "Conflict"]

#: Named cascade policies.  ``defensive`` (default): only binding duties draw a
#: state in, and a defender's entry is collective self-defence, not an attack
#: that triggers the aggressors' own defence pacts.  ``escalation``: a
#: defender's entry counts as an attack on the aggressors it fights, so their
#: defence pacts are triggered in turn (the 1914 reading).  ``strict``: as
#: ``defensive``, but only *automatic* duties draw a state in; discretionary
#: ones ("such action as it deems necessary") are reported, not followed.
POLICIES = ("defensive", "escalation", "strict")
STATUSES = ("binding", "conditional", "conflicted")
DUTIES = ("defend", "join", "neutral", "nonaggression", "consult")


@dataclass(frozen=True)
class Scenario:
    attackers: tuple[int, ...]
    targets: tuple[int, ...]
    date: date
    where: Place | None = None  # None = the targets' home territory
    basis: str = "in-force"  # "in-force" | "signed"
    provoked: bool | None = None  # did the target provoke the attack?
    requested: bool | None = None  # did the victim request assistance / consultation?
    joint_finding: bool | None = None  # have the parties jointly found an armed attack?
    policy: str = "defensive"
    launched_from: int | None = None  # the state from whose territory an attack by a group was launched
    attributed_to: int | None = None  # the state an attack by a group (or an unknown one) is attributed to


@dataclass(frozen=True)
class TreatyRef:
    id: str
    name: str
    article: str | None
    atopid: int | None = None
    short_name: str | None = None


@dataclass(frozen=True)
class Finding:
    obligor: int
    duty: str
    beneficiary: int
    status: str
    round: int
    treaty: TreatyRef
    clause: str
    kind: str
    response: str
    open_conditions: tuple[Reason, ...] = ()  # why it is conditional (``str()`` of each reads in English)
    conflicts: tuple[Reason, ...] = ()  # why it is conflicted
    quote: str | None = None
    quote_note: str | None = None
    source: str | None = None  # citation of the quote or the record
    sources: tuple[str, ...] = ()  # citations of the dates used
    adversaries: tuple[int, ...] = ()  # whom the duty is against (defend/join)
    via: int | None = None  # the state whose entry or attack triggered this
    date_basis: str = ""  # which date of the membership was used
    notes: tuple[Reason, ...] = ()
    response_phrase: str | None = None  # the words of the text that decide the response grade
    response_basis: str | None = None  # who graded it and from what (treaty file, hand or rules over ATOP's text)

    @property
    def key(self) -> tuple:
        return (self.treaty.id, self.clause, self.obligor, self.duty, self.beneficiary)

    @property
    def conflict(self) -> str | None:
        """The conflicts in English, joined with "; " (None if there is none)."""
        return "; ".join(str(r) for r in self.conflicts) or None


@dataclass(frozen=True)
class Inactive:
    """A treaty of a participant that does not hold on the scenario's date, and why.

    ``why`` is one of ``not_yet_in_force``, ``replaced``,
    ``ended``; ``dates`` holds the days the reason names.
    """

    treaty: TreatyRef
    states: tuple[int, ...]
    reason: Reason
    why: str = ""
    dates: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Excluded:
    """A clause that would have applied but a condition decided it does not."""

    obligor: int
    duty: str
    beneficiary: int
    treaty: TreatyRef
    clause: str
    reason: Reason


@dataclass(frozen=True)
class SideMember:
    ccode: int
    round: int
    role: str  # attacker | target | defender | joiner


@dataclass(frozen=True)
class Conflict:
    ccode: int
    reasons: tuple[Reason, ...] = field(default=())
