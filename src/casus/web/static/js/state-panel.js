/* A country's panel, opened from the map: who holds it on the day, its part in the answer, its duties in
 * the answer and its defence duties on the day (/api/allies). */
import { errorMessages, getJSON } from "./api.js";
import { $, clear, el } from "./dom.js";
import { S } from "./state.js";
import { artLabel, href, stateHref, stateName, treatyHref, treatyName, w, wNodes } from "./words.js";

const enc = encodeURIComponent;
let opener = null;
let ctrl = null;

/** Close the panel; focus goes back to the country that opened it (unless refocus is false). */
export function closeStatePanel(refocus = true) {
  const panel = $("#state-panel");
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  if (ctrl) ctrl.abort();
  if (refocus && opener?.isConnected) opener.focus();
  opener = null;
}

function dutyItem(f) {
  return el(
    "li",
    { "data-duty": f.duty, "data-status": f.status },
    wNodes(`msg.duty_${f.duty}`, { b: f.beneficiary_name }),
    " — ",
    el("a", { href: treatyHref(f.treaty.id) }, treatyName(f.treaty.id, f.treaty.short_name, f.treaty.name)),
    f.treaty.article ? `, ${artLabel(f.treaty.article)}` : "",
    " ",
    el("span", { class: `badge status-${f.status}` }, w(`msg.status_${f.status}`)),
  );
}

/** Open the panel for a country of the map: {ccode, state, name, role, approx, date, shape}. */
export async function openStatePanel(x) {
  const panel = $("#state-panel");
  if (!panel) return;
  opener = x.shape || null;
  const s = S.byCcode.get(x.ccode);
  const abbrev = x.state || s?.state || String(x.ccode);
  const name = x.name || stateName(x.ccode);
  clear(panel);
  panel.hidden = false;
  panel.setAttribute("data-state", abbrev);
  panel.setAttribute("data-date", x.date);
  const title = el("h3", { id: "state-panel-title", tabindex: "-1" }, name);
  const close = el(
    "button",
    { type: "button", class: "panel-close", title: w("close") },
    "×",
    el("span", { class: "sr-only" }, ` ${w("close")}`),
  );
  close.addEventListener("click", () => closeStatePanel());
  panel.appendChild(el("div", { class: "sp-head" }, title, close));
  panel.appendChild(el("p", { class: "small sp-date" }, w("on_date", { date: x.date })));
  if (x.role) {
    panel.appendChild(
      el(
        "p",
        { class: "sp-role", "data-role": x.role },
        el("span", { class: `swatch role-${x.role}`, "aria-hidden": "true" }),
        " ",
        w(`role_${x.role}`),
      ),
    );
  }
  if (x.approx) {
    const era = S.territories?.states.find((e) => e.ccode === x.ccode);
    const note = era?.eras.find((e) => e.from <= x.date && x.date < e.to)?.note;
    panel.appendChild(
      el(
        "p",
        { class: "small sp-approx" },
        el("span", { class: "swatch approx", "aria-hidden": "true" }),
        " ",
        w("approximate_note"),
        note ? el("span", { lang: "en" }, ` ${note}`) : null,
      ),
    );
  }
  // its duties in the answer on the screen
  const mine = S.answer ? S.answer.findings.filter((f) => f.ccode === x.ccode) : [];
  if (mine.length) {
    const order = ["defend", "join", "neutral", "consult", "nonaggression"];
    mine.sort((a, b) => order.indexOf(a.duty) - order.indexOf(b.duty));
    panel.appendChild(el("h4", null, w("panel_in_answer")));
    const ul = el("ul", { class: "sp-duties" }, mine.slice(0, 12).map(dutyItem));
    if (mine.length > 12) ul.appendChild(el("li", { class: "small" }, w("and_more", { n: mine.length - 12 })));
    panel.appendChild(ul);
  }
  const allies = el("div", { class: "sp-allies" }, el("p", { class: "small" }, w("loading")));
  panel.appendChild(el("h4", null, w("panel_duties", { date: x.date })));
  panel.appendChild(allies);
  panel.appendChild(
    el(
      "p",
      { class: "sp-links" },
      el("a", { href: stateHref(abbrev) }, w("panel_state_page")),
      " · ",
      el("a", { href: href("/", { on: abbrev, date: x.date }) }, w("ask_this", { s: name })),
    ),
  );
  title.focus();
  panel.scrollIntoView({ block: "nearest" });
  if (ctrl) ctrl.abort();
  ctrl = new AbortController();
  let r;
  try {
    r = await getJSON(`/api/allies?state=${enc(x.ccode)}&date=${enc(x.date)}&lang=${S.lang}`, ctrl.signal);
  } catch {
    return;
  }
  clear(allies);
  if (!r.ok) {
    allies.appendChild(
      el(
        "p",
        { class: "small" },
        errorMessages(r)
          .map((m) => m.msg)
          .join("; "),
      ),
    );
    return;
  }
  for (const [key, list] of [
    ["msg.must_defend", r.body.must_defend],
    ["msg.defended_by", r.body.defended_by],
  ]) {
    const ul = el("ul", { class: "allies-list", "data-list": key.slice(4) });
    for (const a of list.slice(0, 15)) {
      ul.appendChild(
        el(
          "li",
          null,
          el("a", { href: stateHref(a.state) }, stateName(a.ccode, a.name)),
          " — ",
          el("a", { href: treatyHref(a.treaty) }, treatyName(a.treaty, a.treaty_name)),
          a.article ? `, ${artLabel(a.article)}` : "",
          (a.conditions || []).length
            ? [" ", el("span", { class: "badge status-conditional" }, w("msg.status_conditional"))]
            : null,
        ),
      );
    }
    if (list.length > 15) ul.appendChild(el("li", { class: "small" }, w("and_more", { n: list.length - 15 })));
    if (!list.length) ul.appendChild(el("li", { class: "small" }, w("msg.nobody")));
    allies.appendChild(el("p", { class: "sp-list-title" }, w(key, { s: name })));
    allies.appendChild(ul);
  }
}

/** Escape closes the panel. */
export function wireStatePanel() {
  const panel = $("#state-panel");
  if (!panel) return;
  panel.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") {
      ev.preventDefault();
      closeStatePanel();
    }
  });
}
