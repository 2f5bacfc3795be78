"""The casus-foederis engine, traced: a scenario in, findings and the cascade out.

``evaluate(corpus, scenario)`` runs rounds until closure:

* round 1 holds the obligations the attack itself triggers: defence of the
  attacked, offence partners of the attackers, neutrality and consultation
  towards every belligerent (:func:`casus.engine.rules.triggered_kinds`);
* a state with a *binding*, unconflicted duty to defend or join enters the war
  on that side; what its entry triggers is found in the next round, under the
  scenario's named policy (:class:`casus.engine.rules.War`);
* closure is reached when a round adds no one.  Sides only grow and the state
  system is finite, so the loop ends.

Obligations come from the one expansion (:mod:`casus.engine.obligations`),
conditions from :func:`casus.engine.conditions.decide_all`, and the cascade's
rules from :mod:`casus.engine.rules`, which the compiled engine shares.

Conflicts are reported, never resolved silently: a state bound to both sides,
bound to defend against a state it also owes defence or neutrality, or
already fighting on the other side gets ``status="conflicted"`` with the
reasons, and does not enter.  An attacker never appears as defending its own
target: such a duty is reported in ``breaches``.

Non-aggression duties are findings only for states involved in the war (a
belligerent, or a state bound to defend or join): an uninvolved state's duty
not to attack a belligerent restrains nothing the scenario asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..importers.atop import ATOP_LAST_YEAR
from ..model.actors import is_actor
from ..model.dates import Tri
from ..model.findings import Excluded, Finding, Inactive, Scenario, SideMember, TreatyRef
from ..model.reasons import Reason, StateRef, Text, Word
from ..model.treaty import DUTY_OF_KIND, AfterAtop, Clause, Treaty
from .conditions import Context, Trigger, Verdict, decide_all, trigger_of
from .inactive import host_not_engaged, inactive_treaties, no_defence_instruments
from .obligations import Obligation, index_for
from .rules import ENTRY_DUTIES, War, conflicting_kinds, merge, neutrality_owed, pick_entrants, triggered_kinds

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["evaluate", "Evaluation"]

ATOP_LAST_DAY_YEAR = ATOP_LAST_YEAR  # (read from the bundled release's record: casus.importers.atop)
MONTH_ONLY = Reason.of("date_month_only")
AFTER_ATOP = Reason.of("atop_after_2018")
TREATY_FILE_READING = "casus's reading of the article (treaty file)"


@dataclass
class Evaluation:
    """Raw engine output; :class:`casus.present.result.AttackResult` presents it."""

    scenario: Scenario
    findings: list[Finding]
    members: dict[int, SideMember]
    side: dict[int, str]
    inactive: list[Inactive]
    excluded: list[Excluded]
    breaches: list[Finding]
    rounds: int
    guarantees: list[Finding] = field(default_factory=list)
    no_defence: list[Inactive] = field(default_factory=list)


def _ref(t: Treaty, clause: Clause) -> TreatyRef:
    return TreatyRef(id=t.id, name=t.name, article=clause.article, atopid=t.atopid,
                     short_name=t.name if t.origin == "atop" else t.short_name)


def _quote_source(t: Treaty, clause: Clause) -> str | None:
    src = t.source(clause.quote_source) if clause.quote_source else None
    if src is None:
        src = t.sources[0] if t.sources else None
    return src.cite() if src else None


#: the notes already worded, by (record, treaty name, how many of its events had happened): the same for
#: every scenario between two events, so worded (and put in English) once
_AFTER_NOTES: dict[tuple[int, str, int], tuple[AfterAtop, Reason]] = {}


def after_atop_note(t: Treaty, d: date, label: Callable[[int], str]) -> Reason:
    """The note on a finding under ATOP alliance ``t`` after 2018: what casus found about it since
    (:class:`casus.model.treaty.AfterAtop`) up to ``d``, or, if it was not researched, the generic note."""
    rec = t.after_atop
    if rec is None:
        return AFTER_ATOP
    events = [e for e in rec.events if e.day.earliest <= d]
    key = (id(rec), t.short_name, len(events))
    hit = _AFTER_NOTES.get(key)
    if hit is not None and hit[0] is rec:  # (the record is kept in the entry: its identity is never reused)
        return hit[1]
    if events:
        said = []
        for e in events:
            who = ", ".join(label(m) for m in e.members)
            said.append(f"{e.day}: {e.kind.replace('_', ' ')}" + (f" ({who})" if who else "")
                        + ("" if e.confirmed else " (UNCONFIRMED)"))
        note = Reason.of("atop_after_changed", treaty=Text(t.short_name), checked=rec.checked,
                         events=Text("; ".join(said)))
    else:
        note = Reason.of("atop_after_checked", treaty=Text(t.short_name), checked=rec.checked)
    if len(_AFTER_NOTES) > 10_000:
        _AFTER_NOTES.clear()
    _AFTER_NOTES[key] = (rec, note)
    return note


def _participation(t: Treaty, who: StateRef, st) -> Reason:
    if st.status == "possibly_ended":
        return Reason.of("membership_possibly_ended", state=who, treaty=Text(t.short_name), since=str(st.start),
                         note=Text(st.note or ""))
    args = {"state": who, "treaty": Text(t.short_name), "status": Word(st.status), "since": str(st.start)}
    if st.note:
        return Reason.of("participation_status_note", note=Text(st.note), **args)
    return Reason.of("participation_status", **args)


class _Evaluator:
    def __init__(self, corpus: Corpus, sc: Scenario):
        self.c = corpus
        self.sc = sc
        self.d = sc.date
        self.index = index_for(corpus)
        self.war = War.start(sc)
        self.excluded: dict[tuple, Excluded] = {}
        self._seen: dict[int, tuple] = {}
        self._live: dict[int, list[Treaty]] = {}
        self._refs: dict[tuple[str, str], tuple] = {}
        self._names: dict[int, StateRef] = {}
        self._members: dict[tuple[str, int], tuple] = {}
        self._live_ids: dict[int, set[int]] = {}
        #: an attacker that is not a state makes every clause's trigger matter (conditions.aggressor_verdict)
        self._by_actor = any(is_actor(a) for a in sc.attackers)

    def _trigger(self, t: Treaty, clause: Clause) -> Trigger | None:
        return trigger_of(t, clause) if self._by_actor else None

    def ref(self, ccode: int) -> StateRef:
        hit = self._names.get(ccode)
        if hit is None:
            hit = self._names[ccode] = StateRef(ccode, self.c.state_label(ccode))
        return hit

    def _membership_on(self, t: Treaty, ccode: int) -> tuple:
        """(member?, the membership cited, its sources, the date basis it used), memoised for the scenario."""
        key = (t.id, ccode)
        hit = self._members.get(key)
        if hit is None:
            tri, m = t.membership_on(ccode, self.d, self.sc.basis)
            hit = self._members[key] = ((tri, m, tuple(m.sources), m.start(self.sc.basis)[1]) if m is not None
                                        else (tri, None, (), ""))
        return hit

    def member_tri(self, t: Treaty, ccode: int) -> Tri:
        """Is ``ccode`` a member of ``t`` on the date (memoised for the scenario)?"""
        hit = self._members.get((t.id, ccode))
        if hit is None:
            hit = self._membership_on(t, ccode)
        return hit[0]

    def holds(self, t: Treaty, p: int) -> bool:
        """Does ``p``'s membership of ``t`` hold (or may it) on the date?"""
        live = self._live_ids.get(p)
        if live is None:
            live = self._live_ids[p] = {id(x) for x in self.live_treaties(p)}
        return id(t) in live and self.member_tri(t, p) is not Tri.NO

    def live_treaties(self, p: int) -> list[Treaty]:
        """Treaties of ``p`` whose membership may hold on the date (ended and future ones dropped)."""
        hit = self._live.get(p)
        if hit is None:
            hit = self._live[p] = self.c.treaties_maybe_holding(p, self.d, self.sc.basis)
        return hit

    def _treaty_notes(self, t: Treaty, adversaries: tuple[int, ...]) -> tuple[tuple[Reason, ...], tuple[Reason, ...]]:
        """The notes of ``t``'s findings against ``adversaries``: (for a defence duty) that an attacker
        is itself a party; (for an ATOP alliance after 2018) what casus found since."""
        fellows = tuple(a for a in adversaries if self.member_tri(t, a) is not Tri.NO)
        party = (Reason.of("attacker_is_party", attackers=tuple(self.ref(a) for a in fellows),
                           treaty=Text(t.short_name)),) if fellows else ()
        recent = t.origin == "atop" and self.d.year > ATOP_LAST_DAY_YEAR
        after = (after_atop_note(t, self.d, self.c.state_label),) if recent else ()
        return party, after

    # -- obligations of one clause kind towards one beneficiary -------------------
    def apply(self, obligations: Iterable[Obligation], beneficiary: int, adversaries: tuple[int, ...],
              rnd: int, via: int) -> list[Finding]:
        out: list[Finding] = []
        verdicts: dict[int, Verdict] = {}
        btri = None
        d, basis, member_tri, members = self.d, self.sc.basis, self.member_tri, self._members
        ordered = tuple(sorted(adversaries))
        treaty_notes: tuple[tuple[Reason, ...], tuple[Reason, ...]] | None = None  # (the same for the whole call)
        for ob in obligations:  # (one treaty, one beneficiary)
            t, o = ob.treaty, ob.obligor
            if btri is None:
                btri = member_tri(t, beneficiary)
                if btri is Tri.NO:
                    return out
            ohit = members.get((t.id, o))
            if ohit is None:
                ohit = self._membership_on(t, o)
            if ohit[0] is Tri.NO:
                continue
            state = ob.on(d, basis, ohit[0], btri)
            if state.tri is Tri.NO:
                continue
            clause = ob.clause
            verdict = verdicts.get(id(clause))
            if verdict is None:
                # "attacked": the beneficiary fights a defensive war (target or defender), not an aggressive one
                ctx = Context(self.sc, beneficiary, adversaries, not self.war.is_aggressor(beneficiary),
                              self.sc.where, self.c.geo, self.c.state_label)
                verdict = verdicts[id(clause)] = decide_all(clause.conditions, ctx, self._trigger(t, clause))
            rk = (t.id, clause.id)
            if rk not in self._refs:
                self._refs[rk] = (_ref(t, clause), _quote_source(t, clause))
            ref, qsource = self._refs[rk]
            duty = DUTY_OF_KIND[clause.kind]
            if verdict.refused is not None:
                self.excluded.setdefault((t.id, clause.id, o, beneficiary),
                                         Excluded(o, duty, beneficiary, ref, clause.id, verdict.refused))
                continue
            opens: list[Reason] = [MONTH_ONLY] if state.month_only else []
            if state.unconfirmed:
                for signed in dict.fromkeys(str(m.signed) for m in state.unconfirmed):
                    opens.append(Reason.of("entry_unconfirmed", treaty=Text(t.short_name), signed=signed))
            if state.statuses:
                opens += [_participation(t, self.ref(who), st) for who, st in state.statuses]
            opens += verdict.opens
            if treaty_notes is None:
                treaty_notes = self._treaty_notes(t, adversaries)
            fellows, after = treaty_notes
            notes = [*verdict.notes, *(fellows if clause.kind == "defense" else ()), *after]
            status = "binding" if state.tri is Tri.YES and not opens else "conditional"
            used, used_sources, used_basis = ohit[1:]
            out.append(Finding(
                obligor=o, duty=duty, beneficiary=beneficiary, status=status, round=rnd,
                treaty=ref, clause=clause.id, kind=clause.kind, response=clause.response,
                open_conditions=tuple(opens), quote=clause.quote, quote_note=clause.quote_note,
                source=qsource, sources=used_sources, adversaries=ordered,
                via=via, date_basis=used_basis, notes=tuple(notes), response_phrase=clause.response_phrase,
                response_basis=clause.response_basis or (TREATY_FILE_READING if t.origin != "atop" else None),
            ))
        return out

    # -- one round ---------------------------------------------------------
    def triggered(self, rnd: int) -> list[Finding]:
        found: list[Finding] = []
        war = self.war
        for p in list(war.side):
            sig = war.situation(p)
            if self._seen.get(p) == sig:
                continue  # a participant whose situation has not changed triggers nothing new
            self._seen[p] = sig
            wanted = triggered_kinds(war, p)
            toward = self.index.toward
            for t in self.live_treaties(p):
                kinds = t.clauses_by_kind
                for kind, adversaries in wanted:
                    if kind in kinds:
                        obs = toward(t, kind, p)
                        if obs:
                            found += self.apply(obs, p, adversaries, rnd, p)
        return found

    def nonaggression(self, findings: dict[tuple, Finding]) -> list[Finding]:
        """Non-aggression duties toward every participant that is not an aggressor, owed by the
        states involved in the war (participants, and states bound to defend or join).

        A non-aggression pact protects a state from attack, not an aggressor from those who resist
        it (collective self-defence); an uninvolved state's duty not to attack restrains nothing
        the scenario asks.  Computed once the cascade is closed: an aggressor is one from its
        entry, so this gives the duties the round-by-round evaluation would have found, each in
        the round after its beneficiary entered the war.
        """
        war = self.war
        involved = set(war.side) | {f.obligor for f in findings.values() if f.duty in ENTRY_DUTIES}
        out: list[Finding] = []
        for p in list(war.side):
            if war.is_aggressor(p):
                continue
            foes = war.foes(p)
            rnd = war.members[p].round + 1
            for t in self.live_treaties(p):
                if "nonaggression" not in t.clauses_by_kind:
                    continue
                obs = self.index.toward(t, "nonaggression", p)
                if obs:
                    mine = [ob for ob in obs if ob.obligor in involved]
                    if mine:
                        out += self.apply(mine, p, foes, rnd, p)
        return out

    def collect(self, findings: dict[tuple, Finding], guarantees: dict[tuple, Finding], new: list[Finding]) -> None:
        for f in new:
            if self.c.treaties[f.treaty.id].legal_status != "treaty":
                # a unilateral or political commitment: shown apart, never draws a state in
                guarantees.setdefault(f.key, f)
                continue
            old = findings.get(f.key)
            if old is None:
                findings[f.key] = f
                continue
            base, rnd, adversaries = merge((old.status, old.round, old.adversaries),
                                           (f.status, f.round, f.adversaries))
            chosen = f if base == "new" else old
            if (chosen, rnd, adversaries) != (old, old.round, old.adversaries):
                findings[f.key] = replace(chosen, round=rnd, adversaries=adversaries)

    def run(self) -> Evaluation:
        sc, war = self.sc, self.war
        findings: dict[tuple, Finding] = {}
        guarantees: dict[tuple, Finding] = {}
        rnd = 0
        while True:
            rnd += 1
            self.collect(findings, guarantees, self.triggered(rnd))
            classified, breaches = self.classify(findings)
            entrants = self.entrants(classified)
            if not entrants:
                for f in self.nonaggression(findings):
                    findings.setdefault(f.key, f)
                classified, breaches = self.classify(findings)
                break
            for o, (side, via, duty) in sorted(entrants.items()):
                war.enter(o, side, via, duty, rnd)
        return Evaluation(
            scenario=sc, findings=classified, members=dict(war.members), side=dict(war.side),
            inactive=inactive_treaties(self.c, sc, self.holds) + host_not_engaged(self.c, sc),
            excluded=list(self.excluded.values()),
            breaches=breaches, rounds=rnd,
            guarantees=sorted(guarantees.values(), key=lambda f: (f.round, f.obligor, f.beneficiary)),
            no_defence=no_defence_instruments(self.c, sc),
        )

    # -- conflicts and entry ---------------------------------------------
    def side_of_duty(self, f: Finding) -> str | None:
        if f.duty in ENTRY_DUTIES:
            return self.war.side.get(f.beneficiary)
        return None

    def owes(self, obligor: int, other: int, kinds: tuple[str, ...]) -> list[Reason]:
        """What ``obligor`` owes ``other`` of ``kinds`` on the date, one reason per treaty."""
        out = []
        other_aggressor = self.war.is_aggressor(other)
        for t in self.live_treaties(obligor):
            if other not in t.memberships_of:
                continue
            for ob in self.index.between(t, obligor, other):
                if ob.kind not in kinds:
                    continue
                if ob.kind == "neutrality" and not neutrality_owed(
                        any(c.kind == "attacked" for c in ob.clause.conditions), other_aggressor):
                    continue
                if ob.on(self.d, self.sc.basis, self.member_tri(t, obligor), self.member_tri(t, other)).tri is Tri.NO:
                    continue
                out.append(Reason.of("also_owes", state=self.ref(obligor), duty=Word(DUTY_OF_KIND[ob.kind]),
                                     other=self.ref(other), treaty=Text(t.short_name)))
                break
        return out

    def _entry_conflicts(self, f: Finding, sides_of: dict[int, set[str]]) -> list[Reason]:
        o = f.obligor
        own, target_side = self.war.side.get(o), self.side_of_duty(f)
        reasons: list[Reason] = []
        if own is not None and target_side is not None and own != target_side:
            reasons.append(Reason.of("already_fighting_other_side", state=self.ref(o)))
        if len(sides_of.get(o, ())) > 1:
            reasons.append(Reason.of("bound_to_both_sides", state=self.ref(o)))
        for foe in f.adversaries:
            reasons += self.owes(o, foe, conflicting_kinds(f.duty, foe in self.war.attacked_by))
        return reasons

    def classify(self, findings: dict[tuple, Finding]) -> tuple[list[Finding], list[Finding]]:
        war = self.war
        out: list[Finding] = []
        breaches: list[Finding] = []
        sides_of: dict[int, set[str]] = {}
        for f in findings.values():
            s = self.side_of_duty(f)
            if s:
                sides_of.setdefault(f.obligor, set()).add(s)
        involved = set(war.side) | {f.obligor for f in findings.values() if f.duty in ENTRY_DUTIES}
        for f in findings.values():
            if f.duty == "nonaggression" and f.obligor not in involved:
                continue  # an uninvolved state's duty not to attack restrains nothing here
            o = f.obligor
            if f.duty in ENTRY_DUTIES:
                if o in f.adversaries:
                    breaches.append(replace(f, status="conflicted",
                                            conflicts=(Reason.of("obligor_fights_beneficiary"),)))
                    continue
                reasons = self._entry_conflicts(f, sides_of)
            else:  # neutral, nonaggression, consult
                reasons = []
                own, ben_side = war.side.get(o), war.side.get(f.beneficiary)
                if own is not None and ben_side is not None and own != ben_side:
                    if war.members[o].role == "attacker":
                        breaches.append(replace(f, status="conflicted",
                                                conflicts=(Reason.of("attack_breaches_duty"),)))
                        continue
                    reasons.append(Reason.of("fighting_other_side", state=self.ref(o)))
            if reasons:
                f = replace(f, status="conflicted", conflicts=tuple(dict.fromkeys(reasons)))
            elif f.status == "conflicted":
                f = replace(f, status="conditional" if f.open_conditions else "binding", conflicts=())
            out.append(f)
        out.sort(key=lambda f: (f.round, f.duty, f.obligor, f.beneficiary, f.treaty.id, f.clause))
        breaches.sort(key=lambda f: (f.obligor, f.beneficiary, f.treaty.id, f.clause))
        return out, breaches

    def entrants(self, findings: list[Finding]) -> dict[int, tuple[str, int, str]]:
        conflicted = {f.obligor for f in findings if f.status == "conflicted" and f.duty in ENTRY_DUTIES}
        candidates = [((f.round, f.duty, f.obligor, f.beneficiary), f.obligor, f.duty, f.beneficiary, f.status,
                       f.response) for f in findings]
        return pick_entrants(candidates, self.war, conflicted)


def evaluate(corpus: Corpus, scenario: Scenario) -> Evaluation:
    """Evaluate a validated scenario against the corpus (see module docstring)."""
    return _Evaluator(corpus, scenario).run()
