/* A pair over time ("/pair"), the pure part: the spans of /api/pair grouped into rows (one per direction and
 * duty), put on lanes, placed on a year scale with its ticks, and walked with the arrow keys.  No DOM, no
 * globals: tested with `node --test` (tests/js/pair-rows.test.mjs). */
import { yearOf } from "./format.js";

/** The duties in the order the rows show them: the one that decides sides first (as `casus pair` does). */
export const DUTIES = ["defend", "join", "neutral", "nonaggression", "consult"];
/** The first year of the data (the COW state system starts in 1816). */
export const FIRST_YEAR = 1816;

/** "ab" when a span binds a towards b, "ba" when it binds b towards a.  A state's abbreviation may change
 * over time (Serbia is "YUG" from 1945), so the span's states are also matched by COW number (ccodeOf,
 * optional: abbreviation -> ccode) and, failing that, by the other side. */
export function directionOf(span, a, b, ccodeOf) {
  const is = (abbrev, s) => abbrev === s.state || (ccodeOf && ccodeOf(abbrev) === s.ccode);
  if (is(span.obligor, a) || is(span.beneficiary, b)) return "ab";
  if (is(span.obligor, b) || is(span.beneficiary, a)) return "ba";
  return "ab";
}

/** A span's place in time as fractional years: [from, to]; an open span (end null) runs to today, and the
 * end day is included. */
export function spanYears(span, today) {
  const from = yearOf(span.start);
  const to = span.end ? yearOf(span.end) + 1 / 366 : yearOf(today);
  return [from, Math.max(from, to)];
}

/** Lanes for the intervals [from, to] of one row so that no two intervals of a lane overlap or come closer
 * than gap: a list of lane numbers (0, 1, …) in the order given; each interval takes the lowest lane free at
 * its start (the intervals are taken in order of their start). */
export function assignLanes(intervals, gap = 0) {
  const order = intervals.map((iv, i) => [iv, i]).sort((x, y) => x[0][0] - y[0][0] || x[1] - y[1]);
  const laneEnds = [];
  const out = new Array(intervals.length).fill(0);
  for (const [[from, to], i] of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(to);
    } else laneEnds[lane] = to;
    out[i] = lane;
  }
  return out;
}

/** Put a row's spans on lanes for these intervals (one per span, in the row's order): sets each span's lane
 * and the row's number of lanes. */
export function setLanes(row, intervals, gap = 0) {
  const lanes = assignLanes(intervals, gap);
  row.spans = row.spans.map((s, i) => ({ ...s, lane: lanes[i] }));
  row.lanes = Math.max(1, ...lanes.map((l) => l + 1));
  return row;
}

/** The rows of the strip: one per (direction, duty) that ever held — a→b first, then b→a, duties in DUTIES
 * order (unknown duties last).  Each row: {key, dir, duty, from, to (the pair's states as given), spans (by
 * start, each with its lane in time; the strip re-lanes them by their drawn width), lanes}. */
export function pairRows(spans, a, b, today, ccodeOf) {
  const groups = new Map();
  for (const s of spans || []) {
    const dir = directionOf(s, a, b, ccodeOf);
    const key = `${dir}-${s.duty}`;
    if (!groups.has(key)) groups.set(key, { key, dir, duty: s.duty, spans: [] });
    groups.get(key).spans.push(s);
  }
  const rank = (d) => (DUTIES.includes(d) ? DUTIES.indexOf(d) : DUTIES.length);
  const rows = Array.from(groups.values()).sort(
    (x, y) => (x.dir === y.dir ? 0 : x.dir === "ab" ? -1 : 1) || rank(x.duty) - rank(y.duty),
  );
  for (const r of rows) {
    r.from = r.dir === "ab" ? a : b;
    r.to = r.dir === "ab" ? b : a;
    r.spans.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
    setLanes(
      r,
      r.spans.map((s) => spanYears(s, today)),
    );
  }
  return rows;
}

/** A linear scale from years [y0, y1] to pixels [x0, x1]. */
export function yearScale(y0, y1, x0, x1) {
  const k = (x1 - x0) / (y1 - y0 || 1);
  return (y) => x0 + (y - y0) * k;
}

/** The year axis: minor ticks (every 10 years, or 5 when there is room) and labelled major ticks (every 20,
 * 25 or 50 years, whichever leaves about 48px between labels), within [first, last]. */
export function yearTicks(first, last, pxPerYear) {
  const major = [10, 20, 25, 50, 100].find((s) => s * pxPerYear >= 48) || 100;
  const minor = pxPerYear * 5 >= 12 ? 5 : 10;
  const ticks = (step) => {
    const out = [];
    for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
    return out;
  };
  const majors = ticks(major);
  return { major: majors, minor: ticks(minor).filter((y) => !majors.includes(y)), step: major };
}

/** The span the arrow keys lead to from span i of row r: Left/Right the previous/next span of the row (in
 * time), Up/Down the span of the row above/below nearest in time, Home/End the first/last span of the strip.
 * rows: [{spans: [{start, …}]}]; returns [row, index] or null when the key moves nowhere. */
export function moveFrom(rows, r, i, key) {
  const last = rows.length - 1;
  if (key === "Home") return rows.length ? [0, 0] : null;
  if (key === "End") return rows.length ? [last, rows[last].spans.length - 1] : null;
  if (key === "ArrowRight") return i + 1 < rows[r].spans.length ? [r, i + 1] : r < last ? [r + 1, 0] : null;
  if (key === "ArrowLeft") return i > 0 ? [r, i - 1] : r > 0 ? [r - 1, rows[r - 1].spans.length - 1] : null;
  if (key === "ArrowUp" || key === "ArrowDown") {
    const to = key === "ArrowUp" ? r - 1 : r + 1;
    if (to < 0 || to > last) return null;
    const at = yearOf(rows[r].spans[i].start);
    let best = 0;
    rows[to].spans.forEach((s, j) => {
      if (Math.abs(yearOf(s.start) - at) < Math.abs(yearOf(rows[to].spans[best].start) - at)) best = j;
    });
    return [to, best];
  }
  return null;
}
