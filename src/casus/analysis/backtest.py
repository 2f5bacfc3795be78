"""Backtest: every COW interstate war against the commitments it invoked.

Definitions follow Leeds, Long & Mitchell (2000) as far as they are published:
a commitment is *invoked* when a war brings about its casus foederis, and
*honoured* when the obligor does what it promised.  Per obligation kind:

* defence — the beneficiary is attacked (:meth:`War.attacked`: on the side
  that did not initiate the war, per COW's initiator codes, and a target on
  the war's first day, or entered the war the day an initiating-side state
  entered it, or the target of a dyad's first fighting in the Maoz data), by
  an adversary and at a time the clause covers: honoured if the obligor fights on the beneficiary's side,
  violated if it stays out or fights against it;
* offence — the beneficiary fights on the initiating side against an adversary
  the clause names: honoured if the obligor fights on its side;
* neutrality — the beneficiary is at war (attacked, where ATOP's neucoatt
  says so): honoured unless the obligor fights against it;
* non-aggression — obligor and beneficiary fight on opposite sides: violated
  if the obligor is on the initiating side, honoured if it only defended.

A condition the data cannot decide (an ATOP location flag with no area, an
adversary type) makes the commitment *undecidable*, with the reason; so does an
obligor bound to both sides.  Consultation is not scored (as in LLM 2000).

Departures from LLM (2000), said plainly: LLM coded each case by hand from
histories; casus decides mechanically from COW sides and entry dates and the
Maoz dyads (whose roles record first battles, not declarations of war, so a
state that joined a war voluntarily can still be counted as attacked if the
other side struck first); a commitment counts once per war, obligor, beneficiary, treaty
and kind; memberships are counted from signature (ATOP's convention:
``basis="signed"``), unless asked otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ..engine.conditions import Context, decide_all
from ..engine.obligations import index_for
from ..importers.cow_wars import read_wars
from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.wars import War
from ..session import corpus_of

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["Commitment", "backtest", "invoked_commitments", "predict_joiners", "summary", "PUBLISHED"]

#: Berkemeier & Fuhrmann (2018), honoured / invoked (docs/sources/data-sources.md §5)
PUBLISHED = {
    "overall": (None, None, 0.50), "before_1945": (61, 92, 0.663), "1945_2003": (12, 54, 0.222),
    "defense": (42, 102, 0.412), "offense": (31, 42, 0.738), "neutrality": (35, 45, 0.778),
    "nonaggression": (18, 49, 0.367),
}
SCORED = ("defense", "offense", "neutrality", "nonaggression")


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

    def to_dict(self) -> dict:
        return asdict(self)


def _label(corpus: Corpus) -> Callable[[int], str]:
    return lambda c: corpus.state_label(c)


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


def invoked_commitments(corpus: Corpus, war: War, basis: str = "signed") -> list[Commitment]:
    """Every scored commitment the war invoked, with its outcome."""
    corpus = corpus_of(corpus)
    out: dict[tuple, Commitment] = {}
    for p in sorted(war.states()):
        for c in _commitments_towards(corpus, war, p, basis):
            out.setdefault((c.treaty_id, c.obligor, c.beneficiary, c.kind), c)
    return sorted(out.values(), key=lambda c: (c.date, c.kind, c.beneficiary, c.obligor, c.treaty_id))


def _commitments_towards(corpus: Corpus, war: War, p: int, basis: str) -> list[Commitment]:
    """The commitments of every treaty in law towards participant ``p`` that the war invoked."""
    init_side = war.initiating_side
    d = war.entry_of(p)
    if d is None:
        raise ValueError(f"{p} did not take part in war {war.num} ({war.name})")
    sides_p = war.sides_of(p)
    attacked = war.attacked(p)
    aggressor = init_side in sides_p and len(sides_p) == 1
    adversaries = tuple(sorted(war.opponents(p)))
    sc = Scenario(tuple(x for x in adversaries if x != p) or (p,), (p,), d, where=war_place(corpus, war, p),
                  basis=basis)
    ctx = Context(sc, p, adversaries, attacked, sc.where, corpus.geo, _label(corpus))
    kinds = [k for k in SCORED if (k != "defense" or attacked) and (k != "offense" or aggressor)]
    index = index_for(corpus)
    out: list[Commitment] = []
    for t in corpus.treaties_of(p):
        if t.legal_status != "treaty":
            continue
        inside = None
        for ob in (ob for k in kinds for ob in index.toward(t, k, p)):
            state = ob.on(d, basis)
            if state.tri is Tri.NO:
                continue
            o_sides = war.sides_of(ob.obligor)
            if ob.kind == "nonaggression" and not (o_sides and o_sides.isdisjoint(sides_p)):
                continue  # invoked only when the two fight on opposite sides
            verdict = decide_all(ob.clause.conditions, ctx)
            if verdict.tri is Tri.NO:
                continue
            opens = [str(r) for r in verdict.opens]
            if state.month_only:
                opens.append("a membership date is known only to the month")
            if inside is None:
                inside = [a for a in adversaries if t.membership_on(a, d, basis)[0] is not Tri.NO]
            if ob.kind == "offense" and inside:
                # joining an attack on a fellow member: the engine calls that conflicted (rules.conflicting_kinds)
                opens.append("the war is between members of this treaty ("
                             + ", ".join(corpus.state_label(a) for a in inside) + ")")
            outcome, reason = _score(ob.kind, ob.obligor, p, o_sides, sides_p, init_side, corpus)
            if ob.kind == "defense" and inside:
                # the aggressor's own membership gives it no claim: the duty to defend the victim holds
                reason += " (the attacker, " + ", ".join(corpus.state_label(a) for a in inside) + \
                    ", is itself a party)"
            if opens and outcome != "undecidable":
                reason = "open condition: " + "; ".join(opens) + f" (the obligor {reason})"
                outcome = "undecidable"
            out.append(Commitment(war.num, war.name, t.atopid, t.id, ob.obligor, p, ob.kind, d.isoformat(),
                                  outcome, reason, ob.clause.article))
    return out


def _score(kind: str, o: int, p: int, o_sides: set[int], p_sides: set[int], init_side: int, corpus) -> tuple[str, str]:
    name = corpus.state_label
    if kind in ("defense", "offense"):
        if o_sides & p_sides and not (o_sides - p_sides):
            return "honoured", f"{name(o)} fought on {name(p)}'s side"
        if o_sides and o_sides.isdisjoint(p_sides):
            return "violated", f"{name(o)} fought against {name(p)}"
        if o_sides:
            return "undecidable", f"{name(o)} fought on both sides"
        return "violated", f"{name(o)} stayed out of the war"
    if kind == "neutrality":
        if o_sides and o_sides.isdisjoint(p_sides):
            return "violated", f"{name(o)} fought against {name(p)}"
        return "honoured", f"{name(o)} did not fight against {name(p)}"
    # nonaggression: opposite sides
    if init_side in o_sides:
        return "violated", f"{name(o)} fought {name(p)} on the initiating side"
    return "honoured", f"{name(o)} fought {name(p)} only in defence (the other side initiated)"


def predict_joiners(corpus: Corpus, war: War, basis: str = "signed", policy: str = "defensive") -> dict:
    """The cascade from the war's first attack against who actually joined."""
    corpus = corpus_of(corpus)
    from ..engine.evaluate import evaluate

    start = war.start
    init = war.initiating_side
    first = [p for p in war.participants if p.entry == start]
    attackers = tuple(sorted({p.ccode for p in first if p.side == init}))
    targets = tuple(sorted({p.ccode for p in first if p.side != init}))
    members = {s.ccode for s in corpus.states.members_on(start)}
    attackers = tuple(a for a in attackers if a in members)
    targets = tuple(t for t in targets if t in members and t not in attackers)
    actual = {p.ccode for p in war.participants} - set(attackers) - set(targets)
    if not attackers or not targets:
        return {"war": war.num, "war_name": war.name, "skipped": "no initial attacker and target in the state system",
                "predicted": [], "actual": sorted(actual), "hits": []}
    from ..model.areas import Place

    where = None
    if war.where and any(corpus.geo.region_of(t) not in war.where for t in targets):
        where = Place(id=f"war-{war.num}", name=f"the {war.name} theatre", name_hi=None, sovereign=None,
                      kind="theatre", tags=theatre_tags(corpus, war, targets))
    ev = evaluate(corpus, Scenario(attackers, targets, start, where=where, basis=basis, policy=policy))
    predicted = set(ev.side) - set(attackers) - set(targets)
    side_ok = {c for c in predicted & actual
               if (ev.side[c] == "A") == (war.side_of(c) == init)}
    return {"war": war.num, "war_name": war.name, "date": start.isoformat(), "attackers": list(attackers),
            "targets": list(targets), "predicted": sorted(predicted), "actual": sorted(actual),
            "hits": sorted(predicted & actual), "side_correct": sorted(side_ok),
            "missed": sorted(actual - predicted), "false_alarms": sorted(predicted - actual)}


def _rate(cs: Iterable[Commitment]) -> dict:
    cs = list(cs)
    decided = [c for c in cs if c.outcome != "undecidable"]
    h = sum(1 for c in decided if c.outcome == "honoured")
    return {"honoured": h, "invoked": len(decided), "undecidable": len(cs) - len(decided),
            "rate": round(h / len(decided), 3) if decided else None}


def summary(commitments: list[Commitment], joiners: list[dict]) -> dict:
    pre = [c for c in commitments if int(c.date[:4]) < 1945]
    post = [c for c in commitments if int(c.date[:4]) >= 1945]
    scored = [j for j in joiners if "skipped" not in j]
    hits = sum(len(j["hits"]) for j in scored)
    pred = sum(len(j["predicted"]) for j in scored)
    act = sum(len(j["actual"]) for j in scored)
    side_ok = sum(len(j["side_correct"]) for j in scored)
    return {
        "overall": _rate(commitments),
        "before_1945": _rate(pre),
        "1945_2003": _rate(post),
        "by_kind": {k: _rate(c for c in commitments if c.kind == k) for k in SCORED},
        "published": {k: {"honoured": v[0], "invoked": v[1], "rate": v[2]} for k, v in PUBLISHED.items()},
        "published_source": "Berkemeier & Fuhrmann (2018), as recorded in docs/sources/data-sources.md section 5",
        "joiners": {
            "wars": len(scored), "predicted": pred, "actual": act, "hits": hits, "side_correct": side_ok,
            "precision": round(hits / pred, 3) if pred else None,
            "recall": round(hits / act, 3) if act else None,
        },
    }


def backtest(corpus: Corpus, basis: str = "signed", progress: Callable[[int, int, War], None] | None = None) -> dict:
    """Run over every war; returns ``{"commitments": [...], "joiners": [...], "summary": {...}}``."""
    corpus = corpus_of(corpus)
    wars = read_wars()
    commitments: list[Commitment] = []
    joiners: list[dict] = []
    for i, w in enumerate(wars, 1):
        if progress:
            progress(i, len(wars), w)
        commitments += invoked_commitments(corpus, w, basis)
        joiners.append(predict_joiners(corpus, w, basis))
    return {"schema": "casus.backtest/1", "basis": basis, "commitments": commitments, "joiners": joiners,
            "summary": summary(commitments, joiners)}
