"""Hand-encoded treaty files (YAML) → casus treaties.

One file per treaty, article text next to the clauses it creates (the format is
documented in ``docs/treaty-files.md``).  Files are validated with pydantic;
any problem — YAML that does not parse, a missing or mistyped field, an unknown
state, a clause citing a source the file does not list — raises
:class:`~casus.errors.TreatyFileError` naming the file and the field.  Loading
is all-or-nothing: :func:`read_treaty_files` validates every file before it
returns any treaty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import CasusError, TreatyFileError
from ..model.dates import Bound, Span
from ..model.treaty import (
    AGGRESSORS,
    KINDS,
    RESPONSES,
    SOURCE_KINDS,
    Article,
    Clause,
    Condition,
    DateFact,
    Membership,
    PartyStatus,
    Source,
    Treaty,
)
from ..yamlfiles import load_yaml

__all__ = ["read_treaty_file", "read_treaty_files", "bundled_treaty_files", "files_in", "TreatyFile"]

CONDITION_KINDS = (
    "adversary", "location", "conflict", "number", "demands", "nonprovocation",
    "request", "joint_finding", "other", "attacked", "obligations_vary",
)
TRIGGERS = ("armed-attack", "aggression", "threat", "attack-or-threat", "war")
INSTRUMENTS = ("treaty", "agreement", "declaration", "charter", "protocol", "executive-order",
               "exchange-of-notes", "joint-statement", "memorandum", "partnership")
LEGAL_STATUS = ("treaty", "political", "executive")
TREATY_KINDS = ("defence", "discretionary-defence", "no-assistance-to-aggressor", "consultation", "none",
                "unilateral-guarantee", "non-aggression", "neutrality", "offence", "defence-and-consultation",
                "unconfirmed")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DateModel(_Strict):
    """A dated event: ``date`` (YYYY-MM-DD, or YYYY-MM when the day is unknown)
    with its sources, or ``unconfirmed: true`` when no source confirms it."""

    date: dt.date | str | None = None
    unconfirmed: bool = False
    sources: list[str] = Field(default_factory=list)
    note: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _check_date(cls, v: Any) -> Any:
        if v is None or isinstance(v, dt.date):
            return v
        if not isinstance(v, (str, int)):
            raise ValueError("want a date as YYYY-MM-DD (or YYYY-MM when the day is unknown)")
        text = str(v).strip()
        try:
            if text.count("-") == 2:
                return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a real day (want YYYY-MM-DD)") from None
        Bound.parse(text)  # YYYY-MM or YYYY; raises ValueError with a clear message
        return text

    def bound(self) -> Bound | None:
        if self.date is None:
            return None
        if isinstance(self.date, dt.date):
            return Bound.of(self.date)
        return Bound.parse(self.date)

    def fact(self) -> DateFact:
        return DateFact(day=self.bound(), confirmed=not self.unconfirmed,
                        sources=tuple(self.sources), note=self.note)


class SourceModel(_Strict):
    id: str
    title: str
    url: str | None = None
    dataset: str | None = None
    note: str | None = None
    kind: Literal[SOURCE_KINDS] | None = None  # type: ignore[valid-type]


class ConditionModel(_Strict):
    kind: Literal[CONDITION_KINDS]  # type: ignore[valid-type]
    text: str
    states: list[str | int] = Field(default_factory=list)
    exhaustive: bool = True
    area: str | None = None
    source: str | None = None
    min_adversaries: int | None = Field(default=None, ge=1)
    max_adversaries: int | None = Field(default=None, ge=1)


class ClauseModel(_Strict):
    id: str
    kind: Literal[KINDS]  # type: ignore[valid-type]
    obligors: Literal["parties"] | list[str | int] = "parties"
    beneficiaries: Literal["parties"] | list[str | int] = "parties"
    response: Literal[RESPONSES] = "unspecified"  # type: ignore[valid-type]
    response_phrase: str | None = None  # the words of the article that decide the response grade
    trigger: Literal[TRIGGERS] = "armed-attack"  # type: ignore[valid-type]
    #: who may make the triggering attack: any (a group too), state (only a state), not-stated
    aggressor: Literal[AGGRESSORS] = "not-stated"  # type: ignore[valid-type]
    aggressor_phrase: str | None = None  # the words of the article that decide it
    aggressor_source: str | None = None  # a source of an authoritative reading (a council's decision)
    conditions: list[ConditionModel] = Field(default_factory=list)
    valid_from: DateModel | None = None  # the clause holds only from this day (e.g. a renewal that added it)
    valid_until: DateModel | None = None  # ... and no longer from this day (exclusive)
    note: str | None = None


class ArticleModel(_Strict):
    number: str
    title: str | None = None
    text: str | None = None
    text_source: str | None = None
    text_note: str | None = None
    clauses: list[ClauseModel] = Field(default_factory=list)

    @field_validator("number", mode="before")
    @classmethod
    def _str_number(cls, v: Any) -> Any:
        return str(v) if isinstance(v, (int, float)) else v


class StatusModel(_Strict):
    status: Literal["frozen", "suspended"]
    start: DateModel
    end: DateModel | None = None
    note: str | None = None


class PartyModel(_Strict):
    state: str | int
    signed: DateModel | None = None
    in_force: DateModel | None = None
    left: DateModel | None = None
    note: str | None = None
    status: list[StatusModel] = Field(default_factory=list)


class DurationModel(_Strict):
    text: str | None = None
    unconfirmed: bool = False
    sources: list[str] = Field(default_factory=list)


class SupersedesModel(_Strict):
    treaty: str
    effective: DateModel
    note: str | None = None


class TreatyFile(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    short_name: str
    short_name_hi: str | None = None  # the short name in Hindi, for answers in Hindi
    atopid: int | None = None
    kind: Literal[TREATY_KINDS] | None = None  # type: ignore[valid-type]
    kind_note: str | None = None
    instrument: Literal[INSTRUMENTS] = "treaty"  # type: ignore[valid-type]
    legal_status: Literal[LEGAL_STATUS] = "treaty"  # type: ignore[valid-type]
    duration: DurationModel | None = None
    signed: DateModel
    in_force: DateModel
    ended: DateModel | None = None
    supersedes: list[SupersedesModel] = Field(default_factory=list)
    sources: list[SourceModel] = Field(min_length=1)
    parties: list[PartyModel] = Field(min_length=1)
    articles: list[ArticleModel] = Field(default_factory=list)
    clauses_without_article: list[ClauseModel] = Field(default_factory=list)
    no_article_reason: str | None = None
    notes: list[str] = Field(default_factory=list)


def _loc(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "<document>"


def _parse(path: str, text: str) -> TreatyFile:
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise TreatyFileError(path, "<document>", f"not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. absurd nesting or a bad tag value
        raise TreatyFileError(path, "<document>", f"cannot be parsed: {exc}") from None
    if not isinstance(raw, dict):
        raise TreatyFileError(path, "<document>", "expected a mapping of treaty fields (id, name, signed, ...)")
    try:
        return TreatyFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        problem = err.get("msg", "invalid")
        if err.get("type") == "missing":
            problem = "is required but missing"
        elif err.get("type") == "extra_forbidden":
            problem = "is not a known field (see docs/treaty-files.md)"
        more = len(exc.errors()) - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise TreatyFileError(path, _loc(err.get("loc", ())), problem) from None


def _resolve(resolve, path: str, field: str, value) -> int:
    try:
        return resolve(value).ccode
    except CasusError as exc:
        raise TreatyFileError(path, field, str(exc)) from None


def _check_sources(path: str, field: str, ids: Iterable[str | None], known: set[str]) -> None:
    for sid in ids:
        if sid is not None and sid not in known:
            raise TreatyFileError(path, field, f"cites source {sid!r}, which is not in this file's sources")


def _require_dated(path: str, field: str, d: DateModel | None, known: set[str]) -> None:
    if d is None:
        return
    _check_sources(path, field + ".sources", d.sources, known)
    if d.date is not None and not d.sources:
        raise TreatyFileError(path, field + ".sources", "a date needs at least one source")
    if d.date is None and not d.unconfirmed and not d.note:
        raise TreatyFileError(path, field, "give a date, or unconfirmed: true, or a note saying why there is none")


def _clause(path: str, field: str, cm: ClauseModel, article: str | None, quote: str | None,
            quote_source: str | None, no_article: str | None, resolve, known: set[str],
            quote_note: str | None = None) -> Clause:
    def states(values, f):
        return tuple(_resolve(resolve, path, f"{f}[{i}]", v) for i, v in enumerate(values))

    obligors = None if cm.obligors == "parties" else states(cm.obligors, field + ".obligors")
    benefs = None if cm.beneficiaries == "parties" else states(cm.beneficiaries, field + ".beneficiaries")
    if cm.response_phrase and " ".join(cm.response_phrase.split()) not in " ".join((quote or "").split()):
        raise TreatyFileError(path, field + ".response_phrase",
                              "quote words of the article's text (the phrase is not in it)")
    if cm.aggressor_phrase and " ".join(cm.aggressor_phrase.split()) not in " ".join((quote or "").split()):
        raise TreatyFileError(path, field + ".aggressor_phrase",
                              "quote words of the article's text (the phrase is not in it)")
    if cm.aggressor == "not-stated" and (cm.aggressor_phrase or cm.aggressor_source):
        raise TreatyFileError(path, field + ".aggressor",
                              "a phrase or source is given: say what it decides (any or state)")
    _check_sources(path, field + ".aggressor_source", [cm.aggressor_source], known)
    conds = []
    for j, c in enumerate(cm.conditions):
        cf = f"{field}.conditions[{j}]"
        _check_sources(path, cf + ".source", [c.source], known)
        if c.kind == "location" and c.area is None:
            pass  # an area-less location condition stays open: allowed, it says what it does not know
        conds.append(Condition(kind=c.kind, text=c.text, states=states(c.states, cf + ".states"),
                               exhaustive=c.exhaustive, area=c.area, source=c.source,
                               min_adversaries=c.min_adversaries, max_adversaries=c.max_adversaries))
    window = None
    _require_dated(path, field + ".valid_from", cm.valid_from, known)
    _require_dated(path, field + ".valid_until", cm.valid_until, known)
    if cm.valid_from is not None or cm.valid_until is not None:
        start = cm.valid_from.bound() if cm.valid_from else Bound.of(dt.date(1000, 1, 1))
        if start is None:
            raise TreatyFileError(path, field + ".valid_from.date", "give the day the clause starts to hold")
        window = Span(start, cm.valid_until.bound() if cm.valid_until else None)
    return Clause(id=cm.id, kind=cm.kind, obligors=obligors, beneficiaries=benefs, conditions=tuple(conds),
                  window=window, article=article, no_article_reason=no_article, quote=quote, quote_source=quote_source,
                  quote_note=quote_note, response=cm.response, response_phrase=cm.response_phrase,
                  trigger=cm.trigger, aggressor=cm.aggressor, aggressor_phrase=cm.aggressor_phrase,
                  aggressor_source=cm.aggressor_source, note=cm.note)


def _membership(path: str, f: str, p: PartyModel, tf: TreatyFile, resolve, known: set[str]) -> Membership:
    """One party's membership (``f`` is its field, ``parties[i]``), its dates defaulting to the treaty's."""
    ccode = _resolve(resolve, path, f + ".state", p.state)
    for name in ("signed", "in_force", "left"):
        _require_dated(path, f"{f}.{name}", getattr(p, name), known)
    signed = (p.signed or tf.signed).bound()
    in_force_model = p.in_force or tf.in_force
    end = p.left.bound() if p.left else (tf.ended.bound() if tf.ended else None)
    srcs = tuple(dict.fromkeys([*(p.signed or tf.signed).sources, *in_force_model.sources]))
    statuses = []
    for j, stm in enumerate(p.status):
        _require_dated(path, f"{f}.status[{j}].start", stm.start, known)
        _require_dated(path, f"{f}.status[{j}].end", stm.end, known)
        start = stm.start.bound()
        if start is None:
            raise TreatyFileError(path, f"{f}.status[{j}].start.date", "a status change needs its date")
        statuses.append(PartyStatus(status=stm.status, start=start,
                                    end=stm.end.bound() if stm.end else None, note=stm.note,
                                    sources=tuple(stm.start.sources)))
    return Membership(
        ccode=ccode, signed=signed, in_force=in_force_model.bound(), end=end,
        in_force_confirmed=not in_force_model.unconfirmed, sources=srcs,
        end_note=(p.left.note if p.left else None), notes=tuple([p.note] if p.note else []),
        statuses=tuple(statuses),
    )


def _in_order(path: str, field: str, earlier: Bound | None, later: Bound | None, what: str) -> None:
    if earlier is not None and later is not None and earlier.earliest > later.latest:
        raise TreatyFileError(path, field, f"{what}: {later} comes before {earlier}; dates must run in order")


def _check_parties_and_order(path: str, tf: TreatyFile, memberships: list[Membership], clauses: list[Clause]) -> None:
    """Obligors and beneficiaries named in a clause are parties; signature, entry into force and end (of the
    treaty and of each party) run in order."""
    parties = {m.ccode for m in memberships}
    for c in clauses:
        for role, named in (("obligors", c.obligors), ("beneficiaries", c.beneficiaries)):
            outside = [x for x in (named or ()) if x not in parties]
            if outside:
                raise TreatyFileError(path, f"clause {c.id}.{role}", f"state {outside[0]} is not a party of the "
                                      "treaty; add it to parties or take it out of the clause")
    _in_order(path, "in_force.date", tf.signed.bound(), tf.in_force.bound(), "entry into force before signature")
    if tf.ended is not None:
        _in_order(path, "ended.date", tf.signed.bound(), tf.ended.bound(), "end before signature")
    for i, m in enumerate(memberships):
        _in_order(path, f"parties[{i}].in_force", m.signed, m.in_force, "entry into force before signature")
        start = m.in_force or m.signed
        _in_order(path, f"parties[{i}].left", start, m.end, "leaving before joining")


def build_treaty(path: str, tf: TreatyFile, resolve) -> Treaty:
    """Cross-check a parsed file (sources, states, ids) and build the Treaty."""
    known = {s.id for s in tf.sources}
    if len(known) != len(tf.sources):
        raise TreatyFileError(path, "sources", "two sources share an id")
    _require_dated(path, "signed", tf.signed, known)
    _require_dated(path, "in_force", tf.in_force, known)
    _require_dated(path, "ended", tf.ended, known)
    memberships = [_membership(path, f"parties[{i}]", p, tf, resolve, known) for i, p in enumerate(tf.parties)]
    clauses: list[Clause] = []
    ids: set[str] = set()
    for i, a in enumerate(tf.articles):
        _check_sources(path, f"articles[{i}].text_source", [a.text_source], known)
        if a.text and not a.text_source:
            raise TreatyFileError(path, f"articles[{i}].text_source", "article text needs a source")
        for j, cm in enumerate(a.clauses):
            f = f"articles[{i}].clauses[{j}]"
            if cm.id in ids:
                raise TreatyFileError(path, f + ".id", f"clause id {cm.id!r} is used twice")
            ids.add(cm.id)
            clauses.append(_clause(path, f, cm, a.number, a.text, a.text_source, None, resolve, known,
                                   quote_note=a.text_note))
    if tf.clauses_without_article and not tf.no_article_reason:
        raise TreatyFileError(path, "no_article_reason", "clauses without an article need a stated reason")
    for j, cm in enumerate(tf.clauses_without_article):
        f = f"clauses_without_article[{j}]"
        if cm.id in ids:
            raise TreatyFileError(path, f + ".id", f"clause id {cm.id!r} is used twice")
        ids.add(cm.id)
        clauses.append(_clause(path, f, cm, None, None, None, tf.no_article_reason, resolve, known))
    if tf.duration is not None:
        _check_sources(path, "duration.sources", tf.duration.sources, known)
        if tf.duration.text and not tf.duration.unconfirmed and not tf.duration.sources:
            raise TreatyFileError(path, "duration.sources", "a duration needs a source, or unconfirmed: true")
    if tf.kind == "none" and any(True for a in tf.articles for _ in a.clauses):
        raise TreatyFileError(path, "kind", "kind 'none' means no obligation, but the file has clauses")
    for i, s in enumerate(tf.supersedes):
        _require_dated(path, f"supersedes[{i}].effective", s.effective, known)
        if s.effective.date is None:
            raise TreatyFileError(path, f"supersedes[{i}].effective.date",
                                  "a treaty replaces another on a known day: give the date (YYYY-MM-DD, YYYY-MM "
                                  "or YYYY); while the day is unconfirmed, leave supersedes out")
    _check_parties_and_order(path, tf, memberships, clauses)
    articles = tuple(Article(number=a.number, text=a.text, title=a.title, source=a.text_source,
                             text_note=a.text_note)
                     for a in tf.articles)
    sources = tuple(Source(id=s.id, title=s.title, url=s.url, dataset=s.dataset, note=s.note, kind=s.kind)
                    for s in tf.sources)
    return Treaty(
        id=tf.id, name=tf.name, short_name=tf.short_name, short_name_hi=tf.short_name_hi, signed=tf.signed.fact(),
        in_force=tf.in_force.fact(),
        ended=tf.ended.fact() if tf.ended else None, memberships=tuple(memberships), clauses=tuple(clauses),
        articles=articles, sources=sources, atopid=tf.atopid, origin="hand+atop" if tf.atopid else "hand",
        kind_note=tf.kind_note, kind=tf.kind, instrument=tf.instrument, legal_status=tf.legal_status,
        duration=(("UNCONFIRMED" if tf.duration.unconfirmed else "") + (
            (": " if tf.duration.unconfirmed and tf.duration.text else "") + (tf.duration.text or ""))
                  if tf.duration else None),
        superseded=tuple((s.treaty, str(s.effective.bound())) for s in tf.supersedes),
        file=path, notes=tuple(tf.notes),
    )


def read_treaty_file(path: str | Path, resolve, text: str | None = None) -> tuple[TreatyFile, Treaty]:
    """Parse and validate one file; raises TreatyFileError naming file and field."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TreatyFileError(name, "<document>", f"cannot be read: {exc}") from None
    tf = _parse(name, text)
    return tf, build_treaty(name, tf, resolve)


def bundled_treaty_files() -> list[tuple[str, str]]:
    """(name, text) of every bundled treaty file, sorted by name."""
    folder = resources.files("casus.data").joinpath("treaties")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")) and not entry.name.startswith("_"):
            out.append((f"treaties/{entry.name}", entry.read_text(encoding="utf-8")))
    return out


def files_in(paths: Iterable[str | Path]) -> list[tuple[str, str]]:
    """(name, text) of the treaty files at ``paths`` (files, or folders of *.yaml)."""
    out: list[tuple[str, str]] = []
    for p in map(Path, paths):
        entries = sorted(p.glob("*.y*ml")) if p.is_dir() else [p]
        if p.is_dir() and not entries:
            raise TreatyFileError(str(p), "<folder>", "holds no .yaml treaty files")
        for e in entries:
            try:
                out.append((str(e), e.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise TreatyFileError(str(e), "<document>",
                                      f"cannot be read: {exc.__class__.__name__}: {exc}") from None
    return out


def read_treaty_files(files: Iterable[tuple[str, str]], resolve) -> list[tuple[TreatyFile, Treaty]]:
    """Validate every file first; return all or raise on the first bad one."""
    out = []
    seen: dict[str, str] = {}
    for name, text in files:
        tf, treaty = read_treaty_file(name, resolve, text=text)
        if treaty.id in seen:
            raise TreatyFileError(name, "id", f"id {treaty.id!r} is already used by {seen[treaty.id]}")
        seen[treaty.id] = name
        out.append((tf, treaty))
    return out
