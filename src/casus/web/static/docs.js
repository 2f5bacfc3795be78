/* casus — the /docs page: the REST API's paths, parameters and descriptions, read from /openapi.json.
 * Every value is inserted with textContent/setAttribute (never as HTML). */

(() => {
  const $ = (sel) => document.querySelector(sel);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // example requests per path (all answered by the bundled corpus)
  const EXAMPLES = {
    "/api/attack": [
      "/api/attack?by=USA&on=PRK&date=2025-01-01",
      "/api/attack?by=USA&on=PRK&date=2024-11-01",
      "/api/attack?by=USA&on=PRK&date=2024-11-01&basis=signed",
      "/api/attack?by=अमेरिका&on=उत्तर कोरिया&date=2025-01-01&lang=hi",
      "/api/attack?by=JPN&on=USA&date=1990-01-01&where=hawaii",
    ],
    "/api/allies": ["/api/allies?state=PRK&date=2025-01-01"],
    "/api/treaties/{treaty_id}": ["/api/treaties/rus-prk-2024", "/api/treaties/3180"],
    "/api/states": ["/api/states?q=korea", "/api/states?q=रूस", "/api/states?q=germany&date=1950-01-01"],
    "/api/states/{query}": ["/api/states/PRK", "/api/states/Austria-Hungary"],
    "/api/diff": ["/api/diff?from=2018-12-31&to=2026-11-01", "/api/diff?from=2018-12-31&to=2026-11-01&state=FIN"],
    "/api/areas": ["/api/areas"],
    "/api/backtest": ["/api/backtest"],
    "/api/i18n/{lang}": ["/api/i18n/en", "/api/i18n/hi"],
  };
  const PAGES = {
    "/api/attack": "/?by=USA&on=PRK&date=2025-01-01",
    "/api/treaties/{treaty_id}": "/treaty/rus-prk-2024",
    "/api/states/{query}": "/state/PRK",
  };

  // descriptions for parameters the OpenAPI document leaves undescribed
  const FALLBACK = {
    basis: "which date a membership counts from: entry into force where known (in-force) or signature (signed)",
    policy:
      "cascade policy: defensive (only binding duties draw a state in), escalation (a defender's entry triggers " +
      "the attacker's own pacts) or strict (only automatic duties)",
    provoked: "did the target provoke the attack? decides non-provocation conditions (omit: left open)",
    requested: "did the target ask for help? decides request conditions (omit: left open)",
    joint_finding: "did the parties jointly find an aggression? decides joint-finding conditions (omit: left open)",
    lang: "language of names and words: en or hi",
    state: "a state: COW code, COW abbreviation, ISO3, English or Hindi name",
    q: "search text: code, abbreviation, ISO3, English or Hindi name (empty: all states)",
    limit: "at most this many states",
    from: "first date, YYYY-MM-DD",
    to: "second date, YYYY-MM-DD (after from)",
    treaty_id: "a treaty id (rus-prk-2024) or an ATOP id (3180)",
    query: "a state: COW code, COW abbreviation, ISO3, English or Hindi name",
  };

  let lang = new URLSearchParams(location.search).get("lang") === "hi" ? "hi" : "en";
  let words = {};
  let spec = null;
  const w = (k) => (k in words ? words[k] : k);

  function typeOf(schema) {
    if (!schema) return "";
    if (schema.anyOf)
      return schema.anyOf
        .map(typeOf)
        .filter((t) => t && t !== "null")
        .join(" | ");
    let t = schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
    if (schema.pattern) t += ` ${schema.pattern}`;
    if (schema.minimum !== undefined || schema.maximum !== undefined)
      t += ` [${schema.minimum ?? ""}..${schema.maximum ?? ""}]`;
    if (schema.maxLength !== undefined) t += ` (≤ ${schema.maxLength} chars)`;
    return t;
  }

  function render() {
    document.documentElement.lang = lang;
    document.title = `casus — ${w("docs_title")}`;
    for (const n of document.querySelectorAll("[data-w]")) n.textContent = w(n.getAttribute("data-w"));
    const sw = $("#lang-switch");
    sw.textContent = w("language");
    sw.setAttribute("lang", lang === "en" ? "hi" : "en");
    sw.setAttribute("title", w("language_label"));
    $("#skip-link").textContent = w("skip");
    const keep = lang === "hi" ? "?lang=hi" : "";
    $("#brand").setAttribute("href", `/${keep}`);
    $("#nav-ask").setAttribute("href", `/${keep}`);
    $("#nav-docs").setAttribute("href", `/docs${keep}`);
    const box = $("#endpoints");
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!spec) return;
    if (spec.info?.description) box.appendChild(el("p", { class: "small" }, spec.info.description));
    for (const [path, ops] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(ops)) {
        const sec = el(
          "section",
          { class: "endpoint", id: `op-${op.operationId || path}`, "data-path": path },
          el(
            "h2",
            null,
            el("span", { class: "method" }, method.toUpperCase()),
            el("code", { class: "path" }, path),
            el("span", null, op.summary || ""),
          ),
        );
        if (op.description) sec.appendChild(el("p", null, op.description));
        const params = op.parameters || [];
        if (params.length) {
          const table = el(
            "table",
            { class: "grid" },
            el(
              "thead",
              null,
              el(
                "tr",
                null,
                ["param_name", "param_in", "param_type", "param_required", "param_default", "param_description"].map(
                  (k) => el("th", null, w(k)),
                ),
              ),
            ),
          );
          const tb = el("tbody");
          for (const p of params) {
            const schema = p.schema || {};
            const def = schema.default !== undefined ? JSON.stringify(schema.default) : "";
            tb.appendChild(
              el(
                "tr",
                { "data-param": p.name },
                el("td", null, el("code", null, p.name)),
                el("td", null, p.in),
                el("td", null, typeOf(schema)),
                el("td", null, p.required ? "✓" : ""),
                el("td", null, def),
                el("td", null, p.description || schema.description || FALLBACK[p.name] || ""),
              ),
            );
          }
          table.appendChild(tb);
          sec.appendChild(el("h3", null, w("parameters")));
          sec.appendChild(el("div", { class: "table-wrap" }, table));
        } else {
          sec.appendChild(el("p", { class: "small" }, w("no_parameters")));
        }
        const ex = EXAMPLES[path] || [];
        if (ex.length || PAGES[path]) {
          sec.appendChild(el("h3", null, w("examples")));
          const ul = el("ul", { class: "example-links" });
          for (const u of ex) ul.appendChild(el("li", null, el("a", { href: u }, u)));
          if (PAGES[path]) ul.appendChild(el("li", null, el("a", { href: PAGES[path] }, PAGES[path]), " (HTML)"));
          sec.appendChild(ul);
        }
        box.appendChild(sec);
      }
    }
  }

  async function load() {
    const [ws, sp] = await Promise.all([
      fetch(`/api/i18n/${lang}`).then((r) => (r.ok ? r.json() : {})),
      spec ? Promise.resolve(spec) : fetch("/openapi.json").then((r) => r.json()),
    ]);
    words = ws;
    spec = sp;
    render();
    document.body.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("#lang-switch").addEventListener("click", () => {
      lang = lang === "en" ? "hi" : "en";
      const u = new URL(location.href);
      if (lang === "hi") u.searchParams.set("lang", "hi");
      else u.searchParams.delete("lang");
      history.replaceState(null, "", u.pathname + u.search);
      load();
    });
    load();
  });
})();
