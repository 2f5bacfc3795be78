"""The front door: questions in, answers out, over one corpus.

A :class:`Session` validates what a user asks — states by any name, days,
places, policies — into the engine's value types, runs the engine and returns
results that present themselves (:mod:`casus.present`).  It is the only place
that knows the names of user-facing parameters; each interface gives its own
words for them (:data:`PYTHON`, :data:`CLI`, :data:`WEB`), so an error names
``--where`` on the command line and ``where`` on the web.

>>> import casus
>>> s = casus.load()
>>> res = s.attack(by="USA", on="PRK", date="2025-01-01")
>>> sorted({f.obligor for f in res.binding("defend")} & {365, 710})
[365, 710]
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .corpus import Corpus, build_corpus, load_corpus
from .engine.catalogue import KIND_NAMES, search_treaties, treaty_row
from .engine.conditions import home_place
from .engine.counterfactual import Changes, apply_changes, parse_pair
from .engine.evaluate import evaluate
from .engine.queries import defence_ties, diff, pair_history
from .errors import CasusError, InvalidScenarioError, UnknownStateError, UnknownTreatyError
from .importers.invocations import Invocation
from .model.actors import Actor, is_actor
from .model.areas import Place
from .model.dates import parse_date
from .model.findings import POLICIES, Scenario
from .model.reasons import Reason, StateRef
from .model.states import State
from .model.treaty import Treaty
from .present.pair import PairResult
from .present.result import AlliesResult, AttackResult, DiffResult, compare

if TYPE_CHECKING:  # pragma: no cover
    from .importers.areas import AreaData
    from .model.states import StateRegistry

__all__ = ["Session", "load", "corpus_of", "PYTHON", "CLI", "WEB", "BASES"]

BASES = ("in-force", "signed")

#: The words each interface uses for the parameters a session validates.
PYTHON = {"by": "by", "on": "on", "date": "date", "where": "where", "basis": "basis", "policy": "policy",
          "launched_from": "launched_from", "attributed_to": "attributed_to",
          "from": "start", "to": "end", "state": "state", "without_member": "without_member",
          "automatic": "automatic"}
CLI = {"by": "--by", "on": "--on", "date": "--date", "where": "--where", "basis": "--basis", "policy": "--policy",
       "launched_from": "--launched-from", "attributed_to": "--attributed-to",
       "from": "--from", "to": "--to", "state": "--state", "without_member": "--without-member",
       "automatic": "--automatic", "a": "A", "b": "B", "kind": "--kind"}
WEB = {"by": "by", "on": "on", "date": "date", "where": "where", "basis": "basis", "policy": "policy",
       "launched_from": "launched_from", "attributed_to": "attributed_to",
       "from": "from", "to": "to", "state": "state", "without_member": "without_member", "automatic": "automatic",
       "a": "a", "b": "b", "kind": "kind"}


def _as_list(x) -> list:
    """One value or several: a list, or a string of comma-separated values (also inside a list: a flag given
    as ``--by houthis,IRN``)."""
    if x is None:
        return []
    if isinstance(x, (list, tuple, set)):
        return [p for item in x for p in _as_list(item)]
    if isinstance(x, str) and "," in x:
        return [p.strip() for p in x.split(",") if p.strip()]
    return [x]


#: a place given as a point: "LAT,LON" in degrees
_POINT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


class Session:
    """Questions over one corpus, validated in the words of one interface."""

    def __init__(self, corpus: Corpus, words: dict[str, str] | None = None):
        self.corpus = corpus
        self.words = words or PYTHON

    def __repr__(self) -> str:
        return f"<casus Session over {self.corpus!r}>"

    def speaking(self, words: dict[str, str]) -> Session:
        """The same corpus, naming parameters with ``words`` (:data:`CLI`, :data:`WEB`)."""
        return Session(self.corpus, words)

    # -- the data, read-only ----------------------------------------------------
    @property
    def states(self) -> StateRegistry:
        return self.corpus.states

    @property
    def treaties(self) -> dict[str, Treaty]:
        return self.corpus.treaties

    @property
    def geo(self) -> AreaData:
        return self.corpus.geo

    def treaties_of(self, ccode: int) -> list[Treaty]:
        return self.corpus.treaties_of(ccode)

    def treaty(self, query: str | int) -> Treaty:
        """By casus id, ATOP id, or words of its name when they name one treaty (``nato``, ``rio``)."""
        try:
            return self.corpus.treaty(query)
        except UnknownTreatyError as exc:
            found = search_treaties(self.corpus, str(query))
            if len(found) == 1:
                return found[0]
            if found:
                names = "; ".join(f"{t.id} ({t.short_name})" for t in found[:5])
                raise UnknownTreatyError(f"{str(query)!r} names {len(found)} treaties: {names}"
                                         + ("; …" if len(found) > 5 else "") + "; give one id") from None
            raise exc

    def treaties_table(self, query: str | None = None, state=None, date=None, kind: str | None = None,
                       basis: str = "in-force") -> list[dict]:
        """Catalogue rows (:func:`casus.engine.catalogue.treaty_row`) of the treaties matching every filter."""
        ccode = self.state(state, "state").ccode if state is not None else None
        on = self.day(date, "date") if date is not None else None
        if kind is not None:
            self._choice(kind, KIND_NAMES, "kind")
        self._choice(basis, BASES, "basis")
        return [treaty_row(self.corpus, t, on) for t in search_treaties(self.corpus, query, ccode, on, kind, basis)]

    def state_label(self, ccode: int, lang: str = "en", on: date | None = None) -> str:
        return self.corpus.state_label(ccode, lang, on)

    # -- validation -------------------------------------------------------------
    def w(self, field: str) -> str:
        """How this interface names ``field``."""
        return self.words.get(field, field)

    def state(self, query: str | int, field: str = "state") -> State:
        try:
            return self.corpus.state(query)
        except CasusError as exc:
            raise exc.at(field) from None

    def attacker(self, query: str | int, field: str = "by") -> State | Actor:
        """A state, or an attacker that is not one (:mod:`casus.model.actors`): a named group, ``non-state``
        or ``unknown``.  A group's names are matched exactly; anything else is a state's name or code."""
        actors = self.corpus.actors
        if isinstance(query, str):
            hit = actors.lookup(query)
            if hit is not None:
                return hit
        elif isinstance(query, int) and query in actors:
            return actors.get(query)
        try:
            return self.corpus.state(query)
        except UnknownStateError as exc:
            close = difflib.get_close_matches(str(query).casefold(), actors.names(), n=2, cutoff=0.6)
            groups = ", ".join(actors.names())
            raise InvalidScenarioError(
                f"unknown state or group {str(query)!r}; "
                + (f"did you mean {', '.join([*close, *exc.suggestions][:3])}? " if close or exc.suggestions else "")
                + f"give a state (COW code or abbreviation, ISO3 code or name) or one of the groups: {groups}",
                field, "unknown_state") from None
        except CasusError as exc:
            raise exc.at(field) from None

    def day(self, value: str | date | None, field: str = "date", today: date | None = None) -> date:
        today = today or date.today()
        try:
            return parse_date(value if value is not None else today, today=today, what=self.w(field))
        except CasusError as exc:
            raise exc.at(field) from None

    def place(self, query: str, targets: tuple[int, ...] = ()) -> Place:
        """Resolve a place: a named place, a zone (sea), or a state's territory.

        A state that is a target means its home territory; another state means
        the target's forces on that state's territory; a zone means the target's
        forces, vessels or aircraft there.
        """
        geo = self.corpus.geo
        q = query.strip()
        ql = q.lower()
        point = _POINT.match(q)
        if point:
            return self._point(float(point.group(1)), float(point.group(2)), targets)
        for p in geo.places.values():
            if ql in {p.id, p.name.lower(), *(a.lower() for a in p.aliases)} or (p.name_hi and q == p.name_hi):
                return p
        for z in geo.zones.values():
            if ql in {z.id, z.name.lower()} or (z.name_hi and q == z.name_hi):
                return Place(id=z.id, name=z.name, name_hi=z.name_hi, sovereign=targets[0] if targets else None,
                             kind="zone", tags=geo.expand([z.id]), lines=(z.id,) if z.drawn_by_treaty else ())
        try:
            st = self.corpus.states.resolve(q)
        except CasusError:
            st = None
        if st is not None:
            if st.ccode in targets:
                return home_place(st.ccode, self.corpus.state_label, geo)
            owner = targets[0] if targets else None
            owner_name = self.corpus.state_label(owner) if owner is not None else "the target"
            label = (Reason.of("forces_on_territory", state=StateRef(owner, owner_name),
                               host=StateRef(st.ccode, st.name))
                     if owner is not None else None)
            return Place(id=f"territory:{st.ccode}", name=f"{owner_name}'s forces on {st.name}'s territory",
                         name_hi=None, sovereign=owner, kind="forces", tags=geo.home_tags(st.ccode), label=label)
        names = sorted([*geo.places, *geo.zones])
        close = difflib.get_close_matches(ql, names, n=3, cutoff=0.5)
        raise InvalidScenarioError(
            f"unknown place {query!r}; "
            + (f"did you mean {', '.join(close)}? " if close else "")
            + f"give a place or sea from the areas list, or a state (its territory), "
            f"or leave {self.w('where')} out for the target's home territory", "where")

    def _states(self, values, field: str) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.state(x, field).ccode for x in _as_list(values)))

    def _check_members(self, ccodes: Iterable[int], d: date, field: str, queries=()) -> None:
        asked = {self.attacker(q, field).ccode: str(q) for q in _as_list(queries)}
        for c in ccodes:
            if is_actor(c):
                continue  # an attacker that is not a state may attack on any day
            st = self.corpus.states.get(c)
            if not st.is_member(d):
                spans = ", ".join(f"{s.start}–{s.end or 'today'}" for s in st.spans)
                # "KOR" on 2025-01-01 is COW's Korea (1887–1905); South Korea is ROK
                then = [o for o in self.corpus.states.same_code_on(asked.get(c, ""), d) if o.ccode != c]
                hint = (f"; on that date, did you mean {', '.join(f'{o.name_on(d)} ({o.abbrev_on(d)})' for o in then)}?"
                        if then else "")
                raise InvalidScenarioError(
                    f"{st.name_on(d)} ({st.abbrev_on(d)}) is not a member of the state system on {d.isoformat()} "
                    f"(COW membership: {spans}){hint} Otherwise pick a {self.w('date')} inside its membership",
                    field, "not_member")

    def _choice(self, value: str, choices: Iterable[str], field: str) -> str:
        choices = tuple(choices)
        if value not in choices:
            raise InvalidScenarioError(f"unknown {self.w(field)} {value!r}; use one of {', '.join(choices)}", field)
        return value

    def scenario(self, by, on, date: str | date | None = None, where: str | None = None, basis: str = "in-force",
                 provoked: bool | None = None, requested: bool | None = None, joint_finding: bool | None = None,
                 policy: str = "defensive", today: date | None = None, launched_from=None,
                 attributed_to=None) -> Scenario:
        """Validate user input into a :class:`~casus.model.findings.Scenario` (raises CasusError subclasses
        whose ``field`` names the parameter at fault)."""
        attackers = tuple(dict.fromkeys(self.attacker(x, "by").ccode for x in _as_list(by)))
        targets = self._states(on, "on")
        if not attackers:
            raise InvalidScenarioError(f"no attacker given; name at least one state with {self.w('by')}", "by")
        if not targets:
            raise InvalidScenarioError(f"no target given; name at least one state with {self.w('on')}", "on")
        both = set(attackers) & set(targets)
        if both:
            names = ", ".join(self.corpus.state_label(c) for c in sorted(both))
            raise InvalidScenarioError(f"{names} cannot be both attacker and target; give different states to "
                                       f"{self.w('by')} and {self.w('on')}", "on")
        d = self.day(date, "date", today)
        self._check_members(attackers, d, "by", by)
        self._check_members(targets, d, "on", on)
        self._choice(basis, BASES, "basis")
        self._choice(policy, POLICIES, "policy")
        place = self.place(where, targets) if where else None
        if place is not None and place.control:
            place = self._dated_place(place, targets, d)
        elif place is not None and place.kind in ("territory", "forces") and place.sovereign not in targets:
            sovereign = place.sovereign  # None only for a place file that names no sovereign
            owner = self.corpus.state_label(sovereign) if sovereign is not None else str(sovereign)
            raise InvalidScenarioError(
                f"{place.name} belongs to {owner}, which is not a target; "
                f"name it with {self.w('on')}, or leave {self.w('where')} out", "where")
        origin = self._origin(attackers, targets, d, launched_from, attributed_to)
        return Scenario(attackers, targets, d, place, basis, provoked, requested, joint_finding, policy, *origin)

    def _origin(self, attackers, targets, d: date, launched_from, attributed_to) -> tuple[int | None, int | None]:
        """``launched_from`` and ``attributed_to``, checked: states on the day, asked only of an attack by an
        attacker that is not a state, the second not a target."""
        out: list[int | None] = []
        for value, field in ((launched_from, "launched_from"), (attributed_to, "attributed_to")):
            if value is None or value == "":
                out.append(None)
                continue
            if not any(is_actor(a) for a in attackers):
                raise InvalidScenarioError(
                    f"{self.w(field)} is for an attack by a group or an unknown attacker; the attackers named with "
                    f"{self.w('by')} are all states, so leave {self.w(field)} out", field)
            c = self.state(value, field).ccode
            self._check_members([c], d, field)
            if field == "attributed_to" and c in targets:
                raise InvalidScenarioError(f"{self.w(field)} names a target ({self.corpus.state_label(c)}); "
                                           f"name the state held responsible for the attack", field)
            out.append(c)
        return out[0], out[1]

    def _point(self, lat: float, lon: float, targets: tuple[int, ...]) -> Place:
        """A point: a target's own territory, the target's forces on another state's territory, or
        the target's forces at sea (tagged with the drawn zones that hold the point); on land or at sea,
        marked with the zones a treaty's own lines draw around it (``Place.lines``)."""
        from .importers.geometry import locate

        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InvalidScenarioError(f"{lat},{lon} is no point on Earth; give {self.w('where')} as LAT,LON with "
                                       f"latitude -90 to 90 and longitude -180 to 180 (e.g. 30,-40)", "where")
        geo = self.corpus.geo
        iso, zones = locate(lat, lon, geo.zones)
        lines = tuple(z for z in zones if geo.zones[z].drawn_by_treaty)  # a treaty's lines mark land and sea
        at = f"{lat:g}, {lon:g}"
        if iso is not None:
            holders = [st for st in self.corpus.states if st.iso_num == iso]
            st = next((x for x in holders if x.ccode in targets), None) or next(iter(holders), None)
            if st is not None:
                base = self.place(str(st.ccode), targets)
                return replace(base, id=f"point:{at}", name=f"{base.name} ({at})", point=(lat, lon), lines=lines)
        owner = targets[0] if targets else None
        owner_name = self.corpus.state_label(owner) if owner is not None else "the target"
        return Place(id=f"point:{at}", name=f"{owner_name}'s forces at sea ({at})", name_hi=None, sovereign=owner,
                     kind="zone", tags=geo.expand(z for z in zones if z not in lines), point=(lat, lon), lines=lines)

    def _dated_place(self, place: Place, targets: tuple[int, ...], d: date) -> Place:
        """A gazetteer place as on ``d``: an attack there is an attack on its sovereign's territory or
        on its administrator's forces, so one of them must be a target."""
        dated = place.on(d)
        held = dated.held_by()
        if not held:
            raise InvalidScenarioError(f"casus has no record of who held {place.name} on {d.isoformat()}; "
                                       f"give a later {self.w('date')}, or leave {self.w('where')} out", "where")
        if not set(held) & set(targets):
            who = " and ".join(dict.fromkeys(self.corpus.state_label(c, on=d) for c in held))
            raise InvalidScenarioError(
                f"{place.name} was held by {who} on {d.isoformat()}, none of them a target; "
                f"name one with {self.w('on')}, or leave {self.w('where')} out", "where")
        return dated

    # -- questions --------------------------------------------------------------
    def attack(self, by, on, date: str | date | None = None, *, where: str | None = None, basis: str = "in-force",
               policy: str = "defensive", provoked: bool | None = None, requested: bool | None = None,
               joint_finding: bool | None = None, today: date | None = None, launched_from=None,
               attributed_to=None) -> AttackResult:
        """Who must do what if ``by`` attacks ``on`` on ``date`` (default: today).

        ``by`` and ``on`` take a state or a list of states (COW code or abbreviation, ISO3, name in
        English or Hindi); ``where`` a place, sea or state (default: the target's home territory);
        ``basis`` ``in-force`` or ``signed``; ``policy`` ``defensive``, ``escalation`` or ``strict``;
        ``provoked``, ``requested``, ``joint_finding`` the facts a clause may turn on (None: unknown).
        Returns an :class:`~casus.present.result.AttackResult` (``.findings``, ``.sides``,
        ``.to_dict()``, ``.to_frame()``).
        """
        sc = self.scenario(by, on, date, where=where, basis=basis, provoked=provoked, requested=requested,
                           joint_finding=joint_finding, policy=policy, today=today, launched_from=launched_from,
                           attributed_to=attributed_to)
        return AttackResult(self.corpus, evaluate(self.corpus, sc))

    def allies(self, state, date: str | date | None = None, basis: str = "in-force",
               today: date | None = None) -> AlliesResult:
        """Whom ``state`` must defend and who must defend it on ``date``."""
        st = self.state(state, "state")
        d = self.day(date, "date", today)
        self._choice(basis, BASES, "basis")
        owes, owed = defence_ties(self.corpus, st.ccode, d, basis)
        return AlliesResult(self.corpus, st.ccode, d, owes, owed)

    def pair(self, a, b, basis: str = "in-force") -> PairResult:
        """When ``a`` and ``b`` were bound to defend, join, stay neutral towards, not attack or consult each other,
        and under which treaties, from 1816 to today (:func:`casus.engine.queries.pair_history`)."""
        sa, sb = self.state(a, "a"), self.state(b, "b")
        if sa.ccode == sb.ccode:
            raise InvalidScenarioError(f"{self.w('a')} and {self.w('b')} are the same state ({sa.name}); "
                                       "name two states", "b")
        self._choice(basis, BASES, "basis")
        return PairResult(self.corpus, sa.ccode, sb.ccode, basis, pair_history(self.corpus, sa.ccode, sb.ccode, basis))

    def diff(self, start, end, state=None, basis: str = "in-force", today: date | None = None) -> DiffResult:
        """Pacts, memberships and duties that changed between two dates (:func:`casus.engine.queries.diff`)."""
        d1, d2 = self.day(start, "from", today), self.day(end, "to", today)
        if d2 <= d1:
            raise InvalidScenarioError(f"{self.w('to')} ({d2}) must be after {self.w('from')} ({d1})", "to")
        self._choice(basis, BASES, "basis")
        ccode = self.state(state, "state").ccode if state is not None else None
        return DiffResult(diff(self.corpus, d1, d2, ccode, basis))

    def invocations(self, treaty=None, state=None) -> list[Invocation]:
        """The record of invocations (:mod:`casus.importers.invocations`), oldest first: all, or those of
        ``treaty`` (an id or words of its name), or those ``state`` requested."""
        record = list(self.corpus.invocations)
        if treaty is not None and str(treaty).strip():
            try:
                tid = self.treaty(treaty).id
            except CasusError as exc:
                raise exc.at("treaty") from None
            record = [i for i in record if i.treaty == tid]
        if state is not None and str(state).strip():
            c = self.state(state, "state").ccode
            record = [i for i in record if c in i.requested_by]
        return record

    def what_if(self, without=(), without_member=(), with_files=(), automatic=()) -> Session:
        """A counterfactual session (see :mod:`casus.engine.counterfactual`); this one is unchanged.

        ``without_member`` and ``automatic`` take pairs or ``"A:B"`` strings.
        """
        def pairs(xs, field: str) -> list[tuple[str, str]]:
            return [parse_pair(x, self.w(field), field) if isinstance(x, str) else tuple(x) for x in xs]

        changes = Changes(list(without), pairs(without_member, "without_member"), list(with_files),
                          pairs(automatic, "automatic"))
        return Session(apply_changes(self.corpus, changes), self.words)

    compare = staticmethod(compare)


def corpus_of(source: Session | Corpus | None) -> Corpus:
    """The corpus behind a session (or the corpus itself; None: the bundled one)."""
    if source is None:
        return load_corpus()
    return source.corpus if isinstance(source, Session) else source


def load(treaty_files: Iterable[tuple[str, str]] | None = None) -> Session:
    """A session over the bundled corpus (built once per process), or over the bundled treaties
    plus ``treaty_files`` ((name, YAML text) pairs).

    >>> session = load()
    >>> session.treaty("nato").short_name
    'North Atlantic Treaty (NATO)'
    """
    if treaty_files is None:
        return Session(load_corpus())
    from .importers.treaty_files import bundled_treaty_files

    return Session(build_corpus(bundled_treaty_files() + list(treaty_files)))
