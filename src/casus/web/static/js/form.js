/* The question's form: state boxes that suggest as you type, field errors, the list of places. */
import { getJSON } from "./api.js";
import { $, $$, clear, el } from "./dom.js";
import { S } from "./state.js";
import { w } from "./words.js";

const enc = encodeURIComponent;

/** Mark a field (by, on, date, where) as wrong, with its message for screen readers; msg null clears it.
 * Returns false when the page has no such field. */
export function fieldError(field, msg) {
  const p = $(`#${field}-error`);
  const input = $(`#${field}`);
  if (!p || !input) return false;
  // the field's own description (a format hint) stays beside the error
  if (!input.hasAttribute("data-describedby"))
    input.setAttribute("data-describedby", input.getAttribute("aria-describedby") || "");
  const own = input.getAttribute("data-describedby");
  if (msg) {
    p.textContent = msg;
    p.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", `${field}-error${own ? ` ${own}` : ""}`);
  } else {
    p.textContent = "";
    p.hidden = true;
    input.removeAttribute("aria-invalid");
    if (own) input.setAttribute("aria-describedby", own);
    else input.removeAttribute("aria-describedby");
  }
  return true;
}

let actorsLoaded = null;

/** The attackers that are not states (/api/actors), loaded once, as suggestion items. */
function actorItems() {
  if (!actorsLoaded) {
    actorsLoaded = getJSON("/api/actors")
      .then((res) =>
        res.ok
          ? res.body.actors.map((a) => ({
              state: a.id,
              name: a.name_en,
              name_hi: a.name_hi,
              actor: true,
              keys: [a.id, a.name_en, a.name_hi || "", ...a.aliases].map((x) => x.toLowerCase()),
            }))
          : [],
      )
      .catch(() => []);
  }
  return actorsLoaded;
}

/** The actors whose id, name or an alias begins with q (or has a word that does), at most n. */
export function matchActors(actors, q, n = 3) {
  const k = q.trim().toLowerCase();
  if (!k) return [];
  const hit = (key) => key.startsWith(k) || key.split(/[\s-]+/).some((part) => part.startsWith(k));
  return actors.filter((a) => a.keys.some(hit)).slice(0, n);
}

/** A state box (#by or #on) with suggestions from /api/states (and, for #by, the groups of /api/actors);
 * several states are comma-separated. */
export function comboInput(id) {
  const input = $(`#${id}`);
  const list = $(`#${id}-list`);
  const codes = new Map(); // display name -> COW abbreviation
  let items = [];
  let active = -1;
  let timer = null;
  let ctrl = null;

  const parts = () => input.value.split(",");
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    $$("li", list).forEach((li, j) => {
      li.setAttribute("aria-selected", j === i ? "true" : "false");
    });
    if (i >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${i}`);
  };
  const display = (s) => (S.lang === "hi" ? s.name_hi || s.name : s.name);
  const years = (s) => {
    if (!s.spans?.length) return "";
    const a = s.spans[0].start.slice(0, 4);
    const last = s.spans[s.spans.length - 1];
    return `${a}–${last.end ? last.end.slice(0, 4) : ""}`;
  };
  const choose = (s) => {
    const ps = parts();
    const name = display(s);
    ps[ps.length - 1] = (ps.length > 1 ? " " : "") + name;
    codes.set(name, s.state);
    input.value = ps.join(",");
    close();
    input.dispatchEvent(new CustomEvent("chosen"));
  };
  async function search() {
    const q = parts()[parts().length - 1].trim();
    if (!q) return close();
    if (ctrl) ctrl.abort();
    ctrl = new AbortController();
    let res;
    try {
      res = await getJSON(`/api/states?limit=8&q=${enc(q)}`, ctrl.signal);
    } catch {
      return;
    }
    if (!res.ok) return close();
    items = res.body.states;
    if (id === "by") items = [...matchActors(await actorItems(), q), ...items].slice(0, 8);
    clear(list);
    if (!items.length) {
      list.appendChild(el("li", { class: "none", role: "option", "aria-disabled": "true" }, w("no_match")));
    }
    items.forEach((s, i) => {
      const other = S.lang === "hi" ? s.name : s.name_hi;
      list.appendChild(
        el(
          "li",
          {
            id: `${id}-opt-${i}`,
            role: "option",
            "aria-selected": "false",
            "data-state": s.state,
            on: {
              mousedown: (ev) => {
                ev.preventDefault();
                choose(s);
              },
            },
          },
          el("span", { class: "s-name" }, display(s)),
          other ? el("span", { class: "s-other", lang: S.lang === "hi" ? "en" : "hi" }, other) : null,
          el("span", { class: "s-code" }, s.actor ? `${s.state} · ${w("not_a_state")}` : `${s.state} · ${years(s)}`),
        ),
      );
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(items.length ? 0 : -1);
  }
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
    fieldError(id, null);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    if (ev.key === "ArrowDown") {
      ev.preventDefault();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (ev.key === "ArrowUp") {
      ev.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (ev.key === "Enter" && active >= 0 && items[active]) {
      ev.preventDefault();
      choose(items[active]);
    } else if (ev.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  return {
    input,
    /** The value to send: chosen names as codes, anything typed as typed. */
    value() {
      return parts()
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => codes.get(p) || p)
        .join(",");
    },
    set(raw) {
      input.value = raw || "";
    },
    snapshot() {
      return { value: input.value, codes: new Map(codes) };
    },
    restore(snap) {
      input.value = snap.value;
      codes.clear();
      for (const [k, v] of snap.codes) codes.set(k, v);
    },
    setStates(list2) {
      codes.clear();
      for (const s of list2) codes.set(s.name, s.state);
      input.value = list2.map((s) => s.name).join(", ");
    },
  };
}

/** Fill the `where` list from /api/areas (places, then seas and zones), keeping the choice. */
export async function fillAreas(selected) {
  if (!S.areas) {
    const res = await getJSON("/api/areas");
    S.areas = res.ok ? res.body : { places: [], zones: [] };
  }
  const sel = $("#where");
  const keep = selected !== undefined ? selected : sel.value;
  clear(sel);
  sel.appendChild(el("option", { value: "" }, w("home_territory")));
  const nm = (x) => (S.lang === "hi" ? x.name_hi || x.name : x.name);
  const group = (label, xs) => {
    const g = el("optgroup", { label });
    for (const x of xs.slice().sort((a, b) => nm(a).localeCompare(nm(b)))) {
      g.appendChild(el("option", { value: x.id }, nm(x)));
    }
    sel.appendChild(g);
  };
  group(w("places"), S.areas.places);
  group(w("zones"), S.areas.zones);
  if (keep && !$$("option", sel).some((o) => o.value === keep)) sel.appendChild(el("option", { value: keep }, keep));
  sel.value = keep || "";
}
