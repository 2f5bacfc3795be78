/* The news box: paste an article, read its pact events (POST /api/read) and ask what each implies. */
import { $, el } from "./dom.js";
import { dateProblem, MIN_DATE, scenarioHref } from "./format.js";
import { S, TODAY } from "./state.js";
import { treatyHref, treatyName, w } from "./words.js";

function newsEvent(ev) {
  const a = ev.answer || {};
  const head = `${ev.type} — ${ev.parties.join(", ") || "?"} — ${ev.date || "?"} — ${ev.kind || "?"}`;
  const item = el("li", { class: "news-event" }, el("strong", null, head));
  if (ev.match?.treaty) {
    item.appendChild(
      el(
        "span",
        null,
        " · ",
        el("a", { href: treatyHref(ev.match.treaty) }, treatyName(ev.match.treaty, ev.match.short_name)),
      ),
    );
  }
  if (ev.learned != null) {
    item.appendChild(el("p", { class: "small" }, `${w("news_learned")} (${ev.learned.toFixed(2)})`));
  }
  if (ev.kind_learned != null) {
    item.appendChild(el("p", { class: "small" }, `${w("news_kind_learned")} (${ev.kind_learned.toFixed(2)})`));
  }
  if (a.said) item.appendChild(el("p", { class: "small" }, a.said));
  const link = scenarioHref(ev, S.lang);
  if (link) item.appendChild(el("a", { href: link, class: "news-ask" }, w("news_scenario")));
  const lines = (a.findings || []).map((f) =>
    el(
      "li",
      null,
      `${f.obligor} → ${f.duty} → ${f.beneficiary}: ${f.status}${f.response ? `, ${f.response}` : ""} (${f.treaty} ${f.clause})`,
    ),
  );
  if (lines.length) item.appendChild(el("ul", { class: "small" }, lines));
  return item;
}

/** Wire the news box's form. */
export function newsBox() {
  const form = $("#news-form");
  if (!form) return;
  const out = $("#news-out");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("#news-text").value;
    out.replaceChildren();
    if (!text.trim()) {
      out.appendChild(el("p", { class: "field-problem", role: "alert" }, w("news_empty")));
      return;
    }
    const day = $("#news-date").value.trim();
    const problem = day ? dateProblem(day, MIN_DATE, TODAY) : "";
    if (problem) {
      out.appendChild(
        el(
          "p",
          { class: "field-problem", role: "alert" },
          w(`date_${problem}`, { date: day, min: MIN_DATE, max: TODAY }),
        ),
      );
      return;
    }
    const url = `/api/read${day ? `?date=${encodeURIComponent(day)}` : ""}`;
    const r = await fetch(url, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: text,
    });
    const doc = await r.json();
    if (!r.ok) {
      const d = Array.isArray(doc.detail) ? doc.detail.map((x) => x.msg).join("; ") : String(doc.detail);
      out.appendChild(el("p", { class: "field-problem", role: "alert" }, d));
      return;
    }
    if (!doc.events.length) out.appendChild(el("p", null, w("news_none")));
    else out.appendChild(el("ol", { class: "news-events" }, doc.events.map(newsEvent)));
    const aside = doc.stats?.set_aside_by_article_model || [];
    if (aside.length) {
      const items = aside.map((a) =>
        el("li", null, `${a.type} — ${a.parties.join(", ")} — ${a.date || "?"} (${a.probability.toFixed(3)})`),
      );
      out.appendChild(el("p", { class: "small" }, w("news_set_aside")));
      out.appendChild(el("ul", { class: "small" }, items));
    }
  });
}
