"""The JSON documents casus writes, as pydantic models: their JSON Schemas (``casus schema NAME``,
``docs/schemas/``) are generated from these, and the tests validate real outputs against them, so the
prose of docs/json-schema.md and the documents cannot drift apart unnoticed.

Models forbid fields they do not name: a field added to a document must be added here (and to the docs).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["SCHEMAS", "json_schema", "validate"]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MadeBy(_Doc):
    version: str
    datasets: dict[str, str]


class StateRef(_Doc):
    """A state; or (``actor: true``, ccode 9000 and up) an attacker that is not a state: a named group,
    ``non-state`` or ``unknown`` (casus.model.actors)."""

    state: str
    ccode: int
    name: str
    actor: bool | None = None


class TreatyRef(_Doc):
    id: str
    name: str
    short_name: str
    article: str | None = None
    atopid: int | None = None


class Where(_Doc):
    place: str | None
    name: str
    kind: str
    point: list[float] | None = None
    lines: list[str] | None = None
    sovereign: str | None = None
    administrator: str | None = None


class Facts(_Doc):
    provoked: bool | None
    requested: bool | None
    joint_finding: bool | None


class Scenario(_Doc):
    attackers: list[StateRef]
    targets: list[StateRef]
    date: str
    where: Where
    basis: Literal["in-force", "signed"]
    policy: Literal["defensive", "escalation", "strict"]
    facts: Facts
    launched_from: StateRef | None = None  # the state an attack by a group was launched from
    attributed_to: StateRef | None = None  # the state an attack by a group (or an unknown one) is attributed to


Duty = Literal["defend", "join", "neutral", "nonaggression", "consult"]


class HonourDriver(_Doc):
    feature: str
    value: bool | int | float | str | None
    says: str
    effect: float  # log-odds, against an average commitment of the data
    state: int | None = None  # the state the reading names (contiguous with, rival of)


class Honour(_Doc):
    """How likely the obligor honours a duty to defend or join (casus.engine.reliability; docs/reliability.md):
    ``p`` with its 95% bootstrap interval and the features that move it most, or ``unsupported`` with the
    reason (then ``p``, ``low`` and ``high`` are null)."""

    p: float | None
    low: float | None
    high: float | None
    drivers: list[HonourDriver]
    unsupported: str | None
    notes: list[str]
    notes_above: bool | None = None  # detail=summary: notes an earlier finding gave are not repeated


class Finding(_Doc):
    state: str
    ccode: int
    name: str
    duty: Duty
    beneficiary: str
    beneficiary_ccode: int
    beneficiary_name: str
    status: Literal["binding", "conditional", "conflicted"]
    open_conditions: list[str]
    conflict: str | None
    round: int
    treaty: TreatyRef
    clause: str
    kind: str
    response: str
    response_phrase: str | None
    response_basis: str | None
    quote: str | None
    quote_note: str | None
    source: str | None
    date_basis: str | None
    against: list[str]
    via: str | None
    notes: list[str]
    clause_note: str | None
    no_article_reason: str | None
    quoted_above: bool | None = None
    notes_above: bool | None = None  # detail=summary: notes an earlier finding gave are not repeated
    honour: Honour | None = None  # duties to defend or join only


class Guarantee(Finding):
    instrument: str
    legal_status: str


class SummaryState(_Doc):
    state: str
    name: str
    status: Literal["binding", "conditional"]
    grade: str
    treaty: dict[str, str | None]


class SummaryGroup(_Doc):
    duty: Literal["defend", "join"]
    beneficiary: str
    beneficiary_name: str
    side: Literal["defenders", "attackers"]
    states: list[SummaryState]


class Summarised(_Doc):
    treaty: dict[str, str]
    duty: Duty
    findings: int
    binding: int
    conditional: int
    obligors: int
    beneficiaries: list[str]
    conflicted: int | None = None


class SideMember(_Doc):
    state: str
    ccode: int
    name: str
    actor: bool | None = None  # an attacker that is not a state
    round: int
    role: Literal["attacker", "target", "defender", "joiner"]


class RecordRef(_Doc):
    id: str
    date: str | None
    treaty: str
    treaty_name: str
    article: str | None
    what: str
    requested_by: list[str]


class Sides(_Doc):
    attackers: list[SideMember]
    defenders: list[SideMember]


class Neutral(_Doc):
    state: str
    ccode: int
    name: str
    towards: list[str]
    status: Literal["binding", "conditional"]


class Conflicted(_Doc):
    state: str
    ccode: int
    name: str
    reasons: list[str]


class Inactive(_Doc):
    treaty: TreatyRef
    states: list[str]
    reason: str
    why: str
    dates: dict[str, str | None]


class Excluded(_Doc):
    state: str
    ccode: int
    duty: Duty
    beneficiary: str
    treaty: dict[str, str | None]
    clause: str
    reason: str


class NoDefence(_Doc):
    treaty: dict[str, str | None]
    states: list[str]
    kind: str
    reason: str


class AttackDoc(_Doc):
    """``casus.attack/1``: the answer to one attack (docs/json-schema.md)."""

    schema_: Literal["casus.attack/1"]
    scenario: Scenario
    detail: Literal["summary", "full"]
    summary: list[SummaryGroup]
    findings: list[Finding]
    summarised: list[Summarised]
    sides: Sides
    neutral: list[Neutral]
    conflicted: list[Conflicted]
    breaches: list[Finding]
    breaches_summarised: list[Summarised]
    inactive: list[Inactive]
    excluded: list[Excluded]
    guarantees: list[Guarantee]
    no_defence_obligation: list[NoDefence]
    record: list[RecordRef]  # what states did before with the treaties that bind here (casus.invocations/1)
    rounds: int
    casus: MadeBy
    counterfactual: dict | None = None
    filtered_duties: list[str] | None = None


class PairSpan(_Doc):
    obligor: str
    beneficiary: str
    duty: Duty
    start: str
    end: str | None
    certain: bool
    treaty: TreatyRef | dict
    clause: str


class PairDoc(_Doc):
    """``casus.pair/1``: two states over time."""

    schema_: Literal["casus.pair/1"]
    a: StateRef
    b: StateRef
    basis: Literal["in-force", "signed"]
    spans: list[PairSpan]
    casus: MadeBy


class TreatyRow(_Doc):
    id: str
    short_name: str
    name: str
    atopid: int | None
    origin: str
    signed: str
    in_force: str
    ended: str | None
    kinds: list[str]
    instrument: str
    legal_status: str
    parties: list[str]


class TreatiesDoc(_Doc):
    """``casus.treaties/1``: a catalogue search."""

    schema_: Literal["casus.treaties/1"]
    query: str | None
    count: int
    treaties: list[TreatyRow]
    casus: MadeBy


class AlliesRow(_Doc):
    state: str
    ccode: int
    name: str
    treaty: str
    treaty_name: str
    article: str | None
    conditions: list[str]


class AlliesDoc(_Doc):
    """``casus.allies/1``: whom a state must defend and who must defend it."""

    schema_: Literal["casus.allies/1"]
    state: str
    ccode: int
    name: str
    date: str
    must_defend: list[AlliesRow]
    defended_by: list[AlliesRow]
    casus: MadeBy


class DiffPage(_Doc):
    gained: int
    lost: int
    offset: int
    limit: int | None
    next_offset: int | None


class DiffDoc(_Doc):
    """``casus.diff/1``: what changed between two dates (rows as docs/json-schema.md describes them)."""

    schema_: Literal["casus.diff/1"]
    from_: str
    to: str
    state: str | None
    basis: Literal["in-force", "signed"]
    treaties_entered_into_force: list[dict]
    treaties_signed_not_in_force: list[dict]
    treaties_ended: list[dict]
    members_joined: list[dict]
    members_left: list[dict]
    duties_gained: list[dict]
    duties_lost: list[dict]
    duties: DiffPage
    casus: MadeBy


class TreatyDoc(_Doc):
    """``casus.treaty/1``: a treaty in full."""

    schema_: Literal["casus.treaty/1"]
    id: str
    name: str
    short_name: str
    short_name_hi: str | None
    atopid: int | None
    origin: str
    kinds: list[str]
    kind: str | None
    kind_note: str | None
    instrument: str
    legal_status: str
    duration: str | None
    signed: dict | None
    in_force: dict | None
    ended: dict | None
    replaced_by: str | None
    supersedes: list
    parties: list[dict]
    clauses: list[dict]
    articles: list[dict]
    sources: list[dict]
    notes: list[str]
    file: str | None
    after_2018: dict | None
    casus: MadeBy


class StatesDoc(_Doc):
    """``casus.states/1``: states found by a search."""

    schema_: Literal["casus.states/1"]
    query: str
    date: str | None
    states: list[dict]
    casus: MadeBy


class AreasDoc(_Doc):
    """``casus.areas/1``: treaty areas, places, zones and regions usable as ``where``."""

    schema_: Literal["casus.areas/1"]
    areas: list[dict]
    places: list[dict]
    zones: list[dict]
    regions: list[dict]
    casus: MadeBy


class BacktestDoc(_Doc):
    """``casus.backtest/2``: alliance reliability in every COW interstate war (docs/backtest.md)."""

    schema_: Literal["casus.backtest/2"]
    basis: Literal["in-force", "signed"]
    rules: dict
    summary: dict
    pairs: list[dict]
    pairs_by_kind: list[dict]
    commitments: list[dict]
    joiners: list[dict]
    casus: MadeBy
    rule_effects: list[dict] | None = None


class InvocationStep(_Doc):
    date: str | None
    body: str
    what: str
    source: str | None


class InvocationAttacker(_Doc):
    id: str
    name: str
    actor: bool | None  # True: not a state (casus actors); None: as the record words it


class InvocationTreaty(_Doc):
    id: str | None  # None: casus holds no file of the pact
    name: str


class InvocationRow(_Doc):
    id: str
    date: str | None
    unconfirmed: bool
    treaty: InvocationTreaty
    article: str | None
    what: Literal["invoked", "requested", "consultations", "assistance-requested", "declined", "deployed"]
    what_words: str
    requested_by: list[StateRef]
    occasion: str
    attacker: InvocationAttacker | None
    outcome: str
    steps: list[InvocationStep]
    sources: list[str]
    note: str | None


class InvocationsDoc(_Doc):
    """``casus.invocations/1``: the record of what states did with collective-defence and consultation clauses."""

    schema_: Literal["casus.invocations/1"]
    count: int
    invocations: list[InvocationRow]
    casus: MadeBy


class ActorDesignation(_Doc):
    by: str
    what: str
    date: str | None
    source: str | None


class ActorRow(_Doc):
    id: str
    code: int  # 9000 and up: never a COW code
    name: str
    name_en: str
    name_hi: str | None
    kind: Literal["armed-group", "militia", "unknown-sender", "non-state"]
    aliases: list[str]
    active_in: list[str]
    designations: list[ActorDesignation]
    sources: list[str]
    note: str | None


class ActorsDoc(_Doc):
    """``casus.actors/1``: the attackers that are not states, usable as ``by``."""

    schema_: Literal["casus.actors/1"]
    count: int
    actors: list[ActorRow]
    casus: MadeBy


SCHEMAS: dict[str, type[BaseModel]] = {"casus.attack/1": AttackDoc, "casus.pair/1": PairDoc,
                                       "casus.treaties/1": TreatiesDoc, "casus.allies/1": AlliesDoc,
                                       "casus.diff/1": DiffDoc, "casus.treaty/1": TreatyDoc,
                                       "casus.states/1": StatesDoc, "casus.areas/1": AreasDoc,
                                       "casus.backtest/2": BacktestDoc, "casus.invocations/1": InvocationsDoc,
                                       "casus.actors/1": ActorsDoc}


_RENAMED = {"schema": "schema_", "from": "from_"}  # JSON keys that are Python keywords or BaseModel names


def _renamed(doc: dict) -> dict:
    return {_RENAMED.get(k, k): v for k, v in doc.items()}


def validate(doc: dict) -> BaseModel:
    """Check ``doc`` against the model of its ``schema`` (raises pydantic's ValidationError)."""
    return SCHEMAS[doc["schema"]].model_validate(_renamed(doc))


def json_schema(name: str) -> dict:
    """The JSON Schema of document ``name`` (``casus.attack/1`` ...), its ``schema_`` field named ``schema``."""
    out = SCHEMAS[name].model_json_schema(by_alias=True)
    props = out.get("properties", {})
    back = {v: k for k, v in _RENAMED.items()}
    for py, js in back.items():
        if py in props:
            props[js] = props.pop(py)
    out["required"] = [back.get(r, r) for r in out.get("required", [])]
    out["$id"] = f"{name.replace('/', '-')}.json"
    out["title"] = name
    return out
