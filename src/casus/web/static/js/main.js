/* casus — the web page.
 *
 * One static shell (index.html) for "/", "/pair", "/invocations", "/treaty/{id}" and "/state/{q}"; this module routes on
 * location.pathname and the views read the JSON twins under /api/.  Loaded as <script type="module">,
 * with no build step.  A map of the modules:
 *
 *   main.js        start: language, states, routing
 *   frame.js       the shell's words, the language switch, the JSON twin link
 *   attack.js      the answer page: form, headline, counts (uses map.js, cascade.js, findings.js)
 *   form.js        state boxes with suggestions, field errors, the list of places
 *   map.js         the world map coloured by role
 *   cascade.js     the cascade graph (cytoscape)
 *   findings.js    the findings, in collapsible sections
 *   treaty-page.js the treaty page       state-page.js  the state page       timeline.js  bars over time
 *   pair-page.js   a pair over time ("/pair?a=&b="): the strip, the selected span, the table
 *   pair-rows.js   the pair's rows, lanes, year scale and arrow-key moves (pure)
 *   invocations-page.js  the record of invocations ("/invocations"), also shown on a treaty's page
 *   news.js        the news box
 *   words.js       words in English/Hindi, state names, internal links
 *   roles.js       who plays which part in an answer (pure)
 *   format.js      pure helpers: ISO dates, URLs, templates, CSV (tested by tests/js/)
 *   api.js, dom.js, state.js   fetching JSON, building elements safely, the shared state
 *
 * Safety rule: every value that comes from the API or the URL is put into the page with textContent or
 * setAttribute (see dom.js el()); nothing is ever parsed as HTML.  Links built from data only ever point
 * at this origin or at http(s).
 */
import { getJSON } from "./api.js";
import { attackView } from "./attack.js";
import { $ } from "./dom.js";
import { applyWords, skipTo, switchLang } from "./frame.js";
import { invocationsView } from "./invocations-page.js";
import { newsBox } from "./news.js";
import { pairView } from "./pair-page.js";
import { S } from "./state.js";
import { stateView } from "./state-page.js";
import { treatyView } from "./treaty-page.js";
import { loadWords } from "./words.js";

async function loadStates() {
  const res = await getJSON("/api/states?limit=300");
  if (!res.ok) return;
  S.states = res.body.states;
  for (const s of S.states) {
    S.byCcode.set(s.ccode, s);
    S.byAbbrev.set(s.state, s);
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  S.lang = params.get("lang") === "hi" ? "hi" : "en";
  await Promise.all([loadWords(getJSON), loadStates()]);
  applyWords();
  $("#lang-switch").addEventListener("click", switchLang);
  const path = location.pathname;
  try {
    if (path.startsWith("/treaty/")) {
      skipTo("view-treaty");
      await treatyView(decodeURIComponent(path.slice("/treaty/".length)));
    } else if (path === "/pair" || path === "/pair/") {
      skipTo("view-pair");
      await pairView();
    } else if (path === "/invocations" || path === "/invocations/") {
      skipTo("view-invocations");
      await invocationsView();
    } else if (path.startsWith("/state/")) {
      skipTo("view-state");
      await stateView(decodeURIComponent(path.slice("/state/".length)));
    } else {
      skipTo("view-attack");
      attackView();
      newsBox();
    }
  } finally {
    document.body.setAttribute("data-ready", "true");
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
