/* The findings: one card per duty (grouped when several states owe the same), in collapsible sections. */
import { $, clear, el } from "./dom.js";
import { findingsTable } from "./findings-table.js";
import { safeUrl } from "./format.js";
import {
  artLabel,
  dataLang,
  hasWord,
  nameOfAbbrev,
  pageLang,
  stateHref,
  treatyHref,
  treatyName,
  w,
  wNodes,
} from "./words.js";

/** Findings that differ only in the obligor, grouped: [{f, states: [{ccode, state, name}]}]. */
export function groupFindings(list) {
  const groups = new Map();
  for (const f of list) {
    const key = [
      f.duty,
      f.beneficiary_ccode,
      f.status,
      f.treaty.id,
      f.treaty.article,
      f.quote,
      f.round,
      f.via,
      (f.open_conditions || []).join("|"),
      f.conflict,
      (f.notes || []).join("|"),
    ].join("\u0001");
    if (!groups.has(key)) groups.set(key, { f, states: [] });
    const g = groups.get(key);
    if (!g.states.some((s) => s.ccode === f.ccode)) {
      g.states.push({ ccode: f.ccode, state: f.state, name: f.name, honour: f.honour || null });
    }
  }
  return Array.from(groups.values());
}

/** "title — https://…" with the URL made a link (http(s) only). */
function sourceNodes(text) {
  if (!text) return null;
  const m = /^(.*?)\s+—\s+(\S+)$/.exec(text);
  if (m && safeUrl(m[2])) {
    return [m[1], " — ", el("a", { href: m[2], rel: "noopener noreferrer nofollow", class: "ext" }, m[2])];
  }
  return [text];
}

/** A quotation; a long one shows its start and opens in full. */
export function quoteBlock(text) {
  if (!text) return null;
  if (text.length <= 520) return el("blockquote", { class: "quote", lang: dataLang() }, text);
  const cut = text.slice(0, 260).replace(/\s+\S*$/, "");
  return el(
    "details",
    { class: "quote-long", lang: dataLang() },
    el("summary", null, el("span", { class: "quote-start" }, `${cut} …`)),
    el("blockquote", { class: "quote" }, text),
  );
}

function label(text) {
  return el("span", { class: "label", lang: pageLang() }, text);
}

/** "honours with 0.62 (0.41–0.79): automatic ↑, major power ↑", or why the model gives no estimate. */
function honourText(h) {
  if (h.p === null || h.p === undefined) return `${w("honour_none")}: ${h.unsupported || ""}`;
  const line = w("honour_line", { p: h.p.toFixed(2), low: h.low.toFixed(2), high: h.high.toFixed(2) });
  const drivers = (h.drivers || []).map((d) => `${d.says} ${d.effect > 0 ? "↑" : "↓"}`).join(", ");
  return drivers ? `${line}: ${drivers}` : line;
}

function findingCard(g, roles, names) {
  const f = g.f;
  const obligors = el("ul", { class: "obligors" });
  for (const s of g.states) {
    const r = roles.get(s.ccode);
    obligors.appendChild(
      el(
        "li",
        null,
        el(
          "a",
          { class: `obligor${r ? ` role-${r.role}-chip` : ""}`, "data-state": s.state, href: stateHref(s.state) },
          el("span", { class: "name" }, s.name),
          s.honour?.p !== null && s.honour?.p !== undefined
            ? el(
                "span",
                { class: "p", title: w("honour_p", { p: s.honour.p.toFixed(2) }) },
                ` ${s.honour.p.toFixed(2)}`,
              )
            : null,
        ),
      ),
    );
  }
  const duty = wNodes(`msg.duty_${f.duty}`, { b: el("strong", { "data-state": f.beneficiary }, f.beneficiary_name) });
  const art = f.treaty.article ? artLabel(f.treaty.article) : null;
  const viaName = f.via ? names.get(f.via) || f.via : null;
  // how strong the duty is, beside its status: the grade and the words that decide it
  const graded = f.response && f.response !== "unspecified";
  const grade = graded
    ? el(
        "span",
        { class: `grade grade-${f.response}`, title: f.response_basis || "" },
        "· ",
        w(`response_${f.response}`),
        f.response_phrase ? [": ", el("q", { class: "grade-phrase", lang: dataLang() }, f.response_phrase)] : null,
      )
    : null;
  const card = el(
    "article",
    {
      class: `finding status-${f.status}`,
      "data-duty": f.duty,
      "data-status": f.status,
      "data-treaty": f.treaty.id,
      "data-beneficiary": f.beneficiary,
      "data-response": f.response || "",
      "data-states": g.states.map((s) => s.state).join(" "),
    },
    el(
      "div",
      { class: "f-head" },
      obligors,
      el(
        "p",
        { class: "f-duty" },
        duty,
        " ",
        el("span", { class: `badge status-${f.status}` }, w(`msg.status_${f.status}`)),
        grade ? [" ", grade] : null,
      ),
    ),
    el(
      "p",
      { class: "f-treaty" },
      el(
        "span",
        null,
        el(
          "a",
          { href: treatyHref(f.treaty.id), class: "treaty-link" },
          treatyName(f.treaty.id, f.treaty.short_name, f.treaty.name),
        ),
        art ? `, ${art}` : null,
      ),
      el("span", { class: "tag" }, w("msg.round", { n: f.round })),
      viaName ? el("span", { class: "tag" }, w("via", { s: viaName })) : null,
    ),
  );
  if (f.open_conditions?.length) {
    card.appendChild(
      el(
        "div",
        { class: "f-open", lang: dataLang() },
        label(`${w("open_conditions")}:`),
        el(
          "ul",
          null,
          f.open_conditions.map((c) => el("li", null, c)),
        ),
      ),
    );
  }
  if (f.conflict)
    card.appendChild(el("p", { class: "f-conflict", lang: dataLang() }, label(`${w("msg.conflict")}: `), f.conflict));
  card.appendChild(quoteBlock(f.quote) || el("p", { class: "small" }, f.no_article_reason || ""));
  const meta = el("div", { class: "f-meta", lang: dataLang() });
  if (f.quote_note) meta.appendChild(el("p", null, label(`${w("quote_note")}: `), f.quote_note));
  if (f.source) meta.appendChild(el("p", { class: "source" }, label(`${w("msg.source")}: `), sourceNodes(f.source)));
  if (f.clause_note) meta.appendChild(el("p", null, label(`${w("clause_note")}: `), f.clause_note));
  if (!f.treaty.article && f.no_article_reason && f.quote) meta.appendChild(el("p", null, f.no_article_reason));
  if (f.date_basis) meta.appendChild(el("p", null, label(`${w("date_basis")}: `), f.date_basis));
  for (const n of f.notes || []) meta.appendChild(el("p", null, label(`${w("msg.note")}: `), n));
  if (f.instrument) {
    meta.appendChild(
      el(
        "p",
        null,
        label(`${w("instrument")}: `),
        f.instrument,
        " · ",
        label(`${w("legal_status")}: `),
        f.legal_status || "",
      ),
    );
  }
  const chances = g.states.filter((s) => s.honour);
  if (chances.length) {
    meta.appendChild(
      el(
        "div",
        { class: "f-honour" },
        label(`${w("honour_title")}:`),
        el(
          "ul",
          null,
          chances.map((s) => el("li", { "data-state": s.state }, `${s.name}: `, honourText(s.honour))),
        ),
      ),
    );
  }
  // the source and the notes open on demand: the duty, its treaty and its words come first
  if (meta.firstChild) {
    card.appendChild(el("details", { class: "f-more" }, el("summary", null, w("sources_notes")), meta));
  }
  return card;
}

const PAGE = 30;

/** A collapsible section; its body is built when first opened and shows PAGE items, then "show all". */
function section(id, title, items, build, open) {
  const count = items.length;
  const d = el("details", { class: "fsec", id: `sec-${id}`, "data-count": String(count) });
  d.appendChild(
    el("summary", null, el("span", { class: "sec-title" }, title), el("span", { class: "sec-count" }, String(count))),
  );
  const body = el("div", { class: "sec-body" });
  d.appendChild(body);
  let built = false;
  const fill = () => {
    if (built) return;
    built = true;
    if (!count) {
      body.appendChild(el("p", { class: "small" }, w("no_findings")));
      return;
    }
    for (const x of items.slice(0, PAGE)) body.appendChild(build(x));
    if (count > PAGE) {
      const more = el("button", { type: "button", class: "more-button" }, w("show_all", { n: count }));
      more.addEventListener("click", () => {
        more.remove();
        for (const x of items.slice(PAGE)) body.appendChild(build(x));
      });
      body.appendChild(more);
    }
  };
  d.addEventListener("toggle", () => d.open && fill());
  if (open) {
    d.open = true;
    fill();
  }
  return d;
}

function treatyLink(t) {
  return el("a", { href: treatyHref(t.id), class: "treaty-link" }, treatyName(t.id, t.short_name, t.name));
}

/** Every section of findings of answer a (roles: computeRoles(a); query: the question's URL parameters). */
export function renderFindings(a, roles, query) {
  const wrap = $("#findings");
  wrap.hidden = false;
  const body = clear($("#findings-body"));
  body.appendChild(findingsTable(a, query));
  const names = new Map();
  const note = (ab, nm) => ab && nm && !names.has(ab) && names.set(ab, nm);
  for (const s of [...a.sides.attackers, ...a.sides.defenders]) note(s.state, s.name);
  for (const f of [...a.findings, ...a.breaches, ...a.guarantees]) {
    note(f.state, f.name);
    note(f.beneficiary, f.beneficiary_name);
  }
  const nameOf = (ab) => names.get(ab) || nameOfAbbrev(ab);
  const card = (g) => findingCard(g, roles, names);
  const by = (duty) => groupFindings(a.findings.filter((f) => duty.includes(f.duty)));

  body.appendChild(section("fight", w("sec_fight"), by(["defend", "join"]), card, true));
  if (a.conflicted.length) {
    body.appendChild(
      section(
        "conflicted",
        w("msg.conflicted"),
        a.conflicted,
        (c) =>
          el(
            "article",
            { class: "finding status-conflicted", "data-state": c.state },
            el(
              "p",
              { class: "f-duty" },
              el("a", { href: stateHref(c.state), class: "obligor role-conflicted-chip" }, c.name),
            ),
            el(
              "ul",
              { class: "reasons" },
              c.reasons.map((r) => el("li", null, r)),
            ),
          ),
        a.conflicted.length <= 10,
      ),
    );
  }
  if (a.breaches.length) {
    const bs = groupFindings(a.breaches);
    body.appendChild(section("breaches", w("msg.breaches"), bs, card, bs.length <= 6));
  }
  if (a.guarantees.length) {
    const gs = groupFindings(a.guarantees);
    const guarantee = (g) => {
      const c = card(g);
      c.classList.add("guarantee");
      return c;
    };
    body.appendChild(section("guarantees", w("msg.guarantees"), gs, guarantee, gs.length <= 10));
  }
  const inactive = (i) => {
    const d = i.dates || {};
    const key = `inactive_${i.why}`;
    const vars = {
      signed: d.signed || "?",
      in_force: d.in_force || "?",
      ended: d.ended || "?",
      replaced_by: d.replaced_by ? el("a", { href: treatyHref(d.replaced_by) }, d.replaced_by) : "?",
    };
    const reason = hasWord(key) ? wNodes(key, vars) : [i.reason];
    return el(
      "article",
      { class: "inactive", "data-why": i.why, "data-treaty": i.treaty.id },
      el("p", null, treatyLink(i.treaty), " — ", el("span", { class: "small" }, i.states.map(nameOf).join(", "))),
      el("p", { class: "reason" }, reason),
    );
  };
  body.appendChild(
    section("inactive", w("msg.inactive"), a.inactive, inactive, a.inactive.length > 0 && a.inactive.length <= 8),
  );
  if (a.no_defence_obligation.length) {
    const noDefence = (n) =>
      el(
        "article",
        { class: "inactive", "data-treaty": n.treaty.id },
        el("p", null, treatyLink(n.treaty), " — ", el("span", { class: "small" }, n.states.map(nameOf).join(", "))),
        el("p", { class: "reason" }, n.reason),
      );
    body.appendChild(
      section(
        "no-defence",
        w("msg.no_defence"),
        a.no_defence_obligation,
        noDefence,
        a.no_defence_obligation.length <= 10,
      ),
    );
  }
  body.appendChild(section("neutral", w("msg.neutral"), by(["neutral"]), card, false));
  body.appendChild(section("consult", w("sec_consult"), by(["consult"]), card, false));
  body.appendChild(section("nonaggression", w("sec_nonaggression"), by(["nonaggression"]), card, false));
  if (a.excluded.length) {
    const excluded = (x) =>
      el(
        "article",
        { class: "inactive", "data-state": x.state },
        el(
          "p",
          null,
          el("strong", null, nameOf(x.state)),
          " — ",
          wNodes(`msg.duty_${x.duty}`, { b: nameOf(x.beneficiary) }),
          " — ",
          treatyLink(x.treaty),
          x.treaty.article ? `, ${artLabel(x.treaty.article)}` : "",
        ),
        el("p", { class: "reason" }, x.reason),
      );
    body.appendChild(section("excluded", w("msg.excluded"), a.excluded, excluded, false));
  }
}
