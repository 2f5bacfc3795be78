"""Deciding a clause's conditions for a scenario.

Each condition is decided YES, NO or left UNKNOWN with a reason.  UNKNOWN makes
the finding *conditional*, naming the condition; NO excludes the clause, with
the reason kept in the trace.  Nothing is assumed silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..model.areas import Place, place_in_area
from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.treaty import Condition

if TYPE_CHECKING:  # pragma: no cover
    from ..importers.areas import AreaData

__all__ = ["Context", "decide"]


@dataclass(frozen=True)
class Context:
    """What a condition may look at."""

    scenario: Scenario
    beneficiary: int
    adversaries: tuple[int, ...]  # who attacks the beneficiary (defend) / whom it attacks (join)
    beneficiary_attacked: bool
    place: Place | None  # None: the beneficiary's home territory
    geo: "AreaData"
    name: Callable[[int], str]


def _names(ctx: Context, ccodes) -> str:
    return ", ".join(ctx.name(c) for c in ccodes)


def _location(cond: Condition, ctx: Context) -> tuple[Tri, str]:
    if cond.area is None:
        return Tri.UNKNOWN, cond.text
    area = ctx.geo.areas.get(cond.area)
    if area is None:
        return Tri.UNKNOWN, f"{cond.text} (area {cond.area!r} is named by the treaty but not defined in the corpus)"
    place = ctx.place
    if place is not None and place.kind == "theatre":
        # a war's theatre (regions): a beneficiary whose home lies in it fights at home
        region = ctx.geo.region_of(ctx.beneficiary)
        place = None if region in place.tags else place
    if place is None or place.kind == "home" or ctx.beneficiary not in ctx.scenario.targets:
        b = ctx.beneficiary
        place = Place(id=f"home:{b}", name=f"{ctx.name(b)}'s home territory", name_hi=None, sovereign=b,
                      kind="home", tags=ctx.geo.home_tags(b))
    return place_in_area(place, area)


def _fact(value: bool | None, cond: Condition, flag: str) -> tuple[Tri, str]:
    if value is None:
        return Tri.UNKNOWN, f"{cond.text} (not stated; set {flag})"
    if value:
        return Tri.YES, cond.text + " (stated in the scenario)"
    return Tri.NO, cond.text + " (the scenario says not)"


def decide(cond: Condition, ctx: Context) -> tuple[Tri, str]:
    """Decide one condition; returns the answer and a sentence saying why."""
    kind = cond.kind
    if kind == "adversary":
        named = [a for a in ctx.adversaries if a in cond.states]
        if named:
            return Tri.YES, f"{cond.text}: {_names(ctx, named)} is named"
        if cond.states and cond.exhaustive:
            return Tri.NO, f"{cond.text}: {_names(ctx, ctx.adversaries)} is not among {_names(ctx, cond.states)}"
        return Tri.UNKNOWN, f"{cond.text}; whether {_names(ctx, ctx.adversaries)} falls under it is not encoded"
    if kind == "location":
        return _location(cond, ctx)
    if kind == "nonprovocation":
        p = ctx.scenario.provoked
        return _fact(None if p is None else not p, cond, "--provoked / --not-provoked")
    if kind == "request":
        return _fact(ctx.scenario.requested, cond, "--requested / --not-requested")
    if kind == "joint_finding":
        return _fact(ctx.scenario.joint_finding, cond, "--joint-finding")
    if kind == "number" and (cond.min_adversaries or cond.max_adversaries):
        n = len(ctx.adversaries)
        lo, hi = cond.min_adversaries or 1, cond.max_adversaries
        ok = n >= lo and (hi is None or n <= hi)
        return (Tri.YES if ok else Tri.NO), f"{cond.text}: {n} adversar{'y' if n == 1 else 'ies'}"
    if kind == "attacked":
        if ctx.beneficiary_attacked:
            return Tri.YES, cond.text + ": the ally is fighting a defensive war"
        return Tri.NO, cond.text + ": the ally is on the attacking side"
    # conflict, number, demands, other, obligations_vary: not decidable from a scenario
    return Tri.UNKNOWN, cond.text
