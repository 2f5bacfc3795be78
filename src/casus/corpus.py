"""The corpus: states, treaties (ATOP 5.1 plus hand-encoded files), areas.

:func:`load` builds it once per process (cached) from the files bundled in the
package: it never reads anything outside the package and never the network.
Hand-encoded files refine ATOP: a file with ``atopid: N`` replaces ATOP record
N (its clauses and memberships), and ``supersedes`` ends another treaty on the
day the new one replaced it.
"""

from __future__ import annotations

import functools
import os
from dataclasses import replace
from datetime import date
from typing import Iterable

from .errors import CasusError, InvalidScenarioError, UnknownTreatyError
from .importers.areas import AreaData, read_areas
from .importers.atop import atop_treaties
from .importers.cow_states import load_states
from .importers.treaty_files import bundled_treaty_files, read_treaty_files
from .model.areas import Place
from .model.dates import Bound, parse_date
from .model.findings import POLICIES, Scenario
from .model.states import State, StateRegistry
from .model.treaty import Treaty

__all__ = ["Corpus", "load", "build_corpus"]


class Corpus:
    """Every treaty casus knows, indexed for the engine.

    Use :func:`load` rather than building one by hand.
    """

    def __init__(self, states: StateRegistry, treaties: Iterable[Treaty], geo: AreaData):
        self.states = states
        self.treaties: dict[str, Treaty] = {t.id: t for t in treaties}
        self.geo = geo
        self.areas = geo.areas
        self.places = geo.places
        self.bundled = False
        self._span_index: dict = {}
        self._by_state: dict[int, list[Treaty]] = {}
        self._by_atopid: dict[int, str] = {}
        for t in self.treaties.values():
            for c in t.parties:
                self._by_state.setdefault(c, []).append(t)
            if t.atopid is not None:
                # a hand-encoded refinement wins over the raw ATOP record
                if t.origin != "atop" or t.atopid not in self._by_atopid:
                    self._by_atopid[t.atopid] = t.id

    def __repr__(self) -> str:
        return f"<Corpus: {len(self.treaties)} treaties, {len(self.states)} states>"

    # -- lookups ------------------------------------------------------------
    def treaties_of(self, ccode: int) -> list[Treaty]:
        return self._by_state.get(ccode, [])

    def treaties_maybe_holding(self, ccode: int, d: date, basis: str) -> list[Treaty]:
        """Treaties of ``ccode`` whose membership may hold on ``d`` (a fast interval filter;
        the engine then decides each membership exactly)."""
        key = (ccode, basis)
        idx = self._span_index.get(key)
        if idx is None:
            rows, lo, hi = [], [], []
            for i, t in enumerate(self.treaties_of(ccode)):
                for m in t.memberships_of.get(ccode, ()):
                    start, _ = m.start(basis)
                    if start is None:
                        continue
                    rows.append(i)
                    lo.append(start.earliest.toordinal())
                    hi.append(m.end.latest.toordinal() if m.end else 10**7)
            idx = self._span_index[key] = (rows, lo, hi)
        rows, lo, hi = idx
        x = d.toordinal()
        ts = self.treaties_of(ccode)
        seen: dict[int, None] = {}
        for r, a, b in zip(rows, lo, hi):
            if a <= x < b:
                seen.setdefault(r, None)
        return [ts[r] for r in seen]

    def state(self, query: str | int) -> State:
        return self.states.resolve(query)

    def state_label(self, ccode: int, lang: str = "en", on: date | None = None) -> str:
        try:
            return self.states.get(ccode).name_on(on, lang)
        except Exception:  # noqa: BLE001 - a code outside the COW list (never in bundled data)
            return str(ccode)

    def treaty(self, query: str | int) -> Treaty:
        """By casus id (``north-atlantic-1949``, ``atop-3180``) or ATOP id (``3180``)."""
        q = str(query).strip().lower()
        if q in self.treaties:
            return self.treaties[q]
        num = q.removeprefix("atop-").removeprefix("atop")
        if num.isdigit() and int(num) in self._by_atopid:
            return self.treaties[self._by_atopid[int(num)]]
        import difflib

        close = difflib.get_close_matches(q, list(self.treaties), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; give a casus id (e.g. north-atlantic-1949) or an ATOP id (e.g. 3180)"
        raise UnknownTreatyError(f"unknown treaty {query!r}{hint}")

    def place(self, query: str, targets: tuple[int, ...] = ()) -> Place:
        """Resolve ``--where``: a named place, a zone (sea), or a state's territory.

        A state that is a target means its home territory; another state means
        the target's forces on that state's territory; a zone means the target's
        forces, vessels or aircraft there.
        """
        q = query.strip()
        ql = q.lower()
        for p in self.places.values():
            if ql in {p.id, p.name.lower(), *(a.lower() for a in p.aliases)} or (p.name_hi and q == p.name_hi):
                return p
        for z in self.geo.zones.values():
            if ql in {z.id, z.name.lower()} or (z.name_hi and q == z.name_hi):
                owner = targets[0] if targets else None
                return Place(id=z.id, name=z.name, name_hi=z.name_hi, sovereign=owner, kind="zone",
                             tags=self.geo.expand([z.id]))
        try:
            st = self.states.resolve(q)
        except CasusError:
            st = None
        if st is not None:
            if st.ccode in targets:
                return Place(id=f"home:{st.ccode}", name=f"{st.name}'s home territory", name_hi=None,
                             sovereign=st.ccode, kind="home", tags=self.geo.home_tags(st.ccode))
            owner = targets[0] if targets else None
            owner_name = self.state_label(owner) if owner is not None else "the target"
            return Place(id=f"territory:{st.ccode}", name=f"{owner_name}'s forces on {st.name}'s territory",
                         name_hi=None, sovereign=owner, kind="forces", tags=self.geo.home_tags(st.ccode))
        import difflib

        names = sorted([*self.places, *self.geo.zones])
        close = difflib.get_close_matches(ql, names, n=3, cutoff=0.5)
        raise InvalidScenarioError(
            f"unknown place {query!r}; "
            + (f"did you mean {', '.join(close)}? " if close else "")
            + "give a place or sea from `casus areas`, or a state (its territory), "
            "or leave --where out for the target's home territory"
        )

    # -- the engine, from Python --------------------------------------------
    def scenario(self, by, on, date=None, where=None, basis="in-force", provoked=None, requested=None,
                 joint_finding=None, policy="defensive", today=None) -> Scenario:
        """Validate user input into a :class:`Scenario` (raises CasusError subclasses)."""
        attackers = tuple(dict.fromkeys(self.state(x).ccode for x in _as_list(by)))
        targets = tuple(dict.fromkeys(self.state(x).ccode for x in _as_list(on)))
        if not attackers:
            raise InvalidScenarioError("no attacker given; name at least one state with --by")
        if not targets:
            raise InvalidScenarioError("no target given; name at least one state with --on")
        both = set(attackers) & set(targets)
        if both:
            names = ", ".join(self.state_label(c) for c in sorted(both))
            raise InvalidScenarioError(f"{names} cannot be both attacker and target; give different states to --by and --on")
        d = parse_date(date if date is not None else (today or _today()), today=today or _today())
        for c in attackers + targets:
            st = self.states.get(c)
            if not st.is_member(d):
                spans = ", ".join(f"{s.start}–{s.end or 'today'}" for s in st.spans)
                raise InvalidScenarioError(
                    f"{st.name_on(d)} ({st.abbrev_on(d)}) is not a member of the state system on {d.isoformat()} "
                    f"(COW membership: {spans}); pick a date inside its membership"
                )
        if basis not in ("in-force", "signed"):
            raise InvalidScenarioError(f"unknown basis {basis!r}; use in-force or signed")
        if policy not in POLICIES:
            raise InvalidScenarioError(f"unknown policy {policy!r}; use one of {', '.join(POLICIES)}")
        place = None
        if where:
            place = self.place(where, targets)
            if place.kind in ("territory", "forces") and place.sovereign not in targets:
                raise InvalidScenarioError(
                    f"{place.name} belongs to {self.state_label(place.sovereign)}, which is not a target; "
                    f"name it with --on, or leave --where out"
                )
        return Scenario(attackers, targets, d, place, basis, provoked, requested, joint_finding, policy)

    def attack(self, by, on, date=None, **kwargs):
        """Who must do what if ``by`` attacks ``on`` on ``date`` (default: today).

        Returns an :class:`casus.result.AttackResult` with ``.findings``,
        ``.sides``, ``.to_dict()`` and ``.to_frame()``.
        """
        from .engine.evaluate import evaluate
        from .result import AttackResult

        sc = self.scenario(by, on, date, **kwargs)
        return AttackResult(self, evaluate(self, sc))

    def what_if(self, without=(), without_member=(), with_files=(), automatic=()) -> "Corpus":
        """A counterfactual corpus (see :mod:`casus.counterfactual`); this one is unchanged.

        ``without_member`` and ``automatic`` take pairs or ``"A:B"`` strings.
        """
        from .counterfactual import Changes, apply_changes, parse_pair

        pairs = lambda xs, what: [parse_pair(x, what) if isinstance(x, str) else tuple(x) for x in xs]  # noqa: E731
        return apply_changes(self, Changes(list(without), pairs(without_member, "--without-member"),
                                           list(with_files), pairs(automatic, "--automatic")))

    def diff(self, start, end, state=None, basis="in-force", today=None):
        """Pacts, memberships and duties that changed between two dates (:mod:`casus.diff`)."""
        from .diff import diff

        t = today or _today()
        d1, d2 = parse_date(start, today=t, what="--from date"), parse_date(end, today=t, what="--to date")
        if d2 <= d1:
            raise InvalidScenarioError(f"--to ({d2}) must be after --from ({d1})")
        return diff(self, d1, d2, self.state(state).ccode if state is not None else None, basis)

    def allies(self, state, date=None, today=None):
        """Whom ``state`` must defend and who must defend it on ``date``."""
        from .result import allies

        st = self.state(state)
        d = parse_date(date if date is not None else (today or _today()), today=today or _today())
        return allies(self, st.ccode, d)


def _today() -> date:
    return date.today()


def _as_list(x) -> list:
    if x is None:
        return []
    if isinstance(x, (list, tuple, set)):
        return list(x)
    if isinstance(x, str) and "," in x:
        return [p.strip() for p in x.split(",") if p.strip()]
    return [x]


def build_corpus(treaty_files: Iterable[tuple[str, str]] | None = None) -> Corpus:
    """Build a corpus from ATOP plus ``treaty_files`` (default: the bundled ones)."""
    states = load_states()
    geo = read_areas(states.resolve)
    atop = {t.id: t for t in atop_treaties(lambda c: states.get(c).name, known={s.ccode for s in states})}
    files = bundled_treaty_files() if treaty_files is None else list(treaty_files)
    hand = read_treaty_files(files, states.resolve)  # all-or-nothing
    treaties = dict(atop)
    for tf, t in hand:
        if t.atopid is not None:
            treaties.pop(f"atop-{t.atopid}", None)
        treaties[t.id] = t
    for tf, t in hand:
        for s in tf.supersedes:
            old = treaties.get(s.treaty)
            if old is None:
                from .errors import TreatyFileError

                raise TreatyFileError(t.file or t.id, "supersedes.treaty", f"no treaty {s.treaty!r} to supersede")
            on: Bound = s.effective.bound()
            ms = tuple(m if (m.end is not None and m.end.latest <= on.earliest) else
                       replace(m, end=on, end_note=f"replaced by {t.name} ({t.id})") for m in old.memberships)
            treaties[s.treaty] = replace(old, memberships=ms, replaced_by=t.id)
    corpus = Corpus(states, treaties.values(), geo)
    corpus.bundled = treaty_files is None  # only the bundled corpus may use on-disk caches
    return corpus


@functools.lru_cache(maxsize=1)
def load() -> Corpus:
    """The bundled corpus, built once per process (and kept in the on-disk cache, see
    :mod:`casus.cache`: loading it from there takes a tenth of the time of building it)."""
    import pickle

    from .cache import cache_dir, fingerprint

    path = cache_dir() / f"corpus-{fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            corpus = pickle.load(fh)  # noqa: S301 - our own cache, keyed by a hash of our own files
        if isinstance(corpus, Corpus):
            return corpus
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass
    corpus = build_corpus()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return corpus
