"""The compiled engine: the corpus as arrays, for many scenarios at once.

The corpus compiles into flat NumPy arrays, one row per *segment* of an
obligation (:mod:`casus.engine.obligations`: clause × obligor × beneficiary,
on a stretch of days over which its state is constant): who owes whom what
from which day to which, whether it holds surely or only may hold (a
month-only date, a frozen participation), whether the duty is automatic, and
the clause it comes from.  :func:`compile_corpus` builds it (cached on disk
for the bundled corpus, keyed by its fingerprint); :meth:`Compiled.date_view`
selects the rows of one day.

On a day's view:

* :meth:`DateView.cascade` answers one scenario — any policy, place, facts,
  several attackers and targets — for the duties that decide the war (to
  defend and to join), applying the rules of :mod:`casus.engine.rules` and
  deciding conditions with :func:`casus.engine.conditions.decide_all`, the
  same code the traced engine uses; ``tests/test_differential.py`` checks the
  two agree on generated corpora, ``tests/test_compiled.py`` on the real one;
* :func:`casus.engine.compiled_atlas.pair_counts` answers every ordered (attacker, target) pair of a
  day at once for the atlas (defensive policy, home territory, no stated
  facts) by matrix products, following the cascade pair by pair only where a
  state is bound to join the attacker;
* :meth:`DateView.step` gives the states a war's present state draws in (for
  the simulation, where a state may decline).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..cache import cache_dir
from ..model.actors import is_actor
from ..model.dates import Tri
from ..model.findings import Scenario
from ..model.treaty import DUTY_OF_KIND, Clause
from .conditions import (
    Context,
    Trigger,
    adversary_tri,
    adversary_verdict,
    decide_all,
    looks_at_adversaries,
    number_tri,
)
from .obligations import FAR, index_for
from .rules import War, better_status, conflicting_kinds, merge, neutrality_owed, pick_entrants
from .rules import triggered_kinds as _triggered

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["Compiled", "DateView", "compile_corpus", "FAR", "KIND", "ADVERSARY"]

KIND = {"defense": 0, "offense": 1, "neutrality": 2, "nonaggression": 3}
KIND_NAME = {v: k for k, v in KIND.items()}
NO, UNK, YES = int(Tri.NO), int(Tri.UNKNOWN), int(Tri.YES)
#: adversary_verdict as a table: [named, exhaustive list] -> Tri (for whole arrays of attackers)
ADVERSARY = np.array([[int(adversary_verdict(bool(h), bool(e), bool(e))) for e in (0, 1)] for h in (0, 1)], np.int8)
_SCENARIO_KINDS = ("adversary", "number", "attacked")  # decided per scenario, not for the home territory
_ARRAYS = ("codes", "o", "b", "kind", "law", "lo", "hi", "mem", "auto", "clause", "cond_home", "attacked_cond",
           "adv", "adv_exh", "num_lo", "num_hi", "exact")


def _clauses(corpus: Corpus) -> list[Clause]:
    """The corpus's clauses of the compiled kinds, in a fixed order (rows refer to them by position)."""
    return [c for t in corpus.treaties.values() for c in t.clauses if c.kind in KIND]


@dataclass
class Compiled:
    """Rows of the compiled corpus (see module docstring) and the state index."""

    codes: np.ndarray  # ccode per state index
    o: np.ndarray  # obligor (state index)
    b: np.ndarray  # beneficiary (state index)
    kind: np.ndarray  # KIND
    law: np.ndarray  # 1 if the instrument is a treaty in law (only those draw states in)
    lo: np.ndarray  # first day of the segment (ordinal)
    hi: np.ndarray  # first day after it
    mem: np.ndarray  # Tri: YES, or UNKNOWN (a month-only date, a frozen participation)
    auto: np.ndarray  # the duty is automatic
    clause: np.ndarray  # position in _clauses(corpus)
    cond_home: np.ndarray  # Tri of the conditions the atlas decides once: home territory, no stated facts
    attacked_cond: np.ndarray  # the clause holds only while its beneficiary is attacked
    adv: np.ndarray  # index into adv_sets, -1 if no adversary condition
    adv_exh: np.ndarray  # that list is the complete scope
    num_lo: np.ndarray  # a number condition: at least / at most this many adversaries
    num_hi: np.ndarray
    exact: np.ndarray  # conditions the atlas's matrices cannot express: such pairs take the cascade
    adv_sets: list[np.ndarray]  # state indices named by each adversary condition
    fingerprint: str = ""
    corpus: Corpus | None = field(default=None, repr=False)
    clauses: list[Clause] = field(default_factory=list, repr=False)
    adversary_clauses: list[tuple] | None = field(default=None, repr=False)
    positions: dict[int, int] | None = field(default=None, repr=False)
    #: conditions decided, shared by every day's scenarios (deciding a condition never looks at the date):
    #: {(facts, beneficiary, attacked): {clause position, or (position, adversaries): Tri}}
    verdicts: dict[tuple, dict[object, Tri]] = field(default_factory=dict, repr=False)

    def index(self) -> dict[int, int]:
        """State index by COW code."""
        if self.positions is None:
            self.positions = {int(c): i for i, c in enumerate(self.codes)}
        return self.positions

    def by_adversary(self) -> list[tuple]:
        """Per clause: its conditions that look at the adversaries (adversary, number with counts)."""
        if self.adversary_clauses is None:
            self.adversary_clauses = [tuple(c for c in cl.conditions if looks_at_adversaries(c))
                                      for cl in self.clauses]
        return self.adversary_clauses

    def date_view(self, d: dt.date) -> DateView:
        return DateView(self, d)

    # -- persistence -----------------------------------------------------------
    def save(self, path: Path) -> None:
        arrays = {k: getattr(self, k) for k in _ARRAYS}
        lens = np.array([len(s) for s in self.adv_sets], np.int64)
        flat = np.concatenate(self.adv_sets) if self.adv_sets else np.empty(0, np.int64)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, adv_lens=lens, adv_flat=flat, fingerprint=np.array(self.fingerprint), **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Compiled:
        z = np.load(path, allow_pickle=False)
        lens, flat = z["adv_lens"], z["adv_flat"]
        sets = np.split(flat, np.cumsum(lens)[:-1]) if len(lens) else []
        fields = {k: z[k] for k in _ARRAYS}
        return cls(adv_sets=list(sets), fingerprint=str(z["fingerprint"]), **fields)


def _home_context(corpus: Corpus, b: int) -> Context:
    return Context(Scenario((), (b,), dt.date(2000, 1, 1)), b, (), True, None, corpus.geo, corpus.state_label)


def _condition_columns(corpus: Corpus, clause: Clause, b: int, idx: dict[int, int]) -> tuple:
    """(Tri of the home-territory conditions, adversary states or None, exhaustive, attacked-cond,
    fewest and most adversaries, exact) for the atlas's matrices."""
    home = [c for c in clause.conditions if c.kind not in _SCENARIO_KINDS]
    tri = int(decide_all(home, _home_context(corpus, b)).tri) if home else YES
    advs = [c for c in clause.conditions if c.kind == "adversary"]
    nums = [c for c in clause.conditions if c.kind == "number" and (c.min_adversaries or c.max_adversaries)]
    if any(c.kind == "number" and not (c.min_adversaries or c.max_adversaries) for c in clause.conditions):
        tri = min(tri, UNK)  # a number condition without counts is left open
    attacked = any(c.kind == "attacked" for c in clause.conditions)
    exact = len(advs) > 1 or (attacked and clause.kind in ("defense", "offense"))
    adv = [idx[s] for s in advs[0].states if s in idx] if advs else None
    exh = bool(advs and advs[0].exhaustive and advs[0].states)
    lo = max([1, *(c.min_adversaries or 1 for c in nums)])
    hi = min([999, *(c.max_adversaries or 999 for c in nums)])
    return tri, adv, exh, attacked, lo, hi, exact


#: the bundled corpus's compiled arrays, kept for the process (by cache folder, cache key and basis)
_KEPT: dict[tuple[str, str], Compiled] = {}


def compile_corpus(corpus: Corpus, basis: str = "in-force", cache: bool = True) -> Compiled:
    """Compile (or load from the on-disk cache, for the bundled corpus) the corpus's duties.  The
    bundled corpus's are kept for the process, with the conditions decided so far."""
    cacheable = cache and corpus.cache_key is not None  # a what-if or extra files: never cached
    fp = f"{corpus.cache_key}-{basis}"
    where = (str(cache_dir()), fp)
    kept = _KEPT.get(where) if cacheable else None
    if kept is not None and kept.corpus is corpus:
        return kept
    comp = _compile_or_load(corpus, basis, cacheable, fp)
    if cacheable:
        _KEPT[where] = comp
    return comp


def _compile_or_load(corpus: Corpus, basis: str, cacheable: bool, fp: str) -> Compiled:
    clauses = _clauses(corpus)
    path = cache_dir() / f"compiled-{fp}.npz"
    if cacheable and path.exists():
        try:
            comp = Compiled.load(path)
            comp.corpus, comp.clauses = corpus, clauses
            return comp
        except Exception:  # noqa: BLE001 - a corrupt cache is rebuilt
            pass
    codes = np.array(sorted(s.ccode for s in corpus.states), np.int64)
    idx = {int(c): i for i, c in enumerate(codes)}
    position = {id(c): i for i, c in enumerate(clauses)}
    cols: dict[str, list] = {k: [] for k in _ARRAYS if k != "codes"}
    adv_sets: list[np.ndarray] = []
    adv_key: dict[tuple, int] = {}
    memo: dict[tuple[int, int], tuple] = {}
    for ob in index_for(corpus).all():
        if ob.kind not in KIND or ob.obligor not in idx or ob.beneficiary not in idx:
            continue
        segments = ob.segments(basis)
        if not segments:
            continue
        key = (id(ob.clause), ob.beneficiary)
        if key not in memo:
            memo[key] = _condition_columns(corpus, ob.clause, ob.beneficiary, idx)
        tri, advs, exh, attacked, nlo, nhi, exact = memo[key]
        a_id = -1
        if advs is not None:
            akey = tuple(sorted(advs))
            a_id = adv_key.setdefault(akey, len(adv_sets))
            if a_id == len(adv_sets):
                adv_sets.append(np.array(akey, np.int64))
        for seg in segments:
            row = {"o": idx[ob.obligor], "b": idx[ob.beneficiary], "kind": KIND[ob.kind],
                   "law": ob.treaty.legal_status == "treaty", "lo": seg.lo, "hi": seg.hi,
                   "mem": int(seg.state.tri), "auto": ob.clause.response == "automatic",
                   "clause": position[id(ob.clause)], "cond_home": tri, "attacked_cond": attacked, "adv": a_id,
                   "adv_exh": exh, "num_lo": nlo, "num_hi": nhi, "exact": exact}
            for k, v in row.items():
                cols[k].append(v)
    dtypes = {"o": np.int16, "b": np.int16, "kind": np.int8, "law": np.bool_, "mem": np.int8, "auto": np.bool_,
              "clause": np.int32, "cond_home": np.int8, "attacked_cond": np.bool_, "adv": np.int32,
              "adv_exh": np.bool_, "num_lo": np.int16, "num_hi": np.int16, "exact": np.bool_}
    arrays: dict[str, Any] = {k: np.array(v, dtypes.get(k, np.int64)) for k, v in cols.items()}  # the row fields
    comp = Compiled(codes=codes, adv_sets=adv_sets, fingerprint=fp, **arrays)
    if cacheable:
        try:
            comp.save(path)
        except OSError:  # a read-only home: work without the cache
            pass
    comp.corpus, comp.clauses = corpus, clauses
    return comp


@dataclass(slots=True)
class _Finding:
    """A duty to defend or join found by the compiled cascade (one row of the day)."""

    row: int
    obligor: int  # ccode
    duty: str
    beneficiary: int  # ccode
    status: str
    round: int
    adversaries: tuple[int, ...]
    response: str


class DateView:
    """The compiled corpus on one day."""

    def __init__(self, comp: Compiled, d: dt.date):
        self.comp, self.d = comp, d
        n = len(comp.codes)
        self.n = n
        self.pos = comp.index()
        x = d.toordinal()
        sel = np.flatnonzero((comp.lo <= x) & (x < comp.hi))
        self.rows = sel
        o, b, k = comp.o[sel].astype(np.int64), comp.b[sel].astype(np.int64), comp.kind[sel]
        att = comp.attacked_cond[sel]

        def mat(mask) -> np.ndarray:
            m = np.zeros((n, n), bool)
            m[o[mask], b[mask]] = True
            return m

        # what a state owes another, whatever the conditions (conflicts: rules.CONFLICTING_KINDS)
        self.def_any = mat(k == KIND["defense"])
        self.neu_any = mat(k == KIND["neutrality"])
        self.neu_agg = mat((k == KIND["neutrality"]) & ~att)  # owed even to an ally that attacks
        self.nonagg_any = mat(k == KIND["nonaggression"])
        self._finding_rows = sel[comp.law[sel] & ((k == KIND["defense"]) | (k == KIND["offense"]))]
        self._groups: dict[tuple[str, int], list[tuple[int, int, int, str, int]]] | None = None
        self._by_adversary = comp.by_adversary()  # clauses whose conditions look at the adversaries
        self._owers: dict[tuple, frozenset[int]] = {}
        self._hits: dict[tuple, list[tuple[int, int, str, str]]] = {}
        self._looks: dict[tuple[str, int], bool] = {}  # does a clause of the group look at the adversaries?
        self._names: dict[int, str] = {}

    @property
    def groups(self) -> dict[tuple[str, int], list[tuple[int, int, int, str, int]]]:
        """Rows that can become findings to defend or join (treaties in law), by (kind, beneficiary),
        as plain tuples: (row, obligor ccode, Tri of the membership, response, clause position)."""
        if self._groups is None:
            comp, keep = self.comp, self._finding_rows
            codes = comp.codes.tolist()
            groups: dict[tuple[str, int], list[tuple[int, int, int, str, int]]] = {}
            for r, kk, bb, oo, mm, au, cl in zip(keep.tolist(), comp.kind[keep].tolist(), comp.b[keep].tolist(),
                                                 comp.o[keep].tolist(), comp.mem[keep].tolist(),
                                                 comp.auto[keep].tolist(), comp.clause[keep].tolist(), strict=True):
                groups.setdefault((KIND_NAME[kk], codes[bb]), []).append(
                    (r, codes[oo], mm, "automatic" if au else "discretionary", cl))
            self._groups = groups
        return self._groups

    # -- one scenario -----------------------------------------------------------
    def owers(self, foe: int, duty: str, foe_attacked: bool, foe_aggressor: bool) -> frozenset[int]:
        """The states (COW codes) that owe ``foe`` a duty conflicting with a duty to defend or join
        against it (:func:`casus.engine.rules.conflicting_kinds`), on the day, in this situation."""
        key = (foe, duty, foe_attacked, foe_aggressor)
        hit = self._owers.get(key)
        if hit is None and foe not in self.pos:  # an attacker that is not a state: nobody owes it anything
            hit = self._owers[key] = frozenset()
        if hit is None:
            kinds = conflicting_kinds(duty, foe_attacked)
            f = self.pos[foe]
            mask = np.zeros(self.n, bool)
            if "defense" in kinds:
                mask |= self.def_any[:, f]
            if "nonaggression" in kinds:
                mask |= self.nonagg_any[:, f]
            if "neutrality" in kinds:
                mask |= self.neu_agg[:, f]
                if neutrality_owed(True, foe_aggressor):  # neutrality "if attacked", to one not attacking
                    mask |= self.neu_any[:, f]
            hit = self._owers[key] = frozenset(self.comp.codes[mask].tolist())
        return hit

    def _decide(self, sc: Scenario, clause: int, p: int, adversaries: tuple[int, ...], attacked: bool,
                verdicts: dict[object, Tri]) -> Tri:
        """A clause's conditions for beneficiary ``p``: those that do not look at the adversaries by
        :func:`decide_all` (once per day, beneficiary and facts), the others by their own rules."""
        rest = verdicts.get(clause)
        if rest is None:
            comp = self.comp
            assert comp.corpus is not None, "a compiled corpus needs its corpus to decide conditions"
            ctx = Context(sc, p, adversaries, attacked, sc.where, comp.corpus.geo, self._name)
            cl = comp.clauses[clause]
            conds = [c for c in cl.conditions if not looks_at_adversaries(c)]
            # (who may make the attack matters only for an attacker that is not a state; its tri needs no citation)
            trigger = Trigger(cl.kind, cl.aggressor, None) if any(is_actor(a) for a in adversaries) else None
            rest = verdicts[clause] = decide_all(conds, ctx, trigger).tri
        tris = [rest]
        for c in self._by_adversary[clause]:
            tris.append(adversary_tri(c, adversaries) if c.kind == "adversary" else number_tri(c, len(adversaries)))
        return min(tris)

    def _name(self, ccode: int) -> str:
        hit = self._names.get(ccode)
        if hit is None:
            assert self.comp.corpus is not None
            hit = self._names[ccode] = self.comp.corpus.state_label(ccode)
        return hit

    def _hits_of(self, sc: Scenario, facts: tuple, kind: str, p: int, adversaries: tuple[int, ...],
                 attacked: bool, rows: list[tuple[int, int, int, str, int]]) -> list[tuple[int, int, str, str]]:
        """The ``rows`` of ``kind`` towards ``p`` whose conditions do not refuse them, with their status:
        (row, obligor, status, response); kept for the day, by all the conditions look at."""
        by_adversary = self._by_adversary
        looks = self._looks.get((kind, p))
        if looks is None:
            looks = self._looks[(kind, p)] = any(by_adversary[clause] for *_, clause in rows)
        advkey = (frozenset(adversaries), len(adversaries)) if looks else None
        actors = tuple(a for a in adversaries if is_actor(a))  # (conditions.aggressor_verdict looks at them)
        key = (facts, kind, p, attacked, advkey, actors)
        hit = self._hits.get(key)
        if hit is None:
            # conditions decided for the day, by all that decide_all looks at: the scenario's facts and
            # place, the beneficiary and its situation, and (for clauses that look at them) the adversaries
            verdicts = self.comp.verdicts.setdefault((facts, p, attacked, actors), {})
            hit = []
            for r, o, mem, response, clause in rows:
                vkey = (clause, advkey) if by_adversary[clause] else clause
                tri = verdicts.get(vkey)
                if tri is None:
                    tri = verdicts[vkey] = self._decide(sc, clause, p, adversaries, attacked, verdicts)
                if tri is not Tri.NO:
                    hit.append((r, o, "binding" if mem == YES and tri is Tri.YES else "conditional", response))
            self._hits[key] = hit
        return hit

    def _trigger(self, sc: Scenario, war: War, found: dict[int, _Finding], seen: dict[int, tuple],
                 rnd: int) -> None:
        # all that deciding a condition looks at besides the beneficiary: the stated facts, the place and,
        # only where a place is named, the targets (conditions.decide: at home, every state is on its own soil)
        facts = (sc.where, sc.provoked, sc.requested, sc.joint_finding, sc.targets if sc.where is not None else None,
                 sc.attributed_to)
        groups = self.groups
        for p in list(war.side):
            sig = war.situation(p)
            if seen.get(p) == sig:
                continue
            seen[p] = sig
            attacked = not war.is_aggressor(p)
            for kind, adversaries in _triggered(war, p):
                rows = groups.get((kind, p))  # (only duties to defend or join have rows)
                if not rows:
                    continue
                hits = self._hits_of(sc, facts, kind, p, adversaries, attacked, rows)
                if not hits:
                    continue
                duty = DUTY_OF_KIND[kind]
                ordered = tuple(sorted(adversaries))
                for r, o, status, response in hits:
                    old = found.get(r)
                    if old is None:
                        found[r] = _Finding(r, o, duty, p, status, rnd, ordered, response)
                        continue
                    base, rnd2, adv2 = merge((old.status, old.round, old.adversaries), (status, rnd, ordered))
                    found[r] = _Finding(r, o, duty, p, status if base == "new" else old.status, rnd2, adv2, response)

    def _classify(self, war: War, found: dict[int, _Finding]) -> list[tuple[_Finding, str]]:
        """Findings with their final status (conflicted where a rule says so); breaches left out."""
        side, attacked_by, attacking, owers = war.side, war.attacked_by, war.attacking, self.owers
        sides_of: dict[int, set[str]] = {}
        for f in found.values():
            s = side.get(f.beneficiary)
            if s:
                sides_of.setdefault(f.obligor, set()).add(s)
        out = []
        for f in found.values():
            o = f.obligor
            if o in f.adversaries:
                continue  # a breach, not a finding
            own, target_side = side.get(o), side.get(f.beneficiary)
            conflicted = (own is not None and target_side is not None and own != target_side) \
                or len(sides_of.get(o, ())) > 1
            if not conflicted:
                for foe in f.adversaries:
                    if o in owers(foe, f.duty, foe in attacked_by, foe in attacking):
                        conflicted = True
                        break
            out.append((f, "conflicted" if conflicted else f.status))
        return out

    def _entrants(self, war: War, classified: list[tuple[_Finding, str]]) -> dict[int, tuple[str, int, str]]:
        conflicted = {f.obligor for f, status in classified if status == "conflicted"}
        return pick_entrants([((f.round, f.duty, f.obligor, f.beneficiary), f.obligor, f.duty, f.beneficiary,
                               status, f.response) for f, status in classified if status == "binding"],
                             war, conflicted)

    def cascade(self, sc: Scenario) -> tuple[dict[tuple[int, str, int], str], dict[int, str]]:
        """Duties to defend or join {(obligor, duty, beneficiary): status} and sides {ccode: "A"|"D"}
        of scenario ``sc`` (its date must be this view's), to closure."""
        war = War.start(sc)
        found: dict[int, _Finding] = {}
        seen: dict[int, tuple] = {}
        rnd = 0
        while True:
            rnd += 1
            self._trigger(sc, war, found, seen, rnd)
            classified = self._classify(war, found)
            entrants = self._entrants(war, classified)
            if not entrants:
                break
            for o, (side, via, duty) in sorted(entrants.items()):
                war.enter(o, side, via, duty, rnd)
        best: dict[tuple[int, str, int], str] = {}
        for f, status in classified:
            key = (f.obligor, f.duty, f.beneficiary)
            best[key] = better_status(best.get(key), status)
        return best, dict(war.side)

    def step(self, attacker: int, target: int, entered: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
        """The states a war of ``attacker`` on ``target`` (defensive policy, home territory), joined by
        ``entered`` ((ccode, side) pairs), draws in next: sorted (ccode, side) pairs."""
        sc = Scenario((attacker,), (target,), self.d)
        war = War.start(sc)
        for c, side in sorted(entered):
            war.enter(c, side, attacker if side == "A" else target, "join" if side == "A" else "defend", 1)
        found: dict[int, _Finding] = {}
        self._trigger(sc, war, found, {}, 2)
        classified = self._classify(war, found)
        return sorted((o, side) for o, (side, _, _) in self._entrants(war, classified).items())
