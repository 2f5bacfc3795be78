/* casus — the web page.
 *
 * One static shell (index.html) for "/", "/treaty/{id}" and "/state/{q}"; this
 * script routes on location.pathname and reads the JSON twins under /api/.
 *
 * Safety rule: every value that comes from the API or the URL is put into the
 * page with textContent or setAttribute (see el()); nothing is ever parsed as
 * HTML.  Links built from data only ever point at this origin or at http(s).
 */
"use strict";

(function () {
  // ---------------------------------------------------------------- helpers
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const SVG = "http://www.w3.org/2000/svg";

  /** el("a", {class: "x", href: "/y"}, "text", node, [more]) — text children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "text") node.textContent = String(v);
        else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
        else node.setAttribute(k, v === true ? "" : String(v));
      }
    }
    append(node, children);
    return node;
  }
  function append(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(node, c);
      else if (c instanceof Node) node.appendChild(c);
      else node.appendChild(document.createTextNode(String(c)));
    }
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }
  const enc = encodeURIComponent;

  function todayISO() {
    const d = new Date();
    const p = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }
  const TODAY = todayISO();
  const THIS_YEAR = Number(TODAY.slice(0, 4));
  const MIN_DATE = "1816-01-01";

  /** A safe external link target: only http(s) URLs. */
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\/[^\s<>"']+$/i.test(u) ? u : null;
  }

  // ------------------------------------------------------------ the state
  const S = {
    lang: "en",
    words: {},
    states: [],
    byCcode: new Map(),
    byAbbrev: new Map(),
    areas: null,
    world: null,
    answer: null,
    ctrl: null,
    cy: null,
    view: null,
    rerender: null,
    mapReady: Promise.resolve(),
  };

  /** The page's word for key, with {placeholders} filled in (as text). */
  function w(key, vars) {
    let s = S.words[key];
    if (s === undefined) s = key;
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
    return s;
  }
  /** Like w() but returns nodes: placeholders may be filled with elements (links, names). */
  function wNodes(key, vars) {
    const s = S.words[key] === undefined ? key : S.words[key];
    const out = [];
    let last = 0;
    s.replace(/\{(\w+)\}/g, (m, k, idx) => {
      out.push(s.slice(last, idx));
      out.push(k in vars ? vars[k] : m);
      last = idx + m.length;
      return m;
    });
    out.push(s.slice(last));
    return out.filter((x) => x !== "");
  }

  /** "Art. 4" — unless the article already names its kind ("Sec. 2", "Preamble"). */
  function artLabel(a) {
    return /^\d|^[IVXLC]+\b/.test(String(a)) ? w("msg.article", { a }) : String(a);
  }

  function stateName(ccode, fallback) {
    const s = S.byCcode.get(ccode);
    if (!s) return fallback || String(ccode);
    return S.lang === "hi" ? s.name_hi || s.name : s.name;
  }
  function nameOfAbbrev(abbrev, fallback) {
    const s = S.byAbbrev.get(abbrev);
    return s ? stateName(s.ccode, fallback) : fallback || abbrev;
  }

  /** An internal link that keeps the language. */
  function href(path, params) {
    const q = new URLSearchParams();
    if (params) for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    if (S.lang === "hi") q.set("lang", "hi");
    const qs = q.toString();
    return path + (qs ? "?" + qs : "");
  }
  const treatyHref = (id) => href("/treaty/" + enc(id));
  const stateHref = (q) => href("/state/" + enc(q));

  async function getJSON(url, signal) {
    const r = await fetch(url, { signal, headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await r.json();
    } catch (e) {
      body = null;
    }
    return { ok: r.ok, status: r.status, body };
  }

  /** Messages from a FastAPI-shaped error body: [{field, msg}]. */
  function errorMessages(res) {
    const d = res.body && res.body.detail;
    if (Array.isArray(d)) {
      return d.map((x) => ({
        field: Array.isArray(x.loc) && x.loc.length ? String(x.loc[x.loc.length - 1]) : "",
        msg: String(x.msg || x.type || "invalid"),
      }));
    }
    if (typeof d === "string") return [{ field: "", msg: d }];
    return [{ field: "", msg: w("error_network") + " (HTTP " + res.status + ")" }];
  }

  // ------------------------------------------------------------- language
  function applyWords() {
    document.documentElement.lang = S.lang;
    document.title = w("title");
    for (const node of $$("[data-w]")) node.textContent = w(node.getAttribute("data-w"));
    const sw = $("#lang-switch");
    sw.textContent = w("language");
    sw.setAttribute("lang", S.lang === "en" ? "hi" : "en");
    sw.setAttribute("aria-label", w("language_label"));
    sw.setAttribute("title", w("language_label"));
    for (const id of ["by", "on"]) $("#" + id).setAttribute("placeholder", w("search_placeholder"));
    $("#brand").setAttribute("href", href("/"));
    $("#nav-ask").setAttribute("href", href("/"));
    $("#nav-docs").setAttribute("href", href("/docs"));
    renderLegend();
  }

  async function loadWords() {
    const res = await getJSON("/api/i18n/" + S.lang);
    if (res.ok) S.words = res.body;
  }

  async function switchLang() {
    S.lang = S.lang === "en" ? "hi" : "en";
    await loadWords();
    applyWords();
    const u = new URL(location.href);
    if (S.lang === "hi") u.searchParams.set("lang", "hi");
    else u.searchParams.delete("lang");
    history.replaceState(null, "", u.pathname + u.search + u.hash);
    if (S.rerender) await S.rerender();
  }

  // ----------------------------------------------------------- the states
  async function loadStates() {
    const res = await getJSON("/api/states?limit=300");
    if (!res.ok) return;
    S.states = res.body.states;
    for (const s of S.states) {
      S.byCcode.set(s.ccode, s);
      S.byAbbrev.set(s.state, s);
    }
  }

  // ================================================================ roles
  const ROLES = ["attacker", "target", "defender", "joiner", "discretionary", "conditional", "neutral", "conflicted"];
  const RANK = { attacker: 0, target: 0, conflicted: 1, defender: 2, joiner: 2, discretionary: 2, conditional: 3,
    neutral: 4 };

  function renderLegend() {
    const ul = $("#legend");
    if (!ul) return;
    clear(ul);
    for (const r of ROLES) {
      ul.appendChild(el("li", { "data-role": r }, el("span", { class: "swatch role-" + r, "aria-hidden": "true" }),
        w("role_" + r)));
    }
  }

  /** ccode -> {role, name, state, ccode}: who plays which part in the answer. */
  function computeRoles(a) {
    const roles = new Map();
    const put = (ccode, state, name, role) => {
      const cur = roles.get(ccode);
      if (!cur || RANK[role] < RANK[cur.role]) roles.set(ccode, { ccode, state, name, role });
    };
    // a state that entered by binding duties none of which is automatic (its means are its own choice)
    const bound = new Set();
    const automatic = new Set();
    for (const f of a.findings) {
      if ((f.duty === "defend" || f.duty === "join") && f.status === "binding") {
        bound.add(f.ccode);
        if (f.response === "automatic") automatic.add(f.ccode);
      }
    }
    const entrant = (s, role) => (bound.has(s.ccode) && !automatic.has(s.ccode) ? "discretionary" : role);
    for (const s of a.sides.attackers) put(s.ccode, s.state, s.name, s.role === "attacker" ? "attacker" : entrant(s, "joiner"));
    for (const s of a.sides.defenders) put(s.ccode, s.state, s.name, s.role === "target" ? "target" : entrant(s, "defender"));
    for (const s of a.conflicted) put(s.ccode, s.state, s.name, "conflicted");
    for (const f of a.findings) {
      if ((f.duty === "defend" || f.duty === "join") && f.status === "conditional") put(f.ccode, f.state, f.name, "conditional");
    }
    for (const s of a.neutral) put(s.ccode, s.state, s.name, "neutral");
    return roles;
  }

  // ================================================================= map
  const MAP_W = 960;
  const MAP_H = 470;

  async function loadWorld() {
    if (S.world) return S.world;
    const r = await fetch("/static/vendor/world-atlas/countries-110m.json");
    const topo = await r.json();
    const fc = window.topojson.feature(topo, topo.objects.countries);
    fc.features = fc.features.filter((f) => f.id !== "010"); // Antarctica: no state, much space
    S.world = fc;
    return fc;
  }

  async function drawMap() {
    const box = $("#map");
    if (!box || box.firstChild) return;
    if (!window.d3 || !window.topojson) return;
    const fc = await loadWorld();
    const projection = window.d3.geoNaturalEarth1().fitExtent([[6, 6], [MAP_W - 6, MAP_H - 6]], fc);
    S.projection = projection;
    const path = window.d3.geoPath(projection);
    const svg = el("svg:svg", { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: "world", role: "img",
      "aria-labelledby": "map-title-svg" });
    svg.appendChild(el("svg:title", { id: "map-title-svg" }, w("map_title")));
    const outline = path(window.d3.geoGraticule10());
    svg.appendChild(el("svg:path", { d: outline, class: "graticule" }));
    const g = el("svg:g", { class: "countries" });
    for (const f of fc.features) {
      const key = f.id ? String(f.id) : "name:" + (f.properties && f.properties.name);
      const p = el("svg:path", { d: path(f), class: "country", "data-iso": key,
        "data-name": f.properties ? f.properties.name : "" });
      p.appendChild(el("svg:title", null, ""));
      g.appendChild(p);
    }
    svg.appendChild(g);
    box.appendChild(svg);
    colourMap(S.answer ? computeRoles(S.answer) : new Map());
    markPlace(S.answer);
  }

  /** The scenario's place, where it has a point (the gazetteer): a marker on the map, named. */
  function markPlace(a) {
    const svg = $("#map svg.world");
    if (!svg) return;
    for (const old of $$("g.place-marker", svg)) old.remove();
    const where = a && a.scenario ? a.scenario.where : null;
    if (!where || !where.point || !S.projection) return;
    const xy = S.projection([where.point[1], where.point[0]]);
    if (!xy) return;
    svg.appendChild(el("svg:g", { class: "place-marker", "data-place": where.place },
      el("svg:circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 6 }),
      el("svg:title", null, where.name)));
  }

  /** The map feature key of a state: its ISO numeric code, or its name for features without one (Kosovo). */
  function featureKey(ccode) {
    const s = S.byCcode.get(ccode);
    if (!s) return null;
    if (s.iso_num) return s.iso_num;
    return "name:" + s.name;
  }

  function colourMap(roles) {
    const box = $("#map");
    const paths = new Map($$("path.country", box).map((p) => [p.getAttribute("data-iso"), p]));
    const onMap = new Map(); // iso -> role entry
    const off = [];
    for (const r of roles.values()) {
      const key = featureKey(r.ccode);
      if (key && paths.has(key)) {
        const cur = onMap.get(key);
        if (!cur || RANK[r.role] < RANK[cur.role]) onMap.set(key, r);
      } else {
        off.push(r);
      }
    }
    const isoName = new Map();
    for (const s of S.states) if (s.iso_num && s.current) isoName.set(s.iso_num, s.ccode);
    for (const [key, p] of paths) {
      const r = onMap.get(key);
      p.setAttribute("class", "country" + (r ? " role-" + r.role : ""));
      if (r) p.setAttribute("data-role", r.role);
      else p.removeAttribute("data-role");
      const cc = isoName.get(key);
      const name = r ? r.name : cc !== undefined ? stateName(cc) : p.getAttribute("data-name");
      p.firstChild.textContent = r ? `${name} — ${w("role_" + r.role)}` : name;
    }
    const aside = $("#offmap");
    const list = clear($("#offmap-list"));
    off.sort((a, b) => RANK[a.role] - RANK[b.role] || a.name.localeCompare(b.name));
    for (const r of off) {
      list.appendChild(el("li", { "data-state": r.state, "data-role": r.role },
        el("span", { class: "swatch role-" + r.role, "aria-hidden": "true" }),
        el("a", { href: stateHref(r.state) }, r.name), " ", el("span", { class: "small" }, w("role_" + r.role))));
    }
    aside.hidden = off.length === 0;
  }

  // ================================================================ graph
  const ROLE_COLOURS = {
    attacker: "#b2182b", target: "#1d4e89", defender: "#4393c3", joiner: "#ef8a62", discretionary: "#9ecae1",
    conditional: "#c9a227", neutral: "#8fbf8f", conflicted: "#8e44ad",
  };

  function drawGraph(a) {
    const panel = $("#graph-panel");
    const box = $("#graph");
    if (S.cy) {
      S.cy.destroy();
      S.cy = null;
    }
    clear(box);
    if (!window.cytoscape) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const nodes = [];
    const abbrevToCcode = new Map();
    const columns = new Map(); // column index -> list of node ids
    const addNode = (s, role, col) => {
      abbrevToCcode.set(s.state, s.ccode);
      nodes.push({ data: { id: "n" + s.ccode, label: s.name, role, abbrev: s.state }, classes: "role-" + role });
      if (!columns.has(col)) columns.set(col, []);
      columns.get(col).push("n" + s.ccode);
    };
    for (const s of a.sides.attackers) addNode(s, s.role === "attacker" ? "attacker" : "joiner", -s.round);
    for (const s of a.sides.defenders) addNode(s, s.role === "target" ? "target" : "defender", 1 + s.round);
    const ids = new Set(nodes.map((n) => n.data.id));
    const edges = [];
    const seen = new Map();
    for (const t of a.scenario.targets) {
      for (const at of a.scenario.attackers) {
        if (ids.has("n" + at.ccode) && ids.has("n" + t.ccode)) {
          edges.push({ data: { id: `a${at.ccode}-${t.ccode}`, source: "n" + at.ccode, target: "n" + t.ccode, label: "" },
            classes: "attack" });
        }
      }
    }
    for (const f of a.findings) {
      if (f.status !== "binding" || (f.duty !== "defend" && f.duty !== "join")) continue;
      const via = abbrevToCcode.get(f.via);
      const src = "n" + via;
      const dst = "n" + f.ccode;
      if (via === undefined || !ids.has(dst) || src === dst) continue;
      const key = src + ">" + dst;
      const label = f.treaty.short_name + (f.treaty.article ? " " + artLabel(f.treaty.article) : "");
      if (seen.has(key)) {
        const e = seen.get(key);
        if (!e.data.labels.includes(label)) e.data.labels.push(label);
        continue;
      }
      const e = { data: { id: "e" + edges.length, source: src, target: dst, labels: [label] }, classes: f.duty };
      seen.set(key, e);
      edges.push(e);
    }
    const showLabels = edges.length <= 8;
    for (const e of edges) {
      if (e.data.labels) e.data.label = showLabels ? e.data.labels.join("; ") : "";
    }
    // preset layout: one column per round, the attacker's side to the left, the target's to the right;
    // a column with many states wraps into sub-columns
    const DX = 250;
    const SUB = 150;
    const DY = 46;
    const PER = 9;
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
    const font = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Lohit Devanagari", sans-serif';
    const style = [
      { selector: "node", style: {
        "background-color": "#999", label: "data(label)", "font-family": font, "font-size": 13, color: "#1b1f24",
        "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22, "border-width": 2, "border-color": "#fff",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 2,
        "text-wrap": "ellipsis", "text-max-width": 150 } },
      { selector: "edge", style: {
        width: 2, "line-color": "#7a8691", "target-arrow-color": "#7a8691", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 10, "font-family": font, color: "#3d4650",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.85,
        "text-background-padding": 2, "text-margin-y": -10, "text-wrap": "ellipsis", "text-max-width": 210 } },
      { selector: "edge.attack", style: { "line-color": ROLE_COLOURS.attacker, "target-arrow-color": ROLE_COLOURS.attacker,
        "line-style": "dashed", width: 3 } },
      { selector: "edge.join", style: { "line-color": ROLE_COLOURS.joiner, "target-arrow-color": ROLE_COLOURS.joiner } },
    ];
    for (const r of ROLES) style.push({ selector: "node.role-" + r, style: { "background-color": ROLE_COLOURS[r] } });
    style.push({ selector: "node.role-attacker, node.role-target", style: { width: 30, height: 30, "font-weight": "bold" } });
    S.cy = window.cytoscape({
      container: box,
      elements: { nodes, edges },
      style,
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

  // ============================================================ the form
  function comboInput(id) {
    const input = $("#" + id);
    const list = $("#" + id + "-list");
    const codes = new Map(); // display name -> COW abbreviation
    let items = [];
    let active = -1;
    let timer = null;
    let ctrl = null;

    const parts = () => input.value.split(",");
    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const highlight = (i) => {
      active = i;
      $$("li", list).forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
      if (i >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${i}`);
    };
    const display = (s) => (S.lang === "hi" ? s.name_hi || s.name : s.name);
    const years = (s) => {
      if (!s.spans || !s.spans.length) return "";
      const a = s.spans[0].start.slice(0, 4);
      const last = s.spans[s.spans.length - 1];
      return `${a}–${last.end ? last.end.slice(0, 4) : ""}`;
    };
    const choose = (s) => {
      const ps = parts();
      const name = display(s);
      ps[ps.length - 1] = (ps.length > 1 ? " " : "") + name;
      codes.set(name, s.state);
      input.value = ps.join(",");
      close();
      input.dispatchEvent(new CustomEvent("chosen"));
    };
    async function search() {
      const q = parts()[parts().length - 1].trim();
      if (!q) return close();
      if (ctrl) ctrl.abort();
      ctrl = new AbortController();
      let res;
      try {
        res = await getJSON("/api/states?limit=8&q=" + enc(q), ctrl.signal);
      } catch (e) {
        return;
      }
      if (!res.ok) return close();
      items = res.body.states;
      clear(list);
      if (!items.length) {
        list.appendChild(el("li", { class: "none", role: "option", "aria-disabled": "true" }, w("no_match")));
      }
      items.forEach((s, i) => {
        const other = S.lang === "hi" ? s.name : s.name_hi;
        list.appendChild(el("li", { id: `${id}-opt-${i}`, role: "option", "aria-selected": "false", "data-state": s.state,
          on: { mousedown: (ev) => { ev.preventDefault(); choose(s); } } },
          el("span", { class: "s-name" }, display(s)),
          other ? el("span", { class: "s-other", lang: S.lang === "hi" ? "en" : "hi" }, other) : null,
          el("span", { class: "s-code" }, s.state + " · " + years(s))));
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(items.length ? 0 : -1);
    }
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(search, 120);
      fieldError(id, null);
    });
    input.addEventListener("keydown", (ev) => {
      if (list.hidden) return;
      if (ev.key === "ArrowDown") {
        ev.preventDefault();
        highlight(Math.min(items.length - 1, active + 1));
      } else if (ev.key === "ArrowUp") {
        ev.preventDefault();
        highlight(Math.max(0, active - 1));
      } else if (ev.key === "Enter" && active >= 0 && items[active]) {
        ev.preventDefault();
        choose(items[active]);
      } else if (ev.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
    return {
      input,
      /** The value to send: chosen names as codes, anything typed as typed. */
      value() {
        return parts().map((p) => p.trim()).filter(Boolean).map((p) => codes.get(p) || p).join(",");
      },
      set(raw) {
        input.value = raw || "";
      },
      snapshot() {
        return { value: input.value, codes: new Map(codes) };
      },
      restore(snap) {
        input.value = snap.value;
        codes.clear();
        for (const [k, v] of snap.codes) codes.set(k, v);
      },
      setStates(list2) {
        codes.clear();
        for (const s of list2) codes.set(s.name, s.state);
        input.value = list2.map((s) => s.name).join(", ");
      },
    };
  }

  function fieldError(field, msg) {
    const p = $("#" + field + "-error");
    const input = $("#" + field);
    if (!p || !input) return false;
    if (msg) {
      p.textContent = msg;
      p.hidden = false;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", field + "-error");
    } else {
      p.textContent = "";
      p.hidden = true;
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
    return true;
  }

  function clampDate(iso) {
    if (iso < MIN_DATE) return MIN_DATE;
    if (iso > TODAY) return TODAY;
    return iso;
  }

  function dateForYear(year, current) {
    const md = current && /^\d{4}-\d{2}-\d{2}$/.test(current) ? current.slice(5) : "01-01";
    let mdd = md;
    if (mdd === "02-29") mdd = "02-28";
    return clampDate(String(year).padStart(4, "0") + "-" + mdd);
  }

  async function fillAreas(selected) {
    if (!S.areas) {
      const res = await getJSON("/api/areas");
      S.areas = res.ok ? res.body : { places: [], zones: [] };
    }
    const sel = $("#where");
    const keep = selected !== undefined ? selected : sel.value;
    clear(sel);
    sel.appendChild(el("option", { value: "" }, w("home_territory")));
    const nm = (x) => (S.lang === "hi" ? x.name_hi || x.name : x.name);
    const group = (label, xs) => {
      const g = el("optgroup", { label });
      for (const x of xs.slice().sort((a, b) => nm(a).localeCompare(nm(b)))) g.appendChild(el("option", { value: x.id }, nm(x)));
      sel.appendChild(g);
    };
    group(w("places"), S.areas.places);
    group(w("zones"), S.areas.zones);
    if (keep && !$$("option", sel).some((o) => o.value === keep)) sel.appendChild(el("option", { value: keep }, keep));
    sel.value = keep || "";
  }

  // ========================================================= attack view
  function attackView() {
    const view = $("#view-attack");
    view.hidden = false;
    S.view = "attack";
    const by = comboInput("by");
    const on = comboInput("on");
    const date = $("#date");
    const year = $("#year");
    date.setAttribute("max", TODAY);
    year.setAttribute("max", String(THIS_YEAR));
    $("#year-max").textContent = String(THIS_YEAR);

    const params = new URLSearchParams(location.search);
    by.set(params.get("by"));
    on.set(params.get("on"));
    date.value = params.get("date") || TODAY;
    for (const k of ["basis", "policy", "provoked", "requested", "joint_finding"]) {
      const v = params.get(k);
      if (v !== null && $$("option", $("#" + k)).some((o) => o.value === v)) $("#" + k).value = v;
    }
    if (params.get("basis") || params.get("policy") || params.get("provoked") || params.get("requested") ||
        params.get("joint_finding")) $("#more").open = true;
    const syncYear = () => {
      const y = Number((date.value || TODAY).slice(0, 4));
      year.value = String(Math.min(THIS_YEAR, Math.max(1816, y || THIS_YEAR)));
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
      date.value = dateForYear(year.value, date.value);
      $("#year-out").textContent = date.value;
      clearTimeout(sliderTimer);
      sliderTimer = setTimeout(ask, 250);
    });
    year.addEventListener("change", ask);
    for (const id of ["where", "basis", "policy", "provoked", "requested", "joint_finding"]) {
      $("#" + id).addEventListener("change", ask);
    }
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
    const ul = clear($("#examples"));
    for (const x of examples()) {
      const place = x.where && S.areas ? S.areas.places.find((p) => p.id === x.where) : null;
      const placeName = place ? (S.lang === "hi" ? place.name_hi || place.name : place.name) : x.where;
      const label = `${nameOfAbbrev(x.by)} → ${nameOfAbbrev(x.on)}, ${x.date}` + (x.where ? ` (${placeName})` : "");
      ul.appendChild(el("li", null, el("a", { href: href("/", x) }, label)));
    }
    setTwin("/api/attack");
  }

  function setTwin(url) {
    $("#twin").setAttribute("href", url);
  }

  function requestParams({ by, on }) {
    const p = new URLSearchParams();
    p.set("by", by.value());
    p.set("on", on.value());
    const d = $("#date").value;
    if (d) p.set("date", d);
    const where = $("#where").value;
    if (where) p.set("where", where);
    if ($("#basis").value !== "in-force") p.set("basis", $("#basis").value);
    if ($("#policy").value !== "defensive") p.set("policy", $("#policy").value);
    for (const k of ["provoked", "requested", "joint_finding"]) if ($("#" + k).value) p.set(k, $("#" + k).value);
    if (S.lang === "hi") p.set("lang", "hi");
    return p;
  }

  async function runAttack(form) {
    const view = $("#view-attack");
    const p = requestParams(form);
    for (const f of ["by", "on", "date", "where"]) fieldError(f, null);
    $("#error").hidden = true;
    if (!p.get("by") || !p.get("on")) {
      history.replaceState(null, "", "/?" + p.toString());
      showPrompt();
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
      res = await getJSON("/api/attack?" + p.toString(), ctrl.signal);
    } catch (e) {
      if (ctrl.signal.aborted) return;
      res = { ok: false, status: 0, body: null };
    }
    if (ctrl.signal.aborted) return;
    $("#status").textContent = "";
    // the URL always says what is on the screen
    history.replaceState(null, "", "/?" + p.toString());
    setTwin("/api/attack?" + p.toString());
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
    history.replaceState(null, "", "/?" + canon.toString());
    $("#share").setAttribute("href", "/?" + canon.toString());
    setTwin("/api/attack?" + canon.toString());
    renderAnswer(a);
    view.setAttribute("data-state", "ready");
    view.setAttribute("data-date", a.scenario.date);
    view.setAttribute("data-lang", S.lang);
  }

  function showError(msgs) {
    S.answer = null;
    const box = clear($("#error"));
    box.appendChild(el("h2", null, w("error_title")));
    const ul = el("ul");
    for (const m of msgs) {
      ul.appendChild(el("li", { "data-field": m.field }, m.field ? el("strong", null, m.field + ": ") : null, m.msg));
      fieldError(m.field, m.msg);
    }
    box.appendChild(ul);
    box.hidden = false;
    $("#answer").hidden = true;
    $("#findings").hidden = true;
    $("#graph-panel").hidden = true;
    if (S.cy) {
      S.cy.destroy();
      S.cy = null;
    }
    colourMap(new Map());
  }

  function joinNames(list) {
    return list.map((s) => s.name).join(", ");
  }

  function renderAnswer(a) {
    $("#answer").hidden = false;
    const sc = a.scenario;
    const where = sc.where && sc.where.place ? w("at_place", { place: sc.where.name }) : w("msg.home");
    const summary = clear($("#summary"));
    append(summary, wNodes("msg.attacks", {
      a: el("span", { class: "who role-attacker-text" }, joinNames(sc.attackers)),
      b: el("span", { class: "who role-target-text" }, joinNames(sc.targets)),
      date: el("time", { datetime: sc.date }, sc.date),
      where,
    }));

    // notices: a pact of the attacker or target signed but not yet in force
    const notices = clear($("#notices"));
    for (const i of a.inactive) {
      if (i.why !== "not_yet_in_force") continue;
      const u = new URL(location.href);
      u.searchParams.set("basis", "signed");
      notices.appendChild(el("p", { class: "notice", "data-why": i.why, "data-treaty": i.treaty.id },
        wNodes("notice_not_in_force", {
          t: el("a", { href: treatyHref(i.treaty.id) }, i.treaty.short_name || i.treaty.name),
          signed: i.dates.signed || "?",
          in_force: i.dates.in_force || "?",
        }), " ", el("a", { href: u.pathname + u.search, class: "notice-link" }, w("notice_count_signed"))));
    }
    if (sc.basis === "signed") notices.appendChild(el("p", { class: "notice info" }, w("notice_basis_signed")));

    const roles = computeRoles(a);
    const count = (role) => Array.from(roles.values()).filter((r) => r.role === role).length;
    const counts = clear($("#counts"));
    for (const role of ["defender", "joiner", "discretionary", "conditional", "neutral", "conflicted"]) {
      const n = count(role);
      counts.appendChild(el("li", { class: n ? "" : "zero", "data-role": role },
        el("span", { class: "swatch role-" + role, "aria-hidden": "true" }),
        el("strong", null, String(n)), " ", w("count_" + role)));
    }
    colourMap(roles);
    markPlace(a);
    drawGraph(a);
    renderFindings(a, roles);
  }

  // ----------------------------------------------------------- findings
  function groupFindings(list) {
    const groups = new Map();
    for (const f of list) {
      const key = [f.duty, f.beneficiary_ccode, f.status, f.treaty.id, f.treaty.article, f.quote, f.round, f.via,
        (f.open_conditions || []).join("|"), f.conflict, (f.notes || []).join("|")].join("\u0001");
      if (!groups.has(key)) groups.set(key, { f, states: [] });
      const g = groups.get(key);
      if (!g.states.some((s) => s.ccode === f.ccode)) g.states.push({ ccode: f.ccode, state: f.state, name: f.name });
    }
    return Array.from(groups.values());
  }

  function sourceNodes(text) {
    if (!text) return null;
    const m = /^(.*?)\s+—\s+(\S+)$/.exec(text);
    if (m && safeUrl(m[2])) {
      return [m[1], " — ", el("a", { href: m[2], rel: "noopener noreferrer nofollow", class: "ext" }, m[2])];
    }
    return [text];
  }

  function quoteBlock(text) {
    if (!text) return null;
    if (text.length <= 520) return el("blockquote", { class: "quote" }, text);
    const cut = text.slice(0, 260).replace(/\s+\S*$/, "");
    const d = el("details", { class: "quote-long" },
      el("summary", null, el("span", { class: "quote-start" }, cut + " …")),
      el("blockquote", { class: "quote" }, text));
    return d;
  }

  function findingCard(g, roles, names) {
    const f = g.f;
    const obligors = el("ul", { class: "obligors" });
    for (const s of g.states) {
      const r = roles.get(s.ccode);
      obligors.appendChild(el("li", null, el("a", { class: "obligor" + (r ? " role-" + r.role + "-chip" : ""),
        "data-state": s.state, href: stateHref(s.state) }, s.name)));
    }
    const duty = wNodes("msg.duty_" + f.duty, { b: el("strong", { "data-state": f.beneficiary }, f.beneficiary_name) });
    const art = f.treaty.article ? artLabel(f.treaty.article) : null;
    const viaName = f.via ? names.get(f.via) || f.via : null;
    // how strong the duty is, beside its status: the grade and the words that decide it
    const graded = f.response && f.response !== "unspecified";
    const grade = graded ? el("span", { class: "grade grade-" + f.response, title: f.response_basis || "" },
      "· ", w("response_" + f.response),
      f.response_phrase ? [": ", el("q", { class: "grade-phrase" }, f.response_phrase)] : null) : null;
    const card = el("article", { class: "finding status-" + f.status, "data-duty": f.duty, "data-status": f.status,
      "data-treaty": f.treaty.id, "data-beneficiary": f.beneficiary, "data-response": f.response || "",
      "data-states": g.states.map((s) => s.state).join(" ") },
    el("div", { class: "f-head" }, obligors,
      el("p", { class: "f-duty" }, duty, " ",
        el("span", { class: "badge status-" + f.status }, w("msg.status_" + f.status)), grade ? [" ", grade] : null)),
    el("p", { class: "f-treaty" },
      el("span", null, el("a", { href: treatyHref(f.treaty.id), class: "treaty-link" }, f.treaty.short_name || f.treaty.name),
        art ? ", " + art : null),
      el("span", { class: "tag" }, w("msg.round", { n: f.round })),
      viaName ? el("span", { class: "tag" }, w("via", { s: viaName })) : null));
    if (f.open_conditions && f.open_conditions.length) {
      card.appendChild(el("div", { class: "f-open" }, el("span", { class: "label" }, w("open_conditions") + ":"),
        el("ul", null, f.open_conditions.map((c) => el("li", null, c)))));
    }
    if (f.conflict) card.appendChild(el("p", { class: "f-conflict" }, el("span", { class: "label" }, w("msg.conflict") + ": "), f.conflict));
    card.appendChild(quoteBlock(f.quote) || el("p", { class: "small" }, f.no_article_reason || ""));
    const meta = el("div", { class: "f-meta" });
    if (f.quote_note) meta.appendChild(el("p", null, el("span", { class: "label" }, w("quote_note") + ": "), f.quote_note));
    if (f.source) meta.appendChild(el("p", { class: "source" }, el("span", { class: "label" }, w("msg.source") + ": "), sourceNodes(f.source)));
    if (f.clause_note) meta.appendChild(el("p", null, el("span", { class: "label" }, w("clause_note") + ": "), f.clause_note));
    if (!f.treaty.article && f.no_article_reason && f.quote) meta.appendChild(el("p", null, f.no_article_reason));
    if (f.date_basis) meta.appendChild(el("p", null, el("span", { class: "label" }, w("date_basis") + ": "), f.date_basis));
    for (const n of f.notes || []) meta.appendChild(el("p", null, el("span", { class: "label" }, w("msg.note") + ": "), n));
    if (f.instrument) {
      meta.appendChild(el("p", null, el("span", { class: "label" }, w("instrument") + ": "), f.instrument, " · ",
        el("span", { class: "label" }, w("legal_status") + ": "), f.legal_status || ""));
    }
    card.appendChild(meta);
    return card;
  }

  const PAGE = 30;

  /** A collapsible section; its body is built when first opened and shows PAGE items, then "show all". */
  function section(id, title, items, build, open) {
    const count = items.length;
    const d = el("details", { class: "fsec", id: "sec-" + id, "data-count": String(count) });
    d.appendChild(el("summary", null, el("span", { class: "sec-title" }, title), el("span", { class: "sec-count" }, String(count))));
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
      const first = items.slice(0, PAGE);
      for (const x of first) body.appendChild(build(x));
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

  function renderFindings(a, roles) {
    const wrap = $("#findings");
    wrap.hidden = false;
    const body = clear($("#findings-body"));
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

    const fight = by(["defend", "join"]);
    body.appendChild(section("fight", w("sec_fight"), fight, card, true));
    if (a.conflicted.length) {
      body.appendChild(section("conflicted", w("msg.conflicted"), a.conflicted, (c) =>
        el("article", { class: "finding status-conflicted", "data-state": c.state },
          el("p", { class: "f-duty" }, el("a", { href: stateHref(c.state), class: "obligor role-conflicted-chip" }, c.name)),
          el("ul", { class: "reasons" }, c.reasons.map((r) => el("li", null, r)))), a.conflicted.length <= 10));
    }
    if (a.breaches.length) {
      const bs = groupFindings(a.breaches);
      body.appendChild(section("breaches", w("msg.breaches"), bs, card, bs.length <= 6));
    }
    if (a.guarantees.length) {
      const gs = groupFindings(a.guarantees).map((g) => g);
      body.appendChild(section("guarantees", w("msg.guarantees"), gs, (g) => {
        const c = card(g);
        c.classList.add("guarantee");
        return c;
      }, gs.length <= 10));
    }
    body.appendChild(section("inactive", w("msg.inactive"), a.inactive, (i) => {
      const d = i.dates || {};
      const key = "inactive_" + i.why;
      const vars = { signed: d.signed || "?", in_force: d.in_force || "?", ended: d.ended || "?",
        replaced_by: d.replaced_by ? el("a", { href: treatyHref(d.replaced_by) }, d.replaced_by) : "?" };
      const reason = S.words[key] ? wNodes(key, vars) : [i.reason];
      return el("article", { class: "inactive", "data-why": i.why, "data-treaty": i.treaty.id },
        el("p", null, el("a", { href: treatyHref(i.treaty.id), class: "treaty-link" }, i.treaty.short_name || i.treaty.name),
          " — ", el("span", { class: "small" }, i.states.map(nameOf).join(", "))),
        el("p", { class: "reason" }, reason));
    }, a.inactive.length > 0 && a.inactive.length <= 8));
    if (a.no_defence_obligation.length) {
      body.appendChild(section("no-defence", w("msg.no_defence"), a.no_defence_obligation, (n) =>
        el("article", { class: "inactive", "data-treaty": n.treaty.id },
          el("p", null, el("a", { href: treatyHref(n.treaty.id), class: "treaty-link" }, n.treaty.short_name || n.treaty.name),
            " — ", el("span", { class: "small" }, n.states.map(nameOf).join(", "))),
          el("p", { class: "reason" }, n.reason)), a.no_defence_obligation.length <= 10));
    }
    body.appendChild(section("neutral", w("msg.neutral"), by(["neutral"]), card, false));
    body.appendChild(section("consult", w("sec_consult"), by(["consult"]), card, false));
    body.appendChild(section("nonaggression", w("sec_nonaggression"), by(["nonaggression"]), card, false));
    if (a.excluded.length) {
      body.appendChild(section("excluded", w("msg.excluded"), a.excluded, (x) =>
        el("article", { class: "inactive", "data-state": x.state },
          el("p", null, el("strong", null, nameOf(x.state)), " — ",
            wNodes("msg.duty_" + x.duty, { b: nameOf(x.beneficiary) }), " — ",
            el("a", { href: treatyHref(x.treaty.id), class: "treaty-link" }, x.treaty.short_name || x.treaty.name),
            x.treaty.article ? ", " + artLabel(x.treaty.article) : ""),
          el("p", { class: "reason" }, x.reason)), false));
    }
  }

  // ========================================================== timelines
  function yearOf(iso) {
    if (!iso) return null;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
    if (!m) return null;
    return Number(m[1]) + ((Number(m[2] || 1) - 1) * 30.4 + Number(m[3] || 1)) / 366;
  }

  /** rows: [{label: Node|string, start, end, cls, title}] drawn as bars on one time axis. */
  function timeline(rows, caption) {
    const starts = rows.map((r) => yearOf(r.start)).filter((x) => x !== null);
    const ends = rows.map((r) => yearOf(r.end || TODAY)).filter((x) => x !== null);
    if (!starts.length) return null;
    let lo = Math.floor(Math.min(...starts) / 10) * 10;
    let hi = Math.ceil(Math.max(...ends, ...starts) / 10) * 10;
    if (hi - lo < 10) hi = lo + 10;
    const pct = (y) => ((y - lo) / (hi - lo)) * 100;
    const box = el("div", { class: "timeline", role: "img", "aria-label": caption || "" });
    const axis = el("div", { class: "tl-axis" });
    const step = hi - lo > 120 ? 25 : hi - lo > 50 ? 10 : 5;
    for (let y = lo; y <= hi; y += step) {
      const t = el("span", { class: "tl-tick" }, String(y));
      t.style.left = pct(y) + "%";
      axis.appendChild(t);
    }
    box.appendChild(el("div", { class: "tl-row tl-head" }, el("div", { class: "tl-label" }), axis));
    for (const r of rows) {
      const s = yearOf(r.start);
      const e = yearOf(r.end || TODAY);
      const track = el("div", { class: "tl-track" });
      if (s !== null) {
        const bar = el("span", { class: "tl-bar " + (r.cls || "") + (r.end ? "" : " open"), title: r.title || "" });
        bar.style.left = pct(s) + "%";
        bar.style.width = Math.max(0.6, pct(e) - pct(s)) + "%";
        track.appendChild(bar);
      }
      box.appendChild(el("div", { class: "tl-row" }, el("div", { class: "tl-label" }, r.label), track));
    }
    return box;
  }

  // ========================================================= treaty view
  function dl(pairs) {
    const d = el("dl", { class: "facts" });
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
      d.appendChild(el("dt", null, k));
      d.appendChild(el("dd", null, v));
    }
    return d;
  }

  function partyName(p) {
    return S.lang === "hi" ? stateName(p.ccode, p.name) : p.name;
  }

  function sourceRefs(ids) {
    if (!ids || !ids.length) return null;
    return el("span", { class: "refs" }, "[", ids.map((id, i) => [i ? ", " : "", el("a", { href: "#src-" + id }, id)]), "]");
  }

  function dated(ev) {
    if (!ev) return null;
    const parts = [];
    if (ev.date) parts.push(el("time", { datetime: ev.date }, ev.date));
    else parts.push(ev.confirmed === false ? w("unconfirmed") : w("not_recorded"));
    if (ev.date && ev.confirmed === false) parts.push(" (" + w("unconfirmed") + ")");
    if (ev.sources && ev.sources.length) parts.push(" ", sourceRefs(ev.sources));
    if (ev.note) parts.push(el("span", { class: "note" }, ev.note));
    return parts;
  }

  function whoList(x) {
    if (x === "parties") return w("all_parties");
    if (Array.isArray(x)) return x.map((s) => [el("a", { href: stateHref(s.state) }, partyName(s))]).reduce(
      (acc, n, i) => acc.concat(i ? [", ", n] : [n]), []);
    return String(x);
  }

  async function treatyView(id) {
    const view = $("#view-treaty");
    view.hidden = false;
    S.view = "treaty";
    setTwin("/api/treaties/" + enc(id));
    S.rerender = () => treatyView(id);
    clear(view).appendChild(el("p", { class: "status" }, w("loading")));
    const res = await getJSON("/api/treaties/" + enc(id));
    clear(view);
    view.setAttribute("data-state", res.ok ? "ready" : "error");
    if (!res.ok) {
      view.appendChild(el("h1", null, w("not_found")));
      const box = el("section", { class: "error-box", role: "alert" }, el("ul", null, errorMessages(res).map((m) => el("li", null, m.msg))));
      view.appendChild(box);
      return;
    }
    const t = res.body;
    document.title = (t.short_name || t.name) + " — casus";
    view.appendChild(el("p", { class: "crumb" }, w("treaty"), " · ", el("code", null, t.id)));
    view.appendChild(el("h1", { class: "treaty-name" }, t.name));
    if (t.short_name && t.short_name !== t.name) view.appendChild(el("p", { class: "short-name" }, t.short_name));
    view.appendChild(dl([
      [w("kinds"), (t.kinds || []).map((k) => w("kind_" + k)).join(", ")],
      [w("signed"), dated(t.signed)],
      [w("in_force"), dated(t.in_force)],
      [w("ended"), t.ended ? dated(t.ended) : null],
      [w("replaced_by"), t.replaced_by ? el("a", { href: treatyHref(t.replaced_by) }, t.replaced_by) : null],
      [w("supersedes"), (t.supersedes || []).map((s, i) => [i ? ", " : "", el("a", { href: treatyHref(s.treaty) }, s.treaty),
        s.date ? " (" + s.date + ")" : ""])],
      [w("instrument"), [t.instrument || "", t.legal_status ? " · " + t.legal_status : ""]],
      [w("duration"), t.duration ? (typeof t.duration === "string" ? t.duration : t.duration.text || w("unconfirmed")) : null],
      [w("atop_record"), t.atopid ? String(t.atopid) : null],
      [w("file"), t.origin === "atop" ? w("origin_atop") : t.file ? [w("origin_hand"), ": ", el("code", null, t.file)] : null],
      [t.kind_note ? w("msg.note") : "", t.kind_note],
    ]));

    // parties over time
    const parties = t.parties || [];
    view.appendChild(el("h2", null, w("parties_title")));
    const rows = parties.map((p) => ({
      label: el("a", { href: stateHref(p.state), "data-state": p.state }, partyName(p)),
      start: p.in_force || p.signed, end: p.end, cls: p.in_force ? "" : "signed-only",
      title: `${partyName(p)}: ${p.in_force || p.signed || "?"} – ${p.end || ""}`,
    }));
    const tl = timeline(rows, w("parties_title"));
    if (tl) view.appendChild(tl);
    const table = el("table", { class: "grid" },
      el("thead", null, el("tr", null, [w("party"), w("signed"), w("in_force"), w("left"), w("msg.note")].map((h) => el("th", null, h)))));
    const tb = el("tbody");
    for (const p of parties) {
      const notes = [...(p.notes || []), p.end_note, ...(p.status || []).map((s) => [s.status, s.start, s.end, s.note].filter(Boolean).join(" "))]
        .filter(Boolean);
      tb.appendChild(el("tr", { "data-state": p.state },
        el("td", null, el("a", { href: stateHref(p.state) }, partyName(p)), p.phase ? el("span", { class: "tag" }, w("phase") + " " + p.phase) : null),
        el("td", { class: "d" }, p.signed || "—"),
        el("td", { class: "d" }, p.in_force || "—", p.in_force && p.in_force_confirmed === false ? " (" + w("unconfirmed") + ")" : ""),
        el("td", { class: "d" }, p.end || "—"),
        el("td", { class: "small" }, notes.map((n) => el("div", null, n)), sourceRefs(p.sources))));
    }
    table.appendChild(tb);
    view.appendChild(el("div", { class: "table-wrap" }, table));

    // clauses
    view.appendChild(el("h2", null, w("clauses_title")));
    for (const c of t.clauses || []) {
      const art = c.article ? el("a", { href: "#art-" + c.article }, artLabel(c.article)) : null;
      view.appendChild(el("article", { class: "clause", id: "clause-" + c.id },
        el("h3", null, w("kind_" + c.kind), art ? [" — ", art] : null, " ", el("code", { class: "small" }, c.id)),
        dl([
          [w("obligors"), whoList(c.obligors)],
          [w("beneficiaries"), whoList(c.beneficiaries)],
          [w("response"), [w("response_" + c.response), c.response_phrase ? [": ", el("q", null, c.response_phrase)] : null,
            c.response_basis ? el("span", { class: "small" }, " (" + c.response_basis + ")") : null]],
          [w("trigger"), c.trigger],
          [w("phase"), c.phase],
          [w("msg.conditions"), (c.conditions || []).length ? el("ul", null, c.conditions.map((x) => el("li", null, x.text || x.kind))) : null],
          [w("msg.note"), c.note],
          [c.article ? "" : w("msg.note"), c.article ? null : c.no_article_reason],
        ]),
        quoteBlock(c.quote),
        c.quote_source ? el("p", { class: "small" }, w("msg.source") + ": ", sourceRefs([c.quote_source])) : null));
    }
    // articles
    if ((t.articles || []).length) {
      view.appendChild(el("h2", null, w("articles_title")));
      for (const a of t.articles) {
        view.appendChild(el("article", { class: "article", id: "art-" + a.number },
          el("h3", null, artLabel(a.number), a.title ? [" — ", a.title] : null),
          a.text ? el("blockquote", { class: "quote" }, a.text) : null,
          a.text_note ? el("p", { class: "small" }, w("quote_note") + ": " + a.text_note) : null,
          a.source ? el("p", { class: "small" }, w("msg.source") + ": ", sourceRefs([a.source])) : null));
      }
    }
    // sources
    if ((t.sources || []).length) {
      view.appendChild(el("h2", null, w("sources_title")));
      const ol = el("ul", { class: "sources" });
      for (const s of t.sources) {
        const url = safeUrl(s.url);
        ol.appendChild(el("li", { id: "src-" + s.id }, el("code", null, s.id), " ", s.title || "",
          url ? [" — ", el("a", { href: url, rel: "noopener noreferrer nofollow", class: "ext" }, url)] : (s.url ? [" — ", s.url] : null),
          s.dataset ? [" (", s.dataset, ")"] : null, s.note ? el("div", { class: "small" }, s.note) : null));
      }
      view.appendChild(ol);
    }
    if ((t.notes || []).length) {
      view.appendChild(el("h2", null, w("notes_title")));
      view.appendChild(el("ul", { class: "notes" }, t.notes.map((n) => el("li", null, n))));
    }
  }

  // ========================================================== state view
  async function stateView(q) {
    const view = $("#view-state");
    view.hidden = false;
    S.view = "state";
    setTwin("/api/states/" + enc(q));
    S.rerender = () => stateView(q);
    clear(view).appendChild(el("p", { class: "status" }, w("loading")));
    const res = await getJSON("/api/states/" + enc(q));
    clear(view);
    view.setAttribute("data-state", res.ok ? "ready" : "error");
    if (!res.ok) {
      view.appendChild(el("h1", null, w("not_found")));
      view.appendChild(el("section", { class: "error-box", role: "alert" }, el("ul", null, errorMessages(res).map((m) => el("li", null, m.msg)))));
      return;
    }
    const s = res.body;
    const name = S.lang === "hi" ? s.name_hi || s.name : s.name;
    document.title = name + " — casus";
    view.appendChild(el("p", { class: "crumb" }, w("state")));
    view.appendChild(el("h1", { class: "state-name" }, name,
      el("span", { class: "other-name", lang: S.lang === "hi" ? "en" : "hi" }, S.lang === "hi" ? s.name : s.name_hi || "")));
    const last = s.spans.length ? s.spans[s.spans.length - 1] : null;
    let asOf = TODAY;
    if (last && last.end) {
      const d = new Date(last.end + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() - 1);
      asOf = d.toISOString().slice(0, 10);
    }
    view.appendChild(dl([
      [w("codes"), `COW ${s.state} · ${s.ccode}` + (s.iso3 ? ` · ISO ${s.iso3}` : "") + (s.iso_num ? ` · ${s.iso_num}` : "")],
      [w("member_spans"), s.spans.map((x) => `${x.start} – ${x.end || ""}`).join("; ")],
    ]));
    view.appendChild(el("p", null, el("a", { class: "button", href: href("/", { by: "", on: s.state, date: asOf }) },
      w("ask_this", { s: name }))));

    // defence duties on a day
    const alliesBox = el("section", { class: "allies" });
    view.appendChild(alliesBox);
    const drawAllies = async (d) => {
      clear(alliesBox);
      const dateInput = el("input", { type: "date", id: "allies-date", value: d, min: MIN_DATE, max: TODAY });
      alliesBox.appendChild(el("h2", null, w("allies_title"), " ", dateInput));
      dateInput.addEventListener("change", () => dateInput.value && drawAllies(dateInput.value));
      const r = await getJSON(`/api/allies?state=${enc(s.state)}&date=${enc(d)}&lang=${S.lang}`);
      if (!r.ok) {
        alliesBox.appendChild(el("p", { class: "error-box" }, errorMessages(r).map((m) => m.msg).join("; ")));
        return;
      }
      const cols = el("div", { class: "two-col" });
      for (const [key, list] of [["msg.must_defend", r.body.must_defend], ["msg.defended_by", r.body.defended_by]]) {
        const ul = el("ul", { class: "allies-list" });
        for (const x of list) {
          ul.appendChild(el("li", null, el("a", { href: stateHref(x.state) }, stateName(x.ccode, x.name)), " — ",
            el("a", { href: treatyHref(x.treaty), class: "small" }, x.treaty_name || x.treaty),
            x.article ? el("span", { class: "small" }, ", " + artLabel(x.article)) : null,
            (x.conditions || []).length ? el("span", { class: "badge status-conditional" }, w("msg.status_conditional")) : null));
        }
        if (!list.length) ul.appendChild(el("li", { class: "small" }, w("msg.nobody")));
        cols.appendChild(el("div", null, el("h3", null, w(key, { s: name })), ul));
      }
      alliesBox.appendChild(cols);
    };
    drawAllies(asOf);

    view.appendChild(el("h2", null, w("pacts_title")));
    if (!s.pacts.length) {
      view.appendChild(el("p", null, w("no_pacts")));
      return;
    }
    const rows = s.pacts.map((p) => ({
      label: el("a", { href: treatyHref(p.treaty), "data-treaty": p.treaty }, p.name),
      start: p.in_force || p.signed, end: p.end,
      cls: (p.kinds || []).includes("defense") ? "k-defense" : (p.kinds || []).includes("offense") ? "k-offense" : "k-other",
      title: `${p.name}: ${p.in_force || p.signed || "?"} – ${p.end || ""}`,
    }));
    const tl = timeline(rows, w("pacts_title"));
    if (tl) view.appendChild(tl);
    const table = el("table", { class: "grid" },
      el("thead", null, el("tr", null, [w("treaty"), w("kinds"), w("signed"), w("in_force"), w("ended")].map((h) => el("th", null, h)))));
    const tb = el("tbody");
    for (const p of s.pacts) {
      tb.appendChild(el("tr", { "data-treaty": p.treaty },
        el("td", null, el("a", { href: treatyHref(p.treaty) }, p.name)),
        el("td", null, (p.kinds || []).map((k) => w("kind_" + k)).join(", ")),
        el("td", { class: "d" }, p.signed || "—"), el("td", { class: "d" }, p.in_force || "—"),
        el("td", { class: "d" }, p.end || "—")));
    }
    table.appendChild(tb);
    view.appendChild(el("div", { class: "table-wrap" }, table));
  }

  // ================================================================ news box
  /** The link to the attack an invoked event implies: "/?by=RUS&on=POL&date=…" from its answer. */
  function scenarioHref(ev) {
    const against = ev.against || [];
    if (!against.length || !ev.parties.length) return null;
    const q = new URLSearchParams({ by: against.join(","), on: ev.parties.join(",") });
    if (ev.date) q.set("date", ev.date);
    if (S.lang === "hi") q.set("lang", "hi");
    return "/?" + q.toString();
  }

  function newsEvent(ev) {
    const a = ev.answer || {};
    const head = `${ev.type} — ${ev.parties.join(", ") || "?"} — ${ev.date || "?"} — ${ev.kind || "?"}`;
    const item = el("li", { class: "news-event" }, el("strong", null, head));
    if (ev.match && ev.match.treaty) {
      item.appendChild(el("span", null, " · ", el("a", { href: treatyHref(ev.match.treaty) }, ev.match.short_name || ev.match.treaty)));
    }
    if (a.said) item.appendChild(el("p", { class: "small" }, a.said));
    const href = scenarioHref(ev);
    if (href) item.appendChild(el("a", { href, class: "news-ask" }, w("news_scenario")));
    const lines = (a.findings || []).map((f) => el("li", null,
      `${f.obligor} → ${f.duty} → ${f.beneficiary}: ${f.status}${f.response ? ", " + f.response : ""} (${f.treaty} ${f.clause})`));
    if (lines.length) item.appendChild(el("ul", { class: "small" }, lines));
    return item;
  }

  function newsBox() {
    const form = $("#news-form");
    if (!form) return;
    const out = $("#news-out");
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const text = $("#news-text").value;
      out.replaceChildren();
      if (!text.trim()) { out.appendChild(el("p", { class: "field-error" }, w("news_empty"))); return; }
      const day = $("#news-date").value;
      const url = "/api/read" + (day ? "?date=" + encodeURIComponent(day) : "");
      const r = await fetch(url, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
      const doc = await r.json();
      if (!r.ok) {
        const d = Array.isArray(doc.detail) ? doc.detail.map((x) => x.msg).join("; ") : String(doc.detail);
        out.appendChild(el("p", { class: "field-error" }, d));
        return;
      }
      if (!doc.events.length) { out.appendChild(el("p", null, w("news_none"))); return; }
      out.appendChild(el("ol", { class: "news-events" }, doc.events.map(newsEvent)));
    });
  }

  // ================================================================ start
  async function start() {
    const params = new URLSearchParams(location.search);
    S.lang = params.get("lang") === "hi" ? "hi" : "en";
    await Promise.all([loadWords(), loadStates()]);
    applyWords();
    $("#lang-switch").addEventListener("click", switchLang);
    const path = location.pathname;
    try {
      if (path === "/" || path === "/index.html") { attackView(); newsBox(); }
      else if (path.startsWith("/treaty/")) await treatyView(decodeURIComponent(path.slice("/treaty/".length)));
      else if (path.startsWith("/state/")) await stateView(decodeURIComponent(path.slice("/state/".length)));
      else { attackView(); newsBox(); }
    } finally {
      document.body.setAttribute("data-ready", "true");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
