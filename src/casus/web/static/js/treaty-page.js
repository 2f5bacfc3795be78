/* The treaty page ("/treaty/{id}"): the treaty's facts, parties over time, clauses, articles and sources. */
import { errorMessages, getJSON } from "./api.js";
import { $, clear, el, gridTable } from "./dom.js";
import { quoteBlock } from "./findings.js";
import { safeUrl } from "./format.js";
import { setTwin } from "./frame.js";
import { invocationsTable } from "./invocations-page.js";
import { S } from "./state.js";
import { timeline } from "./timeline.js";
import { artLabel, dataLang, stateHref, stateName, treatyHref, treatyName, w } from "./words.js";

const enc = encodeURIComponent;

/** A definition list of [term, value] pairs; empty values are left out. */
export function dl(pairs) {
  const d = el("dl", { class: "facts" });
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
    d.appendChild(el("dt", null, k));
    d.appendChild(el("dd", null, v));
  }
  return d;
}

/** The page for a failed lookup: a heading and the API's messages. */
export function notFound(view, res) {
  view.appendChild(el("h1", null, w("not_found")));
  view.appendChild(
    el(
      "section",
      { class: "error-box", role: "alert" },
      el(
        "ul",
        null,
        errorMessages(res).map((m) => el("li", null, m.msg)),
      ),
    ),
  );
}

function partyName(p) {
  return S.lang === "hi" ? stateName(p.ccode, p.name) : p.name;
}

function sourceRefs(ids) {
  if (!ids?.length) return null;
  return el(
    "span",
    { class: "refs" },
    "[",
    ids.map((id, i) => [i ? ", " : "", el("a", { href: `#src-${id}` }, id)]),
    "]",
  );
}

function dated(ev) {
  if (!ev) return null;
  const parts = [];
  if (ev.date) parts.push(el("time", { datetime: ev.date }, ev.date));
  else parts.push(ev.confirmed === false ? w("unconfirmed") : w("not_recorded"));
  if (ev.date && ev.confirmed === false) parts.push(` (${w("unconfirmed")})`);
  if (ev.sources?.length) parts.push(" ", sourceRefs(ev.sources));
  if (ev.note) parts.push(el("span", { class: "note" }, ev.note));
  return parts;
}

function whoList(x) {
  if (x === "parties") return w("all_parties");
  if (Array.isArray(x)) {
    return x
      .map((s) => [el("a", { href: stateHref(s.state) }, partyName(s))])
      .reduce((acc, n, i) => acc.concat(i ? [", ", n] : [n]), []);
  }
  return String(x);
}

function facts(t) {
  return dl([
    [w("kinds"), (t.kinds || []).map((k) => w(`kind_${k}`)).join(", ")],
    [w("signed"), dated(t.signed)],
    [w("in_force"), dated(t.in_force)],
    [w("ended"), t.ended ? dated(t.ended) : null],
    [w("replaced_by"), t.replaced_by ? el("a", { href: treatyHref(t.replaced_by) }, t.replaced_by) : null],
    [
      w("supersedes"),
      (t.supersedes || []).map((s, i) => [
        i ? ", " : "",
        el("a", { href: treatyHref(s.treaty) }, s.treaty),
        s.date ? ` (${s.date})` : "",
      ]),
    ],
    [w("instrument"), [t.instrument || "", t.legal_status ? ` · ${t.legal_status}` : ""]],
    [
      w("duration"),
      t.duration ? (typeof t.duration === "string" ? t.duration : t.duration.text || w("unconfirmed")) : null,
    ],
    [w("atop_record"), t.atopid ? String(t.atopid) : null],
    [
      w("file"),
      t.origin === "atop" ? w("origin_atop") : t.file ? [w("origin_hand"), ": ", el("code", null, t.file)] : null,
    ],
    [t.kind_note ? w("msg.note") : "", t.kind_note],
  ]);
}

function partiesTable(parties) {
  const tb = el("tbody");
  for (const p of parties) {
    const notes = [
      ...(p.notes || []),
      p.end_note,
      ...(p.status || []).map((s) => [s.status, s.start, s.end, s.note].filter(Boolean).join(" ")),
    ].filter(Boolean);
    tb.appendChild(
      el(
        "tr",
        { "data-state": p.state },
        el(
          "td",
          null,
          el("a", { href: stateHref(p.state) }, partyName(p)),
          p.phase ? el("span", { class: "tag" }, `${w("phase")} ${p.phase}`) : null,
        ),
        el("td", { class: "d" }, p.signed || "—"),
        el(
          "td",
          { class: "d" },
          p.in_force || "—",
          p.in_force && p.in_force_confirmed === false ? ` (${w("unconfirmed")})` : "",
        ),
        el("td", { class: "d" }, p.end || "—"),
        el(
          "td",
          { class: "small" },
          notes.map((n) => el("div", null, n)),
          sourceRefs(p.sources),
        ),
      ),
    );
  }
  const heads = [w("party"), w("signed"), w("in_force"), w("left"), w("msg.note")];
  return el("div", { class: "table-wrap" }, gridTable({ class: "grid" }, null, heads, tb));
}

function clauseArticle(c) {
  const art = c.article ? el("a", { href: `#art-${c.article}` }, artLabel(c.article)) : null;
  return el(
    "article",
    { class: "clause", id: `clause-${c.id}` },
    el("h3", null, w(`kind_${c.kind}`), art ? [" — ", art] : null, " ", el("code", { class: "small" }, c.id)),
    dl([
      [w("obligors"), whoList(c.obligors)],
      [w("beneficiaries"), whoList(c.beneficiaries)],
      [
        w("response"),
        [
          w(`response_${c.response}`),
          c.response_phrase ? [": ", el("q", null, c.response_phrase)] : null,
          c.response_basis ? el("span", { class: "small" }, ` (${c.response_basis})`) : null,
        ],
      ],
      [w("trigger"), c.trigger],
      [w("phase"), c.phase],
      [
        w("msg.conditions"),
        (c.conditions || []).length
          ? el(
              "ul",
              null,
              c.conditions.map((x) => el("li", null, x.text || x.kind)),
            )
          : null,
      ],
      [w("msg.note"), c.note],
      [c.article ? "" : w("msg.note"), c.article ? null : c.no_article_reason],
    ]),
    quoteBlock(c.quote),
    c.quote_source ? el("p", { class: "small" }, `${w("msg.source")}: `, sourceRefs([c.quote_source])) : null,
  );
}

/** Show the treaty page for treaty id. */
export async function treatyView(id) {
  const view = $("#view-treaty");
  view.hidden = false;
  S.view = "treaty";
  setTwin(`/api/treaties/${enc(id)}`);
  S.rerender = () => treatyView(id);
  clear(view).appendChild(el("p", { class: "status" }, w("loading")));
  const res = await getJSON(`/api/treaties/${enc(id)}`);
  clear(view);
  view.setAttribute("data-state", res.ok ? "ready" : "error");
  if (!res.ok) {
    notFound(view, res);
    return;
  }
  const t = res.body;
  document.title = `${treatyName(t.id, t.short_name, t.name)} — casus`;
  view.appendChild(el("p", { class: "crumb" }, w("treaty"), " · ", el("code", null, t.id)));
  view.appendChild(el("h1", { class: "treaty-name", lang: dataLang() }, t.name));
  const shortName = treatyName(t.id, t.short_name, t.name);
  if (shortName !== t.name) view.appendChild(el("p", { class: "short-name" }, shortName));
  view.appendChild(facts(t));

  // parties over time
  const parties = t.parties || [];
  view.appendChild(el("h2", null, w("parties_title")));
  const rows = parties.map((p) => ({
    label: el("a", { href: stateHref(p.state), "data-state": p.state }, partyName(p)),
    start: p.in_force || p.signed,
    end: p.end,
    cls: p.in_force ? "" : "signed-only",
    title: `${partyName(p)}: ${p.in_force || p.signed || "?"} – ${p.end || ""}`,
  }));
  const tl = timeline(rows, w("parties_title"));
  if (tl) view.appendChild(tl);
  view.appendChild(partiesTable(parties));

  view.appendChild(el("h2", null, w("clauses_title")));
  for (const c of t.clauses || []) view.appendChild(clauseArticle(c));
  if ((t.articles || []).length) {
    view.appendChild(el("h2", null, w("articles_title")));
    for (const a of t.articles) {
      view.appendChild(
        el(
          "article",
          { class: "article", id: `art-${a.number}` },
          el("h3", null, artLabel(a.number), a.title ? [" — ", a.title] : null),
          a.text ? el("blockquote", { class: "quote", lang: dataLang() }, a.text) : null,
          a.text_note ? el("p", { class: "small" }, `${w("quote_note")}: ${a.text_note}`) : null,
          a.source ? el("p", { class: "small" }, `${w("msg.source")}: `, sourceRefs([a.source])) : null,
        ),
      );
    }
  }
  const record = await getJSON(`/api/invocations?treaty=${enc(t.id)}${S.lang === "hi" ? "&lang=hi" : ""}`);
  if (record.ok && record.body.count) {
    view.appendChild(el("h2", { id: "record" }, w("record_of_treaty")));
    view.appendChild(invocationsTable(record.body.invocations));
  }
  if ((t.sources || []).length) {
    view.appendChild(el("h2", null, w("sources_title")));
    const ol = el("ul", { class: "sources", lang: dataLang() });
    for (const s of t.sources) {
      const url = safeUrl(s.url);
      ol.appendChild(
        el(
          "li",
          { id: `src-${s.id}` },
          el("code", null, s.id),
          " ",
          s.title || "",
          url
            ? [" — ", el("a", { href: url, rel: "noopener noreferrer nofollow", class: "ext" }, url)]
            : s.url
              ? [" — ", s.url]
              : null,
          s.dataset ? [" (", s.dataset, ")"] : null,
          s.note ? el("div", { class: "small" }, s.note) : null,
        ),
      );
    }
    view.appendChild(ol);
  }
  if ((t.notes || []).length) {
    view.appendChild(el("h2", null, w("notes_title")));
    view.appendChild(
      el(
        "ul",
        { class: "notes", lang: dataLang() },
        t.notes.map((n) => el("li", null, n)),
      ),
    );
  }
}
