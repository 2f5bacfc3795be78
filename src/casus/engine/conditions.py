"""Deciding a clause's conditions for a scenario.

Each condition is decided YES, NO or left UNKNOWN, with a :class:`~casus.model.reasons.Reason`.
UNKNOWN makes the finding *conditional*, naming the condition; NO excludes the
clause, with the reason kept in the trace.  Nothing is assumed silently.

:func:`decide_all` is the one place where a clause's conditions are decided;
both engines and the backtest call it.  :func:`adversary_verdict` is the rule
for adversary conditions, which the compiled engine also applies to whole
arrays of states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model.actors import UNKNOWN, is_actor
from ..model.areas import Place, place_in_area
from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.reasons import Reason, StateRef, Text
from ..model.treaty import Clause, Condition, Treaty

if TYPE_CHECKING:  # pragma: no cover
    from ..importers.areas import AreaData

__all__ = ["Context", "Verdict", "decide", "decide_all", "Trigger", "trigger_of", "aggressor_verdict",
           "adversary_verdict", "adversary_tri", "number_tri",
           "looks_at_adversaries", "home_place", "SCENARIO_FACTS", "place_held"]

#: Conditions decided by a fact the scenario may state: condition kind -> (fact name, truth when stated True).
SCENARIO_FACTS = {"nonprovocation": ("provoked", False), "request": ("requested", True),
                  "joint_finding": ("joint_finding", True)}


@dataclass(frozen=True)
class Context:
    """What a condition may look at."""

    scenario: Scenario
    beneficiary: int
    adversaries: tuple[int, ...]  # who attacks the beneficiary (defend) / whom it attacks (join)
    beneficiary_attacked: bool
    place: Place | None  # None: the beneficiary's home territory
    geo: AreaData
    name: Callable[[int], str]  # a state's English name

    def ref(self, ccode: int) -> StateRef:
        return StateRef(ccode, self.name(ccode))

    def refs(self, ccodes: Iterable[int]) -> tuple[StateRef, ...]:
        return tuple(self.ref(c) for c in ccodes)


@dataclass(frozen=True)
class Verdict:
    """All of a clause's conditions decided: NO (``refused`` says why), or the open ones and the notes."""

    tri: Tri
    refused: Reason | None = None
    opens: tuple[Reason, ...] = ()
    notes: tuple[Reason, ...] = field(default=())


def adversary_verdict(named: bool, listed: bool, exhaustive: bool) -> Tri:
    """An adversary condition: YES if an adversary is named, NO if the list is complete and names
    none, else UNKNOWN (ATOP's named threats are not a complete scope)."""
    if named:
        return Tri.YES
    return Tri.NO if (listed and exhaustive) else Tri.UNKNOWN


def adversary_tri(cond: Condition, adversaries: Iterable[int]) -> Tri:
    """An adversary condition against these adversaries (the rule of :func:`adversary_verdict`)."""
    named = any(a in cond.states for a in adversaries)
    return adversary_verdict(named, bool(cond.states), cond.exhaustive)


def number_tri(cond: Condition, n: int) -> Tri:
    """A number condition with counts: does a war against ``n`` adversaries meet it?"""
    lo, hi = cond.min_adversaries or 1, cond.max_adversaries
    return Tri.YES if n >= lo and (hi is None or n <= hi) else Tri.NO


def looks_at_adversaries(cond: Condition) -> bool:
    """Is the condition decided by who the adversaries are (or how many)?"""
    return cond.kind == "adversary" or (cond.kind == "number" and bool(cond.min_adversaries or cond.max_adversaries))


def home_place(ccode: int, ctx_name: Callable[[int], str], geo: AreaData) -> Place:
    """A state's home territory as a place."""
    name = ctx_name(ccode)
    return Place(id=f"home:{ccode}", name=f"{name}'s home territory", name_hi=None, sovereign=ccode,
                 kind="home", tags=geo.home_tags(ccode),
                 label=Reason.of("home_territory", state=StateRef(ccode, name)))


def _location(cond: Condition, ctx: Context) -> tuple[Tri, Reason]:
    text = Text(cond.text)
    if cond.area is None:
        return Tri.UNKNOWN, Reason.of("condition", text=text)
    area = ctx.geo.areas.get(cond.area)
    if area is None:
        return Tri.UNKNOWN, Reason.of("area_not_defined", text=text, area=cond.area)
    place = ctx.place
    if place is not None and place.kind == "theatre":
        # a war's theatre (regions): a beneficiary whose home lies in it fights at home
        region = ctx.geo.region_of(ctx.beneficiary)
        place = None if region in place.tags else place
    if place is None or place.kind == "home" or ctx.beneficiary not in ctx.scenario.targets:
        place = home_place(ctx.beneficiary, ctx.name, ctx.geo)
    return place_in_area(place, area)


def _fact(cond: Condition, ctx: Context) -> tuple[Tri, Reason]:
    fact, when_true = SCENARIO_FACTS[cond.kind]
    value = getattr(ctx.scenario, fact)
    text = Text(cond.text)
    if value is None:
        return Tri.UNKNOWN, Reason.of("fact_not_stated", text=text, fact=fact)
    if value == when_true:
        return Tri.YES, Reason.of("fact_stated", text=text)
    return Tri.NO, Reason.of("fact_denied", text=text)


def _adversary(cond: Condition, ctx: Context) -> tuple[Tri, Reason]:
    named = [a for a in ctx.adversaries if a in cond.states]
    tri = adversary_tri(cond, named)
    text = Text(cond.text)
    if tri is Tri.YES:
        return tri, Reason.of("adversary_named", text=text, named=ctx.refs(named))
    attributed = ctx.scenario.attributed_to
    if tri is Tri.NO and attributed is not None and attributed in cond.states:
        # an attack by a group the scenario attributes to a named adversary: open on the attribution
        return Tri.UNKNOWN, Reason.of("adversary_if_attributed", text=text, state=ctx.ref(attributed))
    if tri is Tri.NO:
        return tri, Reason.of("adversary_not_listed", text=text, adversaries=ctx.refs(ctx.adversaries),
                              listed=ctx.refs(cond.states))
    return tri, Reason.of("adversary_not_encoded", text=text, adversaries=ctx.refs(ctx.adversaries))


# -- who may make the attack ---------------------------------------------------------------------

#: duties an attack on their beneficiary triggers, so that who made the attack matters
ATTACK_TRIGGERED = frozenset({"defense", "neutrality", "consultation"})


@dataclass(frozen=True)
class Trigger:
    """What a clause's trigger admits (:data:`casus.model.treaty.AGGRESSORS`), its kind, and what says so:
    the words of the text and/or an authoritative reading, cited."""

    kind: str
    aggressor: str
    basis: Text | None


def trigger_of(t: Treaty, clause: Clause) -> Trigger:
    """The :class:`Trigger` of one of ``t``'s clauses."""
    said = []
    if clause.aggressor_phrase:
        said.append(f"“{' '.join(clause.aggressor_phrase.split())}”")
    src = t.source(clause.aggressor_source) if clause.aggressor_source else None
    if src is not None:
        said.append(src.cite())
    return Trigger(clause.kind, clause.aggressor, Text("; ".join(said)) if said else None)


def aggressor_verdict(trigger: Trigger, ctx: Context) -> tuple[Tri, Reason] | None:
    """Does an attack by an attacker that is not a state trigger the duty?  None when a state is among the
    adversaries (its attack triggers the duty) or the duty is not triggered by an attack on its
    beneficiary; else YES where the trigger admits any attacker, NO where it admits only a state and no
    state is held responsible, and UNKNOWN, naming the attribution or the reading it turns on, where the
    text does not say or the sender is unknown."""
    actors = [a for a in ctx.adversaries if is_actor(a)]
    if not actors or len(actors) < len(ctx.adversaries) or trigger.kind not in ATTACK_TRIGGERED:
        return None  # every adversary a state, or a state among them: its attack triggers the duty as ever
    sc = ctx.scenario
    unknown = UNKNOWN in actors
    attacker = ctx.ref(actors[0])
    basis = trigger.basis or Text("the text")
    if trigger.aggressor == "any":
        if unknown:
            return Tri.UNKNOWN, Reason.of("aggressor_any_unattributed", basis=basis)
        return Tri.YES, Reason.of("aggressor_any", attacker=attacker, basis=basis)
    if trigger.aggressor == "state":
        if sc.attributed_to is not None:
            return Tri.UNKNOWN, Reason.of("aggressor_state_if_attributed", state=ctx.ref(sc.attributed_to),
                                          basis=basis)
        if unknown:
            return Tri.UNKNOWN, Reason.of("aggressor_state_unattributed", basis=basis)
        return Tri.NO, Reason.of("aggressor_state_only", attacker=attacker, basis=basis)
    if sc.attributed_to is not None:
        return Tri.UNKNOWN, Reason.of("aggressor_not_stated_attributed", attacker=attacker,
                                      state=ctx.ref(sc.attributed_to))
    return Tri.UNKNOWN, Reason.of("aggressor_not_stated", attacker=attacker)


def decide(cond: Condition, ctx: Context) -> tuple[Tri, Reason]:
    """Decide one condition; returns the answer and the reason."""
    kind = cond.kind
    if kind == "adversary":
        return _adversary(cond, ctx)
    if kind == "location":
        return _location(cond, ctx)
    if kind in SCENARIO_FACTS:
        return _fact(cond, ctx)
    text = Text(cond.text)
    if looks_at_adversaries(cond):  # a number condition with counts
        n = len(ctx.adversaries)
        why = Reason.of("adversary_count_one", text=text) if n == 1 else Reason.of("adversary_count", text=text, n=n)
        return number_tri(cond, n), why
    if kind == "attacked":
        if ctx.beneficiary_attacked:
            return Tri.YES, Reason.of("ally_defensive_war", text=text)
        return Tri.NO, Reason.of("ally_attacking", text=text)
    # conflict, number without counts, demands, other, obligations_vary: not decidable from a scenario
    return Tri.UNKNOWN, Reason.of("condition", text=text)


def place_held(ctx: Context) -> Reason | None:
    """Why an attack at a place held by other than its sovereign (or whose sovereignty no one's title
    covers) may not be an attack on the beneficiary's territory: an open condition of every duty
    towards a target there (None when the place is undisputed, or the beneficiary no target)."""
    place = ctx.place
    c = place.contested if place is not None else None
    if place is None or c is None or ctx.beneficiary not in ctx.scenario.targets:
        return None
    admin = ctx.ref(c.administrator) if c.administrator is not None else Text(c.administrator_name or "no state")
    args = {"place": place.named(), "state": ctx.ref(ctx.beneficiary), "since": str(c.start), "administrator": admin}
    if c.sovereign is None:
        return Reason.of("place_sovereignty_unrecognised", claimants=ctx.refs(c.claimants), **args)
    return Reason.of("place_held_by_other", sovereign=ctx.ref(c.sovereign), **args)


def _administration_covers(conditions: Iterable[Condition], ctx: Context) -> bool:
    place = ctx.place
    if place is None or place.administrator != ctx.beneficiary:
        return False
    return any(c.kind == "location" and c.area is not None and (a := ctx.geo.areas.get(c.area)) is not None
               and a.administered for c in conditions)


#: the verdict on a clause without conditions, at no particular place
UNCONDITIONAL = Verdict(Tri.YES)


def decide_all(conditions: Iterable[Condition], ctx: Context, trigger: Trigger | None = None) -> Verdict:
    """Decide every condition of a clause: the first NO refuses it; UNKNOWNs stay open.  At a place
    held by other than its sovereign, every duty towards a target there is open too (:func:`place_held`).
    With the clause's ``trigger``, an attack by an attacker that is not a state is decided first
    (:func:`aggressor_verdict`)."""
    conditions = tuple(conditions)
    by_actor = aggressor_verdict(trigger, ctx) if trigger is not None else None
    if not conditions and ctx.place is None and by_actor is None:
        return UNCONDITIONAL
    opens: list[Reason] = []
    notes: list[Reason] = []
    if by_actor is not None:
        tri, why = by_actor
        if tri is Tri.NO:
            return Verdict(Tri.NO, refused=why)
        (opens if tri is Tri.UNKNOWN else notes).append(why)
    held = place_held(ctx) if ctx.place is not None else None
    if held is not None:
        # a treaty whose area is what a party administers covers the place if the beneficiary administers it
        if _administration_covers(conditions, ctx):
            notes.append(Reason.of("place_administered_covered", **{k: v for k, v in held.args
                                                                     if k in ("place", "state", "since")}))
        else:
            opens.append(held)
    for cond in conditions:
        tri, why = decide(cond, ctx)
        if tri is Tri.NO:
            return Verdict(Tri.NO, refused=why)
        (opens if tri is Tri.UNKNOWN else notes).append(why)
    return Verdict(Tri.UNKNOWN if opens else Tri.YES, None, tuple(opens), tuple(notes))
