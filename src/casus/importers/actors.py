"""``data/actors.yaml`` → the named attackers that are not states (:mod:`casus.model.actors`).

Each group carries a fixed ``code`` (9010 and up; 9000 and 9001 are the built-in ``unknown`` and
``non-state``), its names in English and Hindi, aliases, the designations that identify it, each with a
source, and the sources themselves.  The file is checked whole: a missing field, a source cited but not
listed, an alias that is also a state's name or code, raises :class:`~casus.errors.CasusError` naming the
actor and the field.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from typing import Literal

from pydantic import Field, ValidationError

from ..errors import CasusError, UnknownStateError
from ..model.actors import ACTOR_BASE, Actor, ActorRegistry, Designation
from ..model.states import StateRegistry
from ..yamlfiles import load_yaml
from .cited import SourceEntry, Strict

__all__ = ["read_actors", "ActorFileError"]

_FILE = "data/actors.yaml"


class ActorFileError(CasusError):
    """A problem in ``data/actors.yaml``, naming the actor and field."""


class _Names(Strict):
    en: str
    hi: str | None = None


class _Aliases(Strict):
    en: list[str] = Field(default_factory=list)
    hi: list[str] = Field(default_factory=list)


class _Designation(Strict):
    by: str
    what: str
    date: str | dt.date | None = None
    source: str | None = None


class _ActorModel(Strict):
    id: str
    code: int = Field(gt=ACTOR_BASE + 9)
    name: _Names
    aliases: _Aliases = Field(default_factory=_Aliases)
    kind: Literal["armed-group", "militia", "unknown-sender"]
    active_in: list[str] = Field(default_factory=list)
    designations: list[_Designation] = Field(min_length=1)
    sources: list[SourceEntry] = Field(min_length=1)
    note: str | None = None


class _ActorsFile(Strict):
    actors: list[_ActorModel]


def _day(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _actor(a: _ActorModel, states: StateRegistry) -> Actor:
    where = f"{_FILE}: actor {a.id}"
    known = {s.id for s in a.sources}
    for i, d in enumerate(a.designations):
        if d.source is not None and d.source not in known:
            raise ActorFileError(f"{where}: designations[{i}].source cites {d.source!r}, not in its sources")
    for name in [a.name.en, *a.aliases.en, *a.aliases.hi] + ([a.name.hi] if a.name.hi else []):
        try:
            clash = states.resolve(name)
        except UnknownStateError:
            continue
        raise ActorFileError(f"{where}: the name {name!r} also names the state {clash.name} ({clash.abbrev}); "
                             f"drop it or make it longer")
    for i, code in enumerate(a.active_in):
        try:
            states.resolve(f"cow:{code}")
        except UnknownStateError:
            raise ActorFileError(f"{where}: active_in[{i}] {code!r} is not a COW abbreviation") from None
    try:
        designations = tuple(Designation(d.by, d.what, _day(d.date), d.source) for d in a.designations)
    except ValueError as e:
        raise ActorFileError(f"{where}: a designation's date is not YYYY-MM-DD ({e})") from None
    sources = tuple(s.held() for s in a.sources)
    return Actor(a.code, a.id, a.name.en, a.name.hi, a.kind, tuple([*a.aliases.en, *a.aliases.hi]),
                 tuple(a.active_in), designations, sources, a.note)


def parse_actors(text: str, states: StateRegistry) -> ActorRegistry:
    """The actors of a file's text (all or nothing)."""
    try:
        model = _ActorsFile.model_validate(load_yaml(text))
    except ValidationError as e:
        err = e.errors()[0]
        raise ActorFileError(f"{_FILE}: {'.'.join(str(x) for x in err['loc'])}: {err['msg']}") from None
    try:
        return ActorRegistry(_actor(a, states) for a in model.actors)
    except ValueError as e:  # a code or a name given twice
        raise ActorFileError(f"{_FILE}: {e}") from None


@functools.cache
def read_actors(states: StateRegistry) -> ActorRegistry:
    """The bundled actors (the built-in ``unknown`` and ``non-state`` and the groups of the file)."""
    path = resources.files("casus").joinpath(_FILE)
    if not path.is_file():
        return ActorRegistry(())
    return parse_actors(path.read_text(encoding="utf-8"), states)
