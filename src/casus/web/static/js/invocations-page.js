/* The record of invocations ("/invocations", also "?treaty=" and "?state="): what states did with
 * collective-defence and consultation clauses, each step dated and cited (from /api/invocations). */
import { errorMessages, getJSON } from "./api.js";
import { $, clear, el, gridTable } from "./dom.js";
import { safeUrl } from "./format.js";
import { setTwin } from "./frame.js";
import { S } from "./state.js";
import { artLabel, href, stateHref, treatyHref, w } from "./words.js";

/** A source's citation, its address a link when it is one (http or https only). */
function cited(text) {
  const m = /<(https?:[^>]+)>$/.exec(text || "");
  if (!m) return text;
  const url = safeUrl(m[1]);
  return [text.slice(0, m.index).trim(), " ", url ? el("a", { href: url, rel: "noopener" }, m[1]) : m[1]];
}

/** One entry's row: date, pact and article, what was done and by whom, the occasion, the steps and what followed. */
function row(r) {
  const pact = r.treaty.id ? el("a", { href: treatyHref(r.treaty.id) }, r.treaty.name) : r.treaty.name;
  const who = r.requested_by.map((s, i) => [i ? ", " : "", el("a", { href: stateHref(s.state) }, s.name)]);
  return el(
    "tr",
    { id: `inv-${r.id}`, "data-invocation": r.id },
    el(
      "th",
      { scope: "row", class: "d" },
      r.date ? el("time", { datetime: r.date }, r.date) : "—",
      r.unconfirmed ? ` (${w("unconfirmed")})` : "",
    ),
    el("td", null, pact, r.article ? ` ${artLabel(r.article)}` : ""),
    el("td", null, el("strong", null, r.what_words), who.length ? [" — ", who] : ""),
    el(
      "td",
      { class: "small", lang: "en" },
      el("p", null, r.occasion),
      el(
        "ul",
        { class: "steps" },
        r.steps.map((s) => el("li", null, `${s.date || "?"}, ${s.body}: ${s.what}`)),
      ),
      el("p", null, el("strong", null, `${w("msg.record_outcome")}: `), r.outcome),
      el(
        "details",
        null,
        el("summary", null, w("msg.sources")),
        el(
          "ul",
          null,
          r.sources.map((x) => el("li", null, cited(x))),
        ),
      ),
    ),
  );
}

/** The record as a table (shared with the treaty page, which shows its own entries). */
export function invocationsTable(rows) {
  const tb = el("tbody", null, rows.map(row));
  const heads = [w("date"), w("treaty"), w("record_what"), w("record_detail")];
  return el("div", { class: "table-wrap" }, gridTable({ class: "grid record-grid" }, w("record_title"), heads, tb));
}

/** Show the record page, filtered by ?treaty= and ?state= when given. */
export async function invocationsView() {
  const view = $("#view-invocations");
  view.hidden = false;
  S.view = "invocations";
  const params = new URLSearchParams(location.search);
  const q = {};
  for (const k of ["treaty", "state"]) if (params.get(k)) q[k] = params.get(k);
  if (S.lang === "hi") q.lang = "hi";
  const api = href("/api/invocations", q);
  setTwin(api);
  const res = await getJSON(api);
  clear(view);
  view.setAttribute("data-state", res.ok ? "ready" : "error");
  if (!res.ok) {
    view.appendChild(el("h1", null, w("record_title")));
    const msgs = errorMessages(res).map((m) => el("li", null, m.msg));
    view.appendChild(el("section", { class: "error-box", role: "alert" }, el("ul", null, msgs)));
    return;
  }
  document.title = `${w("record_title")} — casus`;
  view.appendChild(el("h1", null, w("record_title")));
  view.appendChild(el("p", { class: "lede" }, w("record_intro")));
  if (q.treaty || q.state) {
    view.appendChild(el("p", null, el("a", { href: href("/invocations", {}) }, w("record_all"))));
  }
  const rows = res.body.invocations;
  view.appendChild(rows.length ? invocationsTable(rows) : el("p", null, w("msg.record_none")));
}
