/* DOM helpers.
 *
 * Safety rule of the whole page: every value that comes from the API or the URL is put into the page with
 * textContent or setAttribute (see el()); nothing is ever parsed as HTML.
 */

export const SVG = "http://www.w3.org/2000/svg";

/** The first element matching sel (in root, default the document). */
export const $ = (sel, root) => (root || document).querySelector(sel);
/** Every element matching sel, as an array. */
export const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

/** el("a", {class: "x", href: "/y"}, "text", node, [more]) — text children become text nodes;
 * "svg:path" makes an SVG element; {on: {click: fn}} adds listeners; {text: "…"} sets textContent. */
export function el(tag, attrs, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(node, children);
  return node;
}

/** Append children (nodes, strings, nested arrays; null/undefined/false skipped) to node. */
export function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
  return node;
}

/** Remove every child of node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A data table: <table class="grid …"> with an optional (screen-reader) caption, one header row of column
 * headings (scope="col") and the given <tbody>; attrs are the table's (class, id). */
export function gridTable(attrs, caption, headings, tbody) {
  return el(
    "table",
    attrs,
    caption ? el("caption", { class: "sr-only" }, caption) : null,
    el(
      "thead",
      null,
      el(
        "tr",
        null,
        headings.map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    tbody,
  );
}
