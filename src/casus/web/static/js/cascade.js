/* The cascade: who enters the war in which round, triggered by whom (a cytoscape graph). */
import { $, clear, el, gridTable } from "./dom.js";
import { cascadeRows, ROLE_COLOURS, ROLE_SHAPES, ROLES } from "./roles.js";
import { S } from "./state.js";
import { artLabel, stateHref, treatyHref, treatyName, w } from "./words.js";

export function destroyGraph() {
  if (S.cy) {
    S.cy.destroy();
    S.cy = null;
  }
}

/** Nodes, edges and columns of the cascade of answer a. */
function cascadeElements(a) {
  const nodes = [];
  const abbrevToCcode = new Map();
  const columns = new Map(); // column index -> list of node ids
  const addNode = (s, role, col) => {
    abbrevToCcode.set(s.state, s.ccode);
    nodes.push({ data: { id: `n${s.ccode}`, label: s.name, role, abbrev: s.state }, classes: `role-${role}` });
    if (!columns.has(col)) columns.set(col, []);
    columns.get(col).push(`n${s.ccode}`);
  };
  for (const s of a.sides.attackers) addNode(s, s.role === "attacker" ? "attacker" : "joiner", -s.round);
  for (const s of a.sides.defenders) addNode(s, s.role === "target" ? "target" : "defender", 1 + s.round);
  const ids = new Set(nodes.map((n) => n.data.id));
  const edges = [];
  const seen = new Map();
  for (const t of a.scenario.targets) {
    for (const at of a.scenario.attackers) {
      if (ids.has(`n${at.ccode}`) && ids.has(`n${t.ccode}`)) {
        edges.push({
          data: { id: `a${at.ccode}-${t.ccode}`, source: `n${at.ccode}`, target: `n${t.ccode}`, label: "" },
          classes: "attack",
        });
      }
    }
  }
  for (const f of a.findings) {
    if (f.status !== "binding" || (f.duty !== "defend" && f.duty !== "join")) continue;
    const via = abbrevToCcode.get(f.via);
    const src = `n${via}`;
    const dst = `n${f.ccode}`;
    if (via === undefined || !ids.has(dst) || src === dst) continue;
    const key = `${src}>${dst}`;
    const label =
      treatyName(f.treaty.id, f.treaty.short_name, f.treaty.name) +
      (f.treaty.article ? ` ${artLabel(f.treaty.article)}` : "");
    if (seen.has(key)) {
      const e = seen.get(key);
      if (!e.data.labels.includes(label)) e.data.labels.push(label);
      continue;
    }
    const e = { data: { id: `e${edges.length}`, source: src, target: dst, labels: [label] }, classes: f.duty };
    seen.set(key, e);
    edges.push(e);
  }
  const showLabels = edges.length <= 8;
  for (const e of edges) {
    if (e.data.labels) e.data.label = showLabels ? e.data.labels.join("; ") : "";
  }
  return { nodes, edges, columns };
}

/** Preset layout: one column per round, the attacker's side to the left, the target's to the right;
 * a column with many states wraps into sub-columns.  On a narrow screen (narrow: true) the layout turns a
 * quarter: rounds run from the top (the attacker's side) down. */
function layout(columns, narrow) {
  const DX = narrow ? 105 : 250;
  const SUB = narrow ? 52 : 150;
  const DY = narrow ? 112 : 46;
  const PER = narrow ? 3 : 9;
  const positions = {};
  const place = (col, x0) => {
    const list = columns.get(col);
    const subcols = Math.ceil(list.length / PER);
    const rows = Math.min(list.length, PER);
    const dir = col <= 0 ? -1 : 1;
    list.forEach((id, i) => {
      const sc = Math.floor(i / PER);
      const row = i % PER;
      positions[id] = { x: x0 + dir * sc * SUB, y: (row - (rows - 1) / 2) * DY + (sc % 2 ? DY / 2 : 0) };
    });
    return (subcols - 1) * SUB;
  };
  const cols = Array.from(columns.keys());
  let x = 0;
  for (const c of cols.filter((c) => c <= 0).sort((p, q) => q - p)) x -= place(c, x) + DX;
  x = 0;
  for (const c of cols.filter((c) => c > 0).sort((p, q) => p - q)) x += place(c, x + DX) + DX;
  if (narrow) for (const id of Object.keys(positions)) positions[id] = { x: positions[id].y, y: positions[id].x };
  return positions;
}

function graphStyle() {
  const font = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Lohit Devanagari", sans-serif';
  const style = [
    {
      selector: "node",
      style: {
        "background-color": "#999",
        label: "data(label)",
        "font-family": font,
        "font-size": 13,
        color: "#1b1f24",
        "text-valign": "bottom",
        "text-margin-y": 4,
        width: 22,
        height: 22,
        "border-width": 2,
        "border-color": "#fff",
        "text-background-color": "#fff",
        "text-background-opacity": 0.8,
        "text-background-padding": 2,
        "text-wrap": "ellipsis",
        "text-max-width": 150,
      },
    },
    {
      selector: "edge",
      style: {
        width: 2,
        "line-color": "#7a8691",
        "target-arrow-color": "#7a8691",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 10,
        "font-family": font,
        color: "#3d4650",
        "text-rotation": "autorotate",
        "text-background-color": "#fff",
        "text-background-opacity": 0.85,
        "text-background-padding": 2,
        "text-margin-y": -10,
        "text-wrap": "ellipsis",
        "text-max-width": 210,
      },
    },
    {
      selector: "edge.attack",
      style: {
        "line-color": ROLE_COLOURS.attacker,
        "target-arrow-color": ROLE_COLOURS.attacker,
        "line-style": "dashed",
        width: 3,
      },
    },
    {
      selector: "edge.join",
      style: { "line-color": ROLE_COLOURS.joiner, "target-arrow-color": ROLE_COLOURS.joiner },
    },
  ];
  // each role a colour and a shape (colour is never the only mark)
  for (const r of ROLES) {
    style.push({ selector: `node.role-${r}`, style: { "background-color": ROLE_COLOURS[r], shape: ROLE_SHAPES[r] } });
  }
  style.push({
    selector: "node.role-attacker, node.role-target",
    style: { width: 30, height: 30, "font-weight": "bold" },
  });
  return style;
}

/** The cascade's text alternative: a table of who enters, in which round, on which side, triggered by whom. */
function cascadeTable(a, roles) {
  const box = clear($("#cascade-table"));
  const head = ["col_round", "col_state", "col_side", "col_role", "col_via", "col_treaty"];
  const tb = el("tbody");
  for (const r of cascadeRows(a)) {
    const role = roles.get(r.ccode)?.role || r.role;
    tb.appendChild(
      el(
        "tr",
        { "data-state": r.state, "data-round": String(r.round), "data-side": r.side, "data-role": role },
        el("td", { class: "d", "data-label": w("col_round") }, String(r.round)),
        el("th", { scope: "row" }, el("a", { href: stateHref(r.state) }, r.name)),
        el("td", { "data-label": w("col_side") }, w(`side_${r.side}`)),
        el(
          "td",
          { "data-label": w("col_role") },
          el("span", { class: `swatch role-${role}`, "aria-hidden": "true" }),
          " ",
          w(`role_${role}`),
        ),
        el("td", { "data-label": w("col_via") }, r.via.map((v) => v.name).join(", ") || "—"),
        el(
          "td",
          { "data-label": w("col_treaty") },
          r.treaties.length
            ? r.treaties.map((t, i) => [
                i ? "; " : "",
                el("a", { href: treatyHref(t.id) }, treatyName(t.id, t.short_name)),
                t.article ? ` ${artLabel(t.article)}` : "",
              ])
            : "—",
        ),
      ),
    );
  }
  box.appendChild(
    gridTable(
      { class: "grid cascade-grid" },
      w("cascade_table"),
      head.map((h) => w(h)),
      tb,
    ),
  );
}

/** Draw the cascade of answer a in #graph, and its table (the graph is left out when cytoscape did not load). */
export function drawGraph(a, roles) {
  const panel = $("#graph-panel");
  const box = $("#graph");
  destroyGraph();
  clear(box);
  panel.hidden = false;
  cascadeTable(a, roles || new Map());
  box.hidden = !window.cytoscape;
  if (!window.cytoscape) return;
  const { nodes, edges, columns } = cascadeElements(a);
  const narrow = box.clientWidth > 0 && box.clientWidth < 560;
  const positions = layout(columns, narrow);
  if (narrow) {
    const ys = Object.values(positions).map((p) => p.y);
    box.style.height = `${Math.max(224, Math.max(...ys) - Math.min(...ys) + 120)}px`;
  } else {
    box.style.height = "";
  }
  box.setAttribute("data-layout", narrow ? "vertical" : "horizontal");
  S.cy = window.cytoscape({
    container: box,
    elements: { nodes, edges },
    style: graphStyle(),
    layout: { name: "preset", positions, fit: true, padding: 36 },
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: false,
    minZoom: 0.2,
    maxZoom: 1.6,
  });
  S.cy.on("tap", "node", (ev) => {
    const ab = ev.target.data("abbrev");
    if (ab) location.assign(stateHref(ab));
  });
  box.setAttribute("data-nodes", String(nodes.length));
  box.setAttribute("data-edges", String(edges.length));
  $("#graph-note").textContent = nodes.length <= 2 ? w("graph_empty") : w("graph_note");
}
