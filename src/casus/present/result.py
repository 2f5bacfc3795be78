"""Results as users see them: JSON-ready dicts and pandas DataFrames.

The JSON schema of ``casus attack --json`` (``schema: casus.attack/1``) is
documented in ``docs/json-schema.md``; it is stable: fields may be added, never
renamed or removed within a schema version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..engine.reliability import honours_of
from ..model.actors import is_actor
from ..model.findings import Finding
from ..model.reasons import Reason, StateRef, english, render
from ..provenance import stamp
from .honour_words import honour_in

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..corpus import Corpus
    from ..engine.evaluate import Evaluation
    from ..engine.queries import Diff

__all__ = ["AttackResult", "AlliesResult", "DiffResult", "ATTACK_SCHEMA", "DETAILS", "compare"]

ATTACK_SCHEMA = "casus.attack/1"
#: How much of an answer to list: ``summary`` (the findings that decide sides, and every duty of a state the war
#: involves, in full; the rest counted by treaty and duty) or ``full``.
DETAILS = ("summary", "full")
SIDE_DUTIES = ("defend", "join", "neutral")


class AttackResult:
    """The answer to one attack scenario."""

    def __init__(self, corpus: Corpus, ev: Evaluation):
        self.corpus = corpus
        self.evaluation = ev
        self.scenario = ev.scenario
        self._names: dict[tuple[int, str], dict] = {}
        self._said: dict[tuple[int, str], tuple[Reason, str]] = {}  # by the reason's identity
        self._honours: dict[int, dict | None] = {}  # a finding's honour, by the finding's identity

    def _honour(self, f: Finding) -> dict | None:
        """How likely the obligor honours a duty to defend or join (casus.engine.reliability): the duties of
        the whole answer computed together the first time one is asked for."""
        if id(f) not in self._honours:
            todo = [g for g in (*self.findings, *self.evaluation.breaches, *self.evaluation.guarantees)
                    if g.duty in ("defend", "join") and id(g) not in self._honours]
            if not any(g is f for g in todo):
                todo.append(f)
            for g, h in zip(todo, honours_of(self.corpus, self.scenario, todo), strict=True):
                self._honours[id(g)] = h
        return self._honours[id(f)]

    @property
    def findings(self) -> list[Finding]:
        return self.evaluation.findings

    def _named(self, ccode: int, lang: str = "en") -> dict:
        """A state's code, abbreviation and name on the scenario's date (shared: read, never change)."""
        key = (ccode, lang)
        hit = self._names.get(key)
        if hit is None:
            st = self.corpus.participant(ccode)
            d = self.scenario.date
            hit = {"state": st.abbrev_on(d), "ccode": ccode, "name": st.name_on(d, lang)}
            if is_actor(ccode):
                hit["actor"] = True  # not a state: a group, or an attacker nobody has named
            self._names[key] = hit
        return hit

    def _st(self, ccode: int, lang: str = "en") -> dict:
        return dict(self._named(ccode, lang))

    def record(self, lang: str = "en", findings: list[Finding] | None = None) -> list[dict]:
        """What states did before with the articles of ``findings`` (default: every finding), from the record
        of invocations up to the scenario's date: id, date, treaty and article, what was done, by whom
        (``casus invocations``).  An entry that names no article goes with any of its treaty's."""
        shown = [f for f in (self.findings if findings is None else findings) if f.status != "conflicted"]
        articles = {(f.treaty.id, f.treaty.article) for f in shown}
        treaties = {t for t, _ in articles}
        out = []
        for inv in self.corpus.invocations:
            if inv.treaty is None:
                continue
            fits = (inv.treaty, inv.article) in articles or (inv.article is None and inv.treaty in treaties)
            if fits and (inv.day is None or inv.day <= self.scenario.date):
                t = self.corpus.treaties[inv.treaty]
                name = self._short(t, lang) if lang == "hi" else t.short_name
                out.append({"id": inv.id, "date": inv.day.isoformat() if inv.day else None, "treaty": inv.treaty,
                            "treaty_name": name, "article": inv.article, "what": inv.what,
                            "requested_by": [self._st(c, lang)["state"] for c in inv.requested_by]})
        return out

    @property
    def sides(self) -> dict[str, list[int]]:
        ev = self.evaluation
        return {
            "attackers": [c for c, s in ev.side.items() if s == "A"],
            "defenders": [c for c, s in ev.side.items() if s == "D"],
        }

    def binding(self, duty: str | None = None) -> list[Finding]:
        return [f for f in self.findings if f.status == "binding" and (duty is None or f.duty == duty)]

    def finding_dict(self, f: Finding, lang: str = "en") -> dict:
        clause = self._clause(f)
        named = self._named
        ob = named(f.obligor, lang)
        be = named(f.beneficiary, lang)
        return {
            "state": ob["state"], "ccode": f.obligor, "name": ob["name"],
            "duty": f.duty,
            "beneficiary": be["state"], "beneficiary_ccode": f.beneficiary, "beneficiary_name": be["name"],
            "status": f.status,
            "open_conditions": [self.say(c, lang) for c in f.open_conditions],
            "conflict": "; ".join([self.say(c, lang) for c in f.conflicts]) if f.conflicts else None,
            "round": f.round,
            "treaty": {"id": f.treaty.id, "name": f.treaty.name, "short_name": self._short(f.treaty, lang),
                       "article": f.treaty.article, "atopid": f.treaty.atopid},
            "clause": f.clause, "kind": f.kind, "response": f.response, "response_phrase": f.response_phrase,
            "response_basis": f.response_basis,
            "quote": f.quote, "quote_note": f.quote_note, "source": f.source,
            "date_basis": f.date_basis,
            "against": [named(a, lang)["state"] for a in f.adversaries],
            "via": named(f.via, lang)["state"] if f.via is not None else None,
            "notes": [self.say(n, lang) for n in f.notes],
            "clause_note": clause.note if clause else None,
            "no_article_reason": clause.no_article_reason if clause else None,
            # how likely the obligor honours a duty to defend or join (casus.engine.reliability)
            **({"honour": honour_in(self._honour(f), lang, lambda c: named(c, lang)["name"])}
               if f.duty in ("defend", "join") else {}),
        }

    def say(self, reason: Reason, lang: str = "en") -> str:
        """A reason in ``lang``, states named as on the scenario's date; treaty text stays as written."""
        if lang == "en":
            return english(reason)
        key = (id(reason), lang)
        hit = self._said.get(key)
        if hit is None:  # the entry keeps the reason alive, so its identity is never reused
            hit = self._said[key] = (reason, self._render(reason, lang))
        return hit[1]

    def _render(self, reason: Reason, lang: str) -> str:
        d = self.scenario.date

        def name(ref: StateRef) -> str:
            return self.corpus.state_label(ref.ccode, lang, d)

        return render(reason, lang, name)

    def _where(self, place, lang: str) -> dict:
        """The scenario's place: its name, kind and, for a gazetteer place, its point and who held it then."""
        out = {"place": place.id, "name": place.name_hi if lang == "hi" and place.name_hi else place.name,
               "kind": place.kind}
        if place.point:
            out["point"] = list(place.point)
        if place.lines:
            out["lines"] = list(place.lines)
        if place.control:
            out.update({"sovereign": self._named(place.sovereign, lang)["state"] if place.sovereign else None,
                        "administrator": (self._named(place.administrator, lang)["state"]
                                          if place.administrator else None)})
        return out

    def _short(self, ref, lang: str) -> str:
        """A treaty's short name in ``lang`` (Hindi where the treaty file gives one)."""
        if lang == "hi":
            t = self.corpus.treaties.get(ref.id)
            if t is not None and t.short_name_hi:
                return t.short_name_hi
            if t is not None and t.origin == "atop" and t.atopid is not None and t.signed.day is not None:
                names = [self.corpus.state_label(c, "hi") for c in t.parties]
                shown = ", ".join(names[:4]) + (f" और {len(names) - 4} अन्य" if len(names) > 4 else "")
                return f"ATOP {t.atopid}: {shown} ({t.signed.day.earliest.year})"
        return ref.short_name

    def _clause(self, f: Finding):
        t = self.corpus.treaties.get(f.treaty.id)
        if t is None:
            return None
        return t.clause_by_id.get(f.clause)

    def involved(self) -> set[int]:
        """The attackers and the targets."""
        sc = self.scenario
        return {*sc.attackers, *sc.targets}

    def deciding(self, f: Finding, involved: set[int]) -> bool:
        """Whether finding ``f`` is one an answer lists in full by default: a duty that decides sides (defend,
        join, stay neutral), a duty in conflict, or a duty between states on opposite sides of the war; not
        consultations, nor non-aggression among allies on one side (those are counted in ``summarised``)."""
        side = self.evaluation.side
        if f.duty in SIDE_DUTIES or f.status == "conflicted":
            return True
        a, b = side.get(f.obligor), side.get(f.beneficiary)
        return f.duty != "consult" and a is not None and b is not None and a != b

    def summary(self, lang: str = "en") -> list[dict]:
        """Who must fight, on which side, under which treaty and article: one group per duty (defend, join) and
        beneficiary, binding before conditional, each state with the grade of its duty."""
        groups: dict[tuple[str, int], dict] = {}
        side = self.evaluation.side
        principals = {*self.scenario.attackers, *self.scenario.targets}
        wanted = {"defend": "D", "join": "A"}  # defend the defending side, join the attacking side
        for f in self.findings:
            if f.duty not in wanted or f.status == "conflicted" or f.obligor in principals:
                continue
            if side.get(f.beneficiary) != wanted[f.duty]:
                continue  # (e.g. a duty to join an ally's attack when that ally is not fighting)
            g = groups.get((f.duty, f.beneficiary))
            if g is None:
                be = self._named(f.beneficiary, lang)
                g = groups[(f.duty, f.beneficiary)] = {
                    "duty": f.duty, "beneficiary": be["state"], "beneficiary_name": be["name"],
                    "side": "attackers" if side.get(f.beneficiary) == "A" else "defenders", "states": []}
            ob = self._named(f.obligor, lang)
            g["states"].append({"state": ob["state"], "name": ob["name"], "status": f.status, "grade": f.response,
                                "treaty": {"id": f.treaty.id, "short_name": self._short(f.treaty, lang),
                                           "article": f.treaty.article}})
        for g in groups.values():
            seen: set[str] = set()
            ordered = sorted(g["states"], key=lambda x: (x["status"] != "binding", x["name"]))
            g["states"] = [x for x in ordered if not (x["state"] in seen or seen.add(x["state"]))]  # type: ignore[func-returns-value]
        return sorted(groups.values(), key=lambda g: (g["side"] != "defenders", g["duty"], g["beneficiary"]))

    def summarised(self, rest: list[Finding], lang: str = "en") -> list[dict]:
        """The findings a summary leaves out, counted by treaty and duty."""
        groups: dict[tuple[str, str], dict] = {}
        for f in rest:
            g = groups.setdefault((f.treaty.id, f.duty), {
                "treaty": {"id": f.treaty.id, "short_name": self._short(f.treaty, lang)}, "duty": f.duty, "findings": 0,
                "binding": 0, "conditional": 0, "obligors": set(), "beneficiaries": set()})
            g["findings"] += 1
            g[f.status] = g.get(f.status, 0) + 1
            g["obligors"].add(f.obligor)
            g["beneficiaries"].add(f.beneficiary)
        out = []
        for g in groups.values():
            bens = sorted(self._named(c, lang)["state"] for c in g["beneficiaries"])
            out.append({**g, "obligors": len(g["obligors"]), "beneficiaries": bens})
        return sorted(out, key=lambda g: (-g["findings"], g["treaty"]["id"], g["duty"]))

    def to_dict(self, lang: str = "en", detail: str = "full") -> dict:
        """The answer as a JSON-ready dict; ``detail="summary"`` lists in full only the findings that decide
        sides or concern a state the war involves, and counts the rest (``summarised``) by treaty and duty."""
        if detail not in DETAILS:
            raise ValueError(f"detail is one of {', '.join(DETAILS)}, not {detail!r}")
        sc, ev = self.scenario, self.evaluation
        place = sc.where
        neutral: dict[int, dict] = {}
        for f in self.findings:
            if f.duty == "neutral" and f.status != "conflicted":
                e = neutral.setdefault(f.obligor, {**self._st(f.obligor, lang), "towards": [], "status": "conditional"})
                e["towards"].append(self._st(f.beneficiary, lang)["state"])
                if f.status == "binding":
                    e["status"] = "binding"
        for e in neutral.values():
            e["towards"] = sorted(set(e["towards"]))
        conflicted: dict[int, list[tuple[Reason, ...]]] = {}
        for f in self.findings:
            if f.status == "conflicted":
                conflicted.setdefault(f.obligor, []).append(f.conflicts)
        listed, rest = list(self.findings), []
        if detail == "summary":
            involved = self.involved()
            listed = [f for f in self.findings if self.deciding(f, involved)]
            rest = [f for f in self.findings if not self.deciding(f, involved)]
        sides: dict[str, list[dict]] = {"attackers": [], "defenders": []}
        for c, m in sorted(ev.members.items(), key=lambda kv: (kv[1].round, kv[0])):
            sides["attackers" if ev.side[c] == "A" else "defenders"].append(
                {**self._st(c, lang), "round": m.round, "role": m.role})
        findings = [self.finding_dict(f, lang) for f in listed]
        # the duties the attack itself breaches (towards a target) in full; by default those a widened war
        # breaches (towards states that join later) are counted by treaty
        broken = [f for f in ev.breaches if detail == "full" or f.beneficiary in sc.targets]
        breaches = [self.finding_dict(f, lang) for f in broken]
        if detail == "summary":
            _quote_once(findings + breaches)
            _notes_once(findings + breaches)
        return stamp({
            "schema": ATTACK_SCHEMA,
            "scenario": {
                "attackers": [self._st(c, lang) for c in sc.attackers],
                "targets": [self._st(c, lang) for c in sc.targets],
                "date": sc.date.isoformat(),
                "where": (self._where(place, lang) if place else
                          {"place": None, "name": "the target's home territory", "kind": "home"}),
                "basis": sc.basis,
                "policy": sc.policy,
                "facts": {"provoked": sc.provoked, "requested": sc.requested, "joint_finding": sc.joint_finding},
                "launched_from": self._st(sc.launched_from, lang) if sc.launched_from is not None else None,
                "attributed_to": self._st(sc.attributed_to, lang) if sc.attributed_to is not None else None,
            },
            "detail": detail,
            "summary": self.summary(lang),
            "findings": findings,
            "summarised": self.summarised(rest, lang),
            "sides": sides,
            "neutral": sorted(neutral.values(), key=lambda e: e["ccode"]),
            "conflicted": [{**self._st(c, lang),
                            "reasons": sorted({"; ".join(self.say(x, lang) for x in rs) for rs in r})}
                           for c, r in sorted(conflicted.items())],
            "breaches": breaches,
            "breaches_summarised": self.summarised([f for f in ev.breaches if f not in broken], lang),
            "inactive": [{"treaty": {"id": i.treaty.id, "name": i.treaty.name,
                                     "short_name": self._short(i.treaty, lang), "atopid": i.treaty.atopid},
                          "states": [self._st(c, lang)["state"] for c in i.states], "reason": self.say(i.reason, lang),
                          "why": i.why, "dates": dict(i.dates)}
                         for i in ev.inactive],
            "excluded": [{"state": self._st(x.obligor, lang)["state"], "ccode": x.obligor, "duty": x.duty,
                          "beneficiary": self._st(x.beneficiary, lang)["state"],
                          "treaty": {"id": x.treaty.id, "name": x.treaty.name,
                                     "short_name": self._short(x.treaty, lang),
                                     "article": x.treaty.article},
                          "clause": x.clause, "reason": self.say(x.reason, lang)} for x in ev.excluded],
            "guarantees": [{**self.finding_dict(f, lang),
                            "instrument": self.corpus.treaties[f.treaty.id].instrument,
                            "legal_status": self.corpus.treaties[f.treaty.id].legal_status}
                           for f in ev.guarantees],
            "no_defence_obligation": [{"treaty": {"id": i.treaty.id, "name": i.treaty.name,
                                                  "short_name": self._short(i.treaty, lang)},
                                       "states": [self._st(c, lang)["state"] for c in i.states],
                                       "kind": i.why, "reason": self.say(i.reason, lang)} for i in ev.no_defence],
            "record": self.record(lang, listed),
            "rounds": ev.rounds,
        })

    def to_frame(self) -> pd.DataFrame:
        """One row per finding (flat columns; lists joined with '; ')."""
        import pandas as pd

        rows = []
        for f in self.findings:
            d = self.finding_dict(f)
            t = d.pop("treaty")
            d.update({"treaty_id": t["id"], "treaty_name": t["name"], "article": t["article"], "atopid": t["atopid"]})
            for k in ("open_conditions", "against", "notes"):
                d[k] = "; ".join(d[k])
            rows.append(d)
        cols = ["state", "ccode", "name", "duty", "beneficiary", "beneficiary_ccode", "beneficiary_name", "status",
                "open_conditions", "conflict", "round", "treaty_id", "treaty_name", "article", "atopid", "clause",
                "kind", "response", "quote", "quote_note", "source", "date_basis", "against", "via", "notes"]
        return pd.DataFrame(rows, columns=cols)

    def __repr__(self) -> str:
        b = len(self.binding())
        return f"<AttackResult {self.scenario.date}: {len(self.findings)} findings, {b} binding>"


_QUOTED = ("quote", "quote_note", "source", "clause_note", "no_article_reason")


def _quote_once(findings: list[dict]) -> None:
    """A clause's words, note and source on its first finding only; the later ones say ``quoted_above``."""
    seen: set[tuple[str, str | None]] = set()
    for f in findings:
        key = (f["treaty"]["id"], f["clause"])
        if key in seen:
            for k in _QUOTED:
                f[k] = None
            f["quoted_above"] = True
        seen.add(key)


def _once(holder: dict, said: set[str]) -> None:
    notes = holder.get("notes") or []
    fresh = [n for n in notes if n not in said]
    if len(fresh) < len(notes):
        holder["notes_above"] = True
    said.update(notes)
    holder["notes"] = fresh


def _notes_once(findings: list[dict]) -> None:
    """A note said once (a finding's notes and its ``no_article_reason``, a reliability estimate's notes): later
    findings drop a note an earlier one gave, and say ``notes_above``."""
    said: set[str] = set()
    said_honour: set[str] = set()
    for f in findings:
        _once(f, said)
        reason = f.get("no_article_reason")
        if reason:
            if reason in said:
                f["no_article_reason"] = None
                f["notes_above"] = True
            said.add(reason)
        if f.get("honour"):
            _once(f["honour"], said_honour)


@dataclass
class AlliesResult:
    corpus: Corpus
    ccode: int
    date: date
    owes: list[dict]
    owed_by: list[dict]

    def to_dict(self, lang: str = "en") -> dict:
        st = self.corpus.states.get(self.ccode)
        return {"schema": "casus.allies/1", "state": st.abbrev_on(self.date), "ccode": self.ccode,
                "name": st.name_on(self.date, lang), "date": self.date.isoformat(),
                "must_defend": self.owes, "defended_by": self.owed_by}

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        rows = [{"direction": "must_defend", **r} for r in self.owes] + \
               [{"direction": "defended_by", **r} for r in self.owed_by]
        return pd.DataFrame(rows)


def _key(f: dict) -> tuple:
    return (f["treaty"]["id"], f["clause"], f["ccode"], f["duty"], f["beneficiary_ccode"])


def compare(real: AttackResult, what_if: AttackResult, lang: str = "en") -> dict:
    """Findings gained, lost and changed (status or response) against the real corpus.

    >>> from casus import load
    >>> s = load()
    >>> real = s.attack(by="RUS", on="SWD", date="2025-01-01")
    >>> no_sweden = s.what_if(without_member=["SWD:north-atlantic-1949"]).attack(by="RUS", on="SWD", date="2025-01-01")
    >>> "USA" in compare(real, no_sweden)["sides"]["defenders"]["left"]
    True
    """
    a = {_key(f): f for f in real.to_dict(lang)["findings"]}
    b = {_key(f): f for f in what_if.to_dict(lang)["findings"]}
    changed = []
    for k in a.keys() & b.keys():
        if (a[k]["status"], a[k]["response"]) != (b[k]["status"], b[k]["response"]):
            changed.append({"finding": b[k], "was": {"status": a[k]["status"], "response": a[k]["response"]}})

    def sides(r: AttackResult) -> dict[str, set[str]]:
        doc = r.to_dict(lang)["sides"]
        return {s: {m["state"] for m in doc[s]} for s in ("attackers", "defenders")}

    sa, sb = sides(real), sides(what_if)
    return {
        "gained": [b[k] for k in sorted(b.keys() - a.keys())],
        "lost": [a[k] for k in sorted(a.keys() - b.keys())],
        "changed": changed,
        "sides": {s: {"joined": sorted(sb[s] - sa[s]), "left": sorted(sa[s] - sb[s])} for s in sa},
    }


class DiffResult:
    """What changed between two dates (:class:`casus.engine.queries.Diff`), presented."""

    def __init__(self, diff: Diff):
        self.diff = diff

    def __getattr__(self, name: str):
        return getattr(self.diff, name)

    def to_dict(self, offset: int = 0, limit: int | None = None) -> dict:
        from .serialize import diff_doc

        return diff_doc(self.diff, offset, limit)
