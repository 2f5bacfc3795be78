"""Random toy corpora and scenarios for the differential test (``test_differential.py``).

One generator, two drivers: :class:`RandomChooser` (a plain ``random.Random``,
for counting what the generator produces) and :class:`HypothesisChooser` (byte
strings hypothesis draws, so failing examples shrink).  Every choice goes through
the chooser; "off" is always the shrink target (no window, no frozen spell,
no condition, exact days, ...).

A toy corpus uses the real state registry and the real areas and places, and
3-8 states that are COW members throughout 1990-2020, with 1-5 hand-made
treaties dated inside 1990-2020: exact and month-only days, unconfirmed
entries into force, leave-and-rejoin memberships, one or two frozen spells,
clauses of the five kinds with windows and conditions of every kind.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections import Counter
from dataclasses import replace

from casus.corpus import Corpus
from casus.model.areas import Place
from casus.model.dates import Bound, Span
from casus.model.findings import POLICIES, Scenario
from casus.model.treaty import KINDS, Clause, Condition, DateFact, Membership, PartyStatus, Treaty

__all__ = ["POOL", "ToyCase", "RandomChooser", "HypothesisChooser", "build_case", "traced", "describe",
           "world", "shapes"]

#: COW members throughout 1990-2020; the ones with places in the area data (USA, UKG, FRN, SPN, DEN,
#: TUR, RUS, JPN, PHI) let ``where`` name a real place.
POOL = (2, 20, 200, 220, 230, 325, 365, 390, 640, 710, 732, 740, 750, 770, 840, 140, 900)
FIRST, LAST = dt.date(1990, 1, 1), dt.date(2020, 12, 31)
F0, F1 = FIRST.toordinal(), LAST.toordinal()
#: condition kinds drawn for clauses (adversary and location more often: they decide the most)
COND_KINDS = ("adversary", "adversary", "location", "location", "location", "nonprovocation", "request",
              "joint_finding", "number", "attacked", "other")
RARE_COND_KINDS = ("conflict", "demands", "obligations_vary")
UNDEFINED_AREA = "atlantis-treaty-area"  # named by a clause, defined nowhere
ORDER = {"conflicted": 3, "binding": 2, "conditional": 1}


@functools.lru_cache(maxsize=1)
def world():
    """(states, geo): the real state registry and area data, loaded once (both immutable)."""
    from casus.importers.areas import read_areas
    from casus.importers.cow_states import load_states

    states = load_states()
    return states, read_areas(states.resolve)


# -- choosers ---------------------------------------------------------------------------------------

class RandomChooser:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def section(self) -> None:
        pass

    def many(self, lo: int, hi: int, make) -> list:
        return [make(self) for _ in range(self.r.randint(lo, hi))]

    def int(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def flag(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(list(seq))

    def subset(self, seq, lo: int, hi: int) -> tuple:
        seq = list(seq)
        k = self.r.randint(lo, min(hi, len(seq)))
        return tuple(self.r.sample(seq, k))


class HypothesisChooser:
    """Choices read from byte strings that hypothesis draws, one per section of the case.

    Drawing a few hundred small values one by one from hypothesis costs ~40 ms an
    example; a byte string per treaty, membership, clause and scenario costs a
    tenth of that and still shrinks well: a zero byte is the simplest choice (the
    lowest number, the first element, a feature off), so a section shrunk to
    zeros is the simplest membership, clause or scenario.
    """

    CHUNK = 24

    def __init__(self, draw):
        from hypothesis import strategies as st

        self.draw, self.chunk = draw, st.binary(min_size=self.CHUNK, max_size=self.CHUNK)
        self.data, self.i = b"", 0

    def section(self) -> None:
        self.data, self.i = self.draw(self.chunk), 0

    def many(self, lo: int, hi: int, make) -> list:
        """``make(chooser)`` lo..hi times, as a hypothesis list (so the shrinker can drop any one)."""
        from hypothesis import strategies as st

        one = st.composite(lambda draw: make(HypothesisChooser(draw)))()
        return self.draw(st.lists(one, min_size=lo, max_size=hi))

    def _next(self, nbytes: int) -> int:
        if self.i + nbytes > len(self.data):
            self.section()
        v = int.from_bytes(self.data[self.i:self.i + nbytes], "big")
        self.i += nbytes
        return v

    def int(self, lo: int, hi: int) -> int:
        span = hi - lo + 1
        if span <= 1:
            return lo
        return lo + self._next(1 if span <= 256 else 2 if span <= 65536 else 4) % span

    def flag(self, p: float) -> bool:
        return self._next(1) >= 256 - round(256 * p)

    def pick(self, seq):
        seq = list(seq)
        return seq[self.int(0, len(seq) - 1)]

    def subset(self, seq, lo: int, hi: int) -> tuple:
        rest = list(seq)
        k = self.int(lo, min(hi, len(rest)))
        return tuple(rest.pop(self.int(0, len(rest) - 1)) for _ in range(k))


# -- days -----------------------------------------------------------------------------------------

def _day(x: int) -> dt.date:
    return dt.date.fromordinal(max(F0, min(F1, x)))


def _bound(ch, x: int, month_p: float = 0.35) -> Bound:
    d = _day(x)
    return Bound.month(d.year, d.month) if ch.flag(month_p) else Bound.of(d)


def _after(ch, b: Bound | None, x: int | None = None) -> int:
    """An ordinal after ``b`` (or ``x``): often close (same month, next days), sometimes years later."""
    base = b.earliest.toordinal() if b is not None else x
    how = ch.int(0, 3)
    if how == 0:
        gap = ch.int(1, 40)
    elif how == 1:
        gap = ch.int(30, 400)
    else:
        gap = ch.int(200, 4000)
    return base + gap


# -- the case -----------------------------------------------------------------------------------------

class ToyCase:
    """A toy corpus and some scenarios on it (repr: a readable summary, for failing examples)."""

    def __init__(self, states: tuple[int, ...], treaties: tuple[Treaty, ...], scenarios: tuple[Scenario, ...],
                 corpus: Corpus):
        self.states, self.treaties, self.scenarios, self.corpus = states, treaties, scenarios, corpus

    def __repr__(self) -> str:
        return "\n" + describe(self.treaties) + "\n" + "\n".join(
            f"  scenario {i}: {describe_scenario(sc)}" for i, sc in enumerate(self.scenarios)) + "\n"

    def _repr_pretty_(self, p, cycle) -> None:  # hypothesis's pretty printer: the summary, not the fields
        p.text(repr(self))


def _membership_spans(ch, c: int) -> list[Membership]:
    out: list[Membership] = []
    x = F0 + ch.int(0, (F1 - F0) // 2)
    spans = 2 if ch.flag(0.2) else 1
    prev_end: Bound | None = None
    for k in range(spans):
        ch.section()
        if prev_end is not None:
            # rejoin: from the day it left (touching) or later
            x = prev_end.latest.toordinal() + (0 if ch.flag(0.2) else ch.int(1, 1500))
            if x >= F1:
                break
        signed = _bound(ch, x)
        in_force_confirmed = True
        how = ch.int(0, 19)
        if how <= 9:
            in_force = signed
        elif how <= 15:
            in_force = _bound(ch, _after(ch, signed))
        elif how <= 17:
            in_force, in_force_confirmed = None, False  # entry into force unconfirmed
        else:
            in_force = None  # not recorded: the signature counts
        signed_out = None if ch.flag(0.05) and in_force is not None else signed
        last = in_force or signed
        end = None
        if k + 1 < spans or ch.flag(0.3):
            end = _bound(ch, _after(ch, last))
        statuses: tuple[PartyStatus, ...] = ()
        n_frozen = 0 if not ch.flag(0.2) else 1 if not ch.flag(0.5) else 2
        if n_frozen:
            spells = []
            y = _after(ch, last)
            for j in range(n_frozen):
                st = _bound(ch, y)
                en = None
                if j + 1 < n_frozen or ch.flag(0.6):
                    en = _bound(ch, _after(ch, st))
                kind = "suspended" if ch.flag(0.1) else "frozen"
                spells.append(PartyStatus(kind, st, en, note=f"spell {j + 1}"))
                if en is None:
                    break
                y = _after(ch, en)  # a gap between the spells
            # a spell starts while the state is a member (it may be recorded to end after it left)
            statuses = tuple(sp for sp in spells if end is None or sp.start.latest < end.earliest)
        out.append(Membership(ccode=c, signed=signed_out, in_force=in_force, end=end,
                              in_force_confirmed=in_force_confirmed, statuses=statuses))
        prev_end = end
        if end is None:
            break
    return out


@functools.lru_cache(maxsize=512)
def _areas_near(states: tuple[int, ...], geo) -> list[str]:
    """Areas where the place of an attack on one of ``states`` can matter: they cover its home
    region or territory, or list or tag one of its places."""
    out = []
    for a in sorted(geo.areas):
        area = geo.areas[a]
        covered = set(area.includes) | set(area.forces_in)
        for c in states:
            places = [p for p in geo.places.values() if p.sovereign == c]
            if (covered & set(geo.home_tags(c)) or any(p.id in area.places_in + area.places_out for p in places)
                    or any(covered & set(p.tags) for p in places)):
                out.append(a)
                break
    return out


def _condition(ch, kind: str, states: tuple[int, ...], geo) -> Condition:
    if kind == "adversary":
        outside = [c for c in POOL if c not in states]
        named = ch.subset(states, 0, 3) + (ch.subset(outside, 0, 1) if ch.flag(0.2) else ())
        return Condition("adversary", "against named states", states=named, exhaustive=ch.flag(0.5))
    if kind == "location":
        how = ch.int(0, 9)
        near = _areas_near(states, geo)
        area = (None if how == 0 else UNDEFINED_AREA if how == 1 else
                ch.pick(near) if how >= 5 and near else ch.pick(sorted(geo.areas)))
        return Condition("location", f"in {area}", area=area)
    if kind == "number":
        lo = ch.pick((None, 1, 2, 3))
        hi = ch.pick((None, 1, 2, 3))
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        return Condition("number", "a number of attackers", min_adversaries=lo, max_adversaries=hi)
    return Condition(kind, f"a {kind} condition")


def _clause(ch, parties: tuple[int, ...], states: tuple[int, ...], geo) -> Clause:
    ch.section()
    kind = ch.pick(("defense",) * 4 + ("offense",) * 2 + KINDS[2:])
    obligors = ch.subset(parties, 1, len(parties)) if ch.flag(0.4) else None
    beneficiaries = ch.subset(parties, 1, len(parties)) if ch.flag(0.4) else None
    response = ch.pick(("automatic", "discretionary", "automatic", "discretionary", "unspecified", "consult_first"))
    window = None
    if ch.flag(0.3):
        s = _bound(ch, F0 + ch.int(0, F1 - F0), 0.5)
        window = Span(s, _bound(ch, _after(ch, s), 0.5) if ch.flag(0.6) else None)
    conds: list[Condition] = []
    for _ in range(ch.pick((0, 0, 0, 1, 1, 2, 3))):
        kind_c = ch.pick(RARE_COND_KINDS) if ch.flag(0.05) else ch.pick(COND_KINDS)
        conds.append(_condition(ch, kind_c, states, geo))
    if kind == "neutrality" and ch.flag(0.4):  # the usual shape: neutrality only while the partner is attacked
        conds.append(Condition("attacked", "if the partner is attacked"))
    return Clause(id="c", kind=kind, obligors=obligors, beneficiaries=beneficiaries,
                  conditions=tuple(conds), response=response, window=window, article="Art. 1")


def _treaty(ch, states: tuple[int, ...], geo) -> Treaty:
    ch.section()
    parties = ch.subset(states, 2, min(5, len(states)))
    ms: list[Membership] = []
    for c in parties:
        ms += _membership_spans(ch, c)
    clauses = tuple(replace(c, id=f"c{j + 1}", article=f"Art. {j + 1}")
                    for j, c in enumerate(ch.many(1, 4, lambda c: _clause(c, parties, states, geo))))
    signed = min((m.signed or m.in_force for m in ms if (m.signed or m.in_force)), default=None,
                 key=lambda b: b.earliest)
    in_force = min((m.in_force for m in ms if m.in_force), default=None, key=lambda b: b.earliest)
    return Treaty(id="toy", name="Toy Treaty", short_name="T", signed=DateFact(signed),
                  in_force=DateFact(in_force, confirmed=in_force is not None), memberships=tuple(ms),
                  clauses=clauses, origin="hand", legal_status="political" if ch.flag(0.15) else "treaty")


def _bounds_of(treaties) -> list[Bound]:
    out: list[Bound] = []
    for t in treaties:
        for m in t.memberships:
            out += [b for b in (m.signed, m.in_force, m.end) if b is not None]
            for s in m.statuses:
                out += [b for b in (s.start, s.end) if b is not None]
        for c in t.clauses:
            if c.window is not None:
                out += [b for b in (c.window.start, c.window.end) if b is not None]
    return out


def _places(corpus: Corpus, targets: tuple[int, ...]) -> list[Place]:
    """Places the brief allows: real places of the area data whose sovereign is a target."""
    return [p for p in corpus.geo.places.values() if p.sovereign in targets]


def _extra_places(ch, corpus: Corpus, states: tuple[int, ...], targets: tuple[int, ...]) -> Place:
    """What ``--where`` can also give (built as the place resolver builds them): a zone (the first
    target's forces there), a target's home territory, the first target's forces on another state's
    territory, or a war's theatre (regions, as the backtest builds it)."""
    geo = corpus.geo
    how = ch.int(0, 3)
    if how == 0:
        z = geo.zones[ch.pick(sorted(geo.zones))]
        return Place(id=z.id, name=z.name, name_hi=z.name_hi, sovereign=targets[0], kind="zone",
                     tags=geo.expand([z.id]))
    if how == 1:
        c = ch.pick(targets)
        return Place(id=f"home:{c}", name=f"{_abbr(c)}'s home territory", name_hi=None, sovereign=c, kind="home",
                     tags=geo.home_tags(c))
    if how == 2:
        host = ch.pick([c for c in POOL if c not in targets])
        return Place(id=f"territory:{host}", name=f"{_abbr(targets[0])}'s forces on {_abbr(host)}'s territory",
                     name_hi=None, sovereign=targets[0], kind="forces", tags=geo.home_tags(host))
    regions = ch.subset([r.id for r in geo.regions], 1, 2)
    return Place(id="war-toy", name="the toy war's theatre", name_hi=None, sovereign=None, kind="theatre",
                 tags=tuple(regions))


def _spans(t: Treaty, c: int, basis: str) -> list[tuple[int, int]]:
    out = []
    for m in t.memberships_of.get(c, ()):
        start = m.start(basis)[0]
        if start is not None:
            out.append((start.earliest.toordinal(), m.end.latest.toordinal() if m.end else F1))
    return out


def _scenario(ch, corpus: Corpus, states: tuple[int, ...], bounds: list[Bound], extra_places: bool) -> Scenario:
    ch.section()
    basis = ch.pick(("in-force", "signed"))
    treaties = list(corpus.treaties.values())
    focus = partner = None
    if ch.flag(0.75):  # a target with a partner in one of the treaties (else: any states)
        t = ch.pick(treaties)
        focus = ch.pick(t.parties)
        partner = ch.pick([p for p in t.parties if p != focus])
    attackers = ch.subset([c for c in states if c != focus], 1, 2)
    rest = [c for c in states if c not in attackers]
    if focus is not None:
        targets = (focus,) + ch.subset([c for c in rest if c != focus], 0, 1)
    else:
        targets = ch.subset(rest, 1, 2)
    days = sorted({b.latest.toordinal() for b in bounds})
    anchors = days[len(days) // 2:len(days) // 2 + 1]  # a day several scenarios share (the median)
    how = ch.int(0, 9)
    x = None
    if focus is not None and how >= 5:
        bounds = _bounds_of([t])  # the focus treaty's days: an uncertain day there matters
    if anchors and ch.flag(0.3):  # the compiled engine caches per day: scenarios of one day share it
        x = ch.pick(anchors)
    elif bounds and how >= 5:  # an endpoint, the day before, the last day of a month-only bound, ...
        b = ch.pick(bounds)
        x = ch.pick((b.earliest.toordinal(), b.earliest.toordinal() - 1, b.latest.toordinal() - 1,
                     b.latest.toordinal(), (b.earliest.toordinal() + b.latest.toordinal()) // 2))
    elif focus is not None and how >= 1:  # while both the target and its partner may be members
        pairs = [(max(a[0], b[0]), min(a[1], b[1])) for a in _spans(t, focus, basis) for b in _spans(t, partner, basis)]
        pairs = [p for p in pairs if p[0] < p[1]]
        if pairs:
            lo, hi = ch.pick(pairs)
            x = lo + ch.int(0, hi - lo - 1)
    if x is None:
        x = F0 + ch.int(0, F1 - F0)
    return _circumstances(ch, corpus, states, Scenario(attackers=attackers, targets=targets, date=_day(x),
                                                      basis=basis), extra_places)


def _circumstances(ch, corpus: Corpus, states: tuple[int, ...], sc: Scenario, extra_places: bool) -> Scenario:
    """``sc`` with a place, the stated facts and a policy drawn."""
    ch.section()
    where = None
    if ch.flag(0.5):
        places = _places(corpus, sc.targets)
        if extra_places and (not places or ch.flag(0.35)):
            where = _extra_places(ch, corpus, states, sc.targets)
        elif places:
            where = ch.pick(places)
    facts = (None, True, False)
    return replace(sc, where=where, provoked=ch.pick(facts), requested=ch.pick(facts),
                   joint_finding=ch.pick(facts), policy=ch.pick(POLICIES))


def build_case(ch, n_scenarios: tuple[int, int] = (1, 6), extra_places: bool = True) -> ToyCase:
    """A toy corpus and ``n_scenarios`` scenarios on it, every choice made by ``ch``."""
    states_reg, geo = world()
    ch.section()
    states = ch.subset(POOL, 3, 8)
    while len(states) < 3:  # (the hypothesis chooser honours min_size; belt and braces)
        states += (next(c for c in POOL if c not in states),)
    treaties = tuple(replace(t, id=f"toy-{i + 1}", name=f"Toy Treaty {i + 1}", short_name=f"T{i + 1}")
                     for i, t in enumerate(ch.many(1, 5, lambda c: _treaty(c, states, geo))))
    corpus = Corpus(states_reg, treaties, geo)
    bounds = _bounds_of(treaties)
    scs = tuple(ch.many(*n_scenarios, lambda c: _scenario(c, corpus, states, bounds, extra_places)))
    # variants of the first scenario: same war and day, other place, facts or policy (the compiled
    # engine caches per day what the scenarios of that day share)
    scs += tuple(ch.many(0, 2, lambda c: _circumstances(c, corpus, states, scs[0], extra_places)))
    return ToyCase(states, treaties, scs, corpus)


# -- the traced engine's answer in the compiled engine's terms ----------------------------------------

def traced(corpus: Corpus, sc: Scenario):
    """({(obligor, duty, beneficiary): best status}, sides) of the traced engine, defend/join only."""
    from casus.engine.evaluate import evaluate

    ev = evaluate(corpus, sc)
    best: dict[tuple[int, str, int], str] = {}
    for f in ev.findings:
        if f.duty in ("defend", "join"):
            k = (f.obligor, f.duty, f.beneficiary)
            if k not in best or ORDER[f.status] > ORDER[best[k]]:
                best[k] = f.status
    return best, dict(ev.side), ev


# -- readable summaries ---------------------------------------------------------------------------------

def _abbr(c: int) -> str:
    try:
        return f"{world()[0].get(c).abbrev_on(FIRST)}({c})"
    except Exception:  # noqa: BLE001
        return str(c)


def _b(b: Bound | None) -> str:
    if b is None:
        return "-"
    if b.exact:
        return b.earliest.isoformat()
    return b.earliest.strftime("%Y-%m") + "(month)"


def _cond(c: Condition) -> str:
    if c.kind == "adversary":
        return f"adversary[{' '.join(_abbr(s) for s in c.states)}]{' exhaustive' if c.exhaustive else ''}"
    if c.kind == "location":
        return f"location[{c.area}]"
    if c.kind == "number":
        return f"number[min={c.min_adversaries} max={c.max_adversaries}]"
    return c.kind


def describe(treaties) -> str:
    lines = []
    for t in treaties:
        lines.append(f"  {t.id} ({t.legal_status}): signed {_b(t.signed.day)}, in force {_b(t.in_force.day)}")
        for m in t.memberships:
            fr = "".join(f"; {s.status} [{_b(s.start)}, {_b(s.end)})" for s in m.statuses)
            inf = _b(m.in_force) if m.in_force or m.in_force_confirmed else "UNCONFIRMED"
            lines.append(f"    {_abbr(m.ccode)}: signed {_b(m.signed)} in_force {inf} end {_b(m.end)}{fr}")
        for c in t.clauses:
            ob = "all" if c.obligors is None else " ".join(_abbr(x) for x in c.obligors)
            be = "all" if c.beneficiaries is None else " ".join(_abbr(x) for x in c.beneficiaries)
            win = f" window [{_b(c.window.start)}, {_b(c.window.end)})" if c.window else ""
            conds = (" if " + " & ".join(_cond(x) for x in c.conditions)) if c.conditions else ""
            lines.append(f"    {c.id} {c.kind} {ob} -> {be} {c.response}{win}{conds}")
    return "\n".join(lines)


def describe_scenario(sc: Scenario) -> str:
    w = sc.where
    where = "home" if w is None else f"{w.id}[{w.kind}, sov={w.sovereign}, {','.join(w.tags)}]"
    return (f"{' '.join(_abbr(a) for a in sc.attackers)} attack {' '.join(_abbr(t) for t in sc.targets)} "
            f"on {sc.date.isoformat()} at {where}; basis={sc.basis} provoked={sc.provoked} "
            f"requested={sc.requested} joint_finding={sc.joint_finding} policy={sc.policy}")


# -- what the generator produces --------------------------------------------------------------------------

def shapes(case: ToyCase) -> Counter:
    """Which interesting shapes a case holds (for the generator sanity test)."""
    return _treaty_shapes(case) + _clause_shapes(case) + _scenario_shapes(case)


def _treaty_shapes(case: ToyCase) -> Counter:
    n: Counter = Counter()
    for t in case.treaties:
        n[f"legal:{t.legal_status}"] += 1
        by_state = Counter(m.ccode for m in t.memberships)
        if any(v > 1 for v in by_state.values()):
            n["rejoin"] += 1
        for m in t.memberships:
            for b in (m.signed, m.in_force, m.end):
                if b is not None and not b.exact:
                    n["month-only membership bound"] += 1
            if m.in_force is None and not m.in_force_confirmed:
                n["in force unconfirmed"] += 1
            if m.in_force is None and m.in_force_confirmed:
                n["in force not recorded"] += 1
            if len(m.statuses) >= 2:
                n["two frozen spells"] += 1
            if len(m.statuses) == 1:
                n["one frozen spell"] += 1
    return n


def _clause_shapes(case: ToyCase) -> Counter:
    n: Counter = Counter()
    for t in case.treaties:
        for c in t.clauses:
            n[f"kind:{c.kind}"] += 1
            n[f"response:{c.response}"] += 1
            n["obligors:all" if c.obligors is None else "obligors:subset"] += 1
            n["beneficiaries:all" if c.beneficiaries is None else "beneficiaries:subset"] += 1
            if c.window is not None:
                n["window"] += 1
                if not c.window.start.exact or (c.window.end is not None and not c.window.end.exact):
                    n["window month-only"] += 1
            for x in c.conditions:
                n[f"cond:{x.kind}"] += 1
                if x.kind == "adversary":
                    n[f"cond:adversary exhaustive={x.exhaustive}"] += 1
                if x.kind == "location":
                    area = "none" if x.area is None else "undefined" if x.area == UNDEFINED_AREA else "real"
                    n[f"cond:location {area}"] += 1
    return n


def _scenario_shapes(case: ToyCase) -> Counter:
    n: Counter = Counter()
    bounds = _bounds_of(case.treaties)
    for sc in case.scenarios:
        n[f"policy:{sc.policy}"] += 1
        n[f"basis:{sc.basis}"] += 1
        n[f"where:{'none' if sc.where is None else sc.where.kind}"] += 1
        n[f"attackers:{len(sc.attackers)}"] += 1
        n[f"targets:{len(sc.targets)}"] += 1
        for f in ("provoked", "requested", "joint_finding"):
            n[f"{f}:{getattr(sc, f)}"] += 1
        if any(not b.exact and b.earliest <= sc.date <= b.latest for b in bounds):
            n["date inside a month-only bound"] += 1
        if any(sc.date in (b.earliest, b.latest) for b in bounds):
            n["date on a bound"] += 1
    return n
