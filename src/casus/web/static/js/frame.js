/* The page's frame: the words of the static shell, the language switch, the JSON twin link. */
import { getJSON } from "./api.js";
import { $, $$ } from "./dom.js";
import { renderLegend } from "./map.js";
import { S } from "./state.js";
import { href, loadWords, w } from "./words.js";

/** Point the footer's "This page as JSON" at url. */
export function setTwin(url) {
  $("#twin").setAttribute("href", url);
}

/** Put the page's words (data-w) in the page's language. */
export function applyWords() {
  document.documentElement.lang = S.lang;
  document.title = w("title");
  for (const node of $$("[data-w]")) node.textContent = w(node.getAttribute("data-w"));
  for (const node of $$("[data-w-aria]")) node.setAttribute("aria-label", w(node.getAttribute("data-w-aria")));
  for (const node of $$("[data-w-title]")) node.setAttribute("title", w(node.getAttribute("data-w-title")));
  // the switch's accessible name is its visible text (the other language's name); its title says what it does
  const sw = $("#lang-switch");
  sw.textContent = w("language");
  sw.setAttribute("lang", S.lang === "en" ? "hi" : "en");
  for (const id of ["by", "on"]) $(`#${id}`).setAttribute("placeholder", w("search_placeholder"));
  $("#brand").setAttribute("href", href("/"));
  $("#nav-ask").setAttribute("href", href("/"));
  $("#nav-docs").setAttribute("href", href("/docs"));
  renderLegend();
}

/** Point the skip link at the view on show (a <main> with tabindex=-1). */
export function skipTo(id) {
  const link = $("#skip-link");
  if (link) link.setAttribute("href", `#${id}`);
}

/** Switch English <-> Hindi: words, URL, and the view redrawn. */
export async function switchLang() {
  S.lang = S.lang === "en" ? "hi" : "en";
  await loadWords(getJSON);
  applyWords();
  const u = new URL(location.href);
  if (S.lang === "hi") u.searchParams.set("lang", "hi");
  else u.searchParams.delete("lang");
  history.replaceState(null, "", u.pathname + u.search + u.hash);
  if (S.rerender) await S.rerender();
}
