"""The backtest's rules: which commitments a COW interstate war invoked, and whether each was honoured.

Definitions follow Leeds, Long & Mitchell (2000; "LLM") as far as they are
published: a commitment is *invoked* when a war brings about its casus
foederis, and *honoured* when the obligor does what it promised.  Per
obligation kind:

* defence — the beneficiary is attacked (:meth:`War.attacked`): honoured if the
  obligor fights on the beneficiary's side, violated if it stays out or fights
  against it;
* offence — the beneficiary fights on the initiating side against an adversary
  the clause names: honoured if the obligor fights on its side;
* neutrality — the beneficiary is at war (attacked, where ATOP's neucoatt says
  so): honoured unless the obligor fights against it;
* non-aggression — obligor and beneficiary fight each other: violated if the
  obligor is on the initiating side (or, not in COW's war at the time, began the
  fighting), honoured if it only defended.

Consultation is not scored (as in LLM 2000).  The mechanical rules that make
this comparable with hand-coded studies (each can be switched off in
:class:`Rules`, to measure what it moves):

1. **Wartime alliances** — a commitment counts from the first day of the
   beneficiary's participation on which it holds, not only on its day of entry:
   an alliance signed, joined or in force during the war is invoked from then
   for the rest of that participation (the Allied treaties of 1942, the Crimean
   War allies of 1854).
2. **An end on the day of outbreak** — ATOP closes an alliance on the day one
   member attacks another, and casus reads an end as exclusive; an alliance that
   ends on the day the beneficiary entered the war is counted as in force that
   day (Germany–USSR, 22 June 1941).
3. **Attacks from the dyadic file** — a state on the non-initiating side counts
   as attacked when an opponent began a dyad's fighting against it (Maoz roles),
   whichever side COW puts the opponent on (the Soviet invasion of Poland, 1939).
4. **Sides by date** — a state that switched sides (France, Italy, Romania in
   the Second World War) is judged by the side COW records for the days in
   question: the first side it fought on once the commitment was invoked,
   while the beneficiary was still fighting.
5. **Fighting a partner** — an obligor that fights the beneficiary while the
   commitment is invoked violated it, whatever else stays open.
6. **States outside the system** — a commitment whose obligor or beneficiary is
   not a COW system member on the day is left out (Parma 1848, Hesse 1870),
   not counted as undecidable.
7. **Late joiners** — with :attr:`Rules.late_join_days` set (``--late-join-days``), an obligor
   that entered the war more than that many days after the commitment was invoked did not honour
   it.  Off by default: the published coding rules (LLM 2000; Berkemeier & Fuhrmann 2018) were not
   available to take a threshold from, and casus does not invent one (:data:`LATE_JOIN_DAYS`).
8. **The ongoing conflict** — a condition "only in a particular ongoing conflict" (ATOP
   defcocon, offcocon, neucocon) is met in the war ATOP's member file records the members as
   fighting when they made the alliance (``cowwar``), and fails in any other war; where ATOP records
   no war it stays open.
9. **Open conditions** — a condition the data cannot decide (an ATOP location
   flag with no area, an adversary type, a demand) leaves the commitment
   undecidable, with the reason; :attr:`Rules.resolve_open_by_conduct` (off by
   default, the replication option) decides it by the obligor's conduct instead:
   fought alongside → honoured, fought against → violated, stayed out →
   undecidable.

Departures from LLM (2000), said plainly: LLM coded each case by hand from
histories; casus decides mechanically from COW sides and dates and the Maoz
dyads (whose roles record first battles, not declarations of war); a
commitment counts once per war, obligor, beneficiary, treaty and kind;
memberships are counted from signature (ATOP's convention: ``basis="signed"``),
unless asked otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..engine.conditions import Context, decide_all
from ..engine.obligations import Obligation, index_for
from ..importers.atop import member_wars
from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.wars import Participant, War
from ..session import corpus_of

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus
    from ..model.treaty import Treaty

__all__ = ["Commitment", "Rules", "DEFAULT_RULES", "invoked_commitments", "war_place", "theatre_tags", "SCORED",
           "LATE_JOIN_DAYS"]

SCORED = ("defense", "offense", "neutrality", "nonaggression")

#: the late-joining threshold, in days (rule 7); None: no threshold (an obligor that joins at any time
#: before the beneficiary leaves the war honours its commitment).  The studies this backtest is compared
#: with state their threshold, if any, in their coding rules, whose text was not available here (only
#: their abstracts were); a number is not guessed.
LATE_JOIN_DAYS: int | None = None


@dataclass(frozen=True)
class Rules:
    """Which of the backtest's rules apply (the module documentation describes each)."""

    wartime_alliances: bool = True
    end_on_outbreak: bool = True
    attacks_from_dyads: bool = True
    sides_by_date: bool = True
    fighting_partner_violates: bool = True
    skip_outside_system: bool = True
    ongoing_conflict_from_atop: bool = True
    late_join_days: int | None = LATE_JOIN_DAYS
    resolve_open_by_conduct: bool = False

    def describe(self) -> dict:
        return asdict(self)


DEFAULT_RULES = Rules()


@dataclass(frozen=True)
class Commitment:
    war: int
    war_name: str
    atopid: int | None
    treaty_id: str
    obligor: int
    beneficiary: int
    kind: str
    date: str
    outcome: str  # honoured | violated | undecidable
    reason: str
    article: str | None = None
    rule: str | None = None  # the rules of the module documentation that made it invoked or decided it ("+")

    def to_dict(self) -> dict:
        return asdict(self)


def war_place(corpus, war: War, ccode: int):
    """Where ``ccode`` fought: its home territory if the war was fought in its home region
    (COW WhereFought), else its forces in the war's regions."""
    from ..model.areas import Place

    home = corpus.geo.region_of(ccode)
    if not war.where or home in war.where:
        return None
    return Place(id=f"war-{war.num}-{ccode}", name=f"{corpus.state_label(ccode)}'s forces in the {war.name} theatre",
                 name_hi=None, sovereign=ccode, kind="forces", tags=theatre_tags(corpus, war, [ccode]))


def theatre_tags(corpus, war: War, states) -> tuple[str, ...]:
    """Where ``states`` fought: the home regions of their opponents that lie in the war's theatre
    (COW's WhereFought is coarse: "Western Hemisphere" would put the Falklands in North America)."""
    opp = {corpus.geo.region_of(o) for c in states for o in war.opponents(c)}
    tags = tuple(r for r in war.where if r in opp)
    return tags or war.where


def invoked_commitments(corpus: Corpus, war: War, basis: str = "signed",
                        rules: Rules = DEFAULT_RULES) -> list[Commitment]:
    """Every scored commitment the war invoked, with its outcome (the first invocation of each
    treaty, obligor, beneficiary and kind)."""
    corpus = corpus_of(corpus)
    out: dict[tuple, Commitment] = {}
    for p in sorted(war.states()):
        for row in war.rows_of(p):
            for c in _commitments_towards(corpus, war, p, row, basis, rules):
                out.setdefault((c.treaty_id, c.obligor, c.beneficiary, c.kind), c)
    return sorted(out.values(), key=lambda c: (c.date, c.kind, c.beneficiary, c.obligor, c.treaty_id))


def invoked_on(ob: Obligation, row: Participant, basis: str, rules: Rules) -> date | None:
    """The first day of the beneficiary's participation ``row`` on which ``ob`` holds (rule 1; without
    it only the day of entry), or the day of entry for an obligation that ends that very day (rule 2)."""
    lo, hi = row.entry.toordinal(), row.exit.toordinal()
    if not rules.wartime_alliances:
        hi = lo
    for seg in ob.segments(basis):
        if seg.hi > lo and seg.lo <= hi:
            return date.fromordinal(max(seg.lo, lo))
        if rules.end_on_outbreak and seg.hi == lo:
            return row.entry
    return None


@dataclass(frozen=True)
class _Row:
    """One participation of the beneficiary, as the rules read it."""

    war: War
    p: int
    row: Participant
    attacked: bool
    aggressor: bool
    adversaries: tuple[int, ...]
    attacked_by_dyad: bool  # attacked only by the dyadic rule (3)


def _row_view(war: War, p: int, row: Participant, rules: Rules) -> _Row:
    attacked = war.attacked(p, row.entry, by_dyads=rules.attacks_from_dyads)
    by_dyad = attacked and rules.attacks_from_dyads and not war.attacked(p, row.entry, by_dyads=False)
    if rules.sides_by_date:
        aggressor = row.side == war.initiating_side
        adversaries = tuple(sorted(war.opponents_between(p, row.entry, row.exit)))
    else:
        sides = war.sides_of(p)
        aggressor = war.initiating_side in sides and len(sides) == 1
        adversaries = tuple(sorted(war.opponents(p)))
    return _Row(war, p, row, attacked, aggressor, adversaries, by_dyad)


def _commitments_towards(corpus: Corpus, war: War, p: int, row: Participant, basis: str,
                         rules: Rules) -> list[Commitment]:
    """The commitments of every treaty in law towards participant ``p`` that its participation ``row``
    invoked."""
    view = _row_view(war, p, row, rules)
    kinds = [k for k in SCORED if (k != "defense" or view.attacked) and (k != "offense" or view.aggressor)]
    index = index_for(corpus)
    # the days an obligation must hold on, at most: the participation (rule 1), or its first day, and the
    # day before it for an alliance ending on the day of entry (rule 2)
    lo = row.entry.toordinal() - (1 if rules.end_on_outbreak else 0)
    hi = row.exit.toordinal() if rules.wartime_alliances else row.entry.toordinal()
    out: list[Commitment] = []
    for t in corpus.treaties_of(p):
        if t.legal_status != "treaty" or not _member_between(t, p, lo, hi, basis):
            continue
        for k in kinds:
            for ob in index.toward(t, k, p):
                if not _member_between(t, ob.obligor, lo, hi, basis):
                    continue
                c = _commitment(corpus, view, t, ob, basis, rules)
                if c is not None:
                    out.append(c)
    return out


def _member_between(t: Treaty, ccode: int, lo: int, hi: int, basis: str) -> bool:
    """Might ``ccode`` be a member of ``t`` on some day in ``[lo, hi]`` (day ordinals)?  A quick filter:
    the obligation's own segments decide."""
    for m in t.memberships_of.get(ccode, ()):
        start, _ = m.start(basis)
        if start is None or start.earliest.toordinal() > hi:
            continue
        if m.end is None or m.end.latest.toordinal() >= lo:
            return True
    return False


def _outside_system(corpus, rules: Rules, d: date, *states: int) -> bool:
    if not rules.skip_outside_system:
        return False
    return any(not corpus.states.get(c).is_member(d) for c in states if c in corpus.states)


def _commitment(corpus, view: _Row, t: Treaty, ob: Obligation, basis: str, rules: Rules) -> Commitment | None:
    d = invoked_on(ob, view.row, basis, rules)
    if d is None or _outside_system(corpus, rules, d, ob.obligor, view.p):
        return None
    war, p = view.war, view.p
    conduct = Conduct.of(war, ob.obligor, p, d, view.row.exit, rules)
    if ob.kind == "nonaggression" and not conduct.fought_each_other:
        return None  # invoked only when the two fight each other
    sc = Scenario(tuple(x for x in view.adversaries if x != p) or (p,), (p,), d, where=war_place(corpus, war, p),
                  basis=basis)
    ctx = Context(sc, p, view.adversaries, view.attacked, sc.where, corpus.geo, corpus.state_label)
    conditions, used = ob.clause.conditions, []
    if rules.ongoing_conflict_from_atop and t.atopid is not None and any(c.kind == "conflict" for c in conditions):
        wars = member_wars().get(t.atopid, frozenset())
        if wars and war.num not in wars:
            return None  # the alliance was made for another war
        if war.num in wars:
            conditions = tuple(c for c in conditions if c.kind != "conflict")
            used.append("ongoing_conflict_from_atop")
    verdict = decide_all(conditions, ctx)
    if verdict.tri is Tri.NO:
        return None
    state = ob.on(d, basis)
    opens = [str(r) for r in verdict.opens]
    if state.month_only:
        opens.append("a membership date is known only to the month")
    inside = [a for a in view.adversaries if t.membership_on(a, d, basis)[0] is not Tri.NO]
    if ob.kind == "offense" and inside:
        # joining an attack on a fellow member: the engine calls that conflicted (rules.conflicting_kinds)
        opens.append("the war is between members of this treaty (" + ", ".join(corpus.state_label(a) for a in inside)
                     + ")")
    outcome, reason, rule = _score(ob.kind, ob.obligor, p, d, conduct, war, corpus.state_label, rules)
    if ob.kind == "defense" and inside:
        # the aggressor's own membership gives it no claim: the duty to defend the victim holds
        reason += " (the attacker, " + ", ".join(corpus.state_label(a) for a in inside) + ", is itself a party)"
    if opens and outcome != "undecidable":
        outcome, reason, rule = _open(outcome, reason, rule, opens, conduct, rules)
    if state.tri is Tri.NO:
        used.insert(0, "end_on_outbreak")
    elif d != view.row.entry:
        used.insert(0, "wartime_alliances")
    if ob.kind == "defense" and view.attacked_by_dyad:
        used.insert(0, "attacks_from_dyads")
    if rule is not None:
        used.append(rule)
    return Commitment(war.num, war.name, t.atopid, t.id, ob.obligor, p, ob.kind, d.isoformat(), outcome, reason,
                      ob.clause.article, "+".join(used) or None)


def _open(outcome: str, reason: str, rule: str | None, opens: list[str], conduct: Conduct,
          rules: Rules) -> tuple[str, str, str | None]:
    """A commitment with open conditions: undecidable, unless the obligor fought its partner (rule 5)
    or the replication option decides it by conduct (rule 8)."""
    said = "open condition: " + "; ".join(opens)
    if rule == "fighting_partner_violates":
        return outcome, f"{reason}, whatever the {said}", rule
    if rules.resolve_open_by_conduct and conduct.side in ("with", "against"):
        return ("honoured" if conduct.side == "with" else "violated"), f"{said}; decided by conduct: {reason}", \
            "resolve_open_by_conduct"
    return "undecidable", f"{said} (the obligor {reason})", rule


@dataclass(frozen=True)
class Conduct:
    """What the obligor did while the commitment was invoked (from ``lo`` to the beneficiary's exit)."""

    side: str  # with | against | both | out
    fought_each_other: bool
    entered: date | None  # the first day it fought in the window
    obligor_side: int | None  # its side then (None: not in COW's war then)
    began: bool  # it began a dyad's fighting against the beneficiary in the window

    @classmethod
    def of(cls, war: War, o: int, p: int, lo: date, hi: date, rules: Rules) -> Conduct:
        if not rules.sides_by_date:
            return cls._whole_war(war, o, p)
        fought = war.fought_between(o, p, lo, hi)
        began = any(y.a == o and y.b == p and y.a_began and y.overlaps(lo, hi) for y in war.dyads)
        rows = [r for r in war.rows_of(o) if r.entry <= hi and r.exit >= lo]
        if not rows:
            return cls("against" if fought else "out", fought, None, None, began)
        first = rows[0]
        day = max(first.entry, lo)
        p_side = war.side_on(p, day) or war.side_on(p, lo)
        side = "against" if fought or (p_side is not None and first.side != p_side) else "with"
        return cls(side, fought or side == "against", day, first.side, began)

    @classmethod
    def _whole_war(cls, war: War, o: int, p: int) -> Conduct:
        o_sides, p_sides = war.sides_of(o), war.sides_of(p)
        if not o_sides:
            return cls("out", False, None, None, False)
        if o_sides & p_sides and not (o_sides - p_sides):
            return cls("with", False, war.entry_of(o), min(o_sides), False)
        if o_sides.isdisjoint(p_sides):
            return cls("against", True, war.entry_of(o), min(o_sides), False)
        return cls("both", True, war.entry_of(o), min(o_sides), False)


def _score(kind: str, o: int, p: int, d: date, conduct: Conduct, war: War, name: Callable[[int], str],
           rules: Rules) -> tuple[str, str, str | None]:
    """(outcome, reason, the rule that decided it or None) from the obligor's conduct from day ``d``."""
    partner = "fighting_partner_violates" if rules.fighting_partner_violates else None
    if kind in ("defense", "offense"):
        if conduct.side == "with":
            late = rules.late_join_days
            if late is not None and conduct.entered is not None and (conduct.entered - d).days > late:
                return ("violated", f"{name(o)} joined {name(p)}'s side only on {conduct.entered} "
                        f"({(conduct.entered - d).days} days after the commitment was invoked)", "late_join_days")
            return "honoured", f"{name(o)} fought on {name(p)}'s side", None
        if conduct.side == "against":
            return "violated", f"{name(o)} fought against {name(p)}", partner
        if conduct.side == "both":
            return "undecidable", f"{name(o)} fought on both sides", None
        return "violated", f"{name(o)} stayed out of the war", None
    if kind == "neutrality":
        if conduct.side == "against":
            return "violated", f"{name(o)} fought against {name(p)}", partner
        return "honoured", f"{name(o)} did not fight against {name(p)}", None
    # non-aggression: the two fought each other
    aggressor = (conduct.obligor_side == war.initiating_side if conduct.obligor_side is not None
                 else conduct.began)
    if aggressor:
        return "violated", f"{name(o)} fought {name(p)} on the initiating side", partner
    return "honoured", f"{name(o)} fought {name(p)} only in defence (the other side initiated)", None
