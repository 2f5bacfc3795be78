"""JSON documents, one serializer per schema, shared by the CLI's ``--json`` and the REST API.

``casus.treaty/1`` (:func:`treaty_dict`), ``casus.areas/1`` (:func:`areas_doc`),
``casus.states/1`` (:func:`states_doc`), ``casus.state/1`` (:func:`state_doc`),
``casus.diff/1`` (:func:`diff_doc`); ``casus.attack/1`` and ``casus.allies/1``
are the results' own ``to_dict`` (:mod:`casus.present.result`).  Schemas are
stable: fields may be added, never renamed or removed within a version.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model.dates import Bound
from ..model.states import State
from ..model.treaty import DateFact, Treaty

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus
    from ..engine.queries import Diff

__all__ = ["treaty_dict", "areas_doc", "states_doc", "state_doc", "state_row", "diff_doc"]


def _b(b: Bound | None) -> str | None:
    if b is None:
        return None
    return b.earliest.isoformat() if b.exact else str(b)


def _fact(f: DateFact | None) -> dict | None:
    if f is None:
        return None
    return {"date": _b(f.day), "confirmed": f.confirmed, "sources": list(f.sources), "note": f.note}


def treaty_dict(t: Treaty, corpus) -> dict:
    st = corpus.states

    def who(c: int) -> dict:
        s = st.get(c)
        return {"state": s.abbrev, "ccode": c, "name": s.name}

    return {
        "schema": "casus.treaty/1",
        "id": t.id, "name": t.name, "short_name": t.short_name, "short_name_hi": t.short_name_hi, "atopid": t.atopid,
        "origin": t.origin,
        "kinds": list(t.kinds()), "kind": t.kind, "kind_note": t.kind_note, "instrument": t.instrument,
        "legal_status": t.legal_status, "duration": t.duration,
        "signed": _fact(t.signed), "in_force": _fact(t.in_force), "ended": _fact(t.ended),
        "replaced_by": t.replaced_by, "supersedes": [{"treaty": a, "date": b} for a, b in t.superseded],
        "parties": [{**who(m.ccode), "phase": m.phase, "signed": _b(m.signed), "in_force": _b(m.in_force),
                     "in_force_confirmed": m.in_force_confirmed, "end": _b(m.end), "end_note": m.end_note,
                     "sources": list(m.sources), "notes": list(m.notes),
                     "status": [{"status": x.status, "start": _b(x.start), "end": _b(x.end), "note": x.note,
                                 "sources": list(x.sources)} for x in m.statuses]} for m in t.memberships],
        "clauses": [{"id": c.id, "kind": c.kind,
                     "obligors": "parties" if c.obligors is None else [who(x) for x in c.obligors],
                     "beneficiaries": "parties" if c.beneficiaries is None else [who(x) for x in c.beneficiaries],
                     "article": c.article, "no_article_reason": c.no_article_reason, "response": c.response,
                     "response_phrase": c.response_phrase, "response_basis": c.response_basis,
                     "trigger": c.trigger, "note": c.note,
                     "conditions": [{"kind": x.kind, "text": x.text, "states": list(x.states), "area": x.area,
                                     "exhaustive": x.exhaustive} for x in c.conditions],
                     "phase": c.phase, "quote": c.quote, "quote_source": c.quote_source} for c in t.clauses],
        "articles": [{"number": a.number, "title": a.title, "text": a.text, "source": a.source,
                      "text_note": a.text_note} for a in t.articles],
        "sources": [{"id": s.id, "title": s.title, "url": s.url, "dataset": s.dataset, "note": s.note}
                    for s in t.sources],
        "notes": list(t.notes), "file": t.file,
        "after_2018": _after(t, who),
    }


def _after(t: Treaty, who) -> dict | None:
    """What casus found about an ATOP alliance after ATOP 5.1's last day (None: not researched)."""
    rec = t.after_atop
    if rec is None:
        return None
    return {"outcome": rec.outcome, "checked": rec.checked, "checked_where": rec.checked_where, "note": rec.note,
            "events": [{"date": _b(e.day), "kind": e.kind, "states": [who(m) for m in e.members],
                        "confirmed": e.confirmed, "text": e.text, "until": _b(e.until),
                        "sources": [s.id for s in e.sources]} for e in rec.events]}


def areas_doc(corpus: Corpus) -> dict:
    """``casus.areas/1``: treaty areas, places and zones usable as ``where``, and COW's regions."""
    geo, states = corpus.geo, corpus.states
    return {
        "schema": "casus.areas/1",
        "areas": [{"id": a.id, "name": a.name, "name_hi": a.name_hi, "includes": list(a.includes),
                   "forces_in": list(a.forces_in), "exhaustive": a.exhaustive, "places_in": list(a.places_in),
                   "places_out": list(a.places_out), "excludes": list(a.excludes), "outside": list(a.outside),
                   "open_in": list(a.open_in), "note": a.note, "sources": list(a.sources), "file": a.file}
                  for a in sorted(geo.areas.values(), key=lambda a: a.id)],
        "places": [{"id": p.id, "name": p.name, "name_hi": p.name_hi, "kind": p.kind,
                    "sovereign": states.get(p.sovereign).abbrev if p.sovereign is not None else None,
                    "tags": list(p.tags), "lines": list(p.lines), "note": p.note}
                   for p in sorted(geo.places.values(), key=lambda p: p.id)],
        "zones": [{"id": z.id, "name": z.name, "name_hi": z.name_hi, "within": list(z.within),
                   "drawn_by_treaty": z.drawn_by_treaty}
                  for z in geo.zones.values()],
        "regions": [{"id": r.id, "name": r.name, "ccodes": [r.ccode_from, r.ccode_to]} for r in geo.regions],
    }


def state_row(s: State, d: dt.date | None = None) -> dict:
    """One state: codes, names (as on ``d``, else today), membership spans."""
    return {"state": s.abbrev_on(d), "ccode": s.ccode, "iso3": s.iso3, "iso_num": s.iso_num,
            "name": s.name_on(d, "en"), "name_hi": s.name_on(d, "hi"), "current": s.is_current,
            "spans": [{"start": str(x.start), "end": str(x.end) if x.end else None} for x in s.spans]}


def states_doc(query: str, found: list[State], d: dt.date | None = None) -> dict:
    """``casus.states/1``: states matching ``query`` (members on ``d`` if given)."""
    return {"schema": "casus.states/1", "query": query, "date": d.isoformat() if d else None,
            "states": [state_row(s, d) for s in found]}


def state_doc(corpus: Corpus, st: State) -> dict:
    """``casus.state/1``: a state and its pacts over time (one row per membership span)."""
    pacts = []
    for t in sorted(corpus.treaties_of(st.ccode),
                    key=lambda t: (t.signed.day.earliest if t.signed.day else dt.date.max)):
        kinds = sorted({c.kind for c in t.clauses if c.binds(st.ccode)})
        for m in t.memberships_of.get(st.ccode, ()):
            pacts.append({"treaty": t.id, "name": t.short_name if t.origin != "atop" else t.name, "kinds": kinds,
                          "signed": str(m.signed) if m.signed else None,
                          "in_force": str(m.in_force) if m.in_force else None,
                          "end": str(m.end) if m.end else None, "atopid": t.atopid})
    return {"schema": "casus.state/1", **state_row(st), "pacts": pacts}


def diff_doc(d: Diff, offset: int = 0, limit: int | None = None) -> dict:
    """``casus.diff/1``: what changed between two dates.  ``offset`` / ``limit`` page the duties gained and lost
    (which over two centuries run to tens of thousands): ``duties`` says how many there are and where the next
    page starts (``next_offset``, None on the last page)."""
    gained, lost = d.gained, d.lost
    total = len(gained) + len(lost)
    end = total if limit is None else min(total, offset + limit)
    both = [("gained", x) for x in gained] + [("lost", x) for x in lost]
    page = both[offset:end]
    return {
        "schema": "casus.diff/1", "from": d.start.isoformat(), "to": d.end.isoformat(),
        "state": d.state, "basis": d.basis,
        "treaties_entered_into_force": d.entered, "treaties_signed_not_in_force": d.signed,
        "treaties_ended": d.ended,
        "members_joined": d.joined, "members_left": d.left,
        "duties_gained": [x for k, x in page if k == "gained"], "duties_lost": [x for k, x in page if k == "lost"],
        "duties": {"gained": len(gained), "lost": len(lost), "offset": offset, "limit": limit,
                   "next_offset": end if end < total else None},
    }


def treaties_doc(query: str | None, rows: list[dict]) -> dict:
    """``casus.treaties/1``: the catalogue rows a search found (:func:`casus.engine.catalogue.treaty_row`)."""
    return {"schema": "casus.treaties/1", "query": query, "count": len(rows), "treaties": rows}

