"""The atlas's round one for every pair of states on a day at once, as matrices over a day's compiled view
(:func:`pair_counts`, :class:`casus.engine.compiled.DateView`), and the same counts from the one-scenario engine for
checking it (:func:`full_engine_counts`)."""

from __future__ import annotations

import datetime as dt
import weakref
from typing import TYPE_CHECKING

import numpy as np

from ..model.findings import Scenario
from .compiled import ADVERSARY, KIND, NO, UNK, YES
from .rules import ENTRY_DUTIES, better_status

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus
    from .compiled import DateView

__all__ = ["AtlasMatrices", "pair_counts", "full_engine_counts"]

#: each day's view's matrices, made once and kept as long as the view
_MATRICES: weakref.WeakKeyDictionary[DateView, AtlasMatrices] = weakref.WeakKeyDictionary()


def pair_counts(view: DateView, members: np.ndarray) -> dict[str, np.ndarray]:
    """Per ordered pair (attacker i, target j) of ``members`` (state indices) on the view's day: defenders bound,
    joiners bound, conditional, conflicted, and each side's size after the cascade; ``cascade`` marks pairs whose
    cascade goes beyond round one (answered by :meth:`casus.engine.compiled.DateView.cascade`)."""
    matrices = _MATRICES.get(view)
    if matrices is None:
        matrices = _MATRICES[view] = AtlasMatrices(view)
    return matrices.counts(members)


class AtlasMatrices:
    """Round one of every pair of a day at once (defensive policy, home territory, no stated facts)."""

    def __init__(self, view: DateView):
        comp, n, sel = view.comp, view.n, view.rows
        self.view, self.comp, self.n = view, comp, n
        o, b, k = comp.o[sel].astype(np.int64), comp.b[sel].astype(np.int64), comp.kind[sel]
        st = np.minimum(comp.mem[sel], comp.cond_home[sel]).astype(np.int8)
        adv, exh, nlo, nhi = comp.adv[sel], comp.adv_exh[sel], comp.num_lo[sel], comp.num_hi[sel]
        law = comp.law[sel]
        one = (nlo <= 1) & (1 <= nhi)
        defence = law & (st > NO) & (k == KIND["defense"]) & one
        self.def_base = np.zeros((n, n), np.int8)
        dm = defence & (adv < 0)
        np.maximum.at(self.def_base, (o[dm], b[dm]), st[dm])
        am = defence & (adv >= 0)
        self.def_adv = [(int(oo), int(bb), int(s_), int(a), bool(e))
                        for oo, bb, s_, a, e in zip(o[am], b[am], st[am], adv[am], exh[am], strict=True)]
        offence = law & (st > NO) & (k == KIND["offense"])
        self.off_rows: dict[int, list[tuple[int, int, int, bool, bool]]] = {}
        for oo, bb, s_, a, e, lo_, hi_ in zip(o[offence], b[offence], st[offence], adv[offence], exh[offence],
                                              nlo[offence], nhi[offence], strict=True):
            self.off_rows.setdefault(int(bb), []).append((int(oo), int(s_) if lo_ <= 1 <= hi_ else NO, int(a),
                                                          bool(e), True))
        exact = law & ((k == KIND["defense"]) | (k == KIND["offense"])) & comp.exact[sel]
        # conditions the matrices cannot express (two adversary lists, a defence "while attacked")
        self.exact_targets = {int(x) for x in b[exact & (k == KIND["defense"])]}
        self.exact_attackers = {int(x) for x in b[exact & (k == KIND["offense"])]}

    def _adv_status(self, base: int, a_id: int, exh: bool, hits) -> np.ndarray:
        verdict = ADVERSARY[hits.astype(np.int64), int(exh)]
        return np.minimum(base, verdict).astype(np.int8)

    def counts(self, members: np.ndarray) -> dict[str, np.ndarray]:
        """The pair counts of ``members`` (see :func:`pair_counts`): round one by matrix products, corrected for the
        defence rows that look at the attacker, then for the attackers that states are bound to join, and followed
        pair by pair where the cascade goes on or a condition needs the exact path."""
        p = _Pass(self, members)
        adv_s = self._adversary_rows(p)
        p.side_d = 1 + p.bound  # (each target's side: itself and its defenders bound, after the corrections)
        self._offence_rows(p, adv_s)
        self._exact_pairs(p)
        off = ~np.eye(p.n, dtype=bool)
        return {
            "defenders_bound": np.rint(p.bound).astype(np.int16), "joiners_bound": p.joiners.astype(np.int16),
            "conditional": np.rint(p.condn).astype(np.int16), "conflicted": np.rint(p.confl).astype(np.int16),
            "side_attacker": p.side_a.astype(np.int16), "side_target": np.rint(p.side_d).astype(np.int16),
            "cascade": p.cascade, "pairs": off,
        }

    def _adversary_rows(self, p: _Pass) -> dict[tuple[int, int], np.ndarray]:
        """Correct the (obligor, target) columns of the defence rows conditioned on the adversary; returns each such
        pair's status by attacker position."""
        m, n, cvec = p.m, p.n, p.cvec
        touched: dict[tuple[int, int], list] = {}
        for row in self.def_adv:
            if row[1] in p.pos:
                touched.setdefault((row[0], row[1]), []).append(row)
        adv_s: dict[tuple[int, int], np.ndarray] = {}  # (obligor, target) -> status by attacker position
        for (oo, tt), rows in touched.items():
            j = p.pos[tt]
            s0 = int(self.def_base[oo, tt])
            s = np.full(n, s0, np.int8)
            for _, _, bs, a_id, exh in rows:
                s = np.maximum(s, self._adv_status(bs, a_id, exh, p.hits(a_id)))
            s[m == oo] = s0  # the obligor as attacker: a breach, counted nowhere
            s[j] = s0
            adv_s[(oo, tt)] = s
            cf = cvec[oo, m]
            for val, sign in ((np.full(n, s0, np.int8), -1), (s, 1)):
                p.bound[:, j] += sign * ((val == YES) & ~cf)
                p.condn[:, j] += sign * ((val == UNK) & ~cf)
                p.confl[:, j] += sign * ((val > 0) & cf & (m != oo))
        return adv_s

    def _offence_rows(self, p: _Pass, adv_s: dict[tuple[int, int], np.ndarray]) -> None:
        """The rows of the attackers some state is bound to join: their defenders and joiners counted again."""
        m, n, view = p.m, p.n, self.view
        owed_t = (view.def_any | view.nonagg_any | view.neu_any)[:, m]  # [obligor, target]
        cols = np.arange(n)
        for a, rows in self.off_rows.items():
            if a not in p.pos:
                continue
            i = p.pos[a]
            d_a = self.def_base[:, m].copy()
            for (oo, tt), sv in adv_s.items():
                d_a[oo, p.pos[tt]] = sv[i]
            d_a[a, :] = 0
            j_a = np.zeros_like(d_a)
            for o_r, st, a_id, exh, _ in rows:
                if st == NO:
                    continue
                v = np.full(n, st, np.int8) if a_id < 0 else self._adv_status(st, a_id, exh, p.hits(a_id))
                j_a[o_r] = np.maximum(j_a[o_r], v)
            j_a[m, cols] = 0  # the target never joins the attack on itself
            if not j_a.any():
                continue
            both = (d_a > 0) & (j_a > 0)
            c_def = p.cvec[:, a][:, None] | both
            c_def[a, :] = True
            c_join = owed_t | both
            p.bound[i] = ((d_a == YES) & ~c_def).sum(0)
            p.condn[i] = ((d_a == UNK) & ~c_def).sum(0) + ((j_a == UNK) & ~c_join).sum(0)
            p.confl[i] = ((d_a > 0) & c_def).sum(0) + ((j_a > 0) & c_join).sum(0)
            p.joiners[i] = ((j_a == YES) & ~c_join).sum(0)
            p.side_d[i] = 1 + p.bound[i]
        p.joiners[cols, cols] = 0

    def _exact_pairs(self, p: _Pass) -> None:
        """Where the cascade goes on (a state bound to join the attacker), or where a condition needs the exact
        path, the pair followed by the compiled cascade."""
        m, view, cols = p.m, self.view, np.arange(p.n)
        exact = p.joiners > 0
        for x in self.exact_targets:
            if x in p.pos:
                exact[:, p.pos[x]] = True
        for x in self.exact_attackers:
            if x in p.pos:
                exact[p.pos[x], :] = True
        exact[cols, cols] = False
        codes = self.comp.codes
        for i, j in zip(*np.nonzero(exact), strict=True):
            a, t = int(codes[m[i]]), int(codes[m[j]])
            found, side = view.cascade(Scenario((a,), (t,), view.d))
            vals = list(found.items())
            p.bound[i, j] = sum(1 for (_, du, _), s in vals if du == "defend" and s == "binding")
            p.condn[i, j] = sum(1 for _, s in vals if s == "conditional")
            p.confl[i, j] = sum(1 for _, s in vals if s == "conflicted")
            p.joiners[i, j] = sum(1 for (_, du, b_), s in vals if du == "join" and b_ == a and s == "binding")
            p.side_a[i, j] = sum(1 for s in side.values() if s == "A")
            p.side_d[i, j] = sum(1 for s in side.values() if s == "D")
            p.cascade[i, j] = len(side) > 2 and any(s == "A" for c_, s in side.items() if c_ != a)


class _Pass:
    """One call's matrices over ``members`` (attacker i, target j): round one's counts by matrix products, to be
    corrected by :meth:`AtlasMatrices.counts`' steps."""

    def __init__(self, atlas: AtlasMatrices, members: np.ndarray) -> None:
        view, m = atlas.view, members
        self.m, self.n = m, len(m)
        n = self.n
        full = atlas.def_base[:, m]  # [any obligor, target]
        self.cvec = cvec = view.neu_agg  # rules.conflicting_kinds: the attacker is not attacked: only neutrality counts
        c = cvec[:, m].copy()  # [obligor, attacker]: owes the attacker unconditional neutrality
        c[m, np.arange(n)] = True  # the attacker itself never counts as a defender
        bind = (full == YES).astype(np.float32)
        cond = (full == UNK).astype(np.float32)
        nc = (~c).astype(np.float32)
        self.bound = (bind.T @ nc).T  # [attacker, target]
        self.condn = (cond.T @ nc).T
        self.confl = ((bind + cond).T @ c.astype(np.float32)).T
        self.confl -= (full[m, :] > 0).astype(np.float32)  # c[a, a] is True only to drop a's own (breach) term
        self.cascade = np.zeros((n, n), bool)
        self.joiners = np.zeros((n, n), np.float32)
        self.side_a = np.ones((n, n), np.float32)
        self.side_d = self.side_a  # (set by AtlasMatrices.counts once round one is corrected)
        self.pos = {int(x): i for i, x in enumerate(m)}
        self._named: dict[int, np.ndarray] = {}
        self._adv_sets = atlas.comp.adv_sets

    def hits(self, a_id: int) -> np.ndarray:
        """Which members an adversary list names (its place in the compiled corpus's lists), read once."""
        if a_id not in self._named:
            self._named[a_id] = np.isin(self.m, self._adv_sets[a_id])
        return self._named[a_id]


def full_engine_counts(corpus: Corpus, a: int, t: int, d: dt.date) -> dict[str, int]:
    """The atlas's counts from the one-scenario engine (the slow, traced path)."""
    from .evaluate import evaluate

    ev = evaluate(corpus, Scenario((a,), (t,), d))
    best: dict[tuple[int, str, int], str] = {}
    for f in ev.findings:
        if f.duty in ENTRY_DUTIES:
            key = (f.obligor, f.duty, f.beneficiary)
            best[key] = better_status(best.get(key), f.status)
    return {
        "defenders_bound": sum(1 for (o, du, b), s in best.items() if du == "defend" and b == t and s == "binding"),
        "joiners_bound": sum(1 for (o, du, b), s in best.items() if du == "join" and b == a and s == "binding"),
        "conditional": sum(1 for s in best.values() if s == "conditional"),
        "conflicted": sum(1 for s in best.values() if s == "conflicted"),
        "side_attacker": sum(1 for s in ev.side.values() if s == "A"),
        "side_target": sum(1 for s in ev.side.values() if s == "D"),
    }
