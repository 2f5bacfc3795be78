"""The rules of the cascade, written once for both engines.

* which duties a participant's situation triggers (:func:`triggered_kinds`);
* the state of the war — sides, who attacks whom — and what a state's entry
  changes under each policy (:class:`War`);
* how a finding found again in a later round is merged (:func:`merge`);
* which other duties make a duty to defend or join *conflicted*
  (:data:`CONFLICTING_KINDS`, :func:`neutrality_owed`);
* who enters the war (:func:`draws_in`, :func:`pick_entrants`).

The traced engine (:mod:`casus.engine.evaluate`) applies them to findings with
their full trace, the compiled engine (:mod:`casus.engine.compiled`) to rows
of arrays; ``tests/test_differential.py`` checks that both agree on generated
corpora.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.findings import POLICIES, Scenario, SideMember

__all__ = ["War", "CONFLICTING_KINDS", "conflicting_kinds", "ENTRY_DUTIES", "STATUS_RANK", "triggered_kinds",
           "merge", "draws_in", "pick_entrants", "neutrality_owed", "better_status", "POLICIES"]

#: Duties that draw a state into the war.
ENTRY_DUTIES = ("defend", "join")

#: For a duty to defend (join) against an adversary: the kinds of duty owed *to that adversary* that
#: conflict with it.  Collective self-defence against an aggressor does not breach a non-aggression
#: pact with it; defending against a state one must also defend, or to which one owes neutrality in
#: its wars, does; joining an attack breaches every one of them.
CONFLICTING_KINDS: dict[str, tuple[str, ...]] = {
    "defend": ("defense", "neutrality"),
    "join": ("defense", "nonaggression", "neutrality"),
}

def conflicting_kinds(duty: str, foe_attacked: bool) -> tuple[str, ...]:
    """The kinds of duty owed to an adversary that conflict with a duty to defend or join against it,
    in this war.  A defence duty owed to the adversary counts only while the adversary is attacked:
    an aggressor's own pacts give it no claim, so a fellow party's aggression leaves the others bound
    to defend its victim (Iraq and Kuwait, both in the Arab League's pact, 1990), unless the cascade
    makes them bound to both sides.

    >>> conflicting_kinds("defend", foe_attacked=False)
    ('neutrality',)
    """
    kinds = CONFLICTING_KINDS[duty]
    return kinds if foe_attacked else tuple(k for k in kinds if k != "defense")


#: Statuses from weakest to strongest when one (obligor, duty, beneficiary) has several findings.
STATUS_RANK = {"conditional": 1, "binding": 2, "conflicted": 3}


def better_status(old: str | None, new: str) -> str:
    """The stronger of two statuses (conflicted > binding > conditional)."""
    if old is None:
        return new
    return old if STATUS_RANK[old] >= STATUS_RANK[new] else new


@dataclass
class War:
    """Who fights on which side, who attacks whom, and when each entered."""

    policy: str = "defensive"
    side: dict[int, str] = field(default_factory=dict)  # ccode -> "A" | "D"
    members: dict[int, SideMember] = field(default_factory=dict)
    attacked_by: dict[int, set[int]] = field(default_factory=dict)
    attacking: dict[int, set[int]] = field(default_factory=dict)

    @classmethod
    def start(cls, sc: Scenario) -> War:
        war = cls(policy=sc.policy)
        for a in sc.attackers:
            war._place(a, "A", 0, "attacker")
            war.attacking[a] = set(sc.targets)
        for t in sc.targets:
            war._place(t, "D", 0, "target")
            war.attacked_by[t] = set(sc.attackers)
        return war

    def _place(self, ccode: int, side: str, rnd: int, role: str) -> None:
        self.side[ccode] = side
        self.members[ccode] = SideMember(ccode, rnd, role)

    def enter(self, ccode: int, side: str, via: int, duty: str, rnd: int) -> None:
        """``ccode`` enters on ``side`` in round ``rnd``, bound by ``duty`` towards ``via``.

        A joiner attacks whom ``via`` attacks.  A defender fights those who attack ``via``; under
        the ``escalation`` policy that counts as an attack on them, which triggers their own pacts.
        """
        self._place(ccode, side, rnd, "defender" if duty == "defend" else "joiner")
        if duty == "join":
            self.attacking[ccode] = set(self.attacking.get(via, set()))
            for tgt in self.attacking[ccode]:
                self.attacked_by.setdefault(tgt, set()).add(ccode)
        elif self.policy == "escalation":
            for foe in self.attacked_by.get(via, set()):
                self.attacked_by.setdefault(foe, set()).add(ccode)
                self.attacking.setdefault(ccode, set()).add(foe)

    def situation(self, ccode: int) -> tuple:
        """What a participant's findings depend on (unchanged: it triggers nothing new)."""
        return (self.side[ccode], frozenset(self.attacked_by.get(ccode, ())),
                frozenset(self.attacking.get(ccode, ())))

    def foes(self, ccode: int) -> tuple[int, ...]:
        return tuple(self.attacked_by.get(ccode, set()) | self.attacking.get(ccode, set()))

    def is_aggressor(self, ccode: int) -> bool:
        return ccode in self.attacking


def triggered_kinds(war: War, ccode: int) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """(kind, adversaries) of the clauses protecting participant ``ccode`` that its situation triggers.

    An attacked state's defence and consultation partners against its attackers; an attacking
    state's offence partners against its targets; neutrality towards every participant, against
    all its foes.  Non-aggression is found once the cascade is closed (see the engines).
    """
    out: list[tuple[str, tuple[int, ...]]] = []
    if ccode in war.attacked_by:
        attackers = tuple(war.attacked_by[ccode])
        out += [("defense", attackers), ("consultation", attackers)]
    if ccode in war.attacking:
        out.append(("offense", tuple(war.attacking[ccode])))
    out.append(("neutrality", war.foes(ccode)))
    return tuple(out)


def merge(old: tuple[str, int, tuple[int, ...]] | None,
          new: tuple[str, int, tuple[int, ...]]) -> tuple[str, int, tuple[int, ...]]:
    """A finding (status, round, adversaries) found again.  Returns which to keep (``"old"`` or
    ``"new"``), its round and its adversaries: it keeps its first round; the new one wins if it
    binds where the old one did not; otherwise the old one stays, with the new adversaries.

    >>> merge(None, ("conditional", 2, (2,)))
    ('new', 2, (2,))
    >>> merge(("conditional", 1, (2,)), ("binding", 2, (2,)))
    ('new', 1, (2,))
    >>> merge(("binding", 1, (2,)), ("conditional", 2, (2, 20)))
    ('old', 1, (2, 20))
    """
    if old is None:
        return "new", new[1], new[2]
    if old[0] != "binding" and new[0] == "binding":
        return "new", old[1], new[2]
    return "old", old[1], new[2]


def neutrality_owed(has_attacked_condition: bool, other_is_aggressor: bool) -> bool:
    """Neutrality "if the partner is attacked" is not owed to a partner that attacks."""
    return not (has_attacked_condition and other_is_aggressor)


def draws_in(status: str, response: str, policy: str) -> bool:
    """Does a duty to defend or join with this status draw its obligor into the war?"""
    return status == "binding" and (policy != "strict" or response == "automatic")


def pick_entrants(candidates: Iterable[tuple[tuple, int, str, int, str, str]], war: War,
                  conflicted: set[int]) -> dict[int, tuple[str, int, str]]:
    """States that enter now: {ccode: (side, via, duty)}.

    ``candidates`` are (sort key, obligor, duty, beneficiary, status, response) of the findings to
    defend or join; the first qualifying finding of each obligor (in sort-key order) decides its
    side and whom it comes for.  A state already in the war, or conflicted, does not enter.
    """
    out: dict[int, tuple[str, int, str]] = {}
    for _, o, duty, b, status, response in sorted(candidates, key=lambda c: c[0]):
        if duty not in ENTRY_DUTIES or not draws_in(status, response, war.policy):
            continue
        if o in war.side or o in conflicted or o in out:
            continue
        side = war.side.get(b)
        if side is None:
            continue
        out[o] = (side, b, duty)
    return out
