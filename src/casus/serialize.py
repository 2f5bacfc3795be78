"""Treaties as JSON-ready dicts (``casus treaty --json``, schema ``casus.treaty/1``)."""

from __future__ import annotations

from .model.dates import Bound
from .model.treaty import DateFact, Treaty

__all__ = ["treaty_dict"]


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
        "id": t.id, "name": t.name, "short_name": t.short_name, "atopid": t.atopid, "origin": t.origin,
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
                     "trigger": c.trigger, "note": c.note,
                     "conditions": [{"kind": x.kind, "text": x.text, "states": list(x.states), "area": x.area,
                                     "exhaustive": x.exhaustive} for x in c.conditions],
                     "phase": c.phase, "quote": c.quote, "quote_source": c.quote_source} for c in t.clauses],
        "articles": [{"number": a.number, "title": a.title, "text": a.text, "source": a.source,
                      "text_note": a.text_note} for a in t.articles],
        "sources": [{"id": s.id, "title": s.title, "url": s.url, "dataset": s.dataset, "note": s.note}
                    for s in t.sources],
        "notes": list(t.notes), "file": t.file,
    }
