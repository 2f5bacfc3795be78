/* A pair over time ("/pair?a=RUS&b=PRK"): every duty either state owed the other from 1816 to today, as an SVG
 * strip (one row per direction and duty, one bar per treaty's span, coloured and patterned by duty, uncertain
 * spans hatched), the selected span's treaty, and the same spans as a table.  Reads /api/pair.
 *
 * The strip is one tab stop: Tab reaches a bar, the arrow keys move between bars (Left/Right in a row, Up/Down
 * between rows, Home/End), Enter opens the bar's treaty below the strip.  On a narrow screen the strip scrolls
 * sideways and the row labels stay in view. */
import { errorMessages, getJSON } from "./api.js";
import { $, clear, el, gridTable } from "./dom.js";
import { comboInput, fieldError } from "./form.js";
import { setTwin } from "./frame.js";
import { DUTIES, FIRST_YEAR, moveFrom, pairRows, setLanes, spanYears, yearScale, yearTicks } from "./pair-rows.js";
import { S, TODAY } from "./state.js";
import { dl } from "./treaty-page.js";
import { artLabel, href, nameOfAbbrev, treatyHref, treatyName, w } from "./words.js";

/** the strip's geometry, in CSS pixels */
const G = {
  minWidth: 760, // narrower screens scroll sideways
  padL: 10,
  padR: 22,
  axis: 26,
  label: 21,
  lane: 16,
  laneGap: 4,
  rowGap: 10,
  minBar: 5, // the narrowest bar (a span of days) ...
  minUncertain: 10, // ... and the narrowest hatched one, so that its hatching shows
  laneSpace: 3, // bars closer than this go on separate lanes
};

const EXAMPLES = [
  ["RUS", "PRK"],
  ["USA", "UKG"],
  ["FRN", "RUS"],
  ["GMY", "AUH"],
  ["CHN", "PRK"],
  ["USA", "JPN"],
];

/** what the page shows: the answer, the request in flight, the selected bar and how to redraw the strip */
const P = { doc: null, rows: [], ctrl: null, current: null, redraw: null, resize: null };

const ccodeOf = (abbrev) => S.byAbbrev.get(abbrev)?.ccode;
const dates = (s) => `${s.start} – ${s.end || w("msg.pair_now")}`;
const spanTreaty = (s) => treatyName(s.treaty.id, s.treaty.short_name);
const rowLabel = (r) => `${r.from.name} → ${r.to.name}: ${w(`duty_${r.duty}`)}`;
const rowSentence = (r) => w(`pair_row_${r.duty}`, { a: r.from.name, b: r.to.name });

/** A bar's text: its row, treaty, article, dates and (if so) that it may have held. */
function spanLabel(r, s) {
  const art = s.treaty.article ? `, ${artLabel(s.treaty.article)}` : "";
  const unsure = s.certain ? "" : ` (${w("msg.pair_uncertain")})`;
  return `${rowSentence(r)} — ${spanTreaty(s)}${art}, ${dates(s)}${unsure}`;
}

/** A small swatch of a duty's fill (the patterns are defined once, in the page's hidden <svg class="ps-defs">). */
function swatch(duty, uncertain) {
  return el(
    "svg:svg",
    { class: "ps-swatch", width: 26, height: 14, viewBox: "0 0 26 14", "aria-hidden": "true", focusable: "false" },
    el("svg:rect", { x: 0.5, y: 0.5, width: 25, height: 13, class: `ps-bar duty-${duty}` }),
    uncertain ? el("svg:rect", { x: 0.5, y: 0.5, width: 25, height: 13, class: "ps-unc" }) : null,
  );
}

/** The patterns: one per duty (defend is the one solid fill), and the hatching of an uncertain span. */
function patternDefs() {
  const pat = (duty, size, ...marks) =>
    el(
      "svg:pattern",
      { id: `ps-pat-${duty}`, width: size, height: size, patternUnits: "userSpaceOnUse" },
      el("svg:rect", { width: size, height: size, class: `ps-bg-${duty}` }),
      ...marks,
    );
  const line = (x1, y1, x2, y2, cls = "ps-mark") => el("svg:line", { x1, y1, x2, y2, class: cls });
  return el(
    "svg:svg",
    { class: "ps-defs", width: 0, height: 0, "aria-hidden": "true", focusable: "false" },
    el(
      "svg:defs",
      null,
      pat("defend", 6),
      pat("join", 6, line(0, 6, 6, 0), line(-1, 1, 1, -1), line(5, 7, 7, 5)),
      pat("neutral", 6, el("svg:circle", { cx: 3, cy: 3, r: 1.3, class: "ps-dot" })),
      pat("nonaggression", 6, line(0, 3, 6, 3), line(3, 0, 3, 6)),
      pat("consult", 5, line(2.5, 0, 2.5, 5, "ps-mark dark")),
      pat("other", 6, line(0, 0, 6, 6)),
      el(
        "svg:pattern",
        { id: "ps-pat-uncertain", width: 7, height: 7, patternUnits: "userSpaceOnUse" },
        line(0, 0, 7, 7, "ps-hatch"),
        line(-1, 6, 1, 8, "ps-hatch"),
        line(6, -1, 8, 1, "ps-hatch"),
      ),
    ),
  );
}

function legend() {
  const ul = el("ul", { class: "ps-legend", "aria-label": w("legend") });
  for (const d of DUTIES) ul.appendChild(el("li", { "data-duty": d }, swatch(d, false), w(`duty_${d}`)));
  ul.appendChild(el("li", { "data-duty": "uncertain" }, swatch("defend", true), w("pair_legend_uncertain")));
  ul.appendChild(
    el(
      "li",
      { "data-duty": "open" },
      el(
        "svg:svg",
        { class: "ps-swatch", width: 26, height: 14, viewBox: "0 0 26 14", "aria-hidden": "true", focusable: "false" },
        el("svg:rect", { x: 0.5, y: 0.5, width: 17, height: 13, class: "ps-bar duty-defend" }),
        el("svg:path", { d: "M18 0.5 L25 7 L18 13.5 Z", class: "ps-open" }),
      ),
      w("pair_legend_open"),
    ),
  );
  return ul;
}

/** Draw the strip into scroller (its width decides the scale); returns the bars as [[row, index, node]]. */
function drawStrip(scroller, rows) {
  const width = Math.max(G.minWidth, Math.floor(scroller.clientWidth));
  const todayY = spanYears({ start: TODAY, end: null }, TODAY)[1];
  const x = yearScale(FIRST_YEAR, todayY, G.padL, width - G.padR);
  const pxPerYear = (width - G.padL - G.padR) / (todayY - FIRST_YEAR);
  // each bar's left and right edge: at least minBar wide (ending by today), and its row's lanes by these edges
  const edges = (s) => {
    const [f, t] = spanYears(s, TODAY);
    const min = s.certain ? G.minBar : G.minUncertain;
    let x0 = x(f);
    let x1 = x(Math.min(t, todayY));
    if (x1 - x0 < min) {
      x1 = Math.min(x0 + min, x(todayY));
      x0 = x1 - min;
    }
    return [x0, x1];
  };
  for (const r of rows) setLanes(r, r.spans.map(edges), G.laneSpace);
  const rowH = (r) => G.label + r.lanes * G.lane + (r.lanes - 1) * G.laneGap + G.rowGap;
  const bodyH = rows.reduce((h, r) => h + rowH(r), 0);
  const bottomAxis = rows.length > 3;
  const height = G.axis + 6 + bodyH + (bottomAxis ? G.axis : 0);
  const svg = el("svg:svg", {
    class: "ps-svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-labelledby": "ps-strip-title",
    "aria-describedby": "ps-help",
  });

  // the year axis (top, and bottom on a tall strip), gridlines, and today's line
  const ticks = yearTicks(FIRST_YEAR, Math.floor(todayY), pxPerYear);
  const grid = el("svg:g", { class: "ps-gridlines", "aria-hidden": "true" });
  for (const y of ticks.major) {
    grid.appendChild(
      el("svg:line", {
        x1: x(y),
        x2: x(y),
        y1: G.axis - 4,
        y2: height - (bottomAxis ? G.axis - 4 : 0),
        class: "major",
      }),
    );
  }
  for (const y of ticks.minor) {
    grid.appendChild(el("svg:line", { x1: x(y), x2: x(y), y1: G.axis, y2: G.axis + 6 + bodyH, class: "minor" }));
  }
  grid.appendChild(
    el("svg:line", { x1: x(todayY), x2: x(todayY), y1: G.axis - 4, y2: G.axis + 6 + bodyH, class: "today" }),
  );
  svg.appendChild(grid);
  const axis = (y0, below) => {
    const g = el("svg:g", { class: "ps-axis", "aria-hidden": "true" });
    g.appendChild(el("svg:line", { x1: G.padL, x2: x(todayY), y1: y0, y2: y0, class: "ps-axis-line" }));
    const labels = [FIRST_YEAR, ...ticks.major.filter((y) => x(y) - x(FIRST_YEAR) > 34 && x(todayY) - x(y) > 34)];
    for (const y of labels) {
      g.appendChild(el("svg:line", { x1: x(y), x2: x(y), y1: y0 - 4, y2: y0 + 4, class: "ps-tick" }));
      g.appendChild(
        el(
          "svg:text",
          {
            x: x(y),
            y: below ? y0 + 16 : y0 - 8,
            class: "ps-year",
            "text-anchor": y === FIRST_YEAR ? "start" : "middle",
          },
          String(y),
        ),
      );
    }
    g.appendChild(
      el(
        "svg:text",
        { x: x(todayY), y: below ? y0 + 16 : y0 - 8, class: "ps-year ps-today", "text-anchor": "end" },
        TODAY.slice(0, 4),
      ),
    );
    return g;
  };
  svg.appendChild(axis(G.axis, false));

  const labelLayer = el("svg:g", { class: "ps-labels", "aria-hidden": "true" });
  const bars = [];
  let y = G.axis + 6;
  rows.forEach((r, ri) => {
    labelLayer.appendChild(el("svg:text", { x: G.padL, y: y + 14, class: "ps-row-label" }, rowLabel(r)));
    const g = el("svg:g", {
      class: `ps-row duty-${r.duty}`,
      role: "group",
      "aria-label": rowSentence(r),
      "data-dir": r.dir,
      "data-duty": r.duty,
      "data-from": r.from.state,
      "data-to": r.to.state,
    });
    r.spans.forEach((s, si) => {
      const [x0, x1] = edges(s);
      const top = y + G.label + s.lane * (G.lane + G.laneGap);
      const label = spanLabel(r, s);
      const duty = DUTIES.includes(s.duty) ? s.duty : "other";
      const bar = el(
        "svg:g",
        {
          class: `ps-span${s.certain ? "" : " uncertain"}${s.end ? "" : " open"}`,
          role: "button",
          tabindex: "-1",
          "aria-label": label,
          "data-treaty": s.treaty.id,
          "data-article": s.treaty.article || "",
          "data-start": s.start,
          "data-end": s.end || "",
          "data-certain": String(s.certain),
          "data-duty": s.duty,
          "data-obligor": s.obligor,
          "data-beneficiary": s.beneficiary,
          "data-row": ri,
          "data-index": si,
        },
        el("svg:rect", {
          x: x0 - 3,
          y: top - 3,
          width: x1 - x0 + 6 + (s.end ? 0 : 7),
          height: G.lane + 6,
          rx: 3,
          class: "ps-hit",
        }),
        el("svg:rect", { x: x0, y: top, width: x1 - x0, height: G.lane, class: `ps-bar duty-${duty}` }),
        s.certain ? null : el("svg:rect", { x: x0, y: top, width: x1 - x0, height: G.lane, class: "ps-unc" }),
        s.end
          ? null
          : el("svg:path", {
              d: `M${x1 + 0.5} ${top} L${x1 + 7} ${top + G.lane / 2} L${x1 + 0.5} ${top + G.lane} Z`,
              class: "ps-open",
            }),
      );
      // the treaty's name on the bar when it fits
      const text = `${spanTreaty(s)}${s.treaty.article ? `, ${artLabel(s.treaty.article)}` : ""}`;
      if (x1 - x0 > text.length * 7 + 14) {
        bar.appendChild(el("svg:text", { x: x0 + 5, y: top + 12, class: "ps-bar-text" }, text));
      }
      bars.push([ri, si, bar]);
      g.appendChild(bar);
    });
    svg.appendChild(g);
    y += rowH(r);
  });
  svg.appendChild(labelLayer);
  if (bottomAxis) svg.appendChild(axis(y, true));

  clear(scroller).appendChild(svg);
  const follow = () => labelLayer.setAttribute("transform", `translate(${scroller.scrollLeft} 0)`);
  scroller.onscroll = follow;
  follow();
  return { bars, x, width };
}

/** The selected bar's treaty, dates and clause (below the strip). */
function showDetails(box, r, s) {
  clear(box);
  box.appendChild(el("h3", { id: "ps-details-title" }, w("pair_selected")));
  if (!r) {
    box.appendChild(el("p", { class: "small" }, w("pair_select_hint")));
    return;
  }
  box.setAttribute("data-treaty", s.treaty.id);
  box.appendChild(el("p", { class: "ps-d-who" }, swatch(s.duty, !s.certain), el("strong", null, rowSentence(r))));
  box.appendChild(
    dl([
      [w("treaty"), el("a", { href: treatyHref(s.treaty.id), class: "ps-d-treaty" }, spanTreaty(s))],
      [w("col_article"), s.treaty.article ? artLabel(s.treaty.article) : w("msg.no_article")],
      [
        w("pair_dates"),
        [
          el("time", { datetime: s.start }, s.start),
          " – ",
          s.end ? el("time", { datetime: s.end }, s.end) : w("msg.pair_now"),
        ],
      ],
      [w("pair_certain"), s.certain ? w("fact_yes") : w("pair_legend_uncertain")],
      [w("atop_record"), s.treaty.atopid ? String(s.treaty.atopid) : null],
      [w("pair_clause"), s.clause ? el("code", null, s.clause) : null],
    ]),
  );
}

/** The same spans as a table (the strip's text alternative), in order of time. */
function spansTable(rows) {
  const cols = ["pair_who", "col_duty", "treaty", "col_article", "pair_start", "pair_end", "pair_certain"];
  const tb = el("tbody");
  const all = rows.flatMap((r) => r.spans.map((s) => [r, s]));
  all.sort(([, x], [, y]) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  for (const [r, s] of all) {
    const who = (st, abbrev) => (abbrev && abbrev !== st.state ? `${st.name} (${abbrev})` : st.name);
    const cells = [
      el("th", { scope: "row" }, `${who(r.from, s.obligor)} → ${who(r.to, s.beneficiary)}`),
      el("td", null, swatch(s.duty, false), " ", w(`duty_${s.duty}`)),
      el("td", null, el("a", { href: treatyHref(s.treaty.id) }, spanTreaty(s))),
      el("td", null, s.treaty.article ? artLabel(s.treaty.article) : "—"),
      el("td", { class: "d" }, s.start),
      el("td", { class: "d" }, s.end || w("msg.pair_now")),
      el("td", null, s.certain ? w("fact_yes") : w("msg.pair_uncertain")),
    ];
    cells.forEach((c, i) => {
      if (i) c.setAttribute("data-label", w(cols[i]));
    });
    tb.appendChild(
      el(
        "tr",
        {
          "data-treaty": s.treaty.id,
          "data-duty": s.duty,
          "data-dir": r.dir,
          "data-start": s.start,
          "data-certain": String(s.certain),
        },
        cells,
      ),
    );
  }
  return el(
    "div",
    { class: "table-wrap" },
    gridTable(
      { class: "grid pair-grid", id: "pair-table" },
      w("pair_table"),
      cols.map((c) => w(c)),
      tb,
    ),
  );
}

/** The strip, its legend, the selected bar and the table, for the answer doc. */
function renderPair(out, doc) {
  const a = doc.a;
  const b = doc.b;
  P.rows = pairRows(doc.spans, a, b, TODAY, ccodeOf);
  P.current = null;
  out.appendChild(el("h2", { id: "ps-strip-title" }, w("pair_strip", { a: a.name, b: b.name })));
  if (!P.rows.length) {
    out.appendChild(el("p", { class: "ps-none" }, w("msg.pair_none")));
    return;
  }
  const n = P.rows.reduce((k, r) => k + r.spans.length, 0);
  out.appendChild(
    el("p", { class: "small ps-count" }, w("pair_counts", { rows: P.rows.length, n, basis: w(`basis_${doc.basis}`) })),
  );
  out.appendChild(patternDefs());
  out.appendChild(legend());
  out.appendChild(el("p", { class: "small", id: "ps-help" }, w("pair_help")));
  const scroller = el("div", { class: "ps-scroll", id: "pair-strip" });
  const details = el("section", { class: "ps-details", id: "pair-details", "aria-labelledby": "ps-details-title" });
  out.appendChild(el("div", { class: "ps-wrap" }, scroller));
  out.appendChild(details);
  out.appendChild(el("h2", null, w("pair_table")));
  out.appendChild(spansTable(P.rows));

  let bars = [];
  const nodeAt = (r, i) => bars.find(([br, bi]) => br === r && bi === i)?.[2];
  const select = (r, i) => {
    for (const [, , node] of bars) {
      node.setAttribute("tabindex", "-1");
      node.classList.remove("selected");
    }
    const node = nodeAt(r, i);
    if (!node) return;
    node.setAttribute("tabindex", "0");
    node.classList.add("selected");
    P.current = [r, i];
    showDetails(details, P.rows[r], P.rows[r].spans[i]);
  };
  const draw = () => {
    const focused = document.activeElement?.closest?.(".ps-span") ? P.current : null;
    const drawn = drawStrip(scroller, P.rows);
    bars = drawn.bars;
    if (P.current) select(...P.current);
    else bars[0][2].setAttribute("tabindex", "0");
    if (focused) nodeAt(...focused)?.focus({ preventScroll: true });
    return drawn;
  };
  const drawn = draw();
  showDetails(details, null, null);
  // on a narrow screen, start where the spans are (the latest ones in view)
  if (scroller.scrollWidth > scroller.clientWidth) {
    const spans = P.rows.flatMap((r) => r.spans);
    const lo = drawn.x(Math.min(...spans.map((s) => spanYears(s, TODAY)[0])));
    const hi = drawn.x(Math.max(...spans.map((s) => spanYears(s, TODAY)[1])));
    scroller.scrollLeft = Math.max(
      0,
      hi - lo < scroller.clientWidth - 40 ? (lo + hi) / 2 - scroller.clientWidth / 2 : hi - scroller.clientWidth + 40,
    );
  }

  scroller.addEventListener("click", (ev) => {
    const node = ev.target.closest(".ps-span");
    if (!node) return;
    select(Number(node.dataset.row), Number(node.dataset.index));
    node.focus({ preventScroll: true });
  });
  scroller.addEventListener("focusin", (ev) => {
    const node = ev.target.closest?.(".ps-span");
    if (node) select(Number(node.dataset.row), Number(node.dataset.index));
  });
  scroller.addEventListener("keydown", (ev) => {
    const node = ev.target.closest?.(".ps-span");
    if (!node) return;
    const r = Number(node.dataset.row);
    const i = Number(node.dataset.index);
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      select(r, i);
      $(".ps-d-treaty", details)?.focus();
      return;
    }
    const to = moveFrom(P.rows, r, i, ev.key);
    if (!to) return;
    ev.preventDefault();
    nodeAt(...to)?.focus();
  });
  // Escape in the details goes back to the bar
  details.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && P.current) nodeAt(...P.current)?.focus();
  });

  // redraw when the strip's width changes (a turned phone, a resized window)
  if (P.resize) P.resize.disconnect();
  let lastWidth = scroller.clientWidth;
  if (window.ResizeObserver) {
    P.resize = new ResizeObserver(() => {
      if (!scroller.isConnected) return P.resize?.disconnect();
      if (Math.abs(scroller.clientWidth - lastWidth) < 2) return;
      lastWidth = scroller.clientWidth;
      draw();
    });
    P.resize.observe(scroller);
  }
}

/** The query of the form: {a, b, basis} (basis only when not the default). */
function pairParams(a, b, basis) {
  return { a, b, basis: basis === "signed" ? "signed" : "" };
}

function apiUrl(p) {
  const q = new URLSearchParams();
  q.set("a", p.a);
  q.set("b", p.b);
  if (p.basis) q.set("basis", p.basis);
  if (S.lang === "hi") q.set("lang", "hi");
  return `/api/pair?${q.toString()}`;
}

function examples() {
  return el(
    "section",
    { class: "prompt", id: "pair-prompt" },
    el("p", null, w("pair_examples")),
    el(
      "ul",
      { class: "examples" },
      EXAMPLES.map(([a, b]) =>
        el(
          "li",
          null,
          el("a", { href: href("/pair", { a, b }) }, w("pair_heading", { a: nameOfAbbrev(a), b: nameOfAbbrev(b) })),
        ),
      ),
    ),
  );
}

function pairForm() {
  const combo = (id, label) =>
    el(
      "div",
      { class: "field combo", id: `combo-${id}` },
      el("label", { for: id }, label),
      el("input", {
        id,
        name: id.slice(5),
        type: "text",
        maxlength: 200,
        spellcheck: "false",
        role: "combobox",
        "aria-autocomplete": "list",
        "aria-expanded": "false",
        "aria-controls": `${id}-list`,
        placeholder: w("search_placeholder"),
      }),
      el("ul", { id: `${id}-list`, class: "suggest", role: "listbox", hidden: true }),
      el("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    );
  return el(
    "form",
    { class: "pair-form", id: "pair-form", autocomplete: "off", novalidate: true },
    combo("pair-a", w("pair_state_a")),
    el(
      "button",
      { type: "button", id: "pair-swap", class: "swap", "aria-label": w("pair_swap"), title: w("pair_swap") },
      "⇄",
    ),
    combo("pair-b", w("pair_state_b")),
    el(
      "div",
      { class: "field" },
      el("label", { for: "pair-basis" }, w("basis")),
      el(
        "select",
        { id: "pair-basis", name: "basis" },
        el("option", { value: "in-force" }, w("basis_in-force")),
        el("option", { value: "signed" }, w("basis_signed")),
      ),
    ),
    el("button", { type: "submit", id: "pair-button", class: "primary" }, w("show")),
  );
}

/** Show the pair page for the states in the URL (a form and examples when it names none). */
export async function pairView() {
  const view = $("#view-pair");
  view.hidden = false;
  S.view = "pair";
  S.rerender = () => pairView();
  const params = new URLSearchParams(location.search);
  const p = pairParams((params.get("a") || "").trim(), (params.get("b") || "").trim(), params.get("basis"));
  clear(view);
  const title = el("h1", { class: "pair-title", id: "pair-title" }, w("pair_title"));
  view.appendChild(el("p", { class: "crumb" }, w("pair_crumb")));
  view.appendChild(title);
  view.appendChild(el("p", { class: "pair-intro" }, w("pair_intro")));
  view.appendChild(pairForm());
  const status = el("p", { class: "status", id: "pair-status", "aria-live": "polite" });
  const errorBox = el("section", { class: "error-box", id: "pair-error", role: "alert", hidden: true });
  const out = el("section", { class: "pair-out", id: "pair-out", "aria-labelledby": "pair-title" });
  view.append(status, errorBox, out);
  const ca = comboInput("pair-a");
  const cb = comboInput("pair-b");
  ca.set(p.a);
  cb.set(p.b);
  $("#pair-basis").value = p.basis || "in-force";

  const show = async (q) => {
    for (const f of ["pair-a", "pair-b"]) fieldError(f, null);
    errorBox.hidden = true;
    clear(out);
    history.replaceState(null, "", href("/pair", q));
    if (!q.a || !q.b) {
      title.textContent = w("pair_title");
      document.title = `${w("pair_title")} — casus`;
      setTwin("/api/pair");
      out.appendChild(examples());
      view.setAttribute("data-state", "blank");
      return false;
    }
    if (P.ctrl) P.ctrl.abort();
    const ctrl = new AbortController();
    P.ctrl = ctrl;
    view.setAttribute("data-state", "loading");
    status.textContent = w("loading");
    let res;
    try {
      res = await getJSON(apiUrl(q), ctrl.signal);
    } catch {
      if (ctrl.signal.aborted) return false;
      res = { ok: false, status: 0, body: null };
    }
    if (ctrl.signal.aborted) return false;
    status.textContent = "";
    setTwin(apiUrl(q));
    if (!res.ok) {
      const msgs = errorMessages(res);
      const label = { a: w("pair_state_a"), b: w("pair_state_b"), basis: w("basis") };
      clear(errorBox).appendChild(el("h2", { class: "error-title" }, w("pair_error")));
      errorBox.appendChild(
        el(
          "ul",
          null,
          msgs.map((m) =>
            el(
              "li",
              { "data-field": m.field },
              label[m.field] ? el("strong", null, `${label[m.field]}: `) : null,
              m.msg,
            ),
          ),
        ),
      );
      for (const m of msgs) if (m.field === "a" || m.field === "b") fieldError(`pair-${m.field}`, m.msg);
      errorBox.hidden = false;
      title.textContent = w("pair_title");
      view.setAttribute("data-state", "error");
      return false;
    }
    const doc = res.body;
    P.doc = doc;
    ca.setStates([{ name: doc.a.name, state: doc.a.state }]);
    cb.setStates([{ name: doc.b.name, state: doc.b.state }]);
    const canon = pairParams(doc.a.state, doc.b.state, q.basis);
    history.replaceState(null, "", href("/pair", canon));
    setTwin(apiUrl(canon));
    const heading = w("pair_heading", { a: doc.a.name, b: doc.b.name });
    title.textContent = heading;
    document.title = `${heading} — casus`;
    renderPair(out, doc);
    view.setAttribute("data-state", "ready");
    view.setAttribute("data-lang", S.lang);
    return true;
  };

  const current = () => pairParams(ca.value(), cb.value(), $("#pair-basis").value);
  const submit = () => {
    const q = current();
    if (!q.a || !q.b) {
      for (const [f, v] of [
        ["pair-a", q.a],
        ["pair-b", q.b],
      ])
        fieldError(f, v ? null : w("pair_missing"));
      $(q.a ? "#pair-b" : "#pair-a").focus();
      return;
    }
    show(q);
  };
  $("#pair-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    submit();
  });
  for (const c of [ca, cb]) {
    c.input.addEventListener("chosen", () => {
      if (ca.value() && cb.value()) submit();
    });
  }
  $("#pair-basis").addEventListener("change", () => {
    if (ca.value() && cb.value()) submit();
  });
  $("#pair-swap").addEventListener("click", () => {
    const x = ca.snapshot();
    ca.restore(cb.snapshot());
    cb.restore(x);
    if (ca.value() && cb.value()) submit();
  });
  await show(p);
}

/** The link to a pair's page: "{a} and {b} over time". */
export function pairLink(a, b, attrs) {
  return el(
    "a",
    { href: href("/pair", { a: a.state, b: b.state }), ...(attrs || {}) },
    w("pair_heading", { a: a.name, b: b.name }),
  );
}
