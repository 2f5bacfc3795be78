"""The corpus: states, treaties (ATOP 5.1 plus hand-encoded files), areas — data, indexes, lookups.

:func:`load_corpus` builds it once per process (cached) from the files bundled
in the package: it never reads anything outside the package and never the
network.  Hand-encoded files refine ATOP: a file with ``atopid: N`` replaces
ATOP record N (its clauses and memberships), and ``supersedes`` ends another
treaty on the day the new one replaced it.

A corpus answers no questions itself: the engine (:mod:`casus.engine`) does,
and :mod:`casus.session` is the front door that validates what users ask.
"""

from __future__ import annotations

import difflib
import functools
import gc
import os
import pickle
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from .cache import cache_dir, fingerprint
from .errors import TreatyFileError, UnknownTreatyError
from .importers.actors import read_actors
from .importers.areas import AreaData, read_areas
from .importers.atop import atop_treaties
from .importers.atop_after import apply_after_2018
from .importers.cow_states import load_states
from .importers.invocations import Invocation, read_invocations
from .importers.treaty_files import bundled_treaty_files, read_treaty_files
from .model.actors import Actor, ActorRegistry
from .model.dates import Bound
from .model.states import State, StateRegistry
from .model.treaty import Treaty

__all__ = ["Corpus", "load_corpus", "build_corpus"]


class Corpus:
    """Every treaty casus knows, indexed for the engine.

    ``cache_key`` is fixed at construction: the bundled corpus has one (a hash of
    casus's code and data) and may use on-disk caches under it; a corpus built
    from other files, or a counterfactual one, has none and is never cached.
    Use :func:`load_corpus` rather than building one by hand.
    """

    def __init__(self, states: StateRegistry, treaties: Iterable[Treaty], geo: AreaData,
                 cache_key: str | None = None, actors: ActorRegistry | None = None):
        self.states = states
        #: attackers that are not states (:mod:`casus.model.actors`): the bundled groups by default
        self.actors = read_actors(states) if actors is None else actors
        self.treaties: dict[str, Treaty] = {t.id: t for t in treaties}
        self.geo = geo
        self.cache_key = cache_key
        self._span_index: dict[tuple[int, str], tuple[list[int], list[int], list[int]]] = {}
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

    @property
    def areas(self):
        return self.geo.areas

    @property
    def places(self):
        return self.geo.places

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
        for r, a, b in zip(rows, lo, hi, strict=True):
            if a <= x < b:
                seen.setdefault(r, None)
        return [ts[r] for r in seen]

    def state(self, query: str | int) -> State:
        return self.states.resolve(query)

    def state_label(self, ccode: int, lang: str = "en", on: date | None = None) -> str:
        if ccode in self.actors:
            return self.actors.get(ccode).name_on(on, lang)
        if ccode not in self.states:
            return str(ccode)  # a code outside the COW list (never in bundled data)
        return self.states.get(ccode).name_on(on, lang)

    @functools.cached_property
    def invocations(self) -> tuple[Invocation, ...]:
        """The record of invocations of collective-defence and consultation clauses
        (:mod:`casus.importers.invocations`), each naming a treaty of this corpus or none."""
        record = read_invocations(self.states)
        missing = [i for i in record if i.treaty is not None and i.treaty not in self.treaties]
        if missing:  # (a corpus without some bundled treaties: the entries about them name none)
            record = tuple(replace(i, treaty=None) if i in missing else i for i in record)
        return record

    def participant(self, code: int) -> State | Actor:
        """The state, or the actor that is not a state (:mod:`casus.model.actors`), with this code."""
        if code in self.actors:
            return self.actors.get(code)
        return self.states.get(code)

    def treaty(self, query: str | int) -> Treaty:
        """By casus id (``north-atlantic-1949``, ``atop-3180``) or ATOP id (``3180``)."""
        q = str(query).strip().lower()
        if q in self.treaties:
            return self.treaties[q]
        num = q.removeprefix("atop-").removeprefix("atop")
        if num.isdigit() and int(num) in self._by_atopid:
            return self.treaties[self._by_atopid[int(num)]]
        close = difflib.get_close_matches(q, list(self.treaties), n=3, cutoff=0.6)
        hint = (f"; did you mean {', '.join(close)}?" if close else
                "; give a casus id (e.g. north-atlantic-1949) or an ATOP id (e.g. 3180)")
        raise UnknownTreatyError(f"unknown treaty {query!r}{hint}")

    def with_treaties(self, treaties: Iterable[Treaty]) -> Corpus:
        """A new corpus with these treaties and the same states and areas (never cached)."""
        return Corpus(self.states, treaties, self.geo, actors=self.actors)


def _supersede(treaties: dict[str, Treaty], hand: list) -> None:
    for tf, t in hand:
        for s in tf.supersedes:
            old = treaties.get(s.treaty)
            if old is None:
                raise TreatyFileError(t.file or t.id, "supersedes.treaty", f"no treaty {s.treaty!r} to supersede")
            on: Bound | None = s.effective.bound()
            if on is None:  # the importer requires the day; a hand-built TreatyFile may lack it
                raise TreatyFileError(t.file or t.id, "supersedes.effective.date", "the day of replacement is needed")
            ms = tuple(m if (m.end is not None and m.end.latest <= on.earliest) else
                       replace(m, end=on, end_note=f"replaced by {t.name} ({t.id})") for m in old.memberships)
            treaties[s.treaty] = replace(old, memberships=ms, replaced_by=t.id)


def build_corpus(treaty_files: Iterable[tuple[str, str]] | None = None) -> Corpus:
    """Build a corpus from ATOP plus ``treaty_files`` ((name, YAML text) pairs; default: the bundled ones).
    :func:`casus.load` builds the bundled corpus once and caches it; build your own to add draft treaties.

    >>> from casus.importers.treaty_files import bundled_treaty_files
    >>> len(build_corpus(bundled_treaty_files()).treaties) > 800
    True
    """
    states = load_states()
    geo = read_areas(states.resolve)
    atop = {t.id: t for t in atop_treaties(lambda c: states.get(c).name, known={s.ccode for s in states})}
    atop = apply_after_2018(atop)  # what happened to ATOP's living alliances since 2018
    files = bundled_treaty_files() if treaty_files is None else list(treaty_files)
    hand = read_treaty_files(files, states.resolve)  # all-or-nothing
    treaties = dict(atop)
    for _, t in hand:
        if t.atopid is not None:
            treaties.pop(f"atop-{t.atopid}", None)
        treaties[t.id] = t
    _supersede(treaties, hand)
    # only the bundled corpus may use on-disk caches
    return Corpus(states, treaties.values(), geo, cache_key=fingerprint() if treaty_files is None else None)


@functools.lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    """The bundled corpus, built once per process (and kept in the on-disk cache, see
    :mod:`casus.cache`: loading it from there takes a tenth of the time of building it).

    The corpus is immutable and lives as long as the process, so it is moved out of the cyclic
    garbage collector's sight (:func:`gc.freeze`): otherwise every full collection walks its
    hundreds of thousands of objects again, which on a run over many scenarios costs about a
    third of the time."""
    corpus = _load_corpus()
    gc.freeze()
    return corpus


def _load_corpus() -> Corpus:
    path = cache_dir() / f"corpus-{fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            corpus = pickle.load(fh)  # noqa: S301 - our own cache, keyed by a hash of our own files
        if isinstance(corpus, Corpus) and corpus.cache_key == fingerprint():
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
