/* The page's words (English or Hindi, from /api/i18n/{lang}), state names and internal links. */
import { buildHref, fillTemplate, needsArticleWord, splitTemplate } from "./format.js";
import { S } from "./state.js";

const enc = encodeURIComponent;

/** The page's word for key, with {placeholders} filled in (as text). */
export function w(key, vars) {
  const s = S.words[key];
  return fillTemplate(s === undefined ? key : s, vars);
}

/** Like w() but returns a list of strings and nodes: placeholders may be filled with elements. */
export function wNodes(key, vars) {
  return splitTemplate(S.words[key] === undefined ? key : S.words[key], vars || {});
}

/** Is there a word for key? */
export const hasWord = (key) => S.words[key] !== undefined;

export async function loadWords(getJSON) {
  const res = await getJSON(`/api/i18n/${S.lang}`);
  if (res.ok) S.words = res.body;
}

/** "Art. 4" — unless the article already names its kind ("Sec. 2", "Preamble"). */
export function artLabel(a) {
  return needsArticleWord(a) ? w("msg.article", { a }) : String(a);
}

/** A state's name in the page's language, by COW number. */
export function stateName(ccode, fallback) {
  const s = S.byCcode.get(ccode);
  if (!s) return fallback || String(ccode);
  return S.lang === "hi" ? s.name_hi || s.name : s.name;
}

/** A state's name in the page's language, by COW abbreviation. */
export function nameOfAbbrev(abbrev, fallback) {
  const s = S.byAbbrev.get(abbrev);
  return s ? stateName(s.ccode, fallback) : fallback || abbrev;
}

/** An internal link that keeps the language. */
export const href = (path, params) => buildHref(path, params, S.lang);
export const treatyHref = (id) => href(`/treaty/${enc(id)}`);
export const stateHref = (q) => href(`/state/${enc(q)}`);

/** A treaty's short name in the page's language: the Hindi name of a hand-encoded treaty when the page is in
 * Hindi, else the data's short name (or name). */
export function treatyName(id, shortName, name) {
  const hi = S.lang === "hi" ? S.words[`treaty.${id}`] : undefined;
  const label = hi || shortName || name || id;
  return S.lang === "hi" && !hi ? atopNameHi(label) : label;
}

let hindiByName = null;

/** "ATOP 3975: Cuba, North Korea (1986)" with the states named in Hindi ("ATOP 3975: क्यूबा, उत्तर कोरिया
 * (1986)"); any other name is left as it is. */
function atopNameHi(label) {
  const m = /^(ATOP \d+): (.+?)( and (\d+) more)? \((\d{4})\)$/.exec(label);
  if (!m) return label;
  if (!hindiByName) {
    hindiByName = new Map();
    for (const s of S.states) if (s.name_hi) hindiByName.set(s.name, s.name_hi);
  }
  const names = m[2].split(", ").map((n) => hindiByName.get(n) || n);
  const more = m[4] ? ` ${w("and_n_more", { n: m[4] })}` : "";
  return `${m[1]}: ${names.join(", ")}${more} (${m[5]})`;
}

/** The lang attribute for text that comes from the data in English (quotes, notes, sources): "en" when
 * the page is in Hindi, so that it is read and hyphenated as English. */
export const dataLang = () => (S.lang === "hi" ? "en" : null);

/** The lang attribute for the page's own words inside English data ("hi" on a Hindi page). */
export const pageLang = () => (S.lang === "hi" ? "hi" : null);
