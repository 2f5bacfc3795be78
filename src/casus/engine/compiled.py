"""The compiled engine: every ordered (attacker, target) pair of a date at once.

The corpus compiles into flat NumPy arrays, one row per (clause, obligor
membership, beneficiary membership): who owes whom what, the days on which the
row surely holds (``yes_lo <= d < yes_hi``) and may hold (``may_lo <= d <
may_hi``), its conditions decided for the beneficiary's home territory and an
unknown set of facts (as the atlas asks), and, for adversary conditions, the
states named.  :func:`compile_corpus` builds it (cached on disk, keyed by a
hash of the bundled data and of this module); :meth:`Compiled.date_view`
turns it into matrices for one day; :meth:`DateView.pair_findings` gives the
defend/join findings of one (attacker, target) pair and :meth:`DateView.counts`
those of every pair at once (matrix products), falling back to the full engine
(:func:`casus.engine.evaluate.evaluate`) only where a state is bound to join
the attacker, so that the cascade goes on.

Scope: the ``defensive`` policy, one attacker and one target, the target's home
territory, no stated facts (provocation, request, joint finding are unknown):
the atlas's questions.  Findings are compared at the level of (obligor, duty,
beneficiary, status) — the one-scenario path (:mod:`casus.engine.evaluate`)
keeps the full trace.  ``tests/test_compiled.py`` checks both paths agree on
thousands of random scenarios drawn from the real corpus.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..cache import cache_dir, fingerprint
from ..model.areas import Place, place_in_area
from ..model.dates import Tri
from ..model.findings import Scenario

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["Compiled", "DateView", "compile_corpus", "FAR"]

FAR = dt.date(9999, 12, 31).toordinal()
NEAR = dt.date(1, 1, 1).toordinal()
KIND = {"defense": 0, "offense": 1, "neutrality": 2, "nonaggression": 3}
# row tri codes
NO, UNK, YES = 0, 1, 2


def _bounds(b, default: int, latest: bool) -> int:
    if b is None:
        return default
    return (b.latest if latest else b.earliest).toordinal()


@dataclass
class Compiled:
    """Rows of the compiled corpus (see module docstring) and the state index."""

    codes: np.ndarray  # ccode per index
    o: np.ndarray
    b: np.ndarray
    kind: np.ndarray
    treaty_law: np.ndarray  # 1 if legal_status == "treaty"
    yes_lo: np.ndarray
    yes_hi: np.ndarray
    may_lo: np.ndarray
    may_hi: np.ndarray
    frz_lo: np.ndarray  # a party's participation frozen (UNKNOWN) in [frz_lo, frz_hi)
    frz_hi: np.ndarray
    cond: np.ndarray  # tri of the non-adversary conditions (home territory, facts unknown)
    attacked_cond: np.ndarray  # neutrality only while the ally is attacked
    adv: np.ndarray  # index into adv_sets, -1 if no adversary condition
    adv_exh: np.ndarray
    num_lo: np.ndarray  # a number condition: at least / at most this many adversaries
    num_hi: np.ndarray
    adv_sets: list[np.ndarray]  # state indices named by each adversary condition
    fingerprint: str = ""

    def index(self) -> dict[int, int]:
        return {int(c): i for i, c in enumerate(self.codes)}

    def date_view(self, d: dt.date) -> "DateView":
        return DateView(self, d)

    # -- persistence -----------------------------------------------------------
    def save(self, path: Path) -> None:
        arrays = {k: getattr(self, k) for k in ("codes", "o", "b", "kind", "treaty_law", "yes_lo", "yes_hi", "may_lo",
                                                "may_hi", "frz_lo", "frz_hi", "cond", "attacked_cond", "adv",
                                                "adv_exh", "num_lo", "num_hi")}
        lens = np.array([len(s) for s in self.adv_sets], np.int64)
        flat = np.concatenate(self.adv_sets) if self.adv_sets else np.empty(0, np.int64)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, adv_lens=lens, adv_flat=flat, fingerprint=np.array(self.fingerprint), **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> "Compiled":
        z = np.load(path, allow_pickle=False)
        lens, flat = z["adv_lens"], z["adv_flat"]
        sets = np.split(flat, np.cumsum(lens)[:-1]) if len(lens) else []
        fields = {k: z[k] for k in z.files if k not in ("adv_lens", "adv_flat", "fingerprint")}
        return cls(adv_sets=list(sets), fingerprint=str(z["fingerprint"]), **fields)


def _home_location(corpus, cond, b: int) -> int:
    area = corpus.geo.areas.get(cond.area) if cond.area else None
    if area is None:
        return UNK
    place = Place(id=f"home:{b}", name="", name_hi=None, sovereign=b, kind="home", tags=corpus.geo.home_tags(b))
    tri, _ = place_in_area(place, area)
    return {Tri.YES: YES, Tri.NO: NO, Tri.UNKNOWN: UNK}[tri]


def _conditions(corpus, clause, b: int, idx: dict[int, int]) -> tuple:
    """(tri of the other conditions, has adversary cond, adversary indices, exhaustive, attacked-cond,
    fewest and most adversaries a number condition allows)."""
    tri = YES
    adv: list[int] | None = None
    exh = False
    attacked = False
    num_lo, num_hi = 1, 999
    for c in clause.conditions:
        if c.kind == "adversary":
            if adv is None:
                adv, exh = [idx[s] for s in c.states if s in idx], bool(c.exhaustive and c.states)
                if not c.states:
                    tri = min(tri, UNK)
            else:  # a second adversary condition: leave it open
                tri = min(tri, UNK)
        elif c.kind == "location":
            tri = min(tri, _home_location(corpus, c, b))
        elif c.kind == "number" and (c.min_adversaries or c.max_adversaries):
            num_lo = max(num_lo, c.min_adversaries or 1)
            num_hi = min(num_hi, c.max_adversaries or 999)
        elif c.kind == "attacked":
            attacked = True
        else:  # conflict, demands, other, obligations_vary, request, nonprovocation, joint_finding: unknown
            tri = min(tri, UNK)
    return tri, adv is not None, adv or [], exh, attacked, num_lo, num_hi


def compile_corpus(corpus: "Corpus", basis: str = "in-force", cache: bool = True) -> Compiled:
    """Compile (or load from the on-disk cache) the corpus's defence-relevant clauses."""
    fp = f"{fingerprint()}-{basis}-{len(corpus.treaties)}"
    path = cache_dir() / f"compiled-{fp}.npz"
    cache = cache and getattr(corpus, "bundled", False)  # a what-if or extra files: never cached
    if cache and path.exists():
        try:
            return Compiled.load(path)
        except Exception:  # noqa: BLE001 - a corrupt cache is rebuilt
            pass
    codes = np.array(sorted(s.ccode for s in corpus.states), np.int64)
    idx = {int(c): i for i, c in enumerate(codes)}
    cols: dict[str, list] = {k: [] for k in ("o", "b", "kind", "treaty_law", "yes_lo", "yes_hi", "may_lo", "may_hi",
                                            "frz_lo", "frz_hi", "cond", "attacked_cond", "adv", "adv_exh",
                                            "num_lo", "num_hi")}
    adv_sets: list[np.ndarray] = []
    adv_key: dict[tuple, int] = {}
    for t in corpus.treaties.values():
        spans: dict[int, list[tuple]] = {}
        for m in t.memberships:
            start, _ = m.start(basis)
            if start is None or m.ccode not in idx:
                continue
            frz = [(st.start.earliest.toordinal(), _bounds(st.end, FAR, latest=True)) for st in m.statuses]
            spans.setdefault(m.ccode, []).append((start.latest.toordinal(), _bounds(m.end, FAR, latest=False),
                                                  start.earliest.toordinal(), _bounds(m.end, FAR, latest=True), frz))
        law = 1 if t.legal_status == "treaty" else 0
        for cl in t.clauses:
            if cl.kind not in KIND:
                continue
            w = cl.window
            w_yes_lo = w.start.latest.toordinal() if w else NEAR
            w_may_lo = w.start.earliest.toordinal() if w else NEAR
            w_yes_hi = _bounds(w.end, FAR, latest=False) if w else FAR
            w_may_hi = _bounds(w.end, FAR, latest=True) if w else FAR
            obligors = cl.obligors if cl.obligors is not None else tuple(spans)
            for o in obligors:
                if o not in spans:
                    continue
                for b in spans:
                    if b == o or not cl.protects(b, o):
                        continue
                    tri, has_adv, advs, exh, att, nlo, nhi = _conditions(corpus, cl, b, idx)
                    a_id = -1
                    if has_adv:
                        key = tuple(sorted(advs))
                        a_id = adv_key.setdefault(key, len(adv_sets))
                        if a_id == len(adv_sets):
                            adv_sets.append(np.array(key, np.int64))
                    for so in spans[o]:
                        for sb in spans[b]:
                            frz = so[4] + sb[4]
                            f_lo = min((x[0] for x in frz), default=FAR)
                            f_hi = max((x[1] for x in frz), default=FAR)
                            cols["o"].append(idx[o]); cols["b"].append(idx[b]); cols["kind"].append(KIND[cl.kind])
                            cols["treaty_law"].append(law)
                            cols["yes_lo"].append(max(so[0], sb[0], w_yes_lo))
                            cols["yes_hi"].append(min(so[1], sb[1], w_yes_hi))
                            cols["may_lo"].append(max(so[2], sb[2], w_may_lo))
                            cols["may_hi"].append(min(so[3], sb[3], w_may_hi))
                            cols["frz_lo"].append(f_lo); cols["frz_hi"].append(f_hi)
                            cols["cond"].append(tri); cols["attacked_cond"].append(att)
                            cols["adv"].append(a_id); cols["adv_exh"].append(exh)
                            cols["num_lo"].append(nlo); cols["num_hi"].append(nhi)
    dtypes = {"o": np.int16, "b": np.int16, "kind": np.int8, "treaty_law": np.int8, "cond": np.int8,
              "attacked_cond": np.bool_, "adv": np.int32, "adv_exh": np.bool_, "num_lo": np.int16, "num_hi": np.int16}
    comp = Compiled(codes=codes, adv_sets=adv_sets, fingerprint=fp,
                    **{k: np.array(v, dtypes.get(k, np.int64)) for k, v in cols.items()})
    if cache:
        try:
            comp.save(path)
        except OSError:  # a read-only home: work without the cache
            pass
    return comp


class DateView:
    """The compiled corpus on one day: matrices over the state index."""

    def __init__(self, comp: Compiled, d: dt.date):
        self.comp, self.d = comp, d
        n = len(comp.codes)
        self.n = n
        x = d.toordinal()
        may = (comp.may_lo <= x) & (x < comp.may_hi)
        yes = may & (comp.yes_lo <= x) & (x < comp.yes_hi)
        mem = np.where(yes, YES, np.where(may, UNK, NO)).astype(np.int8)
        frozen = (comp.frz_lo <= x) & (x < comp.frz_hi)
        sel = mem > NO
        o, b, k = comp.o[sel].astype(np.int64), comp.b[sel].astype(np.int64), comp.kind[sel]
        mem, law, cond = mem[sel], comp.treaty_law[sel], comp.cond[sel]
        att, adv, exh, frz = comp.attacked_cond[sel], comp.adv[sel], comp.adv_exh[sel], frozen[sel]

        def mat(mask) -> np.ndarray:
            m = np.zeros((n, n), bool)
            m[o[mask], b[mask]] = True
            return m

        # what a state owes another, whatever the conditions (the engine's "also owes" conflicts)
        self.def_any = mat(k == KIND["defense"])
        self.neu_any = mat(k == KIND["neutrality"])
        self.neu_agg = mat((k == KIND["neutrality"]) & ~att)  # owed even to an ally that attacks
        self.nonagg_any = mat(k == KIND["nonaggression"])
        # finding status of treaty clauses (binding 2 / conditional 1 / none 0), before adversary conditions
        st = np.minimum(mem, cond)
        st = np.where(frz & (st > NO), UNK, st).astype(np.int8)
        treaty = law == 1
        nlo, nhi = comp.num_lo[sel], comp.num_hi[sel]
        keep = treaty & (st > NO) & ((k == KIND["defense"]) | (k == KIND["offense"]))
        # rows that can become findings, for the cascade (any number of adversaries)
        self.r_o, self.r_b, self.r_k, self.r_st = o[keep], b[keep], k[keep], st[keep]
        self.r_adv, self.r_exh, self.r_nlo, self.r_nhi = adv[keep], exh[keep], nlo[keep], nhi[keep]
        self.by_b: dict[tuple[int, int], np.ndarray] = {}
        order = np.lexsort((self.r_b, self.r_k))
        kb = self.r_k[order].astype(np.int64) * 100000 + self.r_b[order]
        bounds = np.flatnonzero(np.diff(kb)) + 1
        for grp in np.split(order, bounds) if len(order) else []:
            self.by_b[(int(self.r_k[grp[0]]), int(self.r_b[grp[0]]))] = grp
        # round one of the atlas (one attacker): the matrix of statuses without adversary conditions
        one = (nlo <= 1) & (1 <= nhi)
        self.def_base = np.zeros((n, n), np.int8)
        dm = treaty & (adv < 0) & (st > NO) & (k == KIND["defense"]) & one
        np.maximum.at(self.def_base, (o[dm], b[dm]), st[dm])
        am = treaty & (adv >= 0) & (k == KIND["defense"]) & (st > NO) & one
        self.def_adv = [(int(oo), int(bb), int(s_), int(a), bool(e))
                        for oo, bb, s_, a, e in zip(o[am], b[am], st[am], adv[am], exh[am])]
        self.off_benef = {int(bb) for bb in self.r_b[self.r_k == KIND["offense"]]}
        # number-conditioned defence rows (any count): their targets need the exact path
        self.num_targets = {int(bb) for bb in self.r_b[(self.r_k == KIND["defense"])
                                                        & ((self.r_nlo > 1) | (self.r_nhi < 999))]}

    # -- one pair, cascade included ------------------------------------------------
    def _status(self, kind: str, benef: int, foes: set[int]) -> np.ndarray:
        """Best status per obligor of ``kind`` findings toward ``benef`` against ``foes``."""
        out = np.zeros(self.n, np.int8)
        grp = self.by_b.get((KIND[kind], benef))
        if grp is None:
            return out
        st = self.r_st[grp].copy()
        nf = len(foes)
        st[(self.r_nlo[grp] > nf) | (self.r_nhi[grp] < nf)] = NO
        for i in np.flatnonzero(self.r_adv[grp] >= 0):
            named = set(self.comp.adv_sets[int(self.r_adv[grp][i])].tolist())
            if not (named & foes):
                st[i] = NO if self.r_exh[grp][i] else min(int(st[i]), UNK)
        np.maximum.at(out, self.r_o[grp].astype(np.int64), st)
        return out

    def round_findings(self, a: int, t: int, side: dict[int, str]) -> dict[tuple[int, str, int], str]:
        """Defend/join findings {(obligor, duty, beneficiary): status} with the sides as they stand."""
        agg = {x for x, s in side.items() if s == "A"}
        ds = self._status("defense", t, agg)
        for x in agg:
            ds[x] = 0  # a state never defends against itself (a breach, not a finding)
        js: dict[int, np.ndarray] = {}
        for x in agg:
            if x in self.off_benef:
                j = self._status("offense", x, {t})
                j[t] = 0
                js[x] = j
        jany = np.zeros(self.n, bool)
        for j in js.values():
            jany |= j > 0
        both = (ds > 0) & jany
        c_def = both.copy()
        for x in agg:
            c_def |= self.def_any[:, x] | self.neu_agg[:, x]
        c_join = both | self.def_any[:, t] | self.nonagg_any[:, t] | self.neu_any[:, t]
        for y, s in side.items():
            if s == "D":
                c_join[y] = True  # already fighting on the other side
        names = {2: "binding", 1: "conditional"}
        found: dict[tuple[int, str, int], str] = {}
        for oo in np.flatnonzero(ds):
            found[(int(oo), "defend", t)] = "conflicted" if c_def[oo] else names[int(ds[oo])]
        for x, j in js.items():
            for oo in np.flatnonzero(j):
                found[(int(oo), "join", x)] = "conflicted" if c_join[oo] else names[int(j[oo])]
        return found

    @staticmethod
    def entrants(found: dict[tuple[int, str, int], str], side: dict[int, str]) -> dict[int, str]:
        """States bound (binding, unconflicted) to enter, not yet in: {index: "A"|"D"}."""
        conflicted = {o_ for (o_, du, _), s in found.items() if s == "conflicted"}
        out: dict[int, str] = {}
        for (o_, du, _), s in sorted(found.items()):
            if s == "binding" and o_ not in side and o_ not in conflicted and o_ not in out:
                out[o_] = "D" if du == "defend" else "A"
        return out

    def cascade(self, a: int, t: int) -> tuple[dict[tuple[int, str, int], str], dict[int, str]]:
        """Defend/join findings and sides {state: "A"|"D"} for ``a`` attacking ``t`` (state
        indices), under the defensive policy, to closure."""
        side = {a: "A", t: "D"}
        while True:
            found = self.round_findings(a, t, side)
            new = self.entrants(found, side)
            if not new:
                return found, side
            side.update(new)

    def pair_findings(self, a: int, t: int) -> dict[tuple[int, str, int], str]:
        return self.cascade(a, t)[0]

    # -- every pair ----------------------------------------------------------------
    def counts(self, members: np.ndarray) -> dict[str, np.ndarray]:
        """Per ordered pair (attacker i, target j) of ``members`` (indices): defenders bound,
        joiners bound, conditional, conflicted, and each side's size after round 1; ``cascade``
        marks pairs whose cascade goes on (to be answered by the full engine)."""
        m = members
        n = len(m)
        # obligors outside the member list (e.g. not yet COW members) still count
        full = self.def_base[:, m]  # [any obligor, target]
        c = (self.def_any | self.neu_agg)[:, m]  # [any obligor, attacker]
        c = c.copy()
        c[m, np.arange(n)] = True  # the attacker itself never counts as a defender
        bind = (full == 2).astype(np.float32)
        cond = (full == 1).astype(np.float32)
        nc = (~c).astype(np.float32)
        bound = bind.T @ nc  # [target, attacker]
        condn = cond.T @ nc
        confl = (bind + cond).T @ c.astype(np.float32)
        att_self = (full[m, :] > 0).astype(np.float32)  # [attacker as obligor, target]
        confl -= att_self.T  # c[a, a] is True only to drop a's own (breach) term
        bound, condn, confl = bound.T, condn.T, confl.T  # → [attacker, target]
        cascade = np.zeros((n, n), bool)
        pos = {int(x): i for i, x in enumerate(m)}
        # adversary-conditioned defence rows: correct the affected (obligor, target) columns
        touched: dict[tuple[int, int], list] = {}
        for row in self.def_adv:
            if row[1] in pos:
                touched.setdefault((row[0], row[1]), []).append(row)
        cvec = (self.def_any | self.neu_agg)
        named: dict[int, np.ndarray] = {}

        def hits(a_id: int) -> np.ndarray:
            if a_id not in named:
                named[a_id] = np.isin(m, self.comp.adv_sets[a_id])
            return named[a_id]

        adv_s: dict[tuple[int, int], np.ndarray] = {}  # (obligor, target) -> status by attacker position
        for (oo, tt), rows in touched.items():
            j = pos[tt]
            s0 = int(self.def_base[oo, tt])
            s = np.full(n, s0, np.int8)
            for _, _, bs, a_id, exh in rows:
                s = np.maximum(s, np.where(hits(a_id), bs, NO if exh else min(bs, UNK)).astype(np.int8))
            s[m == oo] = s0  # the obligor as attacker: a breach, counted nowhere
            s[j] = s0
            adv_s[(oo, tt)] = s
            cf = cvec[oo, m]
            for val, sign in ((np.full(n, s0, np.int8), -1), (s, 1)):
                bound[:, j] += sign * ((val == 2) & ~cf)
                condn[:, j] += sign * ((val == 1) & ~cf)
                confl[:, j] += sign * ((val > 0) & cf & (m != oo))
        joiners = np.zeros((n, n), np.float32)
        side_a = np.ones((n, n), np.float32)
        side_d = 1 + bound
        # attackers with offence partners: their whole row of targets at once
        owed_t = (self.def_any | self.nonagg_any | self.neu_any)[:, m]  # [obligor, target]
        cols = np.arange(n)
        for a in sorted(self.off_benef):
            if a not in pos:
                continue
            i = pos[a]
            grp = self.by_b.get((KIND["offense"], a))
            if grp is None:
                continue
            d_a = self.def_base[:, m].copy()
            for (oo, tt), sv in adv_s.items():
                d_a[oo, pos[tt]] = sv[i]
            d_a[a, :] = 0
            j_a = np.zeros_like(d_a)
            for r in grp:
                st = int(self.r_st[r]) if self.r_nlo[r] <= 1 <= self.r_nhi[r] else NO
                if st == NO:
                    continue
                a_id = int(self.r_adv[r])
                v = (np.full(n, st, np.int8) if a_id < 0 else
                     np.where(hits(a_id), st, NO if self.r_exh[r] else min(st, UNK)).astype(np.int8))
                o_r = int(self.r_o[r])
                j_a[o_r] = np.maximum(j_a[o_r], v)
            j_a[m, cols] = 0  # the target never joins the attack on itself
            if not j_a.any():
                continue
            both = (d_a > 0) & (j_a > 0)
            c_def = cvec[:, a][:, None] | both
            c_def[a, :] = True
            c_join = owed_t | both
            bound[i] = ((d_a == 2) & ~c_def).sum(0)
            condn[i] = ((d_a == 1) & ~c_def).sum(0) + ((j_a == 1) & ~c_join).sum(0)
            confl[i] = ((d_a > 0) & c_def).sum(0) + ((j_a > 0) & c_join).sum(0)
            joiners[i] = ((j_a == 2) & ~c_join).sum(0)
            side_d[i] = 1 + bound[i]
        joiners[cols, cols] = 0
        # where a state is bound to join the attacker, the cascade goes on: follow it pair by pair
        for i, j in zip(*np.nonzero(joiners > 0)):
            a, t = int(m[i]), int(m[j])
            found, side = self.cascade(a, t)
            vals = list(found.items())
            bound[i, j] = sum(1 for (_, du, _), s in vals if du == "defend" and s == "binding")
            condn[i, j] = sum(1 for _, s in vals if s == "conditional")
            confl[i, j] = sum(1 for _, s in vals if s == "conflicted")
            joiners[i, j] = sum(1 for (_, du, b_), s in vals if du == "join" and b_ == a and s == "binding")
            side_a[i, j] = sum(1 for s in side.values() if s == "A")
            side_d[i, j] = sum(1 for s in side.values() if s == "D")
            cascade[i, j] = True
        off = ~np.eye(n, dtype=bool)
        return {
            "defenders_bound": np.rint(bound).astype(np.int16), "joiners_bound": joiners.astype(np.int16),
            "conditional": np.rint(condn).astype(np.int16), "conflicted": np.rint(confl).astype(np.int16),
            "side_attacker": side_a.astype(np.int16), "side_target": np.rint(side_d).astype(np.int16),
            "cascade": cascade, "pairs": off,
        }


def full_engine_counts(corpus: "Corpus", a: int, t: int, d: dt.date) -> dict[str, int]:
    """The same counts from the one-scenario engine (the slow, traced path)."""
    from .evaluate import evaluate

    ev = evaluate(corpus, Scenario((a,), (t,), d))
    best: dict[tuple[int, str, int], str] = {}
    for f in ev.findings:
        if f.duty in ("defend", "join"):
            key = (f.obligor, f.duty, f.beneficiary)
            best[key] = _better(best.get(key), f.status)
    return {
        "defenders_bound": sum(1 for (o, du, b), s in best.items() if du == "defend" and b == t and s == "binding"),
        "joiners_bound": sum(1 for (o, du, b), s in best.items() if du == "join" and b == a and s == "binding"),
        "conditional": sum(1 for s in best.values() if s == "conditional"),
        "conflicted": sum(1 for s in best.values() if s == "conflicted"),
        "side_attacker": sum(1 for s in ev.side.values() if s == "A"),
        "side_target": sum(1 for s in ev.side.values() if s == "D"),
    }


def _better(old: str | None, new: str) -> str:
    order = {"conflicted": 3, "binding": 2, "conditional": 1}
    if old is None:
        return new
    return old if order[old] >= order[new] else new
