"""The record of invocations and the list of attackers that are not states, as documents and as text.

``casus invocations`` / ``/api/invocations`` / the page ``/invocations`` show what states did with
collective-defence and consultation clauses (:mod:`casus.importers.invocations`); ``casus actors`` /
``/api/actors`` the groups an attack may name (:mod:`casus.model.actors`).  Names of states are in the
reader's language; the record's own words (occasion, outcome, steps) are English, as its sources are.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..provenance import stamp
from .messages import t

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus
    from ..importers.invocations import Invocation
    from ..model.actors import Actor

__all__ = ["invocations_doc", "render_invocations", "actors_doc", "render_actors", "INVOCATIONS_SCHEMA",
           "ACTORS_SCHEMA"]

INVOCATIONS_SCHEMA = "casus.invocations/1"
ACTORS_SCHEMA = "casus.actors/1"


def _state(corpus: Corpus, code: int, day, lang: str) -> dict:
    st = corpus.participant(code)
    return {"state": st.abbrev_on(day), "ccode": code, "name": st.name_on(day, lang)}


def invocation_row(corpus: Corpus, inv: Invocation, lang: str = "en") -> dict:
    """One entry of the record, every step with its citation."""
    treaty = corpus.treaties.get(inv.treaty) if inv.treaty else None
    name = inv.treaty_name
    if treaty is not None:
        name = (treaty.short_name_hi or treaty.short_name) if lang == "hi" else treaty.short_name
    attacker = None
    if inv.attacker:
        actor = corpus.actors.lookup(inv.attacker)
        if actor is not None:
            attacker = {"id": actor.id, "name": actor.name_on(None, lang), "actor": True}
        else:
            try:
                st = corpus.states.resolve(f"cow:{inv.attacker}")
                attacker = {"id": st.abbrev_on(inv.day), "name": st.name_on(inv.day, lang), "actor": False}
            except Exception:  # noqa: BLE001 - a free-text attacker stays as written
                attacker = {"id": inv.attacker, "name": inv.attacker, "actor": None}
    return {
        "id": inv.id, "date": inv.day.isoformat() if inv.day else None, "unconfirmed": inv.unconfirmed,
        "treaty": {"id": inv.treaty, "name": name}, "article": inv.article,
        "what": inv.what, "what_words": t(f"record_what_{inv.what}", lang),
        "requested_by": [_state(corpus, c, inv.day, lang) for c in inv.requested_by],
        "occasion": inv.occasion, "attacker": attacker, "outcome": inv.outcome,
        "steps": [{"date": s.day.isoformat() if s.day else None, "body": s.body, "what": s.what,
                   "source": (src.cite() if (src := inv.source(s.source)) else None)} for s in inv.steps],
        "sources": [s.cite() for s in inv.sources], "note": inv.note,
    }


def invocations_doc(corpus: Corpus, record: Iterable[Invocation], lang: str = "en") -> dict:
    rows = [invocation_row(corpus, i, lang) for i in record]
    return stamp({"schema": INVOCATIONS_SCHEMA, "count": len(rows), "invocations": rows})


def render_invocations(doc: dict, lang: str = "en") -> str:
    rows = doc["invocations"]
    out = [t("record_head", lang, n=len(rows)), ""]
    if not rows:
        out.append("  " + t("record_none", lang))
    for r in rows:
        who = ", ".join(s["name"] for s in r["requested_by"])
        art = f", {t('article', lang, a=r['article'])}" if r["article"] else ""
        head = f"{r['date'] or '?'}{' (UNCONFIRMED)' if r['unconfirmed'] else ''} — {r['treaty']['name']}{art}: " \
               f"{r['what_words']}" + (f" ({who})" if who else "")
        out.append(head)
        out.extend(textwrap.wrap(r["occasion"], 100, initial_indent="  ", subsequent_indent="  "))
        for s in r["steps"]:
            out.extend(textwrap.wrap(f"{s['date'] or '?'}, {s['body']}: {s['what']}", 100,
                                     initial_indent="  • ", subsequent_indent="    "))
        out.extend(textwrap.wrap(f"{t('record_outcome', lang)}: {r['outcome']}", 100, initial_indent="  ",
                                 subsequent_indent="  "))
        out.extend(textwrap.wrap(f"{t('sources', lang)}: {'; '.join(r['sources'])}", 100, initial_indent="  ",
                                 subsequent_indent="    "))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def actor_row(actor: Actor, lang: str = "en") -> dict:
    return {"id": actor.id, "code": actor.ccode, "name": actor.name_on(None, lang), "name_en": actor.name,
            "name_hi": actor.name_hi, "kind": actor.kind, "aliases": list(actor.aliases),
            "active_in": list(actor.active_in),
            "designations": [{"by": d.by, "what": d.what, "date": d.day.isoformat() if d.day else None,
                              "source": next((s.cite() for s in actor.sources if s.id == d.source), None)}
                             for d in actor.designations],
            "sources": [s.cite() for s in actor.sources], "note": actor.note}


def actors_doc(actors: Iterable[Actor], lang: str = "en") -> dict:
    rows = [actor_row(a, lang) for a in actors]
    return stamp({"schema": ACTORS_SCHEMA, "count": len(rows), "actors": rows})


def render_actors(doc: dict, lang: str = "en") -> str:
    out = [t("actors_head", lang), ""]
    for r in doc["actors"]:
        aliases = ", ".join(r["aliases"][:6]) + (", …" if len(r["aliases"]) > 6 else "")
        out.append(f"{r['id']:<14} {r['name']}" + (f" — {aliases}" if aliases else ""))
        for d in r["designations"]:
            out.extend(textwrap.wrap(f"{d['by']}: {d['what']}" + (f" ({d['date']})" if d["date"] else ""), 100,
                                     initial_indent=" " * 15 + "• ", subsequent_indent=" " * 17))
    out += ["", t("actors_use", lang)]
    return "\n".join(out).rstrip() + "\n"
