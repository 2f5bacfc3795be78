"""From article to answer: what each event a news article reports implies (``casus read --answer``).

* An **invocation** (or a refusal to invoke) becomes the attack it implies — the state the
  invocation is directed at attacks the invoking state, on the event's day — answered by the
  engine as ``casus attack`` would, with the findings under the invoked pact first.  Without a
  named attacker there is no scenario, and the answer says what to give.
* A **signing, ratification, entry into force or accession** matched to the corpus comes back with
  what the corpus holds: the pact, whether the parties are members on the event's day, and the
  duties its clauses lay down.  An event matched to no corpus pact points at its draft file.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..errors import CasusError
from ..model.dates import Tri

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session
    from .events import Event, Reading

__all__ = ["answer_event", "answer_reading", "render_answer"]

#: findings shown per answer at most (the JSON has the count of all)
SHOWN = 12
#: the order duties are shown in: those that draw a state into the war first
DUTY_ORDER = {"defend": 0, "join": 1, "consult": 2, "neutral": 3, "nonaggression": 4}
#: a duty as the text output says it ("USA must … POL")
DUTY_VERB = {"defend": "defend", "join": "join", "consult": "consult", "neutral": "stay neutral towards",
             "nonaggression": "not attack"}


def answer_reading(session: Session, reading: Reading) -> list[dict]:
    """One answer per event of ``reading``, in order."""
    ref = reading.reference[0] if reading.reference else None
    return [answer_event(session, ev, ref) for ev in reading.events]


def _day(ev: Event, reference: date | None) -> str | None:
    return ev.date or (reference.isoformat() if reference else None)


def answer_event(session: Session, ev: Event, reference: date | None = None) -> dict:
    m = ev.match or {}
    treaty_id = m.get("treaty") if m.get("status") == "corpus" else None
    if ev.type in ("invoked", "declined"):
        return _invocation(session, ev, treaty_id, _day(ev, reference))
    if treaty_id is not None:
        return _pact(session, ev, treaty_id, _day(ev, reference))
    if m.get("status") == "draft":
        return {"kind": "draft", "file": m.get("file"),
                "said": "no pact in the corpus fits; a draft treaty file is proposed for a person to check"}
    return {"kind": "none", "said": "no pact in the corpus fits this event"}


#: how far apart a reported invocation and an entry of the record may be dated and still be the same one
RECORD_DAYS = 14


def on_record(session: Session, ev: Event, treaty_id: str | None, day: str | None) -> list[str]:
    """The entries of the record of invocations (``casus invocations``) this event reports: the same pact (and
    article, where both say), requested by one of its parties, dated within :data:`RECORD_DAYS` days."""
    if treaty_id is None or day is None:
        return []
    when = date.fromisoformat(day)
    parties = {session.state(f"cow:{p}").ccode for p in ev.parties}
    out = []
    for inv in session.corpus.invocations:
        if inv.treaty != treaty_id or inv.day is None or abs((inv.day - when).days) > RECORD_DAYS:
            continue
        if ev.article and inv.article and str(ev.article) != inv.article:
            continue
        if parties and inv.requested_by and not parties & set(inv.requested_by):
            continue
        out.append(inv.id)
    return out


def _invocation(session: Session, ev: Event, treaty_id: str | None, day: str | None) -> dict:
    against = tuple(getattr(ev, "against", ()) or ())
    article = getattr(ev, "article", None)
    base = {"kind": "scenario", "treaty": treaty_id, "article": article,
            "record": on_record(session, ev, treaty_id, day)}
    # forces sent under a pact defend the state they went to: that state is the one attacked, the senders its allies
    defended = tuple(getattr(ev, "helped", ()) or ()) or ev.parties
    if not against:
        return {**base, "scenario": None,
                "said": "the article names no attacker: give one to casus attack --by, with --on "
                        + (",".join(defended) or "the invoking state") + (f" --date {day}" if day else "")}
    if not defended:
        return {**base, "scenario": None, "said": "the article names no invoking state"}
    command = f"casus attack --by {','.join(against)} --on {','.join(defended)}" + (f" --date {day}" if day else "")
    try:
        res = session.attack(by=[f"cow:{a}" for a in against], on=[f"cow:{p}" for p in defended], date=day)
    except CasusError as exc:
        return {**base, "scenario": command, "said": f"the engine cannot answer it: {exc}"}
    invokers = {session.state(f"cow:{p}").ccode for p in defended}

    def order(f) -> tuple:
        # the invoked pact and article first, duties towards the invoking states, the strongest duties
        article = session.treaty(f.treaty.id).clause_by_id.get(f.clause) if f.treaty.id == treaty_id else None
        return (f.treaty.id != treaty_id, article is None or article.article != str(article_no),
                f.beneficiary not in invokers, DUTY_ORDER.get(f.duty, 9), f.status != "binding", f.obligor)

    article_no = article
    groups = _grouped(session, sorted(res.findings, key=order))
    shown = ([g for g in groups if g["beneficiary"] in defended] or groups)[:SHOWN]
    toward = [f for f in res.findings if f.beneficiary in invokers and (treaty_id is None or f.treaty.id == treaty_id)]
    said = ((f"under {session.treaty(treaty_id).short_name}" if treaty_id else "in all")
            + f": {len(toward)} duties towards {', '.join(defended)} "
            f"({sum(f.status == 'binding' for f in toward)} binding)")
    if ev.type == "declined":
        said += "; the article reports the pact was not invoked"
    return {**base, "scenario": command, "said": said, "findings": shown, "findings_total": len(res.findings),
            "binding_total": sum(f.status == "binding" for f in res.findings)}


def _grouped(session: Session, findings: list) -> list[dict]:
    """Findings that differ only in their obligor, as one line each (in the order given)."""
    groups: dict[tuple, dict] = {}
    for f in findings:
        key = (f.duty, f.beneficiary, f.status, f.treaty.id, f.clause, f.response)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"obligors": [], "duty": f.duty, "beneficiary": session.states.get(f.beneficiary).abbrev,
                               "status": f.status, "treaty": f.treaty.id, "clause": f.clause, "response": f.response}
        g["obligors"].append(session.states.get(f.obligor).abbrev)
    return list(groups.values())


def _pact(session: Session, ev: Event, treaty_id: str, day: str | None) -> dict:
    t = session.treaty(treaty_id)
    members = {}
    if day is not None:
        d = date.fromisoformat(day)
        for ab in ev.parties:
            try:
                c = session.state(f"cow:{ab}").ccode
            except CasusError:
                continue
            tri, _ = t.membership_on(c, d, "signed")
            members[ab] = {Tri.YES: "member", Tri.UNKNOWN: "member, possibly", Tri.NO: "not a member"}[tri]
    duties = sorted({(c.kind, c.article or "", c.response or "") for c in t.clauses})
    return {"kind": "pact", "treaty": treaty_id, "short_name": t.short_name, "on": day,
            "membership": members,
            "duties": [{"kind": k, "article": a or None, "response": r or None} for k, a, r in duties],
            "said": f"casus holds {t.short_name}"
                    + (f"; on {day}: " + ", ".join(f"{k} {v}" for k, v in members.items()) if members else "")}


def render_answer(a: dict) -> list[str]:
    """Text lines for one answer (indented under its event)."""
    lines = [f"   answer: {a['said']}"]
    if a.get("scenario"):
        lines.append(f"   scenario: {a['scenario']}")
    if a.get("record"):
        lines.append(f"   on record: {', '.join(a['record'])} (casus invocations)")
    shown = 0
    for g in a.get("findings", []):
        who = ", ".join(g["obligors"][:8]) + (f" and {len(g['obligors']) - 8} more" if len(g["obligors"]) > 8 else "")
        lines.append(f"     {g['treaty']} {g['clause']}: {g['status']}" + (f", {g['response']}" if g.get("response")
                     else "") + f" — {who} must {DUTY_VERB.get(g['duty'], g['duty'])} {g['beneficiary']}")
        shown += len(g["obligors"])
    if a.get("findings_total", 0) > shown:
        lines.append(f"     … {a['findings_total'] - shown} more duties (run the scenario for all)")
    for d in a.get("duties", []):
        lines.append(f"     clause: {d['kind']}" + (f", Art. {d['article']}" if d["article"] else "")
                     + (f" ({d['response']})" if d["response"] else ""))
    return lines
