"""``data/invocations.yaml`` → the record of what states did with collective-defence and consultation
clauses: every invocation, request for consultations or assistance, refusal and deployment casus holds,
each step dated and cited.

The record stands beside the treaties' texts: what an article says (the engine's findings) and what its
parties did when it was put to them.  The file is checked whole (a step citing a source it does not list,
a state that is no COW abbreviation, a treaty id the corpus lacks) and any problem raises
:class:`InvocationFileError` naming the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from pydantic import Field, ValidationError

from ..errors import CasusError, UnknownStateError
from ..model.actors import PublishedSource
from ..model.states import StateRegistry
from ..yamlfiles import load_yaml
from .cited import SourceEntry, Strict

__all__ = ["Invocation", "Step", "read_invocations", "parse_invocations", "InvocationFileError",
           "WHAT"]

_FILE = "data/invocations.yaml"

#: what was done with the clause
WHAT = ("invoked", "requested", "consultations", "assistance-requested", "declined", "deployed")


class InvocationFileError(CasusError):
    """A problem in ``data/invocations.yaml``, naming the entry and field."""


@dataclass(frozen=True)
class Step:
    """One dated decision or act (a council's statement, a request, a deployment)."""

    day: dt.date | None
    body: str
    what: str
    source: str | None


@dataclass(frozen=True)
class Invocation:
    id: str
    treaty: str | None  # a corpus treaty id, or None where casus holds no file of the pact
    treaty_name: str
    article: str | None
    what: str  # WHAT
    requested_by: tuple[int, ...]  # COW codes
    day: dt.date | None
    unconfirmed: bool
    occasion: str
    attacker: str | None  # an actor id, a COW abbreviation, "unknown", or None
    outcome: str
    steps: tuple[Step, ...]
    sources: tuple[PublishedSource, ...]
    note: str | None

    def source(self, sid: str | None) -> PublishedSource | None:
        return next((s for s in self.sources if s.id == sid), None)


class _Step(Strict):
    date: str | dt.date | None = None
    body: str
    what: str
    source: str | None = None


class _Entry(Strict):
    id: str
    treaty: str | None = None
    treaty_name: str
    article: str | None = None
    what: Literal[WHAT]  # type: ignore[valid-type]
    requested_by: list[str] = Field(default_factory=list)
    date: str | dt.date | None = None
    unconfirmed: bool = False
    occasion: str
    attacker: str | None = None
    outcome: str
    decisions: list[_Step] = Field(default_factory=list)
    sources: list[SourceEntry] = Field(min_length=1)
    note: str | None = None


class _File(Strict):
    invocations: list[_Entry]


def _day(v, where: str) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        raise InvocationFileError(f"{where}: {v!r} is not a day written YYYY-MM-DD") from None


def _entry(e: _Entry, states: StateRegistry, treaty_ids: set[str] | None) -> Invocation:
    where = f"{_FILE}: {e.id}"
    known = {s.id for s in e.sources}
    for i, st in enumerate(e.decisions):
        if st.source is not None and st.source not in known:
            raise InvocationFileError(f"{where}: decisions[{i}].source cites {st.source!r}, not in its sources")
    if treaty_ids is not None and e.treaty is not None and e.treaty not in treaty_ids:
        raise InvocationFileError(f"{where}: treaty {e.treaty!r} is not a treaty of the corpus")
    codes = []
    for i, abbrev in enumerate(e.requested_by):
        try:
            codes.append(states.resolve(f"cow:{abbrev}").ccode)
        except UnknownStateError:
            raise InvocationFileError(f"{where}: requested_by[{i}] {abbrev!r} is not a COW abbreviation") from None
    steps = tuple(Step(_day(s.date, f"{where}: decisions[{i}].date"), s.body, s.what, s.source)
                  for i, s in enumerate(e.decisions))
    return Invocation(
        id=e.id, treaty=e.treaty, treaty_name=e.treaty_name, article=None if e.article is None else str(e.article),
        what=e.what, requested_by=tuple(codes), day=_day(e.date, f"{where}: date"), unconfirmed=e.unconfirmed,
        occasion=e.occasion, attacker=e.attacker, outcome=e.outcome, steps=steps,
        sources=tuple(s.held() for s in e.sources), note=e.note)


def parse_invocations(text: str, states: StateRegistry, treaty_ids: set[str] | None = None) -> tuple[Invocation, ...]:
    """The record of a file's text, oldest first (all or nothing)."""
    try:
        model = _File.model_validate(load_yaml(text))
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InvocationFileError(f"{_FILE}: {'.'.join(str(x) for x in err['loc'])}: {err['msg']}") from None
    seen: set[str] = set()
    out = []
    for e in model.invocations:
        if e.id in seen:
            raise InvocationFileError(f"{_FILE}: the id {e.id!r} is given twice")
        seen.add(e.id)
        out.append(_entry(e, states, treaty_ids))
    return tuple(sorted(out, key=lambda i: (i.day or dt.date.max, i.id)))


@functools.cache
def read_invocations(states: StateRegistry) -> tuple[Invocation, ...]:
    """The bundled record (empty if the file is absent)."""
    path = resources.files("casus").joinpath(_FILE)
    if not path.is_file():
        return ()
    return parse_invocations(path.read_text(encoding="utf-8"), states)
