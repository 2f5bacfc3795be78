"""ATOP 5.1 → casus treaties.

Reads the bundled member-level file (``atop5_1m.csv``: one row per alliance ×
member × phase) and the codesheet passages extracted from the ATOP codesheets,
and builds one :class:`~casus.model.treaty.Treaty` per ATOP alliance (789).

Each member row gives one *directed* clause per obligation kind the member
undertakes (``defense=1`` → the member owes defence to its partners; a member
with ``defense=0`` owes none), limited to the row's span (its phase), carrying
ATOP's condition flags as :class:`~casus.model.treaty.Condition` objects, and
quoting the codesheet's question 18 (the obligations) where it exists.

In the 91 alliances whose obligations ATOP codes as asymmetric or varying by
member (``asymm`` or ``obvary`` in any row), the member file cannot say whom a
member owes: there each clause covers only the partners ATOP's directed
dyad-year data give that member, year by year, split into runs of years with
the same partners (:mod:`casus.importers.atop_directed`); a clause the rule
changes says so in its note, and where the two sources disagree the treaty's
notes and ``casus cite --data-notes`` say so (:mod:`casus.importers.atop_notes`).

ATOP dates are signature dates (codebook, YRENT): memberships get ``signed``
and no ``in_force``; an exit date of 0 means "in force on 2018-12-31".
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

from ..model.dates import Bound, Span
from ..model.treaty import Clause, Condition, DateFact, Membership, Source, Treaty
from .atop_directed import Narrowing, atop_release, narrow, narrowed_alliances, records_by_alliance
from .response_grades import ResponseGrade, grade_of

__all__ = ["read_atop_members", "read_codesheet_passages", "atop_treaties", "member_spells", "ATOP_SOURCE",
           "ATOP_DDYR_SOURCE",
           "ATOP_LAST_YEAR", "OBLIGATION_FLAGS"]

ATOP_SOURCE = Source(
    id="atop-5.1",
    title=(
        "ATOP 5.1 member-level data (atop5_1m.csv). Leeds, Ritter, Mitchell & Long 2002, "
        "'Alliance Treaty Obligations and Provisions, 1815-1944', International Interactions 28: 237-260"
    ),
    url="http://www.atopdata.org",
    dataset="ATOP 5.1",
)

#: Where the partners of the clauses of the alliances coded asymm/obvary come from.
ATOP_DDYR_SOURCE = Source(
    id="atop-ddyr",
    title=(
        "ATOP directed dyad-year obligations (peacesciencer's atop_alliance; bundled as atop_ddyr_spells.csv): "
        "which partner each member owes what, year by year"
    ),
    url="http://www.atopdata.org",
    dataset="ATOP 5 directed dyad-year data, as peacesciencer ships them",
)

_DATA = "casus.data.upstream.atop"

# (ATOP flag column, condition kind, readable text) per obligation kind.
_FLAGS: dict[str, list[tuple[str, str, str]]] = {
    "defense": [
        ("defcoadv", "adversary", "only against a particular adversary or type of adversary (ATOP defcoadv)"),
        ("defcoloc", "location", "only for conflict in a particular location (ATOP defcoloc; area not encoded)"),
        ("defcocon", "conflict", "only in a particular ongoing conflict (ATOP defcocon)"),
        ("defconum", "number", "only for a particular number of adversaries (ATOP defconum)"),
        ("defcodem", "demands", "only if the ally or adversary meets demands set in the treaty (ATOP defcodem)"),
        ("defconpr", "nonprovocation", "only if the ally did not provoke the adversary (ATOP defconpr)"),
    ],
    "offense": [
        ("offcoadv", "adversary", "only against a particular adversary or type of adversary (ATOP offcoadv)"),
        ("offcoloc", "location", "only for conflict in a particular location (ATOP offcoloc; area not encoded)"),
        ("offcocon", "conflict", "only in a particular ongoing conflict (ATOP offcocon)"),
        ("offconum", "number", "only for a particular number of adversaries (ATOP offconum)"),
        ("offcodem", "demands", "only if the ally or adversary meets demands set in the treaty (ATOP offcodem)"),
    ],
    "neutrality": [
        ("neucoadv", "adversary", "only against a particular adversary or type of adversary (ATOP neucoadv)"),
        ("neucoloc", "location", "only for conflict in a particular location (ATOP neucoloc; area not encoded)"),
        ("neucocon", "conflict", "only in a particular ongoing conflict (ATOP neucocon)"),
        ("neuconum", "number", "only for a particular number of adversaries (ATOP neuconum)"),
        ("neucodem", "demands", "only if the ally or adversary meets demands set in the treaty (ATOP neucodem)"),
        ("neuconpr", "nonprovocation", "only if the ally did not provoke the adversary (ATOP neuconpr)"),
        ("neucoatt", "attacked", "only if the ally is attacked, not if it attacks (ATOP neucoatt)"),
    ],
    "nonaggression": [],
    "consultation": [
        ("concoadv", "adversary", "only against a particular adversary or type of adversary (ATOP concoadv)"),
        ("concoloc", "location", "only for a crisis in a particular location (ATOP concoloc; area not encoded)"),
        ("concocon", "conflict", "only in a particular ongoing conflict (ATOP concocon)"),
        ("concoreq", "request", "only if the ally requests consultation (ATOP concoreq)"),
    ],
}
_KIND_COLUMN = {
    "defense": "defense",
    "offense": "offense",
    "neutrality": "neutral",
    "nonaggression": "nonagg",
    "consultation": "consul",
}
_KIND_OF_COLUMN = {col: kind for kind, col in _KIND_COLUMN.items()}


@lru_cache(maxsize=1)
def read_atop_members() -> pd.DataFrame:
    """The bundled ATOP 5.1 member-level file, as upstream spells it."""
    import pandas as pd

    with resources.files(_DATA).joinpath("atop5_1m.csv").open("rb") as fh:
        return pd.read_csv(fh)


def _release() -> tuple[str, dt.date]:
    """The bundled ATOP release: its version and the last day it covers (``data/sources.yaml``, entry atop)."""
    return atop_release()


#: The bundled ATOP release and the last day it covers: read from one place (docs/updating-atop.md).
ATOP_VERSION, ATOP_LAST_DAY = _release()
#: The last year ATOP covers; a member with no exit is in the alliance on its last day.
ATOP_LAST_YEAR = ATOP_LAST_DAY.year
#: The member file's obligation flags, in ATOP's order.
OBLIGATION_FLAGS = ("defense", "offense", "neutral", "nonagg", "consul")


def member_spells() -> dict[str, list[int]]:
    """The member file as spells, the way ATOP's dyadic files read it (light: no pandas).

    Columns ``atopid``, ``member``, ``start`` and ``end`` (day ordinals, both inclusive) and one
    0/1 column per :data:`OBLIGATION_FLAGS`.  A blank entry day is the first of its month, a
    blank exit day the last; no exit means in force on 2018-12-31.  France–Annam (ATOP 1320):
    Annam has no COW code, and ATOP's dyadic files drop it too.
    """
    import calendar
    import csv
    import datetime as dt

    cols: dict[str, list[int]] = {k: [] for k in ("atopid", "member", "start", "end", *OBLIGATION_FLAGS)}
    with resources.files(_DATA).joinpath("atop5_1m.csv").open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if int(r["member"]) >= 1000:
                continue
            cols["atopid"].append(int(r["atopid"]))
            cols["member"].append(int(r["member"]))
            day = int(float(r["dayent"])) if r["dayent"] not in ("", "0") else 1
            cols["start"].append(dt.date(int(r["yrent"]), int(r["moent"]), day).toordinal())
            if r["yrexit"] in ("0", ""):
                end = dt.date(ATOP_LAST_YEAR, 12, 31)
            else:
                y, mo = int(r["yrexit"]), int(r["moexit"])
                last = calendar.monthrange(y, mo)[1]
                end = dt.date(y, mo, int(float(r["dayexit"])) if r["dayexit"] not in ("", "0") else last)
            cols["end"].append(end.toordinal())
            for k in OBLIGATION_FLAGS:
                cols[k].append(int(float(r[k] or 0)))
    return cols


@lru_cache(maxsize=1)
def member_wars() -> dict[int, frozenset[int]]:
    """The COW wars ATOP 5.1 records an alliance's members as fighting when they formed or joined it
    (member file ``cowwar``, with ``wartime`` = 1), by ``atopid``: the war a "particular ongoing
    conflict" condition (defcocon, offcocon, neucocon, concocon) refers to."""
    import csv

    out: dict[int, set[int]] = {}
    with resources.files(_DATA).joinpath("atop5_1m.csv").open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            war = int(float(r["cowwar"] or 0))
            if war > 0:
                out.setdefault(int(r["atopid"]), set()).add(war)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def read_codesheet_passages() -> dict[tuple[int, int | None], dict]:
    """Codesheet answers by (atopid, phase); phase None for single-sheet alliances."""
    out: dict[tuple[int, int | None], dict] = {}
    path = resources.files(_DATA).joinpath("codesheet_passages.jsonl")
    if not path.is_file():
        return out
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            key = (int(rec["atopid"]), rec.get("phase"))
            prev = out.get(key)
            # prefer the v4 sheet (newer) when both exist
            if prev is None or (rec.get("version") == "v4" and prev.get("version") != "v4"):
                out[key] = rec
    return out


def _num(value) -> int | None:
    if value is None:
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(f):
        return None
    return int(f)


def _bound(year, month, day) -> Bound | None:
    y = _num(year)
    if not y:
        return None
    mo = _num(month) or None
    d = _num(day) or None
    return Bound.from_parts(y, mo, d)


def _passage(passages: dict, atopid: int, phase: int) -> tuple[dict | None, str | None]:
    """The codesheet record for this alliance phase, and a note if it is another phase's."""
    if (atopid, phase) in passages:
        return passages[(atopid, phase)], None
    if (atopid, None) in passages:
        return passages[(atopid, None)], None
    others = sorted((k for k in passages if k[0] == atopid), key=lambda k: (k[1] is None, k[1] or 0))
    if others:
        rec = passages[others[-1]]
        return rec, f"codesheet of phase {others[-1][1]} (no sheet for phase {phase})"
    return None, None


#: Conditions a text names that ATOP has no flag for: grade-file kind -> (engine kind, what it means).
#: (A text's "in case of war" is the clause's trigger, ``war``: a scenario's attack is a war; not a condition.)
_TEXT_CONDITIONS = {
    "request": ("request", "only at the request of the state attacked"),
    "joint_finding": ("joint_finding", "only after a joint or collective decision of the parties"),
    "adversary": ("adversary", "only against the adversary the text names"),
}


def _text_conditions(grade: ResponseGrade, member: int, kind: str, row, source: str | None) -> tuple[Condition, ...]:
    """The conditions casus reads in the codesheet text and ATOP's flags miss, for ``member``'s duty
    (said as casus's reading, with the words that name them)."""
    out: list[Condition] = []
    flagged_adversary = _num(row.get("defcoadv" if kind == "defense" else "offcoadv")) == 1
    for c in grade.conditions:
        if c.kind not in _TEXT_CONDITIONS or (c.members and member not in c.members):
            continue
        if c.kind == "adversary" and (flagged_adversary or not c.states):
            continue  # ATOP flags it already, or the text names no state casus could match
        engine_kind, meaning = _TEXT_CONDITIONS[c.kind]
        text = f"{meaning} — casus's reading of the ATOP codesheet text, \u201c{c.phrase}\u201d (no ATOP flag for it)"
        out.append(Condition(kind=engine_kind, text=text, states=tuple(c.states), exhaustive=False, source=source))
    return tuple(out)


def _conditions(row, kind: str) -> tuple[Condition, ...]:
    conds: list[Condition] = []
    for col, ckind, text in _FLAGS[kind]:
        if _num(row.get(col)) == 1:
            states: tuple[int, ...] = ()
            if ckind == "adversary":
                states = tuple(s for s in (_num(row.get("statthr1")), _num(row.get("statthr2"))) if s)
                if states:
                    text = text + "; ATOP names as threat: " + ", ".join(str(s) for s in states)
            conds.append(Condition(kind=ckind, text=text, states=states, exhaustive=False, source="atop-5.1"))
    if _num(row.get("olimob")) == 1:
        conds.append(
            Condition(
                kind="other",
                text="an obligation of this member is contingent on a condition not covered by ATOP's codes "
                "(ATOP olimob; see codesheet question 22)",
                source="atop-5.1",
            )
        )
    if _num(row.get("obvary")) == 1:
        conds.append(
            Condition(
                kind="obligations_vary",
                text="this member owes different obligations to different partners (ATOP obvary); "
                "which partners this clause covers is not encoded (see codesheet question 24)",
                source="atop-5.1",
            )
        )
    return tuple(conds)


def _name(atopid: int, members: Iterable[int], year: int, name_of: Callable[[int], str]) -> tuple[str, str]:
    names = [name_of(c) for c in members]
    shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    return f"ATOP {atopid}: {shown} ({year})", f"ATOP {atopid}"


def _quote(passages: dict, atopid: int, phase: int, sources: list[Source], sheet_files: set[str],
           ) -> tuple[dict | None, str | None, str | None]:
    """The codesheet record of this phase, its question-18 quote and the quote's source id (the source
    is added to ``sources`` the first time)."""
    rec, sheet_note = _passage(passages, atopid, phase)
    quote = rec.get("q18_obligations") if rec else None
    if not (rec and quote):
        return rec, quote, None
    quote_source = f"atop-codesheet-{rec['file']}"
    if rec["file"] not in sheet_files:
        sheet_files.add(rec["file"])
        sources.append(
            Source(
                id=quote_source,
                title=f"ATOP codesheet {rec['file']}, question 18 (obligations)"
                + (f"; {sheet_note}" if sheet_note else ""),
                url="http://www.atopdata.org",
                dataset="ATOP codesheets (text extracted from the PDFs)",
            )
        )
    return rec, quote, quote_source


def _narrowed(base: Clause, n: Narrowing, start: Bound, end: Bound | None) -> list[Clause]:
    """``base`` read as ATOP's directed dyad-year data read it (:mod:`casus.importers.atop_directed`): every
    partner, with the obligations-vary placeholder resolved, or one clause per run of years with the same
    partners (window: the run's years within the member's span)."""
    conditions = tuple(c for c in base.conditions if c.kind != "obligations_vary")
    why = ("ATOP codes this alliance's obligations as asymmetric or varying by member (asymm/obvary), so its "
           "member-level file does not say whom each member owes")
    if not n.narrowed:
        note = f"ATOP's directed dyad-year data give this obligation to every partner; {why}"
        return [replace(base, conditions=conditions, note=note)]
    first_year, out = start.earliest.year, []
    for run in n.runs:
        lo = start if run.first == first_year else Bound.of(dt.date(run.first, 1, 1))
        if run.goes_on or (end is not None and run.last == end.latest.year):
            hi = end
        else:
            hi = Bound.of(dt.date(run.last + 1, 1, 1))
        years = f"{run.first}–{run.last}" + (f", and after {run.last} as in {run.last}" if run.goes_on else "")
        out.append(replace(
            base, id=base.id if len(n.runs) == 1 else f"{base.id}-{run.first}", beneficiaries=run.partners,
            conditions=conditions, window=Span(lo, hi),
            note=f"partners from ATOP's directed dyad-year data ({years}): {why}"))
    return out


def _member_clauses(atopid: int, row, phase: int, rec: dict | None, quote: str | None, quote_source: str | None,
                    narrowings: dict[str, Narrowing]) -> list[Clause]:
    """The clauses of one member row: one per obligation it undertakes (narrowed where ``narrowings``
    has that obligation's reading)."""
    member = int(row["member"])
    start = _bound(row["yrent"], row["moent"], row["dayent"])
    end = _bound(row["yrexit"], row["moexit"], row["dayexit"])
    window = Span(start, end) if start is not None else None
    out: list[Clause] = []
    for kind, col in _KIND_COLUMN.items():
        if _num(row.get(col)) != 1:
            continue
        response, phrase, basis, trigger = "unspecified", None, None, "armed-attack"
        read: tuple[Condition, ...] = ()
        if kind in ("defense", "offense"):
            grade = grade_of(atopid, phase, rec)
            response, phrase = grade.for_member(member)
            basis = grade.basis
            read = _text_conditions(grade, member, kind, row, quote_source)
            if any(c.kind == "war" for c in grade.conditions):
                trigger = "war"
        clause = Clause(
            id=f"atop-{atopid}-p{phase}-{member}-{kind}",
            kind=kind,
            obligors=(member,),
            beneficiaries=None,
            conditions=_conditions(row, kind) + read,
            response=response,
            response_phrase=phrase,
            response_basis=basis,
            trigger=trigger,
            article=None,
            no_article_reason="ATOP codes obligations per member, not per article; "
            "the codesheet's question 18 quotes the articles",
            quote=quote,
            quote_source=quote_source,
            window=window,
            phase=phase or None,
            atop_member=member,
        )
        n = narrowings.get(col)
        out += [clause] if n is None or start is None else _narrowed(clause, n, start, end)
    return out


def _gap_notes(narrowings: Iterable[Narrowing], name_of: Callable[[int], str]) -> list[str]:
    """Treaty notes for the years a member's obligation is left out (the two ATOP sources disagree)."""
    out = []
    for n in narrowings:
        for g in n.gaps:
            years = str(g.first) if g.first == g.last else f"{g.first}–{g.last}"
            out.append(f"ATOP's member-level file gives {name_of(n.member)} a {_KIND_OF_COLUMN[n.kind]} obligation, "
                       f"but its directed dyad-year data give it to none of its partners here in {years} "
                       f"({', '.join(name_of(p) for p in g.partners)}); casus leaves it out for those years "
                       "(see casus cite --data-notes)")
    return out


def _treaty(atopid: int, rows: list[dict], passages: dict, name_of: Callable[[int], str], known: set[int] | None,
            narrowed: bool) -> Treaty:
    """One ATOP alliance as a treaty (``narrowed``: read its clauses with the directed dyad-year data)."""
    kept = [r for r in rows if known is None or int(r["member"]) in known]
    notes = [f"ATOP member {int(r['member'])} has no COW state code; left out (as in ATOP's dyadic files)"
             for r in rows if known is not None and int(r["member"]) not in known]
    readings: dict[tuple[int, str], Narrowing] = {}
    if narrowed:
        found = narrow(atopid, kept)
        readings = {(n.row, n.kind): n for n in found}
        notes += _gap_notes(found, name_of)
    memberships: list[Membership] = []
    clauses: list[Clause] = []
    sources = [ATOP_SOURCE, ATOP_DDYR_SOURCE] if narrowed else [ATOP_SOURCE]
    sheet_files: set[str] = set()
    for i, row in enumerate(kept):
        phase = _num(row["phase"]) or 0
        start = _bound(row["yrent"], row["moent"], row["dayent"])
        end = _bound(row["yrexit"], row["moexit"], row["dayexit"])
        note = "in force for this member on 2018-12-31 (ATOP 5.1); no later end recorded" if end is None else None
        memberships.append(
            Membership(
                ccode=int(row["member"]), signed=start, in_force=None, end=end, phase=phase or None,
                end_note=note, sources=("atop-5.1",),
            )
        )
        rec, quote, quote_source = _quote(passages, atopid, phase, sources, sheet_files)
        mine = {col: n for (r, col), n in readings.items() if r == i}
        clauses += _member_clauses(atopid, row, phase, rec, quote, quote_source, mine)
    starts = [m.signed for m in memberships if m.signed]
    first = min(starts, key=lambda b: b.earliest)
    ends = [m.end for m in memberships if m.end is not None]
    ended = None
    if len(ends) == len(memberships):  # every member's end is known
        last = max(ends, key=lambda b: b.latest)
        ended = DateFact(day=last, sources=("atop-5.1",))
    ordered = list(dict.fromkeys(int(r["member"]) for r in kept))
    name, short = _name(atopid, ordered, first.earliest.year, name_of)
    return Treaty(
        id=f"atop-{atopid}",
        name=name,
        short_name=short,
        signed=DateFact(day=first, sources=("atop-5.1",)),
        in_force=DateFact(day=None, confirmed=True, sources=(), note="ATOP records signature dates only"),
        ended=ended,
        memberships=tuple(memberships),
        clauses=tuple(clauses),
        sources=tuple(sources),
        atopid=atopid,
        origin="atop",
        notes=tuple(dict.fromkeys(notes)),
    )


def atop_treaties(name_of: Callable[[int], str] = str, known: set[int] | None = None) -> list[Treaty]:
    """Build one treaty per ATOP 5.1 alliance from the bundled member file.

    For the alliances whose obligations ATOP codes as asymmetric or varying by member (``asymm`` or
    ``obvary``), each member's clauses cover only the partners ATOP's directed dyad-year data give it,
    year by year (:mod:`casus.importers.atop_directed`).

    Parameters
    ----------
    name_of
        maps a COW ccode to a display name (used in the generated treaty name;
        ATOP alliances have no names of their own).
    known
        COW codes of the state system; a member outside it (ATOP 1320's Annam,
        8152) is left out with a note on the treaty, as ATOP's own dyadic files
        do.
    """
    by_id = records_by_alliance(read_atop_members())
    narrowed = narrowed_alliances(r for rows in by_id.values() for r in rows)
    passages = read_codesheet_passages()
    return [_treaty(atopid, rows, passages, name_of, known, atopid in narrowed)
            for atopid, rows in sorted(by_id.items())]
