/* Which present-day map shapes stand for which state on a day (pure; no DOM).
 *
 * The table is /static/data/territories.json (see its "basis"): for a state that no longer exists, or that
 * held other land than today, eras list the world-atlas feature ids (ISO 3166-1 numeric) of the present-day
 * countries whose land it mostly held, or parts of one cut by a hand-drawn line.  Those are drawn hatched,
 * "approximate".  Outside its eras a state is drawn on its own present-day feature (its iso_num), if any.
 */
import { memberOn } from "./format.js";

/** The feature key of an era's item: "040", "name:Kosovo", or "276:west" for a part. */
export function areaOf(item) {
  if (typeof item === "string") return { key: item, iso: item, part: null, clip: null };
  return { key: `${item.iso}:${item.part}`, iso: item.iso, part: item.part, clip: item.clip || null };
}

/** A state's own present-day feature key: its ISO numeric code, or "name:<name>" (Kosovo has no code). */
export function ownKey(s) {
  return s.iso_num ? s.iso_num : `name:${s.name}`;
}

/** The era of a table entry in force on day date (from inclusive, to exclusive), or null. */
export function eraOn(entry, date) {
  if (!entry) return null;
  return entry.eras.find((e) => e.from <= date && (!e.to || date < e.to)) || null;
}

/** Index a territories table by COW number. */
export function indexTable(table) {
  return new Map((table?.states || []).map((e) => [e.ccode, e]));
}

/**
 * What each state holds on the map on day date.
 *
 * states: the state system (/api/states: {ccode, state, name, iso_num, spans}); present: COW numbers of
 * states that take part in the answer on the screen (drawn even where their spans say otherwise).
 * Returns Map ccode -> {ccode, approx, era, areas: [{key, iso, part, clip}]}, for every state that exists
 * that day.  A country listed in an era is left out when the state that holds it today exists that day.
 */
export function resolveTerritories(table, states, date, present = new Set()) {
  const byCcode = indexTable(table);
  const exists = (s) => present.has(s.ccode) || memberOn(s.spans, date);
  const owner = new Map(); // feature key -> the present-day state holding it
  for (const s of states) {
    if (s.current !== false || s.iso_num) owner.set(ownKey(s), s);
  }
  const out = new Map();
  for (const s of states) {
    if (!exists(s)) continue;
    const era = eraOn(byCcode.get(s.ccode), date);
    if (era) {
      const areas = era.iso.map(areaOf).filter((a) => {
        const o = owner.get(a.iso);
        return !o || o.ccode === s.ccode || !exists(o);
      });
      out.set(s.ccode, { ccode: s.ccode, approx: true, era, areas });
    } else {
      const key = ownKey(s);
      out.set(s.ccode, {
        ccode: s.ccode,
        approx: false,
        era: null,
        areas: [{ key, iso: key, part: null, clip: null }],
      });
    }
  }
  return out;
}

/** Feature key -> the COW numbers of the states drawn there (normally one). */
export function claimsByKey(resolved) {
  const byKey = new Map();
  for (const c of resolved.values()) {
    for (const a of c.areas) {
      if (!byKey.has(a.key)) byKey.set(a.key, []);
      byKey.get(a.key).push(c.ccode);
    }
  }
  return byKey;
}
