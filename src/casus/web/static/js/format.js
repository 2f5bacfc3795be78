/* Pure helpers: dates, URLs, templates, CSV.  No DOM, no globals: tested with `node --test` (tests/js/). */

/** The earliest date the data knows (the COW state system starts in 1816). */
export const MIN_DATE = "1816-01-01";

const pad = (n, w = 2) => String(n).padStart(w, "0");

/** A Date's local calendar day as YYYY-MM-DD. */
export function isoDate(d = new Date()) {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Is s a real calendar day written YYYY-MM-DD (1816-02-29 yes, 1900-02-29 no)? */
export function isValidISODate(s) {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/** "" when s is a valid day within [min, max], else the reason: "format" or "range". */
export function dateProblem(s, min = MIN_DATE, max = null) {
  if (!isValidISODate(s)) return "format";
  if (s < min || (max && s > max)) return "range";
  return "";
}

/** iso clamped to [min, max] (ISO dates compare as strings). */
export function clampDate(iso, min, max) {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

/** The day of the given year with current's month and day (Feb 29 becomes Feb 28), clamped to [min, max]. */
export function dateForYear(year, current, min, max) {
  const md = current && /^\d{4}-\d{2}-\d{2}$/.test(current) ? current.slice(5) : "01-01";
  const mdd = md === "02-29" ? "02-28" : md;
  return clampDate(`${pad(Number(year), 4)}-${mdd}`, min, max);
}

/** The day before an ISO date. */
export function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A fractional year for an ISO date (or a YYYY / YYYY-MM prefix); null if none. */
export function yearOf(iso) {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return Number(m[1]) + ((Number(m[2] || 1) - 1) * 30.4 + Number(m[3] || 1)) / 366;
}

/** The days on which every one of several states existed: each state is a list of spans {start, end}
 * (end null: still a member; end days included).  Returns [first, last] (last at most today), or null if
 * they never coexisted.  Gaps inside a state's membership are not cut out. */
export function commonDays(spanLists, today) {
  let lo = "";
  let hi = today;
  for (const spans of spanLists) {
    if (!spans?.length) continue;
    const first = spans[0].start;
    const last = spans[spans.length - 1].end || today;
    if (first > lo) lo = first;
    if (last < hi) hi = last;
  }
  if (!lo) lo = MIN_DATE;
  return lo <= hi ? [lo, hi] : null;
}

/** The years in which every one of several states existed: [first, last] (capped at thisYear), or null. */
export function commonYears(spanLists, thisYear) {
  const days = commonDays(spanLists, `${pad(thisYear, 4)}-12-31`);
  return days ? [Number(days[0].slice(0, 4)), Math.min(thisYear, Number(days[1].slice(0, 4)))] : null;
}

/** Is a state with these spans a member of the system on day iso?  (A span includes its end day, as COW's do.) */
export function memberOn(spans, iso) {
  return (spans || []).some((s) => s.start <= iso && (!s.end || iso <= s.end));
}

/** A safe external link target: only http(s) URLs, else null. */
export function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\/[^\s<>"']+$/i.test(u) ? u : null;
}

/** An internal link: path plus the non-empty params, in order, and lang=hi when the page is in Hindi. */
export function buildHref(path, params, lang) {
  const q = new URLSearchParams();
  if (params) {
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  }
  if (lang === "hi") q.set("lang", "hi");
  const qs = q.toString();
  return path + (qs ? `?${qs}` : "");
}

/** The link to the attack a news event implies: "/?by=RUS&on=POL&date=…", or null. */
export function scenarioHref(ev, lang) {
  const against = ev.against || [];
  if (!against.length || !(ev.parties || []).length) return null;
  return buildHref("/", { by: against.join(","), on: ev.parties.join(","), date: ev.date || "" }, lang);
}

/** s with {placeholders} filled from vars (as text); unknown placeholders stay. */
export function fillTemplate(s, vars) {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** s split around its {placeholders}: a list of strings and the vars' values (which may be nodes). */
export function splitTemplate(s, vars) {
  const out = [];
  let last = 0;
  const re = /\{(\w+)\}/g;
  let m = re.exec(s);
  while (m !== null) {
    out.push(s.slice(last, m.index));
    out.push(vars && m[1] in vars ? vars[m[1]] : m[0]);
    last = m.index + m[0].length;
    m = re.exec(s);
  }
  out.push(s.slice(last));
  return out.filter((x) => x !== "");
}

/** Does an article number need the word "Art." before it ("4", "IV") or does it name its kind ("Sec. 2")? */
export function needsArticleWord(a) {
  return /^\d|^[IVXLC]+\b/.test(String(a));
}

/** The messages of an API error: [{field, msg}] from a FastAPI-shaped body ({detail: [{loc, msg}]} or a string). */
export function errorMessages(body, status, networkWord) {
  const d = body?.detail;
  if (Array.isArray(d)) {
    return d.map((x) => ({
      field: Array.isArray(x.loc) && x.loc.length ? String(x.loc[x.loc.length - 1]) : "",
      msg: String(x.msg || x.type || "invalid"),
      type: String(x.type || ""),
    }));
  }
  if (typeof d === "string") return [{ field: "", msg: d }];
  return [{ field: "", msg: `${networkWord} (HTTP ${status})` }];
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading = + - @ is
 * prefixed with ' so that a spreadsheet does not read it as a formula. */
export function csvField(v) {
  let s = v === null || v === undefined ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (arrays) as CSV text, CRLF line ends. */
export function toCSV(header, rows) {
  return `${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
