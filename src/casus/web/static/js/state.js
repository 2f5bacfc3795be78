/* The page's shared state: one object, read and written by the modules. */
import { isoDate } from "./format.js";

export const TODAY = isoDate();
export const THIS_YEAR = Number(TODAY.slice(0, 4));

export const S = {
  /** "en" or "hi" */
  lang: "en",
  /** the page's words (/api/i18n/{lang}) */
  words: {},
  /** every state of the system (/api/states?limit=300), and indexes by COW number and abbreviation */
  states: [],
  byCcode: new Map(),
  byAbbrev: new Map(),
  /** /api/areas: places and seas usable as `where` */
  areas: null,
  /** the world map (GeoJSON feature collection) and its projection */
  world: null,
  projection: null,
  /** the COW-state → present-day-territory table (/static/data/territories.json) */
  territories: null,
  /** the answer on the screen (/api/attack), the request in flight, the cascade graph */
  answer: null,
  ctrl: null,
  cy: null,
  /** who plays which part in the answer on the screen (roles.js computeRoles), and whether the map shades
   * the states drawn in by the chance they honour their duty */
  roles: null,
  shadeByP: false,
  /** "attack", "pair", "treaty" or "state"; how to redraw the view after a language switch */
  view: null,
  rerender: null,
  mapReady: Promise.resolve(),
};
