/* Timelines: bars on one time axis (a treaty's parties, a state's pacts). */
import { el } from "./dom.js";
import { yearOf } from "./format.js";
import { TODAY } from "./state.js";

/** rows: [{label: Node|string, start, end, cls, title}] drawn as bars on one time axis; null if no row has a start. */
export function timeline(rows, caption) {
  const starts = rows.map((r) => yearOf(r.start)).filter((x) => x !== null);
  const ends = rows.map((r) => yearOf(r.end || TODAY)).filter((x) => x !== null);
  if (!starts.length) return null;
  const lo = Math.floor(Math.min(...starts) / 10) * 10;
  let hi = Math.ceil(Math.max(...ends, ...starts) / 10) * 10;
  if (hi - lo < 10) hi = lo + 10;
  const pct = (y) => ((y - lo) / (hi - lo)) * 100;
  // a group of labelled rows: the labels (links) are read, the bars are drawing only (the table beside the
  // timeline gives the same dates as text)
  const box = el("div", { class: "timeline", role: "group", "aria-label": caption || "" });
  const axis = el("div", { class: "tl-axis" });
  const step = hi - lo > 120 ? 25 : hi - lo > 50 ? 10 : 5;
  for (let y = lo; y <= hi; y += step) {
    const t = el("span", { class: "tl-tick" }, String(y));
    t.style.left = `${pct(y)}%`;
    axis.appendChild(t);
  }
  box.appendChild(
    el("div", { class: "tl-row tl-head", "aria-hidden": "true" }, el("div", { class: "tl-label" }), axis),
  );
  for (const r of rows) {
    const s = yearOf(r.start);
    const e = yearOf(r.end || TODAY);
    const track = el("div", { class: "tl-track", "aria-hidden": "true" });
    if (s !== null) {
      const bar = el("span", { class: `tl-bar ${r.cls || ""}${r.end ? "" : " open"}`, title: r.title || "" });
      bar.style.left = `${pct(s)}%`;
      bar.style.width = `${Math.max(0.6, pct(e) - pct(s))}%`;
      track.appendChild(bar);
    }
    box.appendChild(el("div", { class: "tl-row" }, el("div", { class: "tl-label" }, r.label), track));
  }
  return box;
}
