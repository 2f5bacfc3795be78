"""Attackers that are not states: armed groups, a generic non-state attacker, and an unknown sender.

A treaty's duty to defend turns on an attack; most texts do not say who may make it, some say only a
state ("an armed invasion from an individual state or several states"), and some were read by their
parties as admitting any armed attack (the North Atlantic Council after 11 September 2001).  An
:class:`Actor` lets a scenario name such an attacker.  It has a code outside the COW range
(:data:`ACTOR_BASE` and up), no treaties, no allies and no territory; the engine decides each duty it
triggers by what the clause's trigger admits (:data:`casus.model.treaty.AGGRESSORS`).

The named groups come from ``data/actors.yaml`` (each with its designations and sources); two actors are
built in: ``non-state`` (an armed group not named) and ``unknown`` (an attack nobody has claimed).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .states import normalize_query

__all__ = ["ACTOR_BASE", "UNKNOWN", "NON_STATE", "Actor", "ActorRegistry", "PublishedSource", "is_actor"]

#: the first code of an actor (COW codes run below 1000)
ACTOR_BASE = 9000
UNKNOWN = 9000  # an attack nobody has claimed
NON_STATE = 9001  # an armed group, not named


def is_actor(code: int) -> bool:
    """Is ``code`` an actor (not a state)?"""
    return code >= ACTOR_BASE


@dataclass(frozen=True)
class Designation:
    by: str
    what: str
    day: date | None
    source: str | None


@dataclass(frozen=True)
class PublishedSource:
    """A publication cited by the record (an actor's designation, a step of an invocation)."""

    id: str
    title: str
    publisher: str | None
    url: str | None
    accessed: str | None = None

    def cite(self) -> str:
        by = f"{self.publisher}: " if self.publisher else ""
        return f"{by}{self.title}" + (f" <{self.url}>" if self.url else "")


@dataclass(frozen=True)
class Actor:
    """An attacker that is not a state.  It answers the few questions a state answers for a scenario
    (``ccode``, ``abbrev_on``, ``name_on``, ``is_member``) so that answers can name it like a state."""

    ccode: int
    id: str
    name: str
    name_hi: str | None
    kind: str  # armed-group | militia | unknown-sender | non-state
    aliases: tuple[str, ...] = ()
    active_in: tuple[str, ...] = ()  # COW abbreviations
    designations: tuple[Designation, ...] = ()
    sources: tuple[PublishedSource, ...] = ()
    note: str | None = None
    iso2: None = None
    iso3: None = None
    iso_num: None = None
    spans: tuple = field(default=())

    @property
    def abbrev(self) -> str:
        return self.id

    @property
    def is_current(self) -> bool:
        return True

    @property
    def unknown(self) -> bool:
        """Is the sender unknown (nobody has claimed the attack)?"""
        return self.ccode == UNKNOWN

    def is_member(self, d: date) -> bool:
        """An actor is never a member of the state system; it may attack on any day."""
        return False

    def abbrev_on(self, d: date | None = None) -> str:
        return self.id

    def name_on(self, d: date | None = None, lang: str = "en") -> str:
        return self.name_hi if lang == "hi" and self.name_hi else self.name

    def label(self, d: date | None = None, lang: str = "en") -> str:
        return f"{self.name_on(d, lang)} ({self.id})"

    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.id, self.name, *([self.name_hi] if self.name_hi else []), *self.aliases]))


#: the two actors every installation has (their words are casus's own)
BUILT_IN = (
    Actor(UNKNOWN, "unknown", "an unknown attacker", "अज्ञात हमलावर", "unknown-sender",
          aliases=("unknown attacker", "unattributed", "unclaimed", "अज्ञात"),
          note="An attack nobody has claimed or that no state has been found responsible for."),
    Actor(NON_STATE, "non-state", "a non-state armed group", "कोई गैर-सरकारी सशस्त्र समूह", "non-state",
          aliases=("non-state actor", "nonstate", "armed group", "terrorist group", "गैर-सरकारी समूह",
                   "सशस्त्र समूह", "आतंकी संगठन", "आतंकवादी संगठन"),
          note="An armed group that is not a state, not named."),
)


class ActorRegistry:
    """The actors by code and by every name (English and Hindi, any case, with or without hyphens)."""

    def __init__(self, actors: Iterable[Actor]):
        self._actors: dict[int, Actor] = {}
        self._names: dict[str, int] = {}
        for a in (*BUILT_IN, *actors):
            if a.ccode in self._actors or not is_actor(a.ccode):
                raise ValueError(f"actor {a.id}: code {a.ccode} is taken or below {ACTOR_BASE}")
            self._actors[a.ccode] = a
            for name in a.all_names():
                key = normalize_query(name)
                if self._names.setdefault(key, a.ccode) != a.ccode:
                    raise ValueError(f"actor name {name!r} names both {self._actors[self._names[key]].id} and {a.id}")

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, int) and code in self._actors

    def get(self, code: int) -> Actor:
        return self._actors[code]

    def lookup(self, query: str) -> Actor | None:
        """The actor ``query`` names exactly (any of its names or aliases), or None."""
        code = self._names.get(normalize_query(query))
        return self._actors[code] if code is not None else None

    def names(self) -> list[str]:
        """Each actor's id, for messages ("al-qaeda, isil, …, non-state, unknown")."""
        return [a.id for a in self._actors.values()]
