"""The casus-foederis engine: a scenario in, findings and the cascade out.

``evaluate(corpus, scenario)`` runs rounds until closure:

* round 1 holds the obligations the attack itself triggers: defence of the
  attacked, offence partners of the attackers, neutrality, non-aggression and
  consultation towards every belligerent;
* a state with a *binding*, unconflicted duty to defend or join enters the war
  on that side; what its entry triggers is found in the next round, under the
  scenario's named policy (:data:`casus.model.findings.POLICIES`);
* closure is reached when a round adds no one.  Sides only grow and the state
  system is finite, so the loop ends.

Conflicts are reported, never resolved silently: a state bound to both sides,
bound to defend against a state it also owes defence or non-aggression, or
already fighting on the other side gets ``status="conflicted"`` with the
reason, and does not enter.  An attacker never appears as defending its own
target: such a duty is reported in ``breaches``.

Non-aggression duties are findings only for states involved in the war (a
belligerent, or a state bound to defend or join): an uninvolved state's duty
not to attack a belligerent restrains nothing the scenario asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model.dates import Tri, tri_and
from ..model.findings import Excluded, Finding, Inactive, Scenario, SideMember, TreatyRef
from ..model.treaty import DUTY_OF_KIND, Clause, Treaty
from .conditions import Context, decide

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["evaluate", "Evaluation"]


@dataclass
class _War:
    side: dict[int, str] = field(default_factory=dict)  # ccode -> "A" | "D"
    members: dict[int, SideMember] = field(default_factory=dict)
    attacked_by: dict[int, set[int]] = field(default_factory=dict)
    attacking: dict[int, set[int]] = field(default_factory=dict)

    def enter(self, ccode: int, side: str, rnd: int, role: str) -> None:
        self.side[ccode] = side
        self.members[ccode] = SideMember(ccode, rnd, role)


@dataclass
class Evaluation:
    """Raw engine output; :class:`casus.result.AttackResult` presents it."""

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


class _Evaluator:
    def __init__(self, corpus: "Corpus", sc: Scenario):
        self.c = corpus
        self.sc = sc
        self.d = sc.date
        self.place = sc.where
        self.excluded: dict[tuple, Excluded] = {}
        self._members: dict[tuple[str, int], tuple[Tri, str, tuple[str, ...]]] = {}
        self._seen: dict[int, tuple] = {}
        self._status_memo: dict[tuple[str, int], object] = {}
        self._live: dict[int, list[Treaty]] = {}
        self._refs: dict[tuple[str, str], tuple] = {}

    # -- membership -------------------------------------------------------
    def member_status(self, t: Treaty, ccode: int) -> tuple[Tri, str, tuple[str, ...]]:
        key = (t.id, ccode)
        hit = self._members.get(key)
        if hit is None:
            tri, m = t.membership_on(ccode, self.d, self.sc.basis)
            hit = (Tri.NO, "", ()) if m is None else (tri, m.start(self.sc.basis)[1], m.sources)
            self._members[key] = hit
        return hit

    def live_treaties(self, p: int) -> list[Treaty]:
        """Treaties of ``p`` whose membership may hold on the date (ended and future ones dropped)."""
        hit = self._live.get(p)
        if hit is None:
            hit = self._live[p] = self.c.treaties_maybe_holding(p, self.d, self.sc.basis)
        return hit

    def party_status(self, t: Treaty, ccode: int):
        key = (t.id, ccode)
        if key not in self._status_memo:
            self._status_memo[key] = self._party_status(t, ccode)
        return self._status_memo[key]

    def _party_status(self, t: Treaty, ccode: int):
        if not t.has_statuses:
            return None
        for m in t.memberships:
            if m.ccode == ccode and m.statuses and m.holds(self.d, self.sc.basis) is not Tri.NO:
                st = m.status_on(self.d)
                if st is not None:
                    return st
        return None

    def parties_on(self, t: Treaty) -> list[int]:
        return [c for c in t.parties if self.member_status(t, c)[0] is not Tri.NO]

    # -- one clause -------------------------------------------------------
    def apply(self, t: Treaty, clause: Clause, beneficiary: int, adversaries: tuple[int, ...],
              rnd: int, via: int, only: set[int] | None = None) -> list[Finding]:
        out: list[Finding] = []
        btri, _, _ = self.member_status(t, beneficiary)
        if btri is Tri.NO:
            return out
        if clause.beneficiaries is not None and beneficiary not in clause.beneficiaries:
            return out
        wtri = clause.window.contains(self.d) if clause.window is not None else Tri.YES
        if wtri is Tri.NO:
            return out
        obligors = clause.obligors if clause.obligors is not None else tuple(t.parties)
        if only is not None:
            obligors = [o for o in obligors if o in only]
        duty = DUTY_OF_KIND[clause.kind]
        for o in obligors:
            if o == beneficiary:
                continue
            otri, used, msrc = self.member_status(t, o)
            if otri is Tri.NO:
                continue
            # "attacked": the beneficiary fights a defensive war (target or defender), not an aggressive one
            ctx = Context(self.sc, beneficiary, adversaries, beneficiary not in self.war.attacking,
                          self.place, self.c.geo, self.c.state_label)
            opens: list[str] = []
            notes: list[str] = []
            verdict = tri_and(otri, btri, wtri)
            if otri is Tri.UNKNOWN or btri is Tri.UNKNOWN or wtri is Tri.UNKNOWN:
                opens.append("the scenario's date falls where a membership date is known only "
                             "to the month (the source gives no day)")
            for who in (o, beneficiary):
                st = self.party_status(t, who)
                if st is not None:
                    opens.append(f"{self.c.state_label(who)}'s participation in {t.short_name} is {st.status} "
                                 f"since {st.start} (still a member)" + (f": {st.note}" if st.note else ""))
            refused = None
            for cond in clause.conditions:
                tri, why = decide(cond, ctx)
                if tri is Tri.NO:
                    refused = why
                    break
                if tri is Tri.UNKNOWN:
                    opens.append(why)
                else:
                    notes.append(why)
            rk = (t.id, clause.id)
            if rk not in self._refs:
                self._refs[rk] = (_ref(t, clause), _quote_source(t, clause))
            ref, qsource = self._refs[rk]
            if refused is not None:
                key = (t.id, clause.id, o, beneficiary)
                self.excluded.setdefault(key, Excluded(o, duty, beneficiary, ref, clause.id, refused))
                continue
            if t.origin == "atop" and self.d.year > 2018:
                notes.append("ATOP 5.1 records this alliance in force on 2018-12-31; "
                             "no later change is recorded in casus")
            status = "binding" if verdict is Tri.YES and not opens else "conditional"
            out.append(Finding(
                obligor=o, duty=duty, beneficiary=beneficiary, status=status, round=rnd,
                treaty=ref, clause=clause.id, kind=clause.kind, response=clause.response,
                open_conditions=tuple(opens), quote=clause.quote, quote_note=clause.quote_note,
                source=qsource, sources=tuple(msrc), adversaries=tuple(sorted(adversaries)),
                via=via, date_basis=used, notes=tuple(notes),
            ))
        return out

    # -- one round ---------------------------------------------------------
    def triggered(self, rnd: int) -> list[Finding]:
        found: list[Finding] = []
        war = self.war
        for p in list(war.side):
            # a participant whose situation has not changed triggers nothing new
            sig = (war.side[p], frozenset(war.attacked_by.get(p, ())), frozenset(war.attacking.get(p, ())))
            if self._seen.get(p) == sig:
                continue
            self._seen[p] = sig
            attacked = p in war.attacked_by
            aggressor = p in war.attacking
            foes = tuple(war.attacked_by.get(p, set()) | war.attacking.get(p, set()))
            wanted = (("defense", "consultation") if attacked else ()) + (("offense",) if aggressor else ())
            for t in self.live_treaties(p):
                by_kind = t.clauses_by_kind
                for k in wanted:
                    for clause in by_kind.get(k, ()):
                        adv = tuple(war.attacking[p]) if k == "offense" else tuple(war.attacked_by[p])
                        found += self.apply(t, clause, p, adv, rnd, p)
                for clause in by_kind.get("neutrality", ()):
                    found += self.apply(t, clause, p, foes, rnd, p)
                # non-aggression duties are found once the cascade is closed (see nonaggression())
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
        involved = set(war.side) | {f.obligor for f in findings.values() if f.duty in ("defend", "join")}
        out: list[Finding] = []
        for p in list(war.side):
            if p in war.attacking:
                continue
            foes = tuple(war.attacked_by.get(p, set()) | war.attacking.get(p, set()))
            rnd = war.members[p].round + 1
            for t in self.live_treaties(p):
                if "nonaggression" not in t.clauses_by_kind:
                    continue
                idx = t.clause_index
                clauses = {id(c): c for c in idx.get(("nonaggression", None), ())}
                for o in involved.intersection(t.memberships_of):
                    if o != p:
                        clauses.update((id(c), c) for c in idx.get(("nonaggression", o), ()))
                for clause in clauses.values():
                    out += self.apply(t, clause, p, foes, rnd, p, only=involved)
        return out

    def run(self) -> Evaluation:
        sc = self.sc
        self.war = war = _War()
        for a in sc.attackers:
            war.enter(a, "A", 0, "attacker")
            war.attacking[a] = set(sc.targets)
        for t in sc.targets:
            war.enter(t, "D", 0, "target")
            war.attacked_by[t] = set(sc.attackers)
        findings: dict[tuple, Finding] = {}
        guarantees: dict[tuple, Finding] = {}
        rnd = 0
        while True:
            rnd += 1
            for f in self.triggered(rnd):
                if self.c.treaties[f.treaty.id].legal_status != "treaty":
                    # a unilateral or political commitment: shown apart, never draws a state in
                    guarantees.setdefault(f.key, f)
                    continue
                old = findings.get(f.key)
                if old is None:
                    findings[f.key] = f
                elif old.status != "binding" and f.status == "binding":
                    findings[f.key] = replace(f, round=old.round)
                elif old.adversaries != f.adversaries:
                    findings[f.key] = replace(old, adversaries=f.adversaries)
            classified, breaches = self.classify(findings)
            entrants = self.entrants(classified)
            if not entrants:
                for f in self.nonaggression(findings):
                    findings.setdefault(f.key, f)
                classified, breaches = self.classify(findings)
                break
            for o, (side, via, duty) in sorted(entrants.items()):
                war.enter(o, side, rnd, "defender" if duty == "defend" else "joiner")
                if duty == "join":
                    war.attacking[o] = set(war.attacking.get(via, set()))
                    for tgt in war.attacking[o]:
                        war.attacked_by.setdefault(tgt, set()).add(o)
                elif sc.policy == "escalation":
                    for foe in war.attacked_by.get(via, set()):
                        war.attacked_by.setdefault(foe, set()).add(o)
                        war.attacking.setdefault(o, set()).add(foe)
        return Evaluation(
            scenario=sc, findings=classified, members=dict(war.members), side=dict(war.side),
            inactive=self.inactive(), excluded=list(self.excluded.values()), breaches=breaches, rounds=rnd,
            guarantees=sorted(guarantees.values(), key=lambda f: (f.round, f.obligor, f.beneficiary)),
            no_defence=self.no_defence(),
        )

    # -- conflicts and entry ---------------------------------------------
    def side_of_duty(self, f: Finding) -> str | None:
        if f.duty in ("defend", "join"):
            return self.war.side.get(f.beneficiary)
        return None

    def owes(self, obligor: int, other: int, kinds: tuple[str, ...]) -> list[str]:
        """Treaties under which ``obligor`` owes ``other`` one of ``kinds`` on the date."""
        out = []
        for t in self.live_treaties(obligor):
            if other not in t.memberships_of:
                continue
            for clause in t.clauses:
                if clause.kind not in kinds or not clause.binds(obligor) or not clause.protects(other, obligor):
                    continue
                if clause.window is not None and clause.window.contains(self.d) is Tri.NO:
                    continue
                if (clause.kind == "neutrality" and other in self.war.attacking
                        and any(c.kind == "attacked" for c in clause.conditions)):
                    continue  # neutrality owed only while `other` is attacked, and it is the aggressor
                if self.member_status(t, obligor)[0] is Tri.NO or self.member_status(t, other)[0] is Tri.NO:
                    continue
                out.append(f"{DUTY_OF_KIND[clause.kind]} {self.c.state_label(other)} under {t.short_name}")
                break
        return out

    def classify(self, findings: dict[tuple, Finding]) -> tuple[list[Finding], list[Finding]]:
        war = self.war
        out: list[Finding] = []
        breaches: list[Finding] = []
        sides_of: dict[int, set[str]] = {}
        for f in findings.values():
            s = self.side_of_duty(f)
            if s and f.status in ("binding", "conditional", "conflicted"):
                sides_of.setdefault(f.obligor, set()).add(s)
        involved = set(war.side) | {f.obligor for f in findings.values() if f.duty in ("defend", "join")}
        for f in findings.values():
            if f.duty == "nonaggression" and f.obligor not in involved:
                continue  # an uninvolved state's duty not to attack restrains nothing here
            reasons: list[str] = []
            o = f.obligor
            own = war.side.get(o)
            target_side = self.side_of_duty(f)
            if f.duty in ("defend", "join"):
                if o in f.adversaries:
                    breaches.append(replace(f, status="conflicted",
                                            conflict="the obligor is itself fighting the state it owes this"))
                    continue
                if own is not None and target_side is not None and own != target_side:
                    reasons.append(f"{self.c.state_label(o)} is already fighting on the other side")
                if len(sides_of.get(o, ())) > 1:
                    reasons.append(f"{self.c.state_label(o)} is bound to both sides")
                # Collective self-defence against an aggressor does not breach a
                # non-aggression pact with it; defending against a state one must
                # also defend, or to which one owes neutrality in its wars, does.
                kinds = ("defense", "neutrality") if f.duty == "defend" else ("defense", "nonaggression", "neutrality")
                for foe in f.adversaries:
                    reasons += [f"{self.c.state_label(o)} also owes: {x}" for x in self.owes(o, foe, kinds)]
            else:  # neutral, nonaggression, consult
                ben_side = war.side.get(f.beneficiary)
                if own is not None and ben_side is not None and own != ben_side:
                    if war.members[o].role == "attacker":
                        breaches.append(replace(f, status="conflicted",
                                                conflict="the scenario's attack breaches this duty"))
                        continue
                    reasons.append(f"{self.c.state_label(o)} is fighting on the other side")
            if reasons:
                f = replace(f, status="conflicted", conflict="; ".join(dict.fromkeys(reasons)))
            elif f.status == "conflicted":
                f = replace(f, status="conditional" if f.open_conditions else "binding", conflict=None)
            out.append(f)
        out.sort(key=lambda f: (f.round, f.duty, f.obligor, f.beneficiary, f.treaty.id, f.clause))
        breaches.sort(key=lambda f: (f.obligor, f.beneficiary, f.treaty.id, f.clause))
        return out, breaches

    def entrants(self, findings: list[Finding]) -> dict[int, tuple[str, int, str]]:
        war = self.war
        conflicted = {f.obligor for f in findings if f.status == "conflicted" and f.duty in ("defend", "join")}
        out: dict[int, tuple[str, int, str]] = {}
        for f in findings:
            if f.duty not in ("defend", "join") or f.status != "binding":
                continue
            if self.sc.policy == "strict" and f.response != "automatic":
                continue
            if f.obligor in war.side or f.obligor in conflicted or f.obligor in out:
                continue
            side = war.side.get(f.beneficiary)
            if side is None:
                continue
            out[f.obligor] = (side, f.beneficiary, f.duty)
        return out

    # -- treaties that do not hold -----------------------------------------
    def inactive(self) -> list[Inactive]:
        out: list[Inactive] = []
        seen: set[str] = set()
        parts = list(self.sc.attackers) + list(self.sc.targets)
        for p in parts:
            live = {id(t) for t in self.live_treaties(p)}
            for t in self.c.treaties_of(p):
                if t.id in seen or (id(t) in live and self.member_status(t, p)[0] is not Tri.NO):
                    continue
                found = self.why_inactive(t, p)
                if found:
                    seen.add(t.id)
                    why, reason, dates = found
                    holders = tuple(x for x in parts if x in t.parties)
                    ref = TreatyRef(t.id, t.name, None, t.atopid, t.name if t.origin == "atop" else t.short_name)
                    out.append(Inactive(ref, holders, reason, why, dates))
        return out

    def no_defence(self) -> list[Inactive]:
        """Hand-encoded instruments of the targets that hold on the date but oblige no one to defend them."""
        out: list[Inactive] = []
        for p in self.sc.targets:
            for t in self.c.treaties_of(p):
                if t.origin == "atop" or any(c.kind == "defense" for c in t.clauses):
                    continue
                if all(m.holds(self.d, self.sc.basis) is Tri.NO for m in t.memberships if m.ccode == p):
                    if not any(m.signed and m.signed.earliest <= self.d for m in t.memberships if m.ccode == p):
                        continue
                ref = TreatyRef(t.id, t.name, None, t.atopid, t.short_name)
                kind = t.kind or ("consultation" if any(c.kind == "consultation" for c in t.clauses) else "none")
                reason = t.kind_note or f"{kind}: no clause obliges a party to defend another"
                out.append(Inactive(ref, tuple(x for x in (*self.sc.attackers, *self.sc.targets) if x in t.parties),
                                    reason, kind, ()))
        return out

    def why_inactive(self, t: Treaty, p: int) -> tuple[str, str, tuple[tuple[str, str], ...]] | None:
        d = self.d
        ms = [m for m in t.memberships if m.ccode == p]
        if any(m.holds(d, self.sc.basis) is not Tri.NO for m in ms):
            return None
        for m in ms:
            if m.signed is not None and m.signed.earliest <= d and (m.end is None or d < m.end.earliest):
                if m.in_force is None and not m.in_force_confirmed:
                    return ("in_force_unconfirmed",
                            f"signed {m.signed}; in force: unconfirmed, so not counted on the "
                            "in-force basis (use --basis signed to count it)", (("signed", str(m.signed)),))
                if m.in_force is not None and d < m.in_force.earliest:
                    return ("not_yet_in_force",
                            f"signed {m.signed} but not in force until {m.in_force} "
                            "(use --basis signed to count it from signature)",
                            (("signed", str(m.signed)), ("in_force", str(m.in_force))))
            if m.end is not None and d >= m.end.earliest and t.replaced_by:
                return ("replaced", f"ended {m.end}: replaced by {t.replaced_by}",
                        (("ended", str(m.end)), ("replaced_by", t.replaced_by)))
            if m.end is not None and d >= m.end.earliest and (d - m.end.latest).days <= 366:
                return ("ended", f"ended {m.end}", (("ended", str(m.end)),))
        return None


def evaluate(corpus: "Corpus", scenario: Scenario) -> Evaluation:
    """Evaluate a validated scenario against the corpus (see module docstring)."""
    return _Evaluator(corpus, scenario).run()
