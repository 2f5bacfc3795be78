/* The findings as one table: sort by any column, filter by duty, status and treaty, download what is shown
 * as CSV or JSON. */
import { $$, clear, el } from "./dom.js";
import { toCSV } from "./format.js";
import { S } from "./state.js";
import { artLabel, stateHref, treatyHref, treatyName, w } from "./words.js";

const DUTIES = ["defend", "join", "neutral", "consult", "nonaggression"];
const STATUSES = ["binding", "conditional", "conflicted"];
const PAGE = 100;

/** The rows of the table: one per finding, with the fields it shows and sorts by. */
export function tableRows(findings) {
  return findings.map((f, i) => ({
    i,
    f,
    state: f.state,
    name: f.name,
    duty: f.duty,
    beneficiary: f.beneficiary,
    beneficiary_name: f.beneficiary_name,
    status: f.status,
    grade: f.response || "unspecified",
    treaty: f.treaty.id,
    treaty_name: treatyName(f.treaty.id, f.treaty.short_name, f.treaty.name),
    article: f.treaty.article || "",
    round: f.round,
  }));
}

const COLUMNS = [
  { key: "name", word: "col_state" },
  { key: "duty", word: "col_duty" },
  { key: "beneficiary_name", word: "col_towards" },
  { key: "status", word: "col_status" },
  { key: "grade", word: "response" },
  { key: "treaty_name", word: "treaty" },
  { key: "article", word: "col_article" },
  { key: "round", word: "col_round" },
];

function compare(key, dir) {
  const order = (r) => (key === "duty" ? DUTIES.indexOf(r.duty) : key === "status" ? STATUSES.indexOf(r.status) : null);
  return (p, q) => {
    let c;
    if (key === "duty" || key === "status") c = order(p) - order(q);
    else if (key === "round") c = p.round - q.round;
    else c = String(p[key]).localeCompare(String(q[key]), S.lang, { numeric: true });
    return dir * c || p.i - q.i;
  };
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV of rows (the columns of casus's JSON, for a spreadsheet). */
export function rowsCSV(rows) {
  const header = [
    "state",
    "state_name",
    "duty",
    "beneficiary",
    "beneficiary_name",
    "status",
    "grade",
    "treaty",
    "treaty_name",
    "article",
    "round",
    "via",
  ];
  return toCSV(
    header,
    rows.map((r) => [
      r.state,
      r.name,
      r.duty,
      r.beneficiary,
      r.beneficiary_name,
      r.status,
      r.grade,
      r.treaty,
      r.f.treaty.short_name || r.f.treaty.name,
      r.article,
      r.round,
      r.f.via || "",
    ]),
  );
}

/** The table section for answer a (its query: the URL parameters of the question). */
export function findingsTable(a, query) {
  const rows = tableRows(a.findings);
  const state = { duty: "", status: "", treaty: "", sort: "duty", dir: 1, all: false };
  const select = (id, label, options) => {
    const s = el("select", { id, "data-filter": id.slice(3) }, el("option", { value: "" }, w("all")));
    for (const [v, t] of options) s.appendChild(el("option", { value: v }, t));
    return el("div", { class: "filter" }, el("label", { for: id }, label), s);
  };
  const present = (key) => [...new Set(rows.map((r) => r[key]))];
  const duties = DUTIES.filter((d) => present("duty").includes(d)).map((d) => [d, w(`duty_${d}`)]);
  const statuses = STATUSES.filter((s) => present("status").includes(s)).map((s) => [s, w(`msg.status_${s}`)]);
  const treaties = [...new Map(rows.map((r) => [r.treaty, r.treaty_name])).entries()].sort((p, q) =>
    p[1].localeCompare(q[1], S.lang),
  );
  const filters = el(
    "div",
    { class: "filters" },
    select("ft-duty", w("col_duty"), duties),
    select("ft-status", w("col_status"), statuses),
    select("ft-treaty", w("treaty"), treaties),
  );
  const count = el("p", { class: "small ft-count", "aria-live": "polite", id: "ft-count" });
  const csv = el("button", { type: "button", class: "secondary", id: "ft-csv" }, w("download_csv"));
  const json = el("button", { type: "button", class: "secondary", id: "ft-json" }, w("download_json"));
  const tools = el("div", { class: "ft-tools" }, count, csv, json);
  const head = el("tr");
  const body = el("tbody");
  const more = el("button", { type: "button", class: "more-button", hidden: true });
  const table = el(
    "table",
    { class: "grid findings-grid", id: "findings-table", "aria-describedby": "ft-count" },
    el("caption", { class: "sr-only" }, w("table_title")),
    el("thead", null, head),
    body,
  );

  const shown = () =>
    rows
      .filter(
        (r) =>
          (!state.duty || r.duty === state.duty) &&
          (!state.status || r.status === state.status) &&
          (!state.treaty || r.treaty === state.treaty),
      )
      .sort(compare(state.sort, state.dir));

  const draw = () => {
    clear(head);
    for (const c of COLUMNS) {
      const sorted = state.sort === c.key;
      const btn = el(
        "button",
        { type: "button", class: "sort", "data-sort": c.key },
        w(c.word),
        el("span", { "aria-hidden": "true", class: "sort-mark" }, sorted ? (state.dir > 0 ? " ▲" : " ▼") : " ⇅"),
      );
      btn.addEventListener("click", () => {
        state.dir = state.sort === c.key ? -state.dir : 1;
        state.sort = c.key;
        draw();
        $$(`button.sort[data-sort="${c.key}"]`, head)[0]?.focus();
      });
      head.appendChild(
        el("th", { scope: "col", "aria-sort": sorted ? (state.dir > 0 ? "ascending" : "descending") : null }, btn),
      );
    }
    const list = shown();
    clear(body);
    for (const r of state.all ? list : list.slice(0, PAGE)) {
      body.appendChild(
        el(
          "tr",
          { "data-state": r.state, "data-duty": r.duty, "data-status": r.status, "data-treaty": r.treaty },
          el("th", { scope: "row" }, el("a", { href: stateHref(r.state) }, r.name)),
          el("td", null, w(`duty_${r.duty}`)),
          el("td", null, r.beneficiary_name),
          el("td", null, el("span", { class: `badge status-${r.status}` }, w(`msg.status_${r.status}`))),
          el("td", null, w(`response_${r.grade}`)),
          el("td", null, el("a", { href: treatyHref(r.treaty) }, r.treaty_name)),
          el("td", { class: "d" }, r.article ? artLabel(r.article) : "—"),
          el("td", { class: "d" }, String(r.round)),
        ),
      );
    }
    more.hidden = state.all || list.length <= PAGE;
    more.textContent = w("show_all", { n: list.length });
    count.textContent = w("ft_count", { n: list.length, total: rows.length });
    table.setAttribute("data-rows", String(list.length));
  };
  for (const s of $$("select", filters)) {
    s.addEventListener("change", () => {
      state[s.getAttribute("data-filter")] = s.value;
      state.all = false;
      draw();
    });
  }
  more.addEventListener("click", () => {
    state.all = true;
    draw();
  });
  const fileName = (ext) => {
    const sc = a.scenario;
    const who = (xs) => xs.map((s) => s.state).join("+");
    return `casus-${who(sc.attackers)}-${who(sc.targets)}-${sc.date}.${ext}`;
  };
  csv.addEventListener("click", () => download(fileName("csv"), "text/csv;charset=utf-8", rowsCSV(shown())));
  json.addEventListener("click", () => {
    const doc = {
      schema: "casus.findings/1",
      scenario: a.scenario,
      detail: a.detail || "full",
      filters: { duty: state.duty || null, status: state.status || null, treaty: state.treaty || null },
      findings: shown().map((r) => r.f),
    };
    download(fileName("json"), "application/json", `${JSON.stringify(doc, null, 1)}\n`);
  });
  draw();

  const section = el(
    "details",
    { class: "fsec", id: "sec-table", open: rows.length <= 25 },
    el(
      "summary",
      null,
      el("span", { class: "sec-title" }, w("table_title")),
      el("span", { class: "sec-count" }, String(rows.length)),
    ),
    el(
      "div",
      { class: "sec-body" },
      filters,
      tools,
      el("div", { class: "table-wrap" }, table),
      more,
      summarisedNote(a, query),
    ),
  );
  return section;
}

/** With `detail=summary` (the default), the duties of uninvolved states are counted by treaty, not listed:
 * say so, and link the answer in full. */
function summarisedNote(a, query) {
  const groups = a.summarised || [];
  if (!groups.length) return null;
  const full = new URLSearchParams(query);
  full.set("detail", "full");
  const ul = el("ul", { class: "summarised small" });
  for (const g of groups.slice(0, 12)) {
    ul.appendChild(
      el(
        "li",
        { "data-treaty": g.treaty.id, "data-duty": g.duty },
        el("a", { href: treatyHref(g.treaty.id) }, treatyName(g.treaty.id, g.treaty.short_name)),
        ` — ${w(`duty_${g.duty}`)}: `,
        w("summarised_counts", { n: g.findings, states: g.obligors }),
      ),
    );
  }
  if (groups.length > 12) ul.appendChild(el("li", null, w("and_more", { n: groups.length - 12 })));
  return el(
    "div",
    { class: "summarised-box", id: "summarised" },
    el("p", null, w("summarised_intro")),
    ul,
    el("p", null, el("a", { href: `/api/attack?${full.toString()}`, id: "full-json" }, w("full_json"))),
  );
}
