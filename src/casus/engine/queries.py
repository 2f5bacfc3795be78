"""Queries over the obligations on a date: duties holding (:func:`duties_on`), a state's defence
ties (:func:`defence_ties`), and what changed between two dates (:func:`diff`, ``casus diff``).

Pure functions over the corpus and the one obligation expansion (:mod:`casus.engine.obligations`).
A treaty "entered into force" in ``(from, to]`` when a membership of it started
in that window (on the chosen basis); it "ended" when its last membership ended
in the window.  Duties are
the directed obligations holding on each date (every clause whose obligor and
beneficiary are parties on that day), compared as sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..model.dates import Bound, Tri
from ..model.treaty import DUTY_OF_KIND, Membership, Treaty
from .obligations import FAR, index_for

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["diff", "duties_on", "defence_ties", "pair_history", "Diff"]


@dataclass
class Diff:
    start: date
    end: date
    state: int | None
    basis: str
    entered: list[dict]
    signed: list[dict]
    ended: list[dict]
    joined: list[dict]
    left: list[dict]
    gained: list[dict]
    lost: list[dict]


def _in_window(b: Bound | None, start: date, end: date) -> bool:
    return b is not None and start < b.earliest <= end


def duties_on(corpus: Corpus, d: date, basis: str = "in-force", state: int | None = None) -> set[tuple]:
    """Directed duties holding on ``d``: {(obligor, kind, beneficiary, treaty id, clause id)}."""
    out: set[tuple] = set()
    index = index_for(corpus)
    treaties = corpus.treaties_of(state) if state is not None else corpus.treaties.values()
    for t in treaties:
        if t.legal_status != "treaty":
            continue
        for ob in index.of(t):
            if state is not None and state not in (ob.obligor, ob.beneficiary):
                continue
            if ob.on(d, basis).tri is not Tri.NO:
                out.add((ob.obligor, ob.kind, ob.beneficiary, t.id, ob.clause.id))
    return out


def defence_ties(corpus: Corpus, ccode: int, d: date, basis: str = "in-force") -> tuple[list[dict], list[dict]]:
    """Whom ``ccode`` must defend and who must defend it on ``d`` (one row per state and treaty;
    conditions listed, not decided)."""
    owes: dict[tuple, dict] = {}
    owed: dict[tuple, dict] = {}
    index = index_for(corpus)
    for t in corpus.treaties_of(ccode):
        for ob in index.of(t):
            if ob.kind != "defense" or ccode not in (ob.obligor, ob.beneficiary):
                continue
            if ob.on(d, basis).tri is Tri.NO:
                continue
            other = ob.beneficiary if ob.obligor == ccode else ob.obligor
            st = corpus.states.get(other)
            row = {"state": st.abbrev_on(d), "ccode": other, "name": st.name_on(d), "treaty": t.id,
                   "treaty_name": t.short_name, "article": ob.clause.article,
                   "conditions": [c.text for c in ob.clause.conditions]}
            (owes if ob.obligor == ccode else owed)[(other, t.id)] = row
    return [owes[k] for k in sorted(owes)], [owed[k] for k in sorted(owed)]


def _cite(t: Treaty, ids) -> list[str]:
    out = []
    for sid in ids:
        s = t.source(sid)
        out.append(s.cite() if s else sid)
    return out


def _who(corpus: Corpus, c: int, d: date) -> dict:
    s = corpus.states.get(c)
    return {"state": s.abbrev_on(d), "ccode": c, "name": s.name_on(d)}


def _tref(t: Treaty) -> dict:
    return {"id": t.id, "name": t.name, "short_name": t.short_name if t.origin != "atop" else t.name,
            "atopid": t.atopid}


def _kind_text(t: Treaty) -> str:
    return t.kind or ", ".join(t.kinds()) or "none"


def _last_end(t: Treaty) -> Bound | None:
    """When the treaty's last membership ended; None while a membership lasts (or it has none)."""
    ends = [m.end for m in t.memberships]
    if not ends or any(e is None for e in ends):
        return None
    return max((e for e in ends if e is not None), key=lambda b: b.latest)


def _signed_status(t: Treaty) -> str:
    if not t.in_force.confirmed:
        return "in force: unconfirmed"
    return f"in force from {t.in_force.day}" if t.in_force.day else "no entry into force recorded"


def _member_changes(corpus: Corpus, t: Treaty, starts: list[tuple[Membership, Bound | None]], first: Bound | None,
                    last: Bound | None, start: date, end: date, state: int | None) -> tuple[list[dict], list[dict]]:
    """Members of ``t`` that joined (after its first members) or left (before it ended, or froze
    their participation) in the window: ``(joined, left)``."""
    joined, left = [], []
    for m, b in starts:
        if state is not None and m.ccode != state and not _party_of(t, state):
            continue
        if b is not None and b != first and _in_window(b, start, end):
            joined.append({"treaty": _tref(t), **_who(corpus, m.ccode, end), "date": str(b),
                           "sources": _cite(t, m.sources)})
        if m.end is not None and _in_window(m.end, start, end) and (last is None or m.end != last):
            left.append({"treaty": _tref(t), **_who(corpus, m.ccode, end), "date": str(m.end), "note": m.end_note,
                         "sources": _cite(t, m.sources)})
        for s_ in m.statuses:
            if _in_window(s_.start, start, end):
                note = f"participation {s_.status} (still a member)" + (f": {s_.note}" if s_.note else "")
                left.append({"treaty": _tref(t), **_who(corpus, m.ccode, end), "date": str(s_.start), "note": note,
                             "sources": _cite(t, s_.sources)})
    return joined, left


def _duty_rows(corpus: Corpus, keys: set[tuple], d: date) -> list[dict]:
    """Duties (as from :func:`duties_on`) as rows, in treaty, duty, obligor, beneficiary, clause order
    (fully ordered: the same answer whatever the hash seed)."""
    out = []
    for o, kind, b, tid, cid in sorted(keys, key=lambda k: (k[3], k[1], k[0], k[2], k[4])):
        t = corpus.treaties[tid]
        out.append({"obligor": _who(corpus, o, d)["state"], "obligor_ccode": o, "duty": DUTY_OF_KIND[kind],
                    "beneficiary": _who(corpus, b, d)["state"], "beneficiary_ccode": b, "treaty": _tref(t),
                    "article": next((c.article for c in t.clauses if c.id == cid), None)})
    return out


def diff(corpus: Corpus, start: date, end: date, state: int | None = None, basis: str = "in-force") -> Diff:
    """Changes between ``start`` (exclusive) and ``end`` (inclusive)."""
    entered, signed, ended, joined, left = [], [], [], [], []
    treaties = corpus.treaties_of(state) if state is not None else list(corpus.treaties.values())
    for t in treaties:
        starts = [(m, m.start(basis)[0]) for m in t.memberships]
        first = min((b for _, b in starts if b is not None), key=lambda b: b.earliest, default=None)
        # a pact whose entry into force is unconfirmed starts, at most possibly, at signature: it is listed
        # as signed (with its status), never as having entered into force
        unconfirmed = basis != "signed" and all(m.entry_unconfirmed for m, b in starts if b == first)
        if _in_window(first, start, end) and not unconfirmed:
            entered.append({"treaty": _tref(t), "date": str(first), "kind": _kind_text(t),
                            "parties": [_who(corpus, m.ccode, end)["state"] for m, b in starts if b == first],
                            "sources": _cite(t, t.in_force.sources or t.signed.sources)})
        sig = t.signed.day
        if t.origin != "atop" and _in_window(sig, start, end) and (unconfirmed or not _in_window(first, start, end)):
            signed.append({"treaty": _tref(t), "date": str(sig), "kind": _kind_text(t), "status": _signed_status(t),
                           "sources": _cite(t, t.signed.sources)})
        last = _last_end(t)
        if _in_window(last, start, end):
            ended.append({"treaty": _tref(t), "date": str(last),
                          "replaced_by": t.replaced_by, "sources": _cite(t, t.memberships[0].sources)})
        j, lf = _member_changes(corpus, t, starts, first, last, start, end, state)
        joined += j
        left += lf
    before = duties_on(corpus, start, basis, state)
    after = duties_on(corpus, end, basis, state)
    key = lambda r: (r["date"], r["treaty"]["id"])  # noqa: E731
    return Diff(start, end, state, basis, sorted(entered, key=key), sorted(signed, key=key), sorted(ended, key=key),
                sorted(joined, key=key), sorted(left, key=key), _duty_rows(corpus, after - before, end),
                _duty_rows(corpus, before - after, end))


def _party_of(t: Treaty, ccode: int) -> bool:
    return ccode in t.parties


def pair_history(corpus: Corpus, a: int, b: int, basis: str = "in-force") -> list[dict]:
    """Every directed duty between ``a`` and ``b`` (either way) over time, as spans of days.

    One row per (obligor, duty, treaty, clause, span): ``start`` and ``end`` (the last day, None while it holds),
    and ``certain`` (False where the duty may hold: a date known only to the month, an unconfirmed entry into
    force, a frozen membership).  Treaties without legal force (declarations, executive orders) are left out,
    as in :func:`duties_on`."""
    index = index_for(corpus)
    common = {t.id: t for t in corpus.treaties_of(a)}
    rows: list[dict] = []
    for t in corpus.treaties_of(b):
        if t.id not in common or t.legal_status != "treaty":
            continue
        for ob in (*index.between(t, a, b), *index.between(t, b, a)):
            for seg in ob.segments(basis):
                certain = seg.state.tri is Tri.YES
                end = None if seg.hi >= FAR else date.fromordinal(seg.hi) - timedelta(days=1)
                last = rows[-1] if rows else None
                if (last is not None and last["clause"] == ob.clause.id and last["treaty"] == t.id
                        and last["obligor"] == ob.obligor and last["certain"] == certain
                        and last["end"] is not None and last["end"] + timedelta(days=1) == date.fromordinal(seg.lo)):
                    last["end"] = end
                    continue
                rows.append({"obligor": ob.obligor, "beneficiary": ob.beneficiary,
                             "duty": DUTY_OF_KIND.get(ob.kind, ob.kind), "treaty": t.id, "clause": ob.clause.id,
                             "article": ob.clause.article, "start": date.fromordinal(seg.lo), "end": end,
                             "certain": certain})
    return sorted(rows, key=lambda r: (r["start"], r["obligor"], r["duty"], r["treaty"]))

