/* The world map: every state of the day on the land it held, coloured and patterned by the part it plays in
 * the answer; former states hatched on the present-day countries whose land they mostly held (territories.js).
 * Countries are buttons: a click, or Enter/Space on a focused one, opens its panel (state-panel.js); the arrow
 * keys move between neighbouring countries. */
import { $, $$, clear, el } from "./dom.js";
import { isValidISODate } from "./format.js";
import { computeRoles, opacityOf, RANK, ROLES, SHADED } from "./roles.js";
import { S, TODAY } from "./state.js";
import { openStatePanel } from "./state-panel.js";
import { claimsByKey, resolveTerritories } from "./territories.js";
import { hasWord, stateHref, stateName, w } from "./words.js";

const MAP_W = 960;
const MAP_H = 470;
/** diagonal lines across the whole map, every `step` units */
function hatchLines(step) {
  const n = Math.ceil((MAP_W + MAP_H) / step);
  let d = "";
  for (let i = 0; i <= n; i++) {
    const k = -MAP_H + i * step;
    d += `M${k.toFixed(2)},0L${(k + MAP_H).toFixed(2)},${MAP_H}`;
  }
  return d;
}
let paintCount = 0;

async function loadWorld() {
  if (S.world) return S.world;
  const r = await fetch("/static/vendor/world-atlas/countries-110m.json");
  const topo = await r.json();
  const fc = window.topojson.feature(topo, topo.objects.countries);
  fc.features = fc.features.filter((f) => f.id !== "010"); // Antarctica: no state, much space
  S.world = fc;
  return fc;
}

async function loadTerritories() {
  if (S.territories) return S.territories;
  try {
    const r = await fetch("/static/data/territories.json");
    S.territories = r.ok ? await r.json() : { states: [] };
  } catch {
    S.territories = { states: [] };
  }
  return S.territories;
}

/** The legend: one entry per role (colour and pattern), and the hatch of approximate territory. */
export function renderLegend() {
  const ul = $("#legend");
  if (!ul) return;
  clear(ul);
  for (const r of ROLES) {
    ul.appendChild(
      el("li", { "data-role": r }, el("span", { class: `swatch role-${r}`, "aria-hidden": "true" }), w(`role_${r}`)),
    );
  }
  ul.appendChild(
    el(
      "li",
      { "data-role": "approx" },
      el("span", { class: "swatch approx", "aria-hidden": "true" }),
      w("approximate"),
    ),
  );
  ul.appendChild(
    el(
      "li",
      { "data-role": "no-state" },
      el("span", { class: "swatch no-state", "aria-hidden": "true" }),
      w("map_no_state"),
    ),
  );
}

/** SVG patterns, one per role, so that roles differ by more than colour (and survive colour blindness). */
function patterns() {
  const defs = el("svg:defs");
  const pat = (id, size, ...marks) =>
    el(
      "svg:pattern",
      { id, width: size, height: size, patternUnits: "userSpaceOnUse" },
      el("svg:rect", { width: size, height: size, class: `pat-bg-${id.slice(4)}` }),
      ...marks,
    );
  const line = (x1, y1, x2, y2, cls = "pat-mark") => el("svg:line", { x1, y1, x2, y2, class: cls });
  defs.appendChild(pat("pat-attacker", 6, line(0, 0, 6, 6), line(6, 0, 0, 6), line(-1, 5, 1, 7), line(5, -1, 7, 1)));
  defs.appendChild(pat("pat-target", 5, el("svg:circle", { cx: 2.5, cy: 2.5, r: 1.1, class: "pat-dot" })));
  defs.appendChild(pat("pat-joiner", 5, line(0, 1.5, 5, 1.5, "pat-mark dark")));
  defs.appendChild(pat("pat-discretionary", 6, line(0, 6, 6, 0), line(-1, 1, 1, -1), line(5, 7, 7, 5)));
  defs.appendChild(pat("pat-conditional", 5, line(1.5, 0, 1.5, 5, "pat-mark dark")));
  defs.appendChild(pat("pat-neutral", 6, line(0, 3, 6, 3), line(3, 0, 3, 6)));
  defs.appendChild(pat("pat-neutral_maybe", 6, line(0, 3, 6, 3, "pat-mark dark")));
  defs.appendChild(
    pat(
      "pat-conflicted",
      6,
      el("svg:rect", { x: 0, y: 0, width: 3, height: 3, class: "pat-dot" }),
      el("svg:rect", { x: 3, y: 3, width: 3, height: 3, class: "pat-dot" }),
    ),
  );
  return defs;
}

/** Draw the world once (the vendored d3-geo and topojson-client must have loaded). */
export async function drawMap() {
  const box = $("#map");
  if (!box || box.firstChild) return;
  if (!window.d3 || !window.topojson) return;
  const [fc] = await Promise.all([loadWorld(), loadTerritories()]);
  const projection = window.d3.geoNaturalEarth1().fitExtent(
    [
      [6, 6],
      [MAP_W - 6, MAP_H - 6],
    ],
    fc,
  );
  S.projection = projection;
  const path = window.d3.geoPath(projection);
  S.geoPath = path;
  const svg = el("svg:svg", {
    viewBox: `0 0 ${MAP_W} ${MAP_H}`,
    class: "world",
    role: "group",
    "aria-labelledby": "map-title-svg",
    "aria-describedby": "map-help",
  });
  svg.appendChild(el("svg:title", { id: "map-title-svg" }, w("map_title")));
  svg.appendChild(patterns());
  svg.appendChild(el("svg:path", { d: path(window.d3.geoGraticule10()), class: "graticule", "aria-hidden": "true" }));
  const g = el("svg:g", { class: "countries" });
  S.features = new Map();
  for (const f of fc.features) {
    const key = f.id ? String(f.id) : `name:${f.properties?.name}`;
    S.features.set(key, f);
    const p = el("svg:path", {
      d: path(f),
      class: "country",
      "data-iso": key,
      "data-name": f.properties ? f.properties.name : "",
    });
    p.appendChild(el("svg:title", null, ""));
    g.appendChild(p);
  }
  svg.appendChild(g);
  svg.appendChild(el("svg:g", { class: "parts" }));
  svg.appendChild(el("svg:g", { class: "hatches", "aria-hidden": "true" }));
  svg.appendChild(el("svg:g", { class: "focus-layer", "aria-hidden": "true" }));
  box.appendChild(svg);
  wireMap(svg);
  colourMap(S.answer ? computeRoles(S.answer) : new Map());
  markPlace(S.answer);
}

/** The scenario's place, where it has a point (the gazetteer): a marker on the map, named. */
export function markPlace(a) {
  const svg = $("#map svg.world");
  if (!svg) return;
  for (const old of $$("g.place-marker", svg)) old.remove();
  const where = a?.scenario ? a.scenario.where : null;
  if (!where?.point || !S.projection) return;
  const xy = S.projection([where.point[1], where.point[0]]);
  if (!xy) return;
  svg.appendChild(
    el(
      "svg:g",
      { class: "place-marker", "data-place": where.place },
      el("svg:circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 6 }),
      el("svg:title", null, where.name),
    ),
  );
}

/** The day the map shows: the answer's, else the form's (when valid), else today. */
function mapDate() {
  if (S.answer) return S.answer.scenario.date;
  const d = $("#date") ? $("#date").value.trim() : "";
  return isValidISODate(d) ? d : TODAY;
}

/** A part of a present-day country (cut by a hand-drawn line): its clipPath, made once. */
function clipFor(svg, area) {
  const id = `clip-${area.iso}-${area.part}`;
  if (!svg.querySelector(`#${id}`)) {
    const pts = area.clip.map((p) => S.projection(p)).filter(Boolean);
    const d = `M${pts.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join("L")}Z`;
    $("defs", svg).appendChild(el("svg:clipPath", { id }, el("svg:path", { d })));
  }
  return `url(#${id})`;
}

/** The present-day country a shape is (in the page's language where the state system has it). */
function presentName(p) {
  const iso = p.getAttribute("data-iso");
  const owner = S.states.find((s) => s.iso_num === iso || `name:${s.name}` === iso);
  if (owner) return stateName(owner.ccode);
  return hasWord(`feature.${iso}`) ? w(`feature.${iso}`) : p.getAttribute("data-name");
}

/** A state's name on the map: the answer's (dated, in the page's language), else the era's, else the state's. */
function claimName(ccode, claim, role) {
  if (role) return role.name;
  const era = claim?.era;
  if (era?.name) return S.lang === "hi" ? era.name_hi || era.name : era.name;
  return stateName(ccode);
}

/** Colour the countries by role (ccode -> {role, name, state}) on the map's day; list the states the map
 * cannot show. */
export function colourMap(roles) {
  const svg = $("#map svg.world");
  const date = mapDate();
  const resolved = resolveTerritories(S.territories, S.states, date, new Set(roles.keys()));
  const byKey = claimsByKey(resolved);
  const shown = new Set(); // COW numbers drawn somewhere
  if (svg) {
    const parts = clear($("g.parts", svg));
    // approximate territory: fine diagonal lines over the whole map, shown through a clip path made of the
    // countries drawn approximately.  Both are made anew on each paint (Chromium does not repaint a
    // clipPath whose children change).
    const hatchLayer = clear($("g.hatches", svg));
    for (const old of $$("clipPath.approx-clip", svg)) old.remove();
    paintCount += 1;
    const hatches = el("svg:clipPath", { id: `clip-approx-${paintCount}`, class: "approx-clip" });
    $("defs", svg).appendChild(hatches);
    hatchLayer.appendChild(
      el("svg:path", { d: hatchLines(4.5), class: "hatch-lines", "clip-path": `url(#clip-approx-${paintCount})` }),
    );
    // parts of countries (two Germanies, two Vietnams, two Yemens)
    for (const c of resolved.values()) {
      for (const a of c.areas) {
        if (!a.part || !S.features.has(a.iso)) continue;
        const p = el("svg:path", {
          d: S.geoPath(S.features.get(a.iso)),
          class: "country part",
          "data-iso": a.iso,
          "data-part": a.part,
          "data-key": a.key,
          "clip-path": clipFor(svg, a),
        });
        p.appendChild(el("svg:title", null, ""));
        parts.appendChild(p);
      }
    }
    const shapes = [...$$("g.countries path.country", svg), ...$$("g.parts path.country", svg)];
    let firstRole = null;
    let firstClaimed = null;
    for (const p of shapes) {
      const key = p.getAttribute("data-key") || p.getAttribute("data-iso");
      const claimants = (byKey.get(key) || []).slice();
      // the state with the strongest part in the answer wins the shape
      claimants.sort((x, y) => (RANK[roles.get(x)?.role] ?? 9) - (RANK[roles.get(y)?.role] ?? 9));
      const ccode = claimants.length ? claimants[0] : null;
      const claim = ccode !== null ? resolved.get(ccode) : null;
      const r = ccode !== null ? roles.get(ccode) : null;
      const approx = Boolean(claim?.approx);
      const cls = ["country"];
      if (p.hasAttribute("data-part")) cls.push("part");
      if (r) cls.push(`role-${r.role}`);
      if (approx) cls.push("approx");
      if (ccode === null) cls.push("no-state");
      p.setAttribute("class", cls.join(" "));
      // shaded by the chance of honouring, when asked: the fainter, the less likely
      if (S.shadeByP && r?.p !== undefined && SHADED.has(r.role)) p.style.fillOpacity = String(opacityOf(r.p));
      else p.style.removeProperty("fill-opacity");
      for (const [k, v] of [
        ["data-role", r?.role],
        ["data-ccode", ccode],
        ["data-state", ccode !== null ? r?.state || S.byCcode.get(ccode)?.state : null],
        ["data-approx", approx ? "true" : null],
        ["data-claim-name", ccode !== null ? claimName(ccode, claim, r) : null],
      ]) {
        if (v === null || v === undefined) p.removeAttribute(k);
        else p.setAttribute(k, String(v));
      }
      let label;
      if (ccode === null) {
        label = `${presentName(p)} — ${w("map_no_state_on", { date })}`;
        p.removeAttribute("role");
        p.removeAttribute("tabindex");
        p.removeAttribute("aria-label");
      } else {
        shown.add(ccode);
        // an approximate shape also says which present-day country it is ("Soviet Union (today Ukraine)")
        const here = approx ? presentName(p) : "";
        const who =
          here && here !== claimName(ccode, claim, r)
            ? `${claimName(ccode, claim, r)} (${w("today_is", { name: here })})`
            : claimName(ccode, claim, r);
        const chance = r?.p !== undefined && SHADED.has(r.role) ? w("honour_p", { p: r.p.toFixed(2) }) : null;
        label = [who, r ? w(`role_${r.role}`) : null, chance, approx ? w("approximate") : null]
          .filter(Boolean)
          .join(" — ");
        p.setAttribute("role", "button");
        p.setAttribute("tabindex", r ? "0" : "-1");
        p.setAttribute("aria-label", label);
        if (r && !firstRole) firstRole = p;
        if (!firstClaimed) firstClaimed = p;
        if (approx) {
          const h = el("svg:path", { d: p.getAttribute("d"), class: "hatch" });
          if (p.hasAttribute("clip-path")) h.setAttribute("clip-path", p.getAttribute("clip-path"));
          hatches.appendChild(h);
        }
      }
      p.firstChild.textContent = label;
    }
    // with no state of the answer on the map, the first country is the map's one tab stop
    if (!firstRole && firstClaimed) firstClaimed.setAttribute("tabindex", "0");
    svg.setAttribute("data-date", date);
    zoomTo(
      svg,
      shapes.filter((p) => p.hasAttribute("data-role")),
    );
  }
  const off = [];
  for (const r of roles.values()) if (!shown.has(r.ccode)) off.push(r);
  const aside = $("#offmap");
  const list = clear($("#offmap-list"));
  off.sort((a, b) => RANK[a.role] - RANK[b.role] || a.name.localeCompare(b.name));
  for (const r of off) {
    list.appendChild(
      el(
        "li",
        { "data-state": r.state, "data-role": r.role },
        el("span", { class: `swatch role-${r.role}`, "aria-hidden": "true" }),
        el("a", { href: stateHref(r.state) }, r.name),
        " ",
        el("span", { class: "small" }, w(`role_${r.role}`)),
      ),
    );
  }
  aside.hidden = off.length === 0;
}

/** The projected bounds of a feature's largest polygon (France without French Guiana), cached. */
function mainBounds(key) {
  S.bounds = S.bounds || new Map();
  if (S.bounds.has(key)) return S.bounds.get(key);
  const f = S.features.get(key);
  let geom = f.geometry;
  if (geom.type === "MultiPolygon") {
    let best = null;
    let bestArea = -1;
    for (const c of geom.coordinates) {
      const poly = { type: "Polygon", coordinates: c };
      const area = window.d3.geoArea(poly);
      if (area > bestArea) {
        bestArea = area;
        best = poly;
      }
    }
    geom = best;
  }
  const b = S.geoPath.bounds(geom);
  S.bounds.set(key, b);
  return b;
}

/** Zoom the map to the states of the answer when they fill a small part of the world (Europe in 1914);
 * the button beside the map shows the whole world again. */
function zoomTo(svg, shapes) {
  const full = `0 0 ${MAP_W} ${MAP_H}`;
  const btn = $("#map-zoom");
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of shapes) {
    const b = mainBounds(p.getAttribute("data-iso"));
    if (p.hasAttribute("data-part")) {
      const r = p.getBBox();
      x0 = Math.min(x0, Math.max(b[0][0], r.x));
      y0 = Math.min(y0, Math.max(b[0][1], r.y));
      x1 = Math.max(x1, Math.min(b[1][0], r.x + r.width));
      y1 = Math.max(y1, Math.min(b[1][1], r.y + r.height));
      continue;
    }
    x0 = Math.min(x0, b[0][0]);
    y0 = Math.min(y0, b[0][1]);
    x1 = Math.max(x1, b[1][0]);
    y1 = Math.max(y1, b[1][1]);
  }
  let box = null;
  if (shapes.length && x1 - x0 < MAP_W * 0.45 && y1 - y0 < MAP_H * 0.6) {
    // pad, keep the map's proportions, and never zoom in further than 4x
    let w = Math.max((x1 - x0) * 1.5, MAP_W / 4);
    let h = Math.max((y1 - y0) * 1.5, MAP_H / 4);
    if (w / h > MAP_W / MAP_H) h = (w * MAP_H) / MAP_W;
    else w = (h * MAP_W) / MAP_H;
    const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), MAP_W - w / 2);
    const cy = Math.min(Math.max((y0 + y1) / 2, h / 2), MAP_H - h / 2);
    box = `${(cx - w / 2).toFixed(1)} ${(cy - h / 2).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`;
  }
  S.zoomBox = box;
  const zoomed = box && !S.wholeWorld;
  svg.setAttribute("viewBox", zoomed ? box : full);
  // patterns and hatching keep their size on the screen when the map is zoomed
  const k = zoomed ? Number(box.split(" ")[2]) / MAP_W : 1;
  for (const pat of $$("pattern", svg)) pat.setAttribute("patternTransform", `scale(${k.toFixed(3)})`);
  const hatch = $("path.hatch-lines", svg);
  if (hatch) hatch.setAttribute("d", hatchLines(4.5 * k));
  svg.setAttribute("data-zoomed", zoomed ? "true" : "false");
  if (btn) {
    btn.hidden = !box;
    btn.textContent = zoomed ? w("map_whole_world") : w("map_zoom");
    btn.setAttribute("aria-pressed", zoomed ? "false" : "true");
  }
}

/** The button beside the map: the whole world, or back to the answer's region. */
export function wireZoom() {
  const btn = $("#map-zoom");
  if (!btn) return;
  btn.addEventListener("click", () => {
    S.wholeWorld = !S.wholeWorld;
    const svg = $("#map svg.world");
    if (svg) zoomTo(svg, $$("path.country[data-role]", svg));
  });
}

/** The button that shades the states drawn in by the chance they honour their duty (S.shadeByP). */
export function wireShade() {
  const btn = $("#shade-p");
  if (!btn) return;
  btn.addEventListener("click", () => {
    S.shadeByP = !S.shadeByP;
    btn.setAttribute("aria-pressed", S.shadeByP ? "true" : "false");
    const note = $("#shade-note");
    if (note) note.hidden = !S.shadeByP;
    if (S.roles) colourMap(S.roles);
  });
}

/** The shape's centre on the map (for the arrow keys). */
function centre(p) {
  const b = p.getBBox();
  return [b.x + b.width / 2, b.y + b.height / 2];
}

/** The nearest country from `from` in direction (dx, dy), among the countries that hold a state. */
function neighbour(svg, from, dx, dy) {
  const [x0, y0] = centre(from);
  let best = null;
  let bestScore = Infinity;
  for (const p of $$("path.country[role=button]", svg)) {
    if (p === from) continue;
    const [x, y] = centre(p);
    const along = (x - x0) * dx + (y - y0) * dy;
    if (along <= 1) continue;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    const score = along + 2.5 * across;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

function focusRing(svg, p) {
  const layer = clear($("g.focus-layer", svg));
  if (!p) return;
  const ring = el("svg:path", { d: p.getAttribute("d"), class: "focus-ring" });
  if (p.hasAttribute("clip-path")) ring.setAttribute("clip-path", p.getAttribute("clip-path"));
  layer.appendChild(ring);
}

function open(p) {
  const ccode = Number(p.getAttribute("data-ccode"));
  if (!p.hasAttribute("data-ccode")) return;
  openStatePanel({
    ccode,
    state: p.getAttribute("data-state"),
    name: p.getAttribute("data-claim-name") || "",
    role: p.getAttribute("data-role"),
    approx: p.getAttribute("data-approx") === "true",
    date: mapDate(),
    shape: p,
  });
}

const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function wireMap(svg) {
  svg.addEventListener("click", (ev) => {
    const p = ev.target.closest?.("path.country");
    if (p?.hasAttribute("data-ccode")) {
      p.focus({ preventScroll: true });
      open(p);
    }
  });
  svg.addEventListener("keydown", (ev) => {
    const p = ev.target.closest?.("path.country");
    if (!p) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      open(p);
    } else if (ARROWS[ev.key]) {
      ev.preventDefault();
      const next = neighbour(svg, p, ...ARROWS[ev.key]);
      if (next) next.focus();
    }
  });
  svg.addEventListener("focusin", (ev) => focusRing(svg, ev.target.closest?.("path.country")));
  svg.addEventListener("focusout", () => focusRing(svg, null));
}
