/* The state page ("/state/{q}"): a state's codes, its defence duties on a day, its pacts over time. */
import { errorMessages, getJSON } from "./api.js";
import { $, clear, el, gridTable } from "./dom.js";
import { dateProblem, dayBefore, MIN_DATE } from "./format.js";
import { setTwin } from "./frame.js";
import { S, TODAY } from "./state.js";
import { timeline } from "./timeline.js";
import { dl, notFound } from "./treaty-page.js";
import { artLabel, href, stateHref, stateName, treatyHref, treatyName, w } from "./words.js";

const enc = encodeURIComponent;

function pactsTable(pacts) {
  const tb = el("tbody");
  for (const p of pacts) {
    tb.appendChild(
      el(
        "tr",
        { "data-treaty": p.treaty },
        el("td", null, el("a", { href: treatyHref(p.treaty) }, treatyName(p.treaty, p.name))),
        el("td", null, (p.kinds || []).map((k) => w(`kind_${k}`)).join(", ")),
        el("td", { class: "d" }, p.signed || "—"),
        el("td", { class: "d" }, p.in_force || "—"),
        el("td", { class: "d" }, p.end || "—"),
      ),
    );
  }
  const heads = [w("treaty"), w("kinds"), w("signed"), w("in_force"), w("ended")];
  return el("div", { class: "table-wrap" }, gridTable({ class: "grid" }, null, heads, tb));
}

/** Show the state page for q (a COW code, abbreviation, ISO3 or name). */
export async function stateView(q) {
  const view = $("#view-state");
  view.hidden = false;
  S.view = "state";
  setTwin(`/api/states/${enc(q)}`);
  S.rerender = () => stateView(q);
  clear(view).appendChild(el("p", { class: "status" }, w("loading")));
  const res = await getJSON(`/api/states/${enc(q)}`);
  clear(view);
  view.setAttribute("data-state", res.ok ? "ready" : "error");
  if (!res.ok) {
    notFound(view, res);
    return;
  }
  const s = res.body;
  const name = S.lang === "hi" ? s.name_hi || s.name : s.name;
  document.title = `${name} — casus`;
  view.appendChild(el("p", { class: "crumb" }, w("state")));
  view.appendChild(
    el(
      "h1",
      { class: "state-name" },
      name,
      el(
        "span",
        { class: "other-name", lang: S.lang === "hi" ? "en" : "hi" },
        S.lang === "hi" ? s.name : s.name_hi || "",
      ),
    ),
  );
  const last = s.spans.length ? s.spans[s.spans.length - 1] : null;
  const asOf = last?.end ? dayBefore(last.end) : TODAY;
  view.appendChild(
    dl([
      [
        w("codes"),
        `COW ${s.state} · ${s.ccode}${s.iso3 ? ` · ISO ${s.iso3}` : ""}${s.iso_num ? ` · ${s.iso_num}` : ""}`,
      ],
      [w("member_spans"), s.spans.map((x) => `${x.start} – ${x.end || ""}`).join("; ")],
    ]),
  );
  view.appendChild(
    el(
      "p",
      null,
      el("a", { class: "button", href: href("/", { by: "", on: s.state, date: asOf }) }, w("ask_this", { s: name })),
      " ",
      el("a", { class: "pair-with", href: href("/pair", { a: s.state }) }, w("pair_with_other", { s: name })),
    ),
  );

  // defence duties on a day
  const alliesBox = el("section", { class: "allies" });
  let shown = asOf;
  view.appendChild(alliesBox);
  const drawAllies = async (d) => {
    clear(alliesBox);
    const dateInput = el("input", {
      type: "text",
      id: "allies-date",
      value: d,
      inputmode: "numeric",
      maxlength: 10,
      pattern: "\\d{4}-\\d{2}-\\d{2}",
      placeholder: "YYYY-MM-DD",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "allies-date-hint",
    });
    const problemBox = el("p", { class: "field-problem", id: "allies-date-problem", role: "alert", hidden: true });
    alliesBox.appendChild(el("h2", null, w("msg.allies_of", { s: name, date: d })));
    alliesBox.appendChild(
      el(
        "form",
        { class: "allies-form", novalidate: true },
        el("label", { for: "allies-date" }, w("date")),
        dateInput,
        el("span", { class: "hint", id: "allies-date-hint" }, w("date_hint")),
        el("button", { type: "submit", class: "secondary" }, w("show")),
        problemBox,
      ),
    );
    const submit = (ev) => {
      ev?.preventDefault();
      const v = dateInput.value.trim();
      if (v === shown) return;
      const problem = dateProblem(v, MIN_DATE, TODAY);
      if (problem) {
        problemBox.textContent = w(`date_${problem}`, { date: v, min: MIN_DATE, max: TODAY });
        problemBox.hidden = false;
        dateInput.setAttribute("aria-invalid", "true");
        return;
      }
      shown = v;
      drawAllies(v).then(() => $("#allies-date")?.focus());
    };
    dateInput.form.addEventListener("submit", submit);
    dateInput.addEventListener("change", submit);
    const r = await getJSON(`/api/allies?state=${enc(s.state)}&date=${enc(d)}&lang=${S.lang}`);
    if (!r.ok) {
      alliesBox.appendChild(
        el(
          "p",
          { class: "error-box" },
          errorMessages(r)
            .map((m) => m.msg)
            .join("; "),
        ),
      );
      return;
    }
    const cols = el("div", { class: "two-col" });
    for (const [key, list] of [
      ["msg.must_defend", r.body.must_defend],
      ["msg.defended_by", r.body.defended_by],
    ]) {
      const ul = el("ul", { class: "allies-list" });
      for (const x of list) {
        ul.appendChild(
          el(
            "li",
            null,
            el("a", { href: stateHref(x.state) }, stateName(x.ccode, x.name)),
            " — ",
            el("a", { href: treatyHref(x.treaty), class: "small" }, treatyName(x.treaty, x.treaty_name)),
            x.article ? el("span", { class: "small" }, `, ${artLabel(x.article)}`) : null,
            (x.conditions || []).length
              ? el("span", { class: "badge status-conditional" }, w("msg.status_conditional"))
              : null,
            " · ",
            el(
              "a",
              {
                class: "pair-over-time",
                href: href("/pair", { a: s.state, b: x.state }),
                "aria-label": w("pair_heading", { a: name, b: stateName(x.ccode, x.name) }),
              },
              w("pair_over_time"),
            ),
          ),
        );
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
    label: el("a", { href: treatyHref(p.treaty), "data-treaty": p.treaty }, treatyName(p.treaty, p.name)),
    start: p.in_force || p.signed,
    end: p.end,
    cls: (p.kinds || []).includes("defense")
      ? "k-defense"
      : (p.kinds || []).includes("offense")
        ? "k-offense"
        : "k-other",
    title: `${treatyName(p.treaty, p.name)}: ${p.in_force || p.signed || "?"} – ${p.end || ""}`,
  }));
  const tl = timeline(rows, w("pacts_title"));
  if (tl) view.appendChild(tl);
  view.appendChild(pactsTable(s.pacts));
}
