"""Readable text for terminals: attack answers, allies, treaties, states."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from ..model.treaty import Treaty
from .messages import t
from .result import AlliesResult, AttackResult

__all__ = ["render_attack", "render_allies", "render_treaty", "render_states", "render_diff", "render_areas",
           "render_changes"]

_WRAP = 96
_MAX_MINOR = 12  # lines shown per group of consult / neutral / non-aggression duties


def _wrap(text: str, indent: str) -> str:
    """Wrap ``text``; continuation lines align under the first line's text."""
    return textwrap.fill(" ".join(text.split()), width=_WRAP, initial_indent=indent,
                         subsequent_indent=" " * len(indent))


def _name(s: dict) -> str:
    return f"{s['name']} ({s['state']})"


def _attack_header(sc: dict, lang: str) -> list[str]:
    """The scenario: who attacks whom, when and where; the dates used and the cascade policy."""
    where = t("home", lang) if sc["where"]["place"] is None else t("at_place", lang, place=sc["where"]["name"])
    attacks = t("attacks", lang, a=", ".join(_name(s) for s in sc["attackers"]),
                b=", ".join(_name(s) for s in sc["targets"]), date=sc["date"], where=where)
    return [t("scenario", lang) + ": " + attacks,
            t(f"basis_{sc['basis']}", lang) + " " + t("policy", lang, p=sc["policy"]),
            ""]


def _article(f: dict, lang: str) -> str:
    """A main finding's article, or why it has none."""
    if f["treaty"]["article"]:
        return t("article", lang, a=f["treaty"]["article"])
    if f["treaty"]["id"].startswith("atop-"):
        return t("no_article", lang)
    return f.get("no_article_reason") or t("no_article", lang)


def _quote_lines(f: dict, lang: str, quoted: set[tuple[str, str | None]]) -> list[str]:
    """The clause's words, quoted once per article (later findings point back to them)."""
    qkey = (f["treaty"]["id"], f["treaty"]["article"] or f["clause"])
    if not f["quote"]:
        return []
    if qkey in quoted:
        return ["      " + t("same_quote", lang)]
    quoted.add(qkey)
    lines = [_wrap("“" + f["quote"] + "”", "      ")]
    if f["quote_note"]:
        lines.append(_wrap(f"({f['quote_note']})", "      "))
    if f["source"]:
        lines.append(_wrap(f"{t('source', lang)}: {f['source']}", "      "))
    return lines


def _grade(f: dict, lang: str) -> str:
    """" · discretionary: 'as may be mutually agreed upon'": how strong the duty is, and the words
    that say so (nothing when it is not graded)."""
    if f.get("response") in (None, "unspecified"):
        return ""
    phrase = f.get("response_phrase")
    return f" · {t('response_' + f['response'], lang)}" + (f": \u2018{phrase}\u2019" if phrase else "")


def _honour(h: dict, lang: str) -> str:
    """The reliability model's clause: "honours with 0.62 (0.41–0.79): automatic ↑, ..." (docs/reliability.md)."""
    if h["p"] is None:
        return ("निभाने की संभावना का अनुमान नहीं: " if lang == "hi" else "no estimate of honouring: ") + h["unsupported"]
    said = f"{h['p']:.2f} ({h['low']:.2f}–{h['high']:.2f})"
    drivers = ", ".join(f"{d['says']} {'↑' if d['effect'] > 0 else '↓'}" for d in h["drivers"])
    head = f"दायित्व निभाने की संभावना {said}" if lang == "hi" else f"honours with {said}"
    return head + (f": {drivers}" if drivers else "")


def _main_finding(f: dict, lang: str, quoted: set[tuple[str, str | None]]) -> list[str]:
    """One duty to defend or join: who, how firmly, under which article, and on what conditions."""
    lines = [f"  • {f['name']} ({f['state']}) — {t('status_' + f['status'], lang)}{_grade(f, lang)}, "
             f"{t('round', lang, n=f['round'])}",
             f"    {f['treaty']['short_name']}, {_article(f, lang)} [{f['treaty']['id']}]"]
    if f.get("honour"):
        lines.append(_wrap(_honour(f["honour"], lang), "    "))
    for c in f["open_conditions"]:
        lines.append(_wrap(f"{t('open', lang)}: {c}", "    ⚠ "))
    if f["conflict"]:
        lines.append(_wrap(f"{t('conflict', lang)}: {f['conflict']}", "    ✗ "))
    lines += _quote_lines(f, lang, quoted)
    for n in f["notes"]:  # decided conditions and caveats, in the answer's language
        lines.append(_wrap(f"{t('note', lang)}: {n}", "      "))
    if f.get("clause_note"):
        lines.append(_wrap(f"{t('note', lang)}: {f['clause_note']}", "      "))
    return lines


def _main_duties(groups: dict[tuple[str, str], list[dict]], lang: str) -> list[str]:
    """The duties to defend or join, by duty and beneficiary, in full."""
    lines: list[str] = []
    quoted: set[tuple[str, str | None]] = set()
    main = [k for k in groups if k[0] in ("defend", "join")]
    if not main:
        lines += [t("none_bound", lang), ""]
    for key in main:
        fs = groups[key]
        lines.append(t(f"duty_{key[0]}", lang, b=f"{fs[0]['beneficiary_name']} ({key[1]})") + ":")
        for f in fs:
            lines += _main_finding(f, lang, quoted)
        lines.append("")
    return lines


def _minor_finding(f: dict, lang: str) -> str:
    art = f", {t('article', lang, a=f['treaty']['article'])}" if f["treaty"]["article"] else ""
    extra = ""
    if f["status"] == "conditional" and f["open_conditions"]:
        extra = f" — {t('open', lang)}: {f['open_conditions'][0]}"
    if f["conflict"]:
        extra = f" — {t('conflict', lang)}: {f['conflict']}"
    return _wrap(f"{f['name']} ({f['state']}), {t('status_' + f['status'], lang)}: "
                 f"{f['treaty']['short_name']}{art}{extra}", "    • ")[:400]


def _minor_duties(groups: dict[tuple[str, str], list[dict]], lang: str) -> list[str]:
    """The other duties (neutrality, non-aggression, consultation), one line each, at most _MAX_MINOR a group."""
    minor = [k for k in groups if k[0] not in ("defend", "join")]
    if not minor:
        return []
    lines = [t("others", lang) + ":"]
    for key in minor:
        fs = groups[key]
        head = t(f"duty_{key[0]}", lang, b=f"{fs[0]['beneficiary_name']} ({key[1]})")
        lines.append(f"  {head}:")
        lines += [_minor_finding(f, lang) for f in fs[:_MAX_MINOR]]
        if len(fs) > _MAX_MINOR:
            lines.append("    " + t("more", lang, n=len(fs) - _MAX_MINOR))
    lines.append("")
    return lines


def _guarantees(d: dict, lang: str) -> list[str]:
    """Non-treaty commitments, and the target's instruments that oblige no one to defend it."""
    lines: list[str] = []
    if d["guarantees"]:
        lines.append(t("guarantees", lang) + ":")
        for g in d["guarantees"]:
            art = f", {t('article', lang, a=g['treaty']['article'])}" if g["treaty"]["article"] else ""
            lines.append(_wrap(f"{g['name']} ({g['state']}) → {g['beneficiary_name']} ({g['beneficiary']}): "
                               f"{g['duty']} — {g['treaty']['short_name']}{art} [{g['instrument']}, "
                               f"{g['legal_status']}]", "  • "))
            if g["quote"]:
                lines.append(_wrap("“" + g["quote"] + "”", "      "))
        lines.append("")
    if d["record"]:
        lines.append(t("record_in_answer", lang) + " (casus invocations):")
        for r in d["record"]:
            art = f", {t('article', lang, a=r['article'])}" if r["article"] else ""
            who = f" ({', '.join(r['requested_by'])})" if r["requested_by"] else ""
            what = t(f"record_what_{r['what']}", lang)
            lines.append(_wrap(f"{r['date'] or '?'}: {r['treaty_name']}{art} — {what}{who} [{r['id']}]", "  • "))
        lines.append("")
    if d["no_defence_obligation"]:
        lines.append(t("no_defence", lang) + ":")
        for n in d["no_defence_obligation"]:
            lines.append(_wrap(f"{n['treaty']['short_name']} [{n['treaty']['id']}] ({n['kind']}): {n['reason']}",
                               "  • "))
        lines.append("")
    return lines


def _sides(d: dict, lang: str) -> list[str]:
    """The sides after the cascade, who stays neutral, and who is conflicted."""
    lines = [t("sides", lang, n=d["rounds"]) + ":"]
    for side in ("attackers", "defenders"):
        members = ", ".join(f"{m['name']} ({m['state']}, {t('role_' + m['role'], lang)}, "
                            f"{t('round', lang, n=m['round'])})" for m in d["sides"][side])
        lines.append(_wrap(f"{t(side, lang)}: {members}", "  "))
    if d["neutral"]:
        lines.append(_wrap(t("neutral", lang) + ": " + ", ".join(
            f"{n['name']} ({n['state']}, {t('status_' + n['status'], lang)})" for n in d["neutral"]), "  "))
    if d["conflicted"]:
        lines.append("  " + t("conflicted", lang) + ":")
        for c in d["conflicted"]:
            lines.append(_wrap(f"{c['name']} ({c['state']}): {'; '.join(c['reasons'])}", "    • ")[:600])
    return lines


def _breaches(d: dict, lang: str) -> list[str]:
    """Duties the attack itself breaches (at most _MAX_MINOR shown)."""
    if not d["breaches"]:
        return []
    lines = ["  " + t("breaches", lang) + ":"]
    for b in d["breaches"][:_MAX_MINOR]:
        lines.append(f"    • {b['name']} ({b['state']}) → {b['beneficiary_name']} ({b['beneficiary']}): "
                     f"{b['duty']}, {b['treaty']['short_name']}")
    if len(d["breaches"]) > _MAX_MINOR:
        lines.append("    " + t("more", lang, n=len(d["breaches"]) - _MAX_MINOR))
    return lines


def _not_counted(d: dict, lang: str) -> list[str]:
    """Treaties that do not hold on the date, and duties to defend or join that a condition excludes."""
    lines: list[str] = []
    if d["inactive"]:
        lines.append("  " + t("inactive", lang) + ":")
        for i in d["inactive"]:
            reason = t(f"why_{i['why']}", lang, **i["dates"]) if i["why"] else i["reason"]
            lines.append(_wrap(f"{i['treaty']['short_name']} [{i['treaty']['id']}]: {reason}", "    • "))
    excluded = [x for x in d["excluded"] if x["duty"] in ("defend", "join")]
    if excluded:
        lines.append("  " + t("excluded", lang) + ":")
        for x in excluded[:_MAX_MINOR]:
            lines.append(_wrap(f"{x['state']} → {x['beneficiary']} ({x['duty']}), {x['treaty']['short_name']}: "
                               f"{x['reason']}", "    • "))
        if len(excluded) > _MAX_MINOR:
            lines.append("    " + t("more", lang, n=len(excluded) - _MAX_MINOR))
    return lines


def _in_short(d: dict, lang: str) -> list[str]:
    """The answer first: who must fight for whom, under which treaty and article, how strongly."""
    lines = [t("in_short", lang) + ":"]
    if not d["summary"]:
        lines.append("  " + t("no_one_must", lang))
    for g in d["summary"]:
        who = []
        for s in g["states"]:
            art = f" {t('article', lang, a=s['treaty']['article'])}" if s["treaty"]["article"] else ""
            how = t("status_" + s["status"], lang)
            if s["grade"] and s["grade"] != "unspecified":
                how += ", " + t("response_" + s["grade"], lang)
            who.append(f"{s['name']} — {s['treaty']['short_name']}{art} ({how})")
        head = t(f"short_{g['duty']}", lang, b=f"{g['beneficiary_name']} ({g['beneficiary']})")
        lines.append(_wrap(f"{head}: " + "; ".join(who), "  "))
    return lines + [""]


def render_attack(res: AttackResult, lang: str = "en", detail: str = "summary") -> str:
    d = res.to_dict(lang, detail)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for f in d["findings"]:
        groups[(f["duty"], f["beneficiary"])].append(f)
    lines = (_attack_header(d["scenario"], lang) + _in_short(d, lang) + _main_duties(groups, lang)
             + _minor_duties(groups, lang) + _guarantees(d, lang) + _sides(d, lang) + _breaches(d, lang)
             + _not_counted(d, lang))
    rest = d["summarised"] + d["breaches_summarised"]
    if rest:
        lines += [_wrap(t("summarised", lang, n=sum(g["findings"] for g in rest),
                          k=len({g["treaty"]["id"] for g in rest})), ""), ""]
    return "\n".join(lines).rstrip() + "\n"


def render_allies(res: AlliesResult, lang: str = "en") -> str:
    d = res.to_dict(lang)
    who = f"{d['name']} ({d['state']})"
    out = [t("allies_of", lang, s=who, date=d["date"]), ""]
    for key, rows in (("must_defend", d["must_defend"]), ("defended_by", d["defended_by"])):
        out.append(t(key, lang, s=who) + ":")
        if not rows:
            out.append("  " + t("nobody", lang))
        for r in rows:
            name = res.corpus.states.get(r["ccode"]).name_on(res.date, lang)
            art = f", {t('article', lang, a=r['article'])}" if r["article"] else ""
            cond = f" — {t('conditions', lang)}: {'; '.join(r['conditions'])}" if r["conditions"] else ""
            out.append(_wrap(f"{name} ({r['state']}): {r['treaty_name']}{art} [{r['treaty']}]{cond}", "  • "))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _treaty_head(tr: Treaty) -> list[str]:
    """Name, ids, dates, and (for hand-encoded treaties) kind, instrument and legal status."""
    out = [f"{tr.name}", f"id: {tr.id}" + (f"   ATOP id: {tr.atopid}" if tr.atopid else "") + f"   origin: {tr.origin}"]
    out.append(f"signed: {tr.signed}   in force: {tr.in_force}" + (f"   ended: {tr.ended}" if tr.ended else ""))
    if tr.origin != "atop":
        out.append(f"kind: {tr.kind or ', '.join(tr.kinds()) or 'none'}   instrument: {tr.instrument}   "
                   f"legal status: {tr.legal_status}" + (f"   duration: {tr.duration}" if tr.duration else ""))
    if tr.replaced_by:
        out.append(f"replaced by: {tr.replaced_by}")
    if tr.kind_note:
        out.append(tr.kind_note)
    return out


def _treaty_parties(tr: Treaty, label) -> list[str]:
    """Each membership: its dates, notes and participation statuses."""
    out = ["", "Parties:"]
    for m in tr.memberships:
        start = f"signed {m.signed}" if m.signed else ""
        inf = f", in force {m.in_force}" if m.in_force else ("" if m.in_force_confirmed else ", in force: unconfirmed")
        end = f", until {m.end}" if m.end else ", still a party"
        ph = f" (phase {m.phase})" if m.phase else ""
        out.append(f"  • {label(m.ccode)}{ph}: {start}{inf}{end}")
        for n in (m.end_note, *m.notes):
            if n:
                out.append(_wrap(n, "      "))
        for st in m.statuses:
            out.append(_wrap(f"participation {st.status} from {st.start}" + (f": {st.note}" if st.note else ""),
                             "      "))
    return out


def _treaty_clauses(tr: Treaty, label) -> list[str]:
    """Each clause: who owes what to whom, under which article, on what conditions."""
    out = ["", "Clauses:"]
    for c in tr.clauses:
        ob = "every party" if c.obligors is None else ", ".join(label(x) for x in c.obligors)
        be = "the other parties" if c.beneficiaries is None else ", ".join(label(x) for x in c.beneficiaries)
        art = f"Art. {c.article}" if c.article else "no article"
        out.append(f"  • [{c.id}] {c.kind}: {ob} → {be} ({art}; response: {c.response})")
        if c.response_phrase:
            out.append(_wrap(f"response: {c.response} — \u2018{c.response_phrase}\u2019"
                             + (f" ({c.response_basis})" if c.response_basis else ""), "      "))
        for cond in c.conditions:
            out.append(_wrap(f"condition ({cond.kind}): {cond.text}", "      "))
    return out


def _treaty_text(tr: Treaty) -> list[str]:
    """The articles' text, else the obligations as ATOP's codesheet quotes them, else nothing."""
    out: list[str] = []
    if tr.articles:
        out += ["", "Articles:"]
        for a in tr.articles:
            out.append(f"  Art. {a.number}" + (f" — {a.title}" if a.title else ""))
            if a.text:
                out.append(_wrap(a.text, "      "))
            if a.text_note:
                out.append(_wrap(f"({a.text_note})", "      "))
    elif any(c.quote for c in tr.clauses):
        out += ["", "Obligations (ATOP codesheet, question 18):"]
        for q in dict.fromkeys(c.quote for c in tr.clauses if c.quote):
            out.append(_wrap(q, "      "))
    return out


def _treaty_after(tr: Treaty, label) -> list[str]:
    """What casus found after ATOP 5.1's last day (ATOP alliances in force on 2018-12-31)."""
    rec = tr.after_atop
    if rec is None:
        return []
    out = ["", f"After ATOP (2018-12-31): {rec.outcome.replace('_', ' ')} (checked {rec.checked})"]
    for e in rec.events:
        who = ", ".join(label(m) for m in e.members)
        until = f", until {e.until}" if e.until else ""
        out.append(_wrap(f"{e.day}{until}: {e.kind.replace('_', ' ')}" + (f" ({who})" if who else "")
                         + ("" if e.confirmed else " — UNCONFIRMED") + f": {e.text} "
                         + f"[{', '.join(x.id for x in e.sources)}]", "  • "))
    if rec.checked_where:
        out.append(_wrap(f"searched: {rec.checked_where}", "  "))
    return out


def render_treaty(tr: Treaty, label) -> str:
    out = (_treaty_head(tr) + _treaty_parties(tr, label) + _treaty_clauses(tr, label) + _treaty_after(tr, label)
           + _treaty_text(tr))
    out += ["", "Sources:"]
    for s in tr.sources:
        out.append(_wrap(f"[{s.id}] {s.cite()}", "  • "))
    for n in tr.notes:
        out.append(_wrap(f"note: {n}", "  "))
    return "\n".join(out).rstrip() + "\n"


def render_states(states, lang: str = "en") -> str:
    out = []
    for st in states:
        spans = ", ".join(f"{s.start}–{s.end or 'today'}" for s in st.spans)
        out.append(f"{st.ccode:>4}  {st.abbrev:<4} {st.iso3 or '-':<4} {st.name_on(None, 'en')} / "
                   f"{st.name_on(None, 'hi')}  [{spans}]")
    return "\n".join(out) + ("\n" if out else "")


def render_changes(described: list[str], cmp: dict, lang: str = "en") -> str:
    out = ["", t("what_if", lang) + ": " + "; ".join(described)]
    for key in ("gained", "lost"):
        rows = cmp[key]
        out.append(f"  {t('cf_' + key, lang)} ({len(rows)}):")
        for f in rows[:_MAX_MINOR * 2]:
            art = f", {t('article', lang, a=f['treaty']['article'])}" if f["treaty"]["article"] else ""
            out.append(_wrap(f"{f['name']} ({f['state']}) {f['duty']} {f['beneficiary_name']} ({f['beneficiary']}), "
                             f"{t('status_' + f['status'], lang)} — {f['treaty']['short_name']}{art}", "    • "))
        if len(rows) > _MAX_MINOR * 2:
            out.append("    " + t("more", lang, n=len(rows) - _MAX_MINOR * 2))
    if cmp["changed"]:
        out.append(f"  {t('cf_changed', lang)} ({len(cmp['changed'])}):")
        for c in cmp["changed"][:_MAX_MINOR * 2]:
            f = c["finding"]
            out.append(_wrap(f"{f['name']} ({f['state']}) {f['duty']} {f['beneficiary']} [{f['treaty']['id']}]: "
                             f"{c['was']['status']}/{c['was']['response']} → {f['status']}/{f['response']}", "    • "))
    for side, ch in cmp["sides"].items():
        if ch["joined"] or ch["left"]:
            out.append(_wrap(f"{t(side, lang)}: + {', '.join(ch['joined']) or '—'}; − {', '.join(ch['left']) or '—'}",
                             "  "))
    return "\n".join(out) + "\n"


def render_diff(d: dict, lang: str = "en") -> str:
    out = [t("diff_head", lang, a=d["from"], b=d["to"]) + (f" ({d['state']})" if d["state"] else ""), ""]
    sections = [("treaties_entered_into_force", "diff_entered"), ("treaties_signed_not_in_force", "diff_signed"),
                ("treaties_ended", "diff_ended"),
                ("members_joined", "diff_joined"), ("members_left", "diff_left")]
    for key, msg in sections:
        rows = d[key]
        out.append(f"{t(msg, lang)} ({len(rows)}):")
        for r in rows:
            who = f" — {r['name']} ({r['state']})" if "state" in r else ""
            extra = f" [{r['kind']}]" if r.get("kind") else ""
            extra += f"; {r['note']}" if r.get("note") else ""
            extra += f"; {r['status']}" if r.get("status") else ""
            extra += f"; replaced by {r['replaced_by']}" if r.get("replaced_by") else ""
            out.append(_wrap(f"{r['date']}: {r['treaty']['short_name']} [{r['treaty']['id']}]{who}{extra}", "  • "))
            for src in r.get("sources", [])[:2]:
                out.append(_wrap(f"{t('source', lang)}: {src}", "      "))
        out.append("")
    for key, msg in (("duties_gained", "diff_gained"), ("duties_lost", "diff_lost")):
        rows = d[key]
        groups: dict[tuple, list[str]] = defaultdict(list)
        for r in rows:
            groups[(r["treaty"]["short_name"], r["treaty"]["id"], r["duty"])].append(
                f"{r['obligor']}→{r['beneficiary']}")
        out.append(f"{t(msg, lang)} ({len(rows)}):")
        for (name, tid, duty), pairs in groups.items():
            shown = ", ".join(pairs[:16]) + (f" … (+{len(pairs) - 16})" if len(pairs) > 16 else "")
            out.append(_wrap(f"{name} [{tid}] {duty}: {shown}", "  • "))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_areas(d: dict, lang: str = "en") -> str:
    out = [t("areas_head", lang) + ":"]
    for a in d["areas"]:
        name = a["name_hi"] if lang == "hi" and a["name_hi"] else a["name"]
        out.append(f"  • {a['id']}: {name}" + (" (exhaustive)" if a["exhaustive"] else ""))
        out.append(_wrap("covers: " + ", ".join(a["includes"]) + (
            f"; forces in: {', '.join(a['forces_in'])}" if a["forces_in"] else ""), "      "))
        lines = [f"{k.replace('_', ' ')}: {', '.join(a[k])}" for k in ("excludes", "outside", "open_in")
                 if a.get(k)]
        if lines:
            out.append(_wrap("; ".join(lines), "      "))
        if a["places_in"] or a["places_out"]:
            out.append(_wrap(f"listed in: {', '.join(a['places_in']) or '—'}; out: {', '.join(a['places_out']) or '—'}",
                             "      "))
    out += ["", t("places_head", lang) + ":"]
    for p in d["places"]:
        name = p["name_hi"] if lang == "hi" and p["name_hi"] else p["name"]
        out.append(_wrap(f"{p['id']}: {name} ({p['kind']}, {p['sovereign']}) — {', '.join(p['tags'])}", "  • "))
    out += ["", t("zones_head", lang) + ": " + ", ".join(z["id"] for z in d["zones"])]
    out.append(t("where_hint", lang))
    return "\n".join(out) + "\n"
