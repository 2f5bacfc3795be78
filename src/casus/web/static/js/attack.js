/* The answer page ("/"): the question's form, the answer's headline, map, cascade and findings. */
import { errorMessages, getJSON } from "./api.js";
import { destroyGraph, drawGraph } from "./cascade.js";
import { $, $$, append, clear, el } from "./dom.js";
import { renderFindings } from "./findings.js";
import { comboInput, fieldError, fillAreas } from "./form.js";
import { commonDays, dateForYear, dateProblem, MIN_DATE } from "./format.js";
import { setTwin } from "./frame.js";
import { colourMap, drawMap, markPlace, wireShade, wireZoom } from "./map.js";
import { pairLink } from "./pair-page.js";
import { computeRoles } from "./roles.js";
import { S, THIS_YEAR, TODAY } from "./state.js";
import { closeStatePanel, wireStatePanel } from "./state-panel.js";
import { compactGroup, groupStates, listNames, summaryGroups } from "./summary.js";
import { artLabel, href, nameOfAbbrev, treatyHref, treatyName, w, wNodes } from "./words.js";

const FACTS = ["provoked", "requested", "joint_finding"];
const OPTIONS = ["basis", "policy", ...FACTS];
/** for an attack by a group or an unknown attacker: the states it came from and is attributed to */
const ORIGINS = ["launched_from", "attributed_to"];
/** the form's label for a field an error names */
const FIELD_WORDS = {
  by: "attacker",
  on: "target",
  date: "date",
  where: "where",
  basis: "basis",
  policy: "policy",
  launched_from: "launched_from",
  attributed_to: "attributed_to",
};

/** The days the slider may reach: those on which every attacker and target existed (/api/states spans). */
const bounds = { min: MIN_DATE, max: TODAY };

function setBounds(sc) {
  const spans = [...sc.attackers, ...sc.targets].map((s) => S.byCcode.get(s.ccode)?.spans).filter(Boolean);
  const days = commonDays(spans, TODAY);
  // the answer knows best: a state it places on this day counts as existing then, whatever the spans say
  bounds.min = days && days[0] <= sc.date ? days[0] : MIN_DATE;
  bounds.max = days && days[1] >= sc.date ? days[1] : TODAY;
  const year = $("#year");
  year.min = bounds.min.slice(0, 4);
  year.max = bounds.max.slice(0, 4);
  year.value = sc.date.slice(0, 4);
  $("#year-min").textContent = bounds.min;
  $("#year-max").textContent = bounds.max;
  year.setAttribute("aria-valuetext", sc.date);
}

/** Show the answer page and ask the question in the URL (if it has one). */
export function attackView() {
  const view = $("#view-attack");
  view.hidden = false;
  S.view = "attack";
  const by = comboInput("by");
  const on = comboInput("on");
  const date = $("#date");
  const year = $("#year");
  year.setAttribute("max", String(THIS_YEAR));
  $("#year-min").textContent = MIN_DATE;
  $("#year-max").textContent = TODAY;

  const params = new URLSearchParams(location.search);
  by.set(params.get("by"));
  on.set(params.get("on"));
  date.value = params.get("date") || TODAY;
  for (const k of OPTIONS) {
    const v = params.get(k);
    if (v !== null && $$("option", $(`#${k}`)).some((o) => o.value === v)) $(`#${k}`).value = v;
  }
  for (const k of ORIGINS) $(`#${k}`).value = params.get(k) || "";
  if ([...OPTIONS, ...ORIGINS].some((k) => params.get(k))) $("#more").open = true;
  const syncYear = () => {
    const y = Number((date.value || TODAY).slice(0, 4));
    year.value = String(Math.min(Number(year.max), Math.max(Number(year.min), y || THIS_YEAR)));
    $("#year-out").textContent = date.value || "";
  };
  syncYear();

  let sliderTimer = null;
  const ask = () => {
    clearTimeout(sliderTimer);
    return runAttack({ by, on });
  };
  $("#ask-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    ask();
  });
  by.input.addEventListener("chosen", ask);
  on.input.addEventListener("chosen", ask);
  date.addEventListener("change", () => {
    syncYear();
    ask();
  });
  year.addEventListener("input", () => {
    date.value = dateForYear(year.value, date.value, bounds.min, bounds.max);
    $("#year-out").textContent = date.value;
    year.setAttribute("aria-valuetext", date.value);
    clearTimeout(sliderTimer);
    sliderTimer = setTimeout(ask, 250);
  });
  year.addEventListener("change", ask);
  for (const id of ["where", ...OPTIONS, ...ORIGINS]) $(`#${id}`).addEventListener("change", ask);
  $("#swap").addEventListener("click", () => {
    const a = by.snapshot();
    by.restore(on.snapshot());
    on.restore(a);
    ask();
  });
  S.rerender = async () => {
    await fillAreas();
    if (S.answer || (by.value() && on.value())) await runAttack({ by, on });
    else showPrompt();
  };
  fillAreas(params.get("where") || "").then(() => {
    if (by.value() && on.value()) runAttack({ by, on });
    else showPrompt();
  });
  wireStatePanel();
  wireZoom();
  wireShade();
  S.mapReady = drawMap().catch(() => null);
}

function examples() {
  return [
    { by: "USA", on: "PRK", date: "2025-01-01" },
    { by: "USA", on: "PRK", date: "2024-11-01" },
    { by: "RUS", on: "FIN", date: "2025-01-01" },
    { by: "GMY", on: "FRN", date: "1914-08-03" },
    { by: "JPN", on: "USA", date: "1990-01-01", where: "hawaii" },
    { by: "IRN", on: "QAT", date: "2025-12-01" },
  ];
}

function showPrompt() {
  $("#prompt").hidden = false;
  $("#answer").hidden = true;
  $("#findings").hidden = true;
  $("#graph-panel").hidden = true;
  S.answer = null;
  // the map shows the states of the form's day (1914 if the date box says so)
  S.mapReady.then(() => colourMap(new Map()));
  const ul = clear($("#examples"));
  for (const x of examples()) {
    const place = x.where && S.areas ? S.areas.places.find((p) => p.id === x.where) : null;
    const placeName = place ? (S.lang === "hi" ? place.name_hi || place.name : place.name) : x.where;
    const label = `${nameOfAbbrev(x.by)} → ${nameOfAbbrev(x.on)}, ${x.date}${x.where ? ` (${placeName})` : ""}`;
    ul.appendChild(el("li", null, el("a", { href: href("/", x) }, label)));
  }
  setTwin("/api/attack");
}

/** The query of the question on the form. */
function requestParams({ by, on }) {
  const p = new URLSearchParams();
  p.set("by", by.value());
  p.set("on", on.value());
  const d = $("#date").value.trim();
  if (d) p.set("date", d);
  const where = $("#where").value;
  if (where) p.set("where", where);
  if ($("#basis").value !== "in-force") p.set("basis", $("#basis").value);
  if ($("#policy").value !== "defensive") p.set("policy", $("#policy").value);
  for (const k of FACTS) if ($(`#${k}`).value) p.set(k, $(`#${k}`).value);
  for (const k of ORIGINS) if ($(`#${k}`).value.trim()) p.set(k, $(`#${k}`).value.trim());
  if (S.lang === "hi") p.set("lang", "hi");
  return p;
}

async function runAttack(form) {
  const view = $("#view-attack");
  const p = requestParams(form);
  for (const f of ["by", "on", "date", "where", ...ORIGINS]) fieldError(f, null);
  $("#error").hidden = true;
  if (!p.get("by") || !p.get("on")) {
    history.replaceState(null, "", `/?${p.toString()}`);
    showPrompt();
    return;
  }
  // a date the server would refuse is refused here, in the page's words
  const problem = p.get("date") ? dateProblem(p.get("date"), MIN_DATE, TODAY) : "";
  if (problem) {
    if (S.ctrl) S.ctrl.abort();
    history.replaceState(null, "", `/?${p.toString()}`);
    $("#prompt").hidden = true;
    showError([{ field: "date", msg: w(`date_${problem}`, { date: p.get("date"), min: MIN_DATE, max: TODAY }) }]);
    view.setAttribute("data-state", "error");
    return;
  }
  if (S.ctrl) S.ctrl.abort();
  const ctrl = new AbortController();
  S.ctrl = ctrl;
  view.setAttribute("data-state", "loading");
  $("#status").textContent = w("asking");
  $("#prompt").hidden = true;
  let res;
  try {
    res = await getJSON(`/api/attack?${p.toString()}`, ctrl.signal);
  } catch {
    if (ctrl.signal.aborted) return;
    res = { ok: false, status: 0, body: null };
  }
  if (ctrl.signal.aborted) return;
  $("#status").textContent = "";
  // the URL always says what is on the screen
  history.replaceState(null, "", `/?${p.toString()}`);
  setTwin(`/api/attack?${p.toString()}`);
  if (!res.ok) {
    showError(errorMessages(res));
    view.setAttribute("data-state", "error");
    return;
  }
  const a = res.body;
  await S.mapReady;
  if (ctrl.signal.aborted) return;
  S.answer = a;
  form.by.setStates(a.scenario.attackers);
  form.on.setStates(a.scenario.targets);
  const canon = requestParams(form);
  history.replaceState(null, "", `/?${canon.toString()}`);
  $("#share").setAttribute("href", `/?${canon.toString()}`);
  setTwin(`/api/attack?${canon.toString()}`);
  closeStatePanel(false);
  setBounds(a.scenario);
  renderAnswer(a);
  view.setAttribute("data-state", "ready");
  view.setAttribute("data-date", a.scenario.date);
  view.setAttribute("data-lang", S.lang);
}

function showError(msgs) {
  S.answer = null;
  const box = clear($("#error"));
  box.appendChild(el("h1", { class: "error-title" }, w("error_title")));
  const ul = el("ul");
  for (const m of msgs) {
    const label = FIELD_WORDS[m.field] ? w(FIELD_WORDS[m.field]) : m.field;
    ul.appendChild(el("li", { "data-field": m.field }, m.field ? el("strong", null, `${label}: `) : null, m.msg));
    fieldError(m.field, m.msg);
  }
  box.appendChild(ul);
  box.hidden = false;
  $("#answer").hidden = true;
  $("#findings").hidden = true;
  $("#graph-panel").hidden = true;
  destroyGraph();
  colourMap(new Map());
}

function joinNames(list) {
  return list.map((s) => s.name).join(", ");
}

const listWords = () => ({ and: w("and"), more: (n) => w("n_more", { n }) });

/** The headline: who must fight on which side (the answer), then the question it answers. */
function renderHeadline(a) {
  const sc = a.scenario;
  const where = sc.where?.place ? w("at_place", { place: sc.where.name }) : w("msg.home");
  const groups = summaryGroups(a);
  const summary = clear($("#summary"));
  const lines = [];
  for (const g of groups) {
    if (g.duty === "neutral") continue;
    const names = groupStates(g)
      .filter((s) => s.status === "binding")
      .map((s) => s.name);
    if (!names.length) continue;
    lines.push(
      el(
        "span",
        { class: `h-line h-${g.duty}`, "data-duty": g.duty, "data-beneficiary": g.beneficiary },
        w(`head_${g.duty}`, { b: g.beneficiary_name }),
        ": ",
        el("span", { class: "who" }, listNames(names, listWords())),
        ".",
      ),
    );
  }
  if (!lines.length) {
    lines.push(
      el("span", { class: "h-line h-none" }, w("head_none", { a: joinNames(sc.attackers), b: joinNames(sc.targets) })),
    );
  }
  summary.appendChild(el("span", { class: "h-answer" }, lines));
  append(summary, [
    " ",
    el(
      "span",
      { class: "h-question" },
      wNodes("msg.attacks", {
        a: el("span", { class: "who role-attacker-text" }, joinNames(sc.attackers)),
        b: el("span", { class: "who role-target-text" }, joinNames(sc.targets)),
        date: el("time", { datetime: sc.date }, sc.date),
        where,
      }),
    ),
  ]);

  // under it, each side's states with their treaty, article and grade (states under one treaty together)
  const box = clear($("#headline"));
  box.hidden = !groups.length;
  for (const g of groups) {
    const parts = compactGroup(g).map((p) => {
      const names = p.states.map((s) => s.name);
      const shown =
        names.length > 8 ? `${listNames(names, { ...listWords(), max: 8 })}` : listNames(names, listWords());
      return el(
        "span",
        { class: "h-part", "data-treaty": p.treaty.id, "data-status": p.status },
        el("span", { class: "h-states" }, shown),
        " — ",
        el("a", { href: treatyHref(p.treaty.id) }, treatyName(p.treaty.id, p.treaty.short_name)),
        p.treaty.article ? `, ${artLabel(p.treaty.article)}` : "",
        p.grade && p.grade !== "unspecified" ? ` (${w(`response_${p.grade}`)})` : "",
        p.status !== "binding"
          ? [" ", el("span", { class: `badge status-${p.status}` }, w(`msg.status_${p.status}`)), ` ${w("only_if")}`]
          : null,
      );
    });
    box.appendChild(
      el(
        "li",
        { "data-duty": g.duty, "data-beneficiary": g.beneficiary },
        el("strong", null, w(`head_${g.duty}`, { b: g.beneficiary_name })),
        ": ",
        parts.map((p, i) => [i ? "; " : "", p]),
      ),
    );
  }
}

/** Links to the attacker and the target over time ("/pair?a=&b="): one per pair, at most three. */
function renderPairLinks(sc) {
  const box = clear($("#pair-links"));
  const pairs = sc.attackers.flatMap((x) => sc.targets.map((y) => [x, y])).filter(([x, y]) => x.state !== y.state);
  for (const [x, y] of pairs.slice(0, 3)) box.appendChild(pairLink(x, y, { "data-pair": `${x.state}-${y.state}` }));
  box.hidden = !box.firstChild;
}

function renderAnswer(a) {
  $("#answer").hidden = false;
  const sc = a.scenario;
  renderHeadline(a);
  renderPairLinks(sc);

  // notices: a pact of the attacker or target signed but not yet in force
  const notices = clear($("#notices"));
  for (const i of a.inactive) {
    if (i.why !== "not_yet_in_force") continue;
    const u = new URL(location.href);
    u.searchParams.set("basis", "signed");
    notices.appendChild(
      el(
        "p",
        { class: "notice", "data-why": i.why, "data-treaty": i.treaty.id },
        wNodes("notice_not_in_force", {
          t: el("a", { href: treatyHref(i.treaty.id) }, treatyName(i.treaty.id, i.treaty.short_name, i.treaty.name)),
          signed: i.dates.signed || "?",
          in_force: i.dates.in_force || "?",
        }),
        " ",
        el("a", { href: u.pathname + u.search, class: "notice-link" }, w("notice_count_signed")),
      ),
    );
  }
  if (sc.basis === "signed") notices.appendChild(el("p", { class: "notice info" }, w("notice_basis_signed")));

  const roles = computeRoles(a);
  const count = (role) => Array.from(roles.values()).filter((r) => r.role === role).length;
  const counts = clear($("#counts"));
  for (const role of ["defender", "joiner", "discretionary", "conditional", "neutral", "neutral_maybe", "conflicted"]) {
    const n = count(role);
    counts.appendChild(
      el(
        "li",
        { class: n ? "" : "zero", "data-role": role },
        el("span", { class: `swatch role-${role}`, "aria-hidden": "true" }),
        el("strong", null, String(n)),
        " ",
        w(`count_${role}`),
      ),
    );
  }
  S.roles = roles;
  colourMap(roles);
  markPlace(a);
  drawGraph(a, roles);
  renderFindings(a, roles, new URLSearchParams(location.search));
  renderRecord(a.record || []);
}

/** What states did before with the treaties of this answer: one line each, linked to the record's page. */
function renderRecord(record) {
  const list = clear($("#record-list"));
  $("#record-box").hidden = !record.length;
  for (const r of record) {
    const who = r.requested_by.map((x) => nameOfAbbrev(x)).join(", ");
    list.appendChild(
      el(
        "li",
        { "data-invocation": r.id },
        el("time", { datetime: r.date || "" }, r.date || "?"),
        " — ",
        el(
          "a",
          { href: `${href("/invocations", { treaty: r.treaty })}#inv-${r.id}` },
          treatyName(r.treaty, r.treaty_name),
        ),
        r.article ? ` ${artLabel(r.article)}` : "",
        `: ${w(`msg.record_what_${r.what}`)}`,
        who ? ` (${who})` : "",
      ),
    );
  }
}
